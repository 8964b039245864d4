//! How long a page takes to open in a real headless Chromium, from navigation to the page
//! saying it has drawn everything (`window.sfnRendered`, on the page's own clock), at the
//! sizes users reach: inline Maps of 100 to 10,000 iterations (Express, with the usual
//! `ItemSelector` reading the context object) and loops of 200 to 2,000 states. Also the
//! time to write the page and its size. `cargo bench -p sfn-view --bench open`.

// The tests' harness: the benchmark opens pages but clicks nothing.
#[allow(dead_code)]
#[path = "../tests/support/chromium.rs"]
mod chromium;
#[path = "../tests/support/workloads.rs"]
mod workloads;

use std::time::Instant;

use sfn_executor::{Mocks, Options};

const RUNS: usize = 3;

fn main() {
    println!(
        "{:<28} {:>10} {:>12} {:>14}",
        "page", "size", "write (ms)", "open (ms, median)"
    );
    let express = Options {
        express: true,
        ..Options::default()
    };
    for n in [100, 1_000, 10_000] {
        let (machine, input) = workloads::big_map(n);
        measure(&format!("Map of {n} iterations"), &machine, input, &express);
    }
    for n in [200, 2_000] {
        let (machine, input) = workloads::long_loop(n);
        measure(
            &format!("loop of {n} states"),
            &machine,
            input,
            &Options::default(),
        );
    }
}

fn measure(
    label: &str,
    machine: &sfn_codegen::model::StateMachine,
    input: serde_json::Value,
    options: &Options,
) {
    let execution = sfn_executor::run(machine, input, &Mocks::new(), options).expect("it runs");
    let started = Instant::now();
    let page = sfn_view::run_page(machine, label, &execution.trace());
    let write = started.elapsed().as_secs_f64() * 1000.0;
    let path = chromium::artifacts().join("bench.html");
    std::fs::write(&path, &page).expect("the page is written");
    let mut opens: Vec<f64> = (0..RUNS)
        .map(|_| {
            let page = chromium::Page::open(&path);
            assert_eq!(page.problems(), Vec::<String>::new());
            page.eval("window.sfnRendered").as_f64().expect("a time")
        })
        .collect();
    opens.sort_by(f64::total_cmp);
    println!(
        "{label:<28} {:>8} kB {write:>12.1} {:>14.0}",
        page.len() / 1024,
        opens[RUNS / 2]
    );
}
