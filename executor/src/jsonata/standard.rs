//! Standard JSONata 2.0 functions `jsonata-rs` lacks, as natives over its values: the
//! numeric pictures (`$formatNumber`, `$formatInteger`, `$parseInteger`, `$formatBase`),
//! `$average`, `$type`, `$shuffle` (drawn from the execution's seed), `$sift`, `$spread`
//! and the URL codecs.

use jsonata_rs::{Error, FunctionContext, Value as JValue};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde_json::Value;

use super::integer_picture::{format_integer, parse_integer};
use super::number_picture::{DecimalFormat, format_number};
use super::{CURRENT, Native, PictureError, from_jsonata, to_jsonata};

type Outcome<'a> = jsonata_rs::Result<&'a JValue<'a>>;

pub(super) fn functions() -> [(&'static str, usize, Native); 13] {
    [
        ("average", 1, average),
        ("type", 1, type_of),
        ("shuffle", 1, shuffle),
        ("formatBase", 2, format_base),
        ("formatNumber", 3, format_number_native),
        ("formatInteger", 2, format_integer_native),
        ("parseInteger", 2, parse_integer_native),
        ("sift", 2, sift),
        ("spread", 1, spread),
        ("encodeUrl", 1, encode_url),
        ("encodeUrlComponent", 1, encode_url_component),
        ("decodeUrl", 1, decode_url),
        ("decodeUrlComponent", 1, decode_url_component),
    ]
}

/// JSONata's T0410: argument `index` (from 1) of the function is not of a type it takes.
fn bad_argument(context: &FunctionContext<'_, '_>, index: usize) -> Error {
    Error::T0410ArgumentNotValid(context.char_index, index, context.name.to_owned())
}

/// More arguments than the function's signature takes is T0410 too.
fn at_most(
    context: &FunctionContext<'_, '_>,
    args: &[&JValue<'_>],
    count: usize,
) -> Result<(), Error> {
    if args.len() > count {
        return Err(bad_argument(context, count + 1));
    }
    Ok(())
}

fn picture_error(error: PictureError) -> Error {
    Error::D3137Error(format!("{}: {}", error.code, error.message))
}

/// The argument, `None` when it is absent or undefined.
fn given<'a>(args: &[&'a JValue<'a>], index: usize) -> Option<&'a JValue<'a>> {
    args.get(index).copied().filter(|a| !a.is_undefined())
}

/// A string argument; T0410 for another type.
fn string_argument<'a>(
    context: &FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
    index: usize,
) -> Result<Option<String>, Error> {
    match given(args, index) {
        None => Ok(None),
        Some(value) if value.is_string() => Ok(Some(value.as_str().into_owned())),
        Some(_) => Err(bad_argument(context, index + 1)),
    }
}

/// A number argument; T0410 for another type.
fn number_argument<'a>(
    context: &FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
    index: usize,
) -> Result<Option<f64>, Error> {
    match given(args, index) {
        None => Ok(None),
        Some(value) if value.is_number() => Ok(Some(value.as_f64())),
        Some(_) => Err(bad_argument(context, index + 1)),
    }
}

/// `$average(array)`: the mean of the numbers; nothing for an empty array.
fn average<'a>(context: FunctionContext<'a, '_>, args: &[&'a JValue<'a>]) -> Outcome<'a> {
    at_most(&context, args, 1)?;
    let items = match given(args, 0).map(from_jsonata) {
        None => return Ok(JValue::undefined()),
        Some(Value::Array(items)) => items,
        Some(one) => vec![one],
    };
    let numbers: Vec<f64> = items.iter().filter_map(Value::as_f64).collect();
    if numbers.len() != items.len() {
        return Err(Error::T0412ArgumentMustBeArrayOfType(
            context.char_index,
            1,
            context.name.to_owned(),
            "number".into(),
        ));
    }
    if numbers.is_empty() {
        return Ok(JValue::undefined());
    }
    let mean = numbers.iter().sum::<f64>() / numbers.len() as f64;
    Ok(JValue::number(context.arena, mean))
}

