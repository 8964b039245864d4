//! The workspace's floors, checked: no two source files import each other. A file imports
//! another when its code (comments and its own `#[cfg(test)] mod tests` left out) names an
//! item through `crate::` or `super::` that lives in that file. Declaring a child module
//! (`mod x;`) is not an import.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const CRATES: [&str; 9] = [
    "codegen", "executor", "view", "dsl", "macros", "import", "deploy", "examples", "tests",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file under `src`: `a/b.rs` and `a/b/mod.rs` are `[a, b]`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut segments: Vec<String> = relative
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    if matches!(
        segments.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        segments.pop();
    }
    segments
}

/// The file that holds the longest prefix of `segments` (a module, or the item's module).
fn file_of(src: &Path, segments: &[String]) -> Option<PathBuf> {
    (1..=segments.len()).rev().find_map(|n| {
        let base = segments[..n].iter().fold(src.to_owned(), |p, s| p.join(s));
        [base.with_extension("rs"), base.join("mod.rs")]
            .into_iter()
            .find(|candidate| candidate.is_file())
    })
}

/// The code of a file without comments and without its inline test module.
fn code_of(text: &str) -> String {
    let text = text
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    text.lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::a::b` and `super::a` path written in `code`, as segments after the root.
fn paths_in(code: &str) -> Vec<(bool, Vec<String>)> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    for root in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(root).map(|i| i + from) {
            from = at + root.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || b"_:".contains(&bytes[at - 1])) {
                continue;
            }
            let rest: String = code[from..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let segments = rest
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            out.push((root == "super::", segments));
        }
    }
    out
}

fn imports() -> BTreeSet<(PathBuf, PathBuf)> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut edges = BTreeSet::new();
    for krate in CRATES {
        let src = workspace.join(krate).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for file in &files {
            let module = module_of(&src, file);
            let code = code_of(&std::fs::read_to_string(file).unwrap());
            for (is_super, segments) in paths_in(&code) {
                let mut base = if is_super {
                    module[..module.len().saturating_sub(1)].to_vec()
                } else {
                    Vec::new()
                };
                let mut segments = segments.as_slice();
                while segments.first().is_some_and(|s| s == "super") {
                    base.pop();
                    segments = &segments[1..];
                }
                base.extend(segments.iter().cloned());
                if let Some(target) = file_of(&src, &base)
                    && &target != file
                {
                    let name = |p: &Path| p.strip_prefix(workspace).unwrap().to_owned();
                    edges.insert((name(file), name(&target)));
                }
            }
        }
    }
    edges
}

#[test]
fn no_two_files_import_each_other() {
    let edges = imports();
    let cycles: Vec<String> = edges
        .iter()
        .filter(|(a, b)| a < b && edges.contains(&(b.clone(), a.clone())))
        .map(|(a, b)| format!("{} <-> {}", a.display(), b.display()))
        .collect();
    assert_eq!(cycles, Vec::<String>::new());
}

#[test]
fn the_checker_sees_an_import_both_ways() {
    let code = "use crate::a::b::{C, D};\nfn f() { super::super::x::y(); }\n// crate::not::this";
    assert_eq!(
        paths_in(&code_of(code)),
        [
            (false, vec!["a".into(), "b".into()]),
            (true, vec!["super".into(), "x".into(), "y".into()]),
        ]
    );
}
