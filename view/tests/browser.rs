//! The pages in a real headless Chromium: they load with no console message or exception,
//! show the path taken and the outcomes in their colours, and show a state's input when it is
//! clicked, as a user clicks it. Screenshots are kept in `target/sfn-view/` to look at.

mod support;

use serde_json::{Value, json};
use sfn_codegen::model::StateMachine;
use sfn_executor::{Coverage, Execution, Mocks, Options, Reply};
use support::chromium::{Page, artifacts};
use support::workloads::{big_map, long_loop, machine};

/// An order flow with each outcome the page colours: a retried task, a Map iteration that
/// fails and is caught, a Parallel branch that waits, a Choice that picks one of two ends.
const ORDER: &str = r#"{
  "StartAt": "Price",
  "States": {
    "Price": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {"FunctionName": "price", "Payload.$": "$"},
      "ResultSelector": {"total.$": "$.Payload.total"}, "ResultPath": "$.price",
      "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2}],
      "Next": "Fulfil"},
    "Fulfil": {"Type": "Parallel", "ResultPath": "$.fulfil", "Next": "Paid?",
      "Branches": [
        {"StartAt": "Lines", "States": {
          "Lines": {"Type": "Map", "ItemsPath": "$.lines",
            "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "InStock?", "States": {
              "InStock?": {"Type": "Choice",
                "Choices": [{"Variable": "$.quantity", "NumericGreaterThan": 5, "Next": "OutOfStock"}],
                "Default": "Reserve"},
              "OutOfStock": {"Type": "Fail", "Error": "Stock.Short", "Cause": "not enough in stock"},
              "Reserve": {"Type": "Pass", "End": true}}},
            "Catch": [{"ErrorEquals": ["Stock.Short"], "ResultPath": "$.shortage", "Next": "Backorder"}],
            "End": true},
          "Backorder": {"Type": "Pass", "End": true}}},
        {"StartAt": "Settle", "States": {
          "Settle": {"Type": "Wait", "Seconds": 30, "Next": "Settled"},
          "Settled": {"Type": "Succeed"}}}]},
    "Paid?": {"Type": "Choice",
      "Choices": [{"Variable": "$.price.total", "NumericLessThan": 100, "Next": "Ship"}],
      "Default": "Review"},
    "Ship": {"Type": "Succeed"},
    "Review": {"Type": "Fail", "Error": "Order.TooLarge", "Cause": "orders of 100 or more are reviewed"}
  }
}"#;

/// `price` is throttled once, then answers the sum of the lines.
fn mocks() -> Mocks {
    Mocks::new().state("Price", |call| {
        if call.attempt == 0 {
            return Reply::fail("Lambda.TooManyRequestsException", "Rate exceeded");
        }
        let total: i64 = call.parameters["Payload"]["lines"]
            .as_array()
            .map(|lines| lines.iter().filter_map(|l| l["price"].as_i64()).sum())
            .unwrap_or_default();
        Reply::ok(json!({"Payload": {"total": total}, "StatusCode": 200}))
    })
}

fn run(machine: &StateMachine, input: Value) -> Execution {
    sfn_executor::run(machine, input, &mocks(), &Options::default()).expect("it runs")
}

fn write(name: &str, page: &str) -> std::path::PathBuf {
    let path = artifacts().join(name);
    std::fs::write(&path, page).expect("the page is written");
    path
}

fn order(lines: Value) -> Value {
    json!({"id": "o-1", "lines": lines})
}

