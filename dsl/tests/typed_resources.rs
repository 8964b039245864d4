//! Typed resources (issue 22): functions typed by their handlers, tables, queues, topics,
//! buses and child workflows declared once by logical name; the handler answering local runs.

use serde::{Deserialize, Serialize};
use serde_json::json;
use sfn::prelude::*;
use sfn::resources::{Child, EventBus, Function, Queue, Table, Topic};
use sfn::testing::{Mocks, RunError, Status};

#[derive(Debug, Serialize, Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
#[serde(rename_all = "camelCase")]
struct Order {
    order_id: String,
    total: f64,
    coupon: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
#[serde(rename_all = "camelCase")]
struct ChargeRequest {
    order_id: String,
    amount: f64,
    note: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct Receipt {
    id: String,
    charged: f64,
}

#[derive(Debug, thiserror::Error)]
#[error("card declined for {0}")]
struct CardDeclined(String);

/// The team's real handler: in a workspace this is the Lambda crate's own function.
fn charge(request: ChargeRequest) -> Result<Receipt, CardDeclined> {
    if request.amount > 1000.0 {
        return Err(CardDeclined(request.order_id));
    }
    Ok(Receipt {
        id: format!("r-{}", request.order_id),
        charged: request.amount,
    })
}

fn charge_function() -> Function<ChargeRequest, Receipt> {
    Function::new("charge").handler(charge)
}

fn checkout(function: Function<ChargeRequest, Receipt>) -> Workflow {
    let order = input::<Order>().fields();
    let call = function
        .invoke(sfn::args!(ChargeRequest {
            order_id: order.order_id(),
            amount: order.total(),
            note: sfn::absent(),
        }))
        .payload_only();
    Workflow::new(
        "checkout",
        Task::new("Charge", call)
            .result_path("$.receipt")
            .catch(Catch::on(
                [CardDeclined::NAME],
                Fail::new("Declined").error("Declined"),
            )),
    )
    .input_type::<Order>()
}

impl CardDeclined {
    /// The error's name: its type's.
    const NAME: &'static str = "CardDeclined";
}

#[test]
fn the_definition_names_the_function_by_a_placeholder_bound_per_environment() {
    let compiled = checkout(charge_function()).compile().unwrap();
    assert_eq!(
        compiled.to_deployable_json(),
        r#"{
  "StartAt": "Charge",
  "States": {
    "Charge": {
      "Type": "Task",
      "Resource": "${sfn.function.charge.arn}",
      "Parameters": {
        "orderId.$": "$.orderId",
        "amount.$": "$.total"
      },
      "ResultPath": "$.receipt",
      "Catch": [
        {
          "ErrorEquals": [
            "CardDeclined"
          ],
          "Next": "Declined"
        }
      ],
      "End": true
    },
    "Declined": {
      "Type": "Fail",
      "Error": "Declined"
    }
  }
}
"#
    );
    assert!(
        compiled
            .to_json()
            .contains(r#""Resource":"arn:aws:lambda:us-east-1:123456789012:function:charge""#)
    );
    assert_eq!(
        compiled.resources(),
        [(sfn::resources::ResourceKind::Function, "charge".to_owned())]
    );
    // The policy names the function of the environment, no wildcard.
    let prod = sfn::Environment::in_region("eu-west-1", "111122223333");
    let policy = compiled.policy(&prod);
    assert!(policy.widened.is_empty());
    assert_eq!(
        policy.policy.to_value()["Statement"][0]["Resource"],
        json!(["arn:aws:lambda:eu-west-1:111122223333:function:charge"])
    );
}

#[test]
fn the_real_handler_answers_local_runs() {
    let compiled = checkout(charge_function()).compile().unwrap();
    let run = compiled
        .run(json!({"orderId": "o-1", "total": 20.5}), &Mocks::new())
        .unwrap();
    assert_eq!(run.status, Status::Succeeded);
    assert_eq!(
        run.output,
        Some(json!({"orderId": "o-1", "total": 20.5, "receipt": {"id": "r-o-1", "charged": 20.5}}))
    );
}

#[test]
fn a_handler_error_is_what_lambda_reports_and_is_caught_by_its_name() {
    let compiled = checkout(charge_function()).compile().unwrap();
    let run = compiled
        .run(json!({"orderId": "o-2", "total": 5000}), &Mocks::new())
        .unwrap();
    assert_eq!(run.status, Status::Failed);
    assert_eq!(run.error.as_deref(), Some("Declined"));
    let failed = run
        .history()
        .into_iter()
        .find(|e| e.r#type == "LambdaFunctionFailed")
        .expect("the function failed");
    assert_eq!(
        failed.details["lambdaFunctionFailedEventDetails"],
        json!({
            "error": "CardDeclined",
            "cause": r#"{"errorType":"CardDeclined","errorMessage":"card declined for o-2"}"#
        })
    );
}

#[test]
fn a_request_the_handler_cannot_read_stops_the_test_as_a_wiring_bug() {
    // The input type says `total` is a number; an input with a string is sent on as it is,
    // and the handler's type refuses it: not a Lambda error the catch-all would swallow.
    let compiled = checkout(charge_function()).compile().unwrap();
    let error = compiled
        .run(json!({"orderId": "o-3", "total": "12"}), &Mocks::new())
        .unwrap_err();
    assert!(matches!(error, RunError::Wiring { .. }));
    assert_eq!(
        error.to_string(),
        "state `Charge` sends `arn:aws:lambda:us-east-1:123456789012:function:charge` a request it cannot read (a wiring bug, not an error the workflow could catch): the handler of `charge` cannot read its request at `amount`: invalid type: string \"12\", expected f64"
    );
}

#[test]
fn a_test_mock_answers_before_the_handler() {
    let compiled = checkout(charge_function()).compile().unwrap();
    let mocks = Mocks::new().lambda("charge", |request: ChargeRequest| {
        Ok::<_, sfn::testing::Failure>(Receipt {
            id: "mocked".into(),
            charged: request.amount,
        })
    });
    let run = compiled
        .run(json!({"orderId": "o-4", "total": 1}), &mocks)
        .unwrap();
    assert_eq!(run.output.unwrap()["receipt"]["id"], "mocked");
}

#[test]
fn a_typed_mock_that_cannot_read_its_request_is_a_wiring_bug_too() {
    let compiled = checkout(Function::new("charge")).compile().unwrap();
    let mocks = Mocks::new().lambda("charge", |request: Receipt| {
        Ok::<_, sfn::testing::Failure>(request)
    });
    let error = compiled
        .run(json!({"orderId": "o-5", "total": 1}), &mocks)
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "state `Charge` sends `arn:aws:lambda:us-east-1:123456789012:function:charge` a request it cannot read (a wiring bug, not an error the workflow could catch): the mock of `charge` cannot read its request: missing field `id`"
    );
}

#[test]
fn the_invocation_result_is_typed_without_restating_it() {
    // `lambda:invoke` without `payload_only`: the result is `lambda::Response<Receipt>`, so a
    // read of a field the receipt lacks is a compile() error.
    let order = input::<Order>().fields();
    let call = charge_function().invoke(sfn::args!(ChargeRequest {
        order_id: order.order_id(),
        amount: 10,
        note: order.coupon(),
    }));
    let receipt = call.result().payload().fields();
    let good = Workflow::new(
        "good",
        Task::new("Charge", call)
            .result_selector(object().with("id", receipt.id()))
            .next(Pass::new("Done")),
    )
    .input_type::<Order>();
    assert!(good.compile().is_ok());
    let call = charge_function().invoke(input::<ChargeRequest>());
    let bad = Workflow::new(
        "bad",
        Task::new("Charge", call)
            .result_selector(
                object().with(
                    "id",
                    result::<Value>()
                        .field::<String>("Payload")
                        .field::<String>("receiptId"),
                ),
            )
            .next(Pass::new("Done")),
    );
    let error = bad.compile().unwrap_err().to_string();
    assert!(error.starts_with("workflow `bad` is refused:"), "{error}");
    assert!(error.contains("receiptId"), "{error}");
}

#[derive(Debug, Serialize, Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct OrderKey {
    id: String,
}

#[derive(Debug, Serialize, Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct Address {
    city: String,
}

