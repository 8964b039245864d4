//! The strings that are evaluated at run time: JSONPath paths, payload templates with
//! `.$` keys, intrinsic functions, and JSONata `{% %}` expressions. Each check records the
//! variables the string reads, for the variable analysis.

use std::ops::Range;

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::QueryLanguage;
use crate::suggest::did_you_mean;
use crate::{intrinsic, jsonata, jsonpath};

/// A read of a workflow variable.
#[derive(Debug, Clone)]
pub(crate) struct Read {
    pub name: String,
    pub location: Location,
    pub span: Option<Range<usize>>,
}

/// How much a path field may select.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PathKind {
    /// Any path: `$`, `$$` or a variable root, any steps.
    Path,
    /// A single node read from the input, the context or a variable (`SecondsPath`, `Variable`, ...).
    Reference,
    /// A single node of the state's own data, written to (`ResultPath`).
    Target,
}

/// Which `$states` fields exist where an expression is evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StatesFields {
    pub result: bool,
    pub error_output: bool,
}

impl StatesFields {
    pub const INPUT: Self = Self {
        result: false,
        error_output: false,
    };
    pub const RESULT: Self = Self {
        result: true,
        error_output: false,
    };
    pub const ERROR: Self = Self {
        result: false,
        error_output: true,
    };
}

/// Checks the expressions of one state, in its query language.
pub(crate) struct Exprs<'o> {
    pub out: &'o mut Vec<Diagnostic>,
    pub reads: Vec<Read>,
    pub language: QueryLanguage,
}

