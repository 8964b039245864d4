//! Every optimized integration Step Functions has, and the resources of AWS SDK calls: one
//! entry each, read by the validator, the type flow, the policy generator, the executor and
//! the importer.
//!
//! The IAM statements follow the developer guide's "IAM policies for calling `<service>` using
//! Step Functions" pages (what the console generates for a new role), narrowed to the
//! resources the definition names.

use super::access::{
    Access, ArnOf, Condition, ConditionValue, Derived, Grant, Named, Otherwise, SYNC_RULE_ACTIONS,
    SdkResources, Target, When, grant, named, pass_role, passed_to,
};
use super::{ErrorNames, Kind, Optimized, Pattern, Response};
use crate::resource::ResourceKind;

use Kind::{Any, List, Number, String as Text};
use Pattern::{RequestResponse as Rr, Sync, Sync2, WaitForTaskToken as Callback};

const fn entry(
    service: &'static str,
    actions: &'static [&'static str],
    patterns: &'static [Pattern],
    model: Option<&'static str>,
) -> Optimized {
    Optimized {
        service,
        actions,
        patterns,
        model,
        response: Response::Unknown,
        errors: None,
        access: None,
    }
}

impl Optimized {
    const fn raising(self, prefix: &'static str, extra: &'static [&'static str]) -> Optimized {
        Optimized {
            errors: Some(ErrorNames { prefix, extra }),
            ..self
        }
    }

    const fn answering(self, response: Response) -> Optimized {
        Optimized { response, ..self }
    }

    const fn needing(self, grants: &'static [Grant]) -> Optimized {
        Optimized {
            access: Some(Access {
                grants,
                notice: None,
            }),
            ..self
        }
    }

    /// What the role needs that no parameter tells, reported with every policy.
    const fn noting(self, notice: &'static str) -> Optimized {
        match self.access {
            Some(access) => Optimized {
                access: Some(Access {
                    notice: Some(notice),
                    ..access
                }),
                ..self
            },
            None => self,
        }
    }
}

/// A resource of the deployment's own account and region.
const fn own(service: &'static str, resource: &'static str) -> Target {
    Target::Own { service, resource }
}

// The parameters that name resources, each used by more than one grant below.

const FUNCTION: Named =
    named(&["FunctionName"], ArnOf::Function { qualifier: None }).kind(ResourceKind::Function);
const TABLE: Named = named(
    &["TableName"],
    ArnOf::Name {
        service: "dynamodb",
        prefix: "table/",
    },
)
.kind(ResourceKind::Table);
const QUEUE: Named = named(&["QueueUrl"], ArnOf::QueueUrl).kind(ResourceKind::Queue);
const TOPIC: Named = named(
    &["TopicArn"],
    ArnOf::Arn {
        service: "sns",
        any: "*",
    },
)
.kind(ResourceKind::Topic);
const MACHINE: Named = named(
    &["StateMachineArn"],
    ArnOf::Arn {
        service: "states",
        any: "stateMachine:*",
    },
)
.kind(ResourceKind::StateMachine);
const ROLE: ArnOf = ArnOf::Arn {
    service: "iam",
    any: "role/*",
};
const GLUE_JOB: Named = named(
    &["JobName"],
    ArnOf::Name {
        service: "glue",
        prefix: "job/",
    },
);
const TRAINING_JOB: Named = named(
    &["TrainingJobName"],
    ArnOf::LowerCase {
        service: "sagemaker",
        prefix: "training-job/",
    },
);
const PROJECT: Named = named(
    &["ProjectName"],
    ArnOf::Name {
        service: "codebuild",
        prefix: "project/",
    },
);
const WORKGROUP: Named = named(
    &["WorkGroup"],
    ArnOf::Name {
        service: "athena",
        prefix: "workgroup/",
    },
)
.otherwise(Otherwise::Default("workgroup/primary"));
const OUTPUT_LOCATION: &[&str] = &["ResultConfiguration.OutputLocation"];
const CONNECTION: Named = named(
    &["Authentication.ConnectionArn"],
    ArnOf::Arn {
        service: "events",
        any: "connection/*",
    },
);

/// Every optimized integration Step Functions has.
pub const OPTIMIZED: &[Optimized] = &[
    // Errors: "Handle Lambda service exceptions" (Lambda.Unknown for unhandled function errors).
    entry("lambda", &["invoke"], &[Rr, Callback], Some("lambda"))
        .answering(Response::Fields(&[
            ("Payload", Any, true),
            ("StatusCode", Number, true),
            ("ExecutedVersion", Text, false),
            ("FunctionError", Text, false),
            ("LogResult", Text, false),
        ]))
        .raising(
            "Lambda",
            &[
                "Unknown",
                "ClientExecutionTimeoutException",
                "ServiceException",
                "AWSLambdaException",
                "SdkClientException",
            ],
        )
        .needing(&[grant(
            &["lambda:InvokeFunction"],
            &[Target::Named(
                named(
                    &["FunctionName"],
                    ArnOf::Function {
                        qualifier: Some("Qualifier"),
                    },
                )
                .kind(ResourceKind::Function),
            )],
        )]),
    // The optimized integrations name errors by the AWS SDK for Java 1.x's service names.
    entry(
        "dynamodb",
        &["getItem", "putItem", "updateItem", "deleteItem"],
        &[Rr],
        Some("dynamodb"),
    )
    .answering(Response::Model)
    .raising("DynamoDB", &["AmazonDynamoDBException", "SdkClientException"])
    .needing(&[grant(&[], &[Target::Named(TABLE)]).of_the_call()]),
    entry("sns", &["publish"], &[Rr, Callback], Some("sns"))
        .answering(Response::Fields(&[
            ("MessageId", Text, true),
            ("SequenceNumber", Text, false),
        ]))
        .raising("SNS", &["AmazonSNSException", "SdkClientException"])
        // A message goes to a topic, a platform endpoint (`TargetArn`), or as an SMS to a
        // phone number, which has no resource to name.
        .needing(&[grant(
            &["sns:Publish"],
            &[Target::Named(
                named(
                    &["TopicArn", "TargetArn"],
                    ArnOf::Arn {
                        service: "sns",
                        any: "*",
                    },
                )
                .kind(ResourceKind::Topic)
                .otherwise(Otherwise::AnyWhen("PhoneNumber")),
            )],
        )]),
    entry("sqs", &["sendMessage"], &[Rr, Callback], Some("sqs"))
        .answering(Response::Fields(&[
            ("MessageId", Text, true),
            ("MD5OfMessageBody", Text, true),
            ("MD5OfMessageAttributes", Text, false),
            ("MD5OfMessageSystemAttributes", Text, false),
            ("SequenceNumber", Text, false),
        ]))
        .raising("SQS", &["AmazonSQSException", "SdkClientException"])
        .needing(&[grant(&["sqs:SendMessage"], &[Target::Named(QUEUE)])]),
    // An entry without `EventBusName` goes to the account's default bus.
    entry(
        "events",
        &["putEvents"],
        &[Rr, Callback],
        Some("eventbridge"),
    )
    .answering(Response::Fields(&[
        ("Entries", List, true),
        ("FailedEntryCount", Number, true),
    ]))
    .needing(&[grant(
        &["events:PutEvents"],
        &[Target::Named(
            named(
                &["Entries[].EventBusName"],
                ArnOf::Name {
                    service: "events",
                    prefix: "event-bus/",
                },
            )
            .kind(ResourceKind::EventBus)
            .otherwise(Otherwise::Default("event-bus/default")),
        )],
    )]),
    entry(
        "states",
        &["startExecution"],
        &[Rr, Sync, Sync2, Callback],
        Some("sfn"),
    )
    .needing(&[
        grant(&["states:StartExecution"], &[Target::Named(MACHINE)]),
        grant(
            &["states:DescribeExecution", "states:StopExecution"],
            &[Target::Named(MACHINE.then(Derived::Executions))],
        )
        .for_job(),
        grant(
            SYNC_RULE_ACTIONS,
            &[own(
                "events",
                "rule/StepFunctionsGetEventsForStepFunctionsExecutionRule",
            )],
        )
        .for_job(),
    ]),
    // The task's ARN exists only once it runs; the task definition's roles are passed to
    // ECS, and the definition names them only in `Overrides`.
    entry("ecs", &["runTask"], &[Rr, Sync, Callback], Some("ecs")).needing(&[
        grant(
            &["ecs:RunTask"],
            &[Target::Named(named(
                &["TaskDefinition"],
                ArnOf::Revisioned {
                    service: "ecs",
                    prefix: "task-definition/",
                },
            ))],
        ),
        grant(&["ecs:DescribeTasks", "ecs:StopTask"], &[Target::Any]).for_job(),
        grant(
            SYNC_RULE_ACTIONS,
            &[own("events", "rule/StepFunctionsGetEventsForECSTaskRule")],
        )
        .for_job(),
        pass_role(
            &[
                Target::Named(
                    named(&["Overrides.TaskRoleArn"], ROLE)
                        .kind(ResourceKind::Role)
                        .otherwise(Otherwise::Nothing),
                ),
                Target::Named(
                    named(&["Overrides.ExecutionRoleArn"], ROLE)
                        .kind(ResourceKind::Role)
                        .otherwise(Otherwise::Nothing),
                ),
                Target::DeclaredRoles,
            ],
            &[passed_to("ecs-tasks.amazonaws.com")],
        )
        .unless_known("the task definition's task and execution roles are not in the definition; if it has any, declare them (pass roles) so the role may pass them to ECS"),
    ]),
    // API Gateway needs a permission only when the call is signed with the role.
    entry("apigateway", &["invoke"], &[Rr, Callback], None).needing(&[grant(
        &["execute-api:Invoke"],
        &[Target::Named(named(&["ApiEndpoint"], ArnOf::ExecuteApi))],
    )
    .when(When::Equals("AuthType", "IAM_ROLE"))]),
    // InvokeHTTPEndpoint has no resource-level permissions: its conditions narrow it. The
    // connection's credentials are kept in a secret EventBridge owns.
    entry("http", &["invoke"], &[Rr], None).needing(&[
        grant(&["states:InvokeHTTPEndpoint"], &[Target::Any]).conditions(&[
            Condition {
                operator: "StringEquals",
                key: "states:HTTPMethod",
                value: ConditionValue::Param {
                    at: "Method",
                    unknown: None,
                },
            },
            Condition {
                operator: "StringLike",
                key: "states:HTTPEndpoint",
                value: ConditionValue::Param {
                    at: "ApiEndpoint",
                    unknown: Some(
                        "ApiEndpoint is known only at run time, so any endpoint of the connection may be called",
                    ),
                },
            },
        ]),
        grant(
            &["events:RetrieveConnectionCredentials"],
            &[Target::Named(CONNECTION)],
        ),
        grant(
            &[
                "secretsmanager:DescribeSecret",
                "secretsmanager:GetSecretValue",
            ],
            &[Target::Named(CONNECTION.then(Derived::ConnectionSecret))],
        ),
    ]),
    // A query runs in a workgroup (`primary` unless named), writes its results under the
    // output location, and reads the tables of its database from the Glue catalog.
    entry(
        "athena",
        &["startQueryExecution"],
        &[Rr, Sync],
        Some("athena"),
    )
    .needing(&[
        grant(&[], &[Target::Named(WORKGROUP)]).of_the_call(),
        grant(
            &["athena:GetQueryExecution", "athena:StopQueryExecution"],
            &[Target::Named(WORKGROUP)],
        )
        .for_job(),
        grant(
            &["s3:GetBucketLocation", "s3:ListBucket"],
            &[Target::Named(
                named(OUTPUT_LOCATION, ArnOf::S3UrlBucket).otherwise(Otherwise::Nothing),
            )],
        )
        .about("query results"),
        grant(
            &[
                "s3:AbortMultipartUpload",
                "s3:GetObject",
                "s3:ListMultipartUploadParts",
                "s3:PutObject",
            ],
            &[Target::Named(
                named(OUTPUT_LOCATION, ArnOf::S3UrlObjects).otherwise(Otherwise::Nothing),
            )],
        )
        .about("query results"),
        grant(
            &["glue:GetDatabase", "glue:GetPartitions", "glue:GetTable"],
            &[Target::Named(
                named(&["QueryExecutionContext.Database"], ArnOf::GlueDatabase)
                    .otherwise(Otherwise::Nothing),
            )],
        )
        .about("catalog"),
    ])
    .noting("the data a query reads is named in its SQL, not in the definition; grant read access to its S3 locations (and Glue tables of other databases) yourself"),
    // A query execution's id names no workgroup. Only a query's start waits for it
    // (`.sync`), by the Athena page's table of patterns per API.
    entry(
        "athena",
        &[
            "stopQueryExecution",
            "getQueryExecution",
            "getQueryResults",
        ],
        &[Rr],
        Some("athena"),
    )
    .needing(&[grant(&[], &[own("athena", "workgroup/*")]).of_the_call()]),
    entry("batch", &["submitJob"], &[Rr, Sync], Some("batch")).needing(&[
        grant(
            &["batch:SubmitJob"],
            &[
                Target::Named(named(
                    &["JobDefinition"],
                    ArnOf::Revisioned {
                        service: "batch",
                        prefix: "job-definition/",
                    },
                )),
                Target::Named(named(
                    &["JobQueue"],
                    ArnOf::Name {
                        service: "batch",
                        prefix: "job-queue/",
                    },
                )),
            ],
        ),
        grant(&["batch:DescribeJobs", "batch:TerminateJob"], &[Target::Any]).for_job(),
        grant(
            SYNC_RULE_ACTIONS,
            &[own("events", "rule/StepFunctionsGetEventsForBatchJobsRule")],
        )
        .for_job(),
    ]),
    entry(
        "bedrock",
        &["createModelCustomizationJob"],
        &[Rr, Sync, Callback],
        Some("bedrock"),
    ),
    // Not granted here: a model id carries its version after a colon
    // (`anthropic.claude-3-haiku-20240307-v1:0`), which the IAM linter CI runs refuses in a
    // foundation-model ARN; reported for the author to add instead.
    entry("bedrock", &["invokeModel"], &[Rr, Sync, Callback], None),
    entry("codebuild", &["startBuild"], &[Rr, Sync], Some("codebuild")).needing(&[
        grant(&["codebuild:StartBuild"], &[Target::Named(PROJECT)]),
        grant(
            &["codebuild:BatchGetBuilds", "codebuild:StopBuild"],
            &[Target::Named(PROJECT)],
        )
        .for_job(),
        grant(
            SYNC_RULE_ACTIONS,
            &[own(
                "events",
                "rule/StepFunctionsGetEventForCodeBuildStartBuildRule",
            )],
        )
        .for_job(),
    ]),
    // The CodeBuild page lists these eight APIs, `.sync` for the three that start builds.
    entry(
        "codebuild",
        &["startBuildBatch", "retryBuildBatch"],
        &[Rr, Sync],
        Some("codebuild"),
    ),
    entry(
        "codebuild",
        &[
            "stopBuild",
            "batchDeleteBuilds",
            "batchGetReports",
            "stopBuildBatch",
            "deleteBuildBatch",
        ],
        &[Rr],
        Some("codebuild"),
    ),
    entry(
        "eks",
        &[
            "createCluster",
            "deleteCluster",
            "createFargateProfile",
            "deleteFargateProfile",
            "createNodegroup",
            "deleteNodegroup",
        ],
        &[Rr, Sync, Callback],
        Some("eks"),
    ),
    entry("eks", &["runJob", "call"], &[Rr, Sync, Callback], None),
    entry(
        "elasticmapreduce",
        &[
            "createCluster",
            "terminateCluster",
            "addStep",
            "cancelStep",
            "setClusterTerminationProtection",
            "modifyInstanceFleetByName",
            "modifyInstanceGroupByName",
        ],
        &[Rr, Sync],
        None,
    ),
    entry(
        "emr-containers",
        &[
            "startJobRun",
            "createVirtualCluster",
            "deleteVirtualCluster",
        ],
        &[Rr, Sync],
        Some("emrcontainers"),
    ),
    entry(
        "emr-serverless",
        &[
            "createApplication",
            "startApplication",
            "stopApplication",
            "deleteApplication",
            "startJobRun",
            "cancelJobRun",
        ],
        &[Rr, Sync],
        Some("emrserverless"),
    ),
    entry("glue", &["startJobRun"], &[Rr, Sync], Some("glue")).needing(&[
        grant(&["glue:StartJobRun"], &[Target::Named(GLUE_JOB)]),
        grant(
            &["glue:BatchStopJobRun", "glue:GetJobRun", "glue:GetJobRuns"],
            &[Target::Named(GLUE_JOB)],
        )
        .for_job(),
    ]),
    entry("databrew", &["startJobRun"], &[Rr, Sync], Some("databrew")),
    entry(
        "mediaconvert",
        &["createJob"],
        &[Rr, Sync],
        Some("mediaconvert"),
    ),
    // The job's role is passed to SageMaker.
    entry(
        "sagemaker",
        &["createTrainingJob"],
        &[Rr, Sync],
        Some("sagemaker"),
    )
    .needing(&[
        grant(
            &["sagemaker:AddTags", "sagemaker:CreateTrainingJob"],
            &[Target::Named(TRAINING_JOB)],
        ),
        grant(
            &["sagemaker:DescribeTrainingJob", "sagemaker:StopTrainingJob"],
            &[Target::Named(TRAINING_JOB)],
        )
        .for_job(),
        grant(
            SYNC_RULE_ACTIONS,
            &[own(
                "events",
                "rule/StepFunctionsGetEventsForSageMakerTrainingJobsRule",
            )],
        )
        .for_job(),
        pass_role(
            &[Target::Named(
                named(&["RoleArn"], ROLE).kind(ResourceKind::Role),
            )],
            &[passed_to("sagemaker.amazonaws.com")],
        ),
    ]),
    // The SageMaker page marks the job APIs as supporting `.sync`; the others answer at once.
    entry(
        "sagemaker",
        &[
            "createHyperParameterTuningJob",
            "createLabelingJob",
            "createProcessingJob",
            "createTransformJob",
        ],
        &[Rr, Sync],
        Some("sagemaker"),
    ),
    entry(
        "sagemaker",
        &[
            "createEndpoint",
            "createEndpointConfig",
            "createModel",
            "updateEndpoint",
        ],
        &[Rr],
        Some("sagemaker"),
    ),
];

/// The resources AWS SDK calls name, per SDK service: IAM actions of the call itself, on
/// the resource its parameter names.
pub const SDK_RESOURCES: &[SdkResources] = &[
    SdkResources {
        service: "s3",
        named: named(&["Bucket"], ArnOf::BucketOrObjects { key: "Key" }).kind(ResourceKind::Bucket),
        account_wide_without: true,
    },
    SdkResources {
        service: "dynamodb",
        named: TABLE,
        account_wide_without: true,
    },
    SdkResources {
        service: "sqs",
        named: QUEUE,
        account_wide_without: true,
    },
    SdkResources {
        service: "sns",
        named: TOPIC,
        account_wide_without: true,
    },
    SdkResources {
        service: "lambda",
        named: FUNCTION,
        account_wide_without: true,
    },
    SdkResources {
        service: "sfn",
        named: MACHINE,
        account_wide_without: false,
    },
    SdkResources {
        service: "secretsmanager",
        named: named(&["SecretId"], ArnOf::Secret),
        account_wide_without: true,
    },
];

/// What any SDK call needs beside its own actions: the data APIs (Redshift Data, RDS Data)
/// read a database's credentials from a secret, or, on a provisioned Redshift cluster, get
/// them for a database user (the Redshift Data API guide: `redshift:GetClusterCredentials`
/// on the user and the database).
pub const SDK_ANY: &[Grant] = &[
    grant(
        &["secretsmanager:GetSecretValue"],
        &[Target::Named(
            named(
                &["SecretArn"],
                ArnOf::Arn {
                    service: "secretsmanager",
                    any: "secret:*",
                },
            )
            .otherwise(Otherwise::Nothing),
        )],
    ),
    grant(
        &["redshift:GetClusterCredentials"],
        &[Target::Named(
            named(&["DbUser"], ArnOf::RedshiftUser).otherwise(Otherwise::Nothing),
        )],
    ),
];
