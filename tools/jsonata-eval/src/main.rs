//! Measures JSONata engines for the executor's choice, on what matters to it:
//!
//! - conformance: the reference implementation's test suite (jsonata-js `test/test-suite`,
//!   the copy the `jsonata-rs` crate ships, its `skip/` cases included), counted as the
//!   executor's old example counted it, and "exactly": the result's JSON text, key order and
//!   number printing included, equal to the expected text;
//! - robustness: panics on the suite and on mutated expressions (deterministic byte
//!   mutations of every suite expression), and evaluations still running after 2 s;
//! - speed: what Step Functions users write (a field read, a filter and projection over
//!   items, a sum, a string join, a lookup by key), parse and evaluate each time as the
//!   executor does, at 10, 1,000 and 10,000 items.
//!
//! `cargo run --release --manifest-path tools/jsonata-eval/Cargo.toml -- SUITE_DIR`

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

/// What an evaluation gives: a value, undefined, or an error (its code when the engine
/// gives one).
type Outcome = Result<Option<Value>, String>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Engine {
    /// The executor's: `jlens-core` with Step Functions' functions bound.
    Executor,
    /// The engine the executor used before, upstream (the project carried patches on it).
    JsonataRs,
    JsonataCore,
    JlensCore,
}

const ENGINES: [Engine; 4] = [
    Engine::Executor,
    Engine::JsonataRs,
    Engine::JsonataCore,
    Engine::JlensCore,
];

impl Engine {
    fn name(self) -> &'static str {
        match self {
            Engine::Executor => "sfn-executor",
            Engine::JsonataRs => "jsonata-rs 0.3.4",
            Engine::JsonataCore => "jsonata-core 2.2.13",
            Engine::JlensCore => "jlens-core 0.26.0",
        }
    }

    fn evaluate(
        self,
        expression: &str,
        input: Option<&Value>,
        bindings: &Map<String, Value>,
    ) -> Outcome {
        match self {
            Engine::Executor => sfn_executor::evaluate_jsonata(expression, input, bindings)
                .map_err(|f| code_in(&f.details().to_string())),
            Engine::JsonataRs => {
                let arena = bumpalo::Bump::new();
                let engine = jsonata_rs::JsonAta::new(expression, &arena)
                    .map_err(|e| code_in(&e.to_string()))?;
                let variables: std::collections::HashMap<&str, &Value> =
                    bindings.iter().map(|(k, v)| (k.as_str(), v)).collect();
                for (name, value) in &variables {
                    let parsed = jsonata_rs::JsonAta::new(&value.to_string(), &arena)
                        .and_then(|v| v.evaluate(None, None))
                        .map_err(|e| code_in(&e.to_string()))?;
                    engine.assign_var(name, parsed);
                }
                let text = input.map(Value::to_string);
                let result = engine
                    .evaluate_timeboxed(text.as_deref(), Some(1_000), Some(2_000))
                    .map_err(|e| code_in(&e.to_string()))?;
                if result.is_undefined() {
                    return Ok(None);
                }
                serde_json::from_str(&result.serialize(false))
                    .map(Some)
                    .map_err(|_| "result".to_owned())
            }
            Engine::JsonataCore => {
                use jsonata_core::evaluator::{Context, Evaluator, EvaluatorOptions};
                use jsonata_core::value::JValue;
                let ast = jsonata_core::parser::parse(expression).map_err(|e| format!("{e:?}"))?;
                let mut context = Context::new();
                for (name, value) in bindings {
                    context.bind(name.clone(), JValue::from(value.clone()));
                }
                let options = EvaluatorOptions {
                    timeout_ms: Some(2_000),
                    ..EvaluatorOptions::default()
                };
                let mut evaluator = Evaluator::with_options(context, options);
                let data = input.map_or(JValue::Undefined, |v| JValue::from(v.clone()));
                let result = evaluator
                    .evaluate(&ast, &data)
                    .map_err(|e| e.code().unwrap_or("error").to_owned())?;
                Ok((!result.is_undefined()).then(|| Value::from(&result)))
            }
            Engine::JlensCore => {
                let compiled =
                    jlens_core::Expression::compile(expression).map_err(|e| e.code().to_owned())?;
                let mut variables = jlens_core::Bindings::new();
                for (name, value) in bindings {
                    variables = variables.var(name.clone(), value.clone());
                }
                let options = jlens_core::Options::new().timeout(Duration::from_secs(2));
                compiled
                    .evaluate_with(input, &variables, &options)
                    .map_err(|e| e.code().to_owned())
            }
        }
    }
}

/// The first JSONata error code (`T1006`, `D3001`...) in a message: the executor's causes
/// carry it inside AWS's wording.
fn code_in(message: &str) -> String {
    let bytes = message.as_bytes();
    (0..bytes.len().saturating_sub(4))
        .find(|&i| {
            bytes[i].is_ascii_uppercase()
                && bytes[i + 1..i + 5].iter().all(u8::is_ascii_digit)
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
        })
        .map_or_else(|| "error".to_owned(), |i| message[i..i + 5].to_owned())
}

