//! Validation throughput (states per second) on a small, a medium and a ~1 MB definition.
//!
//! `cargo bench -p sfn-codegen --bench validate`. The generated large definition is also
//! written to `target/sfn-bench/large.asl.json` for whole-process measurements of the CLI.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde_json::{Value, json};
use std::hint::black_box;

/// A definition of `n` states: a chain of Lambda tasks with retry and catch, a Choice every
/// tenth state, and a Parallel and an inline Map every fiftieth.
fn definition(n: usize) -> (String, usize) {
    let mut states = serde_json::Map::new();
    let mut count = 0;
    for i in 0..n {
        let next = if i + 1 == n {
            "Done".to_owned()
        } else {
            format!("Step{}", i + 1)
        };
        let state = if i % 10 == 5 {
            json!({"Type": "Choice", "Choices": [
                {"And": [{"Variable": "$.total", "NumericGreaterThan": i}, {"Variable": "$.kind", "StringEquals": "order"}], "Next": next},
                {"Variable": "$.flag", "IsPresent": true, "Next": "Failed"}], "Default": next})
        } else if i % 50 == 25 {
            json!({"Type": "Parallel", "Branches": [
                {"StartAt": format!("B{i}a"), "States": {format!("B{i}a"): {"Type": "Pass", "Parameters": {"x.$": "States.Format('{}-{}', $.id, $$.Execution.Id)"}, "End": true}}},
                {"StartAt": format!("B{i}b"), "States": {format!("B{i}b"): {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {"StartAt": format!("M{i}"), "States": {format!("M{i}"): {"Type": "Pass", "End": true}}}, "End": true}}}],
                "ResultPath": format!("$.parallel{i}"), "Next": next})
        } else {
            json!({"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": format!("arn:aws:lambda:us-east-1:123456789012:function:step-{i}"),
                               "Payload": {"id.$": "$.id", "index": i, "context.$": "$$.Execution.Id", "note": "processing step of the benchmark workflow"}},
                "ResultSelector": {"body.$": "$.Payload.body"}, "ResultPath": format!("$.results.step{i}"),
                "Retry": [{"ErrorEquals": ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], "IntervalSeconds": 2, "MaxAttempts": 6, "BackoffRate": 2}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Failed"}],
                "Next": next})
        };
        count += if i % 50 == 25 { 4 } else { 1 };
        states.insert(format!("Step{i}"), state);
    }
    states.insert("Done".into(), json!({"Type": "Succeed"}));
    states.insert(
        "Failed".into(),
        json!({"Type": "Fail", "Error": "StepFailed", "Cause": "a step failed"}),
    );
    let machine =
        json!({"Comment": "benchmark", "StartAt": "Step0", "States": Value::Object(states)});
    (serde_json::to_string_pretty(&machine).unwrap(), count + 2)
}

/// The largest chain whose text stays under 1,000,000 bytes.
fn about_one_megabyte() -> (String, usize) {
    let (mut low, mut high) = (100, 5_000);
    while low + 1 < high {
        let mid = (low + high) / 2;
        if definition(mid).0.len() <= 1_000_000 {
            low = mid
        } else {
            high = mid
        }
    }
    definition(low)
}

fn bench(c: &mut Criterion) {
    let large = about_one_megabyte();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/sfn-bench");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("large.asl.json"), &large.0);
    }
    let mut group = c.benchmark_group("check");
    for (name, (text, states)) in [
        ("small", definition(5)),
        ("medium", definition(200)),
        ("1MB", large),
    ] {
        assert!(
            sfn_codegen::check(&text, &Default::default()).is_valid(),
            "{name} must be valid"
        );
        group.throughput(Throughput::Elements(states as u64));
        group.bench_function(
            format!("{name} ({} bytes, {states} states)", text.len()),
            |b| b.iter(|| sfn_codegen::check(black_box(&text), &Default::default())),
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
