//! Per-state rules: which fields each state type and query language allows, fields that
//! exclude each other, numeric ranges, the Task resource, and Express restrictions.

use serde_json::{Number, Value};

use super::exprs::{Exprs, PathKind, Read, StatesFields};
use super::{choice, errors, map};
use crate::diagnostic::{Code, Diagnostic, Fix, Location};
use crate::integration::{Pattern, Resource};
use crate::model::*;

/// Largest value of the integer fields (seconds, attempts) Step Functions accepts.
pub const MAX_INTEGER: i64 = 99_999_999;

pub(super) fn check_machine(machine: &StateMachine, out: &mut Vec<Diagnostic>) {
    if let Some(timeout) = &machine.timeout_seconds {
        integer_in_range(
            out,
            &Location::root().key("TimeoutSeconds"),
            "TimeoutSeconds",
            timeout,
            1,
            MAX_INTEGER,
        );
    }
    if let Some(version) = &machine.version
        && version != "1.0"
    {
        out.push(Diagnostic::error(
            Code::INVALID_VALUE,
            Location::root().key("Version"),
            format!("`Version` is `{version}`; the only version of the language is \"1.0\""),
        ));
    }
}

/// Checks one state and returns the variables it reads.
pub(super) fn check(
    state: &State,
    location: &Location,
    language: QueryLanguage,
    express: bool,
    out: &mut Vec<Diagnostic>,
) -> Vec<Read> {
    let mut x = Exprs {
        out,
        reads: Vec::new(),
        language,
    };
    match state {
        State::Task(task) => check_task(task, location, &mut x, express),
        State::Pass(pass) => check_pass(pass, location, &mut x),
        State::Choice(c) => choice::check(c, location, &mut x),
        State::Wait(wait) => check_wait(wait, location, &mut x),
        State::Succeed(s) => {
            io(&mut x, location, &s.input_path, &s.output_path);
            output(&mut x, location, &s.output, StatesFields::INPUT);
        }
        State::Fail(fail) => check_fail(fail, location, &mut x),
        State::Parallel(p) => check_parallel(p, location, &mut x),
        State::Map(m) => map::check(m, location, &mut x),
    }
    x.reads
}

/// The replacement of a field in the other query language, for messages.
fn counterpart(field: &str) -> &'static str {
    match field {
        "Parameters" => "use `Arguments` in JSONata states",
        "Arguments" => "use `Parameters` in JSONPath states",
        "ResultSelector" | "OutputPath" => "use `Output` in JSONata states",
        "ResultPath" => "use `Output` (and `Assign`) in JSONata states",
        "InputPath" => "use `$states.input` in `Arguments` or `Output` in JSONata states",
        "Output" => "use `OutputPath`, `ResultPath` or `ResultSelector` in JSONPath states",
        "ItemsPath" => "use `Items` in JSONata states",
        "Items" => "use `ItemsPath` in JSONPath states",
        "Result" => "use `Output` in JSONata states",
        "Condition" => "use `Variable` and a comparison operator in JSONPath states",
        "Variable" => "use `Condition` in JSONata states",
        _ if field.ends_with("Path") => {
            "in JSONata states, write a `{% %}` expression in the field without `Path`"
        }
        _ => "",
    }
}

/// Reports a field of the other query language.
pub(super) fn wrong_language(x: &mut Exprs<'_>, location: &Location, field: &str) {
    let other = match x.language {
        QueryLanguage::JSONPath => "JSONata",
        QueryLanguage::JSONata => "JSONPath",
    };
    let mut diagnostic = Diagnostic::error(
        Code::QUERY_LANGUAGE_FIELD,
        location.key(field),
        format!(
            "`{field}` is a {other} field, but this state uses {}",
            x.language.as_str()
        ),
    );
    let help = counterpart(field);
    if !help.is_empty() {
        diagnostic = diagnostic.with_help(help);
    }
    x.out.push(diagnostic);
}

