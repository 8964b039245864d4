//! The response shapes of request-response integrations whose output the service documents:
//! a task calling one has a typed result without a declaration. Every field the response can
//! have is listed (optional where it may be absent), since a closed shape makes any other
//! field an error; the `Sdk*Metadata` fields are the ones Step Functions adds to each response.

use indexmap::IndexMap;

use super::shape::{Field, Shape};

use crate::integration::{Kind, Pattern, Resource, Response, optimized};

/// The result shape of a Task's `Resource`: for the optimized integrations whose response the
/// integration table documents, in request-response form, and for AWS SDK calls the output
/// shape of the operation in the service catalog; `None` (not known) for anything else.
pub fn known_result(resource: &str) -> Option<Shape> {
    match Resource::parse(resource) {
        Resource::Sdk {
            service,
            action,
            pattern: Some(Pattern::RequestResponse),
        } => sdk_result(&format!("{service}:{action}")),
        Resource::Optimized {
            call,
            service,
            action,
            pattern: Some(Pattern::RequestResponse),
        } => match optimized(service, action)?.response {
            Response::Unknown => None,
            // DynamoDB answers as its API does: attribute values typed `S`, `N` (a string!), ...
            Response::Model => sdk_result(call),
            Response::Fields(documented) => Some(with_metadata(
                documented
                    .iter()
                    .map(|&(name, kind, always)| {
                        let shape = match kind {
                            Kind::String => Shape::String,
                            Kind::Number => Shape::Number,
                            Kind::List => Shape::Array(Box::new(Shape::Unknown)),
                            Kind::Any => Shape::Unknown,
                        };
                        let field = if always {
                            Field::required(shape)
                        } else {
                            Field::optional(shape)
                        };
                        (name.to_owned(), field)
                    })
                    .collect(),
            )),
        },
        _ => None,
    }
}

/// The fields Step Functions adds to every service response.
fn with_metadata(mut fields: IndexMap<String, Field>) -> Shape {
    for name in ["SdkHttpMetadata", "SdkResponseMetadata"] {
        fields.insert(name.to_owned(), Field::optional(Shape::Unknown));
    }
    Shape::Object(fields.into())
}

/// The output of `<service>:<action>` (request-response only: a callback's result is what
/// the other side sends) from the service's model.
fn sdk_result(call: &str) -> Option<Shape> {
    thread_local! {
        /// Each call's output, built once: a shape's fields are shared, so handing out a
        /// copy costs nothing, and a definition often makes the same call many times.
        static BUILT: std::cell::RefCell<std::collections::HashMap<String, Option<Shape>>> =
            Default::default();
    }
    if let Some(built) = BUILT.with(|b| b.borrow().get(call).cloned()) {
        return built;
    }
    let built = build_sdk_result(call);
    BUILT.with(|b| b.borrow_mut().insert(call.to_owned(), built.clone()));
    built
}

fn build_sdk_result(call: &str) -> Option<Shape> {
    let (service, action) = call.split_once(':')?;
    if action.contains('.') {
        return None;
    }
    let service = crate::catalog::service(service)?;
    let output = service.output_index(action)?;
    let Some(Shape::Object(fields)) = model_shape(service, output, &mut Vec::new()) else {
        return None;
    };
    Some(with_metadata(fields.into_map()))
}

/// A catalog shape as the flow knows shapes. Every member is optional (services leave out
/// what is empty), and each is known by its model name and by the AWS SDK for Java's
/// spelling, which is how Step Functions writes some (`DbInstances` for `DBInstances`).
///
/// A structure met again inside itself (DynamoDB's `AttributeValue`, whose `M` and `L` hold
/// more of them) is not unrolled: below its first level it is `Unknown`, which guesses
/// nothing. Unrolled, one `GetItem` result held thousands of fields, and the flow copies
/// results from state to state.
fn model_shape(
    service: &crate::catalog::Service,
    index: usize,
    within: &mut Vec<usize>,
) -> Option<Shape> {
    use crate::catalog::Shape as Model;
    if within.len() > 8 || within.contains(&index) {
        return Some(Shape::Unknown);
    }
    Some(match service.shape(Some(index))? {
        Model::String(_) | Model::Timestamp => Shape::String,
        Model::Integer | Model::Number => Shape::Number,
        Model::Boolean => Shape::Bool,
        Model::Blob | Model::Document => Shape::Unknown,
        Model::Map(member) => Shape::Map(Box::new(model_shape(service, *member, within)?)),
        Model::List(member) => Shape::Array(Box::new(model_shape(service, *member, within)?)),
        Model::Structure { members, .. } => {
            within.push(index);
            let mut fields = IndexMap::new();
            for (name, member) in members {
                let Some(member) = model_shape(service, *member, within) else {
                    within.pop();
                    return None;
                };
                let java = crate::catalog::java_spelling(name);
                if java != *name {
                    fields.insert(java, Field::optional(member.clone()));
                }
                fields.insert(name.clone(), Field::optional(member));
            }
            within.pop();
            Shape::Object(fields.into())
        }
    })
}
