//! `cargo sfn test FILE --mock-config FILE`: every test case of an AWS Step Functions Local
//! mock file, run locally, each checked against what `--expect` says of it, with the
//! coverage of the suite. Exit 0 when every case ran and met its expectations.
//!
//! `cargo sfn test [--manifest-path PATH] [-- ARGS]` without a file: the crate's own tests
//! (`cargo test`), with the coverage of every workflow they ran (`crate_tests.rs`).

use std::path::PathBuf;

use serde_json::{Map, Value, json};
use sfn_executor::{Coverage, Execution, Options, Status};

use super::local::{ExecutionArgs, load_machine, read_input, read_mock_file};
use crate::outcome::Outcome;
use crate::render::print_out;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The definition (`.asl.json`), or the name of a workflow `cargo sfn build` wrote.
    /// Without it, the crate's tests run (`cargo test`) and the coverage of the workflows
    /// they ran is shown.
    #[arg(requires = "mock_config")]
    pub file: Option<PathBuf>,
    /// The mock file whose test cases to run.
    #[arg(long, requires = "file")]
    pub mock_config: Option<PathBuf>,
    /// The crate whose tests to run (without FILE).
    #[arg(long, conflicts_with = "file")]
    pub manifest_path: Option<PathBuf>,
    /// Passed on to `cargo test` (after `--`).
    #[arg(last = true, conflicts_with = "file")]
    pub cargo_args: Vec<String>,
    /// What each case should do: `{"Case": {"input": .., "status": "SUCCEEDED", "output": ..,
    /// "error": .., "states": [..]}}`, every key optional (the input defaults to `--input`).
    /// A case whose expectations give no `status` passes only if its execution succeeded.
    #[arg(long)]
    pub expect: Option<PathBuf>,
    /// The input of the cases the expectations give none for: JSON or `@FILE` (without
    /// either, `{}`, and a note says which cases ran on it).
    #[arg(long)]
    pub input: Option<String>,
    /// The state machine's name in the mock file (default: the file name).
    #[arg(long)]
    pub name: Option<String>,
    /// `human` or `json`.
    #[arg(long, value_enum, default_value = "human")]
    pub format: crate::render::Format,
    /// Also draw the suite's coverage as a self-contained HTML page: each state,
    /// transition, Choice rule, retrier and catcher marked covered or not. With FILE, the
    /// page is written at this path; without, this is a folder with a page per workflow.
    #[arg(long, value_name = "PATH")]
    pub html: Option<PathBuf>,
    #[command(flatten)]
    pub execution: ExecutionArgs,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let (Some(file), Some(mock_config)) = (&args.file, &args.mock_config) else {
        return super::crate_tests::run(
            args.manifest_path.as_deref(),
            &args.cargo_args,
            args.format,
            args.html.as_deref(),
        );
    };
    match suite(args, file, mock_config) {
        Ok((results, report)) => {
            let failed = results.iter().any(|r| !r.problems.is_empty());
            show(&results, &report, args.format)?;
            Ok(Outcome::done_if(!failed))
        }
        Err(problem) => {
            eprintln!("error: {problem}");
            Ok(Outcome::Refused)
        }
    }
}

/// One case's run and what did not match.
struct CaseResult {
    name: String,
    execution: Option<Execution>,
    problems: Vec<String>,
}

