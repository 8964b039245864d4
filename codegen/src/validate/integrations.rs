//! Optimized integrations (`arn:aws:states:::<service>:<action>[.<pattern>]`): for the
//! services whose optimized actions and patterns are listed here, AWS refuses any other
//! action (`dynamodb:query` exists only as the SDK integration `aws-sdk:dynamodb:query`) and
//! any pattern the integration lacks. Services not listed are not judged here.
//!
//! Source: the Step Functions developer guide's page on each integration and its table of
//! supported patterns ("Integrating services with Step Functions").

use super::exprs::Exprs;
use crate::diagnostic::{Code, Diagnostic, Location};

/// `.sync` and `.sync:2` (run a job), `.waitForTaskToken` (wait for a callback).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pattern {
    RequestResponse,
    Sync,
    Sync2,
    Callback,
}

impl Pattern {
    fn suffix(self) -> &'static str {
        match self {
            Pattern::RequestResponse => "",
            Pattern::Sync => ".sync",
            Pattern::Sync2 => ".sync:2",
            Pattern::Callback => ".waitForTaskToken",
        }
    }
}

use Pattern::{Callback, RequestResponse as Rr, Sync, Sync2};

/// (service, actions, patterns every one of them supports).
const INTEGRATIONS: &[(&str, &[&str], &[Pattern])] = &[
    ("lambda", &["invoke"], &[Rr, Callback]),
    (
        "dynamodb",
        &["getItem", "putItem", "updateItem", "deleteItem"],
        &[Rr],
    ),
    ("sns", &["publish"], &[Rr, Callback]),
    ("sqs", &["sendMessage"], &[Rr, Callback]),
    ("events", &["putEvents"], &[Rr, Callback]),
    ("states", &["startExecution"], &[Rr, Sync, Sync2, Callback]),
    ("ecs", &["runTask"], &[Rr, Sync, Callback]),
    ("apigateway", &["invoke"], &[Rr, Callback]),
    ("http", &["invoke"], &[Rr]),
];

pub(super) fn check(x: &mut Exprs<'_>, location: &Location, resource: &str) {
    let Some(rest) = resource
        .strip_prefix("arn:")
        .and_then(|r| r.split_once(":states:::"))
        .map(|(_, rest)| rest)
    else {
        return;
    };
    if rest.starts_with("aws-sdk:") || rest.contains("${") {
        return;
    }
    let (call, pattern) = split_pattern(rest);
    let Some((service, action)) = call.split_once(':') else {
        return;
    };
    let Some((_, actions, patterns)) = INTEGRATIONS.iter().find(|(s, _, _)| *s == service) else {
        return;
    };
    let at = location.key("Resource");
    if !actions.contains(&action) {
        let mut diagnostic = Diagnostic::error(
            Code::INVALID_RESOURCE,
            at,
            format!(
                "`{service}:{action}` is not an optimized integration of {service}, which has {}",
                actions.join(", ")
            ),
        );
        diagnostic = match crate::suggest::did_you_mean(action, actions.iter().copied()) {
            Some(best) => diagnostic.with_help(format!("did you mean `{service}:{best}`?")),
            None => diagnostic.with_help(format!("call the API through the SDK integration: `arn:aws:states:::aws-sdk:{service}:{action}`")),
        };
        x.out.push(diagnostic);
        return;
    }
    match pattern {
        Some(pattern) if !patterns.contains(&pattern) => {
            let supported: Vec<&str> = patterns
                .iter()
                .map(|p| match p {
                    Pattern::RequestResponse => "request-response (no suffix)",
                    other => other.suffix(),
                })
                .collect();
            x.out.push(Diagnostic::error(
                Code::INVALID_RESOURCE,
                at,
                format!("`{service}:{action}` does not support `{}`; it supports {}", pattern.suffix(), supported.join(", ")),
            ));
        }
        None => x.out.push(Diagnostic::error(
            Code::INVALID_RESOURCE,
            at,
            format!("`{rest}` ends in a pattern Step Functions does not have; use `.sync`, `.sync:2` or `.waitForTaskToken`"),
        )),
        Some(_) => {}
    }
}

/// The call and its pattern (`None`: a suffix that is no pattern at all).
fn split_pattern(rest: &str) -> (&str, Option<Pattern>) {
    for pattern in [Sync2, Sync, Callback] {
        if let Some(call) = rest.strip_suffix(pattern.suffix()) {
            return (call, Some(pattern));
        }
    }
    match rest.split_once('.') {
        Some((call, _)) => (call, None),
        None => (rest, Some(Rr)),
    }
}
