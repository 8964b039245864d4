//! Distributed Map over an S3 inventory manifest: one child execution per batch of objects,
//! 1000 at a time, tolerating a few failures, with the results written back to S3.

use serde_json::Value;
use sfn::prelude::*;

use crate::resources::{INVENTORY_REPORTS, THUMBNAIL_RESULTS, resize_images};

fn job() -> Ref<Value> {
    input::<Value>()
}

fn manifest() -> ItemReader {
    ItemReader::s3_manifest(
        INVENTORY_REPORTS.bucket(),
        job().field::<String>("manifestKey"),
    )
}

fn batches() -> ItemBatcher {
    ItemBatcher::new()
        .max_items(100)
        .max_bytes(262_144)
        .batch_input(object().with("bucket", job().field::<String>("outputBucket")))
}

/// One batch, as the item batcher hands it over: the objects and the batch input.
fn resize() -> sfn::resources::FunctionCall<crate::handlers::Resized> {
    let batch = input::<Value>();
    resize_images()
        .invoke(sfn::args!(crate::handlers::Batch {
            objects: batch.field::<Vec<Value>>("Items"),
            bucket: batch.field::<Value>("BatchInput").field::<String>("bucket"),
        }))
        .payload_only()
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
                    .retry(Retry::lambda_transient())
                    .retry(Retry::on(["ImageTooLarge"]).max_attempts(0));
            })
            .result_writer(ResultWriter::s3(THUMBNAIL_RESULTS.bucket(), "runs").writer_config(OutputType::JsonLines, Transformation::Compact))
            .result_path("$.results")
            .catch(Catch::on([errors::EXCEED_TOLERATED_FAILURE_THRESHOLD], "Too many failures"))
            .next("All thumbnails written");
        "Too many failures": Fail.error("ThumbnailsFailed");
        "All thumbnails written": Succeed;
    }
}
