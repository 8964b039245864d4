use sfn::prelude::*;

workflow! {
    pub fn approve() -> "approve" {
        start "Ask";
        // Nobody can call back: the message does not carry the task token.
        "Ask": Task(sqs::send_message("https://sqs.eu-west-1.amazonaws.com/123456789012/q", "please approve")
            .wait_for_task_token());
    }
}

fn main() {}
