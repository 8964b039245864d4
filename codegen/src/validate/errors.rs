//! Retry and Catch: error names, `States.ALL` placement, shadowed handlers, ranges.

use super::exprs::{Exprs, PathKind, StatesFields};
use super::state::{MAX_INTEGER, integer_in_range, nullable_path, output, wrong_language};
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{Catcher, QueryLanguage, Retrier};
use crate::suggest::did_you_mean;

use super::service_errors::Raises;

use crate::errors::STATES_ERRORS;

/// Longest delay a retrier may cap at, in seconds (one year).
const MAX_DELAY_SECONDS: i64 = 31_622_400;

/// `resource`: the Task's, whose service's errors the names are checked against.
pub(super) fn check_retry(
    x: &mut Exprs<'_>,
    location: &Location,
    retriers: &[Retrier],
    resource: Option<&str>,
) {
    let field = location.key("Retry");
    let lists: Vec<&[String]> = retriers.iter().map(|r| r.error_equals.as_slice()).collect();
    check_handlers(x, &field, &lists, "retrier", resource);
    for (i, retrier) in retriers.iter().enumerate() {
        let at = field.index(i);
        if let Some(n) = &retrier.interval_seconds {
            integer_in_range(
                x.out,
                &at.key("IntervalSeconds"),
                "IntervalSeconds",
                n,
                1,
                MAX_INTEGER,
            );
        }
        if let Some(n) = &retrier.max_attempts {
            integer_in_range(
                x.out,
                &at.key("MaxAttempts"),
                "MaxAttempts",
                n,
                0,
                MAX_INTEGER,
            );
        }
        if let Some(n) = &retrier.max_delay_seconds {
            integer_in_range(
                x.out,
                &at.key("MaxDelaySeconds"),
                "MaxDelaySeconds",
                n,
                1,
                MAX_DELAY_SECONDS,
            );
        }
        if let Some(rate) = &retrier.backoff_rate
            && rate.as_f64().is_none_or(|r| r < 1.0)
        {
            x.out.push(
                Diagnostic::error(
                    Code::INVALID_VALUE,
                    at.key("BackoffRate"),
                    format!("`BackoffRate` must be at least 1.0, found {rate}"),
                )
                .with_help("1.0 retries at a fixed interval; 2.0 doubles the wait each time"),
            );
        }
    }
}

pub(super) fn check_catch(
    x: &mut Exprs<'_>,
    location: &Location,
    catchers: &[Catcher],
    resource: Option<&str>,
) {
    let field = location.key("Catch");
    let lists: Vec<&[String]> = catchers.iter().map(|c| c.error_equals.as_slice()).collect();
    check_handlers(x, &field, &lists, "catcher", resource);
    for (i, catcher) in catchers.iter().enumerate() {
        let at = field.index(i);
        match x.language {
            QueryLanguage::JSONPath => {
                nullable_path(x, &at, "ResultPath", &catcher.result_path, PathKind::Target);
                if catcher.output.is_some() {
                    wrong_language(x, &at, "Output");
                }
            }
            QueryLanguage::JSONata => {
                if catcher.result_path.is_some() {
                    wrong_language(x, &at, "ResultPath");
                }
                output(x, &at, &catcher.output, StatesFields::ERROR);
            }
        }
        if let Some(assign) = &catcher.assign {
            x.assign(assign, &at.key("Assign"), StatesFields::ERROR);
        }
    }
}

/// Rules shared by retriers and catchers, which match errors the same way: in order, first match wins.
fn check_handlers(
    x: &mut Exprs<'_>,
    field: &Location,
    lists: &[&[String]],
    what: &str,
    resource: Option<&str>,
) {
    let raises = resource.and_then(Raises::of);
    let mut seen: Vec<&str> = Vec::new();
    let mut catch_all_at: Option<usize> = None;
    for (i, names) in lists.iter().enumerate() {
        let at = field.index(i).key("ErrorEquals");
        if names.is_empty() {
            x.out.push(Diagnostic::error(
                Code::INVALID_ERROR_EQUALS,
                at.clone(),
                "`ErrorEquals` must name at least one error",
            ));
        }
        if let Some(first) = catch_all_at {
            x.out.push(
                Diagnostic::warning(
                    Code::SHADOWED_ERROR_HANDLER,
                    field.index(i),
                    format!("this {what} never runs: the {what} at index {first} already matches every error with `States.ALL`"),
                )
                .with_help(format!("move this {what} before the one with `States.ALL`")),
            );
        }
        for (j, name) in names.iter().enumerate() {
            let name_at = at.index(j);
            if name == "States.ALL" {
                if names.len() > 1 {
                    x.out.push(Diagnostic::error(
                        Code::INVALID_ERROR_EQUALS,
                        name_at.clone(),
                        "`States.ALL` must be the only error name in its `ErrorEquals`",
                    ));
                }
                if i + 1 < lists.len() {
                    x.out.push(
                        Diagnostic::error(
                            Code::INVALID_ERROR_EQUALS,
                            name_at.clone(),
                            format!("the {what} with `States.ALL` must be the last one"),
                        )
                        .with_help(format!(
                            "move it after the other {what}s, which can never match otherwise"
                        )),
                    );
                }
                catch_all_at.get_or_insert(i);
            } else if name.starts_with("States.")
                && !STATES_ERRORS.contains(&name.as_str())
                && !name.starts_with("States.Http.")
            {
                let mut diagnostic = Diagnostic::warning(
                    Code::INVALID_ERROR_EQUALS,
                    name_at.clone(),
                    format!(
                        "`{name}` is not an error Step Functions raises; the `States.` prefix is reserved for them"
                    ),
                );
                if let Some(best) = did_you_mean(name, STATES_ERRORS.iter().copied()) {
                    diagnostic = diagnostic.with_help(format!("did you mean `{best}`?"));
                }
                x.out.push(diagnostic);
            }
            if let Some(unraised) = raises.as_ref().and_then(|r| r.check(name, name_at.clone())) {
                x.out.push(unraised);
            }
            if catch_all_at.is_none_or(|first| first == i) && seen.contains(&name.as_str()) {
                x.out.push(Diagnostic::warning(
                    Code::SHADOWED_ERROR_HANDLER,
                    name_at,
                    format!("`{name}` is already matched by an earlier {what}, so it never reaches this one"),
                ));
            }
        }
        seen.extend(names.iter().map(String::as_str));
    }
}
