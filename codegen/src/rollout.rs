//! How an alias moves to a new version: `all-at-once`, `canary:<percent>:<wait>` (that share
//! first, the rest after the wait) or `linear:<percent>:<interval>` (that much more each
//! interval). Waits are written `30s`, `5m`, `1h` (a bare number is minutes).

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    AllAtOnce,
    Canary { percent: u8, wait: Duration },
    Linear { percent: u8, interval: Duration },
}

impl FromStr for Strategy {
    type Err = String;

    fn from_str(text: &str) -> Result<Strategy, String> {
        let parts: Vec<&str> = text.split(':').collect();
        match parts.as_slice() {
            ["all-at-once"] => Ok(Strategy::AllAtOnce),
            [kind @ ("canary" | "linear"), percent, wait] => {
                let percent = parse_percent(percent)?;
                let wait = parse_duration(wait)?;
                Ok(if *kind == "canary" {
                    Strategy::Canary { percent, wait }
                } else {
                    Strategy::Linear {
                        percent,
                        interval: wait,
                    }
                })
            }
            _ => Err(format!(
                "`{text}` is not a rollout strategy: use `all-at-once`, `canary:<percent>:<wait>` or `linear:<percent>:<interval>`, e.g. `canary:10:5m`"
            )),
        }
    }
}

fn parse_percent(text: &str) -> Result<u8, String> {
    match text.trim_end_matches('%').parse::<u8>() {
        Ok(percent) if (1..=99).contains(&percent) => Ok(percent),
        _ => Err(format!(
            "`{text}` is not a traffic share: use a whole percent from 1 to 99"
        )),
    }
}

fn parse_duration(text: &str) -> Result<Duration, String> {
    let (number, unit) = match text.find(|c: char| !c.is_ascii_digit()) {
        Some(cut) => text.split_at(cut),
        None => (text, "m"),
    };
    let seconds_per_unit = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        _ => {
            return Err(format!(
                "`{text}` is not a duration: use e.g. `30s`, `5m` or `1h`"
            ));
        }
    };
    match number.parse::<u64>() {
        Ok(value) if value > 0 => Ok(Duration::from_secs(value * seconds_per_unit)),
        _ => Err(format!(
            "`{text}` is not a duration: use e.g. `30s`, `5m` or `1h`"
        )),
    }
}

/// One step of a rollout: the share of traffic on the new version, then how long to watch
/// it before the next step (zero for the last).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    pub percent: u8,
    pub watch: Duration,
}

impl Strategy {
    /// The steps from the old version to the new: canary `[P% for W, 100%]`, linear
    /// `[P%, 2P%, ... for I each, 100%]`, all at once `[100%]`.
    pub fn steps(&self) -> Vec<Step> {
        let last = Step {
            percent: 100,
            watch: Duration::ZERO,
        };
        match *self {
            Strategy::AllAtOnce => vec![last],
            Strategy::Canary { percent, wait } => vec![
                Step {
                    percent,
                    watch: wait,
                },
                last,
            ],
            Strategy::Linear { percent, interval } => {
                let mut steps: Vec<Step> = (1..)
                    .map(|i| u32::from(percent) * i)
                    .take_while(|share| *share < 100)
                    .map(|share| Step {
                        // Below 100 by the take_while.
                        percent: share as u8,
                        watch: interval,
                    })
                    .collect();
                steps.push(last);
                steps
            }
        }
    }
}

impl fmt::Display for Strategy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Strategy::AllAtOnce => f.write_str("all-at-once"),
            Strategy::Canary { percent, wait } => {
                write!(f, "canary:{percent}:{}", DurationText(*wait))
            }
            Strategy::Linear { percent, interval } => {
                write!(f, "linear:{percent}:{}", DurationText(*interval))
            }
        }
    }
}

/// A duration in the strategy syntax: `1h`, `5m` or `30s`, whichever is exact.
struct DurationText(Duration);

impl fmt::Display for DurationText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = self.0.as_secs();
        if seconds.is_multiple_of(3600) {
            write!(f, "{}h", seconds / 3600)
        } else if seconds.is_multiple_of(60) {
            write!(f, "{}m", seconds / 60)
        } else {
            write!(f, "{seconds}s")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_forms() {
        assert_eq!("all-at-once".parse(), Ok(Strategy::AllAtOnce));
        assert_eq!(
            "canary:10:5m".parse(),
            Ok(Strategy::Canary {
                percent: 10,
                wait: Duration::from_secs(300)
            })
        );
        assert_eq!(
            "linear:20%:30s".parse(),
            Ok(Strategy::Linear {
                percent: 20,
                interval: Duration::from_secs(30)
            })
        );
        assert_eq!(
            "canary:5:2".parse(),
            Ok(Strategy::Canary {
                percent: 5,
                wait: Duration::from_secs(120)
            })
        );
    }

    #[test]
    fn displays_what_it_parses() {
        for text in [
            "all-at-once",
            "canary:10:5m",
            "linear:20:30s",
            "canary:1:2h",
        ] {
            assert_eq!(text.parse::<Strategy>().unwrap().to_string(), text);
        }
    }

    #[test]
    fn steps_end_at_the_whole_traffic() {
        let steps = |text: &str| {
            let strategy: Strategy = text.parse().unwrap();
            strategy
                .steps()
                .iter()
                .map(|s| (s.percent, s.watch.as_secs()))
                .collect::<Vec<_>>()
        };
        assert_eq!(steps("all-at-once"), [(100, 0)]);
        assert_eq!(steps("canary:10:5m"), [(10, 300), (100, 0)]);
        assert_eq!(
            steps("linear:25:30s"),
            [(25, 30), (50, 30), (75, 30), (100, 0)]
        );
        assert_eq!(steps("linear:40:1m"), [(40, 60), (80, 60), (100, 0)]);
        assert_eq!(steps("linear:99:1m"), [(99, 60), (100, 0)]);
    }

    #[test]
    fn says_what_is_wrong() {
        let error = |text: &str| text.parse::<Strategy>().unwrap_err();
        assert!(error("blue-green").contains("use `all-at-once`, `canary:<percent>:<wait>`"));
        assert!(error("canary:0:5m").contains("from 1 to 99"));
        assert!(error("canary:100:5m").contains("from 1 to 99"));
        assert!(error("linear:10:5d").contains("`5d` is not a duration"));
        assert!(error("linear:10:0s").contains("is not a duration"));
    }
}
