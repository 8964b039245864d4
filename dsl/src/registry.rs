//! Workflows registered with [`#[sfn::register]`](crate::register), wherever they are defined:
//! `cargo sfn build` and [`crate::build::Generator::registered`] find them here.
//!
//! Registration happens when the program links the crate that holds the workflow; a `build.rs`
//! that wants another crate's workflows names that crate once (`use my_workflows as _;`).

use crate::Workflow;

/// One registered workflow function.
#[derive(Debug, Clone, Copy)]
pub struct Registered {
    path: &'static str,
    build: fn() -> Workflow,
}

impl Registered {
    #[doc(hidden)]
    pub const fn __new(path: &'static str, build: fn() -> Workflow) -> Registered {
        Registered { path, build }
    }

    /// The function's path, starting with its crate: `my_crate::orders::checkout`.
    pub fn path(&self) -> &'static str {
        self.path
    }

    /// Calls the function.
    pub fn workflow(&self) -> Workflow {
        (self.build)()
    }
}

inventory::collect!(Registered);

/// Every registered workflow function of the program, sorted by path.
pub fn registered() -> Vec<&'static Registered> {
    let mut all: Vec<&'static Registered> = inventory::iter::<Registered>.into_iter().collect();
    all.sort_by_key(|registered| registered.path);
    all
}

#[doc(hidden)]
pub mod __private {
    pub use inventory;

    /// What a registered function may return; here so a wrong return type gets a clear error.
    #[diagnostic::on_unimplemented(
        message = "a registered workflow function must return `sfn::Workflow`, not `{Self}`",
        label = "this must be `Workflow`"
    )]
    pub trait IsWorkflow {
        fn into_workflow(self) -> crate::Workflow;
    }

    impl IsWorkflow for crate::Workflow {
        fn into_workflow(self) -> crate::Workflow {
            self
        }
    }

    pub fn workflow<W: IsWorkflow>(workflow: W) -> crate::Workflow {
        workflow.into_workflow()
    }
}
