//! A task's Parameters (JSONPath) or Arguments (JSONata) checked against the called API's
//! input shape from the service catalog.
//!
//! What AWS does with each mistake decides its severity: a field the API does not have, at
//! any depth, is refused when the definition is created ("The field "static" is not
//! supported by Step Functions", recorded in aws-cdk issues 29968 and 10014), so it is an
//! error; a missing required field or a static value of the wrong type fails the call at run
//! time, so those are run-time warnings. Values computed at run time (`.$` keys, JSONata
//! expressions) are not guessed at.

use serde_json::Value;

use crate::catalog::{Service, Shape, java_spelling};
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::QueryLanguage;

/// Whether a function name can be one: a URL or text with spaces is not (Lambda's
/// `FunctionName` takes names, partial ARNs and ARNs, with a qualifier).
fn lambda_function_name(text: &str) -> bool {
    !text.contains("://") && !text.chars().any(char::is_whitespace)
}

/// Whether a quoted scalar converts to the shape: `"12"` to an integer, `"true"` to a boolean.
fn converts(shape: &Shape, text: &str) -> bool {
    let text = text.trim();
    match shape {
        Shape::Integer => text.parse::<i64>().is_ok(),
        Shape::Number => text.parse::<f64>().is_ok(),
        Shape::Boolean => text == "true" || text == "false",
        _ => false,
    }
}

pub(super) struct Check<'a> {
    pub service: &'a Service,
    /// `dynamodb:getItem`, for messages.
    pub call: &'a str,
    pub language: QueryLanguage,
    pub out: &'a mut Vec<Diagnostic>,
}

