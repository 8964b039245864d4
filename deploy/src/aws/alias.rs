//! Writes of an alias: its first version, then its routes with the description that records
//! where a rollout stands. Shared by the rollout and the lease that guards it.

use aws_sdk_sfn::types::RoutingConfigurationListItem;

use super::{Access, Aws, AwsError};
use crate::deployment::routing::{Memory, Route, version_number};

/// Why a rollout stopped before it ended.
#[derive(Debug)]
pub enum Stop {
    Aws(AwsError),
    Refused(String),
    /// Another deploy took the alias first; no traffic moved.
    Busy(String),
}

impl From<AwsError> for Stop {
    fn from(error: AwsError) -> Stop {
        Stop::Aws(error)
    }
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stop::Aws(error) => error.fmt(f),
            Stop::Refused(reason) | Stop::Busy(reason) => f.write_str(reason),
        }
    }
}

/// Creates the alias on its first version.
pub async fn create_alias(
    aws: &Aws,
    machine_arn: &str,
    alias: &str,
    version: &str,
) -> Result<(), AwsError> {
    let memory = Memory::Deployed {
        version: version_number(version).unwrap_or_default(),
        previous: None,
    };
    aws.call(
        "states:CreateStateMachineAlias",
        Access::Write,
        aws.sfn
            .create_state_machine_alias()
            .name(alias)
            .description(memory.describe())
            .set_routing_configuration(Some(routing(&[Route::new(version, 100)])))
            .send(),
    )
    .await
    .map(|_| ())
    .map_err(|mut error| {
        if error.message.is_empty() {
            error.message = format!("alias {alias} of {machine_arn}");
        }
        error
    })
}

/// Sets the alias's routes and what the rollout remembers.
pub async fn route(
    aws: &Aws,
    alias_arn: &str,
    routes: &[Route],
    memory: Memory,
) -> Result<(), AwsError> {
    route_with_description(aws, alias_arn, routes, &memory.describe()).await
}

/// Sets the alias's routes and description.
pub async fn route_with_description(
    aws: &Aws,
    alias_arn: &str,
    routes: &[Route],
    description: &str,
) -> Result<(), AwsError> {
    aws.call(
        "states:UpdateStateMachineAlias",
        Access::Write,
        aws.sfn
            .update_state_machine_alias()
            .state_machine_alias_arn(alias_arn)
            .description(description)
            .set_routing_configuration(Some(routing(routes)))
            .send(),
    )
    .await
    .map(|_| ())
}

fn routing(routes: &[Route]) -> Vec<RoutingConfigurationListItem> {
    routes
        .iter()
        .filter_map(|r| {
            RoutingConfigurationListItem::builder()
                .state_machine_version_arn(&r.version_arn)
                .weight(i32::from(r.weight))
                .build()
                .ok()
        })
        .collect()
}
