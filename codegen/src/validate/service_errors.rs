//! Error names a Task's service never raises. A retrier or catcher on
//! `DynamoDB.ProvisionedThroughputExceeded` (no `Exception`) never matches, and nothing at run
//! time says so: a name with the prefix of the Task's own service must be one of its errors,
//! and a name with another service's prefix is that service's. Names without a service
//! prefix stay allowed: Lambda functions and activities raise names of their own.
//!
//! Naming: the AWS SDK integrations page (`ServiceName.ErrorName`, both PascalCase, always
//! with the `Exception` suffix; the service named as the AWS SDK for Java 2.x names it), the
//! optimized integrations' pages (their prefixes and extra names, in `integration.rs`).

use crate::catalog;
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::integration::{self, Resource};
use crate::suggest::did_you_mean;

/// What one Task can raise with a service prefix.
#[derive(Debug)]
pub(super) struct Raises {
    /// `lambda:invoke`, `aws-sdk:dynamodb:getItem`: how messages name the call.
    call: String,
    prefix: String,
    /// Every name it can raise under its prefix.
    names: Vec<String>,
    /// The names its operation's API reference lists, offered first.
    listed: Vec<String>,
    /// A function raises names of its own making, another service's prefix included.
    custom_names: bool,
}

impl Raises {
    /// What the Task calling `resource` raises, when its service's errors are known.
    pub fn of(resource: &str) -> Option<Raises> {
        match Resource::parse(resource) {
            Resource::Sdk {
                service, action, ..
            } => {
                let catalog = catalog::service(service)?;
                let prefix = catalog.error_prefix.clone();
                if prefix.is_empty() {
                    return None;
                }
                // Every SDK call can also fail with the client's own and the service's base
                // exception (the AWS SDK for Java 2.x's `SdkClientException`, `<Service>Exception`).
                let mut names: Vec<String> = catalog.errors().collect();
                names.push(format!("{prefix}.{prefix}Exception"));
                names.push(format!("{prefix}.SdkClientException"));
                Some(Raises {
                    call: format!("aws-sdk:{service}:{action}"),
                    listed: catalog.operation_errors(action),
                    prefix,
                    names,
                    custom_names: false,
                })
            }
            Resource::Optimized {
                call,
                service,
                action,
                ..
            } => {
                let entry = integration::optimized(service, action)?;
                let naming = entry.errors?;
                Some(optimized(call, naming, entry.model, service == "lambda"))
            }
            Resource::Function { .. } => {
                let entry = integration::optimized("lambda", "invoke")?;
                Some(optimized(
                    "a Lambda function",
                    entry.errors?,
                    entry.model,
                    true,
                ))
            }
            _ => None,
        }
    }

    /// A warning when `name` has a service prefix and this Task never raises it.
    pub fn check(&self, name: &str, at: Location) -> Option<Diagnostic> {
        let (prefix, _) = name.split_once('.')?;
        if prefix == "States" || self.names.iter().any(|n| n == name) {
            return None;
        }
        let call = &self.call;
        let (message, suggestion) = if prefix == self.prefix {
            (
                format!("`{name}` is not an error `{call}` raises, so this never matches"),
                self.closest(name),
            )
        } else if prefix.eq_ignore_ascii_case(&self.prefix) {
            let renamed = format!("{}{}", self.prefix, &name[prefix.len()..]);
            (
                format!(
                    "`{name}` is not an error `{call}` raises: its errors start with `{}.`",
                    self.prefix
                ),
                self.closest(&renamed),
            )
        } else if let Some(other) = other_service(prefix).filter(|_| !self.custom_names) {
            (
                format!(
                    "`{name}` is an error of {other}, which this task does not call: `{call}` never raises it"
                ),
                None,
            )
        } else {
            return None;
        };
        let diagnostic = Diagnostic::warning(Code::UNRAISED_ERROR, at, message);
        Some(match suggestion {
            Some(best) => diagnostic.with_help(format!("did you mean `{best}`?")),
            None => diagnostic.with_help(format!(
                "`{call}`'s errors start with `{}.` and end in `Exception`",
                self.prefix
            )),
        })
    }

    /// The name meant: itself (under the right prefix), with the `Exception` suffix it lacks, else
    /// the nearest listed or known.
    fn closest(&self, name: &str) -> Option<String> {
        let suffixed = format!("{name}Exception");
        if let Some(exact) = [name, &suffixed]
            .into_iter()
            .find(|n| self.names.iter().any(|known| known == n))
        {
            return Some(exact.to_owned());
        }
        did_you_mean(name, self.listed.iter().map(String::as_str))
            .or_else(|| did_you_mean(name, self.names.iter().map(String::as_str)))
            .map(str::to_owned)
    }
}

fn optimized(
    call: &str,
    naming: integration::ErrorNames,
    model: Option<&str>,
    custom_names: bool,
) -> Raises {
    let prefix = naming.prefix;
    let mut names: Vec<String> = model
        .and_then(catalog::service)
        .map(|s| {
            s.errors()
                .filter_map(|e| Some(format!("{prefix}.{}", e.split_once('.')?.1)))
                .collect()
        })
        .unwrap_or_default();
    names.extend(naming.extra.iter().map(|e| format!("{prefix}.{e}")));
    Raises {
        call: call.to_owned(),
        prefix: prefix.to_owned(),
        names,
        listed: Vec::new(),
        custom_names,
    }
}

