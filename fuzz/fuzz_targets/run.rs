//! Raw bytes run as a program: the whole front end, lowering to the IR and
//! the interpreter, output discarded. A step limit turns runaway loops into
//! an exception, so a hang here is a single operation that never ends.
//! Reference cycles leak until the cycle collector exists: run with
//! `-detect_leaks=0`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = krait::RunOptions {
        argv: vec!["fuzz.py".into()],
        step_limit: Some(100_000),
        leak_check: false,
    };
    let _ = krait::run_source("fuzz.py", data, &opts, &mut std::io::sink(), &mut std::io::sink());
});
