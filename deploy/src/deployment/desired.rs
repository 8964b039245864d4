//! The deployment one workflow should have in one environment: names, the substituted and
//! validated definition, the role with its generated policy, logging, tracing, encryption,
//! tags. Everything is decided here, before any call, so an invalid definition never reaches
//! AWS.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sfn_codegen::pipeline::{Checks, Refuse, check_text};
use sfn_codegen::{MachineType, Options, Report, iam};

use crate::config::{Logging, Resolved};
use crate::deployment::bindings::{self, Bound};
use crate::deployment::source::Workflow;

/// The inline policy `cargo sfn` manages on the roles it creates.
pub const POLICY_NAME: &str = "cargo-sfn-execution";

/// Where the deployment goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    pub partition: String,
    pub region: String,
    pub account: String,
}

impl Target {
    pub fn environment(&self) -> iam::Environment {
        iam::Environment::new(&self.partition, &self.region, &self.account)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Created and kept up to date by `cargo sfn`.
    Managed(Box<ManagedRole>),
    /// The user's own role, used as it is.
    Existing { arn: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManagedRole {
    pub name: String,
    pub path: String,
    pub permissions_boundary: Option<String>,
    pub trust: Value,
    /// `None` when the states call nothing (IAM refuses a policy without statements).
    pub policy: Option<Value>,
    pub arn: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Desired {
    pub name: String,
    pub machine_type: MachineType,
    pub machine_arn: String,
    /// Canonical compact ASL, substitutions applied.
    pub definition: String,
    pub role: Role,
    pub logging: Option<Logging>,
    pub tracing: bool,
    pub kms_key: Option<String>,
    pub tags: BTreeMap<String, String>,
    pub alias: String,
    /// Places where the policy had to allow more than one resource (unknown until run time).
    pub widened: Vec<String>,
    /// `${Name}` left in the definition with no substitution for it.
    pub unsubstituted: Vec<String>,
    /// The typed resources the definition calls, bound in this environment.
    #[serde(default)]
    pub resources: Vec<Bound>,
}

impl Desired {
    pub fn role_arn(&self) -> &str {
        match &self.role {
            Role::Managed(role) => &role.arn,
            Role::Existing { arn } => arn,
        }
    }

    pub fn alias_arn(&self) -> String {
        format!("{}:{}", self.machine_arn, self.alias)
    }
}

/// The deployment of `workflow` with `settings` in `target`; an error lists every problem of
/// the definition.
pub fn desired(
    workflow: &Workflow,
    settings: &Resolved,
    target: &Target,
) -> Result<Desired, String> {
    let name = settings.machine_name(&workflow.name);
    if name.is_empty() || name.len() > 80 {
        return Err(format!(
            "`{name}` is not a state machine name: 1 to 80 characters"
        ));
    }
    let environment = target.environment();
    let declared = workflow
        .allowed
        .values()
        .chain(workflow.pass_roles.values());
    let texts =
        std::iter::once(workflow.definition.as_str()).chain(declared.flatten().map(String::as_str));
    let bound = bindings::bind_all(texts, settings, &environment);
    let bind = |arns: &BTreeMap<String, Vec<String>>| -> BTreeMap<String, Vec<String>> {
        arns.iter()
            .map(|(state, arns)| {
                let arns = arns.iter().map(|a| bindings::fill(a, &bound, &environment));
                (state.clone(), arns.collect())
            })
            .collect()
    };
    let definition = bindings::fill(&workflow.definition, &bound, &environment);
    let (text, unsubstituted) = substitute(&definition, &settings.settings.substitutions)
        .map_err(|e| format!("{}: {e}", workflow.path.display()))?;
    let report = check_text(
        &text,
        &Checks::new(Options {
            machine_type: workflow.machine_type,
        }),
    );
    if !report.passes(workflow.refuse) {
        return Err(refusal(&workflow.path, &report, workflow.refuse));
    }
    let Some(machine) = report.machine else {
        return Err(refusal(&workflow.path, &report, workflow.refuse));
    };
    let s = &settings.settings;
    let machine_arn = environment.arn("states", &format!("stateMachine:{name}"));

    let mut options = iam::Options::new(environment.clone(), name.clone());
    options.logging = s.logging.is_some();
    options.tracing = s.tracing.unwrap_or(false);
    options.kms_key_arn = s.kms_key.clone();
    options.allowed = bind(&workflow.allowed).into_iter().collect();
    options.pass_roles = bind(&workflow.pass_roles).into_iter().collect();
    let generated = iam::policy(&machine, &options);

    let role = match s.role.clone().unwrap_or_default() {
        role if role.arn.is_some() => Role::Existing {
            arn: role.arn.unwrap_or_default(),
        },
        role => {
            let role_name = role.name.unwrap_or_else(|| format!("{name}-role"));
            let path = role.path.unwrap_or_else(|| "/".to_owned());
            if !path.starts_with('/') || !path.ends_with('/') {
                return Err(format!("role path `{path}` must begin and end with `/`"));
            }
            Role::Managed(Box::new(ManagedRole {
                arn: environment.iam_arn(&format!("role{path}{role_name}")),
                name: role_name,
                path,
                permissions_boundary: role.permissions_boundary,
                trust: iam::trust_policy(&environment, &name),
                policy: (!generated.policy.statements.is_empty())
                    .then(|| generated.policy.to_value()),
            }))
        }
    };
    Ok(Desired {
        machine_type: workflow.machine_type,
        machine_arn,
        definition: sfn_codegen::emit::to_string(&machine),
        role,
        logging: s.logging.clone(),
        tracing: s.tracing.unwrap_or(false),
        kms_key: s.kms_key.clone(),
        tags: s.tags.clone(),
        alias: settings.alias().to_owned(),
        widened: generated.widened.iter().map(ToString::to_string).collect(),
        unsubstituted,
        resources: bound.into_iter().map(|(bound, _)| bound).collect(),
        name,
    })
}

/// Replaces `${Name}` in every string of the definition (keys and values) by its
/// substitution; returns the new text and the `${...}` that had none.
pub fn substitute(
    text: &str,
    substitutions: &BTreeMap<String, String>,
) -> Result<(String, Vec<String>), String> {
    if substitutions.is_empty() && !text.contains("${") {
        return Ok((text.to_owned(), Vec::new()));
    }
    let mut value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let mut missing = Vec::new();
    substitute_value(&mut value, substitutions, &mut missing);
    missing.sort();
    missing.dedup();
    Ok((value.to_string(), missing))
}

fn substitute_value(
    value: &mut Value,
    substitutions: &BTreeMap<String, String>,
    missing: &mut Vec<String>,
) {
    match value {
        Value::String(text) => *text = substitute_text(text, substitutions, missing),
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| substitute_value(item, substitutions, missing)),
        Value::Object(object) => {
            let entries = std::mem::take(object);
            for (key, mut item) in entries {
                substitute_value(&mut item, substitutions, missing);
                object.insert(substitute_text(&key, substitutions, missing), item);
            }
        }
        _ => {}
    }
}

fn substitute_text(
    text: &str,
    substitutions: &BTreeMap<String, String>,
    missing: &mut Vec<String>,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = &after[..end];
        match substitutions.get(name) {
            Some(value) => out.push_str(value),
            None => {
                if !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
                {
                    missing.push(format!("${{{name}}}"));
                }
                out.push_str(&rest[start..start + 3 + end]);
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Why a definition is not deployed: what refuses it, and whether AWS itself would.
fn refusal(path: &std::path::Path, report: &Report, level: Refuse) -> String {
    let refused: Vec<String> = report.refused(level).map(|d| format!("  {d}")).collect();
    let why = if report.is_valid() {
        " (AWS would accept it, but it certainly fails when it runs; `--allow-run-time-failures` deploys it anyway)"
    } else {
        ""
    };
    format!(
        "{}: the definition is refused{why}, nothing was deployed:\n{}",
        path.display(),
        refused.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use std::path::PathBuf;

    fn workflow(definition: &str) -> Workflow {
        Workflow {
            name: "orders".into(),
            machine_type: MachineType::Standard,
            definition: definition.into(),
            path: PathBuf::from("orders.asl.json"),
            allowed: BTreeMap::new(),
            pass_roles: BTreeMap::new(),
            refuse: Refuse::CertainFailures,
        }
    }

    fn target() -> Target {
        Target {
            partition: "aws".into(),
            region: "eu-west-1".into(),
            account: "123456789012".into(),
        }
    }

    fn settings(toml: &str) -> Resolved {
        Config::from_sfn_toml(toml, std::path::Path::new("sfn.toml"))
            .unwrap()
            .resolve(Some("dev"))
            .unwrap()
    }

    const PUT: &str = r#"{"StartAt":"Put","States":{"Put":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem","Parameters":{"TableName":"${Table}","Item":{}},"End":true}}}"#;

    #[test]
    fn substitutions_reach_the_definition_and_the_policy() {
        let desired = desired(
            &workflow(PUT),
            &settings("[env.dev]\nprefix = \"dev-\"\nsubstitutions = { Table = \"orders-dev\" }\n"),
            &target(),
        )
        .unwrap();
        assert_eq!(desired.name, "dev-orders");
        assert_eq!(
            desired.machine_arn,
            "arn:aws:states:eu-west-1:123456789012:stateMachine:dev-orders"
        );
        assert!(desired.definition.contains(r#""TableName":"orders-dev""#));
        let Role::Managed(role) = &desired.role else {
            panic!("managed role expected")
        };
        assert_eq!(role.name, "dev-orders-role");
        assert_eq!(role.arn, "arn:aws:iam::123456789012:role/dev-orders-role");
        let policy = role.policy.as_ref().unwrap().to_string();
        assert!(policy.contains("table/orders-dev"), "{policy}");
        assert!(desired.unsubstituted.is_empty());
        assert_eq!(desired.alias_arn(), format!("{}:live", desired.machine_arn));
    }

    #[test]
    fn a_machine_that_calls_nothing_has_no_policy() {
        let pass = r#"{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}"#;
        let desired = desired(&workflow(pass), &settings("[env.dev]\n"), &target()).unwrap();
        let Role::Managed(role) = &desired.role else {
            panic!("managed role expected")
        };
        assert_eq!(role.policy, None);
    }

    #[test]
    fn a_missing_substitution_is_reported() {
        let desired = desired(&workflow(PUT), &settings("[env.dev]\n"), &target()).unwrap();
        assert_eq!(desired.unsubstituted, ["${Table}"]);
    }

    #[test]
    fn an_invalid_definition_stops_before_any_call() {
        let broken = r#"{"StartAt":"Nowhere","States":{"A":{"Type":"Pass","End":true}}}"#;
        let error = desired(&workflow(broken), &settings("[env.dev]\n"), &target()).unwrap_err();
        assert!(
            error.starts_with("orders.asl.json: the definition is refused, nothing was deployed"),
            "{error}"
        );
        assert!(error.contains("Nowhere"), "{error}");
    }

    /// A definition AWS accepts but that certainly fails when it runs (`compile()` refuses
    /// it) is refused too, unless the deploy is told to allow it.
    #[test]
    fn a_certain_run_time_failure_is_refused_unless_allowed() {
        let failing = r#"{"StartAt":"A","States":{
            "A":{"Type":"Pass","Result":{"id":1},"Next":"B"},
            "B":{"Type":"Pass","OutputPath":"$.total","End":true}}}"#;
        let error = desired(&workflow(failing), &settings("[env.dev]\n"), &target()).unwrap_err();
        assert_eq!(
            error,
            "orders.asl.json: the definition is refused (AWS would accept it, but it certainly fails \
             when it runs; `--allow-run-time-failures` deploys it anyway), nothing was deployed:\n  \
             warning[UNKNOWN_INPUT_FIELD] States.B.OutputPath: `$.total` reads `total`, but the input \
             here is an object with id (AWS accepts the definition; this fails at run time) (help: the \
             type comes from the declared input and results, and the ResultPath/OutputPath of the \
             states before this one)"
        );
        let allowed = Workflow {
            refuse: Refuse::AwsRefusals,
            ..workflow(failing)
        };
        assert!(desired(&allowed, &settings("[env.dev]\n"), &target()).is_ok());
    }

    #[test]
    fn role_settings_shape_the_role() {
        let existing = desired(
            &workflow(PUT),
            &settings("[env.dev]\nrole = { arn = \"arn:aws:iam::1:role/mine\" }\n"),
            &target(),
        )
        .unwrap();
        assert_eq!(existing.role_arn(), "arn:aws:iam::1:role/mine");

        let pathed = desired(
            &workflow(PUT),
            &settings("[env.dev]\nrole = { name = \"r\", path = \"/service-role/\" }\n"),
            &target(),
        )
        .unwrap();
        assert_eq!(
            pathed.role_arn(),
            "arn:aws:iam::123456789012:role/service-role/r"
        );

        let error = desired(
            &workflow(PUT),
            &settings("[env.dev]\nrole = { path = \"service-role\" }\n"),
            &target(),
        )
        .unwrap_err();
        assert!(error.contains("must begin and end with `/`"), "{error}");
    }

    #[test]
    fn substitution_leaves_other_dollar_text_alone() {
        let mut missing = Vec::new();
        let subs = BTreeMap::from([("A".to_owned(), "1".to_owned())]);
        assert_eq!(substitute_text("x${A}y${A}", &subs, &mut missing), "x1y1");
        assert_eq!(
            substitute_text("$.a ${ unterminated", &subs, &mut missing),
            "$.a ${ unterminated"
        );
        assert_eq!(substitute_text("${B}", &subs, &mut missing), "${B}");
        assert_eq!(missing, ["${B}"]);
    }
}
