//! How a parameter's value is written as the ARNs a statement grants, per [`ArnOf`]: the
//! resource ARN formats of the Service Authorization Reference.

use serde_json::Value;

use super::Environment;
use crate::integration::{ArnOf, Derived};

/// The ARNs `value` names, written as `of` says; `sibling` reads another parameter's text
/// (a Lambda qualifier, an API's stage), `actions` are those granted.
pub(super) fn arns<'v>(
    of: ArnOf,
    env: &Environment,
    value: &str,
    sibling: impl Fn(&str) -> Option<&'v str>,
    actions: &[String],
) -> Vec<String> {
    let one = match of {
        ArnOf::Arn { .. } => value.to_owned(),
        ArnOf::Name { service, prefix } => env.name_or_arn(service, prefix, value),
        ArnOf::Revisioned { service, prefix } => {
            if value.starts_with("arn:") {
                value.to_owned()
            } else if value.contains(':') {
                env.arn(service, &format!("{prefix}{value}"))
            } else {
                env.arn(service, &format!("{prefix}{value}:*"))
            }
        }
        ArnOf::LowerCase { service, prefix } => {
            env.arn(service, &format!("{prefix}{}", value.to_lowercase()))
        }
        ArnOf::Function { qualifier } => {
            let arn = lambda_function_arn(env, value);
            match qualifier.and_then(&sibling) {
                Some(q) if arn.split(':').count() == 7 => format!("{arn}:{q}"),
                _ => arn,
            }
        }
        ArnOf::QueueUrl => sqs_queue_arn(env, value),
        ArnOf::BucketOrObjects { key } => {
            let bucket_level = actions
                .iter()
                .any(|a| a.starts_with("s3:ListBucket") || a.ends_with("Bucket"));
            if bucket_level {
                env.global_arn("s3", value)
            } else {
                env.global_arn("s3", &format!("{value}/{}", sibling(key).unwrap_or("*")))
            }
        }
        ArnOf::S3UrlBucket | ArnOf::S3UrlObjects => {
            let Some(location) = value.strip_prefix("s3://") else {
                return Vec::new();
            };
            let (bucket, prefix) = location.split_once('/').unwrap_or((location, ""));
            let prefix = prefix.trim_end_matches('/');
            match of {
                ArnOf::S3UrlBucket => env.global_arn("s3", bucket),
                _ if prefix.is_empty() => env.global_arn("s3", &format!("{bucket}/*")),
                _ => env.global_arn("s3", &format!("{bucket}/{prefix}/*")),
            }
        }
        // IAM sees a secret's name with the six random characters Secrets Manager adds.
        ArnOf::Secret => env.name_or_arn("secretsmanager", "secret:", &format!("{value}-*")),
        ArnOf::GlueDatabase => {
            return vec![
                env.arn("glue", "catalog"),
                env.arn("glue", &format!("database/{value}")),
                env.arn("glue", &format!("table/{value}/*")),
            ];
        }
        ArnOf::ExecuteApi => {
            let id = value.split('.').next().unwrap_or("*");
            let stage = sibling("Stage").unwrap_or("*");
            let method = sibling("Method").unwrap_or("*");
            let path = sibling("Path").map_or("*", |p| p.trim_start_matches('/'));
            env.arn("execute-api", &format!("{id}/{stage}/{method}/{path}"))
        }
        ArnOf::RedshiftUser => {
            let Some(cluster) = sibling("ClusterIdentifier") else {
                return Vec::new();
            };
            let mut arns = vec![env.arn("redshift", &format!("dbuser:{cluster}/{value}"))];
            if let Some(database) = sibling("Database") {
                arns.push(env.arn("redshift", &format!("dbname:{cluster}/{database}")));
            }
            return arns;
        }
    };
    vec![one]
}

/// Every resource `of` can name: what a statement allows when the value is known only at
/// run time.
pub(super) fn wildcard(of: ArnOf, env: &Environment) -> String {
    match of {
        ArnOf::Arn {
            service: "iam",
            any,
        } => env.iam_arn(any),
        ArnOf::Arn { service, any } => env.arn(service, any),
        ArnOf::Name { service, prefix }
        | ArnOf::Revisioned { service, prefix }
        | ArnOf::LowerCase { service, prefix } => env.arn(service, &format!("{prefix}*")),
        ArnOf::Function { .. } => env.arn("lambda", "function:*"),
        ArnOf::QueueUrl => env.arn("sqs", "*"),
        ArnOf::BucketOrObjects { .. } | ArnOf::S3UrlBucket | ArnOf::S3UrlObjects => {
            env.global_arn("s3", "*")
        }
        ArnOf::Secret => env.arn("secretsmanager", "secret:*"),
        ArnOf::GlueDatabase => env.arn("glue", "database/*"),
        ArnOf::ExecuteApi => env.arn("execute-api", "*"),
        ArnOf::RedshiftUser => env.arn("redshift", "dbuser:*"),
    }
}