#[test]
fn a_run_shows_its_path_its_outcomes_and_a_clicked_states_input() {
    let machine = machine(ORDER);
    let execution = run(
        &machine,
        order(
            json!([{"sku": "a", "quantity": 1, "price": 20}, {"sku": "b", "quantity": 9, "price": 90}]),
        ),
    );
    assert_eq!(execution.error.as_deref(), Some("Order.TooLarge"));
    let page = sfn_view::run_page(&machine, "order · o-1", &execution.trace());
    let page = Page::open(&write("run.html", &page));
    page.screenshot(&artifacts().join("run.png"));

    assert_eq!(page.problems(), Vec::<String>::new());
    let outcomes = page.eval(
        "Object.fromEntries([...document.querySelectorAll('.node.state')].map(n => \
         [n.dataset.state, [...n.classList].find(c => c.startsWith('o-'))]))",
    );
    assert_eq!(
        outcomes,
        json!({
            "Price": "o-retried", "Fulfil": "o-succeeded", "Lines": "o-caught",
            "InStock?": "o-succeeded", "OutOfStock": "o-failed", "Reserve": "o-succeeded",
            "Backorder": "o-succeeded", "Settle": "o-succeeded", "Settled": "o-succeeded",
            "Paid?": "o-succeeded", "Ship": "o-none", "Review": "o-failed"
        })
    );
    // The colours are the page's own, not only class names.
    assert_eq!(
        page.eval(
            "getComputedStyle(document.querySelector('.node[data-state=\"Review\"] rect')).stroke"
        ),
        json!("rgb(198, 40, 40)")
    );
    let taken = page.eval(
        "[...document.querySelectorAll('.edge.taken')].map(e => e.dataset.from + ' -> ' + e.dataset.to)",
    );
    assert_eq!(
        taken,
        json!([
            "Price -> Fulfil",
            "Fulfil -> Paid?",
            "Paid? -> Review",
            "Review -> end",
            "start -> Price",
            "Lines -> Backorder",
            "InStock? -> OutOfStock",
            "InStock? -> Reserve",
            "Settle -> Settled"
        ])
    );
    // The first failed state is shown at once; its error comes from the definition, as AWS's
    // history has no event with it.
    assert_eq!(
        page.eval("document.querySelector('#details h2').textContent"),
        json!("OutOfStock")
    );
    assert_eq!(
        page.eval("document.querySelector('#details .error').textContent"),
        json!("Stock.Short")
    );

    page.click(".node[data-state='Price']");
    assert_eq!(
        page.eval("document.querySelector('#details h2').textContent"),
        json!("Price")
    );
    assert_eq!(
        page.eval("document.querySelector('#details .hint').textContent"),
        json!("Task · retried · entered 1 time")
    );
    let shown = page.eval(
        "[...document.querySelectorAll('#details details.visit[open] :is(pre.input, pre.output)')]\
         .map(p => JSON.parse(p.textContent))",
    );
    let step = execution.steps_of("Price").next().unwrap();
    assert_eq!(shown, json!([step.input, step.output]));
    assert_eq!(
        page.eval("document.querySelector('#details details.visit[open] .error').textContent"),
        json!("retried after Lambda.TooManyRequestsException")
    );
    assert_eq!(
        page.eval("document.querySelector('#details details.visit[open] .times').textContent"),
        json!("entered +0 ms · left +2.000 s · 1 retry")
    );

    // A Map's iterations, summarised, each one opened on a click.
    page.click(".node[data-state='Lines'] > text.title");
    assert_eq!(
        page.eval("document.querySelector('#details p').textContent"),
        json!("2 items: 1 iterations succeeded, 1 failed, 0 aborted")
    );
    assert_eq!(
        page.eval(
            "[...document.querySelectorAll('#details .iteration summary')].map(s => s.textContent)"
        ),
        json!([
            "iteration 0 · succeeded · 2 states",
            "iteration 1 · failed · 2 states"
        ])
    );
    page.click("#details .iteration[data-iteration='1'] summary");
    assert_eq!(
        page.eval("[...document.querySelectorAll('#details .iteration[open] .visit summary')].map(s => s.textContent)"),
        json!(["InStock? · iteration 1 · succeeded", "OutOfStock · iteration 1 · failed"])
    );

    // A Parallel's branches.
    // A container is clicked by its title (its middle is its branches).
    page.click(".node[data-state='Fulfil'] > text.title");
    assert_eq!(
        page.eval(
            "[...document.querySelectorAll('#details .branch summary')].map(s => s.textContent)"
        ),
        json!(["branch 1: 1 caught, 1 succeeded", "branch 2: 2 succeeded"])
    );
    page.screenshot(&artifacts().join("run-parallel.png"));

    // The timeline row of a state selects it.
    assert_eq!(
        page.eval("document.querySelectorAll('#events tr').length"),
        json!(execution.trace().len() + 1)
    );
    assert_eq!(page.problems(), Vec::<String>::new());
}

