//! Task, Parallel and Map as one kind of work: its request, its attempts with the
//! retriers' backoff, then its catchers; and the Task's call to its mocked service.

use std::borrow::Cow;

use serde_json::{Map, Value, json};
use sfn_codegen::integration::{Pattern, Resource};
use sfn_codegen::model::{Catcher, QueryLanguage, Retrier, State};

use super::{
    At, Engine, Next, RunError, Stop, apply, io_path, located, max_attempts, number_of,
    output_path, result_path,
};
use crate::clock::Instant;
use crate::failure::{Failure, names};
use crate::mocks::TaskCall;
use crate::paths::Roots;

impl<'m> Engine<'m> {
    /// Task, Parallel and Map: the work, its retriers, then its catchers.
    pub(super) fn with_handlers(
        &mut self,
        name: &'m str,
        state: &'m State,
        input: Value,
        variables: &mut Map<String, Value>,
        entered: Instant,
    ) -> Result<Next<'m>, Stop> {
        let retriers = state.retriers();
        let mut attempts = vec![0u32; retriers.len()];
        let mut retry_count = 0u32;
        let at = At { name, entered };
        let entered_event = self.history.count();
        loop {
            let attempt = self.work(at, state, &input, variables, retry_count);
            let failure = match attempt {
                Ok(next) => return Ok(next),
                Err(Stop::Failed(failure)) => located(failure, name, entered_event),
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
            return self.catch(at, state, &input, failure, variables);
        }
    }

