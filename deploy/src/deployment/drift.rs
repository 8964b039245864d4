//! Drift: what changed on the live machine, role or alias since the last deploy put it
//! there (a console edit, another tool), told apart from the change being deployed.
//!
//! A deploy records what it wrote in a tag on the machine and on the role, one short digest
//! per part (`definition=1a2b3c4d role=... logging=...`); reading them back against the
//! live values names the parts changed by someone else. The alias's record is the memory
//! it already carries: `deployed 3` means version 3 at 100 %.

use std::collections::BTreeMap;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::config::Logging;
use crate::deployment::current::{CurrentAlias, CurrentMachine, CurrentRole};
use crate::deployment::desired::{Desired, ManagedRole};
use crate::deployment::routing::{Memory, version_number};

/// The tag holding the record, on the machine and on the managed role.
pub const TAG: &str = "cargo-sfn:deployed";

/// The record of a machine: its definition, role, logging, tracing and encryption.
pub fn machine_record(
    definition: &str,
    role_arn: &str,
    logging: Option<&Logging>,
    tracing: bool,
    kms_key: Option<&str>,
) -> String {
    let definition =
        serde_json::from_str(definition).unwrap_or_else(|_| Value::String(definition.to_owned()));
    // Logging off and no logging are the same configuration.
    let logging = logging
        .filter(|l| l.level != crate::config::LogLevel::Off)
        .map(|l| serde_json::to_value(l).unwrap_or_default());
    record(&[
        ("definition", definition),
        ("role", Value::from(role_arn)),
        ("logging", logging.unwrap_or_default()),
        ("tracing", Value::from(tracing)),
        ("encryption", kms_key.map(Value::from).unwrap_or_default()),
    ])
}

/// The record of a role: its trust policy, inline policy and permissions boundary.
pub fn role_record(trust: &Value, policy: Option<&Value>, boundary: Option<&str>) -> String {
    record(&[
        ("trust", trust.clone()),
        ("policy", policy.cloned().unwrap_or_default()),
        ("boundary", boundary.map(Value::from).unwrap_or_default()),
    ])
}

