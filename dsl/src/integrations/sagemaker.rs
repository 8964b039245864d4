//! Amazon SageMaker: training jobs (`sagemaker:createTrainingJob`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `CreateTrainingJob`. Use `.sync()` to wait for training to finish.
    CreateTrainingJob {
        /// `AlgorithmSpecification` (image, input mode).
        algorithm_specification => "AlgorithmSpecification",
        /// `HyperParameters`.
        hyper_parameters => "HyperParameters",
        /// `InputDataConfig` channels.
        input_data_config => "InputDataConfig",
        /// `OutputDataConfig` (the S3 output path).
        output_data_config => "OutputDataConfig",
        /// `ResourceConfig` (instances, volume).
        resource_config => "ResourceConfig",
        /// `StoppingCondition`.
        stopping_condition => "StoppingCondition",
        /// `Tags`.
        tags => "Tags",
    }
    patterns { sync wait }
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
