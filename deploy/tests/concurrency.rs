//! Deploys that collide never lose a rollout: one rollout per alias at a time (a lease in
//! the alias's description), a re-read of the alias before every routing change, and a
//! crashed deploy's rollout taken over only when asked. Against moto, through the proxy.
//! The invariant checked each time: the alias ends at 100 % on one version, and every deploy
//! that exited 0 had its version there when it finished.

mod support;

use std::process::{Child, Output};

use support::flows::{deploy, rollout_in_flight, routes, with_definition, write_definition};
use support::{Proxy, json, scratch, sfn_spawn, states_call, stderr};

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
    states_call(
        "UpdateStateMachineAlias",
        &serde_json::json!({
            "stateMachineAliasArn": alias,
            "description": "pinned by hand",
            "routingConfiguration": [{"stateMachineVersionArn": "arn:aws:states:us-east-1:123456789012:stateMachine:by-hand:1", "weight": 100}]
        }),
    );
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

const STRATEGIES: [&str; 3] = ["all-at-once", "canary:50:2s", "linear:50:2s"];

/// Every routing the alias showed while `deploys` ran, read straight from moto.
struct Watcher {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    seen: std::thread::JoinHandle<Vec<Vec<(u64, u64)>>>,
}

impl Watcher {
    fn start(name: &str) -> Watcher {
        let alias = format!("arn:aws:states:us-east-1:123456789012:stateMachine:{name}:live");
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stopped = stop.clone();
        let seen = std::thread::spawn(move || {
            let mut seen: Vec<Vec<(u64, u64)>> = Vec::new();
            while !stopped.load(std::sync::atomic::Ordering::Relaxed) {
                let found = states_call(
                    "DescribeStateMachineAlias",
                    &serde_json::json!({ "stateMachineAliasArn": alias }),
                );
                let routes = version_weights(&found["routingConfiguration"]);
                if seen.last() != Some(&routes) {
                    seen.push(routes);
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            seen
        });
        Watcher { stop, seen }
    }

    fn finish(self) -> Vec<Vec<(u64, u64)>> {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.seen.join().unwrap()
    }
}

fn version_weights(routing: &serde_json::Value) -> Vec<(u64, u64)> {
    let mut routes: Vec<(u64, u64)> = routing
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            let arn = r["stateMachineVersionArn"].as_str().unwrap_or_default();
            let version = arn
                .rsplit(':')
                .next()
                .unwrap_or_default()
                .parse()
                .unwrap_or(0);
            (version, r["weight"].as_u64().unwrap_or(0))
        })
        .collect();
    routes.sort_unstable();
    routes
}

/// One deploy of a pair: what it printed and the version it published, if any.
struct Ended {
    pid: u32,
    output: Output,
    version: Option<u64>,
}

/// Deploys of different changes to one alias started together, one per strategy.
fn race(strategies: &[&str]) {
    let name = format!(
        "race-{}",
        strategies
            .iter()
            .map(|s| s.split(':').next().unwrap())
            .collect::<Vec<_>>()
            .join("-")
    );
    let proxies: Vec<Proxy> = strategies.iter().map(|_| Proxy::start()).collect();
    let first = scratch(&name);
    write_definition(&first, "v1");
    assert!(deploy(&proxies[0], &first, &name, &[]).0.status.success());
    let dirs: Vec<std::path::PathBuf> = (0..strategies.len())
        .map(|i| {
            let dir = scratch(&format!("{name}-{i}"));
            write_definition(&dir, &format!("change {i}"));
            dir
        })
        .collect();
    let watcher = Watcher::start(&name);
    let children: Vec<Child> = strategies
        .iter()
        .zip(&proxies)
        .zip(&dirs)
        .map(|((strategy, proxy), dir)| {
            let args = with_definition(
                "deploy",
                &name,
                &[
                    "--strategy",
                    strategy,
                    "--check-every",
                    "1",
                    "--format",
                    "json",
                ],
            );
            sfn_spawn(proxy, dir, &args)
        })
        .collect();
    let ended: Vec<Ended> = children
        .into_iter()
        .map(|child| {
            let pid = child.id();
            let output = finished(child);
            let document = json(&output);
            let version = document["workflows"][0]["version"]
                .as_str()
                .and_then(|arn| arn.rsplit(':').next()?.parse().ok());
            Ended {
                pid,
                output,
                version,
            }
        })
        .collect();
    let seen = watcher.finish();
    let summary = format!(
        "{strategies:?}: exits {:?}, versions {:?}, routings seen {seen:?}",
        ended
            .iter()
            .map(|e| e.output.status.code())
            .collect::<Vec<_>>(),
        ended.iter().map(|e| e.version).collect::<Vec<_>>()
    );
    eprintln!("{summary}");
    let context = ended.iter().fold(summary, |text, e| {
        format!("{text}\n--- {}:\n{}", e.pid, stderr(&e.output))
    });

    // The alias ends on one version, all of its traffic.
    let last = routes(&proxies[0], &first, &name);
    assert_eq!(last.len(), 1, "{context}");
    assert_eq!(last[0].1, 100, "{context}");
    let winners: Vec<&Ended> = ended.iter().filter(|e| e.output.status.success()).collect();
    assert!(!winners.is_empty(), "{context}");
    for me in &ended {
        if me.output.status.success() {
            let outcome = &json(&me.output)["workflows"][0]["outcome"];
            assert_eq!(outcome["result"], "completed", "{context}");
        } else {
            // Every refusal names another deploy's rollout; the loser's version never got
            // traffic.
            assert_eq!(me.output.status.code(), Some(1), "{context}");
            let said = stderr(&me.output);
            assert!(
                ended
                    .iter()
                    .any(|other| other.pid != me.pid && said.contains(&format!(":{} ", other.pid))),
                "{context}"
            );
            if let Some(version) = me.version {
                assert!(
                    seen.iter().flatten().all(|(v, w)| *v != version || *w == 0),
                    "{context}"
                );
            }
        }
    }
    // Exited 0 means live when it finished: a winner read the alias after the winners
    // before it had finished, so the newest winner's version holds the alias.
    let newest = winners.iter().filter_map(|e| e.version).max();
    assert_eq!(Some(last[0].0), newest, "{context}");
    // At no moment did traffic split between two new versions.
    assert!(
        seen.iter()
            .all(|routing| routing.len() < 2 || routing.iter().any(|(v, _)| *v == 1)),
        "{context}"
    );
}

