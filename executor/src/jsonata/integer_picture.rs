//! `$formatInteger` and `$parseInteger`: XPath F&O 3.1 §4.6.1 integer pictures as JSONata
//! 2.0 implements them (decimal digit patterns in any Unicode digit family with grouping
//! separators, `a`/`A` letters, `i`/`I` Roman numerals, `w`/`W`/`Ww` English words, and the
//! `;o` ordinal modifier). Pure: strings and numbers in, strings and numbers out.

use super::PictureError;

/// The zero of every Unicode decimal digit family JSONata recognises in a picture.
const DIGIT_FAMILIES: &[u32] = &[
    0x30, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10,
];

/// The zero of `c`'s digit family, if `c` is a decimal digit.
pub(super) fn digit_family(c: char) -> Option<u32> {
    let code = c as u32;
    DIGIT_FAMILIES
        .iter()
        .copied()
        .find(|zero| (*zero..=zero + 9).contains(&code))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Case {
    Upper,
    Lower,
    Title,
}

#[derive(Debug, Clone, PartialEq)]
enum Primary {
    Decimal(DigitPattern),
    Letters,
    Roman,
    Words,
}

#[derive(Debug, Clone, PartialEq)]
struct DigitPattern {
    zero: u32,
    mandatory: usize,
    grouping: Grouping,
}

/// Where grouping separators go, counted in digits from the right.
#[derive(Debug, Clone, PartialEq)]
enum Grouping {
    Every(usize, char),
    At(Vec<(usize, char)>),
}

#[derive(Debug, Clone, PartialEq)]
struct IntegerPicture {
    primary: Primary,
    case: Case,
    ordinal: bool,
}

fn analyse(picture: &str) -> Result<IntegerPicture, PictureError> {
    let (primary, ordinal) = match picture.rfind(';') {
        Some(at) => (&picture[..at], picture[at + 1..].starts_with('o')),
        None => (picture, false),
    };
    let (primary, case) = match primary {
        "A" => (Primary::Letters, Case::Upper),
        "a" => (Primary::Letters, Case::Lower),
        "I" => (Primary::Roman, Case::Upper),
        "i" => (Primary::Roman, Case::Lower),
        "W" => (Primary::Words, Case::Upper),
        "Ww" => (Primary::Words, Case::Title),
        "w" => (Primary::Words, Case::Lower),
        digits => (Primary::Decimal(digit_pattern(digits)?), Case::Lower),
    };
    Ok(IntegerPicture {
        primary,
        case,
        ordinal,
    })
}

fn digit_pattern(picture: &str) -> Result<DigitPattern, PictureError> {
    let (mut zero, mut mandatory, mut position) = (None, 0, 0);
    let mut separators = Vec::new();
    for c in picture.chars().rev() {
        if let Some(family) = digit_family(c) {
            if zero.is_some_and(|z| z != family) {
                return Err(PictureError::new(
                    "D3131",
                    "a decimal digit pattern mixes digits of two families",
                ));
            }
            zero = Some(family);
            mandatory += 1;
            position += 1;
        } else if c == '#' {
            position += 1;
        } else {
            separators.push((position, c));
        }
    }
    let Some(zero) = zero else {
        return Err(PictureError::new(
            "D3130",
            format!(
                "the picture '{picture}' is neither a digit pattern nor a supported numbering sequence"
            ),
        ));
    };
    let grouping = match regular_interval(&separators) {
        Some(every) => Grouping::Every(every, separators[0].1),
        None => Grouping::At(separators),
    };
    Ok(DigitPattern {
        zero,
        mandatory,
        grouping,
    })
}

/// The interval of separators that are all one character at every multiple of one
/// distance (F&O's "regular" grouping), if they are.
pub(super) fn regular_interval(separators: &[(usize, char)]) -> Option<usize> {
    let (_, first) = separators.first()?;
    if separators.iter().any(|(_, c)| c != first) {
        return None;
    }
    let positions: Vec<usize> = separators.iter().map(|(p, _)| *p).collect();
    let factor = positions.iter().copied().reduce(gcd)?;
    (factor > 0 && (1..=positions.len()).all(|i| positions.contains(&(i * factor))))
        .then_some(factor)
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// `$formatInteger(value, picture)`.
pub fn format_integer(value: f64, picture: &str) -> Result<String, PictureError> {
    let picture = analyse(picture)?;
    let value = value.floor();
    let magnitude = value.abs();
    let text = match &picture.primary {
        Primary::Letters => letters(magnitude, picture.case == Case::Upper),
        Primary::Roman if magnitude > MAX_ROMAN => {
            return Err(PictureError::new(
                "D3130",
                format!("{value} is too large to write in Roman numerals"),
            ));
        }
        Primary::Roman => {
            let roman = roman(magnitude);
            if picture.case == Case::Upper {
                roman.to_uppercase()
            } else {
                roman
            }
        }
        Primary::Words => {
            let words = words(magnitude, picture.ordinal);
            match picture.case {
                Case::Upper => words.to_uppercase(),
                Case::Lower => words.to_lowercase(),
                Case::Title => words,
            }
        }
        Primary::Decimal(pattern) => decimal(magnitude, pattern, picture.ordinal),
    };
    Ok(if value < 0.0 {
        format!("-{text}")
    } else {
        text
    })
}

fn decimal(value: f64, pattern: &DigitPattern, ordinal: bool) -> String {
    let plain = format!("{value:.0}");
    let padded = format!(
        "{}{plain}",
        "0".repeat(pattern.mandatory.saturating_sub(plain.len()))
    );
    let mut digits: Vec<char> = padded
        .chars()
        .map(|d| char::from_u32(d as u32 - 0x30 + pattern.zero).unwrap_or(d))
        .collect();
    match &pattern.grouping {
        Grouping::Every(every, separator) => {
            let groups = (digits.len().saturating_sub(1)) / every;
            for group in (1..=groups).rev() {
                let at = digits.len() - group * every;
                digits.insert(at, *separator);
            }
        }
        Grouping::At(separators) => {
            for (position, separator) in separators.iter().rev() {
                let at = digits.len().saturating_sub(*position);
                digits.insert(at, *separator);
            }
        }
    }
    let mut text: String = digits.into_iter().collect();
    if ordinal {
        text.push_str(ordinal_suffix(&text));
    }
    text
}

/// `st`, `nd`, `rd` or `th` for a number written in digits.
fn ordinal_suffix(digits: &str) -> &'static str {
    let mut last = digits.chars().rev();
    let (units, tens) = (last.next(), last.next());
    match (tens, units) {
        (Some('1'), _) => "th",
        (_, Some('1')) => "st",
        (_, Some('2')) => "nd",
        (_, Some('3')) => "rd",
        _ => "th",
    }
}

fn letters(value: f64, upper: bool) -> String {
    let a = if upper { b'A' } else { b'a' };
    let mut value = value as u64;
    let mut out = Vec::new();
    while value > 0 {
        out.push((a + ((value - 1) % 26) as u8) as char);
        value = (value - 1) / 26;
    }
    out.iter().rev().collect()
}

const ROMAN: &[(u64, &str)] = &[
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
];

/// Past this, Roman numerals are a string of thousands of `M`s (JSONata would build it).
const MAX_ROMAN: f64 = 1_000_000.0;

fn roman(value: f64) -> String {
    let mut rest = value as u64;
    let mut out = String::new();
    for (worth, numeral) in ROMAN {
        while rest >= *worth {
            out.push_str(numeral);
            rest -= worth;
        }
    }
    out
}

const FEW: [&str; 20] = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
];
const FEW_ORDINALS: [&str; 20] = [
    "Zeroth",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Eleventh",
    "Twelfth",
    "Thirteenth",
    "Fourteenth",
    "Fifteenth",
    "Sixteenth",
    "Seventeenth",
    "Eighteenth",
    "Nineteenth",
];
const DECADES: [&str; 9] = [
    "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundred",
];
const MAGNITUDES: [&str; 4] = ["Thousand", "Million", "Billion", "Trillion"];

