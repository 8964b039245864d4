//! The shape of a `workflow!` as ASL: every state with its type, transitions, handlers, paths
//! written as literals and integration pattern, but placeholder payloads. The codegen validator
//! checks this skeleton at expansion time, and each finding is traced back to the token it came
//! from through the JSON pointer it carries.
//!
//! Payloads are ordinary Rust values the macro cannot evaluate, so they are left out; the same
//! validator runs again on the full definition when the workflow is compiled.

use std::collections::{HashMap, HashSet};

use proc_macro2::{Span, TokenTree};
use serde_json::{Map, Value, json};

use super::syntax::{Arg, Scope, StateDef, WorkflowDef, string_literal, walk_tokens};
use super::transitions::{Field, targets_mut};

/// The state types a workflow can declare, spelled as the builder's types.
pub const KINDS: &[&str] = &[
    "Task", "Pass", "Wait", "Choice", "Succeed", "Fail", "Parallel", "Map",
];

/// Builder methods whose string literal argument is an ASL path field.
const PATH_FIELDS: &[(&str, &str)] = &[
    ("input_path", "InputPath"),
    ("output_path", "OutputPath"),
    ("result_path", "ResultPath"),
    ("items_path", "ItemsPath"),
];

/// The skeleton definition and the token behind each part of it.
pub struct Skeleton {
    pub definition: Value,
    pub express: bool,
    /// A duplicate state was left out, so the shape may miss its terminal state.
    pub dropped_duplicates: bool,
    spans: HashMap<String, Span>,
    fallback: Span,
}

impl Skeleton {
    /// The span of the deepest recorded part that contains `pointer`.
    pub fn span_of(&self, pointer: &str) -> Span {
        let mut current = pointer;
        loop {
            if let Some(span) = self.spans.get(current) {
                return *span;
            }
            match current.rfind('/') {
                Some(cut) => current = &current[..cut],
                None => return self.fallback,
            }
        }
    }
}

/// Builds the skeleton; mistakes that the skeleton cannot represent (a duplicate name, an
/// unknown state type, a transition that is not a name) are returned as errors.
pub fn build(def: &WorkflowDef) -> (Skeleton, Vec<syn::Error>) {
    let jsonata = def
        .settings
        .iter()
        .any(|setting| asks_for_jsonata(&setting.name, setting.args.iter()));
    let express = def.settings.iter().any(|setting| setting.name == "express");
    let mut builder = Builder {
        spans: HashMap::new(),
        errors: Vec::new(),
        seen: HashSet::new(),
        dropped: false,
        opaque: 0,
        jsonata,
    };
    builder.spans.insert(String::new(), def.ident.span());
    let mut definition = builder.scope(&def.body, "");
    if let (true, Some(object)) = (jsonata, definition.as_object_mut()) {
        object.insert("QueryLanguage".into(), "JSONata".into());
    }
    let skeleton = Skeleton {
        definition,
        express,
        dropped_duplicates: builder.dropped,
        spans: builder.spans,
        fallback: def.ident.span(),
    };
    (skeleton, builder.errors)
}

/// Whether a workflow setting or state method asks for JSONata: `jsonata()` or
/// `query_language(QueryLanguage::JSONata)`.
fn asks_for_jsonata<'a>(name: &syn::Ident, mut args: impl Iterator<Item = &'a syn::Expr>) -> bool {
    name == "jsonata"
        || (name == "query_language"
            && args.any(|arg| {
                matches!(arg, syn::Expr::Path(path)
                    if path.path.segments.last().is_some_and(|segment| segment.ident == "JSONata"))
            }))
}

struct Builder {
    spans: HashMap<String, Span>,
    errors: Vec<syn::Error>,
    /// Every state name so far: names are unique in the whole machine.
    seen: HashSet<String>,
    dropped: bool,
    /// Stand-ins made so far for scopes given as expressions.
    opaque: usize,
    jsonata: bool,
}

impl Builder {
    fn record(&mut self, pointer: String, span: Span) {
        self.spans.insert(pointer, span);
    }

