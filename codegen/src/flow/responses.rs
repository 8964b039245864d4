//! The response shapes of request-response integrations whose output the service documents:
//! a task calling one has a typed result without a declaration. Every field the response can
//! have is listed (optional where it may be absent), since a closed shape makes any other
//! field an error; the `Sdk*Metadata` fields are the ones Step Functions adds to each response.

use indexmap::IndexMap;

use super::shape::{Field, Shape};

type Fields<'a> = &'a [(&'a str, Shape)];

/// The result shape of a Task's `Resource`, for the optimized integrations listed here in
/// request-response form; `None` (not known) for anything else.
pub fn known_result(resource: &str) -> Option<Shape> {
    let action = resource.split(":::").nth(1)?;
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
        "dynamodb:getItem" => (
            &[],
            &[
                ("Item", Shape::Unknown),
                ("ConsumedCapacity", Shape::Unknown),
            ],
        ),
        "dynamodb:putItem" | "dynamodb:updateItem" | "dynamodb:deleteItem" => (
            &[],
            &[
                ("Attributes", Shape::Unknown),
                ("ConsumedCapacity", Shape::Unknown),
                ("ItemCollectionMetrics", Shape::Unknown),
            ],
        ),
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
    let metadata = [
        ("SdkHttpMetadata", Shape::Unknown),
        ("SdkResponseMetadata", Shape::Unknown),
    ];
    for (name, shape) in optional.iter().cloned().chain(metadata) {
        fields.insert(
            name.to_owned(),
            Field {
                shape,
                required: false,
            },
        );
    }
    Some(Shape::Object(fields))
}
