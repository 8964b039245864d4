use serde_json::json;

use super::*;
use crate::Options;

fn machine(definition: serde_json::Value) -> StateMachine {
    let report = crate::check(&definition.to_string(), &Options::default());
    assert!(report.is_valid(), "{:?}", report.diagnostics);
    report.machine.unwrap()
}

fn order() -> Shape {
    Shape::from_schema(&json!({
        "type": "object",
        "properties": {
            "id": { "type": "string" },
            "total": { "type": "number" },
            "lines": { "type": "array", "items": { "$ref": "#/$defs/Line" } },
            "note": { "anyOf": [{ "type": "string" }, { "type": "null" }] },
            "extra": true
        },
        "required": ["id", "total", "lines"],
        "$defs": { "Line": { "type": "object", "properties": { "sku": { "type": "string" } }, "required": ["sku"] } }
    }))
}

fn findings(definition: serde_json::Value) -> Vec<String> {
    findings_with(definition, order())
}

/// Each finding as `location: message`, with `input` the execution input's shape.
fn findings_with(definition: serde_json::Value, input: Shape) -> Vec<String> {
    let types = Types {
        input: Some(input),
        results: HashMap::new(),
    };
    check(&machine(definition), &types)
        .iter()
        .map(|d| format!("{}: {}", d.location, d.message))
        .collect()
}

#[test]
fn schemas_become_shapes_without_guessing() {
    let Shape::Object(fields) = order() else {
        panic!("an object")
    };
    assert_eq!(fields["id"], Field::required(Shape::String));
    assert!(!fields["note"].required);
    assert_eq!(fields["note"].shape, Shape::String);
    assert_eq!(fields["extra"].shape, Shape::Unknown);
    let Shape::Array(line) = &fields["lines"].shape else {
        panic!("an array")
    };
    assert!(matches!(&**line, Shape::Object(f) if f.contains_key("sku")));
    // A map, a union of types, a schema with `allOf`: not guessed.
    for schema in [
        json!({ "type": "object", "additionalProperties": { "type": "string" } }),
        json!({ "anyOf": [{ "type": "string" }, { "type": "number" }] }),
        json!({ "allOf": [{ "type": "object", "properties": {} }] }),
    ] {
        assert_eq!(Shape::from_schema(&schema), Shape::Unknown, "{schema}");
    }
}

#[test]
fn paths_into_arrays_and_nested_objects_are_followed() {
    let found = findings(json!({
        "StartAt": "A",
        "States": {
            "A": { "Type": "Pass", "Parameters": { "sku.$": "$.lines[0].sku", "bad.$": "$.lines[0].size", "ctx.$": "$$.Execution.Id" }, "Next": "B" },
            "B": { "Type": "Pass", "InputPath": "$.sku", "End": true }
        }
    }));
    assert_eq!(
        found,
        [
            "States.A.Parameters[\"bad.$\"]: `$.lines[0].size` reads `size`, but the input here is an object with sku"
        ]
    );
}

#[test]
fn a_join_keeps_fields_that_some_path_has_and_a_loop_settles() {
    let found = findings(json!({
        "StartAt": "Branch",
        "States": {
            "Branch": { "Type": "Choice",
                "Choices": [{ "Variable": "$.total", "NumericGreaterThan": 10, "Next": "Big" }],
                "Default": "Small" },
            "Big": { "Type": "Pass", "Result": { "big": true }, "ResultPath": "$.size", "Next": "Again" },
            "Small": { "Type": "Pass", "Result": { "small": true }, "ResultPath": "$.size", "Next": "Again" },
            "Again": { "Type": "Choice",
                "Choices": [
                    { "Variable": "$.size.big", "IsPresent": true, "Next": "Done" },
                    { "Variable": "$.size.huge", "IsPresent": true, "Next": "Branch" }
                ],
                "Default": "Done" },
            "Done": { "Type": "Succeed" }
        }
    }));
    assert_eq!(
        found,
        [
            "States.Again.Choices[1].Variable: `$.size.huge` reads `huge`, but the input here is an object with big, small"
        ]
    );
}

