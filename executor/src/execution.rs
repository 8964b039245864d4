//! What a run gives back: how the execution ended, its output or error, the states entered
//! with their input and output, the history as AWS's event list, and what was exercised.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::clock::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Status {
    Succeeded,
    Failed,
    TimedOut,
    Aborted,
}

/// One state entered, in order (nested branches and iterations included).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub name: String,
    pub input: Value,
    /// `None` when the state failed.
    pub output: Option<Value>,
    pub entered: String,
}

/// One event of the execution history, shaped as `GetExecutionHistory` returns it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    pub id: u64,
    pub previous_event_id: u64,
    pub timestamp: String,
    pub r#type: String,
    #[serde(flatten)]
    pub details: Map<String, Value>,
}

/// A finished execution.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Execution {
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    /// The names of the states entered, in order.
    pub states: Vec<String>,
    #[serde(skip)]
    pub steps: Vec<Step>,
    #[serde(skip)]
    pub history: Vec<Event>,
    pub start_date: String,
    pub stop_date: String,
    #[serde(skip)]
    pub coverage: Coverage,
}

impl Execution {
    /// The steps of one state, in the order it was entered.
    pub fn steps_of<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Step> + 'a {
        self.steps.iter().filter(move |s| s.name == name)
    }

    pub fn succeeded(&self) -> bool {
        self.status == Status::Succeeded
    }
}

/// What an execution (or a suite of them, merged) exercised: states entered, Choice rules
/// taken (`Default` as index `None`), retriers and catchers that handled an error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    pub states: BTreeMap<String, u64>,
    pub choices: BTreeMap<(String, Option<usize>), u64>,
    pub retriers: BTreeMap<(String, usize), u64>,
    pub catchers: BTreeMap<(String, usize), u64>,
}

impl Coverage {
    pub fn merge(&mut self, other: &Coverage) {
        for (k, v) in &other.states {
            *self.states.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &other.choices {
            *self.choices.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &other.retriers {
            *self.retriers.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &other.catchers {
            *self.catchers.entry(k.clone()).or_default() += v;
        }
    }
}

/// The history being written.
#[derive(Debug, Default)]
pub(crate) struct History {
    pub events: Vec<Event>,
}

impl History {
    pub fn push(&mut self, at: Instant, kind: &str, details: Option<(&str, Value)>) {
        let id = self.events.len() as u64 + 1;
        let mut map = Map::new();
        if let Some((key, value)) = details {
            map.insert(key.to_owned(), value);
        }
        self.events.push(Event {
            id,
            previous_event_id: id - 1,
            timestamp: at.to_rfc3339(),
            r#type: kind.to_owned(),
            details: map,
        });
    }
}
