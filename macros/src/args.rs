//! `args!(Type { field: value, .. })`: a typed payload, written as a struct literal of the
//! request type. It becomes a literal of the derive's `<Type>Args` (`Build::Args`), each value wrapped in
//! `sfn::args::arg(..)`, so rustc checks it against the field's type; a nested struct literal
//! is rewritten the same way.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
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
    let path = &literal.path;
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
    // Through the type's `Build::Args`, so only the request type needs importing.
    Ok(quote!({
        type __SfnArgs = <#path as ::sfn::args::Build>::Args;
        __SfnArgs { #(#fields),* }
    }))
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
            "{ type __SfnArgs = < api :: Charge as :: sfn :: args :: Build > :: Args ; __SfnArgs { amount : :: sfn :: args :: arg (total) , to : :: sfn :: args :: arg ({ type __SfnArgs = < Address as :: sfn :: args :: Build > :: Args ; __SfnArgs { city : :: sfn :: args :: arg (\"Oslo\") } }) } }"
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
