//! Expansion-time checks: the codegen validator over the skeleton, plus the JSONPath, JSONata
//! and intrinsic literals written inside payloads. Every error found is returned, each on the
//! token it is about.

use proc_macro2::TokenTree;
use serde_json::Value;
use sfn_codegen::pipeline::{Checks, Refuse, check_text};
use sfn_codegen::suggest::did_you_mean;
use sfn_codegen::validate::{MachineType, Options};
use sfn_codegen::{Code, Diagnostic};

use super::skeleton::Skeleton;
use super::syntax::{Arg, Scope, WorkflowDef, string_literal, walk_tokens};

/// All errors of the workflow: the skeleton's own, the validator's and the literals'.
pub fn check(def: &WorkflowDef, skeleton: &Skeleton) -> Vec<syn::Error> {
    let mut errors = validator_errors(skeleton);
    literal_errors(&def.body, &mut errors);
    errors
}

/// Warnings of the validator that are certain here: the macro sees every token of the task, so
/// a `.waitForTaskToken` task with no `task_token` among them really never passes it.
const PROMOTED: &[Code] = &[Code::MISSING_TASK_TOKEN];

/// Findings about a call's parameters, which in the skeleton belong to the stand-in call
/// (`ecs:runTask`), not to the real one: the builder checks that one when the workflow compiles.
const STAND_IN: &[Code] = &[
    Code::UNKNOWN_PARAMETER,
    Code::MISSING_PARAMETER,
    Code::INVALID_PARAMETER,
];

fn validator_errors(skeleton: &Skeleton) -> Vec<syn::Error> {
    let options = Options {
        machine_type: if skeleton.express {
            MachineType::Express
        } else {
            MachineType::Standard
        },
    };
    // The skeleton's rules only: its payloads are stand-ins, so types are followed when the
    // built workflow compiles.
    let checks = Checks::rules_only(options);
    let run = |definition: &Value| -> Vec<Diagnostic> {
        check_text(&definition.to_string(), &checks)
            .diagnostics
            .into_iter()
            .filter(|d| Refuse::CertainFailures.refuses(d) || PROMOTED.contains(&d.code))
            .filter(|d| !STAND_IN.contains(&d.code))
            .collect()
    };
    let first = run(&skeleton.definition);
    let (misspelt, others): (Vec<Diagnostic>, Vec<Diagnostic>) = first
        .into_iter()
        .partition(|d| d.code == Code::MISSING_TRANSITION_TARGET);
    let mut found = misspelt.clone();
    if misspelt.is_empty() {
        found.extend(others);
    } else {
        let repaired = repaired(&skeleton.definition, &misspelt);
        found.extend(
            run(&repaired)
                .into_iter()
                .filter(|d| d.code != Code::MISSING_TRANSITION_TARGET),
        );
    }
    found
        .into_iter()
        .filter(|d| !(skeleton.dropped_duplicates && d.code == Code::MISSING_END_STATE))
        .map(|d| to_error(skeleton, &d))
        .collect()
}

fn to_error(skeleton: &Skeleton, d: &Diagnostic) -> syn::Error {
    let mut message = format!("[{}] {}", d.code, d.message);
    if let Some(help) = &d.help {
        message = format!("{message}\nhelp: {help}");
    }
    if d.code == Code::MISSING_TASK_TOKEN {
        message.push_str(
            "\nhelp: in the builder, `context::task_token()`; a helper that builds the payload can take it as an argument",
        );
    }
    syn::Error::new(skeleton.span_of(&d.location.json_pointer()), message)
}

/// The skeleton with each misspelt transition pointed at the state it most likely means, so a
/// misspelling is reported once, not again as an unreachable state or a missing end.
fn repaired(definition: &Value, misspelt: &[Diagnostic]) -> Value {
    let mut repaired = definition.clone();
    for diagnostic in misspelt {
        let pointer = diagnostic.location.json_pointer();
        let scope = match pointer.strip_suffix("/StartAt") {
            Some(scope) => scope,
            None => pointer.rfind("/States/").map_or("", |cut| &pointer[..cut]),
        };
        let best = repaired
            .pointer(&format!("{scope}/States"))
            .and_then(Value::as_object)
            .zip(repaired.pointer(&pointer).and_then(Value::as_str))
            .and_then(|(states, missing)| did_you_mean(missing, states.keys().map(String::as_str)))
            .map(str::to_owned);
        if let (Some(best), Some(slot)) = (best, repaired.pointer_mut(&pointer)) {
            *slot = Value::String(best);
        }
    }
    repaired
}

/// Checks `path("..")`, `jsonata("..")` and `intrinsic("..")` literals in every state.
fn literal_errors(scope: &Scope, errors: &mut Vec<syn::Error>) {
    for state in &scope.states {
        walk_tokens(state.tokens(), &mut |tree, next| {
            let TokenTree::Ident(function) = tree else {
                return;
            };
            let Some(TokenTree::Group(group)) = next else {
                return;
            };
            let mut inside = group.stream().into_iter();
            let (Some(only), None) = (inside.next(), inside.next()) else {
                return;
            };
            let Some((text, span)) = string_literal(&only) else {
                return;
            };
            if let Some(problem) = literal_problem(&function.to_string(), &text) {
                errors.push(syn::Error::new(span, problem));
            }
        });
        for method in &state.methods {
            for arg in &method.args {
                if let Arg::Scope(nested) = arg {
                    literal_errors(nested, errors);
                }
            }
        }
    }
}

/// What is wrong with the text given to a payload function, if anything.
pub fn literal_problem(function: &str, text: &str) -> Option<String> {
    match function {
        "path" => sfn_codegen::jsonpath::parse(text).err().map(|error| {
            format!(
                "[INVALID_JSONPATH] `{text}` is not a valid JSONPath: {} (at byte {})",
                error.message, error.span.start
            )
        }),
        "jsonata" => {
            let inner = sfn_codegen::jsonata::template(text).map_or(text, |(inner, _)| inner);
            sfn_codegen::jsonata::parse(inner).err().map(|error| {
                format!(
                    "[INVALID_JSONATA] `{text}` is not a valid JSONata expression: {}",
                    error.message
                )
            })
        }
        "intrinsic" => sfn_codegen::intrinsic::parse(text).err().map(|error| {
            format!(
                "[INVALID_INTRINSIC_FUNCTION] `{text}` is not a valid intrinsic function call: {}",
                error.message
            )
        }),
        _ => None,
    }
}
