//! A run as the page shows it, read from its history events in the shape AWS's
//! `GetExecutionHistory` gives them (the local executor writes the same shape): each state's
//! visits with input, output, error, cause and retries, Map iterations, and the transitions
//! taken. One reader for a local run and for an execution on AWS.
//!
//! Events are attributed to visits by following `previousEventId`, not by their order: on
//! AWS the events of Parallel branches and Map iterations interleave, and each one points
//! back at the event before it in its own branch.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;
use serde_json::{Map, Value};
use sfn_executor::Event;

/// What became of one visit of a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Succeeded,
    /// Succeeded after at least one retry.
    Retried,
    /// Failed and a catcher took the error on.
    Caught,
    Failed,
    /// Not left when the history ends (a running execution's current state).
    Running,
}

/// One time a state was entered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Visit {
    pub state: String,
    /// The Parallel or Map visit it ran inside.
    pub parent: Option<usize>,
    /// The index of the Map iteration it ran in (of `parent`).
    pub iteration: Option<u64>,
    /// Milliseconds after the execution started.
    pub entered: i64,
    pub left: Option<i64>,
    /// When its last event happened (where a visit never left ends on the timeline).
    pub last: i64,
    pub input: Value,
    pub output: Option<Value>,
    pub error: Option<String>,
    pub cause: Option<String>,
    pub retries: u32,
    pub outcome: Outcome,
    /// A Map visit's iterations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iterations: Option<Iterations>,
    #[serde(skip)]
    attempts: u32,
    #[serde(skip)]
    last_attempt_failed: bool,
}

/// How a Map visit's iterations ended.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Iterations {
    /// Items the Map started with (`MapStateStarted`'s `length`).
    pub length: u64,
    pub succeeded: u64,
    pub failed: u64,
    pub aborted: u64,
}

/// One history event on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    pub id: u64,
    /// Milliseconds after the execution started.
    pub at: i64,
    pub kind: String,
    /// The visit it belongs to.
    pub visit: Option<usize>,
}

/// A whole run, read from its events.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Trace {
    /// `SUCCEEDED`, `FAILED`, `TIMED_OUT`, `ABORTED`, or `RUNNING` when no event ends it.
    pub status: String,
    /// The execution's start, as the first event's timestamp gives it.
    pub started: String,
    /// Milliseconds from the start to the last event.
    pub duration: i64,
    pub input: Option<Value>,
    pub output: Option<Value>,
    pub error: Option<String>,
    pub cause: Option<String>,
    pub visits: Vec<Visit>,
    pub events: Vec<Mark>,
    /// `(from, to, caught)`: a state left for another, through a catcher or not.
    #[serde(skip)]
    pub transitions: BTreeSet<(String, String, bool)>,
    /// The visits not left yet, by the scope they run in (parent visit, iteration).
    #[serde(skip)]
    open: HashMap<(Option<usize>, Option<u64>), Vec<usize>>,
}

/// Where an event stands: the visit it belongs to, and the Map iteration it opens.
#[derive(Debug, Clone, Copy, Default)]
struct Place {
    visit: Option<usize>,
    iteration: Option<u64>,
}

/// The events that start an attempt of a state: more than one in a visit means retries.
fn starts_attempt(kind: &str) -> bool {
    kind.ends_with("Scheduled") || matches!(kind, "ParallelStateStarted" | "MapStateStarted")
}

/// An event that reports a failure (its details carry `error` and `cause`).
fn reports_failure(kind: &str) -> bool {
    kind.ends_with("Failed") || kind.ends_with("TimedOut") || kind.ends_with("Aborted")
}

impl Trace {
    /// Reads a history, in the order `GetExecutionHistory` lists it (oldest first).
    pub fn read(events: &[Event]) -> Trace {
        let mut trace = Trace {
            status: "RUNNING".to_owned(),
            started: events
                .first()
                .map(|e| e.timestamp.clone())
                .unwrap_or_default(),
            ..Trace::default()
        };
        let start = events.first().and_then(|e| millis(&e.timestamp));
        let mut after: HashMap<u64, Place> = HashMap::with_capacity(events.len());
        for event in events {
            let at = match (start, millis(&event.timestamp)) {
                (Some(start), Some(now)) => now - start,
                _ => 0,
            };
            let before = after
                .get(&event.previous_event_id)
                .copied()
                .unwrap_or_default();
            let place = trace.take(event, at, before, events);
            trace.duration = trace.duration.max(at);
            trace.events.push(Mark {
                id: event.id,
                at,
                kind: event.r#type.clone(),
                visit: place.visit,
            });
            after.insert(event.id, place);
        }
        trace.finish();
        trace
    }

