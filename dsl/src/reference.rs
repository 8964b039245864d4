//! Typed references into the data a state sees: its input, the context object, variables,
//! and (where the service defines them) the task result and the error output.
//!
//! A [`Ref<T>`] is one path, rendered as a JSONPath (`$.order.total`) in JSONPath states and
//! as a JSONata expression (`$states.input.order.total`) in JSONata states. Its type parameter
//! is the Rust type of the value it points at, so comparisons are checked by rustc:
//!
//! ```compile_fail
//! use sfn::prelude::*;
//! let name = input::<serde_json::Value>().field::<String>("name");
//! name.gt(10); // a numeric comparison on a string field does not compile
//! ```

use std::fmt;
use std::marker::PhantomData;

use serde_json::Value;
use sfn_codegen::jsonpath;

/// Where a reference starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Root {
    /// The state's input (`$` / `$states.input`).
    Input,
    /// The context object (`$$` / `$states.context`).
    Context,
    /// A workflow variable (`$name` in both languages).
    Variable(String),
    /// A task's raw result, in `ResultSelector` (`$`) or JSONata `Output`/`Assign` (`$states.result`).
    Result,
    /// A caught error, in a catcher (`$` / `$states.errorOutput`).
    ErrorOutput,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Segment {
    Field(String),
    Index(i64),
}

/// A reference to a value of Rust type `T` (`serde_json::Value` when the type is unknown).
pub struct Ref<T = Value> {
    root: Root,
    segments: Vec<Segment>,
    marker: PhantomData<fn() -> T>,
}

// Manual impls: derives would require `T: Clone`/`T: PartialEq`, which the marker does not need.
impl<T> Clone for Ref<T> {
    fn clone(&self) -> Self {
        Self {
            root: self.root.clone(),
            segments: self.segments.clone(),
            marker: PhantomData,
        }
    }
}

impl<T> PartialEq for Ref<T> {
    fn eq(&self, other: &Self) -> bool {
        self.root == other.root && self.segments == other.segments
    }
}

impl<T> fmt::Debug for Ref<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Ref({})", self.to_jsonpath())
    }
}

/// The state's whole input, typed as `T`.
pub fn input<T>() -> Ref<T> {
    Ref::new(Root::Input)
}

/// A workflow variable set by an earlier `Assign`.
pub fn var<T>(name: impl Into<String>) -> Ref<T> {
    Ref::new(Root::Variable(name.into()))
}

/// A task's result before `ResultSelector` (JSONPath) or in `Output`/`Assign` (JSONata).
pub fn result<T>() -> Ref<T> {
    Ref::new(Root::Result)
}

/// The error a catcher caught: `{"Error": ..., "Cause": ...}`.
pub fn error_output() -> Ref<Value> {
    Ref::new(Root::ErrorOutput)
}

/// The context object: the execution, the state, the task token, the Map item.
pub mod context {
    use super::{Ref, Root, Timestamp};
    use serde_json::Value;

    fn at<T>(path: &[&str]) -> Ref<T> {
        path.iter()
            .fold(Ref::<Value>::new(Root::Context), |r, f| r.field(*f))
            .retype()
    }

