//! Exact statements per integration and pattern.

use serde_json::{Value, json};

use super::*;

fn env() -> Environment {
    Environment::new("aws", "eu-west-1", "111122223333")
}

/// The policy's statements for a machine with one Task (`state`), and what was widened.
fn statements_with(state: Value, options: impl FnOnce(&mut Options)) -> (Value, Vec<String>) {
    let definition = json!({"StartAt": "S", "States": {"S": state}});
    let machine = crate::parse::from_value(&definition)
        .machine
        .expect("parses");
    let mut opts = Options::new(env(), "orders");
    options(&mut opts);
    let generated = policy(&machine, &opts);
    let doc: Value = serde_json::from_str(&generated.policy.to_json_pretty()).unwrap();
    (
        doc["Statement"].clone(),
        generated.widened.iter().map(ToString::to_string).collect(),
    )
}

fn statements(state: Value) -> Value {
    let (statements, widened) = statements_with(state, |_| {});
    assert!(widened.is_empty(), "{widened:?}");
    statements
}

fn task(resource: &str, parameters: Value) -> Value {
    json!({"Type": "Task", "Resource": resource, "Parameters": parameters, "End": true})
}

#[test]
fn lambda_grants_exactly_the_called_arn_forms() {
    assert_eq!(
        statements(task(
            "arn:aws:states:::lambda:invoke",
            json!({"FunctionName": "charge", "Payload.$": "$"})
        )),
        json!([{"Effect": "Allow", "Action": ["lambda:InvokeFunction"], "Resource": ["arn:aws:lambda:eu-west-1:111122223333:function:charge"]}])
    );
    assert_eq!(
        statements(task(
            "arn:aws:states:::lambda:invoke",
            json!({"FunctionName": "charge:live"})
        )),
        json!([{"Effect": "Allow", "Action": ["lambda:InvokeFunction"], "Resource": ["arn:aws:lambda:eu-west-1:111122223333:function:charge:live"]}])
    );
    assert_eq!(
        statements(task(
            "arn:aws:states:::lambda:invoke",
            json!({"FunctionName": "charge", "Qualifier": "7"})
        )),
        json!([{"Effect": "Allow", "Action": ["lambda:InvokeFunction"], "Resource": ["arn:aws:lambda:eu-west-1:111122223333:function:charge:7"]}])
    );
    assert_eq!(
        statements(
            json!({"Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:111122223333:function:legacy", "End": true})
        ),
        json!([{"Effect": "Allow", "Action": ["lambda:InvokeFunction"], "Resource": ["arn:aws:lambda:eu-west-1:111122223333:function:legacy"]}])
    );
}

#[test]
fn a_run_time_target_widens_only_its_statement_and_is_reported() {
    let state = json!({"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName.$": "$.fn"}, "Next": "T"});
    let definition = json!({"StartAt": "S", "States": {"S": state, "T": task("arn:aws:states:::sns:publish", json!({"TopicArn": "arn:aws:sns:eu-west-1:111122223333:t", "Message": "x"}))}});
    let machine = crate::parse::from_value(&definition).machine.unwrap();
    let generated = policy(&machine, &Options::new(env(), "orders"));
    let resources: Vec<_> = generated
        .policy
        .statements
        .iter()
        .map(|s| s.resources.iter().cloned().collect::<Vec<_>>())
        .collect();
    assert_eq!(
        resources,
        [
            vec!["arn:aws:lambda:eu-west-1:111122223333:function:*".to_owned()],
            vec!["arn:aws:sns:eu-west-1:111122223333:t".to_owned()]
        ]
    );
    assert_eq!(generated.widened.len(), 1);
    assert_eq!(generated.widened[0].location.to_string(), "States.S");
    assert!(
        generated.widened[0]
            .message
            .contains("FunctionName is known only at run time")
    );

    let (narrow, widened) = statements_with(
        json!({"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName.$": "$.fn"}, "End": true}),
        |o| {
            o.allowed.insert(
                "S".into(),
                vec!["arn:aws:lambda:eu-west-1:111122223333:function:orders-*".into()],
            );
        },
    );
    assert!(widened.is_empty());
    assert_eq!(
        narrow[0]["Resource"],
        json!(["arn:aws:lambda:eu-west-1:111122223333:function:orders-*"])
    );
}

