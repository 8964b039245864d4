#[derive(serde::Serialize, sfn::Payload)]
struct Money(u64, String);

fn main() {}
