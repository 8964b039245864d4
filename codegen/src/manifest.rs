//! `workflow.json`, the build manifest `cargo sfn build` writes beside each definition and
//! `cargo sfn deploy` reads: what a deployment needs besides the definition. One type for
//! both sides, so the writer and the reader cannot drift apart.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::resource::ResourceKind;
use crate::validate::MachineType;

/// The manifest's file name, beside `definition.asl.json`.
pub const FILE_NAME: &str = "workflow.json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BuildManifest {
    /// The workflow's name, before an environment's prefix.
    pub name: String,
    /// `STANDARD` or `EXPRESS`.
    #[serde(rename = "type")]
    pub machine_type: MachineType,
    /// Targets states declared for the execution role's policy, by state name.
    #[serde(default)]
    pub allow_resources: BTreeMap<String, Vec<String>>,
    /// Roles states declared they pass, by state name.
    #[serde(default)]
    pub pass_roles: BTreeMap<String, Vec<String>>,
    /// The typed resources the definition's `${sfn...}` placeholders name, which each
    /// environment binds (and `plan` checks exist).
    #[serde(default)]
    pub resources: Vec<DeclaredResource>,
}

/// One typed resource a workflow refers to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DeclaredResource {
    pub kind: ResourceKind,
    /// Its logical name.
    pub name: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_and_read_the_same_way() {
        let manifest = BuildManifest {
            name: "orders".into(),
            machine_type: MachineType::Express,
            allow_resources: BTreeMap::from([("Charge".into(), vec!["arn:aws:lambda:x".into()])]),
            pass_roles: BTreeMap::new(),
            resources: vec![DeclaredResource {
                kind: ResourceKind::EventBus,
                name: "audit".into(),
            }],
        };
        let text = serde_json::to_string(&manifest).unwrap();
        assert_eq!(
            text,
            r#"{"name":"orders","type":"EXPRESS","allowResources":{"Charge":["arn:aws:lambda:x"]},"passRoles":{},"resources":[{"kind":"event-bus","name":"audit"}]}"#
        );
        assert_eq!(
            serde_json::from_str::<BuildManifest>(&text).unwrap(),
            manifest
        );
        let error = serde_json::from_str::<BuildManifest>(r#"{"name":"o","type":"FAST"}"#)
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "`FAST` is not a machine type: STANDARD or EXPRESS at line 1 column 26"
        );
    }
}
