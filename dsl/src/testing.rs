//! Running workflows in tests (feature `run`): the compiled state machine runs in
//! `sfn-executor`, in virtual time, with the services mocked.
//!
//! ```
//! use sfn::prelude::*;
//! use sfn::testing::{Failure, Mocks, Status};
//!
//! let workflow = Workflow::new(
//!     "greet",
//!     Task::new("Greet", lambda::invoke("greeter").payload(input::<Value>()))
//!         .output_path("$.Payload"),
//! );
//! let mocks = Mocks::new().lambda("greeter", |who: Value| -> Result<Value, Failure> {
//!     Ok(json!({"greeting": format!("hello {}", who["name"].as_str().unwrap_or("?"))}))
//! });
//! let execution = workflow.compile()?.run(json!({"name": "Ada"}), &mocks)?;
//! assert_eq!(execution.status, Status::Succeeded);
//! assert_eq!(execution.output, Some(json!({"greeting": "hello Ada"})));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub use sfn_executor::{
    Coverage, Event, Execution, Failure, MockFile, Mocks, Options, Reply, RunError, Status, Step,
    TaskCall, lambda_response,
};

use crate::workflow::Compiled;
use sfn_codegen::MachineType;

impl Compiled {
    /// Runs the workflow with `input` to its end, the Task states answered by `mocks`.
    pub fn run(&self, input: impl serde::Serialize, mocks: &Mocks) -> Result<Execution, RunError> {
        let options = Options {
            machine_name: self.name().to_owned(),
            express: self.machine_type() == MachineType::Express,
            ..Options::default()
        };
        self.run_with(input, mocks, &options)
    }

    /// Like [`Compiled::run`], with the execution's name, start time, seed, account and region.
    pub fn run_with(
        &self,
        input: impl serde::Serialize,
        mocks: &Mocks,
        options: &Options,
    ) -> Result<Execution, RunError> {
        let input = serde_json::to_value(input).map_err(|e| RunError::Input(e.to_string()))?;
        sfn_executor::run(self.machine(), input, mocks, options)
    }
}
