//! `cargo sfn validate` and `cargo sfn fmt` as a user runs them: exit codes and output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn cargo_sfn(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cargo-sfn"))
        .arg("sfn")
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("cargo-sfn runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn temp_copy(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cargo-sfn-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn build_writes_every_example_valid_and_canonical() {
    let out = std::env::temp_dir().join(format!("cargo-sfn-build-{}", std::process::id()));
    let out_arg = out.to_str().unwrap();
    let output = cargo_sfn(&[
        "build",
        "--manifest-path",
        "examples/Cargo.toml",
        "--out-dir",
        out_arg,
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written: Vec<_> = stdout(&output).lines().map(str::to_owned).collect();
    assert_eq!(written.len(), 7, "{written:?}");
    assert!(
        out.join("order-processing")
            .join("definition.asl.json")
            .exists()
    );
    // No template unless asked for.
    assert!(!out.join("order-processing/template.json").exists());
    let graph = std::fs::read_to_string(out.join("order-processing/graph.mmd")).unwrap();
    assert!(graph.contains("{\"Valid?\"}"), "{graph}");
    // The declared input type's schema, with serde's names.
    let schema = std::fs::read_to_string(out.join("order-processing/input.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    assert_eq!(
        schema["properties"]["orderId"]["type"], "string",
        "{schema}"
    );
    let output = cargo_sfn(&["validate", out_arg]);
    assert!(output.status.success(), "{}", stdout(&output));
    assert!(stdout(&output).contains("0 error(s), 0 warning(s)"));
    let output = cargo_sfn(&["fmt", "--check", out_arg]);
    assert!(output.status.success(), "{}", stdout(&output));
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn an_invalid_definition_shows_code_place_source_and_hint_and_fails() {
    let output = cargo_sfn(&[
        "validate",
        "tests/fixtures/invalid/MISSING_TRANSITION_TARGET.next-typo.asl.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("error[MISSING_TRANSITION_TARGET]: `Next` names `Finsh`, but there is no state `Finsh` in this scope"), "{text}");
    assert!(
        text.contains("MISSING_TRANSITION_TARGET.next-typo.asl.json:7:15"),
        "{text}"
    );
    assert!(text.contains("^^^^^^^ States.A.Next"), "{text}");
    assert!(text.contains("help: did you mean `Finish`?"), "{text}");
    assert!(
        text.contains("FAILED: 1 file(s) checked, 1 error(s), 0 warning(s)"),
        "{text}"
    );
}

#[test]
fn json_output_gives_positions_for_tools() {
    let output = cargo_sfn(&[
        "validate",
        "--format",
        "json",
        "tests/fixtures/invalid/INVALID_JSONATA.unbalanced.asl.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON output");
    let finding = &document["files"][0]["diagnostics"][0];
    assert_eq!(finding["code"], "INVALID_JSONATA");
    assert_eq!(finding["location"], "States.A.Output");
    assert_eq!(finding["severity"], "error");
    // The column points inside the string, at the end of the unbalanced expression.
    assert_eq!(finding["line"], 8);
    assert!(finding["column"].as_u64().unwrap() > 17, "{finding}");
    assert_eq!(document["summary"]["errors"], 1);
}

#[test]
fn warnings_pass_unless_denied() {
    let file = "tests/fixtures/invalid/NO_DOLLAR.path-without-suffix.asl.json";
    assert_eq!(cargo_sfn(&["validate", file]).status.code(), Some(0));
    assert_eq!(
        cargo_sfn(&["validate", "--deny-warnings", file])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn express_rules_apply_with_the_flag() {
    let file = "tests/fixtures/valid/callback-with-token-and-timeouts.asl.json";
    assert_eq!(cargo_sfn(&["validate", file]).status.code(), Some(0));
    let output = cargo_sfn(&["validate", "--express", file]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("Express workflows do not support `.waitForTaskToken`"));
}

#[test]
fn an_unreadable_file_is_reported_and_fails() {
    let output = cargo_sfn(&["validate", "no/such/file.asl.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output).contains("error: cannot read no/such/file.asl.json"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn malformed_json_points_at_the_line() {
    let path = temp_copy(
        "broken.asl.json",
        "{\n  \"StartAt\": \"A\",\n  \"States\": {\n}\n,}",
    );
    let output = cargo_sfn(&["validate", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stdout(&output)
            .contains("error[INVALID_JSON_DESCRIPTION]: the definition is not valid JSON"),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("line 5"), "{}", stdout(&output));
}

#[test]
fn fmt_rewrites_to_canonical_form_and_check_then_passes() {
    let path = temp_copy(
        "messy.asl.json",
        r#"{"States": {"A": {"End": true, "Type": "Pass"}}, "StartAt": "A"}"#,
    );
    let file = path.to_str().unwrap();
    assert_eq!(cargo_sfn(&["fmt", "--check", file]).status.code(), Some(1));
    assert!(cargo_sfn(&["fmt", file]).status.success());
    let formatted = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        formatted,
        "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\n      \"Type\": \"Pass\",\n      \"End\": true\n    }\n  }\n}\n"
    );
    assert!(cargo_sfn(&["fmt", "--check", file]).status.success());
}

#[test]
fn fmt_refuses_what_it_cannot_parse() {
    let path = temp_copy(
        "no-type.asl.json",
        r#"{"StartAt": "A", "States": {"A": {"End": true}}}"#,
    );
    let output = cargo_sfn(&["fmt", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("a state must have a `Type` field"));
}

#[test]
fn import_writes_builder_code_and_refuses_invalid_definitions() {
    let good = temp_copy(
        "orders.asl.json",
        r#"{"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "End": true}}}"#,
    );
    let output = cargo_sfn(&["import", good.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let code = stdout(&output);
    assert!(code.contains("pub fn orders() -> Workflow"), "{code}");
    assert!(
        code.contains(r#"lambda::invoke("charge").parameter("Payload", path("$"))"#),
        "{code}"
    );

    let bad = temp_copy(
        "bad.asl.json",
        r#"{"StartAt": "Nowhere", "States": {"A": {"Type": "Pass", "End": true}}}"#,
    );
    let output = cargo_sfn(&["import", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("MISSING_TRANSITION_TARGET"), "{stderr}");
}

#[test]
fn build_names_a_package_that_does_not_exist() {
    let output = cargo_sfn(&[
        "build",
        "--manifest-path",
        "examples/Cargo.toml",
        "-p",
        "nope",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("error: no package named `nope` in this workspace"),
        "{stderr}"
    );
}

#[test]
fn policy_prints_least_privilege_and_reports_widening() {
    let file = temp_copy(
        "charge.asl.json",
        r#"{"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName.$": "$.fn"}, "End": true}}}"#,
    );
    let output = cargo_sfn(&[
        "policy",
        "--account",
        "111122223333",
        "--region",
        "eu-west-1",
        file.to_str().unwrap(),
    ]);
    assert!(output.status.success());
    let policy: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(
        policy["Statement"][0]["Resource"][0],
        "arn:aws:lambda:eu-west-1:111122223333:function:*"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("policy widened at States.Charge: FunctionName is known only at run time"),
        "{stderr}"
    );

    let output = cargo_sfn(&[
        "policy",
        "--trust",
        "--account",
        "111122223333",
        "--region",
        "eu-west-1",
        file.to_str().unwrap(),
    ]);
    let trust: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(
        trust["Statement"][0]["Condition"]["StringEquals"]["aws:SourceAccount"],
        "111122223333"
    );
}

#[test]
fn build_writes_policies_with_an_environment() {
    let out = std::env::temp_dir().join(format!("cargo-sfn-build-iam-{}", std::process::id()));
    let output = cargo_sfn(&[
        "build",
        "--manifest-path",
        "examples/Cargo.toml",
        "--out-dir",
        out.to_str().unwrap(),
        "--account",
        "123456789012",
        "--region",
        "eu-west-1",
        "--explain",
        "--template",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("sqs:SendMessage\n    for States.Ask approver (sqs:sendMessage); States.Ask manager (sqs:sendMessage)"), "{stderr}");
    let policy = std::fs::read_to_string(out.join("order-processing").join("policy.json")).unwrap();
    assert!(policy.contains("arn:aws:ecs:eu-west-1:123456789012:task-definition/ship-order:7"));
    assert!(
        out.join("order-processing")
            .join("trust-policy.json")
            .exists()
    );
    // The template's policy keeps the roles the workflow declares it passes to ECS, bound in
    // the stack's own account; its typed resources are definition substitutions.
    let template = std::fs::read_to_string(out.join("order-processing/template.json")).unwrap();
    assert!(
        template.contains(
            r#""Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/ship-order-task""#
        ),
        "{template}"
    );
    let template: serde_json::Value = serde_json::from_str(&template).unwrap();
    let machine = &template["Resources"]["StateMachine"]["Properties"];
    assert_eq!(
        machine["DefinitionSubstitutions"]["sfn.table.inventory.name"],
        "inventory"
    );
    assert_eq!(
        machine["DefinitionSubstitutions"]["sfn.function.charge-card.arn"],
        serde_json::json!({"Fn::Sub": "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:charge-card"})
    );
    assert!(!stderr.contains("template policy widened"), "{stderr}");
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn graph_draws_mermaid_and_dot_and_refuses_what_it_cannot_parse() {
    let file = temp_copy(
        "graph.asl.json",
        r#"{"StartAt": "Check", "States": {
            "Check": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Done"}], "Default": "Fail"},
            "Done": {"Type": "Succeed"}, "Fail": {"Type": "Fail"}}}"#,
    );
    let path = file.to_str().unwrap();
    let output = cargo_sfn(&["graph", path]);
    assert!(output.status.success());
    let mermaid = stdout(&output);
    assert!(mermaid.starts_with("flowchart TD"), "{mermaid}");
    assert!(mermaid.contains("-->|\"$.ok == true\"|"), "{mermaid}");
    let output = cargo_sfn(&["graph", "--format", "dot", path]);
    assert!(
        stdout(&output).starts_with("digraph workflow {"),
        "{}",
        stdout(&output)
    );
    let broken = temp_copy("broken-graph.asl.json", "{\"StartAt\": ");
    let output = cargo_sfn(&["graph", broken.to_str().unwrap()]);
    assert!(!output.status.success());
    std::fs::remove_file(file).unwrap();
    std::fs::remove_file(broken).unwrap();
}

#[test]
fn export_writes_a_template_and_refuses_bad_input() {
    let file = temp_copy(
        "export.asl.json",
        r#"{"StartAt": "Call", "States": {"Call": {"Type": "Task",
            "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "charge"}, "End": true}}}"#,
    );
    let path = file.to_str().unwrap();
    let output = cargo_sfn(&[
        "export",
        path,
        "--strategy",
        "linear:25:1m",
        "--alarm",
        "errors",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let template: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let resources = &template["Resources"];
    assert_eq!(
        resources["StateMachine"]["Properties"]["StateMachineName"],
        "export"
    );
    assert_eq!(
        resources["Alias"]["Properties"]["DeploymentPreference"]["Type"],
        "LINEAR"
    );
    assert_eq!(resources["Version"]["UpdateReplacePolicy"], "Retain");

    let output = cargo_sfn(&["export", path, "--strategy", "blue-green"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("`blue-green` is not a rollout strategy"),
        "{stderr}"
    );

    let broken = temp_copy(
        "broken-export.asl.json",
        r#"{"StartAt": "Nowhere", "States": {}}"#,
    );
    let output = cargo_sfn(&["export", broken.to_str().unwrap()]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the definition has errors"), "{stderr}");
    std::fs::remove_file(file).unwrap();
    std::fs::remove_file(broken).unwrap();
}

#[test]
fn build_with_an_environment_writes_the_policies_deploy_puts() {
    let out = std::env::temp_dir().join(format!("cargo-sfn-build-env-{}", std::process::id()));
    let out_arg = out.to_str().unwrap();
    let args = [
        "build",
        "--manifest-path",
        "examples/Cargo.toml",
        "--out-dir",
        out_arg,
    ];
    let output = cargo_sfn(&[&args[..], &["--env", "prod"]].concat());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // examples/sfn.toml's prod: prefix `prod-`, account 123456789012, eu-west-1, logging, tracing.
    let trust = std::fs::read_to_string(out.join("order-processing/trust-policy.json")).unwrap();
    assert!(
        trust.contains("arn:aws:states:eu-west-1:123456789012:stateMachine:prod-order-processing"),
        "{trust}"
    );
    let policy = std::fs::read_to_string(out.join("order-processing/policy.json")).unwrap();
    assert!(
        policy.contains("xray:PutTraceSegments") && policy.contains("logs:CreateLogDelivery"),
        "{policy}"
    );
    // Where the typed resources are in prod: prefixed, but for those sfn.toml names.
    let resources: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("etl-pipeline/resources.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        resources,
        serde_json::json!([
            {"kind": "function", "logical": "profile-dataset", "name": "data-profile-dataset", "region": "eu-west-1", "account": "210987654321", "arn": "arn:aws:lambda:eu-west-1:210987654321:function:data-profile-dataset"},
            {"kind": "topic", "logical": "etl-alerts", "name": "prod-etl-alerts", "region": "eu-west-1", "account": "123456789012", "arn": "arn:aws:sns:eu-west-1:123456789012:prod-etl-alerts"},
            {"kind": "redshift-cluster", "logical": "warehouse", "name": "analytics-warehouse", "region": "eu-west-1", "account": "123456789012", "arn": "arn:aws:redshift:eu-west-1:123456789012:cluster:analytics-warehouse"}
        ])
    );
    let policy = std::fs::read_to_string(out.join("etl-pipeline/policy.json")).unwrap();
    assert!(
        policy.contains("\"arn:aws:lambda:eu-west-1:210987654321:function:data-profile-dataset\""),
        "{policy}"
    );

    let output = cargo_sfn(&[&args[..], &["--env", "dev"]].concat());
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "environment `dev` (examples/sfn.toml) sets no `account`, which the policies need"
        ),
        "{stderr}"
    );
    std::fs::remove_dir_all(&out).unwrap();
}

/// `validate` follows the types as `compile()` does: what the flow finds over an unknown
/// input (or the declared one, `--input-schema`) is a run-time warning; AWS's verdict, the
/// exit code, stays as it was unless warnings are denied.
#[test]
fn validate_follows_types_through_the_graph() {
    let flow = temp_copy(
        "flow.asl.json",
        r#"{
  "StartAt": "Check",
  "States": {
    "Check": {"Type": "Pass", "Result": {"ok": true, "items": [{"sku": "a"}]}, "ResultPath": "$.check", "Next": "Ok?"},
    "Ok?": {"Type": "Choice", "Choices": [{"Variable": "$.check.ok", "StringEquals": "yes", "Next": "Each"}], "Default": "Each"},
    "Each": {
      "Type": "Map", "ItemsPath": "$.check.items",
      "ItemSelector": {"price.$": "$$.Map.Item.Value.price"},
      "ItemProcessor": {"StartAt": "One", "States": {"One": {"Type": "Pass", "End": true}}},
      "ResultPath": "$.each", "Next": "Done"},
    "Done": {"Type": "Pass", "OutputPath": "$.check.total", "End": true}
  }
}"#,
    );
    let output = cargo_sfn(&["validate", "--format", "json", flow.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    let document: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let found: Vec<(String, String, bool)> = document["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["location"].as_str().unwrap().to_owned(),
                d["fails_at_run_time"] == true,
            )
        })
        .collect();
    let expected = [
        ("INVALID_CHOICE_OPERAND", "States.Ok?.Choices[0].Variable"),
        (
            "UNKNOWN_INPUT_FIELD",
            "States.Each.ItemSelector[\"price.$\"]",
        ),
        ("UNKNOWN_INPUT_FIELD", "States.Done.OutputPath"),
    ]
    .map(|(code, at)| (code.to_owned(), at.to_owned(), true));
    assert_eq!(found, expected);

    let typed = temp_copy(
        "typed.asl.json",
        r#"{"StartAt": "Big?", "States": {
  "Big?": {"Type": "Choice", "Choices": [{"Variable": "$.express", "StringEquals": "true", "Next": "Fast"}], "Default": "Fast"},
  "Fast": {"Type": "Succeed"}}}"#,
    );
    let schema = temp_copy(
        "input.schema.json",
        r#"{"type": "object", "properties": {"express": {"type": "boolean"}}, "required": ["express"]}"#,
    );
    let (typed, schema) = (typed.to_str().unwrap(), schema.to_str().unwrap());
    let output = cargo_sfn(&["validate", typed]);
    assert_eq!(
        stdout(&output),
        "ok: 1 file(s) checked, 0 error(s), 0 warning(s)\n"
    );
    let output = cargo_sfn(&["validate", typed, "--input-schema", schema]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output).replace(typed, "typed.asl.json"),
        "warning[INVALID_CHOICE_OPERAND]: `StringEquals` compares strings, and `$.express` is a boolean here: the rule is never true
  ┌─ typed.asl.json:2:55
  │
2 │   \"Big?\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.express\", \"StringEquals\": \"true\", \"Next\": \"Fast\"}], \"Default\": \"Fast\"},
  │                                                       ^^^^^^^^^^^ States.Big?.Choices[0].Variable
  │
  = note: AWS accepts the definition, but this fails at run time

ok: 1 file(s) checked, 0 error(s), 1 warning(s)
"
    );
    let denied = cargo_sfn(&[
        "validate",
        typed,
        "--input-schema",
        schema,
        "--deny-warnings",
    ]);
    assert_eq!(denied.status.code(), Some(1));

    let not_json = temp_copy("broken.schema.json", "{\"type\": ");
    let not_json = not_json.to_str().unwrap();
    let output = cargo_sfn(&["validate", typed, "--input-schema", not_json]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "error: the input schema {not_json} is not JSON: EOF while parsing a value at line 1 column 9\n"
        )
    );
    let output = cargo_sfn(&["validate", typed, "--input-schema", "no/such.schema.json"]);
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: cannot read the input schema no/such.schema.json: No such file or directory (os error 2)\n"
    );
}

/// The exit-code rule, command by command (`deploy/src/outcome.rs`): 1 when a command could
/// not do what was asked, usage errors included; 2 only for its own answer (a failed
/// execution for `run`; `plan`'s changes are tested against moto). The commands that need
/// AWS are tested in `deploy.rs`, `plans.rs` and `executions.rs`.
#[test]
fn every_command_follows_the_exit_code_rule() {
    let broken = temp_copy("broken.asl.json", r#"{"StartAt": "Nowhere", "States": {}}"#);
    let failing = temp_copy(
        "failing.asl.json",
        r#"{"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "Nope"}}}"#,
    );
    let garbled = temp_copy("garbled.asl.json", "{\"StartAt\": ");
    let (broken, failing) = (broken.to_str().unwrap(), failing.to_str().unwrap());
    let garbled = garbled.to_str().unwrap();
    let cases: [(&[&str], i32); 13] = [
        (&["validate", broken], 1),
        (&["fmt", "--check", broken], 1),
        (&["import", broken], 1),
        (&["policy", broken], 1),
        (&["graph", garbled], 1),
        (&["export", broken], 1),
        (&["run", broken], 1),
        (&["run", failing], 2),
        (&["test", failing, "--mock-config", "no/such/mocks.json"], 1),
        (&["new", "2fast"], 1),
        (&["build", "--manifest-path", "no/such/Cargo.toml"], 1),
        (&["validate", "--no-such-flag"], 1),
        (&["--help"], 0),
    ];
    let codes: Vec<(String, Option<i32>)> = cases
        .iter()
        .map(|(args, _)| (args.join(" "), cargo_sfn(args).status.code()))
        .collect();
    let expected: Vec<(String, Option<i32>)> = cases
        .iter()
        .map(|(args, code)| (args.join(" "), Some(*code)))
        .collect();
    assert_eq!(codes, expected);
}

/// JSONata 2.1's operators are refused before any run: Step Functions runs JSONata 2.0.6
/// (the local engine knows 2.1, so a run alone would not tell).
#[test]
fn jsonata_2_1_operators_are_refused_with_the_2_0_6_spelling() {
    let output = cargo_sfn(&[
        "validate",
        "tests/fixtures/invalid/INVALID_JSONATA.coalescing-is-jsonata-2-1.asl.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        "error[INVALID_JSONATA]: `??` is JSONata 2.1 syntax: Step Functions runs JSONata 2.0.6, which cannot parse it
  ┌─ tests/fixtures/invalid/INVALID_JSONATA.coalescing-is-jsonata-2-1.asl.json:8:31
  │
8 │       \"Output\": {\"total\": \"{% $states.input.total ?? 0 %}\"},
  │                               ^^^^^^^^^^^^^^^^^^^^^^^^ States.A.Output.total
  │
  = help: write `$exists(a) ? a : b` for `a ?? b`

FAILED: 1 file(s) checked, 1 error(s), 0 warning(s)
"
    );
}
