//! The graph of one scope: targets exist, every state is reachable, transitions are
//! well-formed, some state ends the execution, names fit the limit.

use std::collections::VecDeque;

use super::Scope;
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{State, SuccessorField};
use crate::suggest::did_you_mean;

/// Longest state name Step Functions accepts, in characters.
pub const MAX_STATE_NAME_CHARS: usize = 80;

pub(super) fn check(scope: &Scope<'_>, out: &mut Vec<Diagnostic>) {
    let states_location = scope.location.key("States");
    if scope.states.is_empty() {
        out.push(Diagnostic::error(
            Code::SCHEMA_VALIDATION_FAILED,
            states_location,
            "`States` is empty; a state machine needs at least one state",
        ));
        return;
    }
    // States a misspelt target most likely meant: reporting them unreachable too would
    // make one typo two errors.
    let mut meant: Vec<&str> = Vec::new();
    let mut targets_missing = false;
    if !scope.states.contains_key(scope.start_at) {
        targets_missing = true;
        out.push(missing_target(
            scope,
            scope.location.key("StartAt"),
            "StartAt",
            scope.start_at,
        ));
        meant.extend(did_you_mean(
            scope.start_at,
            scope.states.keys().map(String::as_str),
        ));
    }
    for (name, state) in scope.states {
        let location = states_location.key(name);
        check_name(name, &location, out);
        check_transition(state, &location, out);
        for (target, field) in state.successors() {
            if !scope.states.contains_key(target) {
                let (target_location, field_name) = successor_location(&location, field);
                out.push(missing_target(scope, target_location, field_name, target));
                targets_missing = true;
                meant.extend(did_you_mean(
                    target,
                    scope.states.keys().map(String::as_str),
                ));
            }
        }
    }
    check_reachability(scope, &states_location, &meant, out);
    // With a transition going nowhere, the missing state may well have been the end.
    if !targets_missing && !scope.states.values().any(State::is_terminal) {
        out.push(
            Diagnostic::error(
                Code::MISSING_END_STATE,
                states_location,
                "no state ends the execution: none has `\"End\": true` and there is no Succeed or Fail state",
            )
            .with_help("set `\"End\": true` on the last state, or add a Succeed state"),
        );
    }
}

fn successor_location(state: &Location, field: SuccessorField) -> (Location, &'static str) {
    match field {
        SuccessorField::Next => (state.key("Next"), "Next"),
        SuccessorField::Default => (state.key("Default"), "Default"),
        SuccessorField::ChoiceNext(i) => (state.key("Choices").index(i).key("Next"), "Next"),
        SuccessorField::CatchNext(i) => (state.key("Catch").index(i).key("Next"), "Next"),
    }
}

fn missing_target(scope: &Scope<'_>, location: Location, field: &str, target: &str) -> Diagnostic {
    let mut diagnostic = Diagnostic::error(
        Code::MISSING_TRANSITION_TARGET,
        location,
        format!("`{field}` names `{target}`, but there is no state `{target}` in this scope"),
    );
    match did_you_mean(target, scope.states.keys().map(String::as_str)) {
        Some(best) => diagnostic = diagnostic.with_help(format!("did you mean `{best}`?")),
        None => {
            diagnostic = diagnostic.with_help("a transition can only reach states of the same `States` object (not into or out of a Parallel branch or Map)")
        }
    }
    diagnostic
}

fn check_name(name: &str, location: &Location, out: &mut Vec<Diagnostic>) {
    let chars = name.chars().count();
    if chars == 0 {
        out.push(Diagnostic::error(
            Code::INVALID_STATE_NAME,
            location.clone(),
            "a state name cannot be empty",
        ));
    } else if chars > MAX_STATE_NAME_CHARS {
        out.push(Diagnostic::error(
            Code::INVALID_STATE_NAME,
            location.clone(),
            format!(
                "the state name is {chars} characters long; the limit is {MAX_STATE_NAME_CHARS}"
            ),
        ));
    }
}

fn check_transition(state: &State, location: &Location, out: &mut Vec<Diagnostic>) {
    let Some(transition) = state.transition() else {
        return;
    };
    match (&transition.next, transition.end) {
        (Some(_), Some(true)) => out.push(
            Diagnostic::error(
                Code::INVALID_TRANSITION,
                location.key("End"),
                format!(
                    "a {} state cannot have both `Next` and `\"End\": true`",
                    state.type_name()
                ),
            )
            .with_help("keep `Next` to continue, or `End` to finish the execution here"),
        ),
        (None, Some(false)) => out.push(
            Diagnostic::error(
                Code::INVALID_TRANSITION,
                location.key("End"),
                "`\"End\": false` does not say where to go next",
            )
            .with_help("use `\"Next\": \"<state>\"` instead, or `\"End\": true`"),
        ),
        (None, None) => out.push(
            Diagnostic::error(
                Code::INVALID_TRANSITION,
                location.clone(),
                format!(
                    "a {} state needs `Next` or `\"End\": true`",
                    state.type_name()
                ),
            )
            .with_help(
                "add `\"Next\": \"<state>\"`, or `\"End\": true` if the execution finishes here",
            ),
        ),
        _ => {}
    }
}

fn check_reachability(
    scope: &Scope<'_>,
    states_location: &Location,
    meant: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    let Some(start) = scope.states.get_index_of(scope.start_at) else {
        return;
    };
    let mut seen = vec![false; scope.states.len()];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(index) = queue.pop_front() {
        let (_, state) = scope
            .states
            .get_index(index)
            .expect("index from the same map");
        for (target, _) in state.successors() {
            if let Some(next) = scope.states.get_index_of(target)
                && !seen[next]
            {
                seen[next] = true;
                queue.push_back(next);
            }
        }
    }
    for (index, name) in scope.states.keys().enumerate() {
        if !seen[index] && !meant.contains(&name.as_str()) {
            out.push(
                Diagnostic::error(
                    Code::UNREACHABLE_STATE,
                    states_location.key(name),
                    format!("no path from `{}` reaches `{name}`", scope.start_at),
                )
                .with_help("point a `Next`, `Default` or `Catch` at it, or remove it"),
            );
        }
    }
}
