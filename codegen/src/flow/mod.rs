//! Types through the graph: from the declared type of the execution input and of some task
//! results (or what the service's model says a call returns), the shape of every state's
//! input, so that a read that cannot succeed is reported where it is written.
//!
//! This module follows the states of a scope to a fixpoint (`transfer`: JSONPath's
//! `InputPath`, `Parameters`, `ResultSelector`, `ResultPath`, `OutputPath` as Step Functions
//! applies them, catchers' error objects, JSONata's `Output`); `nesting.rs` the branches and
//! iterations nested in a state and what they give back; `reads.rs` the reading of a path in
//! a shape (and the context object); `choice.rs` Choice rules; `calls.rs` intrinsic
//! arguments and AWS call parameters; `jsonata.rs` and `jsonata_values.rs` JSONata reads and
//! values; `variables.rs` workflow variables; `responses.rs` documented responses. The
//! analysis never guesses a field into existence: what is not known is `Unknown`, and
//! nothing below it is checked.

mod calls;
mod choice;
mod jsonata;
mod jsonata_values;
mod nesting;
mod reads;
mod responses;
mod shape;
#[cfg(test)]
mod tests;
mod variables;

use std::collections::{HashMap, VecDeque};

use indexmap::IndexMap;
use serde_json::Value;

pub use responses::known_result;
pub use shape::{Field, Fields, Shape};

use calls::*;
use choice::*;
use nesting::*;
use reads::*;

use crate::diagnostic::{Code, Diagnostic, Fix, Location};
use crate::jsonpath::{self, Root, Step};
use crate::model::{ChoiceRule, Operand};
use crate::model::{NullablePath, Payload, QueryLanguage, State, StateMachine, States};
use crate::suggest::did_you_mean;

/// What is known before the analysis: the execution input and the raw results of some tasks
/// (before `ResultSelector`), by state name.
#[derive(Debug, Clone, Default)]
pub struct Types {
    pub input: Option<Shape>,
    pub results: HashMap<String, Shape>,
}

/// The reads of missing fields, as `UNKNOWN_INPUT_FIELD` errors.
pub fn check(machine: &StateMachine, types: &Types) -> Vec<Diagnostic> {
    let Some(input) = &types.input else {
        return Vec::new();
    };
    let input = without_written_fields(input.clone(), &machine.states);
    let scope = Scope {
        start_at: &machine.start_at,
        states: &machine.states,
        language: machine.query_language.unwrap_or(QueryLanguage::JSONPath),
    };
    let mut out = Vec::new();
    let mut assigned = variables::Shapes::new();
    check_scope(
        &scope,
        &Location::root(),
        types,
        input,
        &mut assigned,
        &mut out,
    );
    jsonata::check_comparisons(machine, &mut out);
    let mut reads = Reads::new(Location::root(), &mut out, types);
    variables::check_reads(&machine.states, &Location::root(), &assigned, &mut reads);
    out
}

/// The execution input without the fields the workflow's own states write (a `ResultPath`
/// target, a catcher's included): such a field is a step's result, absent until the step
/// runs, even where the input type declares it (the `Option<T>` field a template keeps a
/// step's result in). Reading it on a path that never wrote it is then caught, as the read
/// fails on AWS with `States.Runtime`.
fn without_written_fields(input: Shape, states: &States) -> Shape {
    let targets = states.values().flat_map(|state| {
        let (own, catchers): (Option<&NullablePath>, &[crate::model::Catcher]) = match state {
            State::Task(t) => (Some(&t.result_path), &t.catch),
            State::Parallel(p) => (Some(&p.result_path), &p.catch),
            State::Map(m) => (Some(&m.result_path), &m.catch),
            State::Pass(p) => (Some(&p.result_path), &[]),
            _ => (None, &[]),
        };
        own.into_iter()
            .chain(catchers.iter().map(|c| &c.result_path))
            .filter_map(|path| path.as_ref()?.as_deref())
    });
    targets.fold(input, |shape, target| match jsonpath::parse(target) {
        Ok(path) if path.root == Root::Input && !path.steps.is_empty() => {
            let names: Option<Vec<&str>> = path
                .steps
                .iter()
                .map(|(step, _)| match step {
                    Step::Field(name) => Some(name.as_str()),
                    _ => None,
                })
                .collect();
            match names {
                Some(names) => shape.without_field(&names),
                None => shape,
            }
        }
        _ => shape,
    })
}

