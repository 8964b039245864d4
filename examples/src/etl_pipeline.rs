//! ETL pipeline: transform with a Glue job and profile the data with Lambda side by side,
//! load into Redshift through the Redshift Data API (polling until the load finishes), and
//! notify on success or failure.

use serde_json::Value;
use sfn::prelude::*;

use crate::resources::{ANALYTICS_WAREHOUSE, ETL_ALERTS, PROFILE_DATASET};

fn run() -> Ref<Value> {
    input::<Value>()
}

fn transform() -> glue::StartJobRun {
    glue::start_job_run("sales-transform")
        .arguments(
            object()
                .with("--input_path", run().field::<String>("inputPath"))
                .with("--output_path", run().field::<String>("stagingPath")),
        )
        .sync()
}

fn profile() -> sfn::resources::Invoke<Value> {
    PROFILE_DATASET.invoke(object().with("path", run().field::<String>("inputPath")))
}

/// The load, as the warehouse's ETL user (temporary credentials: no secret to manage).
fn copy_into_redshift() -> sdk::SdkCall {
    sdk::call("redshiftdata", "executeStatement").parameters(
        object()
            .with("ClusterIdentifier", ANALYTICS_WAREHOUSE.identifier())
            .with("Database", "sales")
            .with("DbUser", "etl")
            .with("Sql", intrinsic("States.Format('COPY sales FROM \\'{}\\' IAM_ROLE default FORMAT AS PARQUET', $.stagingPath)")),
    )
}

fn load_status() -> Ref<String> {
    run().field::<Value>("loadStatus").field::<String>("status")
}

fn notify(message: impl Into<Template>, subject: &str) -> sns::Publish {
    sns::publish(ETL_ALERTS.arn(), message).subject(subject)
}

workflow! {
    /// The ETL pipeline workflow.
    pub fn etl_pipeline() -> "etl-pipeline" {
        comment("Glue transform and profiling in parallel, Redshift load, notifications");
        timeout_seconds(6 * 3600);
        start "Transform and profile";

        "Transform and profile": Parallel
            .branch({
                start "Transform with Glue";
                "Transform with Glue": Task(transform())
                    .result_selector(object().with("jobRunId", path("$.Id")).with("state", path("$.JobRunState")))
                    .retry(Retry::on(["Glue.ConcurrentRunsExceededException"]).interval_seconds(60).max_attempts(3));
            })
            .branch({
                start "Profile data";
                "Profile data": Task(profile()).output_path("$.Payload").retry(Retry::lambda_transient());
            })
            .result_selector(object().with("glue", path("$[0]")).with("profile", path("$[1]")))
            .result_path("$.prepared")
            .catch(Catch::all("Notify error").result_path("$.error"))
            .next("Load into Redshift");
        "Notify error": Task(notify(
                object().with("run", run().field::<String>("runId")).with("error", run().field::<Value>("error")),
                "ETL pipeline failed",
            ))
            .next("Pipeline failed");
        "Pipeline failed": Fail.error("EtlFailed");

        "Load into Redshift": Task(copy_into_redshift())
            .result_selector(object().with("statementId", path("$.Id")))
            .result_path("$.load")
            .allow_resources([&ANALYTICS_WAREHOUSE])
            .catch(Catch::all("Notify error").result_path("$.error"))
            .next("Wait for load");
        "Wait for load": Wait.seconds(30).next("Check load");
        "Check load": Task(sdk::call("redshiftdata", "describeStatement")
                .parameter("Id", run().field::<Value>("load").field::<String>("statementId")))
            .result_selector(object().with("status", path("$.Status")).with("error", path("$.Error")))
            .result_path("$.loadStatus")
            // DescribeStatement has no resource-level permissions.
            .allow_resources(["*"])
            .catch(Catch::all("Notify error").result_path("$.error"))
            .next("Load finished?");
        "Load finished?": Choice
            .when(load_status().equals("FINISHED"), "Notify success")
            .when(any([load_status().equals("FAILED"), load_status().equals("ABORTED")]), "Load failed")
            .otherwise("Wait for load");
        "Notify success": Task(notify(intrinsic("States.Format('ETL run {} loaded', $.runId)"), "ETL pipeline succeeded"))
            .discard_result()
            .next("Loaded");
        "Loaded": Succeed;
        "Load failed": Pass
            .result(Value::from("Redshift load failed"))
            .result_path("$.error")
            .next("Notify error");
    }
}
