//! The Map state, inline and distributed, with the distributed mode's reader, batcher and
//! writer.

use serde_json::Value;
use sfn_codegen::model::{self, ExecutionType, ProcessorMode, QueryLanguage};

use super::item_formats::{CsvDelimiter, InputType, ManifestType, OutputType, Transformation};
use super::parallel::render_child;
use super::{Common, Ctx, Link, Node, common_setters, handler_setters, split_by_language};
use crate::chain::Chain;
use crate::handlers::{Catch, Retry};
use crate::integrations::Resource;
use crate::reference::Ref;
use crate::template::Template;

/// A `Map` state: runs its processor once per item of an array (inline) or of a large data
/// set read from S3 (distributed, each item in a child execution).
///
/// ```
/// use sfn::prelude::*;
/// use sfn::model::ExecutionType;
/// let each = Map::new("Process files")
///     .distributed(ExecutionType::Express)
///     .item_reader(ItemReader::s3_manifest("my-bucket", "manifest.json"))
///     .max_concurrency(1000)
///     .processor(Task::new("Process", lambda::invoke("arn:aws:lambda:us-east-1:123456789012:function:process")))
///     .result_writer(ResultWriter::s3("my-bucket", "results"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Map {
    pub(crate) name: String,
    pub(crate) common: Common,
    item_reader: Option<ItemReader>,
    items_path: Option<String>,
    items: Option<Template>,
    /// A typed array: `ItemsPath` in JSONPath, `Items` in JSONata.
    over: Option<(String, Template)>,
    item_selector: Option<Template>,
    parameters: Option<Template>,
    item_batcher: Option<ItemBatcher>,
    processor: Option<Chain>,
    processor_comment: Option<String>,
    legacy_iterator: bool,
    config: Option<model::ProcessorConfig>,
    max_concurrency: Option<Template>,
    tolerated_failure_percentage: Option<Template>,
    tolerated_failure_count: Option<Template>,
    label: Option<String>,
    result_writer: Option<ResultWriter>,
    pub(crate) result_selector: Option<Template>,
    pub(crate) result_path: model::NullablePath,
    pub(crate) retry: Vec<Retry>,
    pub(crate) catch: Vec<Catch>,
    pub(crate) link: Link,
}

impl Map {
    /// A Map state named `name` (inline unless made [`Map::distributed`]).
    pub fn new(name: impl Into<String>) -> Map {
        Map {
            name: name.into(),
            common: Common::default(),
            item_reader: None,
            items_path: None,
            items: None,
            over: None,
            item_selector: None,
            parameters: None,
            item_batcher: None,
            processor: None,
            processor_comment: None,
            legacy_iterator: false,
            config: None,
            max_concurrency: None,
            tolerated_failure_percentage: None,
            tolerated_failure_count: None,
            label: None,
            result_writer: None,
            result_selector: None,
            result_path: None,
            retry: Vec::new(),
            catch: Vec::new(),
            link: Link::Open,
        }
    }

    /// What runs for each item (`ItemProcessor`).
    pub fn processor(mut self, processor: impl Into<Chain>) -> Self {
        self.processor = Some(processor.into());
        self
    }

    /// A `Comment` on the processor.
    pub fn processor_comment(mut self, comment: impl Into<String>) -> Self {
        self.processor_comment = Some(comment.into());
        self
    }

    /// Writes the processor under its legacy name `Iterator` (inline Map only), for
    /// definitions that must keep it.
    pub fn legacy_iterator(mut self) -> Self {
        self.legacy_iterator = true;
        self
    }

    /// Runs each item (or batch) in a child workflow execution of the given type.
    pub fn distributed(self, execution_type: ExecutionType) -> Self {
        self.processor_config(Some(ProcessorMode::Distributed), Some(execution_type))
    }

