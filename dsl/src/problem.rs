//! What `Workflow::compile` reports about the way states were put together.

/// A mistake found while putting states together, reported by [`crate::Workflow::compile`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The state (with the Parallel branch or Map it sits in) or the part of the workflow.
    pub state: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.state, self.message)
    }
}
