//! ARNs of the deployment's partition, region and account (never hard-coded).

/// Where the workflow is deployed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Environment {
    /// `aws`, `aws-cn`, `aws-us-gov`.
    pub partition: String,
    pub region: String,
    pub account: String,
}

impl Environment {
    pub fn new(
        partition: impl Into<String>,
        region: impl Into<String>,
        account: impl Into<String>,
    ) -> Environment {
        Environment {
            partition: partition.into(),
            region: region.into(),
            account: account.into(),
        }
    }

    /// `arn:<partition>:<service>:<region>:<account>:<resource>`.
    pub fn arn(&self, service: &str, resource: &str) -> String {
        format!(
            "arn:{}:{service}:{}:{}:{resource}",
            self.partition, self.region, self.account
        )
    }

    /// An ARN of a service whose resources have no region or account (S3).
    pub fn global_arn(&self, service: &str, resource: &str) -> String {
        format!("arn:{}:{service}:::{resource}", self.partition)
    }

    /// An IAM ARN (account, no region).
    pub fn iam_arn(&self, resource: &str) -> String {
        format!("arn:{}:iam::{}:{resource}", self.partition, self.account)
    }

    /// `name` as a full ARN of `service` under `prefix` (`function:`, `table/`), unless it is one.
    pub fn name_or_arn(&self, service: &str, prefix: &str, name: &str) -> String {
        if name.starts_with("arn:") {
            name.to_owned()
        } else {
            self.arn(service, &format!("{prefix}{name}"))
        }
    }
}
