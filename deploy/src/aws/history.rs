//! An execution's history from `GetExecutionHistory` (every page, with its data), as the
//! event list the local executor writes, so one reader (`sfn-view`) draws both; and the
//! definition that ran it (`DescribeStateMachineForExecution`: a version's, when it ran
//! through a version or an alias).

use aws_sdk_sfn::primitives::DateTimeFormat;
use aws_sdk_sfn::types::HistoryEvent;
use serde_json::{Map, Value, json};
use sfn_executor::Event;

use super::{Access, Aws, AwsError};

/// The whole history, oldest first.
pub async fn events(aws: &Aws, execution: &str) -> Result<Vec<Event>, AwsError> {
    let mut events = Vec::new();
    let mut token = None;
    loop {
        let page = aws
            .call(
                "states:GetExecutionHistory",
                Access::Read,
                aws.sfn
                    .get_execution_history()
                    .execution_arn(execution)
                    .include_execution_data(true)
                    .max_results(1000)
                    .set_next_token(token)
                    .send(),
            )
            .await?;
        events.extend(page.events().iter().map(event));
        token = page.next_token().map(str::to_owned);
        if token.is_none() {
            return Ok(events);
        }
    }
}

/// The definition the execution ran.
pub async fn definition(aws: &Aws, execution: &str) -> Result<String, AwsError> {
    let described = aws
        .call(
            "states:DescribeStateMachineForExecution",
            Access::Read,
            aws.sfn
                .describe_state_machine_for_execution()
                .execution_arn(execution)
                .send(),
        )
        .await?;
    Ok(described.definition().to_owned())
}

/// One SDK event in `GetExecutionHistory`'s JSON shape.
pub fn event(e: &HistoryEvent) -> Event {
    let mut details = Map::new();
    if let Some((key, value)) = details_of(e) {
        details.insert(key.to_owned(), value);
    }
    Event {
        id: e.id().max(0) as u64,
        previous_event_id: e.previous_event_id().max(0) as u64,
        timestamp: e
            .timestamp()
            .fmt(DateTimeFormat::DateTime)
            .unwrap_or_default(),
        r#type: e.r#type().as_str().to_owned(),
        details,
    }
}

/// The details the page reads: names, data, Map lengths and indexes, errors and causes.
fn details_of(e: &HistoryEvent) -> Option<(&'static str, Value)> {
    if let Some(d) = e.state_entered_event_details() {
        return Some((
            "stateEnteredEventDetails",
            json!({"name": d.name(), "input": d.input()}),
        ));
    }
    if let Some(d) = e.state_exited_event_details() {
        return Some((
            "stateExitedEventDetails",
            json!({"name": d.name(), "output": d.output()}),
        ));
    }
    if let Some(d) = e.execution_started_event_details() {
        return Some(("executionStartedEventDetails", json!({"input": d.input()})));
    }
    if let Some(d) = e.execution_succeeded_event_details() {
        return Some((
            "executionSucceededEventDetails",
            json!({"output": d.output()}),
        ));
    }
    if let Some(d) = e.map_state_started_event_details() {
        return Some(("mapStateStartedEventDetails", json!({"length": d.length()})));
    }
    let iteration = [
        (
            "mapIterationStartedEventDetails",
            e.map_iteration_started_event_details(),
        ),
        (
            "mapIterationSucceededEventDetails",
            e.map_iteration_succeeded_event_details(),
        ),
        (
            "mapIterationFailedEventDetails",
            e.map_iteration_failed_event_details(),
        ),
        (
            "mapIterationAbortedEventDetails",
            e.map_iteration_aborted_event_details(),
        ),
    ];
    if let Some((key, d)) = iteration.into_iter().find_map(|(k, d)| Some((k, d?))) {
        return Some((key, json!({"name": d.name(), "index": d.index()})));
    }
    failure(e)
}

