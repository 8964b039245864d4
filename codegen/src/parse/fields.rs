//! Reading the fields of one JSON object, reporting wrong types and unknown fields.

use serde_json::{Map, Number, Value};

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{NullablePath, NumberOrExpr, QueryLanguage};
use crate::suggest::did_you_mean;

/// Collects findings while decoding. A fatal finding (a required field missing, a state
/// of unknown type) means no model is produced; other findings are reported and decoding goes on.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    pub diagnostics: Vec<Diagnostic>,
    pub fatal: bool,
}

impl Sink {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    pub fn fatal(&mut self, diagnostic: Diagnostic) {
        self.fatal = true;
        self.diagnostics.push(diagnostic);
    }
}

/// The JSON type name of a value, for messages.
pub(crate) fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// One object being decoded. Every field the decoder asks for is a known field;
/// `finish` reports the rest as unknown.
pub(crate) struct Fields<'a> {
    object: &'a Map<String, Value>,
    pub location: Location,
    /// What the object is, for messages ("a Task state", "a retrier").
    what: &'static str,
    known: Vec<&'static str>,
}

impl<'a> Fields<'a> {
    pub fn new(object: &'a Map<String, Value>, location: Location, what: &'static str) -> Self {
        Self {
            object,
            location,
            what,
            known: Vec::with_capacity(16),
        }
    }

    /// Accepts `name` as a known field without reading it.
    pub fn allow(&mut self, name: &'static str) {
        self.known.push(name);
    }

    pub fn raw(&mut self, name: &'static str) -> Option<&'a Value> {
        self.known.push(name);
        self.object.get(name)
    }

    fn wrong_type(&self, sink: &mut Sink, name: &str, expected: &str, found: &Value) {
        sink.push(Diagnostic::error(
            Code::INVALID_TYPE,
            self.location.key(name),
            format!("`{name}` must be {expected}, found {}", type_name(found)),
        ));
    }

    pub fn missing(&self, sink: &mut Sink, name: &str) {
        sink.fatal(Diagnostic::error(
            Code::MISSING_FIELD,
            self.location.clone(),
            format!("{} must have a `{name}` field", self.what),
        ));
    }

    /// A string field. Like the service (which reads definitions with scalar coercion), a
    /// number or boolean is read as its text, with a warning: YAML turns `Next: true` into one.
    pub fn string(&mut self, sink: &mut Sink, name: &'static str) -> Option<String> {
        match self.raw(name)? {
            Value::String(s) => Some(s.clone()),
            scalar @ (Value::Bool(_) | Value::Number(_)) => {
                sink.push(coerced(self.location.key(name), name, scalar));
                Some(scalar.to_string())
            }
            other => {
                self.wrong_type(sink, name, "a string", other);
                None
            }
        }
    }

    pub fn required_string(&mut self, sink: &mut Sink, name: &'static str) -> Option<String> {
        let present = self.object.contains_key(name);
        let value = self.string(sink, name);
        if !present {
            self.missing(sink, name);
        } else if value.is_none() {
            sink.fatal = true;
        }
        value
    }

    pub fn boolean(&mut self, sink: &mut Sink, name: &'static str) -> Option<bool> {
        match self.raw(name)? {
            Value::Bool(b) => Some(*b),
            other => {
                self.wrong_type(sink, name, "a boolean", other);
                None
            }
        }
    }

    pub fn number(&mut self, sink: &mut Sink, name: &'static str) -> Option<Number> {
        match self.raw(name)? {
            Value::Number(n) => Some(n.clone()),
            other => {
                self.wrong_type(sink, name, "a number", other);
                None
            }
        }
    }

    pub fn number_or_expr(&mut self, sink: &mut Sink, name: &'static str) -> Option<NumberOrExpr> {
        match self.raw(name)? {
            Value::Number(n) => Some(NumberOrExpr::Number(n.clone())),
            Value::String(s) => Some(NumberOrExpr::Expr(s.clone())),
            other => {
                self.wrong_type(sink, name, "a number (or a JSONata expression)", other);
                None
            }
        }
    }

    /// Any JSON value, kept as written.
    pub fn payload(&mut self, name: &'static str) -> Option<Value> {
        self.raw(name).cloned()
    }

    pub fn nullable_path(&mut self, sink: &mut Sink, name: &'static str) -> NullablePath {
        match self.raw(name)? {
            Value::Null => Some(None),
            Value::String(s) => Some(Some(s.clone())),
            other => {
                self.wrong_type(sink, name, "a path string or null", other);
                None
            }
        }
    }

    pub fn object(
        &mut self,
        sink: &mut Sink,
        name: &'static str,
    ) -> Option<(&'a Map<String, Value>, Location)> {
        match self.raw(name)? {
            Value::Object(map) => Some((map, self.location.key(name))),
            other => {
                self.wrong_type(sink, name, "an object", other);
                None
            }
        }
    }

    pub fn array(
        &mut self,
        sink: &mut Sink,
        name: &'static str,
    ) -> Option<(&'a Vec<Value>, Location)> {
        match self.raw(name)? {
            Value::Array(items) => Some((items, self.location.key(name))),
            other => {
                self.wrong_type(sink, name, "an array", other);
                None
            }
        }
    }

    pub fn string_list(&mut self, sink: &mut Sink, name: &'static str) -> Option<Vec<String>> {
        let (items, location) = self.array(sink, name)?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match item {
                Value::String(s) => out.push(s.clone()),
                other => sink.push(Diagnostic::error(
                    Code::INVALID_TYPE,
                    location.index(i),
                    format!(
                        "`{name}` entries must be strings, found {}",
                        type_name(other)
                    ),
                )),
            }
        }
        Some(out)
    }