/// One `States` object: the machine's, a Parallel branch's or a Map processor's.
struct Scope<'a> {
    start_at: &'a str,
    states: &'a States,
    /// The query language of states that do not name their own.
    language: QueryLanguage,
}

fn check_scope(
    scope: &Scope<'_>,
    at: &Location,
    types: &Types,
    input: Shape,
    assigned: &mut variables::Shapes,
    out: &mut Vec<Diagnostic>,
) {
    let Some(inputs) = state_inputs(scope, types, input) else {
        return;
    };
    for (name, state) in scope.states {
        let Some(input) = inputs.get(name) else {
            continue;
        };
        let here = at.key("States").key(name);
        let mut reads = Reads::new(here.clone(), out, types);
        let outputs = transfer(state, name, input, types, scope.language, &mut reads);
        let result = outputs.result.as_ref();
        variables::record(state, input, result, scope.language, &reads, assigned);
        // Once, where findings are kept (not at every turn of the fixpoint).
        if state_language(state, scope.language) == QueryLanguage::JSONata {
            jsonata::check_reads(state, input, result, &mut reads);
        }
        for (nested, nested_at, nested_input) in
            nested_scopes(state, input, types, scope.language, &here)
        {
            check_scope(&nested, &nested_at, types, nested_input, assigned, out);
        }
    }
}

/// The input shape of every reachable state of a scope, or `None` if the shapes do not settle
/// (a loop that keeps growing its input).
fn state_inputs(scope: &Scope<'_>, types: &Types, input: Shape) -> Option<IndexMap<String, Shape>> {
    let mut inputs: IndexMap<String, Shape> = IndexMap::new();
    inputs.insert(scope.start_at.to_owned(), input);
    let mut queue = VecDeque::from([scope.start_at.to_owned()]);
    let mut budget = 50 * (scope.states.len() + 1);
    while let Some(name) = queue.pop_front() {
        budget = budget.checked_sub(1)?;
        let (Some(state), Some(input)) = (scope.states.get(&name), inputs.get(&name).cloned())
        else {
            continue;
        };
        let mut ignored = Vec::new();
        let mut reads = Reads::new(Location::root(), &mut ignored, types);
        let outputs = transfer(state, &name, &input, types, scope.language, &mut reads);
        for (next, shape) in outputs.next {
            let shape = shape.bounded();
            let joined = match inputs.get(&next) {
                Some(old) => old.join(&shape),
                None => shape,
            };
            if inputs.get(&next) != Some(&joined) {
                inputs.insert(next.clone(), joined);
                queue.push_back(next);
            }
        }
    }
    Some(inputs)
}

/// What a state passes on: to each next state (a catcher's included), and as the output of
/// its scope when it ends one.
#[derive(Default)]
struct Outputs {
    next: Vec<(String, Shape)>,
    end: Option<Shape>,
    /// What the state's `Assign` reads: JSONata's `$states.result` (a Task's result, a
    /// Parallel's or Map's array), JSONPath's `$` (the result after `ResultSelector`, a
    /// Choice's or Wait's effective input).
    result: Option<Shape>,
}

impl Outputs {
    fn push(&mut self, next: Option<&str>, shape: Shape) {
        match next {
            Some(next) => self.next.push((next.to_owned(), shape)),
            None => {
                let joined = match self.end.take() {
                    Some(end) => end.join(&shape),
                    None => shape,
                };
                self.end = Some(joined);
            }
        }
    }
}

