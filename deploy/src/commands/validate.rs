//! `cargo sfn validate FILE...`

use std::io::Write;
use std::path::PathBuf;

use sfn_codegen::pipeline::{Checks, Refuse, check_text};
use sfn_codegen::{MachineType, Options};

use crate::outcome::Outcome;
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
    /// The execution input's JSON Schema (`input.schema.json`, as `cargo sfn build` writes
    /// it): the types of its fields are followed through the graph. Without it the input is
    /// of unknown type and only what tasks return is followed.
    #[arg(long, value_name = "FILE")]
    pub input_schema: Option<PathBuf>,
    /// Also ask AWS (`ValidateStateMachineDefinition`, with the current credentials) and show
    /// where its verdict and this tool's differ.
    #[arg(long)]
    pub remote: bool,
    /// With `--remote`: the AWS profile.
    #[arg(long, requires = "remote")]
    pub profile: Option<String>,
    /// With `--remote`: the AWS region.
    #[arg(long, requires = "remote")]
    pub region: Option<String>,
    /// With `--remote`: send the call to this endpoint instead of AWS.
    #[arg(long, requires = "remote")]
    pub endpoint_url: Option<String>,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let mut checks = Checks::new(Options {
        machine_type: if args.express {
            MachineType::Express
        } else {
            MachineType::Standard
        },
    });
    if let Some(path) = &args.input_schema {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the input schema {}: {e}", path.display()))?;
        let schema: serde_json::Value = serde_json::from_str(&text)
            .map_err(|e| format!("the input schema {} is not JSON: {e}", path.display()))?;
        checks = checks.input_schema(&schema);
    }
    let files = super::expand(&args.files)?;
    // Files are independent: check them on every core, then report in the given order.
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(files.len().max(1));
    let chunk = files.len().div_ceil(threads).max(1);
    let mut reports: Vec<FileReport> = std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|paths| {
                scope.spawn(|| {
                    paths
                        .iter()
                        .map(|path| check_file(path.clone(), &checks))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().unwrap_or_default())
            .collect()
    });
    if args.remote {
        ask_aws(args, &mut reports)?;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    render::reports(&mut out, &reports, args.format)?;
    out.flush()?;
    // AWS's verdict decides, unless every finding is to refuse (`--deny-warnings`).
    let level = if args.deny_warnings {
        Refuse::Everything
    } else {
        Refuse::AwsRefusals
    };
    let aws_rejects = reports
        .iter()
        .any(|r| r.aws.as_ref().is_some_and(|aws| !aws.accepted));
    let failed = aws_rejects || reports.iter().any(|r| r.refused(level));
    Ok(Outcome::done_if(!failed))
}

/// The file's findings: the validator's, and the type flow's as run-time warnings (AWS
/// accepts what the flow finds, so the exit code stays AWS's verdict unless warnings are
/// denied).
fn check_file(path: PathBuf, checks: &Checks) -> FileReport {
    match super::read_source(&path) {
        Ok(text) => {
            let report = check_text(&text, checks);
            FileReport::checked(path, text, report.diagnostics)
        }
        Err(error) => FileReport::unreadable(path, error),
    }
}

/// AWS's verdict on every readable file, one call each.
fn ask_aws(args: &Args, reports: &mut [FileReport]) -> Result<(), String> {
    let connection = crate::aws::Connection {
        profile: args.profile.clone(),
        region: args.region.clone(),
        endpoint_url: args.endpoint_url.clone(),
    };
    crate::aws::runtime()?.block_on(async {
        let aws = crate::aws::Aws::connect(&connection).await?;
        for report in reports.iter_mut().filter(|r| !r.text.is_empty()) {
            let verdict = crate::aws::verdict::validate(&aws, &report.text, args.express)
                .await
                .map_err(|e| format!("{}: {e}", report.path.display()))?;
            report.aws = Some(verdict);
        }
        Ok(())
    })
}
