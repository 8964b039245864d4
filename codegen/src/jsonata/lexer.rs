//! JSONata tokens with byte offsets.

use std::ops::Range;

use super::SyntaxError;

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Number(f64),
    String(String),
    /// A field name, plain or in backticks.
    Name(String),
    /// `$name`; `$` alone is the context, `$$` the root.
    Variable(String),
    Regex,
    /// An operator or punctuation: `.`, `..`, `:=`, `~>`, `and`, ...
    Op(&'static str),
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub span: Range<usize>,
}

const TWO_CHAR: &[&str] = &["..", ":=", "!=", ">=", "<=", "**", "~>", "?:", "??"];
const ONE_CHAR: &[&str] = &[
    ".", "[", "]", "{", "}", "(", ")", ",", "@", "#", ";", ":", "?", "+", "-", "*", "/", "%", "|",
    "=", "<", ">", "^", "&", "!", "~",
];

pub struct Lexer<'a> {
    src: &'a str,
    pub pos: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        Self { src, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn err<T>(&self, message: impl Into<String>, span: Range<usize>) -> Result<T, SyntaxError> {
        Err(SyntaxError {
            message: message.into(),
            span,
        })
    }

    fn skip_space_and_comments(&mut self) -> Result<(), SyntaxError> {
        loop {
            let trimmed = self.rest().trim_start();
            self.pos = self.src.len() - trimmed.len();
            if let Some(comment) = trimmed.strip_prefix("/*") {
                match comment.find("*/") {
                    Some(end) => self.pos += end + 4,
                    None => {
                        return self.err("comment `/*` is never closed", self.pos..self.src.len());
                    }
                }
            } else {
                return Ok(());
            }
        }
    }

    /// The next token. `operand` says whether an operand is expected here, which is
    /// where `/` starts a regular expression rather than a division.
    pub fn next(&mut self, operand: bool) -> Result<Token, SyntaxError> {
        self.skip_space_and_comments()?;
        let start = self.pos;
        let rest = self.rest();
        let Some(c) = rest.chars().next() else {
            return Ok(Token {
                tok: Tok::End,
                span: start..start,
            });
        };
        let tok = match c {
            '/' if operand => self.regex()?,
            '"' | '\'' => self.string(c)?,
            '`' => match rest[1..].find('`') {
                Some(end) => {
                    self.pos += end + 2;
                    Tok::Name(rest[1..1 + end].to_owned())
                }
                None => {
                    return self.err(
                        "quoted name is never closed: a '`' is missing",
                        start..self.src.len(),
                    );
                }
            },
            '0'..='9' => self.number()?,
            '$' => {
                let len: usize = rest[1..]
                    .chars()
                    .take_while(|c| is_name_char(*c) || *c == '$')
                    .map(char::len_utf8)
                    .sum();
                self.pos += 1 + len;
                Tok::Variable(rest[1..1 + len].to_owned())
            }
            _ => {
                if let Some(op) = TWO_CHAR.iter().find(|op| rest.starts_with(**op)) {
                    self.pos += 2;
                    Tok::Op(op)
                } else if let Some(op) = ONE_CHAR.iter().find(|op| rest.starts_with(**op)) {
                    self.pos += 1;
                    Tok::Op(op)
                } else {
                    let len: usize = rest
                        .chars()
                        .take_while(|c| is_name_char(*c))
                        .map(char::len_utf8)
                        .sum();
                    if len == 0 {
                        return self.err(
                            format!("unexpected character `{c}`"),
                            start..start + c.len_utf8(),
                        );
                    }
                    self.pos += len;
                    match &rest[..len] {
                        "and" => Tok::Op("and"),
                        "or" => Tok::Op("or"),
                        "in" => Tok::Op("in"),
                        name => Tok::Name(name.to_owned()),
                    }
                }
            }
        };
        Ok(Token {
            tok,
            span: start..self.pos,
        })
    }

    fn number(&mut self) -> Result<Tok, SyntaxError> {
        let start = self.pos;
        let bytes = self.src.as_bytes();
        let mut i = start;
        let digits = |i: &mut usize| {
            while *i < bytes.len() && bytes[*i].is_ascii_digit() {
                *i += 1;
            }
        };
        digits(&mut i);
        // `1..3` is a range, not the number `1.`.
        if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
            i += 1;
            digits(&mut i);
        }
        if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
            let mut j = i + 1;
            if j < bytes.len() && (bytes[j] == b'+' || bytes[j] == b'-') {
                j += 1;
            }
            if j < bytes.len() && bytes[j].is_ascii_digit() {
                i = j;
                digits(&mut i);
            }
        }
        self.pos = i;
        match self.src[start..i].parse::<f64>() {
            Ok(n) if n.is_finite() => Ok(Tok::Number(n)),
            _ => self.err("number out of range", start..i),
        }
    }

    fn string(&mut self, quote: char) -> Result<Tok, SyntaxError> {
        let start = self.pos;
        let mut out = String::new();
        let mut chars = self.src[start + 1..].char_indices();
        while let Some((j, c)) = chars.next() {
            let at = start + 1 + j;
            if c == quote {
                self.pos = at + 1;
                return Ok(Tok::String(out));
            }
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some((_, e @ ('"' | '\\' | '/' | '\''))) => out.push(e),
                Some((_, 'b')) => out.push('\u{8}'),
                Some((_, 'f')) => out.push('\u{c}'),
                Some((_, 'n')) => out.push('\n'),
                Some((_, 'r')) => out.push('\r'),
                Some((_, 't')) => out.push('\t'),
                Some((k, 'u')) => {
                    let hex = self.src.get(start + 2 + k..start + 6 + k).unwrap_or("");
                    if hex.len() != 4 || !hex.chars().all(|h| h.is_ascii_hexdigit()) {
                        return self.err(
                            "`\\u` must be followed by four hex digits",
                            at..(start + 6 + k).min(self.src.len()),
                        );
                    }
                    for _ in 0..4 {
                        chars.next();
                    }
                }
                Some((k, e)) => {
                    return self.err(
                        format!("unsupported escape sequence `\\{e}`"),
                        at..start + 1 + k + e.len_utf8(),
                    );
                }
                None => break,
            }
        }
        self.err(
            format!("string is never closed: a `{quote}` is missing"),
            start..self.src.len(),
        )
    }

    fn regex(&mut self) -> Result<Tok, SyntaxError> {
        let start = self.pos;
        let mut escaped = false;
        for (j, c) in self.src[start + 1..].char_indices() {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '/' {
                if j == 0 {
                    return self.err("empty regular expression", start..start + 2);
                }
                let mut end = start + 2 + j;
                while self.src[end..].starts_with(['i', 'm']) {
                    end += 1;
                }
                self.pos = end;
                return Ok(Tok::Regex);
            }
        }
        self.err(
            "regular expression is never closed: a `/` is missing",
            start..self.src.len(),
        )
    }

    /// Skips a function signature `<...>` after a lambda's parameters.
    pub fn signature(&mut self) -> Result<(), SyntaxError> {
        self.skip_space_and_comments()?;
        if !self.rest().starts_with('<') {
            return Ok(());
        }
        let start = self.pos;
        let mut depth = 0usize;
        for (j, c) in self.rest().char_indices() {
            match c {
                '<' => depth += 1,
                '>' => {
                    depth -= 1;
                    if depth == 0 {
                        self.pos = start + j + 1;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        self.err(
            "function signature is never closed: a `>` is missing",
            start..self.src.len(),
        )
    }
}

fn is_name_char(c: char) -> bool {
    !c.is_whitespace() && !"[]{}().,:;?+-*/%|=<>^&!~@#$\"'`".contains(c)
}
