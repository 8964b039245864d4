//! Alias routing: the routes of a rollout step, the memory a rollout leaves in the alias's
//! description (so `status` and `rollback` know the versions involved even after a crash),
//! and when a rollout is unhealthy.

use serde::{Deserialize, Serialize};

/// A share of an alias's traffic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    pub version_arn: String,
    pub weight: u8,
}

impl Route {
    pub fn new(version_arn: impl Into<String>, weight: u8) -> Route {
        Route {
            version_arn: version_arn.into(),
            weight,
        }
    }
}

/// The version number at the end of a version ARN (`...:stateMachine:orders:7`).
pub fn version_number(arn: &str) -> Option<u32> {
    arn.rsplit(':').next()?.parse().ok()
}

/// The routes with `percent` of the traffic on `new` and the rest on `old`.
pub fn split(old: &str, new: &str, percent: u8) -> Vec<Route> {
    if percent >= 100 || old == new {
        vec![Route::new(new, 100)]
    } else {
        vec![Route::new(new, percent), Route::new(old, 100 - percent)]
    }
}

/// What a rollout wrote in the alias description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "state")]
pub enum Memory {
    RollingOut { from: u32, to: u32 },
    Deployed { version: u32, previous: Option<u32> },
    RolledBack { to: u32, from: u32 },
}

const MARK: &str = "cargo-sfn: ";

impl Memory {
    /// The description to store (AWS allows 256 characters; version numbers keep it short).
    pub fn describe(&self) -> String {
        match self {
            Memory::RollingOut { from, to } => format!("{MARK}rolling out {to} from {from}"),
            Memory::Deployed {
                version,
                previous: Some(previous),
            } => format!("{MARK}deployed {version} after {previous}"),
            Memory::Deployed {
                version,
                previous: None,
            } => format!("{MARK}deployed {version}"),
            Memory::RolledBack { to, from } => format!("{MARK}rolled back to {to} from {from}"),
        }
    }

    /// The description with the rollout's lease: who moves the alias, since when, and until
    /// when the lease holds unless renewed.
    pub fn describe_leased(&self, lease: &Lease) -> String {
        format!(
            "{} by {} since {} until {}",
            self.describe(),
            lease.owner,
            lease.since,
            lease.until
        )
    }

    /// Reads a description written by [`Memory::describe`] (a lease may follow); anything
    /// else is `None`.
    pub fn parse(description: &str) -> Option<Memory> {
        let words: Vec<&str> = description.strip_prefix(MARK)?.split(' ').collect();
        let words = match words.iter().position(|w| *w == "by") {
            Some(end) => &words[..end],
            None => &words[..],
        };
        let n = |i: usize| words.get(i)?.parse::<u32>().ok();
        match words {
            ["rolling", "out", _, "from", _] => Some(Memory::RollingOut {
                to: n(2)?,
                from: n(4)?,
            }),
            ["deployed", _, "after", _] => Some(Memory::Deployed {
                version: n(1)?,
                previous: Some(n(3)?),
            }),
            ["deployed", _] => Some(Memory::Deployed {
                version: n(1)?,
                previous: None,
            }),
            ["rolled", "back", "to", _, "from", _] => Some(Memory::RolledBack {
                to: n(3)?,
                from: n(5)?,
            }),
            _ => None,
        }
    }
}

/// Who holds a rollout of an alias, and until when (seconds since the epoch): one rollout
/// per alias at a time. A deploy that finds a live lease of another refuses before any
/// write; an expired one (its deploy crashed) is taken over only when asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lease {
    pub owner: String,
    pub since: u64,
    pub until: u64,
}

impl Lease {
    /// The lease written after a memory by [`Memory::describe_leased`].
    pub fn parse(description: &str) -> Option<Lease> {
        let (_, rest) = description.strip_prefix(MARK)?.split_once(" by ")?;
        match rest.split(' ').collect::<Vec<_>>().as_slice() {
            [owner, "since", since, "until", until] => Some(Lease {
                owner: (*owner).to_owned(),
                since: since.parse().ok()?,
                until: until.parse().ok()?,
            }),
            _ => None,
        }
    }

    pub fn is_live(&self, now: u64) -> bool {
        now < self.until
    }
}

