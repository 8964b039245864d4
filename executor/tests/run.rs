//! Whole executions, each checked against the behaviour AWS documents for it (the Step
//! Functions developer guide's pages on input and output processing, error handling, the
//! Map and Parallel states, variables and JSONata).

use serde_json::{Value, json};
use sfn_executor::{Failure, Mocks, Options, Reply, RunError, Status, lambda_response, run};

fn machine(definition: Value) -> sfn_codegen::StateMachine {
    let parsed = sfn_codegen::parse::from_value(&definition);
    parsed
        .machine
        .unwrap_or_else(|| panic!("{:?}", parsed.diagnostics))
}

fn execute(definition: Value, input: Value, mocks: &Mocks) -> sfn_executor::Execution {
    run(&machine(definition), input, mocks, &Options::default()).expect("runs")
}

#[test]
fn input_and_output_processing_follows_the_guide() {
    // The guide's example: InputPath, Parameters, ResultSelector, ResultPath, OutputPath.
    let definition = json!({"StartAt": "T", "States": {"T": {
        "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
        "InputPath": "$.library",
        "Parameters": {"FunctionName": "f", "Payload": {"title.$": "$.title", "fixed": 1}},
        "ResultSelector": {"answer.$": "$.Payload.answer", "code.$": "$.StatusCode"},
        "ResultPath": "$.result",
        "OutputPath": "$.result",
        "End": true}}});
    let mocks = Mocks::new().state("T", |call| {
        assert_eq!(
            call.parameters,
            &json!({"FunctionName": "f", "Payload": {"title": "Dune", "fixed": 1}})
        );
        Reply::ok(lambda_response(json!({"answer": 42})))
    });
    let execution = execute(
        definition,
        json!({"library": {"title": "Dune"}, "other": true}),
        &mocks,
    );
    assert_eq!(execution.status, Status::Succeeded);
    assert_eq!(execution.output, Some(json!({"answer": 42, "code": 200})));
}

#[test]
fn a_counter_loop_with_intrinsics_and_choice() {
    let definition = json!({"StartAt": "Init", "States": {
        "Init": {"Type": "Pass", "Result": 0, "ResultPath": "$.n", "Next": "Add"},
        "Add": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, 1)"}, "Next": "Done?"},
        "Done?": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThanEquals": 5, "Next": "End"}], "Default": "Add"},
        "End": {"Type": "Succeed"}}});
    let execution = execute(definition, json!({}), &Mocks::new());
    assert_eq!(execution.output, Some(json!({"n": 5})));
    assert_eq!(execution.states.iter().filter(|s| *s == "Add").count(), 5);
    assert_eq!(execution.states.last().map(String::as_str), Some("End"));
    assert_eq!(
        execution.coverage.choices.len(),
        2,
        "both the rule and Default were taken"
    );
}

#[test]
fn retries_back_off_in_virtual_time_then_a_catcher_takes_over() {
    let definition = json!({"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "charge"},
            "Retry": [{"ErrorEquals": ["Timeout"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 2}],
            "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Failed"}],
            "End": true},
        "Failed": {"Type": "Pass", "End": true}}});
    let mocks = Mocks::new().state("Charge", |call| {
        Reply::fail("Timeout", format!("attempt {}", call.attempt))
    });
    let execution = execute(definition, json!({"id": 1}), &mocks);
    assert_eq!(execution.status, Status::Succeeded);
    // Three attempts, 2 s then 6 s apart: 8 s of virtual time, none of the test's.
    assert_eq!(execution.stop_date, "2025-01-01T00:00:08.000Z");
    assert_eq!(
        execution.output,
        Some(json!({"id": 1, "error": {"Error": "Timeout", "Cause": "attempt 2"}}))
    );
    let failed = execution
        .history()
        .iter()
        .filter(|e| e.r#type == "TaskFailed")
        .count();
    assert_eq!(failed, 3);
}

#[test]
fn an_uncaught_error_fails_the_execution_with_its_name_and_cause() {
    let definition = json!({"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}}});
    let mocks = Mocks::new().lambda("f", |_: Value| -> Result<Value, Failure> {
        Err(Failure::new("PaymentDeclined", "card expired"))
    });
    let execution = execute(definition, json!({}), &mocks);
    assert_eq!(execution.status, Status::Failed);
    assert_eq!(execution.error.as_deref(), Some("PaymentDeclined"));
    assert_eq!(execution.cause.as_deref(), Some("card expired"));
    assert_eq!(
        execution.history().last().unwrap().r#type,
        "ExecutionFailed"
    );
}

#[test]
fn a_task_without_a_mock_stops_the_run_naming_the_state() {
    let definition = json!({"StartAt": "Ship", "States": {"Ship": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Parameters": {"QueueUrl": "q", "MessageBody": "m"}, "End": true}}});
    let error = run(
        &machine(definition),
        json!({}),
        &Mocks::new(),
        &Options::default(),
    )
    .unwrap_err();
    assert!(matches!(&error, RunError::Unmocked { state, .. } if state == "Ship"));
    assert!(
        error.to_string().contains("Mocks::new().state(\"Ship\""),
        "{error}"
    );
}

#[test]
fn parallel_and_map_collect_their_results_in_order() {
    let definition = json!({"StartAt": "Both", "States": {
        "Both": {"Type": "Parallel", "Branches": [
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "a", "End": true}}},
            {"StartAt": "B", "States": {"B": {"Type": "Wait", "Seconds": 30, "Next": "B2"}, "B2": {"Type": "Pass", "Result": "b", "End": true}}}
        ], "ResultPath": "$.parallel", "Next": "Each"},
        "Each": {"Type": "Map", "ItemsPath": "$.items",
            "ItemSelector": {"value.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", "tag.$": "$.tag"},
            "ItemProcessor": {"StartAt": "Double", "States": {"Double": {"Type": "Pass", "Parameters": {"v.$": "States.MathAdd($.value, $.value)", "i.$": "$.index", "t.$": "$.tag"}, "End": true}}},
            "ResultPath": "$.doubled", "End": true}}});
    let execution = execute(
        definition,
        json!({"items": [1, 2, 3], "tag": "x"}),
        &Mocks::new(),
    );
    let output = execution.output.unwrap();
    assert_eq!(output["parallel"], json!(["a", "b"]));
    assert_eq!(
        output["doubled"],
        json!([{"v": 2, "i": 0, "t": "x"}, {"v": 4, "i": 1, "t": "x"}, {"v": 6, "i": 2, "t": "x"}])
    );
    // The branches ran side by side: the slower one's 30 s is the state's time.
    assert_eq!(execution.stop_date, "2025-01-01T00:00:30.000Z");
}

#[test]
fn a_failing_branch_fails_the_parallel_state_with_its_error() {
    let definition = json!({"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "Branches": [
        {"StartAt": "Ok", "States": {"Ok": {"Type": "Pass", "End": true}}},
        {"StartAt": "Bad", "States": {"Bad": {"Type": "Fail", "Error": "Broken", "Cause": "branch 2"}}}
    ], "Catch": [{"ErrorEquals": ["Broken"], "Next": "Handled"}], "End": true},
    "Handled": {"Type": "Pass", "End": true}}});
    let execution = execute(definition, json!({}), &Mocks::new());
    assert_eq!(
        execution.output,
        Some(json!({"Error": "Broken", "Cause": "branch 2"}))
    );
}

