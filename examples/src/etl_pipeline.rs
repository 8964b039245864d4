//! ETL pipeline: transform with a Glue job and profile the data with Lambda side by side,
//! load into Redshift through the Redshift Data API (polling until the load finishes), and
//! notify on success or failure.

use serde_json::Value;
use sfn::prelude::*;

use crate::aws;

/// The ETL pipeline workflow.
pub fn etl_pipeline() -> Workflow {
    let run = input::<Value>();
    let notify_error = Task::new(
        "Notify error",
        sns::publish(
            aws::topic("etl-alerts"),
            object()
                .with("run", run.field::<String>("runId"))
                .with("error", run.field::<Value>("error")),
        )
        .subject("ETL pipeline failed"),
    )
    .next(Fail::new("Pipeline failed").error("EtlFailed"));
    let on_error = || Catch::all(goto("Notify error")).result_path("$.error");

    let transform = Task::new(
        "Transform with Glue",
        glue::start_job_run("sales-transform")
            .arguments(
                object()
                    .with("--input_path", run.field::<String>("inputPath"))
                    .with("--output_path", run.field::<String>("stagingPath")),
            )
            .sync(),
    )
    .result_selector(
        object()
            .with("jobRunId", path("$.Id"))
            .with("state", path("$.JobRunState")),
    )
    .retry(
        Retry::on(["Glue.ConcurrentRunsExceededException"])
            .interval_seconds(60)
            .max_attempts(3),
    );

    let profile = Task::new(
        "Profile data",
        lambda::invoke(aws::function("profile-dataset"))
            .payload(object().with("path", run.field::<String>("inputPath"))),
    )
    .output_path("$.Payload")
    .retry(Retry::lambda_transient());

    let prepare = Parallel::new("Transform and profile")
        .branch(transform)
        .branch(profile)
        .result_selector(
            object()
                .with("glue", path("$[0]"))
                .with("profile", path("$[1]")),
        )
        .result_path("$.prepared")
        .catch(Catch::all(notify_error).result_path("$.error"));

    let load = Task::new(
        "Load into Redshift",
        sdk::call("redshiftdata", "executeStatement").parameters(
            object()
                .with("ClusterIdentifier", "analytics")
                .with("Database", "sales")
                .with("SecretArn", format!("arn:aws:secretsmanager:{}:{}:secret:redshift-etl", aws::REGION, aws::ACCOUNT))
                .with("Sql", intrinsic("States.Format('COPY sales FROM \\'{}\\' IAM_ROLE default FORMAT AS PARQUET', $.stagingPath)")),
        ),
    )
    .result_selector(object().with("statementId", path("$.Id")))
    .result_path("$.load")
    .allow_resources([aws::redshift_cluster("analytics")])
    .catch(on_error());

    let wait = Wait::new("Wait for load").seconds(30);
    let describe = Task::new(
        "Check load",
        sdk::call("redshiftdata", "describeStatement").parameter(
            "Id",
            run.field::<Value>("load").field::<String>("statementId"),
        ),
    )
    .result_selector(
        object()
            .with("status", path("$.Status"))
            .with("error", path("$.Error")),
    )
    .result_path("$.loadStatus")
    // DescribeStatement has no resource-level permissions.
    .allow_resources(["*"])
    .catch(on_error());

    let status = run.field::<Value>("loadStatus").field::<String>("status");
    let done = Choice::new("Load finished?")
        .when(
            status.equals("FINISHED"),
            Task::new(
                "Notify success",
                sns::publish(
                    aws::topic("etl-alerts"),
                    intrinsic("States.Format('ETL run {} loaded', $.runId)"),
                )
                .subject("ETL pipeline succeeded"),
            )
            .discard_result()
            .next(Succeed::new("Loaded")),
        )
        .when(
            any([status.equals("FAILED"), status.equals("ABORTED")]),
            Pass::new("Load failed")
                .result(Value::from("Redshift load failed"))
                .result_path("$.error")
                .next(goto("Notify error")),
        )
        .otherwise(goto("Wait for load"));

    Workflow::new(
        "etl-pipeline",
        prepare.next(load).next(wait).next(describe).next(done),
    )
    .comment("Glue transform and profiling in parallel, Redshift load, notifications")
    .timeout_seconds(6 * 3600)
}