    /// Sets `ProcessorConfig` explicitly (`Mode` and `ExecutionType`).
    pub fn processor_config(
        mut self,
        mode: Option<ProcessorMode>,
        execution_type: Option<ExecutionType>,
    ) -> Self {
        self.config = Some(model::ProcessorConfig {
            mode,
            execution_type,
        });
        self
    }

    /// Iterates over a typed array: `ItemsPath` in a JSONPath state, `Items` in a JSONata one.
    /// Only an array reference is accepted, so a Map over a scalar field does not compile.
    ///
    /// ```
    /// use sfn::prelude::*;
    /// let lines = input::<Value>().field::<Vec<Value>>("lines");
    /// let map = Map::new("Each line").over(lines).processor(Pass::new("Line"));
    /// ```
    pub fn over<T>(mut self, items: Ref<Vec<T>>) -> Self {
        self.over = Some((super::JsonPath::from(&items).0, items.into()));
        self
    }

    /// The array of items in the input (`ItemsPath`, JSONPath states).
    pub fn items_path(mut self, path: impl Into<super::JsonPath>) -> Self {
        self.items_path = Some(path.into().0);
        self
    }

    /// The items: an array or a JSONata expression (`Items`, JSONata states).
    pub fn items(mut self, items: impl Into<Template>) -> Self {
        self.items = Some(items.into());
        self
    }

    /// The input of each iteration (`ItemSelector`); `context::map_item_value()` is the item.
    pub fn item_selector(mut self, selector: impl Into<Template>) -> Self {
        self.item_selector = Some(selector.into());
        self
    }

    /// The legacy name of `ItemSelector` (`Parameters`), for definitions that must keep it.
    pub fn parameters(mut self, parameters: impl Into<Template>) -> Self {
        self.parameters = Some(parameters.into());
        self
    }

    /// Where a distributed Map reads its items.
    pub fn item_reader(mut self, reader: ItemReader) -> Self {
        self.item_reader = Some(reader);
        self
    }

    /// How a distributed Map groups items into batches.
    pub fn item_batcher(mut self, batcher: ItemBatcher) -> Self {
        self.item_batcher = Some(batcher);
        self
    }

    /// Where a distributed Map writes its results.
    pub fn result_writer(mut self, writer: ResultWriter) -> Self {
        self.result_writer = Some(writer);
        self
    }

    /// At most this many iterations at once (`MaxConcurrency`; a reference gives
    /// `MaxConcurrencyPath`). 0 means no limit.
    pub fn max_concurrency(mut self, limit: impl Into<Template>) -> Self {
        self.max_concurrency = Some(limit.into());
        self
    }

    /// Fails the Map only above this percentage of failed items (`ToleratedFailurePercentage`).
    pub fn tolerated_failure_percentage(mut self, percentage: impl Into<Template>) -> Self {
        self.tolerated_failure_percentage = Some(percentage.into());
        self
    }

    /// Fails the Map only above this number of failed items (`ToleratedFailureCount`).
    pub fn tolerated_failure_count(mut self, count: impl Into<Template>) -> Self {
        self.tolerated_failure_count = Some(count.into());
        self
    }

