//! `cargo sfn start NAME`: starts an execution (through the alias by default) and follows
//! it to its end, printing each state as it is entered and left (an Express execution runs
//! synchronously and prints its result); exits 0 only when it succeeds.

use std::path::PathBuf;
use std::time::Duration;

use aws_sdk_sfn::types::{HistoryEvent, StateMachineType};
use serde_json::json;

use super::environment::{EnvArgs, OutputFormat};
use crate::aws::{Access, Aws, AwsError};
use crate::outcome::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The workflow (its name before the environment's prefix).
    pub workflow: String,
    #[command(flatten)]
    pub env: EnvArgs,
    /// The execution input (JSON).
    #[arg(long, conflicts_with = "input_file")]
    pub input: Option<String>,
    /// Read the execution input from this file.
    #[arg(long)]
    pub input_file: Option<PathBuf>,
    /// The execution's name (default: generated).
    #[arg(long)]
    pub name: Option<String>,
    /// Start this version instead of the alias.
    #[arg(long, conflicts_with = "unqualified")]
    pub version: Option<u32>,
    /// Start the state machine's latest revision instead of the alias.
    #[arg(long)]
    pub unqualified: bool,
    /// The alias (default: the environment's `alias`, else `live`).
    #[arg(long)]
    pub alias: Option<String>,
    /// Print the execution ARN and return without following it.
    #[arg(long)]
    pub no_follow: bool,
    /// Stop following after this many seconds (the execution goes on).
    #[arg(long, default_value_t = 3600)]
    pub timeout: u64,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let input = match (&args.input, &args.input_file) {
        (Some(text), _) => text.clone(),
        (None, Some(path)) => {
            std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?
        }
        (None, None) => "{}".to_owned(),
    };
    serde_json::from_str::<serde_json::Value>(&input)
        .map_err(|e| format!("the input is not JSON: {e}"))?;
    let resolved = args.env.settings(std::path::Path::new("."))?;
    let human = args.env.format == OutputFormat::Human;
    crate::aws::runtime()?.block_on(async {
        let (aws, target) = args.env.connect(&resolved).await?;
        let machine = target.environment().arn(
            "states",
            &format!("stateMachine:{}", resolved.machine_name(&args.workflow)),
        );
        let qualified = match (args.version, args.unqualified) {
            (Some(version), _) => format!("{machine}:{version}"),
            (None, true) => machine.clone(),
            (None, false) => format!(
                "{machine}:{}",
                args.alias.as_deref().unwrap_or(resolved.alias())
            ),
        };
        let name = args.name.clone().unwrap_or_else(|| {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            format!("cargo-sfn-{}{:03}", now.as_secs(), now.subsec_millis())
        });
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
        // Express executions have no history to follow: they run synchronously instead.
        let express = *described.r#type() == StateMachineType::Express;
        let (arn, status, output, events) = if express && !args.no_follow {
            let ended = aws
                .call(
                    "states:StartSyncExecution",
                    Access::Write,
                    aws.sfn
                        .start_sync_execution()
                        .state_machine_arn(&qualified)
                        .name(&name)
                        .input(&input)
                        .send(),
                )
                .await?;
            let mut status = ended.status().as_str().to_owned();
            if let Some(error) = ended.error() {
                status = format!("{status}: {error} {}", ended.cause().unwrap_or_default())
                    .trim_end()
                    .to_owned();
            }
            (
                ended.execution_arn().to_owned(),
                status,
                ended.output().map(str::to_owned),
                Vec::new(),
            )
        } else {
            let started = aws
                .call(
                    "states:StartExecution",
                    Access::Write,
                    aws.sfn
                        .start_execution()
                        .state_machine_arn(&qualified)
                        .name(&name)
                        .input(&input)
                        .send(),
                )
                .await?;
            let arn = started.execution_arn().to_owned();
            if human {
                eprintln!("started {arn}");
            }
            if args.no_follow {
                if !human {
                    super::out!("{}", json!({ "executionArn": arn }));
                }
                return Ok::<_, crate::outcome::Failure>(Outcome::Done);
            }
            let (status, output, events) =
                follow(&aws, &arn, 0, Duration::from_secs(args.timeout), human).await?;
            (arn, status, output, events)
        };
        let document =
            json!({ "executionArn": arn, "status": status, "output": output, "events": events });
        Ok(report_end(human, &status, output.as_deref(), &document))
    })
}

/// How a followed execution ended: its output and status for people, `document` in JSON; exit
/// 0 only when it succeeded, 2 when it did not (the execution's result, not the tool's).
pub fn report_end(
    human: bool,
    status: &str,
    output: Option<&str>,
    document: &serde_json::Value,
) -> Outcome {
    if human {
        if let Some(output) = output {
            super::out!("{output}");
        }
        eprintln!("{status}");
    } else {
        super::out!(
            "{}",
            serde_json::to_string_pretty(document).unwrap_or_default()
        );
    }
    if status == "SUCCEEDED" {
        Outcome::Done
    } else {
        Outcome::ExecutionFailed
    }
}

/// Prints new history events until the execution ends; returns its status, output and the
/// events seen as lines.
pub async fn follow(
    aws: &Aws,
    arn: &str,
    after_event: i64,
    limit: Duration,
    human: bool,
) -> Result<(String, Option<String>, Vec<String>), AwsError> {
    let begun = std::time::Instant::now();
    // Newest events first, so a long execution does not mean paging through all of it.
    let mut last_seen = after_event;
    let mut lines = Vec::new();
    loop {
        let execution = crate::aws::rollout::describe_execution(aws, arn).await?;
        let history = newest_events(aws, arn, 500).await?;
        let mut new: Vec<&HistoryEvent> = history.iter().filter(|e| e.id() > last_seen).collect();
        new.sort_by_key(|e| e.id());
        for event in new {
            last_seen = event.id();
            if let Some(line) = event_line(event) {
                if human {
                    eprintln!("  {line}");
                }
                lines.push(line);
            }
        }
        if !execution.running || begun.elapsed() >= limit {
            let mut ended = execution.status.clone();
            if execution.status != "SUCCEEDED" && !execution.error.is_empty() {
                ended = format!("{ended}: {} {}", execution.error, execution.cause)
                    .trim_end()
                    .to_owned();
            }
            return Ok((ended, execution.output, lines));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// The newest `count` events of an execution's history, newest first.
pub async fn newest_events(
    aws: &Aws,
    arn: &str,
    count: i32,
) -> Result<Vec<HistoryEvent>, AwsError> {
    let history = aws
        .call(
            "states:GetExecutionHistory",
            Access::Read,
            aws.sfn
                .get_execution_history()
                .execution_arn(arn)
                .reverse_order(true)
                .max_results(count)
                .send(),
        )
        .await?;
    Ok(history.events().to_vec())
}

/// One history event as a line, for the events a person follows.
fn event_line(event: &HistoryEvent) -> Option<String> {
    if let Some(entered) = event.state_entered_event_details() {
        return Some(format!("-> {}", entered.name()));
    }
    if let Some(exited) = event.state_exited_event_details() {
        return Some(format!("<- {}", exited.name()));
    }
    if let Some(failed) = event.execution_failed_event_details() {
        return Some(format!(
            "execution failed: {} {}",
            failed.error().unwrap_or_default(),
            failed.cause().unwrap_or_default()
        ));
    }
    if let Some(failed) = event.task_failed_event_details() {
        return Some(format!(
            "task failed: {} {}",
            failed.error().unwrap_or_default(),
            failed.cause().unwrap_or_default()
        ));
    }
    None
}
