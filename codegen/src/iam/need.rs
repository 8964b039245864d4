//! What one state needs from the execution role: the walk's statements and warnings, and
//! the rule every resource follows (written out: granted exactly; known only at run time: the
//! declared targets, else widened and reported).

use serde_json::Value;

use super::arns::{complete_arn, static_arns};
use super::sdk::{iam_actions, iam_prefix, unknown_authorization};
use super::{Environment, Param, Statement, Widened};
use crate::diagnostic::Location;
use crate::integration::{Pattern, Resource, SDK_ANY, SDK_RESOURCES, optimized};
use crate::model::{QueryLanguage, Task};

/// The call a grant is applied to.
pub(super) struct Call<'a> {
    /// As reasons name it: `ecs:runTask`, `aws-sdk:s3:getObject`.
    pub name: &'a str,
    /// The catalog service and operation whose IAM actions `Actions::OfTheCall` means.
    pub service: &'a str,
    pub action: &'a str,
    pub pattern: Pattern,
}

/// The needs of one state, written into the walk's statements and warnings.
pub(crate) struct Need<'a> {
    pub env: &'a Environment,
    pub machine_arn: &'a str,
    pub location: &'a Location,
    pub language: QueryLanguage,
    pub allowed: Option<&'a [String]>,
    pub pass_roles: Option<&'a [String]>,
    pub statements: &'a mut Vec<Statement>,
    pub widened: &'a mut Vec<Widened>,
}

