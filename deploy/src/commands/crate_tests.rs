//! `cargo sfn test` without a file: the crate's own tests (`cargo test`, with what follows
//! `--`), run with `SFN_COVERAGE_DIR` set so that every workflow run in them
//! (`Compiled::run`) writes down what it exercised; the records are merged per workflow and
//! the coverage of the whole suite is shown. The exit status is `cargo test`'s.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use sfn_executor::{Coverage, CoverageReport};

use crate::outcome::Outcome;
use crate::render::print_out;

/// The variable the `sfn` crate's test runner reads (`sfn::testing`).
const COVERAGE_DIR: &str = "SFN_COVERAGE_DIR";

pub fn run(
    manifest_path: Option<&Path>,
    cargo_args: &[String],
    format: crate::render::Format,
    html: Option<&Path>,
) -> crate::outcome::Result {
    let directory = scratch_directory()?;
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command.arg("test");
    if let Some(path) = manifest_path {
        command.arg("--manifest-path").arg(path);
    }
    command.args(cargo_args).env(COVERAGE_DIR, &directory);
    let status = command.status();
    let records = read_records(&directory);
    let _ = std::fs::remove_dir_all(&directory);
    let status = status.map_err(|e| format!("cannot run `cargo test`: {e}"))?;
    let workflows = merge(&records?)?;
    if let Some(folder) = html {
        write_pages(&workflows, folder)?;
    }
    show(&workflows, status.success(), format)?;
    Ok(Outcome::done_if(status.success()))
}

