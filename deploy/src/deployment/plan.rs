//! What has to change to reach the desired deployment from what is deployed now (see
//! `current`). A plan with no change makes no write call.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::config::Logging;
use crate::deployment::current::Current;
use crate::deployment::desired::{Desired, Role};
use crate::deployment::drift::{Drift, drift};
use crate::deployment::routing::Route;

/// The changes, in the order they are made.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub name: String,
    pub role: RoleChange,
    pub machine: MachineChange,
    /// Tags added to or changed on the machine (tags are never removed: others may own them).
    pub machine_tags: BTreeMap<String, String>,
    pub version: VersionChange,
    pub alias: AliasChange,
    /// Text diffs of the definition, policy and trust policy.
    pub diffs: Vec<Diff>,
    /// Reasons the deployment cannot go ahead (a type change needs a new machine...).
    pub blockers: Vec<String>,
    /// Parts changed outside `cargo sfn` since the last deploy (see `drift`); the changes
    /// above overwrite those that differ from what is desired.
    pub drift: Vec<Drift>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "action")]
pub enum RoleChange {
    Create,
    Update {
        trust: bool,
        policy: bool,
        boundary: bool,
        tags: BTreeMap<String, String>,
    },
    Unchanged,
    /// The user's own role.
    NotManaged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "action")]
pub enum MachineChange {
    Create,
    /// The fields that differ: `definition`, `role`, `logging`, `tracing`, `encryption`.
    Update {
        fields: Vec<&'static str>,
    },
    Unchanged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "action")]
pub enum VersionChange {
    /// Published by the create or update call itself.
    PublishWithChange,
    /// The machine is as desired but no known version holds it: find the newest version or
    /// publish one.
    PublishLatest,
    /// This existing version already holds the desired definition.
    Reuse { arn: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "action")]
pub enum AliasChange {
    Create,
    /// Move traffic from the current routes to the new version.
    Move {
        from: Vec<Route>,
    },
    Unchanged,
}

/// What differs in one document, deployed and desired, as pretty JSON text.
#[derive(Debug, Clone)]
pub struct Diff {
    pub what: String,
    pub before: String,
    pub after: String,
}

impl Diff {
    fn new(what: &str, before: String, after: String) -> Diff {
        Diff {
            what: what.to_owned(),
            before,
            after,
        }
    }

    /// A unified diff with three lines of context.
    pub fn unified(&self) -> String {
        similar::TextDiff::from_lines(&self.before, &self.after)
            .unified_diff()
            .context_radius(3)
            .header(
                &format!("{} (deployed)", self.what),
                &format!("{} (desired)", self.what),
            )
            .to_string()
    }
}

/// In JSON a diff is `{"what": ..., "unified": ...}`, ready for a pull-request comment.
impl Serialize for Diff {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut diff = serializer.serialize_struct("Diff", 2)?;
        diff.serialize_field("what", &self.what)?;
        diff.serialize_field("unified", &self.unified())?;
        diff.end()
    }
}

impl Plan {
    /// Whether applying the plan would write anything.
    pub fn changes_anything(&self) -> bool {
        self.role != RoleChange::Unchanged && self.role != RoleChange::NotManaged
            || self.machine != MachineChange::Unchanged
            || !self.machine_tags.is_empty()
            || self.alias != AliasChange::Unchanged
    }
}

/// Compares what exists with what is desired.
pub fn plan(desired: &Desired, current: &Current) -> Plan {
    let mut diffs = Vec::new();
    let mut blockers = Vec::new();
    let role = role_change(desired, current, &mut diffs, &mut blockers);
    let (machine, machine_tags) = machine_change(desired, current, &mut diffs, &mut blockers);
    let version = version_change(desired, current, &machine);
    let alias = alias_change(current, &version);
    let drift = drift(
        current.role.as_ref(),
        current.machine.as_ref(),
        current.alias.as_ref(),
    )
    .into_iter()
    .map(|d| Drift {
        overwritten: puts_back(&d, &role, &machine, &alias),
        ..d
    })
    .collect();
    Plan {
        name: desired.name.clone(),
        role,
        machine,
        machine_tags,
        version,
        alias,
        diffs,
        blockers,
        drift,
    }
}

