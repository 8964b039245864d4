use sfn::prelude::*;
use sfn::resources::Function;

#[derive(serde::Serialize, serde::Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct Charge {
    amount: f64,
}

const CHARGE: Function<Charge, Value> = Function::new("charge");

fn main() {
    // A hand-built object is not a `Charge`: build it with `sfn::args!`.
    let _ = CHARGE.invoke(object().with("amount", 3));
}
