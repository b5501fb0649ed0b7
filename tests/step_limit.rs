//! `RunOptions::step_limit` interrupts a program wherever it runs: in the
//! interpreter, in compiled loops and in compiled recursion.

use krait::{JitMode, RunOptions};

fn run(src: &str, jit: JitMode) -> (i32, String) {
    let opts = RunOptions {
        step_limit: Some(200_000),
        jit,
        ..RunOptions::default()
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = krait::run_source("prog.py", src.as_bytes(), &opts, &mut out, &mut err);
    (code, String::from_utf8_lossy(&err).into_owned())
}

const LOOP: &str = "def spin(n: int) -> int:\n    t = 0\n    while True:\n        t += n\n    return t\n\nprint(spin(3))\n";
const RECURSION: &str = "def fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(60))\n";
const MODULE_LOOP: &str = "t = 0\nwhile True:\n    t += 1\n";

#[test]
fn endless_programs_stop_in_every_mode() {
    for src in [LOOP, RECURSION, MODULE_LOOP] {
        for jit in [JitMode::Off, JitMode::On, JitMode::Always] {
            let (code, err) = run(src, jit);
            assert_eq!(code, 1, "{jit:?}: {err}");
            assert!(
                err.trim_end()
                    .ends_with("SystemError: krait: the program ran out of steps"),
                "{jit:?}: {err}"
            );
        }
    }
}
