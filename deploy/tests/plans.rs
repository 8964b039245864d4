//! Plans that cannot go stale (`plan --out`, `deploy --plan`) and drift (a console edit
//! since the last deploy), end to end against moto through the recording proxy.

mod support;

use support::flows::{deploy, routes, with_definition, write_definition};
use support::{Proxy, scratch, sfn, states_call, stderr};

const ACCOUNT_ARN: &str = "arn:aws:states:us-east-1:123456789012:stateMachine";

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The definition a version (or the machine) holds.
fn definition(arn: &str) -> String {
    states_call(
        "DescribeStateMachine",
        &serde_json::json!({ "stateMachineArn": arn }),
    )["definition"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn a_saved_plan_is_applied_exactly_and_a_stale_one_changes_nothing() {
    let proxy = Proxy::start();
    let dir = scratch("saved-plan");
    write_definition(&dir, "v1");
    assert!(deploy(&proxy, &dir, "saved-plan", &[]).0.status.success());

    write_definition(&dir, "v2");
    let output = sfn(
        &proxy,
        &dir,
        &with_definition("plan", "saved-plan", &["--out", "plan.json"]),
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("plan saved to plan.json"));
    // The plan announces the rollout the deploy would run with the same flags.
    let output = sfn(
        &proxy,
        &dir,
        &with_definition("plan", "saved-plan", &["--strategy", "canary:10:5m"]),
    );
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        said.lines()
            .any(|line| line == "  alias live: move from version 1 100% by canary:10:5m"),
        "{said}"
    );
    // The source moves on after the review; the plan is what was reviewed.
    write_definition(&dir, "v9");
    proxy.clear();
    let output = sfn(
        &proxy,
        &dir,
        &["deploy", "--plan", "plan.json", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(routes(&proxy, &dir, "saved-plan"), [(2, 100)]);
    assert!(definition(&format!("{ACCOUNT_ARN}:saved-plan:2")).contains("\"v2\""));

    // A plan made, then overtaken by another deploy: refused before any write, naming what
    // changed.
    write_definition(&dir, "v3");
    let output = sfn(
        &proxy,
        &dir,
        &with_definition("plan", "saved-plan", &["--out", "stale.json"]),
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    write_definition(&dir, "v4");
    assert!(deploy(&proxy, &dir, "saved-plan", &[]).0.status.success());
    proxy.clear();
    let output = sfn(&proxy, &dir, &["deploy", "--plan", "stale.json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(
        said.contains("is stale, nothing was deployed")
            && said.contains("the state machine's definition")
            && said.contains("the alias's routing (version 2 100% then, version 3 100% now)"),
        "{said}"
    );
    assert!(proxy.writes().is_empty(), "{:?}", proxy.writes());
    assert_eq!(routes(&proxy, &dir, "saved-plan"), [(3, 100)]);

    // A plan holds its own rollout: no strategy on the command line.
    let output = sfn(
        &proxy,
        &dir,
        &["deploy", "--plan", "plan.json", "--strategy", "all-at-once"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("cannot be used with"),
        "{}",
        stderr(&output)
    );
    // A plan is for the account and region it was made in.
    let output = sfn(
        &proxy,
        &dir,
        &["deploy", "--plan", "plan.json", "--region", "eu-west-1"],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("the plan is for account 123456789012 in us-east-1, but the credentials are for account 123456789012 in eu-west-1; nothing was deployed"),
        "{}",
        stderr(&output)
    );
    std::fs::write(dir.join("broken.json"), "{\"cargo-sfn-plan\": 7}").unwrap();
    let output = sfn(&proxy, &dir, &["deploy", "--plan", "broken.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("broken.json: a plan of format 7"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn drift_is_shown_by_plan_and_status_and_put_back_by_deploy() {
    let proxy = Proxy::start();
    let dir = scratch("drift");
    write_definition(&dir, "v1");
    assert!(deploy(&proxy, &dir, "drift", &[]).0.status.success());
    write_definition(&dir, "v2");
    assert!(deploy(&proxy, &dir, "drift", &[]).0.status.success());
    let status = sfn(&proxy, &dir, &["status", "drift"]);
    assert!(!stdout(&status).contains("drift:"), "{}", stdout(&status));

    // Someone edits the definition in the console and pins the alias back to version 1.
    let machine = format!("{ACCOUNT_ARN}:drift");
    let edited = definition(&machine).replace("\"v2\"", "\"by hand\"");
    states_call(
        "UpdateStateMachine",
        &serde_json::json!({ "stateMachineArn": machine, "definition": edited }),
    );
    states_call(
        "UpdateStateMachineAlias",
        &serde_json::json!({
            "stateMachineAliasArn": format!("{machine}:live"),
            "routingConfiguration": [{"stateMachineVersionArn": format!("{machine}:1"), "weight": 100}]
        }),
    );

    let status = sfn(&proxy, &dir, &["status", "drift"]);
    let shown = stdout(&status);
    assert!(
        shown.contains("drift: the state machine's definition was changed outside cargo sfn")
            && shown.contains(
                "drift: alias live's routing (version 1 100%, where the last deploy left version 2 100%)"
            ),
        "{shown}"
    );

    let plan = sfn(&proxy, &dir, &with_definition("plan", "drift", &[]));
    assert_eq!(plan.status.code(), Some(2));
    let planned = stdout(&plan);
    assert!(
        planned.contains("drift: the state machine's definition was changed outside cargo sfn since the last deploy; this deploy puts it back"),
        "{planned}"
    );

    let (output, document) = deploy(&proxy, &dir, "drift", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        document["workflows"][0]["plan"]["drift"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // Putting the definition back is a new revision, so a new version holds it.
    assert!(definition(&machine).contains("\"v2\""));
    assert_eq!(routes(&proxy, &dir, "drift"), [(3, 100)]);
    assert!(definition(&format!("{machine}:3")).contains("\"v2\""));
    let status = sfn(&proxy, &dir, &["status", "drift"]);
    assert!(!stdout(&status).contains("drift:"), "{}", stdout(&status));
    let plan = sfn(&proxy, &dir, &with_definition("plan", "drift", &[]));
    assert_eq!(plan.status.code(), Some(0), "{}", stdout(&plan));
}
