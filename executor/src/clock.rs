//! Virtual time: waits, retry intervals and task durations move this clock, never the
//! test's own time. Timestamps are written as Step Functions writes them (RFC 3339, UTC,
//! milliseconds).

use chrono::{DateTime, SecondsFormat, TimeZone, Utc};

/// Milliseconds since the Unix epoch. As JSON, the ISO-8601 timestamp AWS writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Instant(pub i64);

impl serde::Serialize for Instant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl Instant {
    /// 2025-01-01T00:00:00Z, the default start: fixed, so runs are reproducible.
    pub const DEFAULT_START: Instant = Instant(1_735_689_600_000);

    pub fn plus_millis(self, millis: i64) -> Instant {
        Instant(self.0.saturating_add(millis))
    }

    pub fn to_rfc3339(self) -> String {
        self.datetime().to_rfc3339_opts(SecondsFormat::Millis, true)
    }

    /// Seconds since the epoch, as history events give their timestamps.
    pub fn as_seconds(self) -> f64 {
        self.0 as f64 / 1000.0
    }

    fn datetime(self) -> DateTime<Utc> {
        Utc.timestamp_millis_opt(self.0)
            .single()
            .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
    }

    /// An RFC 3339 timestamp, as Wait and Choice read them.
    /// A timestamp by Step Functions' rule (`sfn_codegen::timestamp`, the validator's too).
    pub fn parse(text: &str) -> Option<Instant> {
        sfn_codegen::timestamp::parse_millis(text).map(Instant)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_like_step_functions() {
        assert_eq!(
            Instant::DEFAULT_START.to_rfc3339(),
            "2025-01-01T00:00:00.000Z"
        );
        let later = Instant::DEFAULT_START.plus_millis(1500);
        assert_eq!(later.to_rfc3339(), "2025-01-01T00:00:01.500Z");
        assert_eq!(Instant::parse("2025-01-01T00:00:01.5Z"), Some(later));
        assert_eq!(Instant::parse("2025-01-01T01:00:01.5+01:00"), Some(later));
        assert_eq!(Instant::parse("yesterday"), None);
    }
}
