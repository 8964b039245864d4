//! Typed tables, queues, topics, buckets and event buses.

use std::fmt;
use std::marker::PhantomData;

use schemars::JsonSchema;
use sfn_codegen::resource::{Form, ResourceKind};

use super::Declared;
use super::attributes::{Schema, from_attributes, to_attributes};
use crate::args::{IntoArg, payload};
use crate::integrations::dynamodb::{self, ItemCall};
use crate::integrations::eventbridge::Entry;
use crate::integrations::{Integration, sns, sqs};
use crate::reference::result;
use crate::template::Template;

/// Declares a handle type over a logical name, with its constructor and `Debug`.
macro_rules! handle {
    ($(#[$doc:meta])* $name:ident<$($t:ident),*>, $kind:expr) => {
        $(#[$doc])*
        pub struct $name<$($t),*> {
            declared: Declared,
            marker: PhantomData<fn() -> ($($t,)*)>,
        }

        impl<$($t),*> $name<$($t),*> {
            /// The resource called `logical` (letters, digits, `-`, `_`): its real name in
            /// each environment comes from `sfn.toml`, by default the environment's prefix
            /// and this name.
            pub const fn new(logical: &'static str) -> Self {
                $name {
                    declared: Declared::new($kind, logical),
                    marker: PhantomData,
                }
            }

            /// The logical name.
            pub fn name(&self) -> &str {
                &self.declared.logical
            }

            /// Its ARN, as a parameter value.
            pub fn arn(&self) -> Template {
                self.declared.written(Form::Arn)
            }
        }

        /// Its ARN's placeholder, where an ARN is given as text (`pass_roles`, `allow_resources`).
        impl<$($t),*> From<&$name<$($t),*>> for String {
            fn from(handle: &$name<$($t),*>) -> String {
                handle.declared.placeholder(Form::Arn)
            }
        }

        impl<$($t),*> Clone for $name<$($t),*> {
            fn clone(&self) -> Self {
                $name { declared: self.declared.clone(), marker: PhantomData }
            }
        }

        impl<$($t),*> fmt::Debug for $name<$($t),*> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.declared.logical)
            }
        }
    };
}

handle!(
    /// A DynamoDB table whose keys are `Key`s and items `Item`s (serde types; their fields
    /// become attributes by their JSON types: strings `S`, numbers `N`, booleans `BOOL`,
    /// objects `M`, lists `L`).
    Table<Key, Item>,
    ResourceKind::Table
);
handle!(
    /// An SQS queue carrying messages of type `M`.
    Queue<M>,
    ResourceKind::Queue
);
handle!(
    /// An SNS topic carrying messages of type `M`.
    Topic<M>,
    ResourceKind::Topic
);
handle!(
    /// An S3 bucket: pass [`Bucket::bucket`] as an S3 call's `Bucket`.
    Bucket<>,
    ResourceKind::Bucket
);
handle!(
    /// An EventBridge event bus.
    EventBus<>,
    ResourceKind::EventBus
);
handle!(
    /// An IAM role: pass it to `pass_roles`, or assume it with `Task::assume_role(role.arn())`.
    Role<>,
    ResourceKind::Role
);
handle!(
    /// An ECS cluster: `ecs::run_task(cluster.arn(), ..)`.
    EcsCluster<>,
    ResourceKind::EcsCluster
);
handle!(
    /// A Redshift cluster: its [`RedshiftCluster::identifier`] for the Redshift Data API.
    RedshiftCluster<>,
    ResourceKind::RedshiftCluster
);

impl RedshiftCluster {
    /// The cluster's identifier (`ClusterIdentifier`).
    pub fn identifier(&self) -> Template {
        self.declared.parameter()
    }
}

/// An item operation whose key or item could not be written as attributes: the reason is
/// reported against the task when the workflow compiles.
fn item_call(call: ItemCall, problem: Option<String>) -> ItemCall {
    let mut call = call;
    if problem.is_some() {
        call.0.problem = problem;
    }
    call
}

