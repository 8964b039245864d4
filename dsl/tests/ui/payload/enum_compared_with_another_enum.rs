use sfn::prelude::*;

#[derive(serde::Serialize, sfn::Payload)]
#[serde(rename_all = "snake_case")]
enum Status {
    Paid,
    InTransit,
}

#[derive(serde::Serialize, sfn::Payload)]
struct Order {
    status: Status,
    total: f64,
}

fn main() {
    let order = input::<Order>().fields();
    // Fine: an enum field compares with its variants, as their JSON names.
    let _ = order.status().equals(Status::InTransit);
    // Not fine: a number field with an enum.
    let _ = order.total().equals(Status::Paid);
}