#[test]
fn a_suites_coverage_marks_what_it_missed() {
    let machine = machine(ORDER);
    let mut coverage = Coverage::default();
    for lines in [
        json!([{"sku": "a", "quantity": 1, "price": 20}]),
        json!([{"sku": "a", "quantity": 1, "price": 200}]),
    ] {
        coverage.merge(&run(&machine, order(lines)).coverage);
    }
    let page = sfn_view::coverage_page(&machine, "order", &coverage, 2);
    let page = Page::open(&write("coverage.html", &page));
    page.screenshot(&artifacts().join("coverage.png"));

    assert_eq!(page.problems(), Vec::<String>::new());
    assert_eq!(
        page.eval("[...document.querySelectorAll('.node.o-none')].map(n => n.dataset.state)"),
        json!(["OutOfStock", "Backorder"])
    );
    assert_eq!(
        page.eval("[...document.querySelectorAll('.edge.missed')].map(e => e.dataset.from + ' -> ' + e.dataset.to)"),
        json!(["Lines -> Backorder", "InStock? -> OutOfStock"])
    );
    assert_eq!(
        page.eval("[...document.querySelectorAll('#missed li')].map(l => l.textContent)"),
        json!([
            "Lines catcher 0",
            "InStock? rule 0",
            "OutOfStock",
            "Backorder"
        ])
    );
    assert_eq!(
        page.eval("document.querySelector('header .facts').textContent"),
        json!("14 of 18 states, Choice rules, retriers and catchers, over 2 executions")
    );
    page.click(".node[data-state='Price']");
    assert_eq!(
        page.eval("[...document.querySelectorAll('#details li')].map(l => l.textContent)"),
        json!([
            "retrier 0 [Lambda.TooManyRequestsException]: retried 2 times",
            "next → Fulfil: taken 2 times"
        ])
    );
}

/// Large runs stay usable: a Map of 10,000 iterations, summarised, and a history of 2,000
/// states. How long they take to open is measured by `benches/open.rs`, not here.
#[test]
fn large_runs_load_and_stay_summarised() {
    // Express: a Standard execution this long would pass AWS's 25,000-event history limit.
    let express = Options {
        express: true,
        ..Options::default()
    };
    let (machine, input) = big_map(10_000);
    let execution = sfn_executor::run(&machine, input, &Mocks::new(), &express).expect("it runs");
    assert!(execution.succeeded());
    let page = Page::open(&write(
        "map-10000.html",
        &sfn_view::run_page(&machine, "10,000 items", &execution.trace()),
    ));
    assert_eq!(page.problems(), Vec::<String>::new());
    page.click(".node[data-state='Each'] > text.title");
    assert_eq!(
        page.eval("document.querySelector('#details p').textContent"),
        json!("10000 items: 10000 iterations succeeded, 0 failed, 0 aborted")
    );
    // Shown a page at a time.
    assert_eq!(
        page.eval("document.querySelectorAll('#details .iteration').length"),
        json!(20)
    );
    assert_eq!(
        page.eval("document.querySelectorAll('#events tr').length"),
        json!(201)
    );

    let (machine, input) = long_loop(2_000);
    let execution =
        sfn_executor::run(&machine, input, &Mocks::new(), &Options::default()).expect("it runs");
    assert_eq!(execution.states.len(), 2_000);
    let page = Page::open(&write(
        "loop-2000.html",
        &sfn_view::run_page(&machine, "2,000 states", &execution.trace()),
    ));
    assert_eq!(page.problems(), Vec::<String>::new());
    assert_eq!(
        page.eval("document.querySelector('header .facts').textContent"),
        json!(
            "started 2025-01-01T00:00:00.000Z · +0 ms of virtual time · 2000 states entered · 4002 events"
        )
    );
}
