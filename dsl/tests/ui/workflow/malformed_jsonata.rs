use sfn::prelude::*;

workflow! {
    pub fn totals() -> "totals" {
        jsonata;
        start "Sum";
        "Sum": Pass.output(jsonata("$sum($states.input.items.price")).next("Done");
        "Done": Succeed;
    }
}

fn main() {}
