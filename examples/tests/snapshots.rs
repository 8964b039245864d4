//! Every example compiles to a valid definition, with no warning, that matches its snapshot
//! and survives a parse/emit round trip unchanged.

use sfn::{Options, Workflow};
use sfn_examples::*;

fn check(workflow: Workflow) {
    let compiled = workflow.compile().unwrap_or_else(|error| panic!("{error}"));
    assert!(
        compiled.warnings().is_empty(),
        "{}: {:?}",
        compiled.name(),
        compiled.warnings()
    );
    let text = compiled.to_json_pretty();
    let options = Options {
        machine_type: compiled.machine_type(),
    };
    let report = sfn::check(&text, &options);
    assert!(report.is_valid(), "{:?}", report.diagnostics);
    assert_eq!(report.machine.as_ref(), Some(compiled.machine()));
    insta::assert_snapshot!(compiled.name(), text);
}

#[test]
fn order_processing() {
    check(order_processing::order_processing());
}

#[test]
fn etl_pipeline() {
    check(etl_pipeline::etl_pipeline());
}

#[test]
fn distributed_map() {
    check(distributed_map::image_thumbnails());
}

#[test]
fn saga() {
    check(saga::travel_saga());
}

#[test]
fn human_approval() {
    check(human_approval::expense_approval());
}

#[test]
fn express_ingest() {
    check(express_ingest::clickstream_ingest());
}

#[test]
fn jsonata_variables() {
    check(jsonata_variables::loyalty_discount());
}
