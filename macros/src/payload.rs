//! `#[derive(Payload)]`: typed field accessors for structs, string comparison for unit enums.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{Data, DeriveInput, Fields};

use crate::serde_attrs::{self, apply_rename_all};

pub fn expand(input: &DeriveInput) -> syn::Result<TokenStream> {
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "`Payload` cannot be derived for a generic type: a workflow's JSON has one shape; derive it on the concrete type",
        ));
    }
    let container = serde_attrs::parse(&input.attrs)?;
    match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) => structure(input, &container, fields),
            other => Err(syn::Error::new_spanned(
                other,
                "`Payload` needs named fields: a tuple or unit struct has no field names to refer to",
            )),
        },
        Data::Enum(data) => unit_enum(input, &container, data),
        Data::Union(data) => Err(syn::Error::new_spanned(
            data.union_token,
            "`Payload` cannot be derived for a union",
        )),
    }
}

fn structure(
    input: &DeriveInput,
    container: &serde_attrs::SerdeAttrs,
    fields: &syn::FieldsNamed,
) -> syn::Result<TokenStream> {
    let name = &input.ident;
    let vis = &input.vis;
    let accessors_name = format_ident!("{name}Fields");
    let args_name = format_ident!("{name}Args");
    let mut methods = Vec::new();
    // The typed payload's fields: none when a field is flattened (its fields are another
    // type's, which a struct literal cannot spell).
    let mut arg_fields = Some(Vec::new());
    for field in &fields.named {
        let attrs = serde_attrs::parse(&field.attrs)?;
        if attrs.skip {
            continue;
        }
        let ident = field.ident.as_ref().expect("named field");
        let ty = &field.ty;
        let rust_name = ident.to_string();
        let rust_name = rust_name.strip_prefix("r#").unwrap_or(&rust_name);
        if attrs.flatten {
            arg_fields = None;
            let doc = format!("The fields of `{rust_name}`, flattened into this object.");
            methods.push(quote! {
                #[doc = #doc]
                pub fn #ident(&self) -> <#ty as ::sfn::Payload>::Fields {
                    <#ty as ::sfn::Payload>::fields_at(self.0.clone().retype())
                }
            });
            continue;
        }
        let json_name = match (&attrs.rename, &container.rename_all) {
            (Some(rename), _) => rename.clone(),
            (None, Some(rule)) => apply_rename_all(rust_name, rule, false)
                .map_err(|e| syn::Error::new_spanned(&input.ident, e))?,
            (None, None) => rust_name.to_owned(),
        };
        if let Some(fields) = &mut arg_fields {
            fields.push((ident.clone(), ty.clone(), json_name.clone()));
        }
        let doc = format!("`{json_name}`: a reference to this field, typed as the field.");
        methods.push(quote! {
            #[doc = #doc]
            pub fn #ident(&self) -> ::sfn::Ref<#ty> {
                self.0.field(#json_name)
            }
        });
    }
    let doc =
        format!("Typed references to the fields of [`{name}`], made by `#[derive(Payload)]`.");
    let args = arg_fields.map(|fields| typed_args(name, vis, &args_name, &fields));
    Ok(quote! {
        #args

        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        #vis struct #accessors_name(::sfn::Ref<#name>);

        impl #accessors_name {
            /// The whole value.
            pub fn this(&self) -> ::sfn::Ref<#name> {
                self.0.clone()
            }

            #(#methods)*
        }

        impl ::sfn::Payload for #name {
            type Fields = #accessors_name;

            fn fields_at(reference: ::sfn::Ref<Self>) -> Self::Fields {
                #accessors_name(reference)
            }
        }

        impl ::sfn::condition::Typed for #name {
            type Kind = ::sfn::condition::kind::Other;
        }
    })
}

/// `<Name>Args`: the struct [`sfn::args!`] fills, one [`Arg`] per field, so rustc checks each
/// value against the field's type and no field is forgotten.
fn typed_args(
    name: &syn::Ident,
    vis: &syn::Visibility,
    args_name: &syn::Ident,
    fields: &[(syn::Ident, syn::Type, String)],
) -> TokenStream {
    let idents = fields.iter().map(|(ident, _, _)| ident);
    let types = fields.iter().map(|(_, ty, _)| ty);
    let names = fields.iter().map(|(_, _, json)| json);
    let moved = fields.iter().map(|(ident, _, _)| ident);
    let doc = format!(
        "A [`{name}`] built in a workflow, field by field: fill it with `sfn::args!({name} {{ .. }})`."
    );
    quote! {
        #[doc = #doc]
        #[allow(missing_docs)]
        #vis struct #args_name {
            #( pub #idents: ::sfn::args::Arg<#types>, )*
        }

        impl ::sfn::args::Build for #name {
            type Args = #args_name;
        }

        impl ::std::convert::From<#args_name> for ::sfn::Template {
            fn from(args: #args_name) -> Self {
                ::sfn::args::object_of(::std::vec![
                    #( (#names, args.#moved.into_template()), )*
                ])
            }
        }

        #[diagnostic::do_not_recommend]
        impl ::sfn::args::IntoArg<#name> for #args_name {
            fn into_arg(self) -> ::sfn::args::Arg<#name> {
                ::sfn::args::IntoArg::into_arg(::sfn::args::computed::<#name>(::sfn::Template::from(self)))
            }
        }

        #[diagnostic::do_not_recommend]
        impl ::sfn::args::IntoArg<::std::option::Option<#name>> for #args_name {
            fn into_arg(self) -> ::sfn::args::Arg<::std::option::Option<#name>> {
                ::sfn::args::IntoArg::into_arg(::sfn::args::computed::<::std::option::Option<#name>>(::sfn::Template::from(self)))
            }
        }
    }
}

