//! Moves an alias to a new version: at once, or step by step watching health between steps,
//! putting all traffic back on the old version when a step is unhealthy or the user presses
//! Ctrl-C. Each routing change also writes where the rollout stands into the alias's
//! description, so an interrupted rollout can be seen (`status`) and undone (`rollback`).

use std::time::{Duration, Instant};

use aws_sdk_cloudwatch::types::{AlarmType, StateValue};
use aws_sdk_sfn::types::ExecutionStatus;
use serde::Serialize;
use serde_json::Value;
use sfn_codegen::MachineType;
use sfn_codegen::rollout::Strategy;

use super::alias::Stop;
use super::claim::Claim;
use super::{Access, Aws, AwsError};
use crate::deployment::routing::{Health, Memory, Route, missing_alarms, split, version_number};
use crate::progress::Progress;

/// How a rollout is watched.
#[derive(Debug, Clone)]
pub struct Watch {
    pub strategy: Strategy,
    pub alarms: Vec<String>,
    /// How often health is checked while a step waits.
    pub every: Duration,
    /// Executions of the new version are checked (Standard machines: Express executions are
    /// not listed by the service, so only alarms watch those).
    pub executions: bool,
}

/// How a deployment's routing ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "result")]
pub enum Outcome {
    AliasCreated { version: String },
    Unchanged { version: String },
    Completed { from: String, to: String },
    RolledBack { to: String, reason: String },
}

/// Refuses a rollout watched by alarms that do not exist: CloudWatch would never report
/// them, so the rollout would look healthy whatever happens.
pub async fn check_alarms_exist(aws: &Aws, alarms: &[String]) -> Result<(), Stop> {
    if alarms.is_empty() {
        return Ok(());
    }
    let found = describe_alarms(aws, alarms).await?;
    let names: Vec<String> = found.into_iter().map(|(name, _)| name).collect();
    let missing = missing_alarms(alarms, &names);
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Stop::Refused(format!(
            "alarm {} does not exist in {}: a missing alarm never fires, so the rollout would not be watched; create it or remove it from `alarms`",
            missing.join(", "),
            aws.region
        )))
    }
}

/// (name, in ALARM) of each named alarm that exists.
async fn describe_alarms(aws: &Aws, alarms: &[String]) -> Result<Vec<(String, bool)>, AwsError> {
    let output = aws
        .call(
            "cloudwatch:DescribeAlarms",
            Access::Read,
            aws.cloudwatch
                .describe_alarms()
                .set_alarm_names(Some(alarms.to_vec()))
                .alarm_types(AlarmType::MetricAlarm)
                .alarm_types(AlarmType::CompositeAlarm)
                .send(),
        )
        .await?;
    let metric = output
        .metric_alarms()
        .iter()
        .map(|a| (a.alarm_name(), a.state_value()));
    let composite = output
        .composite_alarms()
        .iter()
        .map(|a| (a.alarm_name(), a.state_value()));
    Ok(metric
        .chain(composite)
        .filter_map(|(name, state)| Some((name?.to_owned(), state == Some(&StateValue::Alarm))))
        .collect())
}

/// Runs test executions of `version` with each input before it gets any traffic; the first
/// that does not succeed stops the deployment.
pub async fn pre_traffic(
    aws: &Aws,
    version: &str,
    machine_type: MachineType,
    inputs: &[Value],
    progress: &Progress,
) -> Result<(), Stop> {
    let number = version_number(version).unwrap_or_default();
    for (i, input) in inputs.iter().enumerate() {
        progress.say(&format!(
            "pre-traffic test {}/{} on version {number}",
            i + 1,
            inputs.len()
        ));
        let name = format!("pre-traffic-{number}-{}-{}", i + 1, unique_suffix());
        let (status, detail) = match machine_type {
            MachineType::Express => {
                let output = aws
                    .call(
                        "states:StartSyncExecution",
                        Access::Write,
                        aws.sfn
                            .start_sync_execution()
                            .state_machine_arn(version)
                            .name(&name)
                            .input(input.to_string())
                            .send(),
                    )
                    .await?;
                (
                    output.status().as_str().to_owned(),
                    format!(
                        "{} {}",
                        output.error().unwrap_or_default(),
                        output.cause().unwrap_or_default()
                    ),
                )
            }
            MachineType::Standard => {
                let started = aws
                    .call(
                        "states:StartExecution",
                        Access::Write,
                        aws.sfn
                            .start_execution()
                            .state_machine_arn(version)
                            .name(&name)
                            .input(input.to_string())
                            .send(),
                    )
                    .await?;
                let ended =
                    wait_for_execution(aws, started.execution_arn(), Duration::from_secs(300))
                        .await?;
                (ended.status, format!("{} {}", ended.error, ended.cause))
            }
        };
        if status != "SUCCEEDED" {
            return Err(Stop::Refused(format!(
                "pre-traffic test {} of version {number} ended {status}: {}; the alias was not moved",
                i + 1,
                detail.trim()
            )));
        }
    }
    Ok(())
}

