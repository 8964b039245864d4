//! JSONata, the expression language of JSONata states: a parser with byte offsets, and the
//! facts about an expression the validator needs (variables read, functions called,
//! `$states` fields used).
//!
//! No maintained Rust crate parses JSONata, so the parser is ours: a Pratt parser with the
//! reference implementation's operators and binding powers.

mod lexer;
mod reads;
pub use reads::{
    LiteralKind, input_paths, literal_kind, states_chain, states_comparisons, states_paths,
    variable_chain, variable_comparisons, variable_paths,
};
mod parser;

use std::collections::HashSet;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    /// Byte range in the expression text.
    pub span: Range<usize>,
}

/// A node of the syntax tree, with its byte range in the expression text.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: Expr,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A number, string, regex, `true`, `false` or `null`.
    Literal,
    /// A field name in a path.
    Name(String),
    /// `$name` (`$` alone: the context value; `$$`: the root).
    Variable(String),
    /// `*`, `**` or `%`.
    Wildcard,
    /// `?` in a partial application.
    Placeholder,
    Unary(Box<Node>),
    /// A binary operator, including `.` (map), `..` (range), `~>` and `&`.
    Binary(&'static str, Box<Node>, Box<Node>),
    /// `a[predicate]`, or `a[]`.
    Filter(Box<Node>, Option<Box<Node>>),
    GroupBy(Box<Node>, Vec<(Node, Node)>),
    OrderBy(Box<Node>, Vec<Node>),
    /// `$name := value`, `a@$name` or `a#$name`: binds `name`.
    Bind(String, Box<Node>),
    Call(Box<Node>, Vec<Node>),
    Lambda(Vec<String>, Box<Node>),
    Block(Vec<Node>),
    Array(Vec<Node>),
    Object(Vec<(Node, Node)>),
    /// `cond ? then : else`.
    Condition(Vec<Node>),
    /// `| pattern | update, delete |`.
    Transform(Vec<Node>),
}

/// Parses a JSONata expression (the text between `{%` and `%}`).
pub fn parse(expression: &str) -> Result<Node, SyntaxError> {
    parser::Parser::new(expression)?.parse_all()
}

/// The expression inside a `{% ... %}` string, with its byte offset in the string.
/// `None` when the string is not an expression.
pub fn template(text: &str) -> Option<(&str, usize)> {
    let inner = text.strip_prefix("{%")?.strip_suffix("%}")?;
    Some((inner, 2))
}

/// Whether a string holds a `{% ... %}` anywhere: meant as an expression, even when text
/// around it makes it a literal for Step Functions.
pub fn contains_template(text: &str) -> bool {
    text.find("{%")
        .is_some_and(|start| text[start + 2..].contains("%}"))
}

/// Whether a string is meant as a JSONata expression (even a malformed one).
pub fn looks_like_template(text: &str) -> bool {
    let trimmed = text.trim();
    trimmed.starts_with("{%") || (trimmed.ends_with("%}") && trimmed.contains("{%"))
}

/// The JSONata functions Step Functions provides: the standard library of JSONata 2.0.6
/// without `$eval` (which Step Functions leaves out), plus its own `$partition`, `$range`,
/// `$hash`, `$random`, `$uuid` and `$parse`.
pub const FUNCTIONS: &[&str] = &[
    "sum",
    "count",
    "max",
    "min",
    "average",
    "string",
    "substring",
    "substringBefore",
    "substringAfter",
    "lowercase",
    "uppercase",
    "length",
    "trim",
    "pad",
    "contains",
    "split",
    "join",
    "match",
    "replace",
    "now",
    "millis",
    "fromMillis",
    "toMillis",
    "formatNumber",
    "formatBase",
    "formatInteger",
    "parseInteger",
    "number",
    "floor",
    "ceil",
    "round",
    "abs",
    "sqrt",
    "power",
    "random",
    "boolean",
    "not",
    "exists",
    "type",
    "base64encode",
    "base64decode",
    "encodeUrlComponent",
    "encodeUrl",
    "decodeUrlComponent",
    "decodeUrl",
    "append",
    "sort",
    "reverse",
    "shuffle",
    "distinct",
    "zip",
    "keys",
    "lookup",
    "spread",
    "merge",
    "sift",
    "each",
    "error",
    "assert",
    "single",
    "filter",
    "map",
    "reduce",
    "clone",
    "partition",
    "range",
    "hash",
    "uuid",
    "parse",
];

/// The spans of every `$name` reference (read or called) that the expression does not bind
/// itself: where a host can rebind a built-in function under another name.
pub fn references(node: &Node, name: &str) -> Vec<Range<usize>> {
    let mut bound = HashSet::new();
    collect_bound(node, &mut bound);
    let mut out = Vec::new();
    if !bound.contains(name) {
        collect_references(node, name, &mut out);
    }
    out
}

