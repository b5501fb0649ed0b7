//! Source positions: krait's node ranges against CPython 3.11's.
//!
//! For every `tests/parser/valid/NAME.py`, krait's
//! `dump_module_with_positions` must equal `NAME.pos`, which is CPython's
//! `ast.dump(ast.parse(bytes), include_attributes=True)` written by
//! `scripts/gen_parser_expected.py`: `lineno`, `col_offset`, `end_lineno`
//! and `end_col_offset` of every statement, expression, pattern, `arg`,
//! `keyword`, `alias` and except handler. These are the positions
//! tracebacks will show. `tests/parser/valid/positions.py` and
//! `positions_crlf.py` collect the cases that are easy to get wrong.
//!
//! All files are checked and the failures reported together.

use std::fmt::Write as _;
use std::panic::catch_unwind;
use std::path::Path;

use krait::frontend;

mod common;
use common::{corpus, first_difference, stem};

/// Checks one file; `Err` describes the difference.
fn check(path: &Path) -> Result<(), String> {
    let name = stem(path);
    let pos = path.with_extension("pos");
    let expected = std::fs::read_to_string(&pos).map_err(|e| {
        format!(
            "{}: {e} (run scripts/gen_parser_expected.py)",
            pos.display()
        )
    })?;
    let expected = expected.strip_suffix('\n').unwrap_or(&expected);
    let bytes = std::fs::read(path).unwrap();
    let (source, result) = catch_unwind(|| frontend::parse_bytes(&bytes))
        .map_err(|_| format!("{name}.py: krait panicked"))?;
    let module = result.map_err(|err| {
        format!(
            "{name}.py: CPython parses it, krait fails:\n{}",
            err.render(&format!("{name}.py"), &source)
        )
    })?;
    let actual = frontend::dump::dump_module_with_positions(&module, &source);
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "{name}.py: positions differ from {name}.pos; {}",
            first_difference(expected, &actual)
        ))
    }
}

#[test]
fn valid_files_have_cpython_positions() {
    let files = corpus("valid");
    let failures: Vec<String> = files.iter().filter_map(|p| check(p).err()).collect();
    if !failures.is_empty() {
        let mut out = format!(
            "{} of {} valid corpus files differ from CPython's positions:\n\n",
            failures.len(),
            files.len()
        );
        for f in &failures {
            writeln!(out, "{f}\n").unwrap();
        }
        panic!("{out}");
    }
}
