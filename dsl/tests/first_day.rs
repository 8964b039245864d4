//! What a new user reads when `compile()` refuses a workflow: the message as `Display` and as
//! `Debug` (what `.unwrap()` and `.expect()` print in a test), each fix in the builders'
//! words, and the reason a refusal names when it lists findings AWS itself would accept.

use sfn::prelude::*;

fn order() -> Ref<Value> {
    input::<Value>()
}

/// The message `compile()` refuses `workflow` with.
fn refusal(workflow: Workflow) -> String {
    workflow.compile().map(|_| ()).unwrap_err().to_string()
}

fn stock(quantity: Ref<f64>) -> Workflow {
    let key = object().with("sku", object().with("S", order().field::<String>("id")));
    Workflow::new(
        "stock",
        Task::new("Stock", dynamodb::get_item("stock", key))
            .result_path("$.stock")
            .next(
                Choice::new("Enough?")
                    .when(quantity.ge(5), Succeed::new("Ship"))
                    .otherwise(Succeed::new("Backorder")),
            ),
    )
}

fn dynamodb_n() -> Ref<f64> {
    order()
        .field::<Value>("stock")
        .field::<Value>("Item")
        .field::<Value>("quantity")
        .field::<f64>("N")
}

#[test]
fn unwrap_shows_the_findings_as_they_read() {
    let panic = std::panic::catch_unwind(|| stock(dynamodb_n()).compile().unwrap())
        .map(|_| ())
        .unwrap_err();
    let message = panic.downcast_ref::<String>().unwrap();
    assert_eq!(
        message,
        "called `Result::unwrap()` on an `Err` value: \n\
         workflow `stock` is refused:\n  \
         - error[INVALID_CHOICE_OPERAND] States.Enough?.Choices[0].Variable: \
         `NumericGreaterThanEquals` compares numbers, and `$.stock.Item.quantity.N` is a string here: the rule is never true\n    \
         why: AWS accepts the definition, but this goes wrong whenever it runs\n    \
         help: DynamoDB gives numbers as strings in `N`: read the attribute with \
         `dynamodb::read(item).number(\"name\")` in the task's `result_selector` (it becomes a number), \
         then compare the field it fills\n"
    );
}

#[test]
fn a_callback_without_its_token_is_fixed_with_context_task_token() {
    let callback = |payload: Template| {
        Workflow::new(
            "approve",
            Task::new(
                "Ask",
                lambda::invoke("ask").payload(payload).wait_for_task_token(),
            )
            .next(Succeed::new("Approved")),
        )
    };
    assert_eq!(
        refusal(callback(object().with("order", order()))),
        "workflow `approve` is refused:\n  \
         - error[MISSING_TASK_TOKEN] States.Ask.Resource: \
         this `.waitForTaskToken` task never passes the task token, so nobody can call back and it waits until it times out\n    \
         why: AWS accepts the definition, but this goes wrong whenever it runs\n    \
         help: pass `context::task_token()` in the payload, e.g. \
         `.payload(object().with(\"TaskToken\", context::task_token()))`\n"
    );
    let fixed = object()
        .with("order", order())
        .with("TaskToken", context::task_token());
    assert!(callback(fixed).compile().is_ok());
}

#[test]
fn a_parameter_in_the_wrong_case_is_named() {
    let get = |name: &str| {
        Workflow::new(
            "fetch",
            Task::new(
                "Fetch",
                sdk::call("s3", "getObject")
                    .parameter("Bucket", "reports")
                    .parameter(name, "latest.json"),
            )
            .next(Succeed::new("Done")),
        )
    };
    assert_eq!(
        refusal(get("key")),
        "workflow `fetch` is refused:\n  \
         - error[MISSING_PARAMETER] States.Fetch.Parameters: aws-sdk:s3:getObject requires `Key`, which this call does not pass\n    \
         why: AWS accepts the definition, but this goes wrong whenever it runs\n    \
         help: did you mean `Key`? this call passes `key`\n"
    );
    assert!(get("Key").compile().is_ok());
}
