//! AWS Glue: start a job run (`glue:startJobRun`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `StartJobRun`. Use `.sync()` to wait for the run to finish.
    StartJobRun {
        /// Job arguments, `--key: value` (`Arguments`).
        arguments => "Arguments",
        /// Minutes before the run times out (`Timeout`).
        timeout => "Timeout",
        /// `WorkerType` of the run.
        worker_type => "WorkerType",
        /// `NumberOfWorkers` of the run.
        number_of_workers => "NumberOfWorkers",
    }
    patterns { sync }
}

/// Starts a run of the Glue job `job_name`.
pub fn start_job_run(job_name: impl Into<Template>) -> StartJobRun {
    let mut call = Integration::service("glue:startJobRun");
    call.set("JobName", job_name);
    StartJobRun(call)
}