/// Where an execution stands.
#[derive(Debug, Clone)]
pub struct Execution {
    pub status: String,
    pub running: bool,
    pub output: Option<String>,
    pub error: String,
    pub cause: String,
}

pub async fn describe_execution(aws: &Aws, arn: &str) -> Result<Execution, AwsError> {
    let described = aws
        .call(
            "states:DescribeExecution",
            Access::Read,
            aws.sfn.describe_execution().execution_arn(arn).send(),
        )
        .await?;
    Ok(Execution {
        status: described.status().as_str().to_owned(),
        running: matches!(
            described.status(),
            ExecutionStatus::Running | ExecutionStatus::PendingRedrive
        ),
        output: described.output().map(str::to_owned),
        error: described.error().unwrap_or_default().to_owned(),
        cause: described.cause().unwrap_or_default().to_owned(),
    })
}

/// Polls an execution until it ends or `limit` passes (then it is reported RUNNING).
pub async fn wait_for_execution(
    aws: &Aws,
    arn: &str,
    limit: Duration,
) -> Result<Execution, AwsError> {
    let started = Instant::now();
    let mut delay = Duration::from_millis(200);
    loop {
        let execution = describe_execution(aws, arn).await?;
        if !execution.running || started.elapsed() >= limit {
            return Ok(execution);
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(2));
    }
}

/// Shifts `alias_arn` from `old` to `new` by the strategy's steps, watching health between
/// steps; on a problem or Ctrl-C all traffic goes back to `old`.
pub async fn roll_out(
    aws: &Aws,
    claim: &mut Claim,
    old: &str,
    new: &str,
    watch: &Watch,
    progress: &Progress,
) -> Result<Outcome, Stop> {
    let (from, to) = (
        version_number(old).unwrap_or_default(),
        version_number(new).unwrap_or_default(),
    );
    let steps = watch.strategy.steps();
    let whole = steps.iter().map(|s| s.watch).sum();
    claim
        .acquire(aws, Memory::RollingOut { from, to }, whole)
        .await?;
    let since = aws_sdk_sfn::primitives::DateTime::from(std::time::SystemTime::now());
    let mut interrupted = interruptions();
    for (i, step) in steps.iter().enumerate() {
        if *interrupted.borrow() {
            return roll_back(aws, claim, old, new, "interrupted".to_owned(), progress).await;
        }
        let memory = if step.percent == 100 {
            Memory::Deployed {
                version: to,
                previous: Some(from),
            }
        } else {
            Memory::RollingOut { from, to }
        };
        // The lease covers the steps still to watch; the last step ends it.
        let holds = (step.percent < 100).then(|| steps[i..].iter().map(|s| s.watch).sum());
        claim
            .route(aws, &split(old, new, step.percent), memory, holds)
            .await?;
        progress.say(&format!(
            "step {}/{}: {}% of traffic on version {to}, {}% on version {from}",
            i + 1,
            steps.len(),
            step.percent,
            100 - step.percent
        ));
        if step.watch.is_zero() {
            continue;
        }
        let bar = progress.waiting(&format!("watching version {to}"), step.watch);
        let deadline = Instant::now() + step.watch;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let nap = left.min(watch.every);
            tokio::select! {
                _ = tokio::time::sleep(nap) => {},
                _ = interrupted.changed() => {},
            };
            bar.set(
                step.watch
                    .saturating_sub(deadline.saturating_duration_since(Instant::now())),
            );
            let reason = if *interrupted.borrow() {
                Some("interrupted".to_owned())
            } else {
                health(aws, new, watch, since).await?.problem()
            };
            if let Some(reason) = reason {
                bar.finish();
                return roll_back(aws, claim, old, new, reason, progress).await;
            }
            if left.is_zero() || nap == left {
                break;
            }
        }
        bar.finish();
    }
    // A deploy that wrote at the same moment as this one is found now, not left unseen.
    claim.check(aws).await?;
    Ok(Outcome::Completed {
        from: old.to_owned(),
        to: new.to_owned(),
    })
}