    fn scope(&mut self, scope: &Scope, at: &str) -> Value {
        self.record(format!("{at}/StartAt"), scope.start.span());
        self.record(at.to_owned(), scope.start_keyword.span());
        let mut states = Map::new();
        for state in &scope.states {
            let name = state.name.value();
            if self.seen.contains(&name) {
                self.errors.push(syn::Error::new(
                    state.name.span(),
                    format!("a state named `{name}` is already declared in this workflow; state names must be unique in the whole machine"),
                ));
                self.dropped = true;
                continue;
            }
            self.seen.insert(name.clone());
            let pointer = format!("{at}/States/{}", escape(&name));
            let value = self.state(state, &pointer);
            states.insert(name, value);
        }
        json!({ "StartAt": scope.start.value(), "States": states })
    }

    fn state(&mut self, state: &StateDef, at: &str) -> Value {
        self.record(at.to_owned(), state.name.span());
        let kind = state.kind.to_string();
        if !KINDS.contains(&kind.as_str()) {
            self.errors.push(syn::Error::new(
                state.kind.span(),
                format!(
                    "unknown state type `{kind}`; expected one of {}",
                    KINDS.join(", ")
                ),
            ));
            return json!({ "Type": "Pass", "End": true });
        }
        let mut out = Map::new();
        out.insert("Type".into(), kind.clone().into());
        let jsonata = self.jsonata || state_is_jsonata(state);
        if jsonata != self.jsonata {
            out.insert("QueryLanguage".into(), "JSONata".into());
        }
        match kind.as_str() {
            "Task" => self.task(state, at, jsonata, &mut out),
            "Wait" => {
                out.insert("Seconds".into(), 1.into());
            }
            "Parallel" => {
                let branches = self.nested(state, "branch", &format!("{at}/Branches"), true);
                out.insert("Branches".into(), branches.into());
            }
            "Map" => {
                if let Some(processor) = self
                    .nested(state, "processor", &format!("{at}/ItemProcessor"), false)
                    .pop()
                {
                    out.insert("ItemProcessor".into(), processor);
                }
            }
            _ => {}
        }
        for (method, field) in PATH_FIELDS {
            for call in state.method(method) {
                if let Some(text) = literal_argument(&call.args) {
                    self.record(format!("{at}/{field}"), call.name.span());
                    out.insert((*field).into(), text.into());
                }
            }
        }
        self.transitions(state, at, jsonata, &kind, &mut out);
        Value::Object(out)
    }

    fn task(&mut self, state: &StateDef, at: &str, jsonata: bool, out: &mut Map<String, Value>) {
        let mut suffix = "";
        let mut pattern_span = state.kind.span();
        let mut token = false;
        walk_tokens(state.tokens(), &mut |tree, _| match tree {
            TokenTree::Ident(ident) if ident == "sync" || ident == "sync_string_output" => {
                suffix = ".sync";
                pattern_span = ident.span();
            }
            TokenTree::Ident(ident) if ident == "wait_for_task_token" => {
                suffix = ".waitForTaskToken";
                pattern_span = ident.span();
            }
            TokenTree::Ident(ident) if ident == "task_token" => token = true,
            other => {
                if string_literal(other).is_some_and(|(text, _)| text.contains("Task.Token")) {
                    token = true;
                }
            }
        });
        // A helper function builds what the macro cannot see: it may pass the token inside,
        // so nothing is claimed about it here (compile() sees the real payload).
        token |= calls_a_helper(state.tokens());
        self.record(format!("{at}/Resource"), pattern_span);
        // ECS supports every pattern; the real resource and its parameters are checked when
        // the workflow compiles (the stand-in's are not: see `check::STAND_IN`).
        out.insert(
            "Resource".into(),
            format!("arn:aws:states:::ecs:runTask{suffix}").into(),
        );
        if token {
            let (field, payload) = if jsonata {
                (
                    "Arguments",
                    json!({ "TaskToken": "{% $states.context.Task.Token %}" }),
                )
            } else {
                ("Parameters", json!({ "TaskToken.$": "$$.Task.Token" }))
            };
            out.insert(field.into(), payload);
        }
    }

    /// The nested scopes given to `method` (`branch`, `processor`). A scope given as a Rust
    /// expression (`.branch(chain)`) is opaque here: a one-state stand-in keeps the shape valid,
    /// and the builder checks the real one when the workflow compiles.
    fn nested(&mut self, state: &StateDef, method: &str, at: &str, indexed: bool) -> Vec<Value> {
        let mut scopes = Vec::new();
        for call in state.method(method) {
            for arg in &call.args {
                let pointer = if indexed {
                    format!("{at}/{}", scopes.len())
                } else {
                    at.to_owned()
                };
                match arg {
                    Arg::Scope(scope) => scopes.push(self.scope(scope, &pointer)),
                    Arg::Expr(expr) => {
                        self.record(pointer, syn::spanned::Spanned::span(expr));
                        let stand_in = format!("(built by the expression #{})", self.opaque);
                        self.opaque += 1;
                        scopes.push(json!({
                            "StartAt": stand_in,
                            "States": { stand_in.clone(): { "Type": "Succeed" } },
                        }));
                    }
                }
            }
        }
        scopes
    }

