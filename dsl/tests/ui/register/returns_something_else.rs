use sfn::prelude::*;

// A registered function returns the workflow, not a chain of states.
#[sfn::register]
fn orders() -> Chain {
    Succeed::new("Done").into()
}

fn main() {}