    /// The whole context object.
    pub fn object() -> Ref<Value> {
        Ref::new(Root::Context)
    }
    /// `$$.Execution.Id`: the execution ARN.
    pub fn execution_id() -> Ref<String> {
        at(&["Execution", "Id"])
    }
    /// `$$.Execution.Name`.
    pub fn execution_name() -> Ref<String> {
        at(&["Execution", "Name"])
    }
    /// `$$.Execution.StartTime`.
    pub fn execution_start_time() -> Ref<Timestamp> {
        at(&["Execution", "StartTime"])
    }
    /// `$$.Execution.Input`: the input the execution started with.
    pub fn execution_input<T>() -> Ref<T> {
        at(&["Execution", "Input"])
    }
    /// `$$.Execution.RoleArn`.
    pub fn execution_role_arn() -> Ref<String> {
        at(&["Execution", "RoleArn"])
    }
    /// `$$.Execution.RedriveCount`.
    pub fn execution_redrive_count() -> Ref<i64> {
        at(&["Execution", "RedriveCount"])
    }
    /// `$$.State.Name`.
    pub fn state_name() -> Ref<String> {
        at(&["State", "Name"])
    }
    /// `$$.State.EnteredTime`.
    pub fn state_entered_time() -> Ref<Timestamp> {
        at(&["State", "EnteredTime"])
    }
    /// `$$.State.RetryCount`.
    pub fn state_retry_count() -> Ref<i64> {
        at(&["State", "RetryCount"])
    }
    /// `$$.StateMachine.Id`.
    pub fn state_machine_id() -> Ref<String> {
        at(&["StateMachine", "Id"])
    }
    /// `$$.StateMachine.Name`.
    pub fn state_machine_name() -> Ref<String> {
        at(&["StateMachine", "Name"])
    }
    /// `$$.Task.Token`: what a `.waitForTaskToken` task hands out for the callback.
    pub fn task_token() -> Ref<String> {
        at(&["Task", "Token"])
    }
    /// `$$.Map.Item.Index`, inside a Map's `ItemSelector`.
    pub fn map_item_index() -> Ref<i64> {
        at(&["Map", "Item", "Index"])
    }
    /// `$$.Map.Item.Value`, inside a Map's `ItemSelector`.
    pub fn map_item_value<T>() -> Ref<T> {
        at(&["Map", "Item", "Value"])
    }
    /// `$$.Map.Item.Key`, for a distributed Map reading a JSON object.
    pub fn map_item_key() -> Ref<String> {
        at(&["Map", "Item", "Key"])
    }
    /// `$$.Map.Item.Source`, for a distributed Map: where the item was read.
    pub fn map_item_source() -> Ref<String> {
        at(&["Map", "Item", "Source"])
    }
}

impl<T> Ref<T> {
    pub(crate) fn new(root: Root) -> Self {
        Self {
            root,
            segments: Vec::new(),
            marker: PhantomData,
        }
    }

    /// A field of this object, holding a `U`.
    pub fn field<U>(&self, name: impl Into<String>) -> Ref<U> {
        let mut segments = self.segments.clone();
        segments.push(Segment::Field(name.into()));
        Ref {
            root: self.root.clone(),
            segments,
            marker: PhantomData,
        }
    }

    /// The same path, seen as another type (for data whose shape the type system cannot see).
    pub fn retype<U>(self) -> Ref<U> {
        Ref {
            root: self.root,
            segments: self.segments,
            marker: PhantomData,
        }
    }

    /// The same path, untyped.
    pub fn untyped(self) -> Ref<Value> {
        self.retype()
    }

    /// The path as a JSONPath reference path (`$.a.b[0]`, `$$.Task.Token`, `$var.x`),
    /// printed by the JSONPath grammar's own printer (what it prints, it parses back).
    pub fn to_jsonpath(&self) -> String {
        let root = match &self.root {
            Root::Input | Root::Result | Root::ErrorOutput => jsonpath::Root::Input,
            Root::Context => jsonpath::Root::Context,
            Root::Variable(name) => jsonpath::Root::Variable(name.clone()),
        };
        let steps = self
            .segments
            .iter()
            .map(|segment| match segment {
                Segment::Field(name) => (jsonpath::Step::Field(name.clone()), 0..0),
                Segment::Index(i) => (jsonpath::Step::Index(*i), 0..0),
            })
            .collect();
        jsonpath::Path { root, steps }.to_string()
    }

    /// The path as a JSONata expression (`$states.input.a.b[0]`, `$states.context.Task.Token`).
    pub fn to_jsonata(&self) -> String {
        let root = match &self.root {
            Root::Input => "$states.input".to_owned(),
            Root::Context => "$states.context".to_owned(),
            Root::Variable(name) => format!("${name}"),
            Root::Result => "$states.result".to_owned(),
            Root::ErrorOutput => "$states.errorOutput".to_owned(),
        };
        self.render(root, |name| format!(".`{name}`"))
    }

