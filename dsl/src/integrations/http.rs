//! HTTP Task: call any HTTPS API with an EventBridge connection for its credentials
//! (`http:invoke`).

use super::{Integration, call};
use crate::template::{Template, object};

call! {
    /// `http:invoke`.
    Invoke {
        /// `Headers`.
        headers => "Headers",
        /// `QueryParameters`.
        query_parameters => "QueryParameters",
        /// `RequestBody`.
        request_body => "RequestBody",
        /// `Transform`: body encoding options.
        transform => "Transform",
    }
    patterns {}
}

impl Invoke {
    /// Sends the body URL-encoded (`Transform.RequestBodyEncoding`).
    pub fn url_encoded_body(self) -> Self {
        self.transform(object().with("RequestBodyEncoding", "URL_ENCODED"))
    }
}

/// Calls `method` on `endpoint` with the credentials of the connection `connection_arn`.
pub fn invoke(
    endpoint: impl Into<Template>,
    method: impl Into<Template>,
    connection_arn: impl Into<Template>,
) -> Invoke {
    let mut call = Integration::service("http:invoke");
    call.set("ApiEndpoint", endpoint);
    call.set("Method", method);
    call.set(
        "Authentication",
        object().with("ConnectionArn", connection_arn),
    );
    Invoke(call)
}
