//! API calls and wall time per kind of deployment, against a local moto server through the
//! recording proxy (the same harness as the end-to-end tests). Run with
//! `cargo bench -p cargo-sfn --bench deploy` (installs moto on first use, as the tests do).
//!
//! Wall time here is the CLI process end to end (start, config, SDK setup, calls to a local
//! server); against AWS the network round trips dominate, so the call counts are the figure
//! that carries over.

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use support::{Proxy, json, scratch, sfn};

const RUNS: usize = 5;
const PASS: &str =
    r#"{"StartAt":"Hello","States":{"Hello":{"Type":"Pass","Result":{"v":"VERSION"},"End":true}}}"#;

fn main() {
    let proxy = Proxy::start();
    let dir = scratch("bench");
    println!(
        "{:<34} {:>6} {:>7} {:>10} {:>10}",
        "deployment", "reads", "writes", "median", "max"
    );
    measure(
        "first deploy (role, machine, alias)",
        &proxy,
        &dir,
        |i| {
            write(&dir, "1");
            vec![format!("bench-first-{i}")]
        },
        &[],
    );
    measure(
        "no change",
        &proxy,
        &dir,
        |_| {
            write(&dir, "1");
            vec!["bench-first-0".to_owned()]
        },
        &[],
    );
    measure(
        "new definition, all at once",
        &proxy,
        &dir,
        |i| {
            write(&dir, &format!("all-{i}"));
            vec!["bench-first-1".to_owned()]
        },
        &[],
    );
    measure(
        "new definition, canary:50:1s",
        &proxy,
        &dir,
        |i| {
            write(&dir, &format!("canary-{i}"));
            vec!["bench-first-2".to_owned()]
        },
        &["--strategy", "canary:50:1s", "--check-every", "1"],
    );
    measure(
        "new definition, linear:34:1s",
        &proxy,
        &dir,
        |i| {
            write(&dir, &format!("linear-{i}"));
            vec!["bench-first-3".to_owned()]
        },
        &["--strategy", "linear:34:1s", "--check-every", "1"],
    );
}

fn write(dir: &Path, version: &str) {
    std::fs::write(dir.join("flow.asl.json"), PASS.replace("VERSION", version))
        .expect("definition written");
}

/// Runs one kind `RUNS` times; `prepare(i)` writes the definition and names the workflow.
fn measure(
    kind: &str,
    proxy: &Proxy,
    dir: &Path,
    prepare: impl Fn(usize) -> Vec<String>,
    extra: &[&str],
) {
    let mut times = Vec::new();
    let mut calls = (0, 0);
    for i in 0..RUNS {
        let name = prepare(i).remove(0);
        let mut args = vec![
            "deploy",
            "--definition",
            "flow.asl.json",
            "--name",
            &name,
            "--format",
            "json",
            "--quiet",
        ];
        args.extend_from_slice(extra);
        let started = Instant::now();
        let output = sfn(proxy, dir, &args);
        times.push(started.elapsed());
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let document = json(&output);
        calls = (
            document["calls"]["reads"].as_u64().unwrap_or_default(),
            document["calls"]["writes"].as_u64().unwrap_or_default(),
        );
    }
    times.sort();
    let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1000.0);
    println!(
        "{kind:<34} {:>6} {:>7} {:>10} {:>10}",
        calls.0,
        calls.1,
        ms(times[RUNS / 2]),
        ms(times[RUNS - 1])
    );
}
