use sfn::prelude::*;

#[derive(serde::Serialize, sfn::Payload)]
struct Order {
    total: f64,
}

fn main() {
    let order = input::<Order>().fields();
    let _ = order.total().equals("100");
}