impl Need<'_> {
    pub(super) fn grant<A: Into<String>, R: Into<String>>(
        &mut self,
        what: &str,
        actions: impl IntoIterator<Item = A>,
        resources: impl IntoIterator<Item = R>,
    ) {
        self.statements
            .push(Statement::new(actions, resources, self.reason(what)));
    }

    pub(super) fn reason(&self, what: &str) -> String {
        format!("{} ({what})", self.location)
    }

    pub(super) fn param<'v>(&self, payload: Option<&'v Value>, key: &str) -> Param<'v> {
        Param::of(payload, key, self.language)
    }

    /// Reports what the policy could not narrow or grant; once per state and message (two
    /// grants reading the same parameter report it once).
    pub(super) fn report(&mut self, message: String) {
        let widened = Widened {
            location: self.location.clone(),
            message,
        };
        if !self.widened.contains(&widened) {
            self.widened.push(widened);
        }
    }

    /// The ARNs a parameter names: `build` of its value, the declared targets when it is
    /// computed at run time, or `wildcard` (reported) when nothing narrower is known.
    pub(super) fn targets(
        &mut self,
        param: Param<'_>,
        what: &str,
        build: impl Fn(&str) -> Vec<String>,
        wildcard: String,
    ) -> Vec<String> {
        match param.text() {
            Some(value) => build(value),
            None => self.widen(param, what, wildcard),
        }
    }

    /// The declared targets, else `wildcard`, reported with why the parameter is not known.
    pub(super) fn widen(&mut self, param: Param<'_>, what: &str, wildcard: String) -> Vec<String> {
        if let Some(allowed) = self.allowed {
            return allowed.to_vec();
        }
        let why = if param == Param::Missing {
            "is not given"
        } else if param.is_placeholder() {
            "is a `${...}` placeholder (substitute it before generating the policy)"
        } else {
            "is known only at run time"
        };
        self.report(format!("{what} {why}, so the statement allows `{wildcard}`; declare the allowed targets to narrow it"));
        vec![wildcard]
    }

    /// A parameter that must hold an ARN but does not: a template variable left
    /// unsubstituted, treated as unknown.
    pub(super) fn not_an_arn(&mut self, what: &str, value: &str, wildcard: String) -> Vec<String> {
        if let Some(allowed) = self.allowed {
            return allowed.to_vec();
        }
        self.report(format!("{what} `{value}` is not an ARN (a template variable?), so the statement allows `{wildcard}`; substitute it or declare the allowed targets"));
        vec![wildcard]
    }

    pub fn task(&mut self, task: &Task) {
        if let Some(credentials) = &task.credentials {
            self.credentials(credentials);
        }
        let payload = task.parameters.as_ref().or(task.arguments.as_ref());
        let resource = task.resource.as_str();
        match Resource::parse(resource) {
            Resource::Optimized {
                call,
                service,
                action,
                pattern,
            } => match optimized(service, action).and_then(|i| Some((i, i.access?))) {
                Some((integration, access)) => {
                    let call = Call {
                        name: call,
                        service: integration.model.unwrap_or(service),
                        action,
                        pattern: pattern.unwrap_or_default(),
                    };
                    for grant in access.grants {
                        self.apply(grant, &call, payload);
                    }
                    if let Some(notice) = access.notice {
                        self.report(notice.to_owned());
                    }
                }
                None => self.unknown(call),
            },
            Resource::Sdk {
                service, action, ..
            } if !action.is_empty() => self.sdk(service, action, payload),
            Resource::Sdk { .. } => self.unknown("aws-sdk"),
            _ => self.resource_arn(resource),
        }
    }

    fn unknown(&mut self, call: &str) {
        self.report(format!(
            "no permissions are known for the integration `{call}`; add the statements it needs yourself"
        ));
    }

    /// `Credentials`: the role the task assumes to call its service.
    fn credentials(&mut self, credentials: &Value) {
        let wildcard = self.env.iam_arn("role/*");
        let what = "the role in Credentials";
        let role = self.param(Some(credentials), "RoleArn");
        let roles = match role.text() {
            Some(arn) if !arn.starts_with("arn:") => self.not_an_arn(what, arn, wildcard),
            Some(arn) => vec![arn.to_owned()],
            None => self.widen(role, what, wildcard),
        };
        self.grant("Credentials", ["sts:AssumeRole"], roles);
    }

    /// A Task whose resource is an ARN: a Lambda function (legacy form) or an activity
    /// (which needs nothing from the role).
    fn resource_arn(&mut self, arn: &str) {
        if arn.split(':').nth(2) == Some("lambda") {
            let function = complete_arn(self.env, arn);
            self.grant("Lambda function", ["lambda:InvokeFunction"], [function]);
        }
    }

    /// An AWS SDK call: its IAM actions on the resource its parameters name, as the SDK
    /// table knows them per service; else the catalog's ARN formats, the declared targets,
    /// or `*` (reported).
    fn sdk(&mut self, service: &str, api: &str, payload: Option<&Value>) {
        let actions = iam_actions(service, api);
        let what = format!("aws-sdk:{service}:{api}");
        if unknown_authorization(service, api) {
            self.report(format!("the Service Authorization Reference has no IAM action named `{}` for `{what}`: another action authorizes it; add a statement for it (`iam::Options::extra`)", actions.join(", ")));
        }
        let known = SDK_RESOURCES.iter().find(|r| r.service == service);
        let resources = match known {
            Some(r) if self.gives(&r.named, payload) => self.named(&r.named, payload, &actions),
            // A call naming no resource (a `List*`, say) acts on the account.
            Some(r) if r.account_wide_without => vec!["*".to_owned()],
            _ => match self.allowed {
                Some(allowed) => allowed.to_vec(),
                None => match static_arns(service, api, payload) {
                    arns if !arns.is_empty() => arns,
                    _ => {
                        self.report(format!("the resources of `{what}` are not derived from its parameters, so the statement allows `*` for {}; declare the allowed targets to narrow it", iam_prefix(service)));
                        vec!["*".to_owned()]
                    }
                },
            },
        };
        self.grant(&what, actions, resources);
        let call = Call {
            name: &what,
            service,
            action: api,
            pattern: Default::default(),
        };
        for grant in SDK_ANY {
            self.apply(grant, &call, payload);
        }
    }
}