    /// Applies one event; returns where the next event of its branch stands.
    fn take(&mut self, event: &Event, at: i64, before: Place, events: &[Event]) -> Place {
        let kind = event.r#type.as_str();
        let details = details(event);
        let name = details.and_then(|d| d.get("name")).and_then(Value::as_str);
        if kind.ends_with("StateEntered") {
            return self.enter(event, at, before, name, events);
        }
        // The visit it concerns: the nearest one of the state it names, else the current one.
        let owner = match name {
            Some(name) => self.nearest(before.visit, name).or(before.visit),
            None => before.visit,
        };
        if kind.starts_with("Execution") {
            self.execution_event(kind, details);
            if reports_failure(kind) {
                self.fail_open_children(None, None, details);
            }
            return before;
        }
        let Some(visit) = owner else {
            return before;
        };
        self.visits[visit].last = at;
        if kind.ends_with("StateExited") {
            let v = &mut self.visits[visit];
            if let Some(open) = self.open.get_mut(&(v.parent, v.iteration)) {
                open.retain(|&o| o != visit);
            }
            v.left = Some(at);
            v.output = details.and_then(|d| d.get("output")).map(parse_data);
            v.outcome = if v.last_attempt_failed {
                Outcome::Caught
            } else if v.attempts > 1 {
                Outcome::Retried
            } else {
                Outcome::Succeeded
            };
            return Place {
                visit: v.parent,
                iteration: v.iteration,
            };
        }
        if kind == "MapIterationStarted" {
            let index = details.and_then(|d| d.get("index")).and_then(Value::as_u64);
            return Place {
                visit: Some(visit),
                iteration: index,
            };
        }
        let v = &mut self.visits[visit];
        if kind == "MapStateStarted" {
            let length = details
                .and_then(|d| d.get("length"))
                .and_then(Value::as_u64);
            v.iterations = Some(Iterations {
                length: length.unwrap_or_default(),
                ..Iterations::default()
            });
        }
        if let Some(iterations) = v.iterations.as_mut() {
            match kind {
                "MapIterationSucceeded" => iterations.succeeded += 1,
                "MapIterationFailed" => iterations.failed += 1,
                "MapIterationAborted" => iterations.aborted += 1,
                _ => {}
            }
        }
        if starts_attempt(kind) {
            v.attempts += 1;
            v.last_attempt_failed = false;
        }
        if kind.starts_with("MapIteration") {
            if reports_failure(kind) {
                let index = details.and_then(|d| d.get("index")).and_then(Value::as_u64);
                self.fail_open_children(Some(visit), index, details);
            }
        } else if reports_failure(kind) {
            v.error = text(details, "error");
            v.cause = text(details, "cause");
            v.last_attempt_failed = true;
            self.fail_open_children(Some(visit), None, details);
        }
        Place {
            visit: Some(visit),
            iteration: None,
        }
    }

    fn enter(
        &mut self,
        event: &Event,
        at: i64,
        before: Place,
        name: Option<&str>,
        events: &[Event],
    ) -> Place {
        let details = details(event);
        let state = name.unwrap_or_default().to_owned();
        // Left for this one: the state whose exit is the event just before, in this branch.
        let previous = events
            .binary_search_by_key(&event.previous_event_id, |e| e.id)
            .ok()
            .map(|i| &events[i]);
        if let Some(previous) = previous
            && previous.r#type.ends_with("StateExited")
            && let Some(left) = details_name(previous)
        {
            let caught = self
                .nearest_closed(before.visit, left)
                .is_some_and(|v| self.visits[v].outcome == Outcome::Caught);
            self.transitions
                .insert((left.to_owned(), state.clone(), caught));
        }
        let visit = self.visits.len();
        self.open
            .entry((before.visit, before.iteration))
            .or_default()
            .push(visit);
        self.visits.push(Visit {
            state,
            parent: before.visit,
            iteration: before.iteration,
            entered: at,
            left: None,
            last: at,
            input: details
                .and_then(|d| d.get("input"))
                .map_or(Value::Null, parse_data),
            output: None,
            error: None,
            cause: None,
            retries: 0,
            outcome: Outcome::Running,
            iterations: None,
            attempts: 0,
            last_attempt_failed: false,
        });
        Place {
            visit: Some(visit),
            iteration: None,
        }
    }

    fn execution_event(&mut self, kind: &str, details: Option<&Map<String, Value>>) {
        match kind {
            "ExecutionStarted" => {
                self.input = details.and_then(|d| d.get("input")).map(parse_data);
            }
            "ExecutionSucceeded" => {
                self.status = "SUCCEEDED".to_owned();
                self.output = details.and_then(|d| d.get("output")).map(parse_data);
            }
            "ExecutionFailed" | "ExecutionTimedOut" | "ExecutionAborted" => {
                self.status = match kind {
                    "ExecutionFailed" => "FAILED",
                    "ExecutionTimedOut" => "TIMED_OUT",
                    _ => "ABORTED",
                }
                .to_owned();
                self.error = text(details, "error");
                self.cause = text(details, "cause");
            }
            _ => {}
        }
    }

