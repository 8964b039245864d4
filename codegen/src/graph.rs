//! The state graph of a definition, drawn as Mermaid (renders in GitHub and most docs tools)
//! or Graphviz DOT. Both come from one walk ([`Graph::of`]) so they show the same thing:
//! a node per state, `Next` and Choice edges (labelled with the rule), `Catch` edges dashed
//! (labelled with the errors), Parallel branches and Map processors as nested boxes, and a
//! start and an end node.

use std::fmt::Write;

use crate::model::{ChoiceRule, Operand, State, StateMachine, States};

/// A drawing of a definition, independent of the output format.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Unique in the graph: `n0`, `n1`, ...
    pub id: String,
    pub label: String,
    pub kind: NodeKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    Start,
    End,
    Task,
    Flow,
    Choice,
    Succeed,
    Fail,
    Parallel,
    Map,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub from: String,
    pub to: String,
    pub label: Option<String>,
    /// A `Catch` transition.
    pub error: bool,
    /// What in the definition the edge stands for: what a run takes and a coverage report
    /// counts.
    pub via: Via,
}

/// What an edge stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// From the start node to the machine's `StartAt`.
    Start,
    /// A state's `Next`.
    Next,
    /// A Choice rule (its index in `Choices`) or the `Default`.
    Rule(usize),
    Default,
    /// A catcher (its index in `Catch`).
    Catch(usize),
    /// A terminal state to the end of its scope (the end node, or the Parallel or Map state
    /// whose branch it ends).
    End,
    /// A Parallel or Map state into the start of a branch or of its item processor.
    Enter,
}

/// A Parallel branch or a Map processor: the nodes drawn inside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub label: String,
    /// Every node inside, nested groups' too.
    pub nodes: Vec<String>,
    /// The Parallel or Map state's node.
    pub owner: String,
}

/// The longest rule label kept; longer conditions are cut with `…`.
const MAX_LABEL: usize = 48;

impl Graph {
    /// The graph of a definition.
    pub fn of(machine: &StateMachine) -> Graph {
        let mut graph = Graph::default();
        let start = graph.node("start", NodeKind::Start);
        let end = graph.node("end", NodeKind::End);
        let entry = graph.scope(&machine.start_at, &machine.states, &end);
        if let Some(entry) = entry {
            graph.edge(&start, &entry, None, Via::Start);
        }
        graph
    }

    fn node(&mut self, label: &str, kind: NodeKind) -> String {
        let id = format!("n{}", self.nodes.len());
        self.nodes.push(Node {
            id: id.clone(),
            label: label.to_owned(),
            kind,
        });
        id
    }

    fn edge(&mut self, from: &str, to: &str, label: Option<String>, via: Via) {
        self.edges.push(Edge {
            from: from.to_owned(),
            to: to.to_owned(),
            label,
            error: matches!(via, Via::Catch(_)),
            via,
        });
    }

    /// Draws one `States` object; `end` is where its terminal states lead. Returns the id of
    /// its start state.
    fn scope(&mut self, start_at: &str, states: &States, end: &str) -> Option<String> {
        let ids: Vec<(String, String)> = states
            .iter()
            .map(|(name, state)| (name.clone(), self.node(name, kind(state))))
            .collect();
        let id_of = |name: &str| {
            ids.iter()
                .find(|(n, _)| n == name)
                .map(|(_, id)| id.clone())
        };
        for ((_, state), (_, id)) in states.iter().zip(&ids) {
            let link = |graph: &mut Graph, target: &str, label: Option<String>, via| {
                // A transition to a missing state is the validator's to report; not drawn.
                if let Some(to) = id_of(target) {
                    graph.edge(id, &to, label, via);
                }
            };
            match state {
                State::Choice(choice) => {
                    for (index, rule) in choice.choices.iter().enumerate() {
                        if let Some(next) = &rule.next {
                            link(self, next, Some(rule_label(rule)), Via::Rule(index));
                        }
                    }
                    if let Some(default) = &choice.default {
                        link(self, default, Some("default".to_owned()), Via::Default);
                    }
                }
                State::Succeed(_) | State::Fail(_) => self.edge(id, end, None, Via::End),
                _ => {
                    match state.transition().and_then(|t| t.next.as_deref()) {
                        Some(next) => link(self, next, None, Via::Next),
                        None => self.edge(id, end, None, Via::End),
                    }
                    for (index, catcher) in state.catchers().iter().enumerate() {
                        link(
                            self,
                            &catcher.next,
                            Some(catcher.error_equals.join(", ")),
                            Via::Catch(index),
                        );
                    }
                }
            }
            self.nested(state, id);
        }
        id_of(start_at)
    }

