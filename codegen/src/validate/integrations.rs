//! The services a Task calls: optimized integrations (`arn:aws:states:::<service>:<action>`)
//! and AWS SDK integrations (`arn:aws:states:::aws-sdk:<service>:<action>`), each checked for
//! an action and pattern Step Functions has, and for its parameters against the service's
//! model in the catalog.
//!
//! Optimized integrations: AWS refuses any action a service does not list
//! (`dynamodb:query` exists only as `aws-sdk:dynamodb:query`) and any pattern the integration
//! lacks; the list, its sources and the patterns are `crate::integration`'s.

use super::exprs::Exprs;
use super::parameters::Check;
use crate::catalog;
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{QueryLanguage, Task};

use crate::integration::{
    OPTIMIZED, Optimized, Pattern, Resource, SDK_PATTERNS, optimized, split_pattern,
};

pub(super) fn check(x: &mut Exprs<'_>, location: &Location, task: &Task) {
    let resource = task.resource.as_str();
    let Some(rest) = resource
        .strip_prefix("arn:")
        .and_then(|r| r.split_once(":states:::"))
        .map(|(_, rest)| rest)
    else {
        return;
    };
    if rest.contains("${") {
        return;
    }
    let at = location.key("Resource");
    let (call, pattern) = split_pattern(rest);
    let Some(pattern) = pattern else {
        x.out.push(Diagnostic::error(
            Code::INVALID_RESOURCE,
            at,
            format!("`{rest}` ends in a pattern Step Functions does not have; use `.sync`, `.sync:2` or `.waitForTaskToken`"),
        ));
        return;
    };
    let found = match call.strip_prefix("aws-sdk:") {
        Some(sdk) => sdk_call(x, &at, sdk, pattern),
        None => optimized_call(x, &at, call, pattern),
    };
    if let Some((service, action)) = found {
        check_parameters(x, location, task, service, action);
    }
}

/// The catalog service and operation of an AWS SDK integration, once its service, action
/// and pattern are known good.
fn sdk_call<'c>(
    x: &mut Exprs<'_>,
    at: &Location,
    call: &'c str,
    pattern: Pattern,
) -> Option<(&'static catalog::Service, &'c str)> {
    let Some((name, action)) = call.split_once(':') else {
        x.out.push(Diagnostic::error(
            Code::INVALID_RESOURCE,
            at.clone(),
            format!("`aws-sdk:{call}` names no action: write `aws-sdk:<service>:<action>`"),
        ));
        return None;
    };
    if catalog::removed(name) {
        x.out.push(Diagnostic::runtime(
            Code::INVALID_RESOURCE,
            at.clone(),
            format!("AWS has removed the `{name}` service: its API is in the service models of 2021, not in today's, so the call fails"),
        ));
        return None;
    }
    let Some(service) = catalog::service(name) else {
        let mut diagnostic = Diagnostic::error(
            Code::INVALID_RESOURCE,
            at.clone(),
            format!("Step Functions has no AWS SDK service `{name}`"),
        );
        if let Some(best) = crate::suggest::did_you_mean(name, catalog::service_names()) {
            diagnostic = diagnostic.with_help(format!("did you mean `aws-sdk:{best}:{action}`?"));
        }
        x.out.push(diagnostic);
        return None;
    };
    if !service.has_action(action) {
        let mut diagnostic = Diagnostic::error(
            Code::INVALID_RESOURCE,
            at.clone(),
            format!("the AWS SDK for `{name}` has no action `{action}`"),
        );
        let hint = crate::suggest::did_you_mean(action, service.actions())
            .map(|best| format!("did you mean `aws-sdk:{name}:{best}`?"))
            .or_else(|| {
                let capitalised =
                    action
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                        .then(|| {
                            let mut lower = action.to_owned();
                            lower[..1].make_ascii_lowercase();
                            lower
                        })?;
                service
                    .has_action(&capitalised)
                    .then(|| format!("actions are camelCase: `aws-sdk:{name}:{capitalised}`"))
            });
        if let Some(hint) = hint {
            diagnostic = diagnostic.with_help(hint);
        }
        x.out.push(diagnostic);
        return None;
    }
    if service.streams(action) {
        x.out.push(Diagnostic::runtime(
            Code::INVALID_RESOURCE,
            at.clone(),
            format!("`{name}:{action}` streams events, and Step Functions makes one request and takes one answer: the call fails"),
        ).with_help("call the operation's request-response form if it has one (`invokeModel` for `invokeModelWithResponseStream`)"));
        return None;
    }
    if !SDK_PATTERNS.contains(&pattern) {
        x.out.push(
            Diagnostic::error(
                Code::INVALID_RESOURCE,
                at.clone(),
                format!(
                    "AWS SDK integrations do not support `{}`; only request-response and `.waitForTaskToken`",
                    pattern.suffix()
                ),
            )
            .with_help("to wait for a job, use the service's optimized integration if it has one, or poll in a loop"),
        );
        return None;
    }
    Some((service, action))
}

