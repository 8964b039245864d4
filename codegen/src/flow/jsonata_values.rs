//! The shapes of JSONata values: what a JSONata state's `Output` (or a value it assigns)
//! builds, from its literals, its `$states` chains, its operators and the result types of
//! the built-in functions (JSONata 2.0's function library). What is not known is `Unknown`;
//! a field whose expression may give nothing (JSONata's `undefined`, which drops the key) is
//! optional, never required.

use indexmap::IndexMap;
use serde_json::Value;

use super::{Field, Fields, Shape};
use crate::jsonata::{self, Expr, Node};

/// What `$states` holds where the value is evaluated.
pub(super) struct Env<'a> {
    pub input: &'a Shape,
    /// `$states.result`, in a Task's `Output` and `Assign`.
    pub result: Option<&'a Shape>,
    /// Whether `$states.errorOutput` is there (a catcher's `Output` and `Assign`).
    pub error_output: bool,
}

/// The error output a catcher sees (`$states.errorOutput`, and a JSONPath catcher's result).
pub(super) fn error_object() -> Shape {
    Shape::Object(Fields::from([
        ("Error".to_owned(), Field::required(Shape::String)),
        ("Cause".to_owned(), Field::required(Shape::String)),
    ]))
}

/// The shape a JSONata field's value gives: a JSON value whose strings may be `{% %}`.
pub(super) fn template_shape(value: &Value, env: &Env<'_>) -> Shape {
    value_shape(value, env).0
}

/// The shape of a value, and whether it is always defined.
fn value_shape(value: &Value, env: &Env<'_>) -> (Shape, bool) {
    match value {
        Value::String(text) => match jsonata::template(text) {
            Some((expression, _)) => match jsonata::parse(expression) {
                Ok(node) => expression_shape(&node, expression, env),
                Err(_) => (Shape::Unknown, false),
            },
            None => (Shape::String, true),
        },
        Value::Object(map) => {
            let fields = map
                .iter()
                .map(|(key, value)| {
                    let (shape, defined) = value_shape(value, env);
                    let field = if defined {
                        Field::required(shape)
                    } else {
                        Field::optional(shape)
                    };
                    (key.clone(), field)
                })
                .collect();
            (Shape::Object(fields), true)
        }
        Value::Array(items) => {
            let item = items
                .iter()
                .map(|item| value_shape(item, env).0)
                .reduce(|a, b| a.join(&b))
                .unwrap_or(Shape::Unknown);
            (Shape::Array(Box::new(item)), true)
        }
        other => (Shape::of_value(other), true),
    }
}

/// The shape of an expression's value, and whether it is always defined.
pub(super) fn expression_shape(node: &Node, text: &str, env: &Env<'_>) -> (Shape, bool) {
    match &node.kind {
        Expr::Literal => literal_shape(text.get(node.span.clone()).unwrap_or("")),
        // Arithmetic on an undefined operand is undefined; `&` takes it as "".
        Expr::Binary("+" | "-" | "*" | "/" | "%", _, _) | Expr::Unary(_) => (Shape::Number, false),
        Expr::Binary("&", _, _) => (Shape::String, true),
        Expr::Binary("=" | "!=" | "<" | "<=" | ">" | ">=" | "and" | "or" | "in", _, _) => {
            (Shape::Bool, true)
        }
        Expr::Block(items) => items.last().map_or((Shape::Unknown, false), |last| {
            expression_shape(last, text, env)
        }),
        Expr::Object(pairs) => object_shape(pairs, text, env),
        Expr::Call(callee, _) => match &callee.kind {
            Expr::Variable(name) => builtin_result(name),
            _ => (Shape::Unknown, false),
        },
        Expr::Binary(".", _, _) | Expr::Variable(_) => chain_shape(node, env),
        _ => (Shape::Unknown, false),
    }
}

fn literal_shape(text: &str) -> (Shape, bool) {
    let shape = match text.trim_start().chars().next() {
        Some('"' | '\'') => Shape::String,
        Some('0'..='9' | '-' | '.') => Shape::Number,
        Some('t' | 'f') => Shape::Bool,
        Some('n') => Shape::Null,
        _ => return (Shape::Unknown, false),
    };
    (shape, true)
}

/// An object constructor with literal keys.
fn object_shape(pairs: &[(Node, Node)], text: &str, env: &Env<'_>) -> (Shape, bool) {
    let mut fields = IndexMap::new();
    for (key, value) in pairs {
        let key_text = text.get(key.span.clone()).unwrap_or("");
        let Ok(Value::String(name)) = serde_json::from_str::<Value>(&key_text.replace('\'', "\""))
        else {
            return (Shape::Unknown, false);
        };
        let (shape, defined) = expression_shape(value, text, env);
        let field = if defined {
            Field::required(shape)
        } else {
            Field::optional(shape)
        };
        fields.insert(name, field);
    }
    (Shape::Object(fields.into()), true)
}

