//! The project's own rule corpus: `fixtures/invalid/<CODE>.<case>.asl.json` must draw a
//! finding with that code (at the location its `Comment` names, `expect CODE at LOCATION`),
//! `fixtures/runtime/<CODE>.<case>.asl.json` (AWS accepts them, they fail at run time) a
//! run-time warning and no error, and `fixtures/valid/*.asl.json` nothing at all. Every rule
//! has at least one case. Where a case stands on AWS's verdict, its `Comment` says so.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sfn_codegen::{Code, Options, Severity, check};

fn fixtures(kind: &str) -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(kind);
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("fixtures folder")
        .map(|e| e.expect("fixture entry").path())
        .map(|path: PathBuf| {
            (
                file_name(&path),
                std::fs::read_to_string(&path).expect("readable fixture"),
            )
        })
        .collect();
    out.sort();
    out
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// `expect CODE at LOCATION` from the fixture's Comment (a note in parentheses may follow,
/// saying where the rule comes from).
fn expected_location(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let comment = value.get("Comment")?.as_str()?;
    let location = comment.split(" at ").nth(1)?;
    Some(location.split(" (").next().unwrap_or(location).to_owned())
}

#[test]
fn every_invalid_fixture_draws_its_rule() {
    for (name, text) in fixtures("invalid") {
        let code = name.split('.').next().unwrap();
        let report = check(&text, &Options::default());
        let location = expected_location(&text);
        let hit = report.diagnostics.iter().find(|d| {
            d.code.as_str() == code
                && location
                    .as_ref()
                    .is_none_or(|l| d.location.to_string() == *l)
        });
        let Some(hit) = hit else {
            panic!(
                "{name}: expected {code} at {location:?}, got:\n{}",
                report
                    .diagnostics
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        };
        assert!(!hit.message.is_empty());
        if hit.severity == Severity::Error {
            assert!(
                !report.is_valid(),
                "{name}: an error finding must make the definition invalid"
            );
        }
    }
}

/// `fixtures/runtime/<CODE>.<case>.asl.json`: definitions AWS accepts that fail (or do
/// something else than written) at run time. No error, but a warning marked as a run-time
/// failure, which `compile()` and `--deny-warnings` refuse.
#[test]
fn runtime_fixtures_are_accepted_but_warned_about() {
    for (name, text) in fixtures("runtime") {
        let code = name.split('.').next().unwrap();
        let report = check(&text, &Options::default());
        assert!(
            report.is_valid(),
            "{name}: AWS accepts it: {:?}",
            report.diagnostics
        );
        let location = expected_location(&text);
        let hit = report.diagnostics.iter().find(|d| {
            d.code.as_str() == code
                && d.runtime
                && location
                    .as_ref()
                    .is_none_or(|l| d.location.to_string() == *l)
        });
        assert!(
            hit.is_some(),
            "{name}: expected a run-time {code} at {location:?}, got {:?}",
            report.diagnostics
        );
    }
}

#[test]
fn invalid_fixtures_report_one_problem_once() {
    // One mistake, one finding: no cascades. (Warnings that add information may accompany it.)
    for (name, text) in fixtures("invalid") {
        let report = check(&text, &Options::default());
        let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
        assert!(
            errors.len() <= 1,
            "{name}: one mistake drew {} errors:\n{}",
            errors.len(),
            errors.join("\n")
        );
    }
}

#[test]
fn valid_fixtures_draw_no_finding() {
    for (name, text) in fixtures("valid") {
        let report = check(&text, &Options::default());
        assert!(report.is_valid(), "{name}: {:?}", report.diagnostics);
        assert!(
            report.diagnostics.is_empty(),
            "{name}: {:?}",
            report.diagnostics
        );
    }
}

/// Rules that need declared types as well as the definition, so no ASL file alone triggers
/// them; their tests are in `codegen/src/flow/tests.rs` and `dsl/tests/types_through_graph.rs`.
const NEEDS_TYPES: &[Code] = &[Code::UNKNOWN_INPUT_FIELD];

#[test]
fn every_rule_has_a_fixture() {
    let covered: BTreeSet<String> = fixtures("invalid")
        .into_iter()
        .chain(fixtures("runtime"))
        .map(|(name, _)| name.split('.').next().unwrap().to_owned())
        .collect();
    let missing: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| !NEEDS_TYPES.contains(c))
        .map(|c| c.as_str())
        .filter(|c| !covered.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without an invalid fixture: {missing:?}"
    );
}

#[test]
fn express_machines_refuse_waiting_patterns() {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/valid/callback-with-token-and-timeouts.asl.json"),
    )
    .unwrap();
    assert!(check(&text, &Options::default()).is_valid());
    let express = Options {
        machine_type: sfn_codegen::MachineType::Express,
    };
    let report = check(&text, &express);
    assert!(
        report.errors().any(|d| d.code == Code::EXPRESS_UNSUPPORTED
            && d.location.to_string() == "States.Ask.Resource")
    );
}
