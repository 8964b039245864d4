//! `cargo sfn`: validate, format, build, plan and deploy AWS Step Functions workflows.

mod aws;
mod commands;
mod config;
mod deployment;
mod discover;
mod outcome;
mod progress;
mod render;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Parsing and validating definitions is allocation-bound (see the profile in the notes);
// mimalloc is faster than the system allocator for it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Compile, check and deploy AWS Step Functions workflows.
#[derive(Debug, Parser)]
#[command(name = "cargo sfn", bin_name = "cargo sfn", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create a crate with one workflow, its payload types, sfn.toml and a test.
    New(commands::new::Args),
    /// Check definitions against the Amazon States Language and the service's rules.
    Validate(commands::validate::Args),
    /// Rewrite definitions in canonical form (field order, indentation).
    Fmt(commands::fmt::Args),
    /// Compile a crate's workflows into `target/sfn/<name>/`: definition, graph, input schema, policies.
    Build(commands::build::Args),
    /// Turn an existing definition into Rust builder code.
    Import(commands::import::Args),
    /// Print the least-privilege IAM policy (or trust policy) of ASL definitions.
    Policy(commands::policy::Args),
    /// Run a definition locally: virtual time, mocked services, AWS's data flow and errors.
    Run(commands::run::Args),
    /// Run the test cases of a Step Functions Local mock file, or the crate's tests, with coverage.
    Test(commands::test::Args),
    /// Draw the state graph of a definition (Mermaid or Graphviz DOT).
    Graph(commands::graph::Args),
    /// Write a CloudFormation template: role and policy, state machine, version, alias rollout.
    Export(commands::export::Args),
    /// Show what `deploy` would change; exits 0 when nothing would, 2 when something would.
    Plan(commands::plan::Args),
    /// Create or update roles, state machines, versions and aliases, rolling out safely.
    Deploy(commands::deploy::Args),
    /// Show state machines, their aliases' routing and versions.
    Status(commands::status::Args),
    /// Put all of an alias's traffic back on the previous version.
    Rollback(commands::rollback::Args),
    /// Start an execution and follow it to its end.
    Start(commands::start::Args),
    /// List the recent executions of an alias, a version or a state machine.
    Executions(commands::executions::Args),
    /// Restart a failed Standard execution from the state that failed, and follow it.
    Redrive(commands::redrive::Args),
}

fn main() -> ExitCode {
    // Cargo runs `cargo-sfn sfn <args>`; accept being run as `cargo-sfn <args>` too.
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "sfn") {
        args.remove(1);
    }
    // A usage error is a command that could not run: exit 1, as every other (see `outcome`);
    // `--help` and `--version` print and exit 0.
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::New(args) => commands::new::run(&args),
        Command::Validate(args) => commands::validate::run(&args),
        Command::Fmt(args) => commands::fmt::run(&args),
        Command::Build(args) => commands::build::run(&args),
        Command::Import(args) => commands::import::run(&args),
        Command::Policy(args) => commands::policy::run(&args),
        Command::Run(args) => commands::run::run(&args),
        Command::Test(args) => commands::test::run(&args),
        Command::Graph(args) => commands::graph::run(&args),
        Command::Export(args) => commands::export::run(&args),
        Command::Plan(args) => commands::plan::run(&args),
        Command::Deploy(args) => commands::deploy::run(&args),
        Command::Status(args) => commands::status::run(&args),
        Command::Rollback(args) => commands::rollback::run(&args),
        Command::Start(args) => commands::start::run(&args),
        Command::Executions(args) => commands::executions::run(&args),
        Command::Redrive(args) => commands::redrive::run(&args),
    };
    match result {
        Ok(outcome) => outcome.exit_code(),
        Err(failure) => {
            eprintln!("error: {}", failure.message());
            failure.exit_code()
        }
    }
}