#[test]
fn ecs_sync_polls_and_passes_the_task_roles() {
    let state = task(
        "arn:aws:states:::ecs:runTask.sync",
        json!({"Cluster": "c", "TaskDefinition": "ship:7", "Overrides": {"TaskRoleArn": "arn:aws:iam::111122223333:role/ship-task"}}),
    );
    assert_eq!(
        statements(state),
        json!([
            {"Effect": "Allow", "Action": ["ecs:DescribeTasks", "ecs:StopTask"], "Resource": ["*"]},
            {"Effect": "Allow", "Action": ["ecs:RunTask"], "Resource": ["arn:aws:ecs:eu-west-1:111122223333:task-definition/ship:7"]},
            {"Effect": "Allow", "Action": ["events:DescribeRule", "events:PutRule", "events:PutTargets"], "Resource": ["arn:aws:events:eu-west-1:111122223333:rule/StepFunctionsGetEventsForECSTaskRule"]},
            {"Effect": "Allow", "Action": ["iam:PassRole"], "Resource": ["arn:aws:iam::111122223333:role/ship-task"], "Condition": {"StringEquals": {"iam:PassedToService": ["ecs-tasks.amazonaws.com"]}}},
        ])
    );
    let (_, widened) = statements_with(
        task(
            "arn:aws:states:::ecs:runTask",
            json!({"TaskDefinition": "ship"}),
        ),
        |_| {},
    );
    assert!(
        widened[0].contains("declare them (pass roles)"),
        "{widened:?}"
    );
}

#[test]
fn nested_workflows_sync() {
    assert_eq!(
        statements(task(
            "arn:aws:states:::states:startExecution.sync:2",
            json!({"StateMachineArn": "arn:aws:states:eu-west-1:111122223333:stateMachine:child"})
        )),
        json!([
            {"Effect": "Allow", "Action": ["events:DescribeRule", "events:PutRule", "events:PutTargets"], "Resource": ["arn:aws:events:eu-west-1:111122223333:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"]},
            {"Effect": "Allow", "Action": ["states:DescribeExecution", "states:StopExecution"], "Resource": ["arn:aws:states:eu-west-1:111122223333:execution:child:*"]},
            {"Effect": "Allow", "Action": ["states:StartExecution"], "Resource": ["arn:aws:states:eu-west-1:111122223333:stateMachine:child"]},
        ])
    );
}

/// Two statements read the machine's ARN (the start, and the executions it watches): known
/// only at run time, each is widened, and the parameter is reported once.
#[test]
fn a_run_time_parameter_read_by_two_statements_is_reported_once() {
    let (statements, widened) = statements_with(
        task(
            "arn:aws:states:::states:startExecution.sync",
            json!({"StateMachineArn.$": "$.child"}),
        ),
        |_| {},
    );
    assert_eq!(
        statements,
        json!([
            {"Effect": "Allow", "Action": ["events:DescribeRule", "events:PutRule", "events:PutTargets"], "Resource": ["arn:aws:events:eu-west-1:111122223333:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"]},
            {"Effect": "Allow", "Action": ["states:DescribeExecution", "states:StopExecution"], "Resource": ["arn:aws:states:eu-west-1:111122223333:execution:*:*"]},
            {"Effect": "Allow", "Action": ["states:StartExecution"], "Resource": ["arn:aws:states:eu-west-1:111122223333:stateMachine:*"]},
        ])
    );
    assert_eq!(
        widened,
        [
            "States.S: StateMachineArn is known only at run time, so the statement allows `arn:aws:states:eu-west-1:111122223333:stateMachine:*`; declare the allowed targets to narrow it"
        ]
    );
}