/// How one evaluation ended, run on a thread of its own with room for deep recursion.
enum Ran {
    Done(Outcome),
    Panicked,
    Hung,
}

fn run(
    engine: Engine,
    expression: &str,
    input: Option<&Value>,
    bindings: &Map<String, Value>,
) -> Ran {
    let (expression, input, bindings) = (expression.to_owned(), input.cloned(), bindings.clone());
    let (send, receive) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| {
                engine.evaluate(&expression, input.as_ref(), &bindings)
            }));
            let _ = send.send(outcome);
        });
    if spawned.is_err() {
        return Ran::Panicked;
    }
    match receive.recv_timeout(Duration::from_secs(2)) {
        Ok(Ok(outcome)) => Ran::Done(outcome),
        Ok(Err(_)) => Ran::Panicked,
        // Left running: a thread cannot be stopped from outside.
        Err(_) => Ran::Hung,
    }
}

/// One case of the suite.
struct Case {
    group: String,
    expression: String,
    input: Option<Value>,
    bindings: Map<String, Value>,
    expected: Expected,
}

enum Expected {
    Value(Value, String),
    Undefined,
    Error(Option<String>),
}

fn cases(suite: &Path) -> Vec<Case> {
    let mut files = Vec::new();
    collect(&suite.join("groups"), &mut files);
    collect(&suite.join("skip"), &mut files);
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let Some(text) = std::fs::read_to_string(&path).ok() else {
            continue;
        };
        let Ok(json) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        let group = path
            .parent()
            .and_then(Path::file_name)
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let list = match json {
            Value::Array(list) => list,
            one => vec![one],
        };
        for case in list {
            let expression = match (&case["expr"], &case["expr-file"]) {
                (Value::String(e), _) => e.clone(),
                (_, Value::String(file)) => {
                    std::fs::read_to_string(path.parent().unwrap_or(suite).join(file))
                        .unwrap_or_default()
                }
                _ => continue,
            };
            let input = match &case["dataset"] {
                Value::String(name) => {
                    std::fs::read_to_string(suite.join("datasets").join(format!("{name}.json")))
                        .ok()
                        .and_then(|t| serde_json::from_str(&t).ok())
                }
                _ => case.get("data").cloned(),
            };
            let expected = if case.get("code").is_some() || case.get("error").is_some() {
                let code = case["code"]
                    .as_str()
                    .or_else(|| case["error"]["code"].as_str());
                Expected::Error(code.map(str::to_owned))
            } else if case["undefinedResult"] == Value::Bool(true) {
                Expected::Undefined
            } else if let Some(result) = case.get("result") {
                // The expected text, as the suite's file writes the value.
                Expected::Value(
                    result.clone(),
                    serde_json::to_string(result).unwrap_or_default(),
                )
            } else {
                Expected::Undefined
            };
            cases.push(Case {
                group: group.clone(),
                expression,
                input,
                bindings: case["bindings"].as_object().cloned().unwrap_or_default(),
                expected,
            });
        }
    }
    cases
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// Equal as JSON, numbers compared as numbers.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            (x.as_f64().unwrap_or(f64::NAN) - y.as_f64().unwrap_or(f64::NAN)).abs() < 1e-9
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

#[derive(Default, Debug)]
struct Tally {
    passed: usize,
    exact: usize,
    right_code: usize,
    error_cases: usize,
    panics: usize,
    hangs: usize,
    seconds: f64,
    failing: BTreeMap<String, usize>,
}

fn conformance(engine: Engine, cases: &[Case]) -> Tally {
    let mut tally = Tally::default();
    let started = Instant::now();
    for case in cases {
        let ran = run(
            engine,
            &case.expression,
            case.input.as_ref(),
            &case.bindings,
        );
        let outcome = match ran {
            Ran::Done(outcome) => outcome,
            Ran::Panicked => {
                tally.panics += 1;
                *tally.failing.entry(case.group.clone()).or_default() += 1;
                continue;
            }
            Ran::Hung => {
                tally.hangs += 1;
                *tally.failing.entry(case.group.clone()).or_default() += 1;
                continue;
            }
        };
        let (passed, exact) = match (&case.expected, &outcome) {
            (Expected::Error(code), Err(got)) => {
                tally.error_cases += 1;
                let right = code.as_deref().is_none_or(|c| c == got);
                tally.right_code += usize::from(right);
                (true, right)
            }
            (Expected::Error(_), Ok(_)) => {
                tally.error_cases += 1;
                (false, false)
            }
            (Expected::Undefined, Ok(None)) => (true, true),
            (Expected::Value(want, text), Ok(Some(got))) => {
                let passed = same(want, got);
                (
                    passed,
                    passed && serde_json::to_string(got).is_ok_and(|t| &t == text),
                )
            }
            _ => (false, false),
        };
        tally.passed += usize::from(passed);
        tally.exact += usize::from(exact);
        if !passed {
            *tally.failing.entry(case.group.clone()).or_default() += 1;
        }
    }
    tally.seconds = started.elapsed().as_secs_f64();
    tally
}