/// English words in title case ("Five Hundred and Fifty-Five"); past the trillions the
/// largest word repeats ("Ten Billion Trillion").
fn words(value: f64, ordinal: bool) -> String {
    fn lookup(number: f64, after: bool, ordinal: bool) -> String {
        if number <= 19.0 {
            let table = if ordinal { &FEW_ORDINALS } else { &FEW };
            let and = if after { " and " } else { "" };
            format!("{and}{}", table[number as usize])
        } else if number < 100.0 {
            let (tens, units) = ((number / 10.0).floor(), number % 10.0);
            let and = if after { " and " } else { "" };
            let decade = DECADES[tens as usize - 2];
            if units > 0.0 {
                format!("{and}{decade}-{}", lookup(units, false, ordinal))
            } else if ordinal {
                format!("{and}{}ieth", &decade[..decade.len() - 1])
            } else {
                format!("{and}{decade}")
            }
        } else {
            let comma = if after { ", " } else { "" };
            let (head, rest) = if number < 1000.0 {
                let hundreds = (number / 100.0).floor();
                (
                    format!("{} Hundred", FEW[hundreds as usize]),
                    number % 100.0,
                )
            } else {
                let magnitude = ((number.log10() / 3.0).floor() as usize).min(MAGNITUDES.len());
                let factor = 10f64.powi(magnitude as i32 * 3);
                let mantissa = (number / factor).floor();
                (
                    format!(
                        "{} {}",
                        lookup(mantissa, false, false),
                        MAGNITUDES[magnitude - 1]
                    ),
                    number - mantissa * factor,
                )
            };
            if rest > 0.0 {
                format!("{comma}{head}{}", lookup(rest, true, ordinal))
            } else if ordinal {
                format!("{comma}{head}th")
            } else {
                format!("{comma}{head}")
            }
        }
    }
    lookup(value, false, ordinal)
}

