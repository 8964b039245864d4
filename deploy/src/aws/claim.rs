//! Optimistic concurrency on an alias: a rollout remembers what it last saw or wrote there
//! (routing and description), and before each routing change reads the alias again. Anything
//! else found there means another deploy, a person or a tool moved it: the rollout stops
//! without touching it and says who, and never "rolls back" someone else's change.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::alias::{Stop, route_with_description};
use super::{Aws, read};
use crate::deployment::current::CurrentAlias;
use crate::deployment::routing::{Lease, Memory, Route, may_roll_out};

/// What this deploy expects to find on the alias.
#[derive(Debug, Clone)]
pub struct Claim {
    pub alias_arn: String,
    pub owner: String,
    routes: Vec<Route>,
    description: String,
    /// When the lease of this rollout began (seconds since the epoch).
    since: u64,
}

/// Extra time a lease holds beyond the rollout's own steps (slow calls, retries).
const LEASE_MARGIN: Duration = Duration::from_secs(120);

impl Claim {
    /// What the deploy read before any write.
    pub fn from_read(alias: &CurrentAlias, owner: &str) -> Claim {
        Claim {
            alias_arn: alias.arn.clone(),
            owner: owner.to_owned(),
            routes: sorted(&alias.routes),
            description: alias.description.clone(),
            since: now(),
        }
    }

    /// Takes the alias for a rollout before any traffic moves: writes the lease with the
    /// routing as it is, waits [`settle`], and reads the alias back. Two deploys that both
    /// found the alias free both write; the first to write reads the other's lease and backs
    /// off with `Stop::Busy`, because the wait is longer than any deploy takes from reading
    /// the alias to writing it (Fischer's mutual exclusion, with the alias as the shared
    /// register).
    pub async fn acquire(
        &mut self,
        aws: &Aws,
        memory: Memory,
        holds: Duration,
    ) -> Result<(), Stop> {
        let routes = self.routes.clone();
        let taken = match self.route(aws, &routes, memory, Some(holds)).await {
            Ok(()) => {
                tokio::time::sleep(settle()).await;
                self.check(aws).await
            }
            Err(stop) => Err(stop),
        };
        match taken {
            Err(Stop::Refused(why)) => Err(Stop::Busy(self.who_took_it(aws).await.unwrap_or(why))),
            other => other,
        }
    }

    /// The rollout that holds the alias now, as a refusal names it.
    async fn who_took_it(&self, aws: &Aws) -> Option<String> {
        let found = read::read_alias(aws, &self.alias_arn).await.ok()??;
        let busy = may_roll_out(&found.description, &self.owner, now(), false).err()?;
        Some(format!(
            "another deploy took alias {} first: {busy}",
            self.alias_arn
        ))
    }

    /// Re-reads the alias: `Stop::Refused` naming who changed it when it is not as expected.
    pub async fn check(&self, aws: &Aws) -> Result<(), Stop> {
        let found = read::read_alias(aws, &self.alias_arn).await?;
        let Some(found) = found else {
            return Err(Stop::Refused(format!(
                "alias {} was deleted during the deploy; stopping without touching it",
                self.alias_arn
            )));
        };
        if sorted(&found.routes) == self.routes && found.description == self.description {
            return Ok(());
        }
        let by = changed_by(&found.description);
        let routes: Vec<String> = found
            .routes
            .iter()
            .map(|r| format!("{}% on {}", r.weight, r.version_arn))
            .collect();
        Err(Stop::Refused(format!(
            "alias {} was changed {by} during this rollout (it now routes {}); stopping without touching it",
            self.alias_arn,
            routes.join(", ")
        )))
    }

    /// Checks the alias, then moves it to `routes` with `memory`, leased for `holds` more
    /// when the rollout goes on (`None`: the rollout ends with this write).
    pub async fn route(
        &mut self,
        aws: &Aws,
        routes: &[Route],
        memory: Memory,
        holds: Option<Duration>,
    ) -> Result<(), Stop> {
        self.check(aws).await?;
        let description = match holds {
            Some(holds) => memory.describe_leased(&Lease {
                owner: self.owner.clone(),
                since: self.since,
                until: now() + (holds + LEASE_MARGIN).as_secs(),
            }),
            None => memory.describe(),
        };
        route_with_description(aws, &self.alias_arn, routes, &description).await?;
        self.routes = sorted(routes);
        self.description = description;
        Ok(())
    }
}

/// Who wrote `description` into an alias a rollout expected to find as it left it.
fn changed_by(description: &str) -> String {
    match (Lease::parse(description), Memory::parse(description)) {
        (Some(lease), _) => format!("by {}", lease.owner),
        (None, Some(Memory::RolledBack { to, from })) => {
            format!("by `cargo sfn rollback` (back to version {to} from {from})")
        }
        (None, Some(_)) => "by another cargo sfn deploy".to_owned(),
        (None, None) => format!("outside cargo sfn (its description is now {description:?})"),
    }
}

/// How long [`Claim::acquire`] waits before reading its lease back: many times what a deploy
/// takes between reading the alias and writing it (two calls, tens of milliseconds against
/// AWS). `SFN_SETTLE_MS` sets it (the tests shorten and lengthen it).
pub fn settle() -> Duration {
    std::env::var("SFN_SETTLE_MS")
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(Duration::from_secs(1), Duration::from_millis)
}

fn sorted(routes: &[Route]) -> Vec<Route> {
    let mut routes = routes.to_vec();
    routes.sort_by(|a, b| a.version_arn.cmp(&b.version_arn));
    routes
}

/// Seconds since the epoch.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Who this deploy is, in leases: `user@host:pid`.
pub fn owner() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "someone".into());
    let host = std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into());
    let owner = format!("{user}@{host}:{}", std::process::id());
    owner
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(80)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rollback_is_named_as_what_stopped_the_rollout() {
        let rolled_back = Memory::RolledBack { to: 3, from: 4 }.describe();
        assert_eq!(
            changed_by(&rolled_back),
            "by `cargo sfn rollback` (back to version 3 from 4)"
        );
        let deployed = Memory::Deployed {
            version: 5,
            previous: Some(4),
        }
        .describe();
        assert_eq!(changed_by(&deployed), "by another cargo sfn deploy");
        assert_eq!(
            changed_by("edited in the console"),
            "outside cargo sfn (its description is now \"edited in the console\")"
        );
    }
}
