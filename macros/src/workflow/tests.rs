use super::*;

fn errors(source: &str) -> Vec<String> {
    let def: WorkflowDef = syn::parse_str(source).expect("parses");
    let (skeleton, mut errors) = skeleton::build(&def);
    errors.extend(check::check(&def, &skeleton));
    errors.iter().map(ToString::to_string).collect()
}

#[test]
fn a_correct_workflow_has_no_error_and_expands_to_builder_calls() {
    let source = r#"pub fn w() -> "w" {
        comment("c");
        input_type::<Order>();
        start "A";
        "A": Task(lambda::invoke("f")).result_type::<Out>().result_path("$.r").catch(Catch::all("B")).next("C");
        "B": Fail.error("E");
        "C": Succeed;
    }"#;
    assert_eq!(errors(source), Vec::<String>::new());
    let def: WorkflowDef = syn::parse_str(source).unwrap();
    let code = expand(&def).to_string();
    assert!(
        code.contains(":: sfn :: Workflow :: new (\"w\" , :: sfn :: goto (\"A\")"),
        "{code}"
    );
    assert!(
        code.contains("Catch :: all (:: sfn :: goto (\"B\"))"),
        "{code}"
    );
    // `.next` comes after the state's own settings.
    assert!(
        code.find(". catch").unwrap() < code.find(". next").unwrap(),
        "{code}"
    );
}

#[test]
fn a_transition_to_a_missing_state_suggests_the_closest_name_without_a_cascade() {
    let found =
        errors(r#"fn w() -> "w" { start "A"; "A": Pass.next("Finsh"); "Finish": Succeed; }"#);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("MISSING_TRANSITION_TARGET"), "{found:?}");
    assert!(found[0].contains("did you mean `Finish`?"), "{found:?}");
}

#[test]
fn every_structural_error_is_reported_together() {
    let found = errors(
        r#"fn w() -> "w" {
            express;
            start "A";
            "A": Task(ecs::run_task("c", "t").sync()).next("B");
            "B": Task(sns::publish("t", "m").wait_for_task_token()).next("A");
            "Orphan": Pass.result_path("$..x").next("A");
            "A": Pass;
        }"#,
    );
    let codes: Vec<&str> = found
        .iter()
        .map(|e| e.split(']').next().unwrap_or(e))
        .collect();
    for expected in [
        "a state named `A` is already declared",
        "[EXPRESS_UNSUPPORTED",
        "[UNREACHABLE_STATE",
        "[INVALID_REFERENCE_PATH",
    ] {
        assert!(
            found.iter().any(|e| e.contains(expected)),
            "{expected} missing from {found:#?} ({codes:?})"
        );
    }
    // The dropped duplicate may have been the terminal state: no guess about a missing end.
    assert!(
        !found.iter().any(|e| e.contains("MISSING_END_STATE")),
        "{found:#?}"
    );
}

#[test]
fn a_callback_task_must_pass_its_token() {
    let found = errors(
        r#"fn w() -> "w" { start "A"; "A": Task(sns::publish("t", "m").wait_for_task_token()); }"#,
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("[MISSING_TASK_TOKEN]"), "{found:#?}");
    let with_token = errors(
        r#"fn w() -> "w" { start "A"; "A": Task(sns::publish("t", context::task_token()).wait_for_task_token()); }"#,
    );
    assert_eq!(with_token, Vec::<String>::new());
    // A helper of the user's builds the call: the macro cannot see whether it passes the
    // token, so it claims nothing (the builder checks the real payload when it compiles).
    let helper = errors(
        r#"fn w() -> "w" { start "A"; "A": Task(ask_approver("team").wait_for_task_token()); }"#,
    );
    assert_eq!(helper, Vec::<String>::new());
}

#[test]
fn literals_inside_payloads_are_parsed() {
    let found = errors(
        r#"fn w() -> "w" {
            start "A";
            "A": Pass.parameters(object().with("a", path("$.x[")).with("b", jsonata("$sum(")).with("c", intrinsic("States.Nope()")));
        }"#,
    );
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with("[INVALID_JSONPATH]"), "{found:#?}");
    assert!(found[1].starts_with("[INVALID_JSONATA]"), "{found:#?}");
    assert!(
        found[2].starts_with("[INVALID_INTRINSIC_FUNCTION]"),
        "{found:#?}"
    );
}

#[test]
fn nested_scopes_are_checked_in_their_own_scope() {
    let found = errors(
        r#"fn w() -> "w" {
            start "P";
            "P": Parallel.branch({ start "X"; "X": Pass.next("Out"); }).next("Out");
            "Out": Succeed;
        }"#,
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].contains("no state `Out` in this scope"),
        "{found:#?}"
    );
}

#[test]
fn transitions_must_be_names_and_kinds_must_exist() {
    let found = errors(r#"fn w() -> "w" { start "A"; "A": Pass.next(other()); "B": Sleep; }"#);
    assert!(
        found
            .iter()
            .any(|e| e.contains("write the name as a string literal")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|e| e.contains("unknown state type `Sleep`")),
        "{found:#?}"
    );
}

#[test]
fn a_scope_given_as_an_expression_is_left_to_the_builder() {
    let found = errors(
        r#"fn w() -> "w" {
            start "P";
            "P": Parallel.branch(Pass::new("X")).branch({ start "Y"; "Y": Pass; }).next("Each");
            "Each": Map.processor(resize_chain());
        }"#,
    );
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn jsonata_is_recognised_on_the_workflow_and_on_one_state() {
    // In JSONata, a ResultPath is a field of the other language: seen only if the language is.
    for source in [
        r#"fn w() -> "w" { query_language(QueryLanguage::JSONata); start "A"; "A": Pass.result_path("$.x"); }"#,
        r#"fn w() -> "w" { start "A"; "A": Pass.query_language(QueryLanguage::JSONata).result_path("$.x"); }"#,
        r#"fn w() -> "w" { start "A"; "A": Pass.jsonata().result_path("$.x"); }"#,
    ] {
        let found = errors(source);
        assert_eq!(found.len(), 1, "{source}: {found:?}");
        assert!(found[0].starts_with("[QUERY_LANGUAGE_FIELD]"), "{found:?}");
    }
    assert_eq!(
        errors(r#"fn w() -> "w" { start "A"; "A": Pass.result_path("$.x"); }"#),
        Vec::<String>::new()
    );
}
