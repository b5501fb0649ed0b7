//! Valid UTF-8 text straight into the parser, skipping source decoding, so
//! the fuzzer spends its effort on the layout pass and the grammar.
#![no_main]

use libfuzzer_sys::{Corpus, fuzz_target};

fuzz_target!(|data: &[u8]| -> Corpus {
    // Inputs that are not UTF-8 never reach the parser; keep them out of
    // the corpus so mutation stays on text.
    let Ok(text) = std::str::from_utf8(data) else {
        return Corpus::Reject;
    };
    match krait_frontend::parse_module(text) {
        Ok(module) => {
            let _ = krait_frontend::dump::dump_module(&module);
        }
        Err(err) => {
            let _ = err.render("<fuzz>", text);
        }
    }
    Corpus::Keep
});
