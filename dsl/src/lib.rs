//! `sfn`: AWS Step Functions workflows in Rust.
//!
//! This is the crate users depend on. Today it gives the compiler core: the Amazon States
//! Language model, its parser, the validator and the canonical emitter. The typed builder
//! API and the macros build on the same model.
//!
//! ```
//! let definition = r#"{
//!   "StartAt": "Greet",
//!   "States": {"Greet": {"Type": "Pass", "Result": "hello", "End": true}}
//! }"#;
//! let report = sfn::check(definition, &sfn::Options::default());
//! assert!(report.is_valid());
//! println!("{}", sfn::emit::to_string_pretty(report.machine.as_ref().unwrap()));
//! ```

pub use sfn_codegen::{
    Code, Diagnostic, Location, MachineType, Options, Report, Severity, StateMachine, check, emit,
    model, parse, validate,
};
