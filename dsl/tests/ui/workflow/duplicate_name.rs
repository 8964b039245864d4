use sfn::prelude::*;

workflow! {
    pub fn twice() -> "twice" {
        start "Step";
        "Step": Pass.next("Other");
        "Other": Pass.next("Step");
        "Step": Succeed;
    }
}

fn main() {}
