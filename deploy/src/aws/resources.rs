//! Whether the typed resources a workflow calls exist, looked up read-only before any write:
//! a workflow calling a table that is not there deploys fine and fails on its first run.

use aws_config::{Region, SdkConfig};

use super::{Aws, AwsError};
use crate::deployment::bindings::Bound;
use sfn_codegen::resource::ResourceKind;

/// One read-only client per service a typed resource lives in.
#[derive(Debug)]
pub struct Lookups {
    lambda: aws_sdk_lambda::Client,
    dynamodb: aws_sdk_dynamodb::Client,
    sqs: aws_sdk_sqs::Client,
    sns: aws_sdk_sns::Client,
    s3: aws_sdk_s3::Client,
    events: aws_sdk_eventbridge::Client,
    ecs: aws_sdk_ecs::Client,
    redshift: aws_sdk_redshift::Client,
}

impl Lookups {
    /// `local`: an endpoint given by address, where S3 buckets are addressed by path.
    pub fn new(config: &SdkConfig, local: bool) -> Lookups {
        let s3 = aws_sdk_s3::config::Builder::from(config)
            .force_path_style(local)
            .build();
        Lookups {
            lambda: aws_sdk_lambda::Client::new(config),
            dynamodb: aws_sdk_dynamodb::Client::new(config),
            sqs: aws_sdk_sqs::Client::new(config),
            sns: aws_sdk_sns::Client::new(config),
            s3: aws_sdk_s3::Client::from_conf(s3),
            events: aws_sdk_eventbridge::Client::new(config),
            ecs: aws_sdk_ecs::Client::new(config),
            redshift: aws_sdk_redshift::Client::new(config),
        }
    }
}

/// What the lookups found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Found<'a> {
    pub missing: Vec<&'a Bound>,
    /// In another account: the deploy's credentials cannot look them up.
    pub unchecked: Vec<&'a Bound>,
}

/// Looks each resource up in its region; `account` is the deploy's.
pub async fn look_up<'a>(
    aws: &Aws,
    account: &str,
    resources: &'a [Bound],
) -> Result<Found<'a>, AwsError> {
    let mut found = Found::default();
    for resource in resources {
        if resource.account != account {
            found.unchecked.push(resource);
        } else if !exists(aws, resource).await? {
            found.missing.push(resource);
        }
    }
    Ok(found)
}

/// Each lookup is the service's cheapest read of one resource by name.
async fn exists(aws: &Aws, resource: &Bound) -> Result<bool, AwsError> {
    let l = &aws.lookups;
    let region = Region::new(resource.region.clone());
    let name = resource.name.clone();
    let found = match resource.kind {
        ResourceKind::Function => aws
            .find(
                "lambda:GetFunction",
                l.lambda
                    .get_function()
                    .function_name(&resource.arn)
                    .customize()
                    .config_override(aws_sdk_lambda::config::Builder::default().region(region))
                    .send(),
            )
            .await?
            .is_some(),
        ResourceKind::Table => aws
            .find(
                "dynamodb:DescribeTable",
                l.dynamodb
                    .describe_table()
                    .table_name(name)
                    .customize()
                    .config_override(aws_sdk_dynamodb::config::Builder::default().region(region))
                    .send(),
            )
            .await?
            .is_some(),
        ResourceKind::Queue => aws
            .find(
                "sqs:GetQueueUrl",
                l.sqs
                    .get_queue_url()
                    .queue_name(name)
                    .queue_owner_aws_account_id(&resource.account)
                    .customize()
                    .config_override(aws_sdk_sqs::config::Builder::default().region(region))
                    .send(),
            )
            .await?
            .is_some(),
        ResourceKind::Topic => aws
            .find(
                "sns:GetTopicAttributes",
                l.sns
                    .get_topic_attributes()
                    .topic_arn(&resource.arn)
                    .customize()
                    .config_override(aws_sdk_sns::config::Builder::default().region(region))
                    .send(),
            )
            .await?
            .is_some(),
        // A bucket's name is global; HeadBucket answers from any region.
        ResourceKind::Bucket => aws
            .find("s3:ListBucket", l.s3.head_bucket().bucket(name).send())
            .await?
            .is_some(),
        ResourceKind::EventBus => aws
            .find(
                "events:DescribeEventBus",
                l.events
                    .describe_event_bus()
                    .name(name)
                    .customize()
                    .config_override(aws_sdk_eventbridge::config::Builder::default().region(region))
                    .send(),
            )
            .await?
            .is_some(),
        ResourceKind::Role => aws
            .find("iam:GetRole", aws.iam.get_role().role_name(name).send())
            .await?
            .is_some(),
        // DescribeClusters answers a missing cluster with a failure, not an error.
        ResourceKind::EcsCluster => aws
            .call(
                "ecs:DescribeClusters",
                super::Access::Read,
                l.ecs
                    .describe_clusters()
                    .clusters(&resource.arn)
                    .customize()
                    .config_override(aws_sdk_ecs::config::Builder::default().region(region))
                    .send(),
            )
            .await?
            .clusters()
            .iter()
            .any(|c| c.status() == Some("ACTIVE")),
        ResourceKind::RedshiftCluster => aws
            .find(
                "redshift:DescribeClusters",
                l.redshift
                    .describe_clusters()
                    .cluster_identifier(name)
                    .customize()
                    .config_override(aws_sdk_redshift::config::Builder::default().region(region))
                    .send(),
            )
            .await?
            .is_some(),
        ResourceKind::StateMachine => aws
            .find(
                "states:DescribeStateMachine",
                aws.sfn
                    .describe_state_machine()
                    .state_machine_arn(&resource.arn)
                    .customize()
                    .config_override(aws_sdk_sfn::config::Builder::default().region(region))
                    .send(),
            )
            .await?
            .is_some(),
    };
    Ok(found)
}

/// Why the deploy stops: each missing resource named with the environment.
pub fn refusal(found: &Found<'_>, env: &str) -> Option<String> {
    if found.missing.is_empty() {
        return None;
    }
    let lines: Vec<String> = found
        .missing
        .iter()
        .map(|r| {
            format!(
                "  {} `{}` ({}): {} does not exist",
                r.kind.noun(),
                r.logical,
                r.name,
                r.arn
            )
        })
        .collect();
    Some(format!(
        "{} typed resource(s) the workflows call do not exist in environment `{env}`:\n{}\ncreate them, bind the logical names to existing ones in sfn.toml (`resources = {{ {} = {{ name = \"...\" }} }}`), or pass --allow-missing-resources",
        found.missing.len(),
        lines.join("\n"),
        found.missing[0].logical
    ))
}
