//! krait: a Rust runtime for typed Python 3.
//!
//! This crate is the facade that Rust programs embed and that the `krait`
//! command line drives: the front end (parsing Python 3.11 source into an
//! AST that matches CPython's `ast` module node for node), running a
//! program as `krait run` does ([`run_source`]), and embedding Python in a
//! Rust program ([`Runtime`]: run code, evaluate expressions, call Python
//! functions through typed handles). See `ARCHITECTURE.md`.
//!
//! ```
//! let module = krait::parse("def add(a: int, b: int) -> int:\n    return a + b\n").unwrap();
//! assert_eq!(module.body.len(), 1);
//! ```

pub use krait_frontend as frontend;
pub use krait_frontend::{SyntaxError, ast};
pub use krait_runtime::interp::RunOptions;
pub use krait_runtime::interp::jit::JitMode;

use std::io::Write;

mod embed;
pub use embed::{
    Builder, Error, FromPython, Function, IntoArgs, IntoPyResult, IntoPython, Runtime,
    RustCallable, Value,
};
pub use krait_runtime::interp::session::{PyError, Session};

/// Parses Python 3.11 source text into a module AST.
pub fn parse(source: &str) -> Result<ast::Module, SyntaxError> {
    krait_frontend::parse_module(source)
}

/// The AST of `source` in the format of CPython's `ast.dump(ast.parse(source))`.
pub fn dump_cpython(source: &str) -> Result<String, SyntaxError> {
    parse(source).map(|m| krait_frontend::dump::dump_module(&m))
}

/// Decodes, parses, resolves scopes and lowers a program to the IR. On
/// failure the error is rendered as `python3 FILE` prints it (`filename` is
/// the name shown). Gives the decoded text with the module.
pub fn compile(filename: &str, bytes: &[u8]) -> Result<(String, krait_ir::Module), String> {
    let (text, module) = krait_frontend::parse_bytes(bytes);
    let table = module.and_then(|m| krait_frontend::scope::build(&m, &text).map(|t| (m, t)));
    let (module, table) = match table {
        Ok(mt) => mt,
        Err(err) => return Err(err.render_cpython(filename, &text)),
    };
    match krait_ir::lower::lower_module(&module, &table) {
        Ok(mut ir) => {
            krait_ir::infer::infer(&mut ir);
            Ok((text, ir))
        }
        Err(e) => {
            let err = SyntaxError::new(e.msg, e.range);
            Err(err.render_cpython(filename, &text))
        }
    }
}

/// Runs a program given as source bytes, as `krait run` does: output to
/// `out`, syntax errors and uncaught exceptions (CPython's format) to
/// `err`. Gives the exit status: 0, or 1 after an error.
///
/// ```
/// let mut out = Vec::new();
/// let mut err = Vec::new();
/// let code = krait::run_source(
///     "prog.py",
///     b"print(2 ** 100)\n",
///     &krait::RunOptions::default(),
///     &mut out,
///     &mut err,
/// );
/// assert_eq!(code, 0);
/// assert_eq!(String::from_utf8(out).unwrap(), "1267650600228229401496703205376\n");
/// ```
pub fn run_source(
    filename: &str,
    bytes: &[u8],
    opts: &RunOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    match compile(filename, bytes) {
        Ok((text, ir)) => {
            let mut opts = opts.clone();
            if opts.compiler.is_none() {
                opts.compiler = Some(krait_jit::new_compiler);
            }
            krait_runtime::interp::run_module(&ir, filename, &text, &opts, out, err)
        }
        Err(msg) => {
            let _ = err.write_all(msg.as_bytes());
            1
        }
    }
}
