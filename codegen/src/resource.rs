//! Typed resources: the functions, tables, queues, topics, buckets, event buses, state
//! machines, roles and clusters a workflow calls, declared once by a logical name and bound per environment.
//!
//! A definition refers to a declared resource through a placeholder of its own making,
//! `${sfn.<kind>.<logical>.<form>}` (`${sfn.table.orders.name}`), which the build writes and
//! each environment's binding fills in: the value a parameter takes (a name, an ARN, a queue's
//! URL) comes from the binding's name, account, region and partition, so no ARN is written by
//! hand and the policy names each resource exactly.
//!
//! ARN and URL forms: each service's "Actions, resources, and condition keys" page of the
//! Service Authorization Reference (Lambda `function:NAME`, DynamoDB `table/NAME`, SQS
//! `NAME`, SNS `NAME`, S3 `arn:...:s3:::NAME`, EventBridge `event-bus/NAME`, Step Functions
//! `stateMachine:NAME`, IAM `role/NAME`, ECS `cluster/NAME`, Redshift `cluster:NAME`); SQS queue
//! URLs as `GetQueueUrl` answers them.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::arn::Environment;

/// What kind of resource a logical name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResourceKind {
    /// A Lambda function.
    Function,
    /// A DynamoDB table.
    Table,
    /// An SQS queue.
    Queue,
    /// An SNS topic.
    Topic,
    /// An S3 bucket.
    Bucket,
    /// An EventBridge event bus.
    EventBus,
    /// Another Step Functions state machine (a nested workflow).
    StateMachine,
    /// An IAM role (passed to a job, or assumed with `Credentials`).
    Role,
    /// An ECS cluster tasks run on.
    EcsCluster,
    /// A Redshift cluster (the Redshift Data API's `ClusterIdentifier`).
    RedshiftCluster,
}

/// How a parameter writes a resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    /// Its ARN.
    Arn,
    /// Its name (DynamoDB's `TableName`, S3's `Bucket`, EventBridge's `EventBusName`): the ARN
    /// instead when the resource lives in another account or region than the workflow.
    Name,
    /// Its URL (SQS's `QueueUrl`).
    Url,
}

impl ResourceKind {
    /// Every kind, in the order they are listed to users.
    pub const ALL: [ResourceKind; 10] = [
        ResourceKind::Function,
        ResourceKind::Table,
        ResourceKind::Queue,
        ResourceKind::Topic,
        ResourceKind::Bucket,
        ResourceKind::EventBus,
        ResourceKind::StateMachine,
        ResourceKind::Role,
        ResourceKind::EcsCluster,
        ResourceKind::RedshiftCluster,
    ];

    /// The word used in placeholders and `sfn.toml` (`function`, `event-bus`).
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceKind::Function => "function",
            ResourceKind::Table => "table",
            ResourceKind::Queue => "queue",
            ResourceKind::Topic => "topic",
            ResourceKind::Bucket => "bucket",
            ResourceKind::EventBus => "event-bus",
            ResourceKind::StateMachine => "state-machine",
            ResourceKind::Role => "role",
            ResourceKind::EcsCluster => "ecs-cluster",
            ResourceKind::RedshiftCluster => "redshift-cluster",
        }
    }

    pub fn parse(word: &str) -> Option<ResourceKind> {
        ResourceKind::ALL.into_iter().find(|k| k.as_str() == word)
    }

    /// What users call it, in messages.
    pub fn noun(self) -> &'static str {
        match self {
            ResourceKind::Function => "Lambda function",
            ResourceKind::Table => "DynamoDB table",
            ResourceKind::Queue => "SQS queue",
            ResourceKind::Topic => "SNS topic",
            ResourceKind::Bucket => "S3 bucket",
            ResourceKind::EventBus => "EventBridge event bus",
            ResourceKind::StateMachine => "state machine",
            ResourceKind::Role => "IAM role",
            ResourceKind::EcsCluster => "ECS cluster",
            ResourceKind::RedshiftCluster => "Redshift cluster",
        }
    }

    /// The form the integration's parameter takes (`FunctionName` an ARN, `TableName` a name).
    pub fn parameter_form(self) -> Form {
        match self {
            ResourceKind::Function
            | ResourceKind::Topic
            | ResourceKind::StateMachine
            | ResourceKind::Role
            | ResourceKind::EcsCluster => Form::Arn,
            ResourceKind::Table
            | ResourceKind::Bucket
            | ResourceKind::EventBus
            | ResourceKind::RedshiftCluster => Form::Name,
            ResourceKind::Queue => Form::Url,
        }
    }

    /// The ARN of the resource `binding` names.
    pub fn arn(self, binding: &Binding) -> String {
        let env = &binding.environment;
        let name = &binding.name;
        match self {
            ResourceKind::Function => env.arn("lambda", &format!("function:{name}")),
            ResourceKind::Table => env.arn("dynamodb", &format!("table/{name}")),
            ResourceKind::Queue => env.arn("sqs", name),
            ResourceKind::Topic => env.arn("sns", name),
            ResourceKind::Bucket => env.global_arn("s3", name),
            ResourceKind::EventBus => env.arn("events", &format!("event-bus/{name}")),
            ResourceKind::StateMachine => env.arn("states", &format!("stateMachine:{name}")),
            ResourceKind::Role => env.iam_arn(&format!("role/{name}")),
            ResourceKind::EcsCluster => env.arn("ecs", &format!("cluster/{name}")),
            ResourceKind::RedshiftCluster => env.arn("redshift", &format!("cluster:{name}")),
        }
    }

    /// How `binding` is written in `form`, for a workflow running in `home`.
    pub fn write(self, binding: &Binding, form: Form, home: &Environment) -> String {
        match form {
            Form::Arn => self.arn(binding),
            Form::Name if binding.environment == *home => binding.name.clone(),
            Form::Name => self.arn(binding),
            Form::Url => queue_url(binding),
        }
    }
}

