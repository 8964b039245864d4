//! Parallel branches and Map iterations: where their inputs come from (item readers,
//! selectors, batches) and how their results and failures come together.

use serde_json::{Map, Value, json};
use sfn_codegen::model::{ProcessorMode, QueryLanguage};

use super::{Engine, MapItem, Stop, number_of, path_error};
use crate::failure::{Failure, names};
use crate::jsonata::{self, Scope};
use crate::mocks::TaskCall;
use crate::paths::{self, Roots};
use crate::readers;

impl<'m> Engine<'m> {
    /// Every branch starts at the same virtual time; the state ends when the slowest does.
    pub(super) fn parallel(
        &mut self,
        parallel: &'m sfn_codegen::model::Parallel,
        input: Value,
        variables: &Map<String, Value>,
    ) -> Result<Value, Stop> {
        self.history
            .push(self.clock, "ParallelStateStarted", || None);
        let start = self.clock;
        let mut end = start;
        let mut results = Vec::with_capacity(parallel.branches.len());
        for branch in &parallel.branches {
            self.clock = start;
            let mut scoped = variables.clone();
            match self.scope(&branch.states, &branch.start_at, input.clone(), &mut scoped) {
                Ok(output) => results.push(output),
                Err(Stop::Failed(failure)) => {
                    self.history
                        .push(self.clock, "ParallelStateFailed", || None);
                    return Err(Stop::Failed(failure));
                }
                Err(other) => return Err(other),
            }
            end = end.max(self.clock);
        }
        self.clock = end;
        self.history
            .push(self.clock, "ParallelStateSucceeded", || None);
        Ok(Value::Array(results))
    }

