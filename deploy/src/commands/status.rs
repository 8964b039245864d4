//! `cargo sfn status`: each workflow's state machine, its aliases with their routing (and
//! where an interrupted rollout stands), and with `--versions` every version.

use serde::Serialize;
use serde_json::json;

use super::environment::{EnvArgs, OutputFormat};
use crate::aws::claim;
use crate::aws::{Access, Aws, AwsError, read, versions};
use crate::deployment::drift::drift;
use crate::deployment::routing::{Lease, Memory, Route, timestamp, version_number};
use crate::outcome::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The workflows (names before the environment's prefix; default: every state machine
    /// whose name has the prefix).
    pub workflows: Vec<String>,
    #[command(flatten)]
    pub env: EnvArgs,
    /// Also list every version (ListStateMachineVersions).
    #[arg(long)]
    pub versions: bool,
}

#[derive(Debug, Serialize)]
struct Status {
    name: String,
    arn: String,
    exists: bool,
    machine_type: Option<String>,
    role_arn: Option<String>,
    aliases: Vec<AliasStatus>,
    versions: Option<Vec<String>>,
    /// Parts changed outside cargo sfn since the last deploy.
    drift: Vec<String>,
}

#[derive(Debug, Serialize)]
struct AliasStatus {
    name: String,
    routes: Vec<Route>,
    rollout: Option<Memory>,
    /// Who is rolling the alias out, while a rollout holds it.
    lease: Option<Lease>,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let resolved = args.env.settings(std::path::Path::new("."))?;
    crate::aws::runtime()?.block_on(async {
        let (aws, target) = args.env.connect(&resolved).await?;
        let prefix = resolved.settings.prefix.clone().unwrap_or_default();
        let names = if args.workflows.is_empty() {
            machines_with_prefix(&aws, &prefix).await?
        } else {
            args.workflows
                .iter()
                .map(|w| resolved.machine_name(w))
                .collect()
        };
        let mut statuses = Vec::new();
        for name in names {
            let arn = target
                .environment()
                .arn("states", &format!("stateMachine:{name}"));
            statuses.push(status(&aws, name, arn, args.versions).await?);
        }
        match args.env.format {
            OutputFormat::Json => super::out!(
                "{}",
                serde_json::to_string_pretty(
                    &json!({ "workflows": statuses, "calls": aws.calls() })
                )
                .unwrap_or_default()
            ),
            OutputFormat::Human => statuses.iter().for_each(print_status),
        }
        Ok::<_, crate::outcome::Failure>(Outcome::Done)
    })
}

async fn machines_with_prefix(aws: &Aws, prefix: &str) -> Result<Vec<String>, AwsError> {
    let mut names = Vec::new();
    let mut token = None;
    loop {
        let page = aws
            .call(
                "states:ListStateMachines",
                Access::Read,
                aws.sfn.list_state_machines().set_next_token(token).send(),
            )
            .await?;
        names.extend(
            page.state_machines()
                .iter()
                .map(|m| m.name().to_owned())
                .filter(|n| n.starts_with(prefix)),
        );
        token = page.next_token().map(str::to_owned);
        if token.is_none() {
            break;
        }
    }
    names.sort();
    Ok(names)
}

async fn status(
    aws: &Aws,
    name: String,
    arn: String,
    with_versions: bool,
) -> Result<Status, AwsError> {
    let Some(machine) = read::read_machine(aws, &arn).await? else {
        return Ok(Status {
            name,
            arn,
            exists: false,
            machine_type: None,
            role_arn: None,
            aliases: Vec::new(),
            versions: None,
            drift: Vec::new(),
        });
    };
    let listed = aws
        .call(
            "states:ListStateMachineAliases",
            Access::Read,
            aws.sfn
                .list_state_machine_aliases()
                .state_machine_arn(&arn)
                .send(),
        )
        .await?;
    // The role's record is on the role itself, when cargo sfn manages it.
    let role = match machine.role_arn.rsplit_once('/') {
        Some((_, name)) => read::read_role(aws, name).await.ok().flatten(),
        None => None,
    };
    let mut drifted: Vec<String> = drift(role.as_ref(), Some(&machine), None)
        .into_iter()
        .map(|d| d.what)
        .collect();
    let mut aliases = Vec::new();
    for item in listed.state_machine_aliases() {
        if let Some(alias) = read::read_alias(aws, item.state_machine_alias_arn()).await? {
            drifted.extend(drift(None, None, Some(&alias)).into_iter().map(|d| {
                let name = item.state_machine_alias_arn().rsplit(':').next();
                d.what.replacen(
                    "the alias's",
                    &format!("alias {}'s", name.unwrap_or_default()),
                    1,
                )
            }));
            aliases.push(AliasStatus {
                name: item
                    .state_machine_alias_arn()
                    .rsplit(':')
                    .next()
                    .unwrap_or_default()
                    .to_owned(),
                routes: alias.routes,
                rollout: Memory::parse(&alias.description),
                lease: Lease::parse(&alias.description),
            });
        }
    }
    let versions = if with_versions {
        Some(versions::list(aws, &arn).await?)
    } else {
        None
    };
    Ok(Status {
        name,
        arn,
        exists: true,
        machine_type: Some(machine.machine_type),
        role_arn: Some(machine.role_arn),
        aliases,
        versions,
        drift: drifted,
    })
}