/// A resource of the service `of` names, always the same (`Otherwise::Default`).
pub(super) fn default(of: ArnOf, env: &Environment, resource: &str) -> String {
    match of {
        ArnOf::Arn { service, .. }
        | ArnOf::Name { service, .. }
        | ArnOf::Revisioned { service, .. }
        | ArnOf::LowerCase { service, .. } => env.arn(service, resource),
        other => wildcard(other, env),
    }
}

/// The resource of `arn` that is granted in its place.
pub(super) fn derived(derived: Derived, env: &Environment, arn: &str) -> String {
    match derived {
        Derived::Executions => {
            let name = arn.split(':').nth(6).unwrap_or("*");
            env.arn("states", &format!("execution:{name}:*"))
        }
        Derived::ConnectionSecret => {
            let name = arn
                .split(":connection/")
                .nth(1)
                .and_then(|r| r.split('/').next())
                .unwrap_or("*");
            env.arn(
                "secretsmanager",
                &format!("secret:events!connection/{name}/*"),
            )
        }
    }
}

/// An ARN whose region and account were left empty (template variables removed by a
/// loader) completed with the deployment's.
pub(super) fn complete_arn(env: &Environment, arn: &str) -> String {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    match parts.as_slice() {
        ["arn", partition, service, "", "", resource] => {
            format!(
                "arn:{partition}:{service}:{}:{}:{resource}",
                env.region, env.account
            )
        }
        _ => arn.to_owned(),
    }
}

/// A Lambda function reference (name, `name:qualifier`, partial or full ARN) as its ARN.
fn lambda_function_arn(env: &Environment, function: &str) -> String {
    if function.starts_with("arn:") {
        return complete_arn(env, function);
    }
    let parts: Vec<&str> = function.split(':').collect();
    match parts.as_slice() {
        // account:function:name[:qualifier]
        [account, "function", rest @ ..] => format!(
            "arn:{}:lambda:{}:{account}:function:{}",
            env.partition,
            env.region,
            rest.join(":")
        ),
        _ => env.arn("lambda", &format!("function:{function}")),
    }
}

/// `https://sqs.<region>.amazonaws.com/<account>/<name>` as the queue's ARN.
fn sqs_queue_arn(env: &Environment, url: &str) -> String {
    if url.starts_with("arn:") {
        return url.to_owned();
    }
    let without_scheme = url.split("://").nth(1).unwrap_or(url);
    let mut parts = without_scheme.split('/');
    let host = parts.next().unwrap_or_default();
    let account = parts.next().unwrap_or(&env.account);
    let name = parts.next().unwrap_or(url);
    let region = host
        .split('.')
        .nth(1)
        .filter(|r| *r != "amazonaws")
        .unwrap_or(&env.region);
    format!("arn:{}:sqs:{region}:{account}:{name}", env.partition)
}

/// The static ARNs among a call's top-level parameters that name a resource its IAM action
/// accepts (by the Service Authorization Reference's ARN formats): what the statement can be
/// narrowed to when the service's parameters are not otherwise known.
pub(super) fn static_arns(service: &str, api: &str, payload: Option<&Value>) -> Vec<String> {
    let Some(formats) = crate::catalog::service(service).map(|s| s.resource_formats(api)) else {
        return Vec::new();
    };
    let Some(Value::Object(fields)) = payload else {
        return Vec::new();
    };
    let mut found: Vec<String> = fields
        .iter()
        .filter(|(key, _)| !key.ends_with(".$"))
        .filter_map(|(_, value)| value.as_str())
        .filter(|text| text.starts_with("arn:") && !text.contains("${"))
        .filter(|text| formats.iter().any(|format| arn_matches(format, text)))
        .map(str::to_owned)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// Whether `arn` has the form of `format`, each `${Placeholder}` standing for any text.
fn arn_matches(format: &str, arn: &str) -> bool {
    let mut parts = Vec::new();
    let mut rest = format;
    while let Some(start) = rest.find("${") {
        parts.push(&rest[..start]);
        let Some(end) = rest[start..].find('}') else {
            return false;
        };
        rest = &rest[start + end + 1..];
    }
    parts.push(rest);
    // A glob: the literal parts in order, anything between them.
    let mut position = 0;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            if !arn.starts_with(part) {
                return false;
            }
            position = part.len();
        } else if i == parts.len() - 1 {
            return arn.len() >= position + part.len() && arn.ends_with(part);
        } else {
            match arn[position..].find(part) {
                Some(at) => position += at + part.len(),
                None => return false,
            }
        }
    }
    true
}
