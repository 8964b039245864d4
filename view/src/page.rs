//! The page: the data the script draws (the graph, and a run's trace or a suite's coverage)
//! as JSON inside one HTML file, with the style, the layout library and the script inline so
//! the file opens offline and can be mailed or kept as a CI artifact.

use serde::Serialize;
use serde_json::Value;
use sfn_codegen::model::{State, StateMachine, States};
use sfn_executor::Coverage;

use crate::drawing::Drawing;
use crate::trace::{Outcome, Trace, Visit};

/// dagre (`@dagrejs/dagre`, MIT): the layered layout of each graph level; see
/// `assets/README.md` for its version and how it is refreshed.
const DAGRE: &str = include_str!("../assets/dagre.min.js");
const SCRIPT: &str = include_str!("../assets/view.js");
const STYLE: &str = include_str!("../assets/view.css");

#[derive(Serialize)]
struct Data<'a> {
    title: &'a str,
    mode: &'static str,
    graph: &'a Drawing,
    /// Each state's type, by name.
    types: serde_json::Map<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    run: Option<Run<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    coverage: Option<Covered>,
}

#[derive(Serialize)]
struct Run<'a> {
    #[serde(flatten)]
    trace: &'a Trace,
    /// For each edge of the graph, whether the run went along it.
    taken: Vec<bool>,
}

#[derive(Serialize)]
struct Covered {
    executions: usize,
    covered: usize,
    total: usize,
    /// Times each state was entered, by name.
    states: std::collections::BTreeMap<String, u64>,
    /// For each edge of the graph, how many times it was taken.
    edges: Vec<u64>,
    /// Each retrier of each state (by name): its errors and how often it retried.
    retriers: std::collections::BTreeMap<String, Vec<Retrier>>,
    /// What nothing exercised, as the coverage report words it, then untaken transitions.
    missed: Vec<String>,
}

#[derive(Serialize)]
struct Retrier {
    errors: Vec<String>,
    count: u64,
}

/// The page of one execution, from its history events.
pub fn run(machine: &StateMachine, title: &str, mut trace: Trace) -> String {
    let graph = Drawing::of(machine);
    // A Fail state inside a Map iteration or a caught branch reports its error in no event
    // of the history (AWS's `MapIterationFailed` has only the name and index): its
    // definition's static `Error` and `Cause` say it.
    let mut fails = std::collections::HashMap::new();
    walk(&machine.states, &mut |name, state| {
        if let State::Fail(fail) = state {
            fails.insert(name.to_owned(), (fail.error.clone(), fail.cause.clone()));
        }
    });
    for visit in &mut trace.visits {
        if let Some((error, cause)) = fails.get(&visit.state)
            && visit.error.is_none()
            && visit.cause.is_none()
        {
            visit.error.clone_from(error);
            visit.cause.clone_from(cause);
        }
    }
    let trace = &trace;
    let taken = graph
        .edges
        .iter()
        .map(|edge| taken(&graph, trace, edge))
        .collect();
    let data = Data {
        title,
        mode: "run",
        types: types(machine),
        run: Some(Run { trace, taken }),
        coverage: None,
        graph: &graph,
    };
    html(title, &data)
}

/// The page of what a suite of `executions` covered.
pub fn coverage(
    machine: &StateMachine,
    title: &str,
    coverage: &Coverage,
    executions: usize,
) -> String {
    let graph = Drawing::of(machine);
    let report = coverage.report(machine);
    let edges: Vec<u64> = graph
        .edges
        .iter()
        .map(|edge| covered(&graph, coverage, edge))
        .collect();
    let mut missed = report.missed;
    for (edge, count) in graph.edges.iter().zip(&edges) {
        // Choice rules and catchers are in the report already; a `Next` is not.
        if edge.via == "next" && *count == 0 {
            let label = |id| graph.label_of(id).unwrap_or_default();
            missed.push(format!("{} → {}", label(&edge.from), label(&edge.to)));
        }
    }
    let mut retriers = std::collections::BTreeMap::new();
    walk(&machine.states, &mut |name, state| {
        let list: Vec<Retrier> = state
            .retriers()
            .iter()
            .enumerate()
            .map(|(index, retrier)| Retrier {
                errors: retrier.error_equals.clone(),
                count: coverage
                    .retriers
                    .get(&(name.to_owned(), index))
                    .copied()
                    .unwrap_or_default(),
            })
            .collect();
        if !list.is_empty() {
            retriers.insert(name.to_owned(), list);
        }
    });
    let data = Data {
        title,
        mode: "coverage",
        types: types(machine),
        run: None,
        coverage: Some(Covered {
            executions,
            covered: report.covered,
            total: report.total,
            states: coverage.states.clone(),
            edges,
            retriers,
            missed,
        }),
        graph: &graph,
    };
    html(title, &data)
}

