//! What a Map needs beside its states: a distributed Map starts child executions of its own
//! machine, and its item reader and result writer use S3.

use serde_json::Value;

use super::need::Need;
use crate::model::{Map, ProcessorMode};

impl Need<'_> {
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
                self.report(format!("the objects a manifest lists are known only at run time, so the ItemReader may read `{arn}`; declare the allowed targets to narrow it"));
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
            |b| vec![b.to_owned()],
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
