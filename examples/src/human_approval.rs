//! Human approval: send the request with a task token to an approval queue and wait for the
//! approver's callback; after 24 hours escalate to a manager, and after 24 more reject.

use serde_json::Value;
use sfn::prelude::*;

use crate::resources::{LEAD_APPROVALS, MANAGER_APPROVALS, pay_expense};

/// The approval request, sent with the task token the approver calls back with.
fn ask(
    queue: &sfn::resources::Queue<Value>,
    approver: &str,
    token: Ref<String>,
) -> sqs::SendMessage {
    let request = input::<Value>();
    sqs::send_message(
        queue.url(),
        object()
            .with("taskToken", token)
            .with("approver", approver)
            .with("request", request.field::<Value>("request"))
            .with("execution", context::execution_id()),
    )
    .wait_for_task_token()
}

fn approved() -> Condition {
    input::<Value>()
        .field::<Value>("decision")
        .field::<bool>("approved")
        .equals(true)
}

workflow! {
    /// The human approval workflow. Registered, so `cargo sfn build` reaches it through
    /// `sfn::registered()` rather than by its path.
    #[sfn::register]
    pub fn expense_approval() -> "expense-approval" {
        comment("Approve an expense, escalating when nobody answers");
        start "Ask approver";

        "Ask approver": Task(ask(&LEAD_APPROVALS, "team-lead", context::task_token()))
            .timeout_seconds(24 * 3600)
            .heartbeat_seconds(3600)
            .result_path("$.decision")
            // A silent approver (no heartbeat for an hour) escalates too, not only a slow one.
            .catch(Catch::on([errors::TIMEOUT, errors::HEARTBEAT_TIMEOUT], "Ask manager").result_path("$.timeout"))
            .next("Approved?");
        "Ask manager": Task(ask(&MANAGER_APPROVALS, "manager", context::task_token()))
            .timeout_seconds(24 * 3600)
            .heartbeat_seconds(3600)
            .result_path("$.decision")
            .catch(Catch::on([errors::TIMEOUT, errors::HEARTBEAT_TIMEOUT], "No decision"))
            .next("Approved?");
        "No decision": Fail.error("ApprovalTimedOut");

        "Approved?": Choice.when(approved(), "Pay expense").otherwise("Rejected");
        "Pay expense": Task(pay_expense().invoke(input::<Value>()).payload_only())
            .next("Paid");
        "Paid": Succeed;
        "Rejected": Fail.error("ExpenseRejected");
    }
}
