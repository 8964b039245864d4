//! The interpreter: states one after the other, as Step Functions runs them, with the data
//! flow of each query language, retries, catchers, timeouts and the limits AWS enforces.

use std::collections::HashMap;

use serde_json::{Map, Value, json};
use sfn_codegen::iam::Environment;
use sfn_codegen::model::{
    NullablePath, NumberOrExpr, Payload, QueryLanguage, Retrier, State, StateMachine, States,
};

use crate::clock::Instant;
use crate::execution::{Coverage, Execution, History, Status, Step};
use crate::failure::{Failure, names};
use crate::jsonata::{self, Scope};
use crate::mocks::Mocks;
use crate::paths::{self, PathError, Roots};
use crate::template;

mod branches;
mod child;
mod flow;
mod handlers;

/// The largest state input or output Step Functions passes (256 KiB).
pub const MAX_PAYLOAD_BYTES: usize = 256 * 1024;
/// The most events a Standard execution's history holds.
pub const MAX_HISTORY_EVENTS: usize = 25_000;
/// How long an Express execution may run: five minutes.
const EXPRESS_MILLIS: i64 = 5 * 60 * 1000;
/// The default guard against a loop that takes no virtual time in an Express execution (no
/// history limit stops it): past this many state transitions the run stops as endless.
pub const MAX_TRANSITIONS: usize = 1_000_000;

/// How to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// The state machine's name (in the context object and its ARN).
    pub machine_name: String,
    /// The execution's name.
    pub execution_name: String,
    /// When the execution starts, in virtual time.
    pub start: Instant,
    /// Seeds `States.UUID`, `States.MathRandom`, `$random`, `$uuid` and retry jitter.
    pub seed: u64,
    /// Express executions have no history limit (they keep no history on AWS).
    pub express: bool,
    pub region: String,
    pub account: String,
    /// The largest state input or output: AWS's 256 KiB by default; `None` lifts it (for
    /// benchmarks and data sets larger than AWS would pass).
    pub max_payload_bytes: Option<usize>,
    /// How many state transitions a run may take before it stops as endless
    /// ([`MAX_TRANSITIONS`] by default).
    pub max_transitions: usize,
}

impl Options {
    /// The partition, region and account the run pretends to be in (the partition follows
    /// the region, as on AWS).
    pub fn environment(&self) -> Environment {
        Environment::in_region(&self.region, &self.account)
    }

    /// A Step Functions ARN of this region and account: `kind` is `stateMachine`, `execution`...
    fn arn(&self, kind: &str, name: &str) -> String {
        self.environment().arn("states", &format!("{kind}:{name}"))
    }

    /// The ARN of an execution of `machine`.
    pub fn execution_arn(&self, machine: &str, execution: &str) -> String {
        self.arn("execution", &format!("{machine}:{execution}"))
    }

    /// This execution's ARN (`$$.Execution.Id`). An Express execution's has its own form,
    /// `express:<machine>:<name>:<id>` (as `StartSyncExecution` answers on AWS), its id a
    /// UUID drawn from the seed so that runs repeat.
    pub fn this_execution_arn(&self) -> String {
        if self.express {
            let id = crate::intrinsics::uuid_v4(&mut fastrand::Rng::with_seed(self.seed ^ 0x5eed));
            let name = format!("{}:{}:{id}", self.machine_name, self.execution_name);
            return self.arn("express", &name);
        }
        self.execution_arn(&self.machine_name, &self.execution_name)
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            machine_name: "state-machine".into(),
            execution_name: "local".into(),
            start: Instant::DEFAULT_START,
            seed: 0,
            express: false,
            region: "us-east-1".into(),
            account: "123456789012".into(),
            max_payload_bytes: Some(MAX_PAYLOAD_BYTES),
            max_transitions: MAX_TRANSITIONS,
        }
    }
}

/// Why an execution could not run at all (as opposed to running and failing).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RunError {
    #[error(
        "state `{state}` calls `{resource}`, which no mock answers; add one, e.g. `Mocks::new().state({state:?}, |call| Reply::ok(json!({{...}})))` or a `{state}` entry in the mock file's test case"
    )]
    Unmocked { state: String, resource: String },
    #[error(
        "the mock of `{resource}` in state `{state}` answers with what the service never does: {}; the model of the call's output is AWS's (botocore), as AWS's TestState API checks mocked results",
        mismatches.join("; ")
    )]
    MockShape {
        state: String,
        resource: String,
        mismatches: Vec<String>,
    },
    #[error(
        "state `{state}` sends `{resource}` a request it cannot read (a wiring bug, not an error the workflow could catch): {why}"
    )]
    Wiring {
        state: String,
        resource: String,
        why: String,
    },
    #[error("`{0}` names no state")]
    MissingState(String),
    #[error("the input cannot be written as JSON: {0}")]
    Input(String),
    #[error(
        "the execution passed {0} state transitions: a loop with no Wait or Task that takes time never ends"
    )]
    Endless(usize),
}

