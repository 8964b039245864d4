//! Filter expressions of JSONPath steps (`[?(@.price < 10 && @.tag == 'sale')]`), in the
//! Jayway form Step Functions accepts: comparisons, existence, `=~` regular expressions,
//! `in`/`nin`, `&&`, `||`, `!` and parentheses.
//!
//! Only the grammar lives here, so the validator refuses a malformed filter before a run;
//! the executor evaluates the parsed form.

use serde_json::Value;

use super::Path;

#[derive(Debug, Clone)]
pub enum Filter {
    Or(Box<Filter>, Box<Filter>),
    And(Box<Filter>, Box<Filter>),
    Not(Box<Filter>),
    /// An operand alone: true when it exists (a path) or is truthy (a literal).
    Exists(Operand),
    Compare(Operand, Op, Operand),
}

#[derive(Debug, Clone)]
pub enum Operand {
    /// `@...` (the candidate) or `$...` (the input), written as a `$` path.
    Path {
        current: bool,
        path: Path,
    },
    Literal(Value),
    Regex(regex_lite::Regex),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Matches,
    In,
    NotIn,
}

/// The filter between `[?(` and `)]`.
pub fn parse(text: &str) -> Result<Filter, String> {
    let tokens = tokenize(text)?;
    let mut parser = Parser { tokens, at: 0 };
    let filter = parser.or()?;
    if parser.at < parser.tokens.len() {
        return Err(format!(
            "unexpected `{:?}` in filter `{text}`",
            parser.tokens[parser.at]
        ));
    }
    Ok(filter)
}

