//! JSONata states: their `$states.input` reads checked against the state's input shape, and
//! comparisons of a variable with a literal of another kind than the variable ever holds.

use std::collections::HashMap;

use serde_json::Value;

use super::{Reads, Shape};
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::jsonata::{self, LiteralKind};
use crate::model::{State, StateMachine, visit_states};

/// Fields whose states have their own input: not the state's to read.
const NESTED: &[&str] = &["Branches", "ItemProcessor", "Iterator"];

/// Every `{% %}` expression of a state (not of the states nested in it), with where it is.
fn expressions(state: &State) -> Vec<(String, Location)> {
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(state) {
        collect(&value, Location::root(), &mut out);
    }
    out
}

fn collect(value: &Value, at: Location, out: &mut Vec<(String, Location)>) {
    match value {
        Value::String(text) if jsonata::looks_like_template(text) => {
            out.push((text.clone(), at));
        }
        Value::Object(map) => {
            for (key, value) in map {
                if !NESTED.contains(&key.as_str()) {
                    collect(value, at.key(key), out);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(item, at.index(i), out);
            }
        }
        _ => {}
    }
}

/// Reads `$states.input...` of a JSONata state against its input, `$states.result...` in a
/// Task's `Output` and `Assign` against its result, and `$states.errorOutput...` in a
/// catcher's against the error output.
pub(super) fn check_reads(
    state: &State,
    input: &Shape,
    result: Option<&Shape>,
    reads: &mut Reads<'_>,
) {
    let error = super::jsonata_values::error_object();
    for (text, at) in expressions(state) {
        let Some((expression, _)) = jsonata::template(&text) else {
            continue;
        };
        let Ok(node) = jsonata::parse(expression) else {
            continue;
        };
        let field = relative(&reads.at, &at);
        for (fields, _) in jsonata::input_paths(&node) {
            let path = format!("$.{}", fields.join("."));
            let shown = format!("$states.input.{}", fields.join("."));
            reads.read_jsonata(input, &path, &shown, "input", &field);
        }
        let context = super::context_object(reads.execution_input, None);
        for (fields, _) in jsonata::states_paths(&node, "context") {
            let path = format!("$.{}", fields.join("."));
            let shown = format!("$states.context.{}", fields.join("."));
            reads.read_jsonata(&context, &path, &shown, "context object", &field);
        }
        let mut compared = vec![("input", input)];
        if let (Evaluated::AfterTheResult, Some(result)) = (where_evaluated(&at), result) {
            compared.push(("result", result));
        }
        for (member, root) in compared {
            for (fields, op, literal, _) in jsonata::states_comparisons(&node, expression, member) {
                let (shape, _) = super::jsonata_values::shape_at(root, &fields);
                let Some(kind) = scalar_kind(&shape) else {
                    continue;
                };
                if kind != literal {
                    let what = format!(
                        "`$states.{member}.{}` is {}",
                        fields.join("."),
                        describe(kind)
                    );
                    reads.out.push(mismatched_comparison(
                        &what,
                        kind,
                        literal,
                        op,
                        field.clone(),
                    ));
                }
            }
        }
        let (member, subject, root) = match where_evaluated(&at) {
            Evaluated::AfterTheResult => ("result", "result", result),
            Evaluated::InACatcher => ("errorOutput", "error output", Some(&error)),
            Evaluated::Before => continue,
        };
        let Some(root) = root else { continue };
        for (fields, _) in jsonata::states_paths(&node, member) {
            let path = format!("$.{}", fields.join("."));
            let shown = format!("$states.{member}.{}", fields.join("."));
            reads.read_jsonata(root, &path, &shown, subject, &field);
        }
    }
}

fn scalar_kind(shape: &Shape) -> Option<LiteralKind> {
    match shape {
        Shape::Number => Some(LiteralKind::Number),
        Shape::String => Some(LiteralKind::String),
        Shape::Bool => Some(LiteralKind::Boolean),
        _ => None,
    }
}

/// When a field of a state is evaluated, which says what `$states` holds.
enum Evaluated {
    /// `Arguments`, `Items`, `Condition`...: before there is a result.
    Before,
    /// The state's own `Output` and `Assign`: `$states.result` is there.
    AfterTheResult,
    /// A catcher's `Output` and `Assign`: `$states.errorOutput` is there.
    InACatcher,
}

fn where_evaluated(at: &Location) -> Evaluated {
    use crate::diagnostic::Segment::Key;
    let segments = at.segments();
    match segments.as_slice() {
        [Key(field), ..] if field == "Output" || field == "Assign" => Evaluated::AfterTheResult,
        [Key(catch), _, Key(field), ..]
            if catch == "Catch" && (field == "Output" || field == "Assign") =>
        {
            Evaluated::InACatcher
        }
        _ => Evaluated::Before,
    }
}

/// `at`, a location inside a state, made absolute under the state's own location.
fn relative(state: &Location, at: &Location) -> Location {
    at.segments()
        .into_iter()
        .fold(state.clone(), |location, segment| match segment {
            crate::diagnostic::Segment::Key(key) => location.key(&key),
            crate::diagnostic::Segment::Index(i) => location.index(i),
        })
}

/// The kinds of value each variable is ever assigned, where every assignment says (a literal,
/// arithmetic, a string concatenation, a built-in function's result); a variable assigned two
/// kinds, or something not known, has none.
fn variable_kinds(machine: &StateMachine) -> HashMap<String, Option<LiteralKind>> {
    let mut kinds = HashMap::new();
    visit_states(&machine.states, &Location::root(), &mut |_, state, _| {
        let Ok(value) = serde_json::to_value(state) else {
            return;
        };
        let assigns = value.get("Assign").into_iter().chain(
            value
                .get("Catch")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|c| c.get("Assign")),
        );
        for assign in assigns {
            for (name, value) in assign.as_object().into_iter().flatten() {
                let kind = assigned_kind(value);
                kinds
                    .entry(name.clone())
                    .and_modify(|old: &mut Option<LiteralKind>| {
                        if *old != kind {
                            *old = None;
                        }
                    })
                    .or_insert(kind);
            }
        }
    });
    kinds
}

