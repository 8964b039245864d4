use sfn::prelude::*;
use sfn::resources::Function;

#[derive(serde::Serialize, serde::Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct Charge {
    order_id: String,
    amount: f64,
}

const CHARGE: Function<Charge, Value> = Function::new("charge");

fn main() {
    // Every field of the request is given; an optional one with `sfn::absent()`.
    let _ = CHARGE.invoke(sfn::args!(Charge { order_id: "o-1" }));
}
