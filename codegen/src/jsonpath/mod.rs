//! Step Functions JSONPath: `$` (state input), `$$` (context object) and `$name`
//! (a variable), followed by steps in the Jayway dialect that Step Functions implements.
//!
//! Written here rather than taken from a JSONPath crate: the maintained ones implement
//! RFC 9535, which rejects Jayway forms Step Functions accepts (`[?(@.x)]`, `.length()`),
//! and none knows ASL's `$$`/`$var` roots or reference-path restrictions, or gives spans.

use std::ops::Range;

pub mod filter;

/// Where a path starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Root {
    /// `$`: the state's input (or, in some fields, its result).
    Input,
    /// `$$`: the context object.
    Context,
    /// `$name`: a workflow variable.
    Variable(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Field(String),
    Index(i64),
    /// `.*` or `[*]`.
    Wildcard,
    /// `..name` or `..*`.
    Descendant(Option<String>),
    /// `[a:b]`, `[a:b:c]`: start, end and step, each optional.
    Slice(Option<i64>, Option<i64>, Option<i64>),
    /// `[0,1]` or `['a','b']`.
    Union(Vec<Selector>),
    /// `[?(...)]`: the expression between the parentheses, as written.
    Filter(String),
    /// A trailing Jayway function such as `.length()`.
    Function(String),
}

/// One member of a union step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    Name(String),
    Index(i64),
}

impl Step {
    /// Whether the step can only select one node (allowed in reference paths).
    pub fn is_single_node(&self) -> bool {
        matches!(self, Step::Field(_) | Step::Index(_))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    pub root: Root,
    /// Each step with its byte range in the path text.
    pub steps: Vec<(Step, Range<usize>)>,
}

impl Path {
    /// The first step a reference path may not have, if any.
    pub fn first_multi_node_step(&self) -> Option<&(Step, Range<usize>)> {
        self.steps.iter().find(|(step, _)| !step.is_single_node())
    }

