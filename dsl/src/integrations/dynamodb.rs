//! Amazon DynamoDB: item operations (`dynamodb:getItem`, `putItem`, `updateItem`, `deleteItem`).
//! Keys and items are written in DynamoDB's typed form: `{"id": {"S": "..."}}`; build them
//! from typed references with [`attributes`], and read a returned item back with [`read`]:
//!
//! ```
//! use sfn::prelude::*;
//! use sfn::integrations::dynamodb;
//! # #[derive(serde::Serialize, serde::Deserialize, schemars::JsonSchema, sfn::Payload)]
//! # struct Order { id: String, quantity: i64 }
//! let order = input::<Order>().fields();
//! let put = dynamodb::put_item(
//!     "orders",
//!     dynamodb::attributes().string("id", order.id()).number("quantity", order.quantity()),
//! );
//! // `N` holds a number as a string: read it back as a number, in either query language.
//! let stock = dynamodb::read(result::<serde_json::Value>().field("Item"));
//! let selector = object().with("quantity", stock.number("quantity")).with("id", stock.string("id"));
//! # let _ = (put, selector);
//! ```

use serde_json::Value;

use super::typed::{Boolean, Number, Text, Typed};
use super::{Integration, call};
use crate::intrinsics;
use crate::reference::Ref;
use crate::template::{Template, either, jsonata, object};

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

/// A key or an item being built, attribute by attribute, each in DynamoDB's typed form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Attributes(Vec<(String, Template)>);

/// An empty key or item: add attributes with [`Attributes::string`], [`Attributes::number`]
/// and [`Attributes::boolean`].
pub fn attributes() -> Attributes {
    Attributes::default()
}

impl Attributes {
    /// A string attribute: `{"S": value}`.
    pub fn string(self, name: impl Into<String>, value: impl Typed<Text>) -> Self {
        self.with(name, "S", value.into())
    }

    /// A number attribute: `{"N": "..."}`. DynamoDB takes numbers as strings: a literal is
    /// written as one, a reference turned into one when the state runs
    /// (`States.JsonToString` in JSONPath, `$string` in JSONata).
    pub fn number(self, name: impl Into<String>, value: impl Typed<Number>) -> Self {
        self.with(name, "N", number_text(value.into()))
    }

    /// A boolean attribute: `{"BOOL": value}`.
    pub fn boolean(self, name: impl Into<String>, value: impl Typed<Boolean>) -> Self {
        self.with(name, "BOOL", value.into())
    }

    /// An attribute already in DynamoDB's form (`{"SS": [...]}`, `{"M": {...}}`, ...).
    pub fn attribute(mut self, name: impl Into<String>, value: impl Into<Template>) -> Self {
        self.0.push((name.into(), value.into()));
        self
    }

    fn with(self, name: impl Into<String>, kind: &str, value: Template) -> Self {
        self.attribute(name, object().with(kind, value))
    }
}

impl From<Attributes> for Template {
    fn from(attributes: Attributes) -> Template {
        Template::Object(attributes.0)
    }
}

/// A number as the string DynamoDB's `N` holds: a literal written as one, anything else
/// turned into one when the state runs (`States.JsonToString` in JSONPath, `$string` in
/// JSONata).
pub(crate) fn number_text(value: Template) -> Template {
    match value {
        Template::Value(Value::Number(n)) => Template::Value(Value::String(n.to_string())),
        dynamic => {
            let in_jsonata = match &dynamic {
                Template::Ref(r) => jsonata(format!("$string({})", r.to_jsonata())),
                Template::Jsonata(e) => {
                    jsonata(format!("$string({})", crate::template::unwrap_jsonata(e)))
                }
                other => other.clone(),
            };
            either(intrinsics::json_to_string(dynamic), in_jsonata)
        }
    }
}

/// An item a call returned (`GetItem`'s `Item`, `UpdateItem`'s `Attributes`), read back typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Item(Ref<Value>);

/// Reads the attributes of `item` (a reference to an item in DynamoDB's typed form).
pub fn read(item: Ref<Value>) -> Item {
    Item(item)
}

impl Item {
    /// A string attribute's value (`name.S`).
    pub fn string(&self, name: &str) -> Ref<String> {
        self.0.field::<Value>(name).field("S")
    }

    /// A boolean attribute's value (`name.BOOL`).
    pub fn boolean(&self, name: &str) -> Ref<bool> {
        self.0.field::<Value>(name).field("BOOL")
    }

    /// A number attribute's value as a number: `N` holds it as a string, which numeric
    /// comparisons never match; this turns it into a number when the state runs
    /// (`States.StringToJson` in JSONPath, `$number` in JSONata). Use it in a
    /// `ResultSelector`, `Parameters` or `Output`, then compare the field it fills.
    pub fn number(&self, name: &str) -> Template {
        let text: Ref<String> = self.0.field::<Value>(name).field("N");
        either(
            intrinsics::string_to_json(&text),
            jsonata(format!("$number({})", text.to_jsonata())),
        )
    }
}
