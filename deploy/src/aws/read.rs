//! Reads what is deployed: the role and its inline policy, the state machine, its tags, the
//! alias and the versions it names. Read calls only.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{Access, Aws, AwsError};
use crate::config::{LogLevel, Logging};
use crate::deployment::current::{
    Current, CurrentAlias, CurrentMachine, CurrentRole, CurrentVersion,
};
use crate::deployment::desired::{Desired, POLICY_NAME, Role};
use crate::deployment::routing::{Memory, Route, version_number};

pub async fn current(aws: &Aws, desired: &Desired) -> Result<Current, AwsError> {
    let role = match &desired.role {
        Role::Managed(role) => read_role(aws, &role.name).await?,
        Role::Existing { .. } => None,
    };
    let Some(machine) = read_machine(aws, &desired.machine_arn).await? else {
        return Ok(Current {
            role,
            ..Current::default()
        });
    };
    let alias = read_alias(aws, &desired.alias_arn()).await?;
    let mut versions = Vec::new();
    if let Some(alias) = &alias {
        for arn in named_versions(alias, &desired.machine_arn) {
            if let Some(version) = read_version(aws, &arn).await? {
                versions.push(version);
            }
        }
    }
    Ok(Current {
        role,
        machine: Some(machine),
        alias,
        versions,
    })
}

pub async fn read_role(aws: &Aws, name: &str) -> Result<Option<CurrentRole>, AwsError> {
    let Some(found) = aws
        .find("iam:GetRole", aws.iam.get_role().role_name(name).send())
        .await?
    else {
        return Ok(None);
    };
    let Some(role) = found.role() else {
        return Ok(None);
    };
    let policy = aws
        .find(
            "iam:GetRolePolicy",
            aws.iam
                .get_role_policy()
                .role_name(name)
                .policy_name(POLICY_NAME)
                .send(),
        )
        .await?
        .map(|output| policy_document(output.policy_document()));
    Ok(Some(CurrentRole {
        arn: role.arn().to_owned(),
        trust: policy_document(role.assume_role_policy_document().unwrap_or("{}")),
        policy,
        permissions_boundary: role
            .permissions_boundary()
            .and_then(|b| b.permissions_boundary_arn())
            .map(str::to_owned),
        tags: role
            .tags()
            .iter()
            .map(|t| (t.key().to_owned(), t.value().to_owned()))
            .collect(),
    }))
}

/// IAM returns policy documents URL-encoded.
fn policy_document(text: &str) -> Value {
    let decoded = percent_encoding::percent_decode_str(text).decode_utf8_lossy();
    serde_json::from_str(&decoded)
        .or_else(|_| serde_json::from_str(text))
        .unwrap_or(Value::String(text.to_owned()))
}

pub async fn read_machine(aws: &Aws, arn: &str) -> Result<Option<CurrentMachine>, AwsError> {
    let Some(machine) = aws
        .find(
            "states:DescribeStateMachine",
            aws.sfn
                .describe_state_machine()
                .state_machine_arn(arn)
                .send(),
        )
        .await?
    else {
        return Ok(None);
    };
    let tags = aws
        .call(
            "states:ListTagsForResource",
            Access::Read,
            aws.sfn.list_tags_for_resource().resource_arn(arn).send(),
        )
        .await?;
    let logging = machine.logging_configuration().and_then(|l| {
        let level = match l.level()? {
            aws_sdk_sfn::types::LogLevel::All => LogLevel::All,
            aws_sdk_sfn::types::LogLevel::Error => LogLevel::Error,
            aws_sdk_sfn::types::LogLevel::Fatal => LogLevel::Fatal,
            _ => LogLevel::Off,
        };
        Some(Logging {
            level,
            log_group: l
                .destinations()
                .iter()
                .find_map(|d| d.cloud_watch_logs_log_group()?.log_group_arn())
                .unwrap_or_default()
                .to_owned(),
            include_execution_data: l.include_execution_data(),
        })
    });
    Ok(Some(CurrentMachine {
        arn: machine.state_machine_arn().to_owned(),
        machine_type: machine.r#type().as_str().to_owned(),
        definition: machine.definition().to_owned(),
        role_arn: machine.role_arn().to_owned(),
        logging,
        tracing: machine.tracing_configuration().is_some_and(|t| t.enabled()),
        kms_key: machine
            .encryption_configuration()
            .and_then(|e| e.kms_key_id())
            .map(str::to_owned),
        tags: tags
            .tags()
            .iter()
            .filter_map(|t| Some((t.key()?.to_owned(), t.value()?.to_owned())))
            .collect::<BTreeMap<_, _>>(),
    }))
}

pub async fn read_alias(aws: &Aws, arn: &str) -> Result<Option<CurrentAlias>, AwsError> {
    let found = aws
        .find(
            "states:DescribeStateMachineAlias",
            aws.sfn
                .describe_state_machine_alias()
                .state_machine_alias_arn(arn)
                .send(),
        )
        .await?;
    Ok(found.map(|alias| CurrentAlias {
        arn: arn.to_owned(),
        routes: alias
            .routing_configuration()
            .iter()
            .map(|r| {
                Route::new(
                    r.state_machine_version_arn(),
                    r.weight().clamp(0, 100) as u8,
                )
            })
            .collect(),
        description: alias.description().unwrap_or_default().to_owned(),
    }))
}

pub async fn read_version(aws: &Aws, arn: &str) -> Result<Option<CurrentVersion>, AwsError> {
    let found = aws
        .find(
            "states:DescribeStateMachine",
            aws.sfn
                .describe_state_machine()
                .state_machine_arn(arn)
                .send(),
        )
        .await?;
    Ok(found.map(|version| CurrentVersion {
        arn: arn.to_owned(),
        definition: version.definition().to_owned(),
        role_arn: version.role_arn().to_owned(),
    }))
}

/// The versions an alias routes to or remembers, newest first.
fn named_versions(alias: &CurrentAlias, machine_arn: &str) -> Vec<String> {
    let mut numbers: Vec<u32> = alias
        .routes
        .iter()
        .filter_map(|r| version_number(&r.version_arn))
        .collect();
    match Memory::parse(&alias.description) {
        Some(Memory::RollingOut { from, to }) | Some(Memory::RolledBack { to: from, from: to }) => {
            numbers.extend([from, to]);
        }
        Some(Memory::Deployed { version, previous }) => {
            numbers.extend(std::iter::once(version).chain(previous))
        }
        None => {}
    }
    numbers.sort_unstable_by(|a, b| b.cmp(a));
    numbers.dedup();
    numbers
        .into_iter()
        .map(|n| format!("{machine_arn}:{n}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_versions_named_are_the_routed_and_the_remembered_newest_first() {
        let machine = "arn:aws:states:r:1:stateMachine:m";
        let alias = CurrentAlias {
            arn: format!("{machine}:live"),
            routes: vec![Route::new(format!("{machine}:3"), 100)],
            description: Memory::RolledBack { to: 3, from: 5 }.describe(),
        };
        assert_eq!(
            named_versions(&alias, machine),
            [format!("{machine}:5"), format!("{machine}:3")]
        );
    }
}