#[derive(Debug, Serialize, Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct StoredOrder {
    id: String,
    quantity: i64,
    paid: bool,
    ship_to: Address,
}

const ORDERS: Table<OrderKey, StoredOrder> = Table::new("orders");

#[test]
fn a_typed_table_writes_attributes_from_the_item_type_and_reads_them_back() {
    let order = input::<Value>();
    let put = ORDERS.put_item(sfn::args!(StoredOrder {
        id: order.field::<String>("id"),
        quantity: order.field::<i64>("quantity"),
        paid: true,
        ship_to: Address {
            city: order.field::<String>("city")
        },
    }));
    let get = ORDERS
        .get_item(sfn::args!(OrderKey {
            id: order.field::<String>("id")
        }))
        .item();
    let compiled = Workflow::new(
        "orders",
        Task::new("Save", put)
            .discard_result()
            .next(Task::new("Load", get).result_path("$.stored")),
    )
    .compile()
    .unwrap();
    let machine: Value = serde_json::from_str(&compiled.to_deployable_json()).unwrap();
    assert_eq!(
        machine["States"]["Save"]["Parameters"],
        json!({
            "TableName": "${sfn.table.orders.name}",
            "Item": {
                "id": {"S.$": "$.id"},
                "quantity": {"N.$": "States.JsonToString($.quantity)"},
                "paid": {"BOOL": true},
                "ship_to": {"M": {"city": {"S.$": "$.city"}}}
            }
        })
    );
    assert_eq!(
        machine["States"]["Load"]["ResultSelector"],
        json!({
            "id.$": "$.Item.id.S",
            "quantity.$": "States.StringToJson($.Item.quantity.N)",
            "paid.$": "$.Item.paid.BOOL",
            "ship_to": {"city.$": "$.Item.ship_to.M.city.S"}
        })
    );
    let mocks = Mocks::new()
        .resource("arn:aws:states:::dynamodb:putItem", |_| {
            sfn::testing::Reply::ok(json!({}))
        })
        .resource("arn:aws:states:::dynamodb:getItem", |_| {
            sfn::testing::Reply::ok(json!({"Item": {
                "id": {"S": "o-1"}, "quantity": {"N": "3"}, "paid": {"BOOL": true},
                "ship_to": {"M": {"city": {"S": "Oslo"}}}
            }}))
        });
    let run = compiled
        .run(json!({"id": "o-1", "quantity": 3, "city": "Oslo"}), &mocks)
        .unwrap();
    assert_eq!(
        run.output.unwrap()["stored"],
        json!({"id": "o-1", "quantity": 3, "paid": true, "ship_to": {"city": "Oslo"}})
    );
}

