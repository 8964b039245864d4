use sfn::prelude::*;

workflow! {
    pub fn greet() -> "greeter" {
        start "Hello";
        "Hello": Pass.next("Finsh");
        "Finish": Succeed;
    }
}

fn main() {
    let _ = greet();
}
