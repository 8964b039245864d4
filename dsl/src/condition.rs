//! Choice conditions, built from typed references: `total.gt(100)`, `status.equals("paid")`,
//! `coupon.is_present()`, combined with [`all`], [`any`] and [`not`].
//!
//! The Rust type of a reference decides which comparisons exist (numbers compare with numbers,
//! strings with strings, timestamps as timestamps, booleans only for equality) and which ASL
//! operator is emitted. A condition renders as a JSONPath Choice rule or a JSONata `Condition`.

use serde_json::Value;
use sfn_codegen::model::{ChoiceRule, Comparison, Operator, QueryLanguage};

use crate::reference::{Ref, Timestamp};

/// What kind of value a Rust type holds, for choosing comparison operators.
pub trait Typed {
    /// [`kind::Str`], [`kind::Num`], [`kind::Bool`], [`kind::Time`], [`kind::Any`] or [`kind::Other`].
    type Kind;
}

/// The kinds of values a reference can point at.
pub mod kind {
    /// Strings.
    #[derive(Debug)]
    pub enum Str {}
    /// Numbers.
    #[derive(Debug)]
    pub enum Num {}
    /// Booleans.
    #[derive(Debug)]
    pub enum Bool {}
    /// ISO 8601 timestamps.
    #[derive(Debug)]
    pub enum Time {}
    /// Unknown (`serde_json::Value`): any comparison, chosen by the other operand.
    #[derive(Debug)]
    pub enum Any {}
    /// Objects and arrays: no comparison, only the type tests.
    #[derive(Debug)]
    pub enum Other {}
}

macro_rules! typed {
    ($kind:ident: $($t:ty),*) => {$(
        impl Typed for $t { type Kind = kind::$kind; }
    )*};
}

typed!(Str: String, &str, char, std::borrow::Cow<'_, str>);
typed!(Num: i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize, f32, f64);
typed!(Bool: bool);
typed!(Time: Timestamp);
typed!(Any: Value);

impl<T: Typed> Typed for Option<T> {
    type Kind = T::Kind;
}
impl<T> Typed for Vec<T> {
    type Kind = kind::Other;
}
impl<K, V> Typed for std::collections::HashMap<K, V> {
    type Kind = kind::Other;
}
impl<K, V> Typed for std::collections::BTreeMap<K, V> {
    type Kind = kind::Other;
}

/// The comparison family an operator belongs to.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    String,
    Numeric,
    Boolean,
    Timestamp,
}

/// The right-hand side of a comparison with a value of kind `K`: a literal or another reference.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be compared with this field",
    label = "not comparable with the field's type",
    note = "a reference compares with values of its own kind: numbers with numeric fields, strings with `String` fields, `Timestamp`s with timestamp fields, booleans with `bool` fields; the field's Rust type decides"
)]
pub trait Operand<K> {
    #[doc(hidden)]
    fn into_operand(self) -> (Family, Rhs);
}

#[doc(hidden)]
#[derive(Debug, Clone, PartialEq)]
pub enum Rhs {
    Value(Value),
    Ref(Ref<Value>),
}

macro_rules! literal_operand {
    ($family:ident for $kind:ident: $($t:ty),*) => {$(
        impl Operand<kind::$kind> for $t {
            fn into_operand(self) -> (Family, Rhs) {
                (Family::$family, Rhs::Value(Value::from(self)))
            }
        }
    )*};
}

literal_operand!(Numeric for Num: i32, i64, u32, u64, f64);
literal_operand!(Numeric for Any: i32, i64, u32, u64, f64);
literal_operand!(String for Str: &str, String);
literal_operand!(String for Any: &str, String);
literal_operand!(Boolean for Bool: bool);
literal_operand!(Boolean for Any: bool);
literal_operand!(Timestamp for Time: &str, String);

impl Operand<kind::Time> for Timestamp {
    fn into_operand(self) -> (Family, Rhs) {
        (Family::Timestamp, Rhs::Value(Value::String(self.0)))
    }
}
impl Operand<kind::Any> for Timestamp {
    fn into_operand(self) -> (Family, Rhs) {
        (Family::Timestamp, Rhs::Value(Value::String(self.0)))
    }
}

