//! Turns an Amazon States Language definition into Rust code written with the `sfn` builder
//! API, so a team can move existing workflows into Rust. The generated function, compiled
//! and run, gives back an equivalent definition (the round trip is tested on every file of
//! the shared corpus).
//!
//! Code is generated as tokens with `quote` and formatted with `prettyplease`.

mod integrations;
mod states;
mod values;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use sfn_codegen::integration::Resource;
use sfn_codegen::model::{QueryLanguage, StateMachine};
use sfn_codegen::{Diagnostic, Options};

use states::Scope;

/// Why a definition could not be imported.
#[derive(Debug)]
pub enum ImportError {
    /// The definition does not parse or has validation errors; fix it first.
    Invalid(Vec<Diagnostic>),
    /// The requested names cannot be used.
    Name(String),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Invalid(diagnostics) => {
                writeln!(f, "the definition has errors; fix them before importing:")?;
                for d in diagnostics {
                    writeln!(f, "  {d}")?;
                }
                Ok(())
            }
            ImportError::Name(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for ImportError {}

/// Imports ASL text as a formatted Rust module with one function, `fn_name`, building the
/// workflow `workflow_name`.
pub fn import(text: &str, workflow_name: &str, fn_name: &str) -> Result<String, ImportError> {
    let report = sfn_codegen::check(text, &Options::default());
    let errors: Vec<Diagnostic> = report.errors().cloned().collect();
    let machine = match report.machine {
        Some(machine) if errors.is_empty() => machine,
        _ => return Err(ImportError::Invalid(errors)),
    };
    let function = workflow_fn(&machine, workflow_name, fn_name)?;
    let file = quote! {
        use sfn::prelude::*;
        #[allow(unused_imports)]
        use sfn::{Operator, Pattern, ProcessorMode, Resource};

        #function
    };
    Ok(format_tokens(file))
}

/// A `pub fn fn_name() -> Workflow` building `machine` (no `use` lines: see [`import`]).
pub fn workflow_fn(
    machine: &StateMachine,
    workflow_name: &str,
    fn_name: &str,
) -> Result<TokenStream, ImportError> {
    let ident = syn::parse_str::<syn::Ident>(fn_name)
        .map_err(|_| ImportError::Name(format!("`{fn_name}` is not a Rust function name")))?;
    let ident = format_ident!("{ident}");
    let partition = partition_of(machine);
    let scope = Scope {
        language: machine.default_query_language(),
        partition: &partition,
    };
    let body = states::scope(&machine.start_at, &machine.states, scope);
    let mut workflow = quote!(Workflow::new(#workflow_name, definition));
    if partition != "aws" {
        workflow.extend(quote!(.partition(#partition)));
    }
    if let Some(comment) = &machine.comment {
        workflow.extend(quote!(.comment(#comment)));
    }
    match machine.query_language {
        Some(QueryLanguage::JSONata) => workflow.extend(quote!(.jsonata())),
        Some(QueryLanguage::JSONPath) => {
            workflow.extend(quote!(.query_language(QueryLanguage::JSONPath)))
        }
        None => {}
    }
    if let Some(version) = &machine.version {
        workflow.extend(quote!(.version(#version)));
    }
    if let Some(timeout) = &machine.timeout_seconds {
        let timeout = values::typed_number(timeout);
        workflow.extend(quote!(.timeout_seconds(#timeout)));
    }
    Ok(quote! {
        pub fn #ident() -> Workflow {
            let definition = #body;
            #workflow
        }
    })
}

/// The partition the machine's integrations are written in (the first met; `aws` when there is
/// none): the generated workflow renders its typed calls in it.
fn partition_of(machine: &StateMachine) -> String {
    fn find(states: &sfn_codegen::model::States) -> Option<String> {
        states.values().find_map(|state| {
            if let sfn_codegen::model::State::Task(task) = state
                && let Resource::Optimized { .. } | Resource::Sdk { .. } =
                    Resource::parse(&task.resource)
            {
                return task.resource.split(':').nth(1).map(str::to_owned);
            }
            state
                .children()
                .into_iter()
                .find_map(|(_, _, children)| find(children))
        })
    }
    find(&machine.states).unwrap_or_else(|| "aws".to_owned())
}

/// Formats generated tokens as a Rust file.
pub fn format_tokens(tokens: TokenStream) -> String {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(_) => tokens.to_string(),
    }
}

/// A workflow name from a file name: letters, digits, `-` and `_`, at most 80 characters.
pub fn workflow_name(stem: &str) -> String {
    let mut name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    name.truncate(80);
    if name.is_empty() {
        "workflow".to_owned()
    } else {
        name
    }
}