fn suite(
    args: &Args,
    file: &std::path::Path,
    mock_config: &std::path::Path,
) -> Result<(Vec<CaseResult>, sfn_executor::CoverageReport), String> {
    let (file, machine) = load_machine(file, &args.execution)?;
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| super::machine_name(&file));
    let mock_file = read_mock_file(mock_config)?;
    let cases = mock_file.test_cases(&name);
    if cases.is_empty() {
        return Err(format!(
            "{} has no test cases for state machine `{name}`; name it with --name",
            mock_config.display()
        ));
    }
    let expectations: Map<String, Value> = match &args.expect {
        Some(path) => match read_input(&format!("@{}", path.display()))? {
            Value::Object(map) => map,
            other => {
                return Err(format!(
                    "{}: expectations must be an object of test cases, found {other}",
                    path.display()
                ));
            }
        },
        None => Map::new(),
    };
    if let Some(unknown) = expectations.keys().find(|k| !cases.contains(&k.as_str())) {
        return Err(format!(
            "the expectations name `{unknown}`, which is not a test case of `{name}`"
        ));
    }
    let default_input = args.input.as_deref().map(read_input).transpose()?;
    let mut coverage = Coverage::default();
    let mut results = Vec::new();
    let mut on_empty_input = Vec::new();
    for case in cases {
        let expected = expectations.get(case).cloned().unwrap_or(json!({}));
        let input = match (expected.get("input"), &default_input) {
            (Some(input), _) | (None, Some(input)) => input.clone(),
            (None, None) => {
                on_empty_input.push(case);
                json!({})
            }
        };
        let mocks = mock_file.mocks(&name, case)?;
        let options = args.execution.apply(Options {
            machine_name: name.clone(),
            execution_name: case.to_owned(),
            ..Options::default()
        })?;
        let result = match sfn_executor::run(&machine, input, &mocks, &options) {
            Ok(execution) => {
                coverage.merge(&execution.coverage);
                let problems = mismatches(&execution, &expected);
                CaseResult {
                    name: case.to_owned(),
                    execution: Some(execution),
                    problems,
                }
            }
            Err(problem) => CaseResult {
                name: case.to_owned(),
                execution: None,
                problems: vec![format!("could not run: {problem}")],
            },
        };
        results.push(result);
    }
    if !on_empty_input.is_empty() {
        eprintln!(
            "note: no input given for {}; ran on {{}} (give one with --input, or an \"input\" in --expect)",
            on_empty_input.join(", ")
        );
    }
    if let Some(out) = &args.html {
        let page = sfn_view::coverage_page(&machine, &name, &coverage, results.len());
        std::fs::write(out, page).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    }
    Ok((results, coverage.report(&machine)))
}

/// What of `expected` the execution did not do. Without an expected `status`, a case is
/// expected to succeed, as a test that ends in a failed execution is a failed test.
fn mismatches(execution: &Execution, expected: &Value) -> Vec<String> {
    let actual = json!({
        "status": execution.status,
        "output": execution.output,
        "error": execution.error,
        "cause": execution.cause,
        "states": execution.states,
    });
    let mut problems: Vec<String> = ["status", "output", "error", "cause", "states"]
        .into_iter()
        .filter_map(|key| {
            let want = expected.get(key)?;
            (want != &actual[key]).then(|| format!("{key}: expected {want}, got {}", actual[key]))
        })
        .collect();
    if expected.get("status").is_none() && execution.status != Status::Succeeded {
        problems.insert(
            0,
            format!(
                "status: expected \"SUCCEEDED\" (say \"status\" in --expect when a case should end otherwise), got {}: error {}, cause {}",
                actual["status"],
                actual["error"],
                actual["cause"],
            ),
        );
    }
    problems
}

fn show(
    results: &[CaseResult],
    report: &sfn_executor::CoverageReport,
    format: crate::render::Format,
) -> std::io::Result<()> {
    match format {
        crate::render::Format::Json => {
            let cases: Vec<Value> = results
                .iter()
                .map(|r| {
                    json!({
                        "name": r.name,
                        "passed": r.problems.is_empty(),
                        "status": r.execution.as_ref().map(|e| e.status),
                        "states": r.execution.as_ref().map(|e| &e.states),
                        "problems": r.problems,
                    })
                })
                .collect();
            print_out(&serde_json::to_string_pretty(
                &json!({"cases": cases, "coverage": report}),
            )?)?;
        }
        crate::render::Format::Human => {
            for result in results {
                let verdict = if result.problems.is_empty() {
                    "ok"
                } else {
                    "FAILED"
                };
                let status = result
                    .execution
                    .as_ref()
                    .map(|e| format!("{:?}", e.status))
                    .unwrap_or_default();
                print_out(&format!("test {} ... {verdict} ({status})", result.name))?;
                for problem in &result.problems {
                    print_out(&format!("    {problem}"))?;
                }
            }
            let passed = results.iter().filter(|r| r.problems.is_empty()).count();
            print_out(&report.to_string())?;
            print_out(&format!(
                "{passed} passed, {} failed",
                results.len() - passed
            ))?;
        }
    }
    Ok(())
}