/// A payload field that belongs to one query language.
pub(super) fn payload(
    x: &mut Exprs<'_>,
    location: &Location,
    field: &str,
    value: &Option<Value>,
    language: QueryLanguage,
    states: StatesFields,
) {
    let Some(value) = value else {
        return;
    };
    if language != x.language {
        wrong_language(x, location, field);
        return;
    }
    x.evaluated(value, &location.key(field), states);
}

pub(super) fn io(
    x: &mut Exprs<'_>,
    location: &Location,
    input_path: &NullablePath,
    output_path: &NullablePath,
) {
    nullable_path(x, location, "InputPath", input_path, PathKind::Path);
    nullable_path(x, location, "OutputPath", output_path, PathKind::Path);
}

pub(super) fn nullable_path(
    x: &mut Exprs<'_>,
    location: &Location,
    field: &str,
    value: &NullablePath,
    kind: PathKind,
) {
    match value {
        None => {}
        Some(_) if x.language == QueryLanguage::JSONata => wrong_language(x, location, field),
        Some(None) => {}
        Some(Some(path)) => x.path(path, &location.key(field), kind),
    }
}

/// A `...Path` field (reference path, JSONPath only).
pub(super) fn reference_path(
    x: &mut Exprs<'_>,
    location: &Location,
    field: &str,
    value: &Option<String>,
) {
    let Some(path) = value else {
        return;
    };
    if x.language == QueryLanguage::JSONata {
        wrong_language(x, location, field);
    } else {
        x.path(path, &location.key(field), PathKind::Reference);
    }
}

pub(super) fn output(
    x: &mut Exprs<'_>,
    location: &Location,
    value: &Option<Value>,
    states: StatesFields,
) {
    payload(x, location, "Output", value, QueryLanguage::JSONata, states);
}

pub(super) fn assign(
    x: &mut Exprs<'_>,
    location: &Location,
    value: &Option<Value>,
    states: StatesFields,
) {
    if let Some(value) = value {
        x.assign(value, &location.key("Assign"), states);
    }
}

/// Both of two alternatives given.
pub(super) fn exclusive(x: &mut Exprs<'_>, location: &Location, a: (&str, bool), b: (&str, bool)) {
    if a.1 && b.1 {
        x.out.push(
            Diagnostic::error(
                Code::MUTUALLY_EXCLUSIVE_FIELDS,
                location.key(b.0),
                format!("`{}` and `{}` cannot be used together", a.0, b.0),
            )
            .with_help(format!("keep only one of `{}` and `{}`", a.0, b.0)),
        );
    }
}

/// An integer between `min` and `max`, or a reason it is not.
fn integer_problem(n: &Number, min: i64, max: i64) -> Option<String> {
    let value = n.as_i64().or_else(|| {
        n.as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 1e15)
            .map(|f| f as i64)
    });
    match value {
        None => Some(format!("must be a whole number, found {n}")),
        Some(v) if v < min => Some(format!("must be at least {min}, found {v}")),
        Some(v) if v > max => Some(format!("must be at most {max}, found {v}")),
        Some(_) => None,
    }
}

pub(super) fn integer_in_range(
    out: &mut Vec<Diagnostic>,
    location: &Location,
    field: &str,
    n: &Number,
    min: i64,
    max: i64,
) -> bool {
    match integer_problem(n, min, max) {
        Some(problem) => {
            out.push(Diagnostic::error(
                Code::INVALID_VALUE,
                location.clone(),
                format!("`{field}` {problem}"),
            ));
            false
        }
        None => true,
    }
}

/// A numeric field that JSONata states may also write as an expression.
pub(super) fn number_or_expr(
    x: &mut Exprs<'_>,
    location: &Location,
    field: &str,
    value: &Option<NumberOrExpr>,
    min: i64,
    max: i64,
) {
    match value {
        None => {}
        Some(NumberOrExpr::Number(n)) => {
            integer_in_range(x.out, &location.key(field), field, n, min, max);
        }
        Some(NumberOrExpr::Expr(text)) => number_as_text(x, location, field, text),
    }
}

