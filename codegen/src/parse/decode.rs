//! `serde_json::Value` to the model, one decoder per object kind of the specification.

use indexmap::IndexMap;
use serde_json::{Map as Object, Value};

use super::fields::{Fields, Sink, coerced, invalid_enum, type_name};
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::*;
use crate::suggest::did_you_mean;

const STATE_TYPES: &[&str] = &[
    "Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map",
];

pub(crate) fn machine(value: &Value, sink: &mut Sink) -> Option<StateMachine> {
    let Value::Object(object) = value else {
        sink.fatal(Diagnostic::error(
            Code::SCHEMA_VALIDATION_FAILED,
            Location::root(),
            format!(
                "a state machine definition must be a JSON object, found {}",
                type_name(value)
            ),
        ));
        return None;
    };
    let mut f = Fields::new(object, Location::root(), "a state machine");
    let comment = f.string(sink, "Comment");
    let mut query_language = f.query_language(sink);
    let version = f.string(sink, "Version");
    let timeout_seconds = f.number(sink, "TimeoutSeconds");
    let start_at = f.required_string(sink, "StartAt");
    let states = states(&mut f, sink, Some(&mut query_language));
    f.finish(sink);
    Some(StateMachine {
        comment,
        query_language,
        version,
        timeout_seconds,
        start_at: start_at?,
        states: states?,
    })
}

/// The `States` of a scope. At the top level, a `"QueryLanguage": "..."` entry written
/// inside `States` is taken as the machine's query language, with a warning: that is what
/// its author meant, and such definitions are deployed in the wild.
fn states(
    f: &mut Fields<'_>,
    sink: &mut Sink,
    mut top_level_language: Option<&mut Option<QueryLanguage>>,
) -> Option<States> {
    let Some((object, location)) = f.object(sink, "States") else {
        if f.raw("States").is_none() {
            f.missing(sink, "States");
        }
        sink.fatal = true;
        return None;
    };
    let mut out = IndexMap::with_capacity(object.len());
    for (name, value) in object {
        let state_location = location.key(name);
        if let (Some(language), "QueryLanguage", Value::String(text)) =
            (top_level_language.as_deref_mut(), name.as_str(), value)
            && let Some(parsed) = parse_query_language(text)
        {
            if language.is_none() {
                *language = Some(parsed);
            }
            sink.push(
                Diagnostic::warning(
                    Code::MISPLACED_QUERY_LANGUAGE,
                    state_location,
                    "`QueryLanguage` is written as an entry of `States`; it is taken as the machine's query language",
                )
                .with_help("move `\"QueryLanguage\"` next to `StartAt` at the top level (`cargo sfn fmt` does this)"),
            );
            continue;
        }
        if let Some(state) = state(value, state_location, sink) {
            out.insert(name.clone(), state);
        }
    }
    Some(out)
}

fn parse_query_language(text: &str) -> Option<QueryLanguage> {
    match text {
        "JSONPath" => Some(QueryLanguage::JSONPath),
        "JSONata" => Some(QueryLanguage::JSONata),
        _ => None,
    }
}

/// A required array field, each element decoded by `decode`; absent or not an array is fatal.
fn required_list<T>(
    f: &mut Fields<'_>,
    sink: &mut Sink,
    name: &'static str,
    decode: impl Fn(&Value, Location, &mut Sink) -> Option<T>,
) -> Vec<T> {
    match f.array(sink, name) {
        Some((items, location)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| decode(item, location.index(i), sink))
            .collect(),
        None => {
            if f.raw(name).is_none() {
                f.missing(sink, name);
            }
            sink.fatal = true;
            Vec::new()
        }
    }
}

fn expect_object<'a>(
    value: &'a Value,
    location: &Location,
    what: &str,
    sink: &mut Sink,
) -> Option<&'a Object<String, Value>> {
    match value {
        Value::Object(object) => Some(object),
        other => {
            sink.fatal(Diagnostic::error(
                Code::SCHEMA_VALIDATION_FAILED,
                location.clone(),
                format!("{what} must be a JSON object, found {}", type_name(other)),
            ));
            None
        }
    }
}