/// Runs `machine` with `input` to its end.
pub fn run(
    machine: &StateMachine,
    input: Value,
    mocks: &Mocks,
    options: &Options,
) -> Result<Execution, RunError> {
    let mut engine = Engine {
        machine,
        mocks,
        options,
        clock: options.start,
        rng: fastrand::Rng::with_seed(options.seed),
        history: History::new(true, options.express),
        steps: Vec::new(),
        in_child_execution: false,
        invocations: HashMap::new(),
        coverage: Coverage::default(),
        taken: HashMap::new(),
        execution_arn: options.this_execution_arn(),
        deadline: deadline(machine, options),
        transitions: 0,
        execution_input: Value::Null,
        uses_context: states_reading_context(&machine.states),
    };
    // Kept only when a state reads the context object (`$$.Execution.Input`).
    if !engine.uses_context.is_empty() {
        engine.execution_input = input.clone();
    }
    let started = engine.clock;
    let role = engine.role_arn();
    engine.history.push(engine.clock, "ExecutionStarted", || {
        Some((
            "executionStartedEventDetails",
            json!({"input": input.to_string(), "roleArn": role}),
        ))
    });
    let mut variables = Map::new();
    let outcome = engine.scope(&machine.states, &machine.start_at, input, &mut variables);
    let (status, output, error, cause) = match outcome {
        Ok(output) => {
            engine.history.push(engine.clock, "ExecutionSucceeded", || {
                Some((
                    "executionSucceededEventDetails",
                    json!({"output": output.to_string()}),
                ))
            });
            (Status::Succeeded, Some(output), None, None)
        }
        Err(Stop::Failed(failure)) => {
            engine.history.push(engine.clock, "ExecutionFailed", || {
                Some(("executionFailedEventDetails", failure.details()))
            });
            (Status::Failed, None, failure.error, failure.cause)
        }
        Err(Stop::TimedOut) => {
            engine
                .history
                .push(engine.clock, "ExecutionTimedOut", || None);
            (
                Status::TimedOut,
                None,
                Some(names::TIMEOUT.to_owned()),
                Some("the execution ran longer than the state machine's TimeoutSeconds".to_owned()),
            )
        }
        Err(Stop::Cannot(error)) => return Err(error),
    };
    Ok(Execution {
        status,
        output,
        error,
        cause,
        states: engine.steps.iter().map(|s| s.name.clone()).collect(),
        steps: engine.steps,
        history: engine.history,
        start_date: started.to_rfc3339(),
        stop_date: engine.clock.to_rfc3339(),
        coverage: Coverage {
            transitions: engine
                .taken
                .into_iter()
                .map(|((from, to), n)| ((from.to_owned(), to.to_owned()), n))
                .collect(),
            ..engine.coverage
        },
    })
}

/// Why a scope stopped early.
#[derive(Debug)]
enum Stop {
    Failed(Failure),
    TimedOut,
    Cannot(RunError),
}

impl From<Failure> for Stop {
    fn from(failure: Failure) -> Stop {
        Stop::Failed(failure)
    }
}

/// The state being run: what its context object says.
#[derive(Debug, Clone, Copy)]
struct At<'a> {
    name: &'a str,
    entered: Instant,
}

/// What a Map iteration adds to the context object.
#[derive(Debug, Clone)]
struct MapItem {
    index: usize,
    value: Value,
}

struct Engine<'m> {
    machine: &'m StateMachine,
    mocks: &'m Mocks,
    options: &'m Options,
    clock: Instant,
    rng: fastrand::Rng,
    history: History,
    steps: Vec<Step>,
    /// When each step was entered (formatted into the steps once the run ends).
    /// Inside a distributed Map's child execution, whose states the parent's steps and
    /// history do not list (AWS gives each child its own).
    in_child_execution: bool,
    invocations: HashMap<String, usize>,
    coverage: Coverage,
    /// Transitions taken, by the machine's own names: counted without allocating, owned in
    /// the coverage once the run ends.
    taken: HashMap<(&'m str, &'m str), u64>,
    /// `$$.Execution.Id`.
    execution_arn: String,
    deadline: Option<Instant>,
    transitions: usize,
    execution_input: Value,
    /// The states whose fields read the context object (`$$`, `$states.context`): only for
    /// them is it built. `true` for the states that retry (Task, Parallel, Map), whose
    /// `State` has a `RetryCount`.
    uses_context: HashMap<String, ContextUse>,
}

