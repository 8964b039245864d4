//! AWS Batch: submit a job (`batch:submitJob`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `SubmitJob`. Use `.sync()` to wait for the job to finish.
    SubmitJob {
        /// Parameter substitutions for the job definition (`Parameters`).
        job_parameters => "Parameters",
        /// Command, environment and resource overrides (`ContainerOverrides`).
        container_overrides => "ContainerOverrides",
        /// An array job (`ArrayProperties`).
        array_properties => "ArrayProperties",
        /// Jobs this one waits for (`DependsOn`).
        depends_on => "DependsOn",
        /// Retry strategy of the job itself (`RetryStrategy`).
        retry_strategy => "RetryStrategy",
        /// Job timeout (`Timeout`).
        timeout => "Timeout",
    }
    patterns { sync wait }
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