    /// The name prefix of the child executions (`Label`).
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub(crate) fn render(&self, name: &str, ctx: &mut Ctx<'_>) -> model::Map {
        self.common.declare(name, ctx);
        let language = self.common.language(ctx);
        let (retry, catch) = super::render_handlers(name, language, &self.retry, &self.catch, ctx);
        let processor = self.processor.as_ref().map(|chain| {
            let (start_at, states) = render_child(chain, name, ctx);
            model::ItemProcessor {
                comment: self.processor_comment.clone(),
                processor_config: self.config.clone(),
                start_at,
                states,
            }
        });
        let (item_processor, iterator) = if self.legacy_iterator {
            (None, processor)
        } else {
            (processor, None)
        };
        let (max_concurrency, max_concurrency_path) =
            ctx.number(name, "MaxConcurrency", language, &self.max_concurrency);
        let (tolerated_failure_percentage, tolerated_failure_percentage_path) = ctx.number(
            name,
            "ToleratedFailurePercentage",
            language,
            &self.tolerated_failure_percentage,
        );
        let (tolerated_failure_count, tolerated_failure_count_path) = ctx.number(
            name,
            "ToleratedFailureCount",
            language,
            &self.tolerated_failure_count,
        );
        let (over_path, over_items) = match (&self.over, language) {
            (Some((path, _)), QueryLanguage::JSONPath) => (Some(path.clone()), None),
            (Some((_, items)), QueryLanguage::JSONata) => (None, Some(items.clone())),
            (None, _) => (None, None),
        };
        model::Map {
            comment: self.common.comment.clone(),
            query_language: self.common.query_language,
            input_path: self.common.input_path.clone(),
            item_reader: self
                .item_reader
                .as_ref()
                .map(|r| r.render(name, language, ctx)),
            items_path: self.items_path.clone().or(over_path),
            items: ctx.template(name, "Items", language, &self.items.clone().or(over_items)),
            item_selector: ctx.template(name, "ItemSelector", language, &self.item_selector),
            parameters: ctx.template(name, "Parameters", language, &self.parameters),
            item_batcher: self
                .item_batcher
                .as_ref()
                .map(|b| b.render(name, language, ctx)),
            item_processor,
            iterator,
            max_concurrency,
            max_concurrency_path,
            tolerated_failure_percentage,
            tolerated_failure_percentage_path,
            tolerated_failure_count,
            tolerated_failure_count_path,
            label: self.label.clone(),
            result_writer: self
                .result_writer
                .as_ref()
                .map(|w| w.render(name, language, ctx)),
            result_selector: ctx.template(name, "ResultSelector", language, &self.result_selector),
            result_path: self.result_path.clone(),
            output_path: self.common.output_path.clone(),
            output: ctx.template(name, "Output", language, &self.common.output),
            assign: ctx.template(name, "Assign", language, &self.common.assign),
            retry,
            catch,
            transition: self.link.transition(),
        }
    }
}

common_setters!(Map { comment language input output assign next iam });
handler_setters!(Map);

impl From<Map> for Chain {
    fn from(mut map: Map) -> Chain {
        let targets = crate::handlers::take_targets(&mut map.catch);
        Chain::with_handlers(map.name.clone(), targets, Node::Map(map))
    }
}

/// Where a distributed Map reads its items (`ItemReader`).
#[derive(Debug, Clone, PartialEq)]
pub struct ItemReader {
    resource: Resource,
    reader_config: Option<Value>,
    parameters: Option<Template>,
}

impl ItemReader {
    /// Reads with any S3 action (`s3:getObject`, `s3:listObjectsV2`), with its parameters.
    pub fn new(resource: impl Into<Resource>, parameters: impl Into<Template>) -> ItemReader {
        ItemReader {
            resource: resource.into(),
            reader_config: None,
            parameters: Some(parameters.into()),
        }
    }

    /// Reads with `resource`; add parameters with [`ItemReader::parameters`].
    pub fn from_resource(resource: impl Into<Resource>) -> ItemReader {
        ItemReader {
            resource: resource.into(),
            reader_config: None,
            parameters: None,
        }
    }

    /// Replaces the reader's parameters (`Parameters` in JSONPath, `Arguments` in JSONata).
    pub fn parameters(mut self, parameters: impl Into<Template>) -> Self {
        self.parameters = Some(parameters.into());
        self
    }

    /// Reads a JSON array stored in one S3 object (an array nested inside the document with
    /// [`ItemReader::items_pointer`]).
    pub fn s3_json(bucket: impl Into<Template>, key: impl Into<Template>) -> ItemReader {
        ItemReader::get_object(bucket, key).input_type(InputType::Json)
    }

    /// Reads a JSON Lines object: one item per line.
    pub fn s3_json_lines(bucket: impl Into<Template>, key: impl Into<Template>) -> ItemReader {
        ItemReader::get_object(bucket, key).input_type(InputType::JsonLines)
    }

