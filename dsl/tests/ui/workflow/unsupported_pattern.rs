use sfn::prelude::*;

workflow! {
    pub fn notify() -> "notify" {
        start "Notify";
        // SNS has no `.sync` pattern: the builder has no such method.
        "Notify": Task(sns::publish("arn:aws:sns:eu-west-1:123456789012:t", "hi").sync());
    }
}

fn main() {}
