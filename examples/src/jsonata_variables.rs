//! A JSONata workflow with variables: fetch a customer, compute a discount with JSONata,
//! remember values in variables and use them two states later without threading them
//! through every state's output.

use serde_json::Value;
use sfn::prelude::*;

use crate::handlers::Charge;
use crate::resources::{CUSTOMERS, charge_card};

fn customer_key() -> Template {
    object().with(
        "id",
        object().with("S", input::<Value>().field::<String>("customerId")),
    )
}

fn points() -> Ref<String> {
    var::<Value>("customer")
        .field::<Value>("points")
        .field::<String>("N")
}

/// The charge, computed in JSONata: vouched for as the function's request fields.
fn charge() -> sfn::resources::Invoke<crate::handlers::Payment> {
    charge_card().invoke(sfn::args!(Charge {
        order_id: sfn::computed::<String>(jsonata("$customer.id.S")),
        amount: sfn::computed::<f64>(jsonata("$round($total * (1 - $discount), 2)")),
    }))
}

workflow! {
    /// The JSONata workflow: the JSONata literals are parsed while it compiles.
    pub fn loyalty_discount() -> "loyalty-discount" {
        jsonata;
        comment("Loyalty discount computed with JSONata and variables");
        start "Get customer";

        "Get customer": Task(dynamodb::get_item(CUSTOMERS.table_name(), customer_key()))
            .assign("customer", jsonata("$states.result.Item"))
            .assign("cart", input::<Value>().field::<Value>("cart"))
            .output(jsonata("$states.input"))
            .next("Known customer?");
        "Known customer?": Choice
            .when(points().is_present(), "Compute discount")
            .otherwise("Unknown customer");
        "Compute discount": Pass
            .assign("discount", jsonata("$number($customer.points.N) > 1000 ? 0.1 : 0"))
            .assign("total", jsonata("$sum($cart.items.(price * quantity))"))
            .next("Charge");
        "Charge": Task(charge())
            .output(object()
                .with("charged", jsonata("$states.result.Payload.amount"))
                .with("discount", var::<f64>("discount")))
            .retry(Retry::lambda_transient())
            .next("Charged");
        "Charged": Succeed;
        "Unknown customer": Fail
            .error("UnknownCustomer")
            .cause(jsonata("'no customer ' & $states.input.customerId"));
    }
}
