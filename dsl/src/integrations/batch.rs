//! AWS Batch: submit a job (`batch:submitJob`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `SubmitJob`. Use `.sync()` to wait for the job to finish.
    SubmitJob {}
    patterns { sync }
}

/// Submits a job named `job_name` to `job_queue` with `job_definition`.
pub fn submit_job(
    job_name: impl Into<Template>,
    job_queue: impl Into<Template>,
    job_definition: impl Into<Template>,
) -> SubmitJob {
    let mut call = Integration::service("batch:submitJob");
    call.set("JobName", job_name);
    call.set("JobQueue", job_queue);
    call.set("JobDefinition", job_definition);
    SubmitJob(call)
}
