//! Map states: inline versus distributed fields, the processor configuration, the item
//! source, batching, failure tolerance and the result writer.

use serde_json::Value;

use super::errors;
use super::exprs::{Exprs, PathKind, StatesFields};
use super::state::{
    MAX_INTEGER, assign, exclusive, integer_in_range, io, nullable_path, number_or_expr, output,
    payload, percentage_or_expr, reference_path, wrong_language,
};
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{Map, ProcessorMode, QueryLanguage};

/// Longest Map `Label`, in characters.
const MAX_LABEL_CHARS: usize = 40;

pub(super) fn check(map: &Map, location: &Location, x: &mut Exprs<'_>) {
    check_data_flow(map, location, x);
    check_concurrency(map, location, x);
    check_processor(map, location, map.mode(), x);
    check_distributed_only(map, location, x);
    check_tolerated_failures(map, location, x);
    if let Some(label) = &map.label {
        check_label(label, &location.key("Label"), x);
    }
    check_reader(map, location, x);
    check_batcher(map, location, x);
    check_writer(map, location, x);
    errors::check_retry(x, location, &map.retry, None);
    errors::check_catch(x, location, &map.catch, None);
}

/// The fields that move data: paths, the item selector or legacy `Parameters`, the items
/// (`ItemsPath` in JSONPath, `Items` in JSONata), the result fields.
fn check_data_flow(map: &Map, location: &Location, x: &mut Exprs<'_>) {
    io(x, location, &map.input_path, &map.output_path);
    exclusive(
        x,
        location,
        ("ItemProcessor", map.item_processor.is_some()),
        ("Iterator", map.iterator.is_some()),
    );
    exclusive(
        x,
        location,
        ("ItemSelector", map.item_selector.is_some()),
        ("Parameters", map.parameters.is_some()),
    );
    payload(
        x,
        location,
        "Parameters",
        &map.parameters,
        QueryLanguage::JSONPath,
        StatesFields::INPUT,
    );
    if let Some(selector) = &map.item_selector {
        x.evaluated(selector, &location.key("ItemSelector"), StatesFields::INPUT);
    }
    if let Some(items_path) = &map.items_path {
        if x.language == QueryLanguage::JSONata {
            wrong_language(x, location, "ItemsPath");
        } else {
            x.path(items_path, &location.key("ItemsPath"), PathKind::Reference);
        }
    }
    if let Some(items) = &map.items {
        if x.language == QueryLanguage::JSONPath {
            wrong_language(x, location, "Items");
        } else {
            match items {
                Value::Array(_) | Value::Object(_) => {}
                Value::String(text) if crate::jsonata::looks_like_template(text) => {}
                other => x.out.push(Diagnostic::error(
                    Code::INVALID_TYPE,
                    location.key("Items"),
                    format!("`Items` must be an array or a `{{% %}}` expression, found {other}"),
                )),
            }
            x.jsonata_value(items, &location.key("Items"), StatesFields::INPUT);
        }
    }
    payload(
        x,
        location,
        "ResultSelector",
        &map.result_selector,
        QueryLanguage::JSONPath,
        StatesFields::INPUT,
    );
    nullable_path(
        x,
        location,
        "ResultPath",
        &map.result_path,
        PathKind::Target,
    );
    output(x, location, &map.output, StatesFields::RESULT);
    assign(x, location, &map.assign, StatesFields::RESULT);
}

/// `MaxConcurrency` or its path, not both.
fn check_concurrency(map: &Map, location: &Location, x: &mut Exprs<'_>) {
    exclusive(
        x,
        location,
        ("MaxConcurrency", map.max_concurrency.is_some()),
        ("MaxConcurrencyPath", map.max_concurrency_path.is_some()),
    );
    number_or_expr(
        x,
        location,
        "MaxConcurrency",
        &map.max_concurrency,
        0,
        MAX_INTEGER,
    );
    reference_path(x, location, "MaxConcurrencyPath", &map.max_concurrency_path);
}

