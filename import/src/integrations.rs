//! Task resources as typed integration constructors where one fits, the generic form otherwise.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value};
use sfn_codegen::integration::{Pattern, Resource, optimized};
use sfn_codegen::model::QueryLanguage;

use crate::values::{evaluated, template};

/// A typed constructor: module, function, the parameters it takes positionally, and the
/// names of its methods for `.sync` and `.sync:2` (`None`: not supported, so the generic form
/// is used). Every typed call has `wait_for_task_token` where the integration table has the
/// callback pattern.
struct Constructor {
    module: &'static str,
    function: &'static str,
    required: &'static [&'static str],
    sync: Option<&'static str>,
    sync2: Option<&'static str>,
}

const fn c(
    module: &'static str,
    function: &'static str,
    required: &'static [&'static str],
    sync: Option<&'static str>,
    sync2: Option<&'static str>,
) -> Constructor {
    Constructor {
        module,
        function,
        required,
        sync,
        sync2,
    }
}

fn constructor(action: &str) -> Option<Constructor> {
    Some(match action {
        "lambda:invoke" => c("lambda", "invoke", &["FunctionName"], None, None),
        "ecs:runTask" => c(
            "ecs",
            "run_task",
            &["Cluster", "TaskDefinition"],
            Some("sync"),
            None,
        ),
        "batch:submitJob" => c(
            "batch",
            "submit_job",
            &["JobName", "JobQueue", "JobDefinition"],
            Some("sync"),
            None,
        ),
        "glue:startJobRun" => c("glue", "start_job_run", &["JobName"], Some("sync"), None),
        "sns:publish" => c("sns", "publish", &["TopicArn", "Message"], None, None),
        "sqs:sendMessage" => c(
            "sqs",
            "send_message",
            &["QueueUrl", "MessageBody"],
            None,
            None,
        ),
        "dynamodb:getItem" => c("dynamodb", "get_item", &["TableName", "Key"], None, None),
        "dynamodb:putItem" => c("dynamodb", "put_item", &["TableName", "Item"], None, None),
        "dynamodb:updateItem" => c("dynamodb", "update_item", &["TableName", "Key"], None, None),
        "dynamodb:deleteItem" => c("dynamodb", "delete_item", &["TableName", "Key"], None, None),
        "states:startExecution" => c(
            "step_functions",
            "start_execution",
            &["StateMachineArn"],
            Some("sync_string_output"),
            Some("sync"),
        ),
        "athena:startQueryExecution" => c(
            "athena",
            "start_query_execution",
            &["QueryString"],
            Some("sync"),
            None,
        ),
        "athena:getQueryResults" => c(
            "athena",
            "get_query_results",
            &["QueryExecutionId"],
            None,
            None,
        ),
        "sagemaker:createTrainingJob" => c(
            "sagemaker",
            "create_training_job",
            &["TrainingJobName", "RoleArn"],
            Some("sync"),
            None,
        ),
        "codebuild:startBuild" => c(
            "codebuild",
            "start_build",
            &["ProjectName"],
            Some("sync"),
            None,
        ),
        "apigateway:invoke" => c(
            "apigateway",
            "invoke",
            &["ApiEndpoint", "Method"],
            None,
            None,
        ),
        _ => return None,
    })
}

/// `(resource action, pattern suffix)` of an integration's resource in `partition`, the
/// workflow's (the builder code renders typed calls in it).
fn split_service<'r>(resource: &'r str, partition: &str) -> Option<(&'r str, &'r str)> {
    if resource.split(':').nth(1) != Some(partition) {
        return None;
    }
    let pattern = match Resource::parse(resource) {
        Resource::Optimized {
            pattern: Some(pattern),
            ..
        }
        | Resource::Sdk {
            pattern: Some(pattern),
            ..
        } => pattern,
        _ => return None,
    };
    let rest = resource.split_once(":states:::")?.1;
    Some((
        rest.strip_suffix(pattern.suffix()).unwrap_or(rest),
        pattern.suffix(),
    ))
}

/// Finds a parameter by name in either of its forms (`Key` or, in JSONPath, `Key.$`).
fn take(map: &mut Map<String, Value>, key: &str, language: QueryLanguage) -> Option<TokenStream> {
    if let Some(v) = map.shift_remove(key) {
        return Some(template(&v, language));
    }
    if language == QueryLanguage::JSONPath
        && let Some(Value::String(expr)) = map.shift_remove(&format!("{key}.$"))
    {
        return Some(evaluated(&expr));
    }
    None
}

fn has(map: &Map<String, Value>, key: &str, language: QueryLanguage) -> bool {
    map.contains_key(key)
        || (language == QueryLanguage::JSONPath && map.contains_key(&format!("{key}.$")))
}

