//! What a suite of executions exercised, against everything the machine has: each state,
//! each Choice rule and `Default`, each retrier and catcher. A readable report and a JSON one.

use std::fmt;

use serde::Serialize;
use sfn_codegen::model::{State, StateMachine, States};

use crate::execution::Coverage;

/// Coverage of one machine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub covered: usize,
    pub total: usize,
    /// What no execution reached, as `state`, `state rule 2`, `state Default`,
    /// `state retrier 0`, `state catcher 1`.
    pub missed: Vec<String>,
}

impl Report {
    /// The percentage covered (100 for a machine with nothing to cover).
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.covered as f64 * 100.0 / self.total as f64
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "coverage: {}/{} ({:.0}%): states, Choice rules, retriers and catchers",
            self.covered,
            self.total,
            self.percent()
        )?;
        for missed in &self.missed {
            write!(f, "\n  not exercised: {missed}")?;
        }
        Ok(())
    }
}

impl Coverage {
    /// Compares what ran with what `machine` has.
    pub fn report(&self, machine: &StateMachine) -> Report {
        let mut report = Report {
            covered: 0,
            total: 0,
            missed: Vec::new(),
        };
        self.walk(&machine.states, &mut report);
        report
    }

    fn walk(&self, states: &States, report: &mut Report) {
        for (name, state) in states {
            let mut item = |hit: bool, what: String| {
                report.total += 1;
                if hit {
                    report.covered += 1;
                } else {
                    report.missed.push(what);
                }
            };
            item(self.states.contains_key(name), name.clone());
            if let State::Choice(choice) = state {
                for index in 0..choice.choices.len() {
                    item(
                        self.choices.contains_key(&(name.clone(), Some(index))),
                        format!("{name} rule {index}"),
                    );
                }
                if choice.default.is_some() {
                    item(
                        self.choices.contains_key(&(name.clone(), None)),
                        format!("{name} Default"),
                    );
                }
            }
            for index in 0..state.retriers().len() {
                item(
                    self.retriers.contains_key(&(name.clone(), index)),
                    format!("{name} retrier {index}"),
                );
            }
            for index in 0..state.catchers().len() {
                item(
                    self.catchers.contains_key(&(name.clone(), index)),
                    format!("{name} catcher {index}"),
                );
            }
            for (_, _, children) in state.children() {
                self.walk(children, report);
            }
        }
    }
}
