//! `cargo sfn import`: turn an existing definition into builder code.

use std::path::PathBuf;

use crate::outcome::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The definition to import (`-` for standard input).
    file: PathBuf,
    /// The workflow's name (default: from the file name).
    #[arg(long)]
    name: Option<String>,
    /// The Rust function's name (default: from the workflow's name).
    #[arg(long = "fn")]
    function: Option<String>,
    /// Write the code here instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let text = super::read_source(&args.file)?;
    let stem = args
        .file
        .file_name()
        .and_then(|n| n.to_str())
        .map(|n| n.trim_end_matches(".json").trim_end_matches(".asl"))
        .unwrap_or("workflow");
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| sfn_import::workflow_name(stem));
    let function = args.function.clone().unwrap_or_else(|| rust_name(&name));
    let code = match sfn_import::import(&text, &name, &function) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {}: {error}", args.file.display());
            return Ok(Outcome::Refused);
        }
    };
    match &args.output {
        Some(path) => std::fs::write(path, code)?,
        None => print!("{code}"),
    }
    Ok(Outcome::Done)
}

/// `order-processing` -> `order_processing`; a leading digit gets a prefix.
fn rust_name(name: &str) -> String {
    let mut out: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert_str(0, "workflow_");
    }
    out
}
