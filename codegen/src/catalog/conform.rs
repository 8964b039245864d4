//! Whether a response (a mock's answer in a local run) has the shape the service's model
//! gives the operation's output, as AWS's TestState API checks mocked results in its three
//! field validation modes (as LocalStack's AWS-validated tests record them):
//! - `STRICT` (the default): fields the model does not have are ignored; a required output
//!   field must be there; every field present must be of the model's kind (objects for
//!   structures, arrays for lists, a timestamp as a string, not a number), a string of an
//!   enumeration one of its values.
//! - `PRESENT`: only the fields present are checked, as in `STRICT`; none is required.
//! - `NONE`: nothing is checked.
//!
//! Integer ranges and blob lengths, which the catalog does not keep, are not checked.

use serde_json::Value;

use super::{Service, Shape};

/// The fields Step Functions adds to every service response.
const METADATA: &[&str] = &["SdkHttpMetadata", "SdkResponseMetadata"];

/// How a mocked result is checked against the model: TestState's `fieldValidationMode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum FieldValidation {
    #[default]
    Strict,
    Present,
    None,
}

/// The places where `response` departs from `service`'s output of `action`, each as
/// "`$.Path`: what is wrong"; empty when it conforms (or the model says nothing).
pub fn output_mismatches(
    service: &Service,
    action: &str,
    response: &Value,
    mode: FieldValidation,
) -> Vec<String> {
    let mut found = Vec::new();
    if mode == FieldValidation::None {
        return found;
    }
    if let Some(shape) = service.output(action) {
        let check = Check {
            service,
            required: mode == FieldValidation::Strict,
        };
        check.conform(shape, response, "$", &mut found);
    }
    found
}

struct Check<'a> {
    service: &'a Service,
    /// Whether required members must be present.
    required: bool,
}

impl Check<'_> {
    fn conform(&self, shape: &Shape, value: &Value, at: &str, found: &mut Vec<String>) {
        let service = self.service;
        match (shape, value) {
            (Shape::Structure { members, required }, Value::Object(fields)) => {
                if self.required {
                    for name in required {
                        if !fields.contains_key(name)
                            && !fields.contains_key(&super::java_spelling(name))
                        {
                            found.push(format!(
                                "`{at}.{name}`: a required field of the response is missing"
                            ));
                        }
                    }
                }
                for (name, field) in fields {
                    if at == "$" && METADATA.contains(&name.as_str()) {
                        continue;
                    }
                    // A field the model does not have is ignored, as AWS ignores it.
                    if let Some(member) = service.shape(super::member(members, name)) {
                        self.conform(member, field, &format!("{at}.{name}"), found);
                    }
                }
            }
            (Shape::List(member), Value::Array(items)) => {
                if let Some(member) = service.shape(Some(*member)) {
                    for (i, item) in items.iter().enumerate() {
                        self.conform(member, item, &format!("{at}[{i}]"), found);
                    }
                }
            }
            (Shape::Map(member), Value::Object(entries)) => {
                if let Some(member) = service.shape(Some(*member)) {
                    for (key, entry) in entries {
                        self.conform(member, entry, &format!("{at}.{key}"), found);
                    }
                }
            }
            (Shape::String(values), Value::String(text))
                if !values.is_empty() && !values.contains(text) =>
            {
                found.push(format!(
                    "`{at}`: `{text}` is not one of the enumeration's values ({})",
                    values.join(", ")
                ));
            }
            (_, Value::Null)
            | (Shape::String(_) | Shape::Timestamp, Value::String(_))
            | (Shape::Integer | Shape::Number, Value::Number(_))
            | (Shape::Boolean, Value::Bool(_))
            | (Shape::Blob | Shape::Document, _) => {}
            (expected, _) => found.push(format!(
                "`{at}`: the response has {} here, not {value}",
                expected.describe()
            )),
        }
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
        assert!(output_mismatches(s3, "getObject", &fine, FieldValidation::Strict).is_empty());
    }

    #[test]
    fn strict_ignores_unknown_fields_and_names_wrong_kinds_enums_and_timestamps() {
        let dynamodb = crate::catalog::service("dynamodb").unwrap();
        let wrong = json!({"Item": {"id": {"S": "1"}}, "Items": [], "ConsumedCapacity": "lots"});
        assert_eq!(
            output_mismatches(dynamodb, "getItem", &wrong, FieldValidation::Strict),
            ["`$.ConsumedCapacity`: the response has an object here, not \"lots\""]
        );
        let sfn = crate::catalog::service("sfn").unwrap();
        let execution = json!({"ExecutionArn": "arn", "StartDate": 1700000000, "Status": "DONE"});
        assert_eq!(
            output_mismatches(
                sfn,
                "describeExecution",
                &execution,
                FieldValidation::Strict
            ),
            [
                "`$.StateMachineArn`: a required field of the response is missing",
                "`$.StartDate`: the response has a timestamp here, not 1700000000",
                "`$.Status`: `DONE` is not one of the enumeration's values (ABORTED, FAILED, PENDING_REDRIVE, RUNNING, SUCCEEDED, TIMED_OUT)",
            ]
        );
        // PRESENT checks what is there and requires nothing; NONE checks nothing.
        assert_eq!(
            output_mismatches(
                sfn,
                "describeExecution",
                &execution,
                FieldValidation::Present
            )
            .len(),
            2
        );
        assert!(
            output_mismatches(sfn, "describeExecution", &execution, FieldValidation::None)
                .is_empty()
        );
    }
}