    pub(super) fn map(
        &mut self,
        name: &str,
        map: &'m sfn_codegen::model::Map,
        input: &Value,
        context: &Value,
        variables: &Map<String, Value>,
        language: QueryLanguage,
    ) -> Result<Value, Stop> {
        let Some(processor) = map.processor() else {
            return Err(
                Failure::new(names::RUNTIME, format!("`{name}` has no ItemProcessor")).into(),
            );
        };
        let roots = Roots {
            input,
            context,
            variables,
        };
        // Values read at run time are checked when the state runs (recorded on AWS); before
        // the items are read.
        let tolerated_count = match &map.tolerated_failure_count_path {
            Some(path) => {
                let count = whole_number(path, "ToleratedFailureCountPath", roots)?;
                if count < 0 {
                    return Err(Failure::new(
                        names::RUNTIME,
                        "ToleratedFailureCount cannot be negative.",
                    )
                    .into());
                }
                count as f64
            }
            None => map
                .tolerated_failure_count
                .as_ref()
                .and_then(number_of)
                .unwrap_or(0.0),
        };
        let tolerated_percentage = match &map.tolerated_failure_percentage_path {
            Some(path) => {
                let value = paths::read(path, roots)
                    .map_err(|e| path_error(path, "ToleratedFailurePercentagePath", &e, input))?;
                match value.as_f64() {
                    Some(p) if (0.0..=100.0).contains(&p) => p,
                    _ => {
                        return Err(Failure::new(
                            names::RUNTIME,
                            "ToleratedFailurePercentage must be between 0 and 100.",
                        )
                        .into());
                    }
                }
            }
            None => map
                .tolerated_failure_percentage
                .as_ref()
                .and_then(number_of)
                .unwrap_or(0.0),
        };
        if let Some(path) = &map.max_concurrency_path
            && whole_number(path, "MaxConcurrencyPath", roots)? < 0
        {
            return Err(Failure::new(names::RUNTIME, "MaxConcurrency cannot be negative.").into());
        }
        let items = self.map_items(name, map, input, context, variables, language)?;
        let distributed = map.mode() == ProcessorMode::Distributed;
        self.history.push(
            self.clock,
            if distributed {
                "MapRunStarted"
            } else {
                "MapStateStarted"
            },
            || {
                Some((
                    "mapStateStartedEventDetails",
                    json!({"length": items.len()}),
                ))
            },
        );
        let start = self.clock;
        let mut end = start;
        // With a ResultWriter the results go to S3, not into the state's output.
        let keep_results = map
            .result_writer
            .as_ref()
            .is_none_or(|w| w.resource.is_none());
        let mut results = Vec::with_capacity(if keep_results { items.len() } else { 0 });
        let mut failures = 0usize;
        let total = items.len();
        let parent_is_child = self.in_child_execution;
        let parent_history = self.history.recording;
        self.in_child_execution = parent_is_child || distributed;
        self.history.recording = parent_history && !distributed;
        let outcome: Result<(), Stop> = 'items: {
            for (index, value) in items.into_iter().enumerate() {
                self.clock = start;
                let item_input = match self.item_input(
                    map,
                    input,
                    MapItem { index, value },
                    context,
                    variables,
                    language,
                ) {
                    Ok(item_input) => item_input,
                    Err(stop) => break 'items Err(stop),
                };
                // A distributed Map's children are separate executions: no parent variables.
                let mut scoped = if distributed {
                    Map::new()
                } else {
                    variables.clone()
                };
                if !distributed {
                    self.history.push(self.clock, "MapIterationStarted", || {
                        Some((
                            "mapIterationStartedEventDetails",
                            json!({"name": name, "index": index}),
                        ))
                    });
                }
                match self.scope(
                    &processor.states,
                    &processor.start_at,
                    item_input,
                    &mut scoped,
                ) {
                    Ok(output) => {
                        if !distributed {
                            self.history.push(self.clock, "MapIterationSucceeded", || {
                                Some((
                                    "mapIterationSucceededEventDetails",
                                    json!({"name": name, "index": index}),
                                ))
                            });
                        }
                        if keep_results {
                            results.push(output);
                        }
                    }
                    Err(Stop::Failed(failure)) if distributed => {
                        failures += 1;
                        if keep_results {
                            results.push(json!({"Error": failure.error, "Cause": failure.cause}));
                        }
                        let percentage = failures as f64 * 100.0 / total.max(1) as f64;
                        if failures as f64 > tolerated_count && percentage > tolerated_percentage {
                            break 'items Err(Failure::new(names::EXCEED_TOLERATED_FAILURE_THRESHOLD, format!("{failures} of {total} items failed, more than the Map `{name}` tolerates")).into());
                        }
                    }
                    Err(Stop::Failed(failure)) => {
                        self.history.push(self.clock, "MapIterationFailed", || {
                            Some((
                                "mapIterationFailedEventDetails",
                                json!({"name": name, "index": index}),
                            ))
                        });
                        self.history.push(self.clock, "MapStateFailed", || None);
                        break 'items Err(Stop::Failed(failure));
                    }
                    Err(other) => break 'items Err(other),
                }
                end = end.max(self.clock);
            }
            Ok(())
        };
        self.in_child_execution = parent_is_child;
        self.history.recording = parent_history;
        if let Err(stop) = outcome {
            if distributed && matches!(stop, Stop::Failed(_)) {
                self.history.push(self.clock, "MapRunFailed", || None);
            }
            return Err(stop);
        }
        self.clock = end;
        self.history.push(
            self.clock,
            if distributed {
                "MapRunSucceeded"
            } else {
                "MapStateSucceeded"
            },
            || None,
        );
        if let Some(writer) = &map.result_writer
            && writer.resource.is_some()
        {
            // The results went to S3: the state's result says where, as AWS's does.
            let prefix = writer
                .parameters
                .as_ref()
                .and_then(|p| p.get("Prefix"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            let bucket = writer
                .parameters
                .as_ref()
                .and_then(|p| p.get("Bucket"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            let run = format!(
                "{}/{}",
                self.machine_arn().replace(":stateMachine:", ":mapRun:"),
                name
            );
            return Ok(
                json!({"MapRunArn": run, "ResultWriterDetails": {"Bucket": bucket, "Key": format!("{prefix}/manifest.json")}}),
            );
        }
        Ok(Value::Array(results))
    }

    /// The items a Map iterates: from its ItemReader (answered by a mock of the reader's
    /// resource), `Items` (JSONata) or `ItemsPath` (JSONPath, default `$`), batched by
    /// `ItemBatcher`.
    pub(super) fn map_items(
        &mut self,
        name: &str,
        map: &'m sfn_codegen::model::Map,
        input: &Value,
        context: &Value,
        variables: &Map<String, Value>,
        language: QueryLanguage,
    ) -> Result<Vec<Value>, Stop> {
        let items = if let Some(reader) = &map.item_reader {
            self.read_items(name, reader, input, variables)?
        } else {
            let selected = match (language, &map.items) {
                (QueryLanguage::JSONata, Some(items)) => {
                    let states = json!({"input": input, "context": context});
                    jsonata::template(
                        items,
                        "Items",
                        Scope {
                            states: &states,
                            variables,
                            now: self.clock,
                        },
                        &mut self.rng,
                    )?
                }
                (QueryLanguage::JSONata, None) => input.clone(),
                (QueryLanguage::JSONPath, _) => {
                    let path = map.items_path.as_deref().unwrap_or("$");
                    paths::read(
                        path,
                        Roots {
                            input,
                            context,
                            variables,
                        },
                    )
                    .map_err(|e| path_error(path, "ItemsPath", &e, input))?
                }
            };
            match selected {
                Value::Array(items) => items,
                // Since 2025 a Map iterates an object's entries.
                Value::Object(map) => map
                    .into_iter()
                    .map(|(key, value)| json!({"key": key, "value": value}))
                    .collect(),
                // JSONata's `Items` (recorded on AWS): a query error naming the type found.
                other if language == QueryLanguage::JSONata => {
                    let expression = map
                        .items
                        .as_ref()
                        .and_then(Value::as_str)
                        .and_then(sfn_codegen::jsonata::template)
                        .map_or("$states.input", |(e, _)| e.trim());
                    return Err(Failure::new(
                        names::QUERY_EVALUATION_ERROR,
                        format!(
                            "The JSONata expression '{expression}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '{}' for value: {other}",
                            json_type(&other)
                        ),
                    )
                    .into());
                }
                other => {
                    return Err(Failure::new(
                        names::RUNTIME,
                        format!("the items of `{name}` must be an array, found {other}"),
                    )
                    .into());
                }
            }
        };
        let Some(batcher) = &map.item_batcher else {
            return Ok(items);
        };
        let per_batch = batcher
            .max_items_per_batch
            .as_ref()
            .and_then(number_of)
            .map(|n| n as usize)
            .unwrap_or(usize::MAX)
            .max(1);
        // `BatchInput` is a template over the Map's input, filled in once for every batch.
        let batch_input = match &batcher.batch_input {
            Some(template) => Some(self.fill(
                Some(template),
                "BatchInput",
                language,
                input,
                context,
                variables,
            )?),
            None => None,
        };
        Ok(items
            .chunks(per_batch)
            .map(|chunk| {
                let mut batch = json!({"Items": chunk});
                if let Some(extra) = &batch_input {
                    batch["BatchInput"] = extra.clone();
                }
                batch
            })
            .collect())
    }

    pub(super) fn read_items(
        &mut self,
        name: &str,
        reader: &'m sfn_codegen::model::ItemReader,
        input: &Value,
        variables: &Map<String, Value>,
    ) -> Result<Vec<Value>, Stop> {
        // `Parameters` (JSONPath) or `Arguments` (JSONata): whichever the definition has.
        let (template, language) = match (&reader.parameters, &reader.arguments) {
            (Some(parameters), _) => (Some(parameters), QueryLanguage::JSONPath),
            (None, arguments) => (arguments.as_ref(), QueryLanguage::JSONata),
        };
        let parameters = match template {
            Some(template) => self.fill(
                Some(template),
                "Arguments",
                language,
                input,
                &Value::Null,
                variables,
            )?,
            None => Value::Null,
        };
        let data = self.read_object(name, &reader.resource, &parameters, 0)?;
        let input_type = reader
            .reader_config
            .as_ref()
            .and_then(|c| c.get("InputType"))
            .and_then(Value::as_str)
            .unwrap_or("JSON");
        let unreadable = |why: String| Failure::new(names::ITEM_READER_FAILED, why);
        let items = if input_type == "MANIFEST" {
            // The manifest, then each CSV data file it lists, from the inventory's bucket.
            let manifest = readers::inventory_manifest(&data).map_err(unreadable)?;
            let mut items = Vec::new();
            for (index, key) in manifest.keys.iter().enumerate() {
                let file = json!({"Bucket": manifest.bucket, "Key": key});
                let text = self.read_object(name, &reader.resource, &file, index + 1)?;
                items
                    .extend(readers::inventory_rows(&text, &manifest.columns).map_err(unreadable)?);
            }
            items
        } else if reader.resource.ends_with(":s3:listObjectsV2") {
            readers::listed_objects(&data).map_err(unreadable)?
        } else {
            readers::read_items(&data, input_type, reader.reader_config.as_ref())
                .map_err(unreadable)?
        };
        let max = reader
            .reader_config
            .as_ref()
            .and_then(|c| c.get("MaxItems"))
            .and_then(Value::as_u64);
        Ok(match max {
            Some(max) if max > 0 => items.into_iter().take(max as usize).collect(),
            _ => items,
        })
    }

    /// What the mock of an item reader's resource answers for one object (`invocation`
    /// counts the objects one reader reads: the manifest, then its data files).
    fn read_object(
        &mut self,
        name: &str,
        resource: &str,
        parameters: &Value,
        invocation: usize,
    ) -> Result<Value, Stop> {
        let call = TaskCall {
            state: name,
            resource,
            parameters,
            attempt: 0,
            invocation,
            task_token: None,
        };
        Ok(self.reply(&call)?.outcome.map_err(|f| Failure {
            error: Some(names::ITEM_READER_FAILED.to_owned()),
            cause: f.cause,
        })?)
    }

    pub(super) fn item_input(
        &mut self,
        map: &'m sfn_codegen::model::Map,
        input: &Value,
        item: MapItem,
        context: &Value,
        variables: &Map<String, Value>,
        language: QueryLanguage,
    ) -> Result<Value, Stop> {
        // `$$.Map.Item` exists for the ItemSelector only; without one the item is the input.
        let selector = map.item_selector.as_ref().or(map.parameters.as_ref());
        let Some(selector) = selector else {
            return Ok(item.value);
        };
        let mut context = context.clone();
        context["Map"] = json!({"Item": {"Index": item.index, "Value": item.value}});
        self.fill(
            Some(selector),
            "ItemSelector",
            language,
            input,
            &context,
            variables,
        )
    }
}

/// A JSON value's type as JSONata's messages name it.
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The whole number a Map's `...Path` field selects.
fn whole_number(path: &str, field: &str, roots: Roots<'_>) -> Result<i64, Stop> {
    let value = paths::read(path, roots).map_err(|e| path_error(path, field, &e, roots.input))?;
    value.as_i64().ok_or_else(|| {
        let shown = value
            .as_str()
            .map_or_else(|| value.to_string(), str::to_owned);
        Failure::new(
            names::RUNTIME,
            format!("The {field} field value '{shown}' is not a valid integer"),
        )
        .into()
    })
}
