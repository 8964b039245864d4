//! Where a finding is in the source text: byte ranges for locations, and line/column numbers.
//!
//! This is the slow path, used only to render findings: the fast path parses with
//! serde_json and never tracks positions.

use std::ops::Range;

use jsonc_parser::ast::{ObjectProp, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

use crate::diagnostic::{Diagnostic, Location, Segment};

/// The source positions of one document, parsed once and asked many times.
#[derive(Debug)]
pub struct SourceMap<'a> {
    text: &'a str,
    root: Option<Value<'a>>,
}

impl<'a> SourceMap<'a> {
    pub fn new(text: &'a str) -> Self {
        let root = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default())
            .ok()
            .and_then(|parsed| parsed.value);
        Self { text, root }
    }

    /// The byte range a finding points at: inside a string value when the finding has a
    /// `value_span`, the property name for unknown or duplicate fields, else the value.
    pub fn range_of(&self, diagnostic: &Diagnostic) -> Option<Range<usize>> {
        use crate::diagnostic::Code;
        let (property, value) = self.find(&diagnostic.location)?;
        let key_level = matches!(
            diagnostic.code,
            Code::UNKNOWN_FIELD | Code::DUPLICATE_STATE_NAME | Code::MISPLACED_QUERY_LANGUAGE
        );
        if key_level && let Some(property) = property {
            let range = property.name_range();
            return Some(range.start..range.end);
        }
        let range = value.range();
        if let (Some(span), Value::StringLit(literal)) = (&diagnostic.value_span, value) {
            let raw = &self.text[range.start + 1..range.end.saturating_sub(1).max(range.start + 1)];
            // Positions inside the decoded string match the source only when nothing was escaped.
            if raw == literal.value.as_ref() && span.end <= raw.len() {
                let start = range.start + 1 + span.start;
                return Some(
                    start
                        ..(range.start + 1 + span.end)
                            .max(start + 1)
                            .min(range.end - 1)
                            .max(start),
                );
            }
        }
        Some(range.start..range.end)
    }

    fn find(&self, location: &Location) -> Option<(Option<&ObjectProp<'a>>, &Value<'a>)> {
        let mut current = self.root.as_ref()?;
        let mut property = None;
        for segment in location.segments() {
            match (segment, current) {
                (Segment::Key(ref key), Value::Object(object)) => {
                    // The last property with the name is the one JSON parsers keep.
                    let found = object
                        .properties
                        .iter()
                        .rev()
                        .find(|p| p.name.as_str() == key.as_str())?;
                    property = Some(found);
                    current = &found.value;
                }
                (Segment::Index(index), Value::Array(array)) => {
                    property = None;
                    current = array.elements.get(index)?;
                }
                _ => return None,
            }
        }
        Some((property, current))
    }

    /// 1-based line and column of a byte offset.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        line_column(self.text, offset)
    }
}

trait NameRange {
    fn name_range(&self) -> jsonc_parser::common::Range;
}

impl NameRange for ObjectProp<'_> {
    fn name_range(&self) -> jsonc_parser::common::Range {
        match &self.name {
            jsonc_parser::ast::ObjectPropName::String(literal) => literal.range,
            jsonc_parser::ast::ObjectPropName::Word(word) => word.range,
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The locations of the second and later occurrences of a key in the same object.
pub fn duplicate_keys(text: &str) -> Vec<Location> {
    let Ok(parsed) = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(root) = &parsed.value {
        collect_duplicates(root, &Location::root(), &mut out);
    }
    out
}

fn collect_duplicates(value: &Value<'_>, location: &Location, out: &mut Vec<Location>) {
    match value {
        Value::Object(object) => {
            let mut seen = std::collections::HashSet::new();
            for property in &object.properties {
                let name = property.name.as_str();
                let child = location.key(name);
                if !seen.insert(name) {
                    out.push(child.clone());
                }
                collect_duplicates(&property.value, &child, out);
            }
        }
        Value::Array(array) => {
            for (i, element) in array.elements.iter().enumerate() {
                collect_duplicates(element, &location.index(i), out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    const DOC: &str = "{\n  \"StartAt\": \"A\",\n  \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Bee\"}}\n}";

    #[test]
    fn finds_the_value_of_a_location() {
        let map = SourceMap::new(DOC);
        let location = Location::root().key("States").key("A").key("Next");
        let diagnostic = Diagnostic::error(Code::MISSING_TRANSITION_TARGET, location, "x");
        let range = map.range_of(&diagnostic).unwrap();
        assert_eq!(&DOC[range.clone()], "\"Bee\"");
        assert_eq!(map.line_column(range.start), (3, 44));
        let inner = diagnostic.with_value_span(1..2);
        assert_eq!(&DOC[map.range_of(&inner).unwrap()], "e");
    }

    #[test]
    fn finds_duplicate_keys() {
        let found = duplicate_keys(r#"{"States": {"A": {}, "B": {}, "A": {}}}"#);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].to_string(), "States.A");
    }
}
