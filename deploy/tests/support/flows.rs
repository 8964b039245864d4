//! A one-state workflow deployed from a definition file, and what its alias routes: what
//! the deploy tests do over and over.

use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::{Proxy, json, sfn, sfn_spawn, stderr};

pub const PASS: &str = r#"{"StartAt":"Hello","States":{"Hello":{"Type":"Pass","Result":{"greeting":"hi"},"Next":"Done"},"Done":{"Type":"Succeed"}}}"#;

pub fn write_definition(dir: &Path, greeting: &str) {
    std::fs::write(
        dir.join("flow.asl.json"),
        PASS.replace("\"hi\"", &format!("\"{greeting}\"")),
    )
    .unwrap();
}

/// `COMMAND --definition flow.asl.json --name NAME` plus `extra`.
pub fn with_definition<'a>(command: &'a str, name: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![command, "--definition", "flow.asl.json", "--name", name];
    args.extend_from_slice(extra);
    args
}

/// `deploy --definition flow.asl.json --name NAME --format json` plus `extra`.
pub fn deploy(
    proxy: &Proxy,
    dir: &Path,
    name: &str,
    extra: &[&str],
) -> (std::process::Output, Value) {
    let mut args = with_definition("deploy", name, &["--format", "json"]);
    args.extend_from_slice(extra);
    let output = sfn(proxy, dir, &args);
    let document = json(&output);
    (output, document)
}

/// The routes of alias `live` as (version number, weight).
pub fn routes(proxy: &Proxy, dir: &Path, name: &str) -> Vec<(u64, u64)> {
    let output = sfn(proxy, dir, &["status", name, "--format", "json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let document = json(&output);
    let aliases = &document["workflows"][0]["aliases"];
    aliases[0]["routes"]
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .map(|r| {
            let arn = r["version_arn"].as_str().unwrap();
            (
                arn.rsplit(':').next().unwrap().parse().unwrap(),
                r["weight"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Version 1 live, then `deploy` of version 2 with `extra` (the strategy) spawned, and
/// waited for until its first routing change is written (after the write of its lease).
pub fn rollout_in_flight(proxy: &Proxy, dir: &Path, name: &str, extra: &[&str]) -> Child {
    write_definition(dir, "v1");
    assert!(deploy(proxy, dir, name, &[]).0.status.success());
    write_definition(dir, "v2");
    proxy.clear();
    let mut args = with_definition("deploy", name, &["--check-every", "1"]);
    args.extend_from_slice(extra);
    let child = sfn_spawn(proxy, dir, &args);
    let deadline = Instant::now() + Duration::from_secs(60);
    while proxy.count("states:UpdateStateMachineAlias") < 2 {
        assert!(
            Instant::now() < deadline,
            "the rollout did not start: {:?}",
            proxy.actions()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    child
}