/// Checks a state's reads against its input and returns what it passes to each next state.
fn transfer(
    state: &State,
    name: &str,
    input: &Shape,
    types: &Types,
    language: QueryLanguage,
    reads: &mut Reads<'_>,
) -> Outputs {
    let declared_result = types.results.get(name);
    if state_language(state, language) == QueryLanguage::JSONata {
        return jsonata_transfer(state, input, types, declared_result, language, reads);
    }
    let result = match state {
        State::Task(task) => task_result(task, input, declared_result, reads),
        State::Pass(pass) => pass_result(pass, input, reads),
        State::Parallel(parallel) => {
            let effective = select(input, &parallel.input_path, "InputPath", reads);
            template(
                parallel.parameters.as_ref(),
                &effective,
                "Parameters",
                reads,
            );
            collection_result(state, input, types, language)
        }
        State::Map(map) => {
            check_map_items(map, input, reads);
            collection_result(state, input, types, language)
        }
        State::Choice(choice) => return choice_outputs(choice, input, reads),
        State::Wait(wait) => return wait_outputs(wait, input, reads),
        State::Fail(fail) => {
            fail_reads(fail, input, reads);
            return Outputs::default();
        }
        State::Succeed(succeed) => {
            let effective = select(input, &succeed.input_path, "InputPath", reads);
            let mut out = Outputs::default();
            out.push(
                None,
                select(&effective, &succeed.output_path, "OutputPath", reads),
            );
            return out;
        }
    };
    let mut out = Outputs::default();
    deliver(state, input, result, reads, &mut out);
    out
}

/// A JSONata state: its `Arguments` against the API, a Map's `Items`, what `Output` builds
/// (or the state's default output) to each next state, and the catchers' error output.
fn jsonata_transfer(
    state: &State,
    input: &Shape,
    types: &Types,
    declared_result: Option<&Shape>,
    language: QueryLanguage,
    reads: &mut Reads<'_>,
) -> Outputs {
    if let State::Task(task) = state
        && let (Some(arguments), Some((service, action))) = (
            &task.arguments,
            crate::validate::integrations::called_operation(&task.resource),
        )
        && let Some(shape) = service.input(action)
    {
        let at = reads.field("Arguments");
        dynamic_parameters(service, shape, arguments, input, &at, reads);
    }
    if let State::Map(map) = state
        && map.item_reader.is_none()
    {
        // As in JSONPath: what `Items` gives (the input without it) must be an array.
        let env = jsonata_values::Env {
            input,
            result: None,
            error_output: false,
        };
        let items = map.items.as_ref().map_or_else(
            || input.clone(),
            |items| jsonata_values::template_shape(items, &env),
        );
        if !matches!(items, Shape::Array(_) | Shape::Unknown) {
            let at = if map.items.is_some() {
                reads.field("Items")
            } else {
                reads.at.clone()
            };
            reads.mismatch(
                &at,
                format!(
                    "a Map iterates over an array, and `Items` gives {}",
                    items.describe()
                ),
                "make `Items` an array (`$each` turns an object's entries into one)",
            );
        }
    }
    // What `Output` builds; without it a state passes its input on (a Task its result,
    // a catcher the error output: Step Functions' defaults for JSONata states).
    let result = jsonata_result(state, input, types, declared_result, language);
    let output = match state.output() {
        Some(output) => {
            let env = jsonata_values::Env {
                input,
                result: result.as_ref(),
                error_output: false,
            };
            jsonata_values::template_shape(output, &env)
        }
        None => match state {
            State::Pass(_) | State::Choice(_) | State::Wait(_) | State::Succeed(_) => input.clone(),
            _ => result.clone().unwrap_or(Shape::Unknown),
        },
    };
    let mut out = Outputs::default();
    let caught: Vec<&str> = state.catchers().iter().map(|c| c.next.as_str()).collect();
    for next in successors(state) {
        if !caught.contains(&next.as_str()) {
            out.push(Some(&next), output.clone());
        }
    }
    for catcher in state.catchers() {
        let shape = match &catcher.output {
            Some(output) => {
                let env = jsonata_values::Env {
                    input,
                    result: None,
                    error_output: true,
                };
                jsonata_values::template_shape(output, &env)
            }
            None => jsonata_values::error_object(),
        };
        out.push(Some(&catcher.next), shape);
    }
    if ends(state) {
        out.push(None, output);
    }
    out.result = result;
    out
}