    /// A failure reported for a scope (the execution, a Parallel, a Map iteration) is the
    /// error of the states in it still open without one of their own: a Fail state reports
    /// its error only through its scope's failure event.
    fn fail_open_children(
        &mut self,
        parent: Option<usize>,
        iteration: Option<u64>,
        details: Option<&Map<String, Value>>,
    ) {
        for &child in self.open.get(&(parent, iteration)).into_iter().flatten() {
            let child = &mut self.visits[child];
            if child.error.is_none() && child.cause.is_none() {
                child.error = text(details, "error");
                child.cause = text(details, "cause");
            }
        }
    }

    /// The visit of `name` at or above `from`.
    fn nearest(&self, from: Option<usize>, name: &str) -> Option<usize> {
        let mut at = from;
        while let Some(v) = at {
            if self.visits[v].state == name {
                return Some(v);
            }
            at = self.visits[v].parent;
        }
        None
    }

    /// The latest left visit of `name` among the children of `parent` (the one just left).
    fn nearest_closed(&self, parent: Option<usize>, name: &str) -> Option<usize> {
        self.visits
            .iter()
            .rposition(|v| v.state == name && v.parent == parent && v.left.is_some())
    }

    /// Settles what the events left open: retries counted, and a visit never left is failed
    /// when it reported an error or the execution ended without it.
    fn finish(&mut self) {
        let ended = self.status != "RUNNING";
        for visit in &mut self.visits {
            visit.retries = visit.attempts.saturating_sub(1);
            if visit.left.is_none() && (visit.error.is_some() || ended) {
                visit.outcome = Outcome::Failed;
            }
        }
    }
}

/// An event's details object (`stateEnteredEventDetails`, `taskFailedEventDetails`...).
fn details(event: &Event) -> Option<&Map<String, Value>> {
    event.details.values().find_map(Value::as_object)
}

fn details_name(event: &Event) -> Option<&str> {
    details(event)?.get("name")?.as_str()
}

fn text(details: Option<&Map<String, Value>>, key: &str) -> Option<String> {
    details?.get(key)?.as_str().map(str::to_owned)
}

/// Input and output are JSON text in a history; a text that is not JSON stays a string.
fn parse_data(value: &Value) -> Value {
    match value {
        Value::String(text) => serde_json::from_str(text).unwrap_or_else(|_| value.clone()),
        other => other.clone(),
    }
}

