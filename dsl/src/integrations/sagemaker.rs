//! Amazon SageMaker: training jobs (`sagemaker:createTrainingJob`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `CreateTrainingJob`. Use `.sync()` to wait for training to finish.
    CreateTrainingJob {}
    patterns { sync }
}

/// Creates the training job `name`, run with the role `role_arn`.
pub fn create_training_job(
    name: impl Into<Template>,
    role_arn: impl Into<Template>,
) -> CreateTrainingJob {
    let mut call = Integration::service("sagemaker:createTrainingJob");
    call.set("TrainingJobName", name);
    call.set("RoleArn", role_arn);
    CreateTrainingJob(call)
}
