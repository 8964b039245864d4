//! DynamoDB keys and items built from typed references and read back with the right
//! conversion, and Lambda's `payload_only`: the ASL they give, and the type flow seeing
//! through them (a numeric test on the converted quantity compiles; on `N` it does not).

use serde::{Deserialize, Serialize};
use serde_json::json;
use sfn::Code;
use sfn::integrations::dynamodb;
use sfn::prelude::*;

mod support;
use support::refused;

#[derive(Serialize, Deserialize, sfn::JsonSchema, sfn::Payload)]
#[schemars(crate = "sfn::schemars")]
struct Order {
    id: String,
    quantity: i64,
    gift: bool,
}

fn definition(compiled: &sfn::Compiled) -> Value {
    serde_json::from_str(&compiled.to_json()).unwrap()
}

fn save(language: QueryLanguage) -> Workflow {
    let order = input::<Order>().fields();
    let item = dynamodb::attributes()
        .string("id", order.id())
        .number("quantity", order.quantity())
        .boolean("gift", order.gift())
        .number("version", 1);
    Workflow::new(
        "save",
        Task::new("Save", dynamodb::put_item("orders", item)).end(),
    )
    .input_type::<Order>()
    .query_language(language)
}

#[test]
fn an_item_from_typed_references_in_both_query_languages() {
    let jsonpath = save(QueryLanguage::JSONPath).compile().unwrap();
    assert_eq!(
        definition(&jsonpath)["States"]["Save"]["Parameters"]["Item"],
        json!({
            "id": {"S.$": "$.id"},
            "quantity": {"N.$": "States.JsonToString($.quantity)"},
            "gift": {"BOOL.$": "$.gift"},
            "version": {"N": "1"}
        })
    );
    let jsonata = save(QueryLanguage::JSONata).compile().unwrap();
    assert_eq!(
        definition(&jsonata)["States"]["Save"]["Arguments"]["Item"],
        json!({
            "id": {"S": "{% $states.input.id %}"},
            "quantity": {"N": "{% $string($states.input.quantity) %}"},
            "gift": {"BOOL": "{% $states.input.gift %}"},
            "version": {"N": "1"}
        })
    );
}

/// The stock check of the order-processing example: `N` compared as a number is never true
/// (the Choice operators of the States Language specification do not match a string), and
/// the item read back with `number` compiles.
#[test]
fn a_quantity_read_back_as_a_number_can_be_compared() {
    let check = |read_back: bool| {
        let stock = dynamodb::read(result::<Value>().field("Item"));
        let mut task = Task::new(
            "Stock",
            dynamodb::get_item(
                "stock",
                dynamodb::attributes().string("sku", input::<Order>().fields().id()),
            ),
        );
        let quantity: Ref<f64> = if read_back {
            task = task.result_selector(object().with("quantity", stock.number("quantity")));
            input::<Value>().field::<Value>("stock").field("quantity")
        } else {
            input::<Value>()
                .field::<Value>("stock")
                .field::<Value>("Item")
                .field::<Value>("quantity")
                .field("N")
        };
        Workflow::new(
            "stock",
            task.result_path("$.stock").next(
                Choice::new("Enough?")
                    .when(quantity.ge(5), Succeed::new("Ship"))
                    .otherwise(Succeed::new("Backorder")),
            ),
        )
    };
    assert_eq!(refused(check(false)), [Code::INVALID_CHOICE_OPERAND]);
    assert_eq!(refused(check(true)), []);
    let compiled = check(true).compile().unwrap();
    assert_eq!(
        definition(&compiled)["States"]["Stock"]["ResultSelector"],
        json!({"quantity.$": "States.StringToJson($.Item.quantity.N)"})
    );
}

#[test]
fn payload_only_makes_the_function_s_output_the_result() {
    #[derive(Serialize, Deserialize, sfn::JsonSchema)]
    #[schemars(crate = "sfn::schemars")]
    struct Verdict {
        approved: bool,
    }
    let arn = "arn:aws:lambda:us-east-1:123456789012:function:review";
    let review = |approved: Ref<bool>| {
        Workflow::new(
            "review",
            Task::new(
                "Review",
                lambda::invoke(arn).payload(input::<Value>()).payload_only(),
            )
            .result_type::<Verdict>()
            .next(
                Choice::new("Approved?")
                    .when(approved.equals(true), Succeed::new("Yes"))
                    .otherwise(Fail::new("No")),
            ),
        )
        .input_type::<Value>()
    };
    let direct = input::<Value>().field::<bool>("approved");
    let compiled = review(direct).compile().unwrap();
    assert_eq!(
        definition(&compiled)["States"]["Review"]["Resource"],
        json!(arn)
    );
    // The whole input is the function's event: no `Parameters` at all.
    assert_eq!(
        definition(&compiled)["States"]["Review"].get("Parameters"),
        None
    );
    // Through `Payload`, as `invoke` without `payload_only` would need: not there.
    let wrapped = input::<Value>()
        .field::<Value>("Payload")
        .field::<bool>("approved");
    assert_eq!(refused(review(wrapped)), [Code::UNKNOWN_INPUT_FIELD]);
}

/// The legacy form needs the function's ARN written out: a function known only at run time
/// is refused when the workflow compiles, naming the state and saying what to do instead.
#[test]
fn payload_only_needs_the_function_s_arn() {
    let workflow = Workflow::new(
        "review",
        Task::new(
            "Review",
            lambda::invoke(input::<Value>().field::<String>("function"))
                .payload(input::<Value>())
                .payload_only(),
        )
        .end(),
    );
    let error = workflow.compile().unwrap_err().to_string();
    assert!(
        error.contains("Review (Resource): `payload_only` calls the function through its ARN as the resource, so the function must be its ARN written out"),
        "{error}"
    );
}
