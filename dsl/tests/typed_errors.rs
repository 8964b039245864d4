//! Typed service errors (issue 22): constants for every integration's errors, and a warning
//! with the name meant when a retrier or catcher names an error its task never raises.

use sfn::prelude::*;
use sfn::resources::Function;

fn warnings(workflow: Workflow) -> Vec<String> {
    workflow
        .compile()
        .unwrap()
        .warnings()
        .iter()
        .map(|w| {
            format!(
                "{} {}: {} (help: {})",
                w.code.as_str(),
                w.location,
                w.message,
                w.help.clone().unwrap_or_default()
            )
        })
        .collect()
}

fn put(retry: Retry) -> Workflow {
    Workflow::new(
        "save",
        Task::new(
            "Save",
            dynamodb::put_item("orders", dynamodb::attributes().string("id", "o-1")),
        )
        .retry(retry),
    )
}

#[test]
fn a_missing_exception_suffix_is_a_warning_naming_the_fix() {
    assert_eq!(
        warnings(put(Retry::on(["DynamoDB.ProvisionedThroughputExceeded"]))),
        [
            "UNRAISED_ERROR States.Save.Retry[0].ErrorEquals[0]: `DynamoDB.ProvisionedThroughputExceeded` is not an error `dynamodb:putItem` raises, so this never matches (help: did you mean `DynamoDB.ProvisionedThroughputExceededException`?)"
        ]
    );
    // The corrected twin, spelled by its constant.
    assert_eq!(
        warnings(put(Retry::on([
            errors::dynamodb::PROVISIONED_THROUGHPUT_EXCEEDED
        ]))),
        Vec::<String>::new()
    );
}

#[test]
fn every_optimized_integration_constant_is_one_its_task_raises() {
    let lambda = Task::new(
        "Call",
        lambda::invoke("arn:aws:lambda:us-east-1:123456789012:function:f"),
    )
    .retry(Retry::on([
        errors::lambda::UNKNOWN,
        errors::lambda::TOO_MANY_REQUESTS,
        errors::lambda::SERVICE,
        errors::lambda::AWS_LAMBDA,
        errors::lambda::SDK_CLIENT,
        errors::lambda::CLIENT_EXECUTION_TIMEOUT,
        errors::lambda::RESOURCE_NOT_FOUND,
        errors::lambda::INVALID_REQUEST_CONTENT,
    ]));
    let dynamodb = Task::new(
        "Save",
        dynamodb::put_item("orders", dynamodb::attributes().string("id", "o")),
    )
    .retry(Retry::on([
        errors::dynamodb::CONDITIONAL_CHECK_FAILED,
        errors::dynamodb::PROVISIONED_THROUGHPUT_EXCEEDED,
        errors::dynamodb::REQUEST_LIMIT_EXCEEDED,
        errors::dynamodb::RESOURCE_NOT_FOUND,
        errors::dynamodb::TRANSACTION_CONFLICT,
        errors::dynamodb::ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED,
        errors::dynamodb::INTERNAL_SERVER_ERROR,
        errors::dynamodb::AMAZON_DYNAMODB,
        errors::dynamodb::SDK_CLIENT,
    ]));
    let sqs = Task::new(
        "Queue",
        sqs::send_message("https://sqs.us-east-1.amazonaws.com/1/q", "m"),
    )
    .retry(Retry::on([
        errors::sqs::QUEUE_DOES_NOT_EXIST,
        errors::sqs::INVALID_MESSAGE_CONTENTS,
        errors::sqs::AMAZON_SQS,
        errors::sqs::SDK_CLIENT,
    ]));
    let sns = Task::new("Tell", sns::publish("arn:aws:sns:us-east-1:1:t", "m")).retry(Retry::on([
        errors::sns::NOT_FOUND,
        errors::sns::INVALID_PARAMETER,
        errors::sns::THROTTLED,
        errors::sns::AMAZON_SNS,
        errors::sns::SDK_CLIENT,
    ]));
    let s3 = Task::new(
        "Read",
        sdk::call("s3", "getObject")
            .parameter("Bucket", "b")
            .parameter("Key", "k"),
    )
    .retry(Retry::on([
        errors::sdk::s3::NO_SUCH_KEY,
        errors::sdk::s3::INVALID_OBJECT_STATE,
    ]));
    let workflow = Workflow::new(
        "all",
        Chain::from(lambda)
            .next(dynamodb)
            .next(sqs)
            .next(sns)
            .next(s3),
    );
    assert_eq!(warnings(workflow), Vec::<String>::new());
}

#[test]
fn another_services_error_and_the_sdk_spelling_are_caught() {
    let read = Task::new(
        "Read",
        sdk::call("dynamodb", "getItem")
            .parameter("TableName", "orders")
            .parameter("Key", json!({"id": {"S": "o"}})),
    )
    .retry(Retry::on([
        "DynamoDB.ResourceNotFoundException",
        errors::sdk::sqs::QUEUE_DOES_NOT_EXIST,
    ]));
    assert_eq!(
        warnings(Workflow::new("read", read)),
        [
            "UNRAISED_ERROR States.Read.Retry[0].ErrorEquals[0]: `DynamoDB.ResourceNotFoundException` is not an error `aws-sdk:dynamodb:getItem` raises: its errors start with `DynamoDb.` (help: did you mean `DynamoDb.ResourceNotFoundException`?)",
            "UNRAISED_ERROR States.Read.Retry[0].ErrorEquals[1]: `Sqs.QueueDoesNotExistException` is an error of the `aws-sdk:sqs` integration, which this task does not call: `aws-sdk:dynamodb:getItem` never raises it (help: `aws-sdk:dynamodb:getItem`'s errors start with `DynamoDb.` and end in `Exception`)",
        ]
    );
}

#[test]
fn a_functions_own_errors_stay_allowed() {
    let charge: Function<Value, Value> = Function::new("charge");
    let workflow = Workflow::new(
        "pay",
        Task::new("Charge", charge.invoke(input::<Value>())).retry(Retry::on([
            "PaymentDeclined",
            "DynamoDb.ThrottlingException",
            errors::lambda::UNKNOWN,
        ])),
    );
    assert_eq!(warnings(workflow), Vec::<String>::new());
}
