//! The HTTPS client every AWS call goes through: hyper with rustls over ring, trusting the
//! platform's root certificates. Chosen here rather than taken from the SDK's default
//! features, whose aws-lc crypto is a long C build on every `cargo install`.

use aws_sdk_sfn::config::SharedHttpClient;
use aws_smithy_http_client::Builder;
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};

pub fn client() -> SharedHttpClient {
    Builder::new()
        .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
        .build_https()
}