fn scratch_directory() -> std::io::Result<PathBuf> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let directory =
        std::env::temp_dir().join(format!("sfn-coverage-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&directory)?;
    Ok(directory)
}

/// Every line every test process wrote.
fn read_records(directory: &Path) -> Result<Vec<String>, String> {
    let mut lines = Vec::new();
    let entries = std::fs::read_dir(directory)
        .map_err(|e| format!("cannot read {}: {e}", directory.display()))?;
    for entry in entries.flatten() {
        let text = std::fs::read_to_string(entry.path())
            .map_err(|e| format!("cannot read {}: {e}", entry.path().display()))?;
        lines.extend(text.lines().map(str::to_owned));
    }
    Ok(lines)
}

/// One workflow's runs in the suite, and their coverage.
#[derive(Debug)]
struct Workflow {
    name: String,
    /// Its page's file name: the name, and the definition's number among variants.
    file: String,
    runs: usize,
    machine: sfn_codegen::StateMachine,
    coverage: Coverage,
    report: CoverageReport,
}

/// A coverage page per workflow in `folder`.
fn write_pages(workflows: &[Workflow], folder: &Path) -> Result<(), String> {
    std::fs::create_dir_all(folder)
        .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    for workflow in workflows {
        let page = sfn_view::coverage_page(
            &workflow.machine,
            &workflow.name,
            &workflow.coverage,
            workflow.runs,
        );
        let path = folder.join(&workflow.file);
        std::fs::write(&path, page).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// The records grouped by workflow (a name with two definitions, as tests that build
/// variants have, counts as two), their coverage merged and compared with the definition.
fn merge(lines: &[String]) -> Result<Vec<Workflow>, String> {
    let mut groups: Vec<(String, String, usize, Coverage)> = Vec::new();
    for line in lines.iter().filter(|l| !l.trim().is_empty()) {
        let record: Value = serde_json::from_str(line)
            .map_err(|e| format!("a coverage record is not JSON ({e}): {line}"))?;
        let (Some(name), Some(definition)) =
            (record["workflow"].as_str(), record["definition"].as_str())
        else {
            return Err(format!("a coverage record lacks its workflow: {line}"));
        };
        let coverage: Coverage = serde_json::from_value(record["coverage"].clone())
            .map_err(|e| format!("a coverage record is not readable ({e}): {line}"))?;
        match groups
            .iter_mut()
            .find(|(n, d, _, _)| n == name && d == definition)
        {
            Some((_, _, runs, merged)) => {
                *runs += 1;
                merged.merge(&coverage);
            }
            None => groups.push((name.to_owned(), definition.to_owned(), 1, coverage)),
        }
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    let mut workflows = Vec::new();
    for (index, (name, definition, runs, coverage)) in groups.iter().enumerate() {
        let machine = sfn_codegen::check(definition, &sfn_codegen::Options::default())
            .machine
            .ok_or_else(|| format!("the definition of workflow `{name}` does not parse"))?;
        let variants = groups.iter().filter(|(n, ..)| n == name).count();
        let nth = groups[..=index].iter().filter(|(n, ..)| n == name).count();
        let (shown, file) = if variants > 1 {
            (
                format!("{name} (definition {nth} of {variants})"),
                format!("{name}-{nth}.html"),
            )
        } else {
            (name.clone(), format!("{name}.html"))
        };
        workflows.push(Workflow {
            name: shown,
            file,
            runs: *runs,
            report: coverage.report(&machine),
            coverage: coverage.clone(),
            machine,
        });
    }
    Ok(workflows)
}

fn show(
    workflows: &[Workflow],
    passed: bool,
    format: crate::render::Format,
) -> std::io::Result<()> {
    match format {
        crate::render::Format::Json => {
            let workflows: Vec<Value> = workflows
                .iter()
                .map(|w| json!({"workflow": w.name, "runs": w.runs, "coverage": w.report}))
                .collect();
            print_out(&serde_json::to_string_pretty(
                &json!({"passed": passed, "workflows": workflows}),
            )?)
        }
        crate::render::Format::Human => {
            if workflows.is_empty() {
                return print_out(
                    "no workflow ran in these tests (`Compiled::run`, feature `run` of sfn)",
                );
            }
            for workflow in workflows {
                print_out(&format!(
                    "workflow {} ({} run{}): {}",
                    workflow.name,
                    workflow.runs,
                    if workflow.runs == 1 { "" } else { "s" },
                    workflow.report
                ))?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(name: &str, definition: &Value, states: &[&str]) -> String {
        let coverage = json!({
            "states": states.iter().map(|s| json!([s, 1])).collect::<Vec<_>>(),
            "choices": [], "retriers": [], "catchers": []
        });
        json!({"workflow": name, "definition": definition.to_string(), "coverage": coverage})
            .to_string()
    }

    #[test]
    fn runs_of_one_workflow_are_merged_and_variants_kept_apart() {
        let two = json!({"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}});
        let one = json!({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}});
        let lines = [
            record("flow", &two, &["A"]),
            record("flow", &two, &["A", "B"]),
            record("flow", &one, &["A"]),
            String::new(),
        ];
        let workflows = merge(&lines).unwrap();
        assert_eq!(workflows.len(), 2);
        assert_eq!(workflows[0].name, "flow (definition 1 of 2)");
        assert_eq!(workflows[0].runs, 2);
        assert_eq!(
            (workflows[0].report.covered, workflows[0].report.total),
            (2, 2)
        );
        assert_eq!(workflows[1].runs, 1);
        let broken = merge(&["{\"workflow\": 1}".to_owned()]).unwrap_err();
        assert!(broken.contains("lacks its workflow"), "{broken}");
    }

    /// `cargo sfn test --html DIR`: a coverage page per workflow, variants apart.
    #[test]
    fn each_workflow_gets_its_coverage_page() {
        let two = json!({"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}}});
        let one = json!({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}});
        let lines = [
            record("flow", &two, &["A"]),
            record("flow", &one, &["A"]),
            record("solo", &one, &["A"]),
        ];
        let folder = std::env::temp_dir().join(format!("sfn-pages-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        write_pages(&merge(&lines).unwrap(), &folder).unwrap();
        let mut files: Vec<String> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        assert_eq!(files, ["flow-1.html", "flow-2.html", "solo.html"]);
        let page = std::fs::read_to_string(folder.join("flow-1.html")).unwrap();
        let data = sfn_view::data_of(&page).unwrap();
        assert_eq!(data["title"], "flow (definition 1 of 2)");
        assert_eq!(data["coverage"]["missed"], json!(["B", "A → B"]));
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
