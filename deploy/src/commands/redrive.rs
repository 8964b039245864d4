//! `cargo sfn redrive EXECUTION`: restarts a failed, timed-out or aborted Standard execution
//! from the state that failed (RedriveExecution), then follows it to its end. Whether AWS
//! would redrive it is checked first, so a refusal says why in our words.

use std::time::Duration;

use serde_json::json;

use super::environment::{EnvArgs, OutputFormat};
use crate::aws::{Access, Aws, AwsError};
use crate::deployment::routing::timestamp;
use crate::outcome::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The execution: its ARN, or its name with `--workflow`.
    pub execution: String,
    /// The workflow the execution named by name belongs to (its name before the
    /// environment's prefix).
    #[arg(long)]
    pub workflow: Option<String>,
    #[command(flatten)]
    pub env: EnvArgs,
    /// Print the redrive's date and return without following the execution.
    #[arg(long)]
    pub no_follow: bool,
    /// Stop following after this many seconds (the execution goes on).
    #[arg(long, default_value_t = 3600)]
    pub timeout: u64,
}

/// How long after it stopped AWS still redrives an execution (RedriveExecution reference:
/// "executions ... that didn't complete successfully in the last 14 days").
const REDRIVABLE_FOR: u64 = 14 * 24 * 3600;

/// Whether Step Functions would redrive an execution, from what DescribeExecution said of
/// it; `Err` says why not. The service's own verdict (`redriveStatus`) wins when given.
pub fn redrivable(
    status: &str,
    stopped: Option<u64>,
    now: u64,
    redrive_status: Option<&str>,
    reason: Option<&str>,
) -> Result<(), String> {
    if !matches!(status, "FAILED" | "TIMED_OUT" | "ABORTED") {
        return Err(format!(
            "it is {status}: only failed, timed-out and aborted executions are redriven"
        ));
    }
    if redrive_status == Some("NOT_REDRIVABLE") {
        return Err(format!(
            "Step Functions says it is not redrivable: {}",
            reason.unwrap_or("no reason given")
        ));
    }
    match stopped {
        Some(stopped) if now.saturating_sub(stopped) > REDRIVABLE_FOR => Err(format!(
            "it stopped at {}, more than 14 days ago: Step Functions redrives executions for 14 days after they stop",
            timestamp(stopped)
        )),
        _ => Ok(()),
    }
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let resolved = args.env.settings(std::path::Path::new("."))?;
    let human = args.env.format == OutputFormat::Human;
    crate::aws::runtime()?.block_on(async {
        let (aws, target) = args.env.connect(&resolved).await?;
        let arn = if args.execution.starts_with("arn:") {
            args.execution.clone()
        } else {
            let Some(workflow) = &args.workflow else {
                return Err(format!(
                    "`{}` is not an execution ARN: give the ARN, or the name with --workflow",
                    args.execution
                )
                .into());
            };
            target.environment().arn(
                "states",
                &format!(
                    "execution:{}:{}",
                    resolved.machine_name(workflow),
                    args.execution
                ),
            )
        };
        let described = aws
            .call(
                "states:DescribeExecution",
                Access::Read,
                aws.sfn.describe_execution().execution_arn(&arn).send(),
            )
            .await?;
        redrivable(
            described.status().as_str(),
            described.stop_date().map(|d| d.secs().max(0) as u64),
            crate::aws::claim::now(),
            described.redrive_status().map(|s| s.as_str()),
            described.redrive_status_reason(),
        )
        .map_err(|why| format!("{arn} cannot be redriven: {why}"))?;
        let last_event = last_event(&aws, &arn).await?;
        let redriven = aws
            .call(
                "states:RedriveExecution",
                Access::Write,
                aws.sfn
                    .redrive_execution()
                    .execution_arn(&arn)
                    .client_token(client_token(&arn))
                    .send(),
            )
            .await?;
        let at = timestamp(redriven.redrive_date().secs().max(0) as u64);
        if args.no_follow {
            match human {
                true => eprintln!("redriven {arn} at {at}"),
                false => super::out!("{}", json!({ "executionArn": arn, "redriveDate": at })),
            }
            return Ok(Outcome::Done);
        }
        if human {
            eprintln!("redriven {arn} at {at}");
        }
        let (status, output, events) = super::start::follow(
            &aws,
            &arn,
            last_event,
            Duration::from_secs(args.timeout),
            human,
        )
        .await?;
        let document = json!({ "executionArn": arn, "redriveDate": at, "status": status, "output": output, "events": events });
        Ok(super::start::report_end(
            human,
            &status,
            output.as_deref(),
            &document,
        ))
    })
}

/// The id of the newest history event, so following shows only what the redrive adds.
async fn last_event(aws: &Aws, arn: &str) -> Result<i64, AwsError> {
    let newest = super::start::newest_events(aws, arn, 1).await?;
    Ok(newest.first().map_or(0, |e| e.id()))
}

/// One redrive per command: a retried call is the same request, not a second redrive.
fn client_token(arn: &str) -> String {
    let name = arn.rsplit(':').next().unwrap_or_default();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let token = format!("{}-{}", now.as_millis(), std::process::id());
    // At most 64 characters (RedriveExecution's clientToken).
    let room = 64 - token.len() - 1;
    let name: String = name
        .chars()
        .filter(char::is_ascii_graphic)
        .take(room)
        .collect();
    format!("{name}-{token}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_790_000_000;

    #[test]
    fn failed_timed_out_and_aborted_executions_are_redriven() {
        for status in ["FAILED", "TIMED_OUT", "ABORTED"] {
            assert_eq!(redrivable(status, Some(NOW - 60), NOW, None, None), Ok(()));
        }
    }

    #[test]
    fn running_and_succeeded_ones_are_not() {
        let why = redrivable("SUCCEEDED", Some(NOW), NOW, None, None).unwrap_err();
        assert!(why.contains("it is SUCCEEDED"), "{why}");
        assert!(redrivable("RUNNING", None, NOW, None, None).is_err());
    }

    #[test]
    fn fourteen_days_after_the_stop_is_too_late() {
        let day = 24 * 3600;
        assert!(redrivable("FAILED", Some(NOW - 14 * day + 1), NOW, None, None).is_ok());
        let why = redrivable("FAILED", Some(NOW - 15 * day), NOW, None, None).unwrap_err();
        assert!(why.contains("more than 14 days ago"), "{why}");
    }

    #[test]
    fn the_service_s_verdict_wins() {
        let why = redrivable(
            "FAILED",
            Some(NOW),
            NOW,
            Some("NOT_REDRIVABLE"),
            Some("Execution history event limit exceeded."),
        )
        .unwrap_err();
        assert!(why.contains("event limit exceeded"), "{why}");
    }

    #[test]
    fn client_tokens_fit_the_api() {
        let arn = format!("arn:aws:states:r:1:execution:m:{}", "x".repeat(80));
        let token = client_token(&arn);
        assert!(token.len() <= 64 && token.chars().all(|c| c.is_ascii_graphic()));
    }
}
