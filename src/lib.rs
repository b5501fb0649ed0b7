//! krait: a Rust runtime for typed Python 3.
//!
//! This crate is the facade that Rust programs embed and that the `krait`
//! command line drives. Today it exposes the front end: parsing Python 3.11
//! source into an AST that matches CPython's `ast` module node for node.
//! The runtime, the JIT and the embedding API (`Runtime`) arrive in later
//! layers; see `ARCHITECTURE.md`.
//!
//! ```
//! let module = krait::parse("def add(a: int, b: int) -> int:\n    return a + b\n").unwrap();
//! assert_eq!(module.body.len(), 1);
//! ```

pub use krait_frontend as frontend;
pub use krait_frontend::{SyntaxError, ast};

/// Parses Python 3.11 source text into a module AST.
pub fn parse(source: &str) -> Result<ast::Module, SyntaxError> {
    krait_frontend::parse_module(source)
}

/// The AST of `source` in the format of CPython's `ast.dump(ast.parse(source))`.
pub fn dump_cpython(source: &str) -> Result<String, SyntaxError> {
    parse(source).map(|m| krait_frontend::dump::dump_module(&m))
}
