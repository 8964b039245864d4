//! JSONata as Step Functions evaluates it: `{% %}` strings in a JSONata state's fields, with
//! `$states` and the workflow variables bound, and Step Functions' own functions
//! (`$partition`, `$range`, `$hash`, `$random`, `$uuid`, `$parse`). The expression engine is
//! the `jsonata-rs` crate; `$now`, `$millis` and `$random` are rebound so that they follow the
//! execution's virtual clock and seed.

use std::cell::RefCell;

use bumpalo::Bump;
use jsonata_rs::{ArrayFlags, FunctionContext, JsonAta, Value as JValue};
use serde_json::{Map, Value};

use crate::clock::Instant;
use crate::failure::{Failure, names};

/// What an expression can see.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    /// `$states`: `input`, `context`, and where they exist `result` and `errorOutput`.
    pub states: &'a Value,
    pub variables: &'a Map<String, Value>,
    pub now: Instant,
}

thread_local! {
    /// The clock and random numbers of the evaluation under way, for the rebound functions.
    static CURRENT: RefCell<(Instant, fastrand::Rng)> = const { RefCell::new((Instant::DEFAULT_START, fastrand::Rng::with_seed(0))) };
}

/// How deep an expression may recurse, and for how long (real milliseconds) it may run.
const MAX_DEPTH: usize = 500;
const MAX_MILLIS: usize = 10_000;

/// Built-ins whose results must follow the execution, not the machine (jsonata-rs binds its
/// own, from the system clock and an unseeded generator): each is renamed in the
/// expression and bound again under the new name.
const REBOUND: &[&str] = &["now", "millis", "random", "uuid"];

/// Every `{% %}` string in `template` evaluated; other values as written. A field whose
/// expression gives nothing (JSONata's `undefined`) is left out.
pub fn template(
    template: &Value,
    scope: Scope<'_>,
    rng: &mut fastrand::Rng,
) -> Result<Value, Failure> {
    Ok(fill(template, scope, rng)?.unwrap_or(Value::Null))
}

fn fill(
    value: &Value,
    scope: Scope<'_>,
    rng: &mut fastrand::Rng,
) -> Result<Option<Value>, Failure> {
    match value {
        Value::String(text) => match sfn_codegen::jsonata::template(text) {
            Some((expression, _)) => evaluate(expression, scope, rng),
            None => Ok(Some(value.clone())),
        },
        Value::Object(map) => {
            let mut out = Map::with_capacity(map.len());
            for (key, value) in map {
                if let Some(filled) = fill(value, scope, rng)? {
                    out.insert(key.clone(), filled);
                }
            }
            Ok(Some(Value::Object(out)))
        }
        Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(fill(item, scope, rng)?.unwrap_or(Value::Null));
            }
            Ok(Some(Value::Array(out)))
        }
        other => Ok(Some(other.clone())),
    }
}

/// One expression (the text inside `{% %}`); `None` for JSONata's `undefined`.
pub fn evaluate(
    expression: &str,
    scope: Scope<'_>,
    rng: &mut fastrand::Rng,
) -> Result<Option<Value>, Failure> {
    evaluate_on(expression, None, scope, rng)
}

/// JSONata outside a state, with `$` bound to `input`: how the reference implementation's
/// test suite calls it (see the `jsonata_suite` example).
pub fn evaluate_standalone(
    expression: &str,
    input: Option<&Value>,
    bindings: &Map<String, Value>,
) -> Result<Option<Value>, Failure> {
    let states = Value::Null;
    let scope = Scope {
        states: &states,
        variables: bindings,
        now: Instant::DEFAULT_START,
    };
    evaluate_on(expression, input, scope, &mut fastrand::Rng::with_seed(0))
}

