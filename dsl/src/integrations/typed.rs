//! What a parameter the API types accepts: a literal of its type, a reference typed so, or a
//! value known only at run time (an untyped reference or a template). `.consistent_read("yes")`
//! does not compile; `.consistent_read(true)` and `.consistent_read(input::<Value>().field(...))` do.

use serde_json::Value;

use crate::reference::Ref;
use crate::template::Template;

/// A value for a parameter of kind `K` ([`Boolean`], [`Integer`], [`Number`], [`Text`]).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a value this parameter takes",
    label = "the service's model types this parameter",
    note = "pass a literal of its type (`true`, `3`, `2.5`, no quotes), a reference typed so, or an untyped reference for a value known only at run time"
)]
pub trait Typed<K>: Into<Template> {}

/// A boolean parameter.
#[derive(Debug)]
pub enum Boolean {}
/// An integer parameter.
#[derive(Debug)]
pub enum Integer {}
/// A number parameter.
#[derive(Debug)]
pub enum Number {}
/// A string parameter.
#[derive(Debug)]
pub enum Text {}

macro_rules! typed {
    ($kind:ty: $($t:ty),*) => {
        $(
            impl Typed<$kind> for $t {}
            impl Typed<$kind> for Ref<$t> {}
            impl Typed<$kind> for &Ref<$t> {}
        )*
        impl Typed<$kind> for Ref<Value> {}
        impl Typed<$kind> for &Ref<Value> {}
        impl Typed<$kind> for Template {}
    };
}

typed!(Boolean: bool);
typed!(Integer: i32, i64, u32, u64);
typed!(Number: f64, i32, i64, u32, u64);
typed!(Text: String);
impl Typed<Text> for &str {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::integrations::dynamodb;
    use crate::reference::input;

    #[test]
    fn typed_parameters_take_literals_typed_references_and_run_time_values() {
        let read = dynamodb::get_item("orders", serde_json::json!({}))
            .consistent_read(true)
            .consistent_read(input::<Value>().field::<bool>("strong"))
            .consistent_read(input::<Value>().field::<Value>("anything"));
        assert!(format!("{read:?}").contains("ConsistentRead"));
    }
}
