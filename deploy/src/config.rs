//! Deployment settings per environment, from `sfn.toml` or the `[package.metadata.sfn]` /
//! `[workspace.metadata.sfn]` table of `Cargo.toml`:
//!
//! ```toml
//! default-env = "dev"
//!
//! [defaults]                    # every environment starts from these
//! tags = { team = "payments" }
//! strategy = "all-at-once"
//!
//! [env.prod]
//! account = "123456789012"
//! region = "eu-west-1"
//! profile = "prod"
//! prefix = "prod-"
//! substitutions = { TableName = "orders-prod" }
//! resource-prefix = "prod-"     # typed resources' default names: prefix + logical name
//! resources = { charge = { name = "payments-charge", account = "444455556666" } }
//! role = { path = "/service-role/", permissions-boundary = "arn:aws:iam::123456789012:policy/boundary" }
//! logging = { level = "ERROR", log-group = "arn:aws:logs:eu-west-1:123456789012:log-group:sfn:*" }
//! tracing = true
//! strategy = "canary:10:5m"
//! alarms = ["orders-errors"]
//! retain-versions = 10
//! ```
//!
//! Pure: reading files is the caller's; everything here is parsed and merged in memory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sfn_codegen::rollout::Strategy;

/// The whole configuration: defaults and named environments.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// The environment used when `--env` is not given.
    pub default_env: Option<String>,
    #[serde(default)]
    pub defaults: Settings,
    #[serde(default)]
    pub env: BTreeMap<String, Settings>,
}

/// What one environment sets; anything unset comes from `[defaults]`, then from built-in
/// defaults.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    pub account: Option<String>,
    pub region: Option<String>,
    pub profile: Option<String>,
    /// For local stand-ins of AWS (`http://127.0.0.1:5000`).
    pub endpoint_url: Option<String>,
    /// Put before every workflow's name (`dev-`).
    pub prefix: Option<String>,
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
    /// `${Name}` in the definition's strings is replaced by the value, as CloudFormation's
    /// `DefinitionSubstitutions` do.
    #[serde(default)]
    pub substitutions: BTreeMap<String, String>,
    /// Put before a typed resource's logical name to make its real name (default: `prefix`).
    pub resource_prefix: Option<String>,
    /// Where typed resources are in this environment, by logical name.
    #[serde(default)]
    pub resources: BTreeMap<String, ResourceSettings>,
    pub role: Option<RoleSettings>,
    pub logging: Option<Logging>,
    pub tracing: Option<bool>,
    /// A customer-managed KMS key (ARN) encrypting the machine's data.
    pub kms_key: Option<String>,
    /// The alias callers use (default `live`).
    pub alias: Option<String>,
    pub strategy: Option<StrategyText>,
    /// CloudWatch alarms watched during a rollout; all must exist.
    #[serde(default)]
    pub alarms: Vec<String>,
    /// Inputs of test executions run on a new version before it gets any traffic.
    #[serde(default)]
    pub pre_traffic: Vec<serde_json::Value>,
    /// Keep this many newest versions; older ones are deleted unless an alias or a running
    /// execution still uses them. Unset: nothing is ever deleted.
    pub retain_versions: Option<u32>,
}

/// Where one typed resource is: anything unset is the environment's (name: the resource
/// prefix and the logical name).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ResourceSettings {
    /// The real name, as it is (no prefix added).
    pub name: Option<String>,
    pub account: Option<String>,
    pub region: Option<String>,
}

/// The execution role: managed by `cargo sfn` (name, path, boundary) or an existing one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RoleSettings {
    /// Default: `<machine name>-role`.
    pub name: Option<String>,
    /// Default: `/`.
    pub path: Option<String>,
    pub permissions_boundary: Option<String>,
    /// Use this role as it is; `cargo sfn` then neither creates nor changes any role.
    pub arn: Option<String>,
}

/// Execution logging to CloudWatch Logs.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Logging {
    pub level: LogLevel,
    /// The log group's ARN (ending in `:*`).
    pub log_group: String,
    #[serde(default)]
    pub include_execution_data: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum LogLevel {
    All,
    Error,
    Fatal,
    Off,
}

impl LogLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            LogLevel::All => "ALL",
            LogLevel::Error => "ERROR",
            LogLevel::Fatal => "FATAL",
            LogLevel::Off => "OFF",
        }
    }
}

/// A strategy written as in `--strategy`, checked when the file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct StrategyText(pub Strategy);

impl TryFrom<String> for StrategyText {
    type Error = String;
    fn try_from(text: String) -> Result<StrategyText, String> {
        text.parse().map(StrategyText)
    }
}

/// Where the configuration was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    CargoMetadata(PathBuf),
    None,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::File(path) => write!(f, "{}", path.display()),
            Source::CargoMetadata(path) => write!(f, "{} [metadata.sfn]", path.display()),
            Source::None => f.write_str("no configuration"),
        }
    }
}

