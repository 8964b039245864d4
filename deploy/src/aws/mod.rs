//! The AWS side: one client per service from the standard credential chain, every call
//! counted (reads and writes, for `--format json` and the benchmark) and its failure turned
//! into an error that says what to do.

pub mod alias;
pub mod apply;
pub mod claim;
pub mod errors;
pub mod history;
mod http;
pub mod read;
pub mod resources;
pub mod rollout;
pub mod verdict;
pub mod versions;

use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

use aws_config::BehaviorVersion;
use aws_config::retry::RetryConfig;
use aws_sdk_sfn::config::http::HttpResponse;
use aws_sdk_sfn::error::{ProvideErrorMetadata, SdkError};
use serde::Serialize;

pub use errors::{AwsError, ErrorKind};

/// How to reach AWS: each `None` falls back to the standard chain (environment, profile).
#[derive(Debug, Clone, Default)]
pub struct Connection {
    pub profile: Option<String>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
}

/// Whether a call changes anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Access {
    Read,
    Write,
}

/// The calls made, in order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Calls {
    pub reads: usize,
    pub writes: usize,
    pub actions: Vec<String>,
}

#[derive(Debug)]
pub struct Aws {
    pub sfn: aws_sdk_sfn::Client,
    pub iam: aws_sdk_iam::Client,
    pub cloudwatch: aws_sdk_cloudwatch::Client,
    pub sts: aws_sdk_sts::Client,
    /// What typed resources are looked up with (read-only).
    pub lookups: resources::Lookups,
    pub region: String,
    calls: Mutex<Calls>,
    /// How long to keep retrying a state machine call while a new role is not yet assumable.
    pub propagation_budget: Duration,
}

/// Attempts per call; the SDK backs off exponentially with jitter between them on
/// throttling, 5xx answers and dropped connections.
const MAX_ATTEMPTS: u32 = 6;

impl Aws {
    pub async fn connect(connection: &Connection) -> Result<Aws, String> {
        let mut loader = aws_config::defaults(BehaviorVersion::latest())
            .http_client(http::client())
            .retry_config(
                RetryConfig::standard()
                    .with_max_attempts(MAX_ATTEMPTS)
                    .with_initial_backoff(initial_backoff()),
            );
        if let Some(profile) = &connection.profile {
            loader = loader.profile_name(profile);
        }
        if let Some(region) = &connection.region {
            loader = loader.region(aws_config::Region::new(region.clone()));
        }
        if let Some(url) = &connection.endpoint_url {
            loader = loader.endpoint_url(url);
        }
        let config = loader.load().await;
        let region = config.region().map(ToString::to_string).ok_or(
            "no AWS region: set `region` for the environment in sfn.toml, pass --region, or set AWS_REGION",
        )?;
        let mut sfn_config = aws_sdk_sfn::config::Builder::from(&config);
        if connection.endpoint_url.is_some() {
            sfn_config = sfn_config.interceptor(NoHostPrefixOnAddresses);
        }
        Ok(Aws {
            sfn: aws_sdk_sfn::Client::from_conf(sfn_config.build()),
            iam: aws_sdk_iam::Client::new(&config),
            cloudwatch: aws_sdk_cloudwatch::Client::new(&config),
            sts: aws_sdk_sts::Client::new(&config),
            lookups: resources::Lookups::new(&config, connection.endpoint_url.is_some()),
            region,
            calls: Mutex::new(Calls::default()),
            propagation_budget: Duration::from_secs(90),
        })
    }

    /// Runs one SDK call, counting it; `action` is its IAM action name (`states:UpdateStateMachine`),
    /// which is also what an access-denied error names.
    pub async fn call<T, E>(
        &self,
        action: &'static str,
        access: Access,
        request: impl Future<Output = Result<T, SdkError<E, HttpResponse>>>,
    ) -> Result<T, AwsError>
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        {
            let mut calls = self.calls.lock().unwrap_or_else(|e| e.into_inner());
            match access {
                Access::Read => calls.reads += 1,
                Access::Write => calls.writes += 1,
            }
            calls.actions.push(action.to_owned());
        }
        request
            .await
            .map_err(|error| AwsError::from_sdk(action, error))
    }

    /// Like [`Aws::call`], with a missing resource as `None`.
    pub async fn find<T, E>(
        &self,
        action: &'static str,
        request: impl Future<Output = Result<T, SdkError<E, HttpResponse>>>,
    ) -> Result<Option<T>, AwsError>
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        match self.call(action, Access::Read, request).await {
            Ok(found) => Ok(Some(found)),
            Err(error) if error.kind == ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }

    pub fn calls(&self) -> Calls {
        self.calls.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The account of the caller's credentials.
    pub async fn account(&self) -> Result<String, AwsError> {
        let identity = self
            .call(
                "sts:GetCallerIdentity",
                Access::Read,
                self.sts.get_caller_identity().send(),
            )
            .await?;
        Ok(identity.account().unwrap_or_default().to_owned())
    }
}

/// The SDK puts `sync-` before the host of StartSyncExecution (`sync-states.<region>...`). On
/// an endpoint given by address (a local stand-in for AWS) that host does not exist, so the
/// prefix comes off again.
#[derive(Debug)]
struct NoHostPrefixOnAddresses;

impl aws_sdk_sfn::config::Intercept for NoHostPrefixOnAddresses {
    fn name(&self) -> &'static str {
        "NoHostPrefixOnAddresses"
    }

    fn modify_before_signing(
        &self,
        context: &mut aws_sdk_sfn::config::interceptors::BeforeTransmitInterceptorContextMut<'_>,
        _: &aws_sdk_sfn::config::RuntimeComponents,
        _: &mut aws_sdk_sfn::config::ConfigBag,
    ) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let request = context.request_mut();
        if let Some(uri) = without_host_prefix(request.uri()) {
            request.set_uri(uri)?;
        }
        Ok(())
    }
}

/// `http://sync-127.0.0.1:5000/` without its prefix; `None` for names, which may be real.
fn without_host_prefix(uri: &str) -> Option<String> {
    let (scheme, rest) = uri.split_once("://")?;
    let rest = rest.strip_prefix("sync-")?;
    let host = rest.split(['/', ':']).next()?;
    let address = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok();
    address.then(|| format!("{scheme}://{rest}"))
}

/// The first retry's delay; `SFN_RETRY_BASE_MS` shortens it for tests against a local
/// server that injects faults.
fn initial_backoff() -> Duration {
    std::env::var("SFN_RETRY_BASE_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(Duration::from_secs(1), Duration::from_millis)
}

/// A current-thread runtime for one command.
pub fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))
}

#[cfg(test)]
mod tests {
    use super::without_host_prefix;

    #[test]
    fn the_host_prefix_comes_off_addresses_only() {
        assert_eq!(
            without_host_prefix("http://sync-127.0.0.1:5000/").as_deref(),
            Some("http://127.0.0.1:5000/")
        );
        assert_eq!(
            without_host_prefix("http://sync-localhost:4566").as_deref(),
            Some("http://localhost:4566")
        );
        assert_eq!(
            without_host_prefix("https://sync-states.eu-west-1.amazonaws.com/"),
            None
        );
        assert_eq!(without_host_prefix("http://127.0.0.1:5000/"), None);
    }
}
