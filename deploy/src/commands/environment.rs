//! What the AWS commands (`plan`, `deploy`, `status`, `rollback`, `start`) share: the
//! environment's settings, the workflows to deploy, and the connection to AWS.

use std::path::{Path, PathBuf};

use sfn_codegen::pipeline::Refuse;

use crate::aws::{Aws, Connection};
use crate::config::{self, Config, Resolved};
use crate::deployment::desired::{self, Desired, Target};
use crate::deployment::source::{self, Workflow};
use crate::progress::Progress;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// For people: coloured diffs, progress.
    #[default]
    Human,
    /// One JSON document on stdout, for CI.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct EnvArgs {
    /// The environment: an `[env.<name>]` table of `sfn.toml` or of the `[package.metadata.sfn]`
    /// of Cargo.toml (default: `default-env`).
    #[arg(long, short = 'e')]
    pub env: Option<String>,
    /// The configuration file (default: `sfn.toml`, else Cargo.toml metadata, looked for
    /// from the crate's folder up).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// The AWS profile (default: the environment's `profile`, then the standard chain).
    #[arg(long)]
    pub profile: Option<String>,
    /// The AWS region (default: the environment's `region`, then the standard chain).
    #[arg(long)]
    pub region: Option<String>,
    /// Send every AWS call to this endpoint (a local stand-in for AWS).
    #[arg(long)]
    pub endpoint_url: Option<String>,
    /// `human` or `json` (the result on stdout; progress stays on stderr).
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
    /// Print nothing on stderr but warnings and errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Whether the typed resources the workflows call must exist (`plan` and `deploy`).
#[derive(Debug, clap::Args)]
pub struct ResourceArgs {
    /// Go on when a typed resource the workflows call does not exist in the environment
    /// (each is named in a warning instead).
    #[arg(long)]
    pub allow_missing_resources: bool,
}

impl ResourceArgs {
    /// Looks up, read-only, each typed resource the deployments call; refuses (before any
    /// write) when one is missing, unless allowed.
    pub async fn check(
        &self,
        aws: &crate::aws::Aws,
        target: &Target,
        env: Option<&str>,
        desired: &[Desired],
        progress: &Progress,
    ) -> Result<(), String> {
        let mut resources: Vec<_> = desired.iter().flat_map(|d| d.resources.clone()).collect();
        resources.sort_by(|a, b| (a.kind, &a.logical).cmp(&(b.kind, &b.logical)));
        resources.dedup();
        let found = crate::aws::resources::look_up(aws, &target.account, &resources)
            .await
            .map_err(|e| e.to_string())?;
        for resource in &found.unchecked {
            progress.warn(&format!(
                "warning: {} `{}` ({}) is in account {}, which these credentials cannot look into: not checked",
                resource.kind.noun(),
                resource.logical,
                resource.arn,
                resource.account
            ));
        }
        let env = env.unwrap_or("(default)");
        match crate::aws::resources::refusal(&found, env) {
            Some(refusal) if !self.allow_missing_resources => Err(refusal),
            Some(refusal) => {
                progress.warn(&format!("warning: {refusal}"));
                Ok(())
            }
            None => Ok(()),
        }
    }
}

/// How the alias moves, given on the command line over the environment's settings: the
/// same for `plan` (which says what the deploy will do) and `deploy`.
#[derive(Debug, clap::Args)]
pub struct RolloutArgs {
    /// How the alias moves: `all-at-once`, `canary:<percent>:<wait>`, `linear:<percent>:<interval>`
    /// (default: the environment's `strategy`, else all at once).
    #[arg(long)]
    pub strategy: Option<sfn_codegen::rollout::Strategy>,
    /// The alias to move (default: the environment's `alias`, else `live`).
    #[arg(long)]
    pub alias: Option<String>,
    /// A CloudWatch alarm that stops the rollout, besides the environment's `alarms` (repeat
    /// for several).
    #[arg(long = "alarm")]
    pub alarms: Vec<String>,
}

