//! How the builder reports mistakes: clear problems or validator diagnostics, never a panic.

use serde_json::{Value, json};
use sfn::prelude::*;
use sfn::{BuildError, Code};

fn problems(workflow: Workflow) -> Vec<String> {
    match workflow.compile() {
        Err(BuildError::Assembly { problems, .. }) => {
            problems.iter().map(ToString::to_string).collect()
        }
        other => panic!("expected assembly problems, got {other:?}"),
    }
}

fn codes(workflow: Workflow) -> Vec<(Code, String)> {
    match workflow.compile() {
        Err(BuildError::Invalid { diagnostics, .. }) => diagnostics
            .iter()
            .map(|d| (d.code, d.location.to_string()))
            .collect(),
        other => panic!("expected validator errors, got {other:?}"),
    }
}

#[test]
fn two_different_states_with_one_name_are_rejected() {
    let found = problems(Workflow::new(
        "dup",
        Pass::new("Step").next(Pass::new("Step").result(json!(1))),
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("Step:") && found[0].contains("two different states"),
        "{found:?}"
    );
}

#[test]
fn a_shared_handler_is_kept_once() {
    let alert = Fail::new("Alert").error("Broken");
    let a = Task::new("A", "arn:aws:states:eu-west-1:123456789012:activity:a")
        .catch(Catch::all(alert.clone()));
    let b =
        Task::new("B", "arn:aws:states:eu-west-1:123456789012:activity:b").catch(Catch::all(alert));
    let compiled = Workflow::new("shared", a.next(b)).compile().unwrap();
    assert_eq!(
        compiled.machine().states.keys().collect::<Vec<_>>(),
        ["A", "Alert", "B"]
    );
}

#[test]
fn following_a_closed_chain_is_reported() {
    let found = problems(Workflow::new(
        "closed",
        Chain::from(Choice::new("Which?").otherwise(Pass::new("Only"))).next(Pass::new("After")),
    ));
    assert!(found[0].contains("no open end"), "{found:?}");
}

#[test]
fn a_goto_to_a_missing_state_gets_the_validators_suggestion() {
    let found = codes(Workflow::new(
        "loop",
        Wait::new("Wait a bit")
            .seconds(5)
            .next(Pass::new("Poll"))
            .next(goto("Wait a bt")),
    ));
    assert_eq!(
        found,
        [(
            Code::MISSING_TRANSITION_TARGET,
            "States.Poll.Next".to_owned()
        )]
    );
}

#[test]
fn language_specific_values_are_reported_with_their_state_and_field() {
    let found = problems(Workflow::new(
        "mixed",
        Pass::new("Shape").parameters(object().with("n", jsonata("$count($states.input)"))),
    ));
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("Shape (Parameters): the JSONata expression"),
        "{found:?}"
    );

    let found = problems(
        Workflow::new(
            "mixed2",
            Task::new(
                "Call",
                lambda::invoke("f").payload(object().with("id", intrinsic("States.UUID()"))),
            ),
        )
        .jsonata(),
    );
    assert!(
        found[0].starts_with("Call (Parameters): the intrinsic function"),
        "{found:?}"
    );
}

#[test]
fn problems_inside_branches_name_the_branch() {
    let found = problems(Workflow::new(
        "nested",
        Parallel::new("Fan out")
            .branch(Pass::new("One"))
            .branch(Pass::new("Two").parameters(object().with("x", jsonata("1")))),
    ));
    assert!(
        found[0].starts_with("Fan out / branch 2 / Two (Parameters)"),
        "{found:?}"
    );
}

#[test]
fn express_workflows_reject_waiting_patterns() {
    let wait = Task::new("Run", ecs::run_task("c", "t").sync());
    let found = codes(Workflow::new("fast", wait).express());
    assert_eq!(
        found,
        [(Code::EXPRESS_UNSUPPORTED, "States.Run.Resource".to_owned())]
    );
}

#[test]
fn a_callback_without_the_token_fails_to_compile() {
    // The builder sees the whole payload, helpers and all: a task nobody can call back is
    // certain to fail, so it is an error, not a warning.
    let ask = |message: Template| {
        sqs::send_message(
            "https://sqs.eu-west-1.amazonaws.com/123456789012/q",
            message,
        )
        .wait_for_task_token()
    };
    let found = codes(Workflow::new(
        "callback",
        Task::new("Ask", ask("hi".into())),
    ));
    assert_eq!(
        found,
        [(Code::MISSING_TASK_TOKEN, "States.Ask.Resource".to_owned())]
    );
    let twin = Workflow::new(
        "callback",
        Task::new("Ask", ask(object().with("token", context::task_token()))),
    );
    assert!(twin.compile().is_ok());
}

#[test]
fn invalid_workflow_names_are_rejected() {
    let found = problems(Workflow::new("no spaces", Succeed::new("Done")));
    assert!(
        found[0].contains("not a valid state machine name"),
        "{found:?}"
    );
}