#[test]
fn timeouts_and_heartbeats_use_the_mock_s_virtual_duration() {
    let definition = json!({"StartAt": "Slow", "States": {"Slow": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask.sync", "TimeoutSeconds": 60, "End": true}}});
    let mocks = Mocks::new().state("Slow", |_| Reply::ok(json!({})).after_seconds(120));
    let execution = execute(definition.clone(), json!({}), &mocks);
    assert_eq!(execution.error.as_deref(), Some("States.Timeout"));
    assert_eq!(execution.stop_date, "2025-01-01T00:01:00.000Z");

    let quick = Mocks::new().state("Slow", |_| {
        Reply::ok(json!({"done": true})).after_seconds(30)
    });
    assert_eq!(
        execute(definition, json!({}), &quick).output,
        Some(json!({"done": true}))
    );

    let beating = json!({"StartAt": "Cb", "States": {"Cb": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "HeartbeatSeconds": 10, "TimeoutSeconds": 600, "End": true}}});
    let silent = Mocks::new().state("Cb", |call| {
        assert_eq!(
            call.parameters["MessageBody"]["token"].as_str(),
            call.task_token
        );
        Reply::ok(json!({})).after_seconds(60)
    });
    assert_eq!(
        execute(beating.clone(), json!({}), &silent)
            .error
            .as_deref(),
        Some("States.HeartbeatTimeout")
    );
    let alive = Mocks::new().state("Cb", |_| {
        Reply::ok(json!({"approved": true}))
            .after_seconds(60)
            .with_heartbeats()
    });
    assert_eq!(
        execute(beating, json!({}), &alive).output,
        Some(json!({"approved": true}))
    );
}

#[test]
fn the_machine_timeout_ends_the_execution_as_timed_out() {
    let definition = json!({"TimeoutSeconds": 10, "StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 60, "Next": "P"}, "P": {"Type": "Pass", "End": true}}});
    let execution = execute(definition, json!({}), &Mocks::new());
    assert_eq!(execution.status, Status::TimedOut);
}

#[test]
fn waits_move_the_clock_that_the_context_object_shows() {
    let definition = json!({"StartAt": "W", "States": {
        "W": {"Type": "Wait", "TimestampPath": "$.at", "Next": "Show"},
        "Show": {"Type": "Pass", "Parameters": {"entered.$": "$$.State.EnteredTime", "name.$": "$$.State.Name", "started.$": "$$.Execution.StartTime"}, "End": true}}});
    let execution = execute(
        definition,
        json!({"at": "2025-01-02T00:00:00Z"}),
        &Mocks::new(),
    );
    assert_eq!(
        execution.output,
        Some(
            json!({"entered": "2025-01-02T00:00:00.000Z", "name": "Show", "started": "2025-01-01T00:00:00.000Z"})
        )
    );
}

#[test]
fn too_large_a_payload_fails_with_the_data_limit_error() {
    let definition = json!({"StartAt": "Big", "States": {"Big": {"Type": "Pass", "Parameters": {"a.$": "$.s", "b.$": "$.s", "c.$": "$.s"}, "End": true}}});
    let big = "x".repeat(100 * 1024);
    let execution = execute(definition, json!({"s": big}), &Mocks::new());
    assert_eq!(execution.error.as_deref(), Some("States.DataLimitExceeded"));
}

#[test]
fn jsonata_states_with_variables() {
    let definition = json!({"QueryLanguage": "JSONata", "StartAt": "Price", "States": {
        "Price": {"Type": "Pass", "Assign": {"total": "{% $sum($states.input.items.price) %}", "customer": "{% $states.input.customer %}"}, "Next": "Discount"},
        "Discount": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Arguments": {"FunctionName": "discount", "Payload": {"customer": "{% $customer %}", "total": "{% $total %}"}},
            "Output": {"total": "{% $total %}", "discount": "{% $states.result.Payload.rate * $total %}"},
            "Next": "Big?"},
        "Big?": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.discount > 5 %}", "Next": "Big"}], "Default": "Small"},
        "Big": {"Type": "Succeed", "Output": "{% 'big ' & $string($states.input.discount) %}"},
        "Small": {"Type": "Succeed"}}});
    let mocks = Mocks::new().lambda("discount", |request: Value| -> Result<Value, Failure> {
        assert_eq!(request, json!({"customer": "ann", "total": 100}));
        Ok(json!({"rate": 0.1}))
    });
    let execution = execute(
        definition,
        json!({"customer": "ann", "items": [{"price": 60}, {"price": 40}]}),
        &mocks,
    );
    assert_eq!(execution.status, Status::Succeeded, "{execution:?}");
    assert_eq!(execution.output, Some(json!("big 10")));
}

#[test]
fn a_jsonata_catcher_sees_the_error_output() {
    let definition = json!({"QueryLanguage": "JSONata", "StartAt": "T", "States": {
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {"FunctionName": "f"},
            "Catch": [{"ErrorEquals": ["States.ALL"], "Output": {"why": "{% $states.errorOutput.Cause %}"}, "Next": "Handled"}], "End": true},
        "Handled": {"Type": "Pass", "End": true}}});
    let mocks = Mocks::new().state("T", |_| Reply::fail("Oops", "it broke"));
    assert_eq!(
        execute(definition, json!({}), &mocks).output,
        Some(json!({"why": "it broke"}))
    );
}

#[test]
fn a_distributed_map_reads_batches_and_tolerates_failures() {
    let definition = json!({"StartAt": "Rows", "States": {"Rows": {"Type": "Map",
        "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"}, "Parameters": {"Bucket": "b", "Key": "rows.csv"}},
        "ItemBatcher": {"MaxItemsPerBatch": 2},
        "ToleratedFailureCount": 1,
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}, "StartAt": "Work", "States": {
            "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "work", "Payload.$": "$"}, "OutputPath": "$.Payload", "End": true}}},
        "End": true}}});
    let csv = "id,name\n1,a\n2,b\n3,c\n";
    let mocks = Mocks::new()
        .resource("arn:aws:states:::s3:getObject", move |_| {
            Reply::ok(json!(csv))
        })
        .lambda("work", |batch: Value| -> Result<Value, Failure> {
            let ids: Vec<&str> = batch["Items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_str().unwrap())
                .collect();
            if ids.contains(&"3") {
                return Err(Failure::new("BadRow", "row 3"));
            }
            Ok(json!(ids))
        });
    let execution = execute(definition.clone(), json!({}), &mocks);
    assert_eq!(
        execution.output,
        Some(json!([["1", "2"], {"Error": "BadRow", "Cause": "row 3"}]))
    );

    let mut strict = definition;
    strict["States"]["Rows"]["ToleratedFailureCount"] = json!(0);
    let execution = execute(strict, json!({}), &mocks);
    assert_eq!(
        execution.error.as_deref(),
        Some("States.ExceedToleratedFailureThreshold")
    );
}

