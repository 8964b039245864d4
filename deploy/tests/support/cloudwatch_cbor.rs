//! CloudWatch's SDK speaks only Smithy RPC v2 CBOR; moto 5.2 speaks CloudWatch's query
//! protocol only. For the one call the deploy makes (`DescribeAlarms`), the proxy translates:
//! the CBOR request becomes a query request to moto, moto's XML answer becomes the CBOR
//! answer. moto stays the source of truth for the alarms; only the wire encoding changes.
//! The encoding follows the Smithy RPC v2 CBOR protocol specification (path
//! `/service/<service>/operation/<operation>`, `smithy-protocol: rpc-v2-cbor` on both sides).

use serde_json::{Value, json};

const PATH_PREFIX: &str = "/service/GraniteServiceVersion20100801/operation/";

/// The CloudWatch operation a CBOR request calls, from its request line.
pub fn operation(request_line: &str) -> Option<&str> {
    let path = request_line.split(' ').nth(1)?;
    path.strip_prefix(PATH_PREFIX)
}

/// The query-protocol form body of a CBOR `DescribeAlarms` request.
pub fn query_body(cbor: &[u8]) -> Result<String, String> {
    let input: Value = if cbor.is_empty() {
        json!({})
    } else {
        ciborium::from_reader(cbor).map_err(|e| format!("request is not CBOR: {e}"))?
    };
    let mut body = String::from("Action=DescribeAlarms&Version=2010-08-01");
    for list in ["AlarmNames", "AlarmTypes"] {
        for (i, item) in input[list].as_array().into_iter().flatten().enumerate() {
            let item = item.as_str().unwrap_or_default();
            body.push_str(&format!(
                "&{list}.member.{}={}",
                i + 1,
                percent_encoding::utf8_percent_encode(item, percent_encoding::NON_ALPHANUMERIC)
            ));
        }
    }
    Ok(body)
}

/// moto's XML `DescribeAlarms` answer as the CBOR body the SDK expects.
pub fn cbor_answer(xml: &str) -> Vec<u8> {
    let answer = json!({
        "MetricAlarms": alarms(section(xml, "MetricAlarms")),
        "CompositeAlarms": alarms(section(xml, "CompositeAlarms")),
    });
    let mut out = Vec::new();
    ciborium::into_writer(&answer, &mut out).expect("a JSON value encodes as CBOR");
    out
}

/// The text between `<tag>` and `</tag>`, or nothing.
fn section<'a>(xml: &'a str, tag: &str) -> &'a str {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    xml.find(&open)
        .and_then(|start| {
            let rest = &xml[start + open.len()..];
            rest.find(&close).map(|end| &rest[..end])
        })
        .unwrap_or_default()
}

/// Each alarm has one `AlarmName` and one `StateValue`, in document order; nested lists
/// (dimensions, actions) use other element names.
fn alarms(section: &str) -> Vec<Value> {
    let names = elements(section, "AlarmName");
    let states = elements(section, "StateValue");
    names
        .into_iter()
        .zip(states)
        .map(|(name, state)| json!({ "AlarmName": name, "StateValue": state }))
        .collect()
}

fn elements(xml: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        rest = &rest[start + open.len()..];
        let Some(end) = rest.find(&close) else { break };
        found.push(unescape(&rest[..end]));
        rest = &rest[end + close.len()..];
    }
    found
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
