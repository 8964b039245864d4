//! The one model of a state machine: every front end produces it, every back end consumes it.
//!
//! The model mirrors the Amazon States Language field for field, for both query languages.
//! It is deliberately permissive (it can hold a state with both `Next` and `End`, or a
//! JSONata field in a JSONPath state) so that the validator can report every mistake
//! with its location instead of the parser stopping at the first one.
//!
//! Field order in each struct is the canonical emission order.

mod choice;
mod map;

pub use choice::{ChoiceRule, Comparison, Operand, Operator};
pub use map::{
    ExecutionType, ItemBatcher, ItemProcessor, ItemReader, ProcessorConfig, ProcessorMode,
    ResultWriter,
};

use indexmap::IndexMap;
use serde::Serialize;
use serde_json::{Number, Value};

/// A JSON payload template (`Parameters`, `Arguments`, `Result`, `Assign`, ...), kept as
/// written: keys ending in `.$` (JSONPath) or `{% %}` strings (JSONata) are evaluated at run time.
pub type Payload = Value;

/// An optional path field where `null` is meaningful (`"ResultPath": null` discards the result).
/// `None`: absent; `Some(None)`: `null`; `Some(Some(path))`: a path.
pub type NullablePath = Option<Option<String>>;

/// The states of one scope, in document order.
pub type States = IndexMap<String, State>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum QueryLanguage {
    JSONPath,
    JSONata,
}

impl QueryLanguage {
    pub fn as_str(self) -> &'static str {
        match self {
            QueryLanguage::JSONPath => "JSONPath",
            QueryLanguage::JSONata => "JSONata",
        }
    }
}

/// A number, or (in JSONata states) a `{% %}` expression that yields one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum NumberOrExpr {
    Number(Number),
    Expr(String),
}

impl From<u64> for NumberOrExpr {
    fn from(value: u64) -> Self {
        NumberOrExpr::Number(value.into())
    }
}

/// A whole state machine definition.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct StateMachine {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<Number>,
    pub start_at: String,
    pub states: States,
}

impl StateMachine {
    /// The query language states use unless they say otherwise.
    pub fn default_query_language(&self) -> QueryLanguage {
        self.query_language.unwrap_or(QueryLanguage::JSONPath)
    }
}

/// A nested machine: a Parallel branch, or the body of a Map.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Branch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    pub start_at: String,
    pub states: States,
}

/// One state. Serialized with its `Type` first.
///
/// Variants differ in size (a Map has many optional fields); states live once in their
/// scope's map and are not moved around, so boxing them would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "Type")]
pub enum State {
    Task(Task),
    Pass(Pass),
    Choice(Choice),
    Wait(Wait),
    Succeed(Succeed),
    Fail(Fail),
    Parallel(Parallel),
    Map(Map),
}

/// What comes after a state: `Next` or `End` (exactly one, checked by the validator).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Transition {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<bool>,
}

impl Transition {
    pub fn next(state: impl Into<String>) -> Self {
        Self {
            next: Some(state.into()),
            end: None,
        }
    }