#[test]
fn a_catcher_passes_the_error_object_and_discarded_results_keep_the_input() {
    let found = findings(json!({
        "StartAt": "Call",
        "States": {
            "Call": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": { "FunctionName": "f", "Payload.$": "$" },
                "ResultPath": null,
                "Catch": [{ "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Failed" }],
                "Next": "Use" },
            "Use": { "Type": "Pass", "Parameters": { "id.$": "$.id", "err.$": "$.error" }, "End": true },
            "Failed": { "Type": "Pass", "Parameters": { "cause.$": "$.error.Cause", "code.$": "$.error.Code" }, "End": true }
        }
    }));
    assert_eq!(
        found,
        [
            "States.Use.Parameters[\"err.$\"]: `$.error` reads `error`, but the input here is an object with id, total, lines, note, extra",
            "States.Failed.Parameters[\"code.$\"]: `$.error.Code` reads `Code`, but the input here is an object with Error, Cause",
        ]
    );
}

#[test]
fn without_a_declared_input_nothing_is_checked() {
    let definition = machine(
        json!({ "StartAt": "A", "States": { "A": { "Type": "Pass", "InputPath": "$.nothing", "End": true } } }),
    );
    assert!(check(&definition, &Types::default()).is_empty());
}

#[test]
fn branches_get_the_input_and_a_processor_gets_one_item() {
    let found = findings(json!({
        "StartAt": "Both",
        "States": {
            "Both": { "Type": "Parallel", "Branches": [
                { "StartAt": "Total", "States": { "Total": { "Type": "Pass", "InputPath": "$.totl", "End": true } } }
            ], "ResultPath": "$.both", "Next": "Each" },
            "Each": { "Type": "Map", "ItemsPath": "$.lines", "ItemProcessor": {
                "StartAt": "Line", "States": { "Line": { "Type": "Pass", "Parameters": { "sku.$": "$.sku", "size.$": "$.size" }, "End": true } }
            }, "End": true }
        }
    }));
    assert_eq!(
        found,
        [
            "States.Both.Branches[0].States.Total.InputPath: `$.totl` reads `totl`, but the input here is an object with id, total, lines, note, extra",
            "States.Each.ItemProcessor.States.Line.Parameters[\"size.$\"]: `$.size` reads `size`, but the input here is an object with sku",
        ]
    );
}

#[test]
fn documented_responses_type_a_task_without_a_declaration() {
    let found = findings(json!({
        "StartAt": "Call",
        "States": {
            "Call": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": { "FunctionName": "f" },
                "ResultSelector": { "out.$": "$.Paylod", "status.$": "$.StatusCode", "meta.$": "$.SdkResponseMetadata.RequestId" },
                "Next": "Wait" },
            "Wait": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                "Parameters": { "FunctionName": "f", "Payload": { "token.$": "$$.Task.Token" } },
                "ResultSelector": { "anything.$": "$.whatever" },
                "End": true }
        }
    }));
    // The callback's output is not known: only the request-response call is checked.
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("States.Call.ResultSelector[\"out.$\"]: `$.Paylod` reads `Paylod`"),
        "{found:?}"
    );
}

#[test]
fn sdk_results_are_typed_from_the_service_model() {
    let found = findings(json!({
        "StartAt": "Fetch",
        "States": {
            "Fetch": { "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:getObject",
                "Parameters": { "Bucket": "b", "Key": "k" },
                "ResultSelector": { "type.$": "$.ContentTyp", "size.$": "$.ContentLength", "meta.$": "$.SdkHttpMetadata" },
                "Next": "Describe" },
            "Describe": { "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:rds:describeDBInstances",
                "Parameters": {},
                "ResultSelector": { "java.$": "$.DbInstances[0].DbInstanceStatus", "model.$": "$.DBInstances[0].DBInstanceStatus" },
                "End": true }
        }
    }));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "States.Fetch.ResultSelector[\"type.$\"]: `$.ContentTyp` reads `ContentTyp`"
        ),
        "{found:?}"
    );
}

