//! Errors as Step Functions raises them: a name and a cause, the `States.*` names the
//! service uses, and which retrier or catcher a name matches (the rules of the Amazon States
//! Language specification and the Step Functions developer guide's error handling page).

use serde_json::{Value, json};

/// An error raised in a state: what a `Retry` or `Catch` sees as `Error` and `Cause`. Either
/// may be absent (a Fail state without them, `SendTaskFailure` without them, a task that timed
/// out has no cause): AWS then reports no field at all, not an empty one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub error: Option<String>,
    pub cause: Option<String>,
}

/// How the cause of a task result over the payload limit starts (AWS's wording).
const TOO_LARGE_RESULT: &str = "The state/task ";

impl Failure {
    pub fn new(error: impl Into<String>, cause: impl Into<String>) -> Failure {
        Failure {
            error: Some(error.into()),
            cause: Some(cause.into()),
        }
    }

    /// An error with no cause.
    pub fn named(error: impl Into<String>) -> Failure {
        Failure {
            error: Some(error.into()),
            cause: None,
        }
    }

    /// The error output a catcher passes on: `{"Error": ..., "Cause": ...}`, `null` for what
    /// is absent (as AWS passes a callback failed with neither).
    pub fn output(&self) -> Value {
        json!({ "Error": self.error, "Cause": self.cause })
    }

    /// History event details: `error` and `cause`, each only when present.
    pub fn details(&self) -> Value {
        let mut details = serde_json::Map::new();
        if let Some(error) = &self.error {
            details.insert("error".into(), json!(error));
        }
        if let Some(cause) = &self.cause {
            details.insert("cause".into(), json!(cause));
        }
        Value::Object(details)
    }

    /// The error's name, empty when absent.
    pub fn name(&self) -> &str {
        self.error.as_deref().unwrap_or_default()
    }

    /// A task's result over the payload limit: unlike a state's input or output over it, a
    /// retrier or catcher handles it, `States.ALL` included (recorded on AWS).
    pub fn task_result_too_large(state: &str) -> Failure {
        Failure::new(
            names::DATA_LIMIT_EXCEEDED,
            format!(
                "{TOO_LARGE_RESULT}'{state}' returned a result with a size exceeding the maximum number of bytes service limit."
            ),
        )
    }

    /// Errors no retrier or catcher can handle: they end the execution.
    pub fn is_terminal(&self) -> bool {
        match self.name() {
            names::RUNTIME => true,
            names::DATA_LIMIT_EXCEEDED => !self
                .cause
                .as_deref()
                .is_some_and(|c| c.starts_with(TOO_LARGE_RESULT)),
            _ => false,
        }
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
            names::TASK_FAILED => self.name() != names::TIMEOUT,
            other => self.error.as_deref() == Some(other),
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
        assert!(Failure::task_result_too_large("Call").matches(&list(&["States.ALL"])));
        assert_eq!(
            Failure::task_result_too_large("Call").cause.as_deref(),
            Some(
                "The state/task 'Call' returned a result with a size exceeding the maximum number of bytes service limit."
            )
        );
        // A callback failed with no error: `States.ALL` catches it (recorded on AWS).
        let nameless = Failure {
            error: None,
            cause: None,
        };
        assert!(nameless.matches(&list(&["States.ALL"])));
        assert!(!nameless.matches(&list(&["Other"])));
        assert_eq!(nameless.output(), json!({"Error": null, "Cause": null}));
        assert_eq!(nameless.details(), json!({}));
    }
}
