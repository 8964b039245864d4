//! `$formatNumber`: XPath F&O 3.1 §4.7 decimal-format pictures as JSONata 2.0 implements
//! them: one or two sub-pictures (positive; negative), grouping in the integer and fraction
//! parts, `%` and `‰`, exponents, and the decimal-format properties a third argument may
//! change (`zero-digit`, `per-mille`, ...). Pure: numbers and strings in, a string out.

use super::PictureError;
use super::integer_picture::regular_interval;

/// The decimal-format properties; each is the default unless the call's options set it.
#[derive(Debug, Clone)]
pub struct DecimalFormat {
    pub decimal_separator: String,
    pub grouping_separator: String,
    pub exponent_separator: String,
    pub minus_sign: String,
    pub percent: String,
    pub per_mille: String,
    pub zero_digit: char,
    pub digit: String,
    pub pattern_separator: String,
}

impl Default for DecimalFormat {
    fn default() -> Self {
        Self {
            decimal_separator: ".".into(),
            grouping_separator: ",".into(),
            exponent_separator: "e".into(),
            minus_sign: "-".into(),
            percent: "%".into(),
            per_mille: "\u{2030}".into(),
            zero_digit: '0',
            digit: "#".into(),
            pattern_separator: ";".into(),
        }
    }
}

impl DecimalFormat {
    /// Sets one property by its F&O name; false for a name there is no such property.
    pub fn set(&mut self, name: &str, value: &str) -> bool {
        let slot = match name {
            "decimal-separator" => &mut self.decimal_separator,
            "grouping-separator" => &mut self.grouping_separator,
            "exponent-separator" => &mut self.exponent_separator,
            "minus-sign" => &mut self.minus_sign,
            "percent" => &mut self.percent,
            "per-mille" => &mut self.per_mille,
            "digit" => &mut self.digit,
            "pattern-separator" => &mut self.pattern_separator,
            "zero-digit" => {
                self.zero_digit = value.chars().next().unwrap_or('0');
                return true;
            }
            "infinity" | "NaN" => return true,
            _ => return false,
        };
        *slot = value.to_owned();
        true
    }

    fn is_digit(&self, c: char) -> bool {
        (self.zero_digit as u32..self.zero_digit as u32 + 10).contains(&(c as u32))
    }

    /// A decimal digit or an optional-digit sign.
    fn is_digit_or_optional(&self, c: char) -> bool {
        self.is_digit(c) || self.digit.chars().eq([c])
    }

    /// A character of the active part of a picture.
    fn is_active(&self, c: char) -> bool {
        self.is_digit(c)
            || [
                &self.decimal_separator,
                &self.exponent_separator,
                &self.grouping_separator,
                &self.digit,
                &self.pattern_separator,
            ]
            .iter()
            .any(|p| p.chars().eq([c]))
    }
}

/// Character-indexed search, as JavaScript's `indexOf(needle, from)` on these strings.
fn find(haystack: &[char], needle: &str, from: usize) -> Option<usize> {
    let needle: Vec<char> = needle.chars().collect();
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    (from..=haystack.len() - needle.len()).find(|&i| haystack[i..i + needle.len()] == needle[..])
}

fn rfind(haystack: &[char], needle: &str) -> Option<usize> {
    let needle: Vec<char> = needle.chars().collect();
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    (0..=haystack.len() - needle.len())
        .rev()
        .find(|&i| haystack[i..i + needle.len()] == needle[..])
}

fn contains(haystack: &[char], needle: &str) -> bool {
    find(haystack, needle, 0).is_some()
}

/// A sub-picture cut into its parts (F&O 4.7.3).
struct Parts {
    picture: Vec<char>,
    prefix: Vec<char>,
    suffix: Vec<char>,
    active: Vec<char>,
    mantissa: Vec<char>,
    exponent: Option<Vec<char>>,
    integer: Vec<char>,
    fraction: Vec<char>,
}

