//! `cargo sfn graph FILE`: the state graph of a definition as Mermaid or Graphviz DOT.

use std::io::Write;
use std::path::PathBuf;

use sfn_codegen::graph::Graph;

use crate::outcome::Outcome;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A Mermaid flowchart (renders in GitHub Markdown).
    Mermaid,
    /// Graphviz DOT (`dot -Tsvg`).
    Dot,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The definition to draw, or `-` for stdin.
    pub file: PathBuf,
    /// The output format.
    #[arg(long, value_enum, default_value = "mermaid")]
    pub format: Format,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

pub fn run(args: &Args) -> crate::outcome::Result {
    let path = &args.file;
    let text = super::read_source(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let Some(machine) = super::parse_or_report(path, text)? else {
        return Ok(Outcome::Refused);
    };
    let graph = Graph::of(&machine);
    let drawn = match args.format {
        Format::Mermaid => graph.to_mermaid(),
        Format::Dot => graph.to_dot(),
    };
    match &args.output {
        Some(output) => {
            std::fs::write(output, drawn).map_err(|e| format!("{}: {e}", output.display()))?
        }
        None => std::io::stdout().lock().write_all(drawn.as_bytes())?,
    }
    Ok(Outcome::Done)
}
