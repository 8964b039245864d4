//! Procedural macros of `sfn`, re-exported by it: use them as `sfn::Payload`.
//!
//! The entry points only parse and hand over to plain functions over `proc_macro2` tokens
//! (`payload.rs`, `serde_attrs.rs`, `workflow/`), which are unit-tested without a compiler.

mod args;
mod payload;
mod register;
mod serde_attrs;
mod workflow;

use proc_macro::TokenStream;

/// Typed references into a serde type: `#[derive(Serialize, Deserialize, sfn::Payload)]`.
///
/// For a struct, generates `<Name>Fields` with one method per field returning a typed
/// [`Ref`](../sfn/reference/struct.Ref.html) at the field's JSON name (serde `rename` and
/// `rename_all` honoured, `skip` fields left out, `flatten` fields seen through), so
/// `input::<Order>().fields().total().gt(100)` compiles only if `total` is a number. For an
/// enum of unit variants, makes it comparable as a string with its serialized names.
/// Other shapes (tuple structs, enums with data, generic types) are rejected with an error.
#[proc_macro_derive(Payload, attributes(serde))]
pub fn derive_payload(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    payload::expand(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// A typed payload: `args!(Charge { order_id: order.id(), amount: 12.5 })` is the derive's
/// `ChargeArgs` with each value checked against its field's type (`Ref<f64>`, a literal, a
/// nested `args`-style literal, `sfn::lit(..)`, `sfn::absent()` for an optional field left
/// out). See `sfn::args`.
#[proc_macro]
pub fn args(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::Expr);
    args::expand(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// A whole workflow in one place, its structure checked while it compiles.
///
/// ```
/// use sfn::prelude::*;
///
/// workflow! {
///     /// Docs of the generated function.
///     pub fn greet() -> "greeter" {
///         comment("Says hello");          // settings: `Workflow` methods, in order
///         start "Hello";
///         "Hello": Pass.result(json!("hello")).next("Done");
///         "Done": Succeed;
///     }
/// }
///
/// assert_eq!(
///     greet().compile().unwrap().to_json(),
///     r#"{"Comment":"Says hello","StartAt":"Hello","States":{"Hello":{"Type":"Pass","Result":"hello","Next":"Done"},"Done":{"Type":"Succeed"}}}"#
/// );
/// ```
///
/// A mistake is a compile error on its token:
///
/// ```compile_fail
/// use sfn::prelude::*;
///
/// workflow! {
///     pub fn greet() -> "greeter" {
///         start "Hello";
///         "Hello": Pass.next("Dne"); // error: no state `Dne`; did you mean `Done`?
///         "Done": Succeed;
///     }
/// }
/// ```
///
/// Each state is `"Name": Kind(args).method(..)*;` where `Kind(args)` is the builder's
/// `Kind::new("Name", args)` and the methods are the builder's. Transitions name states as
/// string literals: `.next("B")`, `.when(condition, "B")`, `.otherwise("B")`,
/// `.catch(Catch::all("B"))`, `.catch(Catch::on(errors, "B"))`. Parallel branches and a Map's
/// processor are nested scopes: `.branch({ start "A"; "A": ..; })` (a builder chain
/// expression works too; it is then checked when the workflow compiles, not while it expands).
///
/// While expanding, the macro runs the codegen validator over the workflow's shape and reports
/// every error on its token: a transition to a missing state (with "did you mean"), unreachable
/// states, no terminal state, duplicate names, malformed JSONPath/JSONata/intrinsic literals,
/// `.sync` or `.waitForTaskToken` in an Express workflow, a `.waitForTaskToken` task that never
/// passes the task token.
#[proc_macro]
pub fn workflow(input: TokenStream) -> TokenStream {
    let def = syn::parse_macro_input!(input as workflow::WorkflowDef);
    workflow::expand(&def).into()
}

/// Registers a workflow function so that `cargo sfn build` and
/// `sfn::build::Generator::registered` find it, even in a private module:
/// `#[sfn::register] fn checkout() -> Workflow { .. }`. Works on a `workflow!` function too.
#[proc_macro_attribute]
pub fn register(attr: TokenStream, item: TokenStream) -> TokenStream {
    let function = syn::parse_macro_input!(item as syn::ItemFn);
    register::expand(attr.into(), &function)
        .unwrap_or_else(|error| {
            // The function itself still exists, so its callers report nothing more.
            let mut tokens = error.into_compile_error();
            quote::ToTokens::to_tokens(&function, &mut tokens);
            tokens
        })
        .into()
}