    /// The variable this path reads, if it starts at one.
    pub fn variable(&self) -> Option<&str> {
        match &self.root {
            Root::Variable(name) => Some(name),
            _ => None,
        }
    }
}

/// A field name written after a `.` as it is; any other is written `['...']`.
pub fn is_plain_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The path as text [`parse`] reads back to the same root and steps: field names that are
/// not plain in brackets and single quotes (a `'` escaped).
impl std::fmt::Display for Path {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.root {
            Root::Input => f.write_str("$")?,
            Root::Context => f.write_str("$$")?,
            Root::Variable(name) => write!(f, "${name}")?,
        }
        let quoted = |name: &str| format!("'{}'", name.replace('\'', "\\'"));
        for (step, _) in &self.steps {
            match step {
                Step::Field(name) if is_plain_name(name) => write!(f, ".{name}")?,
                Step::Field(name) => write!(f, "[{}]", quoted(name))?,
                Step::Index(index) => write!(f, "[{index}]")?,
                Step::Wildcard => f.write_str("[*]")?,
                Step::Descendant(Some(name)) => write!(f, "..{name}")?,
                Step::Descendant(None) => f.write_str("..*")?,
                Step::Slice(start, end, step) => {
                    let bound = |b: &Option<i64>| b.map(|n| n.to_string()).unwrap_or_default();
                    write!(f, "[{}:{}", bound(start), bound(end))?;
                    if step.is_some() {
                        write!(f, ":{}", bound(step))?;
                    }
                    f.write_str("]")?;
                }
                Step::Union(selectors) => {
                    let parts: Vec<String> = selectors
                        .iter()
                        .map(|s| match s {
                            Selector::Name(name) => quoted(name),
                            Selector::Index(index) => index.to_string(),
                        })
                        .collect();
                    write!(f, "[{}]", parts.join(","))?;
                }
                Step::Filter(expression) => write!(f, "[?({expression})]")?,
                Step::Function(name) => write!(f, ".{name}()")?,
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathError {
    pub message: String,
    pub span: Range<usize>,
}

fn error<T>(message: impl Into<String>, span: Range<usize>) -> Result<T, PathError> {
    Err(PathError {
        message: message.into(),
        span,
    })
}

/// Whether a character may appear in a variable name.
pub fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Parses a path written after `"Field.$":` or in a `...Path` field.
pub fn parse(text: &str) -> Result<Path, PathError> {
    let bytes = text.as_bytes();
    if !text.starts_with('$') {
        return error(
            "a path must start with `$`, `$$` or `$variableName`",
            0..text.len().min(1),
        );
    }
    let (root, mut i) = if text.starts_with("$$") {
        (Root::Context, 2)
    } else {
        let name_len: usize = text[1..]
            .chars()
            .take_while(|c| is_name_char(*c))
            .map(char::len_utf8)
            .sum();
        if name_len > 0 {
            (
                Root::Variable(text[1..1 + name_len].to_owned()),
                1 + name_len,
            )
        } else {
            (Root::Input, 1)
        }
    };
    let mut steps = Vec::new();
    while i < bytes.len() {
        let start = i;
        match bytes[i] {
            b'.' if bytes.get(i + 1) == Some(&b'.') => {
                i += 2;
                let name = take_name(text, &mut i);
                if name.is_empty() {
                    if bytes.get(i) == Some(&b'*') {
                        i += 1;
                        steps.push((Step::Descendant(None), start..i));
                    } else if bytes.get(i) == Some(&b'[') {
                        steps.push((Step::Descendant(None), start..i));
                    } else {
                        return error(
                            "`..` must be followed by a field name, `*` or `[`",
                            start..i,
                        );
                    }
                } else {
                    steps.push((Step::Descendant(Some(name.to_owned())), start..i));
                }
            }
            // Jayway reads `.[0]` as `[0]`.
            b'.' if bytes.get(i + 1) == Some(&b'[') => i += 1,
            b'.' => {
                i += 1;
                if bytes.get(i) == Some(&b'*') {
                    i += 1;
                    steps.push((Step::Wildcard, start..i));
                    continue;
                }
                let name = take_name(text, &mut i);
                if name.is_empty() {
                    return error(
                        "expected a field name after `.`",
                        start..(i + 1).min(text.len()),
                    );
                }
                if text[i..].starts_with("()") {
                    i += 2;
                    steps.push((Step::Function(name.to_owned()), start..i));
                } else {
                    steps.push((Step::Field(name.to_owned()), start..i));
                }
            }
            b'[' => {
                let end = matching_bracket(text, i)?;
                let inner = text[i + 1..end].trim();
                i = end + 1;
                steps.push((bracket_step(inner, start..i)?, start..i));
            }
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                return error(
                    format!("unexpected `{c}` in path; expected `.` or `[`"),
                    i..i + c.len_utf8(),
                );
            }
        }
    }
    Ok(Path { root, steps })
}

/// A dot-notation field name: anything up to the next `.`, `[` or the end
/// (Jayway accepts dashes, colons, `@` and more in names).
fn take_name<'a>(text: &'a str, i: &mut usize) -> &'a str {
    let start = *i;
    let rest = &text[start..];
    let len = rest
        .char_indices()
        .find(|(j, c)| matches!(c, '.' | '[' | ']') || (*c == '(' && rest[*j..].starts_with("()")))
        .map_or(rest.len(), |(j, _)| j);
    *i = start + len;
    &text[start..start + len]
}

/// The index of the `]` closing the `[` at `open`, skipping quoted strings and nested brackets.
fn matching_bracket(text: &str, open: usize) -> Result<usize, PathError> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (j, c) in text[open..].char_indices() {
        let at = open + j;
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(at);
                }
            }
            _ => {}
        }
    }
    error("`[` is never closed", open..text.len())
}

fn bracket_step(inner: &str, span: Range<usize>) -> Result<Step, PathError> {
    if inner.is_empty() {
        return error("empty brackets `[]`", span);
    }
    if inner == "*" {
        return Ok(Step::Wildcard);
    }
    if let Some(filter) = inner.strip_prefix('?') {
        let filter = filter.trim();
        if !(filter.starts_with('(') && filter.ends_with(')')) || filter.len() < 3 {
            return error("a filter must be written `[?(<expression>)]`", span);
        }
        return Ok(Step::Filter(filter[1..filter.len() - 1].trim().to_owned()));
    }
    if inner.starts_with('\'') || inner.starts_with('"') {
        let names = split_top_level(inner, ',');
        for name in &names {
            let name = name.trim();
            let quote = name.chars().next().unwrap_or('\'');
            if name.len() < 2 || !name.ends_with(quote) {
                return error(format!("unterminated quoted name {name}"), span);
            }
        }
        return Ok(if names.len() == 1 {
            Step::Field(unquote(names[0].trim()))
        } else {
            Step::Union(
                names
                    .iter()
                    .map(|n| Selector::Name(unquote(n.trim())))
                    .collect(),
            )
        });
    }
    if inner.contains(':') {
        let parts: Vec<&str> = inner.split(':').collect();
        if parts.len() > 3
            || parts
                .iter()
                .any(|p| !p.trim().is_empty() && p.trim().parse::<i64>().is_err())
        {
            return error(
                format!(
                    "`[{inner}]` is not a valid slice; expected `[start:end]` or `[start:end:step]`"
                ),
                span,
            );
        }
        let bound = |i: usize| parts.get(i).and_then(|p| p.trim().parse::<i64>().ok());
        return Ok(Step::Slice(bound(0), bound(1), bound(2)));
    }
    if inner.contains(',') {
        let indexes: Result<Vec<i64>, _> = inner.split(',').map(|p| p.trim().parse()).collect();
        return match indexes {
            Ok(indexes) => Ok(Step::Union(
                indexes.into_iter().map(Selector::Index).collect(),
            )),
            Err(_) => error(format!("`[{inner}]` is not a list of indexes"), span),
        };
    }
    match inner.parse::<i64>() {
        Ok(index) => Ok(Step::Index(index)),
        Err(_) => error(
            format!("`[{inner}]` is not an index, `*`, a slice, a filter or a quoted name"),
            span,
        ),
    }
}

