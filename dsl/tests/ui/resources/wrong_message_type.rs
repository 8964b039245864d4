use sfn::prelude::*;
use sfn::resources::Queue;

#[derive(serde::Serialize, serde::Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct Shipped {
    order_id: String,
}

#[derive(serde::Serialize, serde::Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct Order {
    id: String,
}

const SHIPMENTS: Queue<Shipped> = Queue::new("shipments");

fn main() {
    // The queue carries `Shipped` messages, not orders.
    let _ = SHIPMENTS.send(input::<Order>());
}
