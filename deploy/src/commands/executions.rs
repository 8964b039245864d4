//! `cargo sfn executions NAME`: the recent executions of a workflow's alias (or of one
//! version, or of the whole machine), newest first, with the version each ran: what the
//! rollout's health check judges, shown to the user.

use aws_sdk_sfn::types::{ExecutionListItem, ExecutionStatus, StateMachineType};
use serde::Serialize;
use serde_json::json;

use super::environment::{EnvArgs, OutputFormat};
use crate::aws::{Access, Aws, AwsError, history};
use crate::deployment::routing::{timestamp, version_number};
use crate::outcome::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The workflow (its name before the environment's prefix).
    pub workflow: String,
    #[command(flatten)]
    pub env: EnvArgs,
    /// The executions of this version instead of the alias's.
    #[arg(long, conflicts_with_all = ["unqualified", "alias"])]
    pub version: Option<u32>,
    /// Every execution of the state machine, whatever started it.
    #[arg(long, conflicts_with = "alias")]
    pub unqualified: bool,
    /// The alias (default: the environment's `alias`, else `live`).
    #[arg(long)]
    pub alias: Option<String>,
    /// Only executions with this status.
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    /// At most this many executions.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Also draw each execution listed as a self-contained HTML page in this folder
    /// (`<execution name>.html`), from its history: the path taken on the state graph, each
    /// state's outcome, input, output, error and cause, and a timeline.
    #[arg(long, value_name = "DIR")]
    pub html: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Status {
    Running,
    Succeeded,
    Failed,
    TimedOut,
    Aborted,
}

impl Status {
    fn filter(self) -> ExecutionStatus {
        match self {
            Status::Running => ExecutionStatus::Running,
            Status::Succeeded => ExecutionStatus::Succeeded,
            Status::Failed => ExecutionStatus::Failed,
            Status::TimedOut => ExecutionStatus::TimedOut,
            Status::Aborted => ExecutionStatus::Aborted,
        }
    }
}

/// One execution as listed.
#[derive(Debug, Serialize)]
struct Listed {
    name: String,
    arn: String,
    status: String,
    started: String,
    stopped: Option<String>,
    /// The version that ran it, when it was started through a version or an alias.
    version: Option<u32>,
    redrives: Option<i32>,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let resolved = args.env.settings(std::path::Path::new("."))?;
    crate::aws::runtime()?.block_on(async {
        let (aws, target) = args.env.connect(&resolved).await?;
        let machine = target.environment().arn(
            "states",
            &format!("stateMachine:{}", resolved.machine_name(&args.workflow)),
        );
        let listed_of = match (args.version, args.unqualified) {
            (Some(version), _) => format!("{machine}:{version}"),
            (None, true) => machine.clone(),
            (None, false) => format!(
                "{machine}:{}",
                args.alias.as_deref().unwrap_or(resolved.alias())
            ),
        };
        let described = aws
            .call(
                "states:DescribeStateMachine",
                Access::Read,
                aws.sfn
                    .describe_state_machine()
                    .state_machine_arn(&machine)
                    .send(),
            )
            .await?;
        if *described.r#type() == StateMachineType::Express {
            return Err(format!(
                "{} is an Express state machine: Step Functions does not list its executions; they are in its CloudWatch Logs log group",
                described.name()
            )
            .into());
        }
        let executions = list(&aws, &listed_of, args.status, args.limit).await?;
        if let Some(folder) = &args.html {
            write_pages(&aws, &executions, folder).await?;
        }
        match args.env.format {
            OutputFormat::Json => super::out!(
                "{}",
                serde_json::to_string_pretty(&json!({ "of": listed_of, "executions": executions }))
                    .unwrap_or_default()
            ),
            OutputFormat::Human => print(&listed_of, &executions),
        }
        Ok::<_, crate::outcome::Failure>(Outcome::Done)
    })
}

async fn list(
    aws: &Aws,
    arn: &str,
    status: Option<Status>,
    limit: usize,
) -> Result<Vec<Listed>, AwsError> {
    let mut found = Vec::new();
    let mut token = None;
    while found.len() < limit {
        let page = aws
            .call(
                "states:ListExecutions",
                Access::Read,
                aws.sfn
                    .list_executions()
                    .state_machine_arn(arn)
                    .set_status_filter(status.map(Status::filter))
                    .max_results(limit.min(1000) as i32)
                    .set_next_token(token)
                    .send(),
            )
            .await?;
        found.extend(page.executions().iter().map(listed));
        token = page.next_token().map(str::to_owned);
        if token.is_none() {
            break;
        }
    }
    found.truncate(limit);
    Ok(found)
}

/// A page per execution, drawn from its history on the definition it ran; the folder's
/// contents are said on stderr.
async fn write_pages(
    aws: &Aws,
    executions: &[Listed],
    folder: &std::path::Path,
) -> Result<(), crate::outcome::Failure> {
    std::fs::create_dir_all(folder)
        .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    for execution in executions {
        let definition = history::definition(aws, &execution.arn).await?;
        let machine = sfn_codegen::check(&definition, &sfn_codegen::Options::default())
            .machine
            .ok_or_else(|| format!("the definition {} ran does not parse", execution.name))?;
        let events = history::events(aws, &execution.arn).await?;
        let page = sfn_view::run_page(&machine, &execution.name, &events);
        let path = folder.join(format!("{}.html", execution.name));
        std::fs::write(&path, page).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    eprintln!(
        "wrote {} page{} in {}",
        executions.len(),
        if executions.len() == 1 { "" } else { "s" },
        folder.display()
    );
    Ok(())
}

fn listed(item: &ExecutionListItem) -> Listed {
    let when = |date: &aws_sdk_sfn::primitives::DateTime| timestamp(date.secs().max(0) as u64);
    Listed {
        name: item.name().to_owned(),
        arn: item.execution_arn().to_owned(),
        status: item.status().as_str().to_owned(),
        started: when(item.start_date()),
        stopped: item.stop_date().map(when),
        version: item.state_machine_version_arn().and_then(version_number),
        redrives: item.redrive_count(),
    }
}

fn print(of: &str, executions: &[Listed]) {
    if executions.is_empty() {
        super::out!("no executions of {of}");
        return;
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for execution in executions {
        *counts.entry(execution.status.as_str()).or_default() += 1;
        let version = execution
            .version
            .map_or_else(String::new, |v| format!("  version {v}"));
        let redriven = match execution.redrives {
            Some(n) if n > 0 => format!("  redriven {n}x"),
            _ => String::new(),
        };
        super::out!(
            "{:<10} {}  {}{version}{redriven}",
            execution.status,
            execution.started,
            execution.name
        );
    }
    let summary: Vec<String> = counts
        .iter()
        .map(|(status, n)| format!("{n} {}", status.to_lowercase()))
        .collect();
    super::out!(
        "{} executions of {of}: {}",
        executions.len(),
        summary.join(", ")
    );
}
