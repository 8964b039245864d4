//! Whether a response (a mock's answer in a local run) has the shape the service's model
//! gives the operation's output, as AWS's TestState API checks mocked results: every field
//! one the response can have, objects where the model has structures, arrays where it has
//! lists, and scalars of the model's kind. Absent fields are fine (services leave out what
//! is empty).

use serde_json::Value;

use super::{Service, Shape};

/// The fields Step Functions adds to every service response.
const METADATA: &[&str] = &["SdkHttpMetadata", "SdkResponseMetadata"];

/// The places where `response` departs from `service`'s output of `action`, each as
/// "`$.Path`: what is wrong"; empty when it conforms (or the model says nothing).
pub fn output_mismatches(service: &Service, action: &str, response: &Value) -> Vec<String> {
    let mut found = Vec::new();
    if let Some(shape) = service.output(action) {
        conform(service, shape, response, "$", true, &mut found);
    }
    found
}

fn conform(
    service: &Service,
    shape: &Shape,
    value: &Value,
    at: &str,
    top: bool,
    found: &mut Vec<String>,
) {
    match (shape, value) {
        (Shape::Structure { members, .. }, Value::Object(fields)) => {
            for (name, field) in fields {
                if top && METADATA.contains(&name.as_str()) {
                    continue;
                }
                match service.shape(super::member(members, name)) {
                    Some(member) => conform(
                        service,
                        member,
                        field,
                        &format!("{at}.{name}"),
                        false,
                        found,
                    ),
                    None => found.push(format!(
                        "`{at}.{name}`: the response has no such field (it has {})",
                        members.keys().cloned().collect::<Vec<_>>().join(", ")
                    )),
                }
            }
        }
        (Shape::List(member), Value::Array(items)) => {
            if let Some(member) = service.shape(Some(*member)) {
                for (i, item) in items.iter().enumerate() {
                    conform(service, member, item, &format!("{at}[{i}]"), false, found);
                }
            }
        }
        (Shape::Map(member), Value::Object(entries)) => {
            if let Some(member) = service.shape(Some(*member)) {
                for (key, entry) in entries {
                    conform(service, member, entry, &format!("{at}.{key}"), false, found);
                }
            }
        }
        (_, Value::Null)
        | (Shape::String(_) | Shape::Timestamp, Value::String(_))
        | (Shape::Timestamp | Shape::Integer | Shape::Number, Value::Number(_))
        | (Shape::Boolean, Value::Bool(_))
        | (Shape::Blob | Shape::Document, _) => {}
        (expected, _) => found.push(format!(
            "`{at}`: the response has {} here, not {value}",
            expected.describe()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_response_with_the_model_s_fields_conforms() {
        let s3 = crate::catalog::service("s3").unwrap();
        let fine = json!({"ContentType": "text/csv", "ContentLength": 10, "Body": "a,b", "SdkHttpMetadata": {}});
        assert!(output_mismatches(s3, "getObject", &fine).is_empty());
    }

    #[test]
    fn unknown_fields_and_wrong_kinds_are_named() {
        let dynamodb = crate::catalog::service("dynamodb").unwrap();
        let wrong = json!({"Item": {"id": {"S": "1"}}, "Items": [], "ConsumedCapacity": "lots"});
        let found = output_mismatches(dynamodb, "getItem", &wrong);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found
                .iter()
                .any(|f| f.starts_with("`$.ConsumedCapacity`: the response has an object here")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f.starts_with("`$.Items`: the response has no such field")),
            "{found:?}"
        );
    }
}