/// Whether the run went along `edge`.
fn taken(graph: &Drawing, trace: &Trace, edge: &crate::drawing::Edge) -> bool {
    let from = graph.label_of(&edge.from).unwrap_or_default();
    let to = graph.label_of(&edge.to).unwrap_or_default();
    match edge.via {
        "start" => visits(trace, to).any(|v| v.parent.is_none()),
        "next" | "rule" | "default" => {
            trace
                .transitions
                .contains(&(from.to_owned(), to.to_owned(), false))
        }
        "catch" => trace
            .transitions
            .contains(&(from.to_owned(), to.to_owned(), true)),
        "enter" => {
            visits(trace, to).any(|v| v.parent.is_some_and(|p| trace.visits[p].state == from))
        }
        // To the end of the scope: a terminal state left (a Fail state is never left, so
        // entering it is enough).
        _ => {
            let fail = graph.node_of(from).is_some_and(|n| n.kind == "fail");
            visits(trace, from)
                .any(|v| fail || matches!(v.outcome, Outcome::Succeeded | Outcome::Retried))
        }
    }
}

fn visits<'t>(trace: &'t Trace, name: &'t str) -> impl Iterator<Item = &'t Visit> + 't {
    trace.visits.iter().filter(move |v| v.state == name)
}

/// How many times a suite went along `edge`.
fn covered(graph: &Drawing, coverage: &Coverage, edge: &crate::drawing::Edge) -> u64 {
    let from = graph.label_of(&edge.from).unwrap_or_default().to_owned();
    let to = graph.label_of(&edge.to).unwrap_or_default().to_owned();
    let entered = |name: &String| coverage.states.get(name).copied().unwrap_or_default();
    let count = match (edge.via, edge.index) {
        ("next", _) => coverage.transitions.get(&(from, to)).copied(),
        ("rule", Some(index)) => coverage.choices.get(&(from, Some(index))).copied(),
        ("default", _) => coverage.choices.get(&(from, None)).copied(),
        ("catch", Some(index)) => coverage.catchers.get(&(from, index)).copied(),
        // Into a branch: its first state entered; out of a scope: its last one reached.
        ("start" | "enter", _) => Some(entered(&to)),
        _ => Some(entered(&from)),
    };
    count.unwrap_or_default()
}

fn types(machine: &StateMachine) -> serde_json::Map<String, Value> {
    let mut types = serde_json::Map::new();
    walk(&machine.states, &mut |name, state| {
        types.insert(name.to_owned(), Value::from(state.type_name()));
    });
    types
}

/// Every state, nested ones too.
fn walk(states: &States, visit: &mut dyn FnMut(&str, &State)) {
    for (name, state) in states {
        visit(name, state);
        for (_, _, nested) in state.children() {
            walk(nested, visit);
        }
    }
}

/// Where the data starts in a page, and the text that ends it.
const DATA_OPEN: &str = "<script id=\"sfn-data\" type=\"application/json\">";
const DATA_CLOSE: &str = "</script>";

/// The data a page written here draws, read back (for tools and tests).
pub fn data_of(page: &str) -> Option<Value> {
    let start = page.find(DATA_OPEN)? + DATA_OPEN.len();
    let end = start + page[start..].find(DATA_CLOSE)?;
    // `<\/` is JSON's own escape of `</`: the text parses as written.
    serde_json::from_str(&page[start..end]).ok()
}

fn html(title: &str, data: &Data) -> String {
    // Inside a <script> element, `</` could end it early: JSON allows `<\/` for it.
    let json = serde_json::to_string(data)
        .unwrap_or_else(|_| "null".to_owned())
        .replace("</", "<\\/")
        .replace("<!--", "<\\u0021--");
    let title = escape(title);
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <link rel=\"icon\" href=\"data:,\">\n<title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n\
         <body>\n<noscript>This page draws the run with JavaScript.</noscript>\n\
         {DATA_OPEN}{json}{DATA_CLOSE}\n\
         <script>\n{DAGRE}\n</script>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n"
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// Data that holds `</script>` cannot end the page's script early, and reads back whole.
    #[test]
    fn the_data_reads_back_even_with_markup_inside() {
        let machine = sfn_codegen::check(
            r#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}"#,
            &sfn_codegen::Options::default(),
        )
        .machine
        .unwrap();
        let tricky = json!({"note": "</script><script>alert(1)</script><!-- x"});
        let events = sfn_executor::run(
            &machine,
            tricky.clone(),
            &sfn_executor::Mocks::new(),
            &sfn_executor::Options::default(),
        )
        .unwrap()
        .trace();
        let page = crate::run_page(&machine, "a <b>title</b>", &events);
        assert_eq!(
            page.matches("</script>").count(),
            3,
            "the data, dagre, the script"
        );
        assert!(page.contains("<title>a &lt;b&gt;title&lt;/b&gt;</title>"));
        let data = data_of(&page).unwrap();
        assert_eq!(data["run"]["visits"][0]["input"], tricky);
        assert_eq!(data["title"], "a <b>title</b>");
    }
}
