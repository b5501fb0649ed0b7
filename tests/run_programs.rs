//! Programs run by krait against CPython 3.11's output.
//!
//! Every `tests/run/NAME.py` is run with `krait run`; its stdout, stderr
//! and exit status must equal `NAME.out`, `NAME.err` and `NAME.code`, which
//! `scripts/gen_run_expected.py` wrote from `python3 NAME.py` (with the
//! script's directory written as `{DIR}`, since CPython shows the absolute
//! path). All programs are run and the failures reported together.

use std::path::Path;
use std::process::Command;

#[test]
fn programs_print_what_cpython_prints() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run");
    let real = std::fs::canonicalize(&dir).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "py").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let mut failures = Vec::new();
    for name in &names {
        let out = Command::new(env!("CARGO_BIN_EXE_krait"))
            .arg("run")
            .arg(format!("{name}.py"))
            .current_dir(&dir)
            .output()
            .expect("run krait");
        let read = |ext: &str| std::fs::read(dir.join(format!("{name}.{ext}"))).unwrap();
        let want_err =
            String::from_utf8_lossy(&read("err")).replace("{DIR}", &real.display().to_string());
        let want_code: i32 = String::from_utf8_lossy(&read("code"))
            .trim()
            .parse()
            .unwrap();
        let got_out = String::from_utf8_lossy(&out.stdout);
        let got_err = String::from_utf8_lossy(&out.stderr);
        let want_out = String::from_utf8_lossy(&read("out")).into_owned();
        let code = out.status.code().unwrap_or(-1);
        if got_out != want_out || got_err != want_err || code != want_code {
            failures.push(format!(
                "{name}.py: exit {code} (want {want_code})\n--- stdout\n{got_out}--- want\n{want_out}--- stderr\n{got_err}--- want\n{want_err}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython:\n\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}
