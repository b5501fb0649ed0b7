//! Programs run by krait against CPython 3.11's output.
//!
//! Every `tests/py/AREA/NAME.py` (any depth below `tests/py`) and every
//! whole program `tests/programs/NAME.py` is run with
//! `krait run --jit=MODE NAME.py` from its own directory, in each mode
//! (`off`: the interpreter; `on`: tiering; `always`: every function the JIT
//! supports compiled at its first call); its stdout, stderr and exit
//! status must equal `NAME.out`, `NAME.err` and `NAME.code`, which
//! `scripts/gen_run_expected.py` wrote from `python3 NAME.py` (with the
//! script's directory written as `{DIR}`, since CPython shows the absolute
//! path; stdin is NAME.in when it exists, else /dev/null, for both). Files named `_tmp_*` that a program
//! writes in its directory are deleted after it runs. All programs are run
//! and the failures reported together, each named by its path relative to
//! `tests`.
//!
//! A file or directory whose name starts with `_` is not a program but a
//! helper module or package the programs import (`imports/_lib/pkg/...`,
//! `imports/_helper.py`); both this test and the generator skip them.
//!
//! Object addresses in stderr (`Exception ignored in: <function C.__del__
//! at 0x7f...>`, which CPython prints for an exception in `__del__`) differ
//! between any two runs, so ` at 0x` and its hex digits are masked on both
//! sides before stderr is compared; nothing else is.
//!
//! The leak check is on for every program (`KRAIT_LEAK_CHECK=1`: krait
//! reports on stderr any object still alive after teardown, which makes
//! stderr differ). Reference cycles are no exception: teardown ends with
//! the cycle collector's collections, as CPython's finalization does.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Every `.py` file under `dir`, recursively, sorted; names starting
/// with `_` (helper modules and packages) are skipped.
fn programs(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.file_name().unwrap().to_string_lossy().starts_with('_') {
            continue;
        }
        if p.is_dir() {
            programs(&p, found);
        } else if p.extension().is_some_and(|e| e == "py") {
            found.push(p);
        }
    }
}

/// `text` with every ` at 0xHEX` address written ` at 0x?`.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 6]);
        rest = &rest[i + 6..];
        let n = rest
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len());
        if n > 0 {
            out.push('?');
        }
        rest = &rest[n..];
    }
    out.push_str(rest);
    out
}

/// Removes the scratch files (`_tmp_*`) a program may leave in its
/// directory: programs that test `open` write there, and without `os`
/// they cannot delete what they wrote.
fn remove_scratch(dir: &Path) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("_tmp_")
            && p.is_file()
        {
            std::fs::remove_file(&p).unwrap();
        }
    }
}

#[test]
fn programs_print_what_cpython_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut paths = Vec::new();
    programs(&root.join("py"), &mut paths);
    if root.join("programs").is_dir() {
        programs(&root.join("programs"), &mut paths);
    }
    paths.sort();
    assert!(!paths.is_empty());
    let mut failures = Vec::new();
    for mode in ["off", "on", "always"] {
        for path in &paths {
            let rel = path.strip_prefix(&root).unwrap().display().to_string();
            let dir = path.parent().unwrap();
            let real = std::fs::canonicalize(dir).unwrap();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let out = Command::new(env!("CARGO_BIN_EXE_krait"))
                .arg("run")
                .arg(format!("--jit={mode}"))
                .arg(format!("{name}.py"))
                .current_dir(dir)
                .env("KRAIT_LEAK_CHECK", "1")
                .stdin(stdin_for(dir, &name))
                .output()
                .expect("run krait");
            remove_scratch(dir);
            let read = |ext: &str| {
                std::fs::read(dir.join(format!("{name}.{ext}")))
                    .unwrap_or_else(|e| panic!("{rel}: no expected .{ext} file: {e}"))
            };
            let want_err =
                String::from_utf8_lossy(&read("err")).replace("{DIR}", &real.display().to_string());
            let want_code: i32 = String::from_utf8_lossy(&read("code"))
                .trim()
                .parse()
                .unwrap();
            let got_out = String::from_utf8_lossy(&out.stdout);
            let got_err = mask_addresses(&String::from_utf8_lossy(&out.stderr));
            let want_err = mask_addresses(&want_err);
            let want_out = String::from_utf8_lossy(&read("out")).into_owned();
            let code = out.status.code().unwrap_or(-1);
            if got_out != want_out || got_err != want_err || code != want_code {
                failures.push(format!(
                "{rel} (--jit={mode}): exit {code} (want {want_code})\n--- stdout\n{got_out}--- want\n{want_out}--- stderr\n{got_err}--- want\n{want_err}"
            ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} program runs differ from CPython:\n\n{}",
        failures.len(),
        3 * paths.len(),
        failures.join("\n")
    );
}

/// A program's standard input: `NAME.in` beside it, else nothing.
fn stdin_for(dir: &std::path::Path, name: &str) -> Stdio {
    match std::fs::File::open(dir.join(format!("{name}.in"))) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    }
}
