//! The interpreter: states one after the other, as Step Functions runs them, with the data
//! flow of each query language, retries, catchers, timeouts and the limits AWS enforces.

use std::borrow::Cow;
use std::collections::HashMap;

use serde_json::{Map, Value, json};
use sfn_codegen::model::{
    Catcher, NullablePath, NumberOrExpr, Payload, ProcessorMode, QueryLanguage, Retrier, State,
    StateMachine, States,
};

use crate::choice;
use crate::clock::Instant;
use crate::execution::{Coverage, Execution, History, Status, Step};
use crate::failure::{Failure, names};
use crate::jsonata::{self, Scope};
use crate::mocks::{Mocks, TaskCall};
use crate::paths::{self, PathError, Roots};
use crate::template;

/// The largest state input or output Step Functions passes (256 KiB).
pub const MAX_PAYLOAD_BYTES: usize = 256 * 1024;
/// The most events a Standard execution's history holds.
pub const MAX_HISTORY_EVENTS: usize = 25_000;

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
    #[error("`{0}` names no state")]
    MissingState(String),
    #[error("the input cannot be written as JSON: {0}")]
    Input(String),
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
        history: History::new(!options.express),
        steps: Vec::new(),
        entered_at: Vec::new(),
        in_child_execution: false,
        invocations: HashMap::new(),
        coverage: Coverage::default(),
        deadline: machine
            .timeout_seconds
            .as_ref()
            .and_then(|t| t.as_f64())
            .map(|s| options.start.plus_millis((s * 1000.0) as i64)),
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
    let outcome = engine.scope(
        &machine.states,
        &machine.start_at,
        input,
        &mut variables,
        None,
    );
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
                Some((
                    "executionFailedEventDetails",
                    json!({"error": failure.error, "cause": failure.cause}),
                ))
            });
            (
                Status::Failed,
                None,
                Some(failure.error),
                Some(failure.cause),
            )
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
        steps: engine
            .steps
            .into_iter()
            .zip(engine.entered_at)
            .map(|(step, at)| Step {
                entered: at.to_rfc3339(),
                ..step
            })
            .collect(),
        history: engine.history,
        start_date: started.to_rfc3339(),
        stop_date: engine.clock.to_rfc3339(),
        coverage: engine.coverage,
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
    item: Option<&'a MapItem>,
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
    entered_at: Vec<Instant>,
    /// Inside a distributed Map's child execution, whose states the parent's steps and
    /// history do not list (AWS gives each child its own).
    in_child_execution: bool,
    invocations: HashMap<String, usize>,
    coverage: Coverage,
    deadline: Option<Instant>,
    execution_input: Value,
    /// The states whose fields read the context object (`$$`, `$states.context`): only for
    /// them is it built.
    uses_context: std::collections::HashSet<String>,
}

/// Where the interpreter goes after a state.
enum Next<'m> {
    Goto(&'m str, Value),
    End(Value),
}

impl<'m> Engine<'m> {
    fn role_arn(&self) -> String {
        format!(
            "arn:aws:iam::{}:role/{}-role",
            self.options.account, self.options.machine_name
        )
    }

    fn machine_arn(&self) -> String {
        format!(
            "arn:aws:states:{}:{}:stateMachine:{}",
            self.options.region, self.options.account, self.options.machine_name
        )
    }