fn evaluate_on(
    expression: &str,
    input: Option<&Value>,
    scope: Scope<'_>,
    rng: &mut fastrand::Rng,
) -> Result<Option<Value>, Failure> {
    let failed = |message: String| Failure::new(names::QUERY_EVALUATION_ERROR, message);
    let source = rebind(expression);
    let arena = Bump::new();
    let jsonata = JsonAta::new(&source, &arena).map_err(|e| failed(e.to_string()))?;
    jsonata.assign_var("states", to_jsonata(&arena, scope.states));
    for (name, value) in scope.variables {
        jsonata.assign_var(name, to_jsonata(&arena, value));
    }
    for (name, arity, function) in functions() {
        jsonata.register_function(name, arity, function);
    }
    let taken = std::mem::replace(rng, fastrand::Rng::with_seed(0));
    CURRENT.with(|current| *current.borrow_mut() = (scope.now, taken));
    let input = input.map(Value::to_string);
    // Bounded, so a runaway expression (deep recursion, an endless loop) fails instead of
    // taking the test down; the bounds are far above what a state's expression needs.
    let result = jsonata.evaluate_timeboxed(input.as_deref(), Some(MAX_DEPTH), Some(MAX_MILLIS));
    *rng = CURRENT.with(|current| {
        std::mem::replace(&mut current.borrow_mut().1, fastrand::Rng::with_seed(0))
    });
    let result = result.map_err(|e| failed(e.to_string()))?;
    if result.is_undefined() {
        return Ok(None);
    }
    if result.is_function() {
        return Err(failed(
            "the expression gives a function, not a JSON value".into(),
        ));
    }
    serde_json::from_str(&result.serialize(false))
        .map(Some)
        .map_err(|e| failed(format!("the result is not JSON: {e}")))
}

/// The expression with `$now`, `$millis` and `$random` renamed to the execution's own.
fn rebind(expression: &str) -> String {
    let Ok(node) = sfn_codegen::jsonata::parse(expression) else {
        return expression.to_owned();
    };
    let mut spans: Vec<(std::ops::Range<usize>, &str)> = REBOUND
        .iter()
        .flat_map(|name| {
            sfn_codegen::jsonata::references(&node, name)
                .into_iter()
                .map(move |s| (s, *name))
        })
        .filter(|(span, name)| expression.get(span.clone()) == Some(&format!("${name}")))
        .collect();
    spans.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut out = expression.to_owned();
    for (span, name) in spans {
        out.replace_range(span, &format!("$sfn_{name}"));
    }
    out
}

type Native = for<'a, 'e> fn(
    FunctionContext<'a, 'e>,
    &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>>;

fn functions() -> [(&'static str, usize, Native); 12] {
    [
        ("sfn_now", 0, now),
        ("sfn_millis", 0, millis),
        ("sfn_random", 1, random),
        ("sfn_uuid", 0, uuid),
        ("partition", 2, partition),
        ("range", 3, range),
        ("hash", 2, hash),
        ("parse", 1, parse),
        // Standard JSONata functions jsonata-rs lacks.
        ("average", 1, average),
        ("type", 1, type_of),
        ("shuffle", 1, shuffle),
        ("formatBase", 2, format_base),
    ]
}

/// `$average(array)`: the mean of the numbers; nothing for an empty array.
fn average<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let Some(Value::Array(items)) = args
        .first()
        .map(|a| from_jsonata(a))
        .or(Some(Value::Null))
        .map(|v| match v {
            Value::Number(_) => Value::Array(vec![v]),
            other => other,
        })
    else {
        return Ok(JValue::undefined());
    };
    let numbers: Vec<f64> = items.iter().filter_map(Value::as_f64).collect();
    if numbers.is_empty() || numbers.len() != items.len() {
        return Ok(JValue::undefined());
    }
    Ok(JValue::number(
        context.arena,
        numbers.iter().sum::<f64>() / numbers.len() as f64,
    ))
}

/// `$type(value)`: `"null"`, `"number"`, `"string"`, `"boolean"`, `"array"`, `"object"` or
/// `"function"`; nothing for nothing.
fn type_of<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let Some(value) = args.first() else {
        return Ok(JValue::undefined());
    };
    let name = if value.is_undefined() {
        return Ok(JValue::undefined());
    } else if value.is_function() {
        "function"
    } else if value.is_null() {
        "null"
    } else if value.is_number() {
        "number"
    } else if value.is_string() {
        "string"
    } else if value.is_bool() {
        "boolean"
    } else if value.is_array() {
        "array"
    } else {
        "object"
    };
    Ok(JValue::string(context.arena, name))
}

