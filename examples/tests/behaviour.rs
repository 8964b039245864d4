//! What the examples do, run locally with `sfn::testing` (virtual time, mocked services):
//! each branch of a workflow taken by the input and service answers that lead to it. The
//! Lambda functions are not mocked: their Rust handlers (`sfn_examples::handlers`) answer.

use serde_json::{Value, json};
use sfn::testing::{Mocks, Reply, Status};
use sfn_examples::{order_processing, saga};

/// The order-processing services but its functions: the inventory holds `stock`.
fn order_mocks(stock: &str) -> Mocks {
    let stock = stock.to_owned();
    Mocks::new()
        // DynamoDB's GetItem answers numbers as strings.
        .state("Check inventory", move |_| {
            Reply::ok(json!({"Item": {"sku": {"S": "sku-1"}, "quantity": {"N": stock}}}))
        })
        .state("Ship order", |_| {
            Reply::ok(json!({"Tasks": [{"LastStatus": "STOPPED"}]})).after_seconds(600)
        })
        .state("Backorder", |_| Reply::ok(json!({"MessageId": "m-1"})))
        .state("Notify failure", |_| Reply::ok(json!({"MessageId": "m-2"})))
}

/// An order of `quantity` items at 30.5 each.
fn order(quantity: i64) -> Value {
    json!({"orderId": "o-1", "sku": "sku-1", "quantity": quantity})
}

#[test]
fn an_order_in_stock_is_charged_and_shipped() {
    let compiled = order_processing::order_processing().compile().unwrap();
    let execution = compiled.run(order(1), &order_mocks("12")).unwrap();
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
        output["payment"],
        json!({"chargeId": "ch-o-1", "amount": 30.5}),
        "charged by the real handler"
    );
    assert_eq!(
        execution.stop_date, "2025-01-01T00:10:00.000Z",
        "shipping took its 10 virtual minutes"
    );
}

#[test]
fn an_order_out_of_stock_is_backordered() {
    let compiled = order_processing::order_processing().compile().unwrap();
    let execution = compiled.run(order(1), &order_mocks("0")).unwrap();
    assert_eq!(
        execution.states.last().map(String::as_str),
        Some("Backordered")
    );
}

#[test]
fn an_invalid_order_fails_without_a_charge() {
    let compiled = order_processing::order_processing().compile().unwrap();
    let execution = compiled.run(order(0), &order_mocks("12")).unwrap();
    assert_eq!(execution.status, Status::Failed);
    assert_eq!(execution.error.as_deref(), Some("InvalidOrder"));
    assert!(!execution.states.iter().any(|s| s == "Charge card"));
}

#[test]
fn a_declined_payment_is_reported_and_fails_the_order() {
    let compiled = order_processing::order_processing().compile().unwrap();
    // 40 items cost 1220, over the card's limit: the handler declines.
    let execution = compiled.run(order(40), &order_mocks("50")).unwrap();
    assert_eq!(execution.error.as_deref(), Some("OrderFailed"));
    assert_eq!(
        execution.states[4..],
        ["Charge card", "Notify failure", "Order failed"]
    );
    let notified = execution.steps_of("Notify failure").next().unwrap();
    assert_eq!(notified.input["error"]["Error"], "PaymentDeclined");
    assert_eq!(
        notified.input["error"]["Cause"],
        r#"{"errorType":"PaymentDeclined","errorMessage":"the card's limit is 1000, the charge 1220"}"#
    );
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

#[test]
fn an_expense_is_paid_once_approved_and_escalated_when_nobody_answers() {
    use sfn_examples::human_approval::expense_approval;
    let compiled = expense_approval().compile().unwrap();
    let pay = |approved_by: &'static str| {
        Mocks::new().state(approved_by, |call| {
            assert!(
                call.task_token
                    .is_some_and(|t| call.parameters["MessageBody"]["taskToken"] == t)
            );
            Reply::ok(json!({"approved": true}))
                .after_seconds(2 * 3600)
                .with_heartbeats()
        })
    };
    let execution = compiled
        .run(json!({"request": {"amount": 40}}), &pay("Ask approver"))
        .unwrap();
    assert_eq!(
        execution.states,
        ["Ask approver", "Approved?", "Pay expense", "Paid"]
    );
    assert_eq!(execution.output, Some(json!({"paid": true})));

    // The team lead never answers: after an hour without a heartbeat the manager is asked.
    let silent_lead = pay("Ask manager").state("Ask approver", |_| {
        Reply::ok(json!({})).after_seconds(48 * 3600)
    });
    let execution = compiled
        .run(json!({"request": {"amount": 40}}), &silent_lead)
        .unwrap();
    assert_eq!(execution.states[..2], ["Ask approver", "Ask manager"]);
    assert_eq!(execution.states.last().map(String::as_str), Some("Paid"));
    assert_eq!(
        execution.stop_date, "2025-01-01T03:00:00.000Z",
        "1 h of silence, then 2 h for the manager"
    );
}

