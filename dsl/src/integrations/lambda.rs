//! AWS Lambda: invoke a function (`lambda:invoke`).

use super::{Integration, Resource, call};
use crate::template::Template;

call! {
    /// `Invoke` of a Lambda function through the optimized integration. The result is the
    /// invocation response: the function's output is under `Payload`.
    Invoke {}
    patterns { wait }
}

/// Invokes `function`: its name, its ARN, or a partial ARN; with a version or alias suffix
/// (`my-fn:live`) to pin one.
pub fn invoke(function: impl Into<Template>) -> Invoke {
    let mut call = Integration::service("lambda:invoke");
    call.set("FunctionName", function);
    Invoke(call)
}

impl Invoke {
    /// The task's result is the function's output itself, with no invocation response around
    /// it (`Payload`): the function is called through its ARN as the resource, as CDK's
    /// `payloadResponseOnly` does. It needs the function's full ARN as the function; the
    /// payload set with [`Invoke::payload`] becomes the task's parameters, and invoke options
    /// (qualifier, invocation type, client context) do not exist in this form. Declare the
    /// result with `Task::result_type::<T>()` (the function's output type, not
    /// [`Response`]).
    pub fn payload_only(self) -> Integration {
        let Some(crate::template::Template::Object(fields)) = self.0.parameters else {
            return self.0;
        };
        let field = |key: &str| {
            fields
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
        };
        let (arn, problem) = match field("FunctionName") {
            Some(crate::template::Template::Value(serde_json::Value::String(arn))) => (arn, None),
            _ => (
                String::new(),
                Some("`payload_only` calls the function through its ARN as the resource, so the function must be its ARN written out, not a value known at run time; use `lambda::invoke` without `payload_only` (and read `Payload`) for that".to_owned()),
            ),
        };
        let mut call = Integration::new(Resource::Arn(arn));
        call.problem = problem;
        // The state's input goes to the function as it is, unless the payload builds another.
        call.parameters = field("Payload").filter(|payload| !is_whole_input(payload));
        call
    }
}

fn is_whole_input(payload: &crate::template::Template) -> bool {
    matches!(payload, crate::template::Template::Ref(r) if *r == crate::reference::input::<serde_json::Value>())
}

/// Invokes a function through its ARN as the resource (the legacy form): the result is the
/// function's output itself, not the invocation response.
pub fn function_arn(arn: impl Into<String>) -> Integration {
    Integration::new(Resource::Arn(arn.into()))
}

/// The result of [`invoke`] for a function whose output is a `T`: declare it with
/// `Task::result_type::<lambda::Response<T>>()` so later states read `$.Payload...` typed.
#[derive(Debug, Clone, PartialEq, schemars::JsonSchema)]
pub struct Response<T> {
    /// The function's output.
    #[schemars(rename = "Payload")]
    pub payload: T,
    /// The HTTP status of the invocation.
    #[schemars(rename = "StatusCode")]
    pub status_code: i64,
    /// The version that ran.
    #[schemars(rename = "ExecutedVersion")]
    pub executed_version: Option<String>,
    /// Set when the function raised an error and the task did not fail on it.
    #[schemars(rename = "FunctionError")]
    pub function_error: Option<String>,
    /// The end of the function's log, when asked for with `LogType: Tail`.
    #[schemars(rename = "LogResult")]
    pub log_result: Option<String>,
    /// HTTP details Step Functions adds to the response.
    #[schemars(rename = "SdkHttpMetadata")]
    pub sdk_http_metadata: Option<serde_json::Value>,
    /// The request id Step Functions adds to the response.
    #[schemars(rename = "SdkResponseMetadata")]
    pub sdk_response_metadata: Option<serde_json::Value>,
}

/// Typed reads of an invocation response: `result::<lambda::Response<Verdict>>().payload()`
/// is the function's output, `.fields()` of it its typed fields.
impl<T> crate::reference::Ref<Response<T>> {
    /// The function's output (`Payload`).
    pub fn payload(&self) -> crate::reference::Ref<T> {
        self.field("Payload")
    }

    /// The HTTP status of the invocation (`StatusCode`).
    pub fn status_code(&self) -> crate::reference::Ref<i64> {
        self.field("StatusCode")
    }

    /// Set when the function raised an error the task did not fail on (`FunctionError`).
    pub fn function_error(&self) -> crate::reference::Ref<String> {
        self.field("FunctionError")
    }
}
