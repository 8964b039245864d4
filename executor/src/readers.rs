//! The items a distributed Map's `ItemReader` reads, from what S3 gives back (the mock of
//! the reader's resource): a JSON, JSON Lines or CSV object, a bucket listing
//! (`s3:listObjectsV2`), or an S3 Inventory manifest and its CSV data files. Pure: text and
//! JSON in, items out; fetching the objects is the run's business.

use serde_json::{Map, Value};

/// The items of one S3 object as a reader of `input_type` reads it: parsed JSON (an array,
/// or a document with `ItemsPointer`), or its text for `JSONL` and `CSV`.
pub fn read_items(
    data: &Value,
    input_type: &str,
    config: Option<&Value>,
) -> Result<Vec<Value>, String> {
    match input_type {
        "JSONL" => text(data, "JSONL")?
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| serde_json::from_str(line).map_err(|e| format!("a line is not JSON: {e}")))
            .collect(),
        "CSV" => csv_items(text(data, "CSV")?, config),
        _ => {
            let document = match data {
                Value::String(s) => {
                    serde_json::from_str(s).map_err(|e| format!("the object is not JSON: {e}"))?
                }
                other => other.clone(),
            };
            let pointer = config
                .and_then(|c| c.get("ItemsPointer"))
                .and_then(Value::as_str)
                .unwrap_or("");
            match document.pointer(pointer) {
                Some(Value::Array(items)) => Ok(items.clone()),
                Some(other) => Err(format!("the items must be an array, found {other}")),
                None => Err(format!("`ItemsPointer` {pointer} selects nothing")),
            }
        }
    }
}

fn text<'a>(data: &'a Value, what: &str) -> Result<&'a str, String> {
    data.as_str()
        .ok_or_else(|| format!("a {what} object must be given as its text"))
}

/// Rows keyed by the header: the first row's (`CSVHeaderLocation: FIRST_ROW`, the default)
/// or `CSVHeaders`; quoted fields as RFC 4180 writes them.
fn csv_items(text: &str, config: Option<&Value>) -> Result<Vec<Value>, String> {
    let delimiter = match config
        .and_then(|c| c.get("CSVDelimiter"))
        .and_then(Value::as_str)
    {
        Some("PIPE") => b'|',
        Some("SEMICOLON") => b';',
        Some("SPACE") => b' ',
        Some("TAB") => b'\t',
        _ => b',',
    };
    let given: Option<Vec<String>> = config
        .and_then(|c| c.get("CSVHeaders"))
        .and_then(Value::as_array)
        .map(|headers| {
            headers
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        });
    let mut rows = csv_rows(text, delimiter)?.into_iter();
    let headers = match given {
        Some(headers) => headers,
        None => rows.next().ok_or("the CSV object is empty")?,
    };
    Ok(rows.map(|row| keyed(&headers, row)).collect())
}

fn csv_rows(text: &str, delimiter: u8) -> Result<Vec<Vec<String>>, String> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
        .records()
        .filter(|record| !matches!(record, Ok(r) if r.iter().all(str::is_empty)))
        .map(|record| {
            record
                .map(|r| r.iter().map(str::to_owned).collect())
                .map_err(|e| format!("the CSV object cannot be read: {e}"))
        })
        .collect()
}

fn keyed(headers: &[String], row: Vec<String>) -> Value {
    let fields: Map<String, Value> = headers
        .iter()
        .cloned()
        .zip(row.into_iter().map(Value::String))
        .collect();
    Value::Object(fields)
}

/// The objects of a bucket listing, as a reader of `s3:listObjectsV2` gives them: `Etag`,
/// `Key`, `LastModified` (seconds since the epoch), `Size`, `StorageClass`. The mock answers
/// with the `ListObjectsV2` response (its `Contents`) or with the items themselves.
pub fn listed_objects(data: &Value) -> Result<Vec<Value>, String> {
    let contents = match data {
        Value::Array(items) => return Ok(items.clone()),
        Value::Object(response) => match response.get("Contents") {
            Some(Value::Array(contents)) => contents,
            None => return Ok(Vec::new()),
            Some(other) => return Err(format!("`Contents` must be an array, found {other}")),
        },
        other => return Err(format!("a bucket listing must be an object, found {other}")),
    };
    Ok(contents
        .iter()
        .map(|object| {
            let last_modified = match object.get("LastModified") {
                Some(Value::String(at)) => sfn_codegen::timestamp::parse_millis(at)
                    .map_or_else(|| Value::String(at.clone()), |t| Value::from(t.div_euclid(1000))),
                Some(other) => other.clone(),
                None => Value::Null,
            };
            serde_json::json!({
                "Etag": object.get("ETag").or_else(|| object.get("Etag")).cloned().unwrap_or(Value::Null),
                "Key": object.get("Key").cloned().unwrap_or(Value::Null),
                "LastModified": last_modified,
                "Size": object.get("Size").cloned().unwrap_or(Value::Null),
                "StorageClass": object.get("StorageClass").cloned().unwrap_or(Value::Null),
            })
        })
        .collect())
}

