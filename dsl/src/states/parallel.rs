//! The Parallel state: runs branches side by side.

use sfn_codegen::model;

use super::{Common, Ctx, Link, Node, common_setters, handler_setters};
use crate::chain::Chain;
use crate::handlers::{Catch, Retry};
use crate::template::Template;

/// A `Parallel` state: each branch is its own workflow, run on the same input; the output is
/// the array of the branches' outputs.
#[derive(Debug, Clone, PartialEq)]
pub struct Parallel {
    pub(crate) name: String,
    pub(crate) common: Common,
    pub(crate) parameters: Option<Template>,
    pub(crate) branches: Vec<(Option<String>, Chain)>,
    pub(crate) result_selector: Option<Template>,
    pub(crate) result_path: model::NullablePath,
    pub(crate) retry: Vec<Retry>,
    pub(crate) catch: Vec<Catch>,
    pub(crate) link: Link,
}

impl Parallel {
    /// A Parallel state named `name`; add branches with [`Parallel::branch`].
    pub fn new(name: impl Into<String>) -> Parallel {
        Parallel {
            name: name.into(),
            common: Common::default(),
            parameters: None,
            branches: Vec::new(),
            result_selector: None,
            result_path: None,
            retry: Vec::new(),
            catch: Vec::new(),
            link: Link::Open,
        }
    }

    /// Adds a branch.
    pub fn branch(mut self, branch: impl Into<Chain>) -> Self {
        self.branches.push((None, branch.into()));
        self
    }

    /// Adds a branch with a `Comment`.
    pub fn branch_with_comment(
        mut self,
        comment: impl Into<String>,
        branch: impl Into<Chain>,
    ) -> Self {
        self.branches.push((Some(comment.into()), branch.into()));
        self
    }

    /// The input each branch gets (`Parameters` in JSONPath, `Arguments` in JSONata).
    pub fn parameters(mut self, parameters: impl Into<Template>) -> Self {
        self.parameters = Some(parameters.into());
        self
    }

    /// The same as [`Parallel::parameters`].
    pub fn arguments(self, arguments: impl Into<Template>) -> Self {
        self.parameters(arguments)
    }

    pub(crate) fn render(&self, name: &str, ctx: &mut Ctx<'_>) -> model::Parallel {
        let language = self.common.language(ctx);
        let (retry, catch) = super::render_handlers(name, language, &self.retry, &self.catch, ctx);
        let parameters = ctx.template(name, "Parameters", language, &self.parameters);
        let (parameters, arguments) = super::split_by_language(language, parameters);
        let branches = self
            .branches
            .iter()
            .enumerate()
            .map(|(i, (comment, chain))| {
                let (start_at, states) =
                    render_child(chain, &format!("{name} / branch {}", i + 1), ctx);
                model::Branch {
                    comment: comment.clone(),
                    start_at,
                    states,
                }
            })
            .collect();
        model::Parallel {
            comment: self.common.comment.clone(),
            query_language: self.common.query_language,
            input_path: self.common.input_path.clone(),
            parameters,
            arguments,
            branches,
            result_selector: ctx.template(name, "ResultSelector", language, &self.result_selector),
            result_path: self.result_path.clone(),
            output_path: self.common.output_path.clone(),
            output: ctx.template(name, "Output", language, &self.common.output),
            assign: ctx.template(name, "Assign", language, &self.common.assign),
            retry,
            catch,
            transition: self.link.transition(),
        }
    }
}

/// Renders a nested workflow (a branch or a Map body) in its own scope.
pub(crate) fn render_child(
    chain: &Chain,
    scope: &str,
    ctx: &mut Ctx<'_>,
) -> (String, model::States) {
    let scope = if ctx.scope.is_empty() {
        scope.to_owned()
    } else {
        format!("{} / {scope}", ctx.scope)
    };
    for problem in &chain.problems {
        ctx.problems.push(crate::problem::Problem {
            state: format!("{scope} / {}", problem.state),
            message: problem.message.clone(),
        });
    }
    let mut child = ctx.child(scope);
    let states = chain.render(&mut child);
    (chain.start.clone(), states)
}

common_setters!(Parallel { comment language input output assign next });
handler_setters!(Parallel);

impl From<Parallel> for Chain {
    fn from(mut parallel: Parallel) -> Chain {
        let targets = crate::handlers::take_targets(&mut parallel.catch);
        Chain::with_handlers(parallel.name.clone(), targets, Node::Parallel(parallel))
    }
}
