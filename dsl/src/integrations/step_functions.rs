//! AWS Step Functions: start a nested workflow (`states:startExecution`).

use super::{Integration, Pattern, call};
use crate::template::Template;

call! {
    /// `StartExecution` of another state machine.
    StartExecution {}
    patterns { wait }
}

impl StartExecution {
    /// Waits for the nested execution and returns its output as JSON (`.sync:2`).
    pub fn sync(mut self) -> Self {
        self.0.pattern(Pattern::Sync2);
        self
    }

    /// Waits for the nested execution and returns its output as a string (`.sync`).
    pub fn sync_string_output(mut self) -> Self {
        self.0.pattern(Pattern::Sync);
        self
    }
}

/// Starts an execution of `state_machine_arn`.
pub fn start_execution(state_machine_arn: impl Into<Template>) -> StartExecution {
    let mut call = Integration::service("states:startExecution");
    call.set("StateMachineArn", state_machine_arn);
    StartExecution(call)
}
