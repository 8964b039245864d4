//! Payload templates: the JSON a state builds (`Parameters`/`Arguments`, `ResultSelector`,
//! `Output`, `Assign`, `ItemSelector`, ...), mixing static values with values taken at run time.
//!
//! A template is written once and rendered for the query language of the state it ends up in:
//! in JSONPath a dynamic field `"Key": ref` becomes `"Key.$": "$.path"`; in JSONata it becomes
//! `"Key": "{% $states.input.path %}"`. Forms that exist in one language only (JSONPath
//! intrinsic functions, JSONata expressions) are reported when used in the other.

use serde_json::{Map, Value};

use crate::reference::Ref;
use sfn_codegen::model::QueryLanguage;

/// A JSON value, some parts of which may be evaluated at run time.
#[derive(Debug, Clone, PartialEq)]
pub enum Template {
    /// A static value, emitted as written.
    Value(Value),
    /// A reference to the input, the context object, a variable or a result.
    Ref(Ref<Value>),
    /// A JSONPath (JSONPath states only); may select several nodes, unlike a reference.
    Path(String),
    /// An intrinsic function call such as `States.Format('{}', $.x)` (JSONPath states only).
    Intrinsic(String),
    /// A JSONata expression, without the `{% %}` (JSONata states only).
    Jsonata(String),
    /// An object whose fields are templates, in the order given.
    Object(Vec<(String, Template)>),
    /// An array whose elements are templates.
    Array(Vec<Template>),
    /// One value written in each query language's own terms (a conversion both have, each
    /// with its own functions): the state's language picks.
    Either {
        /// The value in a JSONPath state.
        jsonpath: Box<Template>,
        /// The value in a JSONata state.
        jsonata: Box<Template>,
    },
}

/// A value written once for JSONPath states and once for JSONata states.
pub fn either(jsonpath: impl Into<Template>, jsonata: impl Into<Template>) -> Template {
    Template::Either {
        jsonpath: Box::new(jsonpath.into()),
        jsonata: Box::new(jsonata.into()),
    }
}

/// A JSONPath, for fields that accept any path (not only a reference path).
pub fn path(path: impl Into<String>) -> Template {
    Template::Path(path.into())
}

/// A JSONata expression, with or without its `{% %}`.
pub fn jsonata(expression: impl Into<String>) -> Template {
    Template::Jsonata(expression.into())
}

/// The expression inside `{% %}` (or the text itself when it is not wrapped).
pub(crate) fn unwrap_jsonata(expression: &str) -> &str {
    sfn_codegen::jsonata::template(expression).map_or(expression, |(inner, _)| inner.trim())
}

/// The `{% %}` string of a JSONata expression; one already wrapped is kept as written.
pub(crate) fn wrap_jsonata(expression: &str) -> String {
    if sfn_codegen::jsonata::template(expression).is_some() {
        expression.to_owned()
    } else {
        format!("{{% {expression} %}}")
    }
}

/// An intrinsic function call, e.g. `intrinsic("States.UUID()")`. See also [`crate::intrinsics`].
pub fn intrinsic(call: impl Into<String>) -> Template {
    Template::Intrinsic(call.into())
}

/// An empty object template, to fill with [`Template::with`].
pub fn object() -> Template {
    Template::Object(Vec::new())
}

/// An array template.
pub fn array<T: Into<Template>>(items: impl IntoIterator<Item = T>) -> Template {
    Template::Array(items.into_iter().map(Into::into).collect())
}