#[derive(Debug, Clone)]
enum Token {
    Open,
    Close,
    And,
    Or,
    Not,
    Op(Op),
    Operand(Operand),
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let two: String = chars[i..chars.len().min(i + 2)].iter().collect();
        match c {
            _ if c.is_whitespace() => i += 1,
            '(' => (out.push(Token::Open), i += 1).1,
            ')' => (out.push(Token::Close), i += 1).1,
            '&' if two == "&&" => (out.push(Token::And), i += 2).1,
            '|' if two == "||" => (out.push(Token::Or), i += 2).1,
            '=' if two == "==" => (out.push(Token::Op(Op::Eq)), i += 2).1,
            '=' if two == "=~" => (out.push(Token::Op(Op::Matches)), i += 2).1,
            '!' if two == "!=" => (out.push(Token::Op(Op::Ne)), i += 2).1,
            '!' => (out.push(Token::Not), i += 1).1,
            '<' if two == "<=" => (out.push(Token::Op(Op::Le)), i += 2).1,
            '<' => (out.push(Token::Op(Op::Lt)), i += 1).1,
            '>' if two == ">=" => (out.push(Token::Op(Op::Ge)), i += 2).1,
            '>' => (out.push(Token::Op(Op::Gt)), i += 1).1,
            '@' | '$' => {
                let start = i;
                let mut depth = 0i32;
                let mut quote: Option<char> = None;
                while i < chars.len() {
                    let d = chars[i];
                    match quote {
                        Some(q) if d == q => quote = None,
                        Some(_) => {}
                        None if d == '\'' || d == '"' => quote = Some(d),
                        None if d == '[' => depth += 1,
                        None if d == ']' => depth -= 1,
                        None if depth == 0 && (d.is_whitespace() || "()=!<>&|".contains(d)) => {
                            break;
                        }
                        None => {}
                    }
                    i += 1;
                }
                let written: String = chars[start..i].iter().collect();
                let current = written.starts_with('@');
                let as_path = format!("${}", &written[1..]);
                let path =
                    super::parse(&as_path).map_err(|e| format!("`{written}`: {}", e.message))?;
                out.push(Token::Operand(Operand::Path { current, path }));
            }
            '\'' | '"' => {
                let mut value = String::new();
                i += 1;
                while i < chars.len() && chars[i] != c {
                    if chars[i] == '\\' && i + 1 < chars.len() {
                        i += 1;
                    }
                    value.push(chars[i]);
                    i += 1;
                }
                i += 1;
                out.push(Token::Operand(Operand::Literal(Value::String(value))));
            }
            '/' => {
                let end = (i + 1..chars.len()).find(|&j| chars[j] == '/' && chars[j - 1] != '\\');
                let end = end.ok_or("a regular expression is not closed with `/`")?;
                let pattern: String = chars[i + 1..end].iter().collect();
                i = end + 1;
                let mut flags = String::new();
                while i < chars.len() && chars[i].is_ascii_alphabetic() {
                    flags.push(chars[i]);
                    i += 1;
                }
                let prefix = if flags.contains('i') { "(?i)" } else { "" };
                let regex = regex_lite::Regex::new(&format!("{prefix}{pattern}"))
                    .map_err(|e| format!("regular expression /{pattern}/: {e}"))?;
                out.push(Token::Operand(Operand::Regex(regex)));
            }
            '[' => {
                let end = (i..chars.len())
                    .find(|&j| chars[j] == ']')
                    .ok_or("`[` is not closed")?;
                let list: String = chars[i..=end].iter().collect();
                let value: Value = serde_json::from_str(&list.replace('\'', "\""))
                    .map_err(|e| format!("list {list}: {e}"))?;
                out.push(Token::Operand(Operand::Literal(value)));
                i = end + 1;
            }
            _ => {
                let start = i;
                while i < chars.len() && !chars[i].is_whitespace() && !"()=!<>&|".contains(chars[i])
                {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                out.push(match word.as_str() {
                    "in" => Token::Op(Op::In),
                    "nin" => Token::Op(Op::NotIn),
                    _ => Token::Operand(Operand::Literal(
                        serde_json::from_str(&word)
                            .map_err(|_| format!("`{word}` is not a value"))?,
                    )),
                });
            }
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn or(&mut self) -> Result<Filter, String> {
        let mut left = self.and()?;
        while matches!(self.peek(), Some(Token::Or)) {
            self.at += 1;
            left = Filter::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Filter, String> {
        let mut left = self.unary()?;
        while matches!(self.peek(), Some(Token::And)) {
            self.at += 1;
            left = Filter::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Filter, String> {
        match self.tokens.get(self.at).cloned() {
            Some(Token::Not) => {
                self.at += 1;
                Ok(Filter::Not(Box::new(self.unary()?)))
            }
            Some(Token::Open) => {
                self.at += 1;
                let inner = self.or()?;
                if !matches!(self.peek(), Some(Token::Close)) {
                    return Err("a `(` in the filter is not closed".into());
                }
                self.at += 1;
                Ok(inner)
            }
            Some(Token::Operand(left)) => {
                self.at += 1;
                if let Some(Token::Op(op)) = self.peek().cloned() {
                    self.at += 1;
                    let Some(Token::Operand(right)) = self.tokens.get(self.at).cloned() else {
                        return Err("a comparison in the filter has no right-hand side".into());
                    };
                    self.at += 1;
                    return Ok(Filter::Compare(left, op, right));
                }
                Ok(Filter::Exists(left))
            }
            other => Err(format!("unexpected {other:?} in the filter")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jayway_filters_parse() {
        for filter in [
            "@.price < 10",
            "@.price < $.limit && @.tag == 'sale'",
            "@.a || @.b",
            "!(@.a)",
            "@.name =~ /^ab.*/i",
            "@.size in ['S', 'M']",
            "@.n != 3",
        ] {
            assert!(parse(filter).is_ok(), "{filter}");
        }
    }

    #[test]
    fn malformed_filters_say_why() {
        let refused = |filter: &str| parse(filter).unwrap_err();
        assert_eq!(
            refused("@.a =="),
            "a comparison in the filter has no right-hand side"
        );
        assert_eq!(refused("(@.a < 1"), "a `(` in the filter is not closed");
        assert_eq!(
            refused("@.a < 1 )"),
            "unexpected `Close` in filter `@.a < 1 )`"
        );
        assert_eq!(
            refused("@.a =~ /x"),
            "a regular expression is not closed with `/`"
        );
        assert_eq!(refused("@.a == tru"), "`tru` is not a value");
    }
}
