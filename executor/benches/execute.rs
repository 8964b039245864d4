//! The executor's speed on the two workloads, whole executions in-process:
//! a counter loop of 10,000 transitions (a Pass with `States.MathAdd` and a Choice), and an
//! inline Map over 100,000 items (Express, so no 25,000-event history limit applies, as on
//! AWS). `cargo bench -p sfn-executor --bench execute`.

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::{Value, json};
use sfn_executor::{Mocks, Options, run};

fn machine(definition: Value) -> sfn_codegen::StateMachine {
    sfn_codegen::parse::from_value(&definition)
        .machine
        .expect("parses")
}

fn counter_loop(c: &mut Criterion) {
    let machine = machine(json!({"StartAt": "Add", "States": {
        "Add": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, 1)"}, "Next": "Done?"},
        "Done?": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThanEquals": 5000, "Next": "End"}], "Default": "Add"},
        "End": {"Type": "Succeed"}}}));
    let mocks = Mocks::new();
    for (label, express) in [("Standard, with its history", false), ("Express", true)] {
        let options = Options {
            express,
            ..Options::default()
        };
        c.bench_function(
            &format!("counter loop, 10,000 transitions ({label})"),
            |b| {
                b.iter(|| {
                    let execution = run(&machine, json!({"n": 0}), &mocks, &options).unwrap();
                    assert_eq!(execution.output, Some(json!({"n": 5000})));
                })
            },
        );
    }
}

fn inline_map(c: &mut Criterion) {
    let machine = machine(
        json!({"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
        "ItemProcessor": {"StartAt": "Double", "States": {"Double": {"Type": "Pass", "Parameters": {"v.$": "States.MathAdd($.v, $.v)"}, "End": true}}},
        "End": true}}}),
    );
    let items: Vec<Value> = (0..100_000).map(|v| json!({"v": v})).collect();
    let input = json!({"items": items});
    let mocks = Mocks::new();
    // AWS would refuse this much data in one state (256 KiB); the benchmark lifts the limit.
    let options = Options {
        express: true,
        max_payload_bytes: None,
        ..Options::default()
    };
    let mut group = c.benchmark_group("inline map");
    group.sample_size(10);
    group.bench_function("100,000 items", |b| {
        b.iter(|| {
            let execution = run(&machine, input.clone(), &mocks, &options).unwrap();
            assert_eq!(
                execution
                    .output
                    .as_ref()
                    .and_then(|o| o.as_array())
                    .map(Vec::len),
                Some(100_000)
            );
        })
    });
    group.finish();
}

/// The usual way to shape items: an `ItemSelector` reading the context object's
/// `$$.Map.Item.Value` and `Index`, and a variable, at several sizes: the cost per item must
/// not grow with the input (copying the execution input into every item's context object made
/// it quadratic: 15,000 items took 1.7 s).
fn map_item_selector(c: &mut Criterion) {
    let machine = machine(json!({"StartAt": "Remember", "States": {
        "Remember": {"Type": "Pass", "Assign": {"factor": 2}, "Next": "Each"},
        "Each": {"Type": "Map", "ItemsPath": "$.items",
        "ItemSelector": {"value.$": "$$.Map.Item.Value.v", "index.$": "$$.Map.Item.Index", "factor.$": "$factor"},
        "ItemProcessor": {"StartAt": "Scale", "States": {"Scale": {"Type": "Pass", "Parameters": {"v.$": "States.MathAdd($.value, $.index)"}, "End": true}}},
        "End": true}}}));
    let mocks = Mocks::new();
    let options = Options {
        express: true,
        max_payload_bytes: None,
        ..Options::default()
    };
    let mut group = c.benchmark_group("inline map, ItemSelector reading $$.Map.Item");
    group.sample_size(10);
    for size in [1_000, 6_000, 15_000] {
        let items: Vec<Value> = (0..size).map(|v| json!({"v": v})).collect();
        let input = json!({"items": items});
        group.bench_function(format!("{size} items"), |b| {
            b.iter(|| {
                let execution = run(&machine, input.clone(), &mocks, &options).unwrap();
                assert_eq!(
                    execution
                        .output
                        .as_ref()
                        .and_then(|o| o.as_array())
                        .map(Vec::len),
                    Some(size)
                );
            })
        });
    }
    group.finish();
}

criterion_group!(benches, counter_loop, inline_map, map_item_selector);
criterion_main!(benches);