/// The fields only a distributed Map takes, refused on an inline one. An inline JSONata Map
/// takes `ToleratedFailureCount` and `ToleratedFailurePercentage` (AWS accepted and ran it,
/// as recorded).
fn check_distributed_only(map: &Map, location: &Location, x: &mut Exprs<'_>) {
    let jsonata = x.language == QueryLanguage::JSONata;
    if map.mode() == ProcessorMode::Inline {
        for (field, present) in [
            ("ItemReader", map.item_reader.is_some()),
            ("ItemBatcher", map.item_batcher.is_some()),
            ("ResultWriter", map.result_writer.is_some()),
            (
                "ToleratedFailurePercentage",
                map.tolerated_failure_percentage.is_some() && !jsonata,
            ),
            (
                "ToleratedFailurePercentagePath",
                map.tolerated_failure_percentage_path.is_some(),
            ),
            (
                "ToleratedFailureCount",
                map.tolerated_failure_count.is_some() && !jsonata,
            ),
            (
                "ToleratedFailureCountPath",
                map.tolerated_failure_count_path.is_some(),
            ),
            ("Label", map.label.is_some()),
        ] {
            if present {
                x.out.push(
                    Diagnostic::error(
                        Code::DISTRIBUTED_MAP_ONLY,
                        location.key(field),
                        format!("`{field}` is only allowed on a distributed Map"),
                    )
                    .with_help("set `\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"}` in `ItemProcessor`, or remove the field"),
                );
            }
        }
    }
}

/// The tolerated failures: a count or a percentage, each as a value or a path.
fn check_tolerated_failures(map: &Map, location: &Location, x: &mut Exprs<'_>) {
    exclusive(
        x,
        location,
        (
            "ToleratedFailurePercentage",
            map.tolerated_failure_percentage.is_some(),
        ),
        (
            "ToleratedFailurePercentagePath",
            map.tolerated_failure_percentage_path.is_some(),
        ),
    );
    exclusive(
        x,
        location,
        (
            "ToleratedFailureCount",
            map.tolerated_failure_count.is_some(),
        ),
        (
            "ToleratedFailureCountPath",
            map.tolerated_failure_count_path.is_some(),
        ),
    );
    percentage_or_expr(
        x,
        location,
        "ToleratedFailurePercentage",
        &map.tolerated_failure_percentage,
    );
    number_or_expr(
        x,
        location,
        "ToleratedFailureCount",
        &map.tolerated_failure_count,
        0,
        MAX_INTEGER,
    );
    reference_path(
        x,
        location,
        "ToleratedFailurePercentagePath",
        &map.tolerated_failure_percentage_path,
    );
    reference_path(
        x,
        location,
        "ToleratedFailureCountPath",
        &map.tolerated_failure_count_path,
    );
}

fn check_processor(map: &Map, location: &Location, mode: ProcessorMode, x: &mut Exprs<'_>) {
    let Some((field, processor)) = map
        .item_processor
        .as_ref()
        .map(|p| ("ItemProcessor", p))
        .or(map.iterator.as_ref().map(|p| ("Iterator", p)))
    else {
        return;
    };
    let config = processor.processor_config.as_ref();
    let execution_type = config.and_then(|c| c.execution_type);
    let at = location.key(field).key("ProcessorConfig");
    match mode {
        ProcessorMode::Distributed if execution_type.is_none() => x.out.push(
            Diagnostic::error(
                Code::MISSING_FIELD,
                at,
                "a distributed Map's `ProcessorConfig` needs `ExecutionType`",
            )
            .with_help("add `\"ExecutionType\": \"STANDARD\"` or `\"EXPRESS\"`"),
        ),
        ProcessorMode::Inline if execution_type.is_some() => x.out.push(Diagnostic::error(
            Code::DISTRIBUTED_MAP_ONLY,
            at.key("ExecutionType"),
            "`ExecutionType` is only allowed when `Mode` is `DISTRIBUTED`",
        )),
        _ => {}
    }
}

fn check_label(label: &str, location: &Location, x: &mut Exprs<'_>) {
    let chars = label.chars().count();
    if chars == 0 {
        x.out.push(
            Diagnostic::error(Code::INVALID_VALUE, location.clone(), "`Label` is empty")
                .with_help("name the Map run (up to 40 characters), or remove `Label`"),
        );
        return;
    }
    let bad = label
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "<>{}[]?*\"#%\\^|~`$&,;:/".contains(*c));
    if chars > MAX_LABEL_CHARS {
        x.out.push(Diagnostic::error(
            Code::INVALID_VALUE,
            location.clone(),
            format!("`Label` is {chars} characters long; the limit is {MAX_LABEL_CHARS}"),
        ));
    } else if let Some(c) = bad {
        x.out.push(Diagnostic::error(
            Code::INVALID_VALUE,
            location.clone(),
            format!("`Label` cannot contain `{}`", c.escape_debug()),
        ));
    }
}

