//! `#[sfn::register]`: adds a workflow function to the registry that `cargo sfn build` and the
//! build-time generator read.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{ItemFn, ReturnType};

pub fn expand(attr: TokenStream, function: &ItemFn) -> syn::Result<TokenStream> {
    if !attr.is_empty() {
        return Err(syn::Error::new_spanned(
            attr,
            "`#[sfn::register]` takes no arguments: the workflow's name is the one given to `Workflow::new`",
        ));
    }
    let sig = &function.sig;
    if let Some(input) = sig.inputs.first() {
        return Err(syn::Error::new_spanned(
            input,
            "a registered workflow function takes no arguments: it is called as it is by `cargo sfn build`",
        ));
    }
    if !sig.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &sig.generics,
            "a registered workflow function cannot be generic",
        ));
    }
    if let Some(asyncness) = sig.asyncness {
        return Err(syn::Error::new_spanned(
            asyncness,
            "a registered workflow function cannot be async: it only describes the workflow",
        ));
    }
    let ReturnType::Type(_, output) = &sig.output else {
        return Err(syn::Error::new_spanned(
            sig,
            "a registered workflow function returns the `sfn::Workflow` it describes",
        ));
    };
    let ident = &sig.ident;
    // The call sits on the return type, so a wrong type is reported there.
    let build = quote_spanned! {output.span()=>
        || ::sfn::registry::__private::workflow(#ident())
    };
    Ok(quote! {
        #function
        ::sfn::registry::__private::inventory::submit! {
            ::sfn::registry::Registered::__new(
                ::core::concat!(::core::module_path!(), "::", ::core::stringify!(#ident)),
                #build,
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(source: &str) -> String {
        let function: ItemFn = syn::parse_str(source).unwrap();
        expand(TokenStream::new(), &function)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn registers_a_plain_workflow_function() {
        let function: ItemFn =
            syn::parse_str("fn checkout() -> sfn::Workflow { todo!() }").unwrap();
        let code = expand(TokenStream::new(), &function).unwrap().to_string();
        assert!(code.contains("inventory :: submit !"), "{code}");
        assert!(code.contains("stringify ! (checkout)"), "{code}");
    }

    #[test]
    fn rejects_what_cannot_be_called_as_it_is() {
        assert!(error("fn w(env: &str) -> Workflow { todo!() }").contains("takes no arguments"));
        assert!(error("fn w<T>() -> Workflow { todo!() }").contains("cannot be generic"));
        assert!(error("async fn w() -> Workflow { todo!() }").contains("cannot be async"));
        assert!(error("fn w() { }").contains("returns the `sfn::Workflow`"));
    }
}