fn assigned_kind(value: &Value) -> Option<LiteralKind> {
    match value {
        Value::Number(_) => Some(LiteralKind::Number),
        Value::Bool(_) => Some(LiteralKind::Boolean),
        Value::String(text) => match jsonata::template(text) {
            None => Some(LiteralKind::String),
            Some((expression, _)) => {
                let node = jsonata::parse(expression).ok()?;
                // Without the state's input: what the expression gives whatever it reads.
                let env = super::jsonata_values::Env {
                    input: &Shape::Unknown,
                    result: None,
                    error_output: false,
                };
                scalar_kind(&super::jsonata_values::expression_shape(&node, expression, &env).0)
            }
        },
        _ => None,
    }
}

/// Comparisons of a variable with a literal of another kind than every assignment gives it.
/// JSONata's comparison operators (its documentation): `=` and `!=` of values of different
/// types are false and true, and `<`, `<=`, `>`, `>=` of a number with a string raise T2009.
pub(super) fn check_comparisons(machine: &StateMachine, out: &mut Vec<Diagnostic>) {
    let kinds = variable_kinds(machine);
    let mut found = Vec::new();
    visit_states(&machine.states, &Location::root(), &mut |_, state, at| {
        for (text, field) in expressions(state) {
            let Some((expression, _)) = jsonata::template(&text) else {
                continue;
            };
            let Ok(node) = jsonata::parse(expression) else {
                continue;
            };
            for (name, op, literal, _) in jsonata::variable_comparisons(&node, expression) {
                let Some(Some(kind)) = kinds.get(&name) else {
                    continue;
                };
                if *kind == literal {
                    continue;
                }
                let what = format!("`${name}` is always {}", describe(*kind));
                found.push(mismatched_comparison(
                    &what,
                    *kind,
                    literal,
                    op,
                    relative(at, &field),
                ));
            }
        }
    });
    out.extend(found);
}

/// A comparison of a value of one kind with a literal of another. JSONata's comparison
/// operators (its documentation): `=` and `!=` of values of different types are false and
/// true, and `<`, `<=`, `>`, `>=` of a number with a string raise T2009.
fn mismatched_comparison(
    what: &str,
    kind: LiteralKind,
    literal: LiteralKind,
    op: &str,
    at: Location,
) -> Diagnostic {
    let outcome = match op {
        "=" => "is always false",
        "!=" => "is always true",
        _ => {
            "fails when it runs (JSONata compares only numbers with numbers and strings with strings)"
        }
    };
    Diagnostic::error(
        Code::INVALID_TYPE,
        at,
        format!(
            "{what} and is compared with {} here: `{op}` {outcome}",
            describe(literal)
        ),
    )
    .with_help(match kind {
        LiteralKind::Number => "compare with a number (no quotes)",
        LiteralKind::String if literal == LiteralKind::Number => {
            "compare with a string (quoted), or turn it into a number first (`$number(...)`; DynamoDB gives numbers as strings in `N`)"
        }
        LiteralKind::String => "compare with a string (quoted)",
        LiteralKind::Boolean => "compare with `true` or `false`",
    })
}

fn describe(kind: LiteralKind) -> &'static str {
    match kind {
        LiteralKind::Number => "a number",
        LiteralKind::String => "a string",
        LiteralKind::Boolean => "a boolean",
    }
}
