//! JSONata as Step Functions evaluates it: `{% %}` strings in a JSONata state's fields, with
//! `$states` and the workflow variables bound, and Step Functions' own functions
//! (`$partition`, `$range`, `$hash`, `$random(seed)`, `$uuid`, `$parse`). The expression
//! engine is the `jlens-core` crate, chosen on measurements (`tools/jsonata-eval`): it follows
//! the reference implementation's suite, messages and error codes, keeps key order, and
//! takes the execution's clock (`$now`, `$millis`) and seed (`$random`, `$shuffle`) as options.

use std::cell::RefCell;
use std::time::Duration;

use serde_json::{Map, Value};

use crate::clock::Instant;
use crate::failure::{Failure, names};

mod step_functions;

/// What an expression can see.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    /// `$states`: `input`, `context`, and where they exist `result` and `errorOutput`.
    pub states: &'a Value,
    pub variables: &'a Map<String, Value>,
    pub now: Instant,
}

thread_local! {
    /// The random numbers of the evaluation under way, for `$uuid()` (the engine's own
    /// functions take the seed as an option).
    static CURRENT: RefCell<fastrand::Rng> = const { RefCell::new(fastrand::Rng::with_seed(0)) };
}

/// How deep an expression may recurse, and for how long (real time) it may run.
const MAX_DEPTH: usize = 500;
const MAX_TIME: Duration = Duration::from_secs(10);

/// Every `{% %}` string in `template` (the state's `field`: `Output`, `Arguments`...)
/// evaluated; other values as written. An expression that fails, or gives nothing
/// (JSONata's `undefined`), fails the state with `States.QueryEvaluationError` naming the
/// expression and the field's place (`Output/r`), as recorded on AWS.
pub fn template(
    template: &Value,
    field: &str,
    scope: Scope<'_>,
    rng: &mut fastrand::Rng,
) -> Result<Value, Failure> {
    fill(template, &Place::Field(field), scope, rng)
}

/// Where a value is in its field (`Output/order/items[2]`), spelled out only for a message.
enum Place<'a> {
    Field(&'a str),
    Key(&'a Place<'a>, &'a str),
    Index(&'a Place<'a>, usize),
}

impl std::fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Field(field) => f.write_str(field),
            Place::Key(parent, key) => write!(f, "{parent}/{key}"),
            Place::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

fn fill(
    value: &Value,
    field: &Place<'_>,
    scope: Scope<'_>,
    rng: &mut fastrand::Rng,
) -> Result<Value, Failure> {
    match value {
        Value::String(text) => match sfn_codegen::jsonata::template(text) {
            Some((expression, _)) => {
                let shown = expression.trim();
                let about = |what: &str| {
                    format!(
                        "The JSONata expression '{shown}' specified for the field '{field}' {what}"
                    )
                };
                match evaluate(expression, scope, rng) {
                    Ok(Some(value)) => Ok(value),
                    Ok(None) => Err(Failure::new(
                        names::QUERY_EVALUATION_ERROR,
                        about("returned nothing (undefined)."),
                    )),
                    Err(failure) => Err(Failure {
                        cause: failure.cause.map(|cause| {
                            about(&format!("threw an error during evaluation. {cause}"))
                        }),
                        ..failure
                    }),
                }
            }
            None => Ok(value.clone()),
        },
        Value::Object(map) => {
            let mut out = Map::with_capacity(map.len());
            for (key, value) in map {
                let filled = fill(value, &Place::Key(field, key), scope, rng)?;
                out.insert(key.clone(), filled);
            }
            Ok(Value::Object(out))
        }
        Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                out.push(fill(item, &Place::Index(field, i), scope, rng)?);
            }
            Ok(Value::Array(out))
        }
        other => Ok(other.clone()),
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
/// test suite calls it (see `tools/jsonata-eval`).
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
    if let Some(value) = plain_read(expression, &scope) {
        return Ok(value);
    }
    let failed = |message: String| Failure::new(names::QUERY_EVALUATION_ERROR, message);
    // As AWS words it: the code and jsonata-js's message, without the position.
    let failed_with = |e: jlens_core::Error| failed(format!("{}: {}", e.code(), e.message()));
    let compiled = jlens_core::Expression::compile(expression).map_err(failed_with)?;
    let mut bindings = step_functions::bind(jlens_core::Bindings::new());
    bindings = bindings.var("states", scope.states.clone());
    for (name, value) in scope.variables {
        bindings = bindings.var(name.clone(), value.clone());
    }
    // The execution's clock and seed, not the machine's; bounded, so a runaway expression
    // (deep recursion, an endless loop) fails instead of taking the test down.
    let options = jlens_core::Options::new()
        .now(scope.now.0)
        .seed(rng.u64(..))
        .max_depth(MAX_DEPTH)
        .timeout(MAX_TIME);
    let taken = std::mem::replace(rng, fastrand::Rng::with_seed(0));
    CURRENT.with(|current| *current.borrow_mut() = taken);
    let result = compiled.evaluate_with(input, &bindings, &options);
    *rng = CURRENT
        .with(|current| std::mem::replace(&mut *current.borrow_mut(), fastrand::Rng::with_seed(0)));
    let mut value = match result.map_err(failed_with)? {
        Some(value) => value,
        None => return Ok(None),
    };
    as_javascript_numbers(&mut value);
    Ok(Some(value))
}