    /// Interval × backoff^attempt, capped by `MaxDelaySeconds`, with `FULL` jitter drawn from
    /// the seeded generator.
    pub(super) fn retry_delay(&mut self, retrier: &Retrier, attempt: u32) -> i64 {
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

    pub(super) fn catch(
        &mut self,
        at: At<'_>,
        state: &'m State,
        input: &Value,
        failure: Failure,
        variables: &mut Map<String, Value>,
    ) -> Result<Next<'m>, Stop> {
        let At { name, entered } = at;
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
                let context = self.context(name, entered, 0, None);
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
    pub(super) fn work(
        &mut self,
        at: At<'_>,
        state: &'m State,
        input: &Value,
        variables: &mut Map<String, Value>,
        retry_count: u32,
    ) -> Result<Next<'m>, Stop> {
        let At { name, entered } = at;
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
        let callback = matches!(state, State::Task(t) if t.resource.ends_with(".waitForTaskToken"));
        // A nested execution waited for (`.sync`, `.sync:2`) has a task token in its context
        // too, though nothing calls back with it (recorded on AWS).
        let nested_job = matches!(state, State::Task(t) if matches!(
            sfn_codegen::integration::Resource::parse(&t.resource),
            sfn_codegen::integration::Resource::Optimized { call: "states:startExecution", pattern: Some(p), .. } if p.runs_a_job()
        ));
        let token = (callback || nested_job).then(|| crate::intrinsics::uuid_v4(&mut self.rng));
        let context = self.context(name, entered, retry_count, token.as_deref());
        let token = token.filter(|_| callback);
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
        // Read before the call: a path that finds nothing fails the state at once.
        let limits = match state {
            State::Task(task) => Limits {
                timeout: limit(
                    &task.timeout_seconds,
                    &task.timeout_seconds_path,
                    "TimeoutSecondsPath",
                    &effective,
                    roots,
                )?,
                heartbeat: limit(
                    &task.heartbeat_seconds,
                    &task.heartbeat_seconds_path,
                    "HeartbeatSecondsPath",
                    &effective,
                    roots,
                )?,
            },
            _ => Limits::default(),
        };
        let request = match state {
            State::Task(_) | State::Parallel(_) => self.fill(
                template,
                "Arguments",
                language,
                &effective,
                &context,
                variables,
            )?,
            _ => Value::Null,
        };
        let result = match state {
            State::Task(task) => {
                self.task(name, task, &request, retry_count, token.as_deref(), limits)?
            }
            State::Parallel(parallel) => self.parallel(parallel, request, variables)?,
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
                // Both see the variables as they were; the result is moved, not copied.
                let output =
                    self.jsonata_output(output, input, Some(("result", &result)), at, variables)?;
                self.assign_jsonata(assign, input, Some(&result), None, at, variables)?;
                output.unwrap_or(result)
            }
        };
        Ok(self.transition(transition, output))
    }

    /// What the mocks answer to `call`; a call nothing mocks cannot run.
    pub(super) fn reply(&self, call: &TaskCall<'_>) -> Result<crate::mocks::Reply, Stop> {
        self.mocks.reply(call).ok_or_else(|| {
            Stop::Cannot(RunError::Unmocked {
                state: call.state.to_owned(),
                resource: call.resource.to_owned(),
            })
        })
    }

    pub(super) fn task(
        &mut self,
        name: &str,
        task: &'m sfn_codegen::model::Task,
        request: &Value,
        attempt: u32,
        token: Option<&str>,
        limits: Limits,
    ) -> Result<Value, Stop> {
        let resource = task.resource.as_str();
        let (resource_type, action) = service_and_action(resource);
        let kind = TaskKind::of(resource);
        let events = kind.events();
        match kind {
            TaskKind::Service { .. } => {
                self.history.push(self.clock, "TaskScheduled", || Some(("taskScheduledEventDetails", json!({"resourceType": resource_type, "resource": action, "region": self.options.region, "parameters": request.to_string()}))));
                self.history.push(self.clock, "TaskStarted", || {
                    Some((
                        "taskStartedEventDetails",
                        json!({"resourceType": resource_type, "resource": action}),
                    ))
                });
            }
            TaskKind::Lambda | TaskKind::Activity => {
                let mut details = json!({"resource": resource, "input": request.to_string()});
                if let Some(seconds) = task.timeout_seconds.as_ref().and_then(number_of) {
                    details["timeoutInSeconds"] = json!(seconds as u64);
                }
                if let (TaskKind::Activity, Some(seconds)) =
                    (kind, task.heartbeat_seconds.as_ref().and_then(number_of))
                {
                    details["heartbeatInSeconds"] = json!(seconds as u64);
                }
                self.history.push(self.clock, events.scheduled, || {
                    Some((events.scheduled_details, details))
                });
                self.history
                    .push(self.clock, events.started, || match kind {
                        TaskKind::Activity => Some((
                            "activityStartedEventDetails",
                            json!({"workerName": "sfn-executor"}),
                        )),
                        _ => None,
                    });
            }
        }
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
        let reply = self.reply(&call)?;
        if let Some(why) = reply.wiring_bug {
            return Err(Stop::Cannot(RunError::Wiring {
                state: name.to_owned(),
                resource: resource.to_owned(),
                why,
            }));
        }
        let Limits { timeout, heartbeat } = limits;
        let failure = |engine: &mut Self, failure: Failure, timed_out: bool| {
            let (event, key) = if timed_out {
                (events.timed_out, events.timed_out_details)
            } else {
                (events.failed, events.failed_details)
            };
            let mut details = failure.details();
            // A missed heartbeat is recorded as a timeout (recorded on AWS), though a
            // catcher sees `States.HeartbeatTimeout`.
            if timed_out && failure.name() == names::HEARTBEAT_TIMEOUT {
                details["error"] = json!(names::TIMEOUT);
            }
            if let TaskKind::Service { .. } = kind {
                details["resourceType"] = json!(resource_type);
                details["resource"] = json!(action);
            }
            engine
                .history
                .push(engine.clock, event, || Some((key, details)));
            Err(Stop::Failed(failure))
        };
        // The heartbeat is shorter than the timeout, so a silent service misses it first. AWS
        // gives a timed-out task no cause.
        let missed = heartbeat
            .filter(|h| !reply.heartbeats && reply.after_millis > *h)
            .map(|limit| (limit, names::HEARTBEAT_TIMEOUT))
            .or_else(|| {
                timeout
                    .filter(|t| reply.after_millis > *t)
                    .map(|limit| (limit, names::TIMEOUT))
            });
        if let Some((limit, error)) = missed {
            self.clock = self.clock.plus_millis(limit as i64);
            return failure(self, Failure::named(error), true);
        }
        self.clock = self.clock.plus_millis(reply.after_millis as i64);
        if let Ok(result) = &reply.outcome {
            let mismatches =
                sdk_response_mismatches(resource, result, self.mocks.field_validation());
            if !mismatches.is_empty() {
                return Err(Stop::Cannot(RunError::MockShape {
                    state: name.to_owned(),
                    resource: resource.to_owned(),
                    mismatches,
                }));
            }
        }
        match reply.outcome {
            // A result over the payload limit fails the task, catchably (recorded on AWS).
            Ok(result) if self.too_large(&result) => {
                failure(self, Failure::task_result_too_large(name), false)
            }
            Ok(result) => {
                if let TaskKind::Service { sync: true } = kind {
                    // The job was submitted; its start answer is not mocked, so the event
                    // carries the final output.
                    self.history.push(self.clock, "TaskSubmitted", || Some(("taskSubmittedEventDetails", json!({"resourceType": resource_type, "resource": action, "output": result.to_string()}))));
                }
                let mut details = json!({"output": result.to_string()});
                if let TaskKind::Service { .. } = kind {
                    details["resourceType"] = json!(resource_type);
                    details["resource"] = json!(action);
                }
                self.history.push(self.clock, events.succeeded, || {
                    Some((events.succeeded_details, details))
                });
                Ok(result)
            }
            Err(f) => failure(self, f, false),
        }
    }
}

/// What a Task calls, which names its history events (the `HistoryEvent` types of the Step
/// Functions API: `LambdaFunction*` for a function ARN as the resource, `Activity*` for an
/// activity, `Task*` for service integrations, with `TaskSubmitted` for `.sync` jobs).
#[derive(Debug, Clone, Copy, PartialEq)]
enum TaskKind {
    Lambda,
    Activity,
    Service { sync: bool },
}

