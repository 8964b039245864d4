//! Error handling: retriers and catchers (the error names are in `errors`).

use serde_json::Number;
use sfn_codegen::model::{self, JitterStrategy, QueryLanguage};

use crate::chain::{Chain, goto};
use crate::errors;
use crate::states::{Ctx, JsonPath};
use crate::template::Template;

/// A number written in the definition: integers stay integers, fractions stay fractions.
pub trait IntoNumber {
    /// The JSON number.
    fn into_number(self) -> Number;
}

macro_rules! into_number_int {
    ($($t:ty),*) => {$(
        impl IntoNumber for $t {
            fn into_number(self) -> Number {
                Number::from(self)
            }
        }
    )*};
}

into_number_int!(i32, i64, u32, u64, usize);

impl IntoNumber for f64 {
    fn into_number(self) -> Number {
        Number::from_f64(self).unwrap_or_else(|| Number::from(0))
    }
}

impl IntoNumber for Number {
    fn into_number(self) -> Number {
        self
    }
}

/// A retrier: which errors to retry and how (`Retry`). Unset fields take the service defaults
/// (1 second, 3 attempts, backoff rate 2.0) and are not written out.
#[derive(Debug, Clone, PartialEq)]
pub struct Retry(model::Retrier);

impl Retry {
    /// Retries these errors.
    pub fn on<S: Into<String>>(errors: impl IntoIterator<Item = S>) -> Retry {
        Retry(model::Retrier {
            error_equals: errors.into_iter().map(Into::into).collect(),
            ..model::Retrier::default()
        })
    }

    /// Retries every error (`States.ALL`).
    pub fn all() -> Retry {
        Retry::on([errors::ALL])
    }

    /// Retries Lambda's transient service errors the way AWS recommends: 2 s, 6 attempts,
    /// backoff rate 2, full jitter.
    pub fn lambda_transient() -> Retry {
        Retry::on(errors::LAMBDA_TRANSIENT)
            .interval_seconds(2)
            .max_attempts(6)
            .backoff_rate(2)
            .jitter(JitterStrategy::Full)
    }

    /// A description (`Comment`).
    pub fn comment(mut self, comment: impl Into<String>) -> Self {
        self.0.comment = Some(comment.into());
        self
    }

    /// Seconds before the first retry (`IntervalSeconds`).
    pub fn interval_seconds(mut self, seconds: impl IntoNumber) -> Self {
        self.0.interval_seconds = Some(seconds.into_number());
        self
    }

    /// Retries at most this many times (`MaxAttempts`; 0 never retries).
    pub fn max_attempts(mut self, attempts: impl IntoNumber) -> Self {
        self.0.max_attempts = Some(attempts.into_number());
        self
    }

    /// Multiplier of the interval after each attempt (`BackoffRate`, at least 1).
    pub fn backoff_rate(mut self, rate: impl IntoNumber) -> Self {
        self.0.backoff_rate = Some(rate.into_number());
        self
    }

    /// Upper bound of any interval (`MaxDelaySeconds`).
    pub fn max_delay_seconds(mut self, seconds: impl IntoNumber) -> Self {
        self.0.max_delay_seconds = Some(seconds.into_number());
        self
    }

    /// Randomizes intervals (`JitterStrategy`).
    pub fn jitter(mut self, jitter: JitterStrategy) -> Self {
        self.0.jitter_strategy = Some(jitter);
        self
    }

    pub(crate) fn render(&self) -> model::Retrier {
        self.0.clone()
    }
}

/// A catcher: which errors to catch and where to go (`Catch`).
#[derive(Debug, Clone, PartialEq)]
pub struct Catch {
    errors: Vec<String>,
    comment: Option<String>,
    result_path: model::NullablePath,
    output: Option<Template>,
    assign: Option<Template>,
    target: Chain,
}

impl Catch {
    /// Catches these errors and continues with `then`.
    pub fn on<S: Into<String>>(
        errors: impl IntoIterator<Item = S>,
        then: impl Into<Chain>,
    ) -> Catch {
        Catch {
            errors: errors.into_iter().map(Into::into).collect(),
            comment: None,
            result_path: None,
            output: None,
            assign: None,
            target: then.into(),
        }
    }

    /// Catches every error (`States.ALL`) and continues with `then`.
    pub fn all(then: impl Into<Chain>) -> Catch {
        Catch::on([errors::ALL], then)
    }

    /// A description (`Comment`).
    pub fn comment(mut self, comment: impl Into<String>) -> Self {
        self.comment = Some(comment.into());
        self
    }

    /// Where the error goes in the input (`ResultPath`, JSONPath states). Without it, the
    /// error replaces the input.
    pub fn result_path(mut self, path: impl Into<JsonPath>) -> Self {
        self.result_path = Some(Some(path.into().0));
        self
    }

    /// Passes the input on unchanged, dropping the error (`"ResultPath": null`).
    pub fn discard_error(mut self) -> Self {
        self.result_path = Some(None);
        self
    }

    /// The output of the catcher (`Output`, JSONata states).
    pub fn output(mut self, output: impl Into<Template>) -> Self {
        self.output = Some(output.into());
        self
    }

    /// Sets a variable when the catcher matches (adds to `Assign`).
    pub fn assign(mut self, variable: impl Into<String>, value: impl Into<Template>) -> Self {
        self.assign = Some(Template::extend(self.assign.take(), variable, value));
        self
    }

    /// Replaces the whole `Assign` object.
    pub fn assign_all(mut self, assign: impl Into<Template>) -> Self {
        self.assign = Some(assign.into());
        self
    }

    pub(crate) fn take_target(&mut self) -> Chain {
        let start = self.target.start.clone();
        std::mem::replace(&mut self.target, goto(start))
    }

    pub(crate) fn render(
        &self,
        state: &str,
        index: usize,
        language: QueryLanguage,
        ctx: &mut Ctx<'_>,
    ) -> model::Catcher {
        let field = format!("Catch[{index}]");
        model::Catcher {
            comment: self.comment.clone(),
            error_equals: self.errors.clone(),
            result_path: self.result_path.clone(),
            output: ctx.template(state, &format!("{field}.Output"), language, &self.output),
            assign: ctx.template(state, &format!("{field}.Assign"), language, &self.assign),
            next: self.target.start.clone(),
        }
    }
}

/// Takes the target chains out of catchers (leaving references to their entry states), so the
/// handlers' states can join the scope of the state that catches.
pub(crate) fn take_targets(catch: &mut [Catch]) -> Vec<Chain> {
    catch.iter_mut().map(Catch::take_target).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_form() {
        let retry = Retry::all().backoff_rate(2).interval_seconds(1.5);
        let value = serde_json::to_value(retry.render()).unwrap();
        assert_eq!(
            value,
            serde_json::json!({"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1.5, "BackoffRate": 2})
        );
    }
}