#[test]
fn runs_are_reproducible_with_a_seed() {
    let definition = json!({"StartAt": "R", "States": {"R": {"Type": "Pass", "Parameters": {"id.$": "States.UUID()", "n.$": "States.MathRandom(0, 1000000)"}, "End": true}}});
    let one = execute(definition.clone(), json!({}), &Mocks::new()).output;
    let two = execute(definition, json!({}), &Mocks::new()).output;
    assert_eq!(one, two);
}

#[test]
fn task_events_name_the_service_and_the_action_with_its_pattern() {
    let names = |resource: &str| {
        let definition = json!({"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": resource, "End": true}}});
        let mocks = Mocks::new().state("T", |_| Reply::ok(json!({})));
        let history = execute(definition, json!({}), &mocks).history();
        let details = &history[2].details["taskScheduledEventDetails"];
        (
            details["resourceType"].as_str().unwrap().to_owned(),
            details["resource"].as_str().unwrap().to_owned(),
        )
    };
    assert_eq!(
        names("arn:aws:states:::dynamodb:putItem"),
        ("dynamodb".to_owned(), "putItem".to_owned())
    );
    assert_eq!(
        names("arn:aws:states:::aws-sdk:s3:getObject"),
        ("aws-sdk:s3".to_owned(), "getObject".to_owned())
    );
    assert_eq!(
        names("arn:aws:states:::sqs:sendMessage.waitForTaskToken"),
        ("sqs".to_owned(), "sendMessage.waitForTaskToken".to_owned())
    );
}

#[test]
fn the_history_lists_events_as_aws_does() {
    let definition = json!({"StartAt": "Greet", "States": {
        "Greet": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "greet"}, "OutputPath": "$.Payload", "End": true}}});
    let mocks = Mocks::new().state("Greet", |_| {
        Reply::ok(lambda_response(json!("hi"))).after_seconds(2)
    });
    let execution = execute(definition.clone(), json!({"who": "Ada"}), &mocks);
    let history = execution.history();
    let kinds: Vec<&str> = history.iter().map(|e| e.r#type.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "ExecutionStarted",
            "TaskStateEntered",
            "TaskScheduled",
            "TaskStarted",
            "TaskSucceeded",
            "TaskStateExited",
            "ExecutionSucceeded"
        ]
    );
    assert_eq!(
        history[1].details["stateEnteredEventDetails"],
        json!({"name": "Greet", "input": "{\"who\":\"Ada\"}"})
    );
    // The API reference's TaskScheduledEventDetails: `resourceType` is the service, `resource`
    // the action (as AWS's own Step Functions Local samples assert).
    assert_eq!(
        history[2].details["taskScheduledEventDetails"],
        json!({"resourceType": "lambda", "resource": "invoke", "region": "us-east-1", "parameters": "{\"FunctionName\":\"greet\"}"})
    );
    assert_eq!(
        history[4].details["taskSucceededEventDetails"]["resource"],
        "invoke"
    );
    assert_eq!(
        history[5].details["stateExitedEventDetails"],
        json!({"name": "Greet", "output": "\"hi\""})
    );
    assert_eq!(history[5].timestamp, "2025-01-01T00:00:02.000Z");
    assert_eq!((history[3].id, history[3].previous_event_id), (4, 3));
    let event = serde_json::to_value(&history[0]).unwrap();
    assert_eq!(event["type"], "ExecutionStarted");
    assert_eq!(event["previousEventId"], 0);

    // AWS keeps no history of Express executions.
    let express = Options {
        express: true,
        ..Options::default()
    };
    let execution = run(&machine(definition), json!({}), &mocks, &express).unwrap();
    assert!(execution.history().is_empty());
    assert_eq!(execution.states, ["Greet"]);
}