    /// Reads the rows of a CSV object, with its header in the first line.
    pub fn s3_csv(bucket: impl Into<Template>, key: impl Into<Template>) -> ItemReader {
        ItemReader::get_object(bucket, key)
            .input_type(InputType::Csv)
            .config("CSVHeaderLocation", "FIRST_ROW")
    }

    /// Reads the rows of a Parquet object.
    pub fn s3_parquet(bucket: impl Into<Template>, key: impl Into<Template>) -> ItemReader {
        ItemReader::get_object(bucket, key).input_type(InputType::Parquet)
    }

    /// Reads the objects an S3 inventory manifest lists.
    pub fn s3_manifest(bucket: impl Into<Template>, key: impl Into<Template>) -> ItemReader {
        ItemReader::get_object(bucket, key).input_type(InputType::Manifest)
    }

    /// Reads the objects an Athena `UNLOAD` data manifest lists.
    pub fn athena_manifest(bucket: impl Into<Template>, key: impl Into<Template>) -> ItemReader {
        ItemReader::s3_manifest(bucket, key).config("ManifestType", ManifestType::AthenaData)
    }

    /// Lists the objects under a prefix (`s3:listObjectsV2`); each item is one object.
    pub fn s3_objects(bucket: impl Into<Template>, prefix: impl Into<Template>) -> ItemReader {
        ItemReader::new(
            Resource::service("s3:listObjectsV2"),
            crate::template::object()
                .with("Bucket", bucket)
                .with("Prefix", prefix),
        )
    }

    fn get_object(bucket: impl Into<Template>, key: impl Into<Template>) -> ItemReader {
        ItemReader::new(
            Resource::service("s3:getObject"),
            crate::template::object()
                .with("Bucket", bucket)
                .with("Key", key),
        )
    }

    /// What the object holds (`ReaderConfig.InputType`).
    pub fn input_type(self, input_type: InputType) -> Self {
        self.config("InputType", input_type)
    }

    /// Where the items array is inside a JSON document, as a JSON Pointer such as
    /// `/data/orders` (`ReaderConfig.ItemsPointer`).
    pub fn items_pointer(self, pointer: impl Into<String>) -> Self {
        self.config("ItemsPointer", pointer.into())
    }

    /// The separator of a CSV object's columns (`ReaderConfig.CSVDelimiter`; comma by default).
    pub fn csv_delimiter(self, delimiter: CsvDelimiter) -> Self {
        self.config("CSVDelimiter", delimiter)
    }

    /// Reads at most this many items (`ReaderConfig.MaxItems`).
    pub fn max_items(self, max_items: u64) -> Self {
        self.config("MaxItems", max_items)
    }

    /// Any `ReaderConfig` field (`CSVHeaders`, `CSVDelimiter`, `MaxItemsPath`, `ManifestType`, ...).
    pub fn config(mut self, key: &str, value: impl Into<Value>) -> Self {
        let mut config = match self.reader_config.take() {
            Some(Value::Object(map)) => map,
            _ => serde_json::Map::new(),
        };
        config.insert(key.to_owned(), value.into());
        self.reader_config = Some(Value::Object(config));
        self
    }

    /// Replaces the whole `ReaderConfig`.
    pub fn reader_config(mut self, config: Value) -> Self {
        self.reader_config = Some(config);
        self
    }

    fn render(
        &self,
        state: &str,
        language: model::QueryLanguage,
        ctx: &mut Ctx<'_>,
    ) -> model::ItemReader {
        let parameters = ctx.template(state, "ItemReader.Parameters", language, &self.parameters);
        let (parameters, arguments) = split_by_language(language, parameters);
        model::ItemReader {
            resource: self.resource.render(ctx.partition),
            reader_config: self.reader_config.clone(),
            parameters,
            arguments,
        }
    }
}

/// How a distributed Map batches items (`ItemBatcher`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemBatcher {
    max_items: Option<Template>,
    max_bytes: Option<Template>,
    batch_input: Option<Template>,
}

