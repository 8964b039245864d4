//! Intrinsic functions (`States.Format('{}', $.name)`) of JSONPath states: parsing with
//! spans, and the checks Step Functions makes when it reads a definition (known name,
//! argument count, literal argument kinds, string escapes, nesting depth).

use std::ops::Range;

use crate::jsonpath::{self, Path};

/// The most calls one field may nest (the service limit).
pub const MAX_NESTING: usize = 10;

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    String(String, Range<usize>),
    Number(f64, Range<usize>),
    Boolean(bool, Range<usize>),
    Null(Range<usize>),
    Path(Path, Range<usize>),
    Call(Call),
}

impl Arg {
    pub fn span(&self) -> Range<usize> {
        match self {
            Arg::String(_, s)
            | Arg::Number(_, s)
            | Arg::Boolean(_, s)
            | Arg::Null(s)
            | Arg::Path(_, s) => s.clone(),
            Arg::Call(call) => call.span.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub name: String,
    pub name_span: Range<usize>,
    pub args: Vec<Arg>,
    pub span: Range<usize>,
}

impl Call {
    /// Every path read by this call and the calls inside it, with its span.
    pub fn paths(&self) -> Vec<(&Path, Range<usize>)> {
        let mut out = Vec::new();
        self.collect_paths(&mut out);
        out
    }

    fn collect_paths<'a>(&'a self, out: &mut Vec<(&'a Path, Range<usize>)>) {
        for arg in &self.args {
            match arg {
                Arg::Path(path, span) => out.push((path, span.clone())),
                Arg::Call(call) => call.collect_paths(out),
                _ => {}
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntrinsicError {
    pub message: String,
    pub span: Range<usize>,
}

fn error<T>(message: impl Into<String>, span: Range<usize>) -> Result<T, IntrinsicError> {
    Err(IntrinsicError {
        message: message.into(),
        span,
    })
}

/// Argument counts: (name, least, most).
const FUNCTIONS: &[(&str, usize, usize)] = &[
    ("States.Format", 1, usize::MAX),
    ("States.StringToJson", 1, 1),
    ("States.JsonToString", 1, 1),
    ("States.Array", 0, usize::MAX),
    ("States.ArrayPartition", 2, 2),
    ("States.ArrayContains", 2, 2),
    ("States.ArrayRange", 3, 3),
    ("States.ArrayGetItem", 2, 2),
    ("States.ArrayLength", 1, 1),
    ("States.ArrayUnique", 1, 1),
    ("States.Base64Encode", 1, 1),
    ("States.Base64Decode", 1, 1),
    ("States.Hash", 2, 2),
    ("States.JsonMerge", 3, 3),
    ("States.MathRandom", 2, 3),
    ("States.MathAdd", 2, 2),
    ("States.StringSplit", 2, 2),
    ("States.UUID", 0, 0),
];

const HASH_ALGORITHMS: &[&str] = &["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"];

/// What an argument must be, as far as a literal can show it: a path or a nested call is
/// known only at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Any,
    Text,
    Number,
    Integer,
    Boolean,
    /// An array or object: there are no such literals, so any literal is wrong.
    Structure(&'static str),
}

/// Each function's parameters, from AWS's intrinsic function reference; the last one
/// repeats for functions that take any number of arguments.
fn parameters(name: &str) -> &'static [Kind] {
    use Kind::*;
    const ARRAY: Kind = Structure("an array");
    const OBJECT: Kind = Structure("a JSON object");
    match name {
        "States.Format" => &[Text, Any],
        "States.StringToJson" | "States.Base64Encode" | "States.Base64Decode" => &[Text],
        "States.ArrayPartition" | "States.ArrayGetItem" => &[ARRAY, Integer],
        "States.ArrayContains" => &[ARRAY, Any],
        "States.ArrayLength" | "States.ArrayUnique" => &[ARRAY],
        "States.ArrayRange" | "States.MathRandom" => &[Integer],
        "States.Hash" => &[Any, Text],
        "States.JsonMerge" => &[OBJECT, OBJECT, Boolean],
        "States.MathAdd" => &[Number],
        "States.StringSplit" => &[Text],
        _ => &[Any],
    }
}

/// What the `index`th argument of `name` must be, for messages ("a number"); `None` when it
/// may be anything.
pub fn parameter_kind(name: &str, index: usize) -> Option<&'static str> {
    let kinds = parameters(name);
    let kind = kinds.get(index).or_else(|| kinds.last())?;
    match kind {
        Kind::Any => None,
        Kind::Text => Some("a string"),
        Kind::Number => Some("a number"),
        Kind::Integer => Some("a whole number"),
        Kind::Boolean => Some("a boolean"),
        Kind::Structure(what) => Some(what),
    }
}

/// Why a literal argument can never be what `kind` asks for.
fn literal_mismatch(arg: &Arg, kind: Kind) -> Option<String> {
    let found = match arg {
        Arg::String(text, _) => format!("the string '{text}'"),
        Arg::Number(n, _) => format!("the number {n}"),
        Arg::Boolean(b, _) => format!("`{b}`"),
        Arg::Null(_) => "`null`".to_owned(),
        Arg::Path(..) | Arg::Call(_) => return None,
    };
    let wanted = match (kind, arg) {
        (Kind::Any, _)
        | (Kind::Text, Arg::String(..))
        | (Kind::Number, Arg::Number(..))
        | (Kind::Boolean, Arg::Boolean(..)) => return None,
        (Kind::Integer, Arg::Number(n, _)) if n.fract() == 0.0 => return None,
        (Kind::Text, _) => "a string",
        (Kind::Number, _) => "a number",
        (Kind::Integer, _) => "a whole number",
        (Kind::Boolean, _) => "a boolean",
        (Kind::Structure(what), _) => what,
    };
    Some(format!("must be {wanted}, found {found}"))
}

fn ordinal(i: usize) -> String {
    match i + 1 {
        1 => "first".to_owned(),
        2 => "second".to_owned(),
        3 => "third".to_owned(),
        n => format!("{n}th"),
    }
}

/// Whether a `.$` value is written as an intrinsic function call.
pub fn looks_like_call(text: &str) -> bool {
    text.trim_start().starts_with("States.")
}

/// Parses and checks one intrinsic function call.
pub fn parse(text: &str) -> Result<Call, IntrinsicError> {
    let mut parser = Parser {
        text,
        pos: 0,
        depth: 0,
    };
    parser.skip_space();
    let call = parser.call()?;
    parser.skip_space();
    if parser.pos < text.len() {
        return error(
            "unexpected text after the closing `)`",
            parser.pos..text.len(),
        );
    }
    Ok(call)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.pos += 1;
        }
    }

    fn call(&mut self) -> Result<Call, IntrinsicError> {
        let start = self.pos;
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return error(
                format!("intrinsic functions nest at most {MAX_NESTING} deep"),
                start..start + 1,
            );
        }
        let len = self.text[start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .unwrap_or(self.text.len() - start);
        let name = &self.text[start..start + len];
        let name_span = start..start + len;
        self.pos += len;
        let Some(&(_, least, most)) = FUNCTIONS.iter().find(|(known, _, _)| *known == name) else {
            let mut message = format!("`{name}` is not an intrinsic function");
            if let Some(best) = crate::suggest::did_you_mean(name, FUNCTIONS.iter().map(|f| f.0)) {
                message.push_str(&format!("; did you mean `{best}`?"));
            }
            return error(message, name_span);
        };
        self.skip_space();
        if self.peek() != Some('(') {
            return error(
                format!("expected `(` after `{name}`"),
                self.pos..self.pos + 1,
            );
        }
        self.pos += 1;
        let mut args = Vec::new();
        self.skip_space();
        if self.peek() == Some(')') {
            self.pos += 1;
        } else {
            loop {
                self.skip_space();
                args.push(self.arg()?);
                self.skip_space();
                match self.peek() {
                    Some(',') => self.pos += 1,
                    Some(')') => {
                        self.pos += 1;
                        break;
                    }
                    Some(c) => {
                        return error(
                            format!("expected `,` or `)`, found `{c}`"),
                            self.pos..self.pos + c.len_utf8(),
                        );
                    }
                    None => {
                        return error(format!("`{name}(` is never closed"), start..self.text.len());
                    }
                }
            }
        }
        self.depth -= 1;
        let call = Call {
            name: name.to_owned(),
            name_span,
            args,
            span: start..self.pos,
        };
        check_arguments(&call, least, most)?;
        Ok(call)
    }

    fn arg(&mut self) -> Result<Arg, IntrinsicError> {
        let start = self.pos;
        match self.peek() {
            Some('\'') => self.string(),
            Some('$') => {
                let end = self.path_end();
                let text = &self.text[start..end];
                self.pos = end;
                match jsonpath::parse(text.trim_end()) {
                    Ok(path) => Ok(Arg::Path(path, start..end)),
                    Err(e) => error(e.message, start + e.span.start..start + e.span.end),
                }
            }
            Some(c) if c.is_ascii_digit() || c == '-' => {
                let len = self.text[start..]
                    .find(|c: char| {
                        !(c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'))
                    })
                    .unwrap_or(self.text.len() - start);
                self.pos += len;
                match self.text[start..start + len].parse::<f64>() {
                    Ok(n) => Ok(Arg::Number(n, start..self.pos)),
                    Err(_) => error("not a number", start..self.pos),
                }
            }
            Some(_) if self.text[start..].starts_with("States.") => self.call().map(Arg::Call),
            Some(_) => {
                for (word, arg) in [("true", Some(true)), ("false", Some(false)), ("null", None)] {
                    if self.text[start..].starts_with(word) {
                        self.pos += word.len();
                        return Ok(match arg {
                            Some(b) => Arg::Boolean(b, start..self.pos),
                            None => Arg::Null(start..self.pos),
                        });
                    }
                }
                error(
                    "expected an argument: a 'string', a number, true, false, null, a path or an intrinsic function",
                    start..start + 1,
                )
            }
            None => error("expected an argument", start..start),
        }
    }

    /// A path argument ends at the `,` or `)` that is not inside brackets or quotes.
    fn path_end(&self) -> usize {
        let mut depth = 0usize;
        let mut quote = false;
        for (j, c) in self.text[self.pos..].char_indices() {
            match c {
                '\'' => quote = !quote,
                '[' if !quote => depth += 1,
                ']' if !quote => depth = depth.saturating_sub(1),
                ',' | ')' if !quote && depth == 0 => return self.pos + j,
                _ => {}
            }
        }
        self.text.len()
    }

    /// A single-quoted string; `\'`, `\{`, `\}` and `\\` are the only escapes.
    fn string(&mut self) -> Result<Arg, IntrinsicError> {
        let start = self.pos;
        self.pos += 1;
        let mut value = String::new();
        let mut chars = self.text[self.pos..].char_indices();
        while let Some((j, c)) = chars.next() {
            let at = self.pos + j;
            match c {
                '\'' => {
                    self.pos = at + 1;
                    return Ok(Arg::String(value, start..self.pos));
                }
                '\\' => match chars.next() {
                    Some((_, e @ ('\'' | '{' | '}' | '\\'))) => {
                        // Braces stay escaped in the value so States.Format can tell them from placeholders.
                        if matches!(e, '{' | '}') {
                            value.push('\\');
                        }
                        value.push(e);
                    }
                    Some((k, e)) => {
                        return error(
                            format!(
                                "`\\{e}` is not an escape intrinsic strings allow; use `\\'`, `\\{{`, `\\}}` or `\\\\`"
                            ),
                            at..self.pos + k + e.len_utf8(),
                        );
                    }
                    None => return error("unterminated string", start..self.text.len()),
                },
                _ => value.push(c),
            }
        }
        error(
            "unterminated string: a `'` is missing",
            start..self.text.len(),
        )
    }
}

fn check_arguments(call: &Call, least: usize, most: usize) -> Result<(), IntrinsicError> {
    let n = call.args.len();
    if n < least || n > most {
        let expected = match (least, most) {
            (l, m) if l == m => format!("{l}"),
            (l, usize::MAX) => format!("at least {l}"),
            (l, m) => format!("{l} to {m}"),
        };
        return error(
            format!(
                "`{}` takes {expected} argument{}, found {n}",
                call.name,
                if expected == "1" { "" } else { "s" }
            ),
            call.span.clone(),
        );
    }
    let kinds = parameters(&call.name);
    for (i, arg) in call.args.iter().enumerate() {
        let kind = kinds[i.min(kinds.len() - 1)];
        if let Some(problem) = literal_mismatch(arg, kind) {
            return error(
                format!("the {} argument of `{}` {problem}", ordinal(i), call.name),
                arg.span(),
            );
        }
    }
    match call.name.as_str() {
        "States.Format" => {
            if let Some(Arg::String(template, span)) = call.args.first() {
                let placeholders = count_placeholders(template);
                if placeholders != n - 1 {
                    return error(
                        format!(
                            "the template has {placeholders} `{{}}` placeholder(s) but {} value(s) follow it",
                            n - 1
                        ),
                        span.clone(),
                    );
                }
            } else if let Some(arg @ (Arg::Number(..) | Arg::Boolean(..) | Arg::Null(_))) =
                call.args.first()
            {
                return error(
                    "the first argument of `States.Format` must be a string template",
                    arg.span(),
                );
            }
        }
        "States.Hash" => {
            if let Some(Arg::String(algorithm, span)) = call.args.get(1)
                && !HASH_ALGORITHMS.contains(&algorithm.as_str())
            {
                return error(
                    format!(
                        "`{algorithm}` is not a hash algorithm; use one of {}",
                        HASH_ALGORITHMS.join(", ")
                    ),
                    span.clone(),
                );
            }
        }
        "States.JsonMerge" => {
            if let Some(arg) = call.args.get(2)
                && !matches!(arg, Arg::Boolean(false, _) | Arg::Path(..) | Arg::Call(_))
            {
                return error(
                    "the third argument of `States.JsonMerge` must be `false` (deep merge is not supported)",
                    arg.span(),
                );
            }
        }
        _ => {}
    }
    Ok(())
}

/// `{}` pairs in a template, not counting escaped braces (kept as `\{` in the value).
fn count_placeholders(template: &str) -> usize {
    let mut count = 0;
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '{' if chars.peek() == Some(&'}') => {
                chars.next();
                count += 1;
            }
            _ => {}
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_calls_and_paths() {
        let call = parse("States.Format('{}-{}', $.a[0], States.UUID())").unwrap();
        assert_eq!(call.args.len(), 3);
        assert_eq!(call.paths().len(), 1);
        parse("States.Array($.Id)").unwrap();
        parse("States.ArrayRange(1, 9, 2)").unwrap();
        parse("States.MathAdd($x, -1)").unwrap();
        parse("States.Format('It\\'s {} \\{literal\\}', $$.Execution.Id)").unwrap();
        parse("States.JsonMerge($.a, $.b, false)").unwrap();
    }

    #[test]
    fn checks_names_arity_escapes_and_templates() {
        let e = parse("States.Fromat('x')").unwrap_err();
        assert!(
            e.message.contains("did you mean `States.Format`"),
            "{}",
            e.message
        );
        assert!(
            parse("States.UUID(1)")
                .unwrap_err()
                .message
                .contains("takes 0 arguments")
        );
        assert!(
            parse("States.ArrayGetItem($.a)")
                .unwrap_err()
                .message
                .contains("takes 2 arguments")
        );
        assert!(
            parse("States.Format('a\\nb')")
                .unwrap_err()
                .message
                .contains("not an escape")
        );
        assert!(
            parse("States.Format('{} {}', $.a)")
                .unwrap_err()
                .message
                .contains("2 `{}` placeholder")
        );
        assert!(parse("States.Hash($.a, 'SHA-2')").is_err());
        assert!(parse("States.JsonMerge($.a, $.b, true)").is_err());
        assert!(parse("States.Array($.a").is_err());
        let deep = format!("{}1{}", "States.Array(".repeat(11), ")".repeat(11));
        assert!(parse(&deep).unwrap_err().message.contains("nest at most"));
    }
}