/// A percentage, fractions included (AWS accepts `"ToleratedFailurePercentage": 2.5`), or
/// an expression in JSONata states.
pub(super) fn percentage_or_expr(
    x: &mut Exprs<'_>,
    location: &Location,
    field: &str,
    value: &Option<NumberOrExpr>,
) {
    match value {
        None => {}
        Some(NumberOrExpr::Number(n))
            if !n.as_f64().is_some_and(|v| (0.0..=100.0).contains(&v)) =>
        {
            x.out.push(Diagnostic::error(
                Code::INVALID_VALUE,
                location.key(field),
                format!("`{field}` must be from 0 to 100, found {n}"),
            ));
        }
        Some(NumberOrExpr::Number(_)) => {}
        Some(NumberOrExpr::Expr(text)) => number_as_text(x, location, field, text),
    }
}

/// A string where a number belongs: an expression in JSONata states, else a mistake.
fn number_as_text(x: &mut Exprs<'_>, location: &Location, field: &str, text: &str) {
    match x.language {
        QueryLanguage::JSONata if crate::jsonata::looks_like_template(text) => {
            x.jsonata_string(text, &location.key(field), StatesFields::INPUT)
        }
        _ => x.out.push(
            Diagnostic::error(
                Code::INVALID_TYPE,
                location.key(field),
                format!("`{field}` must be a number, found the string `{text}`"),
            )
            .with_help(match x.language {
                QueryLanguage::JSONPath => format!("to read it from the input, use `{field}Path`"),
                QueryLanguage::JSONata => "write a number, or a `{% %}` expression".to_owned(),
            }),
        ),
    }
}

fn number_value(value: &Option<NumberOrExpr>) -> Option<f64> {
    match value {
        Some(NumberOrExpr::Number(n)) => n.as_f64(),
        _ => None,
    }
}

fn check_task(task: &Task, location: &Location, x: &mut Exprs<'_>, express: bool) {
    check_resource(x, location, &task.resource);
    super::integrations::check(x, location, task);
    super::typed_resources::check(location, task, x.out);
    if express {
        check_express_pattern(x, location, &task.resource);
    }
    check_task_token(x, location, task);
    io(x, location, &task.input_path, &task.output_path);
    payload(
        x,
        location,
        "Parameters",
        &task.parameters,
        QueryLanguage::JSONPath,
        StatesFields::INPUT,
    );
    payload(
        x,
        location,
        "Arguments",
        &task.arguments,
        QueryLanguage::JSONata,
        StatesFields::INPUT,
    );
    payload(
        x,
        location,
        "ResultSelector",
        &task.result_selector,
        QueryLanguage::JSONPath,
        StatesFields::INPUT,
    );
    nullable_path(
        x,
        location,
        "ResultPath",
        &task.result_path,
        PathKind::Target,
    );
    output(x, location, &task.output, StatesFields::RESULT);
    assign(x, location, &task.assign, StatesFields::RESULT);
    if let Some(credentials) = &task.credentials {
        let field = location.key("Credentials");
        match credentials {
            Value::Object(fields) => {
                credential_fields(x, fields, &field);
                x.evaluated(credentials, &field, StatesFields::INPUT);
            }
            other => x.out.push(Diagnostic::error(
                Code::INVALID_TYPE,
                field,
                format!(
                    "`Credentials` must be an object with `RoleArn`, found {}",
                    crate::parse_type_name(other)
                ),
            )),
        }
    }
    let has_timeout = task.timeout_seconds.is_some();
    let has_heartbeat = task.heartbeat_seconds.is_some();
    exclusive(
        x,
        location,
        ("TimeoutSeconds", has_timeout),
        ("TimeoutSecondsPath", task.timeout_seconds_path.is_some()),
    );
    exclusive(
        x,
        location,
        ("HeartbeatSeconds", has_heartbeat),
        (
            "HeartbeatSecondsPath",
            task.heartbeat_seconds_path.is_some(),
        ),
    );
    number_or_expr(
        x,
        location,
        "TimeoutSeconds",
        &task.timeout_seconds,
        1,
        MAX_INTEGER,
    );
    number_or_expr(
        x,
        location,
        "HeartbeatSeconds",
        &task.heartbeat_seconds,
        1,
        MAX_INTEGER,
    );
    reference_path(
        x,
        location,
        "TimeoutSecondsPath",
        &task.timeout_seconds_path,
    );
    reference_path(
        x,
        location,
        "HeartbeatSecondsPath",
        &task.heartbeat_seconds_path,
    );
    if let (Some(timeout), Some(heartbeat)) = (
        number_value(&task.timeout_seconds),
        number_value(&task.heartbeat_seconds),
    ) && heartbeat >= timeout
    {
        x.out.push(
            Diagnostic::error(
                Code::INVALID_VALUE,
                location.key("HeartbeatSeconds"),
                format!("`HeartbeatSeconds` ({heartbeat}) must be smaller than `TimeoutSeconds` ({timeout})"),
            )
            .with_help("a heartbeat that is not shorter than the timeout never fires"),
        );
    }
    errors::check_retry(x, location, &task.retry, Some(&task.resource));
    errors::check_catch(x, location, &task.catch, Some(&task.resource));
}

