//! Amazon DynamoDB: item operations (`dynamodb:getItem`, `putItem`, `updateItem`, `deleteItem`).
//! Keys and items are written in DynamoDB's typed form: `{"id": {"S": "..."}}`.

use super::{Integration, call};
use crate::template::Template;

call! {
    /// One item operation on a table.
    ItemCall {}
    patterns {}
}

fn item_call(
    action: &str,
    table: impl Into<Template>,
    field: &str,
    value: impl Into<Template>,
) -> ItemCall {
    let mut call = Integration::service(action);
    call.set("TableName", table);
    call.set(field, value);
    ItemCall(call)
}

/// Reads the item with `key` from `table`.
pub fn get_item(table: impl Into<Template>, key: impl Into<Template>) -> ItemCall {
    item_call("dynamodb:getItem", table, "Key", key)
}

/// Writes `item` into `table`.
pub fn put_item(table: impl Into<Template>, item: impl Into<Template>) -> ItemCall {
    item_call("dynamodb:putItem", table, "Item", item)
}

/// Updates the item with `key`; add `.update_expression(...)`.
pub fn update_item(table: impl Into<Template>, key: impl Into<Template>) -> ItemCall {
    item_call("dynamodb:updateItem", table, "Key", key)
}

/// Deletes the item with `key`.
pub fn delete_item(table: impl Into<Template>, key: impl Into<Template>) -> ItemCall {
    item_call("dynamodb:deleteItem", table, "Key", key)
}