/// A JSONPath Task's reads (`InputPath`, `Parameters` against the API) and its result: the
/// declared one, else what the service returns.
fn task_result(
    task: &crate::model::Task,
    input: &Shape,
    declared_result: Option<&Shape>,
    reads: &mut Reads<'_>,
) -> Shape {
    let effective = select(input, &task.input_path, "InputPath", reads);
    template(task.parameters.as_ref(), &effective, "Parameters", reads);
    if let (Some(parameters), Some((service, action))) = (
        &task.parameters,
        crate::validate::integrations::called_operation(&task.resource),
    ) && let Some(shape) = service.input(action)
    {
        let at = reads.field("Parameters");
        dynamic_parameters(service, shape, parameters, &effective, &at, reads);
    }
    declared_result
        .cloned()
        .or_else(|| known_result(&task.resource))
        .unwrap_or(Shape::Unknown)
}

/// A JSONPath Map's items: what `ItemsPath` selects must be an array (the Map state's
/// reference: else the state fails with `States.Runtime`), and what the iterations get.
fn check_map_items(map: &crate::model::Map, input: &Shape, reads: &mut Reads<'_>) {
    let effective = select(input, &map.input_path, "InputPath", reads);
    let items = match &map.items_path {
        Some(path) => reads.read(&effective, path, &reads.field("ItemsPath")),
        None => effective.clone(),
    };
    // What the iterations get, for the reads of `ItemSelector`.
    iteration_input(map, &items, &effective, reads);
    // The Map state's reference: `ItemsPath` must select a JSON array, else the state
    // fails with `States.Runtime`.
    if map.item_reader.is_none() && !matches!(items, Shape::Array(_) | Shape::Unknown) {
        let field = if map.items_path.is_some() {
            "ItemsPath"
        } else {
            "InputPath"
        };
        reads.mismatch(
                &reads.field(field),
                format!("a Map iterates over an array, and this selects {}", items.describe()),
                "point `ItemsPath` at an array (an object's values can be turned into one in a Pass state first)",
            );
    }
}

/// A Choice's rule reads and, per rule, its output narrowed by what the rule compared.
fn choice_outputs(choice: &crate::model::Choice, input: &Shape, reads: &mut Reads<'_>) -> Outputs {
    let mut out = Outputs::default();
    let effective = select(input, &choice.input_path, "InputPath", reads);
    for (index, rule) in choice.choices.iter().enumerate() {
        let at = reads.field("Choices").index(index);
        rule_reads(rule, &effective, &at, reads);
    }
    let output = select(&effective, &choice.output_path, "OutputPath", reads);
    for rule in &choice.choices {
        // Where the rule holds, what it compared is there.
        let narrowed = present(&effective, rule);
        let mut quiet = Vec::new();
        let mut silent = reads.quiet(Location::root(), &mut quiet);
        let output = select(&narrowed, &choice.output_path, "OutputPath", &mut silent);
        out.push(rule.next.as_deref(), output);
    }
    if let Some(default) = &choice.default {
        out.push(Some(default), output);
    }
    out.result = Some(effective);
    out
}