/// Task resources are ARNs: `arn:<partition>:<service>:<region>:<account>:<resource>`.
fn check_resource(x: &mut Exprs<'_>, location: &Location, resource: &str) {
    if resource.contains("${") {
        // Reported by the placeholder check, with a better message.
        return;
    }
    let parts: Vec<&str> = resource.splitn(6, ':').collect();
    let valid = parts.len() == 6
        && parts[0] == "arn"
        && !parts[1].is_empty()
        && !parts[2].is_empty()
        && !parts[5].is_empty();
    if !valid {
        x.out.push(
            Diagnostic::error(
                Code::INVALID_RESOURCE,
                location.key("Resource"),
                format!("`{resource}` is not a resource ARN Step Functions can call"),
            )
            .with_help("use an integration ARN such as `arn:aws:states:::lambda:invoke`, a Lambda function ARN or an activity ARN"),
        );
    } else if parts[2] == "lambda"
        && let Some(problem) = lambda_function_problem(parts[5])
    {
        x.out.push(
            Diagnostic::error(
                Code::INVALID_RESOURCE,
                location.key("Resource"),
                format!("`{resource}` is not a Lambda function ARN: {problem}"),
            )
            .with_help("write `arn:aws:lambda:REGION:ACCOUNT:function:NAME`, optionally followed by `:$LATEST`, `:VERSION` or `:ALIAS`"),
        );
    }
}

/// What is wrong with the `function:NAME[:QUALIFIER]` part of a Lambda ARN, following
/// Lambda's own patterns: names and aliases are letters, digits, `-` and `_` (at most 64 and
/// 128), a version is a number, an alias is not only digits.
fn lambda_function_problem(resource: &str) -> Option<String> {
    let word = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    let mut parts = resource.split(':');
    if parts.next() != Some("function") {
        return Some("the resource part must start with `function:`".to_owned());
    }
    let name = parts.next().unwrap_or_default();
    if !word(name) || name.len() > 64 {
        return Some(format!(
            "`{name}` is not a function name (letters, digits, `-`, `_`, at most 64)"
        ));
    }
    match (parts.next(), parts.next()) {
        (None, _) => None,
        (Some(qualifier), None) => {
            let version = !qualifier.is_empty() && qualifier.chars().all(|c| c.is_ascii_digit());
            let alias = word(qualifier) && qualifier.len() <= 128;
            (!(qualifier == "$LATEST" || version || alias)).then(|| {
                format!("`{qualifier}` is not `$LATEST`, a version number or an alias name")
            })
        }
        (Some(_), Some(_)) => {
            Some("a function takes at most one qualifier (version or alias)".to_owned())
        }
    }
}