macro_rules! ref_operand {
    ($family:ident for $kind:ident) => {
        impl<U: Typed<Kind = kind::$kind>> Operand<kind::$kind> for Ref<U> {
            fn into_operand(self) -> (Family, Rhs) {
                (Family::$family, Rhs::Ref(self.untyped()))
            }
        }
    };
}

ref_operand!(String for Str);
ref_operand!(Numeric for Num);
ref_operand!(Boolean for Bool);
ref_operand!(Timestamp for Time);

/// A reference compared with a reference of a known kind decides the family.
pub trait KnownKind {
    #[doc(hidden)]
    const FAMILY: Family;
}
impl KnownKind for kind::Str {
    const FAMILY: Family = Family::String;
}
impl KnownKind for kind::Num {
    const FAMILY: Family = Family::Numeric;
}
impl KnownKind for kind::Bool {
    const FAMILY: Family = Family::Boolean;
}
impl KnownKind for kind::Time {
    const FAMILY: Family = Family::Timestamp;
}

impl<U: Typed> Operand<kind::Any> for Ref<U>
where
    U::Kind: KnownKind,
{
    fn into_operand(self) -> (Family, Rhs) {
        (<U::Kind as KnownKind>::FAMILY, Rhs::Ref(self.untyped()))
    }
}

/// Kinds with an order (everything but booleans).
#[diagnostic::on_unimplemented(
    message = "this field's values have no order",
    note = "booleans, objects and arrays compare only with `equals` or the type tests (`is_present`, `is_null`, ...)"
)]
pub trait Ordered {}
impl Ordered for kind::Str {}
impl Ordered for kind::Num {}
impl Ordered for kind::Time {}
impl Ordered for kind::Any {}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    Equals,
    LessThan,
    LessThanEquals,
    GreaterThan,
    GreaterThanEquals,
    Matches,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)] // named after the ASL operators
enum TypeTest {
    IsPresent,
    IsNull,
    IsNumeric,
    IsString,
    IsBoolean,
    IsTimestamp,
}

/// A boolean condition of a Choice rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition(Cond);

#[derive(Debug, Clone, PartialEq)]
enum Cond {
    Compare {
        variable: Variable,
        family: Family,
        relation: Relation,
        rhs: Rhs,
    },
    Test {
        variable: Variable,
        test: TypeTest,
        expected: bool,
    },
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    Jsonata(String),
    Literal(bool),
    Operator {
        variable: String,
        comparison: Comparison,
    },
}

#[derive(Debug, Clone, PartialEq)]
enum Variable {
    Ref(Ref<Value>),
}

impl Variable {
    fn jsonpath(&self) -> String {
        match self {
            Variable::Ref(r) => r.to_jsonpath(),
        }
    }
    fn jsonata(&self) -> String {
        match self {
            Variable::Ref(r) => r.to_jsonata(),
        }
    }
}

/// True when every condition holds (`And`).
pub fn all(conditions: impl IntoIterator<Item = Condition>) -> Condition {
    Condition(Cond::All(conditions.into_iter().collect()))
}

/// True when at least one condition holds (`Or`).
pub fn any(conditions: impl IntoIterator<Item = Condition>) -> Condition {
    Condition(Cond::Any(conditions.into_iter().collect()))
}

/// True when the condition does not hold (`Not`).
pub fn not(condition: Condition) -> Condition {
    Condition(Cond::Not(Box::new(condition)))
}

impl Condition {
    /// A JSONata condition expression (with or without `{% %}`), for JSONata states.
    pub fn jsonata(expression: impl Into<String>) -> Condition {
        Condition(Cond::Jsonata(expression.into()))
    }

    /// A constant JSONata condition (`"Condition": true`).
    pub fn literal(value: bool) -> Condition {
        Condition(Cond::Literal(value))
    }