#[test]
fn batch_glue_codebuild_sagemaker() {
    let batch = statements(task(
        "arn:aws:states:::batch:submitJob.sync",
        json!({"JobName": "j", "JobQueue": "q", "JobDefinition": "d"}),
    ));
    assert_eq!(
        batch[0],
        json!({"Effect": "Allow", "Action": ["batch:DescribeJobs", "batch:TerminateJob"], "Resource": ["*"]})
    );
    assert_eq!(
        batch[1]["Resource"],
        json!([
            "arn:aws:batch:eu-west-1:111122223333:job-definition/d:*",
            "arn:aws:batch:eu-west-1:111122223333:job-queue/q"
        ])
    );
    let glue = statements(task(
        "arn:aws:states:::glue:startJobRun.sync",
        json!({"JobName": "etl"}),
    ));
    assert_eq!(
        glue,
        json!([{"Effect": "Allow", "Action": ["glue:BatchStopJobRun", "glue:GetJobRun", "glue:GetJobRuns", "glue:StartJobRun"], "Resource": ["arn:aws:glue:eu-west-1:111122223333:job/etl"]}])
    );
    let build = statements(task(
        "arn:aws:states:::codebuild:startBuild",
        json!({"ProjectName": "p"}),
    ));
    assert_eq!(
        build,
        json!([{"Effect": "Allow", "Action": ["codebuild:StartBuild"], "Resource": ["arn:aws:codebuild:eu-west-1:111122223333:project/p"]}])
    );
    let train = statements(task(
        "arn:aws:states:::sagemaker:createTrainingJob",
        json!({"TrainingJobName": "Model", "RoleArn": "arn:aws:iam::111122223333:role/sm"}),
    ));
    assert_eq!(
        train[0],
        json!({"Effect": "Allow", "Action": ["iam:PassRole"], "Resource": ["arn:aws:iam::111122223333:role/sm"], "Condition": {"StringEquals": {"iam:PassedToService": ["sagemaker.amazonaws.com"]}}})
    );
}

#[test]
fn messaging_and_data() {
    assert_eq!(
        statements(task(
            "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            json!({"QueueUrl": "https://sqs.eu-west-1.amazonaws.com/111122223333/q", "MessageBody": {"t.$": "$$.Task.Token"}})
        )),
        json!([{"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": ["arn:aws:sqs:eu-west-1:111122223333:q"]}])
    );
    assert_eq!(
        statements(task(
            "arn:aws:states:::dynamodb:updateItem",
            json!({"TableName": "orders", "Key": {}})
        )),
        json!([{"Effect": "Allow", "Action": ["dynamodb:UpdateItem"], "Resource": ["arn:aws:dynamodb:eu-west-1:111122223333:table/orders"]}])
    );
    assert_eq!(
        statements(task(
            "arn:aws:states:::events:putEvents",
            json!({"Entries": [{"Detail": {}, "DetailType": "t", "Source": "s", "EventBusName": "analytics"}, {"Detail": {}, "DetailType": "t", "Source": "s"}]})
        )),
        json!([{"Effect": "Allow", "Action": ["events:PutEvents"], "Resource": ["arn:aws:events:eu-west-1:111122223333:event-bus/analytics", "arn:aws:events:eu-west-1:111122223333:event-bus/default"]}])
    );
}

