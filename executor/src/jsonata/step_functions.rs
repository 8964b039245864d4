//! Step Functions' own JSONata functions (`$partition`, `$range`, `$hash`, `$parse`,
//! `$random(seed)`) and the built-ins rebound to the execution's clock and seed.

use jsonata_rs::{FunctionContext, Value as JValue};
use serde_json::{Map, Value};

use super::{CURRENT, Native, from_jsonata, to_jsonata};

pub(super) fn functions() -> [(&'static str, usize, Native); 8] {
    [
        ("sfn_now", 0, now),
        ("sfn_millis", 0, millis),
        ("sfn_random", 1, random),
        ("sfn_uuid", 0, uuid),
        ("partition", 2, partition),
        ("range", 3, range),
        ("hash", 2, hash),
        ("parse", 1, parse),
    ]
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
    // A result of one element is that element, as JSONata's sequences are (recorded on AWS:
    // `$range(1, 1, 1)` is `1`, not `[1]`).
    match values.as_slice() {
        [one] => Ok(to_jsonata(context.arena, one)),
        _ => Ok(to_jsonata(context.arena, &Value::Array(values))),
    }
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
