//! AWS's own verdict on a definition: `ValidateStateMachineDefinition`.

use serde::Serialize;

use super::{Access, Aws, AwsError};

/// What AWS said of one definition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// `OK`: AWS would create the machine.
    pub accepted: bool,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: String,
    pub code: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

pub async fn validate(aws: &Aws, definition: &str, express: bool) -> Result<Verdict, AwsError> {
    use aws_sdk_sfn::types::{StateMachineType, ValidateStateMachineDefinitionResultCode};
    let machine_type = if express {
        StateMachineType::Express
    } else {
        StateMachineType::Standard
    };
    let output = aws
        .call(
            "states:ValidateStateMachineDefinition",
            Access::Read,
            aws.sfn
                .validate_state_machine_definition()
                .definition(definition)
                .r#type(machine_type)
                .send(),
        )
        .await?;
    Ok(Verdict {
        accepted: *output.result() == ValidateStateMachineDefinitionResultCode::Ok,
        findings: output
            .diagnostics()
            .iter()
            .map(|d| Finding {
                severity: d.severity().as_str().to_owned(),
                code: d.code().to_owned(),
                message: d.message().to_owned(),
                location: d.location().map(str::to_owned),
            })
            .collect(),
    })
}