/// The service another prefix names: an optimized integration's or an SDK integration's.
fn other_service(prefix: &str) -> Option<String> {
    integration::OPTIMIZED
        .iter()
        .find(|i| i.errors.is_some_and(|e| e.prefix == prefix))
        .map(|i| format!("the `{}` integration", i.service))
        .or_else(|| {
            catalog::service_of_error_prefix(prefix)
                .map(|s| format!("the `aws-sdk:{s}` integration"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(resource: &str, name: &str) -> Option<String> {
        let raises = Raises::of(resource).expect("known errors");
        raises
            .check(name, Location::root())
            .map(|d| format!("{} ({})", d.message, d.help.unwrap_or_default()))
    }

    #[test]
    fn a_missing_exception_suffix_is_found_and_fixed() {
        assert_eq!(
            checked(
                "arn:aws:states:::dynamodb:putItem",
                "DynamoDB.ProvisionedThroughputExceeded"
            )
            .as_deref(),
            Some(
                "`DynamoDB.ProvisionedThroughputExceeded` is not an error `dynamodb:putItem` raises, so this never matches (did you mean `DynamoDB.ProvisionedThroughputExceededException`?)"
            )
        );
        assert_eq!(
            checked(
                "arn:aws:states:::dynamodb:putItem",
                "DynamoDB.ProvisionedThroughputExceededException"
            ),
            None
        );
        assert_eq!(
            checked(
                "arn:aws:states:::dynamodb:putItem",
                "DynamoDB.ConditionalCheckFailedException"
            ),
            None
        );
    }

    #[test]
    fn sdk_integrations_use_the_java_clients_name() {
        // The AWS SDK integrations page: `AcmPca.ResourceNotFoundException`, and S3's
        // `BucketAlreadyExists` as `S3.BucketAlreadyExistsException`.
        assert_eq!(
            checked(
                "arn:aws:states:::aws-sdk:acmpca:deleteCertificateAuthority",
                "AcmPca.ResourceNotFoundException"
            ),
            None
        );
        assert_eq!(
            checked(
                "arn:aws:states:::aws-sdk:s3:createBucket",
                "S3.BucketAlreadyExistsException"
            ),
            None
        );
        assert_eq!(
            checked(
                "arn:aws:states:::aws-sdk:dynamodb:getItem",
                "DynamoDB.ResourceNotFoundException"
            )
            .as_deref(),
            Some(
                "`DynamoDB.ResourceNotFoundException` is not an error `aws-sdk:dynamodb:getItem` raises: its errors start with `DynamoDb.` (did you mean `DynamoDb.ResourceNotFoundException`?)"
            )
        );
        assert_eq!(
            checked("arn:aws:states:::aws-sdk:s3:getObject", "S3.NoSuchKey").as_deref(),
            Some(
                "`S3.NoSuchKey` is not an error `aws-sdk:s3:getObject` raises, so this never matches (did you mean `S3.NoSuchKeyException`?)"
            )
        );
    }

    #[test]
    fn another_services_error_is_named_and_custom_names_pass() {
        assert_eq!(
            checked(
                "arn:aws:states:::sqs:sendMessage",
                "DynamoDB.ConditionalCheckFailedException"
            )
            .as_deref(),
            Some(
                "`DynamoDB.ConditionalCheckFailedException` is an error of the `dynamodb` integration, which this task does not call: `sqs:sendMessage` never raises it (`sqs:sendMessage`'s errors start with `SQS.` and end in `Exception`)"
            )
        );
        assert_eq!(
            checked(
                "arn:aws:states:::aws-sdk:s3:getObject",
                "Sqs.QueueDoesNotExistException"
            )
            .as_deref(),
            Some(
                "`Sqs.QueueDoesNotExistException` is an error of the `aws-sdk:sqs` integration, which this task does not call: `aws-sdk:s3:getObject` never raises it (`aws-sdk:s3:getObject`'s errors start with `S3.` and end in `Exception`)"
            )
        );
        // A function may raise any name, another service's prefix included.
        assert_eq!(
            checked(
                "arn:aws:states:::lambda:invoke",
                "DynamoDb.ThrottlingException"
            ),
            None
        );
        assert_eq!(
            checked("arn:aws:states:::lambda:invoke", "Lambda.UnknownError").as_deref(),
            Some(
                "`Lambda.UnknownError` is not an error `lambda:invoke` raises, so this never matches (did you mean `Lambda.Unknown`?)"
            )
        );
        assert_eq!(
            checked(
                "arn:aws:states:::lambda:invoke",
                "Lambda.TooManyRequestsException"
            ),
            None
        );
        assert_eq!(
            checked("arn:aws:states:::lambda:invoke", "Lambda.Unknown"),
            None
        );
        assert_eq!(
            checked("arn:aws:states:::lambda:invoke", "PaymentDeclined"),
            None
        );
        assert_eq!(
            checked("arn:aws:states:::lambda:invoke", "my.custom.Error"),
            None
        );
        assert_eq!(
            checked(
                "arn:aws:lambda:us-east-1:1:function:f",
                "Lambda.ServiceException"
            ),
            None
        );
    }
}