#[test]
fn a_nested_workflow_runs_for_real() {
    let child = machine(json!({"StartAt": "Double", "States": {
        "Double": {"Type": "Pass", "Parameters": {"n.$": "States.MathAdd($.n, $.n)"}, "Next": "Slow"},
        "Slow": {"Type": "Wait", "Seconds": 5, "End": true}}}));
    let parent = json!({"StartAt": "Child", "States": {"Child": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
        "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:doubler", "Input": {"n.$": "$.n"}},
        "OutputPath": "$.Output", "End": true}}});
    let mocks = Mocks::new().child_workflow("doubler", child.clone(), Mocks::new());
    let execution = execute(parent.clone(), json!({"n": 21}), &mocks);
    assert_eq!(execution.output, Some(json!({"n": 42})));
    assert_eq!(
        execution.stop_date, "2025-01-01T00:00:05.000Z",
        "the child's 5 s Wait"
    );

    let failing = machine(
        json!({"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "Nope", "Cause": "child failed"}}}),
    );
    let mocks = Mocks::new().child_workflow("doubler", failing, Mocks::new());
    let execution = execute(parent, json!({"n": 1}), &mocks);
    assert_eq!(execution.error.as_deref(), Some("States.TaskFailed"));
    assert!(execution.cause.unwrap().contains("\"Error\":\"Nope\""));
}

#[test]
fn coverage_names_what_no_execution_reached() {
    let definition = json!({"StartAt": "T", "States": {
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"},
            "Retry": [{"ErrorEquals": ["Busy"]}], "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], "Next": "Big?"},
        "Big?": {"Type": "Choice", "Choices": [{"Variable": "$.big", "BooleanEquals": true, "Next": "Big"}], "Default": "Small"},
        "Big": {"Type": "Succeed"}, "Small": {"Type": "Succeed"}, "Failed": {"Type": "Fail"}}});
    let compiled = machine(definition);
    let mocks = Mocks::new().state("T", |call| {
        Reply::ok(json!({"big": call.parameters["FunctionName"] == "f"}))
    });
    let execution = run(&compiled, json!({}), &mocks, &Options::default()).unwrap();
    let report = execution.coverage.report(&compiled);
    assert_eq!((report.covered, report.total), (4, 9));
    assert_eq!(
        report.missed,
        [
            "T retrier 0",
            "T catcher 0",
            "Big? Default",
            "Small",
            "Failed"
        ]
    );
    assert!(report.to_string().starts_with("coverage: 4/9 (44%)"));

    // A suite merges: the failing case covers the rest but the Default.
    let flaky = Mocks::new().state("T", |call| {
        if call.attempt == 0 {
            Reply::fail("Busy", "")
        } else {
            Reply::fail("Down", "")
        }
    });
    let mut suite = execution.coverage.clone();
    suite.merge(
        &run(&compiled, json!({}), &flaky, &Options::default())
            .unwrap()
            .coverage,
    );
    assert_eq!(suite.report(&compiled).missed, ["Big? Default", "Small"]);
}

#[test]
fn loops_that_take_no_time_and_express_runs_are_bounded() {
    // Standard: the 25,000-event history limit ends it, with AWS's failure.
    let endless = json!({"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "Next": "A"}}});
    let execution = execute(endless.clone(), json!({}), &Mocks::new());
    assert_eq!(execution.error.as_deref(), Some("States.Runtime"));
    assert!(execution.cause.unwrap().contains("25000 events"));
    // Express keeps no history: the run stops as endless rather than hang.
    let express = Options {
        express: true,
        ..Options::default()
    };
    let error = run(&machine(endless), json!({}), &Mocks::new(), &express).unwrap_err();
    assert_eq!(error, RunError::Endless(sfn_executor::MAX_TRANSITIONS));
    // An Express execution lasts five minutes at most.
    let slow = json!({"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 600, "Next": "P"}, "P": {"Type": "Pass", "End": true}}});
    let execution = run(&machine(slow), json!({}), &Mocks::new(), &express).unwrap();
    assert_eq!(execution.status, Status::TimedOut);
}

#[test]
fn a_fallback_answers_what_no_other_mock_does() {
    let definition = json!({"StartAt": "A", "States": {
        "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Parameters": {"TopicArn": "t", "Message": "m"}, "ResultPath": "$.a", "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Parameters": {"QueueUrl": "q", "MessageBody": "m"}, "ResultPath": "$.b", "End": true}}});
    let mocks = Mocks::new()
        .state("A", |_| Reply::ok(json!("specific")))
        .otherwise(|call| Reply::ok(json!(format!("fallback for {}", call.state))));
    assert_eq!(
        execute(definition, json!({}), &mocks).output,
        Some(json!({"a": "specific", "b": "fallback for B"}))
    );
}

#[test]
fn an_sdk_mock_answering_what_the_service_never_does_stops_the_run() {
    // As AWS's TestState API checks a mocked result against the API's output shape, in its
    // default STRICT mode: a field of the wrong kind is refused, one the model lacks ignored.
    let definition = json!({"StartAt": "Fetch", "States": {"Fetch": {
        "Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:getObject",
        "Parameters": {"Bucket": "b", "Key": "k"},
        "End": true}}});
    let answer = || json!({"Body": "a,b", "ContentTyp": "text/csv", "ContentLength": "three"});
    let wrong = Mocks::new().sdk("s3", "getObject", move |_| Ok(answer()));
    let error = run(
        &machine(definition.clone()),
        json!({}),
        &wrong,
        &Options::default(),
    )
    .expect_err("refused");
    let RunError::MockShape {
        state, mismatches, ..
    } = &error
    else {
        panic!("{error}")
    };
    assert_eq!(state, "Fetch");
    assert_eq!(
        mismatches,
        &["`$.ContentLength`: the response has an integer here, not \"three\""]
    );
    // NONE checks nothing (`FieldValidationMode` in a mock file).
    let unchecked = Mocks::new()
        .sdk("s3", "getObject", move |_| Ok(answer()))
        .with_field_validation(sfn_executor::FieldValidation::None);
    assert!(
        run(
            &machine(definition.clone()),
            json!({}),
            &unchecked,
            &Options::default()
        )
        .is_ok()
    );

    let right = Mocks::new().sdk("s3", "getObject", |_| {
        Ok(json!({"Body": "a,b", "ContentType": "text/csv", "ContentLength": 3}))
    });
    let execution = execute(definition, json!({}), &right);
    assert_eq!(execution.status, Status::Succeeded);
}

/// A mock of an SDK call answers it in every partition, and the context object's ARNs are in
/// the region's partition (they were `arn:aws:` whatever the region).
#[test]
fn runs_in_another_partition_are_answered_and_named_in_it() {
    let definition = json!({"StartAt": "Fetch", "States": {"Fetch": {
        "Type": "Task", "Resource": "arn:aws-cn:states:::aws-sdk:s3:getObject",
        "Parameters": {"Bucket": "b", "Key": "k", "Execution.$": "$$.Execution.Id"},
        "ResultSelector": {"type.$": "$.ContentType"},
        "End": true}}});
    let mocks = Mocks::new().sdk("s3", "getObject", |request| {
        Ok(json!({"ContentType": request["Execution"]}))
    });
    let china = Options {
        region: "cn-north-1".into(),
        execution_name: "e1".into(),
        machine_name: "fetch".into(),
        ..Options::default()
    };
    let execution = run(&machine(definition), json!({}), &mocks, &china).unwrap();
    assert_eq!(
        execution.output,
        Some(json!({"type": "arn:aws-cn:states:cn-north-1:123456789012:execution:fetch:e1"}))
    );
}

/// The event types of the Step Functions API's `HistoryEvent`: a function ARN as the resource
/// writes `LambdaFunction*` events, an activity `Activity*`, a `.sync` job `TaskSubmitted`.
#[test]
fn each_kind_of_task_writes_its_own_history_events() {
    let kinds = |resource: &str, reply: Reply| {
        let definition = json!({"StartAt": "Work", "States": {
            "Work": {"Type": "Task", "Resource": resource, "TimeoutSeconds": 30, "End": true}}});
        let mocks = Mocks::new().state("Work", move |_| reply.clone());
        let execution = execute(definition, json!({"n": 1}), &mocks);
        let history = execution.history();
        let kinds: Vec<String> = history
            .iter()
            .map(|e| e.r#type.clone())
            .filter(|t| !t.starts_with("Execution") && !t.starts_with("TaskState"))
            .collect();
        (kinds, history)
    };
    let (lambda, history) = kinds(
        "arn:aws:lambda:us-east-1:123456789012:function:work",
        Reply::ok(json!({"done": true})),
    );
    assert_eq!(
        lambda,
        [
            "LambdaFunctionScheduled",
            "LambdaFunctionStarted",
            "LambdaFunctionSucceeded"
        ]
    );
    assert_eq!(
        history[2].details["lambdaFunctionScheduledEventDetails"],
        json!({"resource": "arn:aws:lambda:us-east-1:123456789012:function:work", "input": "{\"n\":1}", "timeoutInSeconds": 30})
    );
    assert_eq!(
        history[4].details["lambdaFunctionSucceededEventDetails"],
        json!({"output": "{\"done\":true}"})
    );
    let (failed, history) = kinds(
        "arn:aws:lambda:us-east-1:123456789012:function:work",
        Reply::fail("Boom", "it broke"),
    );
    assert_eq!(failed[2], "LambdaFunctionFailed");
    assert_eq!(
        history[4].details["lambdaFunctionFailedEventDetails"],
        json!({"error": "Boom", "cause": "it broke"})
    );
    let (activity, _) = kinds(
        "arn:aws:states:us-east-1:123456789012:activity:review",
        Reply::ok(json!({})),
    );
    assert_eq!(
        activity,
        ["ActivityScheduled", "ActivityStarted", "ActivitySucceeded"]
    );
    let (job, _) = kinds(
        "arn:aws:states:::glue:startJobRun.sync",
        Reply::ok(json!({"JobRunState": "SUCCEEDED"})),
    );
    assert_eq!(
        job,
        [
            "TaskScheduled",
            "TaskStarted",
            "TaskSubmitted",
            "TaskSucceeded"
        ]
    );
    let (slow, history) = kinds(
        "arn:aws:states:::glue:startJobRun.sync",
        Reply::ok(json!({})).after_seconds(60),
    );
    assert_eq!(slow, ["TaskScheduled", "TaskStarted", "TaskTimedOut"]);
    assert_eq!(
        history[4].details["taskTimedOutEventDetails"]["error"],
        "States.Timeout"
    );
}

/// The Distributed Map's ItemReader (Step Functions' "ItemReader (Map)"): an S3 Inventory
/// manifest is read, then each CSV data file it lists, with the manifest's columns; a
/// `listObjectsV2` reader gives one item per object.
#[test]
fn item_readers_read_inventories_and_bucket_listings() {
    let definition = |reader: Value| {
        json!({"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemReader": reader,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}, "StartAt": "Key",
                "States": {"Key": {"Type": "Pass", "Parameters": {"k.$": "$.Key"}, "End": true}}},
            "End": true}}})
    };
    let inventory = definition(json!({"Resource": "arn:aws:states:::s3:getObject",
        "ReaderConfig": {"InputType": "MANIFEST"},
        "Parameters": {"Bucket": "inventory", "Key": "photos/cfg/2026-11-30T00-00Z/manifest.json"}}));
    let mocks = Mocks::new().resource("arn:aws:states:::s3:getObject", |call| {
        let key = call.parameters["Key"].as_str().unwrap_or_default();
        match key {
            k if k.ends_with("manifest.json") => Reply::ok(json!({
                "sourceBucket": "photos", "destinationBucket": "arn:aws:s3:::inventory",
                "fileFormat": "CSV", "fileSchema": "Bucket, Key, Size",
                "files": [{"key": "data/1.csv.gz"}, {"key": "data/2.csv.gz"}]})),
            "data/1.csv.gz" if call.parameters["Bucket"] == "inventory" => Reply::ok(json!(
                "\"photos\",\"a.jpg\",\"10\"\n\"photos\",\"b.jpg\",\"20\"\n"
            )),
            "data/2.csv.gz" => Reply::ok(json!("\"photos\",\"c, d.jpg\",\"30\"\n")),
            other => Reply::fail("S3.NoSuchKey", other),
        }
    });
    let execution = execute(inventory, json!({}), &mocks);
    assert_eq!(
        execution.output,
        Some(json!([{"k": "a.jpg"}, {"k": "b.jpg"}, {"k": "c, d.jpg"}])),
        "{:?}",
        execution.cause
    );

    let listing = definition(json!({"Resource": "arn:aws:states:::s3:listObjectsV2",
        "Parameters": {"Bucket": "photos", "Prefix": "2026/"}}));
    let mocks = Mocks::new().resource("arn:aws:states:::s3:listObjectsV2", |_| {
        Reply::ok(json!({"Contents": [
            {"Key": "2026/a.jpg", "ETag": "\"e1\"", "Size": 10, "LastModified": "2026-11-30T00:00:00Z", "StorageClass": "STANDARD"},
            {"Key": "2026/b.jpg", "ETag": "\"e2\"", "Size": 20, "LastModified": "2026-11-30T00:00:00Z", "StorageClass": "STANDARD"}
        ]}))
    });
    let execution = execute(listing, json!({}), &mocks);
    assert_eq!(
        execution.output,
        Some(json!([{"k": "2026/a.jpg"}, {"k": "2026/b.jpg"}]))
    );
}

/// The context object as AWS records it: a state that does not retry (Pass) has no
/// `State.RetryCount`, a Task has one; an Express execution has no `Execution.RedriveCount`.
#[test]
fn the_context_object_has_only_what_aws_gives_each_state() {
    let definition = json!({"StartAt": "Look", "States": {
        "Look": {"Type": "Pass", "Parameters": {"state.$": "$$.State", "execution.$": "$$.Execution"},
                 "ResultPath": "$.pass", "Next": "Work"},
        "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                 "Parameters": {"FunctionName": "f", "Payload": {"state.$": "$$.State"}},
                 "ResultSelector": {"state.$": "$.Payload.state"}, "ResultPath": "$.task", "End": true}}});
    let mocks = Mocks::new().lambda("f", |payload: Value| -> Result<Value, Failure> {
        Ok(payload)
    });
    let keys =
        |value: &Value| -> Vec<String> { value.as_object().unwrap().keys().cloned().collect() };
    for express in [false, true] {
        let options = Options {
            express,
            ..Options::default()
        };
        let output = run(&machine(definition.clone()), json!({}), &mocks, &options)
            .unwrap()
            .output
            .unwrap();
        assert_eq!(keys(&output["pass"]["state"]), ["EnteredTime", "Name"]);
        assert_eq!(
            keys(&output["task"]["state"]),
            ["EnteredTime", "Name", "RetryCount"]
        );
        let mut execution = vec!["Id", "Input", "Name", "RoleArn", "StartTime"];
        if !express {
            execution.push("RedriveCount");
        }
        assert_eq!(
            keys(&output["pass"]["execution"]),
            execution,
            "express: {express}"
        );
        // An Express execution's ARN is `express:<machine>:<name>:<id>`, as StartSyncExecution
        // answers on AWS; the id follows the seed, so runs repeat.
        let id = if express {
            "arn:aws:states:us-east-1:123456789012:express:state-machine:local:b42af7ca-3221-426f-8732-0cc164a413d0"
        } else {
            "arn:aws:states:us-east-1:123456789012:execution:state-machine:local"
        };
        assert_eq!(output["pass"]["execution"]["Id"], id);
    }
}