/// Deterministic mutants of every suite expression: a byte dropped, doubled or replaced by
/// one of JSONata's punctuation.
fn mutants(cases: &[Case], per_case: usize) -> Vec<(String, Option<Value>)> {
    let mut rng = fastrand::Rng::with_seed(7);
    let punctuation = b"()[]{}.,;:$@#%^*&|?!=<>~-+/\"'` \\";
    let mut out = Vec::new();
    for case in cases {
        let bytes = case.expression.as_bytes();
        if bytes.is_empty() {
            continue;
        }
        for _ in 0..per_case {
            let mut mutant = bytes.to_vec();
            let at = rng.usize(..mutant.len());
            match rng.u8(..3) {
                0 => {
                    mutant.remove(at);
                }
                1 => mutant.insert(at, mutant[at]),
                _ => mutant[at] = punctuation[rng.usize(..punctuation.len())],
            }
            if let Ok(text) = String::from_utf8(mutant) {
                out.push((text, case.input.clone()));
            }
        }
    }
    out
}

fn robustness(engine: Engine, mutants: &[(String, Option<Value>)]) -> (usize, usize) {
    let (mut panics, mut hangs) = (0, 0);
    for (expression, input) in mutants {
        match run(engine, expression, input.as_ref(), &Map::new()) {
            Ran::Panicked => panics += 1,
            Ran::Hung => hangs += 1,
            Ran::Done(_) => {}
        }
    }
    (panics, hangs)
}

/// What users write in Step Functions, on an order of `n` items.
fn speed(engine: Engine) -> Vec<(String, usize, f64)> {
    let expressions = [
        ("field read", "order.customer.email"),
        (
            "filter + projection",
            "order.items[price > 50].{\"sku\": sku, \"cost\": price * quantity}",
        ),
        ("sum", "$sum(order.items.(price * quantity))"),
        ("join", "$join(order.items.sku, \",\")"),
        ("lookup by key", "order.items[sku = \"sku-7\"].price"),
    ];
    let mut out = Vec::new();
    for n in [10usize, 1_000, 10_000] {
        let items: Vec<Value> = (0..n)
            .map(|i| json!({"sku": format!("sku-{i}"), "price": (i % 100) as f64 + 0.5, "quantity": i % 7 + 1}))
            .collect();
        let input = json!({"order": {"customer": {"email": "ada@example.com"}, "items": items}});
        for (label, expression) in expressions {
            let rounds = (200_000 / n.max(10)).clamp(5, 2_000);
            let mut times = Vec::with_capacity(rounds);
            for _ in 0..rounds {
                let started = Instant::now();
                let outcome = engine.evaluate(expression, Some(&input), &Map::new());
                times.push(started.elapsed().as_secs_f64() * 1e6);
                assert!(
                    outcome.is_ok(),
                    "{}: {label} fails: {outcome:?}",
                    engine.name()
                );
            }
            times.sort_by(f64::total_cmp);
            out.push((label.to_owned(), n, times[rounds / 2]));
        }
    }
    out
}

fn main() {
    let Some(suite) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: jsonata-eval SUITE_DIR (with groups/ and datasets/)");
        std::process::exit(2);
    };
    let cases = cases(&suite);
    let mutants = mutants(&cases, 10);
    println!("{} suite cases, {} mutants\n", cases.len(), mutants.len());
    let mut speeds = BTreeMap::new();
    for engine in ENGINES {
        let tally = conformance(engine, &cases);
        let (panics, hangs) = robustness(engine, &mutants);
        println!("{}", engine.name());
        println!(
            "  suite: {} of {} pass ({:.1} %), {} exactly (key order, number text); errors with the right code: {} of {}",
            tally.passed,
            cases.len(),
            tally.passed as f64 * 100.0 / cases.len() as f64,
            tally.exact,
            tally.right_code,
            tally.error_cases
        );
        println!(
            "  suite: {} panics, {} still running after 2 s, {:.2} s in all",
            tally.panics, tally.hangs, tally.seconds
        );
        println!("  mutants: {panics} panics, {hangs} still running after 2 s");
        let mut worst: Vec<_> = tally.failing.into_iter().collect();
        worst.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let worst: Vec<String> = worst
            .iter()
            .take(8)
            .map(|(g, n)| format!("{g} {n}"))
            .collect();
        println!("  most failing groups: {}", worst.join(", "));
        speeds.insert(engine, speed(engine));
    }
    println!("\nmedian µs per parse + evaluation");
    print!("{:<22} {:>6}", "expression", "items");
    for engine in ENGINES {
        print!(" {:>20}", engine.name());
    }
    println!();
    for (row, (label, n, _)) in speeds[&Engine::Executor].iter().enumerate() {
        print!("{label:<22} {n:>6}");
        for engine in ENGINES {
            print!(" {:>20.1}", speeds[&engine][row].2);
        }
        println!();
    }
}