/// Express executions cannot wait for jobs, callbacks or activities.
fn check_express_pattern(x: &mut Exprs<'_>, location: &Location, resource: &str) {
    let read = Resource::parse(resource);
    let pattern = match (read, read.pattern()) {
        (Resource::Activity { .. }, _) => Some("activities"),
        (_, Pattern::Sync | Pattern::Sync2) => Some("`.sync` (run a job and wait)"),
        (_, Pattern::WaitForTaskToken) => Some("`.waitForTaskToken` (wait for a callback)"),
        (_, Pattern::RequestResponse) => None,
    };
    if let Some(pattern) = pattern {
        x.out.push(
            Diagnostic::error(
                Code::EXPRESS_UNSUPPORTED,
                location.key("Resource"),
                format!("Express workflows do not support {pattern}"),
            )
            .with_help("use the request-response form of the integration, or run this part in a Standard workflow"),
        );
    }
}

/// `Credentials` holds the role to assume and nothing else: AWS refuses an empty object and
/// any other field when the machine is created (recorded with `CreateStateMachine`; the
/// Task state reference lists `RoleArn` as its one field).
fn credential_fields(x: &mut Exprs<'_>, fields: &serde_json::Map<String, Value>, at: &Location) {
    let role = ["RoleArn", "RoleArn.$"];
    for key in fields.keys().filter(|k| !role.contains(&k.as_str())) {
        let mut diagnostic = Diagnostic::error(
            Code::UNKNOWN_FIELD,
            at.key(key),
            format!("`Credentials` has no field `{key}`; it takes only `RoleArn`"),
        );
        if key.eq_ignore_ascii_case("RoleArn") || key.eq_ignore_ascii_case("RoleArn.$") {
            diagnostic = diagnostic.with_help("write `RoleArn` (`RoleArn.$` for a path)");
        }
        x.out.push(diagnostic);
    }
    if !fields.keys().any(|k| role.contains(&k.as_str())) {
        x.out.push(
            Diagnostic::error(
                Code::MISSING_FIELD,
                at.clone(),
                "`Credentials` must name the role to assume in `RoleArn`",
            )
            .with_help("`\"Credentials\": {\"RoleArn\": \"arn:aws:iam::123456789012:role/cross-account\"}`, or `RoleArn.$` with a path"),
        );
    }
}

/// A `.waitForTaskToken` task must hand the task token to someone, or it waits forever.
fn check_task_token(x: &mut Exprs<'_>, location: &Location, task: &Task) {
    if Resource::parse(&task.resource).pattern() != Pattern::WaitForTaskToken {
        return;
    }
    let mentions_token = |value: &Option<Value>| {
        value.as_ref().is_some_and(|v| {
            let text = v.to_string();
            text.contains("$$.Task.Token") || text.contains("$states.context.Task.Token")
        })
    };
    if !mentions_token(&task.parameters) && !mentions_token(&task.arguments) {
        // AWS accepts it, and the task can only time out: a certain run-time failure.
        x.out.push(
            Diagnostic::runtime(
                Code::MISSING_TASK_TOKEN,
                location.key("Resource"),
                "this `.waitForTaskToken` task never passes the task token, so nobody can call back and it waits until it times out",
            )
            .with_fix(Fix::PassTaskToken),
        );
    }
}

