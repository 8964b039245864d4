//! Travel booking saga: reserve a hotel, a flight and a car; when any step fails, undo the
//! steps that succeeded, newest first, and fail with the original error.

use serde_json::Value;
use sfn::prelude::*;

use crate::resources::{CAR_BOOKINGS, FLIGHT_BOOKINGS, HOTEL_BOOKINGS, TRIPS};

type Bookings = sfn::resources::Table<Value, Value>;

/// A DynamoDB write of the booking with the given status.
fn booking_write(table: &Bookings, status: &str) -> dynamodb::ItemCall {
    let trip = input::<Value>().field::<String>("tripId");
    dynamodb::put_item(
        table.table_name(),
        object()
            .with("tripId", object().with("S", trip))
            .with("status", object().with("S", status)),
    )
}

/// A reservation: written only if the trip has none yet.
fn reserve(table: &Bookings) -> dynamodb::ItemCall {
    booking_write(table, "RESERVED").condition_expression("attribute_not_exists(tripId)")
}

/// DynamoDB throttling is worth three more tries.
fn throttled() -> Retry {
    Retry::on([errors::dynamodb::PROVISIONED_THROUGHPUT_EXCEEDED]).max_attempts(3)
}

fn cancel(table: &Bookings) -> dynamodb::ItemCall {
    let trip = input::<Value>().field::<String>("tripId");
    dynamodb::delete_item(
        table.table_name(),
        object().with("tripId", object().with("S", trip)),
    )
}

/// Compensation must not give up on a transient error.
fn until_done() -> Retry {
    Retry::all()
        .interval_seconds(2)
        .max_attempts(10)
        .backoff_rate(2)
        .max_delay_seconds(60)
}

workflow! {
    /// The saga workflow. Each failed step enters the compensation chain after its own undo,
    /// which runs in reverse order.
    pub fn travel_saga() -> "travel-saga" {
        comment("Book hotel, flight and car; compensate in reverse order on failure");
        start "Reserve hotel";

        "Reserve hotel": Task(reserve(&HOTEL_BOOKINGS))
            .discard_result()
            .retry(throttled())
            .catch(Catch::all("Booking failed").result_path("$.error"))
            .next("Reserve flight");
        "Reserve flight": Task(reserve(&FLIGHT_BOOKINGS))
            .discard_result()
            .retry(throttled())
            .catch(Catch::all("Cancel hotel").result_path("$.error"))
            .next("Reserve car");
        "Reserve car": Task(reserve(&CAR_BOOKINGS))
            .discard_result()
            .retry(throttled())
            .catch(Catch::all("Cancel flight").result_path("$.error"))
            .next("Confirm trip");
        "Confirm trip": Task(TRIPS.publish(sfn::computed::<String>(
                intrinsic("States.Format('Trip {} is booked', $.tripId)"),
            )))
            .discard_result()
            .catch(Catch::all("Cancel car").result_path("$.error"))
            .next("Trip booked");

        "Cancel car": Task(cancel(&CAR_BOOKINGS)).discard_result().retry(until_done()).next("Cancel flight");
        "Cancel flight": Task(cancel(&FLIGHT_BOOKINGS)).discard_result().retry(until_done()).next("Cancel hotel");
        "Cancel hotel": Task(cancel(&HOTEL_BOOKINGS)).discard_result().retry(until_done()).next("Booking failed");
        "Booking failed": Fail
            .error("BookingFailed")
            .cause("A reservation failed; completed reservations were cancelled");

        "Trip booked": Succeed;
    }
}
