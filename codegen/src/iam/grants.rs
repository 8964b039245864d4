//! The integration table's grants, applied to one call: the statements its parameters
//! allow, narrowed to the resources they name.

use serde_json::Value;

use super::arns::{arns, default, derived, wildcard};
use super::need::{Call, Need};
use super::sdk::iam_actions;
use super::{Param, Statement};
use crate::integration::{
    Actions, ArnOf, ConditionValue, Grant, Named, Otherwise, Target, When, steps,
};

impl Need<'_> {
    pub(super) fn apply(&mut self, grant: &Grant, call: &Call<'_>, payload: Option<&Value>) {
        let applies = match grant.when {
            When::Always => true,
            When::Job => call.pattern.runs_a_job(),
            When::Equals(key, value) => self.param(payload, key).text() == Some(value),
        };
        if !applies {
            return;
        }
        let actions: Vec<String> = match grant.actions {
            Actions::Listed(actions) => actions.iter().map(|a| (*a).to_owned()).collect(),
            Actions::OfTheCall => iam_actions(call.service, call.action),
        };
        let mut resources = Vec::new();
        for target in grant.on {
            resources.extend(self.resources(target, payload, &actions));
        }
        if resources.is_empty() {
            if let Some(notice) = grant.unless_known {
                self.report(notice.to_owned());
            }
            return;
        }
        let mut what = call.name.to_owned();
        if grant.when == When::Job {
            what.push_str(call.pattern.suffix());
        }
        if let Some(about) = grant.about {
            what = format!("{what}: {about}");
        }
        let mut statement = Statement::new(actions, resources, self.reason(&what));
        for condition in grant.conditions {
            let value = match condition.value {
                ConditionValue::Fixed(value) => Some(value),
                ConditionValue::Param { at, unknown } => {
                    let value = self.param(payload, at).text();
                    if let (None, Some(notice)) = (value, unknown) {
                        self.report(notice.to_owned());
                    }
                    value
                }
            };
            if let Some(value) = value {
                statement = statement.when(condition.operator, condition.key, [value]);
            }
        }
        self.statements.push(statement);
    }

    fn resources(
        &mut self,
        target: &Target,
        payload: Option<&Value>,
        actions: &[String],
    ) -> Vec<String> {
        match target {
            Target::Any => vec!["*".to_owned()],
            Target::Own { service, resource } => vec![self.env.arn(service, resource)],
            Target::DeclaredRoles => self.pass_roles.map(<[String]>::to_vec).unwrap_or_default(),
            Target::Named(named) => self.named(named, payload, actions),
        }
    }

    /// The ARNs `named` names in `payload` (one per item, for a field of a list's items).
    pub(super) fn named(
        &mut self,
        named: &Named,
        payload: Option<&Value>,
        actions: &[String],
    ) -> Vec<String> {
        let found = self.found(named, payload);
        let env = self.env.clone();
        let language = self.language;
        let sibling = |key: &str| Param::of(payload, key, language).text();
        let any = wildcard(named.arn, &env);
        // An ARN parameter holding something else is a template variable left unsubstituted.
        let unsubstituted =
            |value: &str| matches!(named.arn, ArnOf::Arn { .. }) && !value.starts_with("arn:");
        let mut granted = Vec::new();
        for (what, param) in found {
            let arns = match (param.text(), named.otherwise) {
                (Some(value), Otherwise::Nothing) if unsubstituted(value) => Vec::new(),
                (Some(value), _) if unsubstituted(value) => {
                    self.not_an_arn(what, value, any.clone())
                }
                (Some(value), _) => arns(named.arn, &env, value, sibling, actions),
                (None, Otherwise::Nothing) => Vec::new(),
                (None, Otherwise::Default(resource)) if param == Param::Missing => {
                    vec![default(named.arn, &env, resource)]
                }
                (None, Otherwise::AnyWhen(other))
                    if param == Param::Missing && sibling(other).is_some() =>
                {
                    vec!["*".to_owned()]
                }
                (None, _) => self.widen(param, what, any.clone()),
            };
            granted.extend(arns);
        }
        match named.then {
            Some(then) => granted.iter().map(|arn| derived(then, &env, arn)).collect(),
            None => granted,
        }
    }

    /// Whether the call gives any of the parameters `named` reads.
    pub(super) fn gives(&self, named: &Named, payload: Option<&Value>) -> bool {
        !matches!(self.found(named, payload).as_slice(), [(_, Param::Missing)])
    }

    /// The parameters `named` reads: at the first of its paths the call gives, else at the
    /// first (missing).
    fn found<'v>(
        &self,
        named: &Named,
        payload: Option<&'v Value>,
    ) -> Vec<(&'static str, Param<'v>)> {
        let mut first = None;
        for at in named.at {
            let values = self.values_at(payload, at);
            if !matches!(values.as_slice(), [(_, Param::Missing)]) {
                return values;
            }
            first.get_or_insert(values);
        }
        first.unwrap_or_default()
    }

    /// The parameters at `path` (`Overrides.TaskRoleArn`, `Entries[].EventBusName`), each
    /// with its name: a step known only at run time ends the walk under its own name, a
    /// missing one under the name the path ends with.
    fn values_at<'v>(
        &self,
        payload: Option<&'v Value>,
        path: &'static str,
    ) -> Vec<(&'static str, Param<'v>)> {
        let mut found = vec![("", payload.map_or(Param::Missing, Param::Static))];
        for (key, each) in steps(path) {
            let mut next = Vec::new();
            for (name, param) in found {
                match param {
                    Param::Static(value) => match Param::of(Some(value), key, self.language) {
                        Param::Static(Value::Array(items)) if each => {
                            next.extend(items.iter().map(|item| (key, Param::Static(item))));
                        }
                        value => next.push((key, value)),
                    },
                    Param::Missing => next.push((key, Param::Missing)),
                    Param::Dynamic => next.push((name, Param::Dynamic)),
                }
            }
            found = next;
        }
        found
    }
}
