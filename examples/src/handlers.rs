//! The team's Lambda functions, in Rust, in the same workspace as the workflows that call
//! them: each is deployed as its own function (with `lambda_runtime`) and, declared as a
//! typed [`sfn::resources::Function`] with it as its handler, answers the workflows' tasks in
//! local runs, so the examples' tests run the real code.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// An order as the workflow receives it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, sfn::Payload)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    pub order_id: String,
    pub sku: String,
    pub quantity: i64,
}

/// What `validate-order` answers.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, sfn::Payload)]
pub struct Validation {
    pub valid: bool,
    pub total: f64,
}

/// The unit price of every SKU the shop sells.
const UNIT_PRICE: f64 = 30.5;

/// `validate-order`: an order of 1 to 100 items of a known SKU is valid; its total is priced.
pub fn validate_order(order: Order) -> Result<Validation, std::convert::Infallible> {
    let valid = (1..=100).contains(&order.quantity) && order.sku.starts_with("sku-");
    Ok(Validation {
        valid,
        total: order.quantity as f64 * UNIT_PRICE,
    })
}

/// What `charge-card` is asked to charge.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, sfn::Payload)]
#[serde(rename_all = "camelCase")]
pub struct Charge {
    pub order_id: String,
    pub amount: f64,
}

/// What `charge-card` answers.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, sfn::Payload)]
#[serde(rename_all = "camelCase")]
pub struct Payment {
    pub charge_id: String,
    pub amount: f64,
}

/// The card's limit was reached: the error's name (`PaymentDeclined`) is what workflows catch.
#[derive(Debug)]
pub struct PaymentDeclined {
    pub amount: f64,
}

impl std::fmt::Display for PaymentDeclined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the card's limit is {CARD_LIMIT}, the charge {}",
            self.amount
        )
    }
}

const CARD_LIMIT: f64 = 1000.0;

/// `charge-card`: charges up to the card's limit.
pub fn charge_card(charge: Charge) -> Result<Payment, PaymentDeclined> {
    if charge.amount > CARD_LIMIT {
        return Err(PaymentDeclined {
            amount: charge.amount,
        });
    }
    Ok(Payment {
        charge_id: format!("ch-{}", charge.order_id),
        amount: charge.amount,
    })
}

/// A click as the browser sends it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, sfn::Payload)]
#[serde(rename_all = "camelCase")]
pub struct Click {
    pub session_id: String,
    #[serde(default)]
    pub page: Option<String>,
    #[serde(default)]
    pub bot: Option<bool>,
}

/// A click with what the shop knows of it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, sfn::Payload)]
#[serde(rename_all = "camelCase")]
pub struct EnrichedClick {
    pub session_id: String,
    pub timestamp: String,
    pub page: String,
}

/// `enrich-click`: stamps the click (a fixed clock keeps local runs reproducible) and names
/// the page, the home page when the browser sent none.
pub fn enrich_click(click: Click) -> Result<EnrichedClick, std::convert::Infallible> {
    Ok(EnrichedClick {
        session_id: click.session_id,
        timestamp: "2025-01-01T00:00:00Z".to_owned(),
        page: click.page.unwrap_or_else(|| "/".to_owned()),
    })
}

/// A batch of images to resize.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema, sfn::Payload)]
pub struct Batch {
    pub objects: Vec<Value>,
    pub bucket: String,
}

/// What `resize-images` did.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Resized {
    pub resized: usize,
}

/// `resize-images`: resizes each object of the batch.
pub fn resize_images(batch: Batch) -> Result<Resized, std::convert::Infallible> {
    Ok(Resized {
        resized: batch.objects.len(),
    })
}

/// What `pay-expense` answers.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct Paid {
    pub paid: bool,
}

/// `pay-expense`: pays an approved expense.
pub fn pay_expense(_request: Value) -> Result<Paid, std::convert::Infallible> {
    Ok(Paid { paid: true })
}
