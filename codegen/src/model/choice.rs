//! Choice rules: JSONPath comparisons (`Variable` + one operator, `And`/`Or`/`Not`) and
//! JSONata `Condition`s.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use super::Payload;

/// What a comparison operator expects on its right-hand side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operand {
    String,
    Numeric,
    Boolean,
    Timestamp,
    /// A reference path to the value to compare with (the `...Path` forms).
    Path,
    /// `true` or `false` for the type tests (`IsNull`, `IsPresent`, ...).
    TypeTest,
}

macro_rules! operators {
    ($($name:ident => $operand:ident,)*) => {
        /// Every comparison operator of a JSONPath Choice rule.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Operator {
            $($name,)*
        }

        impl Operator {
            pub const ALL: &'static [Operator] = &[$(Operator::$name,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Operator::$name => stringify!($name),)*
                }
            }

            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $(stringify!($name) => Some(Operator::$name),)*
                    _ => None,
                }
            }

            /// What the right-hand side must be.
            pub fn operand(self) -> Operand {
                match self {
                    $(Operator::$name => Operand::$operand,)*
                }
            }
        }
    };
}

operators! {
    StringEquals => String,
    StringEqualsPath => Path,
    StringLessThan => String,
    StringLessThanPath => Path,
    StringGreaterThan => String,
    StringGreaterThanPath => Path,
    StringLessThanEquals => String,
    StringLessThanEqualsPath => Path,
    StringGreaterThanEquals => String,
    StringGreaterThanEqualsPath => Path,
    StringMatches => String,
    NumericEquals => Numeric,
    NumericEqualsPath => Path,
    NumericLessThan => Numeric,
    NumericLessThanPath => Path,
    NumericGreaterThan => Numeric,
    NumericGreaterThanPath => Path,
    NumericLessThanEquals => Numeric,
    NumericLessThanEqualsPath => Path,
    NumericGreaterThanEquals => Numeric,
    NumericGreaterThanEqualsPath => Path,
    BooleanEquals => Boolean,
    BooleanEqualsPath => Path,
    TimestampEquals => Timestamp,
    TimestampEqualsPath => Path,
    TimestampLessThan => Timestamp,
    TimestampLessThanPath => Path,
    TimestampGreaterThan => Timestamp,
    TimestampGreaterThanPath => Path,
    TimestampLessThanEquals => Timestamp,
    TimestampLessThanEqualsPath => Path,
    TimestampGreaterThanEquals => Timestamp,
    TimestampGreaterThanEqualsPath => Path,
    IsNull => TypeTest,
    IsPresent => TypeTest,
    IsNumeric => TypeTest,
    IsString => TypeTest,
    IsBoolean => TypeTest,
    IsTimestamp => TypeTest,
}

/// One `Operator: value` pair of a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub operator: Operator,
    pub value: Value,
}

/// A Choice rule, top-level (with `Next`) or nested inside `And`/`Or`/`Not` (without).
///
/// A well-formed JSONPath rule has either `Variable` and exactly one comparison, or exactly
/// one of `And`/`Or`/`Not`; a JSONata rule has `Condition`. The validator enforces that.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChoiceRule {
    pub comment: Option<String>,
    pub variable: Option<String>,
    pub comparisons: Vec<Comparison>,
    pub and: Option<Vec<ChoiceRule>>,
    pub or: Option<Vec<ChoiceRule>>,
    pub not: Option<Box<ChoiceRule>>,
    /// JSONata: a `{% %}` expression or a boolean.
    pub condition: Option<Value>,
    pub output: Option<Payload>,
    pub assign: Option<Payload>,
    pub next: Option<String>,
}

impl Serialize for ChoiceRule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(comment) = &self.comment {
            map.serialize_entry("Comment", comment)?;
        }
        if let Some(variable) = &self.variable {
            map.serialize_entry("Variable", variable)?;
        }
        for comparison in &self.comparisons {
            map.serialize_entry(comparison.operator.as_str(), &comparison.value)?;
        }
        if let Some(and) = &self.and {
            map.serialize_entry("And", and)?;
        }
        if let Some(or) = &self.or {
            map.serialize_entry("Or", or)?;
        }
        if let Some(not) = &self.not {
            map.serialize_entry("Not", not)?;
        }
        if let Some(condition) = &self.condition {
            map.serialize_entry("Condition", condition)?;
        }
        if let Some(output) = &self.output {
            map.serialize_entry("Output", output)?;
        }
        if let Some(assign) = &self.assign {
            map.serialize_entry("Assign", assign)?;
        }
        if let Some(next) = &self.next {
            map.serialize_entry("Next", next)?;
        }
        map.end()
    }
}
