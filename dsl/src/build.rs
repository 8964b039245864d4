//! Build-time generation, for `build.rs` scripts (in the spirit of `prost-build`): compile
//! workflows and write each definition where another crate can `include_str!` it.
//!
//! ```no_run
//! // build.rs of a crate that deploys the workflows of the `workflows` crate
//! fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     sfn::build::Generator::new()
//!         .workflow(workflows::order_processing())
//!         .compile()?;
//!     Ok(())
//! }
//! # mod workflows { pub fn order_processing() -> sfn::Workflow {
//! #     sfn::Workflow::new("order-processing", sfn::Succeed::new("Done")) } }
//! ```
//!
//! and in the crate: `include_str!(concat!(env!("OUT_DIR"), "/order-processing/definition.asl.json"))`.
//! With [`Generator::environment`], each workflow's `policy.json` and `trust-policy.json`
//! are written beside it.

use std::path::PathBuf;

use crate::workflow::{BuildError, Workflow};

/// Compiles workflows and writes their definitions.
#[derive(Debug, Default)]
pub struct Generator {
    workflows: Vec<Workflow>,
    out_dir: Option<PathBuf>,
    environment: Option<sfn_codegen::iam::Environment>,
}

/// Why generation failed.
#[derive(Debug)]
pub enum GenerateError {
    /// A workflow did not compile; all of them are checked before anything is written.
    Build(Vec<BuildError>),
    /// Two workflows have the same name and would overwrite each other.
    DuplicateName(String),
    /// No output folder: not in a build script and none was set.
    NoOutDir,
    /// Writing failed.
    Io(std::io::Error),
}

impl std::fmt::Display for GenerateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GenerateError::Build(errors) => {
                for error in errors {
                    write!(f, "{error}")?;
                }
                Ok(())
            }
            GenerateError::DuplicateName(name) => {
                write!(f, "two workflows are named `{name}`")
            }
            GenerateError::NoOutDir => write!(
                f,
                "OUT_DIR is not set (not running in a build script); set the folder with `out_dir`"
            ),
            GenerateError::Io(error) => write!(f, "cannot write the definitions: {error}"),
        }
    }
}

impl std::error::Error for GenerateError {}

impl Generator {
    /// A generator writing to `OUT_DIR`.
    pub fn new() -> Generator {
        Generator::default()
    }

    /// Adds a workflow.
    pub fn workflow(mut self, workflow: Workflow) -> Self {
        self.workflows.push(workflow);
        self
    }

    /// Adds several workflows.
    pub fn workflows(mut self, workflows: impl IntoIterator<Item = Workflow>) -> Self {
        self.workflows.extend(workflows);
        self
    }

    /// Adds every workflow registered with `#[sfn::register]` in the crates this program links
    /// (see [`crate::registry`]).
    pub fn registered(self) -> Self {
        self.workflows(crate::registered().into_iter().map(|r| r.workflow()))
    }

    /// Writes into this folder instead of `OUT_DIR`.
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// Also writes each workflow's `policy.json` and `trust-policy.json`, with ARNs of this
    /// partition, region and account.
    pub fn environment(mut self, environment: sfn_codegen::iam::Environment) -> Self {
        self.environment = Some(environment);
        self
    }

    /// Compiles every workflow, then writes `<out>/<name>/definition.asl.json` for each and
    /// returns the written paths. Nothing is written when any workflow fails to compile.
    pub fn compile(self) -> Result<Vec<PathBuf>, GenerateError> {
        let out = match self.out_dir {
            Some(dir) => dir,
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or(GenerateError::NoOutDir)?,
        };
        let mut seen = std::collections::HashSet::new();
        for workflow in &self.workflows {
            if !seen.insert(workflow.name()) {
                return Err(GenerateError::DuplicateName(workflow.name().to_owned()));
            }
        }
        let (compiled, errors): (Vec<_>, Vec<_>) = self
            .workflows
            .iter()
            .map(Workflow::compile)
            .partition(Result::is_ok);
        if !errors.is_empty() {
            return Err(GenerateError::Build(
                errors.into_iter().filter_map(Result::err).collect(),
            ));
        }
        compiled
            .into_iter()
            .flatten()
            .map(|c| {
                c.write_to(&out, self.environment.as_ref())
                    .map_err(GenerateError::Io)
            })
            .collect()
    }
}