fn check_pass(pass: &Pass, location: &Location, x: &mut Exprs<'_>) {
    io(x, location, &pass.input_path, &pass.output_path);
    payload(
        x,
        location,
        "Parameters",
        &pass.parameters,
        QueryLanguage::JSONPath,
        StatesFields::INPUT,
    );
    if let Some(result) = &pass.result {
        if x.language == QueryLanguage::JSONata {
            wrong_language(x, location, "Result");
        } else if contains_dollar_key(result) {
            x.out.push(
                Diagnostic::warning(
                    Code::PASS_RESULT_IS_STATIC,
                    location.key("Result"),
                    "`Result` is passed as written: its `.$` fields are not evaluated",
                )
                .with_help("use `Parameters` to build a result from paths"),
            );
        }
    }
    nullable_path(
        x,
        location,
        "ResultPath",
        &pass.result_path,
        PathKind::Target,
    );
    output(x, location, &pass.output, StatesFields::INPUT);
    assign(x, location, &pass.assign, StatesFields::INPUT);
}

fn contains_dollar_key(value: &Value) -> bool {
    match value {
        Value::Object(map) => map
            .iter()
            .any(|(k, v)| k.ends_with(".$") || contains_dollar_key(v)),
        Value::Array(items) => items.iter().any(contains_dollar_key),
        _ => false,
    }
}

fn check_wait(wait: &Wait, location: &Location, x: &mut Exprs<'_>) {
    io(x, location, &wait.input_path, &wait.output_path);
    output(x, location, &wait.output, StatesFields::INPUT);
    assign(x, location, &wait.assign, StatesFields::INPUT);
    let given: Vec<&str> = [
        ("Seconds", wait.seconds.is_some()),
        ("SecondsPath", wait.seconds_path.is_some()),
        ("Timestamp", wait.timestamp.is_some()),
        ("TimestampPath", wait.timestamp_path.is_some()),
    ]
    .into_iter()
    .filter_map(|(name, present)| present.then_some(name))
    .collect();
    match given.as_slice() {
        [] => x.out.push(Diagnostic::error(
            Code::MISSING_FIELD,
            location.clone(),
            "a Wait state needs one of `Seconds`, `SecondsPath`, `Timestamp` or `TimestampPath`",
        )),
        [_] => {}
        [first, rest @ ..] => {
            for other in rest {
                exclusive(x, location, (first, true), (other, true));
            }
        }
    }
    number_or_expr(x, location, "Seconds", &wait.seconds, 0, MAX_INTEGER);
    reference_path(x, location, "SecondsPath", &wait.seconds_path);
    reference_path(x, location, "TimestampPath", &wait.timestamp_path);
    if let Some(timestamp) = &wait.timestamp {
        let field = location.key("Timestamp");
        if x.language == QueryLanguage::JSONata && crate::jsonata::looks_like_template(timestamp) {
            x.jsonata_string(timestamp, &field, StatesFields::INPUT);
        } else if !crate::timestamp::is_timestamp(timestamp) {
            x.out.push(
                Diagnostic::error(Code::INVALID_VALUE, field, format!("`{timestamp}` is not an RFC 3339 timestamp"))
                    .with_help("write it like `2026-03-14T01:59:00Z` (uppercase `T`, and `Z` or an offset such as `+01:00`)"),
            );
        }
    }
}

fn check_fail(fail: &Fail, location: &Location, x: &mut Exprs<'_>) {
    exclusive(
        x,
        location,
        ("Error", fail.error.is_some()),
        ("ErrorPath", fail.error_path.is_some()),
    );
    exclusive(
        x,
        location,
        ("Cause", fail.cause.is_some()),
        ("CausePath", fail.cause_path.is_some()),
    );
    for (field, value) in [
        ("ErrorPath", &fail.error_path),
        ("CausePath", &fail.cause_path),
    ] {
        let Some(text) = value else { continue };
        if x.language == QueryLanguage::JSONata {
            wrong_language(x, location, field);
        } else if crate::intrinsic::looks_like_call(text) {
            x.dollar_value(text, &location.key(field));
        } else {
            x.path(text, &location.key(field), PathKind::Reference);
        }
    }
    if x.language == QueryLanguage::JSONata {
        for (field, value) in [("Error", &fail.error), ("Cause", &fail.cause)] {
            if let Some(text) = value {
                x.jsonata_string(text, &location.key(field), StatesFields::INPUT);
            }
        }
    }
}

