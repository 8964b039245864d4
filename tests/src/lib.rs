//! Test-only crate: the cross-crate tests live in `tests/tests/`.
