//! The shape of a JSON value as far as it is known: read from a JSON Schema (what `schemars`
//! writes for a Rust type), from a static value, or built by a state's fields.
//!
//! `Unknown` is the honest answer whenever the schema says less than a closed shape (an
//! `anyOf` of several types, a map, a `$ref` cycle): nothing is checked below it.

use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use indexmap::IndexMap;
use serde_json::Value;

/// The deepest shape kept; a loop that keeps nesting its input ends in `Unknown`.
const MAX_DEPTH: usize = 12;

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// Anything: not checked.
    Unknown,
    Null,
    Bool,
    Number,
    String,
    Array(Box<Shape>),
    /// An object with exactly these fields (some maybe absent).
    Object(Fields),
    /// An object with any keys, every value of this shape (a DynamoDB item's attributes).
    Map(Box<Shape>),
    /// An object with at least these fields; what else it has is not known (a result placed
    /// by `ResultPath` into an input of unknown type).
    Partial(Fields),
    /// One of these scalars (`Null`, `Bool`, `Number`, `String`), depending on the path that
    /// led here; in the order of `SCALARS`.
    AnyOf(Vec<Shape>),
}

/// The scalar kinds, in the order `AnyOf` keeps them.
const SCALARS: [Shape; 4] = [Shape::Null, Shape::Bool, Shape::Number, Shape::String];

/// The fields of an object shape, shared until one is changed: the flow hands the same
/// shapes from state to state, and copying them at every hand-over made a large service
/// result (thousands of fields) cost more than the rest of validation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields(Arc<IndexMap<String, Field>>);

