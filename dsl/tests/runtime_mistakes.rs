//! Mistakes that AWS accepts and that fail or misbehave at run time, each written with the
//! builder as a user writes it, and its corrected twin: every mistake fails `compile()`, every
//! twin compiles with no error.

use serde::{Deserialize, Serialize};
use sfn::Code;
use sfn::prelude::*;

mod support;
use support::refused;

#[derive(Serialize, Deserialize, sfn::JsonSchema)]
#[schemars(crate = "sfn::schemars")]
struct Order {
    id: String,
    total: f64,
    deliver_at: u64,
    customer: Customer,
}

#[derive(Serialize, Deserialize, sfn::JsonSchema)]
#[schemars(crate = "sfn::schemars")]
struct Customer {
    name: String,
}

fn order() -> Ref<Value> {
    input::<Value>()
}

#[test]
fn a_numeric_comparison_on_dynamodb_s_n() {
    let stock = |selector: Option<Template>, quantity: Ref<f64>| {
        let mut read = Task::new(
            "Stock",
            dynamodb::get_item(
                "stock",
                object().with("sku", object().with("S", order().field::<String>("id"))),
            ),
        )
        .result_path("$.stock");
        if let Some(selector) = selector {
            read = read.result_selector(selector);
        }
        Workflow::new(
            "stock",
            read.next(
                Choice::new("Enough?")
                    .when(quantity.ge(5), Succeed::new("Ship"))
                    .otherwise(Succeed::new("Backorder")),
            ),
        )
    };
    let n = order()
        .field::<Value>("stock")
        .field::<Value>("Item")
        .field::<Value>("quantity")
        .field::<f64>("N");
    assert_eq!(refused(stock(None, n)), [Code::INVALID_CHOICE_OPERAND]);
    let converted = order().field::<Value>("stock").field::<f64>("quantity");
    let selector = object().with(
        "quantity",
        intrinsic("States.StringToJson($.Item.quantity.N)"),
    );
    assert_eq!(refused(stock(Some(selector), converted)), []);
}

#[test]
fn a_lambda_field_read_without_payload() {
    let review = |approved: Ref<bool>| {
        Workflow::new(
            "review",
            Task::new("Review", lambda::invoke("review").payload(order()))
                .result_path("$.review")
                .next(
                    Choice::new("Approved?")
                        .when(approved.equals(true), Succeed::new("Yes"))
                        .otherwise(Fail::new("No")),
                ),
        )
    };
    let wrong = order().field::<Value>("review").field::<bool>("approved");
    assert_eq!(refused(review(wrong.clone())), [Code::UNKNOWN_INPUT_FIELD]);
    // The fix, in the builders' words.
    assert_eq!(
        review(wrong).compile().map(|_| ()).unwrap_err().to_string(),
        "workflow `review` is refused:\n  \
         - error[UNKNOWN_INPUT_FIELD] States.Approved?.Choices[0].Variable: `$.review.approved` reads `approved`, \
         but the input here is an object with Payload, StatusCode, ExecutedVersion, FunctionError, LogResult, \
         SdkHttpMetadata, SdkResponseMetadata\n    \
         why: AWS accepts the definition, but this goes wrong whenever it runs\n    \
         help: the function's answer is under `Payload`: call `.payload_only()` on `lambda::invoke(..)` to make \
         the answer the task's result, or declare `result_type::<lambda::Response<T>>()` and read through `Payload`\n"
    );

    let right = order()
        .field::<Value>("review")
        .field::<Value>("Payload")
        .field::<bool>("approved");
    assert_eq!(refused(review(right)), []);
}

#[test]
fn a_wait_on_a_number_and_a_map_over_an_object() {
    let wait = |until: Ref<Value>| {
        Workflow::new(
            "hold",
            Wait::new("Hold").until(until).next(Succeed::new("Done")),
        )
        .input_type::<Order>()
    };
    assert_eq!(
        refused(wait(order().field::<Value>("deliver_at"))),
        [Code::INVALID_TYPE]
    );
    let seconds = Workflow::new(
        "hold",
        Wait::new("Hold")
            .seconds(order().field::<u64>("deliver_at"))
            .next(Succeed::new("Done")),
    )
    .input_type::<Order>();
    assert_eq!(refused(seconds), []);

    let each = |items: &str| {
        Workflow::new(
            "each",
            Map::new("Each")
                .items_path(items)
                .processor(Pass::new("One"))
                .next(Succeed::new("Done")),
        )
        .input_type::<Order>()
    };
    assert_eq!(refused(each("$.customer")), [Code::INVALID_TYPE]);
}

#[test]
fn a_fail_reading_a_misspelt_field_of_the_error_object() {
    let failing = |cause: &str| {
        Workflow::new(
            "charge",
            Task::new("Charge", lambda::invoke("charge").payload(order()))
                .catch(Catch::all(goto("Failed")).result_path("$.error"))
                .next(Succeed::new("Charged"))
                .include(
                    Fail::new("Failed")
                        .error(path("$.error.Error"))
                        .cause(path(cause)),
                ),
        )
    };
    assert_eq!(
        refused(failing("$.error.Casue")),
        [Code::UNKNOWN_INPUT_FIELD]
    );
    assert_eq!(refused(failing("$.error.Cause")), []);
}

