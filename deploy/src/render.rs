//! Showing findings: annotated source for people, JSON for tools.

use std::io::Write;
use std::path::PathBuf;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};
use serde::Serialize;
use sfn_codegen::pipeline::Refuse;
use sfn_codegen::span::SourceMap;
use sfn_codegen::{Diagnostic, Severity};

use crate::aws::verdict::Verdict;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

/// The findings of one file.
#[derive(Debug)]
pub struct FileReport {
    pub path: PathBuf,
    pub text: String,
    diagnostics: Vec<Diagnostic>,
    read_error: Option<String>,
    /// AWS's own verdict, with `validate --remote`.
    pub aws: Option<Verdict>,
}

impl FileReport {
    /// No error of this tool's: the definition would deploy.
    pub fn is_valid(&self) -> bool {
        !self.refused(Refuse::AwsRefusals)
    }

    /// Whether the file is refused at `level`: unreadable, or a finding refuses it.
    pub fn refused(&self, level: Refuse) -> bool {
        self.read_error.is_some() || self.diagnostics.iter().any(|d| level.refuses(d))
    }

    /// Whether AWS's verdict (when asked) is this tool's.
    fn agrees(&self) -> Option<bool> {
        self.aws.as_ref().map(|aws| aws.accepted == self.is_valid())
    }
}

impl FileReport {
    pub fn checked(path: PathBuf, text: String, diagnostics: Vec<Diagnostic>) -> Self {
        Self {
            path,
            text,
            diagnostics,
            read_error: None,
            aws: None,
        }
    }

    pub fn unreadable(path: PathBuf, error: std::io::Error) -> Self {
        Self {
            path,
            text: String::new(),
            diagnostics: Vec::new(),
            read_error: Some(error.to_string()),
            aws: None,
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub unreadable: usize,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    file: String,
    valid: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    read_error: Option<&'a str>,
    diagnostics: Vec<JsonFinding<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    aws: Option<JsonVerdict<'a>>,
}

#[derive(Serialize)]
struct JsonVerdict<'a> {
    #[serde(flatten)]
    verdict: &'a Verdict,
    /// Whether AWS's verdict is this tool's.
    agrees: bool,
}

pub fn reports(
    out: &mut dyn Write,
    reports: &[FileReport],
    format: Format,
) -> std::io::Result<Summary> {
    let mut summary = Summary {
        files: reports.len(),
        ..Summary::default()
    };
    for report in reports {
        summary.unreadable += usize::from(report.read_error.is_some());
        for diagnostic in &report.diagnostics {
            match diagnostic.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
            }
        }
    }
    match format {
        Format::Human => human(out, reports, &summary)?,
        Format::Json => json(out, reports, &summary)?,
    }
    Ok(summary)
}

fn human(out: &mut dyn Write, reports: &[FileReport], summary: &Summary) -> std::io::Result<()> {
    let config = Config::default();
    let color = std::io::IsTerminal::is_terminal(&std::io::stdout())
        && std::env::var_os("NO_COLOR").is_none();
    for report in reports {
        let name = report.path.display().to_string();
        if let Some(error) = &report.read_error {
            writeln!(out, "error: cannot read {name}: {error}")?;
            continue;
        }
        if let Some(aws) = &report.aws {
            writeln!(out, "{}", aws_line(&name, report, aws))?;
        }
        if report.diagnostics.is_empty() {
            continue;
        }
        let file = SimpleFile::new(name.as_str(), report.text.as_str());
        let source = SourceMap::new(&report.text);
        for diagnostic in &report.diagnostics {
            let rendered = to_report(diagnostic, &source);
            let mut buffer = Vec::new();
            if color {
                let mut writer = term::termcolor::Ansi::new(&mut buffer);
                term::emit_to_write_style(&mut writer, &config, &file, &rendered)
                    .map_err(std::io::Error::other)?;
            } else {
                term::emit_to_io_write(&mut buffer, &config, &file, &rendered)
                    .map_err(std::io::Error::other)?;
            }
            out.write_all(&buffer)?;
        }
    }
    let verdict = if summary.errors == 0 && summary.unreadable == 0 {
        "ok"
    } else {
        "FAILED"
    };
    writeln!(
        out,
        "{verdict}: {} file(s) checked, {} error(s), {} warning(s)",
        summary.files, summary.errors, summary.warnings
    )
}

/// One line on what AWS said of a file, and whether it is what this tool says.
fn aws_line(name: &str, report: &FileReport, aws: &Verdict) -> String {
    let first = aws.findings.first().map(|f| {
        let at = f
            .location
            .as_deref()
            .map(|l| format!(" at {l}"))
            .unwrap_or_default();
        format!(" ({}{at}: {})", f.code, f.message)
    });
    let first = first.unwrap_or_default();
    match (aws.accepted, report.agrees() == Some(true)) {
        (true, true) => format!("aws: {name}: accepted, as here"),
        (false, true) => format!("aws: {name}: rejected, as here{first}"),
        (true, false) => format!(
            "aws: {name}: DISAGREEMENT: AWS accepts this definition, this tool reports errors; please report it with the definition"
        ),
        (false, false) => format!(
            "aws: {name}: DISAGREEMENT: AWS rejects this definition{first}, this tool accepts it; please report it with the definition"
        ),
    }
}

fn to_report(diagnostic: &Diagnostic, source: &SourceMap<'_>) -> Report<()> {
    let severity = match diagnostic.severity {
        Severity::Error => ReportSeverity::Error,
        Severity::Warning => ReportSeverity::Warning,
    };
    let mut report = Report::new(severity)
        .with_code(diagnostic.code.as_str())
        .with_message(&diagnostic.message);
    if let Some(range) = source.range_of(diagnostic) {
        report = report.with_labels(vec![
            Label::primary((), range).with_message(diagnostic.location.to_string()),
        ]);
    } else {
        report = report.with_notes(vec![format!("at {}", diagnostic.location)]);
    }
    if diagnostic.runtime {
        report
            .notes
            .push("note: AWS accepts the definition, but this fails at run time".to_owned());
    }
    if let Some(help) = &diagnostic.help {
        report.notes.push(format!("help: {help}"));
    }
    report
}

fn json(out: &mut dyn Write, reports: &[FileReport], summary: &Summary) -> std::io::Result<()> {
    let files: Vec<JsonFile<'_>> = reports
        .iter()
        .map(|report| {
            let source = (!report.diagnostics.is_empty()).then(|| SourceMap::new(&report.text));
            JsonFile {
                file: report.path.display().to_string(),
                valid: report.is_valid(),
                aws: report.aws.as_ref().map(|verdict| JsonVerdict {
                    verdict,
                    agrees: report.agrees() == Some(true),
                }),
                read_error: report.read_error.as_deref(),
                diagnostics: report
                    .diagnostics
                    .iter()
                    .map(|diagnostic| {
                        let position = source
                            .as_ref()
                            .and_then(|s| s.range_of(diagnostic).map(|r| s.line_column(r.start)));
                        JsonFinding {
                            diagnostic,
                            line: position.map(|p| p.0),
                            column: position.map(|p| p.1),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let document = serde_json::json!({ "files": files, "summary": summary });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

/// A line on stdout; a reader that stopped reading (`| head`) is not an error.
pub fn print_out(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    match writeln!(std::io::stdout().lock(), "{text}") {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
