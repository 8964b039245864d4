//! State builders, one module per state type, and what they share: the common fields, the
//! rendering into the codegen model, and the `next` link.

mod choice;
mod flow;
mod item_formats;
mod map;
mod parallel;
mod task;

pub use choice::{Choice, Rule};
pub use flow::{Fail, Pass, Succeed, Wait};
pub use item_formats::{CsvDelimiter, InputType, ManifestType, OutputType, Transformation};
pub use map::{ItemBatcher, ItemReader, Map, ResultWriter};
pub use parallel::Parallel;
pub use task::Task;

use serde_json::Value;
use sfn_codegen::model::{self, NullablePath, QueryLanguage};

use crate::problem::Problem;
use crate::reference::Ref;
use crate::template::Template;

/// A path argument: a JSONPath string or a typed reference (JSONPath states only).
#[derive(Debug, Clone, PartialEq)]
pub struct JsonPath(pub String);

impl From<&str> for JsonPath {
    fn from(value: &str) -> Self {
        JsonPath(value.to_owned())
    }
}
impl From<String> for JsonPath {
    fn from(value: String) -> Self {
        JsonPath(value)
    }
}
impl<T> From<Ref<T>> for JsonPath {
    fn from(value: Ref<T>) -> Self {
        JsonPath(value.to_jsonpath())
    }
}
impl<T> From<&Ref<T>> for JsonPath {
    fn from(value: &Ref<T>) -> Self {
        JsonPath(value.to_jsonpath())
    }
}
impl<T> From<&crate::reference::Slot<T>> for JsonPath {
    fn from(slot: &crate::reference::Slot<T>) -> Self {
        JsonPath(slot.get().to_jsonpath())
    }
}

/// Where a state goes next.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) enum Link {
    /// Not decided yet: an open end of its chain (`End` if nothing follows).
    #[default]
    Open,
    Next(String),
    End,
}

impl Link {
    fn transition(&self) -> model::Transition {
        match self {
            Link::Next(name) => model::Transition::next(name.clone()),
            Link::Open | Link::End => model::Transition::end(),
        }
    }
}

/// The fields most states share.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Common {
    pub comment: Option<String>,
    pub query_language: Option<QueryLanguage>,
    pub input_path: NullablePath,
    pub output_path: NullablePath,
    pub output: Option<Template>,
    pub assign: Option<Template>,
    /// Declared IAM targets (Task and Map only).
    pub allowed: Vec<String>,
    pub pass_roles: Vec<String>,
}

/// A call's input goes in `Parameters` in JSONPath states and in `Arguments` in JSONata ones:
/// `(parameters, arguments)`.
pub(crate) fn split_by_language(
    language: QueryLanguage,
    value: Option<Value>,
) -> (Option<Value>, Option<Value>) {
    match language {
        QueryLanguage::JSONPath => (value, None),
        QueryLanguage::JSONata => (None, value),
    }
}

/// What rendering a state needs to know about where it is.
pub(crate) struct Ctx<'a> {
    pub language: QueryLanguage,
    pub partition: &'a str,
    /// The enclosing Parallel branch or Map, for messages (`"Fan out / branch 2"`).
    pub scope: String,
    pub problems: &'a mut Vec<Problem>,
    /// What states declared for the IAM policy.
    pub iam: &'a mut Declarations,
}

/// What states declare beyond the definition: targets for the IAM policy (see
/// [`Task::allow_resources`]) and result types (see [`Task::result_type`]), by state name.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Declarations {
    pub allowed: std::collections::HashMap<String, Vec<String>>,
    pub pass_roles: std::collections::HashMap<String, Vec<String>>,
    pub result_types: std::collections::HashMap<String, serde_json::Value>,
    /// The typed functions called, by logical name.
    pub functions: std::collections::BTreeMap<String, crate::resources::FunctionTypes>,
}

