//! Amazon API Gateway: call a REST or HTTP API (`apigateway:invoke`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `Invoke` of an API Gateway endpoint.
    Invoke {
        /// `Stage` of a REST API.
        stage => "Stage",
        /// `Path` after the stage.
        path => "Path",
        /// `Headers`: names to arrays of values.
        headers => "Headers",
        /// `QueryParameters`: names to arrays of values.
        query_parameters => "QueryParameters",
        /// `RequestBody`.
        request_body => "RequestBody",
        /// `AllowNullValues` in the body.
        allow_null_values => "AllowNullValues",
    }
    patterns { wait }
}

impl Invoke {
    /// Signs the request with the execution role (`AuthType: IAM_ROLE`).
    pub fn iam_auth(self) -> Self {
        self.parameter("AuthType", "IAM_ROLE")
    }
}

/// Calls `method` on the API at `api_endpoint` (`abc123.execute-api.us-east-1.amazonaws.com`).
pub fn invoke(api_endpoint: impl Into<Template>, method: impl Into<Template>) -> Invoke {
    let mut call = Integration::service("apigateway:invoke");
    call.set("ApiEndpoint", api_endpoint);
    call.set("Method", method);
    Invoke(call)
}