#[derive(Debug, Serialize, Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct Shipped {
    order_id: String,
}

const SHIPMENTS: Queue<Shipped> = Queue::new("shipments");
const NEWS: Topic<Shipped> = Topic::new("shipping-news");
const AUDIT: EventBus = EventBus::new("audit");
const INVOICING: Child<Shipped, Receipt> = Child::new("invoicing");

#[test]
fn queues_topics_buses_and_child_workflows_are_bound_per_environment() {
    let shipped = input::<Shipped>();
    let invoice = INVOICING.run(&shipped);
    let total = invoice.result().output().fields().charged();
    let compiled = Workflow::new(
        "shipping",
        Task::new("Queue", SHIPMENTS.send(&shipped))
            .discard_result()
            .next(Task::new("Announce", NEWS.publish(&shipped)).discard_result())
            .next(
                Task::new(
                    "Audit",
                    eventbridge::put_events([AUDIT.entry("shop", "Shipped", shipped.clone())]),
                )
                .discard_result(),
            )
            .next(Task::new("Invoice", invoice).result_selector(object().with("charged", total))),
    )
    .input_type::<Shipped>()
    .compile()
    .unwrap();
    let prod = sfn::Environment::in_region("eu-west-1", "111122223333");
    let machine: Value =
        serde_json::from_str(&sfn::emit::to_string(&compiled.machine_in(&prod))).unwrap();
    let states = &machine["States"];
    assert_eq!(
        states["Queue"]["Parameters"]["QueueUrl"],
        "https://sqs.eu-west-1.amazonaws.com/111122223333/shipments"
    );
    assert_eq!(
        states["Announce"]["Parameters"]["TopicArn"],
        "arn:aws:sns:eu-west-1:111122223333:shipping-news"
    );
    assert_eq!(
        states["Audit"]["Parameters"]["Entries"][0]["EventBusName"],
        "audit"
    );
    assert_eq!(
        states["Invoice"]["Parameters"]["StateMachineArn"],
        "arn:aws:states:eu-west-1:111122223333:stateMachine:invoicing"
    );
    assert_eq!(
        states["Invoice"]["Resource"],
        "arn:aws:states:::states:startExecution.sync:2"
    );
    let policy = compiled.policy(&prod);
    assert_eq!(policy.widened, Vec::<sfn::iam::Widened>::new());
}