impl Check<'_> {
    /// Checks `payload` (the whole Parameters or Arguments) against the input shape; a
    /// payload that is not an object is computed at run time.
    pub(super) fn payload(&mut self, input: &Shape, payload: &Value, at: Location) {
        if payload.is_object() {
            self.value(input, payload, at, true);
        }
    }

    fn value(&mut self, shape: &Shape, value: &Value, at: Location, top: bool) {
        if self.is_dynamic(value) {
            return;
        }
        match (shape, value) {
            (Shape::Structure { members, required }, Value::Object(fields)) => {
                self.structure(members, required, fields, &at, top)
            }
            (Shape::List(member), Value::Array(items)) => {
                if let Some(member) = self.service.shape(Some(*member)) {
                    for (i, item) in items.iter().enumerate() {
                        self.value(member, item, at.index(i), false);
                    }
                }
            }
            (Shape::Map(member), Value::Object(entries)) => {
                if let Some(member) = self.service.shape(Some(*member)) {
                    for (key, entry) in entries {
                        if !key.ends_with(".$") {
                            self.value(member, entry, at.key(key), false);
                        }
                    }
                }
            }
            (Shape::String(allowed), Value::String(text)) => {
                if !allowed.is_empty() && !allowed.contains(text) {
                    self.not_in_enumeration(allowed, text, at);
                }
            }
            // Step Functions writes other JSON into a string field as its text (an
            // EventBridge `Detail` object), so any value will do.
            (Shape::String(_), _) => {}
            (Shape::Integer, Value::Number(n)) if n.is_i64() || n.is_u64() => {}
            (Shape::Number, Value::Number(_))
            | (Shape::Boolean, Value::Bool(_))
            | (Shape::Timestamp, Value::String(_) | Value::Number(_))
            | (Shape::Blob | Shape::Document, _) => {}
            (Shape::Integer | Shape::Number | Shape::Boolean, Value::String(text))
                if converts(shape, text) =>
            {
                self.quoted_scalar(shape, text, at)
            }
            (expected, found) => self.wrong_type(expected, found, at),
        }
    }

    fn not_in_enumeration(&mut self, allowed: &[String], text: &str, at: Location) {
        let mut diagnostic = Diagnostic::runtime(
            Code::INVALID_PARAMETER,
            at,
            format!(
                "`{text}` is not a value {} accepts here; it accepts {}",
                self.call,
                allowed.join(", ")
            ),
        );
        if let Some(best) = crate::suggest::did_you_mean(text, allowed.iter().map(String::as_str)) {
            diagnostic = diagnostic.with_help(format!("did you mean `{best}`?"));
        }
        self.out.push(diagnostic);
    }

    /// `"10"` for a number, `"true"` for a boolean: Step Functions converts them (AWS's own
    /// samples pass `"true"`), so not a failure, but not what the API says either.
    fn quoted_scalar(&mut self, shape: &Shape, text: &str, at: Location) {
        self.out.push(
            Diagnostic::warning(
                Code::INVALID_PARAMETER,
                at,
                format!(
                    "{} takes {} here, written as the string \"{text}\"",
                    self.call,
                    shape.describe()
                ),
            )
            .with_help(format!("write it without quotes: {text}")),
        );
    }

    fn structure(
        &mut self,
        members: &std::collections::BTreeMap<String, usize>,
        required: &[String],
        fields: &serde_json::Map<String, Value>,
        at: &Location,
        top: bool,
    ) {
        for (key, value) in fields {
            let (name, dynamic) = match key.strip_suffix(".$") {
                Some(name) if self.language == QueryLanguage::JSONPath => (name, true),
                _ => (key.as_str(), false),
            };
            let Some(member) = crate::catalog::member(members, name) else {
                if let Some(spelt) = members.keys().find(|m| m.eq_ignore_ascii_case(name)) {
                    self.out.push(
                        Diagnostic::warning(
                            Code::UNKNOWN_PARAMETER,
                            at.key(key),
                            format!("{} spells this parameter `{spelt}`", self.call),
                        )
                        .with_help(format!(
                            "write `{spelt}`: Step Functions may refuse `{name}`"
                        )),
                    );
                    continue;
                }
                let mut diagnostic = Diagnostic::error(
                    Code::UNKNOWN_PARAMETER,
                    at.key(key),
                    format!("{} has no parameter `{name}`", self.call),
                );
                let names = members.keys().map(String::as_str);
                diagnostic = match crate::suggest::did_you_mean(name, names) {
                    Some(best) => diagnostic.with_help(format!("did you mean `{best}`?")),
                    None if top => diagnostic.with_help(format!(
                        "its parameters are {}",
                        members.keys().cloned().collect::<Vec<_>>().join(", ")
                    )),
                    None => diagnostic,
                };
                self.out.push(diagnostic);
                continue;
            };
            if !dynamic && let Some(shape) = self.service.shape(Some(member)) {
                self.value(shape, value, at.key(key), false);
                if let Some(text) = value.as_str() {
                    self.format(name, text, at.key(key));
                }
            }
        }
        let missing: Vec<&str> = required
            .iter()
            .map(String::as_str)
            .filter(|r| {
                let java = java_spelling(r);
                !fields.keys().any(|key| {
                    let name = key.strip_suffix(".$").unwrap_or(key);
                    name == *r || name == java
                })
            })
            .collect();
        if !missing.is_empty() {
            let list = missing
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let mut diagnostic = Diagnostic::runtime(
                Code::MISSING_PARAMETER,
                at.clone(),
                format!(
                    "{} requires {list}, which this call does not pass",
                    self.call
                ),
            );
            // A parameter written in another case is the usual cause: say so here too, as
            // `compile()` shows only what certainly fails.
            let misspelt = missing.iter().find_map(|m| {
                fields
                    .keys()
                    .map(|key| key.strip_suffix(".$").unwrap_or(key))
                    .find(|name| name.eq_ignore_ascii_case(m))
                    .map(|name| (*m, name))
            });
            if let Some((wanted, written)) = misspelt {
                diagnostic = diagnostic.with_help(format!(
                    "did you mean `{wanted}`? this call passes `{written}`"
                ));
            }
            self.out.push(diagnostic);
        }
    }

    /// Static strings whose form the API fixes beyond "a string": an SQS queue is named by its
    /// URL, a Lambda function by its name or ARN.
    fn format(&mut self, member: &str, text: &str, at: Location) {
        if self.is_dynamic(&Value::String(text.to_owned())) || text.contains("${") {
            return;
        }
        let problem = match (self.service.model.as_str(), member) {
            // Placeholders of templates (`MyQueue`, `{REGION}`) are not judged; an ARN is.
            ("sqs", "QueueUrl") if text.starts_with("arn:") => {
                let parts: Vec<&str> = text.split(':').collect();
                let help = match parts.as_slice() {
                    [_, _, "sqs", region, account, queue] => format!(
                        "the queue's URL is https://sqs.{region}.amazonaws.com/{account}/{queue}"
                    ),
                    _ => {
                        "the URL is https://sqs.<region>.amazonaws.com/<account>/<queue>".to_owned()
                    }
                };
                Some((
                    format!(
                        "`QueueUrl` is the queue's URL, and `{text}` is its ARN: SQS refuses the call"
                    ),
                    help,
                ))
            }
            ("lambda", "FunctionName") if !lambda_function_name(text) => Some((
                format!("`{text}` is not a Lambda function name or ARN: Lambda refuses the call"),
                "a name (`my-function`), with a version or alias (`my-function:live`), or an ARN"
                    .to_owned(),
            )),
            _ => None,
        };
        if let Some((message, help)) = problem {
            self.out
                .push(Diagnostic::runtime(Code::INVALID_PARAMETER, at, message).with_help(help));
        }
    }

    fn wrong_type(&mut self, expected: &Shape, found: &Value, at: Location) {
        let kind = crate::parse::fields::type_name(found);
        self.out.push(Diagnostic::runtime(
            Code::INVALID_PARAMETER,
            at,
            format!(
                "{} expects {} here, and this is {kind}: the call fails when it runs",
                self.call,
                expected.describe()
            ),
        ));
    }

    /// A value computed when the state runs: a JSONata expression.
    fn is_dynamic(&self, value: &Value) -> bool {
        self.language == QueryLanguage::JSONata
            && value
                .as_str()
                .is_some_and(crate::jsonata::looks_like_template)
    }
}
