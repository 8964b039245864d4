//! `sfn-executor`: runs an AWS Step Functions state machine locally, as AWS does, in
//! virtual time and with mocked service calls.
//!
//! Pure Rust, no AWS SDK and no I/O of its own: the definition, the input and the mocks
//! come in, an [`Execution`] (status, output, error, the states entered, the history events)
//! comes out. Users reach it through `sfn` in their `#[test]`s and through `cargo sfn run`.

mod choice;
pub mod clock;
mod failure;

mod intrinsics;
mod jsonata;
mod paths;
mod readers;

pub use failure::{Failure, names as errors};
mod execution;
mod mocks;
mod run;
mod template;

pub use execution::{Coverage, Event, Execution, Status, Step};
pub use mocks::{FieldValidation, Mocks, Reply, TaskCall, lambda_response};
pub use run::{MAX_HISTORY_EVENTS, MAX_PAYLOAD_BYTES, MAX_TRANSITIONS, Options, RunError, run};
mod mock_file;

pub use mock_file::MockFile;
mod coverage;

pub use coverage::Report as CoverageReport;

/// JSONata as the executor evaluates it, outside any state (`$` is `input`); for measuring
/// it against the reference implementation's test suite.
pub use jsonata::evaluate_standalone as evaluate_jsonata;