#[test]
fn build_writes_each_functions_schemas_and_the_resources_it_refers_to() {
    let compiled = checkout(charge_function()).compile().unwrap();
    let dir = std::env::temp_dir().join(format!("sfn-typed-{}", std::process::id()));
    compiled.write_to(&dir, None).unwrap();
    let folder = dir.join("checkout");
    let request: Value = serde_json::from_str(
        &std::fs::read_to_string(folder.join("functions/charge.request.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(request["title"], "ChargeRequest");
    assert_eq!(request["required"], json!(["orderId", "amount"]));
    let response: Value = serde_json::from_str(
        &std::fs::read_to_string(folder.join("functions/charge.response.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(response["title"], "Receipt");
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join("workflow.json")).unwrap())
            .unwrap();
    assert_eq!(
        manifest["resources"],
        json!([{"kind": "function", "name": "charge"}])
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn one_logical_name_has_one_type() {
    let other: Function<Receipt, Receipt> = Function::new("charge");
    let workflow = Workflow::new(
        "twice",
        Task::new("A", charge_function().invoke(input::<ChargeRequest>()))
            .next(Task::new("B", other.invoke(input::<Receipt>()))),
    );
    assert_eq!(
        workflow.compile().unwrap_err().to_string(),
        "workflow `twice` could not be assembled:\n  - B (Resource): the function `charge` is declared twice with different request or response types\n"
    );
}

/// A handler written for `lambda_runtime`, as the function's crate has it.
async fn charge_on_lambda(
    event: lambda_runtime::LambdaEvent<ChargeRequest>,
) -> Result<Receipt, lambda_runtime::Error> {
    let request = event.payload;
    if request.amount <= 0.0 {
        return Err(format!("nothing to charge for {}", request.order_id).into());
    }
    Ok(Receipt {
        id: format!("lambda-{}", request.order_id),
        charged: request.amount,
    })
}

#[test]
fn a_lambda_runtime_handler_answers_as_the_runtime_reports_it() {
    let function = Function::new("charge").lambda_handler(charge_on_lambda);
    let compiled = checkout(function).compile().unwrap();
    let run = compiled
        .run(json!({"orderId": "o-6", "total": 7}), &Mocks::new())
        .unwrap();
    assert_eq!(run.output.unwrap()["receipt"]["id"], "lambda-o-6");
    // `lambda_runtime::Error` is a boxed error: the runtime's own `Diagnostic` conversion
    // names its type (with the `&` of the reference it reads it through), as on AWS.
    let run = compiled
        .run(json!({"orderId": "o-7", "total": 0}), &Mocks::new())
        .unwrap();
    assert_eq!(run.status, Status::Failed);
    assert_eq!(
        run.error.as_deref(),
        Some(
            "&alloc::boxed::Box<dyn core::error::Error + core::marker::Send + core::marker::Sync>"
        )
    );
    assert_eq!(
        run.cause.as_deref(),
        Some(
            r#"{"errorType":"&alloc::boxed::Box<dyn core::error::Error + core::marker::Send + core::marker::Sync>","errorMessage":"nothing to charge for o-7"}"#
        )
    );
}

#[derive(Debug, Serialize, Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
#[serde(rename_all = "camelCase")]
struct Checkout {
    order_id: String,
    total: f64,
    /// Where the template used to keep the charge's result.
    receipt: Option<Receipt>,
}

fn charged_on_one_branch_only(both: bool) -> Workflow {
    let order = input::<Checkout>().fields();
    let charge = |name: &str| {
        Task::new(
            name,
            charge_function()
                .invoke(sfn::args!(ChargeRequest {
                    order_id: order.order_id(),
                    amount: order.total(),
                    note: sfn::absent(),
                }))
                .payload_only(),
        )
        .result_path("$.receipt")
    };
    let free: Chain = if both {
        charge("Charge small").into()
    } else {
        Pass::new("Free").into()
    };
    Workflow::new(
        "checkout",
        Choice::new("Paid?")
            .when(order.total().gt(0), charge("Charge"))
            .otherwise(free)
            .afterwards()
            .next(
                Pass::new("Thank")
                    .parameters(object().with("receipt", order.receipt().unwrap().fields().id())),
            ),
    )
    .input_type::<Checkout>()
}

#[test]
fn a_step_result_read_after_a_join_that_skipped_it_is_a_compile_error_even_as_an_option_field() {
    let error = charged_on_one_branch_only(false)
        .compile()
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "workflow `checkout` is refused:
  - error[UNKNOWN_INPUT_FIELD] States.Thank.Parameters[\"receipt.$\"]: `$.receipt.id` reads `receipt`, which some paths into this state do not set: the read fails on those
    why: AWS accepts the definition, but this goes wrong whenever it runs
    help: set `receipt` on every path (a catcher's `ResultPath` keeps the input), or test it first with a Choice (`IsPresent`)
"
    );
    // The twin: written on every path.
    assert!(charged_on_one_branch_only(true).compile().is_ok());
}

#[test]
fn a_slot_names_a_step_result_without_an_option_field() {
    let receipt = Slot::<Receipt>::new("receipt");
    let order = input::<Order>().fields();
    let workflow = Workflow::new(
        "checkout",
        Task::new(
            "Charge",
            charge_function()
                .invoke(sfn::args!(ChargeRequest {
                    order_id: order.order_id(),
                    amount: order.total(),
                    note: sfn::absent(),
                }))
                .payload_only(),
        )
        .result_path(&receipt)
        .next(Pass::new("Thank").parameters(object().with("receipt", receipt.get().fields().id()))),
    )
    .input_type::<Order>();
    let run = workflow
        .compile()
        .unwrap()
        .run(json!({"orderId": "o-9", "total": 3}), &Mocks::new())
        .unwrap();
    assert_eq!(run.output, Some(json!({"receipt": "r-o-9"})));
}

#[test]
fn one_logical_name_names_one_resource() {
    let queue: Queue<Shipped> = Queue::new("orders");
    let workflow = Workflow::new(
        "mixed",
        Task::new("Save", ORDERS.put_item(input::<StoredOrder>()))
            .next(Task::new("Queue", queue.send(input::<Shipped>()))),
    );
    assert_eq!(
        workflow.compile().unwrap_err().to_string(),
        "workflow `mixed` could not be assembled:\n  - resources: `orders` names both the DynamoDB table and the SQS queue: give each resource its own logical name\n"
    );
}

/// The integration table says which kind of resource each parameter names: a handle's ARN
/// passed where another kind belongs compiles in Rust, and is refused by `compile()`.
#[test]
fn a_resource_passed_where_another_kind_belongs_is_refused() {
    let alerts: Topic<Shipped> = Topic::new("alerts");
    let workflow = Workflow::new(
        "misrouted",
        Task::new("Charge", sfn::integrations::lambda::invoke(alerts.arn())),
    );
    assert_eq!(
        workflow.compile().unwrap_err().to_string(),
        "workflow `misrouted` is refused:\n  - error[INVALID_PARAMETER] States.Charge.Parameters.FunctionName: `${sfn.topic.alerts.arn}` is the SNS topic `alerts`, but `FunctionName` names the call's Lambda function\n    why: AWS accepts the definition, but this goes wrong whenever it runs\n"
    );
}

/// A queue's ARN where its URL belongs: the finding speaks of the declared queue and its
/// placeholder, once, not of the stand-in account it is bound to for checking.
#[test]
fn a_resource_in_a_form_the_parameter_does_not_take_is_refused_once() {
    let accepted: Queue<Shipped> = Queue::new("accepted");
    let workflow = Workflow::new(
        "notify",
        Task::new(
            "Notify",
            sfn::integrations::sqs::send_message(accepted.arn(), input::<Shipped>()),
        ),
    );
    assert_eq!(
        workflow.compile().unwrap_err().to_string(),
        "workflow `notify` is refused:\n  - error[INVALID_PARAMETER] States.Notify.Parameters.QueueUrl: `QueueUrl` takes the SQS queue's URL, not its ARN\n    why: AWS accepts the definition, but this goes wrong whenever it runs\n    help: pass the queue's `.url()`, or send with `queue.send(..)`\n"
    );
}
