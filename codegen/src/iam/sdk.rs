//! AWS SDK integrations (`aws-sdk:<service>:<action>`): the SDK names their service and
//! action; IAM names them differently for some. The IAM prefix is the catalog's (from the
//! service model, checked against the Service Authorization Reference); the action is the
//! operation's name, first letter upper-cased, but for the operations below, which the
//! Service Authorization Reference authorizes under other actions.

/// SDK actions whose IAM actions differ from their names: `(service, action) -> actions`.
const ACTIONS: &[(&str, &str, &[&str])] = &[
    ("s3", "listObjectsV2", &["s3:ListBucket"]),
    ("s3", "listObjects", &["s3:ListBucket"]),
    ("s3", "listObjectVersions", &["s3:ListBucketVersions"]),
    ("s3", "headObject", &["s3:GetObject"]),
    ("s3", "headBucket", &["s3:ListBucket"]),
    ("s3", "copyObject", &["s3:GetObject", "s3:PutObject"]),
    ("s3", "deleteObjects", &["s3:DeleteObject"]),
    (
        "s3",
        "getObjectAttributes",
        &["s3:GetObject", "s3:GetObjectAttributes"],
    ),
    ("s3", "createMultipartUpload", &["s3:PutObject"]),
    ("s3", "uploadPart", &["s3:PutObject"]),
    ("s3", "completeMultipartUpload", &["s3:PutObject"]),
    ("s3", "abortMultipartUpload", &["s3:AbortMultipartUpload"]),
    ("s3", "listParts", &["s3:ListMultipartUploadParts"]),
    ("lambda", "invoke", &["lambda:InvokeFunction"]),
    ("lambda", "invokeAsync", &["lambda:InvokeAsync"]),
    ("bedrockruntime", "invokeModel", &["bedrock:InvokeModel"]),
    ("bedrockruntime", "converse", &["bedrock:InvokeModel"]),
    (
        "bedrockruntime",
        "invokeModelWithResponseStream",
        &["bedrock:InvokeModelWithResponseStream"],
    ),
    (
        "bedrockruntime",
        "converseStream",
        &["bedrock:InvokeModelWithResponseStream"],
    ),
    (
        "sagemakerruntime",
        "invokeEndpoint",
        &["sagemaker:InvokeEndpoint"],
    ),
    ("dynamodb", "transactGetItems", &["dynamodb:GetItem"]),
    (
        "dynamodb",
        "transactWriteItems",
        &[
            "dynamodb:PutItem",
            "dynamodb:UpdateItem",
            "dynamodb:DeleteItem",
            "dynamodb:ConditionCheckItem",
        ],
    ),
    (
        "dynamodb",
        "executeStatement",
        &[
            "dynamodb:PartiQLSelect",
            "dynamodb:PartiQLInsert",
            "dynamodb:PartiQLUpdate",
            "dynamodb:PartiQLDelete",
        ],
    ),
    (
        "apigatewaymanagementapi",
        "postToConnection",
        &["execute-api:ManageConnections"],
    ),
];

/// The IAM prefix of an SDK service name (the name itself for a service the catalog lacks).
pub fn iam_prefix(service: &str) -> &str {
    crate::catalog::service(service).map_or(service, |s| s.iam_prefix.as_str())
}

/// Whether the IAM actions of a call are a guess: no exception below names them and the
/// Service Authorization Reference has no action named as the operation.
pub fn unknown_authorization(service: &str, action: &str) -> bool {
    !ACTIONS
        .iter()
        .any(|(s, a, _)| *s == service && *a == action)
        && crate::catalog::service(service).is_some_and(|s| !s.has_named_action(action))
}

/// The IAM actions one SDK call needs.
pub fn iam_actions(service: &str, action: &str) -> Vec<String> {
    if let Some((_, _, actions)) = ACTIONS
        .iter()
        .find(|(s, a, _)| *s == service && *a == action)
    {
        return actions.iter().map(|a| (*a).to_owned()).collect();
    }
    let mut chars = action.chars();
    let name: String = chars
        .next()
        .map(|c| c.to_ascii_uppercase())
        .into_iter()
        .chain(chars)
        .collect();
    vec![format!("{}:{name}", iam_prefix(service))]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_sdk_names_to_iam() {
        assert_eq!(
            iam_actions("sfn", "startExecution"),
            ["states:StartExecution"]
        );
        assert_eq!(
            iam_actions("eventbridge", "putEvents"),
            ["events:PutEvents"]
        );
        assert_eq!(
            iam_actions("emr", "runJobFlow"),
            ["elasticmapreduce:RunJobFlow"]
        );
        assert_eq!(iam_actions("sesv2", "sendEmail"), ["ses:SendEmail"]);
        assert_eq!(
            iam_actions("cloudwatchlogs", "putLogEvents"),
            ["logs:PutLogEvents"]
        );
        assert_eq!(iam_actions("s3", "listObjectsV2"), ["s3:ListBucket"]);
        assert_eq!(iam_actions("dynamodb", "query"), ["dynamodb:Query"]);
    }
}
