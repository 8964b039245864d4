//! Human approval: send the request with a task token to an approval queue and wait for the
//! approver's callback; after 24 hours escalate to a manager, and after 24 more reject.

use serde_json::Value;
use sfn::prelude::*;

use crate::aws;

fn ask(name: &str, queue: &str, approver: &str) -> Task {
    let request = input::<Value>();
    Task::new(
        name,
        sqs::send_message(
            aws::queue_url(queue),
            object()
                .with("taskToken", context::task_token())
                .with("approver", approver)
                .with("request", request.field::<Value>("request"))
                .with("execution", context::execution_id()),
        )
        .wait_for_task_token(),
    )
    .timeout_seconds(24 * 3600)
    .heartbeat_seconds(3600)
    .result_path("$.decision")
}

/// The human approval workflow.
pub fn expense_approval() -> Workflow {
    let decision = input::<Value>()
        .field::<Value>("decision")
        .field::<bool>("approved");
    let decide = || {
        Choice::new("Approved?")
            .when(
                decision.equals(true),
                Task::new(
                    "Pay expense",
                    lambda::invoke(aws::function("pay-expense")).payload(input::<Value>()),
                )
                .output_path("$.Payload")
                .next(Succeed::new("Paid")),
            )
            .otherwise(Fail::new("Rejected").error("ExpenseRejected"))
    };

    let escalate = ask("Ask manager", "manager-approvals", "manager")
        .catch(Catch::on(
            [errors::TIMEOUT, errors::HEARTBEAT_TIMEOUT],
            Fail::new("No decision").error("ApprovalTimedOut"),
        ))
        .next(goto("Approved?"));

    let first = ask("Ask approver", "approvals", "team-lead")
        .catch(Catch::on([errors::TIMEOUT], escalate).result_path("$.timeout"))
        .next(decide());

    Workflow::new("expense-approval", first)
        .comment("Approve an expense, escalating when nobody answers")
}
