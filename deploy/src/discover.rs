//! Finds the workflows of a crate without configuration: every public function with no
//! parameters that returns `Workflow` (or `sfn::Workflow`) in a public module of the library,
//! every public `workflow!`, and every function marked `#[sfn::register]` wherever it is (those
//! are called through `sfn::registered()`, so privacy does not matter). Reads the sources with
//! `syn`; nothing is compiled or run here.

use std::path::{Path, PathBuf};

use syn::{Item, ReturnType, Type, Visibility};

/// A workflow function: its path from the crate root (`orders::order_processing`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: Vec<String>,
    /// Marked `#[sfn::register]`: reached through the registry, not called by path.
    pub registered: bool,
}

impl Found {
    pub fn rust_path(&self) -> String {
        self.path.join("::")
    }
}

/// A source that could not be read or parsed.
#[derive(Debug)]
pub struct SourceError {
    pub file: PathBuf,
    pub message: String,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

/// Walks the module tree from the library root file, reading files with `read`.
pub fn workflows(
    lib_root: &Path,
    read: &dyn Fn(&Path) -> std::io::Result<String>,
) -> Result<Vec<Found>, SourceError> {
    let mut found = Vec::new();
    let dir = lib_root.parent().unwrap_or(Path::new("."));
    let items = parse_file(lib_root, read)?;
    let mut at = At {
        module: Vec::new(),
        dir: dir.to_owned(),
        public: true,
        read,
    };
    walk(&items, &mut at, &mut found)?;
    Ok(found)
}

fn parse_file(
    file: &Path,
    read: &dyn Fn(&Path) -> std::io::Result<String>,
) -> Result<Vec<Item>, SourceError> {
    let text = read(file).map_err(|e| SourceError {
        file: file.to_owned(),
        message: e.to_string(),
    })?;
    syn::parse_file(&text)
        .map(|f| f.items)
        .map_err(|e| SourceError {
            file: file.to_owned(),
            message: format!("{e} (line {})", e.span().start().line),
        })
}

/// Where the walk is: the module path, the folder of its child module files, and whether every
/// module on the way is public.
struct At<'a> {
    module: Vec<String>,
    dir: PathBuf,
    public: bool,
    read: &'a dyn Fn(&Path) -> std::io::Result<String>,
}

impl At<'_> {
    fn found(&self, name: String, registered: bool) -> Found {
        let mut path = self.module.clone();
        path.push(name);
        Found { path, registered }
    }
}

fn walk(items: &[Item], at: &mut At<'_>, found: &mut Vec<Found>) -> Result<(), SourceError> {
    for item in items {
        match item {
            Item::Fn(function) if !is_test_only(&function.attrs) => {
                let registered = is_registered(&function.attrs);
                let public = at.public && is_public(&function.vis);
                if registered || (public && is_workflow_fn(&function.sig)) {
                    found.push(at.found(function.sig.ident.to_string(), registered));
                }
            }
            Item::Macro(invocation) if !is_test_only(&invocation.attrs) => {
                if let Some((vis, name, registered)) = declared_workflow(&invocation.mac)
                    && (registered || (at.public && is_public(&vis)))
                {
                    found.push(at.found(name, registered));
                }
            }
            Item::Mod(child) if !is_test_only(&child.attrs) => {
                let name = child.ident.to_string();
                let (items, dir) = match &child.content {
                    Some((_, inline)) => (inline.clone(), at.dir.join(&name)),
                    None => module_items(&at.dir, &name, &child.attrs, at.read)?,
                };
                let parent_dir = std::mem::replace(&mut at.dir, dir);
                let parent_public = at.public;
                at.public &= is_public(&child.vis);
                at.module.push(name);
                walk(&items, at, found)?;
                at.module.pop();
                at.public = parent_public;
                at.dir = parent_dir;
            }
            _ => {}
        }
    }
    Ok(())
}

fn is_registered(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path()
            .segments
            .last()
            .is_some_and(|s| s.ident == "register")
    })
}

/// The items of `mod name;` and the folder of its own children: `#[path]`, `name.rs` with
/// `name/`, or `name/mod.rs`.
fn module_items(
    dir: &Path,
    name: &str,
    attrs: &[syn::Attribute],
    read: &dyn Fn(&Path) -> std::io::Result<String>,
) -> Result<(Vec<Item>, PathBuf), SourceError> {
    if let Some(path) = path_attribute(attrs) {
        let file = dir.join(path);
        let child_dir = file.parent().unwrap_or(dir).to_owned();
        return Ok((parse_file(&file, read)?, child_dir));
    }
    let flat = dir.join(format!("{name}.rs"));
    let nested = dir.join(name).join("mod.rs");
    let file = if read(&flat).is_ok() { flat } else { nested };
    Ok((parse_file(&file, read)?, dir.join(name)))
}

