//! Choice rules: the paths they read, comparisons of a kind the operand never has (or has
//! on some paths only), and what a rule that holds says of the input.

use super::*;

/// A Choice rule reads its `Variable` and the paths of `...Path` comparisons; a comparison
/// of a kind the operands never have can never be true.
pub(super) fn rule_reads(rule: &ChoiceRule, input: &Shape, at: &Location, reads: &mut Reads<'_>) {
    // `IsPresent` is how a maybe-absent field is read safely.
    let tolerant = rule
        .comparisons
        .iter()
        .any(|c| c.operator.as_str() == "IsPresent");
    let variable = rule.variable.as_ref().map(|variable| {
        let shape = reads.read_with(input, variable, &at.key("Variable"), tolerant);
        (variable, shape)
    });
    for comparison in &rule.comparisons {
        let operator = comparison.operator.as_str();
        let operand = match comparison.value.as_str() {
            Some(path) if comparison.operator.operand() == Operand::Path => {
                Some((path, reads.read(input, path, &at.key(operator))))
            }
            _ => None,
        };
        let Some(wanted) = compared_kind(operator) else {
            continue;
        };
        for (path, shape, field) in variable
            .iter()
            .map(|(v, s)| (v.as_str(), s, "Variable"))
            .chain(operand.iter().map(|(p, s)| (*p, s, operator)))
        {
            if matches!(shape, Shape::Unknown) || *shape == wanted {
                continue;
            }
            if shape.may_be(&wanted) {
                // Of the compared kind on some paths only: not an error, but worth a look.
                reads.out.push(
                    Diagnostic::warning(
                        Code::INVALID_CHOICE_OPERAND,
                        at.key(field),
                        format!(
                            "`{operator}` compares {}, and `{path}` is {}: the rule is false on the paths where it is not {}",
                            plural(&wanted),
                            shape.describe(),
                            wanted.describe()
                        ),
                    )
                    .with_help("give it one kind on every path into this state, or test its kind first (`IsNumeric`, `IsString`)"),
                );
                continue;
            }
            let mut diagnostic = Diagnostic::error(
                Code::INVALID_CHOICE_OPERAND,
                at.key(field),
                format!(
                    "`{operator}` compares {}, and `{path}` is {} here: the rule is never true",
                    plural(&wanted),
                    shape.describe()
                ),
            );
            if *shape == Shape::String && wanted == Shape::Number && path.ends_with(".N") {
                diagnostic = diagnostic.with_fix(Fix::NumberFromDynamoDb);
            } else if *shape == Shape::Number && wanted == Shape::String {
                diagnostic = diagnostic.with_help("compare numbers with `NumericEquals` (or turn the number into a string with `States.Format`)");
            }
            reads.out.push(diagnostic);
        }
    }
    for (key, nested) in [("And", &rule.and), ("Or", &rule.or)] {
        for (index, rule) in nested.iter().flatten().enumerate() {
            rule_reads(rule, input, &at.key(key).index(index), reads);
        }
    }
    if let Some(rule) = &rule.not {
        rule_reads(rule, input, &at.key("Not"), reads);
    }
}

/// The kind a Choice operator compares (`None`: type tests, which take anything). The States
/// Language specification's Choice rules: a comparison whose operand is of another type does
/// not match (it is false, not an error), which is why a numeric test on DynamoDB's `N` string
/// quietly takes the default.
pub(super) fn compared_kind(operator: &str) -> Option<Shape> {
    let base = operator.strip_suffix("Path").unwrap_or(operator);
    if base.starts_with("String") {
        Some(Shape::String)
    } else if base.starts_with("Numeric") {
        Some(Shape::Number)
    } else if base.starts_with("Boolean") {
        Some(Shape::Bool)
    } else if base.starts_with("Timestamp") {
        Some(Shape::String)
    } else {
        None
    }
}

pub(super) fn plural(kind: &Shape) -> &'static str {
    match kind {
        Shape::String => "strings",
        Shape::Number => "numbers",
        Shape::Bool => "booleans",
        _ => "values",
    }
}

/// `shape` where `rule` holds: every field a comparison reads (but `IsPresent: false`, `Not`
/// and `Or`, which say nothing of presence) is there.
pub(super) fn present(shape: &Shape, rule: &ChoiceRule) -> Shape {
    let mut shape = shape.clone();
    if let Some(variable) = &rule.variable
        && rule
            .comparisons
            .iter()
            .any(|c| !(c.operator.as_str() == "IsPresent" && c.value == Value::Bool(false)))
        && let Ok(parsed) = jsonpath::parse(variable)
        && parsed.root == Root::Input
    {
        let names: Vec<&str> = parsed
            .steps
            .iter()
            .map_while(|(step, _)| match step {
                Step::Field(name) => Some(name.as_str()),
                _ => None,
            })
            .collect();
        shape = mark_present(&shape, &names);
    }
    for nested in rule.and.iter().flatten() {
        shape = present(&shape, nested);
    }
    shape
}

pub(super) fn mark_present(shape: &Shape, names: &[&str]) -> Shape {
    let (Some((first, rest)), Shape::Object(fields) | Shape::Partial(fields)) =
        (names.split_first(), shape)
    else {
        return shape.clone();
    };
    let mut fields = fields.clone();
    if let Some(field) = fields.get_mut(*first) {
        field.required = true;
        field.maybe_missing = false;
        field.shape = mark_present(&field.shape, rest);
    }
    match shape {
        Shape::Partial(_) => Shape::Partial(fields),
        _ => Shape::Object(fields),
    }
}
