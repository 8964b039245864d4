//! A high-volume Express workflow: enrich an incoming event, store it and publish it, all
//! request-response (Express workflows cannot wait for jobs or callbacks).

use sfn::prelude::*;

use crate::handlers::{Click, EnrichedClick};
use crate::resources::{ANALYTICS, CLICKS, StoredClick, enrich_click};

/// The express ingestion workflow.
pub fn clickstream_ingest() -> Workflow {
    let click = input::<Click>();
    let enrich = Task::new("Enrich event", enrich_click().invoke(&click).payload_only())
        .retry(Retry::lambda_transient());

    // After "Enrich event", the state's input is the enriched click.
    let enriched = input::<EnrichedClick>().fields();
    let store = Task::new(
        "Store event",
        CLICKS.put_item(sfn::args!(StoredClick {
            session_id: enriched.session_id(),
            timestamp: enriched.timestamp(),
            page: enriched.page(),
        })),
    )
    .discard_result()
    .retry(
        Retry::on([errors::dynamodb::PROVISIONED_THROUGHPUT_EXCEEDED])
            .interval_seconds(1)
            .max_attempts(4)
            .jitter(JitterStrategy::Full),
    );

    let publish = Task::new(
        "Publish event",
        eventbridge::put_events([ANALYTICS.entry(
            "app.clickstream",
            "Click",
            input::<EnrichedClick>(),
        )]),
    )
    .discard_result();

    let skip = Succeed::new("Ignored bot");
    let is_bot = click.fields().bot();
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
