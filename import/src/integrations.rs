//! Task resources as typed integration constructors where one fits, the generic form otherwise.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::{Map, Value};
use sfn_codegen::model::QueryLanguage;

use crate::values::{evaluated, template};

/// A typed constructor: module, function, the parameters it takes positionally, and the
/// patterns it has methods for (`None`: not supported, so the generic form is used).
struct Constructor {
    module: &'static str,
    function: &'static str,
    required: &'static [&'static str],
    sync: Option<&'static str>,
    sync2: Option<&'static str>,
    wait: bool,
}

const fn c(
    module: &'static str,
    function: &'static str,
    required: &'static [&'static str],
    sync: Option<&'static str>,
    sync2: Option<&'static str>,
    wait: bool,
) -> Constructor {
    Constructor {
        module,
        function,
        required,
        sync,
        sync2,
        wait,
    }
}

fn constructor(action: &str) -> Option<Constructor> {
    Some(match action {
        "lambda:invoke" => c("lambda", "invoke", &["FunctionName"], None, None, true),
        "ecs:runTask" => c(
            "ecs",
            "run_task",
            &["Cluster", "TaskDefinition"],
            Some("sync"),
            None,
            true,
        ),
        "batch:submitJob" => c(
            "batch",
            "submit_job",
            &["JobName", "JobQueue", "JobDefinition"],
            Some("sync"),
            None,
            true,
        ),
        "glue:startJobRun" => c(
            "glue",
            "start_job_run",
            &["JobName"],
            Some("sync"),
            None,
            false,
        ),
        "sns:publish" => c("sns", "publish", &["TopicArn", "Message"], None, None, true),
        "sqs:sendMessage" => c(
            "sqs",
            "send_message",
            &["QueueUrl", "MessageBody"],
            None,
            None,
            true,
        ),
        "dynamodb:getItem" => c(
            "dynamodb",
            "get_item",
            &["TableName", "Key"],
            None,
            None,
            false,
        ),
        "dynamodb:putItem" => c(
            "dynamodb",
            "put_item",
            &["TableName", "Item"],
            None,
            None,
            false,
        ),
        "dynamodb:updateItem" => c(
            "dynamodb",
            "update_item",
            &["TableName", "Key"],
            None,
            None,
            false,
        ),
        "dynamodb:deleteItem" => c(
            "dynamodb",
            "delete_item",
            &["TableName", "Key"],
            None,
            None,
            false,
        ),
        "states:startExecution" => c(
            "step_functions",
            "start_execution",
            &["StateMachineArn"],
            Some("sync_string_output"),
            Some("sync"),
            true,
        ),
        "athena:startQueryExecution" => c(
            "athena",
            "start_query_execution",
            &["QueryString"],
            Some("sync"),
            None,
            false,
        ),
        "athena:getQueryResults" => c(
            "athena",
            "get_query_results",
            &["QueryExecutionId"],
            None,
            None,
            false,
        ),
        "sagemaker:createTrainingJob" => c(
            "sagemaker",
            "create_training_job",
            &["TrainingJobName", "RoleArn"],
            Some("sync"),
            None,
            true,
        ),
        "codebuild:startBuild" => c(
            "codebuild",
            "start_build",
            &["ProjectName"],
            Some("sync"),
            None,
            false,
        ),
        "apigateway:invoke" => c(
            "apigateway",
            "invoke",
            &["ApiEndpoint", "Method"],
            None,
            None,
            true,
        ),
        _ => return None,
    })
}

/// `(resource action, pattern suffix)` of an `arn:aws:states:::` resource.
fn split_service(resource: &str) -> Option<(&str, &str)> {
    let rest = resource.strip_prefix("arn:aws:states:::")?;
    for suffix in [".sync:2", ".sync", ".waitForTaskToken"] {
        if let Some(action) = rest.strip_suffix(suffix) {
            return Some((action, suffix));
        }
    }
    Some((rest, ""))
}

/// Finds a parameter by name in either of its forms (`Key` or, in JSONPath, `Key.$`).
fn take(map: &mut Map<String, Value>, key: &str, language: QueryLanguage) -> Option<TokenStream> {
    if let Some(v) = map.shift_remove(key) {
        return Some(template(&v, language));
    }
    if language == QueryLanguage::JSONPath {
        if let Some(Value::String(expr)) = map.shift_remove(&format!("{key}.$")) {
            return Some(evaluated(&expr));
        }
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
) -> (TokenStream, Option<TokenStream>) {
    let params = parameters.and_then(Value::as_object);
    if let Some((action, suffix)) = split_service(resource) {
        if let Some(sdk) = action.strip_prefix("aws-sdk:") {
            if let Some((service, api)) = sdk.split_once(':') {
                if suffix.is_empty() || suffix == ".waitForTaskToken" {
                    let mut out = quote!(sdk::call(#service, #api));
                    if let Some(p) = parameters {
                        let p = template(p, language);
                        out = quote!(#out.parameters(#p));
                    }
                    if !suffix.is_empty() {
                        out = quote!(#out.wait_for_task_token());
                    }
                    return (out, None);
                }
            }
        }
        if let (Some(ctor), Some(params)) = (constructor(action), params) {
            let pattern = match suffix {
                "" => Some(None),
                ".sync" => ctor.sync.map(Some),
                ".sync:2" => ctor.sync2.map(Some),
                _ => ctor.wait.then_some(Some("wait_for_task_token")),
            };
            if let Some(pattern) = pattern {
                if ctor.required.iter().all(|k| has(params, k, language)) {
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
                    return (out, None);
                }
            }
        }
        let pattern = match suffix {
            ".sync" => quote!(Pattern::Sync),
            ".sync:2" => quote!(Pattern::Sync2),
            ".waitForTaskToken" => quote!(Pattern::WaitForTaskToken),
            _ => quote!(Pattern::RequestResponse),
        };
        let resource = quote!(Resource::service(#action).with_pattern(#pattern));
        return (resource, parameters.map(|p| template(p, language)));
    }
    (quote!(#resource), parameters.map(|p| template(p, language)))
}