/// Whether a deploy by `me` may move an alias whose description is `description` at `now`:
/// `Err` says why not (another rollout is in flight, or one stopped half-way).
pub fn may_roll_out(description: &str, me: &str, now: u64, take_over: bool) -> Result<(), String> {
    let Some(Memory::RollingOut { from, to }) = Memory::parse(description) else {
        return Ok(());
    };
    let lease = Lease::parse(description);
    match lease {
        Some(lease) if lease.owner == me => Ok(()),
        // Taking over is the user's word that the other deploy is gone.
        _ if take_over => Ok(()),
        Some(lease) if lease.is_live(now) => Err(format!(
            "a rollout from version {from} to {to} by {} is in flight (since {}, its lease runs until {}); wait for it with --wait, or take it over with --take-over if that deploy is gone",
            lease.owner,
            timestamp(lease.since),
            timestamp(lease.until)
        )),
        Some(lease) => Err(format!(
            "a rollout from version {from} to {to} by {} stopped half-way (its lease expired at {}); take it over with --take-over, or undo it with `cargo sfn rollback`",
            lease.owner,
            timestamp(lease.until)
        )),
        None => Err(format!(
            "a rollout from version {from} to {to} stopped half-way; take it over with --take-over, or undo it with `cargo sfn rollback`"
        )),
    }
}

/// Seconds since the epoch as an RFC 3339 UTC timestamp.
pub fn timestamp(seconds: u64) -> String {
    let days = seconds / 86_400;
    let (h, m, s) = (seconds % 86_400 / 3600, seconds % 3600 / 60, seconds % 60);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}Z")
}

/// The version `rollback` puts all traffic back on: the old side of a split (a rollout that
/// was interrupted), else the version deployed before the current one.
pub fn rollback_target(routes: &[Route], memory: Option<Memory>) -> Result<u32, String> {
    let numbers: Vec<u32> = routes
        .iter()
        .filter_map(|r| version_number(&r.version_arn))
        .collect();
    match (numbers.as_slice(), memory) {
        ([a, b], Some(Memory::RollingOut { from, .. })) if [*a, *b].contains(&from) => Ok(from),
        // A split without our memory: the older version is the one that was there before.
        ([a, b], _) => Ok((*a).min(*b)),
        (
            [_],
            Some(Memory::Deployed {
                previous: Some(previous),
                ..
            }),
        ) => Ok(previous),
        ([_], Some(Memory::RolledBack { to, from })) => Err(format!(
            "the alias was already rolled back to version {to} (from {from}); deploy again, or name a version with --to"
        )),
        ([only], _) => Err(format!(
            "the alias routes everything to version {only} and no earlier version is recorded; name one with --to"
        )),
        _ => Err("the alias routes to no version".to_owned()),
    }
}

/// The version a rollout to `new` starts from: the other side of a split that already
/// involves `new` (an interrupted rollout), else the version with most traffic; `None` when
/// all traffic is already on `new`.
pub fn rollout_origin(routes: &[Route], new: &str) -> Option<String> {
    routes
        .iter()
        .filter(|r| r.version_arn != new)
        .max_by_key(|r| r.weight)
        .map(|r| r.version_arn.clone())
}

/// What the health checks of a rollout step saw.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Health {
    /// Watched alarms in the ALARM state.
    pub alarms: Vec<String>,
    /// Executions of the new version that failed, timed out or were aborted: (ARN, status).
    pub failed_executions: Vec<(String, String)>,
}

impl Health {
    /// Why the step is unhealthy, or `None`.
    pub fn problem(&self) -> Option<String> {
        let mut reasons = Vec::new();
        if !self.alarms.is_empty() {
            reasons.push(format!("alarm {} in ALARM", self.alarms.join(", ")));
        }
        if let Some((arn, status)) = self.failed_executions.first() {
            let more = self.failed_executions.len() - 1;
            reasons.push(if more == 0 {
                format!("execution {arn} {status}")
            } else {
                format!("execution {arn} {status} (and {more} more)")
            });
        }
        (!reasons.is_empty()).then(|| reasons.join("; "))
    }
}

