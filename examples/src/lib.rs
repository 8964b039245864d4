//! Real workflows written with `sfn`, each a public function returning a [`sfn::Workflow`]:
//! `cargo sfn build` finds them and writes their definitions under `target/sfn/<name>/`.
//!
//! What they call is typed and declared once in [`resources`] (bound per environment by
//! `sfn.toml`, no ARN written by hand); the Lambda functions are the Rust handlers of
//! [`handlers`], which answer the examples' tests.

pub mod distributed_map;
pub mod etl_pipeline;
pub mod express_ingest;
pub mod handlers;
pub mod human_approval;
pub mod jsonata_variables;
pub mod order_processing;
pub mod resources;
pub mod saga;