fn state(value: &Value, location: Location, sink: &mut Sink) -> Option<State> {
    let object = expect_object(value, &location, "a state", sink)?;
    let type_name = match object.get("Type") {
        Some(Value::String(t)) => t.as_str(),
        Some(other) => {
            sink.fatal(Diagnostic::error(
                Code::INVALID_TYPE,
                location.key("Type"),
                format!("`Type` must be a string, found {}", type_name(other)),
            ));
            return None;
        }
        None => {
            sink.fatal(
                Diagnostic::error(
                    Code::MISSING_FIELD,
                    location,
                    "a state must have a `Type` field",
                )
                .with_help(format!("one of {}", STATE_TYPES.join(", "))),
            );
            return None;
        }
    };
    let what = match type_name {
        "Task" => "a Task state",
        "Pass" => "a Pass state",
        "Choice" => "a Choice state",
        "Wait" => "a Wait state",
        "Succeed" => "a Succeed state",
        "Fail" => "a Fail state",
        "Parallel" => "a Parallel state",
        "Map" => "a Map state",
        unknown => {
            let mut diagnostic = invalid_enum(location.key("Type"), "Type", unknown, STATE_TYPES);
            if diagnostic.help.is_none() {
                diagnostic.help = did_you_mean(unknown, STATE_TYPES.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"));
            }
            sink.fatal(diagnostic);
            return None;
        }
    };
    let mut f = Fields::new(object, location, what);
    f.allow("Type");
    let state = match type_name {
        "Task" => task(&mut f, sink).map(State::Task),
        "Pass" => Some(State::Pass(pass(&mut f, sink))),
        "Choice" => choice(&mut f, sink).map(State::Choice),
        "Wait" => Some(State::Wait(wait(&mut f, sink))),
        "Succeed" => Some(State::Succeed(succeed(&mut f, sink))),
        "Fail" => Some(State::Fail(fail(&mut f, sink))),
        "Parallel" => parallel(&mut f, sink).map(State::Parallel),
        _ => map(&mut f, sink).map(State::Map),
    };
    f.finish(sink);
    state
}

fn transition(f: &mut Fields<'_>, sink: &mut Sink) -> Transition {
    let transition = Transition {
        next: f.string(sink, "Next"),
        end: f.boolean(sink, "End"),
    };
    // Guessing a transition from a mistyped one would only add wrong findings about the graph.
    if f.raw("End").is_some() && transition.end.is_none() {
        sink.fatal = true;
    }
    transition
}

fn task(f: &mut Fields<'_>, sink: &mut Sink) -> Option<Task> {
    // A missing `Resource` is fatal (no model), but the other fields are still read so
    // that none of them is reported as unknown.
    Some(Task {
        comment: f.string(sink, "Comment"),
        query_language: f.query_language(sink),
        resource: f.required_string(sink, "Resource").unwrap_or_default(),
        credentials: f.payload("Credentials"),
        input_path: f.nullable_path(sink, "InputPath"),
        parameters: f.payload("Parameters"),
        arguments: f.payload("Arguments"),
        result_selector: f.payload("ResultSelector"),
        result_path: f.nullable_path(sink, "ResultPath"),
        output_path: f.nullable_path(sink, "OutputPath"),
        output: f.payload("Output"),
        assign: f.payload("Assign"),
        timeout_seconds: f.number_or_expr(sink, "TimeoutSeconds"),
        timeout_seconds_path: f.string(sink, "TimeoutSecondsPath"),
        heartbeat_seconds: f.number_or_expr(sink, "HeartbeatSeconds"),
        heartbeat_seconds_path: f.string(sink, "HeartbeatSecondsPath"),
        retry: retriers(f, sink),
        catch: catchers(f, sink),
        transition: transition(f, sink),
    })
}

fn pass(f: &mut Fields<'_>, sink: &mut Sink) -> Pass {
    Pass {
        comment: f.string(sink, "Comment"),
        query_language: f.query_language(sink),
        input_path: f.nullable_path(sink, "InputPath"),
        parameters: f.payload("Parameters"),
        result: f.payload("Result"),
        result_path: f.nullable_path(sink, "ResultPath"),
        output_path: f.nullable_path(sink, "OutputPath"),
        output: f.payload("Output"),
        assign: f.payload("Assign"),
        transition: transition(f, sink),
    }
}

fn choice(f: &mut Fields<'_>, sink: &mut Sink) -> Option<Choice> {
    let choices = required_list(f, sink, "Choices", choice_rule);
    Some(Choice {
        comment: f.string(sink, "Comment"),
        query_language: f.query_language(sink),
        input_path: f.nullable_path(sink, "InputPath"),
        output_path: f.nullable_path(sink, "OutputPath"),
        choices,
        default: f.string(sink, "Default"),
        output: f.payload("Output"),
        assign: f.payload("Assign"),
    })
}

fn choice_rule(value: &Value, location: Location, sink: &mut Sink) -> Option<ChoiceRule> {
    let object = expect_object(value, &location, "a Choice rule", sink)?;
    let mut rule = ChoiceRule::default();
    for (key, value) in object {
        let field = location.key(key);
        let string = |sink: &mut Sink| match value {
            Value::String(s) => Some(s.clone()),
            scalar @ (Value::Bool(_) | Value::Number(_)) => {
                sink.push(coerced(field.clone(), key, scalar));
                Some(scalar.to_string())
            }
            other => {
                sink.push(Diagnostic::error(
                    Code::INVALID_TYPE,
                    field.clone(),
                    format!("`{key}` must be a string, found {}", type_name(other)),
                ));
                None
            }
        };
        match key.as_str() {
            "Comment" => rule.comment = string(sink),
            "Variable" => rule.variable = string(sink),
            "Next" => rule.next = string(sink),
            "Condition" => rule.condition = Some(value.clone()),
            "Output" => rule.output = Some(value.clone()),
            "Assign" => rule.assign = Some(value.clone()),
            "And" | "Or" => match value {
                Value::Array(items) => {
                    let rules = items
                        .iter()
                        .enumerate()
                        .filter_map(|(i, item)| choice_rule(item, field.index(i), sink))
                        .collect();
                    if key == "And" {
                        rule.and = Some(rules);
                    } else {
                        rule.or = Some(rules);
                    }
                }
                other => sink.push(Diagnostic::error(
                    Code::INVALID_TYPE,
                    field,
                    format!(
                        "`{key}` must be an array of Choice rules, found {}",
                        type_name(other)
                    ),
                )),
            },
            "Not" => rule.not = choice_rule(value, field, sink).map(Box::new),
            name => match Operator::from_name(name) {
                Some(operator) => rule.comparisons.push(Comparison {
                    operator,
                    value: value.clone(),
                }),
                None => {
                    let known = [
                        "Comment",
                        "Variable",
                        "Next",
                        "Condition",
                        "Output",
                        "Assign",
                        "And",
                        "Or",
                        "Not",
                    ]
                    .into_iter()
                    .chain(Operator::ALL.iter().map(|o| o.as_str()));
                    let mut diagnostic = Diagnostic::error(
                        Code::UNKNOWN_FIELD,
                        field,
                        format!("`{name}` is not a field or comparison operator of a Choice rule"),
                    );
                    if let Some(best) = did_you_mean(name, known) {
                        diagnostic = diagnostic.with_help(format!("did you mean `{best}`?"));
                    }
                    sink.push(diagnostic);
                }
            },
        }
    }
    Some(rule)
}

fn wait(f: &mut Fields<'_>, sink: &mut Sink) -> Wait {
    Wait {
        comment: f.string(sink, "Comment"),
        query_language: f.query_language(sink),
        input_path: f.nullable_path(sink, "InputPath"),
        seconds: f.number_or_expr(sink, "Seconds"),
        seconds_path: f.string(sink, "SecondsPath"),
        timestamp: f.string(sink, "Timestamp"),
        timestamp_path: f.string(sink, "TimestampPath"),
        output_path: f.nullable_path(sink, "OutputPath"),
        output: f.payload("Output"),
        assign: f.payload("Assign"),
        transition: transition(f, sink),
    }
}

fn succeed(f: &mut Fields<'_>, sink: &mut Sink) -> Succeed {
    Succeed {
        comment: f.string(sink, "Comment"),
        query_language: f.query_language(sink),
        input_path: f.nullable_path(sink, "InputPath"),
        output_path: f.nullable_path(sink, "OutputPath"),
        output: f.payload("Output"),
    }
}

fn fail(f: &mut Fields<'_>, sink: &mut Sink) -> Fail {
    Fail {
        comment: f.string(sink, "Comment"),
        query_language: f.query_language(sink),
        error: f.string(sink, "Error"),
        error_path: f.string(sink, "ErrorPath"),
        cause: f.string(sink, "Cause"),
        cause_path: f.string(sink, "CausePath"),
    }
}

fn parallel(f: &mut Fields<'_>, sink: &mut Sink) -> Option<Parallel> {
    let branches = required_list(f, sink, "Branches", branch);
    Some(Parallel {
        comment: f.string(sink, "Comment"),
        query_language: f.query_language(sink),
        input_path: f.nullable_path(sink, "InputPath"),
        parameters: f.payload("Parameters"),
        arguments: f.payload("Arguments"),
        branches,
        result_selector: f.payload("ResultSelector"),
        result_path: f.nullable_path(sink, "ResultPath"),
        output_path: f.nullable_path(sink, "OutputPath"),
        output: f.payload("Output"),
        assign: f.payload("Assign"),
        retry: retriers(f, sink),
        catch: catchers(f, sink),
        transition: transition(f, sink),
    })
}

fn branch(value: &Value, location: Location, sink: &mut Sink) -> Option<Branch> {
    let object = expect_object(value, &location, "a Parallel branch", sink)?;
    let mut f = Fields::new(object, location, "a Parallel branch");
    let comment = f.string(sink, "Comment");
    let start_at = f.required_string(sink, "StartAt");
    let states = states(&mut f, sink, None);
    f.finish(sink);
    Some(Branch {
        comment,
        start_at: start_at?,
        states: states?,
    })
}

fn map(f: &mut Fields<'_>, sink: &mut Sink) -> Option<Map> {
    let processor = f
        .object(sink, "ItemProcessor")
        .and_then(|(object, location)| {
            item_processor(object, location, "a Map ItemProcessor", sink)
        });
    let iterator = f
        .object(sink, "Iterator")
        .and_then(|(object, location)| item_processor(object, location, "a Map Iterator", sink));
    if processor.is_none() && iterator.is_none() && !sink.fatal {
        f.missing(sink, "ItemProcessor");
    }
    Some(Map {
        comment: f.string(sink, "Comment"),
        query_language: f.query_language(sink),
        input_path: f.nullable_path(sink, "InputPath"),
        item_reader: f
            .object(sink, "ItemReader")
            .and_then(|(o, l)| item_reader(o, l, sink)),
        items_path: f.string(sink, "ItemsPath"),
        items: f.payload("Items"),
        item_selector: f.payload("ItemSelector"),
        parameters: f.payload("Parameters"),
        item_batcher: f
            .object(sink, "ItemBatcher")
            .map(|(o, l)| item_batcher(o, l, sink)),
        item_processor: processor,
        iterator,
        max_concurrency: f.number_or_expr(sink, "MaxConcurrency"),
        max_concurrency_path: f.string(sink, "MaxConcurrencyPath"),
        tolerated_failure_percentage: f.number_or_expr(sink, "ToleratedFailurePercentage"),
        tolerated_failure_percentage_path: f.string(sink, "ToleratedFailurePercentagePath"),
        tolerated_failure_count: f.number_or_expr(sink, "ToleratedFailureCount"),
        tolerated_failure_count_path: f.string(sink, "ToleratedFailureCountPath"),
        label: f.string(sink, "Label"),
        result_writer: f
            .object(sink, "ResultWriter")
            .map(|(o, l)| result_writer(o, l, sink)),
        result_selector: f.payload("ResultSelector"),
        result_path: f.nullable_path(sink, "ResultPath"),
        output_path: f.nullable_path(sink, "OutputPath"),
        output: f.payload("Output"),
        assign: f.payload("Assign"),
        retry: retriers(f, sink),
        catch: catchers(f, sink),
        transition: transition(f, sink),
    })
}

fn item_processor(
    object: &Object<String, Value>,
    location: Location,
    what: &'static str,
    sink: &mut Sink,
) -> Option<ItemProcessor> {
    let mut f = Fields::new(object, location, what);
    let comment = f.string(sink, "Comment");
    let processor_config = f
        .object(sink, "ProcessorConfig")
        .map(|(o, l)| processor_config(o, l, sink));
    let start_at = f.required_string(sink, "StartAt");
    let states = states(&mut f, sink, None);
    f.finish(sink);
    Some(ItemProcessor {
        comment,
        processor_config,
        start_at: start_at?,
        states: states?,
    })
}

fn processor_config(
    object: &Object<String, Value>,
    location: Location,
    sink: &mut Sink,
) -> ProcessorConfig {
    let mut f = Fields::new(object, location, "a ProcessorConfig");
    let mode = f.string(sink, "Mode").and_then(|mode| match mode.as_str() {
        "INLINE" => Some(ProcessorMode::Inline),
        "DISTRIBUTED" => Some(ProcessorMode::Distributed),
        other => {
            sink.push(invalid_enum(
                f.location.key("Mode"),
                "Mode",
                other,
                &["INLINE", "DISTRIBUTED"],
            ));
            None
        }
    });
    let execution_type = f
        .string(sink, "ExecutionType")
        .and_then(|t| match t.as_str() {
            "STANDARD" => Some(ExecutionType::Standard),
            "EXPRESS" => Some(ExecutionType::Express),
            other => {
                sink.push(invalid_enum(
                    f.location.key("ExecutionType"),
                    "ExecutionType",
                    other,
                    &["STANDARD", "EXPRESS"],
                ));
                None
            }
        });
    f.finish(sink);
    ProcessorConfig {
        mode,
        execution_type,
    }
}

fn item_reader(
    object: &Object<String, Value>,
    location: Location,
    sink: &mut Sink,
) -> Option<ItemReader> {
    let mut f = Fields::new(object, location, "an ItemReader");
    let reader = ItemReader {
        resource: f.required_string(sink, "Resource").unwrap_or_default(),
        reader_config: f.payload("ReaderConfig"),
        parameters: f.payload("Parameters"),
        arguments: f.payload("Arguments"),
    };
    f.finish(sink);
    Some(reader)
}

fn item_batcher(
    object: &Object<String, Value>,
    location: Location,
    sink: &mut Sink,
) -> ItemBatcher {
    let mut f = Fields::new(object, location, "an ItemBatcher");
    let batcher = ItemBatcher {
        max_items_per_batch: f.number_or_expr(sink, "MaxItemsPerBatch"),
        max_items_per_batch_path: f.string(sink, "MaxItemsPerBatchPath"),
        max_input_bytes_per_batch: f.number_or_expr(sink, "MaxInputBytesPerBatch"),
        max_input_bytes_per_batch_path: f.string(sink, "MaxInputBytesPerBatchPath"),
        batch_input: f.payload("BatchInput"),
    };
    f.finish(sink);
    batcher
}

fn result_writer(
    object: &Object<String, Value>,
    location: Location,
    sink: &mut Sink,
) -> ResultWriter {
    let mut f = Fields::new(object, location, "a ResultWriter");
    let writer = ResultWriter {
        resource: f.string(sink, "Resource"),
        writer_config: f.payload("WriterConfig"),
        parameters: f.payload("Parameters"),
        arguments: f.payload("Arguments"),
    };
    f.finish(sink);
    writer
}

fn retriers(f: &mut Fields<'_>, sink: &mut Sink) -> Vec<Retrier> {
    let Some((items, location)) = f.array(sink, "Retry") else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let location = location.index(i);
            let object = expect_object(item, &location, "a retrier", sink)?;
            let mut f = Fields::new(object, location, "a retrier");
            let retrier = Retrier {
                comment: f.string(sink, "Comment"),
                error_equals: error_equals(&mut f, sink)?,
                interval_seconds: f.number(sink, "IntervalSeconds"),
                max_attempts: f.number(sink, "MaxAttempts"),
                backoff_rate: f.number(sink, "BackoffRate"),
                max_delay_seconds: f.number(sink, "MaxDelaySeconds"),
                jitter_strategy: f
                    .string(sink, "JitterStrategy")
                    .and_then(|j| match j.as_str() {
                        "FULL" => Some(JitterStrategy::Full),
                        "NONE" => Some(JitterStrategy::None),
                        other => {
                            sink.push(invalid_enum(
                                f.location.key("JitterStrategy"),
                                "JitterStrategy",
                                other,
                                &["FULL", "NONE"],
                            ));
                            None
                        }
                    }),
            };
            f.finish(sink);
            Some(retrier)
        })
        .collect()
}

fn catchers(f: &mut Fields<'_>, sink: &mut Sink) -> Vec<Catcher> {
    let Some((items, location)) = f.array(sink, "Catch") else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let location = location.index(i);
            let object = expect_object(item, &location, "a catcher", sink)?;
            let mut f = Fields::new(object, location, "a catcher");
            let catcher = Catcher {
                comment: f.string(sink, "Comment"),
                error_equals: error_equals(&mut f, sink).unwrap_or_default(),
                result_path: f.nullable_path(sink, "ResultPath"),
                output: f.payload("Output"),
                assign: f.payload("Assign"),
                next: f.required_string(sink, "Next").unwrap_or_default(),
            };
            f.finish(sink);
            Some(catcher)
        })
        .collect()
}

fn error_equals(f: &mut Fields<'_>, sink: &mut Sink) -> Option<Vec<String>> {
    let names = f.string_list(sink, "ErrorEquals");
    if names.is_none() && f.raw("ErrorEquals").is_none() {
        f.missing(sink, "ErrorEquals");
    }
    names
}
