use sfn::prelude::*;

// `cargo sfn build` calls a registered function as it is: it cannot take arguments.
#[sfn::register]
fn per_stage(stage: &str) -> Workflow {
    Workflow::new(format!("orders-{stage}"), Succeed::new("Done"))
}

fn main() {
    let _ = per_stage("dev");
}