    /// Any JSONPath comparison written out: a variable path, an operator and its operand, as
    /// in the specification (for example `NumericGreaterThanPath` with `"$.limit"`).
    pub fn operator(
        variable: impl Into<String>,
        operator: Operator,
        value: impl Into<Value>,
    ) -> Condition {
        Condition(Cond::Operator {
            variable: variable.into(),
            comparison: Comparison {
                operator,
                value: value.into(),
            },
        })
    }

    /// The JSONPath Choice rule (without `Next`).
    pub(crate) fn to_rule(&self) -> Result<ChoiceRule, String> {
        let mut rule = ChoiceRule::default();
        match &self.0 {
            Cond::Compare {
                variable,
                family,
                relation,
                rhs,
            } => {
                let (operator, value) = jsonpath_comparison(*family, *relation, rhs)?;
                rule.variable = Some(variable.jsonpath());
                rule.comparisons.push(Comparison { operator, value });
            }
            Cond::Test {
                variable,
                test,
                expected,
            } => {
                let operator = match test {
                    TypeTest::IsPresent => Operator::IsPresent,
                    TypeTest::IsNull => Operator::IsNull,
                    TypeTest::IsNumeric => Operator::IsNumeric,
                    TypeTest::IsString => Operator::IsString,
                    TypeTest::IsBoolean => Operator::IsBoolean,
                    TypeTest::IsTimestamp => Operator::IsTimestamp,
                };
                rule.variable = Some(variable.jsonpath());
                rule.comparisons.push(Comparison {
                    operator,
                    value: Value::Bool(*expected),
                });
            }
            Cond::Operator {
                variable,
                comparison,
            } => {
                rule.variable = Some(variable.clone());
                rule.comparisons.push(comparison.clone());
            }
            Cond::All(items) => rule.and = Some(rules(items)?),
            Cond::Any(items) => rule.or = Some(rules(items)?),
            Cond::Not(inner) => rule.not = Some(Box::new(inner.to_rule()?)),
            Cond::Jsonata(expression) => {
                return Err(format!(
                    "the JSONata condition `{expression}` is used in a JSONPath Choice; set the query language to JSONata"
                ));
            }
            Cond::Literal(_) => {
                return Err("a constant condition exists only in JSONata Choice states".to_owned());
            }
        }
        Ok(rule)
    }

    /// The JSONata `Condition` value.
    pub(crate) fn to_condition(&self) -> Result<Value, String> {
        match &self.0 {
            Cond::Literal(value) => Ok(Value::Bool(*value)),
            Cond::Jsonata(expression) => {
                Ok(Value::String(crate::template::wrap_jsonata(expression)))
            }
            _ => Ok(Value::String(crate::template::wrap_jsonata(
                &self.to_jsonata()?,
            ))),
        }
    }

    pub(crate) fn render(&self, language: QueryLanguage) -> Result<ChoiceRule, String> {
        match language {
            QueryLanguage::JSONPath => self.to_rule(),
            QueryLanguage::JSONata => Ok(ChoiceRule {
                condition: Some(self.to_condition()?),
                ..ChoiceRule::default()
            }),
        }
    }

