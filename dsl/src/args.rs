//! Typed payloads: the request a typed function, queue, topic or table takes, built so that
//! rustc checks every field against the request's Rust type.
//!
//! `#[derive(Payload)]` on a struct also makes `<Type>Args`, a struct of the same fields each
//! holding an [`Arg`]; [`args!`](crate::args!) fills one from references, literals and nested
//! objects:
//!
//! ```
//! use sfn::prelude::*;
//!
//! #[derive(serde::Serialize, serde::Deserialize, sfn::JsonSchema, sfn::Payload)]
//! #[schemars(crate = "sfn::schemars")]
//! #[serde(rename_all = "camelCase")]
//! struct Charge { order_id: String, amount: f64, note: Option<String> }
//!
//! let order = input::<serde_json::Value>();
//! let charge = sfn::args!(Charge {
//!     order_id: order.field::<String>("id"),
//!     amount: 12.5,
//!     note: sfn::absent(),
//! });
//! ```
//!
//! A `String` where the request takes a number does not compile:
//!
//! ```compile_fail
//! # use sfn::prelude::*;
//! # #[derive(serde::Serialize, sfn::Payload)]
//! # struct Charge { amount: f64 }
//! let charge = sfn::args!(Charge { amount: input::<Value>().field::<String>("total") });
//! ```

use std::marker::PhantomData;

use crate::reference::Ref;
use crate::template::Template;

/// A type `args!` can build: `#[derive(Payload)]` implements it for structs, with `Args`
/// its `<Type>Args`.
pub trait Build {
    /// The struct of the type's fields, each an [`Arg`].
    type Args;
}

/// One field's value in a typed payload: a template known to hold a `T` (or nothing, for an
/// absent optional field).
pub struct Arg<T> {
    template: Option<Template>,
    marker: PhantomData<fn() -> T>,
}

impl<T> Arg<T> {
    fn of(template: Template) -> Arg<T> {
        Arg {
            template: Some(template),
            marker: PhantomData,
        }
    }

    /// The template, `None` for an absent optional field.
    pub fn into_template(self) -> Option<Template> {
        self.template
    }
}

impl<T> std::fmt::Debug for Arg<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Arg").field(&self.template).finish()
    }
}

/// A value that fills a field of type `T`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot fill a field of type `{T}`",
    label = "this is not a `{T}`",
    note = "pass a reference typed `Ref<{T}>`, a literal of that type, `sfn::args!(Type {{ .. }})` for a nested object, `sfn::lit(value)` for any serializable value, or `sfn::computed::<{T}>(..)` for an expression whose type you vouch for"
)]
pub trait IntoArg<T> {
    /// The field's value.
    fn into_arg(self) -> Arg<T>;
}

/// `value` as the field it fills (what [`args!`](crate::args!) calls for each field).
pub fn arg<T>(value: impl IntoArg<T>) -> Arg<T> {
    value.into_arg()
}

#[diagnostic::do_not_recommend]
impl<T> IntoArg<T> for Ref<T> {
    fn into_arg(self) -> Arg<T> {
        Arg::of(Template::Ref(self.untyped()))
    }
}

#[diagnostic::do_not_recommend]
impl<T> IntoArg<T> for &Ref<T> {
    fn into_arg(self) -> Arg<T> {
        self.clone().into_arg()
    }
}

#[diagnostic::do_not_recommend]
impl<T> IntoArg<Option<T>> for Ref<T> {
    fn into_arg(self) -> Arg<Option<T>> {
        Arg::of(Template::Ref(self.untyped()))
    }
}

#[diagnostic::do_not_recommend]
impl<T> IntoArg<Option<T>> for &Ref<T> {
    fn into_arg(self) -> Arg<Option<T>> {
        Arg::of(Template::Ref(self.clone().untyped()))
    }
}

#[diagnostic::do_not_recommend]
impl<T, A: IntoArg<T>> IntoArg<Vec<T>> for Vec<A> {
    fn into_arg(self) -> Arg<Vec<T>> {
        let items = self
            .into_iter()
            .filter_map(|item| item.into_arg().template)
            .collect();
        Arg::of(Template::Array(items))
    }
}

/// A literal of any serializable type: `sfn::lit(vec!["a", "b"])`.
#[derive(Debug, Clone)]
pub struct Lit<T>(pub T);

/// `value` as a literal field.
pub fn lit<T: serde::Serialize>(value: T) -> Lit<T> {
    Lit(value)
}

#[diagnostic::do_not_recommend]
impl<T: serde::Serialize> IntoArg<T> for Lit<T> {
    fn into_arg(self) -> Arg<T> {
        Arg::of(Template::Value(
            serde_json::to_value(&self.0).unwrap_or(serde_json::Value::Null),
        ))
    }
}

