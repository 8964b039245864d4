//! The AWS service catalog: every service Step Functions can call through `aws-sdk:`, by the
//! name it uses there, with its IAM prefix and each operation's input and output shapes.
//!
//! Generated from botocore's service models by `tools/catalog/generate.py` (the version is in
//! `catalog/index.json`) and embedded here, one JSON document per service, parsed the first
//! time a definition names that service.

mod conform;
#[rustfmt::skip]
mod files;

pub use conform::{FieldValidation, output_mismatches};

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::Value;
use serde_json::value::RawValue;

/// Names Step Functions still accepts for a service AWS renamed, and the name it is under now.
const RENAMED: &[(&str, &str)] = &[("cloudwatchevents", "eventbridge")];

/// One service of the catalog. Its operations and shapes stay as the embedded JSON text
/// until one is asked for: a definition uses a few operations of a service, and decoding all
/// of a large model (EC2's is 350 KB) was most of a whole-corpus `validate`.
#[derive(Debug)]
pub struct Service {
    /// The botocore model it comes from (`stepfunctions` for `sfn`).
    pub model: String,
    /// The prefix of its IAM actions (the Service Authorization Reference's).
    pub iam_prefix: String,
    operations: BTreeMap<&'static str, Lazy<Operation>>,
    shapes: Vec<Lazy<Shape>>,
    /// ARN formats of the service's resource types (`arn:${Partition}:kms:...:key/${KeyId}`).
    arns: Vec<String>,
    /// Its exceptions as Step Functions names them after the prefix (with the `Exception`
    /// suffix), sorted.
    errors: Vec<String>,
    /// The service's name before the `.` of its errors (`DynamoDb`, `AcmPca`).
    pub error_prefix: String,
}

/// A part of the model, decoded the first time it is read (`None`: it does not decode).
#[derive(Debug)]
struct Lazy<T> {
    text: &'static RawValue,
    decoded: OnceLock<Option<T>>,
}

impl<T> Lazy<T> {
    fn new(text: &'static RawValue) -> Lazy<T> {
        Lazy {
            text,
            decoded: OnceLock::new(),
        }
    }

    fn get(&self, decode: impl FnOnce(&Value) -> Option<T>) -> Option<&T> {
        self.decoded
            .get_or_init(|| decode(&serde_json::from_str(self.text.get()).ok()?))
            .as_ref()
    }
}

/// A service file as embedded, its parts left undecoded.
#[derive(serde::Deserialize)]
struct Embedded {
    iam: String,
    model: String,
    #[serde(borrow)]
    operations: BTreeMap<&'static str, &'static RawValue>,
    #[serde(borrow)]
    shapes: Vec<&'static RawValue>,
    #[serde(default)]
    arns: Vec<String>,
    #[serde(default)]
    errors: Vec<String>,
    #[serde(default)]
    error_prefix: String,
}

#[derive(Debug)]
struct Operation {
    input: Option<usize>,
    output: Option<usize>,
    /// Sends or receives an event stream, which Step Functions cannot (one request, one answer).
    streams: bool,
    /// The Service Authorization Reference has no action of the operation's name.
    no_named_action: bool,
    /// The resource types that action accepts, as indexes into the service's ARN formats.
    resources: Vec<usize>,
    /// The errors its API reference lists, as indexes into the service's errors.
    errors: Vec<usize>,
}

/// What a value of a member must be.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A string, with the values an enumeration allows (empty: any).
    String(Vec<String>),
    Integer,
    Number,
    Boolean,
    Timestamp,
    /// Bytes: Step Functions passes text or JSON for them.
    Blob,
    /// Any JSON.
    Document,
    List(usize),
    Map(usize),
    Structure {
        members: BTreeMap<String, usize>,
        required: Vec<String>,
    },
}

/// A member as the AWS SDK for Java 2.x spells it, capitalised: a leading acronym loses its
/// capitals but the one that starts the next word (`DBInstanceIdentifier` is
/// `DbInstanceIdentifier`). Step Functions takes this spelling too (AWS's own samples use it).
pub fn java_spelling(member: &str) -> String {
    let chars: Vec<char> = member.chars().collect();
    let mut end = 1;
    while end < chars.len()
        && chars[end].is_uppercase()
        && !(end + 1 < chars.len() && chars[end + 1].is_lowercase())
    {
        end += 1;
    }
    let mut out = String::with_capacity(member.len());
    for (i, c) in chars.iter().enumerate() {
        match i {
            0 => out.push(*c),
            i if i < end => out.extend(c.to_lowercase()),
            _ => out.push(*c),
        }
    }
    out
}

/// The shape of the member a field names: by the model's spelling, or the Java one Step
/// Functions also takes (`DbInstanceIdentifier` for `DBInstanceIdentifier`).
pub fn member(members: &BTreeMap<String, usize>, field: &str) -> Option<usize> {
    members.get(field).copied().or_else(|| {
        members
            .iter()
            .find(|(m, _)| java_spelling(m) == field)
            .map(|(_, shape)| *shape)
    })
}