    pub fn end() -> Self {
        Self {
            next: None,
            end: Some(true),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Task {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    pub resource: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_selector: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assign: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<NumberOrExpr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeout_seconds_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heartbeat_seconds: Option<NumberOrExpr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heartbeat_seconds_path: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub retry: Vec<Retrier>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub catch: Vec<Catcher>,
    #[serde(flatten)]
    pub transition: Transition,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Pass {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assign: Option<Payload>,
    #[serde(flatten)]
    pub transition: Transition,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Choice {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_path: NullablePath,
    pub choices: Vec<ChoiceRule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assign: Option<Payload>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Wait {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds: Option<NumberOrExpr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assign: Option<Payload>,
    #[serde(flatten)]
    pub transition: Transition,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Succeed {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Payload>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Fail {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause_path: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Parallel {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Payload>,
    pub branches: Vec<Branch>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_selector: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assign: Option<Payload>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub retry: Vec<Retrier>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub catch: Vec<Catcher>,
    #[serde(flatten)]
    pub transition: Transition,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Map {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_language: Option<QueryLanguage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_reader: Option<ItemReader>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_selector: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_batcher: Option<ItemBatcher>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_processor: Option<ItemProcessor>,
    /// The legacy name of `ItemProcessor` (inline mode only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iterator: Option<ItemProcessor>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_concurrency: Option<NumberOrExpr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_concurrency_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tolerated_failure_percentage: Option<NumberOrExpr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tolerated_failure_percentage_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tolerated_failure_count: Option<NumberOrExpr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tolerated_failure_count_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_writer: Option<ResultWriter>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_selector: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assign: Option<Payload>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub retry: Vec<Retrier>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub catch: Vec<Catcher>,
    #[serde(flatten)]
    pub transition: Transition,
}

impl Map {
    /// The body, under its current or legacy name.
    pub fn processor(&self) -> Option<&ItemProcessor> {
        self.item_processor.as_ref().or(self.iterator.as_ref())
    }

    pub fn mode(&self) -> ProcessorMode {
        self.processor()
            .and_then(|p| p.processor_config.as_ref())
            .and_then(|c| c.mode)
            .unwrap_or(ProcessorMode::Inline)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum JitterStrategy {
    Full,
    None,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Retrier {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    pub error_equals: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval_seconds: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backoff_rate: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_delay_seconds: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jitter_strategy: Option<JitterStrategy>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Catcher {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    pub error_equals: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_path: NullablePath,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assign: Option<Payload>,
    pub next: String,
}

impl State {
    /// The `Type` name.
    pub fn type_name(&self) -> &'static str {
        match self {
            State::Task(_) => "Task",
            State::Pass(_) => "Pass",
            State::Choice(_) => "Choice",
            State::Wait(_) => "Wait",
            State::Succeed(_) => "Succeed",
            State::Fail(_) => "Fail",
            State::Parallel(_) => "Parallel",
            State::Map(_) => "Map",
        }
    }

    pub fn query_language(&self) -> Option<QueryLanguage> {
        match self {
            State::Task(s) => s.query_language,
            State::Pass(s) => s.query_language,
            State::Choice(s) => s.query_language,
            State::Wait(s) => s.query_language,
            State::Succeed(s) => s.query_language,
            State::Fail(s) => s.query_language,
            State::Parallel(s) => s.query_language,
            State::Map(s) => s.query_language,
        }
    }

    /// `Next`/`End`, for the state types that have them.
    pub fn transition(&self) -> Option<&Transition> {
        match self {
            State::Task(s) => Some(&s.transition),
            State::Pass(s) => Some(&s.transition),
            State::Wait(s) => Some(&s.transition),
            State::Parallel(s) => Some(&s.transition),
            State::Map(s) => Some(&s.transition),
            State::Choice(_) | State::Succeed(_) | State::Fail(_) => None,
        }
    }

    pub fn catchers(&self) -> &[Catcher] {
        match self {
            State::Task(s) => &s.catch,
            State::Parallel(s) => &s.catch,
            State::Map(s) => &s.catch,
            _ => &[],
        }
    }

    pub fn retriers(&self) -> &[Retrier] {
        match self {
            State::Task(s) => &s.retry,
            State::Parallel(s) => &s.retry,
            State::Map(s) => &s.retry,
            _ => &[],
        }
    }

    /// The state-level `Assign`.
    pub fn assign(&self) -> Option<&Payload> {
        match self {
            State::Task(s) => s.assign.as_ref(),
            State::Pass(s) => s.assign.as_ref(),
            State::Choice(s) => s.assign.as_ref(),
            State::Wait(s) => s.assign.as_ref(),
            State::Parallel(s) => s.assign.as_ref(),
            State::Map(s) => s.assign.as_ref(),
            State::Succeed(_) | State::Fail(_) => None,
        }
    }

    /// The state-level `Output` (JSONata).
    pub fn output(&self) -> Option<&Payload> {
        match self {
            State::Task(s) => s.output.as_ref(),
            State::Pass(s) => s.output.as_ref(),
            State::Choice(s) => s.output.as_ref(),
            State::Wait(s) => s.output.as_ref(),
            State::Succeed(s) => s.output.as_ref(),
            State::Parallel(s) => s.output.as_ref(),
            State::Map(s) => s.output.as_ref(),
            State::Fail(_) => None,
        }
    }

    /// Whether an execution can end in this state.
    pub fn is_terminal(&self) -> bool {
        match self {
            State::Succeed(_) | State::Fail(_) => true,
            _ => self.transition().is_some_and(|t| t.end == Some(true)),
        }
    }

    /// Every state name this state can move to, with where that name is written
    /// (a list of keys and indexes relative to the state).
    pub fn successors(&self) -> Vec<(&str, SuccessorField)> {
        let mut out = Vec::new();
        if let Some(next) = self.transition().and_then(|t| t.next.as_deref()) {
            out.push((next, SuccessorField::Next));
        }
        if let State::Choice(choice) = self {
            for (i, rule) in choice.choices.iter().enumerate() {
                if let Some(next) = rule.next.as_deref() {
                    out.push((next, SuccessorField::ChoiceNext(i)));
                }
            }
            if let Some(default) = choice.default.as_deref() {
                out.push((default, SuccessorField::Default));
            }
        }
        for (i, catcher) in self.catchers().iter().enumerate() {
            out.push((catcher.next.as_str(), SuccessorField::CatchNext(i)));
        }
        out
    }

    /// The nested machines of a Parallel or Map state, with the field that holds them.
    pub fn children(&self) -> Vec<(ChildField, &str, &States)> {
        match self {
            State::Parallel(p) => p
                .branches
                .iter()
                .enumerate()
                .map(|(i, b)| (ChildField::Branch(i), b.start_at.as_str(), &b.states))
                .collect(),
            State::Map(m) => {
                let mut out = Vec::new();
                if let Some(p) = &m.item_processor {
                    out.push((ChildField::ItemProcessor, p.start_at.as_str(), &p.states));
                }
                if let Some(p) = &m.iterator {
                    out.push((ChildField::Iterator, p.start_at.as_str(), &p.states));
                }
                out
            }
            _ => Vec::new(),
        }
    }
}

/// Which field of a state names a successor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuccessorField {
    Next,
    Default,
    ChoiceNext(usize),
    CatchNext(usize),
}

/// Which field of a state holds a nested machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChildField {
    Branch(usize),
    ItemProcessor,
    Iterator,
}

impl ChildField {
    /// Where the nested machine is, below the state at `state`.
    pub fn at(self, state: &crate::diagnostic::Location) -> crate::diagnostic::Location {
        match self {
            ChildField::Branch(i) => state.key("Branches").index(i),
            ChildField::ItemProcessor => state.key("ItemProcessor"),
            ChildField::Iterator => state.key("Iterator"),
        }
    }
}

/// Calls `each` with every state of the machine at `machine` (the root, or a nested one), and
/// of the machines nested in them: its name, the state, and where it is (`States.<name>`).
pub fn visit_states(
    states: &States,
    machine: &crate::diagnostic::Location,
    each: &mut dyn FnMut(&str, &State, &crate::diagnostic::Location),
) {
    for (name, state) in states {
        let here = machine.key("States").key(name);
        each(name, state, &here);
        for (field, _, nested) in state.children() {
            visit_states(nested, &field.at(&here), each);
        }
    }
}
