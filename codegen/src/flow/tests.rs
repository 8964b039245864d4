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
    let types = Types {
        input: Some(order()),
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
