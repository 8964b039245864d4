//! `cargo sfn executions` and `cargo sfn redrive` against moto (which really runs the
//! executions), through the recording proxy. moto cannot list an alias's executions nor
//! redrive; those answers are recorded AWS-shaped responses, and the tests say so in their
//! names.

mod support;

use serde_json::Value;
use support::flows::deploy;
use support::{Fault, Proxy, json, scratch, sfn, stderr};

const FAILING: &str = r#"{"StartAt":"Charge","States":{"Charge":{"Type":"Fail","Error":"Card.Declined","Cause":"insufficient funds"}}}"#;
const PASSING: &str = r#"{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}"#;

/// Deploys `definition` as `name` and runs it once on the machine itself; returns the
/// execution's ARN.
fn deployed_and_run(proxy: &Proxy, name: &str, definition: &str) -> (std::path::PathBuf, String) {
    let dir = scratch(name);
    std::fs::write(dir.join("flow.asl.json"), definition).unwrap();
    assert!(deploy(proxy, &dir, name, &[]).0.status.success());
    let output = sfn(
        proxy,
        &dir,
        &[
            "start",
            name,
            "--unqualified",
            "--name",
            "order-7",
            "--format",
            "json",
        ],
    );
    let arn = json(&output)["executionArn"].as_str().unwrap().to_owned();
    (dir, arn)
}