impl Ctx<'_> {
    /// Records a typed function a task calls; one logical name has one request and response
    /// type, and one handler.
    pub fn declare_function(
        &mut self,
        state: &str,
        logical: &str,
        types: &crate::resources::FunctionTypes,
    ) {
        if !sfn_codegen::resource::is_logical_name(logical) {
            return self.report(
                state,
                "Resource",
                format!(
                    "`{logical}` is not a logical name: use 1 to 64 letters, digits, `-` and `_`"
                ),
            );
        }
        let known = self
            .iam
            .functions
            .entry(logical.to_owned())
            .or_insert_with(|| types.clone());
        if known.request != types.request || known.response != types.response {
            return self.report(state, "Resource", format!("the function `{logical}` is declared twice with different request or response types"));
        }
        if known.handler.is_none() {
            known.handler = types.handler.clone();
        }
    }

    pub fn report(&mut self, state: &str, field: &str, message: impl Into<String>) {
        let place = if self.scope.is_empty() {
            state.to_owned()
        } else {
            format!("{} / {state}", self.scope)
        };
        self.problems.push(Problem {
            state: format!("{place} ({field})"),
            message: message.into(),
        });
    }

    /// Renders a template, reporting a problem (and emitting nothing) when it cannot be.
    pub fn template(
        &mut self,
        state: &str,
        field: &str,
        language: QueryLanguage,
        template: &Option<Template>,
    ) -> Option<Value> {
        let template = template.as_ref()?;
        match template.render(language) {
            Ok(value) => Some(value),
            Err(message) => {
                self.report(state, field, message);
                None
            }
        }
    }

    /// Renders a field that has a value form and a JSONPath `...Path` form
    /// (`TimeoutSeconds`/`TimeoutSecondsPath`, `Error`/`ErrorPath`, ...).
    pub fn value_or_path(
        &mut self,
        state: &str,
        field: &str,
        language: QueryLanguage,
        template: &Option<Template>,
    ) -> (Option<Value>, Option<String>) {
        let Some(template) = template else {
            return (None, None);
        };
        match (language, template) {
            (QueryLanguage::JSONPath, Template::Ref(r)) => (None, Some(r.to_jsonpath())),
            (QueryLanguage::JSONPath, Template::Path(p) | Template::Intrinsic(p)) => {
                (None, Some(p.clone()))
            }
            (QueryLanguage::JSONPath, Template::Either { jsonpath, .. }) => {
                self.value_or_path(state, field, language, &Some((**jsonpath).clone()))
            }
            _ => match template.render(language) {
                Ok(value) => (Some(value), None),
                Err(message) => {
                    self.report(state, field, message);
                    (None, None)
                }
            },
        }
    }

    /// Renders a number that may be given at run time.
    pub fn number(
        &mut self,
        state: &str,
        field: &str,
        language: QueryLanguage,
        template: &Option<Template>,
    ) -> (Option<model::NumberOrExpr>, Option<String>) {
        let (value, path) = self.value_or_path(state, field, language, template);
        let number = value.and_then(|value| match value {
            Value::Number(n) => Some(model::NumberOrExpr::Number(n)),
            Value::String(s) => Some(model::NumberOrExpr::Expr(s)),
            other => {
                self.report(state, field, format!("expected a number, got {other}"));
                None
            }
        });
        (number, path)
    }

    pub fn child(&mut self, scope: String) -> Ctx<'_> {
        Ctx {
            language: self.language,
            partition: self.partition,
            scope,
            problems: self.problems,
            iam: self.iam,
        }
    }
}

impl Common {
    fn language(&self, ctx: &Ctx<'_>) -> QueryLanguage {
        self.query_language.unwrap_or(ctx.language)
    }

    /// Hands the state's declared IAM targets to the workflow.
    fn declare(&self, name: &str, ctx: &mut Ctx<'_>) {
        if !self.allowed.is_empty() {
            ctx.iam
                .allowed
                .insert(name.to_owned(), self.allowed.clone());
        }
        if !self.pass_roles.is_empty() {
            ctx.iam
                .pass_roles
                .insert(name.to_owned(), self.pass_roles.clone());
        }
    }
}

/// A state inside a chain.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Task(Task),
    Pass(Pass),
    Choice(Choice),
    Wait(Wait),
    Succeed(Succeed),
    Fail(Fail),
    Parallel(Parallel),
    Map(Map),
}

impl Node {
    pub fn set_next(&mut self, target: &str) {
        let link = match self {
            Node::Task(s) => &mut s.link,
            Node::Pass(s) => &mut s.link,
            Node::Wait(s) => &mut s.link,
            Node::Parallel(s) => &mut s.link,
            Node::Map(s) => &mut s.link,
            Node::Choice(_) | Node::Succeed(_) | Node::Fail(_) => return,
        };
        *link = Link::Next(target.to_owned());
    }

    pub fn render(&self, name: &str, ctx: &mut Ctx<'_>) -> model::State {
        match self {
            Node::Task(s) => model::State::Task(s.render(name, ctx)),
            Node::Pass(s) => model::State::Pass(s.render(name, ctx)),
            Node::Choice(s) => model::State::Choice(s.render(name, ctx)),
            Node::Wait(s) => model::State::Wait(s.render(name, ctx)),
            Node::Succeed(s) => model::State::Succeed(s.render(name, ctx)),
            Node::Fail(s) => model::State::Fail(s.render(name, ctx)),
            Node::Parallel(s) => model::State::Parallel(s.render(name, ctx)),
            Node::Map(s) => model::State::Map(s.render(name, ctx)),
        }
    }
}

