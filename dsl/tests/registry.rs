//! `#[sfn::register]` makes workflows findable wherever they are defined.

mod private {
    use sfn::prelude::*;

    #[sfn::register]
    fn hidden() -> Workflow {
        Workflow::new("hidden", Pass::new("Only"))
    }

    workflow! {
        #[sfn::register]
        pub(crate) fn declared() -> "declared" {
            start "Only";
            "Only": Succeed;
        }
    }
}

#[test]
fn registered_functions_are_listed_with_their_paths_and_build_their_workflows() {
    let registered = sfn::registered();
    let paths: Vec<&str> = registered.iter().map(|r| r.path()).collect();
    assert_eq!(
        paths,
        ["registry::private::declared", "registry::private::hidden"]
    );
    let names: Vec<String> = registered
        .iter()
        .map(|r| r.workflow().name().to_owned())
        .collect();
    assert_eq!(names, ["declared", "hidden"]);
}

#[test]
fn the_generator_writes_every_registered_workflow() {
    let out = std::env::temp_dir().join(format!("sfn-registry-{}", std::process::id()));
    let written = sfn::build::Generator::new()
        .registered()
        .out_dir(&out)
        .compile()
        .unwrap();
    assert_eq!(written.len(), 2, "{written:?}");
    assert!(out.join("hidden/definition.asl.json").is_file());
    assert!(out.join("declared/definition.asl.json").is_file());
    std::fs::remove_dir_all(&out).unwrap();
}
