//! The committed service catalog is what `tools/catalog/generate.py` makes from the pinned
//! botocore, so it cannot drift by hand. Regenerates it into a scratch folder (the script
//! installs botocore into a virtualenv under `target/tmp` the first time) and compares.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
        .to_owned()
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("catalog folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn regenerating_the_catalog_from_the_pinned_models_reproduces_it() {
    let root = root();
    let work = root.join("target/tmp");
    let out = work.join("catalog-regenerated");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&work).expect("target/tmp");
    let status = Command::new("sh")
        .arg("tools/catalog/regen.sh")
        .current_dir(&root)
        .env("OUT", &out)
        .env("TMPDIR", &work)
        .status()
        .expect("sh runs");
    assert!(
        status.success(),
        "tools/catalog/regen.sh failed (it needs python3 with venv, and the package registry)"
    );

    let committed = root.join("codegen/catalog");
    let mut made = files(&out);
    made.retain(|name| name.ends_with(".json"));
    let had = files(&committed);
    let added: Vec<&String> = made.iter().filter(|n| !had.contains(n)).collect();
    let gone: Vec<&String> = had.iter().filter(|n| !made.contains(n)).collect();
    assert!(
        added.is_empty() && gone.is_empty(),
        "the services differ: {added:?} made but not committed, {gone:?} committed but not made"
    );
    for name in &made {
        let a = std::fs::read_to_string(out.join(name)).unwrap();
        let b = std::fs::read_to_string(committed.join(name)).unwrap();
        assert!(
            a == b,
            "codegen/catalog/{name} is not what the generator makes"
        );
    }
    for (made, committed) in [
        ("files.rs", "codegen/src/catalog/files.rs"),
        ("setters.rs", "dsl/src/integrations/setters.rs"),
        ("service_errors.rs", "dsl/src/errors/sdk.rs"),
    ] {
        let a = std::fs::read_to_string(out.join(made)).unwrap();
        let b = std::fs::read_to_string(root.join(committed)).unwrap();
        assert!(a == b, "{committed} is not what the generator makes");
    }
}
