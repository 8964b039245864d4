//! Amazon ECS and Fargate: run a task (`ecs:runTask`).

use super::{Integration, call};
use crate::template::{Template, array, object};

call! {
    /// `RunTask`. Use `.sync()` to wait for the task to stop.
    RunTask {}
    patterns { sync wait }
}

/// Runs a task of `task_definition` (family, `family:revision` or ARN) on `cluster`.
pub fn run_task(cluster: impl Into<Template>, task_definition: impl Into<Template>) -> RunTask {
    let mut call = Integration::service("ecs:runTask");
    call.set("Cluster", cluster);
    call.set("TaskDefinition", task_definition);
    RunTask(call)
}

impl RunTask {
    /// Runs on Fargate in the given subnets and security groups (`awsvpc` networking).
    pub fn fargate<S: Into<Template>, G: Into<Template>>(
        self,
        subnets: impl IntoIterator<Item = S>,
        security_groups: impl IntoIterator<Item = G>,
        public_ip: bool,
    ) -> Self {
        let vpc = object()
            .with("Subnets", array(subnets))
            .with("SecurityGroups", array(security_groups))
            .with(
                "AssignPublicIp",
                if public_ip { "ENABLED" } else { "DISABLED" },
            );
        self.launch_type("FARGATE")
            .network_configuration(object().with("AwsvpcConfiguration", vpc))
    }
}
