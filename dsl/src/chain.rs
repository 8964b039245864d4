//! Chains: pieces of a state graph with one entry and some open ends.
//!
//! Every state converts into a chain; `a.next(b)` points each open end of `a` at the entry of
//! `b` and returns the joined chain. A state that appears twice (a handler shared by several
//! catchers, say) is kept once when both copies are equal; two different states under one name
//! are reported when the workflow is built. Open ends left at the end become `"End": true`.

use indexmap::IndexMap;
use sfn_codegen::model;

pub use crate::problem::Problem;
use crate::states::{Ctx, Node};

/// A piece of a workflow: an entry state, the states reachable from it, and its open ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Chain {
    pub(crate) start: String,
    pub(crate) nodes: IndexMap<String, Node>,
    pub(crate) ends: Vec<String>,
    pub(crate) problems: Vec<Problem>,
}

/// A reference to a state defined elsewhere in the same scope, by name: for loops and for
/// joining branches onto a state that is already part of the chain.
///
/// ```
/// use sfn::prelude::*;
/// let poll = Wait::new("Wait a minute").seconds(60)
///     .next(Task::new("Check", lambda::invoke("arn:aws:lambda:us-east-1:123456789012:function:check")))
///     .next(Choice::new("Done?")
///         .when(input::<serde_json::Value>().field::<bool>("done").equals(true), Succeed::new("Finished"))
///         .otherwise(goto("Wait a minute")));
/// ```
pub fn goto(state: impl Into<String>) -> Chain {
    Chain {
        start: state.into(),
        nodes: IndexMap::new(),
        ends: Vec::new(),
        problems: Vec::new(),
    }
}

impl Chain {
    /// A state as a one-state chain, with its catch handlers' states beside it.
    pub(crate) fn with_handlers(name: String, targets: Vec<Chain>, node: Node) -> Chain {
        let mut chain = Chain::single(name, node, true);
        for target in targets {
            chain.absorb(target);
        }
        chain
    }

    /// Renders one scope (the machine, a branch, a Map body): its states in chain order.
    pub(crate) fn render(&self, ctx: &mut Ctx<'_>) -> model::States {
        self.nodes
            .iter()
            .map(|(name, node)| (name.clone(), node.render(name, ctx)))
            .collect()
    }

    pub(crate) fn single(name: String, node: Node, open: bool) -> Chain {
        let mut nodes = IndexMap::new();
        nodes.insert(name.clone(), node);
        Chain {
            ends: if open { vec![name.clone()] } else { Vec::new() },
            start: name,
            nodes,
            problems: Vec::new(),
        }
    }

    /// The name of the state this chain starts with.
    pub fn start_name(&self) -> &str {
        &self.start
    }

    /// Continues every open end of this chain with `then`.
    pub fn next(mut self, then: impl Into<Chain>) -> Chain {
        let then = then.into();
        if self.ends.is_empty() {
            self.problems.push(Problem {
                state: self.start.clone(),
                message: format!(
                    "nothing can follow this chain with `{}`: it has no open end (it ends in Succeed, Fail, a Choice without `afterwards()`, or a `goto`)",
                    then.start
                ),
            });
        }
        for end in std::mem::take(&mut self.ends) {
            if let Some(node) = self.nodes.get_mut(&end) {
                node.set_next(&then.start);
            }
        }
        self.ends = then.ends.clone();
        self.absorb(then);
        self
    }

    /// Adds the states of `other` to this chain's scope without linking anything to it: for
    /// states reached only through [`goto`] (a shared error handler, the far end of a loop).
    /// The open ends stay those of this chain.
    pub fn include(mut self, other: impl Into<Chain>) -> Chain {
        self.absorb(other.into());
        self
    }

    /// Adds the states of another chain (a branch target, a catch handler) to this scope.
    pub(crate) fn absorb(&mut self, other: Chain) {
        self.problems.extend(other.problems);
        for (name, node) in other.nodes {
            match self.nodes.get(&name) {
                Some(existing) if *existing == node => {}
                Some(_) => self.problems.push(Problem {
                    state: name.clone(),
                    message: "two different states have this name; state names must be unique in the whole workflow".to_owned(),
                }),
                None => {
                    self.nodes.insert(name, node);
                }
            }
        }
    }

    /// Adds a target chain's states and returns its entry name, keeping its open ends.
    pub(crate) fn absorb_target(&mut self, target: Chain) -> (String, Vec<String>) {
        let start = target.start.clone();
        let ends = target.ends.clone();
        self.absorb(target);
        (start, ends)
    }
}