    fn to_jsonata(&self) -> Result<String, String> {
        Ok(match &self.0 {
            Cond::Compare {
                variable,
                family,
                relation,
                rhs,
            } => {
                let left = variable.jsonata();
                let right = match rhs {
                    Rhs::Value(value) => value.to_string(),
                    Rhs::Ref(r) => r.to_jsonata(),
                };
                if *relation == Relation::Matches {
                    let pattern = rhs_string(rhs)?;
                    return Ok(format!("$contains({left}, /{}/)", wildcard_regex(&pattern)));
                }
                let symbol = match relation {
                    Relation::Equals => "=",
                    Relation::LessThan => "<",
                    Relation::LessThanEquals => "<=",
                    Relation::GreaterThan => ">",
                    Relation::GreaterThanEquals => ">=",
                    Relation::Matches => unreachable!("handled above"),
                };
                if *family == Family::Timestamp {
                    format!("$toMillis({left}) {symbol} $toMillis({right})")
                } else {
                    format!("{left} {symbol} {right}")
                }
            }
            Cond::Test {
                variable,
                test,
                expected,
            } => {
                let v = variable.jsonata();
                let test = match test {
                    TypeTest::IsPresent => format!("$exists({v})"),
                    TypeTest::IsNull => format!("{v} = null"),
                    TypeTest::IsNumeric => format!("$type({v}) = \"number\""),
                    TypeTest::IsString => format!("$type({v}) = \"string\""),
                    TypeTest::IsBoolean => format!("$type({v}) = \"boolean\""),
                    TypeTest::IsTimestamp => format!(
                        "($type({v}) = \"string\" and $contains({v}, /^\\d{{4}}-\\d{{2}}-\\d{{2}}T\\d{{2}}:\\d{{2}}:\\d{{2}}(\\.\\d+)?(Z|[+-]\\d{{2}}:\\d{{2}})$/))"
                    ),
                };
                if *expected {
                    test
                } else {
                    format!("$not({test})")
                }
            }
            Cond::All(items) => join(items, " and ")?,
            Cond::Any(items) => join(items, " or ")?,
            Cond::Not(inner) => format!("$not({})", inner.to_jsonata()?),
            Cond::Jsonata(expression) => crate::template::unwrap_jsonata(expression).to_owned(),
            Cond::Literal(value) => value.to_string(),
            Cond::Operator { variable, .. } => {
                return Err(format!(
                    "the JSONPath comparison on `{variable}` is used in a JSONata Choice; use a reference or a JSONata condition"
                ));
            }
        })
    }
}

fn rules(items: &[Condition]) -> Result<Vec<ChoiceRule>, String> {
    items.iter().map(Condition::to_rule).collect()
}

fn join(items: &[Condition], separator: &str) -> Result<String, String> {
    let parts = items
        .iter()
        .map(|c| c.to_jsonata().map(|s| format!("({s})")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(parts.join(separator))
}

fn rhs_string(rhs: &Rhs) -> Result<String, String> {
    match rhs {
        Rhs::Value(Value::String(s)) => Ok(s.clone()),
        _ => Err("a wildcard match needs a literal pattern".to_owned()),
    }
}

/// `StringMatches` wildcards (`*`, with `\*` for a literal star) as an anchored regex.
fn wildcard_regex(pattern: &str) -> String {
    let mut out = String::from("^");
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '*' => out.push_str(".*"),
            '\\' => match chars.next() {
                Some(escaped) => push_escaped(&mut out, escaped),
                None => push_escaped(&mut out, '\\'),
            },
            other => push_escaped(&mut out, other),
        }
    }
    out.push('$');
    out
}

fn push_escaped(out: &mut String, c: char) {
    if "\\^$.|?*+()[]{}/".contains(c) {
        out.push('\\');
    }
    out.push(c);
}

