//! Deploys that collide never lose a rollout: one rollout per alias at a time (a lease in
//! the alias's description), a re-read of the alias before every routing change, and a
//! crashed deploy's rollout taken over only when asked. Against moto, through the proxy.
//! The invariant checked each time: the alias ends at 100 % on one version, and every deploy
//! that exited 0 had its version there when it finished.

mod support;

use std::process::{Child, Output};

use support::flows::{deploy, rollout_in_flight, routes, with_definition, write_definition};
use support::{Proxy, http, json, moto_port, scratch, sfn_spawn, stderr};

/// The same workflow with another change, from another checkout.
fn other_change(name: &str) -> std::path::PathBuf {
    let dir = scratch(&format!("{name}-other"));
    write_definition(&dir, "v3");
    dir
}

fn finished(child: Child) -> Output {
    child.wait_with_output().unwrap()
}

#[test]
fn a_second_deploy_refuses_while_a_rollout_is_in_flight_then_waits_its_turn() {
    let (a, b) = (Proxy::start(), Proxy::start());
    let dir = scratch("collide");
    let first = rollout_in_flight(
        &a,
        &dir,
        "collide",
        &["--strategy", "linear:50:4s", "--format", "json"],
    );
    let first_pid = first.id();

    let other = other_change("collide");
    let (output, _) = deploy(&b, &other, "collide", &["--strategy", "all-at-once"]);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(
        said.contains("a rollout from version 1 to 2 by ")
            && said.contains(&format!(":{first_pid} is in flight")),
        "{said}"
    );
    assert!(
        b.writes().is_empty(),
        "refused before any write: {:?}",
        b.writes()
    );

    // With --wait it takes its turn once the first rollout ended, from the first's version.
    b.clear();
    let mut args = with_definition(
        "deploy",
        "collide",
        &[
            "--strategy",
            "all-at-once",
            "--wait",
            "60",
            "--format",
            "json",
        ],
    );
    args.push("--quiet");
    let second = sfn_spawn(&b, &other, &args);
    let first = finished(first);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let second = finished(second);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    let outcome = &json(&second)["workflows"][0]["outcome"];
    assert_eq!(outcome["result"], "completed");
    assert!(
        outcome["from"].as_str().unwrap().ends_with(":2"),
        "{outcome}"
    );
    assert_eq!(routes(&a, &dir, "collide"), [(3, 100)]);
}

#[test]
fn a_killed_deploy_s_rollout_is_taken_over_only_when_asked() {
    let proxy = Proxy::start();
    let dir = scratch("killed-lease");
    let first = rollout_in_flight(
        &proxy,
        &dir,
        "killed-lease",
        &["--strategy", "linear:50:60s"],
    );
    support::signal(&first, "KILL");
    let _ = finished(first);
    assert_eq!(routes(&proxy, &dir, "killed-lease"), [(2, 50), (1, 50)]);

    let other = other_change("killed-lease");
    proxy.clear();
    let (output, _) = deploy(&proxy, &other, "killed-lease", &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("--take-over if that deploy is gone"),
        "{}",
        stderr(&output)
    );
    assert!(proxy.writes().is_empty(), "{:?}", proxy.writes());

    let (output, document) = deploy(&proxy, &other, "killed-lease", &["--take-over"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(document["workflows"][0]["outcome"]["result"], "completed");
    assert_eq!(routes(&proxy, &dir, "killed-lease"), [(3, 100)]);
}

#[test]
fn a_routing_change_by_hand_stops_the_rollout_without_touching_it() {
    let proxy = Proxy::start();
    let dir = scratch("by-hand");
    let rollout = rollout_in_flight(&proxy, &dir, "by-hand", &["--strategy", "canary:50:3s"]);
    // Someone pins the alias to version 1 in the console.
    let alias = "arn:aws:states:us-east-1:123456789012:stateMachine:by-hand:live";
    let body = serde_json::json!({
        "stateMachineAliasArn": alias,
        "description": "pinned by hand",
        "routingConfiguration": [{"stateMachineVersionArn": "arn:aws:states:us-east-1:123456789012:stateMachine:by-hand:1", "weight": 100}]
    });
    let auth = "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/states/aws4_request, SignedHeaders=host, Signature=0";
    let (status, text) = http(
        moto_port(),
        "POST",
        "/",
        &[
            ("Content-Type", "application/x-amz-json-1.0"),
            ("X-Amz-Target", "AWSStepFunctions.UpdateStateMachineAlias"),
            ("Authorization", auth),
        ],
        &body.to_string(),
    )
    .unwrap();
    assert_eq!(status, 200, "{text}");
    let output = finished(rollout);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr(&output);
    assert!(
        said.contains("was changed outside cargo sfn (its description is now \"pinned by hand\")"),
        "{said}"
    );
    assert!(said.contains("stopping without touching it"), "{said}");
    // Neither finished nor "rolled back": the hand-made routing stands.
    assert_eq!(routes(&proxy, &dir, "by-hand"), [(1, 100)]);
}
