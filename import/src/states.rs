//! One state as a builder expression; scopes as blocks that gather their states.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use sfn_codegen::model::{
    self, Catcher, ChoiceRule, ExecutionType, NullablePath, NumberOrExpr, ProcessorMode,
    QueryLanguage, Retrier, State, States,
};

use crate::integrations;
use crate::values::{json, template, text_or_jsonata, typed_number};

/// The context a state is written in: the machine's query language, and the partition its
/// integrations are in (typed calls render in the workflow's partition).
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    pub language: QueryLanguage,
    pub partition: &'a str,
}

/// A block that builds every state of a scope and returns them as one chain.
pub fn scope(start_at: &str, states: &States, scope: Scope<'_>) -> TokenStream {
    let mut names = Vec::new();
    let mut lets = Vec::new();
    let mut used = std::collections::HashSet::new();
    for (name, state) in states {
        let ident = binding(name, &mut used);
        let expr = state_expr(name, state, scope);
        lets.push(quote!(let #ident = #expr;));
        names.push((name.as_str(), ident));
    }
    let start = names
        .iter()
        .find(|(n, _)| *n == start_at)
        .map(|(_, i)| i.clone());
    let Some(start) = start else {
        // A StartAt naming no state: keep it, the validator reports it.
        let includes = names.iter().map(|(_, i)| quote!(.include(#i)));
        return quote!({ #(#lets)* goto(#start_at) #(#includes)* });
    };
    let includes = names
        .iter()
        .filter(|(n, _)| *n != start_at)
        .map(|(_, i)| quote!(.include(#i)));
    if names.len() == 1 {
        return quote!({ #(#lets)* #start });
    }
    quote!({ #(#lets)* Chain::from(#start) #(#includes)* })
}

/// A snake_case variable name for a state, unique in its scope.
fn binding(name: &str, used: &mut std::collections::HashSet<String>) -> proc_macro2::Ident {
    let mut base = String::new();
    let mut previous: Option<char> = None;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            // A word starts at a lower-to-upper change: `checkHTTPMethod` -> `check_httpmethod`.
            if c.is_ascii_uppercase()
                && previous.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit())
            {
                base.push('_');
            }
            base.push(c.to_ascii_lowercase());
        } else if !base.ends_with('_') {
            base.push('_');
        }
        previous = Some(c);
    }
    let base = base.trim_matches('_').to_owned();
    let mut base = if base.is_empty() || base.starts_with(|c: char| c.is_ascii_digit()) {
        format!("state_{base}")
    } else {
        base
    };
    if syn::parse_str::<syn::Ident>(&base).is_err() {
        base = format!("{base}_state");
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while !used.insert(candidate.clone()) {
        candidate = format!("{base}_{n}");
        n += 1;
    }
    format_ident!("{candidate}")
}

fn language(state_language: Option<QueryLanguage>, scope: Scope<'_>) -> QueryLanguage {
    state_language.unwrap_or(scope.language)
}

/// Setters shared by most states, in a fixed order.
struct Common<'a> {
    comment: &'a Option<String>,
    query_language: Option<QueryLanguage>,
    input_path: &'a NullablePath,
    output_path: &'a NullablePath,
    output: &'a Option<Value>,
    assign: &'a Option<Value>,
}

fn common(c: Common<'_>, language: QueryLanguage) -> TokenStream {
    let mut out = TokenStream::new();
    if let Some(comment) = c.comment {
        out.extend(quote!(.comment(#comment)));
    }
    if let Some(l) = c.query_language {
        out.extend(match l {
            QueryLanguage::JSONata => quote!(.query_language(QueryLanguage::JSONata)),
            QueryLanguage::JSONPath => quote!(.query_language(QueryLanguage::JSONPath)),
        });
    }
    match c.input_path {
        Some(Some(p)) => out.extend(quote!(.input_path(#p))),
        Some(None) => out.extend(quote!(.discard_input())),
        None => {}
    }
    match c.output_path {
        Some(Some(p)) => out.extend(quote!(.output_path(#p))),
        Some(None) => out.extend(quote!(.discard_output())),
        None => {}
    }
    if let Some(o) = c.output {
        let t = template(o, language);
        out.extend(quote!(.output(#t)));
    }
    if let Some(a) = c.assign {
        let t = template(a, language);
        out.extend(quote!(.assign_all(#t)));
    }
    out
}

fn next(transition: &model::Transition) -> TokenStream {
    match &transition.next {
        Some(target) => quote!(.next(goto(#target))),
        None => TokenStream::new(),
    }
}

fn optional_number(
    method: &str,
    value: &Option<NumberOrExpr>,
    path: &Option<String>,
) -> TokenStream {
    let method = format_ident!("{method}");
    match (value, path) {
        (Some(NumberOrExpr::Number(n)), _) => {
            let n = typed_number(n);
            quote!(.#method(#n))
        }
        (Some(NumberOrExpr::Expr(e)), _) => quote!(.#method(jsonata(#e))),
        (None, Some(p)) => quote!(.#method(path(#p))),
        (None, None) => TokenStream::new(),
    }
}

fn result_path(path: &NullablePath, discard: &str) -> TokenStream {
    match path {
        Some(Some(p)) => quote!(.result_path(#p)),
        Some(None) => {
            let discard = format_ident!("{discard}");
            quote!(.#discard())
        }
        None => TokenStream::new(),
    }
}

fn payload(method: &str, value: &Option<Value>, language: QueryLanguage) -> TokenStream {
    let method = format_ident!("{method}");
    match value {
        Some(v) => {
            let t = template(v, language);
            quote!(.#method(#t))
        }
        None => TokenStream::new(),
    }
}

fn retry(retriers: &[Retrier]) -> TokenStream {
    let mut out = TokenStream::new();
    for r in retriers {
        let errors = &r.error_equals;
        let mut e = quote!(Retry::on([#(#errors),*]));
        if let Some(c) = &r.comment {
            e.extend(quote!(.comment(#c)));
        }
        for (method, value) in [
            ("interval_seconds", &r.interval_seconds),
            ("max_attempts", &r.max_attempts),
            ("backoff_rate", &r.backoff_rate),
            ("max_delay_seconds", &r.max_delay_seconds),
        ] {
            if let Some(n) = value {
                let method = format_ident!("{method}");
                let n = typed_number(n);
                e.extend(quote!(.#method(#n)));
            }
        }
        match r.jitter_strategy {
            Some(model::JitterStrategy::Full) => e.extend(quote!(.jitter(JitterStrategy::Full))),
            Some(model::JitterStrategy::None) => e.extend(quote!(.jitter(JitterStrategy::None))),
            None => {}
        }
        out.extend(quote!(.retry(#e)));
    }
    out
}

fn catch(catchers: &[Catcher], language: QueryLanguage) -> TokenStream {
    let mut out = TokenStream::new();
    for c in catchers {
        let errors = &c.error_equals;
        let target = &c.next;
        let mut e = quote!(Catch::on([#(#errors),*], goto(#target)));
        if let Some(comment) = &c.comment {
            e.extend(quote!(.comment(#comment)));
        }
        e.extend(result_path(&c.result_path, "discard_error"));
        e.extend(payload("output", &c.output, language));
        e.extend(payload("assign_all", &c.assign, language));
        out.extend(quote!(.catch(#e)));
    }
    out
}

fn state_expr(name: &str, state: &State, scope: Scope<'_>) -> TokenStream {
    match state {
        State::Task(t) => task_expr(name, t, scope),
        State::Pass(p) => pass_expr(name, p, scope),
        State::Wait(w) => wait_expr(name, w, scope),
        State::Succeed(s) => succeed_expr(name, s, scope),
        State::Fail(f) => fail_expr(name, f, scope),
        State::Choice(c) => choice_expr(name, c, scope),
        State::Parallel(p) => parallel_expr(name, p, scope),
        State::Map(m) => map_expr(name, m, scope),
    }
}

/// A Task: its call (typed where one fits), then its fields.
fn task_expr(name: &str, t: &model::Task, scope: Scope<'_>) -> TokenStream {
    let l = language(t.query_language, scope);
    let parameters = t.parameters.as_ref().or(t.arguments.as_ref());
    let (call, rest) = integrations::call(&t.resource, parameters, l, scope.partition);
    let mut e = quote!(Task::new(#name, #call));
    if let Some(rest) = rest {
        e.extend(quote!(.parameters(#rest)));
    }
    e.extend(common(
        Common {
            comment: &t.comment,
            query_language: t.query_language,
            input_path: &t.input_path,
            output_path: &t.output_path,
            output: &t.output,
            assign: &t.assign,
        },
        l,
    ));
    e.extend(payload("credentials", &t.credentials, l));
    e.extend(payload("result_selector", &t.result_selector, l));
    e.extend(result_path(&t.result_path, "discard_result"));
    e.extend(optional_number(
        "timeout_seconds",
        &t.timeout_seconds,
        &t.timeout_seconds_path,
    ));
    e.extend(optional_number(
        "heartbeat_seconds",
        &t.heartbeat_seconds,
        &t.heartbeat_seconds_path,
    ));
    e.extend(retry(&t.retry));
    e.extend(catch(&t.catch, l));
    e.extend(next(&t.transition));
    e
}

/// A Pass state.
fn pass_expr(name: &str, p: &model::Pass, scope: Scope<'_>) -> TokenStream {
    let l = language(p.query_language, scope);
    let mut e = quote!(Pass::new(#name));
    e.extend(common(
        Common {
            comment: &p.comment,
            query_language: p.query_language,
            input_path: &p.input_path,
            output_path: &p.output_path,
            output: &p.output,
            assign: &p.assign,
        },
        l,
    ));
    e.extend(payload("parameters", &p.parameters, l));
    if let Some(r) = &p.result {
        let r = json(r);
        e.extend(quote!(.result(#r)));
    }
    e.extend(result_path(&p.result_path, "discard_result"));
    e.extend(next(&p.transition));
    e
}

/// A Wait state: seconds or a timestamp, each as a value or a path.
fn wait_expr(name: &str, w: &model::Wait, scope: Scope<'_>) -> TokenStream {
    let l = language(w.query_language, scope);
    let mut e = quote!(Wait::new(#name));
    e.extend(common(
        Common {
            comment: &w.comment,
            query_language: w.query_language,
            input_path: &w.input_path,
            output_path: &w.output_path,
            output: &w.output,
            assign: &w.assign,
        },
        l,
    ));
    e.extend(optional_number("seconds", &w.seconds, &w.seconds_path));
    match (&w.timestamp, &w.timestamp_path) {
        (Some(ts), _) => {
            let ts = text_or_jsonata(ts);
            e.extend(quote!(.until(#ts)));
        }
        (None, Some(p)) => e.extend(quote!(.until(path(#p)))),
        (None, None) => {}
    }
    e.extend(next(&w.transition));
    e
}

/// A Succeed state.
fn succeed_expr(name: &str, s: &model::Succeed, scope: Scope<'_>) -> TokenStream {
    let l = language(s.query_language, scope);
    let mut e = quote!(Succeed::new(#name));
    e.extend(common(
        Common {
            comment: &s.comment,
            query_language: s.query_language,
            input_path: &s.input_path,
            output_path: &s.output_path,
            output: &s.output,
            assign: &None,
        },
        l,
    ));
    e
}

/// A Fail state: its error and cause, each as text or a path.
fn fail_expr(name: &str, f: &model::Fail, scope: Scope<'_>) -> TokenStream {
    let l = language(f.query_language, scope);
    let mut e = quote!(Fail::new(#name));
    e.extend(common(
        Common {
            comment: &f.comment,
            query_language: f.query_language,
            input_path: &None,
            output_path: &None,
            output: &None,
            assign: &None,
        },
        l,
    ));
    for (method, text, path) in [
        ("error", &f.error, &f.error_path),
        ("cause", &f.cause, &f.cause_path),
    ] {
        let method = format_ident!("{method}");
        match (text, path) {
            (Some(t), _) => {
                let t = text_or_jsonata(t);
                e.extend(quote!(.#method(#t)));
            }
            (None, Some(p)) => {
                let p = crate::values::evaluated(p);
                e.extend(quote!(.#method(#p)));
            }
            (None, None) => {}
        }
    }
    e
}

/// A Choice state: each rule as `when`, or as a `Rule` when it has a comment, output or assignments.
fn choice_expr(name: &str, c: &model::Choice, scope: Scope<'_>) -> TokenStream {
    let l = language(c.query_language, scope);
    let mut e = quote!(Choice::new(#name));
    e.extend(common(
        Common {
            comment: &c.comment,
            query_language: c.query_language,
            input_path: &c.input_path,
            output_path: &c.output_path,
            output: &c.output,
            assign: &c.assign,
        },
        l,
    ));
    for rule in &c.choices {
        let condition = condition(rule);
        let target = rule.next.clone().unwrap_or_default();
        if rule.comment.is_none() && rule.output.is_none() && rule.assign.is_none() {
            e.extend(quote!(.when(#condition, goto(#target))));
        } else {
            let mut r = quote!(Rule::new(#condition, goto(#target)));
            if let Some(comment) = &rule.comment {
                r.extend(quote!(.comment(#comment)));
            }
            r.extend(payload("output", &rule.output, l));
            r.extend(payload("assign_all", &rule.assign, l));
            e.extend(quote!(.rule(#r)));
        }
    }
    if let Some(default) = &c.default {
        e.extend(quote!(.otherwise(goto(#default))));
    }
    e
}

/// A Parallel state and its branches.
fn parallel_expr(name: &str, p: &model::Parallel, scope: Scope<'_>) -> TokenStream {
    let l = language(p.query_language, scope);
    let mut e = quote!(Parallel::new(#name));
    e.extend(common(
        Common {
            comment: &p.comment,
            query_language: p.query_language,
            input_path: &p.input_path,
            output_path: &p.output_path,
            output: &p.output,
            assign: &p.assign,
        },
        l,
    ));
    e.extend(payload(
        "parameters",
        &p.parameters.clone().or(p.arguments.clone()),
        l,
    ));
    for branch in &p.branches {
        let body = self::scope(&branch.start_at, &branch.states, scope);
        match &branch.comment {
            Some(comment) => e.extend(quote!(.branch_with_comment(#comment, #body))),
            None => e.extend(quote!(.branch(#body))),
        }
    }
    e.extend(payload("result_selector", &p.result_selector, l));
    e.extend(result_path(&p.result_path, "discard_result"));
    e.extend(retry(&p.retry));
    e.extend(catch(&p.catch, l));
    e.extend(next(&p.transition));
    e
}

fn map_expr(name: &str, m: &model::Map, scope: Scope<'_>) -> TokenStream {
    let l = language(m.query_language, scope);
    let mut e = quote!(Map::new(#name));
    e.extend(common(
        Common {
            comment: &m.comment,
            query_language: m.query_language,
            input_path: &m.input_path,
            output_path: &m.output_path,
            output: &m.output,
            assign: &m.assign,
        },
        l,
    ));
    if let Some(reader) = &m.item_reader {
        let resource = &reader.resource;
        let mut r = quote!(ItemReader::from_resource(#resource));
        if let Some(p) = reader.parameters.as_ref().or(reader.arguments.as_ref()) {
            let p = template(p, l);
            r.extend(quote!(.parameters(#p)));
        }
        if let Some(config) = &reader.reader_config {
            let config = json(config);
            r.extend(quote!(.reader_config(#config)));
        }
        e.extend(quote!(.item_reader(#r)));
    }
    if let Some(p) = &m.items_path {
        e.extend(quote!(.items_path(#p)));
    }
    e.extend(payload("items", &m.items, l));
    e.extend(payload("item_selector", &m.item_selector, l));
    e.extend(payload("parameters", &m.parameters, l));
    if let Some(b) = &m.item_batcher {
        let mut batcher = quote!(ItemBatcher::new());
        batcher.extend(optional_number(
            "max_items",
            &b.max_items_per_batch,
            &b.max_items_per_batch_path,
        ));
        batcher.extend(optional_number(
            "max_bytes",
            &b.max_input_bytes_per_batch,
            &b.max_input_bytes_per_batch_path,
        ));
        batcher.extend(payload("batch_input", &b.batch_input, l));
        e.extend(quote!(.item_batcher(#batcher)));
    }
    let (processor, legacy) = match (&m.item_processor, &m.iterator) {
        (Some(p), _) => (Some(p), false),
        (None, Some(p)) => (Some(p), true),
        (None, None) => (None, false),
    };
    if let Some(p) = processor {
        let body = scope_of(p, scope);
        e.extend(quote!(.processor(#body)));
        if let Some(comment) = &p.comment {
            e.extend(quote!(.processor_comment(#comment)));
        }
        if legacy {
            e.extend(quote!(.legacy_iterator()));
        }
        if let Some(config) = &p.processor_config {
            let mode = match config.mode {
                Some(ProcessorMode::Inline) => quote!(Some(ProcessorMode::Inline)),
                Some(ProcessorMode::Distributed) => quote!(Some(ProcessorMode::Distributed)),
                None => quote!(None),
            };
            let execution = match config.execution_type {
                Some(ExecutionType::Standard) => quote!(Some(ExecutionType::Standard)),
                Some(ExecutionType::Express) => quote!(Some(ExecutionType::Express)),
                None => quote!(None),
            };
            e.extend(quote!(.processor_config(#mode, #execution)));
        }
    }
    e.extend(optional_number(
        "max_concurrency",
        &m.max_concurrency,
        &m.max_concurrency_path,
    ));
    e.extend(optional_number(
        "tolerated_failure_percentage",
        &m.tolerated_failure_percentage,
        &m.tolerated_failure_percentage_path,
    ));
    e.extend(optional_number(
        "tolerated_failure_count",
        &m.tolerated_failure_count,
        &m.tolerated_failure_count_path,
    ));
    if let Some(label) = &m.label {
        e.extend(quote!(.label(#label)));
    }
    if let Some(w) = &m.result_writer {
        let mut writer = quote!(ResultWriter::config_only());
        if let Some(resource) = &w.resource {
            writer.extend(quote!(.resource(#resource)));
        }
        if let Some(p) = w.parameters.as_ref().or(w.arguments.as_ref()) {
            let p = template(p, l);
            writer.extend(quote!(.parameters(#p)));
        }
        if let Some(config) = &w.writer_config {
            let config = json(config);
            writer.extend(quote!(.raw_writer_config(#config)));
        }
        e.extend(quote!(.result_writer(#writer)));
    }
    e.extend(payload("result_selector", &m.result_selector, l));
    e.extend(result_path(&m.result_path, "discard_result"));
    e.extend(retry(&m.retry));
    e.extend(catch(&m.catch, l));
    e.extend(next(&m.transition));
    e
}

fn scope_of(p: &model::ItemProcessor, scope: Scope<'_>) -> TokenStream {
    self::scope(&p.start_at, &p.states, scope)
}

/// A Choice rule's condition (without its `Next`).
fn condition(rule: &ChoiceRule) -> TokenStream {
    if let Some(condition) = &rule.condition {
        return match condition {
            Value::Bool(b) => quote!(Condition::literal(#b)),
            Value::String(s) => quote!(Condition::jsonata(#s)),
            other => {
                let other = other.to_string();
                quote!(Condition::jsonata(#other))
            }
        };
    }
    if let Some(and) = &rule.and {
        let items = and.iter().map(condition);
        return quote!(all([#(#items),*]));
    }
    if let Some(or) = &rule.or {
        let items = or.iter().map(condition);
        return quote!(any([#(#items),*]));
    }
    if let Some(inner) = &rule.not {
        let inner = condition(inner);
        return quote!(not(#inner));
    }
    let variable = rule.variable.clone().unwrap_or_default();
    match rule.comparisons.first() {
        Some(comparison) => {
            let operator = format_ident!("{}", comparison.operator.as_str());
            let value = json(&comparison.value);
            quote!(Condition::operator(#variable, Operator::#operator, #value))
        }
        None => quote!(Condition::jsonata("false")),
    }
}
