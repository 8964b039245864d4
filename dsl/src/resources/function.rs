//! Lambda functions typed by their handlers: `Function<Req, Resp>` takes only a payload that
//! builds a `Req`, and its task's result is typed as `Resp` without restating it. With a
//! handler attached, local runs call the team's real function.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use sfn_codegen::resource::{Form, ResourceKind};

use super::Declared;
use crate::args::{IntoArg, payload};
use crate::integrations::{Integration, lambda};
use crate::reference::{Ref, result};
use crate::template::Template;

/// What a handler answered, before the executor turns it into a task's outcome.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The function's output.
    Output(Value),
    /// The function failed: Lambda's `errorType` and `errorMessage`.
    Failed {
        /// The error's type name, which becomes the task's error.
        error_type: String,
        /// Its message.
        error_message: String,
    },
    /// The request is not the handler's request type: a wiring bug, not a function error.
    Unreadable {
        /// The field serde stopped at (`amount`, `items[2].price`), if not the whole request.
        at: Option<String>,
        /// What serde said.
        why: String,
    },
}

type Call = dyn Fn(Value) -> Answer + Send + Sync;

/// A handler, compared by identity (two declarations with the same handler are the same).
#[derive(Clone)]
pub struct Handler(Arc<Call>);

impl Handler {
    /// Calls the handler with a request.
    pub fn call(&self, request: Value) -> Answer {
        (self.0)(request)
    }
}

impl fmt::Debug for Handler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Handler")
    }
}

impl PartialEq for Handler {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A function as the compiled workflow knows it: its request and response schemas (written
/// beside the definition) and its handler for local runs.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionTypes {
    /// The request's JSON Schema.
    pub request: Value,
    /// The response's JSON Schema.
    pub response: Value,
    /// What answers the function in local runs, when given.
    pub handler: Option<Handler>,
}

/// A Lambda function taking a `Req` and answering a `Resp`, declared once by its logical
/// name (bound to a real function per environment in `sfn.toml`).
pub struct Function<Req, Resp> {
    declared: Declared,
    handler: Option<Handler>,
    marker: PhantomData<fn(Req) -> Resp>,
}

impl<Req, Resp> Clone for Function<Req, Resp> {
    fn clone(&self) -> Self {
        Function {
            declared: self.declared.clone(),
            handler: self.handler.clone(),
            marker: PhantomData,
        }
    }
}

impl<Req, Resp> fmt::Debug for Function<Req, Resp> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Function({})", self.declared.logical)
    }
}

/// The typed answer of a handler that cannot fail.
fn decode<Req: DeserializeOwned>(request: Value) -> Result<Req, Answer> {
    serde_path_to_error::deserialize(request).map_err(|e| {
        let path = e.path().to_string();
        Answer::Unreadable {
            at: (path != ".").then_some(path),
            why: e.into_inner().to_string(),
        }
    })
}

/// The name of an error type without its module path (a generic type is kept whole).
fn error_type<E>() -> String {
    let name = std::any::type_name::<E>();
    if name.contains('<') {
        name.to_owned()
    } else {
        name.rsplit("::").next().unwrap_or(name).to_owned()
    }
}

fn encode<Resp: Serialize>(response: Resp) -> Answer {
    match serde_json::to_value(response) {
        Ok(value) => Answer::Output(value),
        Err(e) => Answer::Unreadable {
            at: None,
            why: format!("the handler's answer is not JSON: {e}"),
        },
    }
}

impl<Req, Resp> Function<Req, Resp> {
    /// The function called `logical` (letters, digits, `-`, `_`): its real name in each
    /// environment comes from `sfn.toml`, by default the environment's prefix and this name.
    pub const fn new(logical: &'static str) -> Self {
        Function {
            declared: Declared::new(ResourceKind::Function, logical),
            handler: None,
            marker: PhantomData,
        }
    }

    /// The logical name.
    pub fn name(&self) -> &str {
        &self.declared.logical
    }

    /// Local runs answer this function's tasks with `handler`, a plain function of the
    /// request. An `Err` is the function's error as Lambda reports it: the error type's name
    /// as the error (`PaymentDeclined` for `my_crate::PaymentDeclined`, as a `Diagnostic`
    /// naming its error type does), and `{"errorType": .., "errorMessage": ..}` as the cause.
    pub fn handler<E, F>(mut self, handler: F) -> Self
    where
        Req: DeserializeOwned,
        Resp: Serialize,
        E: fmt::Display,
        F: Fn(Req) -> Result<Resp, E> + Send + Sync + 'static,
    {
        self.handler = Some(Handler(Arc::new(move |request| {
            match decode::<Req>(request) {
                Ok(request) => match handler(request) {
                    Ok(response) => encode(response),
                    Err(error) => Answer::Failed {
                        error_type: error_type::<E>(),
                        error_message: error.to_string(),
                    },
                },
                Err(unreadable) => unreadable,
            }
        })));
        self
    }