/// `$type(value)`: `"null"`, `"number"`, `"string"`, `"boolean"`, `"array"`, `"object"` or
/// `"function"`; nothing for nothing.
fn type_of<'a>(context: FunctionContext<'a, '_>, args: &[&'a JValue<'a>]) -> Outcome<'a> {
    let Some(value) = given(args, 0) else {
        return Ok(JValue::undefined());
    };
    let name = if value.is_function() {
        "function"
    } else if value.is_null() {
        "null"
    } else if value.is_number() {
        "number"
    } else if value.is_string() {
        "string"
    } else if value.is_bool() {
        "boolean"
    } else if value.is_array() {
        "array"
    } else {
        "object"
    };
    Ok(JValue::string(context.arena, name))
}

/// `$shuffle(array)`: in an order drawn from the execution's seed.
fn shuffle<'a>(context: FunctionContext<'a, '_>, args: &[&'a JValue<'a>]) -> Outcome<'a> {
    let mut items = match given(args, 0).map(from_jsonata) {
        Some(Value::Array(items)) => items,
        None => return Ok(JValue::undefined()),
        Some(one) => vec![one],
    };
    CURRENT.with(|c| c.borrow_mut().1.shuffle(&mut items));
    Ok(to_jsonata(context.arena, &Value::Array(items)))
}

/// `$formatBase(number, radix)`: the rounded number written in base 2 to 36.
fn format_base<'a>(context: FunctionContext<'a, '_>, args: &[&'a JValue<'a>]) -> Outcome<'a> {
    let Some(number) = number_argument(&context, args, 0)? else {
        return Ok(JValue::undefined());
    };
    let radix = number_argument(&context, args, 1)?.map_or(10, |r| r as u32);
    if !(2..=36).contains(&radix) {
        return Err(Error::D3137Error(format!(
            "D3100: the radix of $formatBase must be between 2 and 36, not {radix}"
        )));
    }
    let value = super::number_picture::round_half_even(number, 0) as i64;
    let mut digits = Vec::new();
    let mut rest = value.unsigned_abs();
    loop {
        digits.push(std::char::from_digit((rest % u64::from(radix)) as u32, radix).unwrap_or('0'));
        rest /= u64::from(radix);
        if rest == 0 {
            break;
        }
    }
    if value < 0 {
        digits.push('-');
    }
    let text: String = digits.into_iter().rev().collect();
    Ok(JValue::string(context.arena, &text))
}

/// `$formatNumber(number, picture [, options])`.
fn format_number_native<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> Outcome<'a> {
    at_most(&context, args, 3)?;
    let Some(number) = number_argument(&context, args, 0)? else {
        return Ok(JValue::undefined());
    };
    let picture = string_argument(&context, args, 1)?.ok_or_else(|| bad_argument(&context, 2))?;
    let mut format = DecimalFormat::default();
    if let Some(options) = given(args, 2) {
        if !options.is_object() {
            return Err(bad_argument(&context, 3));
        }
        for (name, value) in options.entries() {
            format.set(name, &value.as_str());
        }
    }
    let text = format_number(number, &picture, &format).map_err(picture_error)?;
    Ok(JValue::string(context.arena, &text))
}

/// `$formatInteger(number, picture)`.
fn format_integer_native<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> Outcome<'a> {
    at_most(&context, args, 2)?;
    let Some(number) = number_argument(&context, args, 0)? else {
        return Ok(JValue::undefined());
    };
    let picture = string_argument(&context, args, 1)?.ok_or_else(|| bad_argument(&context, 2))?;
    let text = format_integer(number, &picture).map_err(picture_error)?;
    Ok(JValue::string(context.arena, &text))
}

/// `$parseInteger(string, picture)`: nothing when the string does not match the picture.
fn parse_integer_native<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> Outcome<'a> {
    at_most(&context, args, 2)?;
    let Some(text) = string_argument(&context, args, 0)? else {
        return Ok(JValue::undefined());
    };
    let picture = string_argument(&context, args, 1)?.ok_or_else(|| bad_argument(&context, 2))?;
    Ok(
        match parse_integer(&text, &picture).map_err(picture_error)? {
            Some(number) => JValue::number(context.arena, number),
            None => JValue::undefined(),
        },
    )
}

