//! Run every valid definition the fuzzer finds, its tasks answered in turn with success and
//! failure: the executor may fail the execution or refuse to run, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::json;
use sfn_executor::{Mocks, Options, Reply, Status};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let report = sfn_codegen::check(text, &sfn_codegen::Options::default());
    let Some(machine) = report.machine.filter(|_| report.diagnostics.iter().all(|d| !d.is_error())) else {
        return;
    };
    let mocks = Mocks::new().otherwise(|call| match call.invocation % 3 {
        0 => Reply::ok(json!({"Payload": {"ok": true}, "Items": [1, 2]})),
        1 => Reply::fail("Fuzz.Failure", "failed on purpose").after_seconds(5),
        _ => Reply::ok(json!([1, "two", null])).after_seconds(120),
    });
    for express in [false, true] {
        let options = Options { express, max_transitions: 10_000, ..Options::default() };
        if let Ok(execution) = sfn_executor::run(&machine, json!({"items": [1, 2, 3], "n": 1}), &mocks, &options) {
            assert_eq!(execution.status == Status::Succeeded, execution.output.is_some());
            let _ = execution.history();
        }
    }
});