    /// Local runs answer this function's tasks with a handler written for `lambda_runtime`
    /// (`async fn(LambdaEvent<Req>) -> Result<Resp, E>`), called as the runtime calls it: an
    /// `Err` becomes the runtime's `Diagnostic` (its `errorType` the task's error). The
    /// event's context is `lambda_runtime`'s default; the future is run to its end at once
    /// (virtual time does not pass).
    #[cfg(feature = "lambda")]
    pub fn lambda_handler<E, F, Fut>(mut self, handler: F) -> Self
    where
        Req: DeserializeOwned,
        Resp: Serialize,
        E: Into<lambda_runtime::Diagnostic>,
        F: Fn(lambda_runtime::LambdaEvent<Req>) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = Result<Resp, E>>,
    {
        self.handler = Some(Handler(Arc::new(move |request| {
            match decode::<Req>(request) {
                Ok(request) => {
                    let event = lambda_runtime::LambdaEvent::new(
                        request,
                        lambda_runtime::Context::default(),
                    );
                    match pollster::block_on(handler(event)) {
                        Ok(response) => encode(response),
                        Err(error) => {
                            let diagnostic: lambda_runtime::Diagnostic = error.into();
                            Answer::Failed {
                                error_type: diagnostic.error_type.to_string(),
                                error_message: diagnostic.error_message.to_string(),
                            }
                        }
                    }
                }
                Err(unreadable) => unreadable,
            }
        })));
        self
    }

    /// The function's ARN, as a parameter value.
    pub fn arn(&self) -> Template {
        self.declared.written(Form::Arn)
    }
}

impl<Req: JsonSchema, Resp: JsonSchema> Function<Req, Resp> {
    /// Invokes the function (`lambda:invoke`) with a payload that builds its request: a
    /// reference typed `Ref<Req>`, `sfn::args!(Req { .. })`, or `sfn::lit(request)`. The
    /// task's result is the invocation response around a `Resp` (see [`Invoke::result`]);
    /// [`Invoke::payload_only`] makes it the `Resp` itself.
    pub fn invoke(&self, request: impl IntoArg<Req>) -> Invoke<Resp> {
        let call = lambda::invoke(self.declared.parameter()).payload(payload(request));
        Invoke {
            call,
            types: self.types(),
            logical: self.declared.logical.to_string(),
            marker: PhantomData,
        }
    }

    fn types(&self) -> FunctionTypes {
        FunctionTypes {
            request: schemars::schema_for!(Req).to_value(),
            response: schemars::schema_for!(Resp).to_value(),
            handler: self.handler.clone(),
        }
    }
}

/// A typed invocation: its task's result is `lambda::Response<Resp>`.
pub struct Invoke<Resp> {
    call: lambda::Invoke,
    types: FunctionTypes,
    logical: String,
    marker: PhantomData<fn() -> Resp>,
}

impl<Resp> fmt::Debug for Invoke<Resp> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Invoke({})", self.logical)
    }
}

impl<Resp: JsonSchema> Invoke<Resp> {
    /// The task's result, typed (in `result_selector`, or JSONata `Output`/`Assign`):
    /// `.payload()` is the function's answer.
    pub fn result(&self) -> Ref<lambda::Response<Resp>> {
        result()
    }

    /// Waits for a callback with the task token (`.waitForTaskToken`); the result is then
    /// what the callback sends, not the function's answer.
    pub fn wait_for_task_token(self) -> Integration {
        let mut call = Integration::from(self.call.wait_for_task_token());
        call.function = Some((self.logical, self.types));
        call
    }

    /// Runs this version or alias of the function (`Qualifier`).
    pub fn qualifier(mut self, qualifier: impl Into<Template>) -> Self {
        self.call = self.call.parameter("Qualifier", qualifier);
        self
    }

    /// The task's result is the function's answer itself, a `Resp` (the function is called
    /// through its ARN as the resource, as CDK's `payloadResponseOnly` does).
    pub fn payload_only(self) -> FunctionCall<Resp> {
        let mut call = self.call.payload_only();
        call.result_schema = Some(schemars::schema_for!(Resp).to_value());
        call.function = Some((self.logical, self.types));
        FunctionCall {
            call,
            marker: PhantomData,
        }
    }
}

impl<Resp: JsonSchema> From<Invoke<Resp>> for Integration {
    fn from(invoke: Invoke<Resp>) -> Integration {
        let mut call = Integration::from(invoke.call);
        call.result_schema = Some(schemars::schema_for!(lambda::Response<Resp>).to_value());
        call.function = Some((invoke.logical, invoke.types));
        call
    }
}

/// A call whose task result is a `Resp`.
pub struct FunctionCall<Resp> {
    call: Integration,
    marker: PhantomData<fn() -> Resp>,
}

impl<Resp> fmt::Debug for FunctionCall<Resp> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.call.fmt(f)
    }
}

impl<Resp> FunctionCall<Resp> {
    /// The task's result, typed.
    pub fn result(&self) -> Ref<Resp> {
        result()
    }
}

impl<Resp> From<FunctionCall<Resp>> for Integration {
    fn from(call: FunctionCall<Resp>) -> Integration {
        call.call
    }
}
