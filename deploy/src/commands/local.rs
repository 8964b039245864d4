//! What local runs (`run`, `test`) share: the definition by path or by built name, the
//! input, the mock file.

use std::path::{Path, PathBuf};

use serde_json::Value;
use sfn_executor::clock::Instant;
use sfn_executor::{MockFile, Options};

/// The definition at `file` (or of the built workflow so named), if it is valid.
pub fn load_machine(
    file: &Path,
    execution: &ExecutionArgs,
) -> Result<(PathBuf, sfn_codegen::StateMachine), String> {
    let file = definition_file(file)?;
    let text = std::fs::read_to_string(&file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    // A built definition's typed resources run as their logical names in the run's account.
    let home = sfn_codegen::iam::Environment::in_region(&execution.region, &execution.account);
    let text = sfn_codegen::resource::fill_locally(&text, &home);
    let report = sfn_codegen::check(&text, &sfn_codegen::Options::default());
    let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
    match report.machine.filter(|_| errors.is_empty()) {
        Some(machine) => Ok((file, machine)),
        None => Err(format!(
            "{} is not a valid state machine:\n  {}",
            file.display(),
            errors.join("\n  ")
        )),
    }
}

/// An input given as JSON, or as `@FILE`.
pub fn read_input(text: &str) -> Result<Value, String> {
    match text.strip_prefix('@') {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read the input {path}: {e}"))?;
            serde_json::from_str(&text).map_err(|e| format!("the input in {path} is not JSON: {e}"))
        }
        None => serde_json::from_str(text).map_err(|e| format!("the input is not JSON: {e}")),
    }
}

pub fn read_mock_file(path: &Path) -> Result<MockFile, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    MockFile::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// `FILE` as given, or a built workflow's definition when `FILE` is only its name: in
/// `<target dir>/sfn/<name>/`, where `cargo sfn build` writes it (`CARGO_TARGET_DIR` is
/// honoured, as cargo does). Otherwise the error says every place it looked.
fn definition_file(file: &Path) -> Result<PathBuf, String> {
    if file.exists() {
        return Ok(file.to_owned());
    }
    let built = built_folder().join(file).join("definition.asl.json");
    if built.exists() {
        return Ok(built);
    }
    if file.components().count() == 1 && file.extension().is_none() {
        return Err(format!(
            "no definition `{}`, and no built workflow of that name at {} (run `cargo sfn build` first, or give the definition's path)",
            file.display(),
            built.display()
        ));
    }
    Err(format!("cannot read {}: no such file", file.display()))
}

/// Where `cargo sfn build` writes by default, seen from the current folder: the target
/// folder `CARGO_TARGET_DIR` names (relative to here, as cargo reads it), else `target`.
fn built_folder() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir).join("sfn"),
        _ => PathBuf::from("target").join("sfn"),
    }
}

/// Where and when a local execution pretends to run: in the context object (`$$.Execution`,
/// `$$.StateMachine`) and the ARNs it holds.
#[derive(Debug, clap::Args)]
pub struct ExecutionArgs {
    /// The account in ARNs.
    #[arg(long, default_value = "123456789012")]
    pub account: String,
    /// The region in ARNs (its partition follows it: `cn-north-1` is `aws-cn`).
    #[arg(long, default_value = "us-east-1")]
    pub region: String,
    /// When the execution starts, as a timestamp (default 2025-01-01T00:00:00Z, so runs are
    /// reproducible).
    #[arg(long, value_name = "TIMESTAMP")]
    pub start_time: Option<String>,
}

impl ExecutionArgs {
    /// `options` with these on top.
    pub fn apply(&self, options: Options) -> Result<Options, String> {
        let start = match &self.start_time {
            Some(text) => Instant::parse(text).ok_or_else(|| {
                format!("--start-time `{text}` is not a timestamp such as 2026-03-14T01:59:00Z")
            })?,
            None => options.start,
        };
        Ok(Options {
            account: self.account.clone(),
            region: self.region.clone(),
            start,
            ..options
        })
    }
}
