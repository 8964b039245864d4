//! What the examples do, run locally with `sfn::testing` (virtual time, mocked services):
//! each branch of a workflow taken by the input and service answers that lead to it.

use serde_json::{Value, json};
use sfn::testing::{Failure, Mocks, Reply, Status};
use sfn_examples::{order_processing, saga};

/// The order-processing services: validation answers `valid`, inventory holds `stock`.
fn order_mocks(valid: bool, stock: &str, charge: Result<Value, Failure>) -> Mocks {
    let stock = stock.to_owned();
    Mocks::new()
        .lambda(
            "validate-order",
            move |_: Value| -> Result<Value, Failure> {
                Ok(json!({"valid": valid, "total": 30.5}))
            },
        )
        // DynamoDB's GetItem answers numbers as strings.
        .state("Check inventory", move |_| {
            Reply::ok(json!({"Item": {"sku": {"S": "sku-1"}, "quantity": {"N": stock}}}))
        })
        .lambda("charge-card", move |request: Value| {
            assert_eq!(request["amount"], json!(30.5));
            charge.clone()
        })
        .state("Ship order", |_| {
            Reply::ok(json!({"Tasks": [{"LastStatus": "STOPPED"}]})).after_seconds(600)
        })
        .state("Backorder", |_| Reply::ok(json!({"MessageId": "m-1"})))
        .state("Notify failure", |_| Reply::ok(json!({"MessageId": "m-2"})))
}

fn order() -> Value {
    json!({"orderId": "o-1", "sku": "sku-1"})
}

#[test]
fn an_order_in_stock_is_charged_and_shipped() {
    let compiled = order_processing::order_processing().compile().unwrap();
    let execution = compiled
        .run(
            order(),
            &order_mocks(true, "12", Ok(json!({"charged": true}))),
        )
        .unwrap();
    assert_eq!(execution.status, Status::Succeeded, "{:?}", execution.error);
    assert_eq!(
        execution.states,
        [
            "Validate order",
            "Valid?",
            "Check inventory",
            "In stock?",
            "Charge card",
            "Ship order",
            "Order shipped"
        ]
    );
    let output = execution.output.unwrap();
    assert_eq!(
        output["inventory"]["available"],
        json!(12),
        "a number, not DynamoDB's string"
    );
    assert_eq!(
        execution.stop_date, "2025-01-01T00:10:00.000Z",
        "shipping took its 10 virtual minutes"
    );
}

#[test]
fn an_order_out_of_stock_is_backordered() {
    let compiled = order_processing::order_processing().compile().unwrap();
    let execution = compiled
        .run(order(), &order_mocks(true, "0", Ok(json!({}))))
        .unwrap();
    assert_eq!(
        execution.states.last().map(String::as_str),
        Some("Backordered")
    );
}

#[test]
fn an_invalid_order_fails_without_a_charge() {
    let compiled = order_processing::order_processing().compile().unwrap();
    let execution = compiled
        .run(order(), &order_mocks(false, "12", Ok(json!({}))))
        .unwrap();
    assert_eq!(execution.status, Status::Failed);
    assert_eq!(execution.error.as_deref(), Some("InvalidOrder"));
    assert!(!execution.states.iter().any(|s| s == "Charge card"));
}

#[test]
fn a_declined_payment_is_reported_and_fails_the_order() {
    let compiled = order_processing::order_processing().compile().unwrap();
    let declined = Err(Failure::new("PaymentDeclined", "insufficient funds"));
    let execution = compiled
        .run(order(), &order_mocks(true, "3", declined))
        .unwrap();
    assert_eq!(execution.error.as_deref(), Some("OrderFailed"));
    assert_eq!(
        execution.states[4..],
        ["Charge card", "Notify failure", "Order failed"]
    );
    let notified = execution.steps_of("Notify failure").next().unwrap();
    assert_eq!(notified.input["error"]["Error"], "PaymentDeclined");
}

#[test]
fn a_failed_booking_cancels_the_earlier_ones_in_reverse() {
    let compiled = saga::travel_saga().compile().unwrap();
    let mocks = Mocks::new()
        .state("Reserve hotel", |_| Reply::ok(json!({})))
        .state("Reserve flight", |_| Reply::ok(json!({})))
        .state("Reserve car", |_| {
            Reply::fail("DynamoDB.ConditionalCheckFailedException", "taken")
        })
        .resource("arn:aws:states:::dynamodb:deleteItem", |_| {
            Reply::ok(json!({}))
        });
    let execution = compiled.run(json!({"tripId": "t-1"}), &mocks).unwrap();
    assert_eq!(execution.error.as_deref(), Some("BookingFailed"));
    assert_eq!(
        execution.states,
        [
            "Reserve hotel",
            "Reserve flight",
            "Reserve car",
            "Cancel flight",
            "Cancel hotel",
            "Booking failed"
        ]
    );
}