impl Config {
    /// Parses `sfn.toml`; errors name the line and the key.
    pub fn from_sfn_toml(text: &str, path: &Path) -> Result<Config, String> {
        toml::from_str(text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The `[package.metadata.sfn]` (or `[workspace.metadata.sfn]`) table of a manifest, if any.
    pub fn from_cargo_toml(text: &str, path: &Path) -> Result<Option<Config>, String> {
        let manifest: toml::Table =
            toml::from_str(text).map_err(|e| format!("{}: {e}", path.display()))?;
        let table = ["package", "workspace"]
            .iter()
            .find_map(|section| manifest.get(*section)?.get("metadata")?.get("sfn").cloned());
        match table {
            None => Ok(None),
            Some(value) => value
                .try_into()
                .map(Some)
                .map_err(|e| format!("{} [metadata.sfn]: {e}", path.display())),
        }
    }

    /// The settings of `env` (or of `default-env`), on top of `[defaults]`.
    pub fn resolve(&self, env: Option<&str>) -> Result<Resolved, String> {
        let name = env.map(str::to_owned).or_else(|| self.default_env.clone());
        let mut merged = self.defaults.clone();
        if let Some(name) = &name {
            let Some(settings) = self.env.get(name) else {
                let known: Vec<&str> = self.env.keys().map(String::as_str).collect();
                return Err(if known.is_empty() {
                    format!("no environment `{name}`: the configuration defines none")
                } else {
                    format!(
                        "no environment `{name}`; the configuration defines {}",
                        known.join(", ")
                    )
                });
            };
            merged.overlay(settings.clone());
        }
        Ok(Resolved {
            env: name,
            settings: merged,
        })
    }
}

impl Settings {
    /// `other` wins wherever it sets something; maps are merged key by key.
    fn overlay(&mut self, other: Settings) {
        fn take<T>(mine: &mut Option<T>, theirs: Option<T>) {
            if theirs.is_some() {
                *mine = theirs;
            }
        }
        take(&mut self.account, other.account);
        take(&mut self.region, other.region);
        take(&mut self.profile, other.profile);
        take(&mut self.endpoint_url, other.endpoint_url);
        take(&mut self.prefix, other.prefix);
        self.tags.extend(other.tags);
        self.substitutions.extend(other.substitutions);
        take(&mut self.resource_prefix, other.resource_prefix);
        self.resources.extend(other.resources);
        take(&mut self.role, other.role);
        take(&mut self.logging, other.logging);
        take(&mut self.tracing, other.tracing);
        take(&mut self.kms_key, other.kms_key);
        take(&mut self.alias, other.alias);
        take(&mut self.strategy, other.strategy);
        if !other.alarms.is_empty() {
            self.alarms = other.alarms;
        }
        if !other.pre_traffic.is_empty() {
            self.pre_traffic = other.pre_traffic;
        }
        take(&mut self.retain_versions, other.retain_versions);
    }
}

/// One environment's settings, merged.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub env: Option<String>,
    pub settings: Settings,
}

impl Resolved {
    pub fn alias(&self) -> &str {
        self.settings.alias.as_deref().unwrap_or("live")
    }

    pub fn strategy(&self) -> Strategy {
        self.settings
            .strategy
            .map_or(Strategy::AllAtOnce, |StrategyText(s)| s)
    }

