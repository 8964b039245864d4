//! Typed resources bound per environment and looked up before any write (issue 22): against
//! moto for real, which serves Lambda, DynamoDB, SQS, SNS, S3, EventBridge and Step Functions.

mod support;

use aws_config::BehaviorVersion;
use support::{Proxy, moto_port, scratch, sfn, stderr};

/// A workflow calling one resource of each kind, as `cargo sfn build` writes it.
const DEFINITION: &str = r#"{"StartAt": "Charge", "States": {
  "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
             "Parameters": {"FunctionName": "${sfn.function.charge.arn}", "Payload.$": "$"}, "ResultPath": null, "Next": "Save"},
  "Save": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
           "Parameters": {"TableName": "${sfn.table.orders.name}", "Item": {"id": {"S.$": "$.id"}}}, "ResultPath": null, "Next": "Queue"},
  "Queue": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
            "Parameters": {"QueueUrl": "${sfn.queue.jobs.url}", "MessageBody.$": "$"}, "ResultPath": null, "Next": "Announce"},
  "Announce": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
               "Parameters": {"TopicArn": "${sfn.topic.news.arn}", "Message.$": "$.id"}, "ResultPath": null, "Next": "Audit"},
  "Audit": {"Type": "Task", "Resource": "arn:aws:states:::events:putEvents",
            "Parameters": {"Entries": [{"EventBusName": "${sfn.event-bus.audit.name}", "Source": "shop", "DetailType": "Order", "Detail.$": "$"}]}, "ResultPath": null, "Next": "Archive"},
  "Archive": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:putObject",
              "Parameters": {"Bucket": "${sfn.bucket.archive.name}", "Key.$": "$.id", "Body.$": "$"}, "ResultPath": null, "Next": "Invoice"},
  "Invoice": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
              "Parameters": {"StateMachineArn": "${sfn.state-machine.invoicing.arn}", "Input.$": "$"}, "End": true}
}}"#;

/// An environment whose resources are prefixed `<test>-`, the function renamed.
fn write_project(dir: &std::path::Path, test: &str) {
    std::fs::write(dir.join("shop.asl.json"), DEFINITION).unwrap();
    std::fs::write(
        dir.join("sfn.toml"),
        format!(
            "[env.dev]\nregion = \"us-east-1\"\nprefix = \"{test}-\"\nresources = {{ charge = {{ name = \"{test}-charge-fn\" }} }}\n"
        ),
    )
    .unwrap();
}

fn plan(proxy: &Proxy, dir: &std::path::Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "plan",
        "--definition",
        "shop.asl.json",
        "--name",
        "shop",
        "--env",
        "dev",
    ];
    args.extend_from_slice(extra);
    sfn(proxy, dir, &args)
}

/// The SDK's configuration for moto, straight (not through the proxy).
async fn config() -> aws_config::SdkConfig {
    aws_config::defaults(BehaviorVersion::latest())
        .http_client(aws_smithy_http_client::Builder::new().build_http())
        .endpoint_url(format!("http://127.0.0.1:{}", moto_port()))
        .region(aws_config::Region::new("us-east-1"))
        .credentials_provider(aws_sdk_sts::config::Credentials::for_tests())
        .load()
        .await
}