fn split(picture: &[char], format: &DecimalFormat) -> Parts {
    let is_marker = |c: &char| format.is_active(*c) && !format.exponent_separator.chars().eq([*c]);
    let start = picture.iter().position(is_marker).unwrap_or(picture.len());
    let end = picture.iter().rposition(is_marker).map_or(0, |i| i + 1);
    let prefix = picture[..start].to_vec();
    let suffix = picture[end.max(start)..].to_vec();
    let active = picture[start..end.max(start)].to_vec();
    // As JSONata does: the exponent's position is found in the whole sub-picture but cuts
    // the active part.
    let (mantissa, exponent) = match find(picture, &format.exponent_separator, prefix.len()) {
        Some(at) if at <= picture.len() - suffix.len() => (
            active[..at.min(active.len())].to_vec(),
            Some(active.get(at + 1..).unwrap_or_default().to_vec()),
        ),
        _ => (active.clone(), None),
    };
    let (integer, fraction) = match find(&mantissa, &format.decimal_separator, 0) {
        Some(at) => (mantissa[..at].to_vec(), mantissa[at + 1..].to_vec()),
        None => (mantissa.clone(), suffix.clone()),
    };
    Parts {
        picture: picture.to_vec(),
        prefix,
        suffix,
        active,
        mantissa,
        exponent,
        integer,
        fraction,
    }
}

/// F&O 4.7.3's rules, each with JSONata's error code; the last broken rule is reported.
fn validate(parts: &Parts, format: &DecimalFormat) -> Result<(), PictureError> {
    let picture = &parts.picture[..];
    let once = |s: &str| find(picture, s, 0) == rfind(picture, s);
    let mut error = None;
    let decimal = find(picture, &format.decimal_separator, 0);
    if !once(&format.decimal_separator) {
        error = Some(("D3081", "more than one decimal separator"));
    }
    if !once(&format.percent) {
        error = Some(("D3082", "more than one percent sign"));
    }
    if !once(&format.per_mille) {
        error = Some(("D3083", "more than one per-mille sign"));
    }
    if contains(picture, &format.percent) && contains(picture, &format.per_mille) {
        error = Some(("D3084", "both a percent and a per-mille sign"));
    }
    if !parts
        .mantissa
        .iter()
        .any(|c| format.is_digit_or_optional(*c))
    {
        error = Some(("D3085", "no digit or optional digit sign in the mantissa"));
    }
    if parts.active.iter().any(|c| !format.is_active(*c)) {
        error = Some(("D3086", "a passive character between active characters"));
    }
    let grouping = |at: Option<usize>| {
        at.and_then(|i| picture.get(i))
            .is_some_and(|c| format.grouping_separator.chars().eq([*c]))
    };
    match decimal {
        Some(at) if grouping(at.checked_sub(1)) || grouping(Some(at + 1)) => {
            error = Some((
                "D3087",
                "a grouping separator next to the decimal separator",
            ));
        }
        None if grouping(parts.integer.len().checked_sub(1))
            && parts
                .integer
                .last()
                .is_some_and(|c| format.grouping_separator.chars().eq([*c])) =>
        {
            error = Some(("D3088", "the integer part ends with a grouping separator"));
        }
        _ => {}
    }
    let doubled = format!("{0}{0}", format.grouping_separator);
    if contains(picture, &doubled) {
        error = Some(("D3089", "two grouping separators in a row"));
    }
    if let Some(at) = find(&parts.integer, &format.digit, 0)
        && parts.integer[..at].iter().any(|c| format.is_digit(*c))
    {
        error = Some((
            "D3090",
            "an optional digit sign after a digit in the integer part",
        ));
    }
    if let Some(at) = rfind(&parts.fraction, &format.digit)
        && parts.fraction[at..].iter().any(|c| format.is_digit(*c))
    {
        error = Some((
            "D3091",
            "a digit after an optional digit sign in the fractional part",
        ));
    }
    if let Some(exponent) = &parts.exponent {
        if !exponent.is_empty()
            && (contains(picture, &format.percent) || contains(picture, &format.per_mille))
        {
            error = Some(("D3092", "an exponent with a percent or per-mille sign"));
        }
        if exponent.is_empty() || exponent.iter().any(|c| !format.is_digit(*c)) {
            error = Some(("D3093", "an exponent that is not all digits"));
        }
    }
    match error {
        Some((code, what)) => Err(PictureError::new(
            code,
            format!(
                "the picture '{}' has {what}",
                parts.picture.iter().collect::<String>()
            ),
        )),
        None => Ok(()),
    }
}

