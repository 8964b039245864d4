//! Procedural macros of `sfn`, re-exported by it: use them as `sfn::Payload`.
//!
//! The entry points only parse and hand over to plain functions over `proc_macro2` tokens
//! (`payload.rs`, `serde_attrs.rs`), which are unit-tested without a compiler.

mod payload;
mod serde_attrs;

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