/// A `Parameters` path that finds nothing: `States.Runtime` in a Pass state (recorded on AWS),
/// `States.ParameterPathFailure` in a Task (the developer guide's "Error names").
#[test]
fn a_parameters_path_that_finds_nothing_fails_as_each_state_does_on_aws() {
    let pass = json!({"StartAt": "P", "States": {"P": {"Type": "Pass",
        "Parameters": {"x.$": "$.gone"}, "End": true}}});
    let execution = execute(pass, json!({}), &Mocks::new());
    assert_eq!(execution.error.as_deref(), Some("States.Runtime"));
    let task = json!({"StartAt": "T", "States": {"T": {"Type": "Task",
        "Resource": "arn:aws:states:::lambda:invoke",
        "Parameters": {"FunctionName": "f", "Payload": {"x.$": "$.gone"}}, "End": true}}});
    let mocks = Mocks::new().otherwise(|_| Reply::ok(json!({})));
    let execution = execute(task, json!({}), &mocks);
    assert_eq!(
        execution.error.as_deref(),
        Some("States.ParameterPathFailure")
    );
}

/// Recorded on AWS: a Fail state with neither `Error` nor `Cause`, and a task that timed out,
/// report no error or cause field at all (not empty ones).
#[test]
fn an_absent_error_or_cause_stays_absent() {
    let fail = json!({"StartAt": "F", "States": {"F": {"Type": "Fail"}}});
    let execution = execute(fail, json!({}), &Mocks::new());
    assert_eq!((&execution.error, &execution.cause), (&None, &None));
    let history = execution.history();
    assert_eq!(
        history.last().unwrap().details["executionFailedEventDetails"],
        json!({})
    );

    let slow = json!({"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "TimeoutSeconds": 5, "End": true}}});
    let mocks = Mocks::new().state("T", |_| Reply::ok(json!({})).after_seconds(60));
    let execution = execute(slow, json!({}), &mocks);
    assert_eq!(
        (execution.error.as_deref(), execution.cause.as_deref()),
        (Some("States.Timeout"), None)
    );
    let timed_out = execution
        .history()
        .into_iter()
        .find(|e| e.r#type == "TaskTimedOut")
        .unwrap();
    assert_eq!(
        timed_out.details["taskTimedOutEventDetails"],
        json!({"error": "States.Timeout", "resourceType": "sqs", "resource": "sendMessage"})
    );
}

/// Recorded on AWS: a callback failed with neither error nor cause (`SendTaskFailure` with
/// none) is caught by `States.ALL`, through a Parallel too, and the catcher's `ResultPath` gets
/// `{"Error": null, "Cause": null}`. A mock file's `Throw` may give neither.
#[test]
fn a_failure_without_error_or_cause_is_caught_by_states_all() {
    let file = sfn_executor::MockFile::parse(
        r#"{"StateMachines": {"m": {"TestCases": {"Nameless": {"Ask": "Silent"}}}},
            "MockedResponses": {"Silent": {"0": {"Throw": {}}}}}"#,
    )
    .unwrap();
    let definition = json!({"StartAt": "Both", "States": {
        "Both": {"Type": "Parallel", "Branches": [{"StartAt": "Ask", "States": {
            "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                    "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "End": true}}}],
            "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.failure", "Next": "Caught"}], "End": true},
        "Caught": {"Type": "Succeed"}}});
    let mocks = file.mocks("m", "Nameless").unwrap();
    let execution = execute(definition, json!({}), &mocks);
    assert_eq!(execution.status, Status::Succeeded);
    assert_eq!(
        execution.output,
        Some(json!({"failure": {"Error": null, "Cause": null}}))
    );
}