/// What formatting needs of a sub-picture (F&O 4.7.4).
#[derive(Debug, Clone)]
struct Variables {
    integer_grouping: Vec<usize>,
    regular_grouping: Option<usize>,
    fraction_grouping: Vec<usize>,
    min_integer: usize,
    scaling: i32,
    min_fraction: usize,
    max_fraction: usize,
    min_exponent: usize,
    prefix: String,
    suffix: String,
    picture: Vec<char>,
}

fn analyse(parts: &Parts, format: &DecimalFormat) -> Variables {
    let count =
        |part: &[char], keep: &dyn Fn(char) -> bool| part.iter().filter(|c| keep(**c)).count();
    // Positions of grouping separators counted in digits: to the right of each in the
    // integer part, to the left of each in the fraction. As JSONata does, the search for
    // the next separator runs over the integer part in both cases.
    let positions = |part: &[char], to_left: bool| {
        let mut out = Vec::new();
        let mut at = find(part, &format.grouping_separator, 0);
        while let Some(i) = at {
            let side = if to_left {
                &part[..i]
            } else {
                &part[i.min(part.len())..]
            };
            out.push(count(side, &|c| format.is_digit_or_optional(c)));
            at = find(&parts.integer, &format.grouping_separator, i + 1);
        }
        out
    };
    let integer_grouping = positions(&parts.integer, false);
    let separators: Vec<(usize, char)> = integer_grouping.iter().map(|p| (*p, ',')).collect();
    let regular_grouping = regular_interval(&separators);
    let fraction_grouping = positions(&parts.fraction, true);
    let mut min_integer = count(&parts.integer, &|c| format.is_digit(c));
    let scaling = min_integer as i32;
    let mut min_fraction = count(&parts.fraction, &|c| format.is_digit(c));
    let mut max_fraction = count(&parts.fraction, &|c| format.is_digit_or_optional(c));
    let exponent = parts.exponent.as_deref();
    if min_integer == 0 && max_fraction == 0 {
        if exponent.is_some() {
            (min_fraction, max_fraction) = (1, 1);
        } else {
            min_integer = 1;
        }
    }
    if exponent.is_some() && min_integer == 0 && contains(&parts.integer, &format.digit) {
        min_integer = 1;
    }
    if min_integer == 0 && min_fraction == 0 {
        min_fraction = 1;
    }
    Variables {
        integer_grouping,
        regular_grouping,
        fraction_grouping,
        min_integer,
        scaling,
        min_fraction,
        max_fraction,
        min_exponent: exponent.map_or(0, |e| count(e, &|c| format.is_digit(c))),
        prefix: parts.prefix.iter().collect(),
        suffix: parts.suffix.iter().collect(),
        picture: parts.picture.clone(),
    }
}

/// `$formatNumber(value, picture, options)`.
pub fn format_number(
    value: f64,
    picture: &str,
    format: &DecimalFormat,
) -> Result<String, PictureError> {
    let picture: Vec<char> = picture.chars().collect();
    let pattern: Vec<char> = format.pattern_separator.chars().collect();
    let subpictures: Vec<&[char]> = if pattern.len() == 1 {
        picture.split(|c| *c == pattern[0]).collect()
    } else {
        vec![&picture[..]]
    };
    if subpictures.len() > 2 {
        return Err(PictureError::new(
            "D3080",
            "a picture has at most two sub-pictures",
        ));
    }
    let parts: Vec<Parts> = subpictures.iter().map(|p| split(p, format)).collect();
    for part in &parts {
        validate(part, format)?;
    }
    let mut variables: Vec<Variables> = parts.iter().map(|p| analyse(p, format)).collect();
    if variables.len() == 1 {
        let mut negative = variables[0].clone();
        negative.prefix = format!("{}{}", format.minus_sign, negative.prefix);
        variables.push(negative);
    }
    let pic = if value >= 0.0 {
        &variables[0]
    } else {
        &variables[1]
    };
    let adjusted = if contains(&pic.picture, &format.percent) {
        value * 100.0
    } else if contains(&pic.picture, &format.per_mille) {
        value * 1000.0
    } else {
        value
    };
    let (mantissa, exponent) = if pic.min_exponent == 0 {
        (adjusted, None)
    } else {
        let (max, min) = (10f64.powi(pic.scaling), 10f64.powi(pic.scaling - 1));
        let (mut mantissa, mut exponent) = (adjusted, 0i32);
        while mantissa < min && mantissa != 0.0 {
            mantissa *= 10.0;
            exponent -= 1;
        }
        while mantissa > max {
            mantissa /= 10.0;
            exponent += 1;
        }
        (mantissa, Some(exponent))
    };
    let rounded = round_half_even(mantissa, pic.max_fraction as i32);
    Ok(layout(rounded, exponent, pic, format))
}

