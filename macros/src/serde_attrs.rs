//! The serde attributes that decide a field's JSON name: `rename`, `rename_all`, `skip*`,
//! `flatten`.

use syn::{Attribute, LitStr};

/// What `#[serde(...)]` says about a container or a field.
#[derive(Debug, Default, Clone)]
pub struct SerdeAttrs {
    pub rename: Option<String>,
    pub rename_all: Option<String>,
    pub skip: bool,
    pub flatten: bool,
    /// `tag`, `content`, `untagged`: enum representations with data.
    pub tagging: bool,
}

pub fn parse(attrs: &[Attribute]) -> syn::Result<SerdeAttrs> {
    let mut out = SerdeAttrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            let name = meta
                .path
                .get_ident()
                .map(ToString::to_string)
                .unwrap_or_default();
            match name.as_str() {
                "rename" => out.rename = Some(string_or_serialize(&meta)?),
                "rename_all" => out.rename_all = Some(string_or_serialize(&meta)?),
                // The workflow sees the serialized JSON: a field only skipped when deserializing is there.
                "skip" | "skip_serializing" => out.skip = true,
                "flatten" => out.flatten = true,
                "tag" | "content" | "untagged" => {
                    out.tagging = true;
                    skip_value(&meta)?;
                }
                _ => skip_value(&meta)?,
            }
            Ok(())
        })?;
    }
    Ok(out)
}

/// `rename = "x"` or `rename(serialize = "x", deserialize = "y")`: the serialized name,
/// which is what the workflow sees in its JSON.
fn string_or_serialize(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<String> {
    if meta.input.peek(syn::Token![=]) {
        return Ok(meta.value()?.parse::<LitStr>()?.value());
    }
    let mut found = None;
    meta.parse_nested_meta(|inner| {
        let value = inner.value()?.parse::<LitStr>()?.value();
        if inner.path.is_ident("serialize") {
            found = Some(value);
        }
        Ok(())
    })?;
    found.ok_or_else(|| meta.error("expected `serialize = \"...\"`"))
}

/// Consumes `= value` or `(...)` of an attribute this crate does not need.
fn skip_value(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        meta.value()?.parse::<syn::Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.parse_nested_meta(|inner| skip_value(&inner))?;
    }
    Ok(())
}

/// A Rust field or variant name under a serde `rename_all` rule.
pub fn apply_rename_all(name: &str, rule: &str, is_variant: bool) -> Result<String, String> {
    let words = words(name, is_variant);
    let joined = |sep: &str, f: &dyn Fn(&str) -> String| {
        words.iter().map(|w| f(w)).collect::<Vec<_>>().join(sep)
    };
    let capitalized = |w: &str| {
        let mut chars = w.chars();
        chars
            .next()
            .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
            .unwrap_or_default()
    };
    Ok(match rule {
        "lowercase" => words.concat().to_lowercase(),
        "UPPERCASE" => words.concat().to_uppercase(),
        "PascalCase" => joined("", &capitalized),
        "camelCase" => {
            let pascal = joined("", &capitalized);
            let mut chars = pascal.chars();
            chars
                .next()
                .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
                .unwrap_or_default()
        }
        "snake_case" => joined("_", &|w| w.to_owned()),
        "SCREAMING_SNAKE_CASE" => joined("_", &|w| w.to_uppercase()),
        "kebab-case" => joined("-", &|w| w.to_owned()),
        "SCREAMING-KEBAB-CASE" => joined("-", &|w| w.to_uppercase()),
        other => return Err(format!("unknown serde rename_all rule `{other}`")),
    })
}

/// Lower-case words of a snake_case field or a PascalCase variant name.
fn words(name: &str, is_variant: bool) -> Vec<String> {
    let name = name.strip_prefix("r#").unwrap_or(name);
    if !is_variant {
        return name
            .split('_')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
    }
    let mut out: Vec<String> = Vec::new();
    for c in name.chars() {
        if c.is_uppercase() || out.is_empty() {
            out.push(c.to_lowercase().to_string());
        } else if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rename_all_rules_match_serde() {
        let field = |rule| apply_rename_all("order_id", rule, false).unwrap();
        assert_eq!(field("camelCase"), "orderId");
        assert_eq!(field("PascalCase"), "OrderId");
        assert_eq!(field("SCREAMING_SNAKE_CASE"), "ORDER_ID");
        assert_eq!(field("kebab-case"), "order-id");
        assert_eq!(field("lowercase"), "orderid");
        let variant = |rule| apply_rename_all("InTransit", rule, true).unwrap();
        assert_eq!(variant("snake_case"), "in_transit");
        assert_eq!(variant("camelCase"), "inTransit");
        assert_eq!(variant("SCREAMING-KEBAB-CASE"), "IN-TRANSIT");
        assert!(apply_rename_all("x", "Title Case", false).is_err());
    }

    #[test]
    fn reads_the_attributes_that_name_fields() {
        let field: syn::Field = syn::parse_quote! {
            #[serde(default, rename(serialize = "Total", deserialize = "total"), skip_serializing_if = "Option::is_none")]
            total: f64
        };
        let attrs = parse(&field.attrs).unwrap();
        assert_eq!(attrs.rename.as_deref(), Some("Total"));
        assert!(!attrs.skip);
    }
}