#[test]
fn a_numeric_comparison_on_dynamodb_s_n_is_never_true() {
    let definition = |operator: &str, path: &str| {
        json!({
            "StartAt": "Stock",
            "States": {
                "Stock": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                    "Parameters": { "TableName": "stock", "Key": { "sku": { "S.$": "$.id" } } },
                    "ResultPath": "$.stock", "Next": "Enough?" },
                "Enough?": { "Type": "Choice", "Choices": [
                    { "Variable": path, operator: 5, "Next": "Ship" }
                ], "Default": "Backorder" },
                "Ship": { "Type": "Succeed" },
                "Backorder": { "Type": "Succeed" }
            }
        })
    };
    let found = findings(definition(
        "NumericGreaterThanEquals",
        "$.stock.Item.quantity.N",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("`NumericGreaterThanEquals` compares numbers, and `$.stock.Item.quantity.N` is a string here"),
        "{found:?}"
    );
    // The twin: the number converted first is a number.
    let twin = json!({
        "StartAt": "Stock",
        "States": {
            "Stock": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                "Parameters": { "TableName": "stock", "Key": { "sku": { "S.$": "$.id" } } },
                "ResultSelector": { "quantity.$": "States.StringToJson($.Item.quantity.N)" },
                "ResultPath": "$.stock", "Next": "Enough?" },
            "Enough?": { "Type": "Choice", "Choices": [
                { "Variable": "$.stock.quantity", "NumericGreaterThanEquals": 5, "Next": "Ship" }
            ], "Default": "Ship" },
            "Ship": { "Type": "Succeed" }
        }
    });
    assert!(findings(twin).is_empty());
}

#[test]
fn string_comparisons_of_numbers_maps_over_objects_and_waits_on_numbers_are_errors() {
    let found = findings(json!({
        "StartAt": "Check",
        "States": {
            "Check": { "Type": "Choice", "Choices": [
                { "Variable": "$.total", "StringEquals": "100", "Next": "Each" }
            ], "Default": "Each" },
            "Each": { "Type": "Map", "ItemsPath": "$.id", "ItemProcessor": { "StartAt": "P",
                "States": { "P": { "Type": "Pass", "End": true } } }, "ResultPath": null, "Next": "Hold" },
            "Hold": { "Type": "Wait", "TimestampPath": "$.total", "End": true }
        }
    }));
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found[0].contains("`StringEquals` compares strings, and `$.total` is a number"),
        "{found:?}"
    );
    assert!(
        found[1].starts_with(
            "States.Each.ItemsPath: a Map iterates over an array, and this selects a string"
        ),
        "{found:?}"
    );
    assert!(
        found[2].starts_with(
            "States.Hold.TimestampPath: `TimestampPath` must select an ISO-8601 timestamp string"
        ),
        "{found:?}"
    );
}

#[test]
fn a_fail_reading_a_misspelt_field_of_the_error_object_is_an_error() {
    let found = findings(json!({
        "StartAt": "Charge",
        "States": {
            "Charge": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": { "FunctionName": "charge" },
                "Catch": [{ "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Failed" }],
                "End": true },
            "Failed": { "Type": "Fail", "ErrorPath": "$.error.Error", "CausePath": "$.error.Casue" }
        }
    }));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("States.Failed.CausePath: `$.error.Casue` reads `Casue`"),
        "{found:?}"
    );
}

#[test]
fn a_field_set_on_some_paths_only_is_read_only_after_a_presence_test() {
    let saga = |compensate: serde_json::Value| {
        let mut states = json!({
            "Book": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": { "FunctionName": "book" },
                "ResultSelector": { "id.$": "$.Payload.id" }, "ResultPath": "$.booking",
                "Catch": [{ "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Compensate" }],
                "Next": "Charge" },
            "Charge": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": { "FunctionName": "charge" }, "ResultPath": "$.charge",
                "Catch": [{ "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Compensate" }],
                "End": true },
            "Cancel": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": { "FunctionName": "cancel", "Payload": { "booking.$": "$.booking.id" } },
                "End": true }
        });
        let extra = compensate.as_object().unwrap().clone();
        states.as_object_mut().unwrap().extend(extra);
        json!({ "StartAt": "Book", "States": states })
    };
    // When the booking itself failed, there is no booking to cancel: with a declared input,
    // and with none (what the workflow writes itself is not expected in its input).
    let mistake = saga(json!({
        "Compensate": { "Type": "Pass", "Next": "Cancel" }
    }));
    for found in [findings(mistake.clone()), findings_untyped(mistake)] {
        assert!(
            found.iter().any(|f| f.starts_with("States.Cancel.Parameters.Payload[\"booking.$\"]: `$.booking.id` reads `booking`, which some paths into this state do not set")),
            "{found:?}"
        );
    }
    // The twin tests it first.
    let twin = saga(json!({
        "Compensate": { "Type": "Choice", "Choices": [
            { "Variable": "$.booking", "IsPresent": true, "Next": "Cancel" }
        ], "Default": "Done" },
        "Done": { "Type": "Succeed" }
    }));
    assert!(findings(twin.clone()).is_empty());
    assert!(findings_untyped(twin).is_empty());
}

