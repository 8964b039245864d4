use sfn::prelude::*;

#[derive(serde::Serialize, sfn::Payload)]
#[serde(rename_all = "camelCase")]
struct Order {
    order_id: String,
    total: f64,
}

fn main() {
    let order = input::<Order>().fields();
    let _ = order.order_id().gt(100);
}
