//! `workflow!`: a whole state machine declared in one place, checked while it expands.

mod check;
mod generate;
mod skeleton;
mod syntax;
mod transitions;

#[cfg(test)]
mod tests;

use proc_macro2::TokenStream;

pub use syntax::WorkflowDef;

/// The workflow function, or every error found together with a placeholder function.
pub fn expand(def: &WorkflowDef) -> TokenStream {
    let (skeleton, mut errors) = skeleton::build(def);
    errors.extend(check::check(def, &skeleton));
    match errors.into_iter().reduce(|mut all, next| {
        all.combine(next);
        all
    }) {
        None => generate::function(def),
        Some(errors) => {
            let mut tokens = errors.into_compile_error();
            tokens.extend(generate::placeholder(def));
            tokens
        }
    }
}
