//! Timestamps as Step Functions reads them, in one place for the validator, the executor and
//! the DSL. The rule is the Amazon States Language's: RFC 3339's profile of ISO 8601 with an
//! uppercase `T` between date and time and an uppercase `Z` when there is no numeric offset.
//! On top of the text's form, the date and time must exist, as Java's `OffsetDateTime` parser
//! behind AWS requires: February 30 and a 60th second are refused, as AWS refuses them at run
//! time ("does not reference a valid ISO-8601 extended offset date-time format string").

/// Milliseconds since 1970-01-01T00:00:00Z of a timestamp, or `None` when `text` is not one.
pub fn parse_millis(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let number = |range: std::ops::Range<usize>| digits(b.get(range)?);
    let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if separators.iter().any(|&(at, c)| b.get(at) != Some(&c)) {
        return None;
    }
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    if !(1..=12).contains(&month)
        || !(1..=days_in_month(year, month)).contains(&day)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let mut rest = &text[19..];
    let mut millis = 0;
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > 9 {
            return None;
        }
        let padded = format!("{:0<3}", &fraction[..n.min(3)]);
        millis = padded.parse::<i64>().ok()?;
        rest = &fraction[n..];
    }
    let offset_minutes = match rest.as_bytes() {
        [b'Z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (h, m) = (digits(&[*h1, *h2])?, digits(&[*m1, *m2])?);
            if h > 23 || m > 59 {
                return None;
            }
            let minutes = h * 60 + m;
            if *sign == b'-' { -minutes } else { minutes }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
    Some(seconds * 1000 + millis)
}

/// Whether `text` is a timestamp Step Functions accepts.
pub fn is_timestamp(text: &str) -> bool {
    parse_millis(text).is_some()
}

/// The number ASCII digits write, or `None` when any byte is not one.
fn digits(bytes: &[u8]) -> Option<i64> {
    bytes
        .iter()
        .all(u8::is_ascii_digit)
        .then(|| bytes.iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')))
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cases the validator and the executor once settled differently, settled by the
    /// ASL specification (form) and AWS's run-time parser (existing dates and times).
    #[test]
    fn the_one_rule_for_timestamps() {
        assert_eq!(parse_millis("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            parse_millis("2025-01-01T00:00:01.5Z"),
            Some(1_735_689_601_500)
        );
        assert_eq!(
            parse_millis("2025-01-01T01:00:01.500+01:00"),
            Some(1_735_689_601_500)
        );
        assert_eq!(
            parse_millis("2024-02-29T12:00:00.123456789-05:30").map(|m| m % 1000),
            Some(123)
        );
        for refused in [
            "2026-03-14 01:59:00Z",  // a space for `T`: the specification asks for `T`
            "2026-03-14t01:59:00z",  // lower case
            "2026-03-14T01:59:00",   // no offset
            "2026-02-30T00:00:00Z",  // February 30 does not exist
            "2025-02-29T00:00:00Z",  // 2025 is no leap year
            "2026-03-14T01:59:60Z",  // no 60th second in Java's parser
            "2026-13-14T01:59:00Z",  // month 13
            "2026-03-14T01:59:00.Z", // an empty fraction
            "2026-03-14T01:59:00+0100",
            "yesterday",
        ] {
            assert_eq!(parse_millis(refused), None, "{refused}");
        }
    }
}