    /// The root followed by the segments; `quoted` writes a field name that needs quoting.
    fn render(&self, mut out: String, quoted: impl Fn(&str) -> String) -> String {
        for segment in &self.segments {
            match segment {
                Segment::Field(name) if is_plain_jsonata_name(name) => {
                    out.push('.');
                    out.push_str(name);
                }
                Segment::Field(name) => out.push_str(&quoted(name)),
                Segment::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }
}

impl<T> Ref<Vec<T>> {
    /// One element of this array.
    pub fn at(&self, index: i64) -> Ref<T> {
        let mut segments = self.segments.clone();
        segments.push(Segment::Index(index));
        Ref {
            root: self.root.clone(),
            segments,
            marker: PhantomData,
        }
    }
}

impl<T> Ref<Option<T>> {
    /// The value inside, for use after an `is_present()` check.
    pub fn unwrap(self) -> Ref<T> {
        self.retype()
    }
}

/// A name that can follow a `.` in JSONata without backticks: a plain JSONPath name that is
/// not one of JSONata's words.
fn is_plain_jsonata_name(name: &str) -> bool {
    jsonpath::is_plain_name(name)
        && !matches!(name, "and" | "or" | "in" | "true" | "false" | "null")
}

/// A serde type whose fields a workflow refers to: `#[derive(sfn::Payload)]` implements it,
/// with typed accessors in `<Type>Fields`.
///
/// ```
/// use sfn::prelude::*;
///
/// #[derive(serde::Serialize, sfn::Payload)]
/// #[serde(rename_all = "camelCase")]
/// struct Order {
///     order_id: String,
///     total: f64,
///     coupon: Option<String>,
/// }
///
/// let order = input::<Order>().fields();
/// assert_eq!(order.order_id().to_jsonpath(), "$.orderId");
/// let big = order.total().gt(100); // `order.order_id().gt(100)` does not compile
/// let has_coupon = order.coupon().is_present();
/// ```
pub trait Payload: Sized {
    /// The accessors, one method per field.
    type Fields;

    /// The accessors of the value at `reference`.
    fn fields_at(reference: Ref<Self>) -> Self::Fields;
}

impl<T: Payload> Ref<T> {
    /// Typed references to the fields of this value.
    pub fn fields(&self) -> T::Fields {
        T::fields_at(self.clone())
    }
}

/// Where a step keeps its result in the state's data (`$.receipt`), typed: give it as the
/// step's `result_path`, and read it later with [`Slot::get`]. Unlike an `Option<T>` field of
/// the input type, the compiler knows it is absent until a step writes it, so a read on a path
/// that skipped the step is a `compile()` error.
///
/// ```
/// use sfn::prelude::*;
/// let receipt = Slot::<String>::new("receipt");
/// let charge = Task::new("Charge", lambda::invoke("charge")).result_path(&receipt);
/// assert_eq!(receipt.get().to_jsonpath(), "$.receipt");
/// # let _ = charge;
/// ```
pub struct Slot<T> {
    at: Ref<T>,
}

impl<T> Slot<T> {
    /// The field `name` of the state's data.
    pub fn new(name: impl Into<String>) -> Slot<T> {
        Slot {
            at: input::<Value>().field(name),
        }
    }

    /// A reference to what the step wrote, typed.
    pub fn get(&self) -> Ref<T> {
        self.at.clone()
    }
}

impl<T> Clone for Slot<T> {
    fn clone(&self) -> Self {
        Slot {
            at: self.at.clone(),
        }
    }
}

impl<T> fmt::Debug for Slot<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Slot({})", self.at.to_jsonpath())
    }
}

/// An ISO 8601 timestamp, the type of timestamp fields: they compare as timestamps in Choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timestamp(pub String);

impl From<&str> for Timestamp {
    fn from(value: &str) -> Self {
        Timestamp(value.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_both_languages() {
        let total: Ref<f64> = input::<Value>().field::<Value>("order").field("total");
        assert_eq!(total.to_jsonpath(), "$.order.total");
        assert_eq!(total.to_jsonata(), "$states.input.order.total");
        let odd: Ref<Value> = input::<Value>().field("a b");
        assert_eq!(odd.to_jsonpath(), "$['a b']");
        assert_eq!(odd.to_jsonata(), "$states.input.`a b`");
        let items: Ref<Vec<String>> = var("items");
        assert_eq!(items.at(2).to_jsonpath(), "$items[2]");
        assert_eq!(context::task_token().to_jsonpath(), "$$.Task.Token");
        assert_eq!(
            context::task_token().to_jsonata(),
            "$states.context.Task.Token"
        );
    }
}