/// Findings with no declared input: only what the states themselves produce is known.
fn findings_untyped(definition: serde_json::Value) -> Vec<String> {
    findings_with(definition, Shape::Unknown)
}

#[test]
fn results_placed_into_an_unknown_input_are_still_followed() {
    let found = findings_untyped(json!({
        "StartAt": "Review",
        "States": {
            "Review": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": { "FunctionName": "review", "Payload.$": "$" },
                "ResultPath": "$.review",
                "Catch": [{ "ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Failed" }],
                "Next": "Approved?" },
            "Approved?": { "Type": "Choice", "Choices": [
                { "Variable": "$.review.approved", "BooleanEquals": true, "Next": "Done" },
                { "Variable": "$.order.total", "NumericGreaterThan": 100, "Next": "Done" }
            ], "Default": "Done" },
            "Done": { "Type": "Succeed" },
            "Failed": { "Type": "Fail", "CausePath": "$.error.Casue" }
        }
    }));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.iter().any(|f| f.starts_with(
            "States.Approved?.Choices[0].Variable: `$.review.approved` reads `approved`"
        )),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("States.Failed.CausePath: `$.error.Casue` reads `Casue`")),
        "{found:?}"
    );
    // What the unknown input holds (`$.order.total`) is never guessed at.
    assert!(!found.iter().any(|f| f.contains("order")), "{found:?}");
}

#[test]
fn intrinsic_arguments_are_checked_against_their_parameters() {
    let found = findings(json!({
        "StartAt": "Sum",
        "States": {
            "Sum": { "Type": "Pass", "Parameters": {
                "wrong.$": "States.MathAdd($.id, 1)",
                "right.$": "States.MathAdd($.total, 1)",
                "typo.$": "States.Format('{}', $.idd)",
                "count.$": "States.ArrayLength($.lines)"
            }, "Next": "Big?" },
            "Big?": { "Type": "Choice", "Choices": [
                { "Variable": "$.count", "NumericGreaterThan": 2, "Next": "Done" }
            ], "Default": "Done" },
            "Done": { "Type": "Succeed" }
        }
    }));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0]
            .contains("argument 1 of `States.MathAdd` must be a number, and `$.id` is a string"),
        "{found:?}"
    );
    assert!(found[1].contains("`$.idd` reads `idd`"), "{found:?}");
}

#[test]
fn jsonata_reads_of_the_input_and_comparisons_of_variables_are_checked() {
    let found = findings(json!({
        "QueryLanguage": "JSONata",
        "StartAt": "Count",
        "States": {
            "Count": { "Type": "Pass", "Assign": { "count": 0, "label": "none" }, "Next": "Big?" },
            "Big?": { "Type": "Choice", "Choices": [
                { "Condition": "{% $states.input.totl > 100 %}", "Next": "Done" },
                { "Condition": "{% $count = \"5\" %}", "Next": "Done" },
                { "Condition": "{% $states.input.total > 100 and $count = 5 and $label = \"none\" %}", "Next": "Done" }
            ], "Default": "Done" },
            "Done": { "Type": "Succeed" }
        }
    }));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.iter().any(|f| f
            .starts_with("States.Big?.Choices[0].Condition: `$states.input.totl` reads `totl`")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|f| f.contains(
            "`$count` is always a number and is compared with a string here: `=` is always false"
        )),
        "{found:?}"
    );
}

