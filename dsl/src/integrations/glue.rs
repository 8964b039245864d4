//! AWS Glue: start a job run (`glue:startJobRun`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `StartJobRun`. Use `.sync()` to wait for the run to finish.
    StartJobRun {}
    patterns { sync }
}

/// Starts a run of the Glue job `job_name`.
pub fn start_job_run(job_name: impl Into<Template>) -> StartJobRun {
    let mut call = Integration::service("glue:startJobRun");
    call.set("JobName", job_name);
    StartJobRun(call)
}