/// The error and cause of the event kinds that carry them.
fn failure(e: &HistoryEvent) -> Option<(&'static str, Value)> {
    macro_rules! first_of {
        ($($getter:ident => $key:literal),* $(,)?) => {
            $(if let Some(d) = e.$getter() {
                return Some(($key, json!({"error": d.error(), "cause": d.cause()})));
            })*
        };
    }
    first_of!(
        execution_failed_event_details => "executionFailedEventDetails",
        execution_aborted_event_details => "executionAbortedEventDetails",
        execution_timed_out_event_details => "executionTimedOutEventDetails",
        task_failed_event_details => "taskFailedEventDetails",
        task_timed_out_event_details => "taskTimedOutEventDetails",
        task_start_failed_event_details => "taskStartFailedEventDetails",
        task_submit_failed_event_details => "taskSubmitFailedEventDetails",
        lambda_function_failed_event_details => "lambdaFunctionFailedEventDetails",
        lambda_function_timed_out_event_details => "lambdaFunctionTimedOutEventDetails",
        lambda_function_schedule_failed_event_details => "lambdaFunctionScheduleFailedEventDetails",
        lambda_function_start_failed_event_details => "lambdaFunctionStartFailedEventDetails",
        activity_failed_event_details => "activityFailedEventDetails",
        activity_timed_out_event_details => "activityTimedOutEventDetails",
        activity_schedule_failed_event_details => "activityScheduleFailedEventDetails",
        map_run_failed_event_details => "mapRunFailedEventDetails",
        evaluation_failed_event_details => "evaluationFailedEventDetails",
    );
    None
}

#[cfg(test)]
mod tests {
    use aws_sdk_sfn::primitives::DateTime;
    use aws_sdk_sfn::types::{
        HistoryEventType, MapIterationEventDetails, StateEnteredEventDetails,
        TaskFailedEventDetails,
    };

    use super::*;

    fn base(
        kind: HistoryEventType,
        id: i64,
        previous: i64,
    ) -> aws_sdk_sfn::types::builders::HistoryEventBuilder {
        HistoryEvent::builder()
            .r#type(kind)
            .id(id)
            .previous_event_id(previous)
            .timestamp(DateTime::from_millis(1_790_000_000_250))
    }

    #[test]
    fn sdk_events_read_as_the_apis_json() {
        let entered = base(HistoryEventType::TaskStateEntered, 2, 1)
            .state_entered_event_details(
                StateEnteredEventDetails::builder()
                    .name("Charge")
                    .input("{\"a\":1}")
                    .build()
                    .unwrap(),
            )
            .build()
            .unwrap();
        let failed = base(HistoryEventType::TaskFailed, 5, 4)
            .task_failed_event_details(
                TaskFailedEventDetails::builder()
                    .resource_type("lambda")
                    .resource("invoke")
                    .error("Lambda.ServiceException")
                    .build()
                    .unwrap(),
            )
            .build()
            .unwrap();
        let iteration = base(HistoryEventType::MapIterationFailed, 9, 8)
            .map_iteration_failed_event_details(
                MapIterationEventDetails::builder()
                    .name("Each")
                    .index(3)
                    .build(),
            )
            .build()
            .unwrap();
        let as_json = |e: &HistoryEvent| serde_json::to_value(event(e)).unwrap();
        assert_eq!(
            as_json(&entered),
            json!({"id": 2, "previousEventId": 1, "timestamp": "2026-09-21T14:13:20.25Z",
                   "type": "TaskStateEntered",
                   "stateEnteredEventDetails": {"name": "Charge", "input": "{\"a\":1}"}})
        );
        assert_eq!(
            as_json(&failed)["taskFailedEventDetails"],
            json!({"error": "Lambda.ServiceException", "cause": null})
        );
        assert_eq!(
            as_json(&iteration)["mapIterationFailedEventDetails"],
            json!({"name": "Each", "index": 3})
        );
    }
}
