//! Types through the graph: from the declared type of the execution input and of some task
//! results, the shape of every state's input, so that a path reading a field that is not
//! there (any more) is reported where it is written.
//!
//! JSONPath states: `InputPath`, `Parameters`, `ResultSelector`, `ResultPath` and `OutputPath`
//! are applied as Step Functions applies them, shapes meet where paths join, catchers pass the
//! error object, request-response calls of some integrations have their documented response
//! (`responses.rs`), Parallel branches get the state's input and a Map's processor gets one item of
//! the array (or what `ItemSelector` builds). A state whose result type is not declared, a
//! JSONata state, the result of a Parallel or Map, items read from S3: `Unknown`, and nothing
//! below it is checked. The
//! analysis never guesses a field into existence, so it reports only reads that cannot succeed
//! on a well-typed input.

mod jsonata;
mod jsonata_values;
mod responses;
mod shape;
#[cfg(test)]
mod tests;
mod variables;

use std::collections::{HashMap, VecDeque};

use indexmap::IndexMap;
use serde_json::Value;

pub use responses::known_result;
pub use shape::{Field, Shape};

use crate::diagnostic::{Code, Diagnostic, Location};
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
        input.clone(),
        &mut assigned,
        &mut out,
    );
    jsonata::check_comparisons(machine, &mut out);
    let mut reads = Reads::new(Location::root(), &mut out, types);
    variables::check_reads(&machine.states, &Location::root(), &assigned, &mut reads);
    out
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
        transfer(
            state,
            input,
            types,
            types.results.get(name),
            scope.language,
            &mut reads,
        );
        variables::record(
            state,
            input,
            types,
            types.results.get(name),
            scope.language,
            &reads,
            assigned,
        );
        // Once, where findings are kept (not at every turn of the fixpoint).
        if state_language(state, scope.language) == QueryLanguage::JSONata {
            let result =
                jsonata_result(state, input, types, types.results.get(name), scope.language);
            jsonata::check_reads(state, input, result.as_ref(), &mut reads);
        }
        for (nested, nested_at, nested_input) in
            nested_scopes(state, input, types, scope.language, &here)
        {
            check_scope(&nested, &nested_at, types, nested_input, assigned, out);
        }
    }
}

/// The branches of a Parallel and the processor of a Map, each with its input.
fn nested_scopes<'a>(
    state: &'a State,
    input: &Shape,
    types: &Types,
    language: QueryLanguage,
    at: &Location,
) -> Vec<(Scope<'a>, Location, Shape)> {
    if state_language(state, language) == QueryLanguage::JSONata {
        return jsonata_nested_scopes(state, input, language, at);
    }
    let mut ignored = Vec::new();
    let mut reads = Reads::new(at.clone(), &mut ignored, types);
    match state {
        State::Parallel(parallel) => {
            let effective = select(input, &parallel.input_path, "InputPath", &mut reads);
            let branch_input = template(
                parallel.parameters.as_ref(),
                &effective,
                "Parameters",
                &mut reads,
            )
            .unwrap_or(effective);
            branch_scopes(parallel, language, at, branch_input)
        }
        State::Map(map) => {
            let (processor, key) = match (&map.item_processor, &map.iterator) {
                (Some(processor), _) => (processor, "ItemProcessor"),
                (None, Some(iterator)) => (iterator, "Iterator"),
                (None, None) => return Vec::new(),
            };
            let effective = select(input, &map.input_path, "InputPath", &mut reads);
            let items = match &map.items_path {
                Some(path) => reads.read(&effective, path, &at.key("ItemsPath")),
                None => effective.clone(),
            };
            let item_input = iteration_input(map, &items, &effective, &mut reads);
            let scope = Scope {
                start_at: &processor.start_at,
                states: &processor.states,
                language: map.query_language.unwrap_or(language),
            };
            vec![(scope, at.key(key), item_input)]
        }
        _ => Vec::new(),
    }
}

/// Each branch of a Parallel, with the input every branch gets.
fn branch_scopes<'a>(
    parallel: &'a crate::model::Parallel,
    language: QueryLanguage,
    at: &Location,
    input: Shape,
) -> Vec<(Scope<'a>, Location, Shape)> {
    let language = parallel.query_language.unwrap_or(language);
    parallel
        .branches
        .iter()
        .enumerate()
        .map(|(index, branch)| {
            let scope = Scope {
                start_at: &branch.start_at,
                states: &branch.states,
                language,
            };
            (scope, at.key("Branches").index(index), input.clone())
        })
        .collect()
}