/// The role: created, left alone when it is the user's own, updated part by part. IAM cannot
/// move a role to another path, so a role found under another blocks the deploy.
fn role_change(
    desired: &Desired,
    current: &Current,
    diffs: &mut Vec<Diff>,
    blockers: &mut Vec<String>,
) -> RoleChange {
    let (want, have) = match (&desired.role, &current.role) {
        (Role::Existing { .. }, _) => return RoleChange::NotManaged,
        (Role::Managed(_), None) => return RoleChange::Create,
        (Role::Managed(want), Some(have)) => (want, have),
    };
    if have.arn != want.arn {
        blockers.push(format!(
            "role {} exists as {}, not {}: IAM cannot move a role to another path; delete it or keep its path",
            want.name, have.arn, want.arn
        ));
    }
    let trust = want.trust != have.trust;
    let policy = have.policy != want.policy;
    if trust {
        diffs.push(Diff::new(
            "trust policy",
            pretty(&have.trust),
            pretty(&want.trust),
        ));
    }
    if policy {
        let text = |policy: &Option<Value>| policy.as_ref().map(pretty).unwrap_or_default();
        diffs.push(Diff::new("policy", text(&have.policy), text(&want.policy)));
    }
    let boundary = want.permissions_boundary != have.permissions_boundary;
    let tags = missing_tags(&want.tags(&desired.tags), &have.tags);
    if trust || policy || boundary || !tags.is_empty() {
        RoleChange::Update {
            trust,
            policy,
            boundary,
            tags,
        }
    } else {
        RoleChange::Unchanged
    }
}

/// The state machine and its missing tags: created, or updated in the fields that differ.
/// Its type cannot change, so another type blocks the deploy.
fn machine_change(
    desired: &Desired,
    current: &Current,
    diffs: &mut Vec<Diff>,
    blockers: &mut Vec<String>,
) -> (MachineChange, BTreeMap<String, String>) {
    let Some(have) = &current.machine else {
        return (MachineChange::Create, BTreeMap::new());
    };
    if have.machine_type != desired.machine_type.as_str() {
        blockers.push(format!(
            "{} is {} and the workflow is {}: the type of a state machine cannot change; delete it or deploy under another name",
            desired.name,
            have.machine_type,
            desired.machine_type.as_str()
        ));
    }
    let mut fields = Vec::new();
    if !same_json(&have.definition, &desired.definition) {
        fields.push("definition");
        diffs.push(Diff::new(
            "definition",
            pretty_text(&have.definition),
            pretty_text(&desired.definition),
        ));
    }
    if have.role_arn != desired.role_arn() {
        fields.push("role");
    }
    if !same_logging(have.logging.as_ref(), desired.logging.as_ref()) {
        fields.push("logging");
    }
    if have.tracing != desired.tracing {
        fields.push("tracing");
    }
    if have.kms_key != desired.kms_key {
        fields.push("encryption");
    }
    let change = if fields.is_empty() {
        MachineChange::Unchanged
    } else {
        MachineChange::Update { fields }
    };
    (change, missing_tags(&desired.machine_tags(), &have.tags))
}

/// A machine change publishes a version in the same call; an unchanged machine reuses a
/// version that already holds the definition and role, or publishes its latest.
fn version_change(desired: &Desired, current: &Current, machine: &MachineChange) -> VersionChange {
    let reusable = current.versions.iter().find(|v| {
        same_json(&v.definition, &desired.definition) && v.role_arn == desired.role_arn()
    });
    match (machine, reusable) {
        (MachineChange::Create | MachineChange::Update { .. }, _) => {
            VersionChange::PublishWithChange
        }
        (MachineChange::Unchanged, Some(version)) => VersionChange::Reuse {
            arn: version.arn.clone(),
        },
        (MachineChange::Unchanged, None) => VersionChange::PublishLatest,
    }
}

/// The alias: created, left where it is when all its traffic is on the version to deploy,
/// else moved from its routes.
fn alias_change(current: &Current, version: &VersionChange) -> AliasChange {
    match (&current.alias, version) {
        (None, _) => AliasChange::Create,
        (Some(alias), VersionChange::Reuse { arn })
            if alias.routes.len() == 1 && &alias.routes[0].version_arn == arn =>
        {
            AliasChange::Unchanged
        }
        (Some(alias), _) => AliasChange::Move {
            from: alias.routes.clone(),
        },
    }
}

