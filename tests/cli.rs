//! The `krait` command line: exit statuses and output of `krait parse`.

use std::process::Command;

fn krait(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run krait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn parse_prints_cpythons_dump_and_exits_0() {
    let (code, out, _) = krait(&[
        "parse",
        "--format=cpython",
        "tests/parser/valid/operators_precedence.py",
    ]);
    assert_eq!(code, 0);
    let expected = std::fs::read_to_string("tests/parser/valid/operators_precedence.ast").unwrap();
    assert_eq!(out, expected);
}

#[test]
fn default_format_is_the_rust_ast_with_spans() {
    let (code, out, _) = krait(&["parse", "examples/hello.py"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Module {"), "{out}");
    assert!(out.contains("FunctionDef"), "{out}");
    assert!(out.contains("range: TextRange"), "{out}");
}

#[test]
fn syntax_error_goes_to_stderr_with_a_caret_and_exits_1() {
    let (code, out, err) = krait(&["parse", "tests/parser/invalid/expected_indent_after_if.py"]);
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "tests/parser/invalid/expected_indent_after_if.py:2:1: IndentationError: \
         expected an indented block after 'if' statement on line 1\n    pass\n    ^\n"
    );
}

/// `krait` with no file reads a program from stdin when it is not a
/// terminal, as `python3 < file` does (the REPL is `tests/repl.rs`).
#[test]
fn no_file_runs_stdin_as_a_program() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_krait"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run krait");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"import sys\nprint(6 * 7)\nsys.exit(3)\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["parse"][..],
        &["parse", "--format=json", "x.py"][..],
        &["parse", "a.py", "b.py"][..],
        &["frobnicate"][..],
        &["parse", "no/such/file.py"][..],
    ] {
        let (code, _, err) = krait(args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.starts_with("krait: "), "{args:?}: {err}");
    }
}

#[test]
fn hundred_thousand_parentheses_are_a_syntax_error() {
    let (code, _, err) = krait(&[
        "parse",
        "tests/parser/invalid/too_many_nested_parentheses.py",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("SyntaxError: too many nested parentheses"),
        "{err}"
    );
}
