//! Travel booking saga: reserve a hotel, a flight and a car; when any step fails, undo the
//! steps that succeeded, newest first, and fail with the original error.

use serde_json::Value;
use sfn::prelude::*;

/// A DynamoDB write of the booking with the given status.
fn booking_write(table: &str, status: &str) -> dynamodb::ItemCall {
    let trip = input::<Value>().field::<String>("tripId");
    dynamodb::put_item(
        table,
        object()
            .with("tripId", object().with("S", trip))
            .with("status", object().with("S", status)),
    )
}

fn reserve(name: &str, table: &str, undo_from: &str) -> Task {
    Task::new(
        name,
        booking_write(table, "RESERVED").condition_expression("attribute_not_exists(tripId)"),
    )
    .discard_result()
    .retry(Retry::on(["DynamoDB.ProvisionedThroughputExceededException"]).max_attempts(3))
    .catch(Catch::all(goto(undo_from)).result_path("$.error"))
}

fn cancel(name: &str, table: &str) -> Task {
    let trip = input::<Value>().field::<String>("tripId");
    Task::new(
        name,
        dynamodb::delete_item(table, object().with("tripId", object().with("S", trip))),
    )
    .discard_result()
    // Compensation must not give up on a transient error.
    .retry(
        Retry::all()
            .interval_seconds(2)
            .max_attempts(10)
            .backoff_rate(2)
            .max_delay_seconds(60),
    )
}

/// The saga workflow.
pub fn travel_saga() -> Workflow {
    // Undo in reverse order; each failed step enters the chain after its own undo.
    let compensate = cancel("Cancel car", "car-bookings")
        .next(cancel("Cancel flight", "flight-bookings"))
        .next(cancel("Cancel hotel", "hotel-bookings"))
        .next(
            Fail::new("Booking failed")
                .error("BookingFailed")
                .cause("A reservation failed; completed reservations were cancelled"),
        );

    let confirm = Task::new(
        "Confirm trip",
        sns::publish(
            crate::aws::topic("trips"),
            intrinsic("States.Format('Trip {} is booked', $.tripId)"),
        ),
    )
    .discard_result()
    .catch(Catch::all(compensate).result_path("$.error"));

    let book = reserve("Reserve hotel", "hotel-bookings", "Booking failed")
        .next(reserve("Reserve flight", "flight-bookings", "Cancel hotel"))
        .next(reserve("Reserve car", "car-bookings", "Cancel flight"))
        .next(confirm)
        .next(Succeed::new("Trip booked"));

    Workflow::new("travel-saga", book)
        .comment("Book hotel, flight and car; compensate in reverse order on failure")
}
