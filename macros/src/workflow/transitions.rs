//! Where a state names another: `.next("B")`, `.otherwise("B")`, `.when(cond, "B")` and the
//! target of `Catch::all("B")` / `Catch::on(errors, "B")` inside `.catch(..)`.
//!
//! Both the checker (which needs the names and their tokens) and the code generator (which turns
//! each name into `goto("B")`) go through [`targets_mut`], so they cannot disagree on what is a
//! transition.

use syn::{Expr, ExprLit, Lit, LitStr};

use super::syntax::{Arg, StateDef};

/// The ASL field a target fills, below the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Next,
    Default,
    /// The n-th `when` of a Choice.
    Choice(usize),
    /// The n-th `catch`, and whether it catches everything (`Catch::all`).
    Catch(usize, bool),
}

impl Field {
    /// The JSON pointer segments of the field below its state.
    pub fn pointer(&self) -> Vec<String> {
        match self {
            Field::Next => vec!["Next".into()],
            Field::Default => vec!["Default".into()],
            Field::Choice(index) => vec!["Choices".into(), index.to_string(), "Next".into()],
            Field::Catch(index, _) => vec!["Catch".into(), index.to_string(), "Next".into()],
        }
    }
}

/// A transition written as a state name, with the expression that holds the name.
pub struct Target<'a> {
    pub field: Field,
    pub slot: &'a mut Expr,
}

impl Target<'_> {
    pub fn name(&self) -> Option<&LitStr> {
        match &*self.slot {
            Expr::Lit(ExprLit {
                lit: Lit::Str(name),
                ..
            }) => Some(name),
            _ => None,
        }
    }
}

/// Every transition of a state, in method order. A call that should hold a state name but holds
/// something else is returned too: the caller reports it.
pub fn targets_mut(state: &mut StateDef) -> Vec<Target<'_>> {
    let mut found = Vec::new();
    let (mut whens, mut catches) = (0, 0);
    for method in &mut state.methods {
        let name = method.name.to_string();
        let last = method.args.last_mut().and_then(|arg| match arg {
            Arg::Expr(expr) => Some(expr),
            Arg::Scope(_) => None,
        });
        let Some(last) = last else { continue };
        match name.as_str() {
            "next" => found.push(Target {
                field: Field::Next,
                slot: last,
            }),
            "otherwise" => found.push(Target {
                field: Field::Default,
                slot: last,
            }),
            "when" => {
                found.push(Target {
                    field: Field::Choice(whens),
                    slot: last,
                });
                whens += 1;
            }
            "catch" => {
                if let Some((slot, all)) = catch_target(last) {
                    found.push(Target {
                        field: Field::Catch(catches, all),
                        slot,
                    });
                }
                catches += 1;
            }
            _ => {}
        }
    }
    found
}

/// The handler argument of the `Catch::all(..)` / `Catch::on(.., ..)` that a `.catch(..)`
/// argument starts from, and whether it is `all`.
fn catch_target(expr: &mut Expr) -> Option<(&mut Expr, bool)> {
    match expr {
        Expr::MethodCall(call) => catch_target(&mut call.receiver),
        Expr::Paren(inner) => catch_target(&mut inner.expr),
        Expr::Call(call) => {
            let Expr::Path(path) = &*call.func else {
                return None;
            };
            let segments: Vec<String> = path
                .path
                .segments
                .iter()
                .map(|segment| segment.ident.to_string())
                .collect();
            let all = match segments.as_slice() {
                [.., catch, all] if catch == "Catch" && all == "all" => true,
                [.., catch, on] if catch == "Catch" && on == "on" => false,
                _ => return None,
            };
            call.args.last_mut().map(|slot| (slot, all))
        }
        _ => None,
    }
}
