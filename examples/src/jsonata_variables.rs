//! A JSONata workflow with variables: fetch a customer, compute a discount with JSONata,
//! remember values in variables and use them two states later without threading them
//! through every state's output.

use serde_json::Value;
use sfn::prelude::*;

use crate::aws;

/// The JSONata workflow.
pub fn loyalty_discount() -> Workflow {
    let customer = Task::new(
        "Get customer",
        dynamodb::get_item(
            "customers",
            object().with(
                "id",
                object().with("S", input::<Value>().field::<String>("customerId")),
            ),
        ),
    )
    .assign("customer", jsonata("$states.result.Item"))
    .assign("cart", input::<Value>().field::<Value>("cart"))
    .output(jsonata("$states.input"));

    let points = var::<Value>("customer")
        .field::<Value>("points")
        .field::<String>("N");
    let discount = Pass::new("Compute discount")
        .assign(
            "discount",
            jsonata("$number($customer.points.N) > 1000 ? 0.1 : 0"),
        )
        .assign("total", jsonata("$sum($cart.items.(price * quantity))"));

    let charge = Task::new(
        "Charge",
        lambda::invoke(aws::function("charge-card")).payload(
            object()
                .with("customerId", jsonata("$customer.id.S"))
                .with("amount", jsonata("$round($total * (1 - $discount), 2)")),
        ),
    )
    .output(
        object()
            .with("charged", jsonata("$states.result.Payload.amount"))
            .with("discount", var::<f64>("discount")),
    )
    .retry(Retry::lambda_transient());

    Workflow::new(
        "loyalty-discount",
        customer.next(
            Choice::new("Known customer?")
                .when(
                    points.is_present(),
                    discount.next(charge).next(Succeed::new("Charged")),
                )
                .otherwise(
                    Fail::new("Unknown customer")
                        .error("UnknownCustomer")
                        .cause(jsonata("'no customer ' & $states.input.customerId")),
                ),
        ),
    )
    .jsonata()
    .comment("Loyalty discount computed with JSONata and variables")
}