/// `nested_scopes` of a JSONata Parallel (each branch gets `Arguments`, or the input) or Map
/// (each iteration an item of `Items`, or what `ItemSelector` builds).
fn jsonata_nested_scopes<'a>(
    state: &'a State,
    input: &Shape,
    language: QueryLanguage,
    at: &Location,
) -> Vec<(Scope<'a>, Location, Shape)> {
    let env = jsonata_values::Env {
        input,
        result: None,
        error_output: false,
    };
    let built = |template: Option<&Payload>| {
        template.map(|template| jsonata_values::template_shape(template, &env))
    };
    match state {
        State::Parallel(parallel) => {
            let branch_input = built(parallel.arguments.as_ref()).unwrap_or_else(|| input.clone());
            branch_scopes(parallel, language, at, branch_input)
        }
        State::Map(map) => {
            let Some(processor) = map.item_processor.as_ref() else {
                return Vec::new();
            };
            let item = if map.item_selector.is_some() {
                built(map.item_selector.as_ref()).unwrap_or(Shape::Unknown)
            } else if map.item_reader.is_some() {
                Shape::Unknown
            } else {
                match built(map.items.as_ref()).unwrap_or_else(|| input.clone()) {
                    Shape::Array(item) => *item,
                    _ => Shape::Unknown,
                }
            };
            let item_input = batched(map, item);
            let scope = Scope {
                start_at: &processor.start_at,
                states: &processor.states,
                language: map.query_language.unwrap_or(language),
            };
            vec![(scope, at.key("ItemProcessor"), item_input)]
        }
        _ => Vec::new(),
    }
}

/// What an iteration of a JSONPath Map gets: an item of `items`, or what `ItemSelector`
/// builds from the Map's input and `$$.Map.Item`; batched by an `ItemBatcher`.
fn iteration_input(
    map: &crate::model::Map,
    items: &Shape,
    effective: &Shape,
    reads: &mut Reads<'_>,
) -> Shape {
    let item = match items {
        Shape::Array(item) if map.item_reader.is_none() => (**item).clone(),
        _ => Shape::Unknown,
    };
    let item_input = match map.item_selector.as_ref().or(map.parameters.as_ref()) {
        Some(selector) => {
            let outer = reads.map_item.replace(item);
            let built = template(Some(selector), effective, "ItemSelector", reads);
            reads.map_item = outer;
            built.unwrap_or(Shape::Unknown)
        }
        None => item,
    };
    batched(map, item_input)
}

/// What an iteration gets: the item, or with an `ItemBatcher` `{"Items": [...], "BatchInput"}`.
fn batched(map: &crate::model::Map, item: Shape) -> Shape {
    let Some(batcher) = &map.item_batcher else {
        return item;
    };
    let mut fields = IndexMap::from([(
        "Items".to_owned(),
        Field::required(Shape::Array(Box::new(item))),
    )]);
    if batcher.batch_input.is_some() {
        fields.insert("BatchInput".to_owned(), Field::required(Shape::Unknown));
    }
    Shape::Object(fields)
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
        let outputs = transfer(
            state,
            &input,
            types,
            types.results.get(&name),
            scope.language,
            &mut reads,
        );
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

/// How a path is read, and how it is named in messages.
struct How<'a> {
    shown: &'a str,
    subject: &'a str,
    tolerant: bool,
    jsonata: bool,
}

/// Where reads are reported, and what the context object (`$$`) holds there.
struct Reads<'a> {
    at: Location,
    out: &'a mut Vec<Diagnostic>,
    execution_input: &'a Shape,
    /// `$$.Map.Item.Value`, in a Map's `ItemSelector`.
    map_item: Option<Shape>,
}

static UNKNOWN: Shape = Shape::Unknown;

/// `$$.Execution.Input`: the execution input's type, when it is declared.
fn execution_input(types: &Types) -> &Shape {
    types.input.as_ref().unwrap_or(&UNKNOWN)
}