#[test]
fn a_dynamodb_key_read_from_the_input_must_be_an_attribute_value() {
    let read = |key: serde_json::Value| {
        findings(json!({
            "StartAt": "Read",
            "States": { "Read": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                "Parameters": { "TableName": "orders", "Key": key }, "End": true } }
        }))
    };
    let found = read(json!({ "pk.$": "$.id" }));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "States.Read.Parameters.Key[\"pk.$\"]: `pk` takes an object, and `$.id` is a string"
        ),
        "{found:?}"
    );
    assert!(read(json!({ "pk": { "S.$": "$.id" } })).is_empty());

    // The same in JSONata's `Arguments`.
    let read = |key: serde_json::Value| {
        findings(json!({
            "QueryLanguage": "JSONata",
            "StartAt": "Read",
            "States": { "Read": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                "Arguments": { "TableName": "orders", "Key": key }, "End": true } }
        }))
    };
    let found = read(json!({ "pk": "{% $states.input.id %}" }));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "States.Read.Arguments.Key.pk: `pk` takes an object, and `{% $states.input.id %}` is a string"
        ),
        "{found:?}"
    );
    assert!(read(json!({ "pk": { "S": "{% $states.input.id %}" } })).is_empty());
    assert!(read(json!({ "pk": "{% $states.input.extra %}" })).is_empty());
}

/// The ASL specification's Parallel and Map states: the result is an array with one item per
/// branch (in order) or iteration; a batched iteration's input is `{"Items": [...]}`.
#[test]
fn parallel_and_map_results_are_arrays_of_the_branch_and_iteration_outputs() {
    let definition = |read: &str| {
        json!({
            "StartAt": "Both",
            "States": {
                "Both": {
                    "Type": "Parallel",
                    "ResultPath": "$.both",
                    "Branches": [
                        { "StartAt": "A", "States": { "A": { "Type": "Pass", "Result": { "price": 3 }, "End": true } } },
                        { "StartAt": "B", "States": { "B": { "Type": "Pass", "Result": { "stock": 1 }, "ResultPath": "$.stock", "Next": "Done" },
                                                      "Done": { "Type": "Succeed", "OutputPath": "$.stock" } } }
                    ],
                    "Next": "Each"
                },
                "Each": {
                    "Type": "Map",
                    "ItemsPath": "$.lines",
                    "ItemProcessor": { "StartAt": "Line", "States": { "Line": { "Type": "Pass", "Parameters": { "code.$": "$.sku" }, "End": true } } },
                    "ResultPath": "$.codes",
                    "Next": "Read"
                },
                "Read": { "Type": "Pass", "Parameters": { "x.$": read }, "End": true }
            }
        })
    };
    // Each branch's own fields, through an index; a field either branch has is not an error
    // at any index (the analysis does not tell the items apart).
    for fine in [
        "$.both[0].price",
        "$.both[1].price",
        "$.codes[0].code",
        "$.both",
        "$.id",
    ] {
        assert_eq!(findings(definition(fine)), Vec::<String>::new(), "{fine}");
    }
    let read_as_object = findings(definition("$.both.price"));
    assert_eq!(read_as_object.len(), 1, "{read_as_object:?}");
    assert!(
        read_as_object[0].contains("reads the field `price` of an array"),
        "{read_as_object:?}"
    );
    let misspelt = findings(definition("$.codes[0].cod"));
    assert!(
        misspelt[0].contains("did you mean") || misspelt[0].contains("`cod`"),
        "{misspelt:?}"
    );
    let indexed_object = findings(definition("$.both[0][1]"));
    assert!(
        indexed_object[0].contains("an index of an object"),
        "{indexed_object:?}"
    );
}

