//! Workflow variables: every read must find a value. A read that no `Assign` in a visible
//! scope defines is an error; a read some path reaches before the assignment is a warning.
//!
//! Scoping (as the service runs it): one scope for the top-level states; Parallel branches
//! and inline Map iterations read the enclosing scopes; a distributed Map's child
//! executions see none. New values take effect when the assigning state is left, so a
//! state's own expressions read the values from its entry.

use std::collections::HashSet;

use serde_json::Value;

use super::exprs::Read;
use super::{Env, Scope};
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{State, States, SuccessorField};

/// Every variable some `Assign` of these states (not nested ones) defines.
pub(super) fn assigned_in(states: &States) -> HashSet<String> {
    let mut out = HashSet::new();
    for state in states.values() {
        add_names(state.assign(), &mut out);
        for catcher in state.catchers() {
            add_names(catcher.assign.as_ref(), &mut out);
        }
        if let State::Choice(choice) = state {
            for rule in &choice.choices {
                add_names(rule.assign.as_ref(), &mut out);
            }
        }
    }
    out
}

fn add_names(assign: Option<&Value>, out: &mut HashSet<String>) {
    if let Some(Value::Object(map)) = assign {
        out.extend(
            map.keys()
                .map(|k| k.strip_suffix(".$").unwrap_or(k).to_owned()),
        );
    }
}

fn names(assign: Option<&Value>) -> HashSet<String> {
    let mut out = HashSet::new();
    add_names(assign, &mut out);
    out
}

/// The variables each outgoing edge of a state assigns.
fn edges(state: &State) -> Vec<(&str, HashSet<String>)> {
    state
        .successors()
        .into_iter()
        .map(|(target, field)| {
            let assigned = match (field, state) {
                (SuccessorField::ChoiceNext(i), State::Choice(choice)) => {
                    names(choice.choices.get(i).and_then(|r| r.assign.as_ref()))
                }
                (SuccessorField::CatchNext(i), _) => {
                    names(state.catchers().get(i).and_then(|c| c.assign.as_ref()))
                }
                _ => names(state.assign()),
            };
            (target, assigned)
        })
        .collect()
}

/// Checks the reads of one scope; returns, per state, the variables assigned on every path to it.
pub(super) fn check(
    scope: &Scope<'_>,
    reads: &[Vec<Read>],
    env: &Env,
    out: &mut Vec<Diagnostic>,
) -> Vec<HashSet<String>> {
    let count = scope.states.len();
    let own = assigned_in(scope.states);
    if own.is_empty() && reads.iter().all(Vec::is_empty) {
        // Nothing assigned here: every state starts with what the scope inherited.
        return vec![env.defined.clone(); count];
    }
    let mut entry: Vec<Option<HashSet<String>>> = vec![None; count];
    let visible: HashSet<String> = env.visible.union(&own).cloned().collect();
    if let Some(start) = scope.states.get_index_of(scope.start_at) {
        entry[start] = Some(env.defined.clone());
        let mut work = vec![start];
        while let Some(index) = work.pop() {
            let Some((_, state)) = scope.states.get_index(index) else {
                continue;
            };
            let Some(at_entry) = entry[index].clone() else {
                continue;
            };
            for (target, assigned) in edges(state) {
                let Some(target) = scope.states.get_index_of(target) else {
                    continue;
                };
                let reaching: HashSet<String> = at_entry.union(&assigned).cloned().collect();
                let updated = match &entry[target] {
                    None => Some(reaching),
                    Some(current) => {
                        let meet: HashSet<String> =
                            current.intersection(&reaching).cloned().collect();
                        (meet.len() != current.len()).then_some(meet)
                    }
                };
                if let Some(updated) = updated {
                    entry[target] = Some(updated);
                    work.push(target);
                }
            }
        }
    }
    for (index, state_reads) in reads.iter().enumerate() {
        for read in state_reads {
            let mut diagnostic = if !visible.contains(&read.name) {
                // AWS accepts the definition; the read fails with States.QueryEvaluationError.
                Diagnostic::runtime(
                    Code::UNDEFINED_VARIABLE,
                    read.location.clone(),
                    format!("`${}` is read here, but no `Assign` this state can see defines it", read.name),
                )
                .with_help(match crate::suggest::did_you_mean(&read.name, visible.iter().map(String::as_str)) {
                    Some(best) => format!("did you mean `${best}`?"),
                    None => "assign it in an earlier state; a distributed Map's child executions cannot see the parent's variables".to_owned(),
                })
            } else if entry[index]
                .as_ref()
                .is_some_and(|defined| !defined.contains(&read.name))
            {
                Diagnostic::warning(
                    Code::POSSIBLY_UNDEFINED_VARIABLE,
                    read.location.clone(),
                    format!("`${}` may be read before it is assigned: some path reaches this state without assigning it", read.name),
                )
                .with_help("assign it on every path that leads here (values assigned by this state itself are only visible to the next states)")
            } else {
                continue;
            };
            if let Some(span) = &read.span {
                diagnostic = diagnostic.with_value_span(span.clone());
            }
            out.push(diagnostic);
        }
    }
    entry.into_iter().map(Option::unwrap_or_default).collect()
}