impl Exprs<'_> {
    fn read(&mut self, name: &str, location: &Location, span: Option<Range<usize>>) {
        self.reads.push(Read {
            name: name.to_owned(),
            location: location.clone(),
            span,
        });
    }

    /// A JSONPath path field.
    pub fn path(&mut self, text: &str, location: &Location, kind: PathKind) {
        self.path_at(text, location, kind, 0);
    }

    fn path_at(&mut self, text: &str, location: &Location, kind: PathKind, offset: usize) {
        let path = match jsonpath::parse(text) {
            Ok(path) => path,
            Err(e) => {
                self.out.push(
                    Diagnostic::error(
                        Code::INVALID_JSONPATH,
                        location.clone(),
                        format!("invalid path `{text}`: {}", e.message),
                    )
                    .with_value_span(offset + e.span.start..offset + e.span.end),
                );
                return;
            }
        };
        for (step, span) in &path.steps {
            if let jsonpath::Step::Filter(expression) = step
                && let Err(message) = jsonpath::filter::parse(expression)
            {
                // Published definitions that AWS accepted hold such filters (a bare word as
                // a value, in the corpus): the filter is compiled when the path is evaluated,
                // and the state fails then.
                self.out.push(
                    Diagnostic::runtime(
                        Code::INVALID_JSONPATH,
                        location.clone(),
                        format!(
                            "invalid filter `{}` in `{text}`: {message}",
                            &text[span.clone()]
                        ),
                    )
                    .with_value_span(offset + span.start..offset + span.end),
                );
            }
        }
        if kind != PathKind::Path
            && let Some((step, span)) = path.first_multi_node_step()
        {
            self.out.push(
                Diagnostic::error(
                    Code::INVALID_REFERENCE_PATH,
                    location.clone(),
                    format!("`{text}` must be a reference path, which selects one node; `{}` can select several ({step:?})", &text[span.clone()]),
                )
                .with_help("use only `.field`, `['field']` and `[index]` steps here")
                .with_value_span(offset + span.start..offset + span.end),
            );
        }
        if kind == PathKind::Target && path.root != jsonpath::Root::Input {
            self.out.push(
                Diagnostic::error(
                    Code::INVALID_REFERENCE_PATH,
                    location.clone(),
                    format!("`{text}` writes into the state's data, so it must start with `$`, not a context object or variable"),
                )
                .with_help("to keep a value for later states, use `Assign` instead")
                .with_value_span(offset..offset + text.len()),
            );
            return;
        }
        if let Some(name) = path.variable() {
            self.read(name, location, Some(offset..offset + 1 + name.len()));
        }
    }

    /// The value of a `"Key.$"` field: a path or an intrinsic function.
    pub fn dollar_value(&mut self, text: &str, location: &Location) {
        if intrinsic::looks_like_call(text) {
            match intrinsic::parse(text) {
                Ok(call) => {
                    for (path, span) in call.paths() {
                        if let Some(name) = path.variable() {
                            self.read(
                                name,
                                location,
                                Some(span.start..span.start + 1 + name.len()),
                            );
                        }
                    }
                }
                Err(e) => self.out.push(
                    Diagnostic::error(
                        Code::INVALID_INTRINSIC_FUNCTION,
                        location.clone(),
                        e.message,
                    )
                    .with_value_span(e.span),
                ),
            }
        } else if text.starts_with('$') {
            self.path(text, location, PathKind::Path);
        } else {
            self.out.push(
                Diagnostic::error(
                    Code::INVALID_JSONPATH,
                    location.clone(),
                    format!("a field whose name ends in `.$` must hold a path or an intrinsic function, not `{text}`"),
                )
                .with_help("drop `.$` from the name to pass the string as it is"),
            );
        }
    }

    /// `Parameters`, `ResultSelector`, `ItemSelector`, `Assign` values... in a JSONPath state:
    /// keys ending in `.$` are evaluated, everything else is passed as written.
    pub fn template(&mut self, value: &Value, location: &Location) {
        match value {
            Value::Object(map) => {
                if map.keys().any(|key| key.ends_with(".$")) {
                    self.duplicate_keys(map, location);
                }
                for (key, value) in map {
                    let child = location.key(key);
                    if key.ends_with(".$") {
                        match value {
                            Value::String(text) => self.dollar_value(text, &child),
                            other => self.out.push(Diagnostic::error(
                                Code::INVALID_TYPE,
                                child,
                                format!("`{key}` ends in `.$`, so its value must be a path or intrinsic string, found {}", crate::parse_type_name(other)),
                            )),
                        }
                    } else {
                        if let Value::String(text) = value {
                            self.no_dollar(key, text, &child);
                        }
                        self.template(value, &child);
                    }
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.template(item, &location.index(i));
                }
            }
            _ => {}
        }
    }

    /// `"x"` and `"x.$"` in one object would both write the field `x`: AWS refuses it.
    fn duplicate_keys(&mut self, map: &serde_json::Map<String, Value>, location: &Location) {
        let mut seen: Vec<&str> = Vec::with_capacity(map.len());
        for key in map.keys() {
            let field = key.strip_suffix(".$").unwrap_or(key);
            if let Some(first) = seen
                .iter()
                .find(|k| k.strip_suffix(".$").unwrap_or(k) == field)
            {
                self.out.push(
                    Diagnostic::error(
                        Code::DUPLICATE_KEY,
                        location.key(key),
                        format!("`{first}` and `{key}` both produce the field `{field}`"),
                    )
                    .with_help("keep one of them: a key ending in `.$` is evaluated, the other is passed as written"),
                );
            }
            seen.push(key);
        }
    }

    fn no_dollar(&mut self, key: &str, text: &str, location: &Location) {
        let looks_evaluated = text == "$"
            || text.starts_with("$.")
            || text.starts_with("$$.")
            || text.starts_with("$[")
            || intrinsic::looks_like_call(text) && text.ends_with(')');
        if looks_evaluated {
            self.out.push(
                Diagnostic::warning(
                    Code::NO_DOLLAR,
                    location.clone(),
                    format!("`{text}` looks like a path or intrinsic function, but `{key}` does not end in `.$`, so it is passed as a plain string"),
                )
                .with_help(format!("rename the field to `{key}.$` to evaluate it")),
            );
        }
    }

    /// Any value of a JSONata state: every `{% %}` string in it is an expression.
    pub fn jsonata_value(&mut self, value: &Value, location: &Location, states: StatesFields) {
        match value {
            Value::String(text) => self.jsonata_string(text, location, states),
            Value::Object(map) => {
                for (key, value) in map {
                    self.jsonata_value(value, &location.key(key), states);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.jsonata_value(item, &location.index(i), states);
                }
            }
            _ => {}
        }
    }

    pub fn jsonata_string(&mut self, text: &str, location: &Location, states: StatesFields) {
        let Some((expression, offset)) = jsonata::template(text) else {
            // AWS evaluates a string only when `{%` and `%}` enclose all of it; with text
            // around them it is a literal, written out as is.
            if jsonata::contains_template(text) {
                self.out.push(
                    Diagnostic::runtime(
                        Code::EXPRESSION_IN_TEXT,
                        location.clone(),
                        "this string is not evaluated: a JSONata expression must start with `{%` and end with `%}`, with nothing around them, so the `{% %}` is kept as text",
                    )
                    .with_help("put the whole value in one expression, e.g. `{% 'Total: ' & $string($total) %}`")
                    .with_value_span(0..text.len()),
                );
            }
            return;
        };
        let node = match jsonata::parse(expression) {
            Ok(node) => node,
            Err(e) => {
                self.out.push(
                    Diagnostic::error(
                        Code::INVALID_JSONATA,
                        location.clone(),
                        format!("invalid JSONata: {}", e.message),
                    )
                    .with_value_span(offset + e.span.start..offset + e.span.end),
                );
                return;
            }
        };
        let facts = jsonata::facts(&node);
        for (operator, span) in facts.newer_operators {
            // JSONata 2.1.0 (2025) added both; Step Functions runs 2.0.6, whose parser does
            // not know them (jsonata-js CHANGELOG).
            let help = match operator {
                "??" => "write `$exists(a) ? a : b` for `a ?? b`",
                _ => "write `a ? a : b` for `a ?: b`",
            };
            self.out.push(
                Diagnostic::error(
                    Code::INVALID_JSONATA,
                    location.clone(),
                    format!("`{operator}` is JSONata 2.1 syntax: Step Functions runs JSONata 2.0.6, which cannot parse it"),
                )
                .with_help(help)
                .with_value_span(offset + span.start..offset + span.end),
            );
        }
        for (name, span) in facts.variables {
            self.read(
                &name,
                location,
                Some(offset + span.start..offset + span.end),
            );
        }
        for (name, span) in facts.unknown_functions {
            // AWS accepts the definition; the call fails with States.QueryEvaluationError.
            let mut diagnostic = Diagnostic::runtime(
                Code::UNKNOWN_JSONATA_FUNCTION,
                location.clone(),
                format!("`${name}` is not a JSONata function Step Functions provides"),
            )
            .with_value_span(offset + span.start..offset + span.end);
            if let Some(best) = did_you_mean(&name, jsonata::FUNCTIONS.iter().copied()) {
                diagnostic = diagnostic.with_help(format!("did you mean `${best}`?"));
            }
            self.out.push(diagnostic);
        }
        for (field, span) in facts.states_fields {
            let problem = match field.as_str() {
                "input" | "context" => None,
                "result" if !states.result => Some(
                    "`$states.result` is only available in the `Output` and `Assign` of a Task, Parallel or Map state",
                ),
                "errorOutput" if !states.error_output => {
                    Some("`$states.errorOutput` is only available in a `Catch`")
                }
                "result" | "errorOutput" => None,
                _ => Some(
                    "`$states` has only the fields `input`, `result`, `errorOutput` and `context`",
                ),
            };
            if let Some(problem) = problem {
                self.out.push(
                    Diagnostic::error(Code::INVALID_STATES_REFERENCE, location.clone(), problem)
                        .with_value_span(offset + span.start..offset + span.end),
                );
            }
        }
    }

    /// An `Assign` object, in either language.
    pub fn assign(&mut self, value: &Value, location: &Location, states: StatesFields) {
        let Value::Object(map) = value else {
            self.out.push(Diagnostic::error(
                Code::INVALID_TYPE,
                location.clone(),
                format!(
                    "`Assign` must be an object of variable names and values, found {}",
                    crate::parse_type_name(value)
                ),
            ));
            return;
        };
        for key in map.keys() {
            let name = match self.language {
                QueryLanguage::JSONPath => key.strip_suffix(".$").unwrap_or(key),
                QueryLanguage::JSONata => key,
            };
            check_variable_name(name, &location.key(key), self.out);
        }
        self.evaluated(value, location, states);
    }

    /// A value evaluated in this state's query language: a payload template in JSONPath,
    /// `{% %}` expressions in JSONata.
    pub fn evaluated(&mut self, value: &Value, location: &Location, states: StatesFields) {
        match self.language {
            QueryLanguage::JSONPath => self.template(value, location),
            QueryLanguage::JSONata => self.jsonata_value(value, location, states),
        }
    }
}

/// Variable names: a letter or `_`, then letters, digits and `_`; `states` is reserved.
pub(crate) fn check_variable_name(name: &str, location: &Location, out: &mut Vec<Diagnostic>) {
    let mut chars = name.chars();
    let valid = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(jsonpath::is_name_char);
    if !valid {
        out.push(
            Diagnostic::error(
                Code::INVALID_VARIABLE_NAME,
                location.clone(),
                format!("`{name}` is not a valid variable name"),
            )
            .with_help("start with a letter or `_`, then use letters, digits and `_`"),
        );
    } else if name == "states" {
        out.push(Diagnostic::error(
            Code::INVALID_VARIABLE_NAME,
            location.clone(),
            "`states` is reserved for `$states`; choose another variable name",
        ));
    }
}
