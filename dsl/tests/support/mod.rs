//! What the DSL's integration tests share.

use sfn::prelude::*;
use sfn::{BuildError, Code};

/// The codes `compile()` refuses the workflow with (empty: it compiles).
pub fn refused(workflow: Workflow) -> Vec<Code> {
    match workflow.compile() {
        Ok(_) => Vec::new(),
        Err(BuildError::Invalid { diagnostics, .. }) => {
            diagnostics.iter().map(|d| d.code).collect()
        }
        Err(other) => panic!("{other}"),
    }
}