#[test]
fn choice_afterwards_joins_every_branch() {
    let flag = input::<Value>().field::<bool>("flag");
    let compiled = Workflow::new(
        "join",
        Choice::new("Which?")
            .when(flag.equals(true), Pass::new("Yes"))
            .otherwise(Pass::new("No"))
            .afterwards()
            .next(Succeed::new("Joined")),
    )
    .compile()
    .unwrap();
    let json: Value = serde_json::from_str(&compiled.to_json()).unwrap();
    assert_eq!(json["States"]["Yes"]["Next"], "Joined");
    assert_eq!(json["States"]["No"]["Next"], "Joined");
}

#[test]
fn the_same_workflow_renders_in_both_query_languages() {
    let build = || {
        let total = input::<Value>().field::<f64>("total");
        let charged = input::<Value>()
            .field::<Value>("Payload")
            .field::<f64>("total");
        Task::new(
            "Charge",
            lambda::invoke("charge").payload(object().with("amount", total.clone())),
        )
        .timeout_seconds(input::<Value>().field::<u32>("timeout"))
        .next(
            // After the task its input is the Lambda response: the function's output is under
            // `Payload` (reading `total` there is a compile error).
            Choice::new("Big?")
                .when(charged.gt(100), Succeed::new("Big"))
                .otherwise(Succeed::new("Small")),
        )
    };
    let jsonpath: Value =
        serde_json::from_str(&Workflow::new("w", build()).compile().unwrap().to_json()).unwrap();
    assert_eq!(
        jsonpath["States"]["Charge"]["Parameters"]["Payload"],
        json!({"amount.$": "$.total"})
    );
    assert_eq!(
        jsonpath["States"]["Charge"]["TimeoutSecondsPath"],
        "$.timeout"
    );
    let jsonata: Value = serde_json::from_str(
        &Workflow::new("w", build())
            .jsonata()
            .compile()
            .unwrap()
            .to_json(),
    )
    .unwrap();
    assert_eq!(
        jsonata["States"]["Charge"]["Arguments"]["Payload"],
        json!({"amount": "{% $states.input.total %}"})
    );
    assert_eq!(
        jsonata["States"]["Charge"]["TimeoutSeconds"],
        "{% $states.input.timeout %}"
    );
    assert_eq!(
        jsonata["States"]["Big?"]["Choices"][0]["Condition"],
        "{% $states.input.Payload.total > 100 %}"
    );
}

#[test]
fn the_generator_writes_nothing_when_a_workflow_fails() {
    let dir = std::env::temp_dir().join(format!("sfn-generator-{}", std::process::id()));
    let good = Workflow::new("good", Succeed::new("Done"));
    let bad = Workflow::new("bad", Pass::new("A").next(goto("Nowhere")));
    let result = sfn::build::Generator::new()
        .out_dir(&dir)
        .workflow(good.clone())
        .workflow(bad)
        .compile();
    assert!(
        matches!(result, Err(sfn::build::GenerateError::Build(ref errors)) if errors.len() == 1)
    );
    assert!(!dir.join("good").exists());
    let written = sfn::build::Generator::new()
        .out_dir(&dir)
        .workflow(good)
        .compile()
        .unwrap();
    assert_eq!(written, [dir.join("good").join("definition.asl.json")]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_generator_refuses_two_workflows_with_one_name() {
    let dir = std::env::temp_dir().join(format!("sfn-generator-dup-{}", std::process::id()));
    let result = sfn::build::Generator::new()
        .out_dir(&dir)
        .workflows([
            Workflow::new("same", Succeed::new("A")),
            Workflow::new("same", Succeed::new("B")),
        ])
        .compile();
    let error = result.unwrap_err();
    assert_eq!(error.to_string(), "two workflows are named `same`");
    assert!(!dir.exists());
}

#[test]
fn a_map_over_a_typed_array_uses_the_field_of_each_query_language() {
    let lines = input::<Value>().field::<Vec<Value>>("lines");
    let map = || {
        Map::new("Each line")
            .over(lines.clone())
            .processor(Pass::new("Line"))
    };
    let jsonpath = Workflow::new("m", map()).compile().unwrap();
    let state = &serde_json::from_str::<Value>(&jsonpath.to_json()).unwrap()["States"]["Each line"];
    assert_eq!(state["ItemsPath"], "$.lines");
    let jsonata = Workflow::new("m", map()).jsonata().compile().unwrap();
    let state = &serde_json::from_str::<Value>(&jsonata.to_json()).unwrap()["States"]["Each line"];
    assert_eq!(state["Items"], "{% $states.input.lines %}");
    assert_eq!(state.get("ItemsPath"), None);
}

#[test]
fn what_aws_accepts_but_fails_at_run_time_does_not_compile() {
    // AWS creates this machine; the read of `$discount` fails in every execution.
    let found = codes(
        Workflow::new(
            "runtime",
            Pass::new("Price").output(object().with("discount", var::<f64>("discount"))),
        )
        .jsonata(),
    );
    assert_eq!(
        found,
        [(
            Code::UNDEFINED_VARIABLE,
            "States.Price.Output.discount".to_owned()
        )]
    );
}
