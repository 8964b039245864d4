//! What the mocked services answer. In Rust: a closure per state, per resource, per Lambda
//! function or per SDK action, typed over the user's serde types where that helps. From a
//! file: AWS's Step Functions Local mock configuration (see `mock_file`). A Task no mock
//! answers stops the run with an error naming the state and what to add.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
pub use sfn_codegen::catalog::FieldValidation;
use sfn_codegen::integration::Resource;

use crate::failure::Failure;

/// One call of a Task's service, as the mock sees it.
#[derive(Debug, Clone)]
pub struct TaskCall<'a> {
    /// The Task state's name.
    pub state: &'a str,
    /// Its `Resource`, as written (`arn:aws:states:::lambda:invoke`, a function ARN, ...).
    pub resource: &'a str,
    /// The request: `Parameters` or `Arguments` evaluated.
    pub parameters: &'a Value,
    /// 0 for the first attempt, then 1, 2, ... for each retry.
    pub attempt: u32,
    /// How many times this state called its service earlier in the execution (the
    /// invocation number of Step Functions Local mock files).
    pub invocation: usize,
    /// The task token of a `.waitForTaskToken` call.
    pub task_token: Option<&'a str>,
}

/// What a mock answers, and after how long (virtual time).
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub outcome: Result<Value, Failure>,
    /// How long the service takes, in milliseconds of virtual time.
    pub after_millis: u64,
    /// Whether the service sends heartbeats while it works (a `HeartbeatSeconds` task
    /// without them times out with `States.HeartbeatTimeout`).
    pub heartbeats: bool,
    /// Set when the call cannot be answered because the workflow sends what the mock or
    /// handler cannot read: the run stops with [`crate::RunError::Wiring`] instead of the
    /// task failing with an error the workflow could catch.
    pub wiring_bug: Option<String>,
}

impl Reply {
    pub fn ok(result: Value) -> Reply {
        Reply::outcome(Ok(result))
    }

    pub fn fail(error: impl Into<String>, cause: impl Into<String>) -> Reply {
        Reply::outcome(Err(Failure::new(error, cause)))
    }

    /// A result or a failure, at once.
    pub fn outcome(outcome: Result<Value, Failure>) -> Reply {
        Reply {
            outcome,
            after_millis: 0,
            heartbeats: false,
            wiring_bug: None,
        }
    }

    /// The request is not what the mock or handler reads: a bug in the workflow's wiring,
    /// which stops the run (see [`Reply::wiring_bug`]).
    pub fn wiring_bug(why: impl Into<String>) -> Reply {
        Reply {
            wiring_bug: Some(why.into()),
            ..Reply::ok(Value::Null)
        }
    }

    /// The answer comes after this many seconds of virtual time.
    pub fn after_seconds(mut self, seconds: u64) -> Reply {
        self.after_millis = seconds * 1000;
        self
    }

    /// The service sends heartbeats while it works.
    pub fn with_heartbeats(mut self) -> Reply {
        self.heartbeats = true;
        self
    }
}

