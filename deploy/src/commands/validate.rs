//! `cargo sfn validate FILE...`

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use sfn_codegen::{MachineType, Options};

use crate::render::{self, FileReport, Format};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Definition files (`.asl.json`), directories to search for `.json` files, or `-` for stdin.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output for people (`human`) or for tools (`json`).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Check as an Express workflow (no `.sync`, `.waitForTaskToken` or activities).
    #[arg(long)]
    pub express: bool,
    /// Treat warnings as errors.
    #[arg(long)]
    pub deny_warnings: bool,
}

pub fn run(args: &Args) -> Result<ExitCode, Box<dyn std::error::Error>> {
    let options = Options {
        machine_type: if args.express { MachineType::Express } else { MachineType::Standard },
    };
    let files = super::expand(&args.files)?;
    let mut reports = Vec::with_capacity(files.len());
    for path in files {
        let report = match super::read_source(&path) {
            Ok(text) => {
                let report = sfn_codegen::check(&text, &options);
                FileReport::checked(path, text, report.diagnostics)
            }
            Err(error) => FileReport::unreadable(path, error),
        };
        reports.push(report);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let summary = render::reports(&mut out, &reports, args.format)?;
    out.flush()?;
    let failed = summary.errors > 0 || summary.unreadable > 0 || (args.deny_warnings && summary.warnings > 0);
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
