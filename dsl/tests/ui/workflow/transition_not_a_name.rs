use sfn::prelude::*;

workflow! {
    pub fn inline() -> "inline" {
        start "First";
        "First": Pass.next(Succeed::new("Done"));
    }
}

fn main() {}
