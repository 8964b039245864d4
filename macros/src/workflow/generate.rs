//! The builder code a `workflow!` expands to: each state is its builder call with every state
//! name in a transition turned into `goto(name)`, and each scope is `goto(start)` including all
//! of its states. User tokens keep their spans, so a type error points into the macro input.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::parse_quote_spanned;

use super::syntax::{Arg, Method, Scope, StateDef, WorkflowDef};
use super::transitions::targets_mut;

/// The workflow function.
pub fn function(def: &WorkflowDef) -> TokenStream {
    let body = workflow(def);
    signature(def, body)
}

/// The function with a body that never runs, emitted next to compile errors so that code calling
/// the workflow does not report a second, confusing error.
pub fn placeholder(def: &WorkflowDef) -> TokenStream {
    signature(
        def,
        quote!(::core::unreachable!("`workflow!` reported errors")),
    )
}

fn signature(def: &WorkflowDef, body: TokenStream) -> TokenStream {
    let WorkflowDef {
        attrs, vis, ident, ..
    } = def;
    quote! {
        #(#attrs)*
        #vis fn #ident() -> ::sfn::Workflow {
            #body
        }
    }
}

fn workflow(def: &WorkflowDef) -> TokenStream {
    let name = &def.machine_name;
    let chain = scope(&def.body);
    let settings = def.settings.iter().map(|setting| {
        let method = &setting.name;
        let turbofish = &setting.turbofish;
        let args = &setting.args;
        quote!(.#method #turbofish (#args))
    });
    quote!(::sfn::Workflow::new(#name, #chain) #(#settings)*)
}

fn scope(scope: &Scope) -> TokenStream {
    let start = &scope.start;
    let states = scope.states.iter().map(state);
    quote!(::sfn::goto(#start) #(.include(#states))*)
}

fn state(state: &StateDef) -> TokenStream {
    let mut state = state.clone();
    for target in targets_mut(&mut state) {
        if let Some(name) = target.name().cloned() {
            *target.slot = parse_quote_spanned!(name.span()=> ::sfn::goto(#name));
        }
    }
    let StateDef {
        name,
        kind,
        args,
        methods,
    } = &state;
    let constructor = if args.is_empty() {
        quote_spanned!(kind.span()=> ::sfn::#kind::new(#name))
    } else {
        quote_spanned!(kind.span()=> ::sfn::#kind::new(#name, #args))
    };
    // `.next(..)` turns the state into a chain, so it goes after the state's own settings.
    let (next, own): (Vec<&Method>, Vec<&Method>) =
        methods.iter().partition(|method| method.name == "next");
    let calls = own.into_iter().chain(next).map(method);
    quote!(#constructor #(#calls)*)
}

fn method(method: &Method) -> TokenStream {
    let name = &method.name;
    let turbofish = &method.turbofish;
    let args = method.args.iter().map(|arg| match arg {
        Arg::Expr(expr) => quote!(#expr),
        Arg::Scope(nested) => scope(nested),
    });
    quote!(.#name #turbofish (#(#args),*))
}