impl fmt::Display for ResourceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Form {
    /// What messages call it: `ARN`, `name`, `URL`.
    pub fn noun(self) -> &'static str {
        match self {
            Form::Arn => "ARN",
            Form::Name => "name",
            Form::Url => "URL",
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Form::Arn => "arn",
            Form::Name => "name",
            Form::Url => "url",
        }
    }

    fn parse(word: &str) -> Option<Form> {
        [Form::Arn, Form::Name, Form::Url]
            .into_iter()
            .find(|f| f.as_str() == word)
    }
}

/// SQS's endpoint of the region: `amazonaws.com.cn` in China, as `GetQueueUrl` answers there.
fn queue_url(binding: &Binding) -> String {
    let env = &binding.environment;
    let domain = if env.partition == "aws-cn" {
        "amazonaws.com.cn"
    } else {
        "amazonaws.com"
    };
    format!(
        "https://sqs.{}.{domain}/{}/{}",
        env.region, env.account, binding.name
    )
}

/// Where a declared resource is in one environment: its real name, account and region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub name: String,
    pub environment: Environment,
}

impl Binding {
    /// The resource named `name` in `environment`.
    pub fn new(name: impl Into<String>, environment: Environment) -> Binding {
        Binding {
            name: name.into(),
            environment,
        }
    }
}

/// A declared resource as the definition refers to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference<'a> {
    pub kind: ResourceKind,
    pub logical: &'a str,
    pub form: Form,
}

impl Reference<'_> {
    /// The placeholder written in the definition: `${sfn.table.orders.name}`.
    pub fn placeholder(&self) -> String {
        format!(
            "${{sfn.{}.{}.{}}}",
            self.kind.as_str(),
            self.logical,
            self.form.as_str()
        )
    }
}

