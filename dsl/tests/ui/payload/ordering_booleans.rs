use sfn::prelude::*;

#[derive(serde::Serialize, sfn::Payload)]
struct Flags {
    express: bool,
}

fn main() {
    let flags = input::<Flags>().fields();
    let _ = flags.express().gt(true);
}