/// A Wait's paths: `SecondsPath` selects a number, `TimestampPath` a timestamp string (the
/// Wait state's reference; anything else fails with `States.Runtime`).
fn wait_outputs(wait: &crate::model::Wait, input: &Shape, reads: &mut Reads<'_>) -> Outputs {
    let mut out = Outputs::default();
    let effective = select(input, &wait.input_path, "InputPath", reads);
    // The Wait state's reference: `SecondsPath` selects a positive integer, and
    // `TimestampPath` an ISO-8601 string; anything else fails with `States.Runtime`.
    for (field, path, wanted) in [
        ("SecondsPath", &wait.seconds_path, Shape::Number),
        ("TimestampPath", &wait.timestamp_path, Shape::String),
    ] {
        let Some(path) = path else { continue };
        let at = reads.field(field);
        let found = reads.read(&effective, path, &at);
        if found != Shape::Unknown && !found.may_be(&wanted) {
            let (what, help) = match field {
                "SecondsPath" => (
                    "a number of seconds",
                    "point it at a number (a string of digits is not one)",
                ),
                _ => (
                    "an ISO-8601 timestamp string",
                    "point it at a timestamp string such as \"2026-12-01T00:00:00Z\"; for a number of seconds use `SecondsPath`",
                ),
            };
            reads.mismatch(
                &at,
                format!(
                    "`{field}` must select {what}, and `{path}` is {}",
                    found.describe()
                ),
                help,
            );
        }
    }
    let output = select(&effective, &wait.output_path, "OutputPath", reads);
    out.push(wait.transition.next.as_deref(), output);
    out.result = Some(effective);
    out
}

/// A Fail's `ErrorPath` and `CausePath` reads of its input.
fn fail_reads(fail: &crate::model::Fail, input: &Shape, reads: &mut Reads<'_>) {
    for (field, path) in [
        ("ErrorPath", &fail.error_path),
        ("CausePath", &fail.cause_path),
    ] {
        if let Some(path) = path
            .as_deref()
            .filter(|p| p.starts_with('$') && !p.starts_with("$$"))
        {
            reads.read(input, path, &reads.field(field));
        }
    }
}

/// The end of a state with a result: `ResultSelector` over it, `ResultPath` into the state's
/// input, `OutputPath`, then the next state and the catchers.
fn deliver(state: &State, input: &Shape, result: Shape, reads: &mut Reads<'_>, out: &mut Outputs) {
    let (selector, result_path, output_path) = match state {
        State::Task(s) => (s.result_selector.as_ref(), &s.result_path, &s.output_path),
        State::Parallel(s) => (s.result_selector.as_ref(), &s.result_path, &s.output_path),
        State::Map(s) => (s.result_selector.as_ref(), &s.result_path, &s.output_path),
        State::Pass(s) => (None, &s.result_path, &s.output_path),
        _ => return,
    };
    let result = selected(selector, result, reads);
    out.result = Some(result.clone());
    let merged = place(input, result_path, result);
    let output = select(&merged, output_path, "OutputPath", reads);
    out.push(state.transition().and_then(|t| t.next.as_deref()), output);
    catchers(out, input, state.catchers());
}

/// A Pass state's result: its `Result`, what its `Parameters` build, or its input.
fn pass_result(pass: &crate::model::Pass, input: &Shape, reads: &mut Reads<'_>) -> Shape {
    let effective = select(input, &pass.input_path, "InputPath", reads);
    match (&pass.result, &pass.parameters) {
        (Some(result), _) => Shape::of_value(result),
        (None, Some(_)) => template(pass.parameters.as_ref(), &effective, "Parameters", reads)
            .unwrap_or(Shape::Unknown),
        (None, None) => effective,
    }
}

/// A result after `ResultSelector`.
fn selected(selector: Option<&Value>, result: Shape, reads: &mut Reads<'_>) -> Shape {
    match selector {
        Some(_) => template(selector, &result, "ResultSelector", reads).unwrap_or(Shape::Unknown),
        None => result,
    }
}

fn state_language(state: &State, default: QueryLanguage) -> QueryLanguage {
    state.query_language().unwrap_or(default)
}

