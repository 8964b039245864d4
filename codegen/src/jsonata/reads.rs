//! What a JSONata expression reads of the state's input (`$states.input.a.b`) and how it
//! compares variables with literals: the facts the type flow checks against known shapes.

use std::ops::Range;

use super::{Expr, Node, children};

/// Every `$states.input.<field>...` chain, as its field names and the span of the chain. A
/// chain stops at the first step that is not a plain field (a filter, a wildcard, a call).
pub fn input_paths(node: &Node) -> Vec<(Vec<String>, Range<usize>)> {
    states_paths(node, "input")
}

/// `input_paths` for any member of `$states` (`result`, `errorOutput`, `context`).
pub fn states_paths(node: &Node, member: &str) -> Vec<(Vec<String>, Range<usize>)> {
    let mut out = Vec::new();
    collect(node, member, &mut out);
    out
}

/// `$name.a.b` (or `$states.input.a`) as its variable and field names, when `node` is such
/// a chain of plain fields and nothing else.
pub fn variable_chain(node: &Node) -> Option<(String, Vec<String>)> {
    let mut steps = Vec::new();
    if !plain_chain(node, &mut steps) {
        return None;
    }
    let mut steps = steps.into_iter();
    let variable = steps.next()?.strip_prefix('$')?.to_owned();
    Some((variable, steps.collect()))
}

/// Every `$name.a.b` chain of plain fields (the longest at each place), as the variable and
/// its field names.
pub fn variable_paths(node: &Node) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    collect_variables(node, &mut out);
    out
}

fn collect_variables(node: &Node, out: &mut Vec<(String, Vec<String>)>) {
    if let Some(chain) = variable_chain(node) {
        out.push(chain);
        return;
    }
    for child in children(node) {
        collect_variables(child, out);
    }
}

/// The fields `node` reads of `$states.<member>` when it is such a chain and nothing else.
pub fn states_chain(node: &Node, member: &str) -> Option<Vec<String>> {
    let mut steps = Vec::new();
    match (plain_chain(node, &mut steps), steps.as_slice()) {
        (true, [head, used, fields @ ..]) if head == "$states" && used == member => {
            Some(fields.to_vec())
        }
        _ => None,
    }
}

fn collect(node: &Node, member: &str, out: &mut Vec<(Vec<String>, Range<usize>)>) {
    if let Some(fields) = states_chain(node, member).filter(|f| !f.is_empty()) {
        out.push((fields, node.span.clone()));
        return;
    }
    for child in children(node) {
        collect(child, member, out);
    }
}

/// Whether `node` is `$variable.name.name...`, its steps pushed onto `steps`.
fn plain_chain(node: &Node, steps: &mut Vec<String>) -> bool {
    match &node.kind {
        Expr::Binary(".", left, right) => match &right.kind {
            Expr::Name(name) if plain_chain(left, steps) => {
                steps.push(name.clone());
                true
            }
            _ => false,
        },
        Expr::Variable(name) => {
            steps.push(format!("${name}"));
            true
        }
        _ => false,
    }
}

/// The kind of a literal, read from its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiteralKind {
    Number,
    String,
    Boolean,
}

/// `$name <op> literal` (either side) comparisons: the variable, the operator, the literal's
/// kind and the span of the comparison.
pub fn variable_comparisons(
    node: &Node,
    text: &str,
) -> Vec<(String, &'static str, LiteralKind, Range<usize>)> {
    let mut out = Vec::new();
    compare(node, text, &mut out);
    out
}

fn compare(
    node: &Node,
    text: &str,
    out: &mut Vec<(String, &'static str, LiteralKind, Range<usize>)>,
) {
    if let Expr::Binary(op, left, right) = &node.kind
        && matches!(*op, "=" | "!=" | "<" | "<=" | ">" | ">=")
    {
        let pair = match (&left.kind, &right.kind) {
            (Expr::Variable(name), Expr::Literal) => Some((name, right)),
            (Expr::Literal, Expr::Variable(name)) => Some((name, left)),
            _ => None,
        };
        if let Some((name, literal)) = pair
            && let Some(kind) = text.get(literal.span.clone()).and_then(literal_kind)
        {
            out.push((name.clone(), op, kind, node.span.clone()));
        }
    }
    for child in children(node) {
        compare(child, text, out);
    }
}

/// `<chain> <op> literal` (either side) comparisons where the chain is `$states.<member>...`
/// of plain fields: the fields, the operator, the literal's kind and the comparison's span.
pub fn states_comparisons(
    node: &Node,
    text: &str,
    member: &str,
) -> Vec<(Vec<String>, &'static str, LiteralKind, Range<usize>)> {
    let mut out = Vec::new();
    compare_states(node, text, member, &mut out);
    out
}

fn compare_states(
    node: &Node,
    text: &str,
    member: &str,
    out: &mut Vec<(Vec<String>, &'static str, LiteralKind, Range<usize>)>,
) {
    if let Expr::Binary(op, left, right) = &node.kind
        && matches!(*op, "=" | "!=" | "<" | "<=" | ">" | ">=")
    {
        let pair = match (&left.kind, &right.kind) {
            (_, Expr::Literal) => Some((left, right)),
            (Expr::Literal, _) => Some((right, left)),
            _ => None,
        };
        if let Some((chain, literal)) = pair
            && let Some(fields) = states_chain(chain, member).filter(|f| !f.is_empty())
            && let Some(kind) = text.get(literal.span.clone()).and_then(literal_kind)
        {
            out.push((fields, op, kind, node.span.clone()));
        }
    }
    for child in children(node) {
        compare_states(child, text, member, out);
    }
}

/// The kind of a literal from its text (`"a"`, `12`, `true`).
pub fn literal_kind(text: &str) -> Option<LiteralKind> {
    let first = text.trim_start().chars().next()?;
    match first {
        '"' | '\'' => Some(LiteralKind::String),
        '0'..='9' | '-' | '.' => Some(LiteralKind::Number),
        't' | 'f' => Some(LiteralKind::Boolean),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_chains_are_found_whole() {
        let text =
            "$states.input.order.total > 5 and $count = \"5\" and $sum($states.input.lines.price)";
        let node = crate::jsonata::parse(text).unwrap();
        let paths: Vec<Vec<String>> = input_paths(&node).into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            paths,
            [
                vec!["order".to_owned(), "total".to_owned()],
                vec!["lines".to_owned(), "price".to_owned()]
            ]
        );
        let compared = variable_comparisons(&node, text);
        assert_eq!(compared.len(), 1);
        assert_eq!(
            (compared[0].0.as_str(), compared[0].1, compared[0].2),
            ("count", "=", LiteralKind::String)
        );
    }
}