/// Alarms named in the settings that do not exist; a rollout refuses to start with any,
/// since a missing alarm would never fire.
pub fn missing_alarms<'a>(wanted: &'a [String], found: &[String]) -> Vec<&'a str> {
    wanted
        .iter()
        .filter(|name| !found.contains(name))
        .map(String::as_str)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const M: &str = "arn:aws:states:eu-west-1:1:stateMachine:orders";

    fn v(n: u32) -> String {
        format!("{M}:{n}")
    }

    #[test]
    fn splits_keep_the_new_version_first() {
        assert_eq!(
            split(&v(1), &v(2), 10),
            [Route::new(v(2), 10), Route::new(v(1), 90)]
        );
        assert_eq!(split(&v(1), &v(2), 100), [Route::new(v(2), 100)]);
        assert_eq!(split(&v(2), &v(2), 10), [Route::new(v(2), 100)]);
    }

    #[test]
    fn memory_round_trips_through_the_description() {
        for memory in [
            Memory::RollingOut { from: 3, to: 4 },
            Memory::Deployed {
                version: 4,
                previous: Some(3),
            },
            Memory::Deployed {
                version: 1,
                previous: None,
            },
            Memory::RolledBack { to: 3, from: 4 },
        ] {
            assert_eq!(Memory::parse(&memory.describe()), Some(memory));
        }
        assert_eq!(Memory::parse("set by hand"), None);
        let lease = Lease {
            owner: "ann@ci:42".into(),
            since: 1_735_689_600,
            until: 1_735_690_200,
        };
        let leased = Memory::RollingOut { from: 3, to: 4 }.describe_leased(&lease);
        assert_eq!(
            Memory::parse(&leased),
            Some(Memory::RollingOut { from: 3, to: 4 })
        );
        assert_eq!(Lease::parse(&leased), Some(lease));
        assert!(leased.len() < 256, "AWS keeps 256 characters");
        assert_eq!(Memory::parse("cargo-sfn: deployed x"), None);
    }

    #[test]
    fn rollback_goes_to_the_old_side_or_the_previous_version() {
        let split_routes = [Route::new(v(4), 30), Route::new(v(3), 70)];
        assert_eq!(
            rollback_target(&split_routes, Some(Memory::RollingOut { from: 3, to: 4 })),
            Ok(3)
        );
        assert_eq!(rollback_target(&split_routes, None), Ok(3));
        let whole = [Route::new(v(4), 100)];
        assert_eq!(
            rollback_target(
                &whole,
                Some(Memory::Deployed {
                    version: 4,
                    previous: Some(3)
                })
            ),
            Ok(3)
        );
        let error =
            rollback_target(&whole, Some(Memory::RolledBack { to: 4, from: 5 })).unwrap_err();
        assert!(
            error.contains("already rolled back to version 4"),
            "{error}"
        );
        let error = rollback_target(&whole, None).unwrap_err();
        assert!(error.contains("--to"), "{error}");
    }

    #[test]
    fn a_rollout_starts_from_the_other_side() {
        assert_eq!(rollout_origin(&[Route::new(v(3), 100)], &v(4)), Some(v(3)));
        // Interrupted at 30%: resume from version 3.
        let split_routes = [Route::new(v(4), 30), Route::new(v(3), 70)];
        assert_eq!(rollout_origin(&split_routes, &v(4)), Some(v(3)));
        // A split between two older versions: the one with most traffic.
        let other = [Route::new(v(2), 20), Route::new(v(3), 80)];
        assert_eq!(rollout_origin(&other, &v(4)), Some(v(3)));
        assert_eq!(rollout_origin(&[Route::new(v(4), 100)], &v(4)), None);
    }

    #[test]
    fn health_names_the_alarm_and_the_execution() {
        assert_eq!(Health::default().problem(), None);
        let health = Health {
            alarms: vec!["orders-errors".into()],
            failed_executions: vec![
                ("arn:e1".into(), "FAILED".into()),
                ("arn:e2".into(), "TIMED_OUT".into()),
            ],
        };
        assert_eq!(
            health.problem().unwrap(),
            "alarm orders-errors in ALARM; execution arn:e1 FAILED (and 1 more)"
        );
    }

    #[test]
    fn missing_alarms_are_listed() {
        let wanted = ["a".to_owned(), "b".to_owned()];
        assert_eq!(missing_alarms(&wanted, &["a".to_owned()]), ["b"]);
        assert!(missing_alarms(&wanted, &wanted).is_empty());
    }

    #[test]
    fn version_numbers_come_from_the_arn() {
        assert_eq!(version_number(&v(12)), Some(12));
        assert_eq!(version_number(M), None);
    }

    #[test]
    fn one_rollout_per_alias_at_a_time() {
        let lease = Lease {
            owner: "ann@ci:42".into(),
            since: 1_000,
            until: 2_000,
        };
        let leased = Memory::RollingOut { from: 3, to: 4 }.describe_leased(&lease);
        assert_eq!(may_roll_out(&leased, "ann@ci:42", 1_500, false), Ok(()));
        let busy = may_roll_out(&leased, "bob@ci:7", 1_500, false).unwrap_err();
        assert!(
            busy.contains("from version 3 to 4 by ann@ci:42 is in flight"),
            "{busy}"
        );
        assert_eq!(may_roll_out(&leased, "bob@ci:7", 1_500, true), Ok(()));
        let stale = may_roll_out(&leased, "bob@ci:7", 2_500, false).unwrap_err();
        assert!(
            stale.contains("stopped half-way") && stale.contains("--take-over"),
            "{stale}"
        );
        assert_eq!(may_roll_out(&leased, "bob@ci:7", 2_500, true), Ok(()));
        let unleased = Memory::RollingOut { from: 3, to: 4 }.describe();
        assert!(may_roll_out(&unleased, "bob@ci:7", 0, false).is_err());
        let done = Memory::Deployed {
            version: 4,
            previous: Some(3),
        }
        .describe();
        assert_eq!(may_roll_out(&done, "bob@ci:7", 0, false), Ok(()));
        assert_eq!(timestamp(1_735_689_600), "2025-01-01T00:00:00Z");
    }
}