impl Deref for Fields {
    type Target = IndexMap<String, Field>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl DerefMut for Fields {
    /// Copies the fields first when another shape shares them.
    fn deref_mut(&mut self) -> &mut Self::Target {
        Arc::make_mut(&mut self.0)
    }
}

impl From<IndexMap<String, Field>> for Fields {
    fn from(fields: IndexMap<String, Field>) -> Fields {
        Fields(Arc::new(fields))
    }
}

impl<const N: usize> From<[(String, Field); N]> for Fields {
    fn from(fields: [(String, Field); N]) -> Fields {
        Fields::from(IndexMap::from(fields))
    }
}

impl FromIterator<(String, Field)> for Fields {
    fn from_iter<I: IntoIterator<Item = (String, Field)>>(fields: I) -> Fields {
        Fields::from(fields.into_iter().collect::<IndexMap<_, _>>())
    }
}

impl<'a> IntoIterator for &'a Fields {
    type Item = (&'a String, &'a Field);
    type IntoIter = indexmap::map::Iter<'a, String, Field>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl Fields {
    /// The fields as a map of their own, copied only when shared.
    pub fn into_map(self) -> IndexMap<String, Field> {
        Arc::unwrap_or_clone(self.0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub shape: Shape,
    /// Present on every path (false for `Option` fields and after a join where only some
    /// paths have it).
    pub required: bool,
    /// Set on some paths into the state and not on others (a join): reading it fails on the
    /// others. An `Option` field of a declared type is not this: it is there, maybe null.
    pub maybe_missing: bool,
    /// Put there by a state of the workflow (a `ResultPath`), not read from the input: on a
    /// path into an input of unknown type that did not put it, it is not expected either.
    pub written: bool,
}

impl Shape {
    /// The shape a JSON Schema describes; `$ref`s resolve in the root's `$defs`.
    pub fn from_schema(schema: &Value) -> Shape {
        from_schema(schema, schema, 0)
    }

    /// The shape of a literal value.
    pub fn of_value(value: &Value) -> Shape {
        match value {
            Value::Null => Shape::Null,
            Value::Bool(_) => Shape::Bool,
            Value::Number(_) => Shape::Number,
            Value::String(_) => Shape::String,
            Value::Array(items) => Shape::Array(Box::new(
                items.first().map_or(Shape::Unknown, Shape::of_value),
            )),
            Value::Object(map) => Shape::Object(
                map.iter()
                    .map(|(key, value)| (key.clone(), Field::required(Shape::of_value(value))))
                    .collect(),
            ),
        }
    }

    /// What two paths into one state have in common: a field is kept if either path has it
    /// (required only if both do); differing types become `Unknown`.
    pub fn join(&self, other: &Shape) -> Shape {
        match (self, other) {
            (a, b) if a == b => a.clone(),
            (Shape::Array(a), Shape::Array(b)) => Shape::Array(Box::new(a.join(b))),
            // Scalars of different kinds: one or the other, by path.
            (a, b) if a.is_scalar() && b.is_scalar() => {
                let kinds: Vec<Shape> = SCALARS
                    .into_iter()
                    .filter(|kind| a.may_be(kind) || b.may_be(kind))
                    .collect();
                Shape::AnyOf(kinds)
            }
            (Shape::Map(a), Shape::Map(b)) => Shape::Map(Box::new(a.join(b))),
            (Shape::Object(a) | Shape::Partial(a), Shape::Object(b) | Shape::Partial(b)) => {
                // A field one side lacks is missing on that path only if that side is closed.
                let (a_open, b_open) = (self.is_open(), other.is_open());
                let mut fields = IndexMap::new();
                for (key, field) in a {
                    let joined = match b.get(key) {
                        Some(other) => Field {
                            shape: field.shape.join(&other.shape),
                            required: field.required && other.required,
                            maybe_missing: field.maybe_missing || other.maybe_missing,
                            written: field.written && other.written,
                        },
                        None => Field {
                            shape: field.shape.clone(),
                            required: false,
                            maybe_missing: !b_open || field.written,
                            written: field.written,
                        },
                    };
                    fields.insert(key.clone(), joined);
                }
                for (key, field) in b {
                    fields.entry(key.clone()).or_insert_with(|| Field {
                        shape: field.shape.clone(),
                        required: false,
                        maybe_missing: !a_open || field.written,
                        written: field.written,
                    });
                }
                if a_open || b_open {
                    Shape::Partial(fields.into())
                } else {
                    Shape::Object(fields.into())
                }
            }
            _ => Shape::Unknown,
        }
    }

    pub fn depth(&self) -> usize {
        match self {
            Shape::Array(item) | Shape::Map(item) => 1 + item.depth(),
            Shape::Object(fields) | Shape::Partial(fields) => {
                1 + fields.values().map(|f| f.shape.depth()).max().unwrap_or(0)
            }
            _ => 0,
        }
    }

    /// The same shape without the field at `path` (names from the top), where it has it.
    pub fn without_field(self, path: &[&str]) -> Shape {
        let Some((first, rest)) = path.split_first() else {
            return self;
        };
        let strip = |fields: Fields| -> Fields {
            let mut map = fields.into_map();
            if rest.is_empty() {
                map.shift_remove(*first);
            } else if let Some(field) = map.get_mut(*first) {
                field.shape =
                    std::mem::replace(&mut field.shape, Shape::Unknown).without_field(rest);
            }
            map.into()
        };
        match self {
            Shape::Object(fields) => Shape::Object(strip(fields)),
            Shape::Partial(fields) => Shape::Partial(strip(fields)),
            other => other,
        }
    }

    /// The same shape with no field marked as absent on some paths (at any depth).
    pub fn without_absence(self) -> Shape {
        let clear = |fields: Fields| -> Fields {
            fields
                .into_map()
                .into_iter()
                .map(|(key, field)| {
                    let field = Field {
                        shape: field.shape.without_absence(),
                        maybe_missing: false,
                        ..field
                    };
                    (key, field)
                })
                .collect()
        };
        match self {
            Shape::Object(fields) => Shape::Object(clear(fields)),
            Shape::Partial(fields) => Shape::Partial(clear(fields)),
            Shape::Array(item) => Shape::Array(Box::new(item.without_absence())),
            Shape::Map(item) => Shape::Map(Box::new(item.without_absence())),
            other => other,
        }
    }

    /// A scalar kind, or one of several.
    fn is_scalar(&self) -> bool {
        matches!(
            self,
            Shape::Null | Shape::Bool | Shape::Number | Shape::String | Shape::AnyOf(_)
        )
    }

    /// Whether a value of this shape may be of `kind` (a scalar kind) on some path.
    pub fn may_be(&self, kind: &Shape) -> bool {
        match self {
            Shape::AnyOf(kinds) => kinds.contains(kind),
            other => other == kind,
        }
    }

    /// An object whose other fields are not known.
    pub fn is_open(&self) -> bool {
        matches!(self, Shape::Partial(_))
    }

    /// The same shape, or `Unknown` when it nests too deep to be worth following.
    pub fn bounded(self) -> Shape {
        if self.depth() > MAX_DEPTH {
            Shape::Unknown
        } else {
            self
        }
    }

    /// A short name for messages.
    pub fn describe(&self) -> String {
        match self {
            Shape::Unknown => "a value of unknown type".into(),
            Shape::Null => "null".into(),
            Shape::Bool => "a boolean".into(),
            Shape::Number => "a number".into(),
            Shape::String => "a string".into(),
            Shape::Array(_) => "an array".into(),
            Shape::Map(_) => "an object of any keys".into(),
            Shape::AnyOf(kinds) => {
                let names: Vec<String> = kinds.iter().map(Shape::describe).collect();
                format!("{} depending on the path", names.join(" or "))
            }
            Shape::Object(fields) if fields.is_empty() => "an empty object".into(),
            Shape::Partial(fields) if fields.is_empty() => "an object".into(),
            Shape::Partial(fields) => {
                let names: Vec<&str> = fields.keys().map(String::as_str).collect();
                format!("an object with at least {}", names.join(", "))
            }
            Shape::Object(fields) => {
                let names: Vec<&str> = fields.keys().map(String::as_str).collect();
                format!("an object with {}", names.join(", "))
            }
        }
    }
}

impl Field {
    pub fn required(shape: Shape) -> Field {
        Field {
            shape,
            required: true,
            maybe_missing: false,
            written: false,
        }
    }

    /// A field a service may leave out of its response.
    pub fn optional(shape: Shape) -> Field {
        Field {
            required: false,
            ..Field::required(shape)
        }
    }

    /// A field a state put there (`ResultPath`).
    pub fn written(shape: Shape) -> Field {
        Field {
            written: true,
            ..Field::required(shape)
        }
    }
}

fn from_schema(schema: &Value, root: &Value, depth: usize) -> Shape {
    if depth > MAX_DEPTH {
        return Shape::Unknown;
    }
    let Some(object) = schema.as_object() else {
        return Shape::Unknown;
    };
    if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
        let target = reference
            .strip_prefix('#')
            .and_then(|pointer| root.pointer(pointer));
        return target.map_or(Shape::Unknown, |target| {
            from_schema(target, root, depth + 1)
        });
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = object.get(key).and_then(Value::as_array) {
            return nullable(options.iter(), root, depth);
        }
    }
    if object.contains_key("allOf") || object.contains_key("not") || object.contains_key("if") {
        return Shape::Unknown;
    }
    match object.get("type") {
        Some(Value::String(name)) => typed(name, object, root, depth),
        Some(Value::Array(names)) => {
            let non_null: Vec<&str> = names
                .iter()
                .filter_map(Value::as_str)
                .filter(|name| *name != "null")
                .collect();
            match non_null.as_slice() {
                [one] => typed(one, object, root, depth),
                _ => Shape::Unknown,
            }
        }
        _ => Shape::Unknown,
    }
}

/// `anyOf`/`oneOf`: an `Option<T>` is T-or-null; anything wider is not guessed at.
fn nullable<'a>(options: impl Iterator<Item = &'a Value>, root: &Value, depth: usize) -> Shape {
    let shapes: Vec<Shape> = options
        .map(|option| from_schema(option, root, depth + 1))
        .filter(|shape| *shape != Shape::Null)
        .collect();
    match shapes.as_slice() {
        [one] => one.clone(),
        _ => Shape::Unknown,
    }
}

fn typed(name: &str, object: &serde_json::Map<String, Value>, root: &Value, depth: usize) -> Shape {
    match name {
        "null" => Shape::Null,
        "boolean" => Shape::Bool,
        "number" | "integer" => Shape::Number,
        "string" => Shape::String,
        "array" => Shape::Array(Box::new(
            object
                .get("items")
                .map_or(Shape::Unknown, |items| from_schema(items, root, depth + 1)),
        )),
        "object" => {
            let open = object
                .get("additionalProperties")
                .is_some_and(|extra| *extra != Value::Bool(false));
            let Some(properties) = object.get("properties").and_then(Value::as_object) else {
                return Shape::Unknown;
            };
            if open || object.contains_key("patternProperties") {
                return Shape::Unknown;
            }
            let required: Vec<&str> = object
                .get("required")
                .and_then(Value::as_array)
                .map(|names| names.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            Shape::Object(
                properties
                    .iter()
                    .map(|(key, schema)| {
                        let field = Field {
                            shape: from_schema(schema, root, depth + 1),
                            required: required.contains(&key.as_str()),
                            maybe_missing: false,
                            written: false,
                        };
                        (key.clone(), field)
                    })
                    .collect(),
            )
        }
        _ => Shape::Unknown,
    }
}