    /// Parallel branches and Map processors, each a group entered from the state and
    /// leading back to it.
    fn nested(&mut self, state: &State, id: &str) {
        let scopes: Vec<(String, &str, &States)> = match state {
            State::Parallel(parallel) => parallel
                .branches
                .iter()
                .enumerate()
                .map(|(index, branch)| {
                    let label = format!("branch {}", index + 1);
                    (label, branch.start_at.as_str(), &branch.states)
                })
                .collect(),
            State::Map(map) => map
                .item_processor
                .iter()
                .chain(&map.iterator)
                .map(|processor| {
                    let label = "each item".to_owned();
                    (label, processor.start_at.as_str(), &processor.states)
                })
                .collect(),
            _ => Vec::new(),
        };
        for (label, start_at, states) in scopes {
            let first = self.nodes.len();
            let entry = self.scope(start_at, states, id);
            let nodes = self.nodes[first..].iter().map(|n| n.id.clone()).collect();
            self.groups.push(Group {
                label,
                nodes,
                owner: id.to_owned(),
            });
            if let Some(entry) = entry {
                self.edge(id, &entry, None, Via::Enter);
            }
        }
    }

    /// The top-level nodes, then each group: its opening line, its nodes, its closing line.
    fn write_nodes(
        &self,
        out: &mut String,
        node: fn(&mut String, &Node, &str),
        close: &str,
        open: impl Fn(usize, &Group) -> String,
    ) {
        let grouped: Vec<&String> = self.groups.iter().flat_map(|g| &g.nodes).collect();
        for top in self.nodes.iter().filter(|n| !grouped.contains(&&n.id)) {
            node(out, top, "    ");
        }
        for (index, group) in self.groups.iter().enumerate() {
            out.push_str(&open(index, group));
            for member in self.nodes.iter().filter(|n| group.nodes.contains(&n.id)) {
                node(out, member, "        ");
            }
            out.push_str(close);
        }
    }

    /// Mermaid `flowchart` text.
    pub fn to_mermaid(&self) -> String {
        let mut out = String::from("flowchart TD\n");
        self.write_nodes(&mut out, mermaid_node, "    end\n", |index, group| {
            format!(
                "    subgraph g{index}[\"{}\"]\n",
                mermaid_text(&group.label)
            )
        });
        for edge in &self.edges {
            let arrow = if edge.error { "-.->" } else { "-->" };
            match &edge.label {
                Some(label) => {
                    let _ = writeln!(
                        out,
                        "    {} {arrow}|\"{}\"| {}",
                        edge.from,
                        mermaid_text(label),
                        edge.to
                    );
                }
                None => {
                    let _ = writeln!(out, "    {} {arrow} {}", edge.from, edge.to);
                }
            }
        }
        out
    }

    /// Graphviz DOT text.
    pub fn to_dot(&self) -> String {
        let mut out = String::from(
            "digraph workflow {\n    rankdir=TB;\n    node [fontname=\"Helvetica\"];\n    edge [fontname=\"Helvetica\", fontsize=10];\n",
        );
        self.write_nodes(&mut out, dot_node, "    }\n", |index, group| {
            let label = dot_text(&group.label);
            format!("    subgraph cluster_{index} {{\n        label=\"{label}\";\n        style=dashed;\n")
        });
        for edge in &self.edges {
            let mut attributes = Vec::new();
            if let Some(label) = &edge.label {
                attributes.push(format!("label=\"{}\"", dot_text(label)));
            }
            if edge.error {
                attributes.push("style=dashed".to_owned());
                attributes.push("color=firebrick".to_owned());
            }
            let attributes = if attributes.is_empty() {
                String::new()
            } else {
                format!(" [{}]", attributes.join(", "))
            };
            let _ = writeln!(out, "    {} -> {}{attributes};", edge.from, edge.to);
        }
        out.push_str("}\n");
        out
    }
}

fn kind(state: &State) -> NodeKind {
    match state {
        State::Task(_) => NodeKind::Task,
        State::Pass(_) | State::Wait(_) => NodeKind::Flow,
        State::Choice(_) => NodeKind::Choice,
        State::Succeed(_) => NodeKind::Succeed,
        State::Fail(_) => NodeKind::Fail,
        State::Parallel(_) => NodeKind::Parallel,
        State::Map(_) => NodeKind::Map,
    }
}