/// `$parseInteger(text, picture)`: the number, or `None` when the text does not match.
pub fn parse_integer(text: &str, picture: &str) -> Result<Option<f64>, PictureError> {
    let picture = analyse(picture)?;
    Ok(match &picture.primary {
        Primary::Letters => parse_letters(text),
        Primary::Roman => parse_roman(text),
        Primary::Words => parse_words(&text.to_lowercase()),
        Primary::Decimal(pattern) => parse_decimal(text, pattern, picture.ordinal),
    })
}

fn parse_letters(text: &str) -> Option<f64> {
    text.chars().try_fold(0.0, |sum, c| {
        let offset = if c.is_ascii_lowercase() {
            c as u8 - b'a'
        } else if c.is_ascii_uppercase() {
            c as u8 - b'A'
        } else {
            return None;
        };
        Some(sum * 26.0 + f64::from(offset) + 1.0)
    })
}

fn parse_roman(text: &str) -> Option<f64> {
    let mut rest = text.to_lowercase();
    let mut sum = 0u64;
    let mut value = |numeral: &str, worth: u64| {
        while let Some(after) = rest.strip_prefix(numeral) {
            sum += worth;
            rest = after.to_owned();
        }
    };
    for (worth, numeral) in ROMAN {
        value(numeral, *worth);
    }
    rest.is_empty().then_some(sum as f64)
}

/// The value of one English number word, ordinal or not; hundreds and magnitudes are
/// multipliers.
fn word_value(word: &str) -> Option<f64> {
    let title = |w: &str| {
        let mut chars = w.chars();
        chars
            .next()
            .map(|f| f.to_uppercase().chain(chars).collect::<String>())
    };
    let word_title = title(word)?;
    if let Some(i) = FEW.iter().position(|w| *w == word_title) {
        return Some(i as f64);
    }
    if let Some(i) = FEW_ORDINALS.iter().position(|w| *w == word_title) {
        return Some(i as f64);
    }
    for (i, decade) in DECADES.iter().enumerate() {
        let ordinal = format!("{}ieth", &decade[..decade.len() - 1]);
        if *decade == word_title || ordinal == word_title || format!("{decade}th") == word_title {
            return Some((i as f64 + 2.0) * 10.0);
        }
    }
    MAGNITUDES.iter().enumerate().find_map(|(i, magnitude)| {
        (*magnitude == word_title || format!("{magnitude}th") == word_title)
            .then(|| 10f64.powi((i as i32 + 1) * 3))
    })
}