/// Where the interpreter goes after a state.
enum Next<'m> {
    Goto(&'m str, Value),
    End(Value),
}

impl<'m> Engine<'m> {
    fn role_arn(&self) -> String {
        self.options
            .environment()
            .iam_arn(&format!("role/{}-role", self.options.machine_name))
    }

    fn machine_arn(&self) -> String {
        self.options.arn("stateMachine", &self.options.machine_name)
    }

    fn context(
        &self,
        state: &str,
        entered: Instant,
        retry_count: u32,
        token: Option<&str>,
    ) -> Value {
        let Some(&ContextUse { retries, input }) = self.uses_context.get(state) else {
            return Value::Null;
        };
        let execution_input = if input {
            self.execution_input.clone()
        } else {
            Value::Null
        };
        let mut context = json!({
            "Execution": {
                "Id": self.execution_arn,
                "Input": execution_input,
                "Name": self.options.execution_name,
                "RoleArn": self.role_arn(),
                "StartTime": self.options.start.to_rfc3339(),
                "RedriveCount": 0
            },
            "State": {"EnteredTime": entered.to_rfc3339(), "Name": state, "RetryCount": retry_count},
            "StateMachine": {"Id": self.machine_arn(), "Name": self.options.machine_name},
        });
        // As recorded on AWS: only a state that retries has a `RetryCount`, and an Express
        // execution, which cannot be redriven, no `RedriveCount`.
        if !retries && let Some(state) = context["State"].as_object_mut() {
            state.shift_remove("RetryCount");
        }
        if self.options.express
            && let Some(execution) = context["Execution"].as_object_mut()
        {
            execution.shift_remove("RedriveCount");
        }
        if let Some(token) = token {
            context["Task"] = json!({"Token": token});
        }
        context
    }

    fn language(&self, state: &State) -> QueryLanguage {
        state
            .query_language()
            .unwrap_or_else(|| self.machine.default_query_language())
    }

    /// Runs one scope (the machine, a branch, an iteration) from `start_at` to its end.
    fn scope(
        &mut self,
        states: &'m States,
        start_at: &'m str,
        input: Value,
        variables: &mut Map<String, Value>,
    ) -> Result<Value, Stop> {
        let mut name = start_at;
        let mut input = input;
        loop {
            let state = states
                .get(name)
                .ok_or_else(|| Stop::Cannot(RunError::MissingState(name.to_owned())))?;
            self.check_limits()?;
            self.check_size(&input, name)?;
            let entered = self.clock;
            let (entered_event, exited_event) = event_names(state);
            count(&mut self.coverage.states, name);
            // A distributed Map's children are executions of their own: not in these steps.
            let step = (!self.in_child_execution).then(|| {
                let step = self.steps.len();
                self.history.entered(entered, entered_event, step);
                self.steps.push(Step {
                    name: name.to_owned(),
                    input: input.clone(),
                    output: None,
                    entered,
                });
                step
            });
            let next = self.state(name, state, input, variables, entered)?;
            let output = match &next {
                Next::Goto(_, output) | Next::End(output) => output,
            };
            self.check_size(output, name)?;
            if let Some(step) = step {
                self.history.exited(self.clock, exited_event, step);
                self.steps[step].output = Some(output.clone());
            }
            match next {
                Next::Goto(target, output) => {
                    *self.taken.entry((name, target)).or_default() += 1;
                    name = target;
                    input = output;
                }
                Next::End(output) => return Ok(output),
            }
        }
    }

    /// `States.DataLimitExceeded` when a state's data is larger than the limit in force.
    fn check_size(&self, value: &Value, state: &str) -> Result<(), Stop> {
        if self.too_large(value) {
            let limit = self.options.max_payload_bytes.unwrap_or_default();
            return Err(Failure::new(names::DATA_LIMIT_EXCEEDED, format!("the data of state `{state}` is {} bytes; Step Functions passes at most {limit}", json_len(value))).into());
        }
        Ok(())
    }

