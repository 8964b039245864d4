//! `compile()` time of every example: validation, the service checks and the type flow
//! together (the types issue's bound: under 10 ms for the largest).
//!
//! `cargo bench -p sfn-examples --bench compile`.

use criterion::{Criterion, criterion_group, criterion_main};
use sfn::Workflow;
use std::hint::black_box;

fn examples() -> Vec<Workflow> {
    use sfn_examples::*;
    vec![
        order_processing::order_processing(),
        saga::travel_saga(),
        etl_pipeline::etl_pipeline(),
        human_approval::expense_approval(),
        distributed_map::image_thumbnails(),
        jsonata_variables::loyalty_discount(),
        express_ingest::clickstream_ingest(),
    ]
}

fn compile(c: &mut Criterion) {
    let mut group = c.benchmark_group("compile");
    for workflow in examples() {
        let states = workflow.compile().expect("compiles").machine().states.len();
        group.bench_function(
            format!("{} ({states} top-level states)", workflow.name()),
            |b| b.iter(|| black_box(workflow.compile().expect("compiles"))),
        );
    }
    group.finish();
}

criterion_group!(benches, compile);
criterion_main!(benches);