/// `$shuffle(array)`: in an order drawn from the execution's seed.
fn shuffle<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let mut items = match args.first().map(|a| from_jsonata(a)) {
        Some(Value::Array(items)) => items,
        Some(Value::Null) | None => return Ok(JValue::undefined()),
        Some(one) => vec![one],
    };
    CURRENT.with(|c| c.borrow_mut().1.shuffle(&mut items));
    Ok(to_jsonata(context.arena, &Value::Array(items)))
}

/// `$formatBase(number, radix)`: the rounded number written in base 2 to 36.
fn format_base<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let Some(number) = args.first().filter(|n| n.is_number()) else {
        return Ok(JValue::undefined());
    };
    let radix = args
        .get(1)
        .filter(|r| r.is_number())
        .map_or(10, |r| r.as_f64() as u32)
        .clamp(2, 36);
    let value = number.as_f64().round() as i64;
    let mut digits = Vec::new();
    let mut rest = value.unsigned_abs();
    loop {
        digits.push(std::char::from_digit((rest % radix as u64) as u32, radix).unwrap_or('0'));
        rest /= radix as u64;
        if rest == 0 {
            break;
        }
    }
    if value < 0 {
        digits.push('-');
    }
    let text: String = digits.into_iter().rev().collect();
    Ok(JValue::string(context.arena, &text))
}

fn now<'a>(
    context: FunctionContext<'a, '_>,
    _: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let at = CURRENT.with(|c| c.borrow().0);
    Ok(JValue::string(context.arena, &at.to_rfc3339()))
}

fn millis<'a>(
    context: FunctionContext<'a, '_>,
    _: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let at = CURRENT.with(|c| c.borrow().0);
    Ok(JValue::number(context.arena, at.0 as f64))
}

/// `$random()`, or Step Functions' `$random(seed)`.
fn random<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let value = match args.first().filter(|a| a.is_number()) {
        Some(seed) => fastrand::Rng::with_seed(seed.as_f64() as u64).f64(),
        None => CURRENT.with(|c| c.borrow_mut().1.f64()),
    };
    Ok(JValue::number(context.arena, value))
}

fn uuid<'a>(
    context: FunctionContext<'a, '_>,
    _: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let id = CURRENT.with(|c| crate::intrinsics::uuid_v4(&mut c.borrow_mut().1));
    Ok(JValue::string(context.arena, &id))
}

/// `$partition(array, size)`: the array in chunks.
fn partition<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let items = from_jsonata(args.first().copied().unwrap_or(JValue::undefined()));
    let size = args.get(1).map_or(0.0, |s| s.as_f64()) as usize;
    let chunks: Vec<Value> = match items {
        Value::Array(items) if size > 0 => items
            .chunks(size)
            .map(|c| Value::Array(c.to_vec()))
            .collect(),
        _ => Vec::new(),
    };
    Ok(to_jsonata(context.arena, &Value::Array(chunks)))
}

/// `$range(start, end, step)`: like `States.ArrayRange`.
fn range<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let number = |i: usize| args.get(i).map_or(0.0, |v| v.as_f64()) as i64;
    let (start, end, step) = (number(0), number(1), number(2));
    let values: Vec<Value> = if step == 0 {
        Vec::new()
    } else {
        std::iter::successors(Some(start), |v| Some(v + step))
            .take_while(|v| if step > 0 { *v <= end } else { *v >= end })
            .take(1000)
            .map(Value::from)
            .collect()
    };
    Ok(to_jsonata(context.arena, &Value::Array(values)))
}

fn hash<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let data = args
        .first()
        .map(|a| a.as_str().into_owned())
        .unwrap_or_default();
    let algorithm = args
        .get(1)
        .map(|a| a.as_str().into_owned())
        .unwrap_or_default();
    let call = format!(
        "States.Hash('{}', '{algorithm}')",
        data.replace('\\', "\\\\").replace('\'', "\\'")
    );
    let digest = sfn_codegen::intrinsic::parse(&call)
        .ok()
        .and_then(|call| {
            let empty = Map::new();
            let roots = crate::paths::Roots {
                input: &Value::Null,
                context: &Value::Null,
                variables: &empty,
            };
            crate::intrinsics::evaluate(&call, roots, &mut fastrand::Rng::with_seed(0)).ok()
        })
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    Ok(JValue::string(context.arena, &digest))
}

