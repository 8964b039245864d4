//! Vendoring patch: function signatures (`<s-:s>` and the like), checked before a call as
//! the reference implementation checks them: JSONata 2.0's built-ins (upstream checked few,
//! so `$lowercase(20)` gave nothing instead of failing with T0410) and lambdas that declare
//! one (`function($x)<n:n>{...}`). For a built-in, how a missing argument is taken from the
//! context is left to the function; for a lambda, `takes_context` says when the call's
//! context is its first argument.

use super::value::Value;
use crate::{Error, Result};

/// One parameter: the types it takes, and whether it may be left out or taken from the
/// context.
struct Param {
    types: String,
    /// `a<n>`: the type each item of an array must have.
    items: Option<char>,
    optional: bool,
    context: bool,
    /// `+`: one or more arguments of this type.
    variadic: bool,
}

/// The signature of a built-in, in JSONata's notation (without the return type).
fn signature(name: &str) -> Option<&'static str> {
    Some(match name {
        "string" => "x-b?",
        "length" | "uppercase" | "lowercase" | "trim" | "base64encode" | "base64decode"
        | "encodeUrl" | "encodeUrlComponent" | "decodeUrl" | "decodeUrlComponent" => "s-",
        "substring" => "s-nn?",
        "substringBefore" | "substringAfter" => "s-s",
        "pad" => "s-ns?",
        "contains" => "s-(sf)",
        "split" => "s-(sf)n?",
        "join" => "a<s>s?",
        "replace" => "s-(sf)(sf)n?",
        "number" => "(nsb)-",
        "abs" | "floor" | "ceil" | "sqrt" => "n-",
        "round" => "n-n?",
        "power" => "n-n",
        "sum" | "max" | "min" | "average" => "a<n>",
        "count" => "a",
        "merge" => "a<o>",
        "each" => "o-f",
        "sift" => "o-f?",
        "formatNumber" => "n-so?",
        "formatBase" => "n-n?",
        "formatInteger" => "n-s",
        "parseInteger" => "s-s",
        "fromMillis" => "n-s?s?",
        "toMillis" => "s-s?",
        _ => return None,
    })
}

/// The parameters of a signature; what follows its top-level `:` (the result type) is left
/// out.
fn parse(signature: &str) -> Vec<Param> {
    let chars: Vec<char> = signature.chars().collect();
    let mut params: Vec<Param> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            ':' => break,
            '(' => {
                let end = chars[i..].iter().position(|c| *c == ')').map_or(chars.len(), |e| i + e);
                params.push(param(chars[i + 1..end].iter().collect()));
                i = end + 1;
                continue;
            }
            '<' => {
                if let Some(last) = params.last_mut() {
                    last.items = chars.get(i + 1).copied();
                }
                // Past the matching `>` (item types may nest: `a<a<n>>`).
                let mut depth = 0;
                while i < chars.len() {
                    match chars[i] {
                        '<' => depth += 1,
                        '>' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                    if depth == 0 {
                        break;
                    }
                }
                continue;
            }
            '?' => {
                if let Some(last) = params.last_mut() {
                    last.optional = true;
                }
            }
            '+' => {
                if let Some(last) = params.last_mut() {
                    last.variadic = true;
                }
            }
            '-' => {
                if let Some(last) = params.last_mut() {
                    last.context = true;
                }
            }
            c => params.push(param(c.to_string())),
        }
        i += 1;
    }
    params
}

fn param(types: String) -> Param {
    Param {
        types,
        items: None,
        optional: false,
        context: false,
        variadic: false,
    }
}

fn matches(value: &Value, types: &str) -> bool {
    types.chars().any(|t| match t {
        's' => value.is_string(),
        'n' => value.is_number(),
        'b' => value.is_bool(),
        'l' => value.is_null(),
        'o' => value.is_object(),
        // A regex is a function (of a string) too.
        'f' => value.is_function() || matches!(value, Value::Regex(_)),
        // An array parameter takes any value: one that is not an array is wrapped in one.
        'a' | 'x' => true,
        'j' => !value.is_function(),
        'u' => value.is_bool() || value.is_number() || value.is_string() || value.is_null(),
        _ => false,
    })
}

/// T0410 for an argument of a type the function does not take, or for too many arguments;
/// T0412 for an array whose items are not of the type it needs. As the reference
/// implementation does, the arguments are matched first as given, then (when the first
/// parameter may come from the context) as the parameters after the first.
pub fn check<'a>(name: &str, char_index: usize, args: &[&'a Value<'a>]) -> Result<()> {
    match signature(name) {
        Some(signature) => check_signature(signature, name, char_index, args),
        None => Ok(()),
    }
}

/// Whether a call with `given` arguments of a function with this signature takes the context
/// as its first argument (a first parameter marked `-`, and fewer arguments than the
/// required parameters).
pub fn takes_context(signature: &str, given: usize) -> bool {
    let params = parse(signature);
    let required = params.iter().filter(|p| !p.optional).count();
    params.first().is_some_and(|p| p.context) && given < required
}

/// `check` of a lambda's own signature (`function($x)<n:n>{...}`).
pub fn check_signature<'a>(
    signature: &str,
    name: &str,
    char_index: usize,
    args: &[&'a Value<'a>],
) -> Result<()> {
    let params = parse(signature);
    let variadic = params.last().is_some_and(|p| p.variadic);
    if args.len() > params.len() && !variadic {
        return Err(Error::T0410ArgumentNotValid(
            char_index,
            params.len() + 1,
            name.to_owned(),
        ));
    }
    let as_given = check_from(name, char_index, args, &params, 0);
    if as_given.is_err() && params.first().is_some_and(|p| p.context) && args.len() < params.len()
    {
        return check_from(name, char_index, args, &params, 1);
    }
    as_given
}

fn check_from<'a>(
    name: &str,
    char_index: usize,
    args: &[&'a Value<'a>],
    params: &[Param],
    skip: usize,
) -> Result<()> {
    let last = params.last().filter(|p| p.variadic);
    let params = params.iter().skip(skip).chain(std::iter::repeat(last).flatten());
    for (index, (arg, param)) in args.iter().zip(params).enumerate() {
        if arg.is_undefined() {
            continue;
        }
        if !matches(arg, &param.types) {
            return Err(Error::T0410ArgumentNotValid(
                char_index,
                index + 1 + skip,
                name.to_owned(),
            ));
        }
        if let Some(item) = param.items {
            let mut items: Vec<&'a Value<'a>> = Vec::new();
            if arg.is_array() {
                items.extend(arg.members());
            } else {
                items.push(arg);
            }
            let kind = item.to_string();
            if items.iter().any(|v| !v.is_undefined() && !matches(v, &kind)) {
                return Err(Error::T0412ArgumentMustBeArrayOfType(
                    char_index,
                    index + 1 + skip,
                    name.to_owned(),
                    kind,
                ));
            }
        }
    }
    Ok(())
}
