//! The states that call nothing: Pass, Wait, Choice, Succeed and Fail.

use serde_json::{Map, Value, json};
use sfn_codegen::model::{self, NullablePath, NumberOrExpr, QueryLanguage, State};

use super::{
    At, Engine, Next, Stop, apply, io_path, located, output_path, path_error, result_path,
};
use crate::choice;
use crate::clock::Instant;
use crate::failure::{Failure, names};
use crate::jsonata::{self, Scope};
use crate::paths::{self, Roots};

impl<'m> Engine<'m> {
    pub(super) fn state(
        &mut self,
        name: &'m str,
        state: &'m State,
        input: Value,
        variables: &mut Map<String, Value>,
        entered: Instant,
    ) -> Result<Next<'m>, Stop> {
        let language = self.language(state);
        let at = At { name, entered };
        let entered_event = self.history.count();
        let next = match state {
            State::Succeed(s) => self.succeed_state(at, s, language, input, variables),
            State::Fail(f) => self.fail_state(at, f, language, input, variables),
            State::Pass(p) => self.pass_state(at, p, language, input, variables),
            State::Wait(w) => self.wait_state(at, w, language, input, variables),
            State::Choice(c) => self.choice_state(at, c, language, input, variables),
            State::Task(_) | State::Parallel(_) | State::Map(_) => {
                return self.with_handlers(name, state, input, variables, entered);
            }
        };
        next.map_err(|stop| match stop {
            Stop::Failed(failure) => Stop::Failed(located(failure, name, entered_event)),
            other => other,
        })
    }

    /// A Succeed state: its input, through its paths or `Output`, ends the scope.
    fn succeed_state(
        &mut self,
        at: At<'m>,
        s: &'m model::Succeed,
        language: QueryLanguage,
        input: Value,
        variables: &mut Map<String, Value>,
    ) -> Result<Next<'m>, Stop> {
        let At { name, entered } = at;
        let context = self.context(name, entered, 0, None);
        let roots = Roots::new(&input, &context, variables);
        let output = match language {
            QueryLanguage::JSONPath => through(&s.input_path, &s.output_path, &input, roots)?,
            QueryLanguage::JSONata => self
                .jsonata_output(&s.output, &input, None, at, variables)?
                .unwrap_or(input),
        };
        Ok(Next::End(output))
    }

    /// A Fail state: its error and cause, as text, a path, or a JSONata template.
    fn fail_state(
        &mut self,
        at: At<'m>,
        f: &'m model::Fail,
        language: QueryLanguage,
        input: Value,
        variables: &mut Map<String, Value>,
    ) -> Result<Next<'m>, Stop> {
        let At { name, entered } = at;
        let context = self.context(name, entered, 0, None);
        let roots = Roots::new(&input, &context, variables);
        let pick = |literal: &Option<String>,
                    path: &Option<String>,
                    field: &str,
                    engine: &mut Self|
         -> Result<Option<String>, Stop> {
            if let Some(path) = path {
                // A reference path, or an intrinsic function (recorded on AWS:
                // `"ErrorPath": "States.Format('Order.{}', $.kind)"`).
                let value = if sfn_codegen::intrinsic::looks_like_call(path) {
                    crate::template::call(path, field, roots, &mut engine.rng, names::RUNTIME)?
                } else {
                    paths::read(path, roots).map_err(|e| path_error(path, field, &e, &input))?
                };
                return Ok(Some(match value {
                    Value::String(s) => s,
                    other => other.to_string(),
                }));
            }
            match (literal, language) {
                (Some(text), QueryLanguage::JSONata)
                    if sfn_codegen::jsonata::template(text).is_some() =>
                {
                    let states =
                        json!({"input": input, "context": engine.context(name, entered, 0, None)});
                    let value = jsonata::template(
                        &Value::String(text.clone()),
                        field.trim_end_matches("Path"),
                        Scope {
                            states: &states,
                            variables,
                            now: engine.clock,
                        },
                        &mut engine.rng,
                    )?;
                    Ok(Some(
                        value
                            .as_str()
                            .map_or_else(|| value.to_string(), str::to_owned),
                    ))
                }
                (Some(text), _) => Ok(Some(text.clone())),
                // Neither given: AWS reports no error (or cause) at all, not an empty one.
                (None, _) => Ok(None),
            }
        };
        let error = pick(&f.error, &f.error_path, "ErrorPath", self)?;
        let cause = pick(&f.cause, &f.cause_path, "CausePath", self)?;
        Err(Stop::Failed(Failure { error, cause }))
    }

    /// A Pass state: its result (`Result`, `Parameters` or its input) placed and passed on.
    fn pass_state(
        &mut self,
        at: At<'m>,
        p: &'m model::Pass,
        language: QueryLanguage,
        input: Value,
        variables: &mut Map<String, Value>,
    ) -> Result<Next<'m>, Stop> {
        let At { name, entered } = at;
        let context = self.context(name, entered, 0, None);
        let roots = Roots::new(&input, &context, variables);
        match language {
            QueryLanguage::JSONPath => {
                let effective = io_path(&p.input_path, &input, roots, "InputPath")?;
                let result = match (&p.result, &p.parameters) {
                    (Some(result), _) => result.clone(),
                    // A path of a Pass state's Parameters that finds nothing fails the state
                    // with `States.Runtime` (recorded on AWS); a Task's, with
                    // `States.ParameterPathFailure` (the developer guide's error names).
                    (None, Some(parameters)) => self.jsonpath_template(
                        parameters,
                        Roots {
                            input: &effective,
                            ..roots
                        },
                        names::RUNTIME,
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
                let output = self.jsonata_pass_on(&p.output, &p.assign, &input, at, variables)?;
                Ok(self.transition(&p.transition, output))
            }
        }
    }

    /// A Wait state: the clock moves to the deadline its seconds or timestamp give.
    fn wait_state(
        &mut self,
        at: At<'m>,
        w: &'m model::Wait,
        language: QueryLanguage,
        input: Value,
        variables: &mut Map<String, Value>,
    ) -> Result<Next<'m>, Stop> {
        let At { name, entered } = at;
        let context = self.context(name, entered, 0, None);
        let roots = Roots::new(&input, &context, variables);
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
                let states =
                    json!({"input": input, "context": self.context(name, entered, 0, None)});
                let scope = Scope {
                    states: &states,
                    variables,
                    now: self.clock,
                };
                let seconds = match &w.seconds {
                    Some(NumberOrExpr::Expr(text)) => Some(jsonata::template(
                        &Value::String(text.clone()),
                        "Seconds",
                        scope,
                        &mut self.rng,
                    )?),
                    Some(NumberOrExpr::Number(n)) => Some(Value::Number(n.clone())),
                    None => None,
                };
                let timestamp = match &w.timestamp {
                    Some(text) => Some(jsonata::template(
                        &Value::String(text.clone()),
                        "Timestamp",
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
                let output = through(&w.input_path, &w.output_path, &input, roots)?;
                let assigned = self.jsonpath_assignments(&w.assign, &input, roots)?;
                apply(variables, assigned);
                output
            }
            QueryLanguage::JSONata => {
                self.jsonata_pass_on(&w.output, &w.assign, &input, at, variables)?
            }
        };
        Ok(self.transition(&w.transition, output))
    }

    /// A Choice state: the first rule that holds, or `Default`; `States.NoChoiceMatched` when neither.
    fn choice_state(
        &mut self,
        at: At<'m>,
        c: &'m model::Choice,
        language: QueryLanguage,
        input: Value,
        variables: &mut Map<String, Value>,
    ) -> Result<Next<'m>, Stop> {
        let At { name, entered } = at;
        let context = self.context(name, entered, 0, None);
        let roots = Roots::new(&input, &context, variables);
        let effective = match language {
            QueryLanguage::JSONPath => io_path(&c.input_path, &input, roots, "InputPath")?,
            QueryLanguage::JSONata => input.clone(),
        };
        let mut chosen = None;
        for (index, rule) in c.choices.iter().enumerate() {
            let holds = match (language, &rule.condition) {
                (QueryLanguage::JSONata, Some(condition)) => {
                    let states =
                        json!({"input": input, "context": self.context(name, entered, 0, None)});
                    match jsonata::template(condition, "Condition", Scope { states: &states, variables, now: self.clock }, &mut self.rng)? {
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
                        format!("no Choice rule of `{name}` matched and there is no Default"),
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
                self.jsonata_pass_on(rule_output, rule_assign, &input, at, variables)?
            }
        };
        Ok(Next::Goto(target, output))
    }

    /// A JSONata state that calls nothing: what `Output` builds (else its input) goes on, and
    /// `Assign` is evaluated against the same input.
    fn jsonata_pass_on(
        &mut self,
        output: &Option<model::Payload>,
        assign: &Option<model::Payload>,
        input: &Value,
        at: At<'_>,
        variables: &mut Map<String, Value>,
    ) -> Result<Value, Stop> {
        let output = self
            .jsonata_output(output, input, None, at, variables)?
            .unwrap_or_else(|| input.clone());
        self.assign_jsonata(assign, input, None, None, at, variables)?;
        Ok(output)
    }

    pub(super) fn wait_until(
        &self,
        seconds: Option<&NumberOrExpr>,
        seconds_path: Option<&str>,
        timestamp: Option<&str>,
        timestamp_path: Option<&str>,
        roots: Roots<'_>,
    ) -> Result<Instant, Stop> {
        // The wordings are AWS's (recorded executions).
        let runtime = |cause: String| Stop::from(Failure::new(names::RUNTIME, cause));
        if let Some(path) = seconds_path.filter(|_| seconds.is_none()) {
            let value = paths::read(path, roots).map_err(|_| {
                runtime(format!(
                    "The SecondsPath parameter does not reference an input value: {path}"
                ))
            })?;
            let seconds = match value.as_i64() {
                Some(s) if s < 0 => {
                    return Err(runtime(format!(
                        "The SecondsPath parameter references a negative value: {path} == {value}"
                    )));
                }
                Some(s) => s,
                None => {
                    return Err(runtime(format!(
                        "The SecondsPath parameter cannot be parsed as a long value: {path} == {value}"
                    )));
                }
            };
            return self.deadline_from(Some(&Value::from(seconds)), None);
        }
        if let Some(path) = timestamp_path.filter(|_| timestamp.is_none()) {
            let invalid = |value: &dyn std::fmt::Display| {
                runtime(format!(
                    "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: {path} == {value}"
                ))
            };
            let value = paths::read(path, roots).map_err(|_| invalid(&"null"))?;
            let at =
                value
                    .as_str()
                    .and_then(Instant::parse)
                    .ok_or_else(|| match value.as_str() {
                        Some(text) => invalid(&text),
                        None => invalid(&value),
                    })?;
            return Ok(at);
        }
        let seconds = seconds.and_then(|s| match s {
            NumberOrExpr::Number(n) => Some(Value::Number(n.clone())),
            NumberOrExpr::Expr(_) => None,
        });
        let timestamp = timestamp.map(|text| Value::String(text.to_owned()));
        self.deadline_from(seconds.as_ref(), timestamp.as_ref())
    }

    pub(super) fn deadline_from(
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
            // A delay past 2^31 - 1 seconds is refused when the state runs (recorded).
            if s > f64::from(i32::MAX) {
                return Err(Failure::new(names::RUNTIME, "Wait state delay is too long.").into());
            }
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
}

/// A state without a result: `InputPath`, then `OutputPath` of what it selected.
fn through(
    input_path: &NullablePath,
    output_path: &NullablePath,
    input: &Value,
    roots: Roots<'_>,
) -> Result<Value, Failure> {
    let effective = io_path(input_path, input, roots, "InputPath")?;
    super::output_path(output_path, effective, roots)
}
