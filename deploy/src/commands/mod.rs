pub mod build;
mod crate_tests;
pub mod deploy;
pub mod environment;
pub mod executions;
pub mod export;
pub mod fmt;
pub mod graph;
pub mod import;
mod local;
pub mod new;
pub mod plan;
pub mod policy;
pub mod redrive;
pub mod rollback;
pub mod run;
pub mod start;
pub mod status;
pub mod test;
pub mod validate;

use std::path::{Path, PathBuf};

/// `println!` that a reader who stopped reading (`cargo sfn status | head`) does not turn
/// into a panic.
macro_rules! out {
    ($($arg:tt)*) => {{
        let _ = $crate::render::print_out(&format!($($arg)*));
    }};
}
pub(crate) use out;

/// Reads a definition; `-` is standard input.
pub fn read_source(path: &Path) -> std::io::Result<String> {
    if path == Path::new("-") {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(path)
    }
}

/// The files named on the command line, with directories expanded to the `.json` files
/// below them (sorted, so output is stable), less the files `cargo sfn build` writes beside
/// each definition.
pub fn expand(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            collect_json(path, &mut found)?;
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_json(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") && !is_companion(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// `policy.json`, `trust-policy.json`, `workflow.json`, `template.json` and `*.schema.json`:
/// written beside a definition, not
/// definitions themselves.
fn is_companion(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    matches!(
        name,
        "policy.json" | "trust-policy.json" | "workflow.json" | "template.json"
    ) || name.ends_with(".schema.json")
}

/// The model of a definition, or `None` after showing on stderr why there is none.
pub fn parse_or_report(
    path: &Path,
    text: String,
) -> std::io::Result<Option<sfn_codegen::StateMachine>> {
    let parsed = sfn_codegen::parse::parse(&text);
    if parsed.machine.is_none() {
        let report = crate::render::FileReport::checked(path.to_owned(), text, parsed.diagnostics);
        crate::render::reports(
            &mut std::io::stderr().lock(),
            std::slice::from_ref(&report),
            crate::render::Format::Human,
        )?;
    }
    Ok(parsed.machine)
}

/// A state machine name for a definition file: the folder's for a `cargo sfn build` output
/// (`<name>/definition.asl.json`), else the file's (letters, digits, `-`, `_`; at most 80).
pub fn machine_name(file: &Path) -> String {
    let is_build_output = file.file_name().is_some_and(|n| n == "definition.asl.json");
    let source = if is_build_output {
        file.parent().and_then(Path::file_name)
    } else {
        file.file_name()
    };
    let stem = source
        .and_then(|n| n.to_str())
        .map(|n| n.trim_end_matches(".json").trim_end_matches(".asl"))
        .unwrap_or("workflow");
    sfn_import::workflow_name(stem)
}

/// Writes a file only when its content changes, so cargo does not rebuild for nothing.
pub fn write_if_changed(path: &Path, content: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == content) {
        return Ok(());
    }
    std::fs::write(path, content)
}
