//! `cargo sfn plan`: what `deploy` would change, without changing anything. Exits 0 when
//! nothing would change, 2 when something would, 1 on an error.

use std::io::IsTerminal;

use console::Style;
use serde_json::json;

use super::environment::{
    EnvArgs, OutputFormat, ResourceArgs, RolloutArgs, SourceArgs, check_before_calls, desired_all,
};
use crate::aws::read;
use crate::deployment::desired::{Desired, Role};
use crate::deployment::drift;
use crate::deployment::plan::{AliasChange, MachineChange, Plan, RoleChange, VersionChange, plan};
use crate::deployment::plan_file::{self, PlanFile, Planned, Rollout};
use crate::deployment::routing::{may_roll_out, timestamp, version_number};
use crate::outcome::Outcome;

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
    /// Save the plan to FILE: `cargo sfn deploy --plan FILE` applies exactly it, and refuses
    /// if what exists has changed since.
    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    match plan_all(args) {
        Ok(changes) => Ok(if changes {
            Outcome::Changes
        } else {
            Outcome::Done
        }),
        Err(error) => {
            eprintln!("error: {error}");
            Ok(Outcome::Refused)
        }
    }
}

fn plan_all(args: &Args) -> Result<bool, String> {
    let mut resolved = args.env.settings(&args.source.crate_dir())?;
    args.rollout.apply(&mut resolved);
    let workflows = args.source.workflows()?;
    check_before_calls(&workflows, &resolved)?;
    let progress = args.env.progress();
    crate::aws::runtime()?.block_on(async {
        let (aws, target) = args.env.connect(&resolved).await?;
        crate::aws::rollout::check_alarms_exist(&aws, &resolved.settings.alarms)
            .await
            .map_err(|e| format!("deploy would refuse: {e}"))?;
        let mut changes = false;
        let mut plans = Vec::new();
        let mut planned = Vec::new();
        let all = desired_all(&workflows, &resolved, &target, &progress)?;
        args.resources
            .check(&aws, &target, resolved.env.as_deref(), &all, &progress)
            .await
            .map_err(|e| format!("deploy would refuse: {e}"))?;
        for desired in all {
            let current = read::current(&aws, &desired)
                .await
                .map_err(|e| e.to_string())?;
            let plan = plan(&desired, &current);
            changes |= plan.changes_anything();
            // A plan owns no lease: any rollout in flight is another's.
            if let Some(busy) = current.alias.as_ref().and_then(|alias| {
                may_roll_out(&alias.description, "", crate::aws::claim::now(), false).err()
            }) {
                progress.warn(&format!("warning: {}: {busy}", desired.name));
            }
            if args.out.is_some() {
                planned.push(Planned {
                    desired: desired.clone(),
                    read: current.clone(),
                    changes: Some(plan.clone()),
                });
            }
            match args.env.format {
                OutputFormat::Human => print!(
                    "{}",
                    describe(
                        &plan,
                        &desired,
                        &resolved.strategy().to_string(),
                        use_colour(std::io::stdout().is_terminal())
                    )
                ),
                OutputFormat::Json => plans.push(plan),
            }
        }
        if let Some(path) = &args.out {
            let file = PlanFile {
                format: plan_file::FORMAT,
                made: timestamp(crate::aws::claim::now()),
                env: resolved.env.clone(),
                target: target.clone(),
                rollout: Rollout {
                    strategy: resolved.strategy().to_string(),
                    alarms: resolved.settings.alarms.clone(),
                    pre_traffic: resolved.settings.pre_traffic.clone(),
                    retain_versions: resolved.settings.retain_versions,
                },
                workflows: planned,
            };
            let text = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())? + "\n";
            std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
            progress.say(&format!(
                "plan saved to {}: `cargo sfn deploy --plan {}` applies exactly it",
                path.display(),
                path.display()
            ));
        }
        if args.env.format == OutputFormat::Json {
            let document = json!({ "changes": changes, "plans": plans, "calls": aws.calls() });
            super::out!(
                "{}",
                serde_json::to_string_pretty(&document).unwrap_or_default()
            );
        }
        Ok(changes)
    })
}

/// Colour for a stream that is a terminal, unless `NO_COLOR` is set.
pub fn use_colour(terminal: bool) -> bool {
    std::env::var_os("NO_COLOR").is_none() && terminal
}