#[test]
fn a_batched_iteration_reads_its_items() {
    let definition = |read: &str| {
        json!({
            "StartAt": "Batches",
            "States": {
                "Batches": {
                    "Type": "Map",
                    "ItemsPath": "$.lines",
                    "ItemBatcher": { "MaxItemsPerBatch": 10 },
                    "ItemProcessor": {
                        "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
                        "StartAt": "Batch",
                        "States": { "Batch": { "Type": "Pass", "Parameters": { "x.$": read }, "End": true } }
                    },
                    "End": true
                }
            }
        })
    };
    assert_eq!(findings(definition("$.Items[0].sku")), Vec::<String>::new());
    let unbatched = findings(definition("$.sku"));
    assert!(unbatched[0].contains("`sku`"), "{unbatched:?}");
}

/// JSONata states (Step Functions' "Transforming data with JSONata"): `Output` replaces the
/// state's output (by default `$states.result`, or a catcher's `$states.errorOutput`), and a
/// path over an array maps over its items.
#[test]
fn jsonata_outputs_results_and_error_outputs_are_followed() {
    let definition = |output: &str, next_read: &str, catch_read: &str| {
        json!({
            "QueryLanguage": "JSONata",
            "StartAt": "Price",
            "States": {
                "Price": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Arguments": { "FunctionName": "price", "Payload": "{% $states.input %}" },
                    "Output": { "price": output, "id": "{% $states.input.id %}" },
                    "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Failed" }],
                    "Next": "Lines"
                },
                "Lines": {
                    "Type": "Map",
                    "Items": "{% [{'sku': 'a'}, {'sku': 'b'}] %}",
                    "ItemProcessor": { "StartAt": "Line", "States": {
                        "Line": { "Type": "Pass", "Output": "{% $states.input.sku %}", "End": true } } },
                    "Output": { "read": next_read },
                    "End": true
                },
                "Failed": { "Type": "Fail", "Error": "Pricing", "Cause": catch_read }
            }
        })
    };
    let fine = definition(
        "{% $states.result.Payload.price %}",
        "{% $states.input.price & $states.input.id %}",
        "{% $states.input.Cause %}",
    );
    assert_eq!(findings(fine), Vec::<String>::new());
    let without_payload = findings(definition(
        "{% $states.result.price %}",
        "{% $states.input.id %}",
        "{% $states.input.Cause %}",
    ));
    assert_eq!(without_payload.len(), 1, "{without_payload:?}");
    assert!(
        without_payload[0].contains(
            "`$states.result.price` reads `price`, but the result here is an object with"
        ) && without_payload[0].contains("Payload"),
        "{without_payload:?}"
    );
    let not_in_output = findings(definition(
        "{% $states.result.Payload.price %}",
        "{% $states.input.total %}",
        "{% $states.input.Cause %}",
    ));
    assert!(
        not_in_output[0].contains(
            "`$states.input.total` reads `total`, but the input here is an object with price, id"
        ),
        "{not_in_output:?}"
    );
    // A catcher without `Output` passes the error output on.
    let caught = findings(definition(
        "{% $states.result.Payload.price %}",
        "{% $states.input.id %}",
        "{% $states.input.id %}",
    ));
    assert!(
        caught[0].contains("reads `id`, but the input here is an object with Error, Cause"),
        "{caught:?}"
    );
}

#[test]
fn a_jsonata_path_over_an_array_reads_its_items() {
    let definition = |read: &str| {
        json!({
            "QueryLanguage": "JSONata",
            "StartAt": "Read",
            "States": { "Read": { "Type": "Pass", "Output": { "x": read }, "End": true } }
        })
    };
    assert_eq!(
        findings(definition("{% $states.input.lines.sku %}")),
        Vec::<String>::new()
    );
    let misspelt = findings(definition("{% $states.input.lines.skus %}"));
    assert!(misspelt[0].contains("reads `skus`"), "{misspelt:?}");
}

#[test]
fn a_variable_assigned_a_function_s_result_has_its_type() {
    let found = findings(json!({
        "QueryLanguage": "JSONata",
        "StartAt": "Count",
        "States": {
            "Count": { "Type": "Pass", "Assign": { "n": "{% $count($states.input.lines) %}" }, "Next": "Many?" },
            "Many?": { "Type": "Choice", "Choices": [
                { "Condition": "{% $n > \"3\" %}", "Next": "Done" },
                { "Condition": "{% $n > 3 %}", "Next": "Done" }
            ], "Default": "Done" },
            "Done": { "Type": "Succeed" }
        }
    }));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("States.Many?.Choices[0].Condition: `$n` is always a number"),
        "{found:?}"
    );
}