/// An S3 Inventory manifest (`manifest.json`): where its CSV data files are and what their
/// columns are.
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    /// The bucket the data files are in (the manifest's `destinationBucket`, an ARN).
    pub bucket: String,
    pub keys: Vec<String>,
    /// The columns, from `fileSchema` (`"Bucket, Key, Size"`).
    pub columns: Vec<String>,
}

/// Reads a manifest; Step Functions reads CSV inventories only.
pub fn inventory_manifest(data: &Value) -> Result<Manifest, String> {
    let document = match data {
        Value::String(s) => {
            serde_json::from_str(s).map_err(|e| format!("the manifest is not JSON: {e}"))?
        }
        other => other.clone(),
    };
    let field = |name: &str| {
        document
            .get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("the manifest has no `{name}`"))
    };
    let format = field("fileFormat")?;
    if format != "CSV" {
        return Err(format!(
            "the inventory is in {format}; a Map reads CSV inventories only"
        ));
    }
    let destination = field("destinationBucket")?;
    let bucket = destination
        .rsplit(':')
        .next()
        .unwrap_or(destination)
        .to_owned();
    let columns = field("fileSchema")?
        .split(',')
        .map(|c| c.trim().to_owned())
        .collect();
    let keys = document
        .get("files")
        .and_then(Value::as_array)
        .ok_or("the manifest has no `files`")?
        .iter()
        .map(|file| {
            file.get("key")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| "a file of the manifest has no `key`".to_owned())
        })
        .collect::<Result<_, _>>()?;
    Ok(Manifest {
        bucket,
        keys,
        columns,
    })
}

/// The rows of one inventory data file (no header row; its columns are the manifest's).
pub fn inventory_rows(data: &Value, columns: &[String]) -> Result<Vec<Value>, String> {
    Ok(csv_rows(text(data, "inventory CSV")?, b',')?
        .into_iter()
        .map(|row| keyed(columns, row))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn readers_read_each_input_type() {
        assert_eq!(
            read_items(&json!("{\"a\":1}\n{\"a\":2}\n"), "JSONL", None),
            Ok(vec![json!({"a": 1}), json!({"a": 2})])
        );
        assert_eq!(
            read_items(
                &json!("id;n\n1;x\n2;y"),
                "CSV",
                Some(&json!({"CSVDelimiter": "SEMICOLON"}))
            ),
            Ok(vec![
                json!({"id": "1", "n": "x"}),
                json!({"id": "2", "n": "y"})
            ])
        );
        assert_eq!(
            read_items(&json!("id,note\n1,\"a, quoted\"\n"), "CSV", None),
            Ok(vec![json!({"id": "1", "note": "a, quoted"})])
        );
        assert_eq!(
            read_items(
                &json!({"data": {"orders": [1, 2]}}),
                "JSON",
                Some(&json!({"ItemsPointer": "/data/orders"}))
            ),
            Ok(vec![json!(1), json!(2)])
        );
        assert!(read_items(&json!({"a": 1}), "JSON", None).is_err());
    }

    #[test]
    fn a_bucket_listing_gives_one_item_per_object() {
        let listing = json!({"Contents": [
            {"Key": "a.jpg", "ETag": "\"e1\"", "Size": 10, "LastModified": "2022-11-17T15:44:41.000Z", "StorageClass": "STANDARD"}
        ]});
        assert_eq!(
            listed_objects(&listing),
            Ok(vec![
                json!({"Etag": "\"e1\"", "Key": "a.jpg", "LastModified": 1_668_699_881, "Size": 10, "StorageClass": "STANDARD"})
            ])
        );
        assert_eq!(listed_objects(&json!({"KeyCount": 0})), Ok(vec![]));
        assert_eq!(
            listed_objects(&json!({"Contents": "a.jpg"})),
            Err("`Contents` must be an array, found \"a.jpg\"".to_owned())
        );
    }

    #[test]
    fn an_inventory_manifest_names_its_files_and_columns() {
        let manifest = json!({
            "sourceBucket": "photos",
            "destinationBucket": "arn:aws:s3:::inventory",
            "fileFormat": "CSV",
            "fileSchema": "Bucket, Key, Size",
            "files": [{"key": "photos/cfg/data/1.csv.gz", "size": 10, "MD5checksum": "x"}]
        });
        let read = inventory_manifest(&manifest).unwrap();
        assert_eq!(read.bucket, "inventory");
        assert_eq!(read.keys, ["photos/cfg/data/1.csv.gz"]);
        assert_eq!(
            inventory_rows(&json!("\"photos\",\"a.jpg\",\"10\"\n"), &read.columns),
            Ok(vec![
                json!({"Bucket": "photos", "Key": "a.jpg", "Size": "10"})
            ])
        );
        let mut orc = manifest.clone();
        orc["fileFormat"] = json!("ORC");
        assert_eq!(
            inventory_manifest(&orc),
            Err("the inventory is in ORC; a Map reads CSV inventories only".to_owned())
        );
        let mut no_files = manifest;
        no_files.as_object_mut().unwrap().remove("files");
        assert_eq!(
            inventory_manifest(&no_files),
            Err("the manifest has no `files`".to_owned())
        );
    }
}
