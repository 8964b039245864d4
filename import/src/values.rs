//! JSON values and payload templates as Rust expressions.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::{Number, Value};
use sfn_codegen::model::QueryLanguage;

/// A static value: a plain literal for strings, booleans and numbers, `json!(...)` otherwise.
pub fn json(value: &Value) -> TokenStream {
    match value {
        Value::String(s) => quote!(#s),
        Value::Bool(b) => quote!(#b),
        Value::Number(n) => typed_number(n),
        _ => {
            let inner = json_inner(value);
            quote!(sfn::json!(#inner))
        }
    }
}

fn json_inner(value: &Value) -> TokenStream {
    match value {
        Value::Null => quote!(null),
        Value::Bool(b) => quote!(#b),
        Value::Number(n) => number(n),
        Value::String(s) => quote!(#s),
        Value::Array(items) => {
            let items = items.iter().map(json_inner);
            quote!([#(#items),*])
        }
        Value::Object(map) => {
            let entries = map.iter().map(|(k, v)| {
                let v = json_inner(v);
                quote!(#k: #v)
            });
            quote!({#(#entries),*})
        }
    }
}

/// A number literal that converts back to the same JSON number (integers stay integers).
pub fn number(n: &Number) -> TokenStream {
    if let Some(u) = n.as_u64() {
        let lit = Literal::u64_unsuffixed(u);
        quote!(#lit)
    } else if let Some(i) = n.as_i64() {
        let lit = Literal::i64_unsuffixed(i.unsigned_abs() as i64);
        if i < 0 { quote!(-#lit) } else { quote!(#lit) }
    } else {
        let f = n.as_f64().unwrap_or_default();
        let lit = Literal::f64_unsuffixed(f.abs());
        if f < 0.0 { quote!(-#lit) } else { quote!(#lit) }
    }
}

/// A number literal whose type converts back to the same JSON number: unsuffixed when it
/// fits `i32`, suffixed `u64`/`i64`/`f64` otherwise.
pub fn typed_number(n: &Number) -> TokenStream {
    if let Some(small) = n.as_i64().and_then(|i| i32::try_from(i).ok()) {
        let lit = Literal::i32_unsuffixed(small.unsigned_abs() as i32);
        return if small < 0 {
            quote!(-#lit)
        } else {
            quote!(#lit)
        };
    }
    if n.is_f64() {
        let f = n.as_f64().unwrap_or_default();
        let lit = Literal::f64_unsuffixed(f.abs());
        return if f < 0.0 { quote!(-#lit) } else { quote!(#lit) };
    }
    if let Some(u) = n.as_u64() {
        let lit = Literal::u64_suffixed(u);
        quote!(#lit)
    } else if let Some(i) = n.as_i64() {
        let lit = Literal::i64_suffixed(i);
        quote!(#lit)
    } else {
        let lit = Literal::f64_suffixed(n.as_f64().unwrap_or_default());
        quote!(#lit)
    }
}

/// Whether a value is evaluated anywhere (a `.$` key, or a `{% %}` string in JSONata).
fn is_dynamic(value: &Value, language: QueryLanguage) -> bool {
    match value {
        Value::Object(map) => map.iter().any(|(k, v)| {
            (language == QueryLanguage::JSONPath && k.ends_with(".$")) || is_dynamic(v, language)
        }),
        Value::Array(items) => items.iter().any(|v| is_dynamic(v, language)),
        Value::String(s) => language == QueryLanguage::JSONata && is_jsonata(s),
        _ => false,
    }
}

/// A `{% %}` string, as the validator reads it.
pub fn is_jsonata(s: &str) -> bool {
    sfn_codegen::jsonata::template(s).is_some()
}

/// A payload as a template expression: `json!` when static, `object().with(...)` when parts
/// are evaluated.
pub fn template(value: &Value, language: QueryLanguage) -> TokenStream {
    if !is_dynamic(value, language) {
        return json(value);
    }
    match value {
        Value::Object(map) => {
            let mut out = quote!(object());
            for (key, v) in map {
                let (key, v) = match (language, key.strip_suffix(".$"), v) {
                    (QueryLanguage::JSONPath, Some(base), Value::String(expr)) => {
                        (base.to_owned(), evaluated(expr))
                    }
                    _ => (key.clone(), template(v, language)),
                };
                out = quote!(#out.with(#key, #v));
            }
            out
        }
        Value::Array(items) => {
            let items = items.iter().map(|v| template(v, language));
            quote!(array([#(::sfn::Template::from(#items)),*]))
        }
        Value::String(s) => quote!(jsonata(#s)),
        other => json(other),
    }
}

/// The value of a JSONPath `"Key.$"` field: an intrinsic function call or a path.
pub fn evaluated(expression: &str) -> TokenStream {
    if expression.trim_start().starts_with("States.") {
        quote!(intrinsic(#expression))
    } else {
        quote!(path(#expression))
    }
}

/// A string field that may be a JSONata expression.
pub fn text_or_jsonata(s: &str) -> TokenStream {
    if is_jsonata(s) {
        quote!(jsonata(#s))
    } else {
        quote!(#s)
    }
}
