//! The shared corpus of real definitions published by others: every one must parse,
//! validate with no error, and re-emit with the same meaning and stable bytes.

use std::path::PathBuf;

use serde_json::Value;
use sfn_codegen::{Options, check, emit, parse};

fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the shared corpus must be at {}: {e}", dir.display()))
        .map(|entry| entry.expect("readable corpus entry").path())
        .filter(|path| {
            path.extension().is_some_and(|e| e == "json") && !path.ends_with("manifest.json")
        })
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable corpus file");
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                text,
            )
        })
        .collect()
}

#[test]
fn the_corpus_is_there() {
    assert_eq!(corpus().len(), 221);
}

#[test]
fn every_corpus_definition_validates_without_errors() {
    let mut failures = Vec::new();
    for (name, text) in corpus() {
        let report = check(&text, &Options::default());
        let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
        if report.machine.is_none() || !errors.is_empty() {
            failures.push(format!("{name}:\n  {}", errors.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} definitions rejected:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Two readings the service gives that emission makes explicit: `QueryLanguage` written
/// inside `States` moves to the top level, and a scalar `Next`/`Default` (YAML's `Next: true`)
/// becomes the string the service reads it as. Apply both to the input before comparing.
fn normalized(mut value: Value) -> Value {
    stringify_transitions(&mut value);
    if let Some(states) = value.get_mut("States").and_then(Value::as_object_mut)
        && let Some(language) = states
            .shift_remove("QueryLanguage")
            .filter(Value::is_string)
        && let Some(top) = value.as_object_mut()
    {
        top.entry("QueryLanguage").or_insert(language);
    }
    value
}

#[test]
fn every_corpus_definition_round_trips() {
    for (name, text) in corpus() {
        let machine = parse::parse(&text)
            .machine
            .unwrap_or_else(|| panic!("{name} parses"));
        let emitted = emit::to_string_pretty(&machine);
        let input: Value = serde_json::from_str(&text).unwrap();
        let output: Value = serde_json::from_str(&emitted).unwrap();
        assert_eq!(
            normalized(input),
            output,
            "{name}: emission changed the meaning"
        );
        let again = parse::parse(&emitted)
            .machine
            .unwrap_or_else(|| panic!("{name}: emitted form parses"));
        assert_eq!(
            emit::to_string_pretty(&again),
            emitted,
            "{name}: emission is not stable"
        );
        assert_eq!(again, machine, "{name}: model changed across a round trip");
    }
}

fn stringify_transitions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if matches!(key.as_str(), "Next" | "Default" | "StartAt")
                    && (child.is_boolean() || child.is_number())
                {
                    *child = Value::String(child.to_string());
                } else {
                    stringify_transitions(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(stringify_transitions),
        _ => {}
    }
}

/// The warnings the corpus draws, counted per rule (run with `--nocapture` to read them when
/// reviewing rules): real definitions deserve few complaints, and a rule that starts firing
/// on many of them is wrong. `UNRAISED_ERROR`'s 11 are real: an AWS sample retries optimized
/// `dynamodb:*` tasks on `DynamoDb.*` names (the optimized integration raises `DynamoDB.*`;
/// `DynamoDb.` is the SDK integration's) and on `DynamoDb.RequestLimitExceeded` (no
/// `Exception`), and another retries `Lambda.UnknownError` (Lambda's is `Lambda.Unknown`).
#[test]
fn corpus_warnings_are_few() {
    let mut counts: std::collections::BTreeMap<&'static str, usize> = Default::default();
    for (name, text) in corpus() {
        for diagnostic in check(&text, &Options::default()).diagnostics {
            println!("{name}: {diagnostic}");
            *counts.entry(diagnostic.code.as_str()).or_default() += 1;
        }
    }
    assert_eq!(
        counts.into_iter().collect::<Vec<_>>(),
        [
            ("INVALID_ERROR_EQUALS", 9),
            ("INVALID_JSONPATH", 7),
            ("INVALID_PARAMETER", 23),
            ("INVALID_RESOURCE", 2),
            ("INVALID_TYPE", 3),
            ("MISPLACED_QUERY_LANGUAGE", 1),
            ("NO_DOLLAR", 1),
            ("PASS_RESULT_IS_STATIC", 1),
            ("SHADOWED_ERROR_HANDLER", 6),
            ("UNRAISED_ERROR", 11),
        ]
    );
}

/// The type flow over every real definition. With an unknown input type, the only findings
/// come from documented integration responses, the service models and intrinsic results, and
/// the five definitions they flag have a real bug: one reads `$.Bucket` straight from a
/// `lambda:invoke` response, where the function's output is under `Payload`; one polls Polly's
/// `getSpeechSynthesisTask` and reads `$.TaskStatus`, which the response has under
/// `SynthesisTask`; one fails with `ErrorPath: $.error` from a CloudFormation
/// `StackSetOperation`, which has no `error` field (the Fail state itself then fails); two put
/// `States.UUID()`'s string as a DynamoDB key where an attribute value (`{"S": ...}`) belongs.
/// A closed input type (an empty object) is followed through every state without a panic.
#[test]
fn type_flow_over_the_corpus_guesses_nothing_and_never_panics() {
    use sfn_codegen::flow::{self, Shape, Types};
    let mut flagged = Vec::new();
    let mut with_empty_input = 0;
    for (name, text) in corpus() {
        let Some(machine) = check(&text, &Options::default()).machine else {
            continue;
        };
        let unknown = Types {
            input: Some(Shape::Unknown),
            ..Types::default()
        };
        let findings = flow::check(&machine, &unknown);
        if !findings.is_empty() {
            flagged.push((name, findings));
        }
        let empty = Types {
            input: Some(Shape::Object(Default::default())),
            ..Types::default()
        };
        with_empty_input += flow::check(&machine, &empty).len();
    }
    let names: Vec<&str> = flagged.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "sfn-workflows__human-task-reminder_statemachine_statemachine.json",
            "sfn-workflows__parallel-translate_statemachine_statemachine.json",
            "sfn-workflows__parallelized-embedding-pipeline_example-workflow___definition.json",
            "sfn-workflows__sfn-cfn-stacksets-workflow-cdk_statemachine_statemachine.json",
            "sfn-workflows__tts-converter_statemachine_statemachine.json"
        ]
    );
    let uuid_key = flagged[1].1[0].to_string();
    assert!(
        uuid_key.contains("`id` takes an object, and `$.uuid` is a string"),
        "{uuid_key}"
    );
    let flagged = &flagged[2..];
    let stack_sets = flagged[1].1[0].to_string();
    assert!(
        stack_sets.contains("CreateStackSetFailed.ErrorPath: `$.error` reads `error`"),
        "{stack_sets}"
    );
    let polly = flagged[2].1[0].to_string();
    assert!(
        polly.contains("`$.TaskStatus` reads `TaskStatus`") && polly.contains("SynthesisTask"),
        "{polly}"
    );
    let first = flagged[0].1[0].to_string();
    assert!(
        first.contains(
            "`$.Bucket` reads `Bucket`, but the input here is an object with Payload, StatusCode"
        ),
        "{first}"
    );
    // Reading `$.x` from an input declared empty is reported: the corpus has such reads.
    assert!(with_empty_input > 0);
}

/// Every real definition draws: one node per state at any depth (plus start and end), and
/// both formats come out whole.
#[test]
fn every_corpus_definition_draws_as_a_graph() {
    fn count_states(value: &Value) -> usize {
        match value {
            Value::Object(map) => {
                let here = map
                    .get("States")
                    .and_then(Value::as_object)
                    .map_or(0, |states| states.len());
                here + map.values().map(count_states).sum::<usize>()
            }
            Value::Array(items) => items.iter().map(count_states).sum(),
            _ => 0,
        }
    }
    for (name, text) in corpus() {
        let Some(machine) = check(&text, &Options::default()).machine else {
            continue;
        };
        let graph = sfn_codegen::graph::Graph::of(&machine);
        let json: Value = serde_json::to_value(&machine).unwrap();
        assert_eq!(graph.nodes.len(), count_states(&json) + 2, "{name}");
        assert!(graph.to_mermaid().starts_with("flowchart TD\n"), "{name}");
        assert!(graph.to_dot().ends_with("}\n"), "{name}");
    }
}