fn parse_words(text: &str) -> Option<f64> {
    let normalised = text
        .replace(", ", " ")
        .replace(" and ", " ")
        .replace('-', " ");
    let mut segments = vec![0.0];
    for word in normalised.split_whitespace() {
        let value = word_value(word)?;
        let top = segments.pop().unwrap_or(0.0);
        if value < 100.0 {
            if top >= 1000.0 {
                segments.extend([top, value]);
            } else {
                segments.push(top + value);
            }
        } else {
            segments.push(top * value);
        }
    }
    Some(segments.iter().sum())
}

fn parse_decimal(text: &str, pattern: &DigitPattern, ordinal: bool) -> Option<f64> {
    if let Some(magnitude) = text.strip_prefix('-') {
        return parse_decimal(magnitude, pattern, ordinal).map(|v| -v);
    }
    let text = if ordinal {
        ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| text.strip_suffix(suffix))
            .unwrap_or(text)
    } else {
        text
    };
    let separators: Vec<char> = match &pattern.grouping {
        Grouping::Every(_, c) => vec![*c],
        Grouping::At(list) => list.iter().map(|(_, c)| *c).collect(),
    };
    let mut value = 0.0;
    let mut any = false;
    for c in text.chars() {
        match (c as u32).checked_sub(pattern.zero).filter(|d| *d <= 9) {
            Some(digit) => {
                value = value * 10.0 + f64::from(digit);
                any = true;
            }
            None if separators.contains(&c) => {}
            None => return None,
        }
    }
    any.then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from the JSONata reference suite's function-formatInteger and
    // function-parseInteger groups.
    #[test]
    fn digit_patterns_with_grouping_and_ordinals() {
        let cases = [
            (123.0, "0000", "0123"),
            (-3.0, "0000", "-0003"),
            (12.6, "###0", "12"),
            (123.0, "000;o", "123rd"),
            (12.0, "###0;o", "12th"),
            (12340.0, "###١", "١٢٣٤٠"),
            (1234567890.0, "#,##0", "1,234,567,890"),
            (1234567890.0, "#:###,##0", "1234:567,890"),
            (1234567890.0, "##,##,##0", "12345,67,890"),
        ];
        for (value, picture, want) in cases {
            assert_eq!(format_integer(value, picture).unwrap(), want, "{picture}");
            let back = parse_integer(want, picture).unwrap();
            assert_eq!(back, Some(value.floor()), "{want} back with {picture}");
        }
        assert_eq!(format_integer(1.0, "##0０").unwrap_err().code, "D3131");
        assert_eq!(format_integer(1.0, "α").unwrap_err().code, "D3130");
    }

    #[test]
    fn letters_roman_and_words() {
        let cases = [
            (300.0, "A", "KN"),
            (27.0, "a", "aa"),
            (1984.0, "I", "MCMLXXXIV"),
            (99.0, "i", "xcix"),
            (555.0, "Ww", "Five Hundred and Fifty-Five"),
            (1_000_000_000_001.0, "w", "one trillion and one"),
            (
                3731.0,
                "w;o",
                "three thousand, seven hundred and thirty-first",
            ),
            (730.0, "w;o", "seven hundred and thirtieth"),
            (1000.0, "w;o", "one thousandth"),
            (1e15, "w", "one thousand trillion"),
        ];
        for (value, picture, want) in cases {
            assert_eq!(format_integer(value, picture).unwrap(), want, "{picture}");
            assert_eq!(parse_integer(want, picture).unwrap(), Some(value), "{want}");
        }
        assert_eq!(
            format_integer(1e46, "w").unwrap(),
            "ten billion trillion trillion trillion"
        );
        assert_eq!(format_integer(0.0, "I").unwrap(), "");
        assert_eq!(format_integer(1e300, "I").unwrap_err().code, "D3130");
        assert_eq!(parse_integer("", "I").unwrap(), Some(0.0));
        assert_eq!(
            parse_integer("nineteen hundred and eighty-four", "w").unwrap(),
            Some(1984.0)
        );
        assert_eq!(parse_integer("twelve apples", "w").unwrap(), None);
    }
}
