//! Service integrations: typed constructors for the calls a Task makes.
//!
//! Each constructor knows its Resource ARN form, the parameters the service expects (keys
//! spelled as the service spells them) and the integration patterns it supports: only the
//! builders of services that support `.sync` or `.waitForTaskToken` have those methods, so
//! asking for a pattern a service lacks does not compile.
//!
//! Parameters take anything that converts into a [`Template`]: literals, typed references
//! into the input or the context object, JSONata expressions.

pub mod activity;
pub mod apigateway;
pub mod athena;
pub mod batch;
pub mod codebuild;
pub mod dynamodb;
pub mod ecs;
pub mod eventbridge;
pub mod glue;
pub mod http;
pub mod lambda;
pub mod sagemaker;
pub mod sdk;
#[rustfmt::skip]
mod setters;
pub mod sns;
pub mod sqs;
pub mod step_functions;
pub mod typed;

use crate::template::{Template, object};

/// How Step Functions waits for an integrated service (the compiler core's, so a resource
/// is written and read by one definition of the suffixes).
pub use sfn_codegen::integration::Pattern;

/// What a Task calls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resource {
    /// A resource ARN written out: an activity, a Lambda function (the legacy form), or any
    /// ARN the definition must keep as written.
    Arn(String),
    /// An optimized or SDK integration, `arn:<partition>:states:::<action><pattern>`.
    Service {
        /// `lambda:invoke`, `ecs:runTask`, `aws-sdk:s3:listObjectsV2`, ...
        action: String,
        /// The integration pattern.
        pattern: Pattern,
    },
}

impl Resource {
    /// An integration by its action (`"lambda:invoke"`), request-response.
    pub fn service(action: impl Into<String>) -> Resource {
        Resource::Service {
            action: action.into(),
            pattern: Pattern::RequestResponse,
        }
    }

    /// The same integration with another pattern (an ARN is left as it is).
    pub fn with_pattern(self, pattern: Pattern) -> Resource {
        match self {
            Resource::Service { action, .. } => Resource::Service { action, pattern },
            arn => arn,
        }
    }

    /// The ARN, in the given partition (`aws`, `aws-cn`, `aws-us-gov`).
    pub fn render(&self, partition: &str) -> String {
        match self {
            Resource::Arn(arn) => arn.clone(),
            Resource::Service { action, pattern } => {
                format!("arn:{partition}:states:::{action}{}", pattern.suffix())
            }
        }
    }
}

impl From<&str> for Resource {
    fn from(arn: &str) -> Self {
        Resource::Arn(arn.to_owned())
    }
}

impl From<String> for Resource {
    fn from(arn: String) -> Self {
        Resource::Arn(arn)
    }
}

/// A call: its resource and its parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Integration {
    pub(crate) resource: Resource,
    pub(crate) parameters: Option<Template>,
    /// Why this call cannot be written, found while it was built (the builder methods cannot
    /// fail); reported against the Task's `Resource` when the workflow compiles.
    pub(crate) problem: Option<String>,
    /// The result's JSON Schema, when the call knows it (a typed function, table or child).
    pub(crate) result_schema: Option<serde_json::Value>,
    /// A `ResultSelector` the call needs (a typed table's item read back from attributes).
    pub(crate) result_selector: Option<Template>,
    /// The typed function this calls: its logical name, types and handler.
    pub(crate) function: Option<(String, crate::resources::FunctionTypes)>,
}

impl Integration {
    /// A call to any resource, with optional parameters.
    pub fn new(resource: impl Into<Resource>) -> Integration {
        Integration {
            resource: resource.into(),
            parameters: None,
            problem: None,
            result_schema: None,
            result_selector: None,
            function: None,
        }
    }

    /// The resource this calls.
    pub fn resource(&self) -> &Resource {
        &self.resource
    }

    fn service(action: &str) -> Integration {
        Integration::new(Resource::service(action))
    }

    pub(crate) fn set(&mut self, key: &str, value: impl Into<Template>) {
        let current = self.parameters.take().unwrap_or_else(object);
        self.parameters = Some(current.with(key, value));
    }

