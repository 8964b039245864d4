//! SDK and optimized calls are checked against the service catalog when the workflow
//! compiles: an unknown service or action (with a suggestion), an unknown parameter, and, as
//! certain run-time failures, a missing required one.

use sfn::prelude::*;
use sfn::{BuildError, Code};

fn findings(task: Task) -> Vec<(Code, String)> {
    match Workflow::new("calls", task).compile() {
        Ok(_) => Vec::new(),
        Err(BuildError::Invalid { diagnostics, .. }) => diagnostics
            .iter()
            .map(|d| {
                (
                    d.code,
                    format!("{} {}", d.message, d.help.as_deref().unwrap_or("")),
                )
            })
            .collect(),
        Err(other) => panic!("{other}"),
    }
}

#[test]
fn an_sdk_call_the_model_lacks_fails_the_build_with_a_suggestion() {
    let found = findings(Task::new(
        "Fetch",
        sdk::call("s3", "getObjects").parameters(object().with("Bucket", "b").with("Key", "k")),
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Code::INVALID_RESOURCE);
    assert!(
        found[0].1.contains("did you mean `aws-sdk:s3:getObject`?"),
        "{found:?}"
    );

    let found = findings(Task::new(
        "Read",
        sdk::call("dynamo", "getItem").parameters(object().with("TableName", "t")),
    ));
    assert!(
        found[0]
            .1
            .contains("did you mean `aws-sdk:dynamodb:getItem`?"),
        "{found:?}"
    );
}

#[test]
fn parameters_are_the_api_s() {
    let found = findings(Task::new(
        "Fetch",
        sdk::call("s3", "getObject").parameters(
            object()
                .with("Bucket", "b")
                .with("Key", "k")
                .with("VersionIdd", "3"),
        ),
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Code::UNKNOWN_PARAMETER);
    assert!(
        found[0].1.contains("did you mean `VersionId`?"),
        "{found:?}"
    );

    let found = findings(Task::new(
        "Fetch",
        sdk::call("s3", "getObject").parameters(object().with("Bucket", "b")),
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Code::MISSING_PARAMETER, "{found:?}");

    let twin = findings(Task::new(
        "Fetch",
        sdk::call("s3", "getObject").parameters(object().with("Bucket", "b").with("Key", "k")),
    ));
    assert!(twin.is_empty(), "{twin:?}");
}