/// The names of every service, sorted.
pub fn service_names() -> impl Iterator<Item = &'static str> {
    files::SERVICES
        .iter()
        .map(|(name, _)| *name)
        .chain(RENAMED.iter().map(|(old, _)| *old))
}

/// Whether AWS removed the service of this name (its model was in botocore 1.23.0, of
/// November 2021, and is not in today's).
pub fn removed(name: &str) -> bool {
    files::REMOVED.contains(&name)
}

/// The service whose SDK integration's errors start with `prefix` (`DynamoDb`), by its Step
/// Functions name.
pub fn service_of_error_prefix(prefix: &str) -> Option<&'static str> {
    files::ERROR_PREFIXES
        .binary_search_by(|(p, _)| (*p).cmp(prefix))
        .ok()
        .map(|i| files::ERROR_PREFIXES[i].1)
}

/// The service Step Functions calls `name` in `aws-sdk:<name>:...`, if there is one.
pub fn service(name: &str) -> Option<&'static Service> {
    static PARSED: OnceLock<Vec<OnceLock<Option<Service>>>> = OnceLock::new();
    let name = RENAMED
        .iter()
        .find(|(old, _)| *old == name)
        .map_or(name, |(_, new)| *new);
    let i = files::SERVICES
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()?;
    let cells = PARSED.get_or_init(|| files::SERVICES.iter().map(|_| OnceLock::new()).collect());
    cells[i]
        .get_or_init(|| Service::parse(files::SERVICES[i].1))
        .as_ref()
}

impl Service {
    fn parse(text: &'static str) -> Option<Service> {
        let embedded: Embedded = serde_json::from_str(text).ok()?;
        Some(Service {
            model: embedded.model,
            iam_prefix: embedded.iam,
            operations: embedded
                .operations
                .into_iter()
                .map(|(name, text)| (name, Lazy::new(text)))
                .collect(),
            shapes: embedded.shapes.into_iter().map(Lazy::new).collect(),
            arns: embedded.arns,
            errors: embedded.errors,
            error_prefix: embedded.error_prefix,
        })
    }

    fn operation(&self, action: &str) -> Option<&Operation> {
        self.operations.get(action)?.get(Operation::parse)
    }

    /// The operations' names as Step Functions writes them (camelCase), sorted.
    pub fn actions(&self) -> impl Iterator<Item = &str> {
        self.operations.keys().copied()
    }

    pub fn has_action(&self, action: &str) -> bool {
        self.operations.contains_key(action)
    }

    /// The input shape of an operation (`None`: it takes no input, or no such operation).
    pub fn input(&self, action: &str) -> Option<&Shape> {
        self.shape(self.operation(action)?.input)
    }

    /// The output shape of an operation.
    pub fn output(&self, action: &str) -> Option<&Shape> {
        self.shape(self.output_index(action))
    }

    /// The number of an operation's output shape, as [`Service::shape`] takes it.
    pub fn output_index(&self, action: &str) -> Option<usize> {
        self.operation(action)?.output
    }

    /// Whether the Service Authorization Reference has an IAM action named as the operation
    /// (`s3:ListObjectsV2` has none: `s3:ListBucket` authorizes it). True for services it
    /// does not know.
    pub fn has_named_action(&self, action: &str) -> bool {
        self.operation(action).is_some_and(|o| !o.no_named_action)
    }

    /// The ARN formats of the resources the operation's IAM action accepts (empty: only `*`,
    /// or not known).
    pub fn resource_formats(&self, action: &str) -> Vec<&str> {
        self.operation(action).map_or_else(Vec::new, |o| {
            o.resources
                .iter()
                .filter_map(|i| self.arns.get(*i).map(String::as_str))
                .collect()
        })
    }

    /// Whether an operation streams events in or out, which Step Functions cannot call.
    pub fn streams(&self, action: &str) -> bool {
        self.operation(action).is_some_and(|o| o.streams)
    }

    /// Every error the service raises, as a Task names it (`DynamoDb.ResourceNotFoundException`).
    pub fn errors(&self) -> impl Iterator<Item = String> + '_ {
        self.errors
            .iter()
            .map(|e| format!("{}.{e}", self.error_prefix))
    }

    /// The errors the operation's API reference lists, named as [`Service::errors`].
    pub fn operation_errors(&self, action: &str) -> Vec<String> {
        self.operation(action).map_or_else(Vec::new, |o| {
            o.errors
                .iter()
                .filter_map(|i| Some(format!("{}.{}", self.error_prefix, self.errors.get(*i)?)))
                .collect()
        })
    }

    /// A shape by its number, as members and lists refer to it.
    pub fn shape(&self, index: Option<usize>) -> Option<&Shape> {
        self.shapes.get(index?)?.get(Shape::parse)
    }
}