impl<'a> Reads<'a> {
    fn new(at: Location, out: &'a mut Vec<Diagnostic>, types: &'a Types) -> Self {
        Reads {
            at,
            out,
            execution_input: execution_input(types),
            map_item: None,
        }
    }

    /// Reads like these, whose findings go to `out` (to be dropped).
    fn quiet<'b>(&'b self, at: Location, out: &'b mut Vec<Diagnostic>) -> Reads<'b> {
        Reads {
            at,
            out,
            execution_input: self.execution_input,
            map_item: self.map_item.clone(),
        }
    }
    /// The shape `path` selects in `from`, reporting a missing field at `field`.
    fn read(&mut self, from: &Shape, path: &str, field: &Location) -> Shape {
        self.read_with(from, path, field, false)
    }

    /// `read`, where a field absent on some paths may be read (an `IsPresent` test) when
    /// `tolerant`.
    fn read_with(&mut self, from: &Shape, path: &str, field: &Location, tolerant: bool) -> Shape {
        let how = How {
            shown: path,
            subject: "input",
            tolerant,
            jsonata: false,
        };
        self.follow(from, path, field, how)
    }

    /// A read of the context object: `rest` is what follows `$$` in `shown`.
    fn read_context(&mut self, rest: &str, shown: &str, field: &Location) -> Shape {
        let context = context_object(self.execution_input, self.map_item.as_ref());
        let how = How {
            shown,
            subject: "context object",
            tolerant: false,
            jsonata: false,
        };
        self.follow(&context, &format!("${rest}"), field, how)
    }

    /// `read` of a JSONata chain (`$states.input.a.b` as the JSONPath `$.a.b`): a field of
    /// an array maps over its items, as JSONata paths do. `shown` is the chain as written
    /// and `subject` what `from` is (the input, the state's result, its error output).
    fn read_jsonata(
        &mut self,
        from: &Shape,
        path: &str,
        shown: &str,
        subject: &str,
        field: &Location,
    ) -> Shape {
        let how = How {
            shown,
            subject,
            tolerant: false,
            jsonata: true,
        };
        self.follow(from, path, field, how)
    }

    fn follow(&mut self, from: &Shape, path: &str, field: &Location, how: How<'_>) -> Shape {
        let Ok(parsed) = jsonpath::parse(path) else {
            return Shape::Unknown;
        };
        let How {
            shown: path,
            subject,
            tolerant,
            jsonata,
        } = how;
        if parsed.root != Root::Input {
            return Shape::Unknown;
        }
        let mut current = from.clone();
        let mut mapped = false;
        for (step, _) in &parsed.steps {
            // JSONata: a field of an array is that field of each item.
            while jsonata
                && matches!(step, Step::Field(_))
                && let Shape::Array(item) = current
            {
                current = *item;
                mapped = true;
            }
            current = match (step, &current) {
                (_, Shape::Unknown) => return Shape::Unknown,
                (Step::Field(name), Shape::Object(fields) | Shape::Partial(fields)) => {
                    match fields.get(name) {
                        Some(found) if found.maybe_missing && !tolerant => {
                            self.maybe_missing(path, name, field);
                            return Shape::Unknown;
                        }
                        Some(found) => found.shape.clone(),
                        // An object only partly known may have it.
                        None if current.is_open() => return Shape::Unknown,
                        None => {
                            self.missing(path, name, &current, subject, field);
                            return Shape::Unknown;
                        }
                    }
                }
                (Step::Index(_), Shape::Array(item)) | (Step::Field(_), Shape::Map(item)) => {
                    (**item).clone()
                }
                // JSONata: a field of a scalar is nothing (no failure of its own).
                (Step::Field(_), _) if jsonata => return Shape::Unknown,
                // A field of an array or a scalar, an index into anything but an array: the
                // path matches nothing, which fails the state (an `IsPresent` test is false).
                (Step::Field(_), Shape::Array(_) | Shape::String | Shape::Number | Shape::Bool)
                | (
                    Step::Index(_),
                    Shape::Object(_)
                    | Shape::Partial(_)
                    | Shape::Map(_)
                    | Shape::String
                    | Shape::Number
                    | Shape::Bool,
                ) if !tolerant => {
                    self.wrong_step(path, step, &current, field);
                    return Shape::Unknown;
                }
                _ => return Shape::Unknown,
            };
        }
        // Mapped over items, the value is an array of them, or one of them for one item.
        if mapped { Shape::Unknown } else { current }
    }

