//! Payload templates of JSONPath states (`Parameters`, `ResultSelector`, `ItemSelector`,
//! `Assign`): keys ending in `.$` take the value of their path or intrinsic function, the
//! rest is copied as written.

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
        return call(text, &format!("{field}.$"), roots, rng, missing);
    }
    paths::read(text, roots).map_err(|e| unreadable(text, e))
}

/// An intrinsic function call (`States.Format(...)`) in the field `field` (`x.$`, or a Fail
/// state's `ErrorPath`), evaluated; a path among its arguments that finds nothing fails
/// with `missing`.
pub(crate) fn call(
    text: &str,
    field: &str,
    roots: Roots<'_>,
    rng: &mut fastrand::Rng,
    missing: &str,
) -> Result<Value, Failure> {
    let call =
        parsed_call(text).map_err(|message| Failure::new(names::INTRINSIC_FAILURE, message))?;
    intrinsics::evaluate(&call, roots, rng).map_err(|error| match error {
        CallError::Path(path, e) => Failure::new(
            missing,
            format!("The JSONPath '{path}' specified for the field '{field}' {e}"),
        ),
        CallError::Failed(why) => Failure::new(
            names::INTRINSIC_FAILURE,
            format!("Invalid arguments in {why} (field '{field}')"),
        ),
    })
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
        assert_eq!(missing.name(), "States.ParameterPathFailure");
    }
}
