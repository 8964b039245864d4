//! The states that call nothing: Pass, Wait, Succeed and Fail.

use serde_json::Value;
use sfn_codegen::model;

use super::{Common, Ctx, Link, Node, common_setters};
use crate::chain::Chain;
use crate::template::Template;

/// A `Pass` state: passes its input on, optionally shaped or replaced by a fixed result.
#[derive(Debug, Clone, PartialEq)]
pub struct Pass {
    pub(crate) name: String,
    pub(crate) common: Common,
    pub(crate) parameters: Option<Template>,
    pub(crate) result: Option<Value>,
    pub(crate) result_path: model::NullablePath,
    pub(crate) link: Link,
}

impl Pass {
    /// A Pass state named `name`.
    pub fn new(name: impl Into<String>) -> Pass {
        Pass {
            name: name.into(),
            common: Common::default(),
            parameters: None,
            result: None,
            result_path: None,
            link: Link::Open,
        }
    }

    /// A fixed result (`Result`, JSONPath states); it is not evaluated.
    pub fn result(mut self, result: impl Into<Value>) -> Self {
        self.result = Some(result.into());
        self
    }

    /// Shapes the input (`Parameters`, JSONPath states).
    pub fn parameters(mut self, parameters: impl Into<Template>) -> Self {
        self.parameters = Some(parameters.into());
        self
    }

    /// Where the result goes in the input (`ResultPath`, JSONPath states).
    pub fn result_path(mut self, path: impl Into<super::JsonPath>) -> Self {
        self.result_path = Some(Some(path.into().0));
        self
    }

    /// Discards the result (`"ResultPath": null`).
    pub fn discard_result(mut self) -> Self {
        self.result_path = Some(None);
        self
    }

    pub(crate) fn render(&self, name: &str, ctx: &mut Ctx<'_>) -> model::Pass {
        let language = self.common.language(ctx);
        model::Pass {
            comment: self.common.comment.clone(),
            query_language: self.common.query_language,
            input_path: self.common.input_path.clone(),
            parameters: ctx.template(name, "Parameters", language, &self.parameters),
            result: self.result.clone(),
            result_path: self.result_path.clone(),
            output_path: self.common.output_path.clone(),
            output: ctx.template(name, "Output", language, &self.common.output),
            assign: ctx.template(name, "Assign", language, &self.common.assign),
            transition: self.link.transition(),
        }
    }
}

common_setters!(Pass { comment language input output assign next });

impl From<Pass> for Chain {
    fn from(pass: Pass) -> Chain {
        Chain::single(pass.name.clone(), Node::Pass(pass), true)
    }
}

/// A `Wait` state: waits a number of seconds or until a timestamp.
#[derive(Debug, Clone, PartialEq)]
pub struct Wait {
    pub(crate) name: String,
    pub(crate) common: Common,
    pub(crate) seconds: Option<Template>,
    pub(crate) timestamp: Option<Template>,
    pub(crate) link: Link,
}

impl Wait {
    /// A Wait state named `name`; say how long with [`Wait::seconds`] or [`Wait::until`].
    pub fn new(name: impl Into<String>) -> Wait {
        Wait {
            name: name.into(),
            common: Common::default(),
            seconds: None,
            timestamp: None,
            link: Link::Open,
        }
    }

    /// Waits this many seconds: a number, a reference (`SecondsPath`) or a JSONata expression.
    pub fn seconds(mut self, seconds: impl Into<Template>) -> Self {
        self.seconds = Some(seconds.into());
        self
    }

    /// Waits until this ISO 8601 timestamp: a literal, a reference (`TimestampPath`) or a
    /// JSONata expression.
    pub fn until(mut self, timestamp: impl Into<Template>) -> Self {
        self.timestamp = Some(timestamp.into());
        self
    }