fn jsonpath_comparison(
    family: Family,
    relation: Relation,
    rhs: &Rhs,
) -> Result<(Operator, Value), String> {
    use Operator::*;
    let by_path = matches!(rhs, Rhs::Ref(_));
    let operator = match (family, relation, by_path) {
        (Family::String, Relation::Equals, false) => StringEquals,
        (Family::String, Relation::Equals, true) => StringEqualsPath,
        (Family::String, Relation::LessThan, false) => StringLessThan,
        (Family::String, Relation::LessThan, true) => StringLessThanPath,
        (Family::String, Relation::LessThanEquals, false) => StringLessThanEquals,
        (Family::String, Relation::LessThanEquals, true) => StringLessThanEqualsPath,
        (Family::String, Relation::GreaterThan, false) => StringGreaterThan,
        (Family::String, Relation::GreaterThan, true) => StringGreaterThanPath,
        (Family::String, Relation::GreaterThanEquals, false) => StringGreaterThanEquals,
        (Family::String, Relation::GreaterThanEquals, true) => StringGreaterThanEqualsPath,
        (Family::String, Relation::Matches, false) => StringMatches,
        (Family::Numeric, Relation::Equals, false) => NumericEquals,
        (Family::Numeric, Relation::Equals, true) => NumericEqualsPath,
        (Family::Numeric, Relation::LessThan, false) => NumericLessThan,
        (Family::Numeric, Relation::LessThan, true) => NumericLessThanPath,
        (Family::Numeric, Relation::LessThanEquals, false) => NumericLessThanEquals,
        (Family::Numeric, Relation::LessThanEquals, true) => NumericLessThanEqualsPath,
        (Family::Numeric, Relation::GreaterThan, false) => NumericGreaterThan,
        (Family::Numeric, Relation::GreaterThan, true) => NumericGreaterThanPath,
        (Family::Numeric, Relation::GreaterThanEquals, false) => NumericGreaterThanEquals,
        (Family::Numeric, Relation::GreaterThanEquals, true) => NumericGreaterThanEqualsPath,
        (Family::Boolean, Relation::Equals, false) => BooleanEquals,
        (Family::Boolean, Relation::Equals, true) => BooleanEqualsPath,
        (Family::Timestamp, Relation::Equals, false) => TimestampEquals,
        (Family::Timestamp, Relation::Equals, true) => TimestampEqualsPath,
        (Family::Timestamp, Relation::LessThan, false) => TimestampLessThan,
        (Family::Timestamp, Relation::LessThan, true) => TimestampLessThanPath,
        (Family::Timestamp, Relation::LessThanEquals, false) => TimestampLessThanEquals,
        (Family::Timestamp, Relation::LessThanEquals, true) => TimestampLessThanEqualsPath,
        (Family::Timestamp, Relation::GreaterThan, false) => TimestampGreaterThan,
        (Family::Timestamp, Relation::GreaterThan, true) => TimestampGreaterThanPath,
        (Family::Timestamp, Relation::GreaterThanEquals, false) => TimestampGreaterThanEquals,
        (Family::Timestamp, Relation::GreaterThanEquals, true) => TimestampGreaterThanEqualsPath,
        (family, relation, _) => {
            return Err(format!(
                "no {family:?} operator for {relation:?} with this operand"
            ));
        }
    };
    let value = match rhs {
        Rhs::Value(value) => value.clone(),
        Rhs::Ref(r) => Value::String(r.to_jsonpath()),
    };
    Ok((operator, value))
}

impl<T: Typed> Ref<T> {
    fn compare<R: Operand<T::Kind>>(&self, relation: Relation, rhs: R) -> Condition {
        let (family, rhs) = rhs.into_operand();
        Condition(Cond::Compare {
            variable: Variable::Ref(self.clone().untyped()),
            family,
            relation,
            rhs,
        })
    }

    fn test(&self, test: TypeTest) -> Condition {
        Condition(Cond::Test {
            variable: Variable::Ref(self.clone().untyped()),
            test,
            expected: true,
        })
    }

    /// Equal to a literal or to the value of another reference of the same kind.
    pub fn equals<R: Operand<T::Kind>>(&self, rhs: R) -> Condition {
        self.compare(Relation::Equals, rhs)
    }

    /// Less than (numbers, strings in lexical order, timestamps in time order).
    pub fn lt<R: Operand<T::Kind>>(&self, rhs: R) -> Condition
    where
        T::Kind: Ordered,
    {
        self.compare(Relation::LessThan, rhs)
    }

    /// Less than or equal.
    pub fn le<R: Operand<T::Kind>>(&self, rhs: R) -> Condition
    where
        T::Kind: Ordered,
    {
        self.compare(Relation::LessThanEquals, rhs)
    }

    /// Greater than.
    pub fn gt<R: Operand<T::Kind>>(&self, rhs: R) -> Condition
    where
        T::Kind: Ordered,
    {
        self.compare(Relation::GreaterThan, rhs)
    }

    /// Greater than or equal.
    pub fn ge<R: Operand<T::Kind>>(&self, rhs: R) -> Condition
    where
        T::Kind: Ordered,
    {
        self.compare(Relation::GreaterThanEquals, rhs)
    }

    /// The field exists (`IsPresent`).
    pub fn is_present(&self) -> Condition {
        self.test(TypeTest::IsPresent)
    }

    /// The field is `null` (`IsNull`).
    pub fn is_null(&self) -> Condition {
        self.test(TypeTest::IsNull)
    }

