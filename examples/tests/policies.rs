//! The IAM policy of every example is least privilege both ways: every Task, item reader,
//! result writer and distributed Map is covered by a statement, and every statement exists
//! for a state of the workflow. Nothing had to be widened, and the policies match their
//! snapshots.

mod common;

use std::collections::BTreeSet;

use sfn::model::{ChildField, State, States};
use sfn::{Environment, Workflow};

fn env() -> Environment {
    Environment::new("aws", "eu-west-1", "123456789012")
}

/// `(location, need)` for every state that needs permissions: `States.X`, `States.P.Branches[0].States.Y`...
fn needs(states: &States, at: &str, out: &mut Vec<String>) {
    for (name, state) in states {
        let location = format!("{at}.{name}");
        match state {
            State::Task(_) => out.push(location.clone()),
            State::Map(map) => {
                if map.item_reader.is_some() {
                    out.push(format!("{location} (ItemReader)"));
                }
                if map
                    .result_writer
                    .as_ref()
                    .is_some_and(|w| w.resource.is_some())
                {
                    out.push(format!("{location} (ResultWriter)"));
                }
                if map.mode() == sfn::ProcessorMode::Distributed {
                    out.push(format!("{location} (distributed Map)"));
                }
            }
            _ => {}
        }
        for (field, _, children) in state.children() {
            let child = match field {
                ChildField::Branch(i) => format!("{location}.Branches[{i}].States"),
                ChildField::ItemProcessor => format!("{location}.ItemProcessor.States"),
                ChildField::Iterator => format!("{location}.Iterator.States"),
            };
            needs(children, &child, out);
        }
    }
}

fn check(workflow: Workflow) {
    let compiled = workflow.compile().unwrap();
    let generated = compiled.policy(&env());
    assert!(
        generated.widened.is_empty(),
        "{}: {:?}",
        compiled.name(),
        generated.widened
    );

    let reasons: BTreeSet<&str> = generated
        .policy
        .statements
        .iter()
        .flat_map(|s| {
            assert!(!s.reasons.is_empty(), "a statement without a reason: {s:?}");
            s.reasons.iter().map(String::as_str)
        })
        .collect();
    let mut wanted = Vec::new();
    needs(&compiled.machine().states, "States", &mut wanted);
    for need in &wanted {
        assert!(
            reasons.iter().any(|r| r.starts_with(need.as_str())),
            "{}: nothing grants what {need} needs",
            compiled.name()
        );
    }
    for reason in &reasons {
        let state = reason.split(" (").next().unwrap_or(reason);
        assert!(
            wanted.iter().any(|w| w.split(" (").next() == Some(state)),
            "{}: a statement for {reason}, which needs nothing",
            compiled.name()
        );
    }

    let trust = serde_json::to_string_pretty(&compiled.trust_policy(&env())).unwrap();
    insta::assert_snapshot!(
        format!("{}.policy", compiled.name()),
        format!("{}\n{trust}\n", generated.policy.to_json_pretty())
    );
}

common::each_example!(check);
