//! Least-privilege IAM for a state machine, derived from the model alone: the execution
//! role's identity policy (one or more statements per Task, item reader, result writer and
//! machine setting, with resources as narrow as the definition allows) and its trust policy.
//!
//! A resource known only at run time (a `.$` parameter, a JSONata expression) widens only its
//! own statement, to the narrowest pattern the static parts allow, and is reported; the
//! author can declare the allowed targets per state instead ([`Options::allowed`]).

mod arns;
mod grants;
mod map;
mod need;
mod policy;
mod sdk;
mod trust;

use std::collections::HashMap;

use serde_json::Value;

use crate::diagnostic::Location;
use crate::model::{QueryLanguage, State, StateMachine, visit_states};

pub use crate::arn::Environment;
pub use policy::{Conditions, Policy, Statement};
pub use sdk::iam_actions;
pub use trust::trust_policy;

/// What the policy needs to know beyond the definition.
#[derive(Debug, Clone)]
pub struct Options {
    /// Partition, region and account of the deployment.
    pub environment: Environment,
    /// The state machine's name (its own ARN is needed by distributed Map and HTTP Tasks).
    pub machine_name: String,
    /// The machine sends logs to CloudWatch Logs.
    pub logging: bool,
    /// The machine is traced with X-Ray.
    pub tracing: bool,
    /// A customer-managed KMS key encrypting the machine's data.
    pub kms_key_arn: Option<String>,
    /// Declared targets for states whose resources are known only at run time, by state
    /// name: ARNs or ARN patterns used instead of a widened wildcard.
    pub allowed: HashMap<String, Vec<String>>,
    /// Roles the state may pass to a service (`iam:PassRole`), by state name: the ECS task
    /// and execution roles of a task definition, which the definition does not name.
    pub pass_roles: HashMap<String, Vec<String>>,
    /// Statements of the user's own, added as they are.
    pub extra: Vec<Statement>,
}

impl Options {
    /// Options for `machine_name` in `environment`, with no logging, tracing or key.
    pub fn new(environment: Environment, machine_name: impl Into<String>) -> Options {
        Options {
            environment,
            machine_name: machine_name.into(),
            logging: false,
            tracing: false,
            kms_key_arn: None,
            allowed: HashMap::new(),
            pass_roles: HashMap::new(),
            extra: Vec::new(),
        }
    }
}

/// A statement widened because a resource is known only at run time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Widened {
    /// The state, e.g. `States.Fan out.Branches[0].States.Invoke`.
    pub location: Location,
    pub message: String,
}

impl std::fmt::Display for Widened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// The execution role's policy, and what had to be widened.
#[derive(Debug, Clone)]
pub struct Generated {
    pub policy: Policy,
    pub widened: Vec<Widened>,
}

/// Generates the identity policy of `machine`'s execution role.
pub fn policy(machine: &StateMachine, options: &Options) -> Generated {
    let mut walk = Walk {
        options,
        machine_arn: options
            .environment
            .arn("states", &format!("stateMachine:{}", options.machine_name)),
        statements: Vec::new(),
        widened: Vec::new(),
    };
    walk.states(machine);
    walk.machine_settings();
    walk.statements.extend(options.extra.iter().cloned());
    Generated {
        policy: Policy::from_statements(walk.statements),
        widened: walk.widened,
    }
}

struct Walk<'a> {
    options: &'a Options,
    machine_arn: String,
    statements: Vec<Statement>,
    widened: Vec<Widened>,
}

impl Walk<'_> {
    /// What each Task and Map of the machine, nested ones included, needs.
    fn states(&mut self, machine: &StateMachine) {
        let language = machine.default_query_language();
        visit_states(
            &machine.states,
            &Location::root(),
            &mut |name, state, location| {
                let mut need = need::Need {
                    env: &self.options.environment,
                    machine_arn: &self.machine_arn,
                    location,
                    language: state.query_language().unwrap_or(language),
                    allowed: self.options.allowed.get(name).map(Vec::as_slice),
                    pass_roles: self.options.pass_roles.get(name).map(Vec::as_slice),
                    statements: &mut self.statements,
                    widened: &mut self.widened,
                };
                match state {
                    State::Task(task) => need.task(task),
                    State::Map(map) => need.map(map),
                    _ => {}
                }
            },
        );
    }

    fn machine_settings(&mut self) {
        let env = &self.options.environment;
        if self.options.logging {
            // CloudWatch Logs delivery actions have no resource-level permissions.
            self.statements.push(Statement::new(
                [
                    "logs:CreateLogDelivery",
                    "logs:DeleteLogDelivery",
                    "logs:DescribeLogGroups",
                    "logs:DescribeResourcePolicies",
                    "logs:GetLogDelivery",
                    "logs:ListLogDeliveries",
                    "logs:PutResourcePolicy",
                    "logs:UpdateLogDelivery",
                ],
                ["*"],
                "logging",
            ));
        }
        if self.options.tracing {
            self.statements.push(Statement::new(
                [
                    "xray:GetSamplingRules",
                    "xray:GetSamplingTargets",
                    "xray:PutTelemetryRecords",
                    "xray:PutTraceSegments",
                ],
                ["*"],
                "tracing",
            ));
        }
        if let Some(key) = &self.options.kms_key_arn {
            let key = if key.starts_with("arn:") {
                key.clone()
            } else {
                env.arn("kms", &format!("key/{key}"))
            };
            self.statements.push(
                Statement::new(["kms:Decrypt", "kms:GenerateDataKey"], [key], "encryption").when(
                    "StringEquals",
                    "kms:EncryptionContext:aws:states:stateMachineArn",
                    [self.machine_arn.clone()],
                ),
            );
        }
    }
}

/// A parameter of a call: written out, computed at run time, or absent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Param<'a> {
    Static(&'a Value),
    Dynamic,
    Missing,
}

impl<'a> Param<'a> {
    /// The parameter `key` of a `Parameters`/`Arguments` payload.
    pub fn of(payload: Option<&'a Value>, key: &str, language: QueryLanguage) -> Param<'a> {
        let Some(payload) = payload else {
            return Param::Missing;
        };
        if payload.as_str().is_some_and(is_jsonata) {
            return Param::Dynamic;
        }
        let Some(object) = payload.as_object() else {
            return Param::Missing;
        };
        match (object.get(key), language) {
            (Some(Value::String(s)), QueryLanguage::JSONata) if is_jsonata(s) => Param::Dynamic,
            (Some(value), _) => Param::Static(value),
            (None, QueryLanguage::JSONPath) if object.contains_key(&format!("{key}.$")) => {
                Param::Dynamic
            }
            (None, _) => Param::Missing,
        }
    }

    /// The value, when it is a string known now: not computed at run time and not a
    /// `${...}` placeholder substituted at deploy time.
    pub fn text(self) -> Option<&'a str> {
        match self {
            Param::Static(Value::String(s)) if !has_placeholder(s) => Some(s),
            _ => None,
        }
    }

    /// A `${...}` placeholder, substituted at deploy time.
    pub fn is_placeholder(self) -> bool {
        matches!(self, Param::Static(Value::String(s)) if has_placeholder(s))
    }
}

/// Whether `s` has a `${...}` placeholder other than CloudFormation's pseudo parameters
/// (`${AWS::Region}`), which a template's ARNs are written with and CloudFormation fills.
fn has_placeholder(s: &str) -> bool {
    s.match_indices("${")
        .any(|(at, _)| !s[at + 2..].starts_with("AWS::"))
}

fn is_jsonata(s: &str) -> bool {
    crate::jsonata::template(s).is_some()
}

#[cfg(test)]
mod tests;
