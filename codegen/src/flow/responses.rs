//! The response shapes of request-response integrations whose output the service documents:
//! a task calling one has a typed result without a declaration. Every field the response can
//! have is listed (optional where it may be absent), since a closed shape makes any other
//! field an error; the `Sdk*Metadata` fields are the ones Step Functions adds to each response.

use indexmap::IndexMap;

use super::shape::{Field, Shape};

type Fields<'a> = &'a [(&'a str, Shape)];

/// The result shape of a Task's `Resource`: for the optimized integrations listed here in
/// request-response form, and for AWS SDK calls the output shape of the operation in the
/// service catalog; `None` (not known) for anything else.
pub fn known_result(resource: &str) -> Option<Shape> {
    let action = resource.split(":::").nth(1)?;
    if let Some(call) = action.strip_prefix("aws-sdk:") {
        return sdk_result(call);
    }
    let (required, optional): (Fields<'_>, Fields<'_>) = match action {
        "lambda:invoke" => (
            &[("Payload", Shape::Unknown), ("StatusCode", Shape::Number)],
            &[
                ("ExecutedVersion", Shape::String),
                ("FunctionError", Shape::String),
                ("LogResult", Shape::String),
            ],
        ),
        "sns:publish" => (
            &[("MessageId", Shape::String)],
            &[("SequenceNumber", Shape::String)],
        ),
        "sqs:sendMessage" => (
            &[
                ("MessageId", Shape::String),
                ("MD5OfMessageBody", Shape::String),
            ],
            &[
                ("MD5OfMessageAttributes", Shape::String),
                ("MD5OfMessageSystemAttributes", Shape::String),
                ("SequenceNumber", Shape::String),
            ],
        ),
        // DynamoDB answers as its API does: attribute values typed `S`, `N` (a string!), ...
        "dynamodb:getItem" | "dynamodb:putItem" | "dynamodb:updateItem" | "dynamodb:deleteItem" => {
            return sdk_result(action);
        }
        "events:putEvents" => (
            &[
                ("Entries", Shape::Array(Box::new(Shape::Unknown))),
                ("FailedEntryCount", Shape::Number),
            ],
            &[],
        ),
        _ => return None,
    };
    let mut fields = IndexMap::new();
    for (name, shape) in required {
        fields.insert((*name).to_owned(), Field::required(shape.clone()));
    }
    for (name, shape) in optional.iter().cloned() {
        fields.insert(name.to_owned(), Field::optional(shape));
    }
    Some(with_metadata(fields))
}

/// The fields Step Functions adds to every service response.
fn with_metadata(mut fields: IndexMap<String, Field>) -> Shape {
    for name in ["SdkHttpMetadata", "SdkResponseMetadata"] {
        fields.insert(name.to_owned(), Field::optional(Shape::Unknown));
    }
    Shape::Object(fields)
}

/// The output of `<service>:<action>` (request-response only: a callback's result is what
/// the other side sends) from the service's model.
fn sdk_result(call: &str) -> Option<Shape> {
    let (service, action) = call.split_once(':')?;
    if action.contains('.') {
        return None;
    }
    let service = crate::catalog::service(service)?;
    let Some(Shape::Object(fields)) = model_shape(service, service.output(action)?, 0) else {
        return None;
    };
    Some(with_metadata(fields))
}

/// A catalog shape as the flow knows shapes. Every member is optional (services leave out
/// what is empty), and each is known by its model name and by the AWS SDK for Java's
/// spelling, which is how Step Functions writes some (`DbInstances` for `DBInstances`).
fn model_shape(
    service: &crate::catalog::Service,
    shape: &crate::catalog::Shape,
    depth: usize,
) -> Option<Shape> {
    use crate::catalog::Shape as Model;
    if depth > 8 {
        return Some(Shape::Unknown);
    }
    Some(match shape {
        Model::String(_) | Model::Timestamp => Shape::String,
        Model::Integer | Model::Number => Shape::Number,
        Model::Boolean => Shape::Bool,
        Model::Blob | Model::Document => Shape::Unknown,
        Model::Map(member) => Shape::Map(Box::new(model_shape(
            service,
            service.shape(Some(*member))?,
            depth + 1,
        )?)),
        Model::List(member) => Shape::Array(Box::new(model_shape(
            service,
            service.shape(Some(*member))?,
            depth + 1,
        )?)),
        Model::Structure { members, .. } => {
            let mut fields = IndexMap::new();
            for (name, member) in members {
                let member = model_shape(service, service.shape(Some(*member))?, depth + 1)?;
                let java = crate::catalog::java_spelling(name);
                if java != *name {
                    fields.insert(java, Field::optional(member.clone()));
                }
                fields.insert(name.clone(), Field::optional(member));
            }
            Shape::Object(fields)
        }
    })
}
