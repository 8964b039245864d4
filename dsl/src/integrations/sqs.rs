//! Amazon SQS: send a message (`sqs:sendMessage`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `SendMessage`.
    SendMessage {}
    patterns { wait }
}

/// Sends `body` to the queue at `queue_url`.
pub fn send_message(queue_url: impl Into<Template>, body: impl Into<Template>) -> SendMessage {
    let mut call = Integration::service("sqs:sendMessage");
    call.set("QueueUrl", queue_url);
    call.set("MessageBody", body);
    SendMessage(call)
}
