//! `cargo sfn new PATH`: a crate with one workflow, its payload types, `sfn.toml`, a test and
//! a README, in which `cargo test` and `cargo sfn build` pass at once (as `cargo lambda new`
//! does for functions). The files are `templates/new/*.in` with `{{name}}`-style holes.

use std::path::{Path, PathBuf};

use crate::outcome::Outcome;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The folder to create; its last part names the crate and the state machine.
    pub path: PathBuf,
    /// The `sfn` crate to depend on, as a path (default: the one this `cargo sfn` was built
    /// from when it is still there, else the published version).
    #[arg(long)]
    pub sfn_path: Option<PathBuf>,
}

/// Each file of the new crate and its template.
const FILES: &[(&str, &str)] = &[
    (
        "Cargo.toml",
        include_str!("../../templates/new/Cargo.toml.in"),
    ),
    ("src/lib.rs", include_str!("../../templates/new/lib.rs.in")),
    (
        "tests/workflow.rs",
        include_str!("../../templates/new/workflow_test.rs.in"),
    ),
    ("sfn.toml", include_str!("../../templates/new/sfn.toml.in")),
    (
        "README.md",
        include_str!("../../templates/new/README.md.in"),
    ),
    (
        ".gitignore",
        include_str!("../../templates/new/gitignore.in"),
    ),
];

pub fn run(args: &Args) -> crate::outcome::Result {
    let name = crate_name(&args.path)?;
    if args.path.exists()
        && std::fs::read_dir(&args.path).is_ok_and(|mut entries| entries.next().is_some())
    {
        return Err(format!(
            "{} already exists and is not empty; choose a new folder",
            args.path.display()
        )
        .into());
    }
    let sfn = SfnSource::choose(args.sfn_path.as_deref())?;
    let holes = Holes {
        name: name.clone(),
        function: name.replace('-', "_"),
        sfn_dependency: sfn.dependency(&[]),
        sfn_dev_dependency: sfn.dependency(&["run"]),
    };
    for (file, template) in FILES {
        let path = args.path.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, holes.fill(template))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    // A path to this workspace's `sfn`: start from the versions it is tested with.
    if let SfnSource::Path(dir) = &sfn
        && let Some(lock) = dir.parent().map(|root| root.join("Cargo.lock"))
        && lock.exists()
    {
        std::fs::copy(&lock, args.path.join("Cargo.lock"))
            .map_err(|e| format!("cannot copy {}: {e}", lock.display()))?;
    }
    eprintln!(
        "     Created workflow crate `{name}` in {}\n\n  cd {} && cargo test && cargo sfn build",
        args.path.display(),
        args.path.display()
    );
    Ok(Outcome::Done)
}

/// A crate name from the folder's last part: Cargo's rules, which also make a valid state
/// machine name and (with `-` as `_`) a Rust function name.
fn crate_name(path: &Path) -> Result<String, String> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| format!("{} does not end in a folder name", path.display()))?;
    let starts_with_letter = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    let allowed = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !starts_with_letter || !allowed || name.len() > 64 {
        return Err(format!(
            "`{name}` cannot name a crate and a state machine: use letters, digits, `-` and `_`, starting with a letter (at most 64)"
        ));
    }
    let function = name.replace('-', "_");
    if syn::parse_str::<syn::Ident>(&function).is_err() {
        return Err(format!(
            "`{name}` is a Rust keyword; it cannot name the workflow function"
        ));
    }
    Ok(name.to_owned())
}

/// Where the new crate's `sfn` comes from.
enum SfnSource {
    Path(PathBuf),
    Published,
}

impl SfnSource {
    fn choose(given: Option<&Path>) -> Result<SfnSource, String> {
        if let Some(dir) = given {
            let dir = dir
                .canonicalize()
                .map_err(|e| format!("--sfn-path {}: {e}", dir.display()))?;
            if !dir.join("Cargo.toml").exists() {
                return Err(format!("--sfn-path {}: no Cargo.toml there", dir.display()));
            }
            return Ok(SfnSource::Path(dir));
        }
        // Installed from a checkout (`cargo install --path deploy`): that checkout's `sfn`.
        let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../dsl");
        match built_from.join("Cargo.toml").exists() {
            true => Ok(built_from
                .canonicalize()
                .map(SfnSource::Path)
                .unwrap_or(SfnSource::Published)),
            false => Ok(SfnSource::Published),
        }
    }

    /// The dependency line, with `features`.
    fn dependency(&self, features: &[&str]) -> String {
        let source = match self {
            SfnSource::Path(dir) => format!("path = {:?}", dir.display().to_string()),
            SfnSource::Published => format!("version = \"{}\"", env!("CARGO_PKG_VERSION")),
        };
        let features = match features {
            [] => String::new(),
            list => format!(", features = {list:?}"),
        };
        format!("sfn = {{ {source}{features} }}")
    }
}

struct Holes {
    name: String,
    function: String,
    sfn_dependency: String,
    sfn_dev_dependency: String,
}

impl Holes {
    fn fill(&self, template: &str) -> String {
        template
            .replace("{{name}}", &self.name)
            .replace("{{crate}}", &self.function)
            .replace("{{function}}", &self.function)
            .replace("{{sfn_dependency}}", &self.sfn_dependency)
            .replace("{{sfn_dev_dependency}}", &self.sfn_dev_dependency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_cargo_and_state_machine_rules() {
        assert_eq!(crate_name(Path::new("x/order-flow")).unwrap(), "order-flow");
        assert!(
            crate_name(Path::new("1orders"))
                .unwrap_err()
                .contains("starting with a letter")
        );
        assert!(crate_name(Path::new("or ders")).is_err());
        assert!(
            crate_name(Path::new("match"))
                .unwrap_err()
                .contains("keyword")
        );
    }

    #[test]
    fn every_hole_is_filled() {
        let holes = Holes {
            name: "order-flow".into(),
            function: "order_flow".into(),
            sfn_dependency: "sfn = \"0.1.0\"".into(),
            sfn_dev_dependency: "sfn = { version = \"0.1.0\", features = [\"run\"] }".into(),
        };
        for (file, template) in FILES {
            let filled = holes.fill(template);
            assert!(!filled.contains("{{"), "{file}: {filled}");
        }
    }
}
