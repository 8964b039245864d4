//! Order processing: validate the order, check stock in DynamoDB, charge the card, ship with
//! an ECS Fargate task and wait for it (`.sync`); a failed payment or shipment is reported.
//!
//! Every call is typed: the functions by their Rust handlers (a payload that does not build
//! their request does not compile), the table by its key, the topic and the queue by their
//! messages; each step keeps its result in a [`Slot`], so a read of a result some path skipped
//! is a `compile()` error.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sfn::prelude::*;

use crate::handlers::{Charge, Order, Validation};
use crate::resources::{
    BACKORDERS, ECS_TASK_EXECUTION, FULFILMENT, INVENTORY, ORDER_EVENTS, OrderFailed,
    SHIP_ORDER_TASK, StockKey, charge_card, validate_order,
};

/// The stock level read from the inventory table (`Item.quantity.N`, as a number; absent
/// when the table has no such SKU).
#[derive(Debug, Serialize, Deserialize, Payload, JsonSchema)]
pub struct Inventory {
    pub available: Option<i64>,
}

/// Where the steps keep their results.
fn validation() -> Slot<Validation> {
    Slot::new("validation")
}
fn inventory() -> Slot<Inventory> {
    Slot::new("inventory")
}
fn error() -> Slot<Value> {
    Slot::new("error")
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
        ORDER_EVENTS
            .publish(sfn::args!(OrderFailed {
                order_id: order_id.clone(),
                error: error().get(),
            }))
            .subject("Order failed"),
    )
    .next(
        Fail::new("Order failed")
            .error("OrderFailed")
            .cause("The order could not be completed"),
    );

    let validate = Task::new(
        "Validate order",
        validate_order().invoke(order()).payload_only(),
    )
    .result_path(&validation())
    .retry(Retry::lambda_transient())
    .catch(Catch::all(notify_failure.clone()).result_path(&error()));

    let check_stock = Task::new(
        "Check inventory",
        INVENTORY
            .get_item(sfn::args!(StockKey { sku: fields.sku() }))
            .consistent_read(),
    )
    // DynamoDB returns numbers as strings (`{"N": "12"}`): made a number here, or every
    // numeric comparison on it is false and every order is backordered.
    .result_selector(object().with(
        "available",
        dynamodb::read(result::<Value>().field("Item")).number("quantity"),
    ))
    .result_path(&inventory())
    .retry(
        Retry::on([errors::dynamodb::PROVISIONED_THROUGHPUT_EXCEEDED])
            .interval_seconds(1)
            .max_attempts(5)
            .backoff_rate(2),
    )
    .catch(Catch::all(goto("Notify failure")).result_path(&error()));

    let charge = Task::new(
        "Charge card",
        charge_card()
            .invoke(sfn::args!(Charge {
                order_id: order_id.clone(),
                amount: validation().get().fields().total(),
            }))
            .payload_only(),
    )
    .result_path("$.payment")
    .timeout_seconds(30)
    .retry(Retry::lambda_transient())
    .catch(Catch::on(["PaymentDeclined"], goto("Notify failure")).result_path(&error()))
    .catch(Catch::all(goto("Notify failure")).result_path(&error()));

    let shipper = object().with("Name", "shipper").with(
        "Environment",
        array([object()
            .with("Name", "ORDER_ID")
            .with("Value", order_id.clone())]),
    );
    let ship = Task::new(
        "Ship order",
        ecs::run_task(FULFILMENT.arn(), "ship-order:7")
            .fargate(["subnet-0a1b2c3d"], ["sg-0a1b2c3d"], false)
            .overrides(object().with("ContainerOverrides", array([shipper])))
            .sync(),
    )
    .result_path("$.shipment")
    .timeout_seconds(3600)
    // The task definition runs with these roles; the execution role must be able to pass them.
    .pass_roles([&SHIP_ORDER_TASK, &ECS_TASK_EXECUTION])
    .catch(Catch::all(goto("Notify failure")).result_path(&error()));

    let backorder = Task::new("Backorder", BACKORDERS.send(order()))
        .discard_result()
        .next(Succeed::new("Backordered"));

    let stock = inventory().get().fields().available();
    let in_stock = Choice::new("In stock?")
        .when(
            all([stock.is_present(), stock.unwrap().ge(1)]),
            charge.next(ship).next(Succeed::new("Order shipped")),
        )
        .otherwise(backorder);

    let valid = validation().get().fields().valid();
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
