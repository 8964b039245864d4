//! The 2025 distributed Map item sources and writer, from the typed builders: the ASL they
//! emit, that it validates, and the S3 access the role gets for them.

use sfn::Environment;
use sfn::prelude::*;

fn distributed(name: &str, reader: ItemReader) -> Map {
    Map::new(name)
        .distributed(ExecutionType::Standard)
        .item_reader(reader)
        .processor(Pass::new(format!("{name} item")))
        .discard_result()
}

fn workflow() -> Workflow {
    Workflow::new(
        "sources",
        distributed(
            "Nested",
            ItemReader::s3_json("data", "orders.json").items_pointer("/data/orders"),
        )
        .next(distributed(
            "Lines",
            ItemReader::s3_json_lines("data", "events.jsonl").max_items(500),
        ))
        .next(distributed(
            "Rows",
            ItemReader::s3_parquet("data", "table.parquet"),
        ))
        .next(distributed(
            "Unload",
            ItemReader::athena_manifest("data", "query/manifest.csv"),
        ))
        .next(
            distributed(
                "Semicolons",
                ItemReader::s3_csv("data", "rows.csv").csv_delimiter(CsvDelimiter::Semicolon),
            )
            .result_writer(
                ResultWriter::s3("results", "runs")
                    .writer_config(OutputType::JsonLines, Transformation::Flatten),
            ),
        ),
    )
}

#[test]
fn the_2025_sources_and_writer_emit_what_aws_reads() {
    let compiled = workflow().compile().expect("valid");
    let definition: Value = serde_json::from_str(&compiled.to_json()).unwrap();
    let config = |state: &str| definition["States"][state]["ItemReader"]["ReaderConfig"].clone();
    assert_eq!(
        config("Nested"),
        json!({"InputType": "JSON", "ItemsPointer": "/data/orders"})
    );
    assert_eq!(
        config("Lines"),
        json!({"InputType": "JSONL", "MaxItems": 500})
    );
    assert_eq!(config("Rows"), json!({"InputType": "PARQUET"}));
    assert_eq!(
        config("Unload"),
        json!({"InputType": "MANIFEST", "ManifestType": "ATHENA_DATA"})
    );
    assert_eq!(config("Semicolons")["CSVDelimiter"], "SEMICOLON");
    assert_eq!(
        definition["States"]["Semicolons"]["ResultWriter"]["WriterConfig"],
        json!({"OutputType": "JSONL", "Transformation": "FLATTEN"})
    );
}

#[test]
fn readers_and_writer_get_exactly_their_objects() {
    let compiled = workflow().compile().expect("valid");
    let generated = compiled.policy(&Environment::new("aws", "us-east-1", "123456789012"));
    let policy = generated.policy.to_value().to_string();
    // The objects an Athena manifest lists are known only at run time: said, not hidden.
    let widened: Vec<String> = generated.widened.iter().map(ToString::to_string).collect();
    assert_eq!(widened.len(), 1, "{widened:?}");
    assert!(
        widened[0].starts_with("States.Unload:") && widened[0].contains("`arn:aws:s3:::data/*`"),
        "{widened:?}"
    );
    for object in [
        "arn:aws:s3:::data/orders.json",
        "arn:aws:s3:::data/events.jsonl",
        "arn:aws:s3:::data/table.parquet",
        "arn:aws:s3:::data/query/manifest.csv",
        "arn:aws:s3:::results/runs/*",
    ] {
        assert!(policy.contains(object), "{object} missing from {policy}");
    }
}

#[test]
fn a_pointer_that_is_not_one_is_refused() {
    let error = Workflow::new(
        "bad",
        distributed(
            "Nested",
            ItemReader::s3_json("data", "orders.json").items_pointer("data.orders"),
        ),
    )
    .compile()
    .unwrap_err();
    assert!(
        error.to_string().contains("is not a JSON Pointer"),
        "{error}"
    );
}
