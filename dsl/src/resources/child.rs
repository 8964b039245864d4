//! Another workflow of the crate, started as a nested execution with its input and output
//! typed.

use std::fmt;
use std::marker::PhantomData;

use schemars::JsonSchema;
use sfn_codegen::resource::ResourceKind;

use super::Declared;
use crate::args::{IntoArg, payload};
use crate::integrations::{Integration, Pattern, step_functions};
use crate::reference::{Ref, result};

/// A state machine taking an `In` and ending with an `Out`, by its logical name (the
/// workflow's name; deployed with the environment's prefix).
pub struct Child<In, Out> {
    declared: Declared,
    marker: PhantomData<fn(In) -> Out>,
}

impl<In, Out> Clone for Child<In, Out> {
    fn clone(&self) -> Self {
        Child {
            declared: self.declared.clone(),
            marker: PhantomData,
        }
    }
}

impl<In, Out> fmt::Debug for Child<In, Out> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Child({})", self.declared.logical)
    }
}

impl<In, Out> Child<In, Out> {
    /// The workflow named `logical`.
    pub const fn new(logical: &'static str) -> Self {
        Child {
            declared: Declared::new(ResourceKind::StateMachine, logical),
            marker: PhantomData,
        }
    }
}

impl<In: JsonSchema, Out: JsonSchema> Child<In, Out> {
    /// Starts an execution with an input of the child's type, without waiting for it.
    pub fn start(&self, input: impl IntoArg<In>) -> Integration {
        step_functions::start_execution(self.declared.parameter())
            .input(payload(input))
            .into()
    }

    /// Starts an execution and waits for it (`.sync:2`): the task's result is the
    /// execution's description with its `Output` typed as the child's output.
    pub fn run(&self, input: impl IntoArg<In>) -> RunChild<Out> {
        let mut call = self.start(input);
        call.pattern(Pattern::Sync2);
        call.result_schema = Some(schemars::schema_for!(Execution<Out>).to_value());
        RunChild {
            call,
            marker: PhantomData,
        }
    }
}

/// A nested execution waited for.
pub struct RunChild<Out> {
    call: Integration,
    marker: PhantomData<fn() -> Out>,
}

impl<Out> fmt::Debug for RunChild<Out> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.call.fmt(f)
    }
}

impl<Out> RunChild<Out> {
    /// The task's result, typed: `.field::<Out>("Output")` is the child's output.
    pub fn result(&self) -> Ref<Execution<Out>> {
        result()
    }
}

impl<Out> From<RunChild<Out>> for Integration {
    fn from(run: RunChild<Out>) -> Integration {
        run.call
    }
}

/// What `.sync:2` returns: `DescribeExecution`'s answer, its `Output` as JSON.
#[derive(Debug, Clone, PartialEq, schemars::JsonSchema)]
pub struct Execution<Out> {
    /// The child's output.
    #[schemars(rename = "Output")]
    pub output: Out,
    /// The child execution's ARN.
    #[schemars(rename = "ExecutionArn")]
    pub execution_arn: String,
    /// `SUCCEEDED`.
    #[schemars(rename = "Status")]
    pub status: String,
}

impl<Out> Ref<Execution<Out>> {
    /// The child's output.
    pub fn output(&self) -> Ref<Out> {
        self.field("Output")
    }
}
