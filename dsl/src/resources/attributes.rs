//! A typed key or item in DynamoDB's attribute form, and back: each field's JSON Schema type
//! (from the Rust type, through `schemars`) says which attribute it is (`S`, `N`, `BOOL`,
//! `M`, `L`), so a typed `Key`/`Item` is written without spelling the attributes by hand.

use serde_json::{Map, Value};

use crate::integrations::dynamodb::number_text;
use crate::intrinsics;
use crate::reference::Ref;
use crate::template::{Template, either, jsonata, object};

/// What JSON a schema describes, as far as attributes go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Number,
    Boolean,
    Object,
    List,
    Other,
}

/// A schema with its root (for `$ref`s into `$defs`).
#[derive(Clone, Copy)]
pub(crate) struct Schema<'a> {
    node: &'a Value,
    root: &'a Value,
}

impl<'a> Schema<'a> {
    pub fn root(root: &'a Value) -> Schema<'a> {
        Schema { node: root, root }.resolved()
    }

    fn resolved(self) -> Schema<'a> {
        let target = self
            .node
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/"))
            .and_then(|pointer| self.root.pointer(&format!("/{pointer}")));
        match target {
            Some(node) => Schema {
                node,
                root: self.root,
            }
            .resolved(),
            None => self,
        }
    }

    fn kind(&self) -> Kind {
        let types: Vec<&str> = match self.node.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        let first = types.iter().find(|t| **t != "null");
        match first.copied() {
            Some("string") => Kind::Text,
            Some("number" | "integer") => Kind::Number,
            Some("boolean") => Kind::Boolean,
            Some("object") => Kind::Object,
            Some("array") => Kind::List,
            // An `Option`'s schema: the kind of what is inside.
            _ => match self.inner() {
                inner if !std::ptr::eq(inner.node, self.node) => inner.kind(),
                _ => Kind::Other,
            },
        }
    }

    /// The schema of an `Option`'s inside, or itself.
    fn inner(self) -> Schema<'a> {
        self.node
            .get("anyOf")
            .and_then(Value::as_array)
            .and_then(|options| {
                options
                    .iter()
                    .map(|o| {
                        Schema {
                            node: o,
                            root: self.root,
                        }
                        .resolved()
                    })
                    .find(|o| o.node.get("type").and_then(Value::as_str) != Some("null"))
            })
            .unwrap_or(self)
    }

    fn properties(&self) -> Vec<(&'a str, Schema<'a>)> {
        let inner = self.inner();
        inner
            .node
            .get("properties")
            .and_then(Value::as_object)
            .map(|props| {
                props
                    .iter()
                    .map(|(name, node)| {
                        (
                            name.as_str(),
                            Schema {
                                node,
                                root: inner.root,
                            }
                            .resolved(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn items(&self) -> Option<Schema<'a>> {
        let node = self.inner().node.get("items")?;
        Some(
            Schema {
                node,
                root: self.root,
            }
            .resolved(),
        )
    }

    fn is_required(&self, name: &str) -> bool {
        self.inner()
            .node
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|r| r.iter().any(|n| n == name))
    }
}

/// `value` (a typed payload of the schema's type) as DynamoDB attributes, or why it cannot
/// be written so.
pub(crate) fn to_attributes(value: Template, schema: Schema<'_>) -> Result<Template, String> {
    let fields: Vec<(String, Template)> = match value {
        Template::Object(fields) => fields,
        Template::Ref(reference) => schema
            .properties()
            .into_iter()
            .map(|(name, _)| (name.to_owned(), Template::Ref(reference.field(name))))
            .collect(),
        Template::Value(Value::Object(map)) => map
            .into_iter()
            .map(|(k, v)| (k, Template::Value(v)))
            .collect(),
        other => {
            return Err(format!(
                "a {other:?} cannot be split into DynamoDB attributes: pass a typed reference, `sfn::args!(..)` or `sfn::lit(..)`"
            ));
        }
    };
    let properties = schema.properties();
    let mut out = object();
    for (name, value) in fields {
        let field = properties
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| *s)
            .ok_or_else(|| format!("`{name}` is not a field of the declared type"))?;
        out = out.with(name.as_str(), attribute(&name, value, field)?);
    }
    Ok(out)
}

fn attribute(name: &str, value: Template, schema: Schema<'_>) -> Result<Template, String> {
    if let Template::Value(json) = &value {
        return Ok(Template::Value(literal_attribute(json)));
    }
    Ok(match schema.kind() {
        Kind::Text => object().with("S", value),
        Kind::Number => object().with("N", number_text(value)),
        Kind::Boolean => object().with("BOOL", value),
        Kind::Object => object().with("M", to_attributes(value, schema.inner())?),
        Kind::List => match value {
            Template::Array(items) => {
                let item = schema
                    .items()
                    .ok_or_else(|| format!("`{name}`: the list's items have no declared type"))?;
                let items = items
                    .into_iter()
                    .map(|i| attribute(name, i, item))
                    .collect::<Result<Vec<_>, _>>()?;
                object().with("L", Template::Array(items))
            }
            _ => {
                return Err(format!(
                    "`{name}` is a list known only at run time, which a JSONPath template cannot turn into DynamoDB attributes item by item; write it with `dynamodb::attributes().attribute(\"{name}\", ..)` or build the list in the payload"
                ));
            }
        },
        Kind::Other => {
            return Err(format!(
                "`{name}` has no single JSON type (a map or an untyped value), so its DynamoDB attribute cannot be chosen; write it with `dynamodb::attributes()`"
            ));
        }
    })
}

/// A literal JSON value as DynamoDB's attribute.
fn literal_attribute(json: &Value) -> Value {
    let mut one = Map::new();
    let (key, value) = match json {
        Value::Null => ("NULL", Value::Bool(true)),
        Value::Bool(b) => ("BOOL", Value::Bool(*b)),
        Value::Number(n) => ("N", Value::String(n.to_string())),
        Value::String(s) => ("S", Value::String(s.clone())),
        Value::Array(items) => (
            "L",
            Value::Array(items.iter().map(literal_attribute).collect()),
        ),
        Value::Object(map) => (
            "M",
            Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), literal_attribute(v)))
                    .collect(),
            ),
        ),
    };
    one.insert(key.to_owned(), value);
    Value::Object(one)
}

/// A `ResultSelector` reading a returned item (`item`, in DynamoDB's form) back into the plain
/// JSON of the schema's type: strings from `S`, numbers from `N`, nested objects from `M`.
pub(crate) fn from_attributes(item: Ref<Value>, schema: Schema<'_>) -> Result<Template, String> {
    let mut out = object();
    for (name, field) in schema.properties() {
        if !schema.is_required(name) {
            return Err(format!(
                "`{name}` is optional, and a selector cannot leave out an attribute the item lacks; read the item with `dynamodb::read(..)` instead"
            ));
        }
        let at = item.field::<Value>(name);
        let value = match field.kind() {
            Kind::Text => Template::Ref(at.field("S")),
            Kind::Boolean => Template::Ref(at.field("BOOL")),
            Kind::Number => {
                let text: Ref<String> = at.field("N");
                either(
                    intrinsics::string_to_json(&text),
                    jsonata(format!("$number({})", text.to_jsonata())),
                )
            }
            Kind::Object => from_attributes(at.field("M"), field)?,
            Kind::List | Kind::Other => {
                return Err(format!(
                    "`{name}` is a list or a map, which a selector cannot turn back from DynamoDB attributes item by item; read the item with `dynamodb::read(..)` instead"
                ));
            }
        };
        out = out.with(name, value);
    }
    Ok(out)
}