type Handler = Arc<dyn Fn(&TaskCall<'_>) -> Reply + Send + Sync>;

/// The mocks of one run (cheap to clone: the handlers are shared).
#[derive(Default, Clone)]
pub struct Mocks {
    by_state: HashMap<String, Handler>,
    by_resource: Vec<(String, Handler)>,
    fallback: Option<Handler>,
    /// How an SDK call's mocked result is checked against the service's model.
    field_validation: FieldValidation,
}

impl fmt::Debug for Mocks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mocks")
            .field("states", &self.by_state.keys().collect::<Vec<_>>())
            .field(
                "resources",
                &self.by_resource.iter().map(|(r, _)| r).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Mocks {
    pub fn new() -> Mocks {
        Mocks::default()
    }

    /// How an AWS SDK call's mocked result is checked against the service's model, as AWS's
    /// TestState checks a mock (`fieldValidationMode`): `Strict` (the default), `Present`
    /// (only the fields given) or `None`.
    pub fn field_validation(&self) -> FieldValidation {
        self.field_validation
    }

    /// Checks mocked results in this mode.
    pub fn with_field_validation(mut self, mode: FieldValidation) -> Mocks {
        self.field_validation = mode;
        self
    }

    /// Answers every call of the Task state `name`.
    pub fn state(
        mut self,
        name: impl Into<String>,
        handler: impl Fn(&TaskCall<'_>) -> Reply + Send + Sync + 'static,
    ) -> Mocks {
        self.by_state.insert(name.into(), Arc::new(handler));
        self
    }

    /// Answers every Task whose `Resource` is `resource` (with or without its `.sync` or
    /// `.waitForTaskToken` suffix), whatever its state.
    pub fn resource(
        mut self,
        resource: impl Into<String>,
        handler: impl Fn(&TaskCall<'_>) -> Reply + Send + Sync + 'static,
    ) -> Mocks {
        self.by_resource.push((resource.into(), Arc::new(handler)));
        self
    }

    /// A Lambda function, by name or ARN, typed: the request's `Payload` (or, for a task
    /// calling the function's ARN directly, its input) is read as `Req`, and the `Resp` the
    /// closure returns becomes the result as Lambda's integration gives it (`Payload`,
    /// `StatusCode`, ...). A `Failure` is the function's error. A request that is not a `Req`
    /// stops the run as a wiring bug ([`crate::RunError::Wiring`]), naming the field.
    pub fn lambda<Req, Resp, F>(self, function: impl Into<String>, handler: F) -> Mocks
    where
        Req: DeserializeOwned,
        Resp: Serialize,
        F: Fn(Req) -> Result<Resp, Failure> + Send + Sync + 'static,
    {
        let function = function.into();
        let name = function.rsplit(':').next().unwrap_or(&function).to_owned();
        let answer = move |payload: Value| -> Reply {
            let request: Req = match serde_path_to_error::deserialize(payload) {
                Ok(request) => request,
                Err(e) => return Reply::wiring_bug(unreadable("mock", &name, &e)),
            };
            match handler(request).map(serde_json::to_value) {
                Ok(Ok(payload)) => Reply::ok(payload),
                Ok(Err(e)) => Reply::wiring_bug(format!("the mock's answer is not JSON: {e}")),
                Err(failure) => Reply::outcome(Err(failure)),
            }
        };
        self.function(function, answer)
    }

    /// A Lambda function, by name or ARN, answered by `answer` from the function's own
    /// request (the `Payload`, or a direct call's input) with its own output: how it reaches
    /// the task (under `Payload` for `lambda:invoke`) is the integration's.
    pub fn function(
        mut self,
        function: impl Into<String>,
        answer: impl Fn(Value) -> Reply + Send + Sync + 'static,
    ) -> Mocks {
        let function = function.into();
        let name = function.rsplit(':').next().unwrap_or(&function).to_owned();
        let key = format!("lambda-function:{name}");
        let typed = move |call: &TaskCall<'_>| {
            let integration = matches!(
                Resource::parse(call.resource),
                Resource::Optimized {
                    call: "lambda:invoke",
                    ..
                }
            );
            let payload = if integration {
                call.parameters
                    .get("Payload")
                    .cloned()
                    .unwrap_or(Value::Null)
            } else {
                call.parameters.clone()
            };
            let mut reply = answer(payload);
            if integration && reply.wiring_bug.is_none() {
                reply.outcome = reply.outcome.map(lambda_response);
            }
            reply
        };
        self.by_resource.push((key, Arc::new(typed)));
        self
    }

    /// Answers before the other mocks are asked: `first`'s by state, then by resource, then
    /// `self`'s the same way; the fallback is `first`'s, else `self`'s.
    pub fn behind(mut self, first: &Mocks) -> Mocks {
        for (state, handler) in &first.by_state {
            self.by_state.insert(state.clone(), handler.clone());
        }
        let mut resources = first.by_resource.clone();
        resources.append(&mut self.by_resource);
        self.by_resource = resources;
        if first.fallback.is_some() {
            self.fallback = first.fallback.clone();
        }
        self.field_validation = first.field_validation;
        self
    }

    /// An AWS SDK integration (`aws-sdk:<service>:<action>`), answering with its response.
    pub fn sdk(
        self,
        service: &str,
        action: &str,
        handler: impl Fn(&Value) -> Result<Value, Failure> + Send + Sync + 'static,
    ) -> Mocks {
        // Keyed by the call, not an ARN: it answers in any partition.
        self.resource(format!("sdk-call:{service}:{action}"), move |call| {
            Reply::outcome(handler(call.parameters))
        })
    }

    /// Answers every call no other mock answers (say, `Reply::ok(json!({}))` for services
    /// whose answers a test does not look at).
    pub fn otherwise(
        mut self,
        handler: impl Fn(&TaskCall<'_>) -> Reply + Send + Sync + 'static,
    ) -> Mocks {
        self.fallback = Some(Arc::new(handler));
        self
    }

    /// The answer for `call`, if a mock covers it: by state first, then by resource.
    pub fn reply(&self, call: &TaskCall<'_>) -> Option<Reply> {
        if let Some(handler) = self.by_state.get(call.state) {
            return Some(handler(call));
        }
        let resource = Resource::parse(call.resource);
        let suffix = resource.pattern().suffix();
        let base = call.resource.strip_suffix(suffix).unwrap_or(call.resource);
        let named = named_key(resource, call.parameters);
        self.by_resource
            .iter()
            .find(|(key, _)| key == call.resource || key == base || named.as_ref() == Some(key))
            .map(|(_, handler)| handler(call))
            .or_else(|| self.fallback.as_ref().map(|handler| handler(call)))
    }
}

/// The key a mock registered by name answers under: `lambda-function:NAME` for a function
/// (invoked through `lambda:invoke` or by its ARN), `state-machine:NAME` for a nested
/// workflow, `sdk-call:SERVICE:ACTION` for an SDK call in any partition.
fn named_key(resource: Resource<'_>, parameters: &Value) -> Option<String> {
    // The name in an ARN (`...:function:NAME[:qualifier]`), a `NAME:qualifier` or a `NAME`.
    let name_in = |field: &str, marker: &str| {
        let arn = parameters.get(field)?.as_str()?;
        let after = arn.split(marker).nth(1).unwrap_or(arn);
        Some(after.split(':').next().unwrap_or(after).to_owned())
    };
    match resource {
        Resource::Function { name, .. } => Some(format!("lambda-function:{name}")),
        Resource::Optimized {
            call: "lambda:invoke",
            ..
        } => Some(format!(
            "lambda-function:{}",
            name_in("FunctionName", ":function:")?
        )),
        Resource::Optimized {
            call: "states:startExecution",
            ..
        } => Some(format!(
            "state-machine:{}",
            name_in("StateMachineArn", ":stateMachine:")?
        )),
        Resource::Sdk {
            service, action, ..
        } => Some(format!("sdk-call:{service}:{action}")),
        _ => None,
    }
}

/// Why a typed mock or handler cannot read a request: the field serde stopped at.
pub fn unreadable<E: fmt::Display>(
    what: &str,
    name: &str,
    error: &serde_path_to_error::Error<E>,
) -> String {
    let path = error.path().to_string();
    let at = if path == "." {
        String::new()
    } else {
        format!(" at `{path}`")
    };
    format!(
        "the {what} of `{name}` cannot read its request{at}: {}",
        error.inner()
    )
}

/// The result of `arn:aws:states:::lambda:invoke`: the function's answer under `Payload`,
/// with the fields the integration adds (from the Lambda `Invoke` API response).
pub fn lambda_response(payload: Value) -> Value {
    json!({
        "ExecutedVersion": "$LATEST",
        "Payload": payload,
        "SdkHttpMetadata": {"HttpStatusCode": 200},
        "SdkResponseMetadata": {"RequestId": "00000000-0000-0000-0000-000000000000"},
        "StatusCode": 200
    })
}