fn unit_enum(
    input: &DeriveInput,
    container: &serde_attrs::SerdeAttrs,
    data: &syn::DataEnum,
) -> syn::Result<TokenStream> {
    if container.tagging {
        return Err(syn::Error::new_spanned(
            &input.ident,
            "`Payload` supports enums of unit variants (serialized as strings); a tagged or untagged enum has no single JSON type to compare",
        ));
    }
    let name = &input.ident;
    let mut arms = Vec::new();
    for variant in &data.variants {
        if !matches!(variant.fields, Fields::Unit) {
            return Err(syn::Error::new_spanned(
                variant,
                "`Payload` supports enums of unit variants only: this variant carries data, so the JSON is an object whose shape serde's tagging decides",
            ));
        }
        let attrs = serde_attrs::parse(&variant.attrs)?;
        let ident = &variant.ident;
        let json_name = match (&attrs.rename, &container.rename_all) {
            (Some(rename), _) => rename.clone(),
            (None, Some(rule)) => apply_rename_all(&ident.to_string(), rule, true)
                .map_err(|e| syn::Error::new_spanned(&input.ident, e))?,
            (None, None) => ident.to_string(),
        };
        arms.push(quote!(#name::#ident => #json_name,));
    }
    Ok(quote! {
        impl #name {
            /// The JSON string of this variant.
            pub fn json_name(&self) -> &'static str {
                match self {
                    #(#arms)*
                }
            }
        }

        impl ::sfn::condition::Typed for #name {
            type Kind = ::sfn::condition::kind::Str;
        }

        impl ::sfn::condition::Operand<::sfn::condition::kind::Str> for #name {
            fn into_operand(self) -> (::sfn::condition::Family, ::sfn::condition::Rhs) {
                <&str as ::sfn::condition::Operand<::sfn::condition::kind::Str>>::into_operand(self.json_name())
            }
        }

        impl ::std::convert::From<#name> for ::sfn::Template {
            fn from(value: #name) -> Self {
                ::sfn::Template::from(value.json_name())
            }
        }

        #[diagnostic::do_not_recommend]
        impl ::sfn::args::IntoArg<#name> for #name {
            fn into_arg(self) -> ::sfn::args::Arg<#name> {
                ::sfn::args::IntoArg::into_arg(::sfn::args::computed::<#name>(self))
            }
        }

        #[diagnostic::do_not_recommend]
        impl ::sfn::args::IntoArg<::std::option::Option<#name>> for #name {
            fn into_arg(self) -> ::sfn::args::Arg<::std::option::Option<#name>> {
                ::sfn::args::IntoArg::into_arg(::sfn::args::computed::<::std::option::Option<#name>>(self))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expanded(input: TokenStream) -> Result<String, String> {
        let input: DeriveInput = syn::parse2(input).unwrap();
        expand(&input)
            .map(|t| t.to_string())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn struct_fields_use_their_json_names() {
        let out = expanded(quote! {
            #[serde(rename_all = "camelCase")]
            pub struct Order { order_id: String, #[serde(rename = "TOTAL")] total: f64, #[serde(skip)] cache: u8 }
        })
        .unwrap();
        assert!(out.contains("pub fn order_id (& self) -> :: sfn :: Ref < String > { self . 0 . field (\"orderId\") }"), "{out}");
        assert!(out.contains("field (\"TOTAL\")"), "{out}");
        assert!(!out.contains("cache"), "{out}");
    }

    #[test]
    fn unsupported_shapes_are_rejected_with_a_reason() {
        assert!(
            expanded(quote!(
                struct Pair(u8, u8);
            ))
            .unwrap_err()
            .contains("needs named fields")
        );
        assert!(
            expanded(quote!(
                enum Shape {
                    Circle { r: f64 },
                }
            ))
            .unwrap_err()
            .contains("unit variants only")
        );
        assert!(
            expanded(quote!(
                #[serde(tag = "type")]
                enum Kind {
                    A,
                }
            ))
            .unwrap_err()
            .contains("tagged or untagged")
        );
        assert!(
            expanded(quote!(
                struct Wrapper<T> {
                    inner: T,
                }
            ))
            .unwrap_err()
            .contains("generic type")
        );
    }
}
