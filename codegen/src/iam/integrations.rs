//! What each kind of Task, item reader and result writer needs.

use serde_json::Value;

use super::sdk::{iam_actions, iam_prefix};
use super::{Environment, Param, Statement, Widened};
use crate::diagnostic::Location;
use crate::integration::{Pattern, Resource};
use crate::model::{Map, ProcessorMode, QueryLanguage, Task};

/// The needs of one state, written into the walk's statements and warnings.
pub(crate) struct Need<'a> {
    pub env: &'a Environment,
    pub machine_arn: &'a str,
    pub location: &'a Location,
    pub language: QueryLanguage,
    pub allowed: Option<&'a [String]>,
    pub pass_roles: Option<&'a [String]>,
    pub statements: &'a mut Vec<Statement>,
    pub widened: &'a mut Vec<Widened>,
}

/// The service-managed EventBridge rules `.sync` integrations use to learn that a job ended.
const SYNC_RULE_ACTIONS: [&str; 3] = ["events:DescribeRule", "events:PutRule", "events:PutTargets"];

impl Need<'_> {
    fn grant<A: Into<String>, R: Into<String>>(
        &mut self,
        what: &str,
        actions: impl IntoIterator<Item = A>,
        resources: impl IntoIterator<Item = R>,
    ) {
        self.statements
            .push(Statement::new(actions, resources, self.reason(what)));
    }

    fn reason(&self, what: &str) -> String {
        format!("{} ({what})", self.location)
    }

    fn param<'v>(&self, payload: Option<&'v Value>, key: &str) -> Param<'v> {
        Param::of(payload, key, self.language)
    }

    /// The ARNs a parameter names: `build` of its value, the declared targets when it is
    /// computed at run time, or `wildcard` (reported) when nothing narrower is known.
    fn targets(
        &mut self,
        param: Param<'_>,
        what: &str,
        build: impl Fn(&str) -> String,
        wildcard: String,
    ) -> Vec<String> {
        match param.text() {
            Some(value) => vec![build(value)],
            None => {
                if let Some(allowed) = self.allowed {
                    return allowed.to_vec();
                }
                let why = if param == Param::Missing {
                    "is not given"
                } else if param.is_placeholder() {
                    "is a `${...}` placeholder (substitute it before generating the policy)"
                } else {
                    "is known only at run time"
                };
                self.widened.push(Widened {
                    location: self.location.clone(),
                    message: format!("{what} {why}, so the statement allows `{wildcard}`; declare the allowed targets to narrow it"),
                });
                vec![wildcard]
            }
        }
    }

    /// Like [`Need::targets`] for a parameter that must hold an ARN: a value that is not one
    /// is a template variable left unsubstituted, and is treated as unknown.
    fn arn_targets(&mut self, param: Param<'_>, what: &str, wildcard: String) -> Vec<String> {
        match param.text() {
            Some(value) if !value.starts_with("arn:") => {
                if let Some(allowed) = self.allowed {
                    return allowed.to_vec();
                }
                self.widened.push(Widened {
                    location: self.location.clone(),
                    message: format!("{what} `{value}` is not an ARN (a template variable?), so the statement allows `{wildcard}`; substitute it or declare the allowed targets"),
                });
                vec![wildcard]
            }
            _ => self.targets(param, what, |v| v.to_owned(), wildcard),
        }
    }

    fn sync_rule(&mut self, what: &str, rule: &str) {
        let rule = self.env.arn("events", &format!("rule/{rule}"));
        self.grant(what, SYNC_RULE_ACTIONS, [rule]);
    }

    fn pass_role(&mut self, what: &str, roles: Vec<String>, service: &str) {
        let reason = self.reason(what);
        self.statements
            .push(Statement::new(["iam:PassRole"], roles, reason).when(
                "StringEquals",
                "iam:PassedToService",
                [service],
            ));
    }

    pub fn task(&mut self, task: &Task) {
        if let Some(credentials) = &task.credentials {
            let role = self.param(Some(credentials), "RoleArn");
            let wildcard = self.env.iam_arn("role/*");
            let roles = self.arn_targets(role, "the role in Credentials", wildcard);
            self.grant("Credentials", ["sts:AssumeRole"], roles);
        }
        let payload = task.parameters.as_ref().or(task.arguments.as_ref());
        let resource = task.resource.as_str();
        let (action, sync) = match Resource::parse(resource) {
            Resource::Optimized { call, pattern, .. } => {
                (call, pattern.is_some_and(Pattern::runs_a_job))
            }
            Resource::Sdk {
                service, action, ..
            } if !action.is_empty() => return self.sdk(service, action, payload),
            Resource::Sdk { .. } => ("aws-sdk", false),
            _ => return self.resource_arn(resource),
        };
        match action {
            "lambda:invoke" => self.lambda(payload),
            "ecs:runTask" => self.ecs(payload, sync),
            "batch:submitJob" => self.batch(payload, sync),
            "glue:startJobRun" => self.glue(payload, sync),
            "sns:publish" => self.sns(payload),
            "sqs:sendMessage" => self.sqs(payload),
            "dynamodb:getItem" | "dynamodb:putItem" | "dynamodb:updateItem" | "dynamodb:deleteItem" => {
                self.dynamodb(action, payload)
            }
            "events:putEvents" => self.events(payload),
            "states:startExecution" => self.nested(payload, sync),
            "athena:startQueryExecution" | "athena:getQueryExecution" | "athena:getQueryResults" | "athena:stopQueryExecution" => {
                self.athena(action, payload, sync)
            }
            "sagemaker:createTrainingJob" => self.sagemaker(payload, sync),
            "codebuild:startBuild" => self.codebuild(payload, sync),
            "apigateway:invoke" => self.apigateway(payload),
            "http:invoke" => self.http(payload),
            other => self.widened.push(Widened {
                location: self.location.clone(),
                message: format!("no permissions are known for the integration `{other}`; add the statements it needs yourself"),
            }),
        }
    }

    /// A Task whose resource is an ARN: a Lambda function (legacy form) or an activity
    /// (which needs nothing from the role).
    fn resource_arn(&mut self, arn: &str) {
        if arn.split(':').nth(2) == Some("lambda") {
            let function = complete_arn(self.env, arn);
            self.grant("Lambda function", ["lambda:InvokeFunction"], [function]);
        }
    }

    fn lambda(&mut self, payload: Option<&Value>) {
        let qualifier = self.param(payload, "Qualifier").text().map(str::to_owned);
        let env = self.env.clone();
        let name = self.param(payload, "FunctionName");
        let functions = self.targets(
            name,
            "FunctionName",
            |f| {
                let arn = lambda_function_arn(&env, f);
                match &qualifier {
                    Some(q) if arn.split(':').count() == 7 => format!("{arn}:{q}"),
                    _ => arn,
                }
            },
            env.arn("lambda", "function:*"),
        );
        self.grant("lambda:invoke", ["lambda:InvokeFunction"], functions);
    }

    fn ecs(&mut self, payload: Option<&Value>, sync: bool) {
        let env = self.env.clone();
        let definition = self.param(payload, "TaskDefinition");
        let definitions = self.targets(
            definition,
            "TaskDefinition",
            |d| {
                if d.starts_with("arn:") {
                    d.to_owned()
                } else if d.contains(':') {
                    env.arn("ecs", &format!("task-definition/{d}"))
                } else {
                    env.arn("ecs", &format!("task-definition/{d}:*"))
                }
            },
            env.arn("ecs", "task-definition/*"),
        );
        self.grant("ecs:runTask", ["ecs:RunTask"], definitions);
        if sync {
            // The task's ARN exists only once it runs.
            self.grant(
                "ecs:runTask.sync",
                ["ecs:DescribeTasks", "ecs:StopTask"],
                ["*"],
            );
            self.sync_rule("ecs:runTask.sync", "StepFunctionsGetEventsForECSTaskRule");
        }
        let overrides = self.param(payload, "Overrides");
        let mut roles: Vec<String> = ["TaskRoleArn", "ExecutionRoleArn"]
            .iter()
            .filter_map(|key| {
                overrides
                    .field(key, self.language)
                    .text()
                    .map(str::to_owned)
            })
            .collect();
        if let Some(declared) = self.pass_roles {
            roles.extend(declared.iter().cloned());
        }
        if roles.is_empty() {
            self.widened.push(Widened {
                location: self.location.clone(),
                message: "the task definition's task and execution roles are not in the definition; if it has any, declare them (pass roles) so the role may pass them to ECS".to_owned(),
            });
        } else {
            roles.sort();
            roles.dedup();
            self.pass_role("ecs:runTask", roles, "ecs-tasks.amazonaws.com");
        }
    }

    fn batch(&mut self, payload: Option<&Value>, sync: bool) {
        let env = self.env.clone();
        let definition = self.param(payload, "JobDefinition");
        let mut resources = self.targets(
            definition,
            "JobDefinition",
            |d| {
                if d.starts_with("arn:") || d.contains(':') {
                    env.name_or_arn("batch", "job-definition/", d)
                } else {
                    env.arn("batch", &format!("job-definition/{d}:*"))
                }
            },
            env.arn("batch", "job-definition/*"),
        );
        let queue = self.param(payload, "JobQueue");
        resources.extend(self.targets(
            queue,
            "JobQueue",
            |q| env.name_or_arn("batch", "job-queue/", q),
            env.arn("batch", "job-queue/*"),
        ));
        self.grant("batch:submitJob", ["batch:SubmitJob"], resources);
        if sync {
            self.grant(
                "batch:submitJob.sync",
                ["batch:DescribeJobs", "batch:TerminateJob"],
                ["*"],
            );
            self.sync_rule(
                "batch:submitJob.sync",
                "StepFunctionsGetEventsForBatchJobsRule",
            );
        }
    }

    fn glue(&mut self, payload: Option<&Value>, sync: bool) {
        let env = self.env.clone();
        let name = self.param(payload, "JobName");
        let jobs = self.targets(
            name,
            "JobName",
            |j| env.arn("glue", &format!("job/{j}")),
            env.arn("glue", "job/*"),
        );
        self.grant("glue:startJobRun", ["glue:StartJobRun"], jobs.clone());
        if sync {
            self.grant(
                "glue:startJobRun.sync",
                ["glue:BatchStopJobRun", "glue:GetJobRun", "glue:GetJobRuns"],
                jobs,
            );
        }
    }

    fn sns(&mut self, payload: Option<&Value>) {
        let env = self.env.clone();
        let target = match self.param(payload, "TopicArn") {
            Param::Missing => self.param(payload, "TargetArn"),
            topic => topic,
        };
        if target == Param::Missing && self.param(payload, "PhoneNumber") != Param::Missing {
            // SMS to a phone number has no resource to name.
            self.grant("sns:publish", ["sns:Publish"], ["*"]);
            return;
        }
        let topics = self.arn_targets(target, "TopicArn", env.arn("sns", "*"));
        self.grant("sns:publish", ["sns:Publish"], topics);
    }

    fn sqs(&mut self, payload: Option<&Value>) {
        let env = self.env.clone();
        let url = self.param(payload, "QueueUrl");
        let queues = self.targets(
            url,
            "QueueUrl",
            |u| sqs_queue_arn(&env, u),
            env.arn("sqs", "*"),
        );
        self.grant("sqs:sendMessage", ["sqs:SendMessage"], queues);
    }

    fn dynamodb(&mut self, action: &str, payload: Option<&Value>) {
        let env = self.env.clone();
        let table = self.param(payload, "TableName");
        let tables = self.targets(
            table,
            "TableName",
            |t| env.name_or_arn("dynamodb", "table/", t),
            env.arn("dynamodb", "table/*"),
        );
        let iam = iam_actions("dynamodb", action.trim_start_matches("dynamodb:"));
        self.grant(action, iam, tables);
    }

    fn events(&mut self, payload: Option<&Value>) {
        let env = self.env.clone();
        let entries = self.param(payload, "Entries");
        let buses = match entries {
            Param::Static(Value::Array(items)) => {
                let mut buses = Vec::new();
                for entry in items {
                    let bus = Param::of(Some(entry), "EventBusName", self.language);
                    let found = match bus {
                        Param::Missing => vec![env.arn("events", "event-bus/default")],
                        bus => self.targets(
                            bus,
                            "EventBusName",
                            |b| env.name_or_arn("events", "event-bus/", b),
                            env.arn("events", "event-bus/*"),
                        ),
                    };
                    buses.extend(found);
                }
                buses
            }
            other => self.targets(
                other,
                "Entries",
                |_| String::new(),
                env.arn("events", "event-bus/*"),
            ),
        };
        self.grant("events:putEvents", ["events:PutEvents"], buses);
    }

    fn nested(&mut self, payload: Option<&Value>, sync: bool) {
        let env = self.env.clone();
        let arn = self.param(payload, "StateMachineArn");
        let machines =
            self.arn_targets(arn, "StateMachineArn", env.arn("states", "stateMachine:*"));
        self.grant(
            "states:startExecution",
            ["states:StartExecution"],
            machines.clone(),
        );
        if sync {
            let executions: Vec<String> = machines
                .iter()
                .map(|m| {
                    let name = m.split(':').nth(6).unwrap_or("*");
                    env.arn("states", &format!("execution:{name}:*"))
                })
                .collect();
            self.grant(
                "states:startExecution.sync",
                ["states:DescribeExecution", "states:StopExecution"],
                executions,
            );
            self.sync_rule(
                "states:startExecution.sync",
                "StepFunctionsGetEventsForStepFunctionsExecutionRule",
            );
        }
    }

    fn athena(&mut self, action: &str, payload: Option<&Value>, sync: bool) {
        let env = self.env.clone();
        let workgroups = match self.param(payload, "WorkGroup") {
            Param::Missing if action == "athena:startQueryExecution" => {
                vec![env.arn("athena", "workgroup/primary")]
            }
            Param::Missing => vec![env.arn("athena", "workgroup/*")],
            group => self.targets(
                group,
                "WorkGroup",
                |w| env.arn("athena", &format!("workgroup/{w}")),
                env.arn("athena", "workgroup/*"),
            ),
        };
        let mut actions = iam_actions("athena", action.trim_start_matches("athena:"));
        if sync {
            actions.extend([
                "athena:GetQueryExecution".to_owned(),
                "athena:StopQueryExecution".to_owned(),
            ]);
        }
        self.grant(action, actions, workgroups);
        if action != "athena:startQueryExecution" {
            return;
        }
        let output = self
            .param(payload, "ResultConfiguration")
            .field("OutputLocation", self.language);
        if let Some(location) = output.text().and_then(|l| l.strip_prefix("s3://")) {
            let (bucket, prefix) = location.split_once('/').unwrap_or((location, ""));
            let prefix = prefix.trim_end_matches('/');
            let objects = if prefix.is_empty() {
                format!("{bucket}/*")
            } else {
                format!("{bucket}/{prefix}/*")
            };
            self.grant(
                "athena query results",
                ["s3:GetBucketLocation", "s3:ListBucket"],
                [env.global_arn("s3", bucket)],
            );
            self.grant(
                "athena query results",
                [
                    "s3:AbortMultipartUpload",
                    "s3:GetObject",
                    "s3:ListMultipartUploadParts",
                    "s3:PutObject",
                ],
                [env.global_arn("s3", &objects)],
            );
        }
        if let Some(database) = self
            .param(payload, "QueryExecutionContext")
            .field("Database", self.language)
            .text()
        {
            self.grant(
                "athena catalog",
                ["glue:GetDatabase", "glue:GetPartitions", "glue:GetTable"],
                [
                    env.arn("glue", "catalog"),
                    env.arn("glue", &format!("database/{database}")),
                    env.arn("glue", &format!("table/{database}/*")),
                ],
            );
        }
        self.widened.push(Widened {
            location: self.location.clone(),
            message: "the data a query reads is named in its SQL, not in the definition; grant read access to its S3 locations (and Glue tables of other databases) yourself".to_owned(),
        });
    }

    fn sagemaker(&mut self, payload: Option<&Value>, sync: bool) {
        let env = self.env.clone();
        let name = self.param(payload, "TrainingJobName");
        let jobs = self.targets(
            name,
            "TrainingJobName",
            |j| env.arn("sagemaker", &format!("training-job/{}", j.to_lowercase())),
            env.arn("sagemaker", "training-job/*"),
        );
        let mut actions = vec!["sagemaker:AddTags", "sagemaker:CreateTrainingJob"];
        if sync {
            actions.extend(["sagemaker:DescribeTrainingJob", "sagemaker:StopTrainingJob"]);
        }
        self.grant("sagemaker:createTrainingJob", actions, jobs);
        if sync {
            self.sync_rule(
                "sagemaker:createTrainingJob.sync",
                "StepFunctionsGetEventsForSageMakerTrainingJobsRule",
            );
        }
        let role = self.param(payload, "RoleArn");
        let roles = self.arn_targets(role, "RoleArn", env.iam_arn("role/*"));
        self.pass_role(
            "sagemaker:createTrainingJob",
            roles,
            "sagemaker.amazonaws.com",
        );
    }

    fn codebuild(&mut self, payload: Option<&Value>, sync: bool) {
        let env = self.env.clone();
        let project = self.param(payload, "ProjectName");
        let projects = self.targets(
            project,
            "ProjectName",
            |p| env.name_or_arn("codebuild", "project/", p),
            env.arn("codebuild", "project/*"),
        );
        let mut actions = vec!["codebuild:StartBuild"];
        if sync {
            actions.extend(["codebuild:BatchGetBuilds", "codebuild:StopBuild"]);
        }
        self.grant("codebuild:startBuild", actions, projects);
        if sync {
            self.sync_rule(
                "codebuild:startBuild.sync",
                "StepFunctionsGetEventForCodeBuildStartBuildRule",
            );
        }
    }

    /// API Gateway needs a permission only when the call is signed with the role.
    fn apigateway(&mut self, payload: Option<&Value>) {
        if self.param(payload, "AuthType").text() != Some("IAM_ROLE") {
            return;
        }
        let env = self.env.clone();
        let stage = self
            .param(payload, "Stage")
            .text()
            .unwrap_or("*")
            .to_owned();
        let method = self
            .param(payload, "Method")
            .text()
            .unwrap_or("*")
            .to_owned();
        let path = self
            .param(payload, "Path")
            .text()
            .map_or("*".to_owned(), |p| p.trim_start_matches('/').to_owned());
        let endpoint = self.param(payload, "ApiEndpoint");
        let apis = self.targets(
            endpoint,
            "ApiEndpoint",
            |e| {
                let id = e.split('.').next().unwrap_or("*");
                env.arn("execute-api", &format!("{id}/{stage}/{method}/{path}"))
            },
            env.arn("execute-api", "*"),
        );
        self.grant("apigateway:invoke", ["execute-api:Invoke"], apis);
    }

    fn http(&mut self, payload: Option<&Value>) {
        let env = self.env.clone();
        // InvokeHTTPEndpoint has no resource-level permissions: its conditions narrow it.
        let mut statement = Statement::new(
            ["states:InvokeHTTPEndpoint"],
            ["*"],
            self.reason("http:invoke"),
        );
        if let Some(method) = self.param(payload, "Method").text() {
            statement = statement.when("StringEquals", "states:HTTPMethod", [method]);
        }
        if let Some(endpoint) = self.param(payload, "ApiEndpoint").text() {
            statement = statement.when("StringLike", "states:HTTPEndpoint", [endpoint]);
        } else {
            self.widened.push(Widened {
                location: self.location.clone(),
                message: "ApiEndpoint is known only at run time, so any endpoint of the connection may be called".to_owned(),
            });
        }
        self.statements.push(statement);
        let connection = self
            .param(payload, "Authentication")
            .field("ConnectionArn", self.language);
        let connections = self.arn_targets(
            connection,
            "ConnectionArn",
            env.arn("events", "connection/*"),
        );
        let secrets: Vec<String> = connections
            .iter()
            .map(|c| {
                let name = c
                    .split(":connection/")
                    .nth(1)
                    .and_then(|r| r.split('/').next())
                    .unwrap_or("*");
                env.arn(
                    "secretsmanager",
                    &format!("secret:events!connection/{name}/*"),
                )
            })
            .collect();
        self.grant(
            "http:invoke",
            ["events:RetrieveConnectionCredentials"],
            connections,
        );
        self.grant(
            "http:invoke",
            [
                "secretsmanager:DescribeSecret",
                "secretsmanager:GetSecretValue",
            ],
            secrets,
        );
    }

    fn sdk(&mut self, service: &str, api: &str, payload: Option<&Value>) {
        let env = self.env.clone();
        // A call that names none of the parameters resources are derived from (a `List*`,
        // say) acts on the account: `*` is the only resource it accepts.
        let names_a_resource = [
            "Bucket",
            "TableName",
            "QueueUrl",
            "TopicArn",
            "FunctionName",
            "StateMachineArn",
            "SecretId",
        ]
        .iter()
        .any(|key| self.param(payload, key) != Param::Missing);
        let actions = iam_actions(service, api);
        let what = format!("aws-sdk:{service}:{api}");
        if super::sdk::unknown_authorization(service, api) {
            self.widened.push(Widened {
                location: self.location.clone(),
                message: format!("the Service Authorization Reference has no IAM action named `{}` for `{what}`: another action authorizes it; add a statement for it (`iam::Options::extra`)", actions.join(", ")),
            });
        }
        let prefix = iam_prefix(service);
        let resources = match service {
            "s3" | "dynamodb" | "sqs" | "sns" | "lambda" | "secretsmanager"
                if !names_a_resource =>
            {
                vec!["*".to_owned()]
            }
            "s3" => {
                let bucket = self.param(payload, "Bucket").text().map(str::to_owned);
                let object_level = !actions
                    .iter()
                    .any(|a| a.starts_with("s3:ListBucket") || a.ends_with("Bucket"));
                match bucket {
                    Some(bucket) if !object_level => vec![env.global_arn("s3", &bucket)],
                    Some(bucket) => {
                        let key = self.param(payload, "Key").text().map(str::to_owned);
                        vec![env.global_arn(
                            "s3",
                            &format!("{bucket}/{}", key.unwrap_or_else(|| "*".to_owned())),
                        )]
                    }
                    None => {
                        let p = self.param(payload, "Bucket");
                        self.targets(p, "Bucket", |b| b.to_owned(), env.global_arn("s3", "*"))
                    }
                }
            }
            "dynamodb" => {
                let p = self.param(payload, "TableName");
                self.targets(
                    p,
                    "TableName",
                    |t| env.name_or_arn("dynamodb", "table/", t),
                    env.arn("dynamodb", "table/*"),
                )
            }
            "sqs" => {
                let p = self.param(payload, "QueueUrl");
                self.targets(
                    p,
                    "QueueUrl",
                    |u| sqs_queue_arn(&env, u),
                    env.arn("sqs", "*"),
                )
            }
            "sns" => {
                let p = self.param(payload, "TopicArn");
                self.arn_targets(p, "TopicArn", env.arn("sns", "*"))
            }
            "lambda" => {
                let p = self.param(payload, "FunctionName");
                self.targets(
                    p,
                    "FunctionName",
                    |f| lambda_function_arn(&env, f),
                    env.arn("lambda", "function:*"),
                )
            }
            "sfn" if self.param(payload, "StateMachineArn") != Param::Missing => {
                let p = self.param(payload, "StateMachineArn");
                self.arn_targets(p, "StateMachineArn", env.arn("states", "stateMachine:*"))
            }
            "secretsmanager" => {
                let p = self.param(payload, "SecretId");
                self.targets(
                    p,
                    "SecretId",
                    |s| env.name_or_arn("secretsmanager", "secret:", &format!("{s}-*")),
                    env.arn("secretsmanager", "secret:*"),
                )
            }
            _ => match self.allowed {
                Some(allowed) => allowed.to_vec(),
                None if !static_arns(service, api, payload).is_empty() => {
                    static_arns(service, api, payload)
                }
                None => {
                    self.widened.push(Widened {
                        location: self.location.clone(),
                        message: format!("the resources of `{what}` are not derived from its parameters, so the statement allows `*` for {prefix}; declare the allowed targets to narrow it"),
                    });
                    vec!["*".to_owned()]
                }
            },
        };
        self.grant(&what, actions, resources);
        // Data APIs (Redshift Data, RDS Data) read the database credentials from a secret.
        if let Some(secret) = self.param(payload, "SecretArn").text() {
            self.grant(
                &what,
                ["secretsmanager:GetSecretValue"],
                [secret.to_owned()],
            );
        }
        // Or, on a provisioned cluster, as a database user with temporary credentials (the
        // Redshift Data API guide: `redshift:GetClusterCredentials` on the user and database).
        let cluster = self
            .param(payload, "ClusterIdentifier")
            .text()
            .map(str::to_owned);
        let user = self.param(payload, "DbUser").text().map(str::to_owned);
        if let (Some(cluster), Some(user)) = (cluster, user) {
            let mut resources = vec![
                self.env
                    .arn("redshift", &format!("dbuser:{cluster}/{user}")),
            ];
            if let Some(database) = self.param(payload, "Database").text() {
                resources.push(
                    self.env
                        .arn("redshift", &format!("dbname:{cluster}/{database}")),
                );
            }
            self.grant(&what, ["redshift:GetClusterCredentials"], resources);
        }
    }

    pub fn map(&mut self, map: &Map) {
        if map.mode() == ProcessorMode::Distributed {
            let env = self.env.clone();
            let name = self
                .machine_arn
                .rsplit(':')
                .next()
                .unwrap_or("*")
                .to_owned();
            self.grant(
                "distributed Map",
                ["states:StartExecution"],
                [self.machine_arn.to_owned()],
            );
            self.grant(
                "distributed Map",
                ["states:DescribeExecution", "states:StopExecution"],
                [env.arn("states", &format!("execution:{name}/*"))],
            );
        }
        if let Some(reader) = &map.item_reader {
            let payload = reader.parameters.as_ref().or(reader.arguments.as_ref());
            let action = reader.resource.rsplit(":::").next().unwrap_or_default();
            self.s3_access("ItemReader", action, payload, true);
            let input_type = reader
                .reader_config
                .as_ref()
                .and_then(|c| c.get("InputType"))
                .and_then(Value::as_str);
            // A manifest read at a static key is granted alone; the objects it lists are not.
            if input_type == Some("MANIFEST") && self.param(payload, "Key").text().is_some() {
                self.manifest_objects(payload);
            }
        }
        if let Some(writer) = &map.result_writer {
            let payload = writer.parameters.as_ref().or(writer.arguments.as_ref());
            if let Some(resource) = &writer.resource {
                let action = resource.rsplit(":::").next().unwrap_or_default();
                self.s3_access("ResultWriter", action, payload, false);
            }
        }
    }

    /// A manifest (an S3 inventory, an Athena `UNLOAD` manifest) names the data objects the
    /// Map then reads itself: known only at run time, so the manifest's bucket is assumed
    /// and the widening reported (declared targets replace it).
    fn manifest_objects(&mut self, payload: Option<&Value>) {
        let env = self.env.clone();
        let arns = match (self.allowed, self.param(payload, "Bucket").text()) {
            (Some(allowed), _) => allowed.to_vec(),
            (None, bucket) => {
                let arn = env.global_arn("s3", &format!("{}/*", bucket.unwrap_or("*")));
                self.widened.push(Widened {
                    location: self.location.clone(),
                    message: format!("the objects a manifest lists are known only at run time, so the ItemReader may read `{arn}`; declare the allowed targets to narrow it"),
                });
                vec![arn]
            }
        };
        self.grant("ItemReader manifest's objects", ["s3:GetObject"], arns);
    }

    /// S3 access of a distributed Map's reader or writer.
    fn s3_access(&mut self, what: &str, action: &str, payload: Option<&Value>, read: bool) {
        let env = self.env.clone();
        let bucket = self.param(payload, "Bucket");
        let buckets = self.targets(
            bucket,
            &format!("the {what} bucket"),
            |b| b.to_owned(),
            "*".to_owned(),
        );
        let path_key = if action == "s3:getObject" {
            "Key"
        } else {
            "Prefix"
        };
        let path = self
            .param(payload, path_key)
            .text()
            .unwrap_or_default()
            .trim_end_matches('/')
            .to_owned();
        let objects = |b: &str| {
            if b == "*" {
                env.global_arn("s3", "*")
            } else if path.is_empty() {
                env.global_arn("s3", &format!("{b}/*"))
            } else if read && action == "s3:getObject" {
                env.global_arn("s3", &format!("{b}/{path}"))
            } else {
                env.global_arn("s3", &format!("{b}/{path}/*"))
            }
        };
        match (read, action) {
            (true, "s3:listObjectsV2") => {
                let arns: Vec<String> = buckets.iter().map(|b| env.global_arn("s3", b)).collect();
                self.grant(what, ["s3:ListBucket"], arns);
            }
            (true, _) => {
                let arns: Vec<String> = buckets.iter().map(|b| objects(b)).collect();
                self.grant(what, ["s3:GetObject"], arns);
            }
            (false, _) => {
                let arns: Vec<String> = buckets.iter().map(|b| objects(b)).collect();
                self.grant(
                    what,
                    [
                        "s3:AbortMultipartUpload",
                        "s3:GetObject",
                        "s3:ListMultipartUploadParts",
                        "s3:PutObject",
                    ],
                    arns,
                );
            }
        }
    }
}

/// An ARN whose region and account were left empty (template variables removed by a
/// loader) completed with the deployment's.
pub(crate) fn complete_arn(env: &Environment, arn: &str) -> String {
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
pub(crate) fn lambda_function_arn(env: &Environment, function: &str) -> String {
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
pub(crate) fn sqs_queue_arn(env: &Environment, url: &str) -> String {
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
fn static_arns(service: &str, api: &str, payload: Option<&Value>) -> Vec<String> {
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