    fn context(
        &self,
        state: &str,
        entered: Instant,
        retry_count: u32,
        item: Option<&MapItem>,
        token: Option<&str>,
    ) -> Value {
        if !self.uses_context.contains(state) {
            return Value::Null;
        }
        let mut context = json!({
            "Execution": {
                "Id": format!("arn:aws:states:{}:{}:execution:{}:{}", self.options.region, self.options.account, self.options.machine_name, self.options.execution_name),
                "Input": self.execution_input,
                "Name": self.options.execution_name,
                "RoleArn": self.role_arn(),
                "StartTime": self.options.start.to_rfc3339(),
                "RedriveCount": 0
            },
            "State": {"EnteredTime": entered.to_rfc3339(), "Name": state, "RetryCount": retry_count},
            "StateMachine": {"Id": self.machine_arn(), "Name": self.options.machine_name},
        });
        if let Some(item) = item {
            context["Map"] = json!({"Item": {"Index": item.index, "Value": item.value}});
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
        item: Option<&MapItem>,
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
                    entered: String::new(),
                });
                self.entered_at.push(entered);
                step
            });
            let next = self.state(name, state, input, variables, item, entered)?;
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
                    name = target;
                    input = output;
                }
                Next::End(output) => return Ok(output),
            }
        }
    }

    /// `States.DataLimitExceeded` when a state's data is larger than the limit in force.
    fn check_size(&self, value: &Value, state: &str) -> Result<(), Stop> {
        let Some(limit) = self.options.max_payload_bytes else {
            return Ok(());
        };
        // Scalars and short strings are far below any limit: no need to measure them.
        let small = match value {
            Value::String(s) => s.len() < limit / 2,
            Value::Null | Value::Bool(_) | Value::Number(_) => true,
            _ => false,
        };
        if small {
            return Ok(());
        }
        let size = json_len(value);
        if size > limit {
            return Err(Failure::new(names::DATA_LIMIT_EXCEEDED, format!("the data of state `{state}` is {size} bytes; Step Functions passes at most {limit}")).into());
        }
        Ok(())
    }

    fn check_limits(&self) -> Result<(), Stop> {
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

    fn state(
        &mut self,
        name: &'m str,
        state: &'m State,
        input: Value,
        variables: &mut Map<String, Value>,
        item: Option<&MapItem>,
        entered: Instant,
    ) -> Result<Next<'m>, Stop> {
        let language = self.language(state);
        let context = self.context(name, entered, 0, item, None);
        let at = At {
            name,
            entered,
            item,
        };
        match state {
            State::Succeed(s) => {
                let output = match language {
                    QueryLanguage::JSONPath => {
                        let roots = Roots {
                            input: &input,
                            context: &context,
                            variables,
                        };
                        let effective = io_path(&s.input_path, &input, roots, "InputPath")?;
                        io_path(
                            &s.output_path,
                            &effective,
                            Roots {
                                input: &effective,
                                ..roots
                            },
                            "OutputPath",
                        )?
                    }
                    QueryLanguage::JSONata => self
                        .jsonata_output(&s.output, &input, None, at, variables)?
                        .unwrap_or(input),
                };
                Ok(Next::End(output))
            }
            State::Fail(f) => {
                let roots = Roots {
                    input: &input,
                    context: &context,
                    variables,
                };
                let pick = |literal: &Option<String>,
                            path: &Option<String>,
                            engine: &mut Self|
                 -> Result<String, Stop> {
                    if let Some(path) = path {
                        return Ok(match paths::read(path, roots) {
                            Ok(Value::String(s)) => s,
                            Ok(other) => other.to_string(),
                            Err(e) => return Err(path_error(path, "the Fail state", &e).into()),
                        });
                    }
                    match (literal, language) {
                        (Some(text), QueryLanguage::JSONata)
                            if sfn_codegen::jsonata::template(text).is_some() =>
                        {
                            let states = json!({"input": input, "context": engine.context(name, entered, 0, item, None)});
                            let value = jsonata::template(
                                &Value::String(text.clone()),
                                Scope {
                                    states: &states,
                                    variables,
                                    now: engine.clock,
                                },
                                &mut engine.rng,
                            )?;
                            Ok(value
                                .as_str()
                                .map_or_else(|| value.to_string(), str::to_owned))
                        }
                        (Some(text), _) => Ok(text.clone()),
                        (None, _) => Ok(String::new()),
                    }
                };
                let error = pick(&f.error, &f.error_path, self)?;
                let cause = pick(&f.cause, &f.cause_path, self)?;
                Err(Stop::Failed(Failure::new(error, cause)))
            }
            State::Pass(p) => {
                let roots = Roots {
                    input: &input,
                    context: &context,
                    variables,
                };
                match language {
                    QueryLanguage::JSONPath => {
                        let effective = io_path(&p.input_path, &input, roots, "InputPath")?;
                        let result = match (&p.result, &p.parameters) {
                            (Some(result), _) => result.clone(),
                            (None, Some(parameters)) => self.jsonpath_template(
                                parameters,
                                Roots {
                                    input: &effective,
                                    ..roots
                                },
                                names::PARAMETER_PATH_FAILURE,
                            )?,
                            (None, None) => effective,
                        };
                        let assigned = self.jsonpath_assignments(&p.assign, &result, roots)?;
                        let merged = result_path(&p.result_path, &input, result)?;
                        let output = output_path(&p.output_path, merged, roots)?;
                        apply(variables, assigned);
                        Ok(self.transition(&p.transition, output))
                    }
                    QueryLanguage::JSONata => {
                        let output = self
                            .jsonata_output(&p.output, &input, None, at, variables)?
                            .unwrap_or_else(|| input.clone());
                        self.assign_jsonata(&p.assign, &input, None, None, at, variables)?;
                        Ok(self.transition(&p.transition, output))
                    }
                }
            }
            State::Wait(w) => {
                let roots = Roots {
                    input: &input,
                    context: &context,
                    variables,
                };
                let until = match language {
                    QueryLanguage::JSONPath => {
                        let effective = io_path(&w.input_path, &input, roots, "InputPath")?;
                        let at = Roots {
                            input: &effective,
                            ..roots
                        };
                        self.wait_until(
                            w.seconds.as_ref(),
                            w.seconds_path.as_deref(),
                            w.timestamp.as_deref(),
                            w.timestamp_path.as_deref(),
                            at,
                        )?
                    }
                    QueryLanguage::JSONata => {
                        let states = json!({"input": input, "context": self.context(name, entered, 0, item, None)});
                        let scope = Scope {
                            states: &states,
                            variables,
                            now: self.clock,
                        };
                        let seconds = match &w.seconds {
                            Some(NumberOrExpr::Expr(text)) => Some(jsonata::template(
                                &Value::String(text.clone()),
                                scope,
                                &mut self.rng,
                            )?),
                            Some(NumberOrExpr::Number(n)) => Some(Value::Number(n.clone())),
                            None => None,
                        };
                        let timestamp = match &w.timestamp {
                            Some(text) => Some(jsonata::template(
                                &Value::String(text.clone()),
                                scope,
                                &mut self.rng,
                            )?),
                            None => None,
                        };
                        self.deadline_from(seconds.as_ref(), timestamp.as_ref())?
                    }
                };
                self.clock = self.clock.max(until);
                let output = match language {
                    QueryLanguage::JSONPath => {
                        let roots = Roots {
                            input: &input,
                            context: &context,
                            variables,
                        };
                        let effective = io_path(&w.input_path, &input, roots, "InputPath")?;
                        io_path(
                            &w.output_path,
                            &effective,
                            Roots {
                                input: &effective,
                                ..roots
                            },
                            "OutputPath",
                        )?
                    }
                    QueryLanguage::JSONata => self
                        .jsonata_output(&w.output, &input, None, at, variables)?
                        .unwrap_or_else(|| input.clone()),
                };
                if language == QueryLanguage::JSONata {
                    self.assign_jsonata(&w.assign, &input, None, None, at, variables)?;
                } else {
                    let roots = Roots {
                        input: &input,
                        context: &context,
                        variables,
                    };
                    let assigned = self.jsonpath_assignments(&w.assign, &input, roots)?;
                    apply(variables, assigned);
                }
                Ok(self.transition(&w.transition, output))
            }
            State::Choice(c) => {
                let roots = Roots {
                    input: &input,
                    context: &context,
                    variables,
                };
                let effective = match language {
                    QueryLanguage::JSONPath => io_path(&c.input_path, &input, roots, "InputPath")?,
                    QueryLanguage::JSONata => input.clone(),
                };
                let mut chosen = None;
                for (index, rule) in c.choices.iter().enumerate() {
                    let holds = match (language, &rule.condition) {
                        (QueryLanguage::JSONata, Some(condition)) => {
                            let states = json!({"input": input, "context": self.context(name, entered, 0, item, None)});
                            match jsonata::template(condition, Scope { states: &states, variables, now: self.clock }, &mut self.rng)? {
                                Value::Bool(b) => b,
                                other => return Err(Failure::new(names::QUERY_EVALUATION_ERROR, format!("the Condition of rule {index} of `{name}` gives {other}, not a boolean")).into()),
                            }
                        }
                        _ => choice::matches(
                            rule,
                            Roots {
                                input: &effective,
                                ..roots
                            },
                        )?,
                    };
                    if holds {
                        chosen = Some((index, rule));
                        break;
                    }
                }
                let (target, rule_output, rule_assign) = match chosen {
                    Some((index, rule)) => {
                        *self
                            .coverage
                            .choices
                            .entry((name.to_owned(), Some(index)))
                            .or_default() += 1;
                        (
                            rule.next.as_deref().unwrap_or_default(),
                            &rule.output,
                            &rule.assign,
                        )
                    }
                    None => match &c.default {
                        Some(default) => {
                            *self
                                .coverage
                                .choices
                                .entry((name.to_owned(), None))
                                .or_default() += 1;
                            (default.as_str(), &c.output, &c.assign)
                        }
                        None => {
                            return Err(Failure::new(
                                names::NO_CHOICE_MATCHED,
                                format!(
                                    "no Choice rule of `{name}` matched and there is no Default"
                                ),
                            )
                            .into());
                        }
                    },
                };
                let output = match language {
                    QueryLanguage::JSONPath => {
                        let assigned = self.jsonpath_assignments(rule_assign, &effective, roots)?;
                        let output = io_path(
                            &c.output_path,
                            &effective,
                            Roots {
                                input: &effective,
                                ..roots
                            },
                            "OutputPath",
                        )?;
                        apply(variables, assigned);
                        output
                    }
                    QueryLanguage::JSONata => {
                        let output = self
                            .jsonata_output(rule_output, &input, None, at, variables)?
                            .unwrap_or_else(|| input.clone());
                        self.assign_jsonata(rule_assign, &input, None, None, at, variables)?;
                        output
                    }
                };
                Ok(Next::Goto(target, output))
            }
            State::Task(_) | State::Parallel(_) | State::Map(_) => {
                self.with_handlers(name, state, input, variables, item, entered)
            }
        }
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

    /// Task, Parallel and Map: the work, its retriers, then its catchers.
    fn with_handlers(
        &mut self,
        name: &'m str,
        state: &'m State,
        input: Value,
        variables: &mut Map<String, Value>,
        item: Option<&MapItem>,
        entered: Instant,
    ) -> Result<Next<'m>, Stop> {
        let retriers = state.retriers();
        let mut attempts = vec![0u32; retriers.len()];
        let mut retry_count = 0u32;
        loop {
            let attempt = self.work(
                At {
                    name,
                    entered,
                    item,
                },
                state,
                &input,
                variables,
                retry_count,
            );
            let failure = match attempt {
                Ok(next) => return Ok(next),
                Err(Stop::Failed(failure)) => failure,
                Err(other) => return Err(other),
            };
            if let Some(index) = retriers
                .iter()
                .position(|r| failure.matches(&r.error_equals))
            {
                let retrier = &retriers[index];
                if attempts[index] < max_attempts(retrier) {
                    let delay = self.retry_delay(retrier, attempts[index]);
                    attempts[index] += 1;
                    retry_count += 1;
                    *self
                        .coverage
                        .retriers
                        .entry((name.to_owned(), index))
                        .or_default() += 1;
                    self.clock = self.clock.plus_millis(delay);
                    self.check_limits()?;
                    continue;
                }
            }
            return self.catch(
                At {
                    name,
                    entered,
                    item,
                },
                state,
                &input,
                failure,
                variables,
            );
        }
    }

    /// Interval × backoff^attempt, capped by `MaxDelaySeconds`, with `FULL` jitter drawn from
    /// the seeded generator.
    fn retry_delay(&mut self, retrier: &Retrier, attempt: u32) -> i64 {
        let interval = retrier
            .interval_seconds
            .as_ref()
            .and_then(|n| n.as_f64())
            .unwrap_or(1.0);
        let backoff = retrier
            .backoff_rate
            .as_ref()
            .and_then(|n| n.as_f64())
            .unwrap_or(2.0);
        let mut seconds = interval * backoff.powi(attempt as i32);
        if let Some(max) = retrier.max_delay_seconds.as_ref().and_then(|n| n.as_f64()) {
            seconds = seconds.min(max);
        }
        if retrier.jitter_strategy == Some(sfn_codegen::model::JitterStrategy::Full) {
            seconds *= self.rng.f64();
        }
        (seconds * 1000.0) as i64
    }

    fn catch(
        &mut self,
        at: At<'_>,
        state: &'m State,
        input: &Value,
        failure: Failure,
        variables: &mut Map<String, Value>,
    ) -> Result<Next<'m>, Stop> {
        let At {
            name,
            entered,
            item,
        } = at;
        let catchers: &'m [Catcher] = state.catchers();
        let Some((index, catcher)) = catchers
            .iter()
            .enumerate()
            .find(|(_, c)| failure.matches(&c.error_equals))
        else {
            return Err(Stop::Failed(failure));
        };
        *self
            .coverage
            .catchers
            .entry((name.to_owned(), index))
            .or_default() += 1;
        let error_output = failure.output();
        let output = match self.language(state) {
            QueryLanguage::JSONPath => {
                let context = self.context(name, entered, 0, item, None);
                let roots = Roots {
                    input,
                    context: &context,
                    variables,
                };
                let assigned = self.jsonpath_assignments(&catcher.assign, &error_output, roots)?;
                apply(variables, assigned);
                result_path(&catcher.result_path, input, error_output)?
            }
            QueryLanguage::JSONata => {
                let output = self
                    .jsonata_output(
                        &catcher.output,
                        input,
                        Some(("errorOutput", &error_output)),
                        at,
                        variables,
                    )?
                    .unwrap_or_else(|| error_output.clone());
                self.assign_jsonata(
                    &catcher.assign,
                    input,
                    None,
                    Some(&error_output),
                    at,
                    variables,
                )?;
                output
            }
        };
        Ok(Next::Goto(catcher.next.as_str(), output))
    }

    /// One attempt of a Task, Parallel or Map.
    fn work(
        &mut self,
        at: At<'_>,
        state: &'m State,
        input: &Value,
        variables: &mut Map<String, Value>,
        retry_count: u32,
    ) -> Result<Next<'m>, Stop> {
        let At {
            name,
            entered,
            item,
        } = at;
        let language = self.language(state);
        let (
            input_path,
            parameters,
            arguments,
            result_selector,
            result_path_field,
            output_path,
            output,
            assign,
            transition,
        ) = match state {
            State::Task(t) => (
                &t.input_path,
                &t.parameters,
                &t.arguments,
                &t.result_selector,
                &t.result_path,
                &t.output_path,
                &t.output,
                &t.assign,
                &t.transition,
            ),
            State::Parallel(p) => (
                &p.input_path,
                &p.parameters,
                &p.arguments,
                &p.result_selector,
                &p.result_path,
                &p.output_path,
                &p.output,
                &p.assign,
                &p.transition,
            ),
            State::Map(m) => (
                &m.input_path,
                &m.parameters,
                &None,
                &m.result_selector,
                &m.result_path,
                &m.output_path,
                &m.output,
                &m.assign,
                &m.transition,
            ),
            _ => unreachable!("only Task, Parallel and Map have handlers"),
        };
        let needs_token =
            matches!(state, State::Task(t) if t.resource.ends_with(".waitForTaskToken"));
        let token = needs_token.then(|| crate::intrinsics::uuid_v4(&mut self.rng));
        let context = self.context(name, entered, retry_count, item, token.as_deref());
        let roots = Roots {
            input,
            context: &context,
            variables,
        };
        // What the work receives: JSONPath's InputPath then Parameters (for a Map, its items
        // come from the state input after InputPath); JSONata's Arguments.
        // JSONPath's InputPath selects what the work reads (a Map, its items); the request of
        // a Task or Parallel is then `Parameters` (JSONPath) or `Arguments` (JSONata).
        let effective: Cow<'_, Value> = match (language, input_path) {
            (QueryLanguage::JSONPath, Some(_)) => {
                Cow::Owned(io_path(input_path, input, roots, "InputPath")?)
            }
            _ => Cow::Borrowed(input),
        };
        let template = match language {
            QueryLanguage::JSONPath => parameters
                .as_ref()
                .filter(|_| !matches!(state, State::Map(_))),
            QueryLanguage::JSONata => arguments.as_ref(),
        };
        let result = match state {
            State::Task(task) => {
                let request = self.request(template, language, &effective, &context, variables)?;
                self.task(name, task, &request, retry_count, token.as_deref())?
            }
            State::Parallel(parallel) => {
                let request = self.request(template, language, &effective, &context, variables)?;
                self.parallel(name, parallel, request, variables)?
            }
            State::Map(map) => self.map(name, map, &effective, &context, variables, language)?,
            _ => unreachable!(),
        };
        let roots = Roots {
            input,
            context: &context,
            variables,
        };
        let output = match language {
            QueryLanguage::JSONPath => {
                let selected = match result_selector {
                    Some(selector) => self.jsonpath_template(
                        selector,
                        Roots {
                            input: &result,
                            ..roots
                        },
                        names::RUNTIME,
                    )?,
                    None => result,
                };
                let assigned = self.jsonpath_assignments(assign, &selected, roots)?;
                let merged = result_path(result_path_field, input, selected)?;
                let output = self::output_path(output_path, merged, roots)?;
                apply(variables, assigned);
                output
            }
            QueryLanguage::JSONata => {
                let output = self
                    .jsonata_output(output, input, Some(("result", &result)), at, variables)?
                    .unwrap_or_else(|| result.clone());
                self.assign_jsonata(assign, input, Some(&result), None, at, variables)?;
                output
            }
        };
        Ok(self.transition(transition, output))
    }

    fn task(
        &mut self,
        name: &str,
        task: &'m sfn_codegen::model::Task,
        request: &Value,
        attempt: u32,
        token: Option<&str>,
    ) -> Result<Value, Stop> {
        let resource = task.resource.as_str();
        let resource_type = resource.split(':').nth(2).unwrap_or_default().to_owned();
        self.history.push(self.clock, "TaskScheduled", || Some(("taskScheduledEventDetails", json!({"resourceType": resource_type, "resource": resource, "region": self.options.region, "parameters": request.to_string()}))));
        self.history.push(self.clock, "TaskStarted", || {
            Some((
                "taskStartedEventDetails",
                json!({"resourceType": resource_type, "resource": resource}),
            ))
        });
        let invocation = self.invocations.entry(name.to_owned()).or_default();
        let call = TaskCall {
            state: name,
            resource,
            parameters: request,
            attempt,
            invocation: *invocation,
            task_token: token,
        };
        *invocation += 1;
        let reply = self.mocks.reply(&call).ok_or_else(|| {
            Stop::Cannot(RunError::Unmocked {
                state: name.to_owned(),
                resource: resource.to_owned(),
            })
        })?;
        let timeout = task
            .timeout_seconds
            .as_ref()
            .and_then(number_of)
            .map(|s| (s * 1000.0) as u64);
        let heartbeat = task
            .heartbeat_seconds
            .as_ref()
            .and_then(number_of)
            .map(|s| (s * 1000.0) as u64);
        let failure = |engine: &mut Self, failure: Failure, kind: &'static str| {
            engine.history.push(engine.clock, kind, || Some(("taskFailedEventDetails", json!({"resourceType": resource_type, "resource": resource, "error": failure.error, "cause": failure.cause}))));
            Err(Stop::Failed(failure))
        };
        // The heartbeat is shorter than the timeout, so a silent service misses it first.
        if let Some(limit) = heartbeat.filter(|h| !reply.heartbeats && reply.after_millis > *h) {
            self.clock = self.clock.plus_millis(limit as i64);
            return failure(
                self,
                Failure::new(
                    names::HEARTBEAT_TIMEOUT,
                    format!("no heartbeat within {} seconds", limit / 1000),
                ),
                "TaskTimedOut",
            );
        }
        if let Some(limit) = timeout.filter(|t| reply.after_millis > *t) {
            self.clock = self.clock.plus_millis(limit as i64);
            return failure(
                self,
                Failure::new(
                    names::TIMEOUT,
                    format!("the task did not finish within {} seconds", limit / 1000),
                ),
                "TaskTimedOut",
            );
        }
        self.clock = self.clock.plus_millis(reply.after_millis as i64);
        match reply.outcome {
            Ok(result) => {
                self.history.push(self.clock, "TaskSucceeded", || Some(("taskSucceededEventDetails", json!({"resourceType": resource_type, "resource": resource, "output": result.to_string()}))));
                Ok(result)
            }
            Err(f) => failure(self, f, "TaskFailed"),
        }
    }

    /// Every branch starts at the same virtual time; the state ends when the slowest does.
    fn parallel(
        &mut self,
        name: &str,
        parallel: &'m sfn_codegen::model::Parallel,
        input: Value,
        variables: &Map<String, Value>,
    ) -> Result<Value, Stop> {
        self.history
            .push(self.clock, "ParallelStateStarted", || None);
        let start = self.clock;
        let mut end = start;
        let mut results = Vec::with_capacity(parallel.branches.len());
        for branch in &parallel.branches {
            self.clock = start;
            let mut scoped = variables.clone();
            match self.scope(
                &branch.states,
                &branch.start_at,
                input.clone(),
                &mut scoped,
                None,
            ) {
                Ok(output) => results.push(output),
                Err(Stop::Failed(failure)) => {
                    self.history
                        .push(self.clock, "ParallelStateFailed", || None);
                    return Err(Stop::Failed(failure));
                }
                Err(other) => return Err(other),
            }
            end = end.max(self.clock);
        }
        self.clock = end;
        self.history
            .push(self.clock, "ParallelStateSucceeded", || None);
        let _ = name;
        Ok(Value::Array(results))
    }

    fn map(
        &mut self,
        name: &str,
        map: &'m sfn_codegen::model::Map,
        input: &Value,
        context: &Value,
        variables: &Map<String, Value>,
        language: QueryLanguage,
    ) -> Result<Value, Stop> {
        let Some(processor) = map.item_processor.as_ref().or(map.iterator.as_ref()) else {
            return Err(
                Failure::new(names::RUNTIME, format!("`{name}` has no ItemProcessor")).into(),
            );
        };
        let items = self.map_items(name, map, input, context, variables, language)?;
        let distributed = map.mode() == ProcessorMode::Distributed;
        let tolerated_count = map
            .tolerated_failure_count
            .as_ref()
            .and_then(number_of)
            .unwrap_or(0.0);
        let tolerated_percentage = map
            .tolerated_failure_percentage
            .as_ref()
            .and_then(number_of)
            .unwrap_or(0.0);
        self.history.push(
            self.clock,
            if distributed {
                "MapRunStarted"
            } else {
                "MapStateStarted"
            },
            || {
                Some((
                    "mapStateStartedEventDetails",
                    json!({"length": items.len()}),
                ))
            },
        );
        let start = self.clock;
        let mut end = start;
        // With a ResultWriter the results go to S3, not into the state's output.
        let keep_results = map
            .result_writer
            .as_ref()
            .is_none_or(|w| w.resource.is_none());
        let mut results = Vec::with_capacity(if keep_results { items.len() } else { 0 });
        let mut failures = 0usize;
        let total = items.len();
        let parent_is_child = self.in_child_execution;
        let parent_history = self.history.recording;
        self.in_child_execution = parent_is_child || distributed;
        self.history.recording = parent_history && !distributed;
        let outcome: Result<(), Stop> = 'items: {
            for (index, value) in items.into_iter().enumerate() {
                self.clock = start;
                let item_input = match self.item_input(
                    map,
                    input,
                    MapItem { index, value },
                    context,
                    variables,
                    language,
                ) {
                    Ok(item_input) => item_input,
                    Err(stop) => break 'items Err(stop),
                };
                // A distributed Map's children are separate executions: no parent variables.
                let mut scoped = if distributed {
                    Map::new()
                } else {
                    variables.clone()
                };
                if !distributed {
                    self.history.push(self.clock, "MapIterationStarted", || {
                        Some((
                            "mapIterationStartedEventDetails",
                            json!({"name": name, "index": index}),
                        ))
                    });
                }
                match self.scope(
                    &processor.states,
                    &processor.start_at,
                    item_input,
                    &mut scoped,
                    None,
                ) {
                    Ok(output) => {
                        if !distributed {
                            self.history.push(self.clock, "MapIterationSucceeded", || {
                                Some((
                                    "mapIterationSucceededEventDetails",
                                    json!({"name": name, "index": index}),
                                ))
                            });
                        }
                        if keep_results {
                            results.push(output);
                        }
                    }
                    Err(Stop::Failed(failure)) if distributed => {
                        failures += 1;
                        if keep_results {
                            results.push(json!({"Error": failure.error, "Cause": failure.cause}));
                        }
                        let percentage = failures as f64 * 100.0 / total.max(1) as f64;
                        if failures as f64 > tolerated_count && percentage > tolerated_percentage {
                            break 'items Err(Failure::new(names::EXCEED_TOLERATED_FAILURE_THRESHOLD, format!("{failures} of {total} items failed, more than the Map `{name}` tolerates")).into());
                        }
                    }
                    Err(Stop::Failed(failure)) => {
                        self.history.push(self.clock, "MapIterationFailed", || {
                            Some((
                                "mapIterationFailedEventDetails",
                                json!({"name": name, "index": index}),
                            ))
                        });
                        self.history.push(self.clock, "MapStateFailed", || None);
                        break 'items Err(Stop::Failed(failure));
                    }
                    Err(other) => break 'items Err(other),
                }
                end = end.max(self.clock);
            }
            Ok(())
        };
        self.in_child_execution = parent_is_child;
        self.history.recording = parent_history;
        if let Err(stop) = outcome {
            if distributed && matches!(stop, Stop::Failed(_)) {
                self.history.push(self.clock, "MapRunFailed", || None);
            }
            return Err(stop);
        }
        self.clock = end;
        self.history.push(
            self.clock,
            if distributed {
                "MapRunSucceeded"
            } else {
                "MapStateSucceeded"
            },
            || None,
        );
        if let Some(writer) = &map.result_writer
            && writer.resource.is_some()
        {
            // The results went to S3: the state's result says where, as AWS's does.
            let prefix = writer
                .parameters
                .as_ref()
                .and_then(|p| p.get("Prefix"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            let bucket = writer
                .parameters
                .as_ref()
                .and_then(|p| p.get("Bucket"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            let run = format!(
                "{}/{}",
                self.machine_arn().replace(":stateMachine:", ":mapRun:"),
                name
            );
            return Ok(
                json!({"MapRunArn": run, "ResultWriterDetails": {"Bucket": bucket, "Key": format!("{prefix}/manifest.json")}}),
            );
        }
        Ok(Value::Array(results))
    }

    /// The items a Map iterates: from its ItemReader (answered by a mock of the reader's
    /// resource), `Items` (JSONata) or `ItemsPath` (JSONPath, default `$`), batched by
    /// `ItemBatcher`.
    fn map_items(
        &mut self,
        name: &str,
        map: &'m sfn_codegen::model::Map,
        input: &Value,
        context: &Value,
        variables: &Map<String, Value>,
        language: QueryLanguage,
    ) -> Result<Vec<Value>, Stop> {
        let items = if let Some(reader) = &map.item_reader {
            self.read_items(name, reader, input, variables)?
        } else {
            let selected = match (language, &map.items) {
                (QueryLanguage::JSONata, Some(items)) => {
                    let states = json!({"input": input, "context": context});
                    jsonata::template(
                        items,
                        Scope {
                            states: &states,
                            variables,
                            now: self.clock,
                        },
                        &mut self.rng,
                    )?
                }
                (QueryLanguage::JSONata, None) => input.clone(),
                (QueryLanguage::JSONPath, _) => {
                    let path = map.items_path.as_deref().unwrap_or("$");
                    paths::read(
                        path,
                        Roots {
                            input,
                            context,
                            variables,
                        },
                    )
                    .map_err(|e| path_error(path, "ItemsPath", &e))?
                }
            };
            match selected {
                Value::Array(items) => items,
                // Since 2025 a Map iterates an object's entries.
                Value::Object(map) => map
                    .into_iter()
                    .map(|(key, value)| json!({"key": key, "value": value}))
                    .collect(),
                other => {
                    return Err(Failure::new(
                        names::RUNTIME,
                        format!("the items of `{name}` must be an array, found {other}"),
                    )
                    .into());
                }
            }
        };
        let Some(batcher) = &map.item_batcher else {
            return Ok(items);
        };
        let per_batch = batcher
            .max_items_per_batch
            .as_ref()
            .and_then(number_of)
            .map(|n| n as usize)
            .unwrap_or(usize::MAX)
            .max(1);
        // `BatchInput` is a template over the Map's input, filled in once for every batch.
        let batch_input = match (&batcher.batch_input, language) {
            (None, _) => None,
            (Some(template), QueryLanguage::JSONPath) => Some(self.jsonpath_template(
                template,
                Roots {
                    input,
                    context,
                    variables,
                },
                names::PARAMETER_PATH_FAILURE,
            )?),
            (Some(template), QueryLanguage::JSONata) => {
                let states = json!({"input": input, "context": context});
                Some(jsonata::template(
                    template,
                    Scope {
                        states: &states,
                        variables,
                        now: self.clock,
                    },
                    &mut self.rng,
                )?)
            }
        };
        Ok(items
            .chunks(per_batch)
            .map(|chunk| {
                let mut batch = json!({"Items": chunk});
                if let Some(extra) = &batch_input {
                    batch["BatchInput"] = extra.clone();
                }
                batch
            })
            .collect())
    }

    fn read_items(
        &mut self,
        name: &str,
        reader: &'m sfn_codegen::model::ItemReader,
        input: &Value,
        variables: &Map<String, Value>,
    ) -> Result<Vec<Value>, Stop> {
        let parameters = match (&reader.parameters, &reader.arguments) {
            (Some(parameters), _) => self.jsonpath_template(
                parameters,
                Roots {
                    input,
                    context: &Value::Null,
                    variables,
                },
                names::PARAMETER_PATH_FAILURE,
            )?,
            (_, Some(arguments)) => {
                let states = json!({"input": input});
                jsonata::template(
                    arguments,
                    Scope {
                        states: &states,
                        variables,
                        now: self.clock,
                    },
                    &mut self.rng,
                )?
            }
            _ => Value::Null,
        };
        let call = TaskCall {
            state: name,
            resource: &reader.resource,
            parameters: &parameters,
            attempt: 0,
            invocation: 0,
            task_token: None,
        };
        let reply = self.mocks.reply(&call).ok_or_else(|| {
            Stop::Cannot(RunError::Unmocked {
                state: name.to_owned(),
                resource: reader.resource.clone(),
            })
        })?;
        let data = reply
            .outcome
            .map_err(|f| Failure::new(names::ITEM_READER_FAILED, f.cause))?;
        let input_type = reader
            .reader_config
            .as_ref()
            .and_then(|c| c.get("InputType"))
            .and_then(Value::as_str)
            .unwrap_or("JSON");
        let items = template::read_items(&data, input_type, reader.reader_config.as_ref())
            .map_err(|why| Failure::new(names::ITEM_READER_FAILED, why))?;
        let max = reader
            .reader_config
            .as_ref()
            .and_then(|c| c.get("MaxItems"))
            .and_then(Value::as_u64);
        Ok(match max {
            Some(max) if max > 0 => items.into_iter().take(max as usize).collect(),
            _ => items,
        })
    }

    fn item_input(
        &mut self,
        map: &'m sfn_codegen::model::Map,
        input: &Value,
        item: MapItem,
        context: &Value,
        variables: &Map<String, Value>,
        language: QueryLanguage,
    ) -> Result<Value, Stop> {
        // `$$.Map.Item` exists for the ItemSelector only; without one the item is the input.
        let selector = map.item_selector.as_ref().or(map.parameters.as_ref());
        let Some(selector) = selector else {
            return Ok(item.value);
        };
        let mut context = context.clone();
        context["Map"] = json!({"Item": {"Index": item.index, "Value": item.value}});
        match language {
            QueryLanguage::JSONPath => Ok(self.jsonpath_template(
                selector,
                Roots {
                    input,
                    context: &context,
                    variables,
                },
                names::PARAMETER_PATH_FAILURE,
            )?),
            QueryLanguage::JSONata => {
                let states = json!({"input": input, "context": context});
                Ok(jsonata::template(
                    selector,
                    Scope {
                        states: &states,
                        variables,
                        now: self.clock,
                    },
                    &mut self.rng,
                )?)
            }
        }
    }

    fn wait_until(
        &self,
        seconds: Option<&NumberOrExpr>,
        seconds_path: Option<&str>,
        timestamp: Option<&str>,
        timestamp_path: Option<&str>,
        roots: Roots<'_>,
    ) -> Result<Instant, Stop> {
        let read = |path: &str, field: &str| {
            paths::read(path, roots).map_err(|e| Stop::from(path_error(path, field, &e)))
        };
        let seconds = match (seconds, seconds_path) {
            (Some(NumberOrExpr::Number(n)), _) => Some(Value::Number(n.clone())),
            (_, Some(path)) => Some(read(path, "SecondsPath")?),
            _ => None,
        };
        let timestamp = match (timestamp, timestamp_path) {
            (Some(text), _) => Some(Value::String(text.to_owned())),
            (_, Some(path)) => Some(read(path, "TimestampPath")?),
            _ => None,
        };
        self.deadline_from(seconds.as_ref(), timestamp.as_ref())
    }

    fn deadline_from(
        &self,
        seconds: Option<&Value>,
        timestamp: Option<&Value>,
    ) -> Result<Instant, Stop> {
        if let Some(seconds) = seconds {
            let s = seconds.as_f64().filter(|s| *s >= 0.0).ok_or_else(|| {
                Failure::new(
                    names::RUNTIME,
                    format!("a Wait of {seconds} seconds: not a non-negative number"),
                )
            })?;
            return Ok(self.clock.plus_millis((s * 1000.0) as i64));
        }
        if let Some(timestamp) = timestamp {
            return timestamp.as_str().and_then(Instant::parse).ok_or_else(|| {
                Failure::new(
                    names::RUNTIME,
                    format!("a Wait until {timestamp}: not an RFC 3339 timestamp"),
                )
                .into()
            });
        }
        Ok(self.clock)
    }

    fn jsonpath_template(
        &mut self,
        template: &Payload,
        roots: Roots<'_>,
        failure_name: &str,
    ) -> Result<Value, Failure> {
        template::jsonpath(template, roots, &mut self.rng, failure_name)
    }

    /// What a Task or Parallel receives: its template filled in, or its input as it is.
    fn request(
        &mut self,
        template: Option<&Payload>,
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
        let At {
            name,
            entered,
            item,
        } = at;
        let Some(output) = output else {
            return Ok(None);
        };
        let mut states =
            json!({"input": input, "context": self.context(name, entered, 0, item, None)});
        if let Some((key, value)) = extra {
            states[key] = value.clone();
        }
        Ok(Some(jsonata::template(
            output,
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
        let At {
            name,
            entered,
            item,
        } = at;
        let Some(assign) = assign else { return Ok(()) };
        let mut states =
            json!({"input": input, "context": self.context(name, entered, 0, item, None)});
        if let Some(result) = result {
            states["result"] = result.clone();
        }
        if let Some(error) = error_output {
            states["errorOutput"] = error.clone();
        }
        let values = jsonata::template(
            assign,
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
fn states_reading_context(states: &States) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    for (name, state) in states {
        let text = serde_json::to_string(state).unwrap_or_default();
        if text.contains("$$") || text.contains("states.context") {
            out.insert(name.clone());
        }
        for (_, _, children) in state.children() {
            out.extend(states_reading_context(children));
        }
    }
    out
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

fn path_error(path: &str, field: &str, error: &PathError) -> Failure {
    let why = match error {
        PathError::NotFound => "could not be found in the input".to_owned(),
        PathError::UndefinedVariable(name) => format!("reads `${name}`, which no Assign set"),
        PathError::Invalid(message) => message.clone(),
    };
    Failure::new(
        names::RUNTIME,
        format!(
            "An error occurred while executing the state. The JSONPath '{path}' specified for the field '{field}' {why}"
        ),
    )
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
        .map_err(|e| path_error(path, field, &e)),
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
