//! A high-volume Express workflow: enrich an incoming event, store it and publish it, all
//! request-response (Express workflows cannot wait for jobs or callbacks).

use serde_json::Value;
use sfn::prelude::*;

use crate::aws;

/// The express ingestion workflow.
pub fn clickstream_ingest() -> Workflow {
    let event = input::<Value>();
    let enrich = Task::new(
        "Enrich event",
        lambda::invoke(aws::function("enrich-click")).payload(event.clone()),
    )
    .output_path("$.Payload")
    .retry(Retry::lambda_transient());

    let store = Task::new(
        "Store event",
        dynamodb::put_item(
            "clicks",
            object()
                .with(
                    "sessionId",
                    object().with("S", event.field::<String>("sessionId")),
                )
                .with(
                    "timestamp",
                    object().with("S", event.field::<String>("timestamp")),
                )
                .with("page", object().with("S", event.field::<String>("page"))),
        ),
    )
    .discard_result()
    .retry(
        Retry::on(["DynamoDB.ProvisionedThroughputExceededException"])
            .interval_seconds(1)
            .max_attempts(4)
            .jitter(JitterStrategy::Full),
    );

    let publish = Task::new(
        "Publish event",
        eventbridge::put_events([eventbridge::Entry::new(
            "app.clickstream",
            "Click",
            event.clone(),
        )
        .bus("analytics")]),
    )
    .discard_result();

    let skip = Succeed::new("Ignored bot");
    let is_bot = event.field::<Option<bool>>("bot");
    Workflow::new(
        "clickstream-ingest",
        Choice::new("Bot?")
            .when(
                all([is_bot.is_present(), is_bot.clone().unwrap().equals(true)]),
                skip,
            )
            .otherwise(
                enrich
                    .next(store)
                    .next(publish)
                    .next(Succeed::new("Ingested")),
            ),
    )
    .express()
    .comment("Ingest one click event")
}
