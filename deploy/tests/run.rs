//! `cargo sfn run` as a user runs it: a definition, an input, an AWS Step Functions Local
//! mock file; exit 0 when the execution succeeded, 2 when it ended otherwise, 1 when it
//! could not run.

use std::path::PathBuf;
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cargo-sfn-run-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn sfn_run(dir: &PathBuf, args: &[&str]) -> (Output, serde_json::Value) {
    let output = Command::new(env!("CARGO_BIN_EXE_cargo-sfn"))
        .args(["sfn", "run"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&output.stdout).unwrap_or(serde_json::Value::Null);
    (output, json)
}

/// `cargo sfn test order.asl.json --mock-config mocks.json ARGS` in `dir`.
fn sfn_test(dir: &PathBuf, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cargo-sfn"))
        .args([
            "sfn",
            "test",
            "order.asl.json",
            "--mock-config",
            "mocks.json",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

const ORDER: &str = r#"{"StartAt": "Charge", "States": {
  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
    "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
    "Retry": [{"ErrorEquals": ["Lambda.TimeoutException"], "MaxAttempts": 3}],
    "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Declined"}],
    "ResultSelector": {"paid.$": "$.Payload.paid"}, "ResultPath": "$.charge", "Next": "Done"},
  "Declined": {"Type": "Fail", "Error": "Declined", "Cause": "the card was declined"},
  "Done": {"Type": "Succeed"}}}"#;

const MOCKS: &str = r#"{
  "StateMachines": {"order": {"TestCases": {
    "Paid": {"Charge": "PaidAfterTimeouts"},
    "Declined": {"Charge": "Declined"}}}},
  "MockedResponses": {
    "PaidAfterTimeouts": {
      "0-1": {"Throw": {"Error": "Lambda.TimeoutException", "Cause": "slow"}},
      "2": {"Return": {"StatusCode": 200, "Payload": {"paid": true}}}},
    "Declined": {"0": {"Throw": {"Error": "CardDeclined", "Cause": "no"}}}}
}"#;

/// A scratch folder holding `order.asl.json` and its mock file `mocks.json`.
fn order_folder(name: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("order.asl.json"), ORDER).unwrap();
    std::fs::write(dir.join("mocks.json"), MOCKS).unwrap();
    dir
}

