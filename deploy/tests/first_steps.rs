//! What a newcomer meets first: `cargo sfn new`, then `cargo sfn build` on a crate with a
//! broken, panicking or missing workflow, or while another build holds the target folder.
//! The crates here share this workspace's target folder and lock file, so nothing is built twice.

use std::borrow::BorrowMut;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap()
}

/// `cargo sfn ARGS` in `dir`, building into this workspace's target folder.
fn cargo_sfn(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cargo-sfn"));
    command
        .arg("sfn")
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", root().join("target"))
        .env("NO_COLOR", "1");
    command
}

fn run(mut command: impl BorrowMut<Command>) -> (Output, String) {
    let output = command.borrow_mut().output().expect("the command runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output, stderr)
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cargo-sfn-first-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A crate depending on this workspace's `sfn`, with `lib` as its library, pinned to the
/// workspace's dependency versions.
fn user_crate(name: &str, lib: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let sfn = root().join("dsl").display().to_string();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\nsfn = {{ path = {sfn:?} }}\n\n[workspace]\n"),
    )
    .unwrap();
    std::fs::write(dir.join("src/lib.rs"), lib).unwrap();
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    dir
}

#[test]
fn a_new_crate_tests_and_builds_at_once() {
    let parent = scratch("new");
    let (output, stderr) = run(cargo_sfn(&parent, &["new", "order-flow"]));
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains("cd order-flow && cargo test && cargo sfn build"),
        "{stderr}"
    );
    let dir = parent.join("order-flow");
    for file in [
        "Cargo.toml",
        "Cargo.lock",
        "src/lib.rs",
        "tests/workflow.rs",
        "sfn.toml",
        "README.md",
        ".gitignore",
    ] {
        assert!(dir.join(file).exists(), "{file} missing");
    }

    let (output, stderr) = run(Command::new(env!("CARGO"))
        .args(["test", "--quiet"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", root().join("target")));
    assert!(
        output.status.success(),
        "cargo test failed in the new crate:\n{stderr}"
    );
    // Its tests ran the workflow's three branches, mocked.
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("3 passed"), "{stdout}");

    // `cargo sfn test` runs them again and shows what they exercised of the workflow.
    let (output, stderr) = run(cargo_sfn(
        &dir,
        &["test", "--format", "json", "--", "--quiet"],
    ));
    assert!(output.status.success(), "{stderr}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let start = stdout.find("{\n").expect("a JSON report");
    let report: serde_json::Value = serde_json::from_str(&stdout[start..]).unwrap();
    assert_eq!(report["passed"], true, "{report}");
    assert_eq!(report["workflows"][0]["workflow"], "order-flow", "{report}");
    assert_eq!(report["workflows"][0]["runs"], 3, "{report}");
    let coverage = &report["workflows"][0]["coverage"];
    assert!(coverage["covered"].as_u64() > Some(0), "{report}");

    let out = dir.join("out");
    let (output, stderr) = run(cargo_sfn(&dir, &["build", "--out-dir"]).arg(&out));
    assert!(output.status.success(), "{stderr}");
    let definition = std::fs::read_to_string(out.join("order-flow/definition.asl.json")).unwrap();
    assert!(definition.contains("\"Review order\""), "{definition}");
    assert!(out.join("order-flow/input.schema.json").exists());

    // Its sfn.toml is one the deploy commands accept.
    let (output, stderr) = run(cargo_sfn(&dir, &["build", "--env", "dev", "--out-dir"]).arg(&out));
    assert!(
        !output.status.success() && stderr.contains("sets no `account`"),
        "{stderr}"
    );
}

#[test]
fn new_refuses_a_bad_name_and_a_folder_in_use() {
    let parent = scratch("new-refusals");
    let (output, stderr) = run(cargo_sfn(&parent, &["new", "2fast"]));
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("starting with a letter"), "{stderr}");

    std::fs::create_dir_all(parent.join("taken")).unwrap();
    std::fs::write(parent.join("taken/notes.txt"), "mine").unwrap();
    let (output, stderr) = run(cargo_sfn(&parent, &["new", "taken"]));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.contains("already exists and is not empty"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_dir(parent.join("taken")).unwrap().count(), 1);
}

#[test]
fn build_reports_a_broken_workflow_and_writes_nothing() {
    let dir = user_crate(
        "broken",
        "use sfn::prelude::*;\npub mod flows {\n    use super::*;\n    pub fn looping() -> Workflow {\n        Workflow::new(\"looping\", Pass::new(\"Start\").next(goto(\"Strat\")))\n    }\n}\n",
    );
    let out = dir.join("out");
    let (output, stderr) = run(cargo_sfn(&dir, &["build", "--out-dir"]).arg(&out));
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error: flows::looping: workflow `looping` is refused:\n  - error[MISSING_TRANSITION_TARGET] States.Start.Next:"),
        "{stderr}"
    );
    assert!(stderr.contains("MISSING_TRANSITION_TARGET"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn a_workflow_that_panics_is_named_with_its_place_and_message() {
    let dir = user_crate(
        "panicky",
        "use sfn::prelude::*;\npub fn fine() -> Workflow { Workflow::new(\"fine\", Succeed::new(\"Done\")) }\npub fn broken() -> Workflow {\n    let limit: Option<u32> = None;\n    Workflow::new(\"broken\", Wait::new(\"Nap\").seconds(limit.expect(\"the nap length is configured\")))\n}\n",
    );
    let out = dir.join("out");
    let (output, stderr) = run(cargo_sfn(&dir, &["build", "--out-dir"]).arg(&out));
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error: broken: panicked while building its workflow at ")
            && stderr.contains("src/lib.rs:5:")
            && stderr.contains("the nap length is configured"),
        "{stderr}"
    );
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");
    assert!(!out.exists(), "nothing is written when one workflow fails");
}

#[test]
fn a_crate_without_workflows_is_told_what_a_workflow_is() {
    let dir = user_crate("empty", "pub fn helper() -> u32 { 1 }\n");
    let (output, stderr) = run(cargo_sfn(&dir, &["build"]));
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no workflow found in"), "{stderr}");
    assert!(
        stderr.contains("pub fn orders() -> sfn::Workflow"),
        "{stderr}"
    );
    assert!(stderr.contains("cargo sfn new NAME"), "{stderr}");
}

#[test]
fn a_build_waiting_for_cargo_s_lock_says_so() {
    let dir = user_crate(
        "waiting",
        "use sfn::prelude::*;\npub fn hello() -> Workflow { Workflow::new(\"hello\", Succeed::new(\"Done\")) }\n",
    );
    let lock_path = root().join("target/debug/.cargo-lock");
    std::fs::create_dir_all(lock_path.parent().unwrap()).unwrap();
    // Held as another cargo would hold it (an exclusive lock on the build folder).
    let lock = std::fs::File::create(&lock_path).unwrap();
    lock.lock().unwrap();
    let mut child = cargo_sfn(&dir, &["build", "--out-dir"])
        .arg(dir.join("out"))
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut said = String::new();
    while !said.contains("waiting for it to finish") && Instant::now() < deadline {
        let mut line = String::new();
        if stderr.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        said.push_str(&line);
    }
    assert!(
        said.contains("note: another cargo build is using"),
        "{said}"
    );
    drop(lock);
    let status = child.wait().unwrap();
    let mut rest = String::new();
    let _ = std::io::Read::read_to_string(&mut stderr, &mut rest);
    assert!(status.success(), "{said}{rest}");
    assert!(dir.join("out/hello/definition.asl.json").exists());
}
