//! SDK failures as errors a person can act on: which call, and what to do about it.

use aws_sdk_sfn::config::http::HttpResponse;
use aws_sdk_sfn::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    NotFound,
    AccessDenied,
    /// Still throttled after the retries.
    Throttled,
    /// No credentials, or credentials AWS does not accept.
    Credentials,
    /// The service could not be reached (after the retries).
    Network,
    /// Any other answer of the service.
    Service,
}

#[derive(Debug, Clone, Serialize)]
pub struct AwsError {
    /// The IAM action of the call, e.g. `states:CreateStateMachine`.
    pub action: &'static str,
    pub kind: ErrorKind,
    /// The service's error code, when it gave one.
    pub code: Option<String>,
    pub message: String,
}

impl AwsError {
    pub fn from_sdk<E>(action: &'static str, error: SdkError<E, HttpResponse>) -> AwsError
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        let code = error.code().map(str::to_owned);
        let status = error.raw_response().map(|r| r.status().as_u16());
        let message = match (error.message(), status) {
            (Some(message), _) => message.to_owned(),
            // Not an AWS error body: say so instead of dumping the body.
            (None, Some(status)) if code.is_none() && status >= 500 => format!(
                "the endpoint answered HTTP {status} without an AWS error (it may not implement this call)"
            ),
            (None, _) => DisplayErrorContext(&error).to_string(),
        };
        let kind = match &error {
            SdkError::ServiceError(_) => classify(code.as_deref().unwrap_or_default(), &message),
            SdkError::DispatchFailure(_)
            | SdkError::TimeoutError(_)
            | SdkError::ResponseError(_) => {
                if mentions_credentials(&message) {
                    ErrorKind::Credentials
                } else {
                    ErrorKind::Network
                }
            }
            _ if mentions_credentials(&message) => ErrorKind::Credentials,
            _ => ErrorKind::Service,
        };
        AwsError {
            action,
            kind,
            code,
            message,
        }
    }

    /// Whether a state machine call failed because Step Functions cannot assume a role yet
    /// (IAM is eventually consistent: a new role or trust policy takes seconds to apply).
    pub fn is_role_not_yet_assumable(&self) -> bool {
        matches!(self.kind, ErrorKind::AccessDenied | ErrorKind::Service)
            && self.message.contains("assume")
            && self.message.to_ascii_lowercase().contains("role")
    }
}

fn classify(code: &str, message: &str) -> ErrorKind {
    match code {
        "AccessDenied" | "AccessDeniedException" | "UnauthorizedOperation" => {
            ErrorKind::AccessDenied
        }
        "Throttling"
        | "ThrottlingException"
        | "TooManyRequestsException"
        | "RequestLimitExceeded" => ErrorKind::Throttled,
        "StateMachineDoesNotExist"
        | "ResourceNotFound"
        | "NoSuchEntity"
        | "ExecutionDoesNotExist"
        | "ResourceNotFoundException"
        // SNS's GetTopicAttributes, S3's HeadBucket (a 404 without a body), SQS's GetQueueUrl
        // (JSON and query protocols).
        | "NotFound"
        | "NoSuchBucket"
        | "QueueDoesNotExist"
        | "ClusterNotFound"
        | "AWS.SimpleQueueService.NonExistentQueue" => ErrorKind::NotFound,
        "UnrecognizedClientException"
        | "InvalidClientTokenId"
        | "ExpiredToken"
        | "ExpiredTokenException"
        | "SignatureDoesNotMatch"
        | "InvalidSignatureException" => ErrorKind::Credentials,
        _ if mentions_credentials(message) => ErrorKind::Credentials,
        _ => ErrorKind::Service,
    }
}

fn mentions_credentials(message: &str) -> bool {
    message.contains("credentials") || message.contains("credential provider")
}

impl std::fmt::Display for AwsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let action = self.action;
        match self.kind {
            ErrorKind::AccessDenied => write!(
                f,
                "access denied to {action}: the credentials in use need `{action}` ({})",
                self.message
            ),
            ErrorKind::Throttled => write!(
                f,
                "{action} was throttled and still was after {} attempts with backoff; try again later or ask for a higher quota ({})",
                super::MAX_ATTEMPTS,
                self.message
            ),
            ErrorKind::Credentials => write!(
                f,
                "no usable AWS credentials for {action}: set a profile (`profile` in sfn.toml or --profile), AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or log in with `aws sso login` ({})",
                self.message
            ),
            ErrorKind::Network => write!(
                f,
                "{action}: AWS could not be reached after {} attempts ({})",
                super::MAX_ATTEMPTS,
                self.message
            ),
            ErrorKind::NotFound | ErrorKind::Service => match &self.code {
                Some(code) => write!(f, "{action} failed: {code}: {}", self.message),
                None => write!(f, "{action} failed: {}", self.message),
            },
        }
    }
}

impl std::error::Error for AwsError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_become_kinds() {
        assert_eq!(
            classify("AccessDeniedException", ""),
            ErrorKind::AccessDenied
        );
        assert_eq!(classify("ThrottlingException", ""), ErrorKind::Throttled);
        assert_eq!(classify("NoSuchEntity", ""), ErrorKind::NotFound);
        assert_eq!(
            classify("StateMachineDoesNotExist", ""),
            ErrorKind::NotFound
        );
        assert_eq!(
            classify("UnrecognizedClientException", ""),
            ErrorKind::Credentials
        );
        assert_eq!(classify("InvalidDefinition", ""), ErrorKind::Service);
    }

    #[test]
    fn access_denied_names_the_action() {
        let error = AwsError {
            action: "states:UpdateStateMachine",
            kind: ErrorKind::AccessDenied,
            code: Some("AccessDeniedException".into()),
            message: "User: x is not authorized".into(),
        };
        assert_eq!(
            error.to_string(),
            "access denied to states:UpdateStateMachine: the credentials in use need `states:UpdateStateMachine` (User: x is not authorized)"
        );
        assert!(!error.is_role_not_yet_assumable());
        let propagation = AwsError {
            message: "Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume the provided role.".into(),
            ..error
        };
        assert!(propagation.is_role_not_yet_assumable());
    }
}
