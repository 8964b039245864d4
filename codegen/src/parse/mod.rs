//! Parsing ASL JSON text into the model.

mod decode;
pub(crate) mod fields;
mod json;

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::StateMachine;
use crate::span;
use fields::Sink;
pub(crate) use fields::type_name;

/// What parsing produced: the model (unless a finding made that impossible) and every
/// finding along the way.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub machine: Option<StateMachine>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses ASL JSON text. Never panics: malformed JSON, any nesting depth and any size
/// give findings, not crashes.
pub fn parse(text: &str) -> Parsed {
    parse_keeping_json(text).0
}

/// Parses, and also returns the JSON value the model was decoded from.
pub(crate) fn parse_keeping_json(text: &str) -> (Parsed, Option<Value>) {
    if text.trim().is_empty() {
        let diagnostic = Diagnostic::error(
            Code::INVALID_JSON_DESCRIPTION,
            Location::root(),
            "the definition is empty",
        );
        return (
            Parsed {
                machine: None,
                diagnostics: vec![diagnostic],
            },
            None,
        );
    }
    let parsed = match json::parse(text) {
        Ok(parsed) => parsed,
        Err(error) => {
            return (
                Parsed {
                    machine: None,
                    diagnostics: vec![json_error(&error)],
                },
                None,
            );
        }
    };
    let mut out = from_value(&parsed.value);
    if parsed.has_duplicate_keys {
        out.diagnostics.extend(duplicate_key_findings(text));
    }
    (out, Some(parsed.value))
}

/// Decodes an already-parsed JSON value.
pub fn from_value(value: &Value) -> Parsed {
    let mut sink = Sink::default();
    let machine = decode::machine(value, &mut sink);
    Parsed {
        machine: if sink.fatal { None } else { machine },
        diagnostics: sink.diagnostics,
    }
}

fn json_error(error: &serde_json::Error) -> Diagnostic {
    let message = error.to_string();
    // serde_json appends " at line X column Y"; the span says that already.
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_owned();
    Diagnostic::error(
        Code::INVALID_JSON_DESCRIPTION,
        Location::root(),
        format!(
            "the definition is not valid JSON: {message} (line {}, column {})",
            error.line(),
            error.column()
        ),
    )
}

fn duplicate_key_findings(text: &str) -> Vec<Diagnostic> {
    span::duplicate_keys(text)
        .into_iter()
        .map(|location| {
            let in_states = matches!(
                location.segments().iter().rev().nth(1),
                Some(crate::diagnostic::Segment::Key(k)) if k == "States"
            );
            let key = location.to_string();
            if in_states {
                Diagnostic::error(
                    Code::DUPLICATE_STATE_NAME,
                    location,
                    "this state name is defined twice in the same `States` object; JSON keeps only the last one",
                )
                .with_help("rename one of the two states")
            } else {
                Diagnostic::error(
                    Code::SCHEMA_VALIDATION_FAILED,
                    location,
                    format!("`{key}` is written twice in the same object; only the last value would count"),
                )
            }
        })
        .collect()
}