/// A config object (ReaderConfig, WriterConfig) whose fields the service keeps adding to:
/// enumerations are checked, unknown fields only warned about.
fn check_config(x: &mut Exprs<'_>, value: &Value, location: &Location, fields: &[(&str, &[&str])]) {
    let Value::Object(object) = value else {
        x.out.push(Diagnostic::error(
            Code::INVALID_TYPE,
            location.clone(),
            "this configuration must be an object",
        ));
        return;
    };
    for (key, value) in object {
        let at = location.key(key);
        match fields.iter().find(|(name, _)| name == key) {
            None => x.out.push(Diagnostic::warning(
                Code::UNKNOWN_FIELD,
                at,
                format!("`{key}` is not a field this tool knows here"),
            )),
            Some((_, allowed)) if !allowed.is_empty() => match value.as_str() {
                Some(text) if allowed.contains(&text) => {}
                _ => x.out.push(Diagnostic::error(
                    Code::INVALID_VALUE,
                    at,
                    format!(
                        "`{key}` must be one of {}, found {value}",
                        allowed.join(", ")
                    ),
                )),
            },
            Some(_) => {}
        }
    }
}

fn check_reader(map: &Map, location: &Location, x: &mut Exprs<'_>) {
    let Some(reader) = &map.item_reader else {
        return;
    };
    let at = location.key("ItemReader");
    check_integration_resource(x, &at, &reader.resource);
    payload(
        x,
        &at,
        "Parameters",
        &reader.parameters,
        QueryLanguage::JSONPath,
        StatesFields::INPUT,
    );
    payload(
        x,
        &at,
        "Arguments",
        &reader.arguments,
        QueryLanguage::JSONata,
        StatesFields::INPUT,
    );
    if let Some(config) = &reader.reader_config {
        let config_at = at.key("ReaderConfig");
        check_config(
            x,
            config,
            &config_at,
            &[
                (
                    "InputType",
                    &["CSV", "JSON", "JSONL", "MANIFEST", "PARQUET"],
                ),
                ("CSVHeaderLocation", &["FIRST_ROW", "GIVEN"]),
                ("CSVHeaders", &[]),
                (
                    "CSVDelimiter",
                    &["COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"],
                ),
                ("MaxItems", &[]),
                ("MaxItemsPath", &[]),
                ("ManifestType", &["S3_INVENTORY", "ATHENA_DATA"]),
                ("ItemsPointer", &[]),
            ],
        );
        if config.get("CSVHeaderLocation").and_then(Value::as_str) == Some("GIVEN")
            && config.get("CSVHeaders").is_none()
        {
            x.out.push(Diagnostic::error(
                Code::MISSING_FIELD,
                config_at.clone(),
                "`CSVHeaderLocation` is `GIVEN`, so `CSVHeaders` must list the column names",
            ));
        }
        exclusive(
            x,
            &config_at,
            ("MaxItems", config.get("MaxItems").is_some()),
            ("MaxItemsPath", config.get("MaxItemsPath").is_some()),
        );
        if let Some(pointer) = config.get("ItemsPointer") {
            check_items_pointer(x, &config_at, pointer, config.get("InputType"));
        }
        if let Some(Value::Number(n)) = config.get("MaxItems") {
            integer_in_range(
                x.out,
                &config_at.key("MaxItems"),
                "MaxItems",
                n,
                0,
                100_000_000,
            );
        }
        if let Some(Value::String(path)) = config.get("MaxItemsPath") {
            if x.language == QueryLanguage::JSONata {
                wrong_language(x, &config_at, "MaxItemsPath");
            } else {
                x.path(path, &config_at.key("MaxItemsPath"), PathKind::Reference);
            }
        }
    }
}