/// The event types and detail keys of one kind of task.
#[derive(Debug, Clone, Copy)]
struct TaskEvents {
    scheduled: &'static str,
    scheduled_details: &'static str,
    started: &'static str,
    succeeded: &'static str,
    succeeded_details: &'static str,
    failed: &'static str,
    failed_details: &'static str,
    timed_out: &'static str,
    timed_out_details: &'static str,
}

impl TaskKind {
    fn of(resource: &str) -> TaskKind {
        match Resource::parse(resource) {
            Resource::Function { .. } => TaskKind::Lambda,
            Resource::Activity { .. } => TaskKind::Activity,
            other => TaskKind::Service {
                sync: other.pattern().runs_a_job(),
            },
        }
    }

    fn events(self) -> TaskEvents {
        match self {
            TaskKind::Lambda => TaskEvents {
                scheduled: "LambdaFunctionScheduled",
                scheduled_details: "lambdaFunctionScheduledEventDetails",
                started: "LambdaFunctionStarted",
                succeeded: "LambdaFunctionSucceeded",
                succeeded_details: "lambdaFunctionSucceededEventDetails",
                failed: "LambdaFunctionFailed",
                failed_details: "lambdaFunctionFailedEventDetails",
                timed_out: "LambdaFunctionTimedOut",
                timed_out_details: "lambdaFunctionTimedOutEventDetails",
            },
            TaskKind::Activity => TaskEvents {
                scheduled: "ActivityScheduled",
                scheduled_details: "activityScheduledEventDetails",
                started: "ActivityStarted",
                succeeded: "ActivitySucceeded",
                succeeded_details: "activitySucceededEventDetails",
                failed: "ActivityFailed",
                failed_details: "activityFailedEventDetails",
                timed_out: "ActivityTimedOut",
                timed_out_details: "activityTimedOutEventDetails",
            },
            TaskKind::Service { .. } => TaskEvents {
                scheduled: "TaskScheduled",
                scheduled_details: "taskScheduledEventDetails",
                started: "TaskStarted",
                succeeded: "TaskSucceeded",
                succeeded_details: "taskSucceededEventDetails",
                failed: "TaskFailed",
                failed_details: "taskFailedEventDetails",
                timed_out: "TaskTimedOut",
                timed_out_details: "taskTimedOutEventDetails",
            },
        }
    }
}

/// Where a mocked answer to an AWS SDK call (request-response) departs from the operation's
/// output in the service catalog; nothing for other resources.
fn sdk_response_mismatches(
    resource: &str,
    result: &Value,
    mode: sfn_codegen::catalog::FieldValidation,
) -> Vec<String> {
    let Resource::Sdk {
        service,
        action,
        pattern: Some(Pattern::RequestResponse),
    } = Resource::parse(resource)
    else {
        return Vec::new();
    };
    match sfn_codegen::catalog::service(service) {
        Some(service) => sfn_codegen::catalog::output_mismatches(service, action, result, mode),
        None => Vec::new(),
    }
}

/// How a service task's history events name what it calls: the service (`lambda`,
/// `aws-sdk:s3`) as `resourceType`, the action with its pattern (`invoke`,
/// `sendMessage.waitForTaskToken`) as `resource`, as AWS records them.
fn service_and_action(resource: &str) -> (String, String) {
    match sfn_codegen::integration::Resource::parse(resource) {
        sfn_codegen::integration::Resource::Optimized { service, .. } => {
            let rest = resource.splitn(6, ':').nth(5).unwrap_or_default();
            let action = rest.split_once(':').map_or(rest, |(_, action)| action);
            (service.to_owned(), action.to_owned())
        }
        sfn_codegen::integration::Resource::Sdk { service, .. } => {
            let rest = resource.splitn(6, ':').nth(5).unwrap_or_default();
            let action = rest.splitn(3, ':').nth(2).unwrap_or_default();
            (format!("aws-sdk:{service}"), action.to_owned())
        }
        _ => (
            resource.split(':').nth(2).unwrap_or_default().to_owned(),
            resource.to_owned(),
        ),
    }
}

/// A task's timeout and heartbeat, in milliseconds (none for other states).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Limits {
    timeout: Option<u64>,
    heartbeat: Option<u64>,
}

/// A task's `TimeoutSeconds` or `HeartbeatSeconds`, or its `...Path` read from the state's
/// input: a path that selects nothing, or no positive number, fails the state before any
/// call (recorded on AWS).
fn limit(
    seconds: &Option<sfn_codegen::model::NumberOrExpr>,
    path: &Option<String>,
    field: &str,
    input: &Value,
    roots: crate::paths::Roots<'_>,
) -> Result<Option<u64>, Stop> {
    if let Some(path) = path {
        let roots = crate::paths::Roots { input, ..roots };
        let value = crate::paths::read(path, roots)
            .map_err(|e| Stop::from(super::path_error(path, field, &e, input)))?;
        return match value.as_u64().filter(|s| *s > 0) {
            Some(s) => Ok(Some(s * 1000)),
            None => Err(Failure::new(
                names::RUNTIME,
                format!("The {field} parameter references an invalid value: {path} == {value}"),
            )
            .into()),
        };
    }
    Ok(seconds
        .as_ref()
        .and_then(number_of)
        .map(|s| (s * 1000.0) as u64))
}