/// Puts all traffic back on `old`.
async fn roll_back(
    aws: &Aws,
    claim: &mut Claim,
    old: &str,
    new: &str,
    reason: String,
    progress: &Progress,
) -> Result<Outcome, Stop> {
    let (from, to) = (
        version_number(new).unwrap_or_default(),
        version_number(old).unwrap_or_default(),
    );
    claim
        .route(
            aws,
            &[Route::new(old, 100)],
            Memory::RolledBack { to, from },
            None,
        )
        .await?;
    progress.say(&format!(
        "rolled back: all traffic on version {to} ({reason})"
    ));
    Ok(Outcome::RolledBack {
        to: old.to_owned(),
        reason,
    })
}

/// Turns true on Ctrl-C (or SIGTERM, which CI sends when a job is cancelled) while the
/// rollout runs, whatever it is doing then; the rollout puts traffic back. A second signal,
/// or one after the rollout, ends the process at once: routing then stays on a state the
/// alias's description records, which `status` shows and `rollback` undoes.
fn interruptions() -> tokio::sync::watch::Receiver<bool> {
    let (sender, receiver) = tokio::sync::watch::channel(false);
    // Listening starts here, before the first routing change, not when the task first runs.
    let mut signals = Signals::listen();
    tokio::spawn(async move {
        signals.next().await;
        if sender.send(true).is_ok() {
            signals.next().await;
        }
        std::process::exit(130);
    });
    receiver
}

/// Ctrl-C and SIGTERM, each kept until it is awaited.
#[cfg(unix)]
struct Signals {
    interrupt: Option<tokio::signal::unix::Signal>,
    terminate: Option<tokio::signal::unix::Signal>,
}

#[cfg(unix)]
impl Signals {
    fn listen() -> Signals {
        use tokio::signal::unix::{SignalKind, signal};
        Signals {
            interrupt: signal(SignalKind::interrupt()).ok(),
            terminate: signal(SignalKind::terminate()).ok(),
        }
    }

    async fn next(&mut self) {
        async fn received(signal: &mut Option<tokio::signal::unix::Signal>) -> Option<()> {
            signal.as_mut()?.recv().await
        }
        tokio::select! {
            Some(()) = received(&mut self.interrupt) => {},
            Some(()) = received(&mut self.terminate) => {},
            else => std::future::pending::<()>().await,
        }
    }
}

#[cfg(not(unix))]
struct Signals;

#[cfg(not(unix))]
impl Signals {
    fn listen() -> Signals {
        Signals
    }

    async fn next(&mut self) {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// Alarms in ALARM and failed executions of the new version since the rollout began.
async fn health(
    aws: &Aws,
    version: &str,
    watch: &Watch,
    since: aws_sdk_sfn::primitives::DateTime,
) -> Result<Health, AwsError> {
    let mut health = Health::default();
    if !watch.alarms.is_empty() {
        health.alarms = describe_alarms(aws, &watch.alarms)
            .await?
            .into_iter()
            .filter(|(_, alarm)| *alarm)
            .map(|(name, _)| name)
            .collect();
    }
    if watch.executions {
        let listed = aws
            .call(
                "states:ListExecutions",
                Access::Read,
                aws.sfn
                    .list_executions()
                    .state_machine_arn(version)
                    .max_results(100)
                    .send(),
            )
            .await?;
        health.failed_executions = listed
            .executions()
            .iter()
            .filter(|e| e.start_date().secs() >= since.secs())
            .filter(|e| {
                matches!(
                    e.status(),
                    ExecutionStatus::Failed | ExecutionStatus::TimedOut | ExecutionStatus::Aborted
                )
            })
            .map(|e| (e.execution_arn().to_owned(), e.status().as_str().to_owned()))
            .collect();
    }
    Ok(health)
}

/// Distinguishes the names of repeated test executions (names must be unique for 90 days).
fn unique_suffix() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    format!("{}{:03}", now.as_secs(), now.subsec_millis())
}
