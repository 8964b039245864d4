//! Where the examples' resources live. Change these for your account.

/// The AWS account of the resources.
pub const ACCOUNT: &str = "123456789012";
/// The region of the resources.
pub const REGION: &str = "eu-west-1";

/// The ARN of the Lambda function `name`.
pub fn function(name: &str) -> String {
    format!("arn:aws:lambda:{REGION}:{ACCOUNT}:function:{name}")
}

/// The ARN of the SNS topic `name`.
pub fn topic(name: &str) -> String {
    format!("arn:aws:sns:{REGION}:{ACCOUNT}:{name}")
}

/// The URL of the SQS queue `name`.
pub fn queue_url(name: &str) -> String {
    format!("https://sqs.{REGION}.amazonaws.com/{ACCOUNT}/{name}")
}

/// The ARN of the ECS cluster `name`.
pub fn cluster(name: &str) -> String {
    format!("arn:aws:ecs:{REGION}:{ACCOUNT}:cluster/{name}")
}

/// The ARN of the state machine `name`.
pub fn state_machine(name: &str) -> String {
    format!("arn:aws:states:{REGION}:{ACCOUNT}:stateMachine:{name}")
}

/// The ARN of the IAM role `name`.
pub fn role(name: &str) -> String {
    format!("arn:aws:iam::{ACCOUNT}:role/{name}")
}

/// The ARN of the Redshift cluster `name`.
pub fn redshift_cluster(name: &str) -> String {
    format!("arn:aws:redshift:{REGION}:{ACCOUNT}:cluster:{name}")
}