/// The call of a Task: `(constructor expression, parameters left to set with .parameters())`.
pub fn call(
    resource: &str,
    parameters: Option<&Value>,
    language: QueryLanguage,
    partition: &str,
) -> (TokenStream, Option<TokenStream>) {
    let Some((action, suffix)) = split_service(resource, partition) else {
        // An activity, a Lambda function ARN, another partition than the workflow's, or a
        // pattern Step Functions lacks: kept as written.
        return (quote!(#resource), parameters.map(|p| template(p, language)));
    };
    if let Some(call) = sdk_call(action, suffix, parameters, language) {
        return (call, None);
    }
    if let Some(call) = typed_call(action, suffix, parameters, language) {
        return (call, None);
    }
    let pattern = match suffix {
        ".sync" => quote!(Pattern::Sync),
        ".sync:2" => quote!(Pattern::Sync2),
        ".waitForTaskToken" => quote!(Pattern::WaitForTaskToken),
        _ => quote!(Pattern::RequestResponse),
    };
    let resource = quote!(Resource::service(#action).with_pattern(#pattern));
    (resource, parameters.map(|p| template(p, language)))
}

/// `aws-sdk:service:action` as `sdk::call(service, action)`.
fn sdk_call(
    action: &str,
    suffix: &str,
    parameters: Option<&Value>,
    language: QueryLanguage,
) -> Option<TokenStream> {
    let (service, api) = action.strip_prefix("aws-sdk:")?.split_once(':')?;
    if !(suffix.is_empty() || suffix == ".waitForTaskToken") {
        return None;
    }
    let mut out = quote!(sdk::call(#service, #api));
    if let Some(p) = parameters {
        let p = template(p, language);
        out = quote!(#out.parameters(#p));
    }
    if !suffix.is_empty() {
        out = quote!(#out.wait_for_task_token());
    }
    Some(out)
}

/// A typed constructor, when the action has one, its pattern has a method and the
/// constructor's required parameters are all there.
fn typed_call(
    action: &str,
    suffix: &str,
    parameters: Option<&Value>,
    language: QueryLanguage,
) -> Option<TokenStream> {
    let ctor = constructor(action)?;
    let params = parameters?.as_object()?;
    let pattern = match suffix {
        "" => None,
        ".sync" => Some(ctor.sync?),
        ".sync:2" => Some(ctor.sync2?),
        _ => Some(callback(action).then_some("wait_for_task_token")?),
    };
    if !ctor.required.iter().all(|k| has(params, k, language)) {
        return None;
    }
    let mut rest = params.clone();
    let args: Vec<TokenStream> = ctor
        .required
        .iter()
        .filter_map(|k| take(&mut rest, k, language))
        .collect();
    let module = format_ident!("{}", ctor.module);
    let function = format_ident!("{}", ctor.function);
    let mut out = quote!(#module::#function(#(#args),*));
    for (key, value) in &rest {
        let (key, value) = match (language, key.strip_suffix(".$"), value) {
            (QueryLanguage::JSONPath, Some(base), Value::String(expr)) => {
                (base.to_owned(), evaluated(expr))
            }
            _ => (key.clone(), template(value, language)),
        };
        out = quote!(#out.parameter(#key, #value));
    }
    if let Some(method) = pattern {
        let method = format_ident!("{method}");
        out = quote!(#out.#method());
    }
    Some(out)
}

/// Whether the optimized integration `service:action` has the callback pattern.
fn callback(action: &str) -> bool {
    action
        .split_once(':')
        .and_then(|(service, action)| optimized(service, action))
        .is_some_and(|i| i.patterns.contains(&Pattern::WaitForTaskToken))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A typed call's pattern methods are those the integration table gives its integration:
    /// an imported `.sync` on an integration without one would not compile.
    #[test]
    fn typed_calls_have_the_patterns_of_the_integration_table() {
        for integration in sfn_codegen::integration::OPTIMIZED {
            for action in integration.actions {
                let call = format!("{}:{action}", integration.service);
                let Some(ctor) = constructor(&call) else {
                    continue;
                };
                let has = |p| integration.patterns.contains(&p);
                assert_eq!(ctor.sync.is_some(), has(Pattern::Sync), "{call}");
                assert_eq!(ctor.sync2.is_some(), has(Pattern::Sync2), "{call}");
            }
        }
    }

    /// Integrations in the workflow's partition, whichever it is, become typed calls; those of
    /// another partition and what is not an integration are kept as written.
    #[test]
    fn resources_of_any_partition_become_typed_calls() {
        let payload = serde_json::json!({"FunctionName": "charge", "Payload.$": "$"});
        let typed = |resource: &str, partition: &str| {
            call(resource, Some(&payload), QueryLanguage::JSONPath, partition)
                .0
                .to_string()
        };
        assert_eq!(
            typed("arn:aws-cn:states:::lambda:invoke", "aws-cn"),
            typed("arn:aws:states:::lambda:invoke", "aws")
        );
        let other = "arn:aws-cn:states:::lambda:invoke";
        assert_eq!(typed(other, "aws"), quote!(#other).to_string());
        let activity = "arn:aws-cn:states:cn-north-1:1:activity:approve";
        assert_eq!(typed(activity, "aws-cn"), quote!(#activity).to_string());
    }
}
