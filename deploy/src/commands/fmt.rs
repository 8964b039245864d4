//! `cargo sfn fmt FILE...`: canonical form, written in place.

use std::io::Write;
use std::path::PathBuf;

use sfn_codegen::emit;

use crate::outcome::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Definition files to format in place, or `-` to format stdin to stdout.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Change nothing; exit 1 if a file is not in canonical form.
    #[arg(long)]
    pub check: bool,
    /// Write the compact form (one line) instead of the indented one.
    #[arg(long)]
    pub compact: bool,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let mut unformatted = Vec::new();
    let mut failed = false;
    for path in super::expand(&args.files)? {
        let text = super::read_source(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        // Formatting needs a model; without one, say why.
        let Some(machine) = super::parse_or_report(&path, text.clone())? else {
            failed = true;
            continue;
        };
        let formatted = if args.compact {
            emit::to_string(&machine) + "\n"
        } else {
            emit::to_string_pretty(&machine)
        };
        if path.as_os_str() == "-" {
            std::io::stdout().lock().write_all(formatted.as_bytes())?;
        } else if formatted != text {
            if args.check {
                unformatted.push(path.display().to_string());
            } else {
                std::fs::write(&path, formatted).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    for path in &unformatted {
        eprintln!("not in canonical form: {path}");
    }
    Ok(Outcome::done_if(!failed && unformatted.is_empty()))
}
