//! Peak memory of a Map over 100,000 items, the whole run in one process:
//! `cargo run --release -p sfn-executor --example map_memory -- distributed|inline|jsonata`.
//! `distributed`: a distributed Map reading a 100,000-row CSV object (mocked S3) and writing
//! its results to S3, as such a workload runs on AWS. `inline`: an inline Map over 100,000
//! items of the input, with AWS's 256 KiB payload limit lifted (AWS would refuse it).
//! `jsonata`: the same inline Map written in JSONata (an expression evaluated per item).
//! Prints the peak resident size the kernel reports (Linux; elsewhere it cannot tell).

use serde_json::{Value, json};
use sfn_executor::{Mocks, Options, Reply, run};

const ITEMS: usize = 100_000;

fn main() {
    let scenario = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "distributed".into());
    let (definition, input, mocks, options) = match scenario.as_str() {
        "inline" => {
            let items: Vec<Value> = (0..ITEMS).map(|v| json!({"v": v})).collect();
            let definition = json!({"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                "ItemProcessor": {"StartAt": "Double", "States": {"Double": {"Type": "Pass", "Parameters": {"v.$": "States.MathAdd($.v, $.v)"}, "End": true}}},
                "End": true}}});
            let options = Options {
                express: true,
                max_payload_bytes: None,
                ..Options::default()
            };
            (definition, json!({"items": items}), Mocks::new(), options)
        }
        "jsonata" => {
            let items: Vec<Value> = (0..ITEMS).map(|v| json!({"v": v})).collect();
            let definition = json!({"QueryLanguage": "JSONata", "StartAt": "Each", "States": {"Each": {"Type": "Map", "Items": "{% $states.input.items %}",
                "ItemProcessor": {"StartAt": "Double", "States": {"Double": {"Type": "Pass", "Output": {"v": "{% $states.input.v * 2 %}"}, "End": true}}},
                "End": true}}});
            let options = Options {
                express: true,
                max_payload_bytes: None,
                ..Options::default()
            };
            (definition, json!({"items": items}), Mocks::new(), options)
        }
        _ => {
            let mut csv = String::from("id,name\n");
            for i in 0..ITEMS {
                csv.push_str(&format!("{i},item-{i}\n"));
            }
            let definition = json!({"StartAt": "Rows", "States": {"Rows": {"Type": "Map",
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"}, "Parameters": {"Bucket": "data", "Key": "rows.csv"}},
                "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}, "StartAt": "Tag",
                    "States": {"Tag": {"Type": "Pass", "Parameters": {"id.$": "$.id", "seen": true}, "End": true}}},
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject", "Parameters": {"Bucket": "results", "Prefix": "runs"}},
                "End": true}}});
            let mocks = Mocks::new().resource("arn:aws:states:::s3:getObject", move |_| {
                Reply::ok(json!(csv))
            });
            (definition, json!({}), mocks, Options::default())
        }
    };
    let machine = sfn_codegen::parse::from_value(&definition)
        .machine
        .expect("parses");
    let execution = run(&machine, input, &mocks, &options).expect("runs");
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(str::to_owned)
        })
        .unwrap_or_else(|| "VmHWM: unknown".into());
    println!(
        "{scenario}: {:?}, {} coverage counts of the item state; peak resident memory {}",
        execution.status,
        execution.coverage.states.values().max().unwrap_or(&0),
        peak.trim_start_matches("VmHWM:").trim()
    );
}
