//! The Choice state: branches on conditions.

use sfn_codegen::model;

use super::{Common, Ctx, Node, common_setters};
use crate::chain::{Chain, goto};
use crate::condition::Condition;
use crate::template::Template;

/// A `Choice` state: the first rule whose condition holds picks the next state; `otherwise`
/// gives the `Default`.
///
/// ```
/// use sfn::prelude::*;
/// let total = input::<serde_json::Value>().field::<f64>("total");
/// let route = Choice::new("Large order?")
///     .when(total.gt(1000), Pass::new("Manual review"))
///     .otherwise(Pass::new("Auto approve"))
///     .afterwards()
///     .next(Succeed::new("Done"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub(crate) name: String,
    pub(crate) common: Common,
    pub(crate) rules: Vec<Rule>,
    pub(crate) default: Option<Chain>,
}

/// One rule of a Choice, with what it assigns and outputs when it matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    condition: Condition,
    comment: Option<String>,
    output: Option<Template>,
    assign: Option<Template>,
    target: Chain,
}

impl Rule {
    /// When `condition` holds, continue with `then`.
    pub fn new(condition: Condition, then: impl Into<Chain>) -> Rule {
        Rule {
            condition,
            comment: None,
            output: None,
            assign: None,
            target: then.into(),
        }
    }

    /// A description (`Comment`).
    pub fn comment(mut self, comment: impl Into<String>) -> Self {
        self.comment = Some(comment.into());
        self
    }

    /// The output when this rule matches (`Output`, JSONata states).
    pub fn output(mut self, output: impl Into<Template>) -> Self {
        self.output = Some(output.into());
        self
    }

    /// Sets a variable when this rule matches (adds to `Assign`).
    pub fn assign(mut self, variable: impl Into<String>, value: impl Into<Template>) -> Self {
        self.assign = Some(Template::extend(self.assign.take(), variable, value));
        self
    }

    /// Replaces the rule's whole `Assign` object.
    pub fn assign_all(mut self, assign: impl Into<Template>) -> Self {
        self.assign = Some(assign.into());
        self
    }
}

impl Choice {
    /// A Choice state named `name`.
    pub fn new(name: impl Into<String>) -> Choice {
        Choice {
            name: name.into(),
            common: Common::default(),
            rules: Vec::new(),
            default: None,
        }
    }

    /// Adds a rule: when `condition` holds, continue with `then`.
    pub fn when(self, condition: Condition, then: impl Into<Chain>) -> Self {
        self.rule(Rule::new(condition, then))
    }

    /// Adds a rule built with [`Rule`] (for a comment, `Assign` or `Output`).
    pub fn rule(mut self, rule: Rule) -> Self {
        self.rules.push(rule);
        self
    }

    /// Where to go when no rule matches (`Default`). Without it, no match fails the
    /// execution with `States.NoChoiceMatched`.
    pub fn otherwise(mut self, then: impl Into<Chain>) -> Self {
        self.default = Some(then.into());
        self
    }

    /// A chain whose open ends are the open ends of every branch, so `.next(x)` joins all
    /// branches at `x`.
    pub fn afterwards(self) -> Chain {
        self.into_chain(true)
    }

    fn into_chain(mut self, keep_ends: bool) -> Chain {
        let mut targets: Vec<Chain> = Vec::new();
        for rule in &mut self.rules {
            let start = rule.target.start.clone();
            targets.push(std::mem::replace(&mut rule.target, goto(start)));
        }
        if let Some(default) = &mut self.default {
            let start = default.start.clone();
            targets.push(std::mem::replace(default, goto(start)));
        }
        let mut chain = Chain::single(self.name.clone(), Node::Choice(self), false);
        let mut ends = Vec::new();
        for target in targets {
            let (_, target_ends) = chain.absorb_target(target);
            for end in target_ends {
                if !ends.contains(&end) {
                    ends.push(end);
                }
            }
        }
        if keep_ends {
            chain.ends = ends;
        }
        chain
    }

    pub(crate) fn render(&self, name: &str, ctx: &mut Ctx<'_>) -> model::Choice {
        let language = self.common.language(ctx);
        let choices = self
            .rules
            .iter()
            .enumerate()
            .map(|(i, rule)| {
                let field = format!("Choices[{i}]");
                let mut rendered = match rule.condition.render(language) {
                    Ok(rendered) => rendered,
                    Err(message) => {
                        ctx.report(name, &field, message);
                        model::ChoiceRule::default()
                    }
                };
                rendered.comment = rule.comment.clone();
                rendered.output =
                    ctx.template(name, &format!("{field}.Output"), language, &rule.output);
                rendered.assign =
                    ctx.template(name, &format!("{field}.Assign"), language, &rule.assign);
                rendered.next = Some(rule.target.start.clone());
                rendered
            })
            .collect();
        model::Choice {
            comment: self.common.comment.clone(),
            query_language: self.common.query_language,
            input_path: self.common.input_path.clone(),
            output_path: self.common.output_path.clone(),
            choices,
            default: self.default.as_ref().map(|d| d.start.clone()),
            output: ctx.template(name, "Output", language, &self.common.output),
            assign: ctx.template(name, "Assign", language, &self.common.assign),
        }
    }
}

common_setters!(Choice { comment language input output assign });

impl From<Choice> for Chain {
    fn from(choice: Choice) -> Chain {
        choice.into_chain(false)
    }
}
