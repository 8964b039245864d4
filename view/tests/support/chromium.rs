//! A real headless Chromium for the page tests, provisioned by the tests themselves as the
//! deploy tests provision moto: the distribution's package (`chromium`) is installed once
//! when no browser is found, so `cargo test` passes on a fresh machine.
//! `SFN_CHROMIUM=/path/to/chromium` uses another browser instead.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};

use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::{Browser, LaunchOptions, Tab};

/// The browser executable, installed on first use.
pub fn executable() -> PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| find().unwrap_or_else(|| install().unwrap_or_else(|e| panic!("{e}"))))
        .clone()
}

fn find() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SFN_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// `apt-get install chromium`, once (after `apt-get update` when the package lists are
/// stale), as root or through passwordless sudo.
fn install() -> Result<PathBuf, String> {
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        b"view tests: installing Chromium from the distribution's packages - once, about a minute\n",
    );
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0"));
    let apt = |args: &[&str]| {
        let mut command = if root {
            Command::new("apt-get")
        } else {
            let mut sudo = Command::new("sudo");
            sudo.args(["-n", "apt-get"]);
            sudo
        };
        command
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("apt-get could not start: {e}"))
    };
    let install = ["install", "-y", "-q", "chromium"];
    if !apt(&install)?.status.success() {
        apt(&["update", "-q"])?;
        let output = apt(&install)?;
        if !output.status.success() {
            return Err(format!(
                "the page tests need Chromium and `apt-get install chromium` failed:\n{}\n\
                 Install it, or point SFN_CHROMIUM at a Chromium or Chrome.",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    find().ok_or_else(|| "chromium was installed but /usr/bin/chromium is missing".to_owned())
}

/// A headless browser with one tab that records every console message and uncaught
/// exception of the pages it opens.
pub struct Page {
    // Kept alive for the tab's sake.
    _browser: Browser,
    pub tab: Arc<Tab>,
    problems: Arc<Mutex<Vec<String>>>,
}

impl Page {
    /// Opens `file` and waits until the page says it has drawn everything.
    pub fn open(file: &Path) -> Page {
        // As this machine's probe starts it: no sandbox as root, and no background
        // connections, which a closed network refuses.
        let args: Vec<&OsStr> = [
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ]
        .into_iter()
        .map(OsStr::new)
        .collect();
        let options = LaunchOptions::default_builder()
            .path(Some(executable()))
            .headless(true)
            .sandbox(false)
            .window_size(Some((1400, 1000)))
            .args(args)
            .build()
            .expect("launch options");
        let browser = Browser::new(options).expect("Chromium starts");
        let tab = browser.new_tab().expect("a tab");
        let problems = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&problems);
        tab.enable_runtime().expect("runtime events");
        tab.enable_log().expect("log events");
        tab.add_event_listener(Arc::new(move |event: &Event| {
            let problem = match event {
                Event::RuntimeExceptionThrown(e) => Some(format!(
                    "exception: {}",
                    e.params
                        .exception_details
                        .exception
                        .as_ref()
                        .and_then(|x| x.description.clone())
                        .unwrap_or_else(|| e.params.exception_details.text.clone())
                )),
                Event::RuntimeConsoleAPICalled(e) => Some(format!(
                    "console.{:?}: {:?}",
                    e.params.Type,
                    e.params
                        .args
                        .iter()
                        .map(|a| a.value.clone())
                        .collect::<Vec<_>>()
                )),
                Event::LogEntryAdded(e) => Some(format!(
                    "log {:?}: {}",
                    e.params.entry.level, e.params.entry.text
                )),
                _ => None,
            };
            if let Some(problem) = problem {
                seen.lock().unwrap().push(problem);
            }
        }))
        .expect("a listener");
        let url = format!("file://{}", file.display());
        tab.navigate_to(&url)
            .and_then(|t| t.wait_until_navigated())
            .expect("the page loads");
        tab.wait_for_element("body[data-ready='true']")
            .expect("the page draws itself");
        Page {
            _browser: browser,
            tab,
            problems,
        }
    }

    /// Console messages and exceptions so far (a page that works logs nothing).
    pub fn problems(&self) -> Vec<String> {
        self.problems.lock().unwrap().clone()
    }

    /// The value of a JavaScript expression, as JSON.
    pub fn eval(&self, expression: &str) -> serde_json::Value {
        let wrapped = format!("JSON.stringify((() => {{ return {expression}; }})())");
        let result = self.tab.evaluate(&wrapped, false).expect("evaluates");
        let text = result
            .value
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_else(|| "null".to_owned());
        serde_json::from_str(&text).expect("JSON")
    }

    /// Clicks the element `selector` finds, as a user does (a real mouse event at its centre).
    pub fn click(&self, selector: &str) {
        self.tab
            .wait_for_element(selector)
            .and_then(|e| e.click().map(|_| ()))
            .unwrap_or_else(|e| panic!("cannot click {selector}: {e}"));
    }

    /// A PNG of the whole page, kept as a test artifact.
    pub fn screenshot(&self, file: &Path) {
        use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
        let png = self
            .tab
            .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
            .expect("a screenshot");
        std::fs::write(file, png).expect("the screenshot is written");
    }
}

/// Where the tests keep their pages and screenshots: `target/sfn-view/`.
pub fn artifacts() -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map_or_else(
            || PathBuf::from(env!("CARGO_TARGET_TMPDIR")),
            Path::to_owned,
        )
        .join("sfn-view");
    std::fs::create_dir_all(&folder).expect("the artifacts folder");
    folder
}
