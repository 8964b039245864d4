//! `cargo sfn deploy`: brings the role, the state machine and its alias to the desired state
//! with as few calls as it takes (none when nothing changed), publishing a version only
//! when something changed and moving the alias to it by the rollout strategy.

use crate::outcome;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::json;
use sfn_codegen::MachineType;
use sfn_codegen::rollout::Strategy;

use super::environment::{
    EnvArgs, OutputFormat, ResourceArgs, RolloutArgs, SourceArgs, check_before_calls, desired_all,
};
use crate::aws::alias::{self, Stop};
use crate::aws::claim::{self, Claim};
use crate::aws::rollout::{self, Outcome, Watch};
use crate::aws::{Aws, apply, read, versions};
use crate::config::Resolved;
use crate::deployment::current::Current;
use crate::deployment::desired::{Desired, Target};
use crate::deployment::plan::{AliasChange, Plan, plan};
use crate::deployment::plan_file::{PlanFile, changes_since};
use crate::deployment::routing::{Lease, may_roll_out, rollout_origin};
use crate::progress::Progress;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub env: EnvArgs,
    #[command(flatten)]
    pub rollout: RolloutArgs,
    #[command(flatten)]
    pub resources: ResourceArgs,
    /// How often health is checked while a rollout step waits, in seconds.
    #[arg(long, default_value_t = 10)]
    pub check_every: u64,
    /// When another deploy's rollout of the alias is in flight, wait for it to end, for at
    /// most this many seconds (default: refuse at once).
    #[arg(long, value_name = "SECONDS")]
    pub wait: Option<u64>,
    /// Take over a rollout that stopped half-way (its deploy crashed or was killed): go on
    /// from its old side instead of refusing.
    #[arg(long)]
    pub take_over: bool,
    /// Apply a plan saved by `cargo sfn plan --out`: exactly its changes and rollout, or
    /// nothing when anything the plan read has changed since.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["strategy", "alias", "alarms", "wait", "take_over", "definition", "from", "manifest_path", "workflows"])]
    pub plan: Option<PathBuf>,
}

/// How a deploy treats another rollout of the same alias, and what a saved plan read.
#[derive(Debug, Clone, Copy)]
struct Turn<'a> {
    wait: Option<Duration>,
    take_over: bool,
    expected: Option<&'a Current>,
}

/// What happened to one workflow.
#[derive(Debug, Serialize)]
struct Deployed {
    name: String,
    /// `None` when what is deployed could not be read.
    plan: Option<Plan>,
    version: Option<String>,
    outcome: Option<Outcome>,
    pruned: Vec<String>,
    error: Option<String>,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let mut resolved = args.env.settings(&args.source.crate_dir())?;
    let saved = match &args.plan {
        Some(path) => Some(read_plan(path, &mut resolved)?),
        None => None,
    };
    let workflows = match &saved {
        Some(_) => Vec::new(),
        None => {
            args.rollout.apply(&mut resolved);
            let workflows = args.source.workflows()?;
            check_before_calls(&workflows, &resolved)?;
            workflows
        }
    };
    let progress = args.env.progress();
    crate::aws::runtime()?.block_on(async {
        let (aws, target) = args.env.connect(&resolved).await?;
        let (desired, expected): (Vec<Desired>, Vec<Option<Current>>) = match &saved {
            Some(file) => {
                check_plan(&aws, file, &target).await?;
                file.workflows
                    .iter()
                    .map(|w| (w.desired.clone(), Some(w.read.clone())))
                    .unzip()
            }
            None => {
                let desired = desired_all(&workflows, &resolved, &target, &progress)?;
                let none = vec![None; desired.len()];
                (desired, none)
            }
        };
        // Before any write: a workflow calling a resource that is not there fails on its
        // first run.
        args.resources
            .check(&aws, &target, resolved.env.as_deref(), &desired, &progress)
            .await?;
        // Before any write: a rollout watched by a missing alarm would not be watched.
        rollout::check_alarms_exist(&aws, &resolved.settings.alarms)
            .await
            .map_err(|e| e.to_string())?;
        let watch = Watch {
            strategy: resolved.strategy(),
            alarms: resolved.settings.alarms.clone(),
            every: Duration::from_secs(args.check_every.max(1)),
            executions: true,
        };
        let mut results = Vec::new();
        let mut failed = false;
        let owner = crate::aws::claim::owner();
        for (desired, expected) in desired.iter().zip(&expected) {
            let turn = Turn {
                wait: args.wait.map(Duration::from_secs),
                take_over: args.take_over,
                expected: expected.as_ref(),
            };
            let result =
                deploy_one(&aws, desired, &resolved, &watch, turn, &owner, &progress).await;
            failed |= result.error.is_some()
                || matches!(result.outcome, Some(Outcome::RolledBack { .. }));
            if let Some(error) = &result.error {
                progress.warn(&format!("error: {}: {error}", desired.name));
            }
            results.push(result);
        }
        let calls = aws.calls();
        match args.env.format {
            OutputFormat::Json => {
                let document = json!({ "workflows": results, "calls": calls });
                super::out!(
                    "{}",
                    serde_json::to_string_pretty(&document).unwrap_or_default()
                );
            }
            OutputFormat::Human => progress.say(&format!(
                "{} AWS calls: {} reads, {} writes",
                calls.reads + calls.writes,
                calls.reads,
                calls.writes
            )),
        }
        Ok::<_, outcome::Failure>(outcome::Outcome::done_if(!failed))
    })
}