/// The context object as Step Functions documents it: `$$.Execution.Input` is the execution
/// input, `$$.Map.Item.Value` the item in an `ItemSelector`, and its top level has
/// `Execution`, `State`, `StateMachine`, `Task` and `Map` only.
#[test]
fn context_object_reads_are_typed() {
    let definition = |read: &str, selector_read: &str| {
        json!({
            "StartAt": "Read",
            "States": {
                "Read": { "Type": "Pass", "Parameters": { "x.$": read }, "Next": "Each" },
                "Each": {
                    "Type": "Map",
                    "ItemsPath": "$.x",
                    "ItemSelector": { "sku.$": selector_read, "at.$": "$$.Map.Item.Index" },
                    "ItemProcessor": { "StartAt": "Line", "States": { "Line": { "Type": "Pass", "Parameters": { "s.$": "$.sku" }, "End": true } } },
                    "End": true
                }
            }
        })
    };
    assert_eq!(
        findings(definition(
            "$$.Execution.Input.lines",
            "$$.Map.Item.Value.sku"
        )),
        Vec::<String>::new()
    );
    let misspelt = findings(definition(
        "$$.Exection.Input.lines",
        "$$.Map.Item.Value.sku",
    ));
    assert!(
        misspelt[0].contains(
            "`$$.Exection.Input.lines` reads `Exection`, but the context object here is an object with Execution"
        ),
        "{misspelt:?}"
    );
    let not_in_input = findings(definition(
        "$$.Execution.Input.lnes",
        "$$.Map.Item.Value.sku",
    ));
    assert!(not_in_input[0].contains("reads `lnes`"), "{not_in_input:?}");
    let not_in_item = findings(definition(
        "$$.Execution.Input.lines",
        "$$.Map.Item.Value.skew",
    ));
    assert!(not_in_item[0].contains("reads `skew`"), "{not_in_item:?}");
    // Unknown without a declared input: nothing is guessed.
    let untyped = findings_untyped(definition(
        "$$.Execution.Input.anything",
        "$$.Map.Item.Value.x",
    ));
    assert_eq!(untyped, Vec::<String>::new());
}

#[test]
fn a_jsonata_map_over_something_else_than_an_array_is_an_error() {
    let definition = |items: &str| {
        json!({
            "QueryLanguage": "JSONata",
            "StartAt": "Each",
            "States": { "Each": {
                "Type": "Map",
                "Items": items,
                "ItemProcessor": { "StartAt": "One", "States": { "One": { "Type": "Pass", "End": true } } },
                "End": true
            } }
        })
    };
    assert_eq!(
        findings(definition("{% $states.input.lines %}")),
        Vec::<String>::new()
    );
    let object = findings(definition("{% $states.input.extra %}"));
    assert!(object.is_empty(), "unknown type: {object:?}");
    let string = findings(definition("{% $states.input.id %}"));
    assert!(
        string[0].contains(
            "States.Each.Items: a Map iterates over an array, and `Items` gives a string"
        ),
        "{string:?}"
    );
}

