//! Canonical emission: fields in specification order (the model's field order), states and
//! payload keys in the order they were written, so bytes are stable across round trips.

use crate::model::StateMachine;

/// Compact canonical JSON.
pub fn to_string(machine: &StateMachine) -> String {
    // Serializing plain data with string keys cannot fail.
    serde_json::to_string(machine).unwrap_or_default()
}

/// Pretty canonical JSON (two-space indent, trailing newline), the form `cargo sfn fmt` writes.
pub fn to_string_pretty(machine: &StateMachine) -> String {
    let mut out = serde_json::to_string_pretty(machine).unwrap_or_default();
    out.push('\n');
    out
}

/// The canonical form as a JSON value.
pub fn to_value(machine: &StateMachine) -> serde_json::Value {
    serde_json::to_value(machine).unwrap_or_default()
}
