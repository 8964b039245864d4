//! Nested workflows run for real: `Mocks::child_workflow` answers a `states:startExecution`
//! task by running the child here, as the integration does for the task's pattern.

use serde_json::{Value, json};

use super::{Options, run};
use crate::clock::Instant;
use crate::execution::Status;
use crate::mocks::{Mocks, Reply, TaskCall};

impl Mocks {
    /// A nested workflow, run for real: a `states:startExecution` task (any pattern) whose
    /// `StateMachineArn` names `name` runs `machine` with the task's `Input`, its own Tasks
    /// answered by `mocks`. `.sync` gets the output as a string, `.sync:2` as JSON, the
    /// request-response form only the execution's ARN; a failed child fails a `.sync` task
    /// with `States.TaskFailed`.
    pub fn child_workflow(
        self,
        name: impl Into<String>,
        machine: sfn_codegen::StateMachine,
        mocks: Mocks,
    ) -> Mocks {
        let name = name.into();
        let key = format!("state-machine:{name}");
        let handler = move |call: &TaskCall<'_>| child_reply(&name, &machine, &mocks, call);
        self.resource(key, handler)
    }
}

/// Runs a nested workflow and answers as the integration does for the task's pattern.
fn child_reply(
    name: &str,
    machine: &sfn_codegen::StateMachine,
    mocks: &Mocks,
    call: &TaskCall<'_>,
) -> Reply {
    let input = match call.parameters.get("Input") {
        Some(Value::String(text)) => {
            serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.clone()))
        }
        Some(other) => other.clone(),
        None => json!({}),
    };
    let options = Options {
        machine_name: name.to_owned(),
        execution_name: format!("child-{}", call.invocation),
        ..Options::default()
    };
    let execution = match run(machine, input, mocks, &options) {
        Ok(execution) => execution,
        Err(problem) => {
            return Reply::fail(
                "States.Runtime",
                format!("the nested workflow `{name}` could not run: {problem}"),
            );
        }
    };
    let arn = options.execution_arn(name, &options.execution_name);
    let took = Instant::parse(&execution.stop_date)
        .map_or(0, |stop| (stop.0 - options.start.0).max(0) as u64);
    let status = serde_json::to_value(execution.status).unwrap_or(Value::Null);
    let waits = call.resource.ends_with(".sync") || call.resource.ends_with(".sync:2");
    let reply = if waits {
        let output = execution.output.clone().unwrap_or(Value::Null);
        let output = if call.resource.ends_with(".sync:2") {
            output
        } else {
            Value::String(output.to_string())
        };
        match execution.status {
            Status::Succeeded => Reply::ok(json!({
                "ExecutionArn": arn, "Output": output, "Status": status,
                "StartDate": execution.start_date, "StopDate": execution.stop_date
            })),
            _ => Reply::fail(
                "States.TaskFailed",
                json!({"ExecutionArn": arn, "Status": status, "Error": execution.error, "Cause": execution.cause}).to_string(),
            ),
        }
    } else {
        Reply::ok(json!({"ExecutionArn": arn, "StartDate": execution.start_date}))
    };
    Reply {
        after_millis: if waits { took } else { 0 },
        ..reply
    }
}
