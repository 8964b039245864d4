//! Payload templates of JSONPath states (`Parameters`, `ResultSelector`, `ItemSelector`,
//! `Assign`): keys ending in `.$` take the value of their path or intrinsic function, the
//! rest is copied as written. And the items an `ItemReader` reads, by input type.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use serde_json::{Map, Value};
use sfn_codegen::intrinsic::Call;

use crate::failure::{Failure, names};
use crate::intrinsics::{self, CallError};
use crate::paths::{self, PathError, Roots};

/// `template` filled in; a path that selects nothing fails with `missing` (for `Parameters`,
/// `States.ParameterPathFailure`), an intrinsic that fails with `States.IntrinsicFailure`.
pub fn jsonpath(
    template: &Value,
    roots: Roots<'_>,
    rng: &mut fastrand::Rng,
    missing: &str,
) -> Result<Value, Failure> {
    match template {
        Value::Object(map) => {
            let mut out = Map::with_capacity(map.len());
            for (key, value) in map {
                match (key.strip_suffix(".$"), value) {
                    (Some(field), Value::String(text)) => {
                        out.insert(field.to_owned(), dynamic(field, text, roots, rng, missing)?);
                    }
                    _ => {
                        out.insert(key.clone(), jsonpath(value, roots, rng, missing)?);
                    }
                }
            }
            Ok(Value::Object(out))
        }
        Value::Array(items) => items
            .iter()
            .map(|item| jsonpath(item, roots, rng, missing))
            .collect::<Result<_, _>>()
            .map(Value::Array),
        other => Ok(other.clone()),
    }
}

fn dynamic(
    field: &str,
    text: &str,
    roots: Roots<'_>,
    rng: &mut fastrand::Rng,
    missing: &str,
) -> Result<Value, Failure> {
    let unreadable = |path: &str, error: PathError| {
        Failure::new(
            missing,
            format!("The JSONPath '{path}' specified for the field '{field}.$' {error}"),
        )
    };
    if sfn_codegen::intrinsic::looks_like_call(text) {
        let call =
            parsed_call(text).map_err(|message| Failure::new(names::INTRINSIC_FAILURE, message))?;
        return intrinsics::evaluate(&call, roots, rng).map_err(|error| match error {
            CallError::Path(path, e) => unreadable(&path, e),
            CallError::Failed(why) => Failure::new(
                names::INTRINSIC_FAILURE,
                format!("Invalid arguments in {why} (field '{field}.$')"),
            ),
        });
    }
    paths::read(text, roots).map_err(|e| unreadable(text, e))
}

thread_local! {
    /// Intrinsic calls already parsed, as paths are (see `paths::parsed`).
    static CALLS: RefCell<HashMap<String, Rc<Call>>> = RefCell::new(HashMap::new());
}

fn parsed_call(text: &str) -> Result<Rc<Call>, String> {
    if let Some(call) = CALLS.with(|cache| cache.borrow().get(text).cloned()) {
        return Ok(call);
    }
    let call = Rc::new(sfn_codegen::intrinsic::parse(text).map_err(|e| e.message)?);
    CALLS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= 4096 {
            cache.clear();
        }
        cache.insert(text.to_owned(), Rc::clone(&call));
    });
    Ok(call)
}

