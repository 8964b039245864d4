#[derive(serde::Serialize, sfn::Payload)]
enum Payment {
    Card { last4: String },
    Cash,
}

fn main() {}
