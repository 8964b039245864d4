//! Where each typed resource a workflow calls is in one environment: its real name (the
//! environment's resource prefix and the logical name, unless `sfn.toml` names it), account
//! and region (the deployment's unless set), and the definition with its `${sfn...}`
//! placeholders filled from them.

use serde::{Deserialize, Serialize};
use sfn_codegen::iam::Environment;
use sfn_codegen::resource::{self, Binding, ResourceKind};

use crate::config::Resolved;

/// A typed resource bound in an environment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bound {
    pub kind: ResourceKind,
    pub logical: String,
    pub name: String,
    pub region: String,
    pub account: String,
    pub arn: String,
}

/// The binding of each typed resource `texts` (the definition, the ARNs its states declare)
/// refer to; `home` is where the workflow is deployed.
pub fn bind_all<'a>(
    texts: impl IntoIterator<Item = &'a str>,
    settings: &Resolved,
    home: &Environment,
) -> Vec<(Bound, Binding)> {
    resource::references(&texts.into_iter().collect::<Vec<_>>().join("\n"))
        .into_iter()
        .map(|(kind, logical)| {
            let binding = binding(&logical, settings, home);
            let bound = Bound {
                kind,
                arn: kind.arn(&binding),
                name: binding.name.clone(),
                region: binding.environment.region.clone(),
                account: binding.environment.account.clone(),
                logical,
            };
            (bound, binding)
        })
        .collect()
}

fn binding(logical: &str, settings: &Resolved, home: &Environment) -> Binding {
    let s = &settings.settings;
    let own = s.resources.get(logical).cloned().unwrap_or_default();
    let prefix = s
        .resource_prefix
        .as_deref()
        .or(s.prefix.as_deref())
        .unwrap_or_default();
    let region = own.region.unwrap_or_else(|| home.region.clone());
    let account = own.account.unwrap_or_else(|| home.account.clone());
    Binding::new(
        own.name.unwrap_or_else(|| format!("{prefix}{logical}")),
        Environment::new(home.partition.clone(), region, account),
    )
}

/// `definition` with its typed resources written as `bound` places them.
pub fn fill(definition: &str, bound: &[(Bound, Binding)], home: &Environment) -> String {
    resource::fill(definition, |reference| {
        let (_, binding) = bound
            .iter()
            .find(|(b, _)| b.kind == reference.kind && b.logical == reference.logical)?;
        Some(reference.kind.write(binding, reference.form, home))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn names_come_from_the_prefix_unless_the_environment_names_them() {
        let config = Config::from_sfn_toml(
            r#"
[env.prod]
prefix = "prod-"
resources = { charge = { name = "payments-charge", account = "444455556666", region = "us-west-2" } }
"#,
            std::path::Path::new("sfn.toml"),
        )
        .unwrap();
        let prod = config.resolve(Some("prod")).unwrap();
        let target = Environment::in_region("eu-west-1", "111122223333");
        let definition = r#"{"a":"${sfn.function.charge.arn}","b":"${sfn.table.orders.name}","c":"${sfn.queue.jobs.url}"}"#;
        let bound = bind_all([definition], &prod, &target);
        let arns: Vec<&str> = bound.iter().map(|(b, _)| b.arn.as_str()).collect();
        assert_eq!(
            arns,
            [
                "arn:aws:lambda:us-west-2:444455556666:function:payments-charge",
                "arn:aws:dynamodb:eu-west-1:111122223333:table/prod-orders",
                "arn:aws:sqs:eu-west-1:111122223333:prod-jobs",
            ]
        );
        assert_eq!(
            fill(definition, &bound, &target),
            r#"{"a":"arn:aws:lambda:us-west-2:444455556666:function:payments-charge","b":"prod-orders","c":"https://sqs.eu-west-1.amazonaws.com/111122223333/prod-jobs"}"#
        );
    }
}
