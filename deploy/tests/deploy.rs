//! `cargo sfn plan/deploy/status/rollback/start` end to end, through the real AWS SDK,
//! against a real moto server on loopback (see `support`). Each test deploys under its own
//! name, so they share one server. Tests named `recorded_*` answer the calls moto lacks
//! (ListStateMachineVersions, DeleteStateMachineVersion, executions of a version) with
//! recorded AWS-shaped responses through the proxy.

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;
use support::flows::{deploy, rollout_in_flight, routes, with_definition, write_definition};
use support::{Fault, Proxy, create_alarm, json, scratch, set_alarm, sfn, signal, stderr};

fn outcome(document: &Value) -> &Value {
    &document["workflows"][0]["outcome"]
}

#[test]
fn first_deploy_then_no_op_then_change_publishes_and_moves_the_alias() {
    let proxy = Proxy::start();
    let dir = scratch("lifecycle");
    write_definition(&dir, "hi");

    let (output, first) = deploy(&proxy, &dir, "lifecycle", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(outcome(&first)["result"], "alias-created");
    assert_eq!(
        proxy.writes(),
        [
            "iam:CreateRole",
            "states:CreateStateMachine",
            "states:CreateStateMachineAlias"
        ],
        "a Pass-only machine needs no inline policy"
    );
    assert_eq!(routes(&proxy, &dir, "lifecycle"), [(1, 100)]);

    // The same deployment again: reads only.
    proxy.clear();
    let (output, again) = deploy(&proxy, &dir, "lifecycle", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        proxy.writes(),
        Vec::<String>::new(),
        "{:?}",
        proxy.actions()
    );
    assert_eq!(again["calls"]["writes"], 0);
    assert_eq!(outcome(&again)["result"], "unchanged");

    // Plan agrees, with exit codes for CI.
    let plan = sfn(&proxy, &dir, &with_definition("plan", "lifecycle", &[]));
    assert_eq!(plan.status.code(), Some(0), "{}", stderr(&plan));
    write_definition(&dir, "hello");
    let plan = sfn(&proxy, &dir, &with_definition("plan", "lifecycle", &[]));
    assert_eq!(plan.status.code(), Some(2), "{}", stderr(&plan));
    let text = String::from_utf8_lossy(&plan.stdout);
    assert!(text.contains("state machine: update definition"), "{text}");
    assert!(
        text.contains("-        \"greeting\": \"hi\"")
            && text.contains("+        \"greeting\": \"hello\""),
        "{text}"
    );

    let plan = sfn(
        &proxy,
        &dir,
        &with_definition("plan", "lifecycle", &["--format", "json"]),
    );
    assert_eq!(plan.status.code(), Some(2));
    let document = json(&plan);
    assert_eq!(document["changes"], true);
    let diff = document["plans"][0]["diffs"][0]["unified"]
        .as_str()
        .unwrap();
    assert!(diff.contains("+        \"greeting\": \"hello\""), "{diff}");

    // The change: one update that publishes version 2, the record of what was deployed (drift
    // is measured against it), then the alias is leased and moves.
    proxy.clear();
    let (output, changed) = deploy(&proxy, &dir, "lifecycle", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        proxy.writes(),
        [
            "states:UpdateStateMachine",
            "states:TagResource",
            "states:UpdateStateMachineAlias",
            "states:UpdateStateMachineAlias"
        ]
    );
    assert_eq!(outcome(&changed)["result"], "completed");
    assert_eq!(routes(&proxy, &dir, "lifecycle"), [(2, 100)]);
}

#[test]
fn canary_and_linear_rollouts_step_through_the_weights() {
    let proxy = Proxy::start();
    let dir = scratch("stepped");
    write_definition(&dir, "v1");
    assert!(deploy(&proxy, &dir, "stepped", &[]).0.status.success());

    write_definition(&dir, "v2");
    proxy.clear();
    let started = Instant::now();
    let (output, document) = deploy(
        &proxy,
        &dir,
        "stepped",
        &["--strategy", "canary:25:2s", "--check-every", "1"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "the canary step is watched"
    );
    // The lease, 25%, 100%.
    assert_eq!(proxy.count("states:UpdateStateMachineAlias"), 3);
    assert!(
        proxy.count("states:ListExecutions") >= 1,
        "failed executions are watched"
    );
    assert!(stderr(&output).contains("step 1/2: 25% of traffic on version 2, 75% on version 1"));
    assert_eq!(outcome(&document)["result"], "completed");
    assert_eq!(routes(&proxy, &dir, "stepped"), [(2, 100)]);

    write_definition(&dir, "v3");
    proxy.clear();
    let (output, _) = deploy(
        &proxy,
        &dir,
        "stepped",
        &["--strategy", "linear:40:1s", "--check-every", "1"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    // The lease, 40%, 80%, 100%.
    assert_eq!(proxy.count("states:UpdateStateMachineAlias"), 4);
    let log = stderr(&output);
    assert!(
        log.contains("step 2/3: 80% of traffic on version 3, 20% on version 2"),
        "{log}"
    );
    assert_eq!(routes(&proxy, &dir, "stepped"), [(3, 100)]);
}

#[test]
fn an_alarm_going_off_mid_rollout_puts_traffic_back() {
    let proxy = Proxy::start();
    let dir = scratch("alarmed");
    let alarm = format!("alarmed-errors-{}", std::process::id());
    create_alarm(&alarm);
    let child = canary_in_flight(&proxy, &dir, "alarmed", &["--alarm", &alarm]);
    set_alarm(&alarm, "ALARM");
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let log = stderr(&output);
    assert!(
        log.contains(&format!(
            "rolled back: all traffic on version 1 (alarm {alarm} in ALARM)"
        )),
        "{log}"
    );
    assert_eq!(routes(&proxy, &dir, "alarmed"), [(1, 100)]);

    // Status says where it stands.
    let status = sfn(&proxy, &dir, &["status", "alarmed"]);
    let text = String::from_utf8_lossy(&status.stdout);
    assert!(
        text.contains("alias live: version 1 100% (rolled back to 1 from 2)"),
        "{text}"
    );
    set_alarm(&alarm, "OK");
}

#[test]
fn a_missing_alarm_is_refused_before_any_write() {
    let proxy = Proxy::start();
    let dir = scratch("missing-alarm");
    write_definition(&dir, "v1");
    let output = sfn(
        &proxy,
        &dir,
        &with_definition("deploy", "missing-alarm", &["--alarm", "no-such-alarm"]),
    );
    assert_eq!(output.status.code(), Some(1));
    let log = stderr(&output);
    assert!(log.contains("alarm no-such-alarm does not exist"), "{log}");
    assert_eq!(proxy.writes(), Vec::<String>::new());

    // Plan says so too, from the environment's alarms.
    std::fs::write(
        dir.join("sfn.toml"),
        "[defaults]\nalarms = [\"no-such-alarm\"]\n",
    )
    .unwrap();
    let output = sfn(&proxy, &dir, &with_definition("plan", "missing-alarm", &[]));
    assert_eq!(output.status.code(), Some(1));
    let log = stderr(&output);
    assert!(
        log.contains("error: deploy would refuse: alarm no-such-alarm does not exist in us-east-1"),
        "{log}"
    );
}

#[test]
fn rollback_restores_the_previous_version_and_a_redeploy_reuses_the_newer_one() {
    let proxy = Proxy::start();
    let dir = scratch("rollback");
    write_definition(&dir, "v1");
    assert!(deploy(&proxy, &dir, "rollback", &[]).0.status.success());
    write_definition(&dir, "v2");
    assert!(deploy(&proxy, &dir, "rollback", &[]).0.status.success());
    assert_eq!(routes(&proxy, &dir, "rollback"), [(2, 100)]);

    let output = sfn(&proxy, &dir, &["rollback", "rollback"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("routes all traffic to version 1 (was 2)"));
    assert_eq!(routes(&proxy, &dir, "rollback"), [(1, 100)]);
    // A second rollback has nothing recorded to go back to.
    let output = sfn(&proxy, &dir, &["rollback", "rollback"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("already rolled back to version 1"),
        "{}",
        stderr(&output)
    );

    // Deploying the same definition again moves back to version 2 without publishing.
    proxy.clear();
    let (output, document) = deploy(&proxy, &dir, "rollback", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        proxy.writes(),
        [
            "states:UpdateStateMachineAlias",
            "states:UpdateStateMachineAlias"
        ],
        "the lease, then the move"
    );
    assert_eq!(
        document["workflows"][0]["plan"]["version"]["action"],
        "reuse"
    );
    assert_eq!(routes(&proxy, &dir, "rollback"), [(2, 100)]);
}

#[test]
fn throttling_server_errors_and_dropped_connections_are_retried() {
    let proxy = Proxy::start();
    let dir = scratch("faults");
    write_definition(&dir, "v1");
    let throttled = Fault::Error {
        code: "ThrottlingException".into(),
        message: "Rate exceeded".into(),
    };
    proxy.inject("states:CreateStateMachine", 2, throttled);
    proxy.inject("iam:GetRole", 1, Fault::Unavailable);
    proxy.inject("states:DescribeStateMachine", 1, Fault::Drop);
    proxy.inject(
        "iam:CreateRole",
        1,
        Fault::Error {
            code: "Throttling".into(),
            message: "Rate exceeded".into(),
        },
    );
    let (output, document) = deploy(&proxy, &dir, "faults", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(outcome(&document)["result"], "alias-created");
    assert_eq!(proxy.count("states:CreateStateMachine"), 3);
    assert_eq!(proxy.count("iam:GetRole"), 2);
    assert_eq!(proxy.count("iam:CreateRole"), 2);
    assert_eq!(proxy.count("states:DescribeStateMachine"), 2);
    // The tool counts each call once, whatever the retries.
    assert_eq!(document["calls"]["writes"], 3);
}

#[test]
fn a_role_not_yet_assumable_is_waited_out() {
    let proxy = Proxy::start();
    let dir = scratch("propagation");
    write_definition(&dir, "v1");
    proxy.inject(
        "states:CreateStateMachine",
        2,
        Fault::Error {
            code: "AccessDeniedException".into(),
            message: "Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.".into(),
        },
    );
    let (output, _) = deploy(&proxy, &dir, "propagation", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("cannot assume the role yet"));
    assert_eq!(proxy.count("states:CreateStateMachine"), 3);
}

#[test]
fn persistent_throttling_and_access_denied_fail_clearly_and_leave_traffic_alone() {
    let proxy = Proxy::start();
    let dir = scratch("denied");
    write_definition(&dir, "v1");
    assert!(deploy(&proxy, &dir, "denied", &[]).0.status.success());

    write_definition(&dir, "v2");
    proxy.inject(
        "states:UpdateStateMachine",
        1,
        Fault::Error {
            code: "AccessDeniedException".into(),
            message: "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: states:UpdateStateMachine".into(),
        },
    );
    let (output, document) = deploy(&proxy, &dir, "denied", &[]);
    assert_eq!(output.status.code(), Some(1));
    let error = document["workflows"][0]["error"].as_str().unwrap();
    assert!(error.starts_with("access denied to states:UpdateStateMachine: the credentials in use need `states:UpdateStateMachine`"), "{error}");
    assert!(error.ends_with("the alias was not moved"), "{error}");
    assert_eq!(routes(&proxy, &dir, "denied"), [(1, 100)]);

    proxy.inject(
        "states:UpdateStateMachine",
        100,
        Fault::Error {
            code: "ThrottlingException".into(),
            message: "Rate exceeded".into(),
        },
    );
    let (output, document) = deploy(&proxy, &dir, "denied", &[]);
    assert_eq!(output.status.code(), Some(1));
    let error = document["workflows"][0]["error"].as_str().unwrap();
    assert!(
        error.contains("was throttled and still was after 6 attempts"),
        "{error}"
    );
    assert_eq!(routes(&proxy, &dir, "denied"), [(1, 100)]);
}

#[test]
fn missing_credentials_and_invalid_definitions_stop_before_any_call() {
    let proxy = Proxy::start();
    let dir = scratch("refusals");
    std::fs::write(
        dir.join("flow.asl.json"),
        r#"{"StartAt":"Nowhere","States":{"A":{"Type":"Pass","End":true}}}"#,
    )
    .unwrap();
    let output = sfn(&proxy, &dir, &with_definition("deploy", "refusals", &[]));
    assert_eq!(output.status.code(), Some(1));
    let log = stderr(&output);
    assert!(
        log.contains("the definition is refused, nothing was deployed") && log.contains("Nowhere"),
        "{log}"
    );
    assert!(proxy.actions().is_empty(), "{:?}", proxy.actions());

    write_definition(&dir, "v1");
    let output = support::command(&proxy, &dir, &with_definition("deploy", "refusals", &[]))
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let log = stderr(&output);
    assert!(
        log.contains("no usable AWS credentials for sts:GetCallerIdentity"),
        "{log}"
    );

    let output = support::command(&proxy, &dir, &with_definition("deploy", "refusals", &[]))
        .env_remove("AWS_REGION")
        .env_remove("AWS_DEFAULT_REGION")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let log = stderr(&output);
    assert!(
        log.contains("no AWS region: set `region` for the environment in sfn.toml, pass --region, or set AWS_REGION"),
        "{log}"
    );
    assert!(proxy.actions().is_empty(), "{:?}", proxy.actions());
}

#[test]
fn the_wrong_account_is_refused() {
    let proxy = Proxy::start();
    let dir = scratch("account");
    write_definition(&dir, "v1");
    std::fs::write(
        dir.join("sfn.toml"),
        "[env.prod]\naccount = \"999999999999\"\n",
    )
    .unwrap();
    let output = sfn(
        &proxy,
        &dir,
        &["deploy", "--definition", "flow.asl.json", "--env", "prod"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("the credentials are for account 123456789012, but environment `prod` deploys to 999999999999"));
    assert_eq!(proxy.writes(), Vec::<String>::new());
}

#[test]
fn environments_set_prefix_tags_substitutions_and_tracing() {
    let proxy = Proxy::start();
    let dir = scratch("environments");
    std::fs::write(
        dir.join("flow.asl.json"),
        r#"{"StartAt":"Put","States":{"Put":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem","Parameters":{"TableName":"${Table}","Item":{"id":{"S":"1"}}},"End":true}}}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("sfn.toml"),
        "default-env = \"dev\"\n[defaults]\ntags = { team = \"payments\" }\n[env.dev]\nprefix = \"dev-\"\ntracing = true\nsubstitutions = { Table = \"orders-dev\" }\n",
    )
    .unwrap();
    let output = sfn(
        &proxy,
        &dir,
        &with_definition("deploy", "envs", &["--format", "json"]),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["workflows"][0]["name"], "dev-envs");
    assert!(proxy.writes().contains(&"iam:PutRolePolicy".to_owned()));
    // Read back through plan: nothing differs, so tags, tracing, policy and definition round-trip.
    let plan = sfn(&proxy, &dir, &with_definition("plan", "envs", &[]));
    assert_eq!(
        plan.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&plan.stdout)
    );

    // A new tag is added to the role and the machine, nothing else.
    std::fs::write(
        dir.join("sfn.toml"),
        "default-env = \"dev\"\n[defaults]\ntags = { team = \"payments\", cost = \"42\" }\n[env.dev]\nprefix = \"dev-\"\ntracing = true\nsubstitutions = { Table = \"orders-dev\" }\n",
    )
    .unwrap();
    proxy.clear();
    let output = sfn(&proxy, &dir, &with_definition("deploy", "envs", &[]));
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(proxy.writes(), ["iam:TagRole", "states:TagResource"]);
}

#[test]
fn start_follows_an_execution_to_its_end() {
    let proxy = Proxy::executing();
    let dir = scratch("start");
    write_definition(&dir, "followed");
    assert!(deploy(&proxy, &dir, "start", &[]).0.status.success());
    // moto cannot start executions on an alias or a version: start the machine itself.
    let output = sfn(
        &proxy,
        &dir,
        &[
            "start",
            "start",
            "--unqualified",
            "--input",
            r#"{"x":1}"#,
            "--format",
            "json",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let document = json(&output);
    assert_eq!(document["status"], "SUCCEEDED");
    let result: Value = serde_json::from_str(document["output"].as_str().unwrap()).unwrap();
    assert_eq!(result, serde_json::json!({"greeting": "followed"}));
    let events: Vec<&str> = document["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        events.contains(&"-> Hello") && events.contains(&"<- Done"),
        "{events:?}"
    );

    let output = sfn(
        &proxy,
        &dir,
        &["start", "start", "--unqualified", "--input", "not json"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("the input is not JSON"));
}

#[test]
fn recorded_versions_are_pruned_by_retention_but_routed_ones_kept() {
    let proxy = Proxy::start();
    let dir = scratch("retention");
    for v in ["v1", "v2"] {
        write_definition(&dir, v);
        assert!(deploy(&proxy, &dir, "retention", &[]).0.status.success());
    }
    std::fs::write(dir.join("sfn.toml"), "[defaults]\nretain-versions = 1\n").unwrap();
    let machine = "arn:aws:states:us-east-1:123456789012:stateMachine:retention";
    // moto has no ListStateMachineVersions/DeleteStateMachineVersion: answer as AWS does.
    let listed = serde_json::json!({
        "stateMachineVersions": (1..=3).rev().map(|n| serde_json::json!({
            "stateMachineVersionArn": format!("{machine}:{n}"),
            "creationDate": 1.7e9
        })).collect::<Vec<_>>()
    });
    proxy.inject(
        "states:ListStateMachineVersions",
        1,
        Fault::Respond {
            status: 200,
            body: listed.to_string(),
        },
    );
    proxy.inject(
        "states:DeleteStateMachineVersion",
        5,
        Fault::Respond {
            status: 200,
            body: "{}".into(),
        },
    );
    write_definition(&dir, "v3");
    proxy.clear();
    let (output, document) = deploy(&proxy, &dir, "retention", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    // Version 3 is the newest (kept by retention) and routed; 2 and 1 go.
    assert_eq!(
        document["workflows"][0]["pruned"],
        serde_json::json!([format!("{machine}:2"), format!("{machine}:1")])
    );
    assert_eq!(proxy.count("states:DeleteStateMachineVersion"), 2);
}

#[test]
fn recorded_failed_pre_traffic_test_keeps_the_alias() {
    let proxy = Proxy::start();
    let dir = scratch("pre-traffic");
    write_definition(&dir, "v1");
    assert!(deploy(&proxy, &dir, "pre-traffic", &[]).0.status.success());
    std::fs::write(
        dir.join("sfn.toml"),
        "[defaults]\npre-traffic = [{ order = 1 }]\n",
    )
    .unwrap();
    // moto cannot run a version: answer StartExecution and DescribeExecution as AWS would
    // for a test execution that fails.
    let execution = "arn:aws:states:us-east-1:123456789012:execution:pre-traffic:test-1";
    proxy.inject(
        "states:StartExecution",
        1,
        Fault::Respond {
            status: 200,
            body: serde_json::json!({"executionArn": execution, "startDate": 1.7e9}).to_string(),
        },
    );
    proxy.inject(
        "states:DescribeExecution",
        1,
        Fault::Respond {
            status: 200,
            body: serde_json::json!({
                "executionArn": execution, "stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:pre-traffic:2",
                "status": "FAILED", "startDate": 1.7e9, "error": "Order.Invalid", "cause": "no items"
            })
            .to_string(),
        },
    );
    write_definition(&dir, "v2");
    let (output, document) = deploy(&proxy, &dir, "pre-traffic", &[]);
    assert_eq!(output.status.code(), Some(1));
    let error = document["workflows"][0]["error"].as_str().unwrap();
    assert_eq!(
        error,
        "pre-traffic test 1 of version 2 ended FAILED: Order.Invalid no items; the alias was not moved"
    );
    assert_eq!(routes(&proxy, &dir, "pre-traffic"), [(1, 100)]);
}

#[test]
fn the_examples_deploy_from_their_crate_then_redeploy_without_writes() {
    let proxy = Proxy::start();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let manifest = examples.join("Cargo.toml");
    let args = [
        "deploy",
        "--manifest-path",
        manifest.to_str().unwrap(),
        "--env",
        "dev",
        "--format",
        "json",
        // The examples' functions, tables and queues do not exist in moto: a deploy of
        // workflows whose resources are missing goes on only when told (each one named).
        "--allow-missing-resources",
    ];
    // Builds the crate's workflows, then deploys them with `examples/sfn.toml`'s `dev`.
    let output = sfn(&proxy, &examples, &args);
    assert!(output.status.success(), "{}", stderr(&output));
    let document = json(&output);
    let names: Vec<&str> = document["workflows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 7, "{names:?}");
    assert!(names.iter().all(|n| n.starts_with("dev-")), "{names:?}");
    assert!(names.contains(&"dev-clickstream-ingest"));
    for workflow in document["workflows"].as_array().unwrap() {
        assert_eq!(workflow["outcome"]["result"], "alias-created", "{workflow}");
    }
    // Every generated policy was accepted by IAM and reads back equal: no write the second time.
    proxy.clear();
    let output = sfn(&proxy, &examples, &args);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(proxy.writes(), Vec::<String>::new());
    assert_eq!(json(&output)["calls"]["writes"], 0);
}

/// Deploys version 1, then starts a canary deploy of version 2 (with `extra`) in the
/// background and waits (bounded) until the canary step routes 20 % of the traffic.
fn canary_in_flight(proxy: &Proxy, dir: &Path, name: &str, extra: &[&str]) -> std::process::Child {
    let mut args = vec!["--strategy", "canary:20:60s"];
    args.extend_from_slice(extra);
    let child = rollout_in_flight(proxy, dir, name, &args);
    assert_eq!(routes(proxy, dir, name), [(2, 20), (1, 80)]);
    child
}

#[test]
fn ctrl_c_mid_rollout_puts_traffic_back() {
    let proxy = Proxy::start();
    let dir = scratch("interrupted");
    let child = canary_in_flight(&proxy, &dir, "interrupted", &[]);
    signal(&child, "INT");
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("rolled back: all traffic on version 1 (interrupted)"),
        "{}",
        stderr(&output)
    );
    assert_eq!(routes(&proxy, &dir, "interrupted"), [(1, 100)]);
}

#[test]
fn sigterm_mid_rollout_puts_traffic_back_too() {
    let proxy = Proxy::start();
    let dir = scratch("terminated");
    let child = canary_in_flight(&proxy, &dir, "terminated", &[]);
    signal(&child, "TERM");
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(routes(&proxy, &dir, "terminated"), [(1, 100)]);
}

#[test]
fn a_crash_mid_rollout_is_shown_by_status_and_undone_by_rollback() {
    let proxy = Proxy::start();
    let dir = scratch("crashed");
    let mut child = canary_in_flight(&proxy, &dir, "crashed", &[]);
    child.kill().unwrap(); // SIGKILL: no chance to clean up.
    child.wait().unwrap();
    assert_eq!(routes(&proxy, &dir, "crashed"), [(2, 20), (1, 80)]);
    let status = sfn(&proxy, &dir, &["status", "crashed"]);
    let text = String::from_utf8_lossy(&status.stdout);
    assert!(
        text.contains(
            "alias live: version 2 20% + version 1 80% (rollout of 2 from 1 in progress by "
        ),
        "{text}"
    );

    let output = sfn(&proxy, &dir, &["rollback", "crashed"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("routes all traffic to version 1 (was 2)"),
        "{}",
        stderr(&output)
    );
    assert_eq!(routes(&proxy, &dir, "crashed"), [(1, 100)]);
}

#[test]
fn recorded_failed_execution_of_the_new_version_rolls_back() {
    let proxy = Proxy::start();
    let dir = scratch("failing");
    write_definition(&dir, "v1");
    assert!(deploy(&proxy, &dir, "failing", &[]).0.status.success());
    // moto cannot run a version: answer the health check's ListExecutions as AWS does when an
    // execution of the new version has failed since the rollout began (its start a little
    // ahead, past the deploy's build and its lease's settling).
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let execution = "arn:aws:states:us-east-1:123456789012:execution:failing:order-7";
    let listed = serde_json::json!({"executions": [{
        "executionArn": execution,
        "stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:failing:2",
        "name": "order-7", "status": "FAILED", "startDate": now + 20, "stopDate": now + 20
    }]});
    proxy.inject(
        "states:ListExecutions",
        1,
        Fault::Respond {
            status: 200,
            body: listed.to_string(),
        },
    );
    write_definition(&dir, "v2");
    let (output, document) = deploy(
        &proxy,
        &dir,
        "failing",
        &["--strategy", "canary:10:30s", "--check-every", "1"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(outcome(&document)["result"], "rolled-back");
    assert_eq!(
        outcome(&document)["reason"],
        format!("execution {execution} FAILED")
    );
    assert_eq!(routes(&proxy, &dir, "failing"), [(1, 100)]);
}

#[test]
fn recorded_express_start_runs_synchronously() {
    let proxy = Proxy::start();
    let dir = scratch("express-start");
    write_definition(&dir, "fast");
    assert!(
        deploy(&proxy, &dir, "express-start", &["--express"])
            .0
            .status
            .success()
    );
    // moto has no StartSyncExecution: answer as AWS does for a failed Express execution.
    let ended = serde_json::json!({
        "executionArn": "arn:aws:states:us-east-1:123456789012:express:express-start:run-1:abc",
        "startDate": 1.7e9, "stopDate": 1.7e9, "status": "FAILED",
        "error": "States.TaskFailed", "cause": "boom"
    });
    proxy.inject(
        "states:StartSyncExecution",
        1,
        Fault::Respond {
            status: 200,
            body: ended.to_string(),
        },
    );
    let output = sfn(
        &proxy,
        &dir,
        &["start", "express-start", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(json(&output)["status"], "FAILED: States.TaskFailed boom");
    assert!(
        proxy
            .actions()
            .contains(&"states:StartSyncExecution".to_owned())
    );
    assert!(
        !proxy
            .actions()
            .contains(&"states:StartExecution".to_owned())
    );
}

#[test]
fn rollback_and_sources_say_what_is_missing() {
    let proxy = Proxy::start();
    let dir = scratch("missing");
    let output = sfn(&proxy, &dir, &["rollback", "never-deployed"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error: never-deployed has no alias `live`: nothing to roll back"),
        "{}",
        stderr(&output)
    );

    write_definition(&dir, "v1");
    assert!(deploy(&proxy, &dir, "missing", &[]).0.status.success());
    let output = sfn(&proxy, &dir, &["rollback", "missing", "--to", "9"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error: missing has no version 9"),
        "{}",
        stderr(&output)
    );

    std::fs::create_dir_all(dir.join("built")).unwrap();
    let output = sfn(&proxy, &dir, &["deploy", "nope", "--from", "built"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("error: no workflow `nope` in built (built: none)"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_service_that_never_answers_is_reported_after_the_retries() {
    let proxy = Proxy::start();
    let dir = scratch("unreachable");
    write_definition(&dir, "v1");
    // Every connection drops before an answer, retries included.
    proxy.inject("sts:GetCallerIdentity", 100, Fault::Drop);
    let output = sfn(&proxy, &dir, &with_definition("deploy", "unreachable", &[]));
    assert_eq!(output.status.code(), Some(1));
    let log = stderr(&output);
    assert!(
        log.contains("error: sts:GetCallerIdentity: AWS could not be reached after 6 attempts"),
        "{log}"
    );
}

/// The proxy's translation of CloudWatch's CBOR `DescribeAlarms` (the SDK speaks nothing
/// else; moto speaks only the query protocol): names and states are read past nested lists.
#[test]
fn describe_alarms_is_translated_from_moto_xml_to_cbor() {
    use support::cloudwatch_cbor::cbor_answer;
    let xml = "<DescribeAlarmsResult><MetricAlarms><member><AlarmName>a&amp;b</AlarmName>\
        <Dimensions><member><Name>d</Name></member></Dimensions><StateValue>ALARM</StateValue>\
        </member></MetricAlarms><CompositeAlarms><member><AlarmName>c</AlarmName>\
        <StateValue>OK</StateValue></member></CompositeAlarms></DescribeAlarmsResult>";
    let answer: Value = ciborium::from_reader(cbor_answer(xml).as_slice()).unwrap();
    assert_eq!(
        answer,
        serde_json::json!({
            "MetricAlarms": [{"AlarmName": "a&b", "StateValue": "ALARM"}],
            "CompositeAlarms": [{"AlarmName": "c", "StateValue": "OK"}],
        })
    );
}

/// `validate --remote` puts AWS's verdict beside this tool's. moto has no
/// ValidateStateMachineDefinition: the answers are AWS's documented response shapes.
#[test]
fn recorded_validate_remote_shows_where_the_verdicts_differ() {
    let proxy = Proxy::start();
    let dir = scratch("remote");
    let files = [
        (
            "agreed.asl.json",
            r#"{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}"#,
        ),
        (
            "ours-only.asl.json",
            r#"{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"x":1,"x.$":"$.y"},"End":true}}}"#,
        ),
        (
            "theirs-only.asl.json",
            r#"{"StartAt":"B","States":{"B":{"Type":"Pass","End":true}}}"#,
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let rejected = serde_json::json!({"result": "FAIL", "truncated": false, "diagnostics": [{
        "severity": "ERROR", "code": "SCHEMA_VALIDATION_FAILED",
        "message": "The field 'B' is not allowed here", "location": "/States/B"
    }]});
    for body in [answers_ok(), answers_ok(), rejected.to_string()] {
        proxy.inject(
            "states:ValidateStateMachineDefinition",
            1,
            Fault::Respond { status: 200, body },
        );
    }
    let names: Vec<&str> = files.iter().map(|(name, _)| *name).collect();
    let mut args = vec!["validate", "--remote", "--format", "json"];
    args.extend(&names);
    let output = sfn(&proxy, &dir, &args);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let document = json(&output);
    let agreements: Vec<(bool, bool)> = document["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["aws"]["accepted"].as_bool().unwrap(),
                f["aws"]["agrees"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(agreements, [(true, true), (true, false), (false, false)]);
    assert_eq!(
        document["files"][2]["aws"]["findings"][0]["code"],
        "SCHEMA_VALIDATION_FAILED"
    );
    assert_eq!(proxy.count("states:ValidateStateMachineDefinition"), 3);

    proxy.inject(
        "states:ValidateStateMachineDefinition",
        1,
        Fault::Respond {
            status: 200,
            body: answers_ok(),
        },
    );
    let output = sfn(&proxy, &dir, &["validate", "--remote", "agreed.asl.json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("aws: agreed.asl.json: accepted, as here"),
        "{text}"
    );
}

fn answers_ok() -> String {
    serde_json::json!({"result": "OK", "diagnostics": [], "truncated": false}).to_string()
}