/// A short reading of a Choice rule: `$.total > 100`, `$.coupon is present`, `not(...)`.
pub fn rule_label(rule: &ChoiceRule) -> String {
    let text = rule_text(rule);
    if text.chars().count() <= MAX_LABEL {
        return text;
    }
    let cut: String = text.chars().take(MAX_LABEL - 1).collect();
    format!("{cut}…")
}

fn rule_text(rule: &ChoiceRule) -> String {
    if let Some(condition) = &rule.condition {
        let text = condition
            .as_str()
            .map_or_else(|| condition.to_string(), str::to_owned);
        return crate::jsonata::template(&text)
            .map_or(text.clone(), |(inner, _)| inner.trim().to_owned());
    }
    let nested = |key: &str, rules: &[ChoiceRule]| {
        let inner: Vec<String> = rules.iter().map(rule_text).collect();
        format!("{key}({})", inner.join(", "))
    };
    if let Some(rules) = &rule.and {
        return nested("all", rules);
    }
    if let Some(rules) = &rule.or {
        return nested("any", rules);
    }
    if let Some(rule) = &rule.not {
        return format!("not({})", rule_text(rule));
    }
    let variable = rule.variable.as_deref().unwrap_or("?");
    let Some(comparison) = rule.comparisons.first() else {
        return variable.to_owned();
    };
    let name = comparison.operator.as_str();
    let value = match (&comparison.value, comparison.operator.operand()) {
        (serde_json::Value::String(text), Operand::Path) => text.clone(),
        (value, _) => value.to_string(),
    };
    let base = name.strip_suffix("Path").unwrap_or(name);
    // Longest suffix first: `GreaterThanEquals` also ends in `Equals`.
    let symbol = [
        "LessThanEquals",
        "GreaterThanEquals",
        "Equals",
        "LessThan",
        "GreaterThan",
    ]
    .iter()
    .zip(["<=", ">=", "==", "<", ">"])
    .find(|(suffix, _)| base.ends_with(*suffix))
    .map(|(_, symbol)| symbol);
    match (base, symbol) {
        ("IsPresent" | "IsNull" | "IsString" | "IsNumeric" | "IsBoolean" | "IsTimestamp", _) => {
            let test = base.trim_start_matches("Is").to_lowercase();
            if comparison.value == serde_json::Value::Bool(false) {
                format!("{variable} is not {test}")
            } else {
                format!("{variable} is {test}")
            }
        }
        (_, Some(symbol)) => format!("{variable} {symbol} {value}"),
        _ => format!("{variable} {base} {value}"),
    }
}

fn mermaid_node(out: &mut String, node: &Node, indent: &str) {
    let text = mermaid_text(&node.label);
    let shape = match node.kind {
        NodeKind::Start | NodeKind::End => format!("(((\"{text}\")))"),
        NodeKind::Choice => format!("{{\"{text}\"}}"),
        NodeKind::Succeed | NodeKind::Fail => format!("([\"{text}\"])"),
        NodeKind::Parallel | NodeKind::Map => format!("[[\"{text}\"]]"),
        NodeKind::Task => format!("[\"{text}\"]"),
        NodeKind::Flow => format!("(\"{text}\")"),
    };
    let _ = writeln!(out, "{indent}{}{shape}", node.id);
}

/// Mermaid has no escape for `"` inside a quoted label; it uses HTML entities.
fn mermaid_text(text: &str) -> String {
    text.replace('&', "#amp;")
        .replace('"', "#quot;")
        .replace('<', "#lt;")
        .replace('>', "#gt;")
}

fn dot_node(out: &mut String, node: &Node, indent: &str) {
    let shape = match node.kind {
        NodeKind::Start | NodeKind::End => {
            "shape=circle, label=\"\", width=0.25, style=filled, fillcolor=black"
        }
        NodeKind::Choice => "shape=diamond",
        NodeKind::Succeed => "shape=box, style=\"rounded,filled\", fillcolor=palegreen",
        NodeKind::Fail => "shape=box, style=\"rounded,filled\", fillcolor=lightpink",
        NodeKind::Parallel | NodeKind::Map => "shape=box3d",
        NodeKind::Task => "shape=box",
        NodeKind::Flow => "shape=box, style=rounded",
    };
    match node.kind {
        NodeKind::Start | NodeKind::End => {
            let _ = writeln!(out, "{indent}{} [{shape}];", node.id);
        }
        _ => {
            let _ = writeln!(
                out,
                "{indent}{} [label=\"{}\", {shape}];",
                node.id,
                dot_text(&node.label)
            );
        }
    }
}

