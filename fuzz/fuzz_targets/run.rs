//! Raw bytes run as a program: the whole front end, lowering to the IR, and
//! the interpreter with the JIT compiling every function it supports at its
//! first call (`--jit=always`), output discarded. A step limit (counted by
//! compiled code too: loop iterations and calls) turns runaway loops into
//! an exception, so a hang here is a single operation that never ends.
//! Reference cycles leak until the cycle collector exists, and some inputs
//! are legitimately endless (`3 ** 0xFFFFFFF`), so run it as
//!
//! ```text
//! ASAN_OPTIONS=detect_leaks=0 cargo fuzz run -a run -- -fork=1 \
//!     -ignore_timeouts=1 -ignore_ooms=1 -detect_leaks=0 -timeout=10 \
//!     -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=4096 -dict=python.dict
//! ```
//!
//! (fork mode does not pass `-detect_leaks=0` to its children).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = krait::RunOptions {
        argv: vec!["fuzz.py".into()],
        step_limit: Some(100_000),
        leak_check: false,
        jit: krait::JitMode::Always,
        ..Default::default()
    };
    let _ = krait::run_source(
        "fuzz.py",
        data,
        &opts,
        &mut std::io::sink(),
        &mut std::io::sink(),
    );
});
