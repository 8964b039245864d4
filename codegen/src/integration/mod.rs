//! What a Task's `Resource` names, read in one place for the validator, the policy generator,
//! the executor, the importer and the DSL: an optimized integration, an AWS SDK call, a Lambda
//! function by its ARN, an activity, or something else; in any partition. And the optimized
//! integrations Step Functions has (`table.rs`), each with its actions, patterns, service
//! model, documented response, error names and what it needs from the execution role
//! (`access.rs`: which parameter names which kind of resource, and the IAM statements).
//!
//! Sources: the developer guide's "Integrating optimized services with Step Functions" (the
//! table of supported patterns per service) and each integration's page; AWS SDK integrations
//! take request-response and `.waitForTaskToken`, never `.sync` (same table).

mod access;
mod table;

pub use access::{
    Access, Actions, ArnOf, Condition, ConditionValue, Derived, Grant, Named, Otherwise,
    SdkResources, Target, When, steps,
};
pub use table::{OPTIMIZED, SDK_ANY, SDK_RESOURCES};

/// How a Task waits for its service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pattern {
    /// The call's answer is the result.
    #[default]
    RequestResponse,
    /// `.sync`: waits for the job to finish.
    Sync,
    /// `.sync:2`: waits for the job, its output as JSON.
    Sync2,
    /// `.waitForTaskToken`: hands out a task token and waits for `SendTaskSuccess` or
    /// `SendTaskFailure`.
    WaitForTaskToken,
}

impl Pattern {
    /// The suffix of the resource (empty for request-response).
    pub fn suffix(self) -> &'static str {
        match self {
            Pattern::RequestResponse => "",
            Pattern::Sync => ".sync",
            Pattern::Sync2 => ".sync:2",
            Pattern::WaitForTaskToken => ".waitForTaskToken",
        }
    }

    /// Whether the task waits for a job to end (`.sync` or `.sync:2`).
    pub fn runs_a_job(self) -> bool {
        matches!(self, Pattern::Sync | Pattern::Sync2)
    }
}

/// `rest` without its pattern suffix, and the pattern (`None`: a suffix Step Functions does
/// not have, such as `.wait`).
pub fn split_pattern(rest: &str) -> (&str, Option<Pattern>) {
    for pattern in [Pattern::Sync2, Pattern::Sync, Pattern::WaitForTaskToken] {
        if let Some(call) = rest.strip_suffix(pattern.suffix()) {
            return (call, Some(pattern));
        }
    }
    match rest.split_once('.') {
        Some((call, _)) => (call, None),
        None => (rest, Some(Pattern::RequestResponse)),
    }
}

/// A Task's `Resource`, read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource<'a> {
    /// `arn:<partition>:states:::<service>:<action><pattern>`.
    Optimized {
        /// `lambda:invoke`, `dynamodb:getItem`: the key of [`optimized`].
        call: &'a str,
        service: &'a str,
        action: &'a str,
        pattern: Option<Pattern>,
    },
    /// `arn:<partition>:states:::aws-sdk:<service>:<action><pattern>`; `action` is empty when
    /// none is named.
    Sdk {
        service: &'a str,
        action: &'a str,
        pattern: Option<Pattern>,
    },
    /// A Lambda function by its ARN (the legacy form: the result is the function's output).
    Function {
        arn: &'a str,
        /// The function's name, without a qualifier.
        name: &'a str,
    },
    /// `arn:<partition>:states:<region>:<account>:activity:<name>`.
    Activity { arn: &'a str, name: &'a str },
    /// Anything else: a placeholder, another ARN, text that is no ARN.
    Other(&'a str),
}