impl ItemBatcher {
    /// An empty batcher; set at least one limit.
    pub fn new() -> ItemBatcher {
        ItemBatcher::default()
    }

    /// At most this many items per batch (`MaxItemsPerBatch`; a reference gives the `Path` form).
    pub fn max_items(mut self, items: impl Into<Template>) -> Self {
        self.max_items = Some(items.into());
        self
    }

    /// At most this many bytes per batch (`MaxInputBytesPerBatch`).
    pub fn max_bytes(mut self, bytes: impl Into<Template>) -> Self {
        self.max_bytes = Some(bytes.into());
        self
    }

    /// Extra input added to every batch (`BatchInput`).
    pub fn batch_input(mut self, input: impl Into<Template>) -> Self {
        self.batch_input = Some(input.into());
        self
    }

    fn render(
        &self,
        state: &str,
        language: model::QueryLanguage,
        ctx: &mut Ctx<'_>,
    ) -> model::ItemBatcher {
        let (max_items_per_batch, max_items_per_batch_path) = ctx.number(
            state,
            "ItemBatcher.MaxItemsPerBatch",
            language,
            &self.max_items,
        );
        let (max_input_bytes_per_batch, max_input_bytes_per_batch_path) = ctx.number(
            state,
            "ItemBatcher.MaxInputBytesPerBatch",
            language,
            &self.max_bytes,
        );
        model::ItemBatcher {
            max_items_per_batch,
            max_items_per_batch_path,
            max_input_bytes_per_batch,
            max_input_bytes_per_batch_path,
            batch_input: ctx.template(state, "ItemBatcher.BatchInput", language, &self.batch_input),
        }
    }
}

/// Where a distributed Map writes the results of its children (`ResultWriter`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResultWriter {
    resource: Option<Resource>,
    writer_config: Option<Value>,
    parameters: Option<Template>,
}

impl ResultWriter {
    /// Writes the results as objects under `prefix` in `bucket` (`s3:putObject`).
    pub fn s3(bucket: impl Into<Template>, prefix: impl Into<Template>) -> ResultWriter {
        ResultWriter {
            resource: Some(Resource::service("s3:putObject")),
            writer_config: None,
            parameters: Some(
                crate::template::object()
                    .with("Bucket", bucket)
                    .with("Prefix", prefix),
            ),
        }
    }

    /// No S3 export, only a `WriterConfig` shaping the results in the state output.
    pub fn config_only() -> ResultWriter {
        ResultWriter::default()
    }

    /// How the results are written (`WriterConfig`): their format and what is kept of each.
    pub fn writer_config(
        mut self,
        output_type: OutputType,
        transformation: Transformation,
    ) -> Self {
        self.writer_config = Some(serde_json::json!({
            "OutputType": output_type.as_str(),
            "Transformation": transformation.as_str(),
        }));
        self
    }

    /// Replaces the whole `WriterConfig`.
    pub fn raw_writer_config(mut self, config: Value) -> Self {
        self.writer_config = Some(config);
        self
    }

    /// Replaces the writer's parameters.
    pub fn parameters(mut self, parameters: impl Into<Template>) -> Self {
        self.parameters = Some(parameters.into());
        self
    }

    /// Replaces the writer's resource.
    pub fn resource(mut self, resource: impl Into<Resource>) -> Self {
        self.resource = Some(resource.into());
        self
    }

    fn render(
        &self,
        state: &str,
        language: model::QueryLanguage,
        ctx: &mut Ctx<'_>,
    ) -> model::ResultWriter {
        let parameters = ctx.template(state, "ResultWriter.Parameters", language, &self.parameters);
        let (parameters, arguments) = split_by_language(language, parameters);
        model::ResultWriter {
            resource: self.resource.as_ref().map(|r| r.render(ctx.partition)),
            writer_config: self.writer_config.clone(),
            parameters,
            arguments,
        }
    }
}