fn check_parallel(parallel: &Parallel, location: &Location, x: &mut Exprs<'_>) {
    if parallel.branches.is_empty() {
        x.out.push(Diagnostic::error(
            Code::INVALID_VALUE,
            location.key("Branches"),
            "`Branches` is empty; a Parallel state needs at least one branch",
        ));
    }
    io(x, location, &parallel.input_path, &parallel.output_path);
    payload(
        x,
        location,
        "Parameters",
        &parallel.parameters,
        QueryLanguage::JSONPath,
        StatesFields::INPUT,
    );
    payload(
        x,
        location,
        "Arguments",
        &parallel.arguments,
        QueryLanguage::JSONata,
        StatesFields::INPUT,
    );
    payload(
        x,
        location,
        "ResultSelector",
        &parallel.result_selector,
        QueryLanguage::JSONPath,
        StatesFields::INPUT,
    );
    nullable_path(
        x,
        location,
        "ResultPath",
        &parallel.result_path,
        PathKind::Target,
    );
    output(x, location, &parallel.output, StatesFields::RESULT);
    assign(x, location, &parallel.assign, StatesFields::RESULT);
    errors::check_retry(x, location, &parallel.retry, None);
    errors::check_catch(x, location, &parallel.catch, None);
}

#[cfg(test)]
mod tests {
    use crate::{Options, check};

    /// What a user reads for each finding of `text`'s one Task: code, place, message, help.
    fn findings(task: &str) -> Vec<String> {
        let text = format!(r#"{{"StartAt": "T", "States": {{"T": {task}}}}}"#);
        check(&text, &Options::default())
            .diagnostics
            .iter()
            .map(|d| {
                format!(
                    "{} {}: {} | {}",
                    d.code,
                    d.location,
                    d.message,
                    d.help.as_deref().unwrap_or("")
                )
            })
            .collect()
    }

    #[test]
    fn credentials_say_what_they_lack_and_what_they_do_not_take() {
        let task = |credentials: &str| {
            format!(
                r#"{{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Credentials": {credentials},
                    "Parameters": {{"FunctionName": "f"}}, "End": true}}"#
            )
        };
        assert_eq!(
            findings(&task("{}")),
            [
                "MISSING_FIELD States.T.Credentials: `Credentials` must name the role to assume in `RoleArn` | \
              `\"Credentials\": {\"RoleArn\": \"arn:aws:iam::123456789012:role/cross-account\"}`, or `RoleArn.$` with a path"
            ]
        );
        assert_eq!(
            findings(&task(r#"{"roleArn": "arn:aws:iam::1:role/r"}"#)),
            [
                "UNKNOWN_FIELD States.T.Credentials.roleArn: `Credentials` has no field `roleArn`; it takes only `RoleArn` | \
                 write `RoleArn` (`RoleArn.$` for a path)",
                "MISSING_FIELD States.T.Credentials: `Credentials` must name the role to assume in `RoleArn` | \
                 `\"Credentials\": {\"RoleArn\": \"arn:aws:iam::123456789012:role/cross-account\"}`, or `RoleArn.$` with a path",
            ]
        );
        assert_eq!(
            findings(&task(r#"{"RoleArn.$": "$.role"}"#)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_malformed_filter_says_where_and_why() {
        let found =
            findings(r#"{"Type": "Pass", "InputPath": "$.items[?(@.price <)]", "End": true}"#);
        assert_eq!(
            found,
            [
                "INVALID_JSONPATH States.T.InputPath: invalid filter `[?(@.price <)]` in `$.items[?(@.price <)]`: \
              a comparison in the filter has no right-hand side | "
            ]
        );
    }
}
