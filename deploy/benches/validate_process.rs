//! `cargo sfn validate` over the shared corpus of real definitions, as a whole process (start,
//! read, parse, validate, follow types, print), beside statelint (`@wmfs/statelint`, the
//! Amazon States Language linter) over the same files in the same run. Run with
//! `cargo bench -p cargo-sfn --bench validate_process`; the goal is at least 10x statelint.
//!
//! statelint is taken from `STATELINT` when set, else installed once with npm into
//! `target/statelint` (skipped, with a note, where npm is missing).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 15;
const STATELINT: &str = "@wmfs/statelint@1.30.0";

fn main() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpus = workspace.join("../shared/corpus");
    let files: Vec<PathBuf> = definitions(&corpus);
    let ours = median(RUNS, || {
        let mut command = Command::new(env!("CARGO_BIN_EXE_cargo-sfn"));
        command.args(["sfn", "validate"]).args(&files);
        command
    });
    println!(
        "cargo sfn validate, {} definitions: median {:.1} ms of {RUNS} runs",
        files.len(),
        millis(ours)
    );
    let Some(statelint) = statelint(&workspace.join("target/statelint")) else {
        println!("statelint: not measured (npm not found; set STATELINT to its path)");
        return;
    };
    let theirs = median(RUNS, || {
        let mut command = Command::new(&statelint);
        command.args(&files);
        command
    });
    println!(
        "statelint, same definitions:      median {:.1} ms of {RUNS} runs ({:.1}x ours)",
        millis(theirs),
        theirs.as_secs_f64() / ours.as_secs_f64()
    );
}

/// The corpus's definitions (its manifest is not one).
fn definitions(corpus: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus)
        .expect("../shared/corpus is there")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.file_name().is_some_and(|n| n != "manifest.json"))
        .collect();
    files.sort();
    files
}

/// The median wall time of `runs` runs of the command, after one warm-up run.
fn median(runs: usize, command: impl Fn() -> Command) -> Duration {
    let run = || {
        let started = Instant::now();
        let status = command()
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("the command starts");
        // Exit codes are the linters' verdicts on the corpus, not failures of the bench.
        let _ = status;
        started.elapsed()
    };
    run();
    let mut times: Vec<Duration> = (0..runs).map(|_| run()).collect();
    times.sort();
    times[runs / 2]
}

fn millis(time: Duration) -> f64 {
    time.as_secs_f64() * 1000.0
}

/// statelint's command: `STATELINT`, or installed once into `dir` with npm.
fn statelint(dir: &Path) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("STATELINT") {
        return Some(PathBuf::from(path));
    }
    let bin = dir.join("node_modules/.bin/statelint");
    if !bin.exists() {
        std::fs::create_dir_all(dir).ok()?;
        eprintln!("installing {STATELINT} into {} (once)", dir.display());
        let installed = Command::new("npm")
            .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
            .arg(dir)
            .arg(STATELINT)
            .status()
            .ok()?;
        if !installed.success() {
            return None;
        }
    }
    Some(bin)
}