/// A saved plan, with the rollout settings it was made with in `resolved` (only the
/// connection settings stay the environment's).
fn read_plan(path: &Path, resolved: &mut Resolved) -> Result<PlanFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file = PlanFile::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let strategy = file
        .rollout
        .strategy
        .parse::<Strategy>()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let s = &mut resolved.settings;
    s.strategy = Some(crate::config::StrategyText(strategy));
    s.alarms.clone_from(&file.rollout.alarms);
    s.pre_traffic.clone_from(&file.rollout.pre_traffic);
    s.retain_versions = file.rollout.retain_versions;
    Ok(file)
}

/// Refuses a plan made for another account or region, or one whose reads no longer hold:
/// nothing is written unless every workflow's plan still stands.
async fn check_plan(aws: &Aws, file: &PlanFile, target: &Target) -> Result<(), String> {
    if &file.target != target {
        return Err(format!(
            "the plan is for account {} in {}, but the credentials are for account {} in {}; nothing was deployed",
            file.target.account, file.target.region, target.account, target.region
        ));
    }
    let mut stale_parts = Vec::new();
    for planned in &file.workflows {
        let now = read::current(aws, &planned.desired)
            .await
            .map_err(|e| e.to_string())?;
        let changed = changes_since(&planned.read, &now);
        if !changed.is_empty() {
            stale_parts.push(format!("{}: {}", planned.desired.name, changed.join(", ")));
        }
    }
    if stale_parts.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the plan made at {} is stale, nothing was deployed: since then {} changed; make a new plan",
            file.made,
            stale_parts.join("; ")
        ))
    }
}

fn stale(changed: &[String]) -> String {
    format!(
        "the plan is stale, nothing was deployed: since it was made {} changed; make a new plan",
        changed.join(", ")
    )
}

async fn deploy_one(
    aws: &Aws,
    desired: &Desired,
    resolved: &Resolved,
    watch: &Watch,
    turn: Turn<'_>,
    owner: &str,
    progress: &Progress,
) -> Deployed {
    let mut result = Deployed {
        name: desired.name.clone(),
        plan: None,
        version: None,
        outcome: None,
        pruned: Vec::new(),
        error: None,
    };
    let deadline = turn.wait.map(|w| Instant::now() + w);
    // Another turn only when a deploy that also found the alias free took it first.
    loop {
        let mut current =
            match my_turn(aws, desired, deadline, turn.take_over, owner, progress).await {
                Ok(current) => current,
                Err(error) => {
                    result.error = Some(error);
                    return result;
                }
            };
        // After losing a turn, the version this deploy published is reused, not published
        // again: the alias does not name it, so the read did not find it.
        if let Some(mine) = &result.version
            && !current.versions.iter().any(|v| &v.arn == mine)
        {
            match read::read_version(aws, mine).await {
                Ok(found) => current.versions.extend(found),
                Err(error) => {
                    result.error = Some(error.to_string());
                    return result;
                }
            }
        }
        if let Some(expected) = turn.expected {
            let changed = changes_since(expected, &current);
            if !changed.is_empty() {
                result.error = Some(stale(&changed));
                return result;
            }
        }
        let plan = &*result.plan.insert(plan(desired, &current));
        progress.say(
            super::plan::describe(
                plan,
                desired,
                &resolved.strategy().to_string(),
                super::plan::use_colour(std::io::stderr().is_terminal()),
            )
            .trim_end(),
        );
        if !plan.blockers.is_empty() {
            result.error = Some(plan.blockers.join("; "));
            return result;
        }
        if !plan.changes_anything() {
            result.outcome = current
                .alias
                .as_ref()
                .and_then(|a| a.routes.first())
                .map(|r| Outcome::Unchanged {
                    version: r.version_arn.clone(),
                });
            return result;
        }
        let version = match apply::apply(aws, desired, plan).await {
            Ok(version) => version,
            Err(error) => {
                result.error = Some(format!("{error}; the alias was not moved"));
                return result;
            }
        };
        result.version = Some(version.clone());
        let claim = current
            .alias
            .as_ref()
            .map(|alias| Claim::from_read(alias, owner));
        let routed = route(
            aws, desired, resolved, plan, &version, watch, claim, progress,
        )
        .await;
        match routed {
            Ok(outcome) => result.outcome = Some(outcome),
            Err(Stop::Busy(why)) if deadline.is_some_and(|d| Instant::now() < d) => {
                progress.say(&format!("waiting: {why}"));
                continue;
            }
            Err(stop) => {
                result.error = Some(stop.to_string());
                return result;
            }
        }
        break;
    }
    if let (Some(keep), Some(Outcome::Completed { .. } | Outcome::AliasCreated { .. })) =
        (resolved.settings.retain_versions, &result.outcome)
    {
        match versions::prune(aws, &desired.machine_arn, keep as usize).await {
            Ok(pruned) => result.pruned = pruned,
            Err(error) => {
                result.error = Some(format!(
                    "deployed, but old versions were not pruned: {error}"
                ))
            }
        }
    }
    result
}