#[test]
fn http_task_conditions_and_connection_secret() {
    let state = task(
        "arn:aws:states:::http:invoke",
        json!({"ApiEndpoint": "https://api.example.com/orders", "Method": "POST", "Authentication": {"ConnectionArn": "arn:aws:events:eu-west-1:111122223333:connection/shop/abc"}}),
    );
    assert_eq!(
        statements(state),
        json!([
            {"Effect": "Allow", "Action": ["events:RetrieveConnectionCredentials"], "Resource": ["arn:aws:events:eu-west-1:111122223333:connection/shop/abc"]},
            {"Effect": "Allow", "Action": ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"], "Resource": ["arn:aws:secretsmanager:eu-west-1:111122223333:secret:events!connection/shop/*"]},
            {"Effect": "Allow", "Action": ["states:InvokeHTTPEndpoint"], "Resource": ["*"],
             "Condition": {"StringEquals": {"states:HTTPMethod": ["POST"]}, "StringLike": {"states:HTTPEndpoint": ["https://api.example.com/orders"]}}},
        ])
    );
}

#[test]
fn sdk_calls_use_iam_names() {
    assert_eq!(
        statements(task(
            "arn:aws:states:::aws-sdk:s3:listObjectsV2",
            json!({"Bucket": "b"})
        )),
        json!([{"Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": ["arn:aws:s3:::b"]}])
    );
    assert_eq!(
        statements(task(
            "arn:aws:states:::aws-sdk:sfn:startExecution",
            json!({"StateMachineArn": "arn:aws:states:eu-west-1:111122223333:stateMachine:x"})
        )),
        json!([{"Effect": "Allow", "Action": ["states:StartExecution"], "Resource": ["arn:aws:states:eu-west-1:111122223333:stateMachine:x"]}])
    );
}

#[test]
fn distributed_map_reader_writer_and_nested_tasks() {
    let map = json!({
        "Type": "Map",
        "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "MANIFEST"}, "Parameters": {"Bucket": "in", "Key": "manifest.json"}},
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}, "StartAt": "P",
            "States": {"P": task("arn:aws:states:::lambda:invoke", json!({"FunctionName": "p"}))}},
        "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "out", "Prefix": "runs"}},
        "End": true
    });
    // The manifest names the objects the Map reads next: its bucket is assumed, and said.
    let (statements, widened) = statements_with(map, |_| {});
    assert_eq!(
        widened,
        [
            "States.S: the objects a manifest lists are known only at run time, so the ItemReader may read `arn:aws:s3:::in/*`; declare the allowed targets to narrow it"
        ]
    );
    assert_eq!(
        statements,
        json!([
            {"Effect": "Allow", "Action": ["lambda:InvokeFunction"], "Resource": ["arn:aws:lambda:eu-west-1:111122223333:function:p"]},
            {"Effect": "Allow", "Action": ["s3:AbortMultipartUpload", "s3:GetObject", "s3:ListMultipartUploadParts", "s3:PutObject"], "Resource": ["arn:aws:s3:::out/runs/*"]},
            {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::in/*", "arn:aws:s3:::in/manifest.json"]},
            {"Effect": "Allow", "Action": ["states:DescribeExecution", "states:StopExecution"], "Resource": ["arn:aws:states:eu-west-1:111122223333:execution:orders/*"]},
            {"Effect": "Allow", "Action": ["states:StartExecution"], "Resource": ["arn:aws:states:eu-west-1:111122223333:stateMachine:orders"]},
        ])
    );
}

#[test]
fn machine_settings_and_credentials() {
    let (statements, _) = statements_with(
        json!({"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Credentials": {"RoleArn": "arn:aws:iam::444455556666:role/x"}, "Parameters": {"TopicArn": "arn:aws:sns:eu-west-1:444455556666:t", "Message": "m"}, "End": true}),
        |o| {
            o.logging = true;
            o.tracing = true;
            o.kms_key_arn = Some("k-1".into());
        },
    );
    let actions: Vec<&str> = statements
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["Action"][0].as_str().unwrap())
        .collect();
    // Logging and tracing actions both need `*`, so they share one statement.
    assert_eq!(
        actions,
        [
            "kms:Decrypt",
            "logs:CreateLogDelivery",
            "sns:Publish",
            "sts:AssumeRole"
        ]
    );
    assert_eq!(statements[1]["Resource"], json!(["*"]));
    assert!(
        statements[1]["Action"]
            .as_array()
            .unwrap()
            .contains(&json!("xray:PutTraceSegments"))
    );
    assert_eq!(
        statements[0]["Condition"],
        json!({"StringEquals": {"kms:EncryptionContext:aws:states:stateMachineArn": ["arn:aws:states:eu-west-1:111122223333:stateMachine:orders"]}})
    );
    assert_eq!(
        statements[0]["Resource"],
        json!(["arn:aws:kms:eu-west-1:111122223333:key/k-1"])
    );
}

#[test]
fn other_partitions() {
    let definition = json!({"StartAt": "S", "States": {"S": task("arn:aws-cn:states:::dynamodb:getItem", json!({"TableName": "t", "Key": {}}))}});
    let machine = crate::parse::from_value(&definition).machine.unwrap();
    let generated = policy(
        &machine,
        &Options::new(
            Environment::new("aws-cn", "cn-north-1", "111122223333"),
            "m",
        ),
    );
    assert_eq!(
        generated.policy.statements[0]
            .resources
            .iter()
            .next()
            .unwrap(),
        "arn:aws-cn:dynamodb:cn-north-1:111122223333:table/t"
    );
}

#[test]
fn trust_policy_is_pinned_to_the_machine() {
    let trust = trust_policy(&env(), "orders");
    assert_eq!(
        trust["Statement"][0]["Principal"],
        json!({"Service": "states.amazonaws.com"})
    );
    assert_eq!(
        trust["Statement"][0]["Condition"],
        json!({"StringEquals": {"aws:SourceAccount": "111122223333"},
               "ArnLike": {"aws:SourceArn": ["arn:aws:states:eu-west-1:111122223333:stateMachine:orders", "arn:aws:states:eu-west-1:111122223333:stateMachine:orders:*"]}})
    );
}

#[test]
fn placeholders_and_non_arns_are_unknown_not_granted_as_written() {
    let (statements, widened) = statements_with(
        task(
            "arn:aws:states:::sns:publish",
            json!({"TopicArn": "${AlertsTopic}", "Message": "m"}),
        ),
        |_| {},
    );
    assert_eq!(
        statements[0]["Resource"],
        json!(["arn:aws:sns:eu-west-1:111122223333:*"])
    );
    assert!(
        widened[0].contains("TopicArn is a `${...}` placeholder"),
        "{widened:?}"
    );
    let (statements, widened) = statements_with(
        task(
            "arn:aws:states:::sns:publish",
            json!({"TopicArn": "alerts_topic", "Message": "m"}),
        ),
        |_| {},
    );
    assert_eq!(
        statements[0]["Resource"],
        json!(["arn:aws:sns:eu-west-1:111122223333:*"])
    );
    assert!(
        widened[0].contains("TopicArn `alerts_topic` is not an ARN"),
        "{widened:?}"
    );
}

#[test]
fn an_sdk_call_no_iam_action_is_named_after_is_reported() {
    // S3's DeleteBucketCors is authorized by s3:PutBucketCORS: the reference has no
    // s3:DeleteBucketCors, so the generated action is a guess and says so.
    let (_, widened) = statements_with(
        task(
            "arn:aws:states:::aws-sdk:s3:deleteBucketCors",
            json!({"Bucket": "site"}),
        ),
        |_| {},
    );
    assert!(
        widened
            .iter()
            .any(|w| w.contains("no IAM action named `s3:DeleteBucketCors`")),
        "{widened:?}"
    );
    // A call whose action is named after it, or one of the known exceptions, is not.
    for call in ["aws-sdk:s3:getObject", "aws-sdk:s3:listObjectsV2"] {
        let (_, widened) = statements_with(
            task(
                &format!("arn:aws:states:::{call}"),
                json!({"Bucket": "site", "Key": "k"}),
            ),
            |_| {},
        );
        assert!(
            !widened.iter().any(|w| w.contains("no IAM action")),
            "{call}: {widened:?}"
        );
    }
}

#[test]
fn an_sdk_call_is_narrowed_to_the_static_arns_its_action_accepts() {
    // kms:DescribeKey accepts key and alias ARNs (Service Authorization Reference).
    let key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    let statements = statements(task(
        "arn:aws:states:::aws-sdk:kms:describeKey",
        json!({ "KeyId": key }),
    ));
    assert_eq!(statements[0]["Action"], json!(["kms:DescribeKey"]));
    assert_eq!(statements[0]["Resource"], json!([key]));
    // An ARN of a resource type the action does not take, or a name, narrows nothing.
    let (_, widened) = statements_with(
        task(
            "arn:aws:states:::aws-sdk:kms:describeKey",
            json!({ "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab" }),
        ),
        |_| {},
    );
    assert!(
        widened.iter().any(|w| w.contains("allows `*` for kms")),
        "{widened:?}"
    );
}

/// `resource.rs` writes a declared resource's ARN, and the integration table reads it back
/// from the parameter the resource is passed in: for each kind the two agree, so a typed
/// resource's policy names exactly the resource the environment binds.
#[test]
fn the_table_reads_back_the_arn_each_kind_is_written_with() {
    use crate::integration::{OPTIMIZED, SDK_RESOURCES};
    use crate::resource::Binding;

    let binding = Binding::new("orders", env());
    let named = OPTIMIZED
        .iter()
        .filter_map(|i| i.access)
        .flat_map(|a| a.named().copied().collect::<Vec<_>>())
        .chain(SDK_RESOURCES.iter().map(|r| r.named));
    let mut checked = std::collections::BTreeSet::new();
    for named in named {
        let Some(kind) = named.kind else {
            continue;
        };
        let written = kind.write(&binding, kind.parameter_form(), &env());
        // S3 names a bucket itself to bucket-level actions.
        let actions = ["s3:ListBucket".to_owned()];
        let read = super::arns::arns(named.arn, &env(), &written, |_| None, &actions);
        assert_eq!(read, [kind.arn(&binding)], "{:?} of a {kind}", named.at);
        checked.insert(kind);
    }
    assert_eq!(checked.len(), 8, "{checked:?}");
}