/// The causes of errors Step Functions' interpreter raises, as recorded on AWS: the state and
/// the event it was entered at, then the rule's own wording.
#[test]
fn run_time_causes_are_worded_as_aws_words_them() {
    let cause = |definition: Value, input: Value| {
        let execution = execute(definition, input, &Mocks::new());
        (
            execution.error.unwrap_or_default(),
            execution.cause.unwrap_or_default(),
        )
    };
    let prefix = |state: &str| {
        format!(
            "An error occurred while executing the state '{state}' (entered at the event id #2). "
        )
    };
    assert_eq!(
        cause(
            json!({"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": "$.gone", "End": true}}}),
            json!({})
        ),
        (
            "States.Runtime".to_owned(),
            prefix("A") + "Invalid path '$.gone' : No results for path: $['gone']"
        )
    );
    assert_eq!(
        cause(
            json!({"StartAt": "F", "States": {"F": {"Type": "Fail", "ErrorPath": "$.code"}}}),
            json!({"x": 1})
        ),
        (
            "States.Runtime".to_owned(),
            prefix("F")
                + "The JSONPath '$.code' specified for the field 'ErrorPath' could not be found in the input '{\"x\":1}'"
        )
    );
    let wait = json!({"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.s", "End": true}}});
    assert_eq!(
        cause(wait.clone(), json!({})).1,
        prefix("W") + "The SecondsPath parameter does not reference an input value: $.s"
    );
    assert_eq!(
        cause(wait.clone(), json!({"s": -4})).1,
        prefix("W") + "The SecondsPath parameter references a negative value: $.s == -4"
    );
    assert_eq!(
        cause(wait.clone(), json!({"s": -1.5})).1,
        prefix("W") + "The SecondsPath parameter cannot be parsed as a long value: $.s == -1.5"
    );
    assert_eq!(
        cause(wait, json!({"s": 3_000_000_000_u64})).1,
        prefix("W") + "Wait state delay is too long."
    );
    assert_eq!(
        cause(json!({"StartAt": "W", "States": {"W": {"Type": "Wait", "TimestampPath": "$.t", "End": true}}}), json!({"t": "2026-03-14 01:59:00Z"})).1,
        prefix("W") + "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: $.t == 2026-03-14 01:59:00Z"
    );
    assert_eq!(
        cause(
            json!({"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Output": {"r": "{% $x() %}"}, "End": true}}}),
            json!({})
        ),
        (
            "States.QueryEvaluationError".to_owned(),
            prefix("A")
                + "The JSONata expression '$x()' specified for the field 'Output/r' threw an error during evaluation. T1006: Attempted to invoke a non-function"
        )
    );
    assert_eq!(
        cause(
            json!({"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Assign": {"v": "{% $states.input.gone %}"}, "End": true}}}),
            json!({})
        ),
        (
            "States.QueryEvaluationError".to_owned(),
            prefix("A")
                + "The JSONata expression '$states.input.gone' specified for the field 'Assign/v' returned nothing (undefined)."
        )
    );
    assert_eq!(
        cause(
            json!({"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map", "Items": "{% $states.input.n %}",
            "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}),
            json!({"n": 7})
        ),
        (
            "States.QueryEvaluationError".to_owned(),
            prefix("M")
                + "The JSONata expression '$states.input.n' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'number' for value: 7"
        )
    );
}

/// Recorded on AWS: a task whose result is over the payload limit fails with
/// `States.DataLimitExceeded`, which `States.ALL` catches.
#[test]
fn an_oversized_task_result_is_caught() {
    let definition = json!({"StartAt": "Call", "States": {
        "Call": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:big",
                 "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
        "Caught": {"Type": "Pass", "End": true}}});
    let huge = "x".repeat(300 * 1024);
    let mocks = Mocks::new().state("Call", move |_| Reply::ok(json!({"blob": huge})));
    let execution = execute(definition, json!({}), &mocks);
    assert_eq!(execution.status, Status::Succeeded);
    assert_eq!(
        execution.output,
        Some(
            json!({"Error": "States.DataLimitExceeded", "Cause": "The state/task 'Call' returned a result with a size exceeding the maximum number of bytes service limit."})
        )
    );
}

/// Recorded on AWS: values a Map or a Task reads from its input at run time are checked when
/// the state runs: before any item is processed, before any call.
#[test]
fn values_read_at_run_time_are_checked_when_the_state_runs() {
    let map = |field: &str| {
        json!({"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items", field: "$.v",
            "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}})
    };
    let cause = |definition: Value, v: Value| {
        let execution = execute(definition, json!({"items": [1], "v": v}), &Mocks::new());
        let cause = execution.cause.unwrap_or_default();
        let prefix =
            "An error occurred while executing the state 'M' (entered at the event id #2). ";
        (
            execution.error.unwrap_or_default(),
            cause.strip_prefix(prefix).unwrap_or(&cause).to_owned(),
        )
    };
    let runtime = |text: &str| ("States.Runtime".to_owned(), text.to_owned());
    assert_eq!(
        cause(map("ToleratedFailureCountPath"), json!(-1)),
        runtime("ToleratedFailureCount cannot be negative.")
    );
    assert_eq!(
        cause(map("ToleratedFailurePercentagePath"), json!(101)),
        runtime("ToleratedFailurePercentage must be between 0 and 100.")
    );
    assert_eq!(
        cause(map("ToleratedFailureCountPath"), json!("x")),
        runtime("The ToleratedFailureCountPath field value 'x' is not a valid integer")
    );
    assert_eq!(cause(map("ToleratedFailureCountPath"), json!(2)).0, "");

    let task = json!({"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
        "TimeoutSecondsPath": "$.limit", "End": true}}});
    let mocks = Mocks::new().state("T", |_| panic!("no call is made"));
    let execution = execute(task, json!({}), &mocks);
    assert_eq!(
        execution.cause.as_deref(),
        Some(
            "An error occurred while executing the state 'T' (entered at the event id #2). The JSONPath '$.limit' specified for the field 'TimeoutSecondsPath' could not be found in the input '{}'"
        )
    );
}

/// Recorded on AWS: a nested execution waited for (`startExecution.sync`) has a task token in
/// its context object, though nothing calls back with it.
#[test]
fn a_nested_execution_waited_for_has_a_task_token() {
    let definition = json!({"StartAt": "Child", "States": {"Child": {"Type": "Task",
        "Resource": "arn:aws:states:::states:startExecution.sync:2",
        "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:child",
                       "Input": {"token.$": "$$.Task.Token"}},
        "End": true}}});
    let mocks = Mocks::new().state("Child", |call| {
        assert_eq!(call.task_token, None, "not a callback");
        let token = call.parameters["Input"]["token"]
            .as_str()
            .unwrap_or_default();
        Reply::ok(json!({"tokenLength": token.len()}))
    });
    let execution = execute(definition, json!({}), &mocks);
    assert_eq!(execution.output, Some(json!({"tokenLength": 36})));
}

/// A Fail state's `ErrorPath` and `CausePath` take intrinsic functions as well as paths (AWS's
/// Fail state documentation; recorded on AWS with `States.Format`).
#[test]
fn a_fail_states_error_and_cause_paths_take_intrinsic_functions() {
    let definition = json!({"StartAt": "F", "States": {"F": {"Type": "Fail",
        "ErrorPath": "States.Format('Order.{}', $.kind)",
        "CausePath": "States.JsonToString($.detail)"}}});
    let execution = execute(
        definition,
        json!({"kind": "Late", "detail": {"days": 3}}),
        &Mocks::new(),
    );
    assert_eq!(execution.error.as_deref(), Some("Order.Late"));
    assert_eq!(execution.cause.as_deref(), Some("{\"days\":3}"));
}