fn successors(state: &State) -> Vec<String> {
    if let State::Choice(choice) = state {
        let rules = choice.choices.iter().filter_map(|rule| rule.next.clone());
        return rules.chain(choice.default.clone()).collect();
    }
    let next = state.transition().and_then(|t| t.next.clone());
    let catchers = state.catchers().iter().map(|catcher| catcher.next.clone());
    next.into_iter().chain(catchers).collect()
}

/// A catcher passes the state's input with the error object at its `ResultPath`.
fn catchers(out: &mut Outputs, input: &Shape, catch: &[crate::model::Catcher]) {
    for catcher in catch {
        let error = jsonata_values::error_object();
        out.push(
            Some(&catcher.next),
            place(input, &catcher.result_path, error),
        );
    }
}

/// `InputPath`/`OutputPath`: absent keeps everything, `null` gives `{}`, a path selects.
fn select(shape: &Shape, path: &NullablePath, field: &str, reads: &mut Reads<'_>) -> Shape {
    match path {
        None => shape.clone(),
        Some(None) => Shape::Object(Fields::default()),
        Some(Some(path)) => {
            let at = reads.field(field);
            reads.read(shape, path, &at)
        }
    }
}

/// `ResultPath`: where the result goes in the state's input.
fn place(input: &Shape, path: &NullablePath, result: Shape) -> Shape {
    match path {
        None => result,
        Some(None) => input.clone(),
        Some(Some(path)) => {
            let Ok(parsed) = jsonpath::parse(path) else {
                return Shape::Unknown;
            };
            let mut names = Vec::new();
            for (step, _) in &parsed.steps {
                match step {
                    Step::Field(name) => names.push(name.as_str()),
                    _ => return Shape::Unknown,
                }
            }
            set(input, &names, result)
        }
    }
}

fn set(into: &Shape, names: &[&str], value: Shape) -> Shape {
    let Some((first, rest)) = names.split_first() else {
        return value;
    };
    let (fields, open) = match into {
        Shape::Object(fields) => (fields.clone(), false),
        Shape::Partial(fields) => (fields.clone(), true),
        // Whatever else the input has, the result is at this path now.
        Shape::Unknown => (Fields::default(), true),
        _ => return Shape::Unknown,
    };
    let mut fields = fields;
    let inner = fields.get(*first).map_or(
        if open {
            Shape::Unknown
        } else {
            Shape::Object(Fields::default())
        },
        |f| f.shape.clone(),
    );
    fields.insert(
        (*first).to_owned(),
        Field::written(set(&inner, rest, value)),
    );
    if open {
        Shape::Partial(fields)
    } else {
        Shape::Object(fields)
    }
}

/// The shape a payload template builds from `from`, checking its `.$` paths; `None` when
/// there is no template.
fn template(
    template: Option<&Payload>,
    from: &Shape,
    field: &str,
    reads: &mut Reads<'_>,
) -> Option<Shape> {
    let template = template?;
    let at = reads.field(field);
    Some(build(template, from, &at, reads))
}

fn build(value: &Value, from: &Shape, at: &Location, reads: &mut Reads<'_>) -> Shape {
    match value {
        Value::Object(map) => Shape::Object(
            map.iter()
                .map(|(key, value)| {
                    let here = at.key(key);
                    match (key.strip_suffix(".$"), value) {
                        (Some(name), Value::String(path)) => {
                            let shape = if let Some(rest) = path.strip_prefix("$$") {
                                reads.read_context(rest, path, &here)
                            } else if path.starts_with('$') {
                                reads.read(from, path, &here)
                            } else if let Ok(call) = crate::intrinsic::parse(path) {
                                intrinsic(&call, path, from, &here, reads)
                            } else {
                                Shape::Unknown
                            };
                            (name.to_owned(), Field::required(shape))
                        }
                        _ => (
                            key.clone(),
                            Field::required(build(value, from, &here, reads)),
                        ),
                    }
                })
                .collect(),
        ),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                build(item, from, &at.index(index), reads);
            }
            Shape::Array(Box::new(Shape::Unknown))
        }
        other => Shape::of_value(other),
    }
}
