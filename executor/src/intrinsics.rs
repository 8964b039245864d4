//! The intrinsic functions of JSONPath states (`States.Format`, `States.MathAdd`, ...), as the
//! Step Functions developer guide describes them, evaluated with the execution's seeded
//! random numbers.

use base64::Engine;
use serde_json::{Map, Value};
use sfn_codegen::intrinsic::{Arg, Call};

use crate::paths::{self, PathError, Roots};

/// Why a call could not be evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError {
    /// An argument path selected nothing (or read an undefined variable).
    Path(String, PathError),
    /// The call failed: `States.IntrinsicFailure` with this cause.
    Failed(String),
}

/// The largest array `States.ArrayRange` may return.
const MAX_RANGE: usize = 1000;

pub fn evaluate(
    call: &Call,
    roots: Roots<'_>,
    rng: &mut fastrand::Rng,
) -> Result<Value, CallError> {
    let mut args = Vec::with_capacity(call.args.len());
    for arg in &call.args {
        args.push(match arg {
            Arg::String(text, _) => Value::String(text.clone()),
            Arg::Number(n, _) => number(*n),
            Arg::Boolean(b, _) => Value::Bool(*b),
            Arg::Null(_) => Value::Null,
            Arg::Path(path, _) => {
                paths::evaluate(path, roots).map_err(|e| CallError::Path(format!("{path:?}"), e))?
            }
            Arg::Call(inner) => evaluate(inner, roots, rng)?,
        });
    }
    apply(&call.name, &args, rng).map_err(|why| CallError::Failed(format!("{}: {why}", call.name)))
}

fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

fn apply(name: &str, args: &[Value], rng: &mut fastrand::Rng) -> Result<Value, String> {
    let arg = |i: usize| args.get(i).unwrap_or(&Value::Null);
    let text = |i: usize| {
        arg(i)
            .as_str()
            .ok_or_else(|| format!("argument {} must be a string, found {}", i + 1, arg(i)))
    };
    let array = |i: usize| {
        arg(i)
            .as_array()
            .ok_or_else(|| format!("argument {} must be an array, found {}", i + 1, arg(i)))
    };
    let integer = |i: usize| {
        arg(i)
            .as_f64()
            .map(|f| f.round() as i64)
            .ok_or_else(|| format!("argument {} must be a number, found {}", i + 1, arg(i)))
    };
    match name {
        "States.Format" => format(text(0)?, &args[1..]),
        // A blank string is `null` on AWS (recorded executions), not a parse error.
        "States.StringToJson" => match text(0)? {
            blank if blank.trim().is_empty() => Ok(Value::Null),
            json => serde_json::from_str(json).map_err(|e| format!("not JSON: {e}")),
        },
        "States.JsonToString" => Ok(Value::String(arg(0).to_string())),
        "States.Array" => Ok(Value::Array(args.to_vec())),
        "States.ArrayPartition" => {
            let size = integer(1)?;
            if size <= 0 {
                return Err("the chunk size must be positive".into());
            }
            Ok(Value::Array(
                array(0)?
                    .chunks(size as usize)
                    .map(|c| Value::Array(c.to_vec()))
                    .collect(),
            ))
        }
        "States.ArrayContains" => Ok(Value::Bool(array(0)?.contains(arg(1)))),
        "States.ArrayRange" => {
            let (start, end, step) = (integer(0)?, integer(1)?, integer(2)?);
            if step == 0 {
                return Err("the step cannot be 0".into());
            }
            let values: Vec<Value> = std::iter::successors(Some(start), |v| Some(v + step))
                .take_while(|v| if step > 0 { *v <= end } else { *v >= end })
                .take(MAX_RANGE + 1)
                .map(Value::from)
                .collect();
            if values.len() > MAX_RANGE {
                return Err(format!("the range has more than {MAX_RANGE} items"));
            }
            Ok(Value::Array(values))
        }
        "States.ArrayGetItem" => {
            let index = integer(1)?;
            usize::try_from(index)
                .ok()
                .and_then(|i| array(0).ok()?.get(i).cloned())
                .ok_or_else(|| format!("index {index} is out of bounds"))
        }
        "States.ArrayLength" => Ok(Value::from(array(0)?.len())),
        "States.ArrayUnique" => {
            let mut unique: Vec<Value> = Vec::new();
            for item in array(0)? {
                if !unique.contains(item) {
                    unique.push(item.clone());
                }
            }
            Ok(Value::Array(unique))
        }
        "States.Base64Encode" => Ok(Value::String(
            base64::engine::general_purpose::STANDARD.encode(text(0)?),
        )),
        "States.Base64Decode" => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(text(0)?)
                .map_err(|e| format!("not base64: {e}"))?;
            String::from_utf8(bytes)
                .map(Value::String)
                .map_err(|_| "the decoded bytes are not UTF-8".into())
        }
        "States.Hash" => {
            let data = match arg(0) {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            hash(&data, text(1)?).map(Value::String)
        }
        "States.JsonMerge" => {
            let (Value::Object(a), Value::Object(b)) = (arg(0), arg(1)) else {
                return Err("both values must be JSON objects".into());
            };
            let mut merged: Map<String, Value> = a.clone();
            merged.extend(b.iter().map(|(k, v)| (k.clone(), v.clone())));
            Ok(Value::Object(merged))
        }
        "States.MathRandom" => {
            let (start, end) = (integer(0)?, integer(1)?);
            if start >= end {
                return Err("the start must be smaller than the end".into());
            }
            if let Ok(seed) = integer(2) {
                return Ok(Value::from(
                    fastrand::Rng::with_seed(seed as u64).i64(start..end),
                ));
            }
            Ok(Value::from(rng.i64(start..end)))
        }
        "States.MathAdd" => {
            // Each argument rounded as Java's `Math.round` does, half up (-1.5 is -1, -0.5 is 0),
            // as recorded executions on AWS show; not half away from zero.
            let half_up = |i: usize| {
                arg(i)
                    .as_f64()
                    .map(|f| (f + 0.5).floor() as i64)
                    .ok_or_else(|| format!("argument {} must be a number, found {}", i + 1, arg(i)))
            };
            let (a, b) = (half_up(0)?, half_up(1)?);
            a.checked_add(b)
                .map(Value::from)
                .ok_or_else(|| "the sum overflows".into())
        }
        "States.StringSplit" => {
            let separators: Vec<char> = text(1)?.chars().collect();
            Ok(Value::Array(
                text(0)?
                    .split(|c| separators.contains(&c))
                    .filter(|part| !part.is_empty())
                    .map(|part| Value::String(part.to_owned()))
                    .collect(),
            ))
        }
        "States.UUID" => Ok(Value::String(uuid_v4(rng))),
        other => Err(format!("`{other}` is not an intrinsic function")),
    }
}

