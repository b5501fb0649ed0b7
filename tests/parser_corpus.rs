//! The parser corpus: krait's front end against CPython 3.11.
//!
//! `tests/parser/valid/NAME.py` must parse, and krait's `ast.dump`-format
//! output must equal `NAME.ast`. `tests/parser/invalid/NAME.py` must fail
//! with the error class, message, line and column recorded in `NAME.err`,
//! and the rendered error must equal `tests/snapshots/parser_corpus__NAME.snap`.
//!
//! The `.ast` and `.err` files come from CPython 3.11 through
//! `scripts/gen_parser_expected.py`; rerun it after adding or changing a
//! corpus file. The snapshots are krait's own rendering of each error,
//! reviewed when accepted (`INSTA_UPDATE=always cargo test --test
//! parser_corpus`); their line and column are CPython's wherever the `.err`
//! check passes. `KNOWN_DIFFERENCES` lists the files where krait knowingly
//! reports something else, with the reason.
//!
//! Each test checks every file of its folder and reports all failures
//! together, so one parser bug does not hide the others.

use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use krait::frontend::{self, LineIndex, SyntaxError};

mod common;
use common::{corpus, first_difference, stem};

/// The expected-result file next to `path` (`.ast` or `.err`), without its
/// final newline.
fn expected(path: &Path, ext: &str) -> Result<String, String> {
    let exp = path.with_extension(ext);
    match std::fs::read_to_string(&exp) {
        Ok(text) => Ok(text.strip_suffix('\n').unwrap_or(&text).to_owned()),
        Err(e) => Err(format!(
            "{}: {e} (run scripts/gen_parser_expected.py)",
            exp.display()
        )),
    }
}

/// Parses a corpus file's bytes, turning a panic into an error message so
/// that one crashing file does not stop the rest of the corpus.
fn parse(bytes: &[u8]) -> Result<(String, Result<frontend::ast::Module, SyntaxError>), String> {
    catch_unwind(|| frontend::parse_bytes(bytes)).map_err(|payload| {
        let msg = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("(non-string panic payload)");
        format!("krait panicked: {msg}")
    })
}

/// CPython's error as recorded in a `.err` file:
/// `Class: msg (line L, col C)`.
#[derive(Debug, PartialEq, Eq)]
struct ExpectedError {
    class: String,
    msg: String,
    line: i64,
    col: i64,
}

impl ExpectedError {
    fn parse(text: &str) -> Option<Self> {
        let (class, rest) = text.split_once(": ")?;
        let (msg, pos) = rest.rsplit_once(" (line ")?;
        let (line, col) = pos.strip_suffix(')')?.split_once(", col ")?;
        Some(ExpectedError {
            class: class.to_owned(),
            msg: msg.to_owned(),
            line: line.parse().ok()?,
            col: col.parse().ok()?,
        })
    }
}

impl std::fmt::Display for ExpectedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} (line {}, col {})",
            self.class, self.msg, self.line, self.col
        )
    }
}

/// Files whose CPython column does not index the source line, so only the
/// class, message and line are compared with the `.err` file.
///
/// CPython 3.11 parses each f-string replacement field as a separate
/// string `(expr)` and reports errors inside it with columns relative to
/// that string: `f'{a b}'` gives col 2 (the `a` in `(a b)`), not col 4.
/// Their snapshots hold the position mapped back onto the source line
/// (expression start + CPython's offset - 2), so the column is still
/// checked, through the snapshot.
const COLUMN_RELATIVE_TO_FSTRING_EXPR: &[&str] = &[
    "fstring_invalid_syntax",
    "fstring_lambda",
    "fstring_starred",
];

/// Files where krait knowingly differs from CPython: the error krait gives
/// (in the `.err` format, asserted, so a change is noticed) and why.
const KNOWN_DIFFERENCES: &[(&str, &str, &str)] = &[
    (
        "unknown_encoding",
        "SyntaxError: unknown encoding: no-such-codec (line 1, col 1)",
        "CPython has no position for a bad coding cookie (line 0, col -1); krait points at the file's start",
    ),
    (
        "cookie_mismatch_bom",
        "SyntaxError: encoding problem: iso-8859-1 with BOM (line 1, col 1)",
        "CPython has no position for this (line 0, col -1); krait points at the file's start",
    ),
    (
        "invalid_utf8",
        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte (line 2, col 1)",
        "source decoding reports the line of the bad byte but not its column (CPython: col 8)",
    ),
];

/// The error krait is expected to give for `name`: CPython's, unless the
/// file is a known difference.
fn wanted(name: &str, cpython: ExpectedError) -> ExpectedError {
    KNOWN_DIFFERENCES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map_or(cpython, |(_, krait, _)| {
            ExpectedError::parse(krait).expect("well-formed known difference")
        })
}

/// Whether krait's error agrees with CPython's, comparing the column only
/// where CPython's column is a position in the source line.
fn same_error(name: &str, expected: &ExpectedError, actual: &ExpectedError) -> bool {
    if COLUMN_RELATIVE_TO_FSTRING_EXPR.contains(&name) {
        (&expected.class, &expected.msg, expected.line) == (&actual.class, &actual.msg, actual.line)
    } else {
        expected == actual
    }
}

