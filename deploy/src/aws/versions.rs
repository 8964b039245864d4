//! Versions: listing them for `status`, and pruning by an explicit retention setting. A
//! version an alias routes to or a running execution uses is never deleted.

use std::collections::BTreeSet;

use aws_sdk_sfn::types::ExecutionStatus;

use super::{Access, Aws, AwsError};
use crate::deployment::routing::version_number;

/// Every version ARN of a machine, newest first.
pub async fn list(aws: &Aws, machine_arn: &str) -> Result<Vec<String>, AwsError> {
    let mut arns = Vec::new();
    let mut token = None;
    loop {
        let page = aws
            .call(
                "states:ListStateMachineVersions",
                Access::Read,
                aws.sfn
                    .list_state_machine_versions()
                    .state_machine_arn(machine_arn)
                    .set_next_token(token)
                    .send(),
            )
            .await?;
        arns.extend(
            page.state_machine_versions()
                .iter()
                .map(|v| v.state_machine_version_arn().to_owned()),
        );
        token = page.next_token().map(str::to_owned);
        if token.is_none() {
            break;
        }
    }
    arns.sort_by_key(|arn| std::cmp::Reverse(version_number(arn)));
    Ok(arns)
}

/// The versions any alias of the machine routes to.
pub async fn routed(aws: &Aws, machine_arn: &str) -> Result<BTreeSet<String>, AwsError> {
    let aliases = aws
        .call(
            "states:ListStateMachineAliases",
            Access::Read,
            aws.sfn
                .list_state_machine_aliases()
                .state_machine_arn(machine_arn)
                .send(),
        )
        .await?;
    let mut routed = BTreeSet::new();
    for alias in aliases.state_machine_aliases() {
        if let Some(found) = super::read::read_alias(aws, alias.state_machine_alias_arn()).await? {
            routed.extend(found.routes.into_iter().map(|r| r.version_arn));
        }
    }
    Ok(routed)
}

/// The versions to delete: past the newest `keep`, and not routed.
pub fn prunable(versions: &[String], keep: usize, routed: &BTreeSet<String>) -> Vec<String> {
    versions
        .iter()
        .skip(keep)
        .filter(|arn| !routed.contains(*arn))
        .cloned()
        .collect()
}

/// Deletes versions beyond the newest `keep` that no alias routes to and no execution is
/// running on; returns the deleted ARNs.
pub async fn prune(aws: &Aws, machine_arn: &str, keep: usize) -> Result<Vec<String>, AwsError> {
    let versions = list(aws, machine_arn).await?;
    if versions.len() <= keep {
        return Ok(Vec::new());
    }
    let routed = routed(aws, machine_arn).await?;
    let mut deleted = Vec::new();
    for arn in prunable(&versions, keep, &routed) {
        let running = aws
            .call(
                "states:ListExecutions",
                Access::Read,
                aws.sfn
                    .list_executions()
                    .state_machine_arn(&arn)
                    .status_filter(ExecutionStatus::Running)
                    .max_results(1)
                    .send(),
            )
            .await?;
        if !running.executions().is_empty() {
            continue;
        }
        aws.call(
            "states:DeleteStateMachineVersion",
            Access::Write,
            aws.sfn
                .delete_state_machine_version()
                .state_machine_version_arn(&arn)
                .send(),
        )
        .await?;
        deleted.push(arn);
    }
    Ok(deleted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_newest_and_the_routed() {
        let v = |n: u32| format!("arn:aws:states:r:1:stateMachine:m:{n}");
        let versions: Vec<String> = (1..=6).rev().map(v).collect();
        let routed = BTreeSet::from([v(2)]);
        assert_eq!(prunable(&versions, 3, &routed), [v(3), v(1)]);
        assert!(prunable(&versions, 10, &routed).is_empty());
    }
}
