//! Imports every definition of the shared corpus into builder code, compiled into the
//! round-trip test (`tests/import_roundtrip.rs`).

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    println!("cargo:rerun-if-changed={}", corpus.display());
    println!("cargo:rerun-if-changed=build.rs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "json") && !p.ends_with("manifest.json")
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();

    let mut modules = String::new();
    let mut imported = String::from(
        "pub type Build = fn() -> sfn::Workflow;\npub const IMPORTED: &[(&str, Build)] = &[\n",
    );
    let mut failed = String::from("pub const NOT_IMPORTED: &[(&str, &str)] = &[\n");
    for (i, path) in files.iter().enumerate() {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let report = sfn_codegen::check(&text, &sfn_codegen::Options::default());
        let Some(machine) = report.machine else {
            writeln!(failed, "    ({file:?}, \"does not parse\"),").unwrap();
            continue;
        };
        let name = sfn_import::workflow_name(path.file_stem().unwrap().to_str().unwrap_or("w"));
        match sfn_import::workflow_fn(&machine, &name, "workflow") {
            Ok(tokens) => {
                writeln!(
                    modules,
                    "pub mod c{i} {{\n#![allow(unused_imports, clippy::all)]\nuse sfn::prelude::*;\nuse sfn::{{Operator, Pattern, ProcessorMode, Resource}};\n{tokens}\n}}"
                )
                .unwrap();
                writeln!(imported, "    ({file:?}, c{i}::workflow),").unwrap();
            }
            Err(error) => writeln!(failed, "    ({file:?}, {:?}),", error.to_string()).unwrap(),
        }
    }
    imported.push_str("];\n");
    failed.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("corpus_imports.rs");
    std::fs::write(out, format!("{modules}\n{imported}\n{failed}")).unwrap();
}
