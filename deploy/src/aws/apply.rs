//! Carries out a plan up to a published version: the role and its policy, the state
//! machine, its tags. The alias is not touched here (see `rollout`), so a failure at any
//! point leaves live traffic where it was.

use std::collections::BTreeMap;
use std::time::Duration;

use aws_sdk_sfn::types::{
    CloudWatchLogsLogGroup, EncryptionConfiguration, EncryptionType, LogDestination, LogLevel,
    LoggingConfiguration, StateMachineType, TracingConfiguration,
};
use sfn_codegen::MachineType;

use super::{Access, Aws, AwsError};
use crate::deployment::desired::{Desired, ManagedRole, POLICY_NAME, Role};
use crate::deployment::plan::{MachineChange, Plan, RoleChange, VersionChange, same_json};

/// Applies the role and machine parts of `plan`; returns the version that holds the desired
/// definition.
pub async fn apply(aws: &Aws, desired: &Desired, plan: &Plan) -> Result<String, AwsError> {
    if let Role::Managed(role) = &desired.role {
        apply_role(aws, role, &role.tags(&desired.tags), &plan.role).await?;
    }
    let published = match &plan.machine {
        MachineChange::Create => Some(create_machine(aws, desired).await?),
        MachineChange::Update { fields } => Some(update_machine(aws, desired, fields).await?),
        MachineChange::Unchanged => None,
    };
    if !plan.machine_tags.is_empty() {
        aws.call(
            "states:TagResource",
            Access::Write,
            aws.sfn
                .tag_resource()
                .resource_arn(&desired.machine_arn)
                .set_tags(Some(sfn_tags(&plan.machine_tags)))
                .send(),
        )
        .await?;
    }
    match (&plan.version, published) {
        (VersionChange::Reuse { arn }, _) => Ok(arn.clone()),
        (_, Some(Some(arn))) => Ok(arn),
        _ => latest_version(aws, desired).await,
    }
}

async fn apply_role(
    aws: &Aws,
    role: &ManagedRole,
    tags: &BTreeMap<String, String>,
    change: &RoleChange,
) -> Result<(), AwsError> {
    // Puts the desired inline policy, or deletes the old one when none is needed.
    let put_policy = || async {
        match &role.policy {
            Some(policy) => aws
                .call(
                    "iam:PutRolePolicy",
                    Access::Write,
                    aws.iam
                        .put_role_policy()
                        .role_name(&role.name)
                        .policy_name(POLICY_NAME)
                        .policy_document(policy.to_string())
                        .send(),
                )
                .await
                .map(|_| ()),
            None => aws
                .call(
                    "iam:DeleteRolePolicy",
                    Access::Write,
                    aws.iam
                        .delete_role_policy()
                        .role_name(&role.name)
                        .policy_name(POLICY_NAME)
                        .send(),
                )
                .await
                .map(|_| ()),
        }
    };
    match change {
        RoleChange::Create => {
            aws.call(
                "iam:CreateRole",
                Access::Write,
                aws.iam
                    .create_role()
                    .role_name(&role.name)
                    .path(&role.path)
                    .assume_role_policy_document(role.trust.to_string())
                    .set_permissions_boundary(role.permissions_boundary.clone())
                    .description(
                        "Execution role of a Step Functions state machine, managed by cargo sfn",
                    )
                    .set_tags(Some(iam_tags(tags)))
                    .send(),
            )
            .await?;
            if role.policy.is_some() {
                put_policy().await?;
            }
        }
        RoleChange::Update {
            trust,
            policy,
            boundary,
            tags,
        } => {
            if *trust {
                aws.call(
                    "iam:UpdateAssumeRolePolicy",
                    Access::Write,
                    aws.iam
                        .update_assume_role_policy()
                        .role_name(&role.name)
                        .policy_document(role.trust.to_string())
                        .send(),
                )
                .await?;
            }
            if *policy {
                put_policy().await?;
            }
            if *boundary {
                match &role.permissions_boundary {
                    Some(arn) => {
                        aws.call(
                            "iam:PutRolePermissionsBoundary",
                            Access::Write,
                            aws.iam
                                .put_role_permissions_boundary()
                                .role_name(&role.name)
                                .permissions_boundary(arn)
                                .send(),
                        )
                        .await?;
                    }
                    None => {
                        aws.call(
                            "iam:DeleteRolePermissionsBoundary",
                            Access::Write,
                            aws.iam
                                .delete_role_permissions_boundary()
                                .role_name(&role.name)
                                .send(),
                        )
                        .await?;
                    }
                }
            }
            if !tags.is_empty() {
                aws.call(
                    "iam:TagRole",
                    Access::Write,
                    aws.iam
                        .tag_role()
                        .role_name(&role.name)
                        .set_tags(Some(iam_tags(tags)))
                        .send(),
                )
                .await?;
            }
        }
        RoleChange::Unchanged | RoleChange::NotManaged => {}
    }
    Ok(())
}