/// `$parse(text)`: a JSON string as its value.
fn parse<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> jsonata_rs::Result<&'a JValue<'a>> {
    let text = args
        .first()
        .map(|a| a.as_str().into_owned())
        .unwrap_or_default();
    Ok(match serde_json::from_str::<Value>(&text) {
        Ok(value) => to_jsonata(context.arena, &value),
        Err(_) => JValue::undefined(),
    })
}

fn to_jsonata<'a>(arena: &'a Bump, value: &Value) -> &'a JValue<'a> {
    match value {
        Value::Null => JValue::null(arena),
        Value::Bool(b) => JValue::bool(*b),
        Value::Number(n) => JValue::number(arena, n.as_f64().unwrap_or(0.0)),
        Value::String(s) => JValue::string(arena, s),
        Value::Array(items) => {
            let array = JValue::array_with_capacity(arena, items.len(), ArrayFlags::empty());
            for item in items {
                array.push(to_jsonata(arena, item));
            }
            array
        }
        Value::Object(map) => {
            let object = JValue::object_with_capacity(arena, map.len());
            for (key, item) in map {
                object.insert(key, to_jsonata(arena, item));
            }
            object
        }
    }
}

fn from_jsonata<'a>(value: &'a JValue<'a>) -> Value {
    serde_json::from_str(&value.serialize(false)).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn eval(expression: &str, states: Value, variables: Value) -> Result<Option<Value>, Failure> {
        let Value::Object(variables) = variables else {
            unreachable!()
        };
        let scope = Scope {
            states: &states,
            variables: &variables,
            now: Instant::DEFAULT_START,
        };
        evaluate(expression, scope, &mut fastrand::Rng::with_seed(1))
    }

    #[test]
    fn states_variables_and_step_functions_own_functions() {
        let states = json!({"input": {"items": [1, 2, 3, 4, 5], "name": "a"}});
        assert_eq!(
            eval("$states.input.name & '!'", states.clone(), json!({})),
            Ok(Some(json!("a!")))
        );
        assert_eq!(
            eval(
                "$sum($states.input.items) + $bonus",
                states.clone(),
                json!({"bonus": 10})
            ),
            Ok(Some(json!(25)))
        );
        assert_eq!(
            eval(
                "$partition($states.input.items, 2)",
                states.clone(),
                json!({})
            ),
            Ok(Some(json!([[1, 2], [3, 4], [5]])))
        );
        assert_eq!(
            eval("$range(0, 10, 5)", states.clone(), json!({})),
            Ok(Some(json!([0, 5, 10])))
        );
        assert_eq!(
            eval("$parse('{\"a\": 1}').a", states.clone(), json!({})),
            Ok(Some(json!(1)))
        );
        assert_eq!(
            eval("$hash('input data', 'SHA-1')", states.clone(), json!({})),
            Ok(Some(json!("aaff4a450a104cd177d28d18d74485e8cae074b7")))
        );
        assert_eq!(
            eval("$now()", states.clone(), json!({})),
            Ok(Some(json!("2025-01-01T00:00:00.000Z")))
        );
        assert_eq!(
            eval("$millis()", states.clone(), json!({})),
            Ok(Some(json!(1_735_689_600_000_i64)))
        );
        assert_eq!(
            eval("$states.input.missing", states.clone(), json!({})),
            Ok(None)
        );
        assert_eq!(
            eval("$uuid()", states.clone(), json!({})),
            eval("$uuid()", states.clone(), json!({})),
            "seeded"
        );
        assert_eq!(
            eval("$average([1, 2, 6])", states.clone(), json!({})),
            Ok(Some(json!(3)))
        );
        assert_eq!(
            eval("$type($states.input.items)", states.clone(), json!({})),
            Ok(Some(json!("array")))
        );
        assert_eq!(
            eval("$formatBase(255, 16)", states.clone(), json!({})),
            Ok(Some(json!("ff")))
        );
        let shuffled = eval("$shuffle($states.input.items)", states.clone(), json!({}))
            .unwrap()
            .unwrap();
        assert_eq!(shuffled.as_array().map(Vec::len), Some(5));
        assert_eq!(
            Some(shuffled),
            eval("$shuffle($states.input.items)", states.clone(), json!({})).unwrap(),
            "seeded"
        );
        let error = eval("$number('x') +", states, json!({})).unwrap_err();
        assert_eq!(error.error, "States.QueryEvaluationError");
    }
}