    /// The deployed name of workflow `name`.
    pub fn machine_name(&self, name: &str) -> String {
        format!(
            "{}{name}",
            self.settings.prefix.as_deref().unwrap_or_default()
        )
    }
}

/// Finds the configuration for a crate in `dir`: `sfn.toml` there or in a parent folder up to
/// the workspace root, else the metadata table of the nearest `Cargo.toml` that has one.
pub fn discover(dir: &Path) -> Result<(Config, Source), String> {
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let mut folder = Some(dir);
    while let Some(here) = folder {
        let sfn_toml = here.join("sfn.toml");
        if sfn_toml.is_file() {
            let config = Config::from_sfn_toml(&read(&sfn_toml)?, &sfn_toml)?;
            return Ok((config, Source::File(sfn_toml)));
        }
        let manifest = here.join("Cargo.toml");
        if manifest.is_file()
            && let Some(config) = Config::from_cargo_toml(&read(&manifest)?, &manifest)?
        {
            return Ok((config, Source::CargoMetadata(manifest)));
        }
        folder = here.parent();
    }
    Ok((Config::default(), Source::None))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"
default-env = "dev"

[defaults]
tags = { team = "payments" }
substitutions = { Stage = "any" }
strategy = "all-at-once"

[env.dev]
region = "eu-west-1"
prefix = "dev-"
substitutions = { Stage = "dev" }

[env.prod]
account = "123456789012"
region = "eu-west-1"
tags = { stage = "prod" }
strategy = "canary:10:5m"
alarms = ["orders-errors"]
logging = { level = "ERROR", log-group = "arn:aws:logs:eu-west-1:123456789012:log-group:sfn:*" }
retain-versions = 5
"#;

    fn config() -> Config {
        Config::from_sfn_toml(EXAMPLE, Path::new("sfn.toml")).unwrap()
    }

    #[test]
    fn an_environment_overlays_the_defaults() {
        let prod = config().resolve(Some("prod")).unwrap();
        assert_eq!(prod.env.as_deref(), Some("prod"));
        assert_eq!(prod.settings.account.as_deref(), Some("123456789012"));
        assert_eq!(
            prod.settings.tags.iter().collect::<Vec<_>>(),
            [
                (&"stage".to_owned(), &"prod".to_owned()),
                (&"team".to_owned(), &"payments".to_owned())
            ]
        );
        assert_eq!(prod.strategy().to_string(), "canary:10:5m");
        assert_eq!(
            prod.settings.logging.as_ref().unwrap().level,
            LogLevel::Error
        );
        assert_eq!(prod.settings.retain_versions, Some(5));
        assert_eq!(prod.alias(), "live");
        assert_eq!(prod.machine_name("orders"), "orders");
    }

    #[test]
    fn the_default_environment_is_used_without_env() {
        let dev = config().resolve(None).unwrap();
        assert_eq!(dev.env.as_deref(), Some("dev"));
        assert_eq!(dev.settings.substitutions["Stage"], "dev");
        assert_eq!(dev.machine_name("orders"), "dev-orders");
        assert_eq!(dev.strategy(), Strategy::AllAtOnce);
    }

    #[test]
    fn an_unknown_environment_lists_the_known_ones() {
        let error = config().resolve(Some("staging")).unwrap_err();
        assert_eq!(
            error,
            "no environment `staging`; the configuration defines dev, prod"
        );
        let error = Config::default().resolve(Some("dev")).unwrap_err();
        assert!(error.contains("defines none"), "{error}");
    }

    #[test]
    fn mistakes_name_the_file_line_and_key() {
        let error = Config::from_sfn_toml("[env.dev]\nregoin = \"x\"\n", Path::new("sfn.toml"))
            .unwrap_err();
        assert!(error.starts_with("sfn.toml: "), "{error}");
        assert!(error.contains("line 2"), "{error}");
        assert!(error.contains("unknown field `regoin`"), "{error}");

        let error = Config::from_sfn_toml(
            "[env.dev]\nstrategy = \"canary:0:5m\"\n",
            Path::new("sfn.toml"),
        )
        .unwrap_err();
        assert!(error.contains("from 1 to 99"), "{error}");

        let error = Config::from_sfn_toml(
            "[env.dev]\nlogging = { level = \"LOUD\", log-group = \"x\" }\n",
            Path::new("sfn.toml"),
        )
        .unwrap_err();
        assert!(error.contains("LOUD"), "{error}");
    }

    #[test]
    fn cargo_metadata_holds_the_same_table() {
        let manifest = r#"
[package]
name = "orders"

[package.metadata.sfn.env.dev]
region = "us-east-1"
prefix = "dev-"
"#;
        let config = Config::from_cargo_toml(manifest, Path::new("Cargo.toml"))
            .unwrap()
            .unwrap();
        let dev = config.resolve(Some("dev")).unwrap();
        assert_eq!(dev.settings.region.as_deref(), Some("us-east-1"));
        assert!(
            Config::from_cargo_toml("[package]\nname = \"x\"\n", Path::new("Cargo.toml"))
                .unwrap()
                .is_none()
        );
        let error = Config::from_cargo_toml(
            "[package.metadata.sfn.env.dev]\nprefx = \"a\"\n",
            Path::new("Cargo.toml"),
        )
        .unwrap_err();
        assert!(
            error.contains("[metadata.sfn]") && error.contains("prefx"),
            "{error}"
        );
    }

    #[test]
    fn discovery_prefers_sfn_toml_then_cargo_metadata() {
        let dir = std::env::temp_dir().join(format!("sfn-config-{}", std::process::id()));
        let nested = dir.join("crate");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(
            nested.join("Cargo.toml"),
            "[package]\nname = \"a\"\n[package.metadata.sfn.env.dev]\nprefix = \"meta-\"\n",
        )
        .unwrap();
        let (config, source) = discover(&nested).unwrap();
        assert_eq!(source, Source::CargoMetadata(nested.join("Cargo.toml")));
        assert_eq!(config.env["dev"].prefix.as_deref(), Some("meta-"));

        std::fs::write(dir.join("sfn.toml"), "[env.dev]\nprefix = \"file-\"\n").unwrap();
        std::fs::remove_file(nested.join("Cargo.toml")).unwrap();
        let (config, source) = discover(&nested).unwrap();
        assert_eq!(source, Source::File(dir.join("sfn.toml")));
        assert_eq!(config.env["dev"].prefix.as_deref(), Some("file-"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