impl Operation {
    /// `[input, output, flags or resource indexes...]`, as `tools/catalog` writes it.
    fn parse(entry: &Value) -> Option<Operation> {
        let parts = entry.as_array()?;
        let index = |v: &Value| v.as_u64().map(|n| n as usize);
        let flags: Vec<&str> = parts.iter().skip(2).filter_map(Value::as_str).collect();
        Some(Operation {
            input: parts.first().and_then(index),
            output: parts.get(1).and_then(index),
            streams: flags.contains(&"stream"),
            no_named_action: flags.contains(&"noiam"),
            resources: parts
                .iter()
                .skip(2)
                .find_map(Value::as_array)
                .map(|r| r.iter().filter_map(index).collect())
                .unwrap_or_default(),
            errors: parts
                .iter()
                .skip(2)
                .find_map(|p| p.get("errors")?.as_array())
                .map(|r| r.iter().filter_map(index).collect())
                .unwrap_or_default(),
        })
    }
}

impl Shape {
    fn parse(value: &Value) -> Option<Shape> {
        let index = |v: Option<&Value>| v.and_then(Value::as_u64).map(|n| n as usize);
        match value {
            Value::String(code) => Some(match code.as_str() {
                "s" => Shape::String(Vec::new()),
                "i" => Shape::Integer,
                "n" => Shape::Number,
                "b" => Shape::Boolean,
                "t" => Shape::Timestamp,
                "B" => Shape::Blob,
                _ => Shape::Document,
            }),
            Value::Array(parts) => match parts.first()?.as_str()? {
                "s" => Some(Shape::String(
                    parts
                        .get(1)?
                        .as_array()?
                        .iter()
                        .filter_map(|v| Some(v.as_str()?.to_owned()))
                        .collect(),
                )),
                "l" => Some(Shape::List(index(parts.get(1))?)),
                "m" => Some(Shape::Map(index(parts.get(1))?)),
                "o" => Some(Shape::Structure {
                    members: parts
                        .get(1)?
                        .as_object()?
                        .iter()
                        .filter_map(|(k, v)| Some((k.clone(), index(Some(v))?)))
                        .collect(),
                    required: parts
                        .get(2)
                        .and_then(Value::as_array)
                        .map(|r| {
                            r.iter()
                                .filter_map(|v| Some(v.as_str()?.to_owned()))
                                .collect()
                        })
                        .unwrap_or_default(),
                }),
                _ => None,
            },
            _ => None,
        }
    }

    /// How the shape reads in a message: "a string", "a list".
    pub fn describe(&self) -> &'static str {
        match self {
            Shape::String(values) if !values.is_empty() => "one of the enumeration's strings",
            Shape::String(_) => "a string",
            Shape::Integer => "an integer",
            Shape::Number => "a number",
            Shape::Boolean => "a boolean",
            Shape::Timestamp => "a timestamp",
            Shape::Blob => "bytes",
            Shape::Document => "any JSON",
            Shape::List(_) => "a list",
            Shape::Map(_) => "a map",
            Shape::Structure { .. } => "an object",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_are_found_by_their_step_functions_names() {
        let sfn = service("sfn").unwrap();
        assert_eq!(sfn.model, "stepfunctions");
        assert_eq!(sfn.iam_prefix, "states");
        assert!(sfn.has_action("startExecution"));
        assert_eq!(service("cloudwatchlogs").unwrap().iam_prefix, "logs");
        assert_eq!(service("cloudwatch").unwrap().iam_prefix, "cloudwatch");
        assert_eq!(service("cloudwatchevents").unwrap().iam_prefix, "events");
        assert!(service("dynamo").is_none());
    }

    #[test]
    fn inputs_say_what_is_required_and_what_each_member_is() {
        let dynamodb = service("dynamodb").unwrap();
        let Some(Shape::Structure { members, required }) = dynamodb.input("getItem") else {
            panic!()
        };
        assert_eq!(required, &["Key", "TableName"]);
        assert_eq!(
            dynamodb.shape(members.get("TableName").copied()),
            Some(&Shape::String(Vec::new()))
        );
        assert!(matches!(
            dynamodb.shape(members.get("ReturnConsumedCapacity").copied()),
            Some(Shape::String(values)) if values.contains(&"TOTAL".to_owned())
        ));
        assert!(matches!(
            dynamodb.output("getItem"),
            Some(Shape::Structure { members, .. }) if members.contains_key("Item")
        ));
    }

    /// Every service, and every operation and shape in it, decodes (they are decoded only
    /// when used, so a broken one would otherwise show only in the definition that uses it).
    #[test]
    fn every_embedded_service_parses() {
        let names: Vec<&str> = service_names().collect();
        assert!(names.len() > 400, "{}", names.len());
        for name in names {
            let service = service(name).unwrap_or_else(|| panic!("{name}"));
            for action in service.actions() {
                assert!(service.operation(action).is_some(), "{name}:{action}");
            }
            for index in 0..service.shapes.len() {
                assert!(service.shape(Some(index)).is_some(), "{name} shape {index}");
            }
        }
    }
}