#[test]
fn a_loyal_customer_gets_the_discount_in_jsonata() {
    use sfn_examples::jsonata_variables::loyalty_discount;
    let compiled = loyalty_discount().compile().unwrap();
    let customer = |points: Option<&str>| {
        let item = match points {
            Some(p) => json!({"Item": {"id": {"S": "c-1"}, "points": {"N": p}}}),
            None => json!({"Item": {"id": {"S": "c-1"}}}),
        };
        Mocks::new().state("Get customer", move |_| Reply::ok(item.clone()))
    };
    let cart = json!({"customerId": "c-1", "cart": {"items": [{"price": 10, "quantity": 3}, {"price": 20, "quantity": 1}]}});
    let execution = compiled.run(cart.clone(), &customer(Some("1500"))).unwrap();
    assert_eq!(
        execution.status,
        Status::Succeeded,
        "{:?} {:?}",
        execution.error,
        execution.cause
    );
    assert_eq!(
        execution.output,
        Some(json!({"charged": 45, "discount": 0.1}))
    );

    let execution = compiled.run(cart.clone(), &customer(Some("10"))).unwrap();
    assert_eq!(
        execution.output,
        Some(json!({"charged": 50, "discount": 0}))
    );

    let execution = compiled.run(cart, &customer(None)).unwrap();
    assert_eq!(execution.error.as_deref(), Some("UnknownCustomer"));
    assert_eq!(execution.cause.as_deref(), Some("no customer c-1"));
}

#[test]
fn the_etl_pipeline_polls_the_load_until_it_finishes() {
    use sfn_examples::etl_pipeline::etl_pipeline;
    let compiled = etl_pipeline().compile().unwrap();
    let mocks = |final_status: &'static str| {
        Mocks::new()
            .state("Transform with Glue", |_| {
                Reply::ok(json!({"Id": "jr-1", "JobRunState": "SUCCEEDED"})).after_seconds(900)
            })
            .state("Profile data", |_| {
                Reply::ok(json!({"Payload": {"rows": 1200}}))
            })
            .sdk("redshiftdata", "executeStatement", |_| {
                Ok(json!({"Id": "st-1"}))
            })
            // Running for the first two checks, then done.
            .state("Check load", move |call| {
                let status = if call.invocation < 2 {
                    "STARTED"
                } else {
                    final_status
                };
                // `Id` is a required field of DescribeStatement's output: a mock without it
                // is refused, as AWS's TestState refuses it (STRICT).
                Reply::ok(json!({"Id": "st-1", "Status": status, "Error": ""}))
            })
            .resource("arn:aws:states:::sns:publish", |_| {
                Reply::ok(json!({"MessageId": "m"}))
            })
    };
    let run = json!({"runId": "r-7", "inputPath": "s3://in/", "stagingPath": "s3://staging/"});
    let execution = compiled.run(run.clone(), &mocks("FINISHED")).unwrap();
    assert_eq!(
        execution.status,
        Status::Succeeded,
        "{:?} {:?}",
        execution.error,
        execution.cause
    );
    assert_eq!(
        execution
            .states
            .iter()
            .filter(|s| *s == "Check load")
            .count(),
        3
    );
    assert_eq!(execution.states.last().map(String::as_str), Some("Loaded"));
    // 15 minutes of Glue, then three 30-second waits.
    assert_eq!(execution.stop_date, "2025-01-01T00:16:30.000Z");

    let execution = compiled.run(run, &mocks("FAILED")).unwrap();
    assert_eq!(execution.error.as_deref(), Some("EtlFailed"));
    assert!(execution.states.iter().any(|s| s == "Notify error"));
}

