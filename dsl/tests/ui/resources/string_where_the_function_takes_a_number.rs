use sfn::prelude::*;
use sfn::resources::Function;

#[derive(serde::Serialize, serde::Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct Charge {
    order_id: String,
    amount: f64,
}

#[derive(serde::Serialize, serde::Deserialize, sfn::JsonSchema)]
#[schemars(crate = "sfn::schemars")]
struct Receipt {
    id: String,
}

const CHARGE: Function<Charge, Receipt> = Function::new("charge");

fn main() {
    let order = input::<Value>();
    // The function takes a number: a reference to a string field does not fill it.
    let _ = CHARGE.invoke(sfn::args!(Charge {
        order_id: order.field::<String>("id"),
        amount: order.field::<String>("total"),
    }));
}
