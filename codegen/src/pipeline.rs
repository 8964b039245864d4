//! The one way a definition is checked, whoever asks (`compile()`, `workflow!`, `cargo sfn
//! validate`, `build`, `plan`, `deploy`): parse, validate, then follow value types through
//! the graph; and the level at which each caller refuses what was found.
//!
//! What the type flow finds, AWS accepts when the machine is created: its errors come back as
//! run-time warnings (certain to go wrong when that part runs), so a caller that keeps to
//! AWS's verdict (`validate`'s exit code) and one that refuses certain failures (`compile()`)
//! read the same findings.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Severity};
use crate::flow::{self, Shape, Types};
use crate::model::StateMachine;
use crate::validate::{self, Options};
use crate::{Report, parse};

/// What a definition is checked with.
#[derive(Debug, Clone)]
pub struct Checks {
    pub options: Options,
    /// The declared input (`Shape::Unknown` when none is: the results of tasks are still
    /// followed) and task results; an input of `None` leaves the type flow out.
    pub types: Types,
}

impl Checks {
    /// The validator's rules and the type flow over an input of unknown type.
    pub fn new(options: Options) -> Checks {
        Checks {
            options,
            types: Types {
                input: Some(Shape::Unknown),
                results: HashMap::new(),
            },
        }
    }

    /// The validator's rules alone.
    pub fn rules_only(options: Options) -> Checks {
        Checks {
            options,
            types: Types::default(),
        }
    }

    /// The execution input declared by a JSON Schema.
    pub fn input_schema(mut self, schema: &serde_json::Value) -> Checks {
        self.types.input = Some(Shape::from_schema(schema));
        self
    }
}

/// Which findings refuse a definition, from the most lenient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refuse {
    /// What AWS refuses when the machine is created: errors.
    AwsRefusals,
    /// Also what AWS accepts but certainly goes wrong when it runs (run-time warnings):
    /// `compile()`, `workflow!`, and `plan`/`deploy` unless told otherwise.
    CertainFailures,
    /// Every finding (`--deny-warnings`).
    Everything,
}

impl Refuse {
    pub fn refuses(self, diagnostic: &Diagnostic) -> bool {
        match self {
            Refuse::AwsRefusals => diagnostic.is_error(),
            Refuse::CertainFailures => diagnostic.is_certain_failure(),
            Refuse::Everything => true,
        }
    }
}

impl Report {
    /// The findings that refuse the definition at `level`.
    pub fn refused(&self, level: Refuse) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(move |d| level.refuses(d))
    }

    /// Whether a model was read and nothing refuses it at `level`.
    pub fn passes(&self, level: Refuse) -> bool {
        self.machine.is_some() && self.refused(level).next().is_none()
    }
}

/// Parses, validates and (unless `checks` leave it out) follows the types of ASL text.
pub fn check_text(text: &str, checks: &Checks) -> Report {
    let (parsed, json) = parse::parse_keeping_json(text);
    let mut diagnostics = parsed.diagnostics;
    if let (Some(machine), Some(value)) = (&parsed.machine, &json) {
        let source = validate::Source {
            len: text.len(),
            value,
        };
        diagnostics.extend(validate::validate_source(
            machine,
            Some(source),
            &checks.options,
        ));
        diagnostics.extend(types(machine, checks));
    }
    diagnostics.sort_by_key(|d| d.severity);
    Report {
        machine: parsed.machine,
        diagnostics,
    }
}

/// Validates and follows the types of a model built in code (the DSL's).
pub fn check_machine(machine: &StateMachine, checks: &Checks) -> Vec<Diagnostic> {
    let mut diagnostics = validate::validate(machine, &checks.options);
    diagnostics.extend(types(machine, checks));
    diagnostics.sort_by_key(|d| d.severity);
    diagnostics
}

/// The type flow's findings, as run-time warnings.
fn types(machine: &StateMachine, checks: &Checks) -> Vec<Diagnostic> {
    flow::check(machine, &checks.types)
        .into_iter()
        .map(|mut d| {
            if d.severity == Severity::Error {
                d.severity = Severity::Warning;
                d.runtime = true;
            }
            d
        })
        .collect()
}
