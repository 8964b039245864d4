//! Errors as Step Functions raises them: a name and a cause, the `States.*` names the
//! service uses, and which retrier or catcher a name matches (the rules of the Amazon States
//! Language specification and the Step Functions developer guide's error handling page).

use serde_json::{Value, json};

/// An error raised in a state: what a `Retry` or `Catch` sees as `Error` and `Cause`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub error: String,
    pub cause: String,
}

impl Failure {
    pub fn new(error: impl Into<String>, cause: impl Into<String>) -> Failure {
        Failure {
            error: error.into(),
            cause: cause.into(),
        }
    }

    /// The error output a catcher passes on: `{"Error": ..., "Cause": ...}`.
    pub fn output(&self) -> Value {
        json!({ "Error": self.error, "Cause": self.cause })
    }

    /// Errors no retrier or catcher can handle: they end the execution.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self.error.as_str(),
            names::RUNTIME | names::DATA_LIMIT_EXCEEDED
        )
    }

    /// Whether `error_equals` (one retrier's or catcher's list) matches this error.
    /// `States.ALL` matches every error but the terminal ones; `States.TaskFailed` matches
    /// every error but `States.Timeout` (and the terminal ones).
    pub fn matches(&self, error_equals: &[String]) -> bool {
        if self.is_terminal() {
            return false;
        }
        error_equals.iter().any(|name| match name.as_str() {
            names::ALL => true,
            names::TASK_FAILED => self.error != names::TIMEOUT,
            other => other == self.error,
        })
    }
}

/// The error names Step Functions itself raises.
pub use sfn_codegen::errors as names;

#[cfg(test)]
mod tests {
    use super::*;

    fn list(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn wildcards_follow_the_specification() {
        let custom = Failure::new("PaymentDeclined", "no");
        assert!(custom.matches(&list(&["States.ALL"])));
        assert!(custom.matches(&list(&["States.TaskFailed"])));
        assert!(custom.matches(&list(&["Other", "PaymentDeclined"])));
        assert!(!custom.matches(&list(&["Other"])));
        let timeout = Failure::new(names::TIMEOUT, "");
        assert!(!timeout.matches(&list(&["States.TaskFailed"])));
        assert!(timeout.matches(&list(&["States.ALL"])));
        let runtime = Failure::new(names::RUNTIME, "");
        assert!(!runtime.matches(&list(&["States.ALL", "States.Runtime"])));
        assert!(!Failure::new(names::DATA_LIMIT_EXCEEDED, "").matches(&list(&["States.ALL"])));
    }
}
