//! A declared resource (`${sfn.queue.jobs.url}`, see `resource.rs`) written in a parameter
//! that the integration table says names another kind of resource, or in a form the
//! parameter does not take. AWS accepts both; both fail at run time (DynamoDB finds no table
//! named after a queue's URL, SQS no queue at an ARN).

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic, Fix, Location};
use crate::integration::{ArnOf, Named, Resource, SDK_RESOURCES, optimized, steps};
use crate::model::{State, StateMachine, Task, visit_states};
use crate::resource::{self, Form, Reference};

/// Every Task of `machine` with a declared resource in the wrong parameter: for a machine
/// whose placeholders are bound before it is validated (the DSL's `compile()`).
pub fn check_machine(machine: &StateMachine) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    visit_states(&machine.states, &Location::root(), &mut |_, state, at| {
        if let State::Task(task) = state {
            check(at, task, &mut out);
        }
    });
    out
}

/// The parameters of `task` that name a resource, checked against the declared resources
/// written in them.
pub(super) fn check(location: &Location, task: &Task, out: &mut Vec<Diagnostic>) {
    let (field, payload) = match (&task.parameters, &task.arguments) {
        (Some(parameters), _) => ("Parameters", parameters),
        (None, Some(arguments)) => ("Arguments", arguments),
        (None, None) => return,
    };
    for named in naming_parameters(&task.resource) {
        for path in named.at {
            for (at, text) in strings_at(payload, path, location.key(field)) {
                resource::fill(text, |reference| {
                    if let Some(diagnostic) = mismatch(&named, path, reference, &at) {
                        out.push(diagnostic);
                    }
                    None
                });
            }
        }
    }
}

/// The parameters the integration table says name a resource of a kind, each once.
fn naming_parameters(resource: &str) -> Vec<Named> {
    let table: Vec<Named> = match Resource::parse(resource) {
        Resource::Optimized {
            service, action, ..
        } => optimized(service, action)
            .and_then(|i| i.access)
            .map(|access| access.named().copied().collect())
            .unwrap_or_default(),
        Resource::Sdk { service, .. } => SDK_RESOURCES
            .iter()
            .filter(|r| r.service == service)
            .map(|r| r.named)
            .collect(),
        _ => Vec::new(),
    };
    let mut named: Vec<Named> = Vec::new();
    for parameter in table {
        if parameter.kind.is_some() && named.iter().all(|n| n.at != parameter.at) {
            named.push(parameter);
        }
    }
    named
}

/// Whether a parameter written as `of` takes a resource in `form`.
fn takes(of: ArnOf, form: Form) -> bool {
    match of {
        ArnOf::Arn { .. } => form == Form::Arn,
        ArnOf::QueueUrl => form == Form::Url,
        ArnOf::BucketOrObjects { .. } => form == Form::Name,
        _ => form != Form::Url,
    }
}

fn mismatch(
    named: &Named,
    path: &str,
    reference: &Reference<'_>,
    at: &Location,
) -> Option<Diagnostic> {
    let expected = named.kind?;
    let parameter = path.replace("[]", "");
    if reference.kind != expected {
        let message = format!(
            "`{}` is the {} `{}`, but `{parameter}` names the call's {}",
            reference.placeholder(),
            reference.kind.noun(),
            reference.logical,
            expected.noun()
        );
        return Some(Diagnostic::runtime(
            Code::INVALID_PARAMETER,
            at.clone(),
            message,
        ));
    }
    if takes(named.arn, reference.form) {
        return None;
    }
    let right = Reference {
        form: expected.parameter_form(),
        ..*reference
    };
    let message = format!(
        "`{parameter}` takes the {}'s {}, not its {}",
        expected.noun(),
        right.form.noun(),
        reference.form.noun()
    );
    let mut diagnostic = Diagnostic::runtime(Code::INVALID_PARAMETER, at.clone(), message)
        .with_help(format!("write `{}`", right.placeholder()));
    // The DSL words it by the handle's method that writes this form.
    diagnostic.fix = Some(Fix::ResourceForm(expected));
    Some(diagnostic)
}

