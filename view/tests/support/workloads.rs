//! Runs users write, at sizes that test whether a page stays usable: shared by the browser
//! tests and the page-opening benchmark.

use serde_json::{Value, json};
use sfn_codegen::model::StateMachine;

pub fn machine(text: &str) -> StateMachine {
    sfn_codegen::check(text, &sfn_codegen::Options::default())
        .machine
        .expect("the definition parses")
}

/// A Map over `n` items, each through a Choice and a Pass that reads the context object.
pub fn big_map(n: usize) -> (StateMachine, Value) {
    let machine = machine(
        r#"{"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
          "ItemSelector": {"item.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Even?", "States": {
            "Even?": {"Type": "Choice", "Choices": [{"Variable": "$.item.even", "BooleanEquals": true, "Next": "Keep"}], "Default": "Drop"},
            "Keep": {"Type": "Pass", "End": true},
            "Drop": {"Type": "Pass", "Result": null, "End": true}}},
          "End": true}}}"#,
    );
    let items: Vec<Value> = (0..n)
        .map(|i| json!({"id": i, "even": i % 2 == 0}))
        .collect();
    (machine, json!({"items": items}))
}

/// A loop of `n` states: a counter that goes round a Choice and a Pass.
pub fn long_loop(n: usize) -> (StateMachine, Value) {
    let machine = machine(
        r#"{"StartAt": "More?", "States": {
          "More?": {"Type": "Choice", "Choices": [{"Variable": "$.left", "NumericGreaterThan": 0, "Next": "Count"}], "Default": "Done"},
          "Count": {"Type": "Pass", "Parameters": {"left.$": "States.MathAdd($.left, -1)"}, "Next": "More?"},
          "Done": {"Type": "Succeed"}}}"#,
    );
    (machine, json!({"left": (n - 1) / 2}))
}