/// Creates each resource in moto with the AWS SDK for Rust, as a team's own stack would.
fn create_resources(test: &str) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let config = config().await;
        let name = |n: &str| format!("{test}-{n}");
        let role = aws_sdk_iam::Client::new(&config)
            .create_role()
            .role_name(name("lambda-role"))
            .assume_role_policy_document(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#)
            .send()
            .await
            .unwrap();
        aws_sdk_lambda::Client::new(&config)
            .create_function()
            .function_name(name("charge-fn"))
            .runtime(aws_sdk_lambda::types::Runtime::Providedal2023)
            .handler("bootstrap")
            .role(role.role().unwrap().arn())
            .code(
                aws_sdk_lambda::types::FunctionCode::builder()
                    .zip_file(aws_sdk_lambda::primitives::Blob::new(EMPTY_ZIP.to_vec()))
                    .build(),
            )
            .send()
            .await
            .unwrap();
        aws_sdk_dynamodb::Client::new(&config)
            .create_table()
            .table_name(name("orders"))
            .billing_mode(aws_sdk_dynamodb::types::BillingMode::PayPerRequest)
            .attribute_definitions(
                aws_sdk_dynamodb::types::AttributeDefinition::builder()
                    .attribute_name("id")
                    .attribute_type(aws_sdk_dynamodb::types::ScalarAttributeType::S)
                    .build()
                    .unwrap(),
            )
            .key_schema(
                aws_sdk_dynamodb::types::KeySchemaElement::builder()
                    .attribute_name("id")
                    .key_type(aws_sdk_dynamodb::types::KeyType::Hash)
                    .build()
                    .unwrap(),
            )
            .send()
            .await
            .unwrap();
        aws_sdk_sqs::Client::new(&config)
            .create_queue()
            .queue_name(name("jobs"))
            .send()
            .await
            .unwrap();
        aws_sdk_sns::Client::new(&config)
            .create_topic()
            .name(name("news"))
            .send()
            .await
            .unwrap();
        let s3 = aws_sdk_s3::config::Builder::from(&config)
            .force_path_style(true)
            .build();
        aws_sdk_s3::Client::from_conf(s3)
            .create_bucket()
            .bucket(name("archive"))
            .send()
            .await
            .unwrap();
        aws_sdk_eventbridge::Client::new(&config)
            .create_event_bus()
            .name(name("audit"))
            .send()
            .await
            .unwrap();
        aws_sdk_sfn::Client::new(&config)
            .create_state_machine()
            .name(name("invoicing"))
            .definition(r#"{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}"#)
            .role_arn("arn:aws:iam::123456789012:role/invoicing")
            .send()
            .await
            .unwrap();
    });
}