/// The catalog service and operation of an optimized integration that Step Functions has,
/// with the pattern it supports; services not listed are not judged.
fn optimized_call<'c>(
    x: &mut Exprs<'_>,
    at: &Location,
    call: &'c str,
    pattern: Pattern,
) -> Option<(&'static catalog::Service, &'c str)> {
    let (service, action) = call.split_once(':')?;
    let of_service: Vec<&Optimized> = OPTIMIZED.iter().filter(|i| i.service == service).collect();
    if of_service.is_empty() {
        let mut diagnostic = Diagnostic::error(
            Code::INVALID_RESOURCE,
            at.clone(),
            format!("Step Functions has no optimized integration for `{service}`"),
        );
        let sdk_name = catalog::service_names().find(|n| {
            catalog::service(n).is_some_and(|s| s.iam_prefix == service && s.has_action(action))
        });
        if let Some(name) = sdk_name {
            diagnostic = diagnostic.with_help(format!(
                "call the API through the SDK integration: `arn:aws:states:::aws-sdk:{name}:{action}`"
            ));
        }
        x.out.push(diagnostic);
        return None;
    }
    let Some(integration) = of_service.iter().find(|i| i.actions.contains(&action)) else {
        let actions: Vec<&str> = of_service
            .iter()
            .flat_map(|i| i.actions.iter().copied())
            .collect();
        let mut diagnostic = Diagnostic::error(
            Code::INVALID_RESOURCE,
            at.clone(),
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
        return None;
    };
    if !integration.patterns.contains(&pattern) {
        let supported: Vec<&str> = integration
            .patterns
            .iter()
            .map(|p| match p {
                Pattern::RequestResponse => "request-response (no suffix)",
                other => other.suffix(),
            })
            .collect();
        x.out.push(Diagnostic::error(
            Code::INVALID_RESOURCE,
            at.clone(),
            format!(
                "`{service}:{action}` does not support `{}`; it supports {}",
                pattern.suffix(),
                supported.join(", ")
            ),
        ));
        return None;
    }
    let model = catalog::service(integration.model?)?;
    Some((model, action))
}

/// The task's Parameters (JSONPath) or Arguments (JSONata) against the operation's input.
fn check_parameters(
    x: &mut Exprs<'_>,
    location: &Location,
    task: &Task,
    service: &catalog::Service,
    action: &str,
) {
    let (field, payload) = match (&task.parameters, &task.arguments) {
        (Some(parameters), _) => ("Parameters", parameters),
        (None, Some(arguments)) => ("Arguments", arguments),
        // Without a payload the state's input is the request: known only at run time.
        (None, None) => return,
    };
    let Some(input) = service.input(action) else {
        return;
    };
    let language = if field == "Parameters" {
        QueryLanguage::JSONPath
    } else {
        QueryLanguage::JSONata
    };
    let call = task
        .resource
        .rsplit_once(":::")
        .map_or(task.resource.as_str(), |(_, call)| call);
    let call = call.split('.').next().unwrap_or(call);
    let mut check = Check {
        service,
        call,
        language,
        out: x.out,
    };
    check.payload(input, payload, location.key(field));
}

/// The catalog service and operation whose input a Task's parameters are (an AWS SDK call, or
/// an optimized integration backed by a service model); `None` for anything else.
pub(crate) fn called_operation(resource: &str) -> Option<(&'static catalog::Service, &str)> {
    match Resource::parse(resource) {
        Resource::Sdk {
            service, action, ..
        } => {
            let service = catalog::service(service)?;
            service.has_action(action).then_some((service, action))
        }
        Resource::Optimized {
            service, action, ..
        } => Some((
            catalog::service(optimized(service, action)?.model?)?,
            action,
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::{Code, Options};

    /// What `arn:aws:states:::<call>` draws at the Resource, as `INVALID_RESOURCE` messages.
    fn refusals(call: &str) -> Vec<String> {
        let definition = serde_json::json!({"StartAt": "S", "States": {"S": {
            "Type": "Task", "Resource": format!("arn:aws:states:::{call}"), "End": true}}});
        crate::check(&definition.to_string(), &Options::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.code == Code::INVALID_RESOURCE)
            .map(|d| d.message)
            .collect()
    }

    /// The per-API pattern tables of the CodeBuild, SageMaker and Athena integration pages:
    /// `.sync` where an API starts a job, request-response only elsewhere.
    #[test]
    fn sync_is_taken_only_by_the_apis_whose_pages_list_it() {
        for call in [
            "codebuild:startBuild.sync",
            "codebuild:startBuildBatch.sync",
            "codebuild:retryBuildBatch.sync",
            "sagemaker:createTransformJob.sync",
            "sagemaker:createTrainingJob.sync",
            "athena:startQueryExecution.sync",
        ] {
            assert_eq!(refusals(call), Vec::<String>::new(), "{call}");
        }
        assert_eq!(
            refusals("codebuild:stopBuild.sync"),
            [
                "`codebuild:stopBuild` does not support `.sync`; it supports request-response (no suffix)"
            ]
        );
        assert_eq!(
            refusals("sagemaker:createModel.sync"),
            [
                "`sagemaker:createModel` does not support `.sync`; it supports request-response (no suffix)"
            ]
        );
        assert_eq!(
            refusals("athena:getQueryExecution.sync"),
            [
                "`athena:getQueryExecution` does not support `.sync`; it supports request-response (no suffix)"
            ]
        );
        // The CodeBuild page lists eight APIs; `retryBuild` is only an SDK call.
        assert_eq!(
            refusals("codebuild:retryBuild"),
            [
                "`codebuild:retryBuild` is not an optimized integration of codebuild, which has startBuild, startBuildBatch, retryBuildBatch, stopBuild, batchDeleteBuilds, batchGetReports, stopBuildBatch, deleteBuildBatch"
            ]
        );
    }
}
