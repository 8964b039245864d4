//! Activities: work done by your own workers polling `GetActivityTask`.

use super::{Integration, Resource};

/// Runs the activity `activity_arn`; the task waits until a worker reports back.
pub fn run(activity_arn: impl Into<String>) -> Integration {
    Integration::new(Resource::Arn(activity_arn.into()))
}