/// Creates the machine with its first version; returns the version's ARN.
async fn create_machine(aws: &Aws, desired: &Desired) -> Result<Option<String>, AwsError> {
    let output = while_role_propagates(aws, || {
        aws.call(
            "states:CreateStateMachine",
            Access::Write,
            aws.sfn
                .create_state_machine()
                .name(&desired.name)
                .definition(&desired.definition)
                .role_arn(desired.role_arn())
                .r#type(match desired.machine_type {
                    MachineType::Standard => StateMachineType::Standard,
                    MachineType::Express => StateMachineType::Express,
                })
                .logging_configuration(logging(desired))
                .tracing_configuration(
                    TracingConfiguration::builder()
                        .enabled(desired.tracing)
                        .build(),
                )
                // AWS-owned keys are the default; say nothing unless a key is chosen.
                .set_encryption_configuration(desired.kms_key.as_ref().and(encryption(desired)))
                .set_tags(Some(sfn_tags(&desired.machine_tags())))
                .publish(true)
                .send(),
        )
    })
    .await?;
    Ok(output.state_machine_version_arn().map(str::to_owned))
}

/// Updates the fields that changed and publishes a version of the result.
async fn update_machine(
    aws: &Aws,
    desired: &Desired,
    fields: &[&'static str],
) -> Result<Option<String>, AwsError> {
    let output = while_role_propagates(aws, || {
        let mut request = aws
            .sfn
            .update_state_machine()
            .state_machine_arn(&desired.machine_arn)
            .publish(true);
        for field in fields {
            request = match *field {
                "definition" => request.definition(&desired.definition),
                "role" => request.role_arn(desired.role_arn()),
                "logging" => request.logging_configuration(logging(desired)),
                "tracing" => request.tracing_configuration(
                    TracingConfiguration::builder()
                        .enabled(desired.tracing)
                        .build(),
                ),
                "encryption" => request.set_encryption_configuration(encryption(desired)),
                _ => request,
            };
        }
        aws.call("states:UpdateStateMachine", Access::Write, request.send())
    })
    .await?;
    Ok(output.state_machine_version_arn().map(str::to_owned))
}

/// The newest version if it holds the desired definition, else a newly published one.
async fn latest_version(aws: &Aws, desired: &Desired) -> Result<String, AwsError> {
    let listed = aws
        .call(
            "states:ListStateMachineVersions",
            Access::Read,
            aws.sfn
                .list_state_machine_versions()
                .state_machine_arn(&desired.machine_arn)
                .max_results(1)
                .send(),
        )
        .await?;
    if let Some(newest) = listed.state_machine_versions().first() {
        let arn = newest.state_machine_version_arn();
        if let Some(version) = super::read::read_version(aws, arn).await?
            && same_json(&version.definition, &desired.definition)
            && version.role_arn == desired.role_arn()
        {
            return Ok(arn.to_owned());
        }
    }
    let published = aws
        .call(
            "states:PublishStateMachineVersion",
            Access::Write,
            aws.sfn
                .publish_state_machine_version()
                .state_machine_arn(&desired.machine_arn)
                .send(),
        )
        .await?;
    Ok(published.state_machine_version_arn().to_owned())
}

/// Retries `call` while Step Functions cannot assume the role yet (IAM takes seconds to
/// apply a new role or trust policy everywhere), within the propagation budget.
async fn while_role_propagates<T, F, Fut>(aws: &Aws, call: F) -> Result<T, AwsError>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Result<T, AwsError>>,
{
    let started = std::time::Instant::now();
    let mut delay = super::initial_backoff();
    loop {
        match call().await {
            Err(error)
                if error.is_role_not_yet_assumable()
                    && started.elapsed() + delay < aws.propagation_budget =>
            {
                eprintln!(
                    "note: {} cannot assume the role yet (IAM is propagating it); retrying in {:.1}s",
                    error.action,
                    delay.as_secs_f64()
                );
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(10));
            }
            result => return result,
        }
    }
}

fn logging(desired: &Desired) -> LoggingConfiguration {
    match &desired.logging {
        Some(config) => LoggingConfiguration::builder()
            .level(LogLevel::from(config.level.as_str()))
            .include_execution_data(config.include_execution_data)
            .destinations(
                LogDestination::builder()
                    .cloud_watch_logs_log_group(
                        CloudWatchLogsLogGroup::builder()
                            .log_group_arn(&config.log_group)
                            .build(),
                    )
                    .build(),
            )
            .build(),
        None => LoggingConfiguration::builder().level(LogLevel::Off).build(),
    }
}

fn encryption(desired: &Desired) -> Option<EncryptionConfiguration> {
    let builder = match &desired.kms_key {
        Some(key) => EncryptionConfiguration::builder()
            .r#type(EncryptionType::CustomerManagedKmsKey)
            .kms_key_id(key)
            .kms_data_key_reuse_period_seconds(300),
        None => EncryptionConfiguration::builder().r#type(EncryptionType::AwsOwnedKey),
    };
    // The type, the only required field, is set above.
    builder.build().ok()
}

fn sfn_tags(tags: &BTreeMap<String, String>) -> Vec<aws_sdk_sfn::types::Tag> {
    tags.iter()
        .map(|(key, value)| {
            aws_sdk_sfn::types::Tag::builder()
                .key(key)
                .value(value)
                .build()
        })
        .collect()
}

fn iam_tags(tags: &BTreeMap<String, String>) -> Vec<aws_sdk_iam::types::Tag> {
    tags.iter()
        .filter_map(|(key, value)| {
            aws_sdk_iam::types::Tag::builder()
                .key(key)
                .value(value)
                .build()
                .ok()
        })
        .collect()
}
