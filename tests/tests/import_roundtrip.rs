//! `cargo sfn import` on the whole corpus: the generated builder code, compiled and run,
//! gives back the same definition.

use serde_json::Value;
use sfn_codegen::{Options, check, emit};

mod corpus {
    include!(concat!(env!("OUT_DIR"), "/corpus_imports.rs"));
}

fn original(file: &str) -> Value {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/corpus")
        .join(file);
    let text = std::fs::read_to_string(path).unwrap();
    let machine = check(&text, &Options::default()).machine.unwrap();
    emit::to_value(&machine)
}

#[test]
fn every_corpus_definition_imports() {
    assert!(
        corpus::NOT_IMPORTED.is_empty(),
        "{:#?}",
        corpus::NOT_IMPORTED
    );
    assert_eq!(
        corpus::IMPORTED.len(),
        221,
        "the shared corpus must be at ../shared/corpus"
    );
}

#[test]
fn imported_code_builds_the_same_definition() {
    let mut failures = Vec::new();
    for (file, workflow) in corpus::IMPORTED {
        let built = match workflow().to_machine() {
            Ok(machine) => emit::to_value(&machine),
            Err(error) => {
                failures.push(format!("{file}: {error}"));
                continue;
            }
        };
        let expected = original(file);
        if built != expected {
            failures.push(format!(
                "{file}:\n  built    {}\n  expected {}",
                serde_json::to_string(&built).unwrap(),
                serde_json::to_string(&expected).unwrap()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        corpus::IMPORTED.len(),
        failures.join("\n")
    );
}
