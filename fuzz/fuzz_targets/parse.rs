//! Raw bytes through the whole front end: source decoding (coding cookies,
//! BOM), layout, grammar, AST building, then the printing paths: `dump` on
//! success, `SyntaxError::render` on failure.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, result) = krait_frontend::parse_bytes(data);
    match result {
        Ok(module) => {
            let _ = krait_frontend::dump::dump_module(&module);
        }
        Err(err) => {
            let _ = err.render("<fuzz>", &text);
        }
    }
});