/// krait's error in the `.err` format: line and 1-based column (in
/// characters) of the start of the error's range.
fn actual_error(err: &SyntaxError, source: &str) -> ExpectedError {
    let mut start = (err.range.start as usize).min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let (line, col) = LineIndex::new(source).line_col(source, start);
    ExpectedError {
        class: err.class.name().to_owned(),
        msg: err.msg.clone(),
        line: line as i64,
        col: col as i64,
    }
}

/// `text` with every line cut to at most 200 characters, so that a
/// 100,000-character source line does not flood the failure report.
fn shorten(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        match line.char_indices().nth(200) {
            Some((i, _)) => writeln!(out, "{}… ({} chars)", &line[..i], line.chars().count()),
            None => writeln!(out, "{line}"),
        }
        .unwrap();
    }
    out
}

/// Runs `check` on every file of a corpus folder and fails once at the end,
/// listing every file whose check failed.
fn check_all(kind: &str, check: impl Fn(&Path, &str) -> Result<(), String>) {
    let files = corpus(kind);
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| check(path, stem(path)).err())
        .collect();
    if !failures.is_empty() {
        let mut out = format!(
            "{} of {} {kind} corpus files differ from CPython:\n\n",
            failures.len(),
            files.len()
        );
        for f in &failures {
            writeln!(out, "{}", shorten(f)).unwrap();
        }
        panic!("{out}");
    }
}

/// Reads, parses and returns the source and error of an invalid file, with
/// CPython's error from its `.err` file.
fn parse_invalid(path: &Path, name: &str) -> Result<(ExpectedError, String, SyntaxError), String> {
    let text = expected(path, "err")?;
    let expected =
        ExpectedError::parse(&text).ok_or_else(|| format!("{name}.err: malformed: {text}"))?;
    let bytes = std::fs::read(path).unwrap();
    match parse(&bytes) {
        Err(panic) => Err(format!("{name}.py: {panic}")),
        Ok((_, Ok(_))) => Err(format!(
            "{name}.py: krait parses it; CPython fails with\n    {expected}"
        )),
        Ok((source, Err(err))) => Ok((wanted(name, expected), source, err)),
    }
}

#[test]
fn valid_files_match_cpython() {
    check_all("valid", |path, name| {
        let expected = expected(path, "ast")?;
        let bytes = std::fs::read(path).unwrap();
        match parse(&bytes) {
            Err(panic) => Err(format!("{name}.py: {panic}")),
            Ok((source, Err(err))) => Err(format!(
                "{name}.py: CPython parses it, krait fails:\n{}",
                err.render(&format!("{name}.py"), &source)
            )),
            Ok((_, Ok(module))) => {
                let actual = frontend::dump::dump_module(&module);
                if actual == expected {
                    Ok(())
                } else {
                    Err(format!(
                        "{name}.py: dump differs from {name}.ast; {}",
                        first_difference(&expected, &actual)
                    ))
                }
            }
        }
    });
}

/// Class, message, line and column must equal CPython's (the column is
/// exempt only for `COLUMN_RELATIVE_TO_FSTRING_EXPR`; `KNOWN_DIFFERENCES`
/// are compared with krait's recorded error), and the rendered error must
/// equal its reviewed snapshot.
#[test]
fn invalid_files_match_cpython() {
    check_all("invalid", |path, name| {
        let (expected, source, err) = parse_invalid(path, name)?;
        let mut problems = Vec::new();
        let actual = actual_error(&err, &source);
        if !same_error(name, &expected, &actual) {
            problems.push(format!("    expected: {expected}\n    actual:   {actual}"));
        }
        let rendered = err.render(&format!("{name}.py"), &source);
        let snapshot = catch_unwind(AssertUnwindSafe(|| {
            insta::assert_snapshot!(name, rendered);
        }));
        if snapshot.is_err() {
            problems.push(format!(
                "    rendered error differs from tests/snapshots/parser_corpus__{name}.snap:\n{rendered}"
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!("{name}.py:\n{}", problems.join("\n")))
        }
    });
}

/// The rendered error names the file with CPython's line and column, and
/// shows the offending line with a caret line under it.
#[test]
fn rendered_errors_point_at_the_error() {
    check_all("invalid", |path, name| {
        let (expected, source, err) = parse_invalid(path, name)?;
        let rendered = err.render(&format!("{name}.py"), &source);
        let mut problems = Vec::new();
        let prefix = if COLUMN_RELATIVE_TO_FSTRING_EXPR.contains(&name) {
            format!("{name}.py:{}:", expected.line)
        } else {
            format!("{name}.py:{}:{}: ", expected.line, expected.col)
        };
        if !rendered.starts_with(&prefix) {
            problems.push(format!("does not start with {prefix:?}"));
        }
        let has_caret_line = rendered.lines().skip(2).any(|l| {
            let t = l.trim_start_matches(' ');
            !t.is_empty() && t.chars().all(|c| c == '^')
        });
        if !has_caret_line {
            problems.push("has no caret line".to_owned());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{name}.py: rendered error {}:\n{rendered}",
                problems.join(" and ")
            ))
        }
    });
}
