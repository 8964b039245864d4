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
    Coverage, Event, Execution, Failure, FieldValidation, MockFile, Mocks, Options, Reply,
    RunError, Status, Step, TaskCall, lambda_response,
};

use crate::resources::Answer;
use crate::workflow::Compiled;
use sfn_codegen::MachineType;

impl Compiled {
    /// One self-contained HTML page of a run of this workflow: the state graph with the path
    /// taken and each state coloured by outcome; a click on a state shows its input, output,
    /// error, cause, retries and virtual times; Map iterations and Parallel branches are
    /// summarised; a timeline and the history follow. It opens offline.
    ///
    /// ```
    /// # use sfn::prelude::*;
    /// # use sfn::testing::Mocks;
    /// let compiled = Workflow::new("hello", Pass::new("Hello")).compile()?;
    /// let execution = compiled.run(json!({}), &Mocks::new())?;
    /// let page = compiled.html(&execution);
    /// assert!(page.starts_with("<!doctype html>"));
    /// // When a test fails: compiled.write_html(&execution, "target/hello.html")?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn html(&self, execution: &Execution) -> String {
        sfn_view::run_page(self.machine(), self.name(), &execution.trace())
    }

    /// [`Compiled::html`], written to `path`.
    pub fn write_html(
        &self,
        execution: &Execution,
        path: impl AsRef<std::path::Path>,
    ) -> std::io::Result<()> {
        std::fs::write(path, self.html(execution))
    }

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
        let execution = match self.handlers() {
            Some(handlers) => {
                sfn_executor::run(self.machine(), input, &handlers.behind(mocks), options)?
            }
            None => sfn_executor::run(self.machine(), input, mocks, options)?,
        };
        coverage_record::append(self, &execution.coverage);
        Ok(execution)
    }
}

impl Compiled {
    /// The typed functions' handlers as mocks, when any function has one: a test's own mocks
    /// answer first.
    fn handlers(&self) -> Option<Mocks> {
        let mut mocks = Mocks::new();
        let mut any = false;
        for (name, types) in self.functions() {
            let Some(handler) = types.handler.clone() else {
                continue;
            };
            any = true;
            let function = name.clone();
            mocks = mocks.function(name.clone(), move |request| {
                answer(&function, handler.call(request))
            });
        }
        any.then_some(mocks)
    }
}

/// What Lambda reports for a handler's answer: its output; for an error, the error type as
/// the task's error and the runtime's error document (`errorType`, `errorMessage`) as the
/// cause; a request the handler cannot read stops the run as a wiring bug.
fn answer(function: &str, answer: Answer) -> Reply {
    match answer {
        Answer::Output(output) => Reply::ok(output),
        Answer::Failed {
            error_type,
            error_message,
        } => {
            let cause = serde_json::json!({"errorType": error_type, "errorMessage": error_message});
            Reply::fail(error_type, cause.to_string())
        }
        Answer::Unreadable { at, why } => {
            let at = at.map(|at| format!(" at `{at}`")).unwrap_or_default();
            Reply::wiring_bug(format!(
                "the handler of `{function}` cannot read its request{at}: {why}"
            ))
        }
    }
}

/// Under `cargo sfn test`, what each run exercised, written down so that the command can
/// merge the coverage of a crate's whole test suite: one JSON line per run in a file per
/// test process, in the directory `SFN_COVERAGE_DIR` names.
mod coverage_record {
    use std::io::Write;
    use std::sync::Mutex;

    use super::{Compiled, Coverage};

    /// The variable `cargo sfn test` sets for the tests it runs.
    pub const DIRECTORY: &str = "SFN_COVERAGE_DIR";

    /// Tests run on several threads; their lines must not interleave.
    static WRITING: Mutex<()> = Mutex::new(());

    pub fn append(workflow: &Compiled, coverage: &Coverage) {
        let Some(directory) = std::env::var_os(DIRECTORY) else {
            return;
        };
        let line = serde_json::json!({
            "workflow": workflow.name(),
            "definition": workflow.to_json(),
            "coverage": coverage,
        });
        let path = std::path::Path::new(&directory).join(format!("{}.jsonl", std::process::id()));
        let _guard = WRITING
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut file| writeln!(file, "{line}"));
        if let Err(error) = written {
            eprintln!(
                "sfn: the coverage of this run could not be written to {}: {error}",
                path.display()
            );
        }
    }
}