fn record(parts: &[(&str, Value)]) -> String {
    parts
        .iter()
        .map(|(name, value)| format!("{name}={}", digest(value)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Eight hex digits of the SHA-256 of the value with its keys sorted: a record must not
/// change because a service gave the keys back in another order.
fn digest(value: &Value) -> String {
    let hash = Sha256::digest(sorted(value).to_string().as_bytes());
    hash.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let ordered: BTreeMap<&String, Value> =
                map.iter().map(|(k, v)| (k, sorted(v))).collect();
            Value::Object(ordered.into_iter().map(|(k, v)| (k.clone(), v)).collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

/// The parts whose digests differ between a record and the live values' record.
fn changed_parts(recorded: &str, live: &str) -> Vec<String> {
    let parts = |text: &str| -> BTreeMap<String, String> {
        text.split(' ')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    };
    let (recorded, live) = (parts(recorded), parts(live));
    live.iter()
        .filter(|(part, digest)| recorded.get(*part).is_some_and(|r| r != *digest))
        .map(|(part, _)| part.clone())
        .collect()
}

impl Desired {
    /// The machine's tags as a deploy writes them: the environment's and the record.
    pub fn machine_tags(&self) -> BTreeMap<String, String> {
        let mut tags = self.tags.clone();
        tags.insert(
            TAG.to_owned(),
            machine_record(
                &self.definition,
                self.role_arn(),
                self.logging.as_ref(),
                self.tracing,
                self.kms_key.as_deref(),
            ),
        );
        tags
    }
}

impl ManagedRole {
    /// The role's tags as a deploy writes them: the environment's and the record.
    pub fn tags(&self, environment: &BTreeMap<String, String>) -> BTreeMap<String, String> {
        let mut tags = environment.clone();
        tags.insert(
            TAG.to_owned(),
            role_record(
                &self.trust,
                self.policy.as_ref(),
                self.permissions_boundary.as_deref(),
            ),
        );
        tags
    }
}

/// A part changed outside `cargo sfn` since the last deploy.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Drift {
    /// `machine`, `role` or `alias`.
    pub resource: &'static str,
    /// The part as the plan's changes name it: `definition`, `policy`, `routing`...
    pub part: String,
    /// For people: "the role's policy".
    pub what: String,
    /// Whether the deploy planned with it puts the part back (it differs from what is
    /// desired); otherwise only the record is brought up to date.
    pub overwritten: bool,
}

/// What changed outside `cargo sfn` since the last deploy, one entry per part; nothing when
/// no record was left (a machine deployed by an older version, or by another tool).
pub fn drift(
    role: Option<&CurrentRole>,
    machine: Option<&CurrentMachine>,
    alias: Option<&CurrentAlias>,
) -> Vec<Drift> {
    let entry = |resource, part: String, what: String| Drift {
        resource,
        part,
        what,
        overwritten: false,
    };
    let mut found: Vec<Drift> = Vec::new();
    if let Some(machine) = machine
        && let Some(recorded) = machine.tags.get(TAG)
    {
        let live = machine_record(
            &machine.definition,
            &machine.role_arn,
            machine.logging.as_ref(),
            machine.tracing,
            machine.kms_key.as_deref(),
        );
        for part in changed_parts(recorded, &live) {
            let what = format!("the state machine's {part}");
            found.push(entry("machine", part, what));
        }
    }
    if let Some(role) = role
        && let Some(recorded) = role.tags.get(TAG)
    {
        let live = role_record(
            &role.trust,
            role.policy.as_ref(),
            role.permissions_boundary.as_deref(),
        );
        for part in changed_parts(recorded, &live) {
            let name = match part.as_str() {
                "trust" => "trust policy",
                "policy" => "policy",
                _ => "permissions boundary",
            };
            found.push(entry("role", part, format!("the role's {name}")));
        }
    }
    if let Some(what) = alias.and_then(alias_drift) {
        found.push(entry("alias", "routing".to_owned(), what));
    }
    found
}

/// The alias routes elsewhere than its memory says the last deploy or rollback left it.
fn alias_drift(alias: &CurrentAlias) -> Option<String> {
    let left = match Memory::parse(&alias.description)? {
        Memory::Deployed { version, .. } | Memory::RolledBack { to: version, .. } => version,
        // A rollout in flight or stopped half-way is not drift: `status` and the lease say it.
        Memory::RollingOut { .. } => return None,
    };
    let routes: Vec<String> = alias
        .routes
        .iter()
        .map(|r| {
            let version = version_number(&r.version_arn)
                .map_or_else(|| r.version_arn.clone(), |n| n.to_string());
            format!("version {version} {}%", r.weight)
        })
        .collect();
    let as_left = alias.routes.len() == 1
        && alias.routes[0].weight == 100
        && version_number(&alias.routes[0].version_arn) == Some(left);
    (!as_left).then(|| {
        format!(
            "the alias's routing ({}, where the last deploy left version {left} 100%)",
            routes.join(" + ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deployment::routing::Route;

    const ARN: &str = "arn:aws:states:eu-west-1:1:stateMachine:orders";

    fn whats(
        role: Option<&CurrentRole>,
        machine: Option<&CurrentMachine>,
        alias: Option<&CurrentAlias>,
    ) -> Vec<String> {
        drift(role, machine, alias)
            .into_iter()
            .map(|d| d.what)
            .collect()
    }

    fn machine(definition: &str) -> CurrentMachine {
        CurrentMachine {
            arn: ARN.into(),
            machine_type: "STANDARD".into(),
            definition: definition.into(),
            role_arn: "arn:aws:iam::1:role/r".into(),
            logging: None,
            tracing: false,
            kms_key: None,
            tags: BTreeMap::from([(
                TAG.to_owned(),
                machine_record(
                    r#"{"StartAt":"A","States":{}}"#,
                    "arn:aws:iam::1:role/r",
                    None,
                    false,
                    None,
                ),
            )]),
        }
    }

    #[test]
    fn the_same_values_in_another_key_order_are_no_drift() {
        let live = machine(r#"{ "States": {}, "StartAt": "A" }"#);
        assert!(whats(None, Some(&live), None).is_empty());
    }

    #[test]
    fn an_edited_definition_and_tracing_are_named() {
        let mut live = machine(r#"{"StartAt":"B","States":{}}"#);
        live.tracing = true;
        assert_eq!(
            whats(None, Some(&live), None),
            [
                "the state machine's definition",
                "the state machine's tracing"
            ]
        );
    }

    #[test]
    fn without_a_record_nothing_is_claimed() {
        let mut live = machine(r#"{"StartAt":"B"}"#);
        live.tags.clear();
        assert!(whats(None, Some(&live), None).is_empty());
    }

    #[test]
    fn a_role_policy_edited_by_hand_is_drift() {
        let trust = serde_json::json!({"Version": "2012-10-17"});
        let policy = serde_json::json!({"Statement": []});
        let mut role = CurrentRole {
            arn: "arn:aws:iam::1:role/r".into(),
            trust: trust.clone(),
            policy: Some(serde_json::json!({"Statement": [{"Effect": "Allow"}]})),
            permissions_boundary: None,
            tags: BTreeMap::from([(TAG.to_owned(), role_record(&trust, Some(&policy), None))]),
        };
        assert_eq!(whats(Some(&role), None, None), ["the role's policy"]);
        role.policy = Some(policy);
        assert!(whats(Some(&role), None, None).is_empty());
    }

    #[test]
    fn an_alias_moved_by_hand_is_drift_and_a_rollout_is_not() {
        let mut alias = CurrentAlias {
            arn: format!("{ARN}:live"),
            routes: vec![Route::new(format!("{ARN}:1"), 100)],
            description: Memory::Deployed {
                version: 2,
                previous: Some(1),
            }
            .describe(),
        };
        assert_eq!(
            whats(None, None, Some(&alias)),
            ["the alias's routing (version 1 100%, where the last deploy left version 2 100%)"]
        );
        alias.routes = vec![Route::new(format!("{ARN}:2"), 100)];
        assert!(whats(None, None, Some(&alias)).is_empty());
        alias.description = Memory::RollingOut { from: 1, to: 2 }.describe();
        alias.routes = vec![
            Route::new(format!("{ARN}:2"), 10),
            Route::new(format!("{ARN}:1"), 90),
        ];
        assert!(whats(None, None, Some(&alias)).is_empty());
    }
}
