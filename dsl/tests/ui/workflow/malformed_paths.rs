use sfn::prelude::*;

workflow! {
    pub fn paths() -> "paths" {
        start "Shape";
        // A reference path cannot select several nodes; `path(..)` must parse.
        "Shape": Pass
            .result_path("$.items[*].id")
            .parameters(object().with("first", path("$.items[0")))
            .next("Done");
        "Done": Succeed;
    }
}

fn main() {}