    /// Whether `value` is over the payload limit in force.
    fn too_large(&self, value: &Value) -> bool {
        let Some(limit) = self.options.max_payload_bytes else {
            return false;
        };
        // Scalars and short strings are far below any limit: no need to measure them.
        let small = match value {
            Value::String(s) => s.len() < limit / 2,
            Value::Null | Value::Bool(_) | Value::Number(_) => true,
            _ => false,
        };
        !small && json_len(value) > limit
    }

    fn check_limits(&mut self) -> Result<(), Stop> {
        self.transitions += 1;
        if self.transitions > self.options.max_transitions {
            return Err(Stop::Cannot(RunError::Endless(
                self.options.max_transitions,
            )));
        }
        if self.deadline.is_some_and(|d| self.clock > d) {
            return Err(Stop::TimedOut);
        }
        if !self.options.express && self.history.len() >= MAX_HISTORY_EVENTS {
            // AWS fails an execution whose history would pass the limit.
            return Err(Stop::Failed(Failure::new(
                names::RUNTIME,
                format!("the execution history reached its limit of {MAX_HISTORY_EVENTS} events"),
            )));
        }
        Ok(())
    }

    fn transition(
        &self,
        transition: &'m sfn_codegen::model::Transition,
        output: Value,
    ) -> Next<'m> {
        match transition.next.as_deref() {
            Some(next) if transition.end != Some(true) => Next::Goto(next, output),
            _ => Next::End(output),
        }
    }

    fn jsonpath_template(
        &mut self,
        template: &Payload,
        roots: Roots<'_>,
        failure_name: &str,
    ) -> Result<Value, Failure> {
        template::jsonpath(template, roots, &mut self.rng, failure_name)
    }

    /// A payload template of the state's language (`Parameters`, `ItemSelector`,
    /// `BatchInput`, a reader's `Parameters` in JSONPath; `Arguments`... in JSONata) filled
    /// in over `input`; without one, the input as it is.
    fn fill(
        &mut self,
        template: Option<&Payload>,
        field: &str,
        language: QueryLanguage,
        input: &Value,
        context: &Value,
        variables: &Map<String, Value>,
    ) -> Result<Value, Stop> {
        let Some(template) = template else {
            return Ok(input.clone());
        };
        Ok(match language {
            QueryLanguage::JSONPath => self.jsonpath_template(
                template,
                Roots {
                    input,
                    context,
                    variables,
                },
                names::PARAMETER_PATH_FAILURE,
            )?,
            QueryLanguage::JSONata => {
                let states = json!({"input": input, "context": context});
                jsonata::template(
                    template,
                    field,
                    Scope {
                        states: &states,
                        variables,
                        now: self.clock,
                    },
                    &mut self.rng,
                )?
            }
        })
    }

    /// The values of a JSONPath state's `Assign`, `$` being `current`; applied by the caller
    /// once nothing reads the old values any more.
    fn jsonpath_assignments(
        &mut self,
        assign: &Option<Payload>,
        current: &Value,
        roots: Roots<'_>,
    ) -> Result<Option<Map<String, Value>>, Failure> {
        let Some(assign) = assign else {
            return Ok(None);
        };
        match template::jsonpath(
            assign,
            Roots {
                input: current,
                ..roots
            },
            &mut self.rng,
            names::RUNTIME,
        )? {
            Value::Object(values) => Ok(Some(values)),
            _ => Ok(None),
        }
    }

    fn jsonata_output(
        &mut self,
        output: &Option<Payload>,
        input: &Value,
        extra: Option<(&str, &Value)>,
        at: At<'_>,
        variables: &Map<String, Value>,
    ) -> Result<Option<Value>, Stop> {
        let At { name, entered } = at;
        let Some(output) = output else {
            return Ok(None);
        };
        let mut states = json!({"input": input, "context": self.context(name, entered, 0, None)});
        if let Some((key, value)) = extra {
            states[key] = value.clone();
        }
        Ok(Some(jsonata::template(
            output,
            "Output",
            Scope {
                states: &states,
                variables,
                now: self.clock,
            },
            &mut self.rng,
        )?))
    }

    /// Every value is evaluated with the variables as they were before the state, then all
    /// are assigned at once.
    fn assign_jsonata(
        &mut self,
        assign: &Option<Payload>,
        input: &Value,
        result: Option<&Value>,
        error_output: Option<&Value>,
        at: At<'_>,
        variables: &mut Map<String, Value>,
    ) -> Result<(), Stop> {
        let At { name, entered } = at;
        let Some(assign) = assign else { return Ok(()) };
        let mut states = json!({"input": input, "context": self.context(name, entered, 0, None)});
        if let Some(result) = result {
            states["result"] = result.clone();
        }
        if let Some(error) = error_output {
            states["errorOutput"] = error.clone();
        }
        let values = jsonata::template(
            assign,
            "Assign",
            Scope {
                states: &states,
                variables,
                now: self.clock,
            },
            &mut self.rng,
        )?;
        if let Value::Object(values) = values {
            variables.extend(values);
        }
        Ok(())
    }
}