fn dot_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(text: &str) -> Graph {
        let report = crate::check(text, &crate::Options::default());
        Graph::of(&report.machine.expect("parses"))
    }

    const LOOP: &str = r#"{"StartAt": "Wait", "States": {
        "Wait": {"Type": "Wait", "Seconds": 5, "Next": "Check \"status\""},
        "Check \"status\"": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
            "Catch": [{"ErrorEquals": ["States.Timeout", "States.TaskFailed"], "Next": "Failed"}], "Next": "Done?"},
        "Done?": {"Type": "Choice", "Choices": [
            {"Variable": "$.Payload.done", "BooleanEquals": true, "Next": "Fan out"},
            {"And": [{"Variable": "$.n", "NumericGreaterThanPath": "$.max"}, {"Variable": "$.x", "IsPresent": false}], "Next": "Failed"}
        ], "Default": "Wait"},
        "Fan out": {"Type": "Parallel", "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}
        ], "End": true},
        "Failed": {"Type": "Fail"}
    }}"#;

    #[test]
    fn inclusive_comparisons_are_drawn_as_such() {
        let graph = graph(
            r#"{"StartAt": "C", "States": {
                "C": {"Type": "Choice", "Choices": [
                    {"Variable": "$.n", "NumericGreaterThanEquals": 5, "Next": "A"},
                    {"Variable": "$.t", "TimestampLessThanEqualsPath": "$.limit", "Next": "A"},
                    {"Variable": "$.s", "StringEquals": "x", "Next": "A"}
                ], "Default": "A"},
                "A": {"Type": "Succeed"}
            }}"#,
        );
        let labels: Vec<&str> = graph
            .edges
            .iter()
            .filter_map(|e| e.label.as_deref())
            .collect();
        for label in ["$.n >= 5", "$.t <= $.limit", "$.s == \"x\""] {
            assert!(labels.contains(&label), "{label}: {labels:?}");
        }
    }

    #[test]
    fn every_state_is_a_node_and_every_transition_an_edge() {
        let graph = graph(LOOP);
        // start, end, five states, two branch states.
        assert_eq!(graph.nodes.len(), 9);
        let labels: Vec<Option<&str>> = graph.edges.iter().map(|e| e.label.as_deref()).collect();
        assert!(
            labels.contains(&Some("$.Payload.done == true")),
            "{labels:?}"
        );
        assert!(
            labels.contains(&Some("all($.n > $.max, $.x is not present)")),
            "{labels:?}"
        );
        assert!(labels.contains(&Some("default")), "{labels:?}");
        assert!(
            labels.contains(&Some("States.Timeout, States.TaskFailed")),
            "{labels:?}"
        );
        assert_eq!(graph.edges.iter().filter(|e| e.error).count(), 1);
        assert_eq!(graph.groups.len(), 2);
    }

    #[test]
    fn mermaid_and_dot_escape_labels() {
        let graph = graph(LOOP);
        let mermaid = graph.to_mermaid();
        assert!(mermaid.starts_with("flowchart TD\n"), "{mermaid}");
        assert!(
            mermaid.contains("[\"Check #quot;status#quot;\"]"),
            "{mermaid}"
        );
        assert!(
            mermaid.contains("-.->|\"States.Timeout, States.TaskFailed\"|"),
            "{mermaid}"
        );
        assert!(mermaid.contains("subgraph g0[\"branch 1\"]"), "{mermaid}");
        let dot = graph.to_dot();
        assert!(
            dot.contains("label=\"Check \\\"status\\\"\", shape=box"),
            "{dot}"
        );
        assert!(dot.contains("subgraph cluster_1"), "{dot}");
        assert!(dot.trim_end().ends_with('}'), "{dot}");
    }

    #[test]
    fn long_conditions_are_cut() {
        let rule = ChoiceRule {
            condition: Some(serde_json::json!(format!(
                "{{% {} %}}",
                "$x = 1 and ".repeat(10)
            ))),
            ..ChoiceRule::default()
        };
        let label = rule_label(&rule);
        assert_eq!(label.chars().count(), MAX_LABEL);
        assert!(label.ends_with('…'));
    }
}
