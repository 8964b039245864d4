//! `sfn-view`: one self-contained HTML page that shows a Step Functions execution, or what a
//! test suite covered, on the workflow's state graph.
//!
//! - [`run_page`]: an execution, from its history events (a local run's
//!   [`Execution::trace`](sfn_executor::Execution::trace), or `GetExecutionHistory` on AWS):
//!   the path taken, each state coloured by outcome, its input, output, error, cause,
//!   retries and virtual times on a click, Map iterations and Parallel branches summarised,
//!   and a timeline.
//! - [`coverage_page`]: each state, transition, Choice rule, retrier and catcher marked
//!   covered or not, and the uncovered ones listed.
//!
//! Pure: the caller writes the page where it wants. Everything it needs is inline (no
//! network), so it opens offline.

mod drawing;
mod page;
mod trace;

use sfn_codegen::model::StateMachine;
use sfn_executor::{Coverage, Event};

pub use drawing::Drawing;
pub use page::data_of;
pub use trace::{Iterations, Mark, Outcome, Trace, Visit};

/// The page of one execution of `machine`, from its history events, oldest first.
pub fn run_page(machine: &StateMachine, title: &str, events: &[Event]) -> String {
    page::run(machine, title, Trace::read(events))
}

/// The page of what a suite of `executions` of `machine` covered.
pub fn coverage_page(
    machine: &StateMachine,
    title: &str,
    coverage: &Coverage,
    executions: usize,
) -> String {
    page::coverage(machine, title, coverage, executions)
}
