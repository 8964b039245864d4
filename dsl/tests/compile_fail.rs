//! Mistakes that must not compile, with the errors users see (trybuild; the toolchain is
//! pinned in rust-toolchain.toml so the expected output stays stable). After an intended
//! change: `TRYBUILD=overwrite cargo test -p sfn --test compile_fail`.

#[test]
fn typed_references() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/payload/*.rs");
}

#[test]
fn workflow_structure() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/workflow/*.rs");
}

#[test]
fn registration() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/register/*.rs");
}

#[test]
fn typed_integration_parameters() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/integrations/*.rs");
}

#[test]
fn typed_resources() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/resources/*.rs");
}
