//! The error names Step Functions itself raises (the `States.` prefix is reserved for them),
//! as the Amazon States Language specification and the developer guide's "Error handling"
//! page list them: one home for the validator, the executor and the DSL.

/// Matches any error but `States.Runtime` and `States.DataLimitExceeded` (alone and last in a
/// list).
pub const ALL: &str = "States.ALL";
/// A Parallel branch failed.
pub const BRANCH_FAILED: &str = "States.BranchFailed";
/// A result, input or output exceeded the payload quota.
pub const DATA_LIMIT_EXCEEDED: &str = "States.DataLimitExceeded";
/// A distributed Map exceeded its tolerated failures.
pub const EXCEED_TOLERATED_FAILURE_THRESHOLD: &str = "States.ExceedToleratedFailureThreshold";
/// A task missed its heartbeat.
pub const HEARTBEAT_TIMEOUT: &str = "States.HeartbeatTimeout";
/// An HTTP Task could not reach its endpoint.
pub const HTTP_SOCKET: &str = "States.Http.Socket";
/// An intrinsic function failed.
pub const INTRINSIC_FAILURE: &str = "States.IntrinsicFailure";
/// A distributed Map could not read its items.
pub const ITEM_READER_FAILED: &str = "States.ItemReaderFailed";
/// No Choice rule matched and there is no `Default`.
pub const NO_CHOICE_MATCHED: &str = "States.NoChoiceMatched";
/// A path in the parameters did not match the input.
pub const PARAMETER_PATH_FAILURE: &str = "States.ParameterPathFailure";
/// The execution role lacks a permission the task needs.
pub const PERMISSIONS: &str = "States.Permissions";
/// A JSONata expression failed, or gave a value of the wrong kind.
pub const QUERY_EVALUATION_ERROR: &str = "States.QueryEvaluationError";
/// `ResultPath` could not be applied to the input.
pub const RESULT_PATH_MATCH_FAILURE: &str = "States.ResultPathMatchFailure";
/// A distributed Map could not write its results.
pub const RESULT_WRITER_FAILED: &str = "States.ResultWriterFailed";
/// A run-time error no retrier or catcher handles (not matched by `States.ALL`).
pub const RUNTIME: &str = "States.Runtime";
/// Any task failure except a timeout.
pub const TASK_FAILED: &str = "States.TaskFailed";
/// A task ran longer than `TimeoutSeconds` or missed a heartbeat.
pub const TIMEOUT: &str = "States.Timeout";

/// Every name above, sorted.
pub const STATES_ERRORS: &[&str] = &[
    ALL,
    BRANCH_FAILED,
    DATA_LIMIT_EXCEEDED,
    EXCEED_TOLERATED_FAILURE_THRESHOLD,
    HEARTBEAT_TIMEOUT,
    HTTP_SOCKET,
    INTRINSIC_FAILURE,
    ITEM_READER_FAILED,
    NO_CHOICE_MATCHED,
    PARAMETER_PATH_FAILURE,
    PERMISSIONS,
    QUERY_EVALUATION_ERROR,
    RESULT_PATH_MATCH_FAILURE,
    RESULT_WRITER_FAILED,
    RUNTIME,
    TASK_FAILED,
    TIMEOUT,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_and_every_name_is_reserved() {
        assert!(STATES_ERRORS.windows(2).all(|w| w[0] < w[1]));
        assert!(STATES_ERRORS.iter().all(|n| n.starts_with("States.")));
    }
}