fn collect_references(node: &Node, name: &str, out: &mut Vec<Range<usize>>) {
    if matches!(&node.kind, Expr::Variable(v) if v == name) {
        out.push(node.span.clone());
    }
    for child in children(node) {
        collect_references(child, name, out);
    }
}

/// What an expression reads from outside itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// `$name` references not bound inside the expression, with spans (`$states` excluded).
    pub variables: Vec<(String, Range<usize>)>,
    /// Functions called by name that are neither built in nor bound in the expression.
    pub unknown_functions: Vec<(String, Range<usize>)>,
    /// `$states.<field>` uses, with the span of the whole reference.
    pub states_fields: Vec<(String, Range<usize>)>,
    /// Operators JSONata 2.1 added (`??`, `?:`), which Step Functions' JSONata 2.0.6 cannot
    /// parse, with the span of the whole operation.
    pub newer_operators: Vec<(&'static str, Range<usize>)>,
}

/// Collects the facts of a parsed expression.
pub fn facts(node: &Node) -> Facts {
    let mut bound = HashSet::new();
    collect_bound(node, &mut bound);
    let mut facts = Facts::default();
    walk(node, &bound, &mut facts);
    facts
}

/// The names an expression binds itself (`:=`, lambda parameters, `@$x`, `#$i`).
pub fn bound_names(node: &Node) -> HashSet<String> {
    let mut bound = HashSet::new();
    collect_bound(node, &mut bound);
    bound
}

/// Every name the expression binds anywhere (`:=`, parameters, `@$x`, `#$i`). Treating them
/// as bound everywhere in the expression can miss a use-before-bind, never invent one.
fn collect_bound(node: &Node, bound: &mut HashSet<String>) {
    match &node.kind {
        Expr::Bind(name, _) => {
            bound.insert(name.clone());
        }
        Expr::Lambda(params, _) => bound.extend(params.iter().cloned()),
        _ => {}
    }
    for child in children(node) {
        collect_bound(child, bound);
    }
}

fn walk(node: &Node, bound: &HashSet<String>, facts: &mut Facts) {
    match &node.kind {
        Expr::Variable(name)
            if !name.is_empty() && name != "$" && name != "states" && !bound.contains(name) =>
        {
            facts.variables.push((name.clone(), node.span.clone()));
        }
        Expr::Binary(".", left, right) => {
            if let (Expr::Variable(var), Expr::Name(field)) = (&left.kind, &right.kind)
                && var == "states"
            {
                facts.states_fields.push((field.clone(), node.span.clone()));
            }
        }
        Expr::Binary(operator @ ("??" | "?:"), _, _) => {
            facts.newer_operators.push((operator, node.span.clone()));
        }
        Expr::Call(callee, _) => {
            if let Expr::Variable(name) = &callee.kind
                && !bound.contains(name)
            {
                if !FUNCTIONS.contains(&name.as_str()) {
                    facts
                        .unknown_functions
                        .push((name.clone(), callee.span.clone()));
                }
                // A called name is a function, not a variable read.
                for child in children(node).skip(1) {
                    walk(child, bound, facts);
                }
                return;
            }
        }
        _ => {}
    }
    for child in children(node) {
        walk(child, bound, facts);
    }
}

fn children(node: &Node) -> Box<dyn Iterator<Item = &Node> + '_> {
    match &node.kind {
        Expr::Literal | Expr::Name(_) | Expr::Variable(_) | Expr::Wildcard | Expr::Placeholder => {
            Box::new(std::iter::empty())
        }
        Expr::Unary(a) | Expr::Bind(_, a) | Expr::Lambda(_, a) => {
            Box::new(std::iter::once(a.as_ref()))
        }
        Expr::Binary(_, a, b) => Box::new([a.as_ref(), b.as_ref()].into_iter()),
        Expr::Filter(a, b) => Box::new(std::iter::once(a.as_ref()).chain(b.as_deref())),
        Expr::GroupBy(a, pairs) => {
            Box::new(std::iter::once(a.as_ref()).chain(pairs.iter().flat_map(|(k, v)| [k, v])))
        }
        Expr::OrderBy(a, terms) | Expr::Call(a, terms) => {
            Box::new(std::iter::once(a.as_ref()).chain(terms.iter()))
        }
        Expr::Block(items)
        | Expr::Array(items)
        | Expr::Condition(items)
        | Expr::Transform(items) => Box::new(items.iter()),
        Expr::Object(pairs) => Box::new(pairs.iter().flat_map(|(k, v)| [k, v])),
    }
}

#[cfg(test)]
mod tests;