#[test]
fn executions_lists_what_ran_newest_first_with_a_summary() {
    let proxy = Proxy::executing();
    let (dir, arn) = deployed_and_run(&proxy, "listed", FAILING);
    let output = sfn(
        &proxy,
        &dir,
        &["executions", "listed", "--unqualified", "--format", "json"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let document = json(&output);
    let executions = document["executions"].as_array().unwrap();
    assert_eq!(executions.len(), 1);
    assert_eq!(executions[0]["arn"], arn.as_str());
    assert_eq!(executions[0]["status"], "FAILED");

    let output = sfn(&proxy, &dir, &["executions", "listed", "--unqualified"]);
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(
        shown.contains("FAILED") && shown.contains("order-7"),
        "{shown}"
    );
    assert!(
        shown.contains("1 executions of") && shown.contains(": 1 failed"),
        "{shown}"
    );

    let output = sfn(
        &proxy,
        &dir,
        &[
            "executions",
            "listed",
            "--unqualified",
            "--status",
            "succeeded",
        ],
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("no executions of"));
}

#[test]
fn recorded_executions_of_an_alias_show_the_version_each_ran() {
    let proxy = Proxy::executing();
    let (dir, _) = deployed_and_run(&proxy, "by-alias", PASSING);
    let machine = "arn:aws:states:us-east-1:123456789012:stateMachine:by-alias";
    let listed = serde_json::json!({"executions": [
        {"executionArn": "arn:aws:states:us-east-1:123456789012:execution:by-alias:b",
         "stateMachineArn": machine, "name": "b", "status": "FAILED",
         "startDate": 1_790_000_100, "stopDate": 1_790_000_101,
         "stateMachineVersionArn": format!("{machine}:2"), "stateMachineAliasArn": format!("{machine}:live"),
         "redriveCount": 1},
        {"executionArn": "arn:aws:states:us-east-1:123456789012:execution:by-alias:a",
         "stateMachineArn": machine, "name": "a", "status": "SUCCEEDED",
         "startDate": 1_790_000_000, "stopDate": 1_790_000_001,
         "stateMachineVersionArn": format!("{machine}:1"), "stateMachineAliasArn": format!("{machine}:live")}
    ]});
    proxy.inject(
        "states:ListExecutions",
        1,
        Fault::Respond {
            status: 200,
            body: listed.to_string(),
        },
    );
    let output = sfn(&proxy, &dir, &["executions", "by-alias"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(
        shown.contains("b  version 2  redriven 1x") && shown.contains("a  version 1"),
        "{shown}"
    );
    assert!(
        shown.contains(&format!(
            "2 executions of {machine}:live: 1 failed, 1 succeeded"
        )),
        "{shown}"
    );
}

#[test]
fn redrive_refuses_what_aws_would_not_redrive_before_calling_it() {
    let proxy = Proxy::executing();
    let (dir, arn) = deployed_and_run(&proxy, "no-redrive", PASSING);
    proxy.clear();
    let output = sfn(&proxy, &dir, &["redrive", &arn]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("cannot be redriven: it is SUCCEEDED"),
        "{}",
        stderr(&output)
    );
    assert_eq!(proxy.count("states:RedriveExecution"), 0);

    let output = sfn(&proxy, &dir, &["redrive", "order-7"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("give the ARN, or the name with --workflow"));
}

#[test]
fn recorded_redrive_of_a_failed_execution_by_name() {
    let proxy = Proxy::executing();
    let (dir, arn) = deployed_and_run(&proxy, "redriven", FAILING);
    proxy.inject(
        "states:RedriveExecution",
        1,
        Fault::Respond {
            status: 200,
            body: r#"{"redriveDate": 1790000000}"#.to_owned(),
        },
    );
    let output = sfn(
        &proxy,
        &dir,
        &[
            "redrive",
            "order-7",
            "--workflow",
            "redriven",
            "--no-follow",
            "--format",
            "json",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let document: Value = json(&output);
    assert_eq!(document["executionArn"], arn.as_str());
    assert_eq!(document["redriveDate"], "2026-09-21T14:13:20Z");
    assert_eq!(proxy.count("states:RedriveExecution"), 1);
}

#[test]
fn executions_of_an_express_machine_are_refused_with_where_to_look() {
    let proxy = Proxy::start();
    let dir = scratch("express-listed");
    std::fs::write(dir.join("flow.asl.json"), PASSING).unwrap();
    assert!(
        deploy(&proxy, &dir, "express-listed", &["--express"])
            .0
            .status
            .success()
    );
    let output = sfn(&proxy, &dir, &["executions", "express-listed"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("express-listed is an Express state machine: Step Functions does not list its executions; they are in its CloudWatch Logs log group"),
        "{}",
        stderr(&output)
    );
}

/// A Parallel whose second branch fans out over a Map, then a Fail: what the page reads from a
/// real `GetExecutionHistory` (moto's, which runs the machine).
const FANNED: &str = r#"{"StartAt":"Prepare","States":{
  "Prepare":{"Type":"Pass","Result":[1,2],"ResultPath":"$.items","Next":"Both"},
  "Both":{"Type":"Parallel","Next":"Refuse","Branches":[
    {"StartAt":"Left","States":{"Left":{"Type":"Pass","End":true}}},
    {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemsPath":"$.items","End":true,
      "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Item","States":{"Item":{"Type":"Pass","End":true}}}}}}]},
  "Refuse":{"Type":"Fail","Error":"Order.Refused","Cause":"refused on purpose"}}}"#;

#[test]
fn executions_draws_each_run_from_its_history() {
    let proxy = Proxy::executing();
    let (dir, _) = deployed_and_run(&proxy, "drawn", FANNED);
    proxy.clear();
    let pages = dir.join("pages");
    let output = sfn(
        &proxy,
        &dir,
        &[
            "executions",
            "drawn",
            "--unqualified",
            "--html",
            pages.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        format!("wrote 1 page in {}\n", pages.display())
    );
    assert_eq!(proxy.count("states:DescribeStateMachineForExecution"), 1);
    assert_eq!(proxy.count("states:GetExecutionHistory"), 1);

    let page = std::fs::read_to_string(pages.join("order-7.html")).unwrap();
    let data = sfn_view::data_of(&page).expect("the page holds its data");
    let run = &data["run"];
    assert_eq!(run["status"], "FAILED");
    assert_eq!(run["error"], "Order.Refused");
    let visits: Vec<String> = run["visits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            let iteration = v["iteration"]
                .as_u64()
                .map_or_else(String::new, |i| format!("#{i}"));
            format!(
                "{}{iteration} {}",
                v["state"].as_str().unwrap(),
                v["outcome"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        visits,
        [
            "Prepare succeeded",
            "Both succeeded",
            "Left succeeded",
            "Each succeeded",
            "Item#0 succeeded",
            "Item#1 succeeded",
            "Refuse failed"
        ]
    );
    assert_eq!(
        run["visits"][1]["output"],
        serde_json::json!([{"items": [1, 2]}, [1, 2]])
    );
    assert_eq!(run["visits"][6]["cause"], "refused on purpose");
    let label = |id: &Value| {
        data["graph"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| &n["id"] == id)
            .unwrap()["label"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let taken: Vec<String> = data["graph"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .zip(run["taken"].as_array().unwrap())
        .filter(|(_, taken)| taken.as_bool().unwrap())
        .map(|(e, _)| format!("{} -> {}", label(&e["from"]), label(&e["to"])))
        .collect();
    assert_eq!(
        taken,
        [
            "Prepare -> Both",
            "Both -> Refuse",
            "Left -> Both",
            "Both -> Left",
            "Each -> Both",
            "Item -> Each",
            "Each -> Item",
            "Both -> Each",
            "Refuse -> end",
            "start -> Prepare"
        ]
    );
}
