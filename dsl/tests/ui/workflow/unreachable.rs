use sfn::prelude::*;

workflow! {
    pub fn greet() -> "greeter" {
        start "Hello";
        "Hello": Pass.next("Done");
        "Forgotten": Pass.next("Done");
        "Done": Succeed;
    }
}

fn main() {}
