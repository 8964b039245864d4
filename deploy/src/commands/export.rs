//! `cargo sfn export FILE`: a CloudFormation template deploying the definition with its role,
//! a version and an alias that rolls out new versions.

use std::path::PathBuf;

use sfn_codegen::validate::MachineType;
use sfn_codegen::{Options, check};

use sfn_codegen::cloudformation::{Settings, template};
use sfn_codegen::iam;
use sfn_codegen::rollout::Strategy;

use crate::outcome::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The definition (for `target/sfn/<name>/definition.asl.json` the name is the folder's).
    file: PathBuf,
    /// The state machine's name.
    #[arg(long)]
    name: Option<String>,
    /// An Express state machine.
    #[arg(long)]
    express: bool,
    /// The alias that callers use.
    #[arg(long, default_value = "live")]
    alias: String,
    /// How the alias moves to a new version: `all-at-once`, `canary:<percent>:<wait>` or
    /// `linear:<percent>:<interval>` (e.g. `canary:10:5m`).
    #[arg(long, default_value = "all-at-once")]
    strategy: Strategy,
    /// A CloudWatch alarm that stops a rollout (repeat for several).
    #[arg(long = "alarm")]
    alarms: Vec<String>,
    /// Send execution logs (errors) to this CloudWatch Logs log group ARN.
    #[arg(long)]
    log_group: Option<String>,
    /// Trace executions with X-Ray.
    #[arg(long)]
    tracing: bool,
    /// Encrypt with this customer-managed KMS key ARN.
    #[arg(long)]
    kms_key: Option<String>,
    /// Write the template here instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let text =
        super::read_source(&args.file).map_err(|e| format!("{}: {e}", args.file.display()))?;
    let machine_type = if args.express {
        MachineType::Express
    } else {
        MachineType::Standard
    };
    let report = check(&text, &Options { machine_type });
    let machine = match report.machine {
        Some(machine) if report.is_valid() => machine,
        _ => {
            eprintln!(
                "error: {}: the definition has errors; run `cargo sfn validate` on it",
                args.file.display()
            );
            return Ok(Outcome::Refused);
        }
    };
    let settings = Settings {
        name: args
            .name
            .clone()
            .unwrap_or_else(|| super::machine_name(&args.file)),
        machine_type,
        alias: args.alias.clone(),
        strategy: args.strategy,
        alarms: args.alarms.clone(),
        log_group_arn: args.log_group.clone(),
        tracing: args.tracing,
        kms_key_arn: args.kms_key.clone(),
    };
    // Typed resources stay placeholders in the definition (the template's substitutions fill
    // them); the policy names each one in the stack's account.
    let options = settings.policy_options();
    let bound = sfn_codegen::resource::bind_locally(&machine, &options.environment);
    let policy = iam::policy(&bound, &options);
    for widened in &policy.widened {
        eprintln!("warning: {}: policy widened at {widened}", settings.name);
    }
    let template = template(&machine, &settings, &policy);
    let text = serde_json::to_string_pretty(&template)? + "\n";
    match &args.output {
        Some(path) => std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?,
        None => print!("{text}"),
    }
    Ok(Outcome::Done)
}