fn attributes<T: JsonSchema>(value: Template) -> (Template, Option<String>) {
    let schema = schemars::schema_for!(T).to_value();
    match to_attributes(value, Schema::root(&schema)) {
        Ok(attributes) => (attributes, None),
        Err(why) => (Template::Value(serde_json::Value::Null), Some(why)),
    }
}

impl<Key: JsonSchema, Item: JsonSchema> Table<Key, Item> {
    /// Reads the item with `key`; [`GetItem::item`] makes the task's result the `Item`.
    pub fn get_item(&self, key: impl IntoArg<Key>) -> GetItem<Item> {
        let (key, problem) = attributes::<Key>(payload(key));
        GetItem {
            call: item_call(dynamodb::get_item(self.declared.parameter(), key), problem),
            marker: PhantomData,
        }
    }

    /// Writes `item`.
    pub fn put_item(&self, item: impl IntoArg<Item>) -> ItemCall {
        let (item, problem) = attributes::<Item>(payload(item));
        item_call(dynamodb::put_item(self.declared.parameter(), item), problem)
    }

    /// Deletes the item with `key`.
    pub fn delete_item(&self, key: impl IntoArg<Key>) -> ItemCall {
        let (key, problem) = attributes::<Key>(payload(key));
        item_call(
            dynamodb::delete_item(self.declared.parameter(), key),
            problem,
        )
    }

    /// Updates the item with `key`; add `.update_expression(...)`.
    pub fn update_item(&self, key: impl IntoArg<Key>) -> ItemCall {
        let (key, problem) = attributes::<Key>(payload(key));
        item_call(
            dynamodb::update_item(self.declared.parameter(), key),
            problem,
        )
    }

    /// The table's name (or ARN, across accounts), as a parameter value.
    pub fn table_name(&self) -> Template {
        self.declared.parameter()
    }
}

/// `GetItem` of a typed table.
pub struct GetItem<Item> {
    call: ItemCall,
    marker: PhantomData<fn() -> Item>,
}

impl<Item> fmt::Debug for GetItem<Item> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.call.fmt(f)
    }
}

impl<Item: JsonSchema> GetItem<Item> {
    /// Reads with strong consistency.
    pub fn consistent_read(self) -> Self {
        GetItem {
            call: self.call.consistent_read(true),
            marker: PhantomData,
        }
    }

    /// The task's result becomes the `Item` itself, read back from DynamoDB's attributes by a
    /// `ResultSelector` (the item must exist: a key with no item fails the task with
    /// `States.Runtime`, as the selector finds nothing to read).
    pub fn item(self) -> Integration {
        let schema = schemars::schema_for!(Item).to_value();
        let mut call = self.call.0;
        match from_attributes(
            result::<serde_json::Value>().field("Item"),
            Schema::root(&schema),
        ) {
            // The result stays DynamoDB's (typed by its model); the selector reads it back.
            Ok(selector) => call.result_selector = Some(selector),
            Err(why) => call.problem = Some(why),
        }
        call
    }
}

impl<Item> From<GetItem<Item>> for Integration {
    fn from(get: GetItem<Item>) -> Integration {
        get.call.0
    }
}

impl<M: JsonSchema> Queue<M> {
    /// Sends a message of the queue's type.
    pub fn send(&self, message: impl IntoArg<M>) -> sqs::SendMessage {
        sqs::send_message(self.declared.parameter(), payload(message))
    }

    /// The queue's URL, as a parameter value.
    pub fn url(&self) -> Template {
        self.declared.parameter()
    }
}

impl<M: JsonSchema> Topic<M> {
    /// Publishes a message of the topic's type.
    pub fn publish(&self, message: impl IntoArg<M>) -> sns::Publish {
        sns::publish(self.declared.parameter(), payload(message))
    }
}

impl Bucket {
    /// The bucket's name, as an S3 call's `Bucket`.
    pub fn bucket(&self) -> Template {
        self.declared.parameter()
    }
}

impl EventBus {
    /// An event on this bus.
    pub fn entry(
        &self,
        source: impl Into<Template>,
        detail_type: impl Into<Template>,
        detail: impl Into<Template>,
    ) -> Entry {
        Entry::new(source, detail_type, detail).bus(self.declared.parameter())
    }
}
