//! Declared input and result types flow through ResultSelector, ResultPath and OutputPath, so a
//! path reading a field that is not there (any more) fails the build; unknown types are not
//! guessed at.

use serde::{Deserialize, Serialize};
use sfn::prelude::*;
use sfn::{BuildError, Code};

#[derive(Serialize, Deserialize, sfn::Payload, sfn::JsonSchema)]
#[schemars(crate = "sfn::schemars")]
#[serde(rename_all = "camelCase")]
struct Order {
    order_id: String,
    total: f64,
    coupon: Option<String>,
}

#[derive(Serialize, Deserialize, sfn::JsonSchema)]
#[schemars(crate = "sfn::schemars")]
struct Verdict {
    valid: bool,
}

fn check(selector: &str, output_path: &str, then: Condition) -> Workflow {
    let validate = Task::new(
        "Validate",
        lambda::invoke("validate").payload(input::<Order>()),
    )
    .result_type::<lambda::Response<Verdict>>()
    .result_selector(object().with("ok", path(selector)))
    .result_path("$.check")
    .output_path(output_path);
    Workflow::new(
        "typed",
        validate.next(
            Choice::new("OK?")
                .when(then, Succeed::new("Yes"))
                .otherwise(Fail::new("No")),
        ),
    )
    .input_type::<Order>()
}

fn unknown_fields(workflow: Workflow) -> Vec<String> {
    match workflow.compile() {
        Ok(_) => Vec::new(),
        Err(BuildError::Invalid { diagnostics, .. }) => diagnostics
            .iter()
            .filter(|d| d.code == Code::UNKNOWN_INPUT_FIELD)
            .map(|d| {
                format!(
                    "{}: {} ({})",
                    d.location,
                    d.message,
                    d.help.as_deref().unwrap_or("")
                )
            })
            .collect(),
        Err(other) => panic!("{other}"),
    }
}

fn field<T>(name: &str) -> Ref<T> {
    input::<serde_json::Value>().field::<T>(name)
}

#[test]
fn reads_that_match_the_types_compile() {
    let ok = input::<serde_json::Value>()
        .field::<serde_json::Value>("check")
        .field::<bool>("ok");
    assert_eq!(
        unknown_fields(check("$.Payload.valid", "$", ok.equals(true))),
        Vec::<String>::new()
    );
}

#[test]
fn a_field_that_no_longer_exists_after_output_path_is_an_error() {
    // OutputPath keeps only `$.check`: `total` is gone from the Choice's input.
    let found = unknown_fields(check(
        "$.Payload.valid",
        "$.check",
        field::<f64>("total").gt(10),
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("States.OK?.Choices[0].Variable"),
        "{found:?}"
    );
    assert!(
        found[0].contains("`$.total` reads `total`, but the input here is an object with ok"),
        "{found:?}"
    );
}

#[test]
fn a_misspelt_result_field_suggests_the_declared_one() {
    let found = unknown_fields(check("$.Payload.vaild", "$", field::<f64>("total").gt(10)));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("States.Validate.ResultSelector[\"ok.$\"]"),
        "{found:?}"
    );
    assert!(found[0].contains("did you mean `valid`?"), "{found:?}");
}

#[test]
fn an_optional_field_is_there_to_test() {
    let coupon = input::<Order>().fields().coupon();
    assert_eq!(
        unknown_fields(check("$.Payload.valid", "$", coupon.is_present())),
        Vec::<String>::new()
    );
}

#[test]
fn without_a_declared_result_nothing_after_the_task_is_guessed() {
    let validate = Task::new("Validate", lambda::invoke("validate"))
        .result_selector(object().with("ok", path("$.Payload.anything")))
        .result_path("$.check");
    let workflow = Workflow::new(
        "untyped-result",
        validate.next(
            Choice::new("OK?")
                .when(field::<bool>("anything").equals(true), Succeed::new("Yes"))
                .otherwise(Fail::new("No")),
        ),
    )
    .input_type::<Order>();
    // The input is typed, so `anything` is not a field of it; the selector's read is not checked.
    let found = unknown_fields(workflow);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("`$.anything` reads `anything`"),
        "{found:?}"
    );
}