/// The plan for people: one line per part, then the text diffs.
pub fn describe(plan: &Plan, desired: &Desired, strategy: &str, colour: bool) -> String {
    let paint = |style: Style, text: String| {
        if colour {
            style.force_styling(true).apply_to(text).to_string()
        } else {
            text
        }
    };
    let mut out = format!(
        "{} ({})\n",
        paint(Style::new().bold(), desired.name.clone()),
        desired.machine_arn
    );
    let role_name = match &desired.role {
        Role::Managed(role) => role.name.as_str(),
        Role::Existing { arn } => arn.as_str(),
    };
    let role = match &plan.role {
        RoleChange::Create => "create".to_owned(),
        RoleChange::Update {
            trust,
            policy,
            boundary,
            tags,
        } => {
            let mut parts = Vec::new();
            if *trust {
                parts.push("trust policy".to_owned());
            }
            if *policy {
                parts.push("policy".to_owned());
            }
            if *boundary {
                parts.push("permissions boundary".to_owned());
            }
            if let Some(tags) = key_values(tags) {
                parts.push(format!("tags {tags}"));
            }
            if tags.contains_key(drift::TAG) {
                parts.push("record".to_owned());
            }
            format!("update {}", parts.join(", "))
        }
        RoleChange::Unchanged => "unchanged".to_owned(),
        RoleChange::NotManaged => "not managed (role.arn)".to_owned(),
    };
    out += &format!("  role {role_name}: {role}\n");
    let machine = match &plan.machine {
        MachineChange::Create => format!("create ({})", desired.machine_type.as_str()),
        MachineChange::Update { fields } => format!("update {}", fields.join(", ")),
        MachineChange::Unchanged => "unchanged".to_owned(),
    };
    out += &format!("  state machine: {machine}\n");
    if let Some(tags) = key_values(&plan.machine_tags) {
        out += &format!("  tags: set {tags}\n");
    }
    let version = match &plan.version {
        VersionChange::PublishWithChange => "publish a new version".to_owned(),
        VersionChange::PublishLatest => "use the newest version, or publish one".to_owned(),
        VersionChange::Reuse { arn } => format!("version {} (exists)", number(arn)),
    };
    out += &format!("  version: {version}\n");
    let alias = match &plan.alias {
        AliasChange::Create => "create, all traffic on the new version".to_owned(),
        AliasChange::Move { from } => {
            let routes: Vec<String> = from
                .iter()
                .map(|r| format!("version {} {}%", number(&r.version_arn), r.weight))
                .collect();
            format!("move from {} by {strategy}", routes.join(" + "))
        }
        AliasChange::Unchanged => "unchanged".to_owned(),
    };
    out += &format!("  alias {}: {alias}\n", desired.alias);
    for drift in &plan.drift {
        let fate = if drift.overwritten {
            "this deploy puts it back"
        } else {
            "it already is what this deploy wants, so only the record is updated"
        };
        out += &format!(
            "  {} {} was changed outside cargo sfn since the last deploy; {fate}\n",
            paint(Style::new().yellow().bold(), "drift:".to_owned()),
            drift.what
        );
    }
    for blocker in &plan.blockers {
        out += &format!(
            "  {} {blocker}\n",
            paint(Style::new().red().bold(), "blocked:".to_owned())
        );
    }
    for diff in &plan.diffs {
        let unified = diff.unified();
        for line in unified.lines() {
            let style = match line.chars().next() {
                Some('+') => Style::new().green(),
                Some('-') => Style::new().red(),
                Some('@') => Style::new().cyan(),
                _ => Style::new(),
            };
            out += &format!("    {}\n", paint(style, line.to_owned()));
        }
    }
    if !plan.changes_anything() {
        out += "  nothing to change\n";
    }
    out
}

fn number(arn: &str) -> String {
    version_number(arn).map_or_else(|| arn.to_owned(), |n| n.to_string())
}

/// `key=value, ...` less the deploy record (shown as drift instead); `None` when empty.
fn key_values(tags: &std::collections::BTreeMap<String, String>) -> Option<String> {
    let shown: Vec<String> = tags
        .iter()
        .filter(|(k, _)| *k != drift::TAG)
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    (!shown.is_empty()).then(|| shown.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::deployment::current::Current;
    use crate::deployment::desired::{Target, desired};
    use crate::deployment::source::Workflow;

    #[test]
    fn a_first_deployment_reads_as_a_list_of_creations() {
        let workflow = Workflow {
            name: "orders".into(),
            machine_type: sfn_codegen::MachineType::Standard,
            definition: r#"{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}"#.into(),
            path: "orders.asl.json".into(),
            allowed: Default::default(),
            pass_roles: Default::default(),
            refuse: sfn_codegen::pipeline::Refuse::CertainFailures,
        };
        let target = Target {
            partition: "aws".into(),
            region: "eu-west-1".into(),
            account: "123456789012".into(),
        };
        let settings = Config::default().resolve(None).unwrap();
        let desired = desired(&workflow, &settings, &target).unwrap();
        let text = describe(
            &plan(&desired, &Current::default()),
            &desired,
            "all-at-once",
            false,
        );
        assert_eq!(
            text,
            "orders (arn:aws:states:eu-west-1:123456789012:stateMachine:orders)\n  role orders-role: create\n  state machine: create (STANDARD)\n  version: publish a new version\n  alias live: create, all traffic on the new version\n"
        );
    }
}
