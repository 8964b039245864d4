pub mod chromium;
pub mod workloads;