    pub(crate) fn render(&self, name: &str, ctx: &mut Ctx<'_>) -> model::Wait {
        let language = self.common.language(ctx);
        let (seconds, seconds_path) = ctx.number(name, "Seconds", language, &self.seconds);
        let (timestamp, timestamp_path) =
            ctx.value_or_path(name, "Timestamp", language, &self.timestamp);
        let timestamp = timestamp.and_then(|value| match value {
            Value::String(s) => Some(s),
            other => {
                ctx.report(
                    name,
                    "Timestamp",
                    format!("expected a timestamp string, got {other}"),
                );
                None
            }
        });
        model::Wait {
            comment: self.common.comment.clone(),
            query_language: self.common.query_language,
            input_path: self.common.input_path.clone(),
            seconds,
            seconds_path,
            timestamp,
            timestamp_path,
            output_path: self.common.output_path.clone(),
            output: ctx.template(name, "Output", language, &self.common.output),
            assign: ctx.template(name, "Assign", language, &self.common.assign),
            transition: self.link.transition(),
        }
    }
}

common_setters!(Wait { comment language input output assign next });

impl From<Wait> for Chain {
    fn from(wait: Wait) -> Chain {
        Chain::single(wait.name.clone(), Node::Wait(wait), true)
    }
}

/// A `Succeed` state: ends the execution (or branch) successfully.
#[derive(Debug, Clone, PartialEq)]
pub struct Succeed {
    pub(crate) name: String,
    pub(crate) common: Common,
}

impl Succeed {
    /// A Succeed state named `name`.
    pub fn new(name: impl Into<String>) -> Succeed {
        Succeed {
            name: name.into(),
            common: Common::default(),
        }
    }

    pub(crate) fn render(&self, name: &str, ctx: &mut Ctx<'_>) -> model::Succeed {
        let language = self.common.language(ctx);
        model::Succeed {
            comment: self.common.comment.clone(),
            query_language: self.common.query_language,
            input_path: self.common.input_path.clone(),
            output_path: self.common.output_path.clone(),
            output: ctx.template(name, "Output", language, &self.common.output),
        }
    }
}

common_setters!(Succeed { comment language input output });

impl From<Succeed> for Chain {
    fn from(succeed: Succeed) -> Chain {
        Chain::single(succeed.name.clone(), Node::Succeed(succeed), false)
    }
}

/// A `Fail` state: ends the execution (or branch) with an error and a cause.
#[derive(Debug, Clone, PartialEq)]
pub struct Fail {
    pub(crate) name: String,
    pub(crate) common: Common,
    pub(crate) error: Option<Template>,
    pub(crate) cause: Option<Template>,
}

impl Fail {
    /// A Fail state named `name`.
    pub fn new(name: impl Into<String>) -> Fail {
        Fail {
            name: name.into(),
            common: Common::default(),
            error: None,
            cause: None,
        }
    }

    /// The error name: a literal, a reference or intrinsic (`ErrorPath`) or JSONata.
    pub fn error(mut self, error: impl Into<Template>) -> Self {
        self.error = Some(error.into());
        self
    }

    /// The cause: a literal, a reference or intrinsic (`CausePath`) or JSONata.
    pub fn cause(mut self, cause: impl Into<Template>) -> Self {
        self.cause = Some(cause.into());
        self
    }

    pub(crate) fn render(&self, name: &str, ctx: &mut Ctx<'_>) -> model::Fail {
        let language = self.common.language(ctx);
        let (error, error_path) = ctx.value_or_path(name, "Error", language, &self.error);
        let (cause, cause_path) = ctx.value_or_path(name, "Cause", language, &self.cause);
        model::Fail {
            comment: self.common.comment.clone(),
            query_language: self.common.query_language,
            error: error.map(text),
            error_path,
            cause: cause.map(text),
            cause_path,
        }
    }
}

/// Error and cause are strings; other JSON is written as its text.
fn text(value: Value) -> String {
    match value {
        Value::String(s) => s,
        other => other.to_string(),
    }
}

common_setters!(Fail { comment language });

impl From<Fail> for Chain {
    fn from(fail: Fail) -> Chain {
        Chain::single(fail.name.clone(), Node::Fail(fail), false)
    }
}
