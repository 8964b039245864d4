//! Intrinsic functions of JSONPath states, built from typed arguments so quoting is right.
//!
//! ```
//! use sfn::prelude::*;
//! use sfn::intrinsics;
//! let greeting = intrinsics::format("Hello, {}!", [input::<serde_json::Value>().field::<String>("name").into()]);
//! assert_eq!(greeting, sfn::Template::Intrinsic("States.Format('Hello, {}!', $.name)".into()));
//! ```

use crate::template::Template;

/// An argument of an intrinsic function: a literal or a path.
fn argument(template: &Template) -> String {
    match template {
        Template::Ref(r) => r.to_jsonpath(),
        Template::Path(p) | Template::Intrinsic(p) => p.clone(),
        Template::Value(serde_json::Value::String(s)) => quote(s),
        Template::Value(other) => other.to_string(),
        // Not expressible as an intrinsic argument; the validator will point at it.
        Template::Jsonata(e) => e.clone(),
        Template::Object(_) | Template::Array(_) => "null".to_owned(),
        Template::Either { jsonpath, .. } => argument(jsonpath),
    }
}

/// A string literal for an intrinsic function (`'...'` with `'`, `{`, `}` and `\` escaped).
pub fn quote(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        if matches!(c, '\'' | '{' | '}' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('\'');
    out
}

/// A call of the intrinsic `name` (`States.Array`, ...) with these arguments.
pub fn call(name: &str, arguments: impl IntoIterator<Item = Template>) -> Template {
    let arguments: Vec<String> = arguments.into_iter().map(|a| argument(&a)).collect();
    Template::Intrinsic(format!("{name}({})", arguments.join(", ")))
}

/// `States.Format(template, args...)`: `{}` in `template` are replaced by the arguments.
pub fn format(template: &str, arguments: impl IntoIterator<Item = Template>) -> Template {
    // The template keeps its `{}` placeholders: quote it, then unescape them.
    let args: Vec<String> = arguments.into_iter().map(|a| argument(&a)).collect();
    let quoted = quote(template).replace("\\{\\}", "{}");
    let mut call = format!("States.Format({quoted}");
    for arg in args {
        call.push_str(", ");
        call.push_str(&arg);
    }
    call.push(')');
    Template::Intrinsic(call)
}

/// `States.Array(args...)`: an array of the values.
pub fn array(arguments: impl IntoIterator<Item = Template>) -> Template {
    call("States.Array", arguments)
}

/// `States.StringToJson(text)`.
pub fn string_to_json(text: impl Into<Template>) -> Template {
    call("States.StringToJson", [text.into()])
}

/// `States.JsonToString(value)`.
pub fn json_to_string(value: impl Into<Template>) -> Template {
    call("States.JsonToString", [value.into()])
}

/// `States.JsonMerge(a, b, false)`: a shallow merge.
pub fn json_merge(a: impl Into<Template>, b: impl Into<Template>) -> Template {
    call(
        "States.JsonMerge",
        [a.into(), b.into(), Template::Value(false.into())],
    )
}

/// `States.ArrayLength(array)`.
pub fn array_length(array: impl Into<Template>) -> Template {
    call("States.ArrayLength", [array.into()])
}

/// `States.ArrayGetItem(array, index)`.
pub fn array_get_item(array: impl Into<Template>, index: impl Into<Template>) -> Template {
    call("States.ArrayGetItem", [array.into(), index.into()])
}

/// `States.MathAdd(a, b)`.
pub fn math_add(a: impl Into<Template>, b: impl Into<Template>) -> Template {
    call("States.MathAdd", [a.into(), b.into()])
}

/// `States.UUID()`.
pub fn uuid() -> Template {
    call("States.UUID", [])
}