fn print_status(status: &Status) {
    if !status.exists {
        super::out!("{}: not deployed ({})", status.name, status.arn);
        return;
    }
    super::out!(
        "{} ({}, role {})",
        status.name,
        status.machine_type.as_deref().unwrap_or_default(),
        status.role_arn.as_deref().unwrap_or_default()
    );
    if status.aliases.is_empty() {
        super::out!("  no alias");
    }
    for alias in &status.aliases {
        let routes: Vec<String> = alias
            .routes
            .iter()
            .map(|r| {
                format!(
                    "version {} {}%",
                    version_number(&r.version_arn).unwrap_or_default(),
                    r.weight
                )
            })
            .collect();
        let note = rollout_note(alias.rollout, alias.lease.as_ref(), claim::now());
        super::out!("  alias {}: {}{note}", alias.name, routes.join(" + "));
    }
    for what in &status.drift {
        super::out!("  drift: {what} was changed outside cargo sfn since the last deploy");
    }
    if let Some(versions) = &status.versions {
        let numbers: Vec<String> = versions
            .iter()
            .map(|v| version_number(v).unwrap_or_default().to_string())
            .collect();
        super::out!("  versions: {}", numbers.join(", "));
    }
}

/// What an alias's description says of its last rollout, at `now` (seconds since the
/// epoch): a rollout whose lease still holds is in progress, not stopped.
fn rollout_note(memory: Option<Memory>, lease: Option<&Lease>, now: u64) -> String {
    match (memory, lease) {
        (Some(Memory::RollingOut { from, to }), Some(lease)) if lease.until > now => format!(
            " (rollout of {to} from {from} in progress by {} since {}, leased until {}: `cargo sfn deploy --wait SECONDS` waits for it, `cargo sfn rollback` undoes it)",
            lease.owner,
            timestamp(lease.since),
            timestamp(lease.until)
        ),
        (Some(Memory::RollingOut { from, to }), _) => format!(
            " (rollout of {to} from {from} stopped half-way, its deploy gone: `cargo sfn deploy --take-over` finishes it, `cargo sfn rollback` undoes it)"
        ),
        (Some(Memory::RolledBack { to, from }), _) => format!(" (rolled back to {to} from {from})"),
        (
            Some(Memory::Deployed {
                previous: Some(previous),
                ..
            }),
            _,
        ) => format!(" (previous: version {previous})"),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rollout_in_flight_is_not_called_unfinished() {
        let lease = Lease {
            owner: "ci@runner-7".to_owned(),
            since: 1_700_000_000,
            until: 1_700_000_600,
        };
        let rolling = Some(Memory::RollingOut { from: 3, to: 4 });
        assert_eq!(
            rollout_note(rolling, Some(&lease), 1_700_000_100),
            " (rollout of 4 from 3 in progress by ci@runner-7 since 2023-11-14T22:13:20Z, \
             leased until 2023-11-14T22:23:20Z: `cargo sfn deploy --wait SECONDS` waits for it, \
             `cargo sfn rollback` undoes it)"
        );
        assert_eq!(
            rollout_note(rolling, Some(&lease), 1_700_000_601),
            " (rollout of 4 from 3 stopped half-way, its deploy gone: \
             `cargo sfn deploy --take-over` finishes it, `cargo sfn rollback` undoes it)"
        );
        assert_eq!(
            rollout_note(rolling, None, 0),
            rollout_note(rolling, Some(&lease), u64::MAX)
        );
    }
}