/// Whether `name` can be a logical name: 1 to 64 letters, digits, `-` and `_` (it is part of
/// a placeholder and of the resource's default name).
pub fn is_logical_name(name: &str) -> bool {
    (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The declared resource a placeholder's inside (`sfn.table.orders.name`) names.
pub fn parse_placeholder(inside: &str) -> Option<Reference<'_>> {
    let rest = inside.strip_prefix("sfn.")?;
    let (kind, rest) = rest.split_once('.')?;
    let (logical, form) = rest.rsplit_once('.')?;
    Some(Reference {
        kind: ResourceKind::parse(kind)?,
        logical: is_logical_name(logical).then_some(logical)?,
        form: Form::parse(form)?,
    })
}

/// `text` with every declared-resource placeholder written as `bind` places it (`None` leaves
/// the placeholder as it is); other `${...}` are left alone.
pub fn fill(text: &str, mut bind: impl FnMut(&Reference<'_>) -> Option<String>) -> String {
    if !text.contains("${sfn.") {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("${sfn.") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            break;
        };
        let whole = &rest[start..start + 3 + end];
        match parse_placeholder(&after[..end]).and_then(|r| bind(&r)) {
            Some(value) => out.push_str(&value),
            None => out.push_str(whole),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Every declared resource `text` refers to, each once, in order of kind then name.
pub fn references(text: &str) -> Vec<(ResourceKind, String)> {
    let mut found = Vec::new();
    fill(text, |r| {
        found.push((r.kind, r.logical.to_owned()));
        None
    });
    found.sort();
    found.dedup();
    found
}

/// `text` with every declared resource bound to its logical name in `environment`: how a
/// built definition is checked and run locally, where no environment's names apply.
pub fn fill_locally(text: &str, environment: &Environment) -> String {
    fill(text, |r| {
        let binding = Binding::new(r.logical, environment.clone());
        Some(r.kind.write(&binding, r.form, environment))
    })
}

/// `machine` with every typed resource bound to its logical name in `environment` (the same
/// machine when it has none).
pub fn bind_locally(
    machine: &crate::model::StateMachine,
    environment: &Environment,
) -> crate::model::StateMachine {
    let text = crate::emit::to_string(machine);
    if !text.contains("${sfn.") {
        return machine.clone();
    }
    // What the emitter wrote parses back; a failure would be the emitter's bug, and the
    // unbound machine is then used (its placeholders reported where it is checked).
    crate::parse::parse(&fill_locally(&text, environment))
        .machine
        .unwrap_or_else(|| machine.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dev() -> Environment {
        Environment::in_region("eu-west-1", "111122223333")
    }

    #[test]
    fn arns_follow_the_service_authorization_reference() {
        let binding = Binding::new("orders", dev());
        let arns: Vec<String> = ResourceKind::ALL.iter().map(|k| k.arn(&binding)).collect();
        assert_eq!(
            arns,
            [
                "arn:aws:lambda:eu-west-1:111122223333:function:orders",
                "arn:aws:dynamodb:eu-west-1:111122223333:table/orders",
                "arn:aws:sqs:eu-west-1:111122223333:orders",
                "arn:aws:sns:eu-west-1:111122223333:orders",
                "arn:aws:s3:::orders",
                "arn:aws:events:eu-west-1:111122223333:event-bus/orders",
                "arn:aws:states:eu-west-1:111122223333:stateMachine:orders",
                "arn:aws:iam::111122223333:role/orders",
                "arn:aws:ecs:eu-west-1:111122223333:cluster/orders",
                "arn:aws:redshift:eu-west-1:111122223333:cluster:orders",
            ]
        );
    }

    #[test]
    fn a_name_becomes_an_arn_across_accounts_and_queues_are_urls() {
        let here = Binding::new("orders", dev());
        let elsewhere = Binding::new(
            "orders",
            Environment::in_region("eu-west-1", "444455556666"),
        );
        assert_eq!(
            ResourceKind::Table.write(&here, Form::Name, &dev()),
            "orders"
        );
        assert_eq!(
            ResourceKind::Table.write(&elsewhere, Form::Name, &dev()),
            "arn:aws:dynamodb:eu-west-1:444455556666:table/orders"
        );
        let china = Binding::new("jobs", Environment::in_region("cn-north-1", "111122223333"));
        assert_eq!(
            ResourceKind::Queue.write(&china, Form::Url, &dev()),
            "https://sqs.cn-north-1.amazonaws.com.cn/111122223333/jobs"
        );
    }

    #[test]
    fn placeholders_are_read_back_and_filled() {
        let reference = Reference {
            kind: ResourceKind::EventBus,
            logical: "audit",
            form: Form::Name,
        };
        let text = format!(
            r#"{{"a":"{}","b":"${{Stage}}","c":"${{sfn.nothing.x.arn}}"}}"#,
            reference.placeholder()
        );
        assert_eq!(reference.placeholder(), "${sfn.event-bus.audit.name}");
        assert_eq!(
            references(&text),
            [(ResourceKind::EventBus, "audit".to_owned())]
        );
        assert_eq!(
            fill_locally(&text, &dev()),
            r#"{"a":"audit","b":"${Stage}","c":"${sfn.nothing.x.arn}"}"#
        );
        assert_eq!(parse_placeholder("sfn.table.a b.name"), None);
        assert_eq!(parse_placeholder("sfn.table.orders.id"), None);
    }
}
