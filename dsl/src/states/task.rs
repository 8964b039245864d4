//! The Task state: one call to an integration, an activity or a Lambda function.

use sfn_codegen::model;

use super::{Common, Ctx, Link, Node, common_setters, handler_setters};
use crate::chain::Chain;
use crate::handlers::{Catch, Retry};
use crate::integrations::Integration;
use crate::template::Template;

/// A `Task` state. Build the call with an integration constructor
/// (`lambda::invoke(...)`, `ecs::run_task(...)`, `sdk::call(...)`, ...) or a resource ARN.
///
/// ```
/// use sfn::prelude::*;
/// let task = Task::new("Charge card", lambda::invoke("arn:aws:lambda:us-east-1:123456789012:function:charge").payload(input::<serde_json::Value>()))
///     .timeout_seconds(30)
///     .retry(Retry::lambda_transient())
///     .catch(Catch::all(Fail::new("Payment failed").error("PaymentFailed")).result_path("$.error"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub(crate) name: String,
    pub(crate) common: Common,
    pub(crate) integration: Integration,
    pub(crate) credentials: Option<Template>,
    pub(crate) result_selector: Option<Template>,
    pub(crate) result_path: model::NullablePath,
    pub(crate) timeout: Option<Template>,
    pub(crate) heartbeat: Option<Template>,
    pub(crate) retry: Vec<Retry>,
    pub(crate) catch: Vec<Catch>,
    pub(crate) result_schema: Option<serde_json::Value>,
    pub(crate) link: Link,
}

impl Task {
    /// A task named `name` making the given call.
    pub fn new(name: impl Into<String>, call: impl Into<Integration>) -> Task {
        let integration: Integration = call.into();
        Task {
            name: name.into(),
            common: Common::default(),
            result_schema: integration.result_schema.clone(),
            result_selector: integration.result_selector.clone(),
            integration,
            credentials: None,
            result_path: None,
            timeout: None,
            heartbeat: None,
            retry: Vec::new(),
            catch: Vec::new(),
            link: Link::Open,
        }
    }

    /// Declares the type of the task's result (what the service returns, before
    /// `ResultSelector`): with [`crate::Workflow::input_type`], the shape of every later
    /// state's input is known, and a path reading a field that is not there any more is an
    /// `UNKNOWN_INPUT_FIELD` error when the workflow compiles. For a Lambda function invoked
    /// with `lambda::invoke`, the result is [`crate::lambda::Response`] of the function's output.
    pub fn result_type<T: schemars::JsonSchema>(mut self) -> Self {
        self.result_schema = Some(schemars::schema_for!(T).to_value());
        self
    }

    /// Replaces the call's parameters (`Parameters` in JSONPath, `Arguments` in JSONata).
    pub fn parameters(mut self, parameters: impl Into<Template>) -> Self {
        self.integration.parameters = Some(parameters.into());
        self
    }

    /// The same as [`Task::parameters`]: the field is named after the query language.
    pub fn arguments(self, arguments: impl Into<Template>) -> Self {
        self.parameters(arguments)
    }

    /// Runs the call with another account's role (`Credentials.RoleArn`).
    pub fn assume_role(self, role_arn: impl Into<Template>) -> Self {
        self.credentials(crate::template::object().with("RoleArn", role_arn))
    }

    /// The whole `Credentials` object.
    pub fn credentials(mut self, credentials: impl Into<Template>) -> Self {
        self.credentials = Some(credentials.into());
        self
    }

    /// Fails with `States.Timeout` after this many seconds (`TimeoutSeconds`; a reference
    /// gives `TimeoutSecondsPath` in JSONPath states).
    pub fn timeout_seconds(mut self, seconds: impl Into<Template>) -> Self {
        self.timeout = Some(seconds.into());
        self
    }

    /// Fails with `States.HeartbeatTimeout` when no heartbeat comes for this long
    /// (`HeartbeatSeconds` or `HeartbeatSecondsPath`).
    pub fn heartbeat_seconds(mut self, seconds: impl Into<Template>) -> Self {
        self.heartbeat = Some(seconds.into());
        self
    }

    pub(crate) fn render(&self, name: &str, ctx: &mut Ctx<'_>) -> model::Task {
        self.common.declare(name, ctx);
        if let Some(problem) = &self.integration.problem {
            ctx.report(name, "Resource", problem.clone());
        }
        if let Some((logical, types)) = &self.integration.function {
            ctx.declare_function(name, logical, types);
        }
        if let Some(schema) = &self.result_schema {
            ctx.iam.result_types.insert(name.to_owned(), schema.clone());
        }
        let language = self.common.language(ctx);
        let (retry, catch) = super::render_handlers(name, language, &self.retry, &self.catch, ctx);
        let (timeout_seconds, timeout_seconds_path) =
            ctx.number(name, "TimeoutSeconds", language, &self.timeout);
        let (heartbeat_seconds, heartbeat_seconds_path) =
            ctx.number(name, "HeartbeatSeconds", language, &self.heartbeat);
        let parameters = ctx.template(name, "Parameters", language, &self.integration.parameters);
        let (parameters, arguments) = super::split_by_language(language, parameters);
        model::Task {
            comment: self.common.comment.clone(),
            query_language: self.common.query_language,
            resource: self.integration.resource.render(ctx.partition),
            credentials: ctx.template(name, "Credentials", language, &self.credentials),
            input_path: self.common.input_path.clone(),
            parameters,
            arguments,
            result_selector: ctx.template(name, "ResultSelector", language, &self.result_selector),
            result_path: self.result_path.clone(),
            output_path: self.common.output_path.clone(),
            output: ctx.template(name, "Output", language, &self.common.output),
            assign: ctx.template(name, "Assign", language, &self.common.assign),
            timeout_seconds,
            timeout_seconds_path,
            heartbeat_seconds,
            heartbeat_seconds_path,
            retry,
            catch,
            transition: self.link.transition(),
        }
    }
}

common_setters!(Task { comment language input output assign next iam });
handler_setters!(Task);

impl From<Task> for Chain {
    fn from(mut task: Task) -> Chain {
        let targets = crate::handlers::take_targets(&mut task.catch);
        Chain::with_handlers(task.name.clone(), targets, Node::Task(task))
    }
}