/// A field that is a number on one path and null on another: a numeric comparison holds on
/// some paths only (a warning), a string comparison on none (an error).
#[test]
fn a_comparison_true_on_some_paths_only_is_a_warning() {
    let definition = |operator: &str, value: serde_json::Value| {
        json!({
            "StartAt": "Member?",
            "States": {
                "Member?": { "Type": "Choice", "Choices": [
                    { "Variable": "$.total", "NumericGreaterThan": 100, "Next": "Discount" }
                ], "Default": "None" },
                "Discount": { "Type": "Pass", "Result": 5, "ResultPath": "$.discount", "Next": "Apply?" },
                "None": { "Type": "Pass", "Result": null, "ResultPath": "$.discount", "Next": "Apply?" },
                "Apply?": { "Type": "Choice", "Choices": [
                    { "Variable": "$.discount", operator: value, "Next": "Done" }
                ], "Default": "Done" },
                "Done": { "Type": "Succeed" }
            }
        })
    };
    let types = Types {
        input: Some(order()),
        results: HashMap::new(),
    };
    let numeric = check(&machine(definition("NumericGreaterThan", json!(0))), &types);
    assert_eq!(numeric.len(), 1, "{numeric:?}");
    assert_eq!(numeric[0].severity, crate::diagnostic::Severity::Warning);
    assert!(
        numeric[0].message.contains("`$.discount` is null or a number depending on the path: the rule is false on the paths where it is not a number"),
        "{}",
        numeric[0].message
    );
    let string = check(&machine(definition("StringEquals", json!("5"))), &types);
    assert_eq!(string.len(), 1, "{string:?}");
    assert_eq!(string[0].severity, crate::diagnostic::Severity::Error);
    assert!(
        string[0].message.contains("the rule is never true"),
        "{}",
        string[0].message
    );
}

/// JSONata's comparison operators: values of two types are never `=`, and `<`/`>` of a
/// string with a number raise T2009, as DynamoDB's `N` (a string) compared with a number does.
#[test]
fn a_jsonata_comparison_of_a_typed_field_with_a_literal_of_another_kind() {
    let definition = |output: &str| {
        json!({
            "QueryLanguage": "JSONata",
            "StartAt": "Stock",
            "States": {
                "Stock": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                    "Arguments": { "TableName": "stock", "Key": { "sku": { "S": "{% $states.input.id %}" } } },
                    "Output": { "enough": output }, "End": true }
            }
        })
    };
    let n = findings(definition("{% $states.result.Item.quantity.N > 5 %}"));
    assert_eq!(n.len(), 1, "{n:?}");
    assert!(
        n[0].contains("`$states.result.Item.quantity.N` is a string and is compared with a number here: `>` fails when it runs"),
        "{n:?}"
    );
    assert_eq!(
        findings(definition(
            "{% $number($states.result.Item.quantity.N) > 5 %}"
        )),
        Vec::<String>::new()
    );
    let id = findings(definition("{% $states.input.total = \"100\" %}"));
    assert!(
        id[0].contains("`$states.input.total` is a number and is compared with a string here: `=` is always false"),
        "{id:?}"
    );
}

/// Workflow variables: what every `Assign` gives a variable (JSONPath's `$` being the
/// state's result), and the reads of its fields against that.
#[test]
fn a_variable_s_fields_are_read_against_what_was_assigned() {
    let jsonpath = |read: &str| {
        findings(json!({
            "StartAt": "Keep",
            "States": {
                "Keep": { "Type": "Pass", "Result": { "id": "a", "total": 3 }, "Assign": { "order.$": "$" }, "Next": "Use" },
                "Use": { "Type": "Pass", "Parameters": { "x.$": read }, "End": true }
            }
        }))
    };
    assert_eq!(jsonpath("$order.total"), Vec::<String>::new());
    let typo = jsonpath("$order.totl");
    assert_eq!(typo.len(), 1, "{typo:?}");
    assert!(
        typo[0].starts_with("States.Use.Parameters[\"x.$\"]: `$order.totl` reads `totl`, but the variable here is an object with id, total"),
        "{typo:?}"
    );

    let jsonata = |read: &str| {
        findings(json!({
            "QueryLanguage": "JSONata",
            "StartAt": "Keep",
            "States": {
                "Keep": { "Type": "Pass", "Assign": { "order": { "id": "{% $states.input.id %}", "total": 5 } }, "Next": "Use" },
                "Use": { "Type": "Pass", "Output": { "x": read }, "End": true }
            }
        }))
    };
    assert_eq!(jsonata("{% $order.total * 2 %}"), Vec::<String>::new());
    let typo = jsonata("{% $order.totl * 2 %}");
    assert!(typo[0].contains("`$order.totl` reads `totl`"), "{typo:?}");
    // A lambda's own parameter of the same name is not the variable.
    assert_eq!(
        jsonata("{% (function($order){ $order.anything })({'anything': 1}) %}"),
        Vec::<String>::new()
    );
}
