use sfn::prelude::*;

#[derive(serde::Serialize, sfn::Payload)]
struct Order {
    lines: Vec<String>,
    total: f64,
}

fn main() {
    let order = input::<Order>().fields();
    // Fine: an array.
    let _ = Map::new("Each line").over(order.lines());
    // Not fine: a number has no items.
    let _ = Map::new("Each total").over(order.total());
}
