use sfn::integrations::dynamodb;
use sfn::prelude::*;

#[derive(serde::Serialize, serde::Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct Order {
    id: String,
}

fn main() {
    // A number attribute (`N`) takes a number, not the order's id.
    let order = input::<Order>().fields();
    let _ = dynamodb::attributes().number("quantity", order.id());
}
