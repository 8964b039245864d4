//! Distributed Map over an S3 inventory manifest: one child execution per batch of objects,
//! 1000 at a time, tolerating a few failures, with the results written back to S3.

use serde_json::Value;
use sfn::prelude::*;

use crate::aws;

fn job() -> Ref<Value> {
    input::<Value>()
}

fn manifest() -> ItemReader {
    ItemReader::s3_manifest("inventory-reports", job().field::<String>("manifestKey"))
}

fn batches() -> ItemBatcher {
    ItemBatcher::new()
        .max_items(100)
        .max_bytes(262_144)
        .batch_input(object().with("bucket", job().field::<String>("outputBucket")))
}

fn resize() -> lambda::Invoke {
    lambda::invoke(aws::function("resize-images")).payload(
        object()
            .with("objects", path("$.Items"))
            .with("bucket", path("$.BatchInput.bucket")),
    )
}

workflow! {
    /// The distributed map workflow.
    pub fn image_thumbnails() -> "image-thumbnails" {
        comment("Create thumbnails for every image an S3 inventory lists");
        start "Thumbnail every image";

        "Thumbnail every image": Map
            .distributed(ExecutionType::Express)
            .label("thumbnails")
            .item_reader(manifest())
            .item_batcher(batches())
            .max_concurrency(1000)
            .tolerated_failure_percentage(5)
            .processor({
                start "Resize images";
                "Resize images": Task(resize())
                    .output_path("$.Payload")
                    .retry(Retry::lambda_transient())
                    .retry(Retry::on(["ImageTooLarge"]).max_attempts(0));
            })
            .result_writer(ResultWriter::s3("thumbnail-results", "runs").writer_config(OutputType::JsonLines, Transformation::Compact))
            .result_path("$.results")
            .catch(Catch::on([errors::EXCEED_TOLERATED_FAILURE_THRESHOLD], "Too many failures"))
            .next("All thumbnails written");
        "Too many failures": Fail.error("ThumbnailsFailed");
        "All thumbnails written": Succeed;
    }
}
