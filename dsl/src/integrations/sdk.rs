//! Any AWS API through the SDK integration (`aws-sdk:<service>:<action>`), with the
//! service and action named as in the AWS SDKs (`s3`, `listObjectsV2`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// One SDK API call. Parameters are named as in the API (`Bucket`, `Key`, ...); add
    /// them one by one with `.parameter(...)` or at once with `.parameters(...)`.
    SdkCall {}
    patterns { wait }
}

impl SdkCall {
    /// Replaces all parameters at once.
    pub fn parameters(mut self, parameters: impl Into<Template>) -> Self {
        self.0.parameters = Some(parameters.into());
        self
    }
}

/// Calls `action` of `service`, e.g. `call("dynamodb", "query")`.
pub fn call(service: &str, action: &str) -> SdkCall {
    SdkCall(Integration::service(&format!("aws-sdk:{service}:{action}")))
}