/// `$sift(object, function)`: the entries for which the function (value, key, object) is
/// truthy; nothing when none is. With one argument the object is the context.
fn sift<'a>(context: FunctionContext<'a, '_>, args: &[&'a JValue<'a>]) -> Outcome<'a> {
    let (object, function) = match args {
        [function] => (context.input, *function),
        [object, function, ..] => (*object, *function),
        [] => return Err(bad_argument(&context, 1)),
    };
    let object = if object.is_array() && object.len() == 1 {
        object.get_member(0)
    } else {
        object
    };
    if object.is_undefined() {
        return Ok(JValue::undefined());
    }
    if !object.is_object() {
        return Err(bad_argument(&context, 1));
    }
    if !function.is_function() {
        return Err(bad_argument(&context, 2));
    }
    let kept = JValue::object(context.arena);
    for (key, value) in object.entries() {
        let key_value = JValue::string(context.arena, key);
        let call = [*value, key_value, object];
        let arity = function.arity().clamp(1, call.len());
        if context
            .evaluate_function(function, &call[..arity])?
            .is_truthy()
        {
            kept.insert(key, value);
        }
    }
    Ok(if kept.entries().next().is_none() {
        JValue::undefined()
    } else {
        kept
    })
}

/// `$spread(value)`: an object as an array of one-entry objects (arrays spread item by
/// item); anything else as it is.
fn spread<'a>(context: FunctionContext<'a, '_>, args: &[&'a JValue<'a>]) -> Outcome<'a> {
    let Some(value) = given(args, 0) else {
        return Ok(JValue::undefined());
    };
    if value.is_function() {
        return Ok(value);
    }
    fn entries(value: &Value, out: &mut Vec<Value>) {
        match value {
            Value::Array(items) => items.iter().for_each(|item| entries(item, out)),
            Value::Object(map) => out.extend(
                map.iter()
                    .map(|(k, v)| Value::Object([(k.clone(), v.clone())].into_iter().collect())),
            ),
            other => out.push(other.clone()),
        }
    }
    let value = from_jsonata(value);
    if !matches!(value, Value::Array(_) | Value::Object(_)) {
        return Ok(to_jsonata(context.arena, &value));
    }
    let mut out = Vec::new();
    entries(&value, &mut out);
    Ok(to_jsonata(context.arena, &Value::Array(out)))
}

/// What JavaScript's `encodeURIComponent` leaves as it is: letters, digits and `-_.!~*'()`.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');
/// What `encodeURI` leaves besides: the characters that give a URL its structure.
const WHOLE_URL: &AsciiSet = &COMPONENT
    .remove(b';')
    .remove(b',')
    .remove(b'/')
    .remove(b'?')
    .remove(b':')
    .remove(b'@')
    .remove(b'&')
    .remove(b'=')
    .remove(b'+')
    .remove(b'$')
    .remove(b'#');

fn encode<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
    keep: &'static AsciiSet,
) -> Outcome<'a> {
    let Some(text) = string_argument(&context, args, 0)? else {
        return Ok(JValue::undefined());
    };
    let encoded = utf8_percent_encode(&text, keep).to_string();
    Ok(JValue::string(context.arena, &encoded))
}

fn encode_url<'a>(context: FunctionContext<'a, '_>, args: &[&'a JValue<'a>]) -> Outcome<'a> {
    encode(context, args, WHOLE_URL)
}

fn encode_url_component<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> Outcome<'a> {
    encode(context, args, COMPONENT)
}

/// Percent-escapes decoded as UTF-8; D3140 for a malformed escape or invalid UTF-8, as
/// JavaScript's `decodeURIComponent` throws.
fn decode<'a>(context: FunctionContext<'a, '_>, args: &[&'a JValue<'a>]) -> Outcome<'a> {
    let Some(text) = string_argument(&context, args, 0)? else {
        return Ok(JValue::undefined());
    };
    let malformed = || Error::D3137Error(format!("D3140: malformed URL '{text}'"));
    let bytes = text.as_bytes();
    let well_formed = bytes.iter().enumerate().all(|(i, b)| {
        *b != b'%'
            || bytes
                .get(i + 1..i + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    if !well_formed {
        return Err(malformed());
    }
    let decoded = percent_decode_str(&text)
        .decode_utf8()
        .map_err(|_| malformed())?;
    Ok(JValue::string(context.arena, &decoded))
}

fn decode_url<'a>(context: FunctionContext<'a, '_>, args: &[&'a JValue<'a>]) -> Outcome<'a> {
    decode(context, args)
}

fn decode_url_component<'a>(
    context: FunctionContext<'a, '_>,
    args: &[&'a JValue<'a>],
) -> Outcome<'a> {
    decode(context, args)
}