#[test]
fn an_sqs_queue_arn_where_its_url_belongs() {
    let send = |queue: &str| {
        Workflow::new(
            "notify",
            Task::new("Notify", sqs::send_message(queue, order())),
        )
    };
    assert_eq!(
        refused(send("arn:aws:sqs:eu-west-1:123456789012:orders")),
        [Code::INVALID_PARAMETER]
    );
    assert_eq!(
        refused(send(
            "https://sqs.eu-west-1.amazonaws.com/123456789012/orders"
        )),
        []
    );
}

#[test]
fn a_jsonata_typo_in_the_input_and_a_number_variable_compared_with_a_string() {
    let typed = |condition: &str| {
        Workflow::new(
            "big",
            Pass::new("Count").assign("count", 0).next(
                Choice::new("Big?")
                    .when(Condition::jsonata(condition), Succeed::new("Yes"))
                    .otherwise(Succeed::new("No")),
            ),
        )
        .jsonata()
        .input_type::<Order>()
    };
    assert_eq!(
        refused(typed("$states.input.totl > 100")),
        [Code::UNKNOWN_INPUT_FIELD]
    );
    assert_eq!(refused(typed("$count = \"5\"")), [Code::INVALID_TYPE]);
    assert_eq!(
        refused(typed("$states.input.total > 100 and $count = 5")),
        []
    );
}

#[derive(Serialize, Deserialize, sfn::Payload, sfn::JsonSchema)]
#[schemars(crate = "sfn::schemars")]
struct Verdict {
    approved: bool,
}

#[test]
fn a_typed_lambda_response_reads_through_its_payload() {
    let review = Task::new("Review", lambda::invoke("review").payload(order()))
        .result_type::<lambda::Response<Verdict>>()
        .result_selector(
            object().with(
                "approved",
                result::<lambda::Response<Verdict>>()
                    .payload()
                    .fields()
                    .approved(),
            ),
        )
        .result_path("$.review");
    let workflow = Workflow::new(
        "review",
        review.next(
            Choice::new("Approved?")
                .when(
                    order()
                        .field::<Value>("review")
                        .field::<bool>("approved")
                        .equals(true),
                    Succeed::new("Yes"),
                )
                .otherwise(Fail::new("No")),
        ),
    );
    assert_eq!(refused(workflow), []);
}

#[test]
fn a_compensation_reading_what_a_failed_booking_never_wrote() {
    let saga = |compensate: Chain| {
        let book = Task::new("Book", lambda::invoke("book").payload(order()))
            .result_path("$.booking")
            .catch(Catch::all(goto("Compensate")).result_path("$.error"));
        let charge = Task::new("Charge", lambda::invoke("charge").payload(order()))
            .result_path("$.charge")
            .catch(Catch::all(goto("Compensate")).result_path("$.error"));
        Workflow::new(
            "saga",
            book.next(charge)
                .next(Succeed::new("Booked"))
                .include(compensate),
        )
    };
    let booking_id = || {
        order()
            .field::<Value>("booking")
            .field::<Value>("Payload")
            .field::<String>("id")
    };
    let cancel = || {
        Task::new(
            "Cancel",
            lambda::invoke("cancel").payload(object().with("booking", booking_id())),
        )
    };
    let mistake = saga(Pass::new("Compensate").next(cancel()));
    assert_eq!(refused(mistake), [Code::UNKNOWN_INPUT_FIELD]);
    let twin = saga(
        Choice::new("Compensate")
            .when(order().field::<Value>("booking").is_present(), cancel())
            .otherwise(Succeed::new("Nothing to undo"))
            .into(),
    );
    assert_eq!(refused(twin), []);
}

#[test]
fn a_dynamodb_key_that_is_not_an_attribute_value() {
    let read = |key: Template| {
        Workflow::new("read", Task::new("Read", dynamodb::get_item("orders", key)))
            .input_type::<Order>()
    };
    let id = || order().field::<String>("id");
    assert_eq!(
        refused(read(object().with("pk", id()))),
        [Code::INVALID_TYPE]
    );
    assert_eq!(
        refused(read(object().with("pk", object().with("S", id())))),
        []
    );
}

#[test]
fn a_string_comparison_of_a_number_and_math_on_a_string() {
    // `Ref<String>` over a field the declared type has as a number: the reference's type is
    // the user's word, the schema is the truth.
    let check = |condition: Condition| {
        Workflow::new(
            "check",
            Choice::new("Big?")
                .when(condition, Succeed::new("Yes"))
                .otherwise(Succeed::new("No")),
        )
        .input_type::<Order>()
    };
    assert_eq!(
        refused(check(order().field::<String>("total").equals("100"))),
        [Code::INVALID_CHOICE_OPERAND]
    );
    assert_eq!(
        refused(check(order().field::<f64>("total").equals(100.0))),
        []
    );

    let add = |argument: &str| {
        Workflow::new(
            "add",
            Pass::new("Add").parameters(
                object().with("next", intrinsic(format!("States.MathAdd({argument}, 1)"))),
            ),
        )
        .input_type::<Order>()
    };
    assert_eq!(refused(add("$.id")), [Code::INVALID_INTRINSIC_FUNCTION]);
    assert_eq!(refused(add("$.total")), []);
}