    fn transitions(
        &mut self,
        state: &StateDef,
        at: &str,
        jsonata: bool,
        kind: &str,
        out: &mut Map<String, Value>,
    ) {
        let mut state = state.clone();
        let mut choices = Vec::new();
        let mut catches = Vec::new();
        for target in targets_mut(&mut state) {
            let Some(name) = target.name() else {
                self.errors.push(syn::Error::new_spanned(
                    &*target.slot,
                    "in `workflow!` a transition names its target state: write the name as a string literal, e.g. `.next(\"Next state\")`",
                ));
                self.dropped = true;
                continue;
            };
            let (name, span) = (name.value(), name.span());
            let mut pointer = at.to_owned();
            for segment in target.field.pointer() {
                pointer.push('/');
                pointer.push_str(&segment);
            }
            self.record(pointer, span);
            match target.field {
                Field::Next => {
                    out.insert("Next".into(), name.into());
                }
                Field::Default => {
                    out.insert("Default".into(), name.into());
                }
                Field::Choice(_) => choices.push(if jsonata {
                    json!({ "Condition": "{% true %}", "Next": name })
                } else {
                    json!({ "Variable": "$.placeholder", "IsPresent": true, "Next": name })
                }),
                Field::Catch(index, all) => {
                    let error = if all {
                        "States.ALL".to_owned()
                    } else {
                        format!("Workflow.Error{index}")
                    };
                    catches.push(json!({ "ErrorEquals": [error], "Next": name }));
                }
            }
        }
        if kind == "Choice" {
            out.insert("Choices".into(), choices.into());
        }
        if !catches.is_empty() {
            out.insert("Catch".into(), catches.into());
        }
        let terminal = matches!(kind, "Choice" | "Succeed" | "Fail");
        if !terminal && !out.contains_key("Next") {
            // An open end: the builder ends the machine there.
            out.insert("End".into(), true.into());
        }
    }
}

/// Whether a state asks for JSONata itself.
fn state_is_jsonata(state: &StateDef) -> bool {
    state.methods.iter().any(|method| {
        let args = method.args.iter().filter_map(|arg| match arg {
            Arg::Expr(expr) => Some(expr),
            Arg::Scope(_) => None,
        });
        asks_for_jsonata(&method.name, args)
    })
}

/// The value of a call's only argument when it is a string literal.
fn literal_argument(args: &[Arg]) -> Option<String> {
    match args {
        [
            Arg::Expr(syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            })),
        ] => Some(text.value()),
        _ => None,
    }
}

/// A state name as a JSON pointer segment.
pub fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// Free functions of the DSL whose arguments are all the macro needs to see.
const TRANSPARENT: &[&str] = &[
    "Task",
    "object",
    "array",
    "path",
    "jsonata",
    "intrinsic",
    "goto",
    "input",
    "var",
    "result",
    "error_output",
    "all",
    "any",
    "not",
    "Some",
];

/// Whether the tokens call a function of the user's own (`ask(...)`, not `sqs::send_message(...)`
/// nor `.with(...)`), whose body the macro cannot see.
fn calls_a_helper(tokens: proc_macro2::TokenStream) -> bool {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    trees.iter().enumerate().any(|(i, tree)| {
        let called = matches!(
            (tree, trees.get(i + 1)),
            (TokenTree::Ident(_), Some(TokenTree::Group(g)))
                if g.delimiter() == proc_macro2::Delimiter::Parenthesis
        );
        let qualified = i > 0
            && matches!(&trees[i - 1], TokenTree::Punct(p) if p.as_char() == '.' || p.as_char() == ':');
        let helper = called
            && !qualified
            && !TRANSPARENT.iter().any(|name| matches!(tree, TokenTree::Ident(id) if id == name));
        helper || matches!(tree, TokenTree::Group(group) if calls_a_helper(group.stream()))
    })
}