impl<'a> Resource<'a> {
    pub fn parse(resource: &'a str) -> Resource<'a> {
        let parts: Vec<&str> = resource.splitn(6, ':').collect();
        match parts.as_slice() {
            ["arn", _, "states", "", "", rest] => {
                let (call, pattern) = split_pattern(rest);
                match call.strip_prefix("aws-sdk:") {
                    Some(sdk) => {
                        let (service, action) = sdk.split_once(':').unwrap_or((sdk, ""));
                        Resource::Sdk {
                            service,
                            action,
                            pattern,
                        }
                    }
                    None => {
                        let (service, action) = call.split_once(':').unwrap_or((call, ""));
                        Resource::Optimized {
                            call,
                            service,
                            action,
                            pattern,
                        }
                    }
                }
            }
            ["arn", _, "states", _, _, rest] if rest.starts_with("activity:") => {
                Resource::Activity {
                    arn: resource,
                    name: &rest["activity:".len()..],
                }
            }
            ["arn", _, "lambda", _, _, rest] if rest.starts_with("function:") => {
                let name = &rest["function:".len()..];
                Resource::Function {
                    arn: resource,
                    name: name.split(':').next().unwrap_or(name),
                }
            }
            _ => Resource::Other(resource),
        }
    }

    /// How the task waits: request-response for functions, activities and anything not an
    /// integration, and for a suffix Step Functions does not have.
    pub fn pattern(&self) -> Pattern {
        match self {
            Resource::Optimized { pattern, .. } | Resource::Sdk { pattern, .. } => {
                pattern.unwrap_or(Pattern::RequestResponse)
            }
            _ => Pattern::RequestResponse,
        }
    }
}

/// An optimized integration: its actions, the patterns every one of them supports, the
/// catalog service whose operations of the same names take its parameters (`None`: actions
/// of Step Functions' own making, such as `apigateway:invoke`), and what a request-response
/// call returns.
#[derive(Debug)]
pub struct Optimized {
    pub service: &'static str,
    pub actions: &'static [&'static str],
    pub patterns: &'static [Pattern],
    pub model: Option<&'static str>,
    pub response: Response,
    /// How its errors are named, where the integration's page documents it.
    pub errors: Option<ErrorNames>,
    /// What its calls need from the execution role (`None`: not known here; the policy
    /// reports it for the author to add).
    pub access: Option<Access>,
}

/// The errors an optimized integration raises: `<prefix>.<exception>` for each exception of
/// the catalog service's model, and the names its page adds (the SDK's own failures).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorNames {
    pub prefix: &'static str,
    pub extra: &'static [&'static str],
}

/// What a request-response call of an optimized integration returns, as the integration's
/// page documents it (Step Functions adds `SdkHttpMetadata` and `SdkResponseMetadata`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Response {
    /// Not documented here: a result is typed only when the workflow declares it.
    Unknown,
    /// The operation's output in the service model (DynamoDB answers as its API does).
    Model,
    /// These fields, each with its kind and whether it is always there.
    Fields(&'static [ResponseField]),
}

/// One documented field of a response: name, kind, always present.
pub type ResponseField = (&'static str, Kind, bool);

/// The kind of a documented response field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    String,
    Number,
    /// A list of values not described further.
    List,
    /// Any JSON (a function's own answer).
    Any,
}

/// AWS SDK integrations: request-response and callbacks, no `.sync`.
pub const SDK_PATTERNS: &[Pattern] = &[Pattern::RequestResponse, Pattern::WaitForTaskToken];

/// The optimized integration of `service:action`, if Step Functions has it.
pub fn optimized(service: &str, action: &str) -> Option<&'static Optimized> {
    OPTIMIZED
        .iter()
        .find(|i| i.service == service && i.actions.contains(&action))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_are_read_in_any_partition() {
        assert_eq!(
            Resource::parse("arn:aws-cn:states:::dynamodb:getItem"),
            Resource::Optimized {
                call: "dynamodb:getItem",
                service: "dynamodb",
                action: "getItem",
                pattern: Some(Pattern::RequestResponse)
            }
        );
        assert_eq!(
            Resource::parse("arn:aws-us-gov:states:::aws-sdk:s3:getObject.waitForTaskToken"),
            Resource::Sdk {
                service: "s3",
                action: "getObject",
                pattern: Some(Pattern::WaitForTaskToken)
            }
        );
        assert_eq!(
            Resource::parse("arn:aws:states:::states:startExecution.sync:2").pattern(),
            Pattern::Sync2
        );
        assert_eq!(
            Resource::parse("arn:aws:states:::ecs:runTask.wait"),
            Resource::Optimized {
                call: "ecs:runTask",
                service: "ecs",
                action: "runTask",
                pattern: None
            }
        );
        assert_eq!(
            Resource::parse("arn:aws:lambda:eu-west-1:123456789012:function:charge:live"),
            Resource::Function {
                arn: "arn:aws:lambda:eu-west-1:123456789012:function:charge:live",
                name: "charge"
            }
        );
        assert_eq!(
            Resource::parse("arn:aws:states:eu-west-1:123456789012:activity:approve"),
            Resource::Activity {
                arn: "arn:aws:states:eu-west-1:123456789012:activity:approve",
                name: "approve"
            }
        );
        assert_eq!(Resource::parse("${Charge}"), Resource::Other("${Charge}"));
        assert!(optimized("dynamodb", "getItem").is_some());
        assert!(optimized("dynamodb", "query").is_none());
    }
}