    pub fn query_language(&mut self, sink: &mut Sink) -> Option<QueryLanguage> {
        let value = self.string(sink, "QueryLanguage")?;
        match value.as_str() {
            "JSONPath" => Some(QueryLanguage::JSONPath),
            "JSONata" => Some(QueryLanguage::JSONata),
            _ => {
                sink.push(invalid_enum(
                    self.location.key("QueryLanguage"),
                    "QueryLanguage",
                    &value,
                    &["JSONPath", "JSONata"],
                ));
                None
            }
        }
    }

    /// Reports every field nobody asked for.
    pub fn finish(self, sink: &mut Sink) {
        if self.object.len() <= self.known.len()
            && self.object.keys().all(|k| self.known.contains(&k.as_str()))
        {
            return;
        }
        for key in self.object.keys() {
            if self.known.contains(&key.as_str()) {
                continue;
            }
            let mut diagnostic = Diagnostic::error(
                Code::UNKNOWN_FIELD,
                self.location.key(key),
                format!("`{key}` is not a field of {}", self.what),
            );
            if let Some(best) = did_you_mean(key, self.known.iter().copied()) {
                diagnostic = diagnostic.with_help(format!("did you mean `{best}`?"));
            }
            sink.push(diagnostic);
        }
    }
}

/// A scalar read where a string belongs.
pub(crate) fn coerced(location: Location, name: &str, scalar: &Value) -> Diagnostic {
    Diagnostic::warning(
        Code::INVALID_TYPE,
        location,
        format!(
            "`{name}` should be a string; {} `{scalar}` is read as the string \"{scalar}\"",
            type_name(scalar)
        ),
    )
    .with_help(format!(
        "quote it: `\"{scalar}\"` (YAML reads unquoted true, false and numbers as non-strings)"
    ))
}

/// A string that must be one of a few values.
pub(crate) fn invalid_enum(
    location: Location,
    field: &str,
    value: &str,
    allowed: &[&str],
) -> Diagnostic {
    let mut diagnostic = Diagnostic::error(
        Code::INVALID_VALUE,
        location,
        format!(
            "`{field}` is `{value}`; it must be one of {}",
            allowed.join(", ")
        ),
    );
    if let Some(best) = did_you_mean(value, allowed.iter().copied()) {
        diagnostic = diagnostic.with_help(format!("did you mean `{best}`?"));
    }
    diagnostic
}