/// Whether the changes planned put a drifted part back as desired.
fn puts_back(
    drift: &Drift,
    role: &RoleChange,
    machine: &MachineChange,
    alias: &AliasChange,
) -> bool {
    match (drift.resource, role, machine) {
        (
            "role",
            RoleChange::Update {
                trust,
                policy,
                boundary,
                ..
            },
            _,
        ) => match drift.part.as_str() {
            "trust" => *trust,
            "policy" => *policy,
            _ => *boundary,
        },
        ("machine", _, MachineChange::Update { fields }) => fields.contains(&drift.part.as_str()),
        ("alias", _, _) => matches!(alias, AliasChange::Move { .. }),
        _ => false,
    }
}

/// Desired tags that are absent or different.
fn missing_tags(
    want: &BTreeMap<String, String>,
    have: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    want.iter()
        .filter(|(key, value)| have.get(*key) != Some(*value))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

/// Logging off and no logging are the same.
fn same_logging(have: Option<&Logging>, want: Option<&Logging>) -> bool {
    let off = |l: Option<&Logging>| l.is_none_or(|l| l.level == crate::config::LogLevel::Off);
    match (have, want) {
        _ if off(have) && off(want) => true,
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// Definitions compare as JSON (the service may re-space what it was sent).
pub fn same_json(a: &str, b: &str) -> bool {
    match (
        serde_json::from_str::<Value>(a),
        serde_json::from_str::<Value>(b),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
}

fn pretty_text(text: &str) -> String {
    serde_json::from_str::<Value>(text).map_or_else(|_| text.to_owned(), |v| pretty(&v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deployment::current::{CurrentAlias, CurrentMachine, CurrentRole, CurrentVersion};
    use crate::deployment::desired::ManagedRole;
    use crate::deployment::drift;
    use sfn_codegen::MachineType;

    const ARN: &str = "arn:aws:states:eu-west-1:1:stateMachine:orders";
    const ROLE: &str = "arn:aws:iam::1:role/orders-role";
    const DEFINITION: &str = r#"{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}"#;

    fn desired() -> Desired {
        Desired {
            name: "orders".into(),
            machine_type: MachineType::Standard,
            machine_arn: ARN.into(),
            definition: DEFINITION.into(),
            role: Role::Managed(Box::new(ManagedRole {
                name: "orders-role".into(),
                path: "/".into(),
                permissions_boundary: None,
                trust: serde_json::json!({"trust": 1}),
                policy: Some(serde_json::json!({"policy": 1})),
                arn: ROLE.into(),
            })),
            logging: None,
            tracing: false,
            kms_key: None,
            tags: BTreeMap::from([("team".into(), "payments".into())]),
            alias: "live".into(),
            widened: Vec::new(),
            unsubstituted: Vec::new(),
            resources: Vec::new(),
        }
    }

    fn version(n: u32, definition: &str) -> CurrentVersion {
        CurrentVersion {
            arn: format!("{ARN}:{n}"),
            definition: definition.into(),
            role_arn: ROLE.into(),
        }
    }

    /// What exists after deploying `desired()` as version 1.
    fn deployed() -> Current {
        let want = desired();
        let Role::Managed(role) = &want.role else {
            unreachable!()
        };
        let mut role_tags = role.tags(&want.tags);
        let mut machine_tags = want.machine_tags();
        machine_tags.insert("other".into(), "x".into());
        role_tags.insert("other".into(), "x".into());
        Current {
            role: Some(CurrentRole {
                arn: ROLE.into(),
                trust: serde_json::json!({"trust": 1}),
                policy: Some(serde_json::json!({"policy": 1})),
                permissions_boundary: None,
                tags: role_tags,
            }),
            machine: Some(CurrentMachine {
                arn: ARN.into(),
                machine_type: "STANDARD".into(),
                // Spaced differently: still the same definition.
                definition: DEFINITION.replace(':', ": "),
                role_arn: ROLE.into(),
                logging: None,
                tracing: false,
                kms_key: None,
                tags: machine_tags,
            }),
            alias: Some(CurrentAlias {
                arn: format!("{ARN}:live"),
                routes: vec![Route::new(format!("{ARN}:1"), 100)],
                description: String::new(),
            }),
            versions: vec![version(1, DEFINITION)],
        }
    }

    #[test]
    fn a_first_deployment_creates_everything() {
        let plan = plan(&desired(), &Current::default());
        assert_eq!(plan.role, RoleChange::Create);
        assert_eq!(plan.machine, MachineChange::Create);
        assert_eq!(plan.version, VersionChange::PublishWithChange);
        assert_eq!(plan.alias, AliasChange::Create);
        assert!(plan.changes_anything());
    }

    #[test]
    fn the_same_deployment_changes_nothing() {
        let plan = plan(&desired(), &deployed());
        assert_eq!(plan.role, RoleChange::Unchanged);
        assert_eq!(plan.machine, MachineChange::Unchanged);
        assert_eq!(
            plan.version,
            VersionChange::Reuse {
                arn: format!("{ARN}:1")
            }
        );
        assert_eq!(plan.alias, AliasChange::Unchanged);
        assert!(!plan.changes_anything(), "{plan:?}");
        assert!(plan.diffs.is_empty());
    }

    #[test]
    fn a_new_definition_publishes_and_moves_the_alias() {
        let mut want = desired();
        want.definition = DEFINITION
            .replace("Pass", "Succeed")
            .replace(",\"End\":true", "");
        let plan = plan(&want, &deployed());
        assert_eq!(
            plan.machine,
            MachineChange::Update {
                fields: vec!["definition"]
            }
        );
        assert_eq!(plan.version, VersionChange::PublishWithChange);
        assert_eq!(
            plan.alias,
            AliasChange::Move {
                from: vec![Route::new(format!("{ARN}:1"), 100)]
            }
        );
        assert_eq!(plan.diffs[0].what, "definition");
        assert!(
            plan.diffs[0]
                .unified()
                .contains("+      \"Type\": \"Succeed\""),
            "{}",
            plan.diffs[0].unified()
        );
    }

    #[test]
    fn policy_tags_and_settings_are_compared() {
        let mut want = desired();
        if let Role::Managed(role) = &mut want.role {
            role.policy = Some(serde_json::json!({"policy": 2}));
        }
        want.tags.insert("stage".into(), "prod".into());
        want.tracing = true;
        let plan = plan(&want, &deployed());
        let RoleChange::Update {
            trust,
            policy,
            tags,
            ..
        } = &plan.role
        else {
            panic!("{plan:?}")
        };
        assert!(!trust && *policy);
        // The new tag, and the record of what this deploy writes.
        assert_eq!(tags.keys().collect::<Vec<_>>(), [drift::TAG, "stage"]);
        assert_eq!(
            plan.machine,
            MachineChange::Update {
                fields: vec!["tracing"]
            }
        );
        assert_eq!(
            plan.machine_tags.keys().collect::<Vec<_>>(),
            [drift::TAG, "stage"]
        );
        assert_eq!(plan.diffs[0].what, "policy");
        assert!(plan.drift.is_empty());
    }

    #[test]
    fn after_a_rollback_the_newer_version_is_reused() {
        let mut current = deployed();
        // Version 2 holds the desired definition; the alias was rolled back to version 1.
        current.versions = vec![version(1, "{}"), version(2, DEFINITION)];
        let plan = plan(&desired(), &current);
        assert_eq!(plan.machine, MachineChange::Unchanged);
        assert_eq!(
            plan.version,
            VersionChange::Reuse {
                arn: format!("{ARN}:2")
            }
        );
        assert!(matches!(plan.alias, AliasChange::Move { .. }));
    }

    #[test]
    fn an_unknown_version_is_looked_up_or_published() {
        let mut current = deployed();
        current.versions.clear();
        current.alias = None;
        let plan = plan(&desired(), &current);
        assert_eq!(plan.version, VersionChange::PublishLatest);
        assert_eq!(plan.alias, AliasChange::Create);
    }

    #[test]
    fn a_type_change_is_a_blocker() {
        let mut want = desired();
        want.machine_type = MachineType::Express;
        let plan = plan(&want, &deployed());
        assert_eq!(plan.blockers.len(), 1);
        assert!(
            plan.blockers[0].contains("cannot change"),
            "{}",
            plan.blockers[0]
        );
    }

    #[test]
    fn a_role_path_change_is_a_blocker() {
        let mut current = deployed();
        if let Some(role) = &mut current.role {
            role.arn = "arn:aws:iam::1:role/service-role/orders-role".into();
        }
        let plan = plan(&desired(), &current);
        assert!(
            plan.blockers[0].contains("cannot move a role"),
            "{:?}",
            plan.blockers
        );
    }

    #[test]
    fn logging_off_equals_no_logging() {
        let off = Logging {
            level: crate::config::LogLevel::Off,
            log_group: String::new(),
            include_execution_data: false,
        };
        assert!(same_logging(Some(&off), None));
        let error = Logging {
            level: crate::config::LogLevel::Error,
            ..off.clone()
        };
        assert!(!same_logging(Some(&error), None));
        assert!(same_logging(Some(&error), Some(&error)));
    }
}