    fn maybe_missing(&mut self, path: &str, name: &str, field: &Location) {
        self.out.push(
            Diagnostic::error(
                Code::UNKNOWN_INPUT_FIELD,
                field.clone(),
                format!("`{path}` reads `{name}`, which some paths into this state do not set: the read fails on those"),
            )
            .with_help(format!(
                "set `{name}` on every path (a catcher's `ResultPath` keeps the input), or test it first with a Choice (`IsPresent`)"
            )),
        );
    }

    fn wrong_step(&mut self, path: &str, step: &Step, found: &Shape, field: &Location) {
        let (what, help) = match (step, found) {
            (Step::Field(name), Shape::Array(_)) => (
                format!("the field `{name}` of {}", found.describe()),
                "pick an item first (`[0]`): a Parallel's result is an array of its branches' outputs, a Map's an array of its iterations' outputs".to_owned(),
            ),
            (Step::Field(name), _) => (
                format!("the field `{name}` of {}", found.describe()),
                "a string, number or boolean has no fields; read the object that holds it".to_owned(),
            ),
            (_, _) => (
                format!("an index of {}", found.describe()),
                "only arrays can be indexed; read the object's field by name".to_owned(),
            ),
        };
        self.out.push(
            Diagnostic::error(
                Code::UNKNOWN_INPUT_FIELD,
                field.clone(),
                format!("`{path}` reads {what}: the path matches nothing and the state fails"),
            )
            .with_help(help),
        );
    }

    fn missing(&mut self, path: &str, name: &str, object: &Shape, subject: &str, field: &Location) {
        let Shape::Object(fields) = object else {
            return;
        };
        let mut diagnostic = Diagnostic::error(
            Code::UNKNOWN_INPUT_FIELD,
            field.clone(),
            format!(
                "`{path}` reads `{name}`, but the {subject} here is {}",
                object.describe()
            ),
        );
        diagnostic = match did_you_mean(name, fields.keys().map(String::as_str)) {
            Some(best) => diagnostic.with_help(format!("did you mean `{best}`?")),
            None => diagnostic.with_help(
                "the type comes from the declared input and results, and the ResultPath/OutputPath of the states before this one",
            ),
        };
        self.out.push(diagnostic);
    }

    fn field(&self, key: &str) -> Location {
        self.at.key(key)
    }

    /// A value of the wrong type where a field needs one kind: certain to fail at run time.
    fn mismatch(&mut self, field: &Location, message: String, help: &str) {
        self.out
            .push(Diagnostic::error(Code::INVALID_TYPE, field.clone(), message).with_help(help));
    }
}

