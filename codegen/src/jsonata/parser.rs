//! A Pratt parser for JSONata 2.x with the binding powers of the reference implementation.

use std::ops::Range;

use super::lexer::{Lexer, Tok, Token};
use super::{Expr, Node, SyntaxError};

/// Deep nesting is refused rather than overflowing the stack.
const MAX_DEPTH: usize = 200;

pub struct Parser<'a> {
    lexer: Lexer<'a>,
    tok: Token,
    depth: usize,
}

fn left_binding_power(tok: &Tok) -> u8 {
    match tok {
        Tok::Op(op) => match *op {
            "." => 75,
            "[" | "(" | "@" | "#" => 80,
            "{" => 70,
            "*" | "/" | "%" => 60,
            "+" | "-" | "&" => 50,
            "=" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "~>" | "^" | "?:" | "??" => 40,
            "and" => 30,
            "or" => 25,
            "?" => 20,
            ":=" => 10,
            _ => 0,
        },
        _ => 0,
    }
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a str) -> Result<Self, SyntaxError> {
        let mut lexer = Lexer::new(src);
        let tok = lexer.next(true)?;
        Ok(Self {
            lexer,
            tok,
            depth: 0,
        })
    }

    pub fn parse_all(mut self) -> Result<Node, SyntaxError> {
        if self.tok.tok == Tok::End {
            return self.error("the expression is empty");
        }
        let node = self.expression(0)?;
        if self.tok.tok != Tok::End {
            return self.error(format!("unexpected {}", describe(&self.tok.tok)));
        }
        Ok(node)
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, SyntaxError> {
        Err(SyntaxError {
            message: message.into(),
            span: self.tok.span.clone(),
        })
    }

    fn advance(&mut self, operand: bool) -> Result<(), SyntaxError> {
        self.tok = self.lexer.next(operand)?;
        Ok(())
    }

    fn is(&self, op: &str) -> bool {
        matches!(self.tok.tok, Tok::Op(o) if o == op)
    }

    fn expect(&mut self, op: &str, operand_next: bool) -> Result<(), SyntaxError> {
        if !self.is(op) {
            return self.error(format!(
                "expected `{op}`, found {}",
                describe(&self.tok.tok)
            ));
        }
        self.advance(operand_next)
    }

    pub fn expression(&mut self, rbp: u8) -> Result<Node, SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.error("the expression nests too deeply");
        }
        let mut left = self.nud()?;
        while rbp < left_binding_power(&self.tok.tok) {
            left = self.led(left)?;
        }
        self.depth -= 1;
        Ok(left)
    }

    fn node(kind: Expr, span: Range<usize>) -> Node {
        Node { kind, span }
    }

    /// An operand or prefix operator; leaves the parser on the token after it.
    fn nud(&mut self) -> Result<Node, SyntaxError> {
        let token = self.tok.clone();
        let start = token.span.start;
        match token.tok {
            Tok::Number(_) | Tok::String(_) | Tok::Regex => {
                self.advance(false)?;
                Ok(Self::node(Expr::Literal, token.span))
            }
            Tok::Name(name) => {
                self.advance(false)?;
                if (name == "function" || name == "λ") && self.is("(") {
                    return self.lambda(start);
                }
                let kind = match name.as_str() {
                    "true" | "false" | "null" => Expr::Literal,
                    _ => Expr::Name(name),
                };
                Ok(Self::node(kind, token.span))
            }
            Tok::Variable(name) => {
                self.advance(false)?;
                Ok(Self::node(Expr::Variable(name), token.span))
            }
            Tok::Op(op) => match op {
                "-" => {
                    self.advance(true)?;
                    let operand = self.expression(70)?;
                    let span = start..operand.span.end;
                    Ok(Self::node(Expr::Unary(Box::new(operand)), span))
                }
                "*" | "**" | "%" => {
                    self.advance(false)?;
                    Ok(Self::node(Expr::Wildcard, token.span))
                }
                "(" => {
                    self.advance(true)?;
                    let mut items = Vec::new();
                    while !self.is(")") {
                        items.push(self.expression(0)?);
                        if !self.is(";") {
                            break;
                        }
                        self.advance(true)?;
                    }
                    let end = self.tok.span.end;
                    self.expect(")", false)?;
                    Ok(Self::node(Expr::Block(items), start..end))
                }
                "[" => {
                    self.advance(true)?;
                    let mut items = Vec::new();
                    while !self.is("]") {
                        let item = self.expression(0)?;
                        if self.is("..") {
                            self.advance(true)?;
                            let to = self.expression(0)?;
                            let span = item.span.start..to.span.end;
                            items.push(Self::node(
                                Expr::Binary("..", Box::new(item), Box::new(to)),
                                span,
                            ));
                        } else {
                            items.push(item);
                        }
                        if !self.is(",") {
                            break;
                        }
                        self.advance(true)?;
                    }
                    let end = self.tok.span.end;
                    self.expect("]", false)?;
                    Ok(Self::node(Expr::Array(items), start..end))
                }
                "{" => {
                    let (pairs, end) = self.object_body()?;
                    Ok(Self::node(Expr::Object(pairs), start..end))
                }
                "|" => {
                    self.advance(true)?;
                    let pattern = self.expression(0)?;
                    self.expect("|", true)?;
                    let update = self.expression(0)?;
                    let mut parts = vec![pattern, update];
                    if self.is(",") {
                        self.advance(true)?;
                        parts.push(self.expression(0)?);
                    }
                    let end = self.tok.span.end;
                    self.expect("|", false)?;
                    Ok(Self::node(Expr::Transform(parts), start..end))
                }
                "?" => {
                    // A placeholder for partial application: `$f(?, 2)`.
                    self.advance(false)?;
                    Ok(Self::node(Expr::Placeholder, token.span))
                }
                "and" | "or" | "in" => {
                    self.advance(false)?;
                    Ok(Self::node(Expr::Name(op.to_owned()), token.span))
                }
                _ => self.error(format!(
                    "expected an expression, found {}",
                    describe(&token.tok)
                )),
            },
            Tok::End => self.error("the expression ends too early"),
        }
    }

    /// `{ key: value, ... }` starting at `{`; leaves the parser after `}`.
    fn object_body(&mut self) -> Result<(Vec<(Node, Node)>, usize), SyntaxError> {
        self.advance(true)?;
        let mut pairs = Vec::new();
        while !self.is("}") {
            let key = self.expression(0)?;
            self.expect(":", true)?;
            let value = self.expression(0)?;
            pairs.push((key, value));
            if !self.is(",") {
                break;
            }
            self.advance(true)?;
        }
        let end = self.tok.span.end;
        self.expect("}", false)?;
        Ok((pairs, end))
    }

    /// `function($a, $b) <signature>? { body }`, at the `(`.
    fn lambda(&mut self, start: usize) -> Result<Node, SyntaxError> {
        self.advance(true)?;
        let mut params = Vec::new();
        while !self.is(")") {
            match &self.tok.tok {
                Tok::Variable(name) => params.push(name.clone()),
                other => {
                    return self.error(format!(
                        "a function parameter must be a `$name`, found {}",
                        describe(other)
                    ));
                }
            }
            self.advance(false)?;
            if !self.is(",") {
                break;
            }
            self.advance(true)?;
        }
        if !self.is(")") {
            return self.error(format!(
                "expected `)` after the parameters, found {}",
                describe(&self.tok.tok)
            ));
        }
        self.lexer.signature()?;
        self.advance(true)?;
        self.expect("{", true)?;
        let body = self.expression(0)?;
        let end = self.tok.span.end;
        self.expect("}", false)?;
        Ok(Self::node(Expr::Lambda(params, Box::new(body)), start..end))
    }

    /// An infix or postfix operator applied to `left`.
    fn led(&mut self, left: Node) -> Result<Node, SyntaxError> {
        let Tok::Op(op) = self.tok.tok else {
            return self.error("expected an operator");
        };
        let start = left.span.start;
        let bp = left_binding_power(&self.tok.tok);
        match op {
            "[" => {
                self.advance(true)?;
                if self.is("]") {
                    let end = self.tok.span.end;
                    self.advance(false)?;
                    return Ok(Self::node(Expr::Filter(Box::new(left), None), start..end));
                }
                let predicate = self.expression(0)?;
                let end = self.tok.span.end;
                self.expect("]", false)?;
                Ok(Self::node(
                    Expr::Filter(Box::new(left), Some(Box::new(predicate))),
                    start..end,
                ))
            }
            "{" => {
                let (pairs, end) = self.object_body()?;
                Ok(Self::node(Expr::GroupBy(Box::new(left), pairs), start..end))
            }
            "(" => {
                self.advance(true)?;
                let mut args = Vec::new();
                while !self.is(")") {
                    args.push(self.expression(0)?);
                    if !self.is(",") {
                        break;
                    }
                    self.advance(true)?;
                }
                let end = self.tok.span.end;
                self.expect(")", false)?;
                Ok(Self::node(Expr::Call(Box::new(left), args), start..end))
            }
            "^" => {
                self.advance(false)?;
                self.expect("(", true)?;
                let mut terms = Vec::new();
                loop {
                    if self.is("<") || self.is(">") {
                        self.advance(true)?;
                    }
                    terms.push(self.expression(0)?);
                    if !self.is(",") {
                        break;
                    }
                    self.advance(true)?;
                }
                let end = self.tok.span.end;
                self.expect(")", false)?;
                Ok(Self::node(Expr::OrderBy(Box::new(left), terms), start..end))
            }
            "@" | "#" => {
                self.advance(true)?;
                let Tok::Variable(name) = self.tok.tok.clone() else {
                    return self.error(format!("`{op}` must be followed by a `$variable`"));
                };
                let end = self.tok.span.end;
                self.advance(false)?;
                Ok(Self::node(Expr::Bind(name, Box::new(left)), start..end))
            }
            "?" => {
                self.advance(true)?;
                let then = self.expression(0)?;
                let mut parts = vec![left, then];
                if self.is(":") {
                    self.advance(true)?;
                    parts.push(self.expression(0)?);
                }
                let end = parts.last().map_or(start, |p| p.span.end);
                Ok(Self::node(Expr::Condition(parts), start..end))
            }
            ":=" => {
                let Expr::Variable(name) = &left.kind else {
                    return Err(SyntaxError {
                        message: "the left side of `:=` must be a `$variable`".into(),
                        span: left.span,
                    });
                };
                let name = name.clone();
                self.advance(true)?;
                // Right-associative: `$a := $b := 1`.
                let value = self.expression(bp - 1)?;
                let end = value.span.end;
                Ok(Self::node(Expr::Bind(name, Box::new(value)), start..end))
            }
            _ => {
                self.advance(true)?;
                let right = self.expression(bp)?;
                let end = right.span.end;
                Ok(Self::node(
                    Expr::Binary(op, Box::new(left), Box::new(right)),
                    start..end,
                ))
            }
        }
    }
}

fn describe(tok: &Tok) -> String {
    match tok {
        Tok::Number(_) => "a number".into(),
        Tok::String(_) => "a string".into(),
        Tok::Name(name) => format!("`{name}`"),
        Tok::Variable(name) => format!("`${name}`"),
        Tok::Regex => "a regular expression".into(),
        Tok::Op(op) => format!("`{op}`"),
        Tok::End => "the end of the expression".into(),
    }
}