/// `$states.input.a.b` or `$name.a`, the commonest expressions, read straight from the
/// values as JSONata reads them (a missing field, or a field of a scalar, is nothing), with
/// numbers as JavaScript has them. `None` for any other expression and for a path through
/// an array (where JSONata maps over the items): the engine evaluates those.
fn plain_read(expression: &str, scope: &Scope<'_>) -> Option<Option<Value>> {
    let node = sfn_codegen::jsonata::parse(expression).ok()?;
    let (variable, fields) = sfn_codegen::jsonata::variable_chain(&node)?;
    let mut current = match variable.as_str() {
        "states" => scope.states,
        "" | "$" => return None,
        name => scope.variables.get(name)?,
    };
    for field in &fields {
        current = match current {
            Value::Object(map) => match map.get(field) {
                Some(value) => value,
                None => return Some(None),
            },
            Value::Array(_) => return None,
            _ => return Some(None),
        };
    }
    let mut value = current.clone();
    as_javascript_numbers(&mut value);
    Some(Some(value))
}

/// Numbers as a JavaScript engine gives them back: doubles, integral ones written without a
/// fraction (`1.0` is `1`), integers past 2^53 rounded.
fn as_javascript_numbers(value: &mut Value) {
    match value {
        Value::Number(number)
            if !number.is_i64() || number.as_i64().is_some_and(|i| i.unsigned_abs() > 1 << 53) =>
        {
            let double = number.as_f64().unwrap_or(0.0);
            *value = if double.fract() == 0.0 && double.abs() < 9.0e18 {
                Value::from(double as i64)
            } else {
                serde_json::Number::from_f64(double).map_or(Value::Null, Value::Number)
            };
        }
        Value::Array(items) => items.iter_mut().for_each(as_javascript_numbers),
        Value::Object(map) => map.values_mut().for_each(as_javascript_numbers),
        _ => {}
    }
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
            eval("$range(1, 1, 1)", states.clone(), json!({})),
            Ok(Some(json!(1)))
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
        assert_eq!(error.name(), "States.QueryEvaluationError");
    }

    // Expected values from the JSONata reference suite (function-formatNumber, -sift,
    // -spread, -encodeUrlComponent, -decodeUrl groups): functions the old engine lacked.
    #[test]
    fn standard_functions() {
        let none = || json!({});
        let cases = [
            ("$formatNumber(12345.6, '#,###.00')", json!("12,345.60")),
            (
                "$formatNumber(0.14, '###pm', {'per-mille': 'pm'})",
                json!("140pm"),
            ),
            ("$formatInteger(1984, 'I')", json!("MCMLXXXIV")),
            ("$parseInteger('twelfth', 'w;o')", json!(12)),
            ("$sift({'a': 1, 'b': 0}, $boolean)", json!({"a": 1})),
            ("$spread({'a': 1, 'b': 2})", json!([{"a": 1}, {"b": 2}])),
            ("$encodeUrlComponent('?x=test')", json!("%3Fx%3Dtest")),
            (
                "$encodeUrl('https://a.org/?x=ш')",
                json!("https://a.org/?x=%D1%88"),
            ),
            ("$decodeUrl('%D1%88')", json!("ш")),
            ("$each({'a': 'x', 'b': 'y'}, $uppercase)", json!(["X", "Y"])),
            ("$number('0x12') + $number('0b101')", json!(23)),
        ];
        for (expression, want) in cases {
            assert_eq!(
                eval(expression, none(), none()),
                Ok(Some(want)),
                "{expression}"
            );
        }
        // Each with the cause it carries: JSONata's code and jsonata-js's message template,
        // as AWS's causes quote them.
        for (broken, message) in [
            (
                "$formatNumber(20, '#;#;#')",
                "D3080: The picture string must only contain a maximum of two sub-pictures",
            ),
            (
                // jsonata-js writes the value as JavaScript does (`37`); the engine as a
                // double. A known difference, left to the engine's maintainers.
                "$formatBase(100, 37)",
                "D3100: The radix of the formatBase function must be between 2 and 36.  It was given 37.0",
            ),
            (
                "$decodeUrlComponent('%E0%A4%A')",
                "D3140: Malformed URL passed to $decodeUrlComponent(): \"%E0%A4%A\"",
            ),
            (
                "$average(['1'])",
                "T0412: Argument 1 of function \"average\" must be an array of \"numbers\"",
            ),
            (
                "$formatInteger('1', '0')",
                "T0410: Argument 2 of function \"formatInteger\" does not match function signature",
            ),
            // JSONata's function signatures: a number is not a string, nor "1" a number.
            (
                "$lowercase(20)",
                "T0410: Argument 1 of function \"lowercase\" does not match function signature",
            ),
            (
                "$sum(['1'])",
                "T0412: Argument 1 of function \"sum\" must be an array of \"numbers\"",
            ),
            (
                "$substring('abc', '1')",
                "T0410: Argument 2 of function \"substring\" does not match function signature",
            ),
            (
                "$toMillis('yesterday')",
                "D3110: The argument of the toMillis function must be an ISO 8601 formatted timestamp. Given \"yesterday\"",
            ),
            (
                "$number('inf')",
                "D3030: Unable to cast value to a number: \"inf\"",
            ),
            (
                "$number('10e500')",
                "D3030: Unable to cast value to a number: \"10e500\"",
            ),
            // A lambda's signature is checked when it is called.
            (
                "($f := function($x)<n:n>{$x}; $f('a'))",
                "T0410: Argument 1 of function \"f\" does not match function signature",
            ),
            // Step Functions leaves `$eval` out.
            (
                "$eval('1 + 1')",
                "T1006: Attempted to invoke a non-function",
            ),
        ] {
            let error = eval(broken, none(), none()).unwrap_err();
            assert_eq!(error.name(), "States.QueryEvaluationError", "{broken}");
            assert_eq!(error.cause.as_deref(), Some(message), "{broken}");
        }
    }

    #[test]
    fn objects_keep_their_keys_in_insertion_order_run_after_run() {
        let expression = "{'k': $keys({'b': 1, 'a': 2, 'c': 3}), 's': $string({'z': 1, 'y': 2}), \
                          'g': {'z': 1, 'y': 2, 'x': 3}, 'e': $each({'q': 1, 'p': 2}, function($v, $k) {$k})}";
        let want = json!({"k": ["b", "a", "c"], "s": "{\"z\":1,\"y\":2}", "g": {"z": 1, "y": 2, "x": 3}, "e": ["q", "p"]});
        for _ in 0..20 {
            let got = eval(expression, json!({}), json!({})).unwrap().unwrap();
            assert_eq!(got, want);
            let keys: Vec<&String> = got["g"].as_object().unwrap().keys().collect();
            assert_eq!(keys, ["z", "y", "x"]);
        }
    }

    /// As JavaScript's JSON.stringify writes a JSONata result: full precision (`$string`
    /// alone rounds to 15 significant digits).
    #[test]
    fn results_keep_their_numbers_whole() {
        let none = || json!({});
        assert_eq!(
            eval("0.1 + 0.2", none(), none()),
            Ok(Some(json!(0.30000000000000004)))
        );
        assert_eq!(
            eval("2 / 3", none(), none()),
            Ok(Some(json!(0.6666666666666666)))
        );
        assert_eq!(
            eval("$string(0.1 + 0.2)", none(), none()),
            Ok(Some(json!("0.3")))
        );
        assert_eq!(eval("6 / 2", none(), none()), Ok(Some(json!(3))));
        assert_eq!(
            eval("{'f': function($x){$x}, 'a': [1, $sum]}", none(), none()),
            Ok(Some(json!({"a": [1, null]})))
        );
    }

    #[test]
    fn the_parent_operator_and_runaway_expressions() {
        let states = json!({"input": {"a": {"b": 1}}});
        assert_eq!(
            eval("$states.input.a.b.%", states, json!({})),
            Ok(Some(json!({"b": 1})))
        );
        // Endless recursion stops at the depth bound, as an evaluation error.
        let error = eval(
            "($f := function($x){$f($x) + 1}; $f(1))",
            json!({}),
            json!({}),
        )
        .unwrap_err();
        assert_eq!(error.name(), "States.QueryEvaluationError");
        assert_eq!(
            error.cause.as_deref(),
            Some(
                "D1011: Stack overflow. Check for non-terminating recursive function.  Consider rewriting as tail-recursive"
            )
        );
    }

    #[test]
    fn partial_application_gives_a_function_of_the_places_left() {
        let none = || json!({});
        assert_eq!(
            eval(
                "($first2 := $substring(?, 0, 2); $first2('hello'))",
                none(),
                none()
            ),
            Ok(Some(json!("he")))
        );
        assert_eq!(
            eval(
                "($add := function($x, $y){$x + $y}; $add2 := $add(?, 2); $add2(3))",
                none(),
                none()
            ),
            Ok(Some(json!(5)))
        );
        // Any expression can be called; a lambda may have a signature.
        assert_eq!(
            eval("(function($x){$x * 2})(3)", none(), none()),
            Ok(Some(json!(6)))
        );
        assert_eq!(
            eval(
                "($inc := function($x)<n:n>{$x + 1}; $inc(1))",
                none(),
                none()
            ),
            Ok(Some(json!(2)))
        );
        // `-` in a signature: the context is the first argument when it is left out.
        assert_eq!(
            evaluate_standalone(
                "name.function($s)<s-:s>{$uppercase($s)}()",
                Some(&json!({"name": "hello"})),
                &Map::new()
            ),
            Ok(Some(json!("HELLO")))
        );
        let error = eval("$nothing(?, 1)", none(), none()).unwrap_err();
        assert_eq!(error.name(), "States.QueryEvaluationError");
    }
}