/// The digits of `|value|` with `places` decimals in the picture's zero digit family.
fn digits(value: f64, places: usize, format: &DecimalFormat) -> Vec<char> {
    format!("{:.places$}", value.abs())
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(format.zero_digit as u32 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// F&O 4.7.5 bullets 7 to 14: the rounded mantissa padded, grouped, with its exponent,
/// prefix and suffix.
fn layout(value: f64, exponent: Option<i32>, pic: &Variables, format: &DecimalFormat) -> String {
    let zero = format.zero_digit;
    let decimal: Vec<char> = format.decimal_separator.chars().collect();
    let grouping: Vec<char> = format.grouping_separator.chars().collect();
    let mut text = digits(value, pic.max_fraction, format);
    match text.iter().position(|c| *c == '.') {
        Some(at) => {
            text.splice(at..=at, decimal.iter().copied());
        }
        None => text.extend(decimal.iter().copied()),
    }
    let leading = text.iter().take_while(|c| **c == zero).count();
    text.drain(..leading);
    while text.last() == Some(&zero) {
        text.pop();
    }
    let point = find(&text, &format.decimal_separator, 0).unwrap_or(text.len());
    let pad_left = pic.min_integer.saturating_sub(point);
    let fraction_len = text.len().saturating_sub(point + decimal.len());
    let pad_right = pic.min_fraction.saturating_sub(fraction_len);
    text.splice(0..0, std::iter::repeat_n(zero, pad_left));
    text.extend(std::iter::repeat_n(zero, pad_right));
    let mut point = find(&text, &format.decimal_separator, 0).unwrap_or(text.len());
    match pic.regular_grouping {
        Some(every) => {
            let groups = point.saturating_sub(1) / every;
            for group in 1..=groups {
                let at = point - group * every;
                text.splice(at..at, grouping.iter().copied());
            }
        }
        None => {
            for position in &pic.integer_grouping {
                let at = point.saturating_sub(*position);
                text.splice(at..at, grouping.iter().copied());
                point += grouping.len();
            }
        }
    }
    let point = find(&text, &format.decimal_separator, 0).unwrap_or(text.len());
    for position in &pic.fraction_grouping {
        let at = (position + point + 1).min(text.len());
        text.splice(at..at, grouping.iter().copied());
    }
    let point = find(&text, &format.decimal_separator, 0);
    if pic.min_fraction == 0 && point == Some(text.len().saturating_sub(decimal.len())) {
        text.truncate(text.len() - decimal.len());
    }
    let mut out: String = text.into_iter().collect();
    if let Some(exponent) = exponent {
        let written: String = digits(f64::from(exponent), 0, format).into_iter().collect();
        let pad: String = std::iter::repeat_n(
            zero,
            pic.min_exponent.saturating_sub(written.chars().count()),
        )
        .collect();
        let sign = if exponent < 0 {
            format.minus_sign.as_str()
        } else {
            ""
        };
        out = format!("{out}{}{sign}{pad}{written}", format.exponent_separator);
    }
    format!("{}{out}{}", pic.prefix, pic.suffix)
}

/// JSONata's `$round`: half to even at `places` decimals, shifting the decimal exponent
/// of the shortest representation rather than multiplying (so 0.125 stays 0.125).
pub fn round_half_even(value: f64, places: i32) -> f64 {
    let shift = |v: f64, by: i32| -> f64 {
        let written = format!("{v:e}");
        let (mantissa, exponent) = written.split_once('e').unwrap_or((&written, "0"));
        let exponent: i32 = exponent.parse().unwrap_or(0);
        format!("{mantissa}e{}", exponent + by).parse().unwrap_or(v)
    };
    let scaled = if places != 0 {
        shift(value, places)
    } else {
        value
    };
    let mut result = (scaled + 0.5).floor();
    if (result - scaled).abs() == 0.5 && result % 2.0 != 0.0 {
        result -= 1.0;
    }
    let result = if places != 0 {
        shift(result, -places)
    } else {
        result
    };
    if result == 0.0 { 0.0 } else { result }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(value: f64, picture: &str) -> Result<String, PictureError> {
        format_number(value, picture, &DecimalFormat::default())
    }

    // Expected values from the JSONata reference suite's function-formatNumber group.
    #[test]
    fn pictures_of_the_reference_suite() {
        let cases = [
            (12345.6, "#,###.00", "12,345.60"),
            (12345678.9, "9,999.99", "12,345,678.90"),
            (123412345678.9, "9,9,99.99", "123412345,6,78.90"),
            (1234.56789, "9,999.999,999", "1,234.567,890"),
            (123.9, "9999", "0124"),
            (0.14, "01%", "14%"),
            (0.4857, "###.###\u{2030}", "485.7\u{2030}"),
            (-6.0, "000", "-006"),
            (1234.5678, "00.000e0", "12.346e2"),
            (1234.5678, "00.000e000", "12.346e002"),
            (0.234, "0.0e0", "2.3e-1"),
            (0.234, "#.00e0", "0.23e0"),
            (0.123, "#.e9", "0.1e0"),
            (0.234, ".00e0", ".23e0"),
            (
                2392.14 * -36.58,
                "000,000.000###;###,###.000###",
                "87,504.4812",
            ),
            (
                2.14 * 86.58,
                "PREFIX##00.000###SUFFIX",
                "PREFIX185.2812SUFFIX",
            ),
            (1e20, "#,######", "100,000000,000000,000000"),
            (2.0, "000.000", "002.000"),
        ];
        for (value, picture, want) in cases {
            assert_eq!(fmt(value, picture).unwrap(), want, "{picture}");
        }
    }

    #[test]
    fn options_change_the_symbols() {
        let mut format = DecimalFormat::default();
        assert!(format.set("per-mille", "pm"));
        assert_eq!(format_number(0.14, "###pm", &format).unwrap(), "140pm");
        let mut format = DecimalFormat::default();
        format.set("zero-digit", "A");
        assert_eq!(format_number(2.0, "AAA.AAA", &format).unwrap(), "AAC.AAA");
        assert_eq!(format_number(0.1, "AeAAA", &format).unwrap(), "Be-AAB");
        assert!(!format.set("no-such-property", "x"));
    }

    #[test]
    fn broken_pictures_name_their_rule() {
        let cases = [
            ("#;#;#", "D3080"),
            ("#.0.0", "D3081"),
            ("#0%%", "D3082"),
            ("#0\u{2030}\u{2030}", "D3083"),
            ("#0%\u{2030}", "D3084"),
            (".e0", "D3085"),
            ("0+.e0", "D3086"),
            ("0,.e0", "D3087"),
            ("0,", "D3088"),
            ("0,,0", "D3089"),
            ("0#.e0", "D3090"),
            ("#0.#0e0", "D3091"),
            ("#0.0e0%", "D3092"),
            ("#0.0e0,0", "D3093"),
        ];
        for (picture, code) in cases {
            assert_eq!(fmt(20.0, picture).unwrap_err().code, code, "{picture}");
        }
    }

    #[test]
    fn rounding_is_half_to_even_on_the_decimal_digits() {
        assert_eq!(round_half_even(2.5, 0), 2.0);
        assert_eq!(round_half_even(3.5, 0), 4.0);
        assert_eq!(round_half_even(0.125, 2), 0.12);
        assert_eq!(round_half_even(-2.5, 0), -2.0);
    }
}
