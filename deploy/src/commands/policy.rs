//! `cargo sfn policy`: the least-privilege policy of existing ASL definitions.

use std::path::PathBuf;

use sfn_codegen::iam::{self, Environment};
use sfn_codegen::{Options, check};

use crate::outcome::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Definitions (files or folders of `.json` files).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The account the workflow runs in.
    #[arg(long)]
    account: String,
    /// The region the workflow runs in.
    #[arg(long)]
    region: String,
    /// The AWS partition.
    #[arg(long, default_value = "aws")]
    partition: String,
    /// The state machine's name (default: the file name).
    #[arg(long)]
    name: Option<String>,
    /// Print the role's trust policy instead.
    #[arg(long)]
    trust: bool,
    /// The machine logs to CloudWatch Logs.
    #[arg(long)]
    logging: bool,
    /// The machine is traced with X-Ray.
    #[arg(long)]
    tracing: bool,
    /// The customer-managed KMS key (ARN or id) encrypting the machine's data.
    #[arg(long)]
    kms_key: Option<String>,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let environment = Environment::new(&args.partition, &args.region, &args.account);
    let files = super::expand(&args.paths)?;
    let mut documents = Vec::new();
    let mut failed = false;
    for file in &files {
        let text = super::read_source(file)?;
        let report = check(&text, &Options::default());
        let machine = match report.machine {
            Some(machine) if report.is_valid() => machine,
            _ => {
                eprintln!(
                    "error: {}: the definition has errors; run `cargo sfn validate` on it",
                    file.display()
                );
                failed = true;
                continue;
            }
        };
        let name = args
            .name
            .clone()
            .unwrap_or_else(|| super::machine_name(file));
        if args.trust {
            documents.push(iam::trust_policy(&environment, &name));
            continue;
        }
        let mut options = iam::Options::new(environment.clone(), name);
        options.logging = args.logging;
        options.tracing = args.tracing;
        options.kms_key_arn = args.kms_key.clone();
        let generated = iam::policy(&machine, &options);
        for widened in &generated.widened {
            eprintln!("warning: {}: policy widened at {widened}", file.display());
        }
        documents.push(serde_json::from_str(&generated.policy.to_json_pretty())?);
    }
    // One document as it is; several as a list (the form policy linters accept).
    let output = match documents.len() {
        1 => documents.remove(0),
        _ => serde_json::Value::Array(documents),
    };
    super::out!("{}", serde_json::to_string_pretty(&output)?);
    Ok(Outcome::done_if(!failed))
}