fn apply(variables: &mut Map<String, Value>, assigned: Option<Map<String, Value>>) {
    if let Some(values) = assigned {
        variables.extend(values);
    }
}

/// The names of the states, in every scope, whose definition mentions the context object.
/// How a state reads the context object: whether it has a `RetryCount`, and whether the
/// execution input may be read (it is left out otherwise).
#[derive(Debug, Clone, Copy)]
struct ContextUse {
    retries: bool,
    input: bool,
}

fn states_reading_context(states: &States) -> HashMap<String, ContextUse> {
    let mut out = HashMap::new();
    for (name, state) in states {
        let text = serde_json::to_string(state).unwrap_or_default();
        if text.contains("$$") || text.contains("states.context") {
            let retries = matches!(state, State::Task(_) | State::Parallel(_) | State::Map(_));
            let input = reads_execution_input(&text);
            out.insert(name.clone(), ContextUse { retries, input });
        }
        for (_, _, children) in state.children() {
            out.extend(states_reading_context(children));
        }
    }
    out
}

/// Whether a state's text may read the execution's input through the context object: any
/// read of the context but those of fields that are not it (`$$.Map.Item.Value`,
/// `$$.Execution.Id`...). The input is the largest part of the context, and copying it into
/// every Map iteration's context made a Map over the input's items quadratic.
fn reads_execution_input(text: &str) -> bool {
    const ELSEWHERE: [&str; 9] = [
        ".Map",
        ".State",
        ".StateMachine",
        ".Task",
        ".Execution.Id",
        ".Execution.Name",
        ".Execution.RoleArn",
        ".Execution.StartTime",
        ".Execution.RedriveCount",
    ];
    ["$$", "states.context"].iter().any(|root| {
        text.match_indices(root).any(|(at, _)| {
            let after = &text[at + root.len()..];
            !ELSEWHERE.iter().any(|field| after.starts_with(field))
        })
    })
}

/// When the execution times out: the machine's `TimeoutSeconds`, and for an Express
/// execution five minutes at the most.
fn deadline(machine: &StateMachine, options: &Options) -> Option<Instant> {
    let own = machine
        .timeout_seconds
        .as_ref()
        .and_then(|t| t.as_f64())
        .map(|s| (s * 1000.0) as i64);
    let limit = match (own, options.express) {
        (Some(own), true) => Some(own.min(EXPRESS_MILLIS)),
        (None, true) => Some(EXPRESS_MILLIS),
        (own, false) => own,
    };
    limit.map(|millis| options.start.plus_millis(millis))
}

fn max_attempts(retrier: &Retrier) -> u32 {
    retrier
        .max_attempts
        .as_ref()
        .and_then(|n| n.as_u64())
        .map_or(3, |n| n as u32)
}

fn number_of(value: &NumberOrExpr) -> Option<f64> {
    match value {
        NumberOrExpr::Number(n) => n.as_f64(),
        NumberOrExpr::Expr(_) => None,
    }
}

/// The length of `value` written as JSON, counted without building the text.
fn json_len(value: &Value) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len();
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    let _ = serde_json::to_writer(&mut count, value);
    count.0
}

/// The history events a state writes when entered and when left.
fn event_names(state: &State) -> (&'static str, &'static str) {
    match state {
        State::Task(_) => ("TaskStateEntered", "TaskStateExited"),
        State::Pass(_) => ("PassStateEntered", "PassStateExited"),
        State::Choice(_) => ("ChoiceStateEntered", "ChoiceStateExited"),
        State::Wait(_) => ("WaitStateEntered", "WaitStateExited"),
        State::Succeed(_) => ("SucceedStateEntered", "SucceedStateExited"),
        State::Fail(_) => ("FailStateEntered", "FailStateExited"),
        State::Parallel(_) => ("ParallelStateEntered", "ParallelStateExited"),
        State::Map(_) => ("MapStateEntered", "MapStateExited"),
    }
}