/// Checks a state's reads against its input and returns what it passes to each next state.
fn transfer(
    state: &State,
    input: &Shape,
    types: &Types,
    declared_result: Option<&Shape>,
    language: QueryLanguage,
    reads: &mut Reads<'_>,
) -> Outputs {
    if state_language(state, language) == QueryLanguage::JSONata {
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
                State::Pass(_) | State::Choice(_) | State::Wait(_) | State::Succeed(_) => {
                    input.clone()
                }
                _ => result.unwrap_or(Shape::Unknown),
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
        return out;
    }
    let mut out = Outputs::default();
    let result = match state {
        State::Task(task) => {
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
        State::Pass(pass) => {
            let effective = select(input, &pass.input_path, "InputPath", reads);
            match (&pass.result, &pass.parameters) {
                (Some(result), _) => Shape::of_value(result),
                (None, Some(_)) => {
                    template(pass.parameters.as_ref(), &effective, "Parameters", reads)
                        .unwrap_or(Shape::Unknown)
                }
                (None, None) => effective,
            }
        }
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
            collection_result(state, input, types, language)
        }
        State::Choice(choice) => {
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
            return out;
        }
        State::Wait(wait) => {
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
            return out;
        }
        State::Fail(fail) => {
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
            return out;
        }
        State::Succeed(succeed) => {
            let effective = select(input, &succeed.input_path, "InputPath", reads);
            out.push(
                None,
                select(&effective, &succeed.output_path, "OutputPath", reads),
            );
            return out;
        }
    };
    deliver(state, input, result, reads, &mut out);
    out
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
    let result = match selector {
        Some(_) => template(selector, &result, "ResultSelector", reads).unwrap_or(Shape::Unknown),
        None => result,
    };
    let merged = place(input, result_path, result);
    let output = select(&merged, output_path, "OutputPath", reads);
    out.push(state.transition().and_then(|t| t.next.as_deref()), output);
    catchers(out, input, state.catchers());
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

/// The context object (Step Functions' "Accessing execution data from the Context object"):
/// `Execution` with its input, `State`, `StateMachine`; `Task` in a callback task and `Map`
/// in an `ItemSelector` only. Objects whose every field the documentation may not list are
/// open; the top level is closed, so a misspelt `$$.Exection` is found.
pub(super) fn context_object(execution_input: &Shape, map_item: Option<&Shape>) -> Shape {
    let open = |fields: &[(&str, Shape)]| {
        Shape::Partial(
            fields
                .iter()
                .map(|(name, shape)| ((*name).to_owned(), Field::required(shape.clone())))
                .collect(),
        )
    };
    let execution = open(&[
        ("Id", Shape::String),
        ("Input", execution_input.clone()),
        ("Name", Shape::String),
        ("RoleArn", Shape::String),
        ("StartTime", Shape::String),
        ("RedriveCount", Shape::Number),
    ]);
    let state = open(&[
        ("EnteredTime", Shape::String),
        ("Name", Shape::String),
        ("RetryCount", Shape::Number),
    ]);
    let machine = open(&[("Id", Shape::String), ("Name", Shape::String)]);
    let task = open(&[("Token", Shape::String)]);
    let item = open(&[
        ("Index", Shape::Number),
        ("Value", map_item.cloned().unwrap_or(Shape::Unknown)),
    ]);
    Shape::Object(IndexMap::from([
        ("Execution".to_owned(), Field::required(execution)),
        ("State".to_owned(), Field::required(state)),
        ("StateMachine".to_owned(), Field::required(machine)),
        ("Task".to_owned(), Field::optional(task)),
        ("Map".to_owned(), Field::optional(open(&[("Item", item)]))),
    ]))
}

/// `$states.result` of a JSONata state: a Task's declared or documented result, the array a
/// Parallel or Map gives.
fn jsonata_result(
    state: &State,
    input: &Shape,
    types: &Types,
    declared: Option<&Shape>,
    language: QueryLanguage,
) -> Option<Shape> {
    match state {
        State::Task(task) => declared.cloned().or_else(|| known_result(&task.resource)),
        State::Parallel(_) | State::Map(_) => {
            Some(collection_result(state, input, types, language))
        }
        _ => None,
    }
}

/// The result of a Parallel (an array of its branches' outputs, in branch order) or a Map
/// (an array of its iterations' outputs; one that writes its results to S3 or tolerates
/// failures gives something else).
fn collection_result(
    state: &State,
    input: &Shape,
    types: &Types,
    language: QueryLanguage,
) -> Shape {
    if let State::Map(map) = state
        && (map.result_writer.is_some()
            || map.tolerated_failure_count.is_some()
            || map.tolerated_failure_percentage.is_some()
            || map.tolerated_failure_count_path.is_some()
            || map.tolerated_failure_percentage_path.is_some())
    {
        return Shape::Unknown;
    }
    let outputs = nested_scopes(state, input, types, language, &Location::root())
        .into_iter()
        .map(|(scope, _, input)| scope_output(&scope, types, input));
    Shape::Array(Box::new(any_of(outputs)))
}

/// Whether the state ends its scope (the execution, a branch or an iteration) when it
/// succeeds.
fn ends(state: &State) -> bool {
    match state {
        State::Succeed(_) => true,
        State::Choice(_) | State::Fail(_) => false,
        other => other.transition().is_some_and(|t| t.next.is_none()),
    }
}

/// A string, number or boolean where the API takes a structure, a list or a map (a DynamoDB
/// key given as a plain string): the call fails. `fix` writes the member as an attribute
/// value of the given type tag.
#[allow(clippy::too_many_arguments)]
fn scalar_for_structure(
    service: &crate::catalog::Service,
    expected: &crate::catalog::Shape,
    name: &str,
    written: &str,
    found: &Shape,
    fix: impl Fn(&str) -> String,
    here: Location,
    reads: &mut Reads<'_>,
) {
    use crate::catalog::Shape as Model;
    let scalar = matches!(found, Shape::String | Shape::Number | Shape::Bool);
    if !scalar
        || !matches!(
            expected,
            Model::Structure { .. } | Model::List(_) | Model::Map(_)
        )
    {
        return;
    }
    let mut diagnostic = Diagnostic::error(
        Code::INVALID_TYPE,
        here,
        format!(
            "`{name}` takes {}, and `{written}` is {}: the call fails",
            expected.describe(),
            found.describe()
        ),
    );
    if service.model == "dynamodb" {
        let tag = match found {
            Shape::Number => "N",
            Shape::Bool => "BOOL",
            _ => "S",
        };
        diagnostic = diagnostic.with_help(format!(
            "DynamoDB takes attribute values: `{}`{}",
            fix(tag),
            if tag == "N" {
                " (with the number as a string)"
            } else {
                ""
            }
        ));
    }
    reads.out.push(diagnostic);
}

/// The output of a scope run on `input`: what its ending states give, joined.
fn scope_output(scope: &Scope<'_>, types: &Types, input: Shape) -> Shape {
    let Some(inputs) = state_inputs(scope, types, input) else {
        return Shape::Unknown;
    };
    let mut ignored = Vec::new();
    let mut reads = Reads::new(Location::root(), &mut ignored, types);
    let mut output = None::<Shape>;
    for (name, input) in &inputs {
        let Some(state) = scope.states.get(name) else {
            continue;
        };
        let outputs = transfer(
            state,
            input,
            types,
            types.results.get(name),
            scope.language,
            &mut reads,
        );
        if let Some(end) = outputs.end {
            output = Some(match output {
                Some(output) => output.join(&end),
                None => end,
            });
        }
    }
    output.unwrap_or(Shape::Unknown)
}

/// One shape for values that come from any of `shapes` (a Parallel's branches): what they
/// share, where a field only some have is not an error to read (it is there in the item
/// that comes from those).
fn any_of(shapes: impl Iterator<Item = Shape>) -> Shape {
    shapes
        .reduce(|a, b| a.join(&b))
        .map_or(Shape::Unknown, Shape::without_absence)
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
        Some(None) => Shape::Object(IndexMap::new()),
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
        Shape::Unknown => (IndexMap::new(), true),
        _ => return Shape::Unknown,
    };
    let mut fields = fields;
    let inner = fields.get(*first).map_or(
        if open {
            Shape::Unknown
        } else {
            Shape::Object(IndexMap::new())
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

/// A Choice rule reads its `Variable` and the paths of `...Path` comparisons; a comparison
/// of a kind the operands never have can never be true.
fn rule_reads(rule: &ChoiceRule, input: &Shape, at: &Location, reads: &mut Reads<'_>) {
    // `IsPresent` is how a maybe-absent field is read safely.
    let tolerant = rule
        .comparisons
        .iter()
        .any(|c| c.operator.as_str() == "IsPresent");
    let variable = rule.variable.as_ref().map(|variable| {
        let shape = reads.read_with(input, variable, &at.key("Variable"), tolerant);
        (variable, shape)
    });
    for comparison in &rule.comparisons {
        let operator = comparison.operator.as_str();
        let operand = match comparison.value.as_str() {
            Some(path) if comparison.operator.operand() == Operand::Path => {
                Some((path, reads.read(input, path, &at.key(operator))))
            }
            _ => None,
        };
        let Some(wanted) = compared_kind(operator) else {
            continue;
        };
        for (path, shape, field) in variable
            .iter()
            .map(|(v, s)| (v.as_str(), s, "Variable"))
            .chain(operand.iter().map(|(p, s)| (*p, s, operator)))
        {
            if matches!(shape, Shape::Unknown) || *shape == wanted {
                continue;
            }
            if shape.may_be(&wanted) {
                // Of the compared kind on some paths only: not an error, but worth a look.
                reads.out.push(
                    Diagnostic::warning(
                        Code::INVALID_CHOICE_OPERAND,
                        at.key(field),
                        format!(
                            "`{operator}` compares {}, and `{path}` is {}: the rule is false on the paths where it is not {}",
                            plural(&wanted),
                            shape.describe(),
                            wanted.describe()
                        ),
                    )
                    .with_help("give it one kind on every path into this state, or test its kind first (`IsNumeric`, `IsString`)"),
                );
                continue;
            }
            let mut diagnostic = Diagnostic::error(
                Code::INVALID_CHOICE_OPERAND,
                at.key(field),
                format!(
                    "`{operator}` compares {}, and `{path}` is {} here: the rule is never true",
                    plural(&wanted),
                    shape.describe()
                ),
            );
            if *shape == Shape::String && wanted == Shape::Number && path.ends_with(".N") {
                diagnostic = diagnostic.with_help("DynamoDB gives numbers as strings in `N`: turn it into a number first (`States.StringToJson` in a Pass state's Parameters), then compare");
            } else if *shape == Shape::Number && wanted == Shape::String {
                diagnostic = diagnostic.with_help("compare numbers with `NumericEquals` (or turn the number into a string with `States.Format`)");
            }
            reads.out.push(diagnostic);
        }
    }
    for (key, nested) in [("And", &rule.and), ("Or", &rule.or)] {
        for (index, rule) in nested.iter().flatten().enumerate() {
            rule_reads(rule, input, &at.key(key).index(index), reads);
        }
    }
    if let Some(rule) = &rule.not {
        rule_reads(rule, input, &at.key("Not"), reads);
    }
}

/// The kind a Choice operator compares (`None`: type tests, which take anything). The States
/// Language specification's Choice rules: a comparison whose operand is of another type does
/// not match (it is false, not an error), which is why a numeric test on DynamoDB's `N` string
/// quietly takes the default.
fn compared_kind(operator: &str) -> Option<Shape> {
    let base = operator.strip_suffix("Path").unwrap_or(operator);
    if base.starts_with("String") {
        Some(Shape::String)
    } else if base.starts_with("Numeric") {
        Some(Shape::Number)
    } else if base.starts_with("Boolean") {
        Some(Shape::Bool)
    } else if base.starts_with("Timestamp") {
        Some(Shape::String)
    } else {
        None
    }
}

fn plural(kind: &Shape) -> &'static str {
    match kind {
        Shape::String => "strings",
        Shape::Number => "numbers",
        Shape::Bool => "booleans",
        _ => "values",
    }
}

/// `shape` where `rule` holds: every field a comparison reads (but `IsPresent: false`, `Not`
/// and `Or`, which say nothing of presence) is there.
fn present(shape: &Shape, rule: &ChoiceRule) -> Shape {
    let mut shape = shape.clone();
    if let Some(variable) = &rule.variable
        && rule
            .comparisons
            .iter()
            .any(|c| !(c.operator.as_str() == "IsPresent" && c.value == Value::Bool(false)))
        && let Ok(parsed) = jsonpath::parse(variable)
        && parsed.root == Root::Input
    {
        let names: Vec<&str> = parsed
            .steps
            .iter()
            .map_while(|(step, _)| match step {
                Step::Field(name) => Some(name.as_str()),
                _ => None,
            })
            .collect();
        shape = mark_present(&shape, &names);
    }
    for nested in rule.and.iter().flatten() {
        shape = present(&shape, nested);
    }
    shape
}

fn mark_present(shape: &Shape, names: &[&str]) -> Shape {
    let (Some((first, rest)), Shape::Object(fields) | Shape::Partial(fields)) =
        (names.split_first(), shape)
    else {
        return shape.clone();
    };
    let mut fields = fields.clone();
    if let Some(field) = fields.get_mut(*first) {
        field.required = true;
        field.maybe_missing = false;
        field.shape = mark_present(&field.shape, rest);
    }
    match shape {
        Shape::Partial(_) => Shape::Partial(fields),
        _ => Shape::Object(fields),
    }
}

/// An intrinsic function call: the paths it reads are checked like any other, each against
/// the kind its parameter takes, and what it returns is typed.
fn intrinsic(
    call: &crate::intrinsic::Call,
    text: &str,
    from: &Shape,
    at: &Location,
    reads: &mut Reads<'_>,
) -> Shape {
    use crate::intrinsic::Arg;
    for (index, arg) in call.args.iter().enumerate() {
        let shape = match arg {
            Arg::Path(path, span) if path.root == Root::Input => {
                let written = &text[span.clone()];
                let shape = reads.read(from, written, at);
                (shape, written)
            }
            Arg::Call(inner) => (
                intrinsic(inner, text, from, at, reads),
                &text[inner.span.clone()],
            ),
            _ => continue,
        };
        let (shape, written) = shape;
        let Some(wanted) = crate::intrinsic::parameter_kind(&call.name, index) else {
            continue;
        };
        let fits = matches!(
            (&shape, wanted),
            // One of several kinds by path: not certain to fail.
            (Shape::Unknown | Shape::AnyOf(_), _)
                | (Shape::String, "a string")
                | (Shape::Number, "a number" | "a whole number")
                | (Shape::Bool, "a boolean")
                | (Shape::Array(_), "an array")
                | (
                    Shape::Object(_) | Shape::Partial(_) | Shape::Map(_),
                    "a JSON object"
                )
        );
        if !fits {
            let mut diagnostic = Diagnostic::error(
                Code::INVALID_INTRINSIC_FUNCTION,
                at.clone(),
                format!(
                    "argument {} of `{}` must be {wanted}, and `{written}` is {}: the call fails",
                    index + 1,
                    call.name,
                    shape.describe()
                ),
            );
            if shape == Shape::String && wanted.contains("number") {
                diagnostic = diagnostic.with_help(format!(
                    "turn it into a number first: `States.StringToJson({written})`"
                ));
            }
            reads.out.push(diagnostic);
        }
    }
    match call.name.as_str() {
        "States.Format"
        | "States.JsonToString"
        | "States.Base64Encode"
        | "States.Base64Decode"
        | "States.Hash"
        | "States.UUID" => Shape::String,
        "States.MathAdd" | "States.MathRandom" | "States.ArrayLength" => Shape::Number,
        "States.ArrayContains" => Shape::Bool,
        "States.StringSplit" => Shape::Array(Box::new(Shape::String)),
        "States.Array" | "States.ArrayPartition" | "States.ArrayRange" | "States.ArrayUnique" => {
            Shape::Array(Box::new(Shape::Unknown))
        }
        _ => Shape::Unknown,
    }
}

/// The values a Task's parameters read at run time, against what the API takes: a string,
/// number or boolean where the model has a structure, list or map (a DynamoDB key
/// `{"pk.$": "$.id"}` where `{"pk": {"S.$": "$.id"}}` belongs) fails the call.
fn dynamic_parameters(
    service: &crate::catalog::Service,
    shape: &crate::catalog::Shape,
    payload: &Value,
    from: &Shape,
    at: &Location,
    reads: &mut Reads<'_>,
) {
    use crate::catalog::Shape as Model;
    let member_shape = |name: &str| -> Option<&Model> {
        match shape {
            Model::Structure { members, .. } => service.shape(members.get(name).copied()),
            Model::Map(value) => service.shape(Some(*value)),
            _ => None,
        }
    };
    let Value::Object(fields) = payload else {
        return;
    };
    for (key, value) in fields {
        let here = at.key(key);
        match (key.strip_suffix(".$"), value) {
            (Some(name), Value::String(path))
                if path.starts_with('$') && !path.starts_with("$$") =>
            {
                let Some(expected) = member_shape(name) else {
                    continue;
                };
                let mut quiet = Vec::new();
                let found = reads
                    .quiet(here.clone(), &mut quiet)
                    .read(from, path, &here);
                let fix = |tag: &str| format!("\"{name}\": {{\"{tag}.$\": \"{path}\"}}");
                scalar_for_structure(service, expected, name, path, &found, fix, here, reads);
            }
            // JSONata: `Arguments` with `{% %}` values.
            (None, Value::String(text)) if crate::jsonata::template(text).is_some() => {
                let Some(expected) = member_shape(key) else {
                    continue;
                };
                let env = jsonata_values::Env {
                    input: from,
                    result: None,
                    error_output: false,
                };
                let found = jsonata_values::template_shape(value, &env);
                let fix = |tag: &str| format!("\"{key}\": {{\"{tag}\": \"{text}\"}}");
                scalar_for_structure(service, expected, key, text, &found, fix, here, reads);
            }
            (None, Value::Object(_)) => {
                if let Some(inner) = member_shape(key) {
                    dynamic_parameters(service, inner, value, from, &here, reads);
                }
            }
            _ => {}
        }
    }
}
