//! Amazon SNS: publish a message (`sns:publish`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `Publish`.
    Publish {
        /// `Subject` of e-mail deliveries.
        subject => "Subject",
        /// `MessageAttributes`.
        message_attributes => "MessageAttributes",
        /// `MessageGroupId` for FIFO topics.
        message_group_id => "MessageGroupId",
        /// `MessageDeduplicationId` for FIFO topics.
        message_deduplication_id => "MessageDeduplicationId",
    }
    patterns { wait }
}

/// Publishes `message` to the topic `topic_arn`.
pub fn publish(topic_arn: impl Into<Template>, message: impl Into<Template>) -> Publish {
    let mut call = Integration::service("sns:publish");
    call.set("TopicArn", topic_arn);
    call.set("Message", message);
    Publish(call)
}
