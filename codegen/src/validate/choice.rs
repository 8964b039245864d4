//! Choice states: rule shape (one comparison, or one of And/Or/Not; Next only at the top),
//! operand types, and JSONata conditions.

use serde_json::Value;

use super::exprs::{Exprs, PathKind, StatesFields};
use super::state::{assign, io, output, wrong_language};
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{Choice, ChoiceRule, Operand, QueryLanguage};

pub(super) fn check(choice: &Choice, location: &Location, x: &mut Exprs<'_>) {
    io(x, location, &choice.input_path, &choice.output_path);
    output(x, location, &choice.output, StatesFields::INPUT);
    assign(x, location, &choice.assign, StatesFields::INPUT);
    if choice.choices.is_empty() {
        x.out.push(Diagnostic::error(
            Code::INVALID_VALUE,
            location.key("Choices"),
            "`Choices` is empty; a Choice state needs at least one rule",
        ));
    }
    let choices = location.key("Choices");
    for (i, rule) in choice.choices.iter().enumerate() {
        let rule_location = choices.index(i);
        if rule.next.is_none() {
            x.out.push(
                Diagnostic::error(
                    Code::INVALID_CHOICE_RULE,
                    rule_location.clone(),
                    "a top-level Choice rule needs `Next`",
                )
                .with_help("name the state to go to when this rule matches"),
            );
        }
        check_rule(rule, &rule_location, x, true);
    }
}

fn check_rule(rule: &ChoiceRule, location: &Location, x: &mut Exprs<'_>, top_level: bool) {
    if !top_level {
        for (field, present) in [
            ("Next", rule.next.is_some()),
            ("Assign", rule.assign.is_some()),
            ("Output", rule.output.is_some()),
        ] {
            if present {
                x.out.push(Diagnostic::error(
                    Code::INVALID_CHOICE_RULE,
                    location.key(field),
                    format!("`{field}` is only allowed in a top-level Choice rule, not inside `And`, `Or` or `Not`"),
                ));
            }
        }
    } else {
        output(x, location, &rule.output, StatesFields::INPUT);
        assign(x, location, &rule.assign, StatesFields::INPUT);
    }
    match x.language {
        QueryLanguage::JSONata => check_condition(rule, location, x),
        QueryLanguage::JSONPath => check_comparison(rule, location, x),
    }
}

fn check_condition(rule: &ChoiceRule, location: &Location, x: &mut Exprs<'_>) {
    if rule.variable.is_some() {
        wrong_language(x, location, "Variable");
    }
    for comparison in &rule.comparisons {
        wrong_language(x, location, comparison.operator.as_str());
    }
    for (field, present) in [
        ("And", rule.and.is_some()),
        ("Or", rule.or.is_some()),
        ("Not", rule.not.is_some()),
    ] {
        if present {
            wrong_language(x, location, field);
        }
    }
    match &rule.condition {
        None => x.out.push(
            Diagnostic::error(
                Code::INVALID_CHOICE_RULE,
                location.clone(),
                "a JSONata Choice rule needs a `Condition`",
            )
            .with_help("write `\"Condition\": \"{% <boolean expression> %}\"`"),
        ),
        Some(Value::Bool(_)) => {}
        Some(Value::String(text)) if crate::jsonata::looks_like_template(text) => {
            x.jsonata_string(text, &location.key("Condition"), StatesFields::INPUT);
        }
        Some(other) => x.out.push(Diagnostic::error(
            Code::INVALID_TYPE,
            location.key("Condition"),
            format!("`Condition` must be a `{{% %}}` expression or a boolean, found {other}"),
        )),
    }
}

fn check_comparison(rule: &ChoiceRule, location: &Location, x: &mut Exprs<'_>) {
    if rule.condition.is_some() {
        wrong_language(x, location, "Condition");
    }
    let combinators = [rule.and.is_some(), rule.or.is_some(), rule.not.is_some()]
        .iter()
        .filter(|b| **b)
        .count();
    let comparisons = rule.comparisons.len();
    if combinators + comparisons == 0 {
        x.out.push(
            Diagnostic::error(Code::INVALID_CHOICE_RULE, location.clone(), "this Choice rule has no comparison")
                .with_help("add a comparison such as `\"StringEquals\": \"...\"` with a `Variable`, or `And`/`Or`/`Not`"),
        );
        return;
    }
    if combinators + comparisons > 1 {
        x.out.push(
            Diagnostic::error(
                Code::INVALID_CHOICE_RULE,
                location.clone(),
                "a Choice rule holds exactly one comparison or one of `And`/`Or`/`Not`",
            )
            .with_help("combine several comparisons with `And` or `Or`"),
        );
    }
    if comparisons > 0 {
        match &rule.variable {
            None => x.out.push(
                Diagnostic::error(
                    Code::INVALID_CHOICE_RULE,
                    location.clone(),
                    "a comparison needs a `Variable` to compare",
                )
                .with_help("add `\"Variable\": \"$.field\"`"),
            ),
            Some(variable) => x.path(variable, &location.key("Variable"), PathKind::Path),
        }
    } else if rule.variable.is_some() {
        x.out.push(Diagnostic::error(
            Code::INVALID_CHOICE_RULE,
            location.key("Variable"),
            "`Variable` goes with a comparison operator, not with `And`/`Or`/`Not`",
        ));
    }
    for comparison in &rule.comparisons {
        check_operand(
            comparison.operator.as_str(),
            comparison.operator.operand(),
            &comparison.value,
            &location.key(comparison.operator.as_str()),
            x,
        );
    }
    for (field, rules) in [("And", &rule.and), ("Or", &rule.or)] {
        if let Some(rules) = rules {
            if rules.is_empty() {
                x.out.push(Diagnostic::error(
                    Code::INVALID_CHOICE_RULE,
                    location.key(field),
                    format!("`{field}` needs at least one rule"),
                ));
            }
            for (i, nested) in rules.iter().enumerate() {
                check_rule(nested, &location.key(field).index(i), x, false);
            }
        }
    }
    if let Some(nested) = &rule.not {
        check_rule(nested, &location.key("Not"), x, false);
    }
}

fn check_operand(
    operator: &str,
    operand: Operand,
    value: &Value,
    location: &Location,
    x: &mut Exprs<'_>,
) {
    let expected = match (operand, value) {
        (Operand::String, Value::String(_))
        | (Operand::Numeric, Value::Number(_))
        | (Operand::Boolean | Operand::TypeTest, Value::Bool(_)) => None,
        (Operand::Timestamp, Value::String(text)) => {
            if crate::timestamp::is_timestamp(text) {
                None
            } else {
                Some("an RFC 3339 timestamp such as `2026-03-14T01:59:00Z`")
            }
        }
        (Operand::Path, Value::String(path)) => {
            x.path(path, location, PathKind::Path);
            None
        }
        (Operand::String, _) => Some("a string"),
        (Operand::Numeric, _) => Some("a number"),
        (Operand::Boolean | Operand::TypeTest, _) => Some("`true` or `false`"),
        (Operand::Timestamp, _) => Some("a timestamp string"),
        (Operand::Path, _) => Some("a path string"),
    };
    if let Some(expected) = expected {
        x.out.push(Diagnostic::error(
            Code::INVALID_CHOICE_OPERAND,
            location.clone(),
            format!("`{operator}` compares with {expected}, found {value}"),
        ));
    }
}