/// One more for `key`, allocating its name only the first time.
fn count(counts: &mut std::collections::BTreeMap<String, u64>, key: &str) {
    match counts.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            counts.insert(key.to_owned(), 1);
        }
    }
}

/// A path that failed in a state's field, worded as AWS words it (recorded): an input, output
/// or items path that finds nothing is `Invalid path '$.gone' : No results for path:
/// $['gone']`; another field's, `The JSONPath '$.code' specified for the field 'ErrorPath'
/// could not be found in the input '{..}'`. The state's name comes before it (see
/// [`located`]).
fn path_error(path: &str, field: &str, error: &PathError, input: &Value) -> Failure {
    let cause = match error {
        PathError::NotFound if matches!(field, "InputPath" | "OutputPath" | "ItemsPath") => {
            format!(
                "Invalid path '{path}' : No results for path: {}",
                bracketed(path)
            )
        }
        PathError::NotFound => format!(
            "The JSONPath '{path}' specified for the field '{field}' could not be found in the input '{input}'"
        ),
        other => format!("The JSONPath '{path}' specified for the field '{field}' {other}"),
    };
    Failure::new(names::RUNTIME, cause)
}

/// `$.a.b[0]` as Jayway normalizes it in its messages: `$['a']['b'][0]`.
fn bracketed(path: &str) -> String {
    match sfn_codegen::jsonpath::parse(path) {
        Ok(parsed) => {
            let mut out = String::from("$");
            for (step, _) in &parsed.steps {
                match step {
                    sfn_codegen::jsonpath::Step::Field(name) => {
                        out.push_str(&format!("['{name}']"))
                    }
                    sfn_codegen::jsonpath::Step::Index(i) => out.push_str(&format!("[{i}]")),
                    _ => return path.to_owned(),
                }
            }
            out
        }
        Err(_) => path.to_owned(),
    }
}

/// The errors Step Functions' interpreter raises in a state (not a service's): their cause
/// names the state and the event it was entered at, as recorded on AWS.
fn located(failure: Failure, state: &str, entered_event: usize) -> Failure {
    const PREFIX: &str = "An error occurred while executing the state";
    let interpreted = matches!(
        failure.name(),
        names::RUNTIME
            | names::QUERY_EVALUATION_ERROR
            | names::PARAMETER_PATH_FAILURE
            | names::INTRINSIC_FAILURE
            | names::RESULT_PATH_MATCH_FAILURE
    );
    match &failure.cause {
        Some(cause) if interpreted && !cause.starts_with(PREFIX) => Failure {
            cause: Some(format!(
                "{PREFIX} '{state}' (entered at the event id #{entered_event}). {cause}"
            )),
            ..failure
        },
        _ => failure,
    }
}

/// `OutputPath` of a value the state owns: absent or `$` passes it on without a copy.
fn output_path(path: &NullablePath, value: Value, roots: Roots<'_>) -> Result<Value, Failure> {
    match path {
        None => Ok(value),
        Some(Some(text)) if text == "$" => Ok(value),
        _ => io_path(path, &value, roots, "OutputPath"),
    }
}

/// `InputPath`/`OutputPath`: absent keeps the value, `null` gives `{}`, a path selects.
fn io_path(
    path: &NullablePath,
    value: &Value,
    roots: Roots<'_>,
    field: &str,
) -> Result<Value, Failure> {
    match path {
        None => Ok(value.clone()),
        Some(None) => Ok(json!({})),
        Some(Some(path)) if path == "$" => Ok(value.clone()),
        Some(Some(path)) => paths::read(
            path,
            Roots {
                input: value,
                ..roots
            },
        )
        .map_err(|e| path_error(path, field, &e, value)),
    }
}

/// `ResultPath`: absent replaces the input with the result, `null` keeps the input, a path
/// writes the result into a copy of the state's (raw) input.
fn result_path(path: &NullablePath, input: &Value, result: Value) -> Result<Value, Failure> {
    match path {
        None => Ok(result),
        Some(None) => Ok(input.clone()),
        Some(Some(text)) => {
            let path = sfn_codegen::jsonpath::parse(text)
                .map_err(|e| Failure::new(names::RUNTIME, e.message))?;
            if path.steps.is_empty() {
                return Ok(result);
            }
            let mut merged = input.clone();
            paths::write(&mut merged, &path, result).map_err(|why| {
                Failure::new(
                    names::RESULT_PATH_MATCH_FAILURE,
                    format!("Unable to apply ResultPath '{text}' to the input: {why}"),
                )
            })?;
            Ok(merged)
        }
    }
}