#[test]
fn concurrent_deploys_of_every_pair_of_strategies_leave_one_rollout_standing() {
    let pairs: Vec<(&str, &str)> = STRATEGIES
        .iter()
        .flat_map(|a| STRATEGIES.iter().map(move |b| (*a, *b)))
        .collect();
    // Three races at a time: enough overlap to be quick, little enough to keep timings sane.
    for chunk in pairs.chunks(3) {
        std::thread::scope(|scope| {
            for (first, second) in chunk {
                scope.spawn(|| race(&[first, second]));
            }
        });
    }
}

#[test]
fn four_deploys_at_once_leave_one_rollout_standing() {
    race(&["linear:50:2s", "all-at-once", "canary:50:2s", "all-at-once"]);
}

#[test]
fn deploys_that_wait_take_turns_each_from_the_last_one_s_version() {
    let name = "turns";
    let proxy = Proxy::start();
    let first = scratch(name);
    write_definition(&first, "v1");
    assert!(deploy(&proxy, &first, name, &[]).0.status.success());
    let watcher = Watcher::start(name);
    let children: Vec<Child> = ["linear:50:1s", "all-at-once", "canary:50:1s"]
        .iter()
        .enumerate()
        .map(|(i, strategy)| {
            let dir = scratch(&format!("{name}-{i}"));
            write_definition(&dir, &format!("change {i}"));
            let args = with_definition(
                "deploy",
                name,
                &[
                    "--strategy",
                    strategy,
                    "--wait",
                    "120",
                    "--check-every",
                    "1",
                    "--format",
                    "json",
                ],
            );
            sfn_spawn(&proxy, &dir, &args)
        })
        .collect();
    let outcomes: Vec<serde_json::Value> = children
        .into_iter()
        .map(|child| {
            let output = finished(child);
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            json(&output)["workflows"][0]["outcome"].clone()
        })
        .collect();
    let seen = watcher.finish();
    // Each rolled out from where the one before it left the alias: a chain from version 1.
    let number = |v: &serde_json::Value| -> u64 {
        v.as_str()
            .unwrap()
            .rsplit(':')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let mut from = 1;
    let mut chain: Vec<(u64, u64)> = outcomes
        .iter()
        .map(|o| (number(&o["from"]), number(&o["to"])))
        .collect();
    chain.sort_unstable();
    for (start, end) in &chain {
        assert_eq!(*start, from, "{chain:?} {seen:?}");
        from = *end;
    }
    assert_eq!(routes(&proxy, &first, name), [(from, 100)], "{seen:?}");
    assert!(
        seen.iter().all(|routing| routing.len() < 2
            || routing
                .windows(2)
                .all(|pair| chain.contains(&(pair[0].0, pair[1].0)))),
        "only a rollout's own two versions share traffic: {seen:?}"
    );
}