fn millis(timestamp: &str) -> Option<i64> {
    sfn_codegen::timestamp::parse_millis(timestamp)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// `(id, previous, type, details)`, a second apart.
    fn history(events: &[(u64, u64, &str, Value)]) -> Vec<Event> {
        events
            .iter()
            .map(|(id, previous, kind, details)| {
                let mut map = Map::new();
                if !details.is_null() {
                    map.insert("details".to_owned(), details.clone());
                }
                Event {
                    id: *id,
                    previous_event_id: *previous,
                    timestamp: format!("2026-12-06T10:00:{:02}Z", id),
                    r#type: (*kind).to_owned(),
                    details: map,
                }
            })
            .collect()
    }

    fn entered(name: &str, input: &str) -> Value {
        json!({"name": name, "input": input})
    }

    fn exited(name: &str, output: &str) -> Value {
        json!({"name": name, "output": output})
    }

    fn shown(trace: &Trace) -> Vec<String> {
        trace
            .visits
            .iter()
            .map(|v| {
                let parent = v
                    .parent
                    .map_or("-".to_owned(), |p| trace.visits[p].state.clone());
                let iteration = v.iteration.map_or(String::new(), |i| format!("#{i}"));
                format!(
                    "{} in {parent}{iteration}: {:?} {}..{:?} retries {} {:?}",
                    v.state, v.outcome, v.entered, v.left, v.retries, v.error
                )
            })
            .collect()
    }

    /// On AWS, Parallel branches and Map iterations run at once and their events interleave;
    /// each points back (`previousEventId`) at the event before it in its own branch. The
    /// reader follows those links, not the order.
    #[test]
    fn interleaved_branches_and_iterations_are_told_apart_by_their_links() {
        let events = history(&[
            (1, 0, "ExecutionStarted", json!({"input": "{}"})),
            (2, 1, "ParallelStateEntered", entered("Both", "{}")),
            (3, 2, "ParallelStateStarted", Value::Null),
            (4, 3, "TaskStateEntered", entered("Charge", "{}")),
            (5, 3, "MapStateEntered", entered("Each", "[1,2]")),
            (6, 4, "TaskScheduled", Value::Null),
            (7, 5, "MapStateStarted", json!({"length": 2})),
            (
                8,
                7,
                "MapIterationStarted",
                json!({"name": "Each", "index": 0}),
            ),
            (
                9,
                7,
                "MapIterationStarted",
                json!({"name": "Each", "index": 1}),
            ),
            (10, 8, "PassStateEntered", entered("Item", "1")),
            (11, 9, "PassStateEntered", entered("Item", "2")),
            (
                12,
                6,
                "TaskFailed",
                json!({"error": "Lambda.TooManyRequestsException", "cause": "slow down"}),
            ),
            (13, 11, "PassStateExited", exited("Item", "2")),
            (14, 10, "PassStateExited", exited("Item", "1")),
            (15, 12, "TaskScheduled", Value::Null),
            (
                16,
                13,
                "MapIterationSucceeded",
                json!({"name": "Each", "index": 1}),
            ),
            (
                17,
                14,
                "MapIterationSucceeded",
                json!({"name": "Each", "index": 0}),
            ),
            (18, 17, "MapStateSucceeded", Value::Null),
            (19, 18, "MapStateExited", exited("Each", "[1,2]")),
            (20, 15, "TaskSucceeded", json!({"output": "{}"})),
            (
                21,
                20,
                "TaskStateExited",
                exited("Charge", "{\"paid\":true}"),
            ),
            (22, 21, "ParallelStateSucceeded", Value::Null),
            (23, 22, "ParallelStateExited", exited("Both", "[]")),
            (24, 23, "SucceedStateEntered", entered("Done", "[]")),
            (25, 24, "SucceedStateExited", exited("Done", "[]")),
            (26, 25, "ExecutionSucceeded", json!({"output": "[]"})),
        ]);
        let trace = Trace::read(&events);
        assert_eq!(trace.status, "SUCCEEDED");
        assert_eq!(trace.duration, 25_000);
        assert_eq!(
            shown(&trace),
            [
                "Both in -: Succeeded 1000..Some(22000) retries 0 None",
                "Charge in Both: Retried 3000..Some(20000) retries 1 Some(\"Lambda.TooManyRequestsException\")",
                "Each in Both: Succeeded 4000..Some(18000) retries 0 None",
                "Item in Each#0: Succeeded 9000..Some(13000) retries 0 None",
                "Item in Each#1: Succeeded 10000..Some(12000) retries 0 None",
                "Done in -: Succeeded 23000..Some(24000) retries 0 None",
            ]
        );
        assert_eq!(
            trace.visits[2].iterations,
            Some(Iterations {
                length: 2,
                succeeded: 2,
                failed: 0,
                aborted: 0
            })
        );
        assert_eq!(trace.visits[1].output, Some(json!({"paid": true})));
        assert_eq!(
            trace.transitions.iter().collect::<Vec<_>>(),
            [&("Both".to_owned(), "Done".to_owned(), false)]
        );
    }

    /// A caught failure is left through the catcher; a Fail state's error is its scope's.
    #[test]
    fn caught_and_failed_states() {
        let events = history(&[
            (1, 0, "ExecutionStarted", json!({"input": "{}"})),
            (2, 1, "TaskStateEntered", entered("Charge", "{}")),
            (3, 2, "TaskScheduled", Value::Null),
            (
                4,
                3,
                "TaskFailed",
                json!({"error": "Card.Declined", "cause": "no funds"}),
            ),
            (5, 4, "TaskStateExited", exited("Charge", "{\"error\":{}}")),
            (6, 5, "FailStateEntered", entered("Refuse", "{}")),
            (7, 6, "ExecutionFailed", json!({"error": "Order.Refused"})),
        ]);
        let trace = Trace::read(&events);
        assert_eq!(
            shown(&trace),
            [
                "Charge in -: Caught 1000..Some(4000) retries 0 Some(\"Card.Declined\")",
                "Refuse in -: Failed 5000..None retries 0 Some(\"Order.Refused\")",
            ]
        );
        assert_eq!(
            (trace.error.as_deref(), trace.cause.as_deref()),
            (Some("Order.Refused"), None)
        );
        assert_eq!(
            trace.transitions.iter().collect::<Vec<_>>(),
            [&("Charge".to_owned(), "Refuse".to_owned(), true)]
        );
    }

    /// A history cut short (a running execution) leaves its current state running.
    #[test]
    fn a_running_execution() {
        let events = history(&[
            (1, 0, "ExecutionStarted", json!({"input": "{}"})),
            (2, 1, "WaitStateEntered", entered("Later", "{}")),
        ]);
        let trace = Trace::read(&events);
        assert_eq!(trace.status, "RUNNING");
        assert_eq!(
            shown(&trace),
            ["Later in -: Running 1000..None retries 0 None"]
        );
    }
}