    /// The value is a number (`IsNumeric`), for untyped data.
    pub fn is_numeric(&self) -> Condition {
        self.test(TypeTest::IsNumeric)
    }

    /// The value is a string (`IsString`).
    pub fn is_string(&self) -> Condition {
        self.test(TypeTest::IsString)
    }

    /// The value is a boolean (`IsBoolean`).
    pub fn is_boolean(&self) -> Condition {
        self.test(TypeTest::IsBoolean)
    }

    /// The value is an ISO 8601 timestamp string (`IsTimestamp`).
    pub fn is_timestamp(&self) -> Condition {
        self.test(TypeTest::IsTimestamp)
    }
}

impl<T: Typed<Kind = kind::Str>> Ref<T> {
    /// Matches a pattern where `*` stands for any characters (`StringMatches`).
    pub fn matches(&self, pattern: impl Into<String>) -> Condition {
        self.compare(Relation::Matches, pattern.into())
    }
}

impl Condition {
    /// The condition with its type test negated, or wrapped in `Not`.
    pub fn negate(self) -> Condition {
        match self.0 {
            Cond::Test {
                variable,
                test,
                expected,
            } => Condition(Cond::Test {
                variable,
                test,
                expected: !expected,
            }),
            other => not(Condition(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::{input, var};
    use serde_json::json;

    fn jsonpath(condition: &Condition) -> Value {
        serde_json::to_value(condition.to_rule().unwrap()).unwrap()
    }

    #[test]
    fn typed_references_pick_the_operator() {
        let total: Ref<f64> = input::<Value>().field("total");
        let status: Ref<String> = input::<Value>().field("status");
        let due: Ref<Timestamp> = input::<Value>().field("due");
        let limit: Ref<u32> = var("limit");
        assert_eq!(
            jsonpath(&total.gt(100)),
            json!({"Variable": "$.total", "NumericGreaterThan": 100})
        );
        assert_eq!(
            jsonpath(&total.le(limit.clone())),
            json!({"Variable": "$.total", "NumericLessThanEqualsPath": "$limit"})
        );
        assert_eq!(
            jsonpath(&status.equals("paid")),
            json!({"Variable": "$.status", "StringEquals": "paid"})
        );
        assert_eq!(
            jsonpath(&due.lt("2026-01-01T00:00:00Z")),
            json!({"Variable": "$.due", "TimestampLessThan": "2026-01-01T00:00:00Z"})
        );
        assert_eq!(
            jsonpath(&all([status.matches("p*"), not(total.is_null())])),
            json!({"And": [{"Variable": "$.status", "StringMatches": "p*"}, {"Not": {"Variable": "$.total", "IsNull": true}}]})
        );
    }

    #[test]
    fn renders_jsonata() {
        let total: Ref<f64> = input::<Value>().field("total");
        let due: Ref<Timestamp> = input::<Value>().field("due");
        let status: Ref<String> = input::<Value>().field("status");
        let c = any([
            total.gt(100),
            due.lt("2026-01-01T00:00:00Z"),
            status.matches("a.b*"),
        ]);
        assert_eq!(
            c.to_condition().unwrap(),
            json!(
                "{% ($states.input.total > 100) or ($toMillis($states.input.due) < $toMillis(\"2026-01-01T00:00:00Z\")) or ($contains($states.input.status, /^a\\.b.*$/)) %}"
            )
        );
        assert_eq!(
            total.is_present().negate().to_condition().unwrap(),
            json!("{% $not($exists($states.input.total)) %}")
        );
    }

    #[test]
    fn untyped_references_compare_by_operand() {
        let any_value = input::<Value>().field::<Value>("x");
        assert_eq!(
            jsonpath(&any_value.equals(true)),
            json!({"Variable": "$.x", "BooleanEquals": true})
        );
        assert_eq!(
            jsonpath(&any_value.ge(Timestamp::from("2020-01-01T00:00:00Z"))),
            json!({"Variable": "$.x", "TimestampGreaterThanEquals": "2020-01-01T00:00:00Z"})
        );
    }
}
