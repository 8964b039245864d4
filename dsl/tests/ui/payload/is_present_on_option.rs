use sfn::prelude::*;

#[derive(serde::Serialize, sfn::Payload)]
struct Order {
    coupon: Option<String>,
    total: f64,
}

fn main() {
    let order = input::<Order>().fields();
    // An optional field is tested for presence, then used as its inner type.
    let _ = all([order.coupon().is_present(), order.coupon().unwrap().equals("SAVE10")]);
    // A required field has no `unwrap`: it is not an `Option`.
    let _ = order.total().unwrap();
}
