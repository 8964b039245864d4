use sfn::prelude::*;

// Three independent mistakes, three errors; the misspelt target does not also make
// "Charge" unreachable.
workflow! {
    pub fn order() -> "order" {
        start "Validate";
        "Validate": Task(lambda::invoke("validate")).next("Chrage");
        "Charge": Task(lambda::invoke("charge")).result_path("$..charge").next("Done");
        "Done": Succeed;
        "Done": Succeed;
    }
}

fn main() {}