#[test]
fn mock_file_test_cases_run_to_their_ends() {
    let dir = order_folder("cases");
    let (output, json) = sfn_run(
        &dir,
        &[
            "order.asl.json",
            "--input",
            r#"{"id": 7}"#,
            "--mock-config",
            "mocks.json",
            "--test-case",
            "Paid",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(json["status"], "SUCCEEDED");
    assert_eq!(
        json["output"],
        serde_json::json!({"id": 7, "charge": {"paid": true}})
    );
    assert_eq!(json["states"], serde_json::json!(["Charge", "Done"]));
    // Two retries after 1 s and 2 s: virtual time, printed, not waited for.
    assert_eq!(json["stopDate"], "2025-01-01T00:00:03.000Z");
    assert!(json.get("history").is_none(), "only with --history");

    let (_, json) = sfn_run(
        &dir,
        &[
            "order.asl.json",
            "--input",
            "{}",
            "--mock-config",
            "mocks.json",
            "--test-case",
            "Paid",
            "--format",
            "json",
            "--history",
        ],
    );
    let kinds: Vec<&str> = json["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.first(), Some(&"ExecutionStarted"));
    assert_eq!(kinds.iter().filter(|k| **k == "TaskFailed").count(), 2);
    assert_eq!(kinds.last(), Some(&"ExecutionSucceeded"));

    std::fs::write(dir.join("input.json"), r#"{"id": 8}"#).unwrap();
    let (output, json) = sfn_run(
        &dir,
        &[
            "order.asl.json",
            "--input",
            "@input.json",
            "--mock-config",
            "mocks.json",
            "--test-case",
            "Declined",
            "--format",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(json["status"], "FAILED");
    assert_eq!(json["error"], "Declined");
    assert_eq!(json["cause"], "the card was declined");
    assert_eq!(json["states"], serde_json::json!(["Charge", "Declined"]));
}

#[test]
fn what_cannot_run_is_said_with_exit_code_1() {
    let dir = order_folder("cannot");
    let stderr = |output: &Output| String::from_utf8_lossy(&output.stderr).into_owned();

    let (output, _) = sfn_run(&dir, &["order.asl.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains(
            "state `Charge` calls `arn:aws:states:::lambda:invoke`, which no mock answers"
        ),
        "{}",
        stderr(&output)
    );

    let (output, _) = sfn_run(
        &dir,
        &[
            "order.asl.json",
            "--mock-config",
            "mocks.json",
            "--test-case",
            "Lost",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("no test case `Lost`"),
        "{}",
        stderr(&output)
    );

    std::fs::write(
        dir.join("broken.asl.json"),
        r#"{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}}"#,
    )
    .unwrap();
    let (output, _) = sfn_run(&dir, &["broken.asl.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("MISSING_TRANSITION_TARGET"),
        "{}",
        stderr(&output)
    );

    let (output, _) = sfn_run(&dir, &["order.asl.json", "--input", "{not json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("the input is not JSON"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn test_runs_every_case_against_its_expectations_with_coverage() {
    let dir = order_folder("test");
    let expect = |text: &str| std::fs::write(dir.join("expect.json"), text).unwrap();
    let test = |args: &[&str]| sfn_test(&dir, &[&["--expect", "expect.json"], args].concat());
    expect(
        r#"{"Paid": {"input": {"id": 1}, "status": "SUCCEEDED", "output": {"id": 1, "charge": {"paid": true}}},
               "Declined": {"status": "FAILED", "error": "Declined", "states": ["Charge", "Declined"]}}"#,
    );
    let output = test(&[]);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("test Paid ... ok") && stdout.contains("test Declined ... ok"),
        "{stdout}"
    );
    // Both cases together reach every state, retrier and catcher.
    assert!(stdout.contains("coverage: 5/5 (100%)"), "{stdout}");

    expect(r#"{"Declined": {"status": "FAILED", "error": "Approved"}}"#);
    let output = test(&["--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let declined = json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Declined")
        .unwrap();
    assert_eq!(declined["passed"], false);
    assert_eq!(
        declined["problems"][0],
        "error: expected \"Approved\", got \"Declined\""
    );

    expect(r#"{"Lost": {}}"#);
    let output = test(&[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("`Lost`, which is not a test case"));
}

#[test]
fn a_reader_that_stops_reading_is_not_a_panic() {
    use std::io::Read;
    let dir = scratch("pipe");
    // 10,000 states entered: far more output than a pipe holds.
    std::fs::write(
        dir.join("loop.asl.json"),
        r#"{"StartAt": "Add", "States": {
          "Add": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, 1)"}, "Next": "Done?"},
          "Done?": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThanEquals": 5000, "Next": "End"}], "Default": "Add"},
          "End": {"Type": "Succeed"}}}"#,
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_cargo-sfn"))
        .args([
            "sfn",
            "run",
            "loop.asl.json",
            "--input",
            r#"{"n": 0}"#,
            "--format",
            "json",
        ])
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut start = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut start).unwrap();
    // The pipe is closed here, like `| head`.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0));
}

/// `cargo sfn run NAME` finds what `cargo sfn build` wrote where it wrote it: under
/// `CARGO_TARGET_DIR` when that is set, as cargo does; otherwise it says where it looked.
#[test]
fn a_built_workflow_is_found_by_name_in_the_target_folder_cargo_uses() {
    let dir = scratch("target-dir");
    let built = dir.join("elsewhere/sfn/greet");
    std::fs::create_dir_all(&built).unwrap();
    std::fs::write(
        built.join("definition.asl.json"),
        r#"{"StartAt": "Hi", "States": {"Hi": {"Type": "Pass", "Result": "hello", "End": true}}}"#,
    )
    .unwrap();
    let run = |target_dir: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_cargo-sfn"));
        command.args(["sfn", "run", "greet"]).current_dir(&dir);
        match target_dir {
            Some(target_dir) => command.env("CARGO_TARGET_DIR", target_dir),
            None => command.env_remove("CARGO_TARGET_DIR"),
        };
        command.output().unwrap()
    };
    let output = run(Some("elsewhere"));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "\"hello\"\n");
    assert_eq!(output.status.code(), Some(0));

    let output = run(None);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: no definition `greet`, and no built workflow of that name at \
         target/sfn/greet/definition.asl.json (run `cargo sfn build` first, or give the definition's path)\n"
    );
}

/// Without `--expect`, a case passes only when its execution succeeded, and cases run on
/// an input nobody gave are named.
#[test]
fn test_without_expectations_fails_a_case_whose_execution_failed() {
    let dir = order_folder("no-expect");
    let test = |more: &[&str]| sfn_test(&dir, more);
    let output = test(&[]);
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "test Declined ... FAILED (Failed)\n    \
         status: expected \"SUCCEEDED\" (say \"status\" in --expect when a case should end otherwise), \
         got \"FAILED\": error \"Declined\", cause \"the card was declined\"\n\
         test Paid ... ok (Succeeded)\n\
         coverage: 5/5 (100%): states, Choice rules, retriers and catchers\n\
         1 passed, 1 failed\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "note: no input given for Declined, Paid; ran on {} \
         (give one with --input, or an \"input\" in --expect)\n"
    );
    assert_eq!(output.status.code(), Some(1));

    let output = test(&["--input", r#"{"id": 7}"#]);
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

/// The account, region (and so partition), execution name and start time a local run
/// pretends: they are in the context object and its ARNs.
#[test]
fn where_and_when_a_run_pretends_to_be() {
    let dir = scratch("pretend");
    std::fs::write(
        dir.join("who.asl.json"),
        r#"{"StartAt": "Who", "States": {"Who": {"Type": "Pass",
            "Parameters": {"id.$": "$$.Execution.Id", "start.$": "$$.Execution.StartTime"}, "End": true}}}"#,
    )
    .unwrap();
    let (output, json) = sfn_run(
        &dir,
        &[
            "who.asl.json",
            "--region",
            "cn-north-1",
            "--account",
            "999999999999",
            "--execution-name",
            "e7",
            "--start-time",
            "2026-01-02T03:04:05Z",
            "--format",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        json["output"],
        serde_json::json!({
            "id": "arn:aws-cn:states:cn-north-1:999999999999:execution:who:e7",
            "start": "2026-01-02T03:04:05.000Z"
        })
    );
    let (output, _) = sfn_run(
        &dir,
        &["who.asl.json", "--start-time", "2026-02-30T00:00:00Z"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: --start-time `2026-02-30T00:00:00Z` is not a timestamp such as 2026-03-14T01:59:00Z\n"
    );
}

/// The data a page draws.
fn page_data(path: &std::path::Path) -> serde_json::Value {
    sfn_view::data_of(&std::fs::read_to_string(path).unwrap()).expect("the page holds its data")
}

#[test]
fn run_and_test_draw_pages_when_asked() {
    let dir = order_folder("pages");
    let run_paid = |html: &str| {
        let case = [
            "order.asl.json",
            "--mock-config",
            "mocks.json",
            "--test-case",
            "Paid",
        ];
        sfn_run(
            &dir,
            &[&case[..], &["--html", html, "--format", "json"]].concat(),
        )
    };
    let (output, _) = run_paid("paid.html");
    assert_eq!(output.status.code(), Some(0));
    let data = page_data(&dir.join("paid.html"));
    assert_eq!(data["title"], "order · local");
    assert_eq!(data["mode"], "run");
    let outcomes: Vec<(&str, &str, u64)> = data["run"]["visits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["state"].as_str().unwrap(),
                v["outcome"].as_str().unwrap(),
                v["retries"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [("Charge", "retried", 2), ("Done", "succeeded", 0)]
    );

    // A suite's coverage: the two cases reach everything.
    std::fs::write(
        dir.join("expect.json"),
        r#"{"Declined": {"status": "FAILED"}}"#,
    )
    .unwrap();
    let output = sfn_test(
        &dir,
        &["--expect", "expect.json", "--html", "coverage.html"],
    );
    assert_eq!(output.status.code(), Some(0));
    let data = page_data(&dir.join("coverage.html"));
    assert_eq!(data["mode"], "coverage");
    assert_eq!(data["coverage"]["executions"], 2);
    assert_eq!(data["coverage"]["missed"], serde_json::json!([]));
    assert_eq!(
        data["coverage"]["states"],
        serde_json::json!({"Charge": 2, "Declined": 1, "Done": 1})
    );

    // A page that cannot be written is said, with exit code 1 and nothing on stdout.
    let (output, _) = run_paid("no/such/folder/page.html");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(output.stdout, b"");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr,
        "error: cannot write no/such/folder/page.html: No such file or directory (os error 2)\n"
    );
}
