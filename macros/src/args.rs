//! `args!(Type { field: value, .. })`: a typed payload, written as a struct literal of the
//! request type. It becomes a literal of the derive's `<Type>Args`, each value wrapped in
//! `sfn::args::arg(..)`, so rustc checks it against the field's type; a nested struct literal
//! is rewritten the same way.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Expr, ExprStruct};

pub fn expand(input: &Expr) -> syn::Result<TokenStream> {
    match input {
        Expr::Struct(literal) => structure(literal),
        other => Err(syn::Error::new_spanned(
            other,
            "`args!` takes a struct literal of the request type: `args!(Charge { amount: total, .. })`",
        )),
    }
}

fn structure(literal: &ExprStruct) -> syn::Result<TokenStream> {
    if let Some(rest) = &literal.rest {
        return Err(syn::Error::new_spanned(
            rest,
            "`..` has no value to take the other fields from in a payload: name every field (`sfn::absent()` leaves an optional one out)",
        ));
    }
    let mut path = literal.path.clone();
    let last = path
        .segments
        .last_mut()
        .ok_or_else(|| syn::Error::new_spanned(&literal.path, "a type name is needed"))?;
    last.ident = format_ident!("{}Args", last.ident, span = last.ident.span());
    let fields = literal
        .fields
        .iter()
        .map(|field| {
            let member = &field.member;
            let value = match &field.expr {
                Expr::Struct(nested) => {
                    let nested = structure(nested)?;
                    quote!(::sfn::args::arg(#nested))
                }
                other => quote_spanned!(other.span()=> ::sfn::args::arg(#other)),
            };
            Ok(quote!(#member: #value))
        })
        .collect::<syn::Result<Vec<_>>>()?;
    Ok(quote!(#path { #(#fields),* }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expanded(input: TokenStream) -> Result<String, String> {
        let input: Expr = syn::parse2(input).unwrap();
        expand(&input)
            .map(|t| t.to_string())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn fields_are_checked_by_type_and_nested_literals_rewritten() {
        assert_eq!(
            expanded(quote!(api::Charge {
                amount: total,
                to: Address { city: "Oslo" }
            }))
            .unwrap(),
            "api :: ChargeArgs { amount : :: sfn :: args :: arg (total) , to : :: sfn :: args :: arg (AddressArgs { city : :: sfn :: args :: arg (\"Oslo\") }) }"
        );
    }

    #[test]
    fn anything_but_a_full_struct_literal_is_refused() {
        assert_eq!(
            expanded(quote!(charge)).unwrap_err(),
            "`args!` takes a struct literal of the request type: `args!(Charge { amount: total, .. })`"
        );
        assert!(
            expanded(quote!(Charge { amount: 1, ..base }))
                .unwrap_err()
                .starts_with("`..` has no value")
        );
    }
}