fn path_attribute(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| {
        let syn::Meta::NameValue(nv) = &attr.meta else {
            return None;
        };
        if !nv.path.is_ident("path") {
            return None;
        }
        match &nv.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => None,
        }
    })
}

fn is_public(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

/// `#[cfg(test)]` items are not part of the library others link against.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && attr
                .parse_args::<syn::Ident>()
                .is_ok_and(|ident| ident == "test")
    })
}

/// The function a `workflow! { pub fn name() -> "machine" { .. } }` invocation declares: its
/// visibility, name, and whether it is marked `#[sfn::register]`.
fn declared_workflow(mac: &syn::Macro) -> Option<(Visibility, String, bool)> {
    if mac
        .path
        .segments
        .last()
        .is_none_or(|s| s.ident != "workflow")
    {
        return None;
    }
    let header = |input: syn::parse::ParseStream| {
        let attrs = input.call(syn::Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        input.parse::<syn::Token![fn]>()?;
        let ident: syn::Ident = input.parse()?;
        input.parse::<proc_macro2::TokenStream>()?;
        Ok((vis, ident.to_string(), is_registered(&attrs)))
    };
    mac.parse_body_with(header).ok()
}

fn is_workflow_fn(sig: &syn::Signature) -> bool {
    if !sig.inputs.is_empty() || !sig.generics.params.is_empty() || sig.asyncness.is_some() {
        return false;
    }
    let ReturnType::Type(_, ty) = &sig.output else {
        return false;
    };
    let Type::Path(path) = ty.as_ref() else {
        return false;
    };
    path.qself.is_none()
        && path
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident == "Workflow" && s.arguments.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn find(files: &[(&str, &str)]) -> Result<Vec<String>, String> {
        let files: HashMap<PathBuf, String> = files
            .iter()
            .map(|(p, t)| (PathBuf::from(p), (*t).to_owned()))
            .collect();
        let read = |p: &Path| {
            files
                .get(p)
                .cloned()
                .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"))
        };
        workflows(Path::new("src/lib.rs"), &read)
            .map(|found| found.iter().map(Found::rust_path).collect())
            .map_err(|e| e.to_string())
    }

    #[test]
    fn finds_public_workflow_functions_in_public_modules() {
        let found = find(&[
            (
                "src/lib.rs",
                "pub mod orders; mod private; pub fn root() -> sfn::Workflow { todo!() }
                 pub fn helper(x: u32) -> Workflow { todo!() }
                 fn hidden() -> Workflow { todo!() }
                 pub mod inline { pub fn nested() -> Workflow { todo!() } }
                 #[cfg(test)] pub mod tests { pub fn t() -> Workflow { todo!() } }
                 sfn::workflow! { /// docs
                     pub fn declared() -> \"declared\" { start \"A\"; \"A\": Succeed; } }
                 workflow! { fn private_declared() -> \"p\" { start \"A\"; \"A\": Succeed; } }
                 other! { pub fn not_a_workflow() -> Workflow { todo!() } }",
            ),
            ("src/orders/mod.rs", "pub fn order_processing() -> Workflow { todo!() } pub fn chain() -> Chain { todo!() }"),
            ("src/private.rs", "pub fn invisible() -> Workflow { todo!() }
                 #[sfn::register] fn registered() -> Workflow { todo!() }
                 workflow! { #[register] fn declared_here() -> \"d\" { start \"A\"; \"A\": Succeed; } }"),
        ])
        .unwrap();
        assert_eq!(
            found,
            [
                "orders::order_processing",
                "private::registered",
                "private::declared_here",
                "root",
                "inline::nested",
                "declared"
            ]
        );
    }

    #[test]
    fn a_syntax_error_names_the_file_and_line() {
        let error = find(&[
            ("src/lib.rs", "pub mod a;"),
            ("src/a/mod.rs", "\n\npub fn ("),
        ])
        .unwrap_err();
        assert!(
            error.starts_with("src/a/mod.rs:") && error.contains("line 3"),
            "{error}"
        );
    }
}
