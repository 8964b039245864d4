//! What a long command shows while it works: lines on stderr for people, a progress bar
//! while a rollout step is watched (drawn only on a terminal); only warnings and errors
//! with `--quiet`.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

#[derive(Debug, Clone, Copy)]
pub struct Progress {
    quiet: bool,
}

impl Progress {
    pub fn new(quiet: bool) -> Progress {
        Progress { quiet }
    }

    pub fn say(&self, line: &str) {
        if !self.quiet {
            eprintln!("{line}");
        }
    }

    /// A warning or an error: shown even when quiet.
    pub fn warn(&self, line: &str) {
        eprintln!("{line}");
    }

    /// A bar for a wait of `length`.
    pub fn waiting(&self, message: &str, length: Duration) -> Bar {
        let bar = if self.quiet {
            ProgressBar::hidden()
        } else {
            // indicatif draws nothing when stderr is not a terminal.
            ProgressBar::new(length.as_secs().max(1))
        };
        bar.set_style(
            ProgressStyle::with_template("  {msg} [{bar:30}] {elapsed} of {len}s")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_message(message.to_owned());
        Bar(bar)
    }
}

#[derive(Debug)]
pub struct Bar(ProgressBar);

impl Bar {
    pub fn set(&self, elapsed: Duration) {
        self.0.set_position(elapsed.as_secs());
    }

    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}
