//! The parts of a Map state: its body, and the distributed mode's reader, batcher and writer.

use serde::Serialize;

use super::{NumberOrExpr, Payload, States};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum ProcessorMode {
    #[default]
    Inline,
    Distributed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum ExecutionType {
    Standard,
    Express,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProcessorConfig {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<ProcessorMode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub execution_type: Option<ExecutionType>,
}

/// The machine a Map runs for each item (`ItemProcessor`, or the legacy `Iterator`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ItemProcessor {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub processor_config: Option<ProcessorConfig>,
    pub start_at: String,
    pub states: States,
}

/// Where a distributed Map reads its items (an S3 object, listing, manifest...).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ItemReader {
    pub resource: String,
    /// `InputType`, `CSVHeaderLocation`, `CSVHeaders`, `CSVDelimiter`, `MaxItems`,
    /// `MaxItemsPath`, `ManifestType`: kept as written, checked by the validator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reader_config: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Payload>,
}

/// How a distributed Map groups items into batches for each child execution.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ItemBatcher {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_items_per_batch: Option<NumberOrExpr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_items_per_batch_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_input_bytes_per_batch: Option<NumberOrExpr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_input_bytes_per_batch_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub batch_input: Option<Payload>,
}

/// Where a distributed Map writes the results of its child executions.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResultWriter {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// `OutputType` and `Transformation`, kept as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub writer_config: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<Payload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Payload>,
}
