//! Real workflows written with `sfn`, each a public function returning a [`sfn::Workflow`]:
//! `cargo sfn build` finds them and writes their definitions under `target/sfn/<name>/`.
//!
//! The account, region and resource names live in [`aws`], so each workflow reads like the
//! architecture it implements.

pub mod aws;
pub mod distributed_map;
pub mod etl_pipeline;
pub mod express_ingest;
pub mod human_approval;
pub mod jsonata_variables;
pub mod order_processing;
pub mod saga;