/// `ItemsPointer`: where the items array is inside a JSON file, as an RFC 6901 JSON Pointer
/// (`/data/items`; `~0` and `~1` are the only escapes).
fn check_items_pointer(
    x: &mut Exprs<'_>,
    config_at: &Location,
    pointer: &Value,
    input_type: Option<&Value>,
) {
    let at = config_at.key("ItemsPointer");
    let Some(text) = pointer.as_str() else {
        x.out.push(Diagnostic::error(
            Code::INVALID_TYPE,
            at,
            format!(
                "`ItemsPointer` must be a JSON Pointer string such as `/items`, found {pointer}"
            ),
        ));
        return;
    };
    let bad_escape = text
        .match_indices('~')
        .any(|(i, _)| !matches!(text.as_bytes().get(i + 1), Some(b'0' | b'1')));
    if !(text.is_empty() || text.starts_with('/')) || bad_escape {
        x.out.push(
            Diagnostic::error(
                Code::INVALID_VALUE,
                at,
                format!("`{text}` is not a JSON Pointer"),
            )
            .with_help("start at the root with `/` and separate keys with `/` (`/data/items`); write `~` as `~0` and `/` inside a key as `~1`"),
        );
    } else if input_type
        .and_then(Value::as_str)
        .is_some_and(|t| t != "JSON")
    {
        x.out.push(Diagnostic::warning(
            Code::INVALID_VALUE,
            at,
            "`ItemsPointer` selects the items array inside a JSON document; `InputType` is not `JSON`",
        ));
    }
}

fn check_batcher(map: &Map, location: &Location, x: &mut Exprs<'_>) {
    let Some(batcher) = &map.item_batcher else {
        return;
    };
    let at = location.key("ItemBatcher");
    number_or_expr(
        x,
        &at,
        "MaxItemsPerBatch",
        &batcher.max_items_per_batch,
        1,
        MAX_INTEGER,
    );
    number_or_expr(
        x,
        &at,
        "MaxInputBytesPerBatch",
        &batcher.max_input_bytes_per_batch,
        1,
        262_144,
    );
    reference_path(
        x,
        &at,
        "MaxItemsPerBatchPath",
        &batcher.max_items_per_batch_path,
    );
    reference_path(
        x,
        &at,
        "MaxInputBytesPerBatchPath",
        &batcher.max_input_bytes_per_batch_path,
    );
    exclusive(
        x,
        &at,
        ("MaxItemsPerBatch", batcher.max_items_per_batch.is_some()),
        (
            "MaxItemsPerBatchPath",
            batcher.max_items_per_batch_path.is_some(),
        ),
    );
    exclusive(
        x,
        &at,
        (
            "MaxInputBytesPerBatch",
            batcher.max_input_bytes_per_batch.is_some(),
        ),
        (
            "MaxInputBytesPerBatchPath",
            batcher.max_input_bytes_per_batch_path.is_some(),
        ),
    );
    if let Some(input) = &batcher.batch_input {
        x.evaluated(input, &at.key("BatchInput"), StatesFields::INPUT);
    }
}

fn check_writer(map: &Map, location: &Location, x: &mut Exprs<'_>) {
    let Some(writer) = &map.result_writer else {
        return;
    };
    let at = location.key("ResultWriter");
    if let Some(resource) = &writer.resource {
        check_integration_resource(x, &at, resource);
    }
    payload(
        x,
        &at,
        "Parameters",
        &writer.parameters,
        QueryLanguage::JSONPath,
        StatesFields::INPUT,
    );
    payload(
        x,
        &at,
        "Arguments",
        &writer.arguments,
        QueryLanguage::JSONata,
        StatesFields::INPUT,
    );
    if let Some(config) = &writer.writer_config {
        check_config(
            x,
            config,
            &at.key("WriterConfig"),
            &[
                ("OutputType", &["JSON", "JSONL"]),
                ("Transformation", &["NONE", "COMPACT", "FLATTEN"]),
            ],
        );
    }
    if writer.resource.is_none() && writer.writer_config.is_none() {
        x.out.push(Diagnostic::error(
            Code::MISSING_FIELD,
            at,
            "a `ResultWriter` needs `Resource` and `Parameters`, or `WriterConfig`",
        ));
    }
}

fn check_integration_resource(x: &mut Exprs<'_>, location: &Location, resource: &str) {
    if !resource.contains("${") && !resource.starts_with("arn:") {
        x.out.push(Diagnostic::error(
            Code::INVALID_RESOURCE,
            location.key("Resource"),
            format!(
                "`{resource}` is not an integration ARN such as `arn:aws:states:::s3:getObject`"
            ),
        ));
    }
}