fn split_top_level(text: &str, separator: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut quote: Option<char> = None;
    let mut start = 0;
    for (j, c) in text.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == separator => {
                out.push(&text[start..j]);
                start = j + 1;
            }
            None => {}
        }
    }
    out.push(&text[start..]);
    out
}

/// A quoted name without its quotes; only the quote it is written in is unescaped (AWS keeps
/// `\"` as written inside `['...']`, as recorded).
fn unquote(quoted: &str) -> String {
    let quote = &quoted[..1];
    quoted[1..quoted.len() - 1].replace(&format!("\\{quote}"), quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Printing then parsing gives the path back: the DSL prints its references this way.
    #[test]
    fn printed_paths_parse_back_to_themselves() {
        let steps = |path: &Path| {
            path.steps
                .iter()
                .map(|(s, _)| s.clone())
                .collect::<Vec<_>>()
        };
        for text in [
            "$",
            "$$.Task.Token",
            "$order.lines[0].sku",
            "$['first name']['it\\'s'][2]",
            "$['a.b']['[x]']['ünï']['1st']",
            "$.items[*].price",
            "$..price",
            "$.items[1:3]",
            "$.items[::2]",
            "$['a','b']",
            "$.items[0,2]",
            "$.items[?(@.price < 10)].sku",
            "$.items.length()",
        ] {
            let path = ok(text);
            let printed = path.to_string();
            let again = ok(&printed);
            assert_eq!(
                (&again.root, steps(&again)),
                (&path.root, steps(&path)),
                "{text} printed {printed}"
            );
        }
        assert_eq!(ok("$['first name'].b").to_string(), "$['first name'].b");
        // Only the quote the name is written in is unescaped: AWS keeps `\"` inside `['...']`.
        assert_eq!(
            ok(r#"$['say \"hi\"']"#).steps[0].0,
            Step::Field(r#"say \"hi\""#.into())
        );
        assert_eq!(
            ok(r#"$["say \"hi\""]"#).steps[0].0,
            Step::Field(r#"say "hi""#.into())
        );
        assert_eq!(ok("$['it\\'s']").to_string(), "$['it\\'s']");
    }

    fn ok(text: &str) -> Path {
        parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    #[test]
    fn parses_the_dialect() {
        assert_eq!(ok("$").steps.len(), 0);
        assert_eq!(ok("$$.Execution.Id").root, Root::Context);
        assert_eq!(ok("$order.total").root, Root::Variable("order".into()));
        let path = ok("$.detail['user-id'].items[0]");
        assert_eq!(
            path.steps.iter().map(|s| s.0.clone()).collect::<Vec<_>>(),
            vec![
                Step::Field("detail".into()),
                Step::Field("user-id".into()),
                Step::Field("items".into()),
                Step::Index(0)
            ]
        );
        assert!(ok("$.items[*].id").first_multi_node_step().is_some());
        assert!(ok("$..price").first_multi_node_step().is_some());
        assert!(
            ok("$.a[?(@.price < 10 && @.tag == ']')]")
                .first_multi_node_step()
                .is_some()
        );
        assert_eq!(
            ok("$.items.length()").steps[1].0,
            Step::Function("length".into())
        );
        ok("$.a[1:3]");
        ok("$.a[-1]");
        ok("$.Payload.body-text");
        ok("$.a[0,1]");
        assert_eq!(ok("$.[0].body").steps[0].0, Step::Index(0));
        ok("$.[*].['bucket', 'key']");
        ok("$.[?(@.OU > 0)]");
    }

    #[test]
    fn reports_errors_with_spans() {
        let e = parse("$.a[").unwrap_err();
        assert_eq!(e.span, 3..4);
        assert!(parse("x.a").is_err());
        assert!(parse("$.").is_err());
        assert!(parse("$.a[abc]").is_err());
        assert!(parse("$.a b").is_ok(), "Jayway reads `a b` as a name");
        assert!(parse("$a]").is_err());
    }
}
