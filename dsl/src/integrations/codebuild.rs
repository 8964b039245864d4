//! AWS CodeBuild: start a build (`codebuild:startBuild`).

use super::{Integration, call};
use crate::template::Template;

call! {
    /// `StartBuild`. Use `.sync()` to wait for the build to finish.
    StartBuild {}
    patterns { sync }
}

/// Starts a build of `project`.
pub fn start_build(project: impl Into<Template>) -> StartBuild {
    let mut call = Integration::service("codebuild:startBuild");
    call.set("ProjectName", project);
    StartBuild(call)
}
