//! Order processing: validate the order, check stock in DynamoDB, charge the card, ship with
//! an ECS Fargate task and wait for it (`.sync`); a failed payment or shipment is reported.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sfn::prelude::*;

use crate::aws;

/// The execution input, and what the states add to it on the way.
#[derive(Debug, Serialize, Deserialize, Payload, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    pub order_id: String,
    pub sku: String,
    /// Added by "Validate order".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation: Option<Validation>,
    /// Added by "Check inventory": DynamoDB's number, a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inventory: Option<Inventory>,
    /// Added by a catcher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Value>,
}

/// What the validation function returns.
#[derive(Debug, Serialize, Deserialize, Payload, JsonSchema)]
pub struct Validation {
    pub valid: bool,
    pub total: f64,
}

/// The stock level read from the inventory table (`Item.quantity.N`, as a number).
#[derive(Debug, Serialize, Deserialize, Payload, JsonSchema)]
pub struct Inventory {
    pub available: Value,
}

/// The order in the execution input.
fn order() -> Ref<Order> {
    input::<Order>()
}

/// The order processing workflow.
pub fn order_processing() -> Workflow {
    let fields = order().fields();
    let order_id = fields.order_id();
    let notify_failure = Task::new(
        "Notify failure",
        sns::publish(
            aws::topic("order-events"),
            object()
                .with("orderId", order_id.clone())
                .with("error", fields.error()),
        )
        .subject("Order failed"),
    )
    .next(
        Fail::new("Order failed")
            .error("OrderFailed")
            .cause("The order could not be completed"),
    );

    let validate = Task::new(
        "Validate order",
        lambda::invoke(aws::function("validate-order")).payload(order()),
    )
    // Typed, so the selector's paths (and every later read of `$.validation`) are checked.
    .result_type::<lambda::Response<Validation>>()
    .result_selector(
        object()
            .with("valid", path("$.Payload.valid"))
            .with("total", path("$.Payload.total")),
    )
    .result_path("$.validation")
    .retry(Retry::lambda_transient())
    .catch(Catch::all(notify_failure.clone()).result_path("$.error"));

    let check_stock = Task::new(
        "Check inventory",
        dynamodb::get_item(
            "inventory",
            dynamodb::attributes().string("sku", fields.sku()),
        )
        .consistent_read(true),
    )
    // DynamoDB returns numbers as strings (`{"N": "12"}`): made a number here, or every
    // numeric comparison on it is false and every order is backordered.
    .result_selector(object().with(
        "available",
        dynamodb::read(result::<Value>().field("Item")).number("quantity"),
    ))
    .result_path("$.inventory")
    .retry(
        Retry::on(["DynamoDB.ProvisionedThroughputExceededException"])
            .interval_seconds(1)
            .max_attempts(5)
            .backoff_rate(2),
    )
    .catch(Catch::all(goto("Notify failure")).result_path("$.error"));

    let charge = Task::new(
        "Charge card",
        lambda::invoke(aws::function("charge-card")).payload(
            object()
                .with("orderId", order_id.clone())
                .with("amount", fields.validation().unwrap().fields().total()),
        ),
    )
    .result_path("$.payment")
    .timeout_seconds(30)
    .retry(Retry::lambda_transient())
    .retry(
        Retry::on(["PaymentGatewayTimeout"])
            .interval_seconds(5)
            .max_attempts(2),
    )
    .catch(Catch::on(["PaymentDeclined"], goto("Notify failure")).result_path("$.error"))
    .catch(Catch::all(goto("Notify failure")).result_path("$.error"));

    let shipper = object().with("Name", "shipper").with(
        "Environment",
        array([object()
            .with("Name", "ORDER_ID")
            .with("Value", order_id.clone())]),
    );
    let ship = Task::new(
        "Ship order",
        ecs::run_task(aws::cluster("fulfilment"), "ship-order:7")
            .fargate(["subnet-0a1b2c3d"], ["sg-0a1b2c3d"], false)
            .overrides(object().with("ContainerOverrides", array([shipper])))
            .sync(),
    )
    .result_path("$.shipment")
    .timeout_seconds(3600)
    // The task definition runs with these roles; the execution role must be able to pass them.
    .pass_roles([
        aws::role("ship-order-task"),
        aws::role("ecs-task-execution"),
    ])
    .catch(Catch::all(goto("Notify failure")).result_path("$.error"));

    let backorder = Task::new(
        "Backorder",
        sqs::send_message(aws::queue_url("backorders"), order()),
    )
    .discard_result()
    .next(Succeed::new("Backordered"));

    let stock = fields.inventory().unwrap().fields().available();
    let in_stock = Choice::new("In stock?")
        .when(
            all([stock.is_present(), stock.ge(1)]),
            charge.next(ship).next(Succeed::new("Order shipped")),
        )
        .otherwise(backorder);

    let valid = fields.validation().unwrap().fields().valid();
    Workflow::new(
        "order-processing",
        validate.next(
            Choice::new("Valid?")
                .when(
                    valid.equals(false),
                    Fail::new("Invalid order").error("InvalidOrder"),
                )
                .otherwise(check_stock.next(in_stock)),
        ),
    )
    .comment("Validate, check stock, charge and ship an order")
    .timeout_seconds(7200)
    .input_type::<Order>()
}