/// An empty zip archive (its end-of-central-directory record alone).
const EMPTY_ZIP: [u8; 22] = [
    0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

#[test]
fn plan_refuses_before_any_write_when_a_resource_is_missing_then_passes_once_all_exist() {
    let proxy = Proxy::start();
    let dir = scratch("typed-resources");
    let test = format!("tr{}", std::process::id());
    write_project(&dir, &test);

    let output = plan(&proxy, &dir, &[]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        format!(
            "error: deploy would refuse: 7 typed resource(s) the workflows call do not exist in environment `dev`:
  Lambda function `charge` ({test}-charge-fn): arn:aws:lambda:us-east-1:123456789012:function:{test}-charge-fn does not exist
  DynamoDB table `orders` ({test}-orders): arn:aws:dynamodb:us-east-1:123456789012:table/{test}-orders does not exist
  SQS queue `jobs` ({test}-jobs): arn:aws:sqs:us-east-1:123456789012:{test}-jobs does not exist
  SNS topic `news` ({test}-news): arn:aws:sns:us-east-1:123456789012:{test}-news does not exist
  S3 bucket `archive` ({test}-archive): arn:aws:s3:::{test}-archive does not exist
  EventBridge event bus `audit` ({test}-audit): arn:aws:events:us-east-1:123456789012:event-bus/{test}-audit does not exist
  state machine `invoicing` ({test}-invoicing): arn:aws:states:us-east-1:123456789012:stateMachine:{test}-invoicing does not exist
create them, bind the logical names to existing ones in sfn.toml (`resources = {{ charge = {{ name = \"...\" }} }}`), or pass --allow-missing-resources
"
        )
    );
    assert_eq!(proxy.writes(), Vec::<String>::new());
    // Each lookup is one read of its own service.
    let lookups: Vec<String> = proxy
        .actions()
        .into_iter()
        .filter(|a| !a.starts_with("sts:") && !a.starts_with("iam:"))
        .collect();
    assert_eq!(
        lookups,
        [
            format!(
                "lambda:GET /2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3A{test}-charge-fn"
            ),
            "dynamodb:DescribeTable".to_owned(),
            "sqs:GetQueueUrl".to_owned(),
            "sns:GetTopicAttributes".to_owned(),
            format!("s3:HEAD /{test}-archive/"),
            "events:DescribeEventBus".to_owned(),
            "states:DescribeStateMachine".to_owned(),
        ]
    );

    // The flag goes on anyway, naming what is missing.
    let output = plan(&proxy, &dir, &["--allow-missing-resources"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with("warning: 7 typed resource(s)"),
        "{}",
        stderr(&output)
    );

    create_resources(&test);
    let output = plan(&proxy, &dir, &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    assert!(
        String::from_utf8_lossy(&output.stdout).starts_with(&format!(
            "{test}-shop (arn:aws:states:us-east-1:123456789012:stateMachine:{test}-shop)\n"
        ))
    );

    // Deployed, the definition names the environment's resources and the policy each one.
    let mut args = vec![
        "deploy",
        "--definition",
        "shop.asl.json",
        "--name",
        "shop",
        "--env",
        "dev",
    ];
    args.extend_from_slice(&["--format", "json"]);
    let output = sfn(&proxy, &dir, &args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let machine = support::states_call(
        "DescribeStateMachine",
        &serde_json::json!({"stateMachineArn": format!("arn:aws:states:us-east-1:123456789012:stateMachine:{test}-shop")}),
    );
    let deployed: serde_json::Value =
        serde_json::from_str(machine["definition"].as_str().unwrap()).unwrap();
    let states = &deployed["States"];
    let values = [
        &states["Charge"]["Parameters"]["FunctionName"],
        &states["Save"]["Parameters"]["TableName"],
        &states["Queue"]["Parameters"]["QueueUrl"],
        &states["Announce"]["Parameters"]["TopicArn"],
        &states["Audit"]["Parameters"]["Entries"][0]["EventBusName"],
        &states["Archive"]["Parameters"]["Bucket"],
        &states["Invoice"]["Parameters"]["StateMachineArn"],
    ];
    assert_eq!(
        values.map(|v| v.as_str().unwrap().to_owned()),
        [
            format!("arn:aws:lambda:us-east-1:123456789012:function:{test}-charge-fn"),
            format!("{test}-orders"),
            format!("https://sqs.us-east-1.amazonaws.com/123456789012/{test}-jobs"),
            format!("arn:aws:sns:us-east-1:123456789012:{test}-news"),
            format!("{test}-audit"),
            format!("{test}-archive"),
            format!("arn:aws:states:us-east-1:123456789012:stateMachine:{test}-invoicing"),
        ]
    );
    let policy: serde_json::Value =
        serde_json::from_str(&role_policy(&format!("{test}-shop-role"))).unwrap();
    let granted: Vec<String> = policy["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| {
            let actions = s["Action"].to_string();
            let resources = s["Resource"].as_array().cloned().unwrap_or_default();
            resources
                .into_iter()
                .map(move |r| format!("{actions} {}", r.as_str().unwrap()))
        })
        .collect();
    let expected: Vec<String> = EXPECTED_GRANTS
        .iter()
        .map(|g| g.replace("TEST", &test))
        .collect();
    assert_eq!(granted, expected);
}

/// Each typed resource by its own ARN: no wildcard but the objects' keys, which the input
/// gives at run time.
const EXPECTED_GRANTS: [&str; 7] = [
    r#"["dynamodb:PutItem"] arn:aws:dynamodb:us-east-1:123456789012:table/TEST-orders"#,
    r#"["events:PutEvents"] arn:aws:events:us-east-1:123456789012:event-bus/TEST-audit"#,
    r#"["lambda:InvokeFunction"] arn:aws:lambda:us-east-1:123456789012:function:TEST-charge-fn"#,
    r#"["s3:PutObject"] arn:aws:s3:::TEST-archive/*"#,
    r#"["sns:Publish"] arn:aws:sns:us-east-1:123456789012:TEST-news"#,
    r#"["sqs:SendMessage"] arn:aws:sqs:us-east-1:123456789012:TEST-jobs"#,
    r#"["states:StartExecution"] arn:aws:states:us-east-1:123456789012:stateMachine:TEST-invoicing"#,
];

/// The inline policy `cargo sfn` put on a role.
fn role_policy(role: &str) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let policy = aws_sdk_iam::Client::new(&config().await)
            .get_role_policy()
            .role_name(role)
            .policy_name("cargo-sfn-execution")
            .send()
            .await
            .unwrap();
        percent_encoding::percent_decode_str(policy.policy_document())
            .decode_utf8()
            .unwrap()
            .into_owned()
    })
}