#[test]
fn clicks_are_enriched_stored_and_published_and_bots_ignored() {
    use sfn_examples::express_ingest::clickstream_ingest;
    let compiled = clickstream_ingest().compile().unwrap();
    let throttled_twice = Mocks::new()
        .state("Store event", |call| match call.attempt {
            0 | 1 => Reply::fail(
                "DynamoDB.ProvisionedThroughputExceededException",
                "slow down",
            ),
            _ => Reply::ok(json!({})),
        })
        .resource("arn:aws:states:::events:putEvents", |_| {
            Reply::ok(json!({"FailedEntryCount": 0}))
        });
    let execution = compiled
        .run(json!({"sessionId": "s-1"}), &throttled_twice)
        .unwrap();
    assert_eq!(
        execution.states,
        [
            "Bot?",
            "Enrich event",
            "Store event",
            "Publish event",
            "Ingested"
        ]
    );
    assert_eq!(execution.coverage.retriers.values().sum::<u64>(), 2);
    assert!(
        execution.history().is_empty(),
        "AWS keeps no history of Express executions"
    );

    let execution = compiled
        .run(json!({"sessionId": "s-2", "bot": true}), &Mocks::new())
        .unwrap();
    assert_eq!(execution.states, ["Bot?", "Ignored bot"]);
}

#[test]
fn thumbnails_are_made_for_every_batch_of_the_inventory() {
    use sfn_examples::distributed_map::image_thumbnails;
    let compiled = image_thumbnails().compile().unwrap();
    // An S3 Inventory: its manifest, then two CSV data files of 150 and 100 objects.
    let rows = |range: std::ops::Range<usize>| -> String {
        range
            .map(|i| format!("\"images\",\"img-{i}.png\"\n"))
            .collect()
    };
    let mocks = Mocks::new().resource("arn:aws:states:::s3:getObject", move |call| {
        match call.parameters["Key"].as_str().unwrap_or_default() {
            "inventory/manifest.json" => Reply::ok(json!({
                "sourceBucket": "images",
                "destinationBucket": "arn:aws:s3:::inventory",
                "fileFormat": "CSV",
                "fileSchema": "Bucket, Key",
                "files": [{"key": "data/1.csv.gz"}, {"key": "data/2.csv.gz"}]
            })),
            "data/1.csv.gz" => Reply::ok(json!(rows(0..150))),
            "data/2.csv.gz" => Reply::ok(json!(rows(150..250))),
            other => Reply::fail("S3.NoSuchKey", other),
        }
    });
    let job = json!({"manifestKey": "inventory/manifest.json", "outputBucket": "thumbs"});
    let execution = compiled.run(job, &mocks).unwrap();
    assert_eq!(
        execution.status,
        Status::Succeeded,
        "{:?} {:?}",
        execution.error,
        execution.cause
    );
    // 250 objects in batches of 100: three child executions, not listed in the parent's states.
    assert_eq!(execution.coverage.states.get("Resize images"), Some(&3));
    assert_eq!(
        execution.states,
        ["Thumbnail every image", "All thumbnails written"]
    );
    assert_eq!(
        execution.output.unwrap()["results"]["ResultWriterDetails"]["Bucket"],
        "thumbnail-results"
    );
}