/// Setters shared by several state builders, generated so every builder documents them.
macro_rules! common_setters {
    ($ty:ident { $($group:ident)* }) => {
        impl $ty {
            $(common_setters!(@$group);)*
        }
    };
    (@comment) => {
        /// A human-readable description (`Comment`).
        pub fn comment(mut self, comment: impl Into<String>) -> Self {
            self.common.comment = Some(comment.into());
            self
        }
    };
    (@language) => {
        /// The query language of this state, when it differs from the workflow's.
        pub fn query_language(mut self, language: $crate::QueryLanguage) -> Self {
            self.common.query_language = Some(language);
            self
        }

        /// Shorthand for `query_language(QueryLanguage::JSONata)`.
        pub fn jsonata(self) -> Self {
            self.query_language($crate::QueryLanguage::JSONata)
        }
    };
    (@input) => {
        /// Selects part of the state input (`InputPath`, JSONPath states).
        pub fn input_path(mut self, path: impl Into<$crate::states::JsonPath>) -> Self {
            self.common.input_path = Some(Some(path.into().0));
            self
        }

        /// Passes an empty object instead of the state input (`"InputPath": null`).
        pub fn discard_input(mut self) -> Self {
            self.common.input_path = Some(None);
            self
        }
    };
    (@output) => {
        /// Selects part of the state output (`OutputPath`, JSONPath states).
        pub fn output_path(mut self, path: impl Into<$crate::states::JsonPath>) -> Self {
            self.common.output_path = Some(Some(path.into().0));
            self
        }

        /// Passes an empty object on (`"OutputPath": null`).
        pub fn discard_output(mut self) -> Self {
            self.common.output_path = Some(None);
            self
        }

        /// The state output (`Output`, JSONata states).
        pub fn output(mut self, output: impl Into<$crate::Template>) -> Self {
            self.common.output = Some(output.into());
            self
        }
    };
    (@assign) => {
        /// Sets a workflow variable when the state completes (adds to `Assign`).
        pub fn assign(mut self, variable: impl Into<String>, value: impl Into<$crate::Template>) -> Self {
            self.common.assign = Some($crate::Template::extend(self.common.assign.take(), variable, value));
            self
        }

        /// Replaces the whole `Assign` object.
        pub fn assign_all(mut self, assign: impl Into<$crate::Template>) -> Self {
            self.common.assign = Some(assign.into());
            self
        }
    };
    (@iam) => {
        /// The resources this state may reach when they are known only at run time (ARNs or
        /// patterns such as `arn:aws:lambda:eu-west-1:123456789012:function:orders-*`): the
        /// IAM policy grants these instead of a wildcard.
        pub fn allow_resources<S: Into<String>>(mut self, arns: impl IntoIterator<Item = S>) -> Self {
            self.common.allowed.extend(arns.into_iter().map(Into::into));
            self
        }

        /// Roles this state hands to the service (`iam:PassRole`), such as the task and
        /// execution roles of an ECS task definition, which the definition does not name.
        pub fn pass_roles<S: Into<String>>(mut self, arns: impl IntoIterator<Item = S>) -> Self {
            self.common.pass_roles.extend(arns.into_iter().map(Into::into));
            self
        }
    };
    (@next) => {
        /// Continues with `then` after this state.
        pub fn next(self, then: impl Into<$crate::Chain>) -> $crate::Chain {
            $crate::Chain::from(self).next(then)
        }

        /// Ends the workflow (or branch) after this state, even if the chain is continued.
        pub fn end(mut self) -> Self {
            self.link = $crate::states::Link::End;
            self
        }
    };
}

pub(crate) use common_setters;

/// The retry and catch setters of Task, Parallel and Map.
macro_rules! handler_setters {
    ($ty:ident) => {
        impl $ty {
            /// Adds a retrier; retriers are tried in the order added.
            pub fn retry(mut self, retry: $crate::Retry) -> Self {
                self.retry.push(retry);
                self
            }

            /// Adds a catcher; catchers are tried in the order added.
            pub fn catch(mut self, catch: $crate::Catch) -> Self {
                self.catch.push(catch);
                self
            }

            /// Shapes the raw result before it is stored (`ResultSelector`, JSONPath states).
            pub fn result_selector(mut self, selector: impl Into<$crate::Template>) -> Self {
                self.result_selector = Some(selector.into());
                self
            }

            /// Where the result goes in the state input (`ResultPath`, JSONPath states).
            pub fn result_path(mut self, path: impl Into<$crate::states::JsonPath>) -> Self {
                self.result_path = Some(Some(path.into().0));
                self
            }

            /// Drops the result and passes the input on (`"ResultPath": null`).
            pub fn discard_result(mut self) -> Self {
                self.result_path = Some(None);
                self
            }
        }
    };
}

pub(crate) use handler_setters;

/// Renders the retriers and catchers of a state; catch targets were absorbed into its chain.
pub(crate) fn render_handlers(
    name: &str,
    language: QueryLanguage,
    retry: &[crate::Retry],
    catch: &[crate::Catch],
    ctx: &mut Ctx<'_>,
) -> (Vec<model::Retrier>, Vec<model::Catcher>) {
    let retriers = retry.iter().map(|r| r.render()).collect();
    let catchers = catch
        .iter()
        .enumerate()
        .map(|(i, c)| c.render(name, i, language, ctx))
        .collect();
    (retriers, catchers)
}