/// `$states.input.a.b`, `$states.result...`, `$states.errorOutput...`: the shape there.
fn chain_shape(node: &Node, env: &Env<'_>) -> (Shape, bool) {
    let error = error_object();
    let roots = [
        ("input", Some(env.input)),
        ("result", env.result),
        ("errorOutput", env.error_output.then_some(&error)),
    ];
    for (member, root) in roots {
        if let Some(fields) = jsonata::states_chain(node, member) {
            return match root {
                Some(root) => shape_at(root, &fields),
                None => (Shape::Unknown, false),
            };
        }
    }
    (Shape::Unknown, false)
}

/// The shape at `fields` under `shape`, quietly: the checks of the reads are made elsewhere.
pub(super) fn shape_at(shape: &Shape, fields: &[String]) -> (Shape, bool) {
    let mut current = shape.clone();
    let mut defined = true;
    for name in fields {
        current = match &current {
            Shape::Object(known) | Shape::Partial(known) => match known.get(name) {
                Some(field) => {
                    defined &= field.required && !field.maybe_missing;
                    field.shape.clone()
                }
                None => return (Shape::Unknown, false),
            },
            Shape::Map(item) => {
                defined = false;
                (**item).clone()
            }
            // A path over an array maps it (and a one-item result is no array): not followed.
            _ => return (Shape::Unknown, false),
        };
    }
    (current, defined)
}

/// What a built-in function returns, and whether it always returns something (most give
/// nothing for an undefined argument).
fn builtin_result(name: &str) -> (Shape, bool) {
    const STRINGS: &[&str] = &[
        "string",
        "substring",
        "substringBefore",
        "substringAfter",
        "uppercase",
        "lowercase",
        "trim",
        "pad",
        "join",
        "replace",
        "formatNumber",
        "formatBase",
        "formatInteger",
        "base64encode",
        "base64decode",
        "encodeUrl",
        "encodeUrlComponent",
        "decodeUrl",
        "decodeUrlComponent",
        "fromMillis",
        "hash",
        "type",
    ];
    const NUMBERS: &[&str] = &[
        "number",
        "abs",
        "floor",
        "ceil",
        "round",
        "power",
        "sqrt",
        "sum",
        "max",
        "min",
        "average",
        "length",
        "toMillis",
        "parseInteger",
    ];
    match name {
        "now" | "uuid" => (Shape::String, true),
        "millis" | "random" | "count" => (Shape::Number, true),
        "exists" => (Shape::Bool, true),
        "boolean" | "not" | "contains" => (Shape::Bool, false),
        "split" | "partition" | "range" => (Shape::Array(Box::new(Shape::Unknown)), false),
        _ if STRINGS.contains(&name) => (Shape::String, false),
        _ if NUMBERS.contains(&name) => (Shape::Number, false),
        _ => (Shape::Unknown, false),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn shape_of(value: Value, input: &Shape, result: Option<&Shape>) -> Shape {
        let env = Env {
            input,
            result,
            error_output: false,
        };
        template_shape(&value, &env)
    }

    #[test]
    fn outputs_built_of_literals_chains_operators_and_functions() {
        let input = Shape::Object(Fields::from([
            ("id".to_owned(), Field::required(Shape::String)),
            ("note".to_owned(), Field::optional(Shape::String)),
        ]));
        let output = json!({
            "id": "{% $states.input.id %}",
            "note": "{% $states.input.note %}",
            "total": "{% $states.input.a * 2 %}",
            "label": "{% 'order ' & $states.input.id %}",
            "count": "{% $count($states.input.lines) %}",
            "fixed": 3,
            "nested": "{% {'ok': true} %}"
        });
        let Shape::Object(fields) = shape_of(output, &input, None) else {
            panic!("an object")
        };
        assert_eq!(fields["id"], Field::required(Shape::String));
        assert_eq!(fields["note"], Field::optional(Shape::String));
        assert_eq!(fields["total"], Field::optional(Shape::Number));
        assert_eq!(fields["label"], Field::required(Shape::String));
        assert_eq!(fields["count"], Field::required(Shape::Number));
        assert_eq!(fields["fixed"], Field::required(Shape::Number));
        let Shape::Object(nested) = &fields["nested"].shape else {
            panic!("an object")
        };
        assert_eq!(nested["ok"], Field::required(Shape::Bool));
    }

    #[test]
    fn results_and_unknowns() {
        let result = Shape::Object(Fields::from([(
            "Payload".to_owned(),
            Field::required(Shape::Unknown),
        )]));
        assert_eq!(
            shape_of(
                json!("{% $states.result %}"),
                &Shape::Unknown,
                Some(&result)
            ),
            result
        );
        // Without a result (not a Task), and for what is not followed: unknown.
        assert_eq!(
            shape_of(json!("{% $states.result.Payload %}"), &Shape::Unknown, None),
            Shape::Unknown
        );
        assert_eq!(
            shape_of(
                json!("{% $map($states.input, $f) %}"),
                &Shape::Unknown,
                None
            ),
            Shape::Unknown
        );
    }
}
