//! Every example compiles to a valid definition, with no warning, that survives a parse/emit
//! round trip unchanged; the definition as deployed (typed resources as `${sfn...}`
//! placeholders) matches its snapshot, and a declared input type's JSON Schema its own.

mod common;

use sfn::{Options, Workflow};

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
    insta::assert_snapshot!(compiled.name(), compiled.to_deployable_json());
    if let Some(schema) = compiled.input_schema() {
        let name = format!("{}.input-schema", compiled.name());
        insta::assert_json_snapshot!(name, schema);
    }
}

common::each_example!(check);