/// What is deployed, once no other deploy's rollout of the alias is in flight: one rollout
/// per alias at a time. Another's live rollout is waited for (`--wait`) or refused; one that
/// stopped half-way is refused unless taken over. Nothing is written before this.
async fn my_turn(
    aws: &Aws,
    desired: &Desired,
    deadline: Option<Instant>,
    take_over: bool,
    owner: &str,
    progress: &Progress,
) -> Result<crate::deployment::current::Current, String> {
    let mut said = false;
    loop {
        let current = read::current(aws, desired)
            .await
            .map_err(|e| e.to_string())?;
        let Some(alias) = &current.alias else {
            return Ok(current);
        };
        let busy = match may_roll_out(&alias.description, owner, claim::now(), take_over) {
            Ok(()) => return Ok(current),
            Err(busy) => busy,
        };
        let live = Lease::parse(&alias.description).is_some_and(|l| l.is_live(claim::now()));
        match deadline {
            Some(deadline) if live && Instant::now() < deadline => {
                if !said {
                    progress.say(&format!("waiting: {busy}"));
                    said = true;
                }
                tokio::time::sleep(poll_interval()).await;
            }
            _ => return Err(format!("alias {} not moved: {busy}", desired.alias)),
        }
    }
}

/// How often `--wait` looks at the alias again; `SFN_POLL_MS` shortens it for tests.
fn poll_interval() -> Duration {
    std::env::var("SFN_POLL_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(Duration::from_secs(5), Duration::from_millis)
}

/// Points the alias at `version`: creates it, or rolls out from what it routes to now.
#[allow(clippy::too_many_arguments)]
async fn route(
    aws: &Aws,
    desired: &Desired,
    resolved: &Resolved,
    plan: &Plan,
    version: &str,
    watch: &Watch,
    claim: Option<Claim>,
    progress: &Progress,
) -> Result<Outcome, Stop> {
    let moves = !matches!(plan.alias, AliasChange::Unchanged);
    if moves && !resolved.settings.pre_traffic.is_empty() {
        rollout::pre_traffic(
            aws,
            version,
            desired.machine_type,
            &resolved.settings.pre_traffic,
            progress,
        )
        .await?;
    }
    match &plan.alias {
        AliasChange::Create => {
            alias::create_alias(aws, &desired.machine_arn, &desired.alias, version).await?;
            progress.say(&format!(
                "alias {} created on version {}",
                desired.alias,
                number(version)
            ));
            Ok(Outcome::AliasCreated {
                version: version.to_owned(),
            })
        }
        AliasChange::Unchanged => Ok(Outcome::Unchanged {
            version: version.to_owned(),
        }),
        AliasChange::Move { from } => {
            let Some(old) = rollout_origin(from, version) else {
                return Ok(Outcome::Unchanged {
                    version: version.to_owned(),
                });
            };
            let watch = Watch {
                executions: desired.machine_type == MachineType::Standard,
                ..watch.clone()
            };
            let mut claim = claim.ok_or_else(|| {
                Stop::Refused(format!(
                    "alias {} was not read before moving it",
                    desired.alias
                ))
            })?;
            rollout::roll_out(aws, &mut claim, &old, version, &watch, progress).await
        }
    }
}

fn number(arn: &str) -> String {
    crate::deployment::routing::version_number(arn)
        .map_or_else(|| arn.to_owned(), |n| n.to_string())
}
