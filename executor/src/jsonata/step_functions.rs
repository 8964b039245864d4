//! Step Functions' own JSONata functions (`$partition`, `$range`, `$hash`, `$parse`, `$uuid`,
//! `$random(seed)`), as host functions of the engine, and `$eval`, which Step Functions
//! leaves out.

use jlens_core::{Bindings, Error, HostFunction};
use serde_json::{Map, Value};

use super::CURRENT;

/// `bindings` with Step Functions' functions bound; they take the place of the engine's
/// built-ins of the same name.
pub(super) fn bind(bindings: Bindings) -> Bindings {
    bindings
        .function("partition", HostFunction::new(2, partition).without_input())
        .function("range", HostFunction::new(3, range).without_input())
        .function("hash", HostFunction::new(2, hash).without_input())
        .function("parse", HostFunction::new(1, parse).without_input())
        .function("uuid", HostFunction::new(0, uuid).without_input())
        .function("random", HostFunction::new(1, random).without_input())
        .function("eval", HostFunction::new(2, no_eval).without_input())
}

type Outcome = jlens_core::Result<Option<Value>>;

fn number(args: &[Option<Value>], index: usize) -> Option<f64> {
    args.get(index)?.as_ref()?.as_f64()
}

fn text(args: &[Option<Value>], index: usize) -> String {
    match args.get(index).and_then(Option::as_ref) {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// `$partition(array, size)`: the array in chunks.
fn partition(args: &[Option<Value>], _: &jlens_core::HostCall<'_>) -> Outcome {
    let size = number(args, 1).unwrap_or(0.0) as usize;
    let chunks: Vec<Value> = match args.first().and_then(Option::as_ref) {
        Some(Value::Array(items)) if size > 0 => items
            .chunks(size)
            .map(|c| Value::Array(c.to_vec()))
            .collect(),
        _ => Vec::new(),
    };
    Ok(Some(Value::Array(chunks)))
}

/// `$range(start, end, step)`: like `States.ArrayRange`.
fn range(args: &[Option<Value>], _: &jlens_core::HostCall<'_>) -> Outcome {
    let at = |i| number(args, i).unwrap_or(0.0) as i64;
    let (start, end, step) = (at(0), at(1), at(2));
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
    Ok(Some(match <[Value; 1]>::try_from(values) {
        Ok([one]) => one,
        Err(values) => Value::Array(values),
    }))
}

/// `$hash(data, algorithm)`: as `States.Hash`.
fn hash(args: &[Option<Value>], _: &jlens_core::HostCall<'_>) -> Outcome {
    let (data, algorithm) = (text(args, 0), text(args, 1));
    let call = format!(
        "States.Hash('{}', '{algorithm}')",
        data.replace('\\', "\\\\").replace('\'', "\\'")
    );
    let digest = sfn_codegen::intrinsic::parse(&call).ok().and_then(|call| {
        let empty = Map::new();
        let roots = crate::paths::Roots {
            input: &Value::Null,
            context: &Value::Null,
            variables: &empty,
        };
        crate::intrinsics::evaluate(&call, roots, &mut fastrand::Rng::with_seed(0)).ok()
    });
    Ok(digest.filter(Value::is_string))
}

/// `$parse(text)`: a JSON string as its value (nothing when it is not JSON).
fn parse(args: &[Option<Value>], _: &jlens_core::HostCall<'_>) -> Outcome {
    Ok(serde_json::from_str(&text(args, 0)).ok())
}

/// `$uuid()`: a version 4 UUID from the execution's seed.
fn uuid(_: &[Option<Value>], _: &jlens_core::HostCall<'_>) -> Outcome {
    let id = CURRENT.with(|rng| crate::intrinsics::uuid_v4(&mut rng.borrow_mut()));
    Ok(Some(Value::String(id)))
}

/// `$random()`, or Step Functions' `$random(seed)`: the same number for the same seed.
fn random(args: &[Option<Value>], _: &jlens_core::HostCall<'_>) -> Outcome {
    let value = match number(args, 0) {
        Some(seed) => fastrand::Rng::with_seed(seed as u64).f64(),
        None => CURRENT.with(|rng| rng.borrow_mut().f64()),
    };
    Ok(Some(Value::from(value)))
}

/// Step Functions' JSONata has no `$eval`: calling it is calling nothing.
fn no_eval(_: &[Option<Value>], _: &jlens_core::HostCall<'_>) -> Outcome {
    Err(Error::new("T1006"))
}
