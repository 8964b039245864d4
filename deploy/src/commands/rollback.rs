//! `cargo sfn rollback NAME`: puts all of the alias's traffic back on the version before the
//! current one, or on the old side of an interrupted rollout, or on `--to VERSION`.

use serde_json::json;

use super::environment::{EnvArgs, OutputFormat};
use crate::aws::{alias, read};
use crate::deployment::routing::{Memory, Route, rollback_target, version_number};
use crate::outcome::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The workflow (its name before the environment's prefix).
    pub workflow: String,
    #[command(flatten)]
    pub env: EnvArgs,
    /// The version to put all traffic on.
    #[arg(long)]
    pub to: Option<u32>,
    /// The alias (default: the environment's `alias`, else `live`).
    #[arg(long)]
    pub alias: Option<String>,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let resolved = args.env.settings(std::path::Path::new("."))?;
    let progress = args.env.progress();
    crate::aws::runtime()?.block_on(async {
        let (aws, target) = args.env.connect(&resolved).await?;
        let name = resolved.machine_name(&args.workflow);
        let machine_arn = target.environment().arn("states", &format!("stateMachine:{name}"));
        let alias_name = args.alias.as_deref().unwrap_or(resolved.alias());
        let alias_arn = format!("{machine_arn}:{alias_name}");
        let Some(alias) = read::read_alias(&aws, &alias_arn).await? else {
            return Err(format!("{name} has no alias `{alias_name}`: nothing to roll back").into());
        };
        let memory = Memory::parse(&alias.description);
        let to = match args.to {
            Some(to) => to,
            None => rollback_target(&alias.routes, memory)?,
        };
        let target_arn = format!("{machine_arn}:{to}");
        if read::read_version(&aws, &target_arn).await?.is_none() {
            return Err(format!("{name} has no version {to}").into());
        }
        // The version being left: the new side of a split, else the one routed now.
        let from = match memory {
            Some(Memory::RollingOut { to: new, .. }) => new,
            _ => alias
                .routes
                .iter()
                .filter_map(|r| version_number(&r.version_arn))
                .find(|n| *n != to)
                .unwrap_or(to),
        };
        alias::route(&aws, &alias_arn, &[Route::new(&target_arn, 100)], Memory::RolledBack { to, from }).await?;
        progress.say(&format!("{name}: alias {alias_name} routes all traffic to version {to} (was {from})"));
        if args.env.format == OutputFormat::Json {
            let document = json!({ "name": name, "alias": alias_name, "version": target_arn, "from": from, "calls": aws.calls() });
            super::out!("{}", serde_json::to_string_pretty(&document).unwrap_or_default());
        }
        Ok::<_, crate::outcome::Failure>(Outcome::Done)
    })
}
