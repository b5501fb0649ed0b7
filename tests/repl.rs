//! The interactive interpreter: each `tests/repl/NAME.in` is fed to
//! `krait -i` on stdin; stdout (echoed values, prints), stderr (prompts,
//! tracebacks) and the exit status must equal what `python3 -i` gave
//! (`NAME.out`, `NAME.err`, `NAME.code`, written by
//! `scripts/gen_repl_expected.py`; CPython's two banner lines are left
//! out of `NAME.err`).

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

#[test]
fn repl_sessions_print_what_cpython_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/repl");
    let mut names: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "in").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let mut failures = Vec::new();
    for name in &names {
        let read = |ext: &str| std::fs::read_to_string(root.join(format!("{name}.{ext}"))).unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_krait"))
            .arg("-i")
            .current_dir(&root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run krait");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(read("in").as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let got = (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
            out.status.code().unwrap_or(-1),
        );
        let want = (
            read("out"),
            read("err"),
            read("code").trim().parse().unwrap(),
        );
        if got != want {
            failures.push(format!("{name}: got {got:?}\nwant {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
