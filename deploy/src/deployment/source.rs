//! The workflows to deploy: `cargo sfn build`'s folders (`<name>/definition.asl.json` with its
//! `workflow.json`) or a single definition file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sfn_codegen::MachineType;
use sfn_codegen::manifest::{self, BuildManifest};
use sfn_codegen::pipeline::Refuse;

/// One workflow as compiled, before the environment's settings apply.
#[derive(Debug, Clone)]
pub struct Workflow {
    pub name: String,
    pub machine_type: MachineType,
    pub definition: String,
    /// Where the definition was read, for messages.
    pub path: PathBuf,
    /// Targets declared by states (`allow_resources`), by state name.
    pub allowed: BTreeMap<String, Vec<String>>,
    /// Roles declared by states (`pass_roles`), by state name.
    pub pass_roles: BTreeMap<String, Vec<String>>,
    /// What refuses the definition before any AWS call: what certainly fails at run time
    /// too, unless the command line allows it.
    pub refuse: Refuse,
}

/// Reads every `<name>/definition.asl.json` with a `workflow.json` under `dir`, sorted by
/// name; `only` keeps those names.
pub fn from_build(dir: &Path, only: &[String]) -> Result<Vec<Workflow>, String> {
    let io = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    let mut found = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| io(dir, e))?;
    for entry in entries {
        let folder = entry.map_err(|e| io(dir, e))?.path();
        let manifest_path = folder.join(manifest::FILE_NAME);
        if !manifest_path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&manifest_path).map_err(|e| io(&manifest_path, e))?;
        let manifest: BuildManifest =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
        if !only.is_empty() && !only.contains(&manifest.name) {
            continue;
        }
        let path = folder.join("definition.asl.json");
        let definition = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
        found.push(Workflow {
            machine_type: manifest.machine_type,
            name: manifest.name,
            definition,
            path,
            allowed: manifest.allow_resources,
            pass_roles: manifest.pass_roles,
            refuse: Refuse::CertainFailures,
        });
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    for name in only {
        if !found.iter().any(|w| &w.name == name) {
            let known: Vec<&str> = found.iter().map(|w| w.name.as_str()).collect();
            return Err(format!(
                "no workflow `{name}` in {} (built: {})",
                dir.display(),
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            ));
        }
    }
    Ok(found)
}

/// A single definition file deployed as `name`.
pub fn from_file(path: &Path, name: String, machine_type: MachineType) -> Result<Workflow, String> {
    let definition =
        crate::commands::read_source(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Workflow {
        name,
        machine_type,
        definition,
        path: path.to_owned(),
        allowed: BTreeMap::new(),
        pass_roles: BTreeMap::new(),
        refuse: Refuse::CertainFailures,
    })
}
