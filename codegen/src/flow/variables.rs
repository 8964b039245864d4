//! Workflow variables' shapes: what the `Assign`s of the workflow give each variable, joined
//! over every assignment (not followed path by path), and the reads of a variable's fields
//! checked against that: a field that no assignment's object has fails to read (JSONPath)
//! or gives nothing (JSONata). Scoping is the validator's (`validate/variables.rs`).

use std::collections::HashMap;

use serde_json::Value;

use super::jsonata_values::{Env, error_object, template_shape};
use super::{How, Reads, Shape, State, state_language, template};
use crate::diagnostic::Location;
use crate::jsonata;
use crate::model::{QueryLanguage, States};

/// Each variable's shape, joined over its assignments.
pub(super) type Shapes = HashMap<String, Shape>;

/// Adds what `state`'s assignments give: `input` is the state's input and `result` what its
/// own `Assign` reads (the transfer's `Outputs::result`).
pub(super) fn record(
    state: &State,
    input: &Shape,
    result: Option<&Shape>,
    language: QueryLanguage,
    reads: &Reads<'_>,
    shapes: &mut Shapes,
) {
    if state_language(state, language) == QueryLanguage::JSONata {
        let after = Env {
            input,
            result,
            error_output: false,
        };
        let caught = Env {
            input,
            result: None,
            error_output: true,
        };
        let before = Env {
            input,
            result: None,
            error_output: false,
        };
        assign(state.assign(), &after, shapes);
        for catcher in state.catchers() {
            assign(catcher.assign.as_ref(), &caught, shapes);
        }
        if let State::Choice(choice) = state {
            for rule in &choice.choices {
                assign(rule.assign.as_ref(), &before, shapes);
            }
        }
        return;
    }
    // JSONPath: `$` in an `Assign` is the state's result (after `ResultSelector`), a Choice's
    // or Wait's input, or a catcher's error output (Step Functions' "Passing data between
    // states with variables"; the executor assigns the same way).
    let mut quiet = Vec::new();
    let mut reads = reads.quiet(Location::root(), &mut quiet);
    let current = result.cloned().unwrap_or(Shape::Unknown);
    let mut built = |assign: Option<&Value>, root: &Shape, reads: &mut Reads<'_>| {
        if let Some(assign) = assign {
            let shape = template(Some(assign), root, "Assign", reads).unwrap_or(Shape::Unknown);
            join_into(shape, shapes);
        }
    };
    built(state.assign(), &current, &mut reads);
    for catcher in state.catchers() {
        built(catcher.assign.as_ref(), &error_object(), &mut reads);
    }
    if let State::Choice(choice) = state {
        for rule in &choice.choices {
            built(rule.assign.as_ref(), &current, &mut reads);
        }
    }
}

/// A JSONata `Assign`, evaluated where `env` says.
fn assign(assign: Option<&Value>, env: &Env<'_>, shapes: &mut Shapes) {
    if let Some(assign) = assign {
        join_into(template_shape(assign, env), shapes);
    }
}

/// The fields of an `Assign`'s shape, each a variable, joined into what is known of it.
fn join_into(assigned: Shape, shapes: &mut Shapes) {
    let Shape::Object(fields) = assigned else {
        return;
    };
    for (name, field) in fields.into_map() {
        let joined = match shapes.remove(&name) {
            Some(old) => old.join(&field.shape),
            None => field.shape,
        };
        shapes.insert(name, joined);
    }
}

/// Checks every read of a variable's fields in `states` (and the states nested in them).
pub(super) fn check_reads(states: &States, at: &Location, shapes: &Shapes, reads: &mut Reads<'_>) {
    for (name, state) in states {
        let here = at.key("States").key(name);
        if let Ok(value) = serde_json::to_value(state) {
            check_value(&value, &here, shapes, reads);
        }
        for (field, _, nested) in state.children() {
            check_reads(nested, &field.at(&here), shapes, reads);
        }
    }
}

/// Fields whose states are checked on their own.
const NESTED: &[&str] = &["Branches", "ItemProcessor", "Iterator"];

fn check_value(value: &Value, at: &Location, shapes: &Shapes, reads: &mut Reads<'_>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                if NESTED.contains(&key.as_str()) {
                    continue;
                }
                let here = at.key(key);
                match value {
                    // JSONPath: `"x.$": "$order.total"` and a Choice's `"Variable"`.
                    Value::String(path)
                        if key.ends_with(".$") || key == "Variable" || key.ends_with("Path") =>
                    {
                        jsonpath_read(path, &here, shapes, reads);
                    }
                    Value::String(text) => jsonata_reads(text, &here, shapes, reads),
                    other => check_value(other, &here, shapes, reads),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_value(item, &at.index(i), shapes, reads);
            }
        }
        Value::String(text) => jsonata_reads(text, at, shapes, reads),
        _ => {}
    }
}

/// `$name.a.b` (a JSONPath whose root is a variable).
fn jsonpath_read(path: &str, at: &Location, shapes: &Shapes, reads: &mut Reads<'_>) {
    let Some(rest) = path.strip_prefix('$') else {
        return;
    };
    let end = rest.find(['.', '[']).unwrap_or(rest.len());
    let (name, steps) = rest.split_at(end);
    if name.is_empty() || name.starts_with('$') || steps.is_empty() {
        return;
    }
    if let Some(shape) = shapes.get(name) {
        let how = How {
            shown: path,
            subject: "variable",
            tolerant: true,
            jsonata: false,
        };
        reads.follow(shape, &format!("${steps}"), at, how);
    }
}

/// `$name.a.b` chains in a JSONata expression, but the variables it binds itself.
fn jsonata_reads(text: &str, at: &Location, shapes: &Shapes, reads: &mut Reads<'_>) {
    let Some((expression, _)) = jsonata::template(text) else {
        return;
    };
    let Ok(node) = jsonata::parse(expression) else {
        return;
    };
    let bound = jsonata::bound_names(&node);
    for (name, fields) in jsonata::variable_paths(&node) {
        if name == "states" || bound.contains(&name) || fields.is_empty() {
            continue;
        }
        let Some(shape) = shapes.get(&name) else {
            continue;
        };
        let shown = format!("${name}.{}", fields.join("."));
        let how = How {
            shown: &shown,
            subject: "variable",
            tolerant: true,
            jsonata: true,
        };
        reads.follow(shape, &format!("$.{}", fields.join(".")), at, how);
    }
}
