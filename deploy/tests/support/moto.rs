//! The local AWS stand-in, provisioned by the tests themselves: the pinned moto is installed
//! once into a virtual environment under the target folder (in the manner of testcontainers,
//! with Python packages instead of images), so `cargo test` passes on a machine where nobody
//! installed it. `SFN_MOTO_SERVER=/path/to/moto_server` uses another installation instead.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// The version the tests are written against: 5.2.1 fails every StartExecution after the
/// first; 5.2.5 runs them.
pub const VERSION: &str = "5.2.5";

/// The `moto_server` executable to start, installed on first use.
pub fn server() -> PathBuf {
    static SERVER: OnceLock<PathBuf> = OnceLock::new();
    SERVER
        .get_or_init(|| {
            if let Some(path) = std::env::var_os("SFN_MOTO_SERVER") {
                return PathBuf::from(path);
            }
            let home = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("moto-{VERSION}"));
            install(&home).unwrap_or_else(|problem| panic!("{}", explain(&home, &problem)))
        })
        .clone()
}

/// Installs moto into `home/venv` unless a complete installation is there; several test
/// processes may ask at once, so the work happens under a file lock.
fn install(home: &Path) -> Result<PathBuf, String> {
    let venv = home.join("venv");
    let server = venv.join("bin").join("moto_server");
    let done = home.join("installed");
    if done.exists() && server.exists() {
        return Ok(server);
    }
    std::fs::create_dir_all(home).map_err(|e| format!("cannot create {}: {e}", home.display()))?;
    let lock = File::create(home.join("lock"))
        .and_then(|file| file.lock().map(|()| file))
        .map_err(|e| format!("cannot lock {}: {e}", home.display()))?;
    if done.exists() && server.exists() {
        return Ok(server);
    }
    // Straight to stderr: the test harness captures `eprintln!`, and this wait should show.
    let _ = writeln!(
        std::io::stderr(),
        "deploy tests: installing moto {VERSION} (the local AWS stand-in) into {} - once, about a minute",
        venv.display()
    );
    // A half-made environment from an interrupted install is started over.
    let _ = std::fs::remove_dir_all(&venv);
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned());
    run(Command::new(&python).args(["-m", "venv"]).arg(&venv))?;
    run(Command::new(venv.join("bin").join("python")).args([
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        &format!("moto[server]=={VERSION}"),
    ]))?;
    if !server.exists() {
        return Err(format!("pip finished but {} is missing", server.display()));
    }
    std::fs::write(&done, VERSION).map_err(|e| format!("cannot write {}: {e}", done.display()))?;
    drop(lock);
    Ok(server)
}

fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let output = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{shown} could not start: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "{shown} failed ({}):\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    ))
}

fn explain(home: &Path, problem: &str) -> String {
    format!(
        "the deploy tests need moto {VERSION} and could not install it into {}:\n{problem}\n\
         They need Python 3 with its `venv` module (on Debian: apt-get install python3-venv) and \
         access to the Python package registry; or point SFN_MOTO_SERVER at a moto_server {VERSION}.",
        home.display()
    )
}
