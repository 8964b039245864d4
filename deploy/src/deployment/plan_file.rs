//! A plan saved to a file (`cargo sfn plan --out`) and applied later (`cargo sfn deploy
//! --plan`): what to deploy, how to roll it out, and what existed when the plan was made.
//! Applying it refuses when anything it read has changed since, so a reviewed plan is
//! exactly what happens or nothing does.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::deployment::current::Current;
use crate::deployment::desired::{Desired, Target};
use crate::deployment::plan::{Plan, same_json};

/// The format written today; a file of another format is refused, not guessed at.
pub const FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlanFile {
    #[serde(rename = "cargo-sfn-plan")]
    pub format: u32,
    /// When the plan was made (RFC 3339, UTC).
    pub made: String,
    pub env: Option<String>,
    pub target: Target,
    pub rollout: Rollout,
    pub workflows: Vec<Planned>,
}

/// How the alias moves, as settled when the plan was made.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Rollout {
    pub strategy: String,
    pub alarms: Vec<String>,
    pub pre_traffic: Vec<Value>,
    pub retain_versions: Option<u32>,
}

/// One workflow: the deployment wanted, what was read, and (for people reading the file)
/// the changes that follow from the two.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Planned {
    pub desired: Desired,
    pub read: Current,
    #[serde(default, skip_deserializing)]
    pub changes: Option<Plan>,
}

impl PlanFile {
    /// Reads a plan file; the error says what is wrong with it.
    pub fn parse(text: &str) -> Result<PlanFile, String> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| format!("not a plan file: {e}"))?;
        match value.get("cargo-sfn-plan").and_then(Value::as_u64) {
            Some(format) if format == u64::from(FORMAT) => {}
            Some(format) => {
                return Err(format!(
                    "a plan of format {format}; this cargo sfn reads format {FORMAT}: make the plan again with this version"
                ));
            }
            None => return Err("not a plan file: no \"cargo-sfn-plan\" format".to_owned()),
        }
        serde_json::from_value(value).map_err(|e| format!("a damaged plan file: {e}"))
    }
}

/// What differs between what a plan read and what exists now, each as a phrase ("the
/// alias's routing: version 1 100% then, version 2 100% now"); empty when nothing changed.
pub fn changes_since(then: &Current, now: &Current) -> Vec<String> {
    let mut changed = Vec::new();
    let mut part = |what: &str, differs: bool| {
        if differs {
            changed.push(what.to_owned());
        }
    };
    match (&then.role, &now.role) {
        (Some(a), Some(b)) => {
            part("the role's trust policy", a.trust != b.trust);
            part("the role's policy", a.policy != b.policy);
            part(
                "the role's permissions boundary",
                a.permissions_boundary != b.permissions_boundary,
            );
            part("the role's tags", a.tags != b.tags);
            part("the role (replaced)", a.arn != b.arn);
        }
        (a, b) => part(
            &existence("the role", a.is_some()),
            a.is_some() != b.is_some(),
        ),
    }
    match (&then.machine, &now.machine) {
        (Some(a), Some(b)) => {
            part(
                "the state machine's definition",
                !same_json(&a.definition, &b.definition),
            );
            part("the state machine's role", a.role_arn != b.role_arn);
            part("the state machine's logging", a.logging != b.logging);
            part("the state machine's tracing", a.tracing != b.tracing);
            part("the state machine's encryption", a.kms_key != b.kms_key);
            part("the state machine's tags", a.tags != b.tags);
            part("the state machine's type", a.machine_type != b.machine_type);
        }
        (a, b) => part(
            &existence("the state machine", a.is_some()),
            a.is_some() != b.is_some(),
        ),
    }
    match (&then.alias, &now.alias) {
        (Some(a), Some(b)) => {
            let routes = |alias: &crate::deployment::current::CurrentAlias| {
                let mut routes: Vec<String> = alias
                    .routes
                    .iter()
                    .map(|r| format!("{} {}%", short(&r.version_arn), r.weight))
                    .collect();
                routes.sort();
                routes.join(" + ")
            };
            let (was, is) = (routes(a), routes(b));
            part(
                &format!("the alias's routing ({was} then, {is} now)"),
                was != is,
            );
            part(
                &format!(
                    "the alias's description ({:?} then, {:?} now)",
                    a.description, b.description
                ),
                was == is && a.description != b.description,
            );
        }
        (a, b) => part(
            &existence("the alias", a.is_some()),
            a.is_some() != b.is_some(),
        ),
    }
    let versions = |current: &Current| {
        let mut versions: Vec<(String, Value, String)> = current
            .versions
            .iter()
            .map(|v| {
                (
                    v.arn.clone(),
                    serde_json::from_str(&v.definition)
                        .unwrap_or_else(|_| Value::String(v.definition.clone())),
                    v.role_arn.clone(),
                )
            })
            .collect();
        versions.sort_by(|a, b| a.0.cmp(&b.0));
        versions
    };
    part(
        "the versions the alias names",
        versions(then) != versions(now),
    );
    changed
}

