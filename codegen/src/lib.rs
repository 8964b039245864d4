//! The sfn compiler core: the Amazon States Language model, its parser, validator and
//! canonical emitter. Pure Rust: no I/O, no async, no proc-macro, no AWS SDK.
//!
//! ```
//! let text = r#"{"StartAt": "Hello", "States": {"Hello": {"Type": "Pass", "End": true}}}"#;
//! let report = sfn_codegen::check(text, &sfn_codegen::Options::default());
//! assert!(report.is_valid());
//! let machine = report.machine.unwrap();
//! assert_eq!(sfn_codegen::emit::to_string(&machine), r#"{"StartAt":"Hello","States":{"Hello":{"Type":"Pass","End":true}}}"#);
//! ```

pub mod arn;
pub mod catalog;
pub mod cloudformation;
pub mod diagnostic;
pub mod emit;
pub mod errors;
pub mod flow;
pub mod graph;
pub mod iam;
pub mod integration;
pub mod intrinsic;
pub mod jsonata;
pub mod jsonpath;
pub mod manifest;
pub mod model;
pub mod parse;
pub mod pipeline;
pub mod resource;
pub mod rollout;
pub mod span;
pub mod suggest;
pub mod timestamp;
pub mod validate;

pub use diagnostic::{Code, Diagnostic, Fix, Location, Severity};
pub use model::StateMachine;
pub use validate::{MachineType, Options};

/// The JSON type of a value, for messages ("a string", "an object", ...).
pub(crate) fn parse_type_name(value: &serde_json::Value) -> &'static str {
    parse::type_name(value)
}

/// A parsed and validated definition.
#[derive(Debug, Clone)]
pub struct Report {
    /// The model, when the text could be decoded into one.
    pub machine: Option<StateMachine>,
    /// Every finding, errors first, in document order within each severity.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Whether the definition has no error (warnings allowed).
    pub fn is_valid(&self) -> bool {
        self.passes(pipeline::Refuse::AwsRefusals)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.refused(pipeline::Refuse::AwsRefusals)
    }
}

/// Parses and validates ASL JSON text.
pub fn check(text: &str, options: &Options) -> Report {
    pipeline::check_text(text, &pipeline::Checks::rules_only(options.clone()))
}
