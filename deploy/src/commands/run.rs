//! `cargo sfn run FILE`: runs a definition locally with `sfn-executor` (virtual time, mocked
//! services from an AWS Step Functions Local mock file) and shows how it ended. Exit 0 when
//! the execution succeeded, 2 when it ended otherwise, 1 when it could not run.

use std::path::PathBuf;

use serde_json::json;
use sfn_codegen::StateMachine;
use sfn_executor::{Execution, Mocks, Options, Status};

use super::local::{ExecutionArgs, load_machine, read_input, read_mock_file};
use crate::outcome::Outcome;
use crate::render::print_out;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The definition (`.asl.json`), or the name of a workflow `cargo sfn build` wrote.
    pub file: PathBuf,
    /// The execution input: JSON, or `@FILE` to read it from a file (default `{}`).
    #[arg(long, default_value = "{}")]
    pub input: String,
    /// The state machine's name: in the context object, and its key in the mock file
    /// (default: the file name without `.asl.json`).
    #[arg(long)]
    pub name: Option<String>,
    /// An AWS Step Functions Local mock file answering the Task states.
    #[arg(long, requires = "test_case")]
    pub mock_config: Option<PathBuf>,
    /// The test case of the mock file to run.
    #[arg(long, requires = "mock_config")]
    pub test_case: Option<String>,
    /// `human` (the states entered, then the result) or `json` (one object on stdout).
    #[arg(long, value_enum, default_value = "human")]
    pub format: crate::render::Format,
    /// Run as an Express execution (no history limit).
    #[arg(long)]
    pub express: bool,
    /// With `--format json`: also the execution history, as AWS's `GetExecutionHistory`
    /// lists it.
    #[arg(long)]
    pub history: bool,
    /// The execution's name (in its ARN and `$$.Execution.Name`).
    #[arg(long, default_value = "local")]
    pub execution_name: String,
    /// Also write the run as one self-contained HTML page: the state graph with the path
    /// taken and each state's outcome, input, output, error and cause, and a timeline.
    #[arg(long, value_name = "OUT.html")]
    pub html: Option<PathBuf>,
    #[command(flatten)]
    pub execution: ExecutionArgs,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    match execute(args) {
        Ok((machine, name, execution)) => {
            if let Some(out) = &args.html {
                let title = format!("{name} · {}", args.execution_name);
                let page = sfn_view::run_page(&machine, &title, &execution.trace());
                std::fs::write(out, page)
                    .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            }
            show(&execution, args.format, args.history)?;
            Ok(if execution.status == Status::Succeeded {
                Outcome::Done
            } else {
                Outcome::ExecutionFailed
            })
        }
        Err(problem) => {
            eprintln!("error: {problem}");
            Ok(Outcome::Refused)
        }
    }
}

/// The machine run, its name, and how the run ended.
fn execute(args: &Args) -> Result<(StateMachine, String, Execution), String> {
    let (file, machine) = load_machine(&args.file, &args.execution)?;
    let input = read_input(&args.input)?;
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| super::machine_name(&file));
    let mocks = match (&args.mock_config, &args.test_case) {
        (Some(path), Some(case)) => read_mock_file(path)?
            .mocks(&name, case)
            .map_err(|e| format!("{}: {e}", path.display()))?,
        _ => Mocks::new(),
    };
    let options = args.execution.apply(Options {
        machine_name: name.clone(),
        execution_name: args.execution_name.clone(),
        express: args.express,
        ..Options::default()
    })?;
    let execution =
        sfn_executor::run(&machine, input, &mocks, &options).map_err(|e| e.to_string())?;
    Ok((machine, name, execution))
}

fn show(
    execution: &Execution,
    format: crate::render::Format,
    history: bool,
) -> std::io::Result<()> {
    match format {
        crate::render::Format::Json => {
            let mut document = json!({
                "status": execution.status,
                "output": execution.output,
                "error": execution.error,
                "cause": execution.cause,
                "states": execution.states,
                "startDate": execution.start_date,
                "stopDate": execution.stop_date,
            });
            if history {
                document["history"] = serde_json::to_value(execution.history())?;
            }
            print_out(&serde_json::to_string_pretty(&document)?)?;
        }
        crate::render::Format::Human => {
            for step in &execution.steps {
                eprintln!("-> {} {}", step.name, step.input);
            }
            let status = serde_json::to_value(execution.status)?;
            let status = status.as_str().unwrap_or_default();
            match &execution.output {
                Some(output) => print_out(&serde_json::to_string_pretty(output)?)?,
                None => eprintln!(
                    "{status}: {} ({})",
                    execution.error.as_deref().unwrap_or_default(),
                    execution.cause.as_deref().unwrap_or_default()
                ),
            }
            eprintln!(
                "{status} in virtual time, {} to {}",
                execution.start_date, execution.stop_date
            );
        }
    }
    Ok(())
}