/// "the role (deleted since)" for a part that existed then, "(created since)" otherwise.
fn existence(what: &str, existed: bool) -> String {
    let since = if existed { "deleted" } else { "created" };
    format!("{what} ({since} since)")
}

/// `version 3` for a version ARN, else the ARN.
fn short(arn: &str) -> String {
    crate::deployment::routing::version_number(arn)
        .map_or_else(|| arn.to_owned(), |n| format!("version {n}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deployment::current::{CurrentAlias, CurrentMachine, CurrentVersion};
    use crate::deployment::routing::Route;

    const ARN: &str = "arn:aws:states:eu-west-1:1:stateMachine:orders";

    fn deployed() -> Current {
        Current {
            role: None,
            machine: Some(CurrentMachine {
                arn: ARN.into(),
                machine_type: "STANDARD".into(),
                definition: r#"{"StartAt":"A"}"#.into(),
                role_arn: "arn:aws:iam::1:role/r".into(),
                logging: None,
                tracing: false,
                kms_key: None,
                tags: Default::default(),
            }),
            alias: Some(CurrentAlias {
                arn: format!("{ARN}:live"),
                routes: vec![Route::new(format!("{ARN}:1"), 100)],
                description: "cargo-sfn: deployed 1".into(),
            }),
            versions: vec![CurrentVersion {
                arn: format!("{ARN}:1"),
                definition: r#"{"StartAt":"A"}"#.into(),
                role_arn: "arn:aws:iam::1:role/r".into(),
            }],
        }
    }

    #[test]
    fn nothing_changed_when_only_the_spacing_did() {
        let mut now = deployed();
        if let Some(machine) = &mut now.machine {
            machine.definition = r#"{ "StartAt": "A" }"#.into();
        }
        assert!(changes_since(&deployed(), &now).is_empty());
    }

    #[test]
    fn each_change_is_named() {
        let mut now = deployed();
        if let Some(machine) = &mut now.machine {
            machine.definition = r#"{"StartAt":"B"}"#.into();
        }
        if let Some(alias) = &mut now.alias {
            alias.routes = vec![Route::new(format!("{ARN}:2"), 100)];
            alias.description = "cargo-sfn: deployed 2 after 1".into();
        }
        assert_eq!(
            changes_since(&deployed(), &now),
            [
                "the state machine's definition",
                "the alias's routing (version 1 100% then, version 2 100% now)"
            ]
        );
        now.role = Some(crate::deployment::current::CurrentRole {
            arn: "arn:aws:iam::1:role/r".into(),
            trust: Value::Null,
            policy: None,
            permissions_boundary: None,
            tags: Default::default(),
        });
        now.alias = None;
        let changed = changes_since(&deployed(), &now);
        assert!(
            changed.contains(&"the role (created since)".to_owned())
                && changed.contains(&"the alias (deleted since)".to_owned()),
            "{changed:?}"
        );
    }

    #[test]
    fn a_lease_written_since_is_a_change() {
        let mut now = deployed();
        if let Some(alias) = &mut now.alias {
            alias.description = "cargo-sfn: rolling out 2 from 1 by a@b:1 since 1 until 2".into();
        }
        assert_eq!(changes_since(&deployed(), &now).len(), 1);
    }

    #[test]
    fn files_of_another_format_or_damaged_are_refused() {
        assert!(
            PlanFile::parse(r#"{"cargo-sfn-plan": 2}"#)
                .unwrap_err()
                .contains("format 2")
        );
        assert!(
            PlanFile::parse(r#"{"a": 1}"#)
                .unwrap_err()
                .contains("not a plan file")
        );
        assert!(
            PlanFile::parse(r#"{"cargo-sfn-plan": 1}"#)
                .unwrap_err()
                .contains("damaged")
        );
    }
}
