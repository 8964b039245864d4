//! Parse and validate arbitrary text; render every finding's source range. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let report = sfn_codegen::check(text, &sfn_codegen::Options::default());
    if !report.diagnostics.is_empty() {
        let source = sfn_codegen::span::SourceMap::new(text);
        for diagnostic in &report.diagnostics {
            if let Some(range) = source.range_of(diagnostic) {
                assert!(range.start <= range.end && range.end <= text.len());
                let _ = source.line_column(range.start);
            }
            let _ = diagnostic.to_string();
        }
    }
    if let Some(machine) = report.machine {
        // What we emit must parse back to the same model.
        let emitted = sfn_codegen::emit::to_string(&machine);
        let again = sfn_codegen::parse::parse(&emitted).machine.expect("emitted form parses");
        assert_eq!(sfn_codegen::emit::to_string(&again), emitted);
    }
});