/// The items of an S3 object as a reader of `input_type` reads them. The mock answers with
/// the object: parsed JSON (an array, or a document with `ItemsPointer`), or its text for
/// `JSONL` and `CSV` (rows become objects keyed by the header).
pub fn read_items(
    data: &Value,
    input_type: &str,
    config: Option<&Value>,
) -> Result<Vec<Value>, String> {
    let text = |what: &str| {
        data.as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("a {what} object must be given as its text"))
    };
    match input_type {
        "JSONL" => text("JSONL")?
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| serde_json::from_str(line).map_err(|e| format!("a line is not JSON: {e}")))
            .collect(),
        "CSV" => csv(&text("CSV")?, config),
        _ => {
            let document = match data {
                Value::String(s) => {
                    serde_json::from_str(s).map_err(|e| format!("the object is not JSON: {e}"))?
                }
                other => other.clone(),
            };
            let pointer = config
                .and_then(|c| c.get("ItemsPointer"))
                .and_then(Value::as_str)
                .unwrap_or("");
            match document.pointer(pointer) {
                Some(Value::Array(items)) => Ok(items.clone()),
                Some(other) => Err(format!("the items must be an array, found {other}")),
                None => Err(format!("`ItemsPointer` {pointer} selects nothing")),
            }
        }
    }
}

fn csv(text: &str, config: Option<&Value>) -> Result<Vec<Value>, String> {
    let delimiter = match config
        .and_then(|c| c.get("CSVDelimiter"))
        .and_then(Value::as_str)
    {
        Some("PIPE") => '|',
        Some("SEMICOLON") => ';',
        Some("SPACE") => ' ',
        Some("TAB") => '\t',
        _ => ',',
    };
    let mut lines = text.lines().filter(|l| !l.is_empty());
    let given: Option<Vec<String>> = config
        .and_then(|c| c.get("CSVHeaders"))
        .and_then(Value::as_array)
        .map(|headers| {
            headers
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        });
    let headers = match given {
        Some(headers) => headers,
        None => lines
            .next()
            .ok_or("the CSV object is empty")?
            .split(delimiter)
            .map(str::to_owned)
            .collect(),
    };
    Ok(lines
        .map(|line| {
            let row: Map<String, Value> = headers
                .iter()
                .zip(line.split(delimiter))
                .map(|(h, v)| (h.clone(), Value::String(v.to_owned())))
                .collect();
            Value::Object(row)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dollar_keys_are_evaluated_the_rest_copied() {
        let input = json!({"order": {"id": 7, "items": [1, 2]}});
        let empty = Map::new();
        let context = json!({"Execution": {"Name": "e1"}});
        let roots = Roots {
            input: &input,
            context: &context,
            variables: &empty,
        };
        let template = json!({"id.$": "$.order.id", "count.$": "States.ArrayLength($.order.items)", "fixed": "$.not", "run.$": "$$.Execution.Name", "nested": [{"x.$": "$.order.id"}]});
        let filled = jsonpath(
            &template,
            roots,
            &mut fastrand::Rng::with_seed(0),
            names::PARAMETER_PATH_FAILURE,
        )
        .unwrap();
        assert_eq!(
            filled,
            json!({"id": 7, "count": 2, "fixed": "$.not", "run": "e1", "nested": [{"x": 7}]})
        );
        let missing = jsonpath(
            &json!({"x.$": "$.nope"}),
            roots,
            &mut fastrand::Rng::with_seed(0),
            names::PARAMETER_PATH_FAILURE,
        )
        .unwrap_err();
        assert_eq!(missing.error, "States.ParameterPathFailure");
    }

    #[test]
    fn readers_read_each_input_type() {
        assert_eq!(
            read_items(&json!("{\"a\":1}\n{\"a\":2}\n"), "JSONL", None),
            Ok(vec![json!({"a": 1}), json!({"a": 2})])
        );
        assert_eq!(
            read_items(
                &json!("id;n\n1;x\n2;y"),
                "CSV",
                Some(&json!({"CSVDelimiter": "SEMICOLON"}))
            ),
            Ok(vec![
                json!({"id": "1", "n": "x"}),
                json!({"id": "2", "n": "y"})
            ])
        );
        assert_eq!(
            read_items(
                &json!({"data": {"orders": [1, 2]}}),
                "JSON",
                Some(&json!({"ItemsPointer": "/data/orders"}))
            ),
            Ok(vec![json!(1), json!(2)])
        );
        assert!(read_items(&json!({"a": 1}), "JSON", None).is_err());
    }
}