/// `States.Format`: each `{}` takes the next argument; `\{`, `\}` and `\'` are literal.
fn format(template: &str, values: &[Value]) -> Result<Value, String> {
    let mut out = String::with_capacity(template.len());
    let mut values = values.iter();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            '{' if chars.peek() == Some(&'}') => {
                chars.next();
                java_text(values.next().ok_or("more `{}` than values")?, &mut out);
            }
            c => out.push(c),
        }
    }
    Ok(Value::String(out))
}

/// A value as `States.Format` writes it: as Java's `toString` of the parsed JSON does
/// (recorded on AWS: `{Arg1=1, Arg2=[]}`), strings without quotes.
fn java_text(value: &Value, out: &mut String) {
    match value {
        Value::String(s) => out.push_str(s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                java_text(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(key);
                out.push('=');
                java_text(item, out);
            }
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn hash(data: &str, algorithm: &str) -> Result<String, String> {
    use sha2::Digest;
    let bytes: Vec<u8> = match algorithm {
        "MD5" => md5::Md5::digest(data).to_vec(),
        "SHA-1" => sha1::Sha1::digest(data).to_vec(),
        "SHA-256" => sha2::Sha256::digest(data).to_vec(),
        "SHA-384" => sha2::Sha384::digest(data).to_vec(),
        "SHA-512" => sha2::Sha512::digest(data).to_vec(),
        other => return Err(format!("`{other}` is not a hash algorithm")),
    };
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// A version 4 UUID from the execution's seeded generator.
pub fn uuid_v4(rng: &mut fastrand::Rng) -> String {
    let mut bytes: [u8; 16] = std::array::from_fn(|_| rng.u8(..));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(text: &str, input: Value) -> Result<Value, CallError> {
        let call = sfn_codegen::intrinsic::parse(text).unwrap();
        let empty = serde_json::Map::new();
        let roots = Roots {
            input: &input,
            context: &Value::Null,
            variables: &empty,
        };
        evaluate(&call, roots, &mut fastrand::Rng::with_seed(7))
    }

    /// The examples of the developer guide's intrinsic functions page.
    #[test]
    fn every_function_as_documented() {
        let ok = |text: &str, input: Value| run(text, input).unwrap();
        assert_eq!(
            ok(
                "States.Format('Hello, my name is {}.', $.name)",
                json!({"name": "Arnav"})
            ),
            json!("Hello, my name is Arnav.")
        );
        assert_eq!(ok("States.Format('\\{{}\\}', 1)", json!({})), json!("{1}"));
        // Objects and arrays as Java writes the parsed JSON (recorded on AWS).
        assert_eq!(
            ok(
                "States.Format('{}', $.o)",
                json!({"o": {"Arg1": 1, "Arg2": [], "s": ["a", null]}})
            ),
            json!("{Arg1=1, Arg2=[], s=[a, null]}")
        );
        assert_eq!(
            ok("States.StringToJson($.s)", json!({"s": "{\"a\":1}"})),
            json!({"a": 1})
        );
        assert_eq!(
            ok("States.JsonToString($.o)", json!({"o": {"a": 1}})),
            json!("{\"a\":1}")
        );
        assert_eq!(
            ok("States.Array('Foo', 2020, $.x, null)", json!({"x": true})),
            json!(["Foo", 2020, true, null])
        );
        assert_eq!(
            ok(
                "States.ArrayPartition($.a, 4)",
                json!({"a": [1, 2, 3, 4, 5, 6, 7]})
            ),
            json!([[1, 2, 3, 4], [5, 6, 7]])
        );
        assert_eq!(
            ok("States.ArrayContains($.a, 3)", json!({"a": [1, 2, 3]})),
            json!(true)
        );
        assert_eq!(
            ok("States.ArrayRange(1, 9, 2)", json!({})),
            json!([1, 3, 5, 7, 9])
        );
        assert_eq!(
            ok("States.ArrayGetItem($.a, 1)", json!({"a": [1, 2, 3]})),
            json!(2)
        );
        assert_eq!(
            ok("States.ArrayLength($.a)", json!({"a": [1, 2, 3]})),
            json!(3)
        );
        assert_eq!(
            ok(
                "States.ArrayUnique($.a)",
                json!({"a": [1, 2, 3, 3, 3, 3, 3, 3, 4]})
            ),
            json!([1, 2, 3, 4])
        );
        assert_eq!(
            ok("States.Base64Encode('Data to encode')", json!({})),
            json!("RGF0YSB0byBlbmNvZGU=")
        );
        assert_eq!(
            ok("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", json!({})),
            json!("Data to encode")
        );
        assert_eq!(
            ok("States.Hash('input data', 'SHA-1')", json!({})),
            json!("aaff4a450a104cd177d28d18d74485e8cae074b7")
        );
        assert_eq!(
            ok(
                "States.JsonMerge($.a, $.b, false)",
                json!({"a": {"x": 1, "y": {"z": 1}}, "b": {"y": {"w": 2}}})
            ),
            json!({"x": 1, "y": {"w": 2}})
        );
        assert_eq!(ok("States.MathAdd($.v, -1)", json!({"v": 111})), json!(110));
        // Java's Math.round, as AWS answers: -1.5 + 0 is -1, -0.5 + 0 is 0, 2.5 + 0 is 3.
        for (v, sum) in [(-1.5, -1), (-0.5, 0), (2.5, 3), (-2.6, -3)] {
            assert_eq!(
                ok("States.MathAdd($.v, 0)", json!({"v": v})),
                json!(sum),
                "{v}"
            );
        }
        assert_eq!(
            ok("States.StringToJson($.s)", json!({"s": "  "})),
            Value::Null
        );
        assert_eq!(
            ok(
                "States.StringSplit($.s, '.+,=')",
                json!({"s": "This.is+a,test=string"})
            ),
            json!(["This", "is", "a", "test", "string"])
        );
        let random = ok("States.MathRandom(1, 999)", json!({}));
        assert!((1..999).contains(&random.as_i64().unwrap()));
        assert_eq!(
            ok("States.MathRandom(1, 999, 42)", json!({})),
            ok("States.MathRandom(1, 999, 42)", json!({}))
        );
        let uuid = ok("States.UUID()", json!({}));
        assert_eq!(uuid.as_str().unwrap().len(), 36);
        assert_eq!(uuid.as_str().unwrap().as_bytes()[14], b'4');
    }

    #[test]
    fn failures_say_why() {
        assert!(
            matches!(run("States.ArrayGetItem($.a, 5)", json!({"a": [1]})), Err(CallError::Failed(m)) if m.contains("out of bounds"))
        );
        assert!(matches!(
            run("States.StringToJson($.s)", json!({"s": "{"})),
            Err(CallError::Failed(_))
        ));
        assert!(
            matches!(run("States.ArrayRange(1, 5000, 1)", json!({})), Err(CallError::Failed(m)) if m.contains("1000"))
        );
        assert!(matches!(
            run("States.ArrayLength($.missing)", json!({})),
            Err(CallError::Path(_, PathError::NotFound))
        ));
    }
}
