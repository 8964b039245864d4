use sfn::prelude::*;

fn main() {
    // ECS's Count is an integer in the service's model.
    let _ = ecs::run_task("cluster", "task:1").count("3");
}
