//! The execution role's trust policy: only Step Functions, only for this account and this
//! state machine (its versions and aliases included), against the confused-deputy problem.

use serde_json::{Value, json};

use super::Environment;

/// The trust policy of the role of state machine `machine_name`.
pub fn trust_policy(environment: &Environment, machine_name: &str) -> Value {
    let machine = environment.arn("states", &format!("stateMachine:{machine_name}"));
    json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": "states.amazonaws.com"},
            "Action": "sts:AssumeRole",
            "Condition": {
                "StringEquals": {"aws:SourceAccount": environment.account},
                "ArnLike": {"aws:SourceArn": [machine.clone(), format!("{machine}:*")]}
            }
        }]
    })
}