    pub(crate) fn pattern(&mut self, new: Pattern) {
        if let Resource::Service { pattern, .. } = &mut self.resource {
            *pattern = new;
        }
    }
}

/// A resource ARN as a call without parameters (an activity, a legacy Lambda ARN).
impl From<&str> for Integration {
    fn from(arn: &str) -> Self {
        Integration::new(arn)
    }
}

impl From<String> for Integration {
    fn from(arn: String) -> Self {
        Integration::new(arn)
    }
}

impl From<Resource> for Integration {
    fn from(resource: Resource) -> Self {
        Integration::new(resource)
    }
}

/// Declares a typed call builder over [`Integration`], with a setter per parameter key and
/// the pattern methods the service supports.
macro_rules! call {
    (
        $(#[$doc:meta])*
        $name:ident {
            $( $(#[$fdoc:meta])* $setter:ident => $key:literal, )*
        }
        patterns { $($pattern:ident)* }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name(pub(crate) $crate::integrations::Integration);

        impl From<$name> for $crate::integrations::Integration {
            fn from(call: $name) -> Self {
                call.0
            }
        }

        impl $name {
            $(
                $(#[$fdoc])*
                pub fn $setter(mut self, value: impl Into<$crate::Template>) -> Self {
                    self.0.set($key, value);
                    self
                }
            )*

            /// Sets any other parameter by its service name.
            pub fn parameter(mut self, key: &str, value: impl Into<$crate::Template>) -> Self {
                self.0.set(key, value);
                self
            }

            $( $crate::integrations::call!(@$pattern); )*
        }
    };
    (@sync) => {
        /// Waits for the job to finish (`.sync`).
        pub fn sync(mut self) -> Self {
            self.0.pattern($crate::integrations::Pattern::Sync);
            self
        }
    };
    (@wait) => {
        /// Waits for a callback with the task token (`.waitForTaskToken`); pass
        /// `context::task_token()` in the parameters.
        pub fn wait_for_task_token(mut self) -> Self {
            self.0.pattern($crate::integrations::Pattern::WaitForTaskToken);
            self
        }
    };
}

pub(crate) use call;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::{context, input};
    use serde_json::{Value, json};
    use sfn_codegen::model::QueryLanguage;

    fn rendered(call: impl Into<Integration>) -> (String, Value) {
        let call = call.into();
        (
            call.resource.render("aws"),
            call.parameters
                .map(|p| p.render(QueryLanguage::JSONPath).unwrap())
                .unwrap_or(Value::Null),
        )
    }

    #[test]
    fn resources_and_patterns() {
        let (arn, _) = rendered(ecs::run_task("arn:aws:ecs:us-east-1:1:cluster/c", "td:1").sync());
        assert_eq!(arn, "arn:aws:states:::ecs:runTask.sync");
        let (arn, _) = rendered(
            step_functions::start_execution("arn:aws:states:us-east-1:1:stateMachine:child").sync(),
        );
        assert_eq!(arn, "arn:aws:states:::states:startExecution.sync:2");
        let (arn, params) = rendered(
            sqs::send_message(
                "https://sqs.us-east-1.amazonaws.com/1/q",
                object().with("token", context::task_token()),
            )
            .wait_for_task_token(),
        );
        assert_eq!(arn, "arn:aws:states:::sqs:sendMessage.waitForTaskToken");
        assert_eq!(
            params,
            json!({"QueueUrl": "https://sqs.us-east-1.amazonaws.com/1/q", "MessageBody": {"token.$": "$$.Task.Token"}})
        );
        let (arn, params) = rendered(
            sdk::call("s3", "listObjectsV2")
                .parameter("Bucket", input::<Value>().field::<String>("bucket")),
        );
        assert_eq!(arn, "arn:aws:states:::aws-sdk:s3:listObjectsV2");
        assert_eq!(params, json!({"Bucket.$": "$.bucket"}));
        assert_eq!(
            Resource::service("lambda:invoke").render("aws-cn"),
            "arn:aws-cn:states:::lambda:invoke"
        );
    }
}
