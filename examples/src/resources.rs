//! The resources the examples call, each declared once by its logical name and typed: where
//! each is in an environment (its real name, account and region) is `sfn.toml`'s, and `cargo
//! sfn plan` checks each exists before deploying.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sfn::Payload;
use sfn::resources::{
    Bucket, EcsCluster, EventBus, Function, Queue, RedshiftCluster, Role, Table, Topic,
};

use crate::handlers::{
    Batch, Charge, Click, EnrichedClick, Order, Paid, Payment, Resized, Validation,
};

/// `validate-order`, answered in local runs by [`crate::handlers::validate_order`].
pub fn validate_order() -> Function<Order, Validation> {
    Function::new("validate-order").handler(crate::handlers::validate_order)
}

/// `charge-card`, answered in local runs by [`crate::handlers::charge_card`].
pub fn charge_card() -> Function<Charge, Payment> {
    Function::new("charge-card").handler(crate::handlers::charge_card)
}

/// `enrich-click`, answered in local runs by [`crate::handlers::enrich_click`].
pub fn enrich_click() -> Function<Click, EnrichedClick> {
    Function::new("enrich-click").handler(crate::handlers::enrich_click)
}

/// `resize-images`, answered in local runs by [`crate::handlers::resize_images`].
pub fn resize_images() -> Function<Batch, Resized> {
    Function::new("resize-images").handler(crate::handlers::resize_images)
}

/// `pay-expense`, answered in local runs by [`crate::handlers::pay_expense`].
pub fn pay_expense() -> Function<Value, Paid> {
    Function::new("pay-expense").handler(crate::handlers::pay_expense)
}

/// `profile-dataset`, written in another language by the data team: its types as its
/// documentation gives them.
pub const PROFILE_DATASET: Function<Value, Value> = Function::new("profile-dataset");

/// Stock levels by SKU.
pub const INVENTORY: Table<StockKey, Value> = Table::new("inventory");
/// Customers by id, with their loyalty points.
pub const CUSTOMERS: Table<Value, Value> = Table::new("customers");
/// Clicks by session and time.
pub const CLICKS: Table<Value, StoredClick> = Table::new("clicks");
/// Bookings of each kind, by trip.
pub const HOTEL_BOOKINGS: Table<Value, Value> = Table::new("hotel-bookings");
/// Flight bookings, by trip.
pub const FLIGHT_BOOKINGS: Table<Value, Value> = Table::new("flight-bookings");
/// Car bookings, by trip.
pub const CAR_BOOKINGS: Table<Value, Value> = Table::new("car-bookings");

/// Failed orders, for the support team.
pub const ORDER_EVENTS: Topic<OrderFailed> = Topic::new("order-events");
/// Trips booked.
pub const TRIPS: Topic<String> = Topic::new("trips");
/// The data team's alerts.
pub const ETL_ALERTS: Topic<Value> = Topic::new("etl-alerts");

/// Orders waiting for stock.
pub const BACKORDERS: Queue<Order> = Queue::new("backorders");
/// Expense approvals for team leads.
pub const LEAD_APPROVALS: Queue<Value> = Queue::new("lead-approvals");
/// Expense approvals for managers.
pub const MANAGER_APPROVALS: Queue<Value> = Queue::new("manager-approvals");

/// Where clicks are published.
pub const ANALYTICS: EventBus = EventBus::new("analytics");

/// S3 Inventory reports of the image bucket.
pub const INVENTORY_REPORTS: Bucket = Bucket::new("inventory-reports");
/// Where the thumbnail runs' results go.
pub const THUMBNAIL_RESULTS: Bucket = Bucket::new("thumbnail-results");

/// The cluster shipping tasks run on.
pub const FULFILMENT: EcsCluster = EcsCluster::new("fulfilment");
/// The shipping task's own role.
pub const SHIP_ORDER_TASK: Role = Role::new("ship-order-task");
/// The role ECS starts tasks with.
pub const ECS_TASK_EXECUTION: Role = Role::new("ecs-task-execution");

/// The warehouse the ETL loads.
pub const ANALYTICS_WAREHOUSE: RedshiftCluster = RedshiftCluster::new("warehouse");

/// The key of the inventory table.
#[derive(Debug, Serialize, Deserialize, Payload, JsonSchema)]
pub struct StockKey {
    pub sku: String,
}

/// What the support team is told of a failed order.
#[derive(Debug, Serialize, Deserialize, Payload, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct OrderFailed {
    pub order_id: String,
    pub error: Value,
}

/// A click as the `clicks` table keeps it.
#[derive(Debug, Serialize, Deserialize, Payload, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StoredClick {
    pub session_id: String,
    pub timestamp: String,
    pub page: String,
}
