//! Validation: every rule of the specification and the service, with a stable code and
//! the location of each finding.
//!
//! The walk goes scope by scope (the machine, each Parallel branch, each Map body); each
//! rule family lives in its own module and is called per scope or per state.

mod choice;
mod errors;
mod exprs;
pub(crate) mod integrations;
mod map;
mod parameters;
mod placeholders;
mod service_errors;
mod state;
mod structure;
mod typed_resources;
mod variables;

use std::collections::{HashMap, HashSet};

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{ExecutionType, ProcessorMode, QueryLanguage, State, StateMachine, States};

pub(crate) use exprs::Read;
pub use typed_resources::check_machine as check_typed_resources;

/// Largest definition Step Functions accepts, in bytes.
pub const MAX_DEFINITION_BYTES: usize = 1024 * 1024;

/// Standard or Express: the definition does not say, the deployment does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MachineType {
    #[default]
    Standard,
    Express,
}

impl MachineType {
    /// As the service writes it: `STANDARD` or `EXPRESS`.
    pub fn as_str(self) -> &'static str {
        match self {
            MachineType::Standard => "STANDARD",
            MachineType::Express => "EXPRESS",
        }
    }

    /// `STANDARD` or `EXPRESS`, as the service writes them.
    pub fn parse(text: &str) -> Option<MachineType> {
        [MachineType::Standard, MachineType::Express]
            .into_iter()
            .find(|t| t.as_str() == text)
    }
}

impl std::fmt::Display for MachineType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MachineType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MachineType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<MachineType, D::Error> {
        let text = String::deserialize(deserializer)?;
        MachineType::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a machine type: STANDARD or EXPRESS"
            ))
        })
    }
}

/// What validation needs to know beyond the definition.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The type the machine will be deployed as; Express forbids some integration patterns.
    pub machine_type: MachineType,
}

/// Validates a model. Findings are in walk order: the machine, then each scope's states.
pub fn validate(machine: &StateMachine, options: &Options) -> Vec<Diagnostic> {
    validate_source(machine, None, options)
}

/// The JSON a model was parsed from: its size is checked against the service limit and its
/// strings are searched for placeholders. Without it the canonical form is used.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Source<'a> {
    pub len: usize,
    pub value: &'a serde_json::Value,
}

pub(crate) fn validate_source(
    machine: &StateMachine,
    source: Option<Source<'_>>,
    options: &Options,
) -> Vec<Diagnostic> {
    let mut validator = Validator {
        machine,
        out: Vec::new(),
        first_seen: HashMap::new(),
    };
    state::check_machine(machine, &mut validator.out);
    let root = Location::root();
    let scope = Scope {
        states: &machine.states,
        start_at: &machine.start_at,
        location: root.clone(),
    };
    let env = Env {
        defined: HashSet::new(),
        visible: HashSet::new(),
        express: options.machine_type == MachineType::Express,
    };
    validator.scope(&scope, &env);
    placeholders::check(machine, source.map(|s| s.value), &mut validator.out);
    let size = source.map_or_else(|| crate::emit::to_string(machine).len(), |s| s.len);
    if size > MAX_DEFINITION_BYTES {
        validator.out.push(
            Diagnostic::error(
                Code::DEFINITION_TOO_LARGE,
                root,
                format!("the definition is {size} bytes; Step Functions accepts at most {MAX_DEFINITION_BYTES}"),
            )
            .with_help("move large static data to S3 or a parameter, or split the workflow into nested state machines"),
        );
    }
    validator.out
}

/// One set of states with its own `StartAt`.
pub(crate) struct Scope<'m> {
    pub states: &'m States,
    pub start_at: &'m str,
    /// Where the object holding `StartAt` and `States` is.
    pub location: Location,
}

/// What a scope inherits from the scopes around it.
pub(crate) struct Env {
    /// Variables assigned on every path before this scope starts.
    pub defined: HashSet<String>,
    /// Variables some enclosing Assign defines (a read of anything else cannot succeed).
    pub visible: HashSet<String>,
    /// Whether states here run in an Express execution.
    pub express: bool,
}

struct Validator<'m> {
    machine: &'m StateMachine,
    out: Vec<Diagnostic>,
    /// State names seen so far in the whole machine, for DUPLICATE_STATE_NAME.
    first_seen: HashMap<&'m str, Location>,
}

impl<'m> Validator<'m> {
    fn language_of(&mut self, state: &State, location: &Location) -> QueryLanguage {
        let machine_language = self.machine.default_query_language();
        match state.query_language() {
            Some(QueryLanguage::JSONPath) if machine_language == QueryLanguage::JSONata => {
                self.out.push(
                    Diagnostic::error(
                        Code::QUERY_LANGUAGE_CONFLICT,
                        location.key("QueryLanguage"),
                        "a state cannot use JSONPath when the state machine's QueryLanguage is JSONata",
                    )
                    .with_help("remove the state's QueryLanguage, or set the machine to JSONPath and opt single states into JSONata"),
                );
                QueryLanguage::JSONPath
            }
            Some(language) => language,
            None => machine_language,
        }
    }

    fn scope(&mut self, scope: &Scope<'m>, env: &Env) {
        let states_location = scope.location.key("States");
        structure::check(scope, &mut self.out);
        for name in scope.states.keys() {
            let location = states_location.key(name);
            if let Some(first) = self.first_seen.get(name.as_str()) {
                self.out.push(
                    Diagnostic::error(
                        Code::DUPLICATE_STATE_NAME,
                        location,
                        format!("the state name `{name}` is already used at `{first}`; names must be unique in the whole state machine, nested scopes included"),
                    )
                    .with_help("rename one of the two states"),
                );
            } else {
                self.first_seen.insert(name.as_str(), location);
            }
        }

        let mut reads: Vec<Vec<Read>> = Vec::with_capacity(scope.states.len());
        for (name, state) in scope.states {
            let location = states_location.key(name);
            let language = self.language_of(state, &location);
            reads.push(state::check(
                state,
                &location,
                language,
                env.express,
                &mut self.out,
            ));
        }

        let entry = variables::check(scope, &reads, env, &mut self.out);
        let visible_here: HashSet<String> = env
            .visible
            .union(&variables::assigned_in(scope.states))
            .cloned()
            .collect();

        for (index, (name, state)) in scope.states.iter().enumerate() {
            let location = states_location.key(name);
            for (field, start_at, states) in state.children() {
                let child_location = field.at(&location);
                let child_scope = Scope {
                    states,
                    start_at,
                    location: child_location,
                };
                let child_env = child_env(
                    state,
                    &child_scope,
                    &entry[index],
                    &visible_here,
                    env.express,
                );
                self.scope(&child_scope, &child_env);
            }
        }
    }
}

/// The environment of a nested machine: Parallel branches and inline Map iterations read
/// the enclosing scopes; a distributed Map's child executions start with no variables.
fn child_env(
    state: &State,
    child: &Scope<'_>,
    defined_at_entry: &HashSet<String>,
    visible: &HashSet<String>,
    express: bool,
) -> Env {
    let own = variables::assigned_in(child.states);
    if let State::Map(map) = state
        && map.mode() == ProcessorMode::Distributed
    {
        let express = map
            .processor()
            .and_then(|p| p.processor_config.as_ref())
            .and_then(|c| c.execution_type)
            == Some(ExecutionType::Express);
        return Env {
            defined: HashSet::new(),
            visible: own,
            express,
        };
    }
    Env {
        defined: defined_at_entry.clone(),
        visible: visible.union(&own).cloned().collect(),
        express,
    }
}

#[cfg(test)]
mod tests;
