//! How every command ends, and its exit code, by one rule:
//!
//! - 0: it did what was asked (`plan`: nothing would change; `run`, `start`, `redrive`,
//!   `test`: the executions succeeded).
//! - 1: it could not: bad input, an invalid definition, an AWS error, a refusal, failed
//!   checks or tests. The reason is on stderr.
//! - 2: only a command's own answer that is not a failure of the tool: `plan` found changes;
//!   `run`, `start` or `redrive` followed an execution that failed, timed out or was aborted.

use std::process::ExitCode;

/// What a command returns.
pub type Result = std::result::Result<Outcome, Failure>;

/// How a command that ran to its end ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Done as asked.
    Done,
    /// Not done, and it has said why (findings shown, a test that failed).
    Refused,
    /// `plan`: something would change.
    Changes,
    /// The execution run or followed did not succeed.
    ExecutionFailed,
}

impl Outcome {
    pub fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Done => ExitCode::SUCCESS,
            Outcome::Refused => ExitCode::FAILURE,
            Outcome::Changes | Outcome::ExecutionFailed => ExitCode::from(2),
        }
    }

    /// `Done` when `ok`, else `Refused`.
    pub fn done_if(ok: bool) -> Outcome {
        if ok { Outcome::Done } else { Outcome::Refused }
    }
}

/// Why a command could not do what was asked: shown as `error: ...`, exit code 1. Anything
/// that displays converts into one, so `?` works on every error the commands meet.
#[derive(Debug)]
pub struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(error: E) -> Failure {
        Failure(error.to_string())
    }
}

impl Failure {
    pub fn message(&self) -> &str {
        &self.0
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exit_code_rule() {
        let codes: Vec<ExitCode> = [
            Outcome::Done,
            Outcome::Refused,
            Outcome::Changes,
            Outcome::ExecutionFailed,
        ]
        .map(Outcome::exit_code)
        .into();
        assert_eq!(
            codes,
            [
                ExitCode::SUCCESS,
                ExitCode::FAILURE,
                ExitCode::from(2),
                ExitCode::from(2)
            ]
        );
        let failure = Failure::from(std::io::Error::other("disk full"));
        assert_eq!(
            (failure.message(), failure.exit_code()),
            ("disk full", ExitCode::FAILURE)
        );
    }
}
