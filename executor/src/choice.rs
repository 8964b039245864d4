//! Choice rules of JSONPath states: every comparison operator, `And`, `Or` and `Not`. As on
//! AWS, a comparison of values of the wrong type is false, and a `Variable` that selects
//! nothing fails the execution (`States.Runtime`) unless the operator is `IsPresent`.

use std::cmp::Ordering;

use serde_json::Value;
use sfn_codegen::model::{ChoiceRule, Comparison, Operator};

use crate::clock::Instant;
use crate::failure::{Failure, names};
use crate::paths::{self, PathError, Roots};

pub fn matches(rule: &ChoiceRule, roots: Roots<'_>) -> Result<bool, Failure> {
    if let Some(rules) = &rule.and {
        for inner in rules {
            if !matches(inner, roots)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    if let Some(rules) = &rule.or {
        for inner in rules {
            if matches(inner, roots)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(inner) = &rule.not {
        return Ok(!matches(inner, roots)?);
    }
    let (Some(variable), Some(comparison)) = (&rule.variable, rule.comparisons.first()) else {
        return Err(Failure::new(
            names::RUNTIME,
            "a Choice rule has no comparison",
        ));
    };
    let value = match paths::read(variable, roots) {
        Ok(value) => Some(value),
        Err(PathError::NotFound) => None,
        Err(other) => return Err(path_failure(variable, &other)),
    };
    compare(value.as_ref(), comparison, variable, roots)
}

fn path_failure(path: &str, error: &PathError) -> Failure {
    Failure::new(
        names::RUNTIME,
        format!(
            "Invalid path '{path}': The choice state's condition path references an invalid value (it {error})."
        ),
    )
}

fn compare(
    value: Option<&Value>,
    comparison: &Comparison,
    variable: &str,
    roots: Roots<'_>,
) -> Result<bool, Failure> {
    use Operator::*;
    let expected = &comparison.value;
    if comparison.operator == IsPresent {
        return Ok(value.is_some() == (expected == &Value::Bool(true)));
    }
    let Some(value) = value else {
        return Err(path_failure(variable, &PathError::NotFound));
    };
    let test = |holds: bool| Ok(holds == (expected == &Value::Bool(true)));
    let right = |expected: &Value| -> Result<Value, Failure> {
        match comparison.operator.as_str().ends_with("Path") {
            true => {
                let path = expected.as_str().unwrap_or_default();
                paths::read(path, roots).map_err(|e| path_failure(path, &e))
            }
            false => Ok(expected.clone()),
        }
    };
    Ok(match comparison.operator {
        IsNull => return test(value.is_null()),
        IsNumeric => return test(value.is_number()),
        IsString => return test(value.is_string()),
        IsBoolean => return test(value.is_boolean()),
        IsTimestamp => return test(value.as_str().and_then(Instant::parse).is_some()),
        IsPresent => unreachable!("handled above"),
        StringMatches => match (value.as_str(), expected.as_str()) {
            (Some(text), Some(pattern)) => wildcard_match(pattern, text),
            _ => false,
        },
        StringEquals | StringEqualsPath => {
            strings(value, &right(expected)?).is_some_and(Ordering::is_eq)
        }
        StringLessThan | StringLessThanPath => {
            strings(value, &right(expected)?).is_some_and(Ordering::is_lt)
        }
        StringGreaterThan | StringGreaterThanPath => {
            strings(value, &right(expected)?).is_some_and(Ordering::is_gt)
        }
        StringLessThanEquals | StringLessThanEqualsPath => {
            strings(value, &right(expected)?).is_some_and(Ordering::is_le)
        }
        StringGreaterThanEquals | StringGreaterThanEqualsPath => {
            strings(value, &right(expected)?).is_some_and(Ordering::is_ge)
        }
        NumericEquals | NumericEqualsPath => {
            numbers(value, &right(expected)?).is_some_and(Ordering::is_eq)
        }
        NumericLessThan | NumericLessThanPath => {
            numbers(value, &right(expected)?).is_some_and(Ordering::is_lt)
        }
        NumericGreaterThan | NumericGreaterThanPath => {
            numbers(value, &right(expected)?).is_some_and(Ordering::is_gt)
        }
        NumericLessThanEquals | NumericLessThanEqualsPath => {
            numbers(value, &right(expected)?).is_some_and(Ordering::is_le)
        }
        NumericGreaterThanEquals | NumericGreaterThanEqualsPath => {
            numbers(value, &right(expected)?).is_some_and(Ordering::is_ge)
        }
        BooleanEquals | BooleanEqualsPath => match (value.as_bool(), right(expected)?.as_bool()) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        },
        TimestampEquals | TimestampEqualsPath => {
            timestamps(value, &right(expected)?).is_some_and(Ordering::is_eq)
        }
        TimestampLessThan | TimestampLessThanPath => {
            timestamps(value, &right(expected)?).is_some_and(Ordering::is_lt)
        }
        TimestampGreaterThan | TimestampGreaterThanPath => {
            timestamps(value, &right(expected)?).is_some_and(Ordering::is_gt)
        }
        TimestampLessThanEquals | TimestampLessThanEqualsPath => {
            timestamps(value, &right(expected)?).is_some_and(Ordering::is_le)
        }
        TimestampGreaterThanEquals | TimestampGreaterThanEqualsPath => {
            timestamps(value, &right(expected)?).is_some_and(Ordering::is_ge)
        }
    })
}

fn strings(a: &Value, b: &Value) -> Option<Ordering> {
    Some(a.as_str()?.cmp(b.as_str()?))
}

fn numbers(a: &Value, b: &Value) -> Option<Ordering> {
    a.as_f64()?.partial_cmp(&b.as_f64()?)
}

fn timestamps(a: &Value, b: &Value) -> Option<Ordering> {
    Some(Instant::parse(a.as_str()?)?.cmp(&Instant::parse(b.as_str()?)?))
}

/// `StringMatches`: `*` matches any run of characters; `\*` and `\\` are literal.
fn wildcard_match(pattern: &str, text: &str) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum Part {
        Star,
        Char(char),
    }
    let mut parts = Vec::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        parts.push(match c {
            '\\' => Part::Char(chars.next().unwrap_or('\\')),
            '*' => Part::Star,
            c => Part::Char(c),
        });
    }
    let text: Vec<char> = text.chars().collect();
    // Classic two-pointer glob matching with backtracking to the last star.
    let (mut p, mut t, mut star, mut mark) = (0, 0, None, 0);
    while t < text.len() {
        match parts.get(p) {
            Some(Part::Char(c)) if *c == text[t] => {
                p += 1;
                t += 1;
            }
            Some(Part::Star) => {
                star = Some(p);
                mark = t;
                p += 1;
            }
            _ => match star {
                Some(s) => {
                    p = s + 1;
                    mark += 1;
                    t = mark;
                }
                None => return false,
            },
        }
    }
    parts[p..].iter().all(|part| *part == Part::Star)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rule(json: Value) -> ChoiceRule {
        let machine = json!({"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [json], "Default": "D"}, "D": {"Type": "Succeed"}}});
        let parsed = sfn_codegen::parse::from_value(&machine).machine.unwrap();
        match &parsed.states["C"] {
            sfn_codegen::model::State::Choice(choice) => choice.choices[0].clone(),
            _ => unreachable!(),
        }
    }

    fn holds(json_rule: Value, input: Value) -> Result<bool, Failure> {
        let empty = serde_json::Map::new();
        let roots = Roots {
            input: &input,
            context: &Value::Null,
            variables: &empty,
        };
        let mut json_rule = json_rule;
        json_rule["Next"] = json!("D");
        matches(&rule(json_rule), roots)
    }

    /// The operators and their type rules, from the Choice state page of the developer guide.
    #[test]
    fn every_operator_and_type_mismatches_are_false() {
        let input = json!({"n": 5, "s": "abc", "b": true, "t": "2025-01-01T00:00:00Z", "limit": 10, "nil": null});
        let yes = |r: Value| assert!(holds(r.clone(), input.clone()).unwrap(), "{r}");
        let no = |r: Value| assert!(!holds(r.clone(), input.clone()).unwrap(), "{r}");
        yes(json!({"Variable": "$.n", "NumericGreaterThan": 1}));
        yes(json!({"Variable": "$.n", "NumericLessThanPath": "$.limit"}));
        yes(json!({"Variable": "$.n", "NumericEquals": 5.0}));
        no(json!({"Variable": "$.s", "NumericGreaterThanEquals": 1}));
        yes(json!({"Variable": "$.s", "StringEquals": "abc"}));
        yes(json!({"Variable": "$.s", "StringLessThan": "abd"}));
        no(json!({"Variable": "$.n", "StringEquals": "5"}));
        yes(json!({"Variable": "$.s", "StringMatches": "a*c"}));
        no(json!({"Variable": "$.s", "StringMatches": "a\\*c"}));
        yes(json!({"Variable": "$.b", "BooleanEquals": true}));
        yes(json!({"Variable": "$.t", "TimestampLessThan": "2025-01-02T00:00:00Z"}));
        yes(json!({"Variable": "$.t", "IsTimestamp": true}));
        yes(json!({"Variable": "$.nil", "IsNull": true}));
        yes(json!({"Variable": "$.missing", "IsPresent": false}));
        no(json!({"Variable": "$.n", "IsString": true}));
        yes(
            json!({"And": [{"Variable": "$.n", "NumericGreaterThan": 1}, {"Not": {"Variable": "$.b", "BooleanEquals": false}}]}),
        );
        yes(
            json!({"Or": [{"Variable": "$.n", "NumericGreaterThan": 100}, {"Variable": "$.s", "IsString": true}]}),
        );
        let missing = holds(
            json!({"Variable": "$.missing", "NumericEquals": 1}),
            input.clone(),
        )
        .unwrap_err();
        assert_eq!(missing.name(), "States.Runtime");
    }

    #[test]
    fn wildcards() {
        assert!(wildcard_match("*.log", "app.log"));
        assert!(wildcard_match("a*b*c", "aXXbYYc"));
        assert!(!wildcard_match("a*b", "aXXc"));
        assert!(wildcard_match("*", ""));
    }
}
