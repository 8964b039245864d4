//! The arguments of intrinsic functions and the parameters of AWS calls, against the
//! kinds they take.

use super::*;

/// A string, number or boolean where the API takes a structure, a list or a map (a DynamoDB
/// key given as a plain string): the call fails. `fix` writes the member as an attribute
/// value of the given type tag.
#[allow(clippy::too_many_arguments)]
pub(super) fn scalar_for_structure(
    service: &crate::catalog::Service,
    expected: &crate::catalog::Shape,
    name: &str,
    written: &str,
    found: &Shape,
    fix: impl Fn(&str) -> String,
    here: Location,
    reads: &mut Reads<'_>,
) {
    use crate::catalog::Shape as Model;
    let scalar = matches!(found, Shape::String | Shape::Number | Shape::Bool);
    if !scalar
        || !matches!(
            expected,
            Model::Structure { .. } | Model::List(_) | Model::Map(_)
        )
    {
        return;
    }
    let mut diagnostic = Diagnostic::error(
        Code::INVALID_TYPE,
        here,
        format!(
            "`{name}` takes {}, and `{written}` is {}: the call fails",
            expected.describe(),
            found.describe()
        ),
    );
    if service.model == "dynamodb" {
        let tag = match found {
            Shape::Number => "N",
            Shape::Bool => "BOOL",
            _ => "S",
        };
        diagnostic = diagnostic.with_help(format!(
            "DynamoDB takes attribute values: `{}`{}",
            fix(tag),
            if tag == "N" {
                " (with the number as a string)"
            } else {
                ""
            }
        ));
    }
    reads.out.push(diagnostic);
}

/// An intrinsic function call: the paths it reads are checked like any other, each against
/// the kind its parameter takes, and what it returns is typed.
pub(super) fn intrinsic(
    call: &crate::intrinsic::Call,
    text: &str,
    from: &Shape,
    at: &Location,
    reads: &mut Reads<'_>,
) -> Shape {
    use crate::intrinsic::Arg;
    for (index, arg) in call.args.iter().enumerate() {
        let shape = match arg {
            Arg::Path(path, span) if path.root == Root::Input => {
                let written = &text[span.clone()];
                let shape = reads.read(from, written, at);
                (shape, written)
            }
            Arg::Call(inner) => (
                intrinsic(inner, text, from, at, reads),
                &text[inner.span.clone()],
            ),
            _ => continue,
        };
        let (shape, written) = shape;
        let Some(wanted) = crate::intrinsic::parameter_kind(&call.name, index) else {
            continue;
        };
        let fits = matches!(
            (&shape, wanted),
            // One of several kinds by path: not certain to fail.
            (Shape::Unknown | Shape::AnyOf(_), _)
                | (Shape::String, "a string")
                | (Shape::Number, "a number" | "a whole number")
                | (Shape::Bool, "a boolean")
                | (Shape::Array(_), "an array")
                | (
                    Shape::Object(_) | Shape::Partial(_) | Shape::Map(_),
                    "a JSON object"
                )
        );
        if !fits {
            let mut diagnostic = Diagnostic::error(
                Code::INVALID_INTRINSIC_FUNCTION,
                at.clone(),
                format!(
                    "argument {} of `{}` must be {wanted}, and `{written}` is {}: the call fails",
                    index + 1,
                    call.name,
                    shape.describe()
                ),
            );
            if shape == Shape::String && wanted.contains("number") {
                diagnostic = diagnostic.with_help(format!(
                    "turn it into a number first: `States.StringToJson({written})`"
                ));
            }
            reads.out.push(diagnostic);
        }
    }
    match call.name.as_str() {
        "States.Format"
        | "States.JsonToString"
        | "States.Base64Encode"
        | "States.Base64Decode"
        | "States.Hash"
        | "States.UUID" => Shape::String,
        "States.MathAdd" | "States.MathRandom" | "States.ArrayLength" => Shape::Number,
        "States.ArrayContains" => Shape::Bool,
        "States.StringSplit" => Shape::Array(Box::new(Shape::String)),
        "States.Array" | "States.ArrayPartition" | "States.ArrayRange" | "States.ArrayUnique" => {
            Shape::Array(Box::new(Shape::Unknown))
        }
        _ => Shape::Unknown,
    }
}

/// The values a Task's parameters read at run time, against what the API takes: a string,
/// number or boolean where the model has a structure, list or map (a DynamoDB key
/// `{"pk.$": "$.id"}` where `{"pk": {"S.$": "$.id"}}` belongs) fails the call.
pub(super) fn dynamic_parameters(
    service: &crate::catalog::Service,
    shape: &crate::catalog::Shape,
    payload: &Value,
    from: &Shape,
    at: &Location,
    reads: &mut Reads<'_>,
) {
    use crate::catalog::Shape as Model;
    let member_shape = |name: &str| -> Option<&Model> {
        match shape {
            Model::Structure { members, .. } => service.shape(members.get(name).copied()),
            Model::Map(value) => service.shape(Some(*value)),
            _ => None,
        }
    };
    let Value::Object(fields) = payload else {
        return;
    };
    for (key, value) in fields {
        let here = at.key(key);
        match (key.strip_suffix(".$"), value) {
            (Some(name), Value::String(path))
                if path.starts_with('$') && !path.starts_with("$$") =>
            {
                let Some(expected) = member_shape(name) else {
                    continue;
                };
                let mut quiet = Vec::new();
                let found = reads
                    .quiet(here.clone(), &mut quiet)
                    .read(from, path, &here);
                let fix = |tag: &str| format!("\"{name}\": {{\"{tag}.$\": \"{path}\"}}");
                scalar_for_structure(service, expected, name, path, &found, fix, here, reads);
            }
            // JSONata: `Arguments` with `{% %}` values.
            (None, Value::String(text)) if crate::jsonata::template(text).is_some() => {
                let Some(expected) = member_shape(key) else {
                    continue;
                };
                let env = jsonata_values::Env {
                    input: from,
                    result: None,
                    error_output: false,
                };
                let found = jsonata_values::template_shape(value, &env);
                let fix = |tag: &str| format!("\"{key}\": {{\"{tag}\": \"{text}\"}}");
                scalar_for_structure(service, expected, key, text, &found, fix, here, reads);
            }
            (None, Value::Object(_)) => {
                if let Some(inner) = member_shape(key) {
                    dynamic_parameters(service, inner, value, from, &here, reads);
                }
            }
            _ => {}
        }
    }
}
