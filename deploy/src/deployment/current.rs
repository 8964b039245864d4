//! What is deployed now, as `crate::aws::read` finds it: the input of planning and of drift
//! detection.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::config::Logging;
use crate::deployment::routing::Route;

/// What exists now. `None` everywhere is a first deployment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Current {
    /// The managed role; `None` when it does not exist (or the role is the user's own).
    pub role: Option<CurrentRole>,
    pub machine: Option<CurrentMachine>,
    pub alias: Option<CurrentAlias>,
    /// The versions the alias names (its routes and, from its description, the version it
    /// came from), with what each holds; a new deployment reuses one that already holds the
    /// desired definition instead of publishing a copy.
    pub versions: Vec<CurrentVersion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurrentRole {
    pub arn: String,
    pub trust: Value,
    pub policy: Option<Value>,
    pub permissions_boundary: Option<String>,
    pub tags: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurrentMachine {
    pub arn: String,
    pub machine_type: String,
    pub definition: String,
    pub role_arn: String,
    pub logging: Option<Logging>,
    pub tracing: bool,
    pub kms_key: Option<String>,
    pub tags: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentAlias {
    pub arn: String,
    pub routes: Vec<Route>,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentVersion {
    pub arn: String,
    pub definition: String,
    pub role_arn: String,
}
