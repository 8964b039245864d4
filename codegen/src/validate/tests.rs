//! Validating models built in code (no source text), as the builder API will.

use super::*;
use crate::model::{Pass, Task, Transition};

fn machine(states: Vec<(&str, State)>) -> StateMachine {
    StateMachine {
        comment: None,
        query_language: None,
        version: None,
        timeout_seconds: None,
        start_at: states[0].0.to_owned(),
        states: states
            .into_iter()
            .map(|(name, state)| (name.to_owned(), state))
            .collect(),
    }
}

fn codes(machine: &StateMachine) -> Vec<(Code, String)> {
    validate(machine, &Options::default())
        .into_iter()
        .map(|d| (d.code, d.location.to_string()))
        .collect()
}

#[test]
fn a_model_without_source_is_checked_through_its_canonical_form() {
    let task = Task {
        resource: "${WorkerArn}".into(),
        transition: Transition::end(),
        ..Task::default()
    };
    assert_eq!(
        codes(&machine(vec![("Work", State::Task(task))])),
        [(
            Code::UNRESOLVED_PLACEHOLDER,
            "States.Work.Resource".to_owned()
        )]
    );
}

#[test]
fn a_well_formed_model_has_no_findings() {
    let first = Pass {
        assign: Some(serde_json::json!({"attempt": 1})),
        transition: Transition::next("Second"),
        ..Pass::default()
    };
    let second = Pass {
        parameters: Some(serde_json::json!({"attempt.$": "$attempt"})),
        transition: Transition::end(),
        ..Pass::default()
    };
    let machine = machine(vec![
        ("First", State::Pass(first)),
        ("Second", State::Pass(second)),
    ]);
    assert_eq!(codes(&machine), []);
}

#[test]
fn a_read_before_the_assigning_state_is_flagged() {
    let reads = Pass {
        parameters: Some(serde_json::json!({"attempt.$": "$attempt"})),
        transition: Transition::next("Assigns"),
        ..Pass::default()
    };
    let assigns = Pass {
        assign: Some(serde_json::json!({"attempt": 1})),
        transition: Transition::end(),
        ..Pass::default()
    };
    let machine = machine(vec![
        ("Reads", State::Pass(reads)),
        ("Assigns", State::Pass(assigns)),
    ]);
    assert_eq!(
        codes(&machine),
        [(
            Code::POSSIBLY_UNDEFINED_VARIABLE,
            "States.Reads.Parameters[\"attempt.$\"]".to_owned()
        )]
    );
}

#[test]
fn a_service_without_optimized_integration_points_to_the_sdk_one() {
    let report = crate::check(
        r#"{"StartAt":"F","States":{"F":{"Type":"Task","Resource":"arn:aws:states:::s3:getObject","Parameters":{"Bucket":"b","Key":"k"},"End":true}}}"#,
        &crate::Options::default(),
    );
    let found: Vec<_> = report.errors().collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].help.as_deref(),
        Some("call the API through the SDK integration: `arn:aws:states:::aws-sdk:s3:getObject`")
    );
}
