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
    /// When the state was entered, on the execution's clock (`to_rfc3339()` writes it as
    /// AWS does; it serializes so).
    pub entered: Instant,
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
    pub(crate) history: History,
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

    /// The execution history, as AWS's `GetExecutionHistory` lists it (empty for Express
    /// executions, which AWS keeps no history of).
    pub fn history(&self) -> Vec<Event> {
        if self.history.express {
            return Vec::new();
        }
        self.history.events(&self.steps)
    }

    /// The events as a Standard execution's history would list them, Express ones too: what
    /// a picture of the run is drawn from.
    pub fn trace(&self) -> Vec<Event> {
        self.history.events(&self.steps)
    }

    pub fn succeeded(&self) -> bool {
        self.status == Status::Succeeded
    }
}

/// What an execution (or a suite of them, merged) exercised: states entered, Choice rules
/// taken (`Default` as index `None`), retriers and catchers that handled an error. As JSON,
/// each map is a list of `[key, count]` pairs (its keys are not all strings).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Coverage {
    #[serde(with = "pairs")]
    pub states: BTreeMap<String, u64>,
    #[serde(with = "pairs")]
    pub choices: BTreeMap<(String, Option<usize>), u64>,
    #[serde(with = "pairs")]
    pub retriers: BTreeMap<(String, usize), u64>,
    #[serde(with = "pairs")]
    pub catchers: BTreeMap<(String, usize), u64>,
    /// Transitions taken, `(from, to)`: `Next`, a Choice's target, a catcher's `Next`.
    #[serde(default, with = "pairs")]
    pub transitions: BTreeMap<(String, String), u64>,
}

/// A map as the list of its entries.
mod pairs {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<K: Serialize, S: Serializer>(
        map: &BTreeMap<K, u64>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(map.iter())
    }

    pub fn deserialize<'de, K: Deserialize<'de> + Ord, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<BTreeMap<K, u64>, D::Error> {
        Ok(Vec::<(K, u64)>::deserialize(deserializer)?
            .into_iter()
            .collect())
    }
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
        for (k, v) in &other.transitions {
            *self.transitions.entry(k.clone()).or_default() += v;
        }
    }
}

/// The history being written. Events are kept with their instant and turned into AWS's
/// shape only when asked for ([`Execution::history`]): a state's input and output are its
/// step's, so a run that nobody asks the history of never writes them out. Express
/// executions keep none (AWS keeps none for them).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct History {
    /// Off inside a distributed Map's children, which AWS records in their own histories.
    pub recording: bool,
    /// An Express execution's: kept for [`Execution::trace`], not given as its history.
    pub express: bool,
    events: Vec<(Instant, &'static str, Details)>,
    /// Every event, recorded or not: the id the last one has (an Express execution's events
    /// are numbered too, though AWS keeps none of them).
    count: usize,
}

#[derive(Debug, Clone, PartialEq)]
enum Details {
    None,
    Given(&'static str, Value),
    /// A state entered: the name and input of this step.
    Entered(usize),
    /// A state left: the name and output of this step.
    Exited(usize),
}

impl History {
    pub fn new(recording: bool, express: bool) -> History {
        History {
            recording,
            express,
            events: Vec::new(),
            count: 0,
        }
    }

    /// The id of the last event.
    pub fn count(&self) -> usize {
        self.count
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn push(
        &mut self,
        at: Instant,
        kind: &'static str,
        details: impl FnOnce() -> Option<(&'static str, Value)>,
    ) {
        self.count += 1;
        if self.recording {
            let details =
                details().map_or(Details::None, |(key, value)| Details::Given(key, value));
            self.events.push((at, kind, details));
        }
    }

    pub fn entered(&mut self, at: Instant, kind: &'static str, step: usize) {
        self.count += 1;
        if self.recording {
            self.events.push((at, kind, Details::Entered(step)));
        }
    }

    pub fn exited(&mut self, at: Instant, kind: &'static str, step: usize) {
        self.count += 1;
        if self.recording {
            self.events.push((at, kind, Details::Exited(step)));
        }
    }

    fn events(&self, steps: &[Step]) -> Vec<Event> {
        let step_details = |key: &str, step: usize, field: &str, value: Option<&Value>| {
            let name = steps.get(step).map_or("", |s| s.name.as_str());
            let text = value.map_or_else(String::new, Value::to_string);
            (
                key.to_owned(),
                serde_json::json!({"name": name, field: text}),
            )
        };
        self.events
            .iter()
            .enumerate()
            .map(|(i, (at, kind, details))| {
                let id = i as u64 + 1;
                let mut map = Map::new();
                let entry = match details {
                    Details::None => None,
                    Details::Given(key, value) => Some(((*key).to_owned(), value.clone())),
                    Details::Entered(step) => Some(step_details(
                        "stateEnteredEventDetails",
                        *step,
                        "input",
                        steps.get(*step).map(|s| &s.input),
                    )),
                    Details::Exited(step) => Some(step_details(
                        "stateExitedEventDetails",
                        *step,
                        "output",
                        steps.get(*step).and_then(|s| s.output.as_ref()),
                    )),
                };
                if let Some((key, value)) = entry {
                    map.insert(key, value);
                }
                Event {
                    id,
                    previous_event_id: id - 1,
                    timestamp: at.to_rfc3339(),
                    r#type: (*kind).to_owned(),
                    details: map,
                }
            })
            .collect()
    }
}