/// The strings at `path` in `payload` (`Entries[].EventBusName`: in each item), with where
/// each is.
fn strings_at<'v>(payload: &'v Value, path: &str, at: Location) -> Vec<(Location, &'v str)> {
    let mut found = vec![(at, payload)];
    for (key, each) in steps(path) {
        let mut next = Vec::new();
        for (at, value) in found {
            let Some(value) = value.get(key) else {
                continue;
            };
            let at = at.key(key);
            match value {
                Value::Array(items) if each => next.extend(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| (at.index(i), item)),
                ),
                _ => next.push((at, value)),
            }
        }
        found = next;
    }
    found
        .into_iter()
        .filter_map(|(at, value)| Some((at, value.as_str()?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::integration::OPTIMIZED;

    fn findings(state: Value) -> Vec<String> {
        let definition = json!({"StartAt": "S", "States": {"S": state}});
        let machine = crate::parse::from_value(&definition)
            .machine
            .expect("parses");
        check_machine(&machine)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn task(resource: &str, parameters: Value) -> Value {
        json!({"Type": "Task", "Resource": resource, "Parameters": parameters, "End": true})
    }

    #[test]
    fn another_kind_of_resource_is_refused_where_the_table_names_one() {
        assert_eq!(
            findings(task(
                "arn:aws:states:::dynamodb:putItem",
                json!({"TableName": "${sfn.queue.jobs.url}", "Item": {}})
            )),
            [
                "warning[INVALID_PARAMETER] States.S.Parameters.TableName: `${sfn.queue.jobs.url}` is the SQS queue `jobs`, but `TableName` names the call's DynamoDB table (AWS accepts the definition; this fails at run time)"
            ]
        );
        // A field of each item of a list, and an SDK call's parameter.
        assert_eq!(
            findings(task(
                "arn:aws:states:::events:putEvents",
                json!({"Entries": [{"EventBusName": "${sfn.event-bus.audit.name}"}, {"EventBusName": "${sfn.topic.audit.arn}"}]})
            )),
            [
                "warning[INVALID_PARAMETER] States.S.Parameters.Entries[1].EventBusName: `${sfn.topic.audit.arn}` is the SNS topic `audit`, but `Entries.EventBusName` names the call's EventBridge event bus (AWS accepts the definition; this fails at run time)"
            ]
        );
        assert_eq!(
            findings(task(
                "arn:aws:states:::aws-sdk:s3:getObject",
                json!({"Bucket": "${sfn.table.orders.name}", "Key": "a"})
            )),
            [
                "warning[INVALID_PARAMETER] States.S.Parameters.Bucket: `${sfn.table.orders.name}` is the DynamoDB table `orders`, but `Bucket` names the call's S3 bucket (AWS accepts the definition; this fails at run time)"
            ]
        );
    }

    #[test]
    fn a_form_the_parameter_does_not_take_is_refused_with_the_right_one() {
        assert_eq!(
            findings(task(
                "arn:aws:states:::sqs:sendMessage",
                json!({"QueueUrl": "${sfn.queue.jobs.arn}", "MessageBody": "x"})
            )),
            [
                "warning[INVALID_PARAMETER] States.S.Parameters.QueueUrl: `QueueUrl` takes the SQS queue's URL, not its ARN (AWS accepts the definition; this fails at run time) (help: write `${sfn.queue.jobs.url}`)"
            ]
        );
        assert_eq!(
            findings(task(
                "arn:aws:states:::sns:publish",
                json!({"TopicArn": "${sfn.topic.alerts.name}", "Message": "x"})
            )),
            [
                "warning[INVALID_PARAMETER] States.S.Parameters.TopicArn: `TopicArn` takes the SNS topic's ARN, not its name (AWS accepts the definition; this fails at run time) (help: write `${sfn.topic.alerts.arn}`)"
            ]
        );
    }

    #[test]
    fn the_right_kind_in_a_form_it_takes_and_other_text_pass() {
        for (resource, parameters) in [
            (
                "arn:aws:states:::lambda:invoke",
                json!({"FunctionName": "${sfn.function.charge.arn}"}),
            ),
            // Lambda takes a function's name as well as its ARN.
            (
                "arn:aws:states:::lambda:invoke",
                json!({"FunctionName": "${sfn.function.charge.name}"}),
            ),
            (
                "arn:aws:states:::dynamodb:getItem",
                json!({"TableName": "${sfn.table.orders.name}", "Key": {}}),
            ),
            (
                "arn:aws:states:::ecs:runTask.sync",
                json!({"TaskDefinition": "app", "Overrides": {"TaskRoleArn": "${sfn.role.app.arn}"}}),
            ),
            (
                "arn:aws:states:::states:startExecution.sync:2",
                json!({"StateMachineArn": "${sfn.state-machine.child.arn}"}),
            ),
            // Not a parameter that names a resource, and a placeholder of the deployment's.
            (
                "arn:aws:states:::sqs:sendMessage",
                json!({"QueueUrl": "${Queue}", "MessageBody": "${sfn.table.orders.name}"}),
            ),
        ] {
            assert_eq!(findings(task(resource, parameters)), Vec::<String>::new());
        }
    }

    /// `resource.rs` writes each kind in one form for the integrations' parameters; every
    /// parameter the table says names that kind takes it.
    #[test]
    fn every_parameter_of_a_kind_takes_the_form_the_kind_is_written_in() {
        let named = OPTIMIZED
            .iter()
            .filter_map(|i| i.access)
            .flat_map(|a| a.named().copied().collect::<Vec<_>>())
            .chain(SDK_RESOURCES.iter().map(|r| r.named));
        let mut kinds = 0;
        for named in named {
            if let Some(kind) = named.kind {
                kinds += 1;
                assert!(
                    takes(named.arn, kind.parameter_form()),
                    "{:?} does not take a {kind}'s {}",
                    named.at,
                    kind.parameter_form().noun()
                );
            }
        }
        assert_eq!(kinds, 16);
    }
}
