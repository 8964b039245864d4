//! What a deployment should be and how it differs from what is deployed: pure, so every
//! decision (what to create, update, publish, route) is unit-tested without AWS. The calls
//! live in `crate::aws`.

pub mod bindings;
pub mod current;
pub mod desired;
pub mod drift;
pub mod plan;
pub mod plan_file;
pub mod routing;
pub mod source;
