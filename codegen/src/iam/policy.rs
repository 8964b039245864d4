//! IAM policy documents: statements with the reasons they exist, merged and sorted so the
//! same definition always gives the same bytes.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

/// `Condition` block: operator -> key -> values.
pub type Conditions = BTreeMap<String, BTreeMap<String, Vec<String>>>;

/// One `Allow` statement, with the states (or settings) that need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub actions: BTreeSet<String>,
    pub resources: BTreeSet<String>,
    pub conditions: Conditions,
    /// Why it exists: `States.Charge (lambda:invoke)`, `logging`, ...; not written into the
    /// policy, shown by `cargo sfn build --explain`.
    pub reasons: BTreeSet<String>,
}

impl Statement {
    pub fn new<A: Into<String>, R: Into<String>>(
        actions: impl IntoIterator<Item = A>,
        resources: impl IntoIterator<Item = R>,
        reason: impl Into<String>,
    ) -> Statement {
        Statement {
            actions: actions.into_iter().map(Into::into).collect(),
            resources: resources.into_iter().map(Into::into).collect(),
            conditions: Conditions::new(),
            reasons: BTreeSet::from([reason.into()]),
        }
    }

    /// Adds a condition (`StringEquals`, `iam:PassedToService`, values).
    pub fn when<V: Into<String>>(
        mut self,
        operator: &str,
        key: &str,
        values: impl IntoIterator<Item = V>,
    ) -> Statement {
        self.conditions
            .entry(operator.to_owned())
            .or_default()
            .insert(key.to_owned(), values.into_iter().map(Into::into).collect());
        self
    }
}

impl Serialize for Statement {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("Effect", "Allow")?;
        map.serialize_entry("Action", &self.actions)?;
        map.serialize_entry("Resource", &self.resources)?;
        if !self.conditions.is_empty() {
            map.serialize_entry("Condition", &self.conditions)?;
        }
        map.end()
    }
}

/// An identity policy: the statements a workflow's execution role needs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    pub statements: Vec<Statement>,
}

impl Policy {
    /// Merges statements: first those with the same actions and conditions (resources are
    /// united), then those with the same resources and conditions (actions are united); then
    /// sorts them by their first action and resource.
    pub fn from_statements(statements: Vec<Statement>) -> Policy {
        let by_actions = merge(
            statements,
            |s| (s.actions.clone(), s.conditions.clone()),
            |into, s| {
                into.resources.extend(s.resources);
            },
        );
        let mut merged = merge(
            by_actions,
            |s| (s.resources.clone(), s.conditions.clone()),
            |into, s| {
                into.actions.extend(s.actions);
            },
        );
        merged.sort_by(|a, b| {
            (&a.actions, &a.resources, &a.conditions).cmp(&(
                &b.actions,
                &b.resources,
                &b.conditions,
            ))
        });
        Policy { statements: merged }
    }

    /// The policy document.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::json!({
            "Version": "2012-10-17",
            "Statement": self.statements,
        })
    }

    /// The policy document as pretty JSON.
    pub fn to_json_pretty(&self) -> String {
        let mut out = serde_json::to_string_pretty(&self.to_value()).unwrap_or_default();
        out.push('\n');
        out
    }

    /// Every action granted, for tests and comparisons.
    pub fn actions(&self) -> BTreeSet<&str> {
        self.statements
            .iter()
            .flat_map(|s| s.actions.iter().map(String::as_str))
            .collect()
    }
}

fn merge<K: Ord>(
    statements: Vec<Statement>,
    key: impl Fn(&Statement) -> K,
    join: impl Fn(&mut Statement, Statement),
) -> Vec<Statement> {
    let mut groups: BTreeMap<K, Statement> = BTreeMap::new();
    for statement in statements {
        let k = key(&statement);
        match groups.get_mut(&k) {
            Some(existing) => {
                let reasons = statement.reasons.clone();
                join(existing, statement);
                existing.reasons.extend(reasons);
            }
            None => {
                groups.insert(k, statement);
            }
        }
    }
    groups.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_and_sorts() {
        let policy = Policy::from_statements(vec![
            Statement::new(["sns:Publish"], ["arn:aws:sns:eu-west-1:1:b"], "B"),
            Statement::new(["sns:Publish"], ["arn:aws:sns:eu-west-1:1:a"], "A"),
            Statement::new(
                ["dynamodb:GetItem"],
                ["arn:aws:dynamodb:eu-west-1:1:table/t"],
                "C",
            ),
            Statement::new(
                ["dynamodb:PutItem"],
                ["arn:aws:dynamodb:eu-west-1:1:table/t"],
                "D",
            ),
        ]);
        let json: serde_json::Value = serde_json::from_str(&policy.to_json_pretty()).unwrap();
        assert_eq!(
            json["Statement"],
            serde_json::json!([
                {"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem"], "Resource": ["arn:aws:dynamodb:eu-west-1:1:table/t"]},
                {"Effect": "Allow", "Action": ["sns:Publish"], "Resource": ["arn:aws:sns:eu-west-1:1:a", "arn:aws:sns:eu-west-1:1:b"]},
            ])
        );
        assert_eq!(
            policy.statements[0].reasons,
            BTreeSet::from(["C".to_owned(), "D".to_owned()])
        );
    }
}
