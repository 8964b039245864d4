//! Distributed Map over an S3 inventory manifest: one child execution per batch of objects,
//! 1000 at a time, tolerating a few failures, with the results written back to S3.

use serde_json::Value;
use sfn::prelude::*;

use crate::aws;

/// The distributed map workflow.
pub fn image_thumbnails() -> Workflow {
    let job = input::<Value>();
    let resize = Task::new(
        "Resize images",
        lambda::invoke(aws::function("resize-images")).payload(
            object()
                .with("objects", path("$.Items"))
                .with("bucket", path("$.BatchInput.bucket")),
        ),
    )
    .output_path("$.Payload")
    .retry(Retry::lambda_transient())
    .retry(Retry::on(["ImageTooLarge"]).max_attempts(0));

    let each = Map::new("Thumbnail every image")
        .distributed(ExecutionType::Express)
        .label("thumbnails")
        .item_reader(ItemReader::s3_manifest(
            "inventory-reports",
            job.field::<String>("manifestKey"),
        ))
        .item_batcher(
            ItemBatcher::new()
                .max_items(100)
                .max_bytes(262_144)
                .batch_input(object().with("bucket", job.field::<String>("outputBucket"))),
        )
        .max_concurrency(1000)
        .tolerated_failure_percentage(5)
        .processor(resize)
        .result_writer(
            ResultWriter::s3("thumbnail-results", "runs").writer_config("JSONL", "COMPACT"),
        )
        .result_path("$.results")
        .catch(Catch::on(
            [errors::EXCEED_TOLERATED_FAILURE_THRESHOLD],
            Fail::new("Too many failures").error("ThumbnailsFailed"),
        ));

    Workflow::new(
        "image-thumbnails",
        each.next(Succeed::new("All thumbnails written")),
    )
    .comment("Create thumbnails for every image an S3 inventory lists")
}