impl Template {
    /// Adds (or replaces) a field of an object template. On a non-object it starts an object.
    pub fn with(self, key: impl Into<String>, value: impl Into<Template>) -> Template {
        let mut fields = match self {
            Template::Object(fields) => fields,
            Template::Value(Value::Object(map)) => map
                .into_iter()
                .map(|(k, v)| (k, Template::Value(v)))
                .collect(),
            _ => Vec::new(),
        };
        let key = key.into();
        let value = value.into();
        match fields.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => fields.push((key, value)),
        }
        Template::Object(fields)
    }

    /// `current` (or an empty object) with one more field: how `assign(name, value)` grows
    /// an `Assign` object.
    pub(crate) fn extend(
        current: Option<Template>,
        key: impl Into<String>,
        value: impl Into<Template>,
    ) -> Template {
        current.unwrap_or_else(object).with(key, value)
    }

    /// Whether anything in it is evaluated at run time.
    pub fn is_static(&self) -> bool {
        match self {
            Template::Value(_) => true,
            Template::Object(fields) => fields.iter().all(|(_, v)| v.is_static()),
            Template::Array(items) => items.iter().all(Template::is_static),
            _ => false,
        }
    }

    /// Renders for a state of the given query language.
    pub fn render(&self, language: QueryLanguage) -> Result<Value, String> {
        match language {
            QueryLanguage::JSONPath => self.render_jsonpath(),
            QueryLanguage::JSONata => self.render_jsonata(),
        }
    }

    fn render_jsonpath(&self) -> Result<Value, String> {
        match self {
            Template::Value(value) => Ok(value.clone()),
            Template::Object(fields) => {
                let mut map = Map::new();
                for (key, value) in fields {
                    match value.jsonpath_expression()? {
                        Some(expression) => {
                            map.insert(format!("{key}.$"), Value::String(expression));
                        }
                        None => {
                            map.insert(key.clone(), value.render_jsonpath()?);
                        }
                    }
                }
                Ok(Value::Object(map))
            }
            Template::Array(items) => {
                if items.iter().any(|item| !item.is_static_or_nested()) {
                    return Err("a JSONPath template cannot evaluate an array element; build the array with `intrinsics::array(...)` or use JSONata".to_owned());
                }
                items.iter().map(Template::render_jsonpath).collect()
            }
            Template::Either { jsonpath, .. } => jsonpath.render_jsonpath(),
            Template::Ref(_) | Template::Path(_) | Template::Intrinsic(_) => Err(
                "a JSONPath template evaluates values only as object fields (`\"Key.$\"`); put this value under a key".to_owned(),
            ),
            Template::Jsonata(expression) => Err(format!(
                "the JSONata expression `{expression}` is used in a JSONPath state; set the state's or the workflow's query language to JSONata"
            )),
        }
    }

    /// The string a JSONPath `"Key.$"` field holds, if this value is evaluated.
    fn jsonpath_expression(&self) -> Result<Option<String>, String> {
        Ok(match self {
            Template::Ref(r) => Some(r.to_jsonpath()),
            Template::Path(p) => Some(p.clone()),
            Template::Intrinsic(call) => Some(call.clone()),
            Template::Either { jsonpath, .. } => return jsonpath.jsonpath_expression(),
            Template::Jsonata(expression) => {
                return Err(format!(
                    "the JSONata expression `{expression}` is used in a JSONPath state; set the state's or the workflow's query language to JSONata"
                ));
            }
            _ => None,
        })
    }

    fn is_static_or_nested(&self) -> bool {
        matches!(
            self,
            Template::Value(_) | Template::Object(_) | Template::Array(_)
        )
    }

    fn render_jsonata(&self) -> Result<Value, String> {
        match self {
            Template::Value(value) => Ok(value.clone()),
            Template::Ref(r) => Ok(Value::String(format!("{{% {} %}}", r.to_jsonata()))),
            Template::Jsonata(expression) => Ok(Value::String(wrap_jsonata(expression))),
            Template::Path(p) => Err(format!(
                "the JSONPath `{p}` is used in a JSONata state; use a reference (`input()`, `var()`) or a JSONata expression"
            )),
            Template::Intrinsic(call) => Err(format!(
                "the intrinsic function `{call}` exists only in JSONPath states; JSONata has its own functions"
            )),
            Template::Object(fields) => {
                let mut map = Map::new();
                for (key, value) in fields {
                    map.insert(key.clone(), value.render_jsonata()?);
                }
                Ok(Value::Object(map))
            }
            Template::Array(items) => items.iter().map(Template::render_jsonata).collect(),
            Template::Either { jsonata, .. } => jsonata.render_jsonata(),
        }
    }
}

impl From<Value> for Template {
    fn from(value: Value) -> Self {
        Template::Value(value)
    }
}

impl<T> From<Ref<T>> for Template {
    fn from(reference: Ref<T>) -> Self {
        Template::Ref(reference.untyped())
    }
}

impl<T> From<&Ref<T>> for Template {
    fn from(reference: &Ref<T>) -> Self {
        Template::Ref(reference.clone().untyped())
    }
}

macro_rules! static_template_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Template {
            fn from(value: $t) -> Self {
                Template::Value(Value::from(value))
            }
        }
    )*};
}

static_template_from!(&str, String, bool, i32, i64, u32, u64, f64);

impl<T: Into<Template>> From<Vec<T>> for Template {
    fn from(items: Vec<T>) -> Self {
        array(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::{context, input};
    use serde_json::json;

    #[test]
    fn one_template_two_languages() {
        let template = object()
            .with(
                "FunctionName",
                "arn:aws:lambda:us-east-1:123456789012:function:f",
            )
            .with(
                "Payload",
                object()
                    .with("order", input::<Value>().field::<Value>("order"))
                    .with("token", context::task_token()),
            );
        assert_eq!(
            template.render(QueryLanguage::JSONPath).unwrap(),
            json!({"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:f", "Payload": {"order.$": "$.order", "token.$": "$$.Task.Token"}})
        );
        assert_eq!(
            template.render(QueryLanguage::JSONata).unwrap(),
            json!({"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:f", "Payload": {"order": "{% $states.input.order %}", "token": "{% $states.context.Task.Token %}"}})
        );
    }

    #[test]
    fn language_specific_forms_are_reported() {
        let with_intrinsic = object().with("id", intrinsic("States.UUID()"));
        assert!(with_intrinsic.render(QueryLanguage::JSONata).is_err());
        let with_jsonata = object().with("n", jsonata("$count($states.input)"));
        assert!(with_jsonata.render(QueryLanguage::JSONPath).is_err());
        assert!(
            array([input::<Value>()])
                .render(QueryLanguage::JSONPath)
                .is_err()
        );
    }

    #[test]
    fn with_replaces_and_extends_static_objects() {
        let t = Template::from(json!({"a": 1, "b": 2}))
            .with("a", 3)
            .with("c", path("$.c"));
        assert_eq!(
            t.render(QueryLanguage::JSONPath).unwrap(),
            json!({"a": 3, "b": 2, "c.$": "$.c"})
        );
    }
}
