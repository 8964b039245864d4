//! Typed resources: the functions, tables, queues, topics, buckets, event buses and other
//! workflows a workflow calls, each declared once by a logical name with the Rust types it
//! takes and gives.
//!
//! ```
//! use sfn::prelude::*;
//! use sfn::resources::{Function, Queue};
//!
//! #[derive(serde::Serialize, serde::Deserialize, sfn::JsonSchema, sfn::Payload)]
//! #[schemars(crate = "sfn::schemars")]
//! struct Charge { order_id: String, amount: f64 }
//!
//! #[derive(serde::Serialize, serde::Deserialize, sfn::JsonSchema)]
//! #[schemars(crate = "sfn::schemars")]
//! struct Receipt { id: String }
//!
//! const CHARGE: Function<Charge, Receipt> = Function::new("charge");
//! const RECEIPTS: Queue<Receipt> = Queue::new("receipts");
//!
//! let order = input::<serde_json::Value>();
//! let call = CHARGE.invoke(sfn::args!(Charge { order_id: order.field::<String>("id"), amount: 10.0 }));
//! let receipt = call.result().payload();
//! let workflow = Workflow::new("checkout", Task::new("Charge", call).result_path("$.receipt")
//!     .next(Task::new("Queue receipt", RECEIPTS.send(order.field::<Receipt>("receipt").field::<Receipt>("Payload")))));
//! let compiled = workflow.compile().unwrap();
//! # let _ = receipt;
//! ```
//!
//! The definition refers to each resource through a placeholder (`${sfn.function.charge.arn}`)
//! that `cargo sfn deploy` fills per environment from `sfn.toml` (name, prefix, account,
//! region; see the README); `compile()` checks, runs and writes policies with each resource
//! bound to its logical name in the workflow's own account and region.

mod attributes;
mod child;
mod function;
mod storage;

pub use child::{Child, Execution, RunChild};
pub use function::{Answer, Function, FunctionCall, FunctionTypes, Handler, Invoke};
pub use storage::{
    Bucket, EcsCluster, EventBus, GetItem, Queue, RedshiftCluster, Role, Table, Topic,
};

use std::borrow::Cow;

/// What kind of resource a logical name stands for (the compiler core's).
pub use sfn_codegen::resource::ResourceKind;
use sfn_codegen::resource::{Form, Reference};

use crate::template::Template;

/// A logical name of a kind: what every typed handle holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Declared {
    pub kind: ResourceKind,
    pub logical: Cow<'static, str>,
}

impl Declared {
    pub const fn new(kind: ResourceKind, logical: &'static str) -> Declared {
        Declared {
            kind,
            logical: Cow::Borrowed(logical),
        }
    }

    /// The placeholder of the resource written in `form`.
    pub fn placeholder(&self, form: Form) -> String {
        Reference {
            kind: self.kind,
            logical: &self.logical,
            form,
        }
        .placeholder()
    }

    /// The placeholder as a parameter value.
    pub fn written(&self, form: Form) -> Template {
        Template::Value(serde_json::Value::String(self.placeholder(form)))
    }

    /// As the integration's parameter takes it.
    pub fn parameter(&self) -> Template {
        self.written(self.kind.parameter_form())
    }
}

/// How a handle of `kind` is passed to the parameter that names it, in the DSL's words (the
/// fix for a resource written in a form its parameter does not take).
pub(crate) fn passed_as(kind: ResourceKind) -> &'static str {
    match kind {
        ResourceKind::Function => "call the function with `function.invoke(..)`",
        ResourceKind::Table => {
            "pass the table's `.table_name()`, or call `table.put_item(..)` and the other item methods"
        }
        ResourceKind::Queue => "pass the queue's `.url()`, or send with `queue.send(..)`",
        ResourceKind::Topic => "pass the topic's `.arn()`, or publish with `topic.publish(..)`",
        ResourceKind::Bucket => "pass the bucket's `.bucket()`",
        ResourceKind::EventBus => "put events with `bus.entry(..)`",
        ResourceKind::StateMachine => "start the child workflow with `child.run(..)`",
        ResourceKind::Role | ResourceKind::EcsCluster => "pass its `.arn()`",
        ResourceKind::RedshiftCluster => "pass the cluster's `.identifier()`",
    }
}