#[diagnostic::do_not_recommend]
impl<T: serde::Serialize> IntoArg<Option<T>> for Lit<T> {
    fn into_arg(self) -> Arg<Option<T>> {
        Arg {
            template: IntoArg::<T>::into_arg(self).template,
            marker: PhantomData,
        }
    }
}

/// An optional field left out.
#[derive(Debug, Clone, Copy)]
pub struct Absent;

/// Leaves an optional field out of the payload.
pub fn absent() -> Absent {
    Absent
}

#[diagnostic::do_not_recommend]
impl<T> IntoArg<Option<T>> for Absent {
    fn into_arg(self) -> Arg<Option<T>> {
        Arg {
            template: None,
            marker: PhantomData,
        }
    }
}

/// A template vouched for as a `T` (a JSONata expression, an intrinsic function): rustc cannot
/// check it, the type flow still does where it can.
#[derive(Debug, Clone)]
pub struct Computed<T>(Template, PhantomData<fn() -> T>);

/// `template` as a field of type `T`: `sfn::computed::<f64>(jsonata("$sum($states.input.items.price)"))`.
pub fn computed<T>(template: impl Into<Template>) -> Computed<T> {
    Computed(template.into(), PhantomData)
}

#[diagnostic::do_not_recommend]
impl<T> IntoArg<T> for Computed<T> {
    fn into_arg(self) -> Arg<T> {
        Arg::of(self.0)
    }
}

/// A request typed as any JSON (`serde_json::Value`) takes any template.
#[diagnostic::do_not_recommend]
impl IntoArg<serde_json::Value> for Template {
    fn into_arg(self) -> Arg<serde_json::Value> {
        Arg::of(self)
    }
}

/// Literals of the JSON scalar types, for fields of that type or an `Option` of it.
macro_rules! literals {
    ($($field:ty: $($literal:ty),+;)*) => {$($(
        #[diagnostic::do_not_recommend]
        impl IntoArg<$field> for $literal {
            fn into_arg(self) -> Arg<$field> {
                Arg::of(Template::Value(serde_json::json!(self)))
            }
        }
        #[diagnostic::do_not_recommend]
        impl IntoArg<Option<$field>> for $literal {
            fn into_arg(self) -> Arg<Option<$field>> {
                Arg::of(Template::Value(serde_json::json!(self)))
            }
        }
    )+)*};
}

literals! {
    String: &str, String;
    bool: bool;
    f64: f64, f32, i32, i64, u32, u64;
    f32: f32, i32;
    i64: i64, i32, u32;
    i32: i32;
    u64: u64, u32, i32;
    u32: u32, i32;
    u16: u16, i32;
    u8: u8, i32;
    usize: usize, i32;
}

/// A reference to an integer fills a number field: JSON has one kind of number.
macro_rules! widening {
    ($($field:ty: $($from:ty),+;)*) => {$($(
        #[diagnostic::do_not_recommend]
        impl IntoArg<$field> for Ref<$from> {
            fn into_arg(self) -> Arg<$field> {
                Arg::of(Template::Ref(self.untyped()))
            }
        }
        #[diagnostic::do_not_recommend]
        impl IntoArg<$field> for &Ref<$from> {
            fn into_arg(self) -> Arg<$field> {
                Arg::of(Template::Ref(self.clone().untyped()))
            }
        }
    )+)*};
}

widening! {
    f64: i64, i32, u32, u64, f32;
    i64: i32, u32;
}

/// The fields of a typed payload, in order, as [`args!`](crate::args!) builds them: the
/// derive's `<Type>Args` turns into one.
pub fn object_of(fields: Vec<(&'static str, Option<Template>)>) -> Template {
    Template::Object(
        fields
            .into_iter()
            .filter_map(|(name, value)| Some((name.to_owned(), value?)))
            .collect(),
    )
}

/// The payload a typed call sends, as a template.
pub(crate) fn payload<T>(value: impl IntoArg<T>) -> Template {
    value
        .into_arg()
        .template
        .unwrap_or(Template::Value(serde_json::Value::Null))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::input;
    use serde_json::{Value, json};
    use sfn_codegen::model::QueryLanguage;

    /// The value as a payload field renders it.
    fn rendered<T>(value: impl IntoArg<T>) -> Value {
        crate::template::object()
            .with("v", payload(value))
            .render(QueryLanguage::JSONPath)
            .unwrap()
    }

    #[test]
    fn fields_take_references_literals_and_lists() {
        let total = input::<Value>().field::<i64>("total");
        assert_eq!(rendered::<f64>(&total), json!({"v.$": "$.total"}));
        assert_eq!(rendered::<f64>(3), json!({"v": 3}));
        assert_eq!(rendered::<String>("x"), json!({"v": "x"}));
        assert_eq!(rendered::<Vec<u8>>(lit(vec![1, 2])), json!({"v": [1, 2]}));
        assert_eq!(
            payload::<Option<String>>(absent()),
            Template::Value(Value::Null)
        );
    }
}
