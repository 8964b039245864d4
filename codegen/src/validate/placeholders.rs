//! `${Name}` placeholders that a deployment tool (CloudFormation `DefinitionSubstitutions`,
//! SAM, Terraform `templatefile`) should have replaced before the definition is used. A typed
//! resource's (`${sfn.function.charge.arn}`, see `resource.rs`) is not one of them: `cargo sfn`
//! binds it per environment, and checks, runs and writes policies with it bound locally.

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic, Location, Segment};
use crate::model::StateMachine;

/// Checks every string of the definition: the source JSON when there is one (cheaper than
/// serializing the model again), else the model's canonical form.
pub(super) fn check(machine: &StateMachine, source: Option<&Value>, out: &mut Vec<Diagnostic>) {
    match source {
        Some(value) => walk(value, &Location::root(), out),
        None => walk(&crate::emit::to_value(machine), &Location::root(), out),
    }
}

fn walk(value: &Value, location: &Location, out: &mut Vec<Diagnostic>) {
    match value {
        Value::String(text) => {
            if let Some(span) = placeholder(text) {
                let in_resource =
                    matches!(location.last(), Some(Segment::Key(k)) if k == "Resource");
                let message = format!(
                    "`{}` is a deployment placeholder that was never substituted",
                    &text[span.clone()]
                );
                let diagnostic = if in_resource {
                    Diagnostic::error(Code::UNRESOLVED_PLACEHOLDER, location.clone(), message)
                } else {
                    Diagnostic::warning(Code::UNRESOLVED_PLACEHOLDER, location.clone(), message)
                };
                out.push(
                    diagnostic
                        .with_value_span(span)
                        .with_help("substitute it before deploying (`DefinitionSubstitutions`, or `cargo sfn` definition substitutions)"),
                );
            }
        }
        Value::Object(map) => {
            for (key, value) in map {
                walk(value, &location.key(key), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &location.index(i), out);
            }
        }
        _ => {}
    }
}

/// The first `${Name}` in a string: a name of letters, digits, `_`, `-`, `.` or `:` (not a
/// typed resource's).
fn placeholder(text: &str) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    while let Some(offset) = text[from..].find("${") {
        let start = from + offset;
        let rest = &text[start + 2..];
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':')))
            .unwrap_or(rest.len());
        let typed = crate::resource::parse_placeholder(&rest[..len]).is_some();
        if len > 0 && rest[len..].starts_with('}') && !typed {
            return Some(start..start + 2 + len + 1);
        }
        from = start + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::placeholder;

    #[test]
    fn finds_placeholders() {
        assert_eq!(placeholder("arn:${AWS::Partition}:lambda"), Some(4..21));
        assert_eq!(placeholder("${LambdaArn}"), Some(0..12));
        assert_eq!(placeholder("costs $5 {}"), None);
        assert_eq!(placeholder("${}"), None);
        assert_eq!(placeholder("${sfn.function.charge.arn}"), None);
        assert_eq!(placeholder("${sfn.functions.charge.arn}"), Some(0..27));
    }
}
