//! `sfn`: AWS Step Functions workflows written in Rust.
//!
//! Write a workflow with the builder API; [`Workflow::compile`] turns it into a validated,
//! canonical Amazon States Language definition (JSONPath or JSONata), with the validator's
//! diagnostics when something is wrong instead of a failed deployment.
//!
//! ```
//! use sfn::prelude::*;
//! use serde_json::Value;
//!
//! let order = input::<Value>();
//! let total = order.field::<f64>("total");
//!
//! let charge = Task::new(
//!     "Charge",
//!     lambda::invoke("arn:aws:lambda:us-east-1:123456789012:function:charge")
//!         .payload(object().with("orderId", order.field::<String>("id")).with("amount", total.clone())),
//! )
//! .result_path("$.payment")
//! .retry(Retry::lambda_transient())
//! .catch(Catch::all(Fail::new("Payment failed").error("PaymentFailed")).result_path("$.error"));
//!
//! let workflow = Workflow::new(
//!     "checkout",
//!     Choice::new("Needs review?")
//!         .when(total.gt(1000), Task::new("Review", sqs::send_message(
//!             "https://sqs.us-east-1.amazonaws.com/123456789012/reviews",
//!             object().with("order", order.clone()).with("token", context::task_token()),
//!         ).wait_for_task_token()).timeout_seconds(86400))
//!         .otherwise(Pass::new("Auto approved"))
//!         .afterwards()
//!         .next(charge)
//!         .next(Succeed::new("Done")),
//! );
//!
//! let compiled = workflow.compile()?;
//! assert!(compiled.to_json_pretty().contains("\"NumericGreaterThan\": 1000"));
//! # Ok::<(), sfn::BuildError>(())
//! ```
//!
//! The same `Template`s, references and conditions render in JSONata when the workflow (or
//! a state) uses it: call [`Workflow::jsonata`].
//!
//! The same builders can be written as one [`workflow!`] declaration, whose structure (every
//! transition, reachability, a terminal state, unique names, path and expression literals,
//! Express restrictions, callback tokens) is checked while it compiles, each mistake an error
//! on its token. The README shows one workflow written both ways, giving the same ASL.
//!
//! Types: `#[derive(Payload)]` on a serde type gives typed references to its fields (a numeric
//! comparison on a `String` does not compile); [`Workflow::input_type`] and
//! [`Task::result_type`] declare the input and results (via `schemars`), and `compile` then
//! follows their shapes through `ResultSelector`, `ResultPath` and `OutputPath`: a path that
//! reads a field no longer there is an `UNKNOWN_INPUT_FIELD` error. `#[register]` makes a
//! workflow function findable by `cargo sfn build` wherever it is ([`registry`]).
//!
//! Modules: state builders ([`Task`], [`Choice`], [`Map`], ...), [`condition`] for Choice rules, [`mod@reference`]
//! for typed paths, [`template`] for payloads, one module per service integration
//! ([`lambda`], [`ecs`], [`sdk`], ...), [`build`] for `build.rs`. The compiler core (model,
//! parser, validator, emitter) is re-exported from `sfn-codegen`.

#![warn(missing_docs)]

pub mod args;
pub mod build;
pub mod chain;
pub mod condition;
pub mod errors;
mod handlers;
pub mod integrations;
pub mod intrinsics;
mod problem;
pub mod reference;
pub mod registry;
pub mod resources;
mod states;
pub mod template;
#[cfg(feature = "run")]
pub mod testing;
mod workflow;

pub use args::{absent, computed, lit};
pub use chain::{Chain, Problem, goto};
pub use condition::{Condition, all, any, not};
pub use handlers::{Catch, IntoNumber, Retry};
pub use integrations::{
    Integration, Pattern, Resource, activity, apigateway, athena, batch, codebuild, dynamodb, ecs,
    eventbridge, glue, http, lambda, sagemaker, sdk, sns, sqs, step_functions,
};
pub use reference::{Payload, Ref, Slot, Timestamp, context, error_output, input, result, var};
pub use registry::registered;
/// `#[derive(Payload)]`: typed references into a serde type (see [`trait@Payload`]).
pub use sfn_macros::Payload;
/// `args!(Type { .. })`: a typed payload, each field checked against the type (see [`mod@args`]).
pub use sfn_macros::args;
/// `#[sfn::register]`: adds a workflow function to the [`registry`].
pub use sfn_macros::register;
/// `workflow!`: a whole workflow in one place, its structure checked while it compiles.
pub use sfn_macros::workflow;
pub use states::{
    Choice, CsvDelimiter, Fail, InputType, ItemBatcher, ItemReader, JsonPath, ManifestType, Map,
    OutputType, Parallel, Pass, ResultWriter, Rule, Succeed, Task, Transformation, Wait,
};
pub use template::{Template, array, intrinsic, jsonata, object, path};
pub use workflow::{BuildError, Compiled, Workflow};

/// JSON Schema of payload types: `#[derive(sfn::JsonSchema)]` with
/// `#[schemars(crate = "sfn::schemars")]`, or depend on `schemars` directly.
pub use schemars::{self, JsonSchema};

/// JSON values, re-exported so workflow code (and imported code) needs no other dependency.
pub use serde_json::{self, Value, json};

pub use sfn_codegen::iam::{self, Environment};
pub use sfn_codegen::model::{
    ExecutionType, JitterStrategy, Operator, ProcessorMode, QueryLanguage,
};
pub use sfn_codegen::{
    Code, Diagnostic, Location, MachineType, Options, Report, Severity, StateMachine, check, emit,
    model, parse, validate,
};

/// Everything a workflow file needs: `use sfn::prelude::*;`.
pub mod prelude {
    pub use crate::{
        Catch, Chain, Choice, Condition, CsvDelimiter, ExecutionType, Fail, InputType, ItemBatcher,
        ItemReader, JitterStrategy, ManifestType, Map, OutputType, Parallel, Pass, Payload,
        QueryLanguage, Ref, ResultWriter, Retry, Rule, Slot, Succeed, Task, Template, Timestamp,
        Transformation, Wait, Workflow, activity, all, any, apigateway, array, athena, batch,
        codebuild, context, dynamodb, ecs, error_output, errors, eventbridge, glue, goto, http,
        input, intrinsic, jsonata, lambda, not, object, path, result, sagemaker, sdk, sns, sqs,
        step_functions, var, workflow,
    };
    pub use serde_json::{Value, json};
}

/// The README's Rust examples are compiled as doctests, so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
