//! The grammar of `workflow!`: a function header, workflow settings, and scopes of named states
//! whose bodies are ordinary builder calls.
//!
//! ```text
//! workflow! {
//!     /// docs
//!     pub fn name() -> "machine-name" {
//!         comment("...");          // settings: Workflow methods, in order
//!         input_type::<Order>();
//!         express;
//!         start "First";
//!         "First": Task(lambda::invoke(..)).result_path("$.r").next("Second");
//!         "Second": Parallel.branch({ start "A"; "A": Pass; });
//!     }
//! }
//! ```

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, Ident, LitStr, Token, Visibility, braced, parenthesized};

/// The whole invocation.
#[derive(Clone)]
pub struct WorkflowDef {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub machine_name: LitStr,
    pub settings: Vec<Setting>,
    pub body: Scope,
}

/// A `Workflow` method applied after the machine is assembled: `comment("..")`, `express`.
#[derive(Clone)]
pub struct Setting {
    pub name: Ident,
    /// `::<Order>` of `input_type::<Order>()`.
    pub turbofish: Option<syn::AngleBracketedGenericArguments>,
    pub args: Punctuated<Expr, Token![,]>,
}

/// `start "Name";` followed by the states of one `States` object.
#[derive(Clone)]
pub struct Scope {
    pub start_keyword: Ident,
    pub start: LitStr,
    pub states: Vec<StateDef>,
}

/// `"Name": Kind(args) .method(args)* ;`
#[derive(Clone)]
pub struct StateDef {
    pub name: LitStr,
    pub kind: Ident,
    pub args: Punctuated<Expr, Token![,]>,
    pub methods: Vec<Method>,
}

/// One builder call on a state.
#[derive(Clone)]
pub struct Method {
    pub name: Ident,
    /// `::<T>` of `.result_type::<T>()`.
    pub turbofish: Option<syn::AngleBracketedGenericArguments>,
    pub args: Vec<Arg>,
}

/// A method argument: a Rust expression, or a nested scope (a Parallel branch, a Map's
/// processor) written as `{ start ..; states }`.
#[derive(Clone)]
pub enum Arg {
    Expr(Expr),
    Scope(Scope),
}

impl Parse for WorkflowDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        input.parse::<Token![fn]>()?;
        let ident = input.parse()?;
        let empty;
        parenthesized!(empty in input);
        if !empty.is_empty() {
            return Err(empty.error("a workflow function takes no arguments"));
        }
        input.parse::<Token![->]>()?;
        let machine_name = input.parse::<LitStr>().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected the state machine's name as a string literal: `-> \"my-machine\"`",
            )
        })?;
        let content;
        braced!(content in input);
        let mut settings = Vec::new();
        while !is_start(&content) {
            if content.is_empty() {
                return Err(content.error("expected `start \"First state\";`"));
            }
            settings.push(content.parse()?);
        }
        let body = content.parse()?;
        if !input.is_empty() {
            return Err(input.error("one workflow per `workflow!`"));
        }
        Ok(WorkflowDef {
            attrs,
            vis,
            ident,
            machine_name,
            settings,
            body,
        })
    }
}

/// `(a, b)` when present, else no arguments (`Pass`, `express`).
fn optional_args(input: ParseStream) -> syn::Result<Punctuated<Expr, Token![,]>> {
    if !input.peek(syn::token::Paren) {
        return Ok(Punctuated::new());
    }
    let inner;
    parenthesized!(inner in input);
    Punctuated::parse_terminated(&inner)
}

fn turbofish(input: ParseStream) -> syn::Result<Option<syn::AngleBracketedGenericArguments>> {
    if input.peek(Token![::]) {
        syn::AngleBracketedGenericArguments::parse_turbofish(input).map(Some)
    } else {
        Ok(None)
    }
}

fn is_start(input: ParseStream) -> bool {
    input
        .fork()
        .parse::<Ident>()
        .is_ok_and(|ident| ident == "start")
}

impl Parse for Setting {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name: Ident = input.parse()?;
        let turbofish = turbofish(input)?;
        let args = optional_args(input)?;
        input.parse::<Token![;]>()?;
        Ok(Setting {
            name,
            turbofish,
            args,
        })
    }
}

impl Parse for Scope {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let start_keyword: Ident = input.parse()?;
        if start_keyword != "start" {
            return Err(syn::Error::new(
                start_keyword.span(),
                "expected `start \"First state\";`",
            ));
        }
        let start = input.parse()?;
        input.parse::<Token![;]>()?;
        let mut states = Vec::new();
        while !input.is_empty() {
            states.push(input.parse()?);
        }
        Ok(Scope {
            start_keyword,
            start,
            states,
        })
    }
}

impl Parse for StateDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name = input.parse::<LitStr>().map_err(|error| {
            syn::Error::new(
                error.span(),
                "expected a state: `\"Name\": Kind(..).method(..);`",
            )
        })?;
        input.parse::<Token![:]>()?;
        let kind = input.parse()?;
        let args = optional_args(input)?;
        let mut methods = Vec::new();
        while input.peek(Token![.]) {
            input.parse::<Token![.]>()?;
            methods.push(input.parse()?);
        }
        input.parse::<Token![;]>()?;
        Ok(StateDef {
            name,
            kind,
            args,
            methods,
        })
    }
}

impl Parse for Method {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name = input.parse()?;
        let turbofish = turbofish(input)?;
        let inner;
        parenthesized!(inner in input);
        let mut args = Vec::new();
        while !inner.is_empty() {
            args.push(inner.parse()?);
            if inner.is_empty() {
                break;
            }
            inner.parse::<Token![,]>()?;
        }
        Ok(Method {
            name,
            turbofish,
            args,
        })
    }
}

impl Parse for Arg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(syn::token::Brace) {
            let fork = input.fork();
            let inner;
            braced!(inner in fork);
            if is_start(&inner) {
                let inner;
                braced!(inner in input);
                return Ok(Arg::Scope(inner.parse()?));
            }
        }
        Ok(Arg::Expr(input.parse()?))
    }
}

impl StateDef {
    /// Every token of the state's arguments, for scans that look for a literal or a name.
    pub fn tokens(&self) -> TokenStream {
        let mut tokens = TokenStream::new();
        for arg in &self.args {
            tokens.extend(quote::quote!(#arg));
        }
        for method in &self.methods {
            for arg in &method.args {
                if let Arg::Expr(expr) = arg {
                    tokens.extend(quote::quote!(#expr));
                }
            }
        }
        tokens
    }

    pub fn method(&self, name: &str) -> impl Iterator<Item = &Method> {
        self.methods
            .iter()
            .filter(move |method| method.name == name)
    }
}

/// Calls `found` with every identifier and string literal in `tokens`, in order, descending into
/// groups (but not into nested scopes, which are checked on their own).
pub fn walk_tokens(tokens: TokenStream, found: &mut dyn FnMut(&TokenTree, Option<&TokenTree>)) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (index, tree) in trees.iter().enumerate() {
        found(tree, trees.get(index + 1));
        if let TokenTree::Group(group) = tree {
            walk_tokens(group.stream(), found);
        }
    }
}

/// The string literal of a token, if it is one.
pub fn string_literal(tree: &TokenTree) -> Option<(String, Span)> {
    let TokenTree::Literal(literal) = tree else {
        return None;
    };
    let parsed = syn::parse_str::<LitStr>(&literal.to_string()).ok()?;
    Some((parsed.value(), literal.span()))
}
