//! Amazon SNS: publish a message (`sns:publish`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `Publish`.
    Publish {}
    patterns { wait }
}

/// Publishes `message` to the topic `topic_arn`.
pub fn publish(topic_arn: impl Into<Template>, message: impl Into<Template>) -> Publish {
    let mut call = Integration::service("sns:publish");
    call.set("TopicArn", topic_arn);
    call.set("Message", message);
    Publish(call)
}
