//! ARNs: of the deployment's partition, region and account (never hard-coded), for the
//! policy generator, the executor's context object and the deploy; and the partition a region
//! belongs to.

/// Where the workflow is deployed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Environment {
    /// `aws`, `aws-cn`, `aws-us-gov`.
    pub partition: String,
    pub region: String,
    pub account: String,
}

/// The partition of a region (AWS's "Partitions" list: China, GovCloud, the isolated
/// regions), `aws` for every other.
pub fn partition_of(region: &str) -> &'static str {
    const PREFIXES: [(&str, &str); 6] = [
        ("cn-", "aws-cn"),
        ("us-gov-", "aws-us-gov"),
        ("us-iso-", "aws-iso"),
        ("us-isob-", "aws-iso-b"),
        ("eu-isoe-", "aws-iso-e"),
        ("us-isof-", "aws-iso-f"),
    ];
    PREFIXES
        .iter()
        .find(|(prefix, _)| region.starts_with(prefix))
        .map_or("aws", |(_, partition)| partition)
}

impl Environment {
    /// The environment of `region` in its partition.
    pub fn in_region(region: impl Into<String>, account: impl Into<String>) -> Environment {
        let region = region.into();
        Environment::new(partition_of(&region), region, account)
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_in_their_partitions() {
        assert_eq!(partition_of("eu-west-1"), "aws");
        assert_eq!(partition_of("cn-north-1"), "aws-cn");
        assert_eq!(partition_of("us-gov-west-1"), "aws-us-gov");
        assert_eq!(partition_of("us-iso-east-1"), "aws-iso");
        assert_eq!(partition_of("us-isob-east-1"), "aws-iso-b");
        let china = Environment::in_region("cn-north-1", "123456789012");
        assert_eq!(
            china.arn("states", "stateMachine:orders"),
            "arn:aws-cn:states:cn-north-1:123456789012:stateMachine:orders"
        );
    }
}