impl RolloutArgs {
    /// The environment's settings with these on top.
    pub fn apply(&self, resolved: &mut Resolved) {
        let s = &mut resolved.settings;
        if let Some(strategy) = self.strategy {
            s.strategy = Some(crate::config::StrategyText(strategy));
        }
        if self.alias.is_some() {
            s.alias.clone_from(&self.alias);
        }
        for alarm in &self.alarms {
            if !s.alarms.contains(alarm) {
                s.alarms.push(alarm.clone());
            }
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct SourceArgs {
    /// Only these workflows (their names before the environment's prefix; default: all).
    pub workflows: Vec<String>,
    /// The crate (or workspace) whose workflows are deployed.
    #[arg(long)]
    pub manifest_path: Option<PathBuf>,
    /// Use the workflows `cargo sfn build` already wrote to this folder instead of building.
    #[arg(long, conflicts_with = "definition")]
    pub from: Option<PathBuf>,
    /// Deploy this ASL definition file instead of a crate's workflows.
    #[arg(long)]
    pub definition: Option<PathBuf>,
    /// The workflow's name, with `--definition` (default: the file's).
    #[arg(long, requires = "definition")]
    pub name: Option<String>,
    /// An Express state machine, with `--definition`.
    #[arg(long, requires = "definition")]
    pub express: bool,
    /// Deploy a definition that AWS accepts although it certainly fails when it runs (a
    /// read of a field that is never there, a call without a required parameter); refused
    /// by default.
    #[arg(long)]
    pub allow_run_time_failures: bool,
}

impl EnvArgs {
    pub fn progress(&self) -> Progress {
        Progress::new(self.quiet)
    }

    /// The environment's settings, with the command line's overrides.
    pub fn settings(&self, crate_dir: &Path) -> Result<Resolved, String> {
        let config = match &self.config {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                if path.file_name().is_some_and(|n| n == "Cargo.toml") {
                    Config::from_cargo_toml(&text, path)?.unwrap_or_default()
                } else {
                    Config::from_sfn_toml(&text, path)?
                }
            }
            None => config::discover(crate_dir)?.0,
        };
        let mut resolved = config.resolve(self.env.as_deref())?;
        let s = &mut resolved.settings;
        for (mine, flag) in [
            (&mut s.profile, &self.profile),
            (&mut s.region, &self.region),
            (&mut s.endpoint_url, &self.endpoint_url),
        ] {
            if flag.is_some() {
                mine.clone_from(flag);
            }
        }
        Ok(resolved)
    }

    /// Connects with the settings; checks the credentials are for the environment's account
    /// (deploying to the wrong account is worse than failing).
    pub async fn connect(&self, resolved: &Resolved) -> Result<(Aws, Target), String> {
        let s = &resolved.settings;
        let aws = Aws::connect(&Connection {
            profile: s.profile.clone(),
            region: s.region.clone(),
            endpoint_url: s.endpoint_url.clone(),
        })
        .await?;
        let account = aws.account().await.map_err(|e| e.to_string())?;
        if let Some(expected) = &s.account
            && expected != &account
        {
            return Err(format!(
                "the credentials are for account {account}, but environment `{}` deploys to {expected}; nothing was changed",
                resolved.env.as_deref().unwrap_or("default")
            ));
        }
        let target = Target {
            partition: sfn_codegen::arn::partition_of(&aws.region).to_owned(),
            region: aws.region.clone(),
            account,
        };
        Ok((aws, target))
    }
}

impl SourceArgs {
    /// The folder whose configuration applies.
    pub fn crate_dir(&self) -> PathBuf {
        match &self.manifest_path {
            Some(path) => path
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_owned),
            None => PathBuf::from("."),
        }
    }

    /// The workflows: the definition file, an existing build, or the crate built now.
    pub fn workflows(&self) -> Result<Vec<Workflow>, String> {
        if let Some(path) = &self.definition {
            let name = self
                .name
                .clone()
                .unwrap_or_else(|| super::machine_name(path));
            let machine_type = if self.express {
                sfn_codegen::MachineType::Express
            } else {
                sfn_codegen::MachineType::Standard
            };
            let workflow = source::from_file(path, name, machine_type)?;
            return Ok(self.with_refusal(vec![workflow]));
        }
        let dir = match &self.from {
            Some(dir) => dir.clone(),
            None => super::build::for_deploy(self.manifest_path.as_deref())
                .map_err(|e| e.to_string())?,
        };
        let found = source::from_build(&dir, &self.workflows)?;
        if found.is_empty() {
            return Err(format!("no workflow was built in {}", dir.display()));
        }
        Ok(self.with_refusal(found))
    }

    fn with_refusal(&self, workflows: Vec<Workflow>) -> Vec<Workflow> {
        let refuse = if self.allow_run_time_failures {
            Refuse::AwsRefusals
        } else {
            Refuse::CertainFailures
        };
        workflows
            .into_iter()
            .map(|w| Workflow { refuse, ..w })
            .collect()
    }
}

/// Checks every definition with the environment's substitutions before any AWS call; the
/// ARNs are placeholders here, the real ones come once the account is known.
pub fn check_before_calls(workflows: &[Workflow], resolved: &Resolved) -> Result<(), String> {
    let placeholder = Target {
        partition: "aws".to_owned(),
        region: resolved
            .settings
            .region
            .clone()
            .unwrap_or_else(|| "us-east-1".to_owned()),
        account: resolved
            .settings
            .account
            .clone()
            .unwrap_or_else(|| "000000000000".to_owned()),
    };
    let errors: Vec<String> = workflows
        .iter()
        .filter_map(|w| desired::desired(w, resolved, &placeholder).err())
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

/// The desired deployments, warning about unsubstituted placeholders and widened policies.
pub fn desired_all(
    workflows: &[Workflow],
    resolved: &Resolved,
    target: &Target,
    progress: &Progress,
) -> Result<Vec<Desired>, String> {
    workflows
        .iter()
        .map(|w| {
            let desired = desired::desired(w, resolved, target)?;
            for placeholder in &desired.unsubstituted {
                progress.warn(&format!(
                    "warning: {}: {placeholder} has no substitution in this environment",
                    desired.name
                ));
            }
            for place in &desired.widened {
                progress.warn(&format!(
                    "warning: {}: policy widened at {place}",
                    desired.name
                ));
            }
            Ok(desired)
        })
        .collect()
}
