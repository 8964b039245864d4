//! Runs the JSONata reference implementation's test suite (the `groups/<group>/caseN.json`
//! layout of jsonata-js's `test/test-suite`) through the executor's JSONata and counts the
//! cases it passes: `cargo run --release -p sfn-executor --example jsonata_suite -- DIR`.
//! The suite is not part of this repository; point DIR at a copy (the `jsonata-rs` crate
//! ships one under `tests/testsuite`).

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

fn main() {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: jsonata_suite DIR (the suite's folder with groups/ and datasets/)");
        std::process::exit(2);
    };
    // SUITE_VERBOSE=1 lists every failing case.
    let verbose = std::env::var_os("SUITE_VERBOSE").is_some();
    let mut cases = Vec::new();
    // jsonata-rs ships the cases it fails under skip/: those count too.
    collect(&dir.join("groups"), &mut cases);
    collect(&dir.join("skip"), &mut cases);
    cases.sort();
    let (mut passed, mut total) = (0usize, 0usize);
    let mut failed_groups: std::collections::BTreeMap<String, usize> = Default::default();
    for path in &cases {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let Ok(json) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        let list = match json {
            Value::Array(list) => list,
            one => vec![one],
        };
        for case in list {
            total += 1;
            if passes(&case, path, &dir) {
                passed += 1;
            } else {
                if verbose {
                    println!("FAIL {}: {}", path.display(), case["expr"]);
                }
                let group = path
                    .parent()
                    .and_then(Path::file_name)
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                *failed_groups.entry(group).or_default() += 1;
            }
        }
    }
    let mut worst: Vec<_> = failed_groups.into_iter().collect();
    worst.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    println!(
        "{passed} of {total} cases pass ({:.1}%)",
        passed as f64 * 100.0 / total.max(1) as f64
    );
    for (group, n) in worst.iter().take(25) {
        println!("  {n:4} failing in {group}");
    }
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

/// One case: its expression on its data, against `result`, `undefinedResult` or an error.
fn passes(case: &Value, path: &Path, suite: &Path) -> bool {
    let expression = match (&case["expr"], &case["expr-file"]) {
        (Value::String(e), _) => e.clone(),
        (_, Value::String(file)) => {
            std::fs::read_to_string(path.parent().unwrap_or(suite).join(file)).unwrap_or_default()
        }
        _ => return false,
    };
    let data = match &case["dataset"] {
        Value::String(name) => {
            std::fs::read_to_string(suite.join("datasets").join(format!("{name}.json")))
                .ok()
                .and_then(|t| serde_json::from_str(&t).ok())
        }
        _ => case.get("data").cloned(),
    };
    let bindings: Map<String, Value> = case["bindings"].as_object().cloned().unwrap_or_default();
    // A thread of its own, with room for deep recursion; a panic is a failed case.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || sfn_executor::evaluate_jsonata(&expression, data.as_ref(), &bindings));
    let Ok(Ok(outcome)) = worker.map(|w| w.join()) else {
        return false;
    };
    if case.get("code").is_some() || case.get("error").is_some() {
        return outcome.is_err();
    }
    match outcome {
        Ok(None) => case["undefinedResult"] == Value::Bool(true),
        Ok(Some(value)) => case.get("result").is_some_and(|want| same(want, &value)),
        Err(_) => false,
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
