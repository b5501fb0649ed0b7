//! krait's front end: Python 3.11 source text to an AST with spans.
//!
//! Parsing happens in three stages:
//!
//! 1. [`source`] decodes the file's bytes to text (PEP 263 coding cookies,
//!    the UTF-8 BOM), as CPython's tokenizer does.
//! 2. [`layout`] scans the text once, the way CPython's tokenizer does, and
//!    writes a *layout text* for the grammar: comments, blank lines, line
//!    continuations and newlines inside brackets become spaces, and INDENT /
//!    DEDENT markers are inserted where the indentation changes. Tokenizer
//!    errors (indentation, unterminated strings, unclosed brackets, bad
//!    number literals, stray characters) are reported here.
//! 3. [`parser`] runs the pest grammar (`python.pest`) over the layout text
//!    and builds the [`ast`], mapping every span back to the original text.
//!
//! ```
//! let module = krait_frontend::parse_module("x = 1 + 2\n").unwrap();
//! assert_eq!(
//!     krait_frontend::dump::dump_module(&module),
//!     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], \
//!      value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], \
//!      type_ignores=[])"
//! );
//! ```

// pest is built without `std` (no per-rule stack probe, see ARCHITECTURE.md);
// its derive then refers to `alloc`.
extern crate alloc;

pub mod ast;
mod diagnose;
pub mod dump;
pub mod error;
pub mod layout;
pub mod literals;
pub mod parser;
pub mod pyrepr;
pub mod pystr;
pub mod scope;
pub mod source;
mod unicode_printable;

pub use error::{ErrorClass, SyntaxError};

/// Parses decoded source text as a module.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    parser::parse_module(source)
}

/// Decodes raw file bytes (honouring a coding cookie and a BOM) and parses
/// them. Returns the decoded text with the module, so that errors and spans
/// can be shown against it.
pub fn parse_bytes(bytes: &[u8]) -> (String, Result<ast::Module, SyntaxError>) {
    match source::decode_source(bytes) {
        Ok(text) => {
            let result = parse_module(&text);
            (text, result)
        }
        Err(err) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            // CPython gives some decoding errors a line (0 when it has none);
            // point at the start of that line, or of the file.
            let index = LineIndex::new(&text);
            let at = if err.line >= 1 && err.line <= index.starts.len() {
                index.line_start(err.line)
            } else {
                0
            };
            let range = ast::TextRange::new(at, at);
            (text, Err(SyntaxError::new(err.msg, range)))
        }
    }
}

/// Line starts of a text, for turning byte offsets into line and column.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line - 1]
    }

    /// 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, source: &str, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let start = self.starts[line - 1];
        let col = source
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line, col + 1)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text<'s>(&self, source: &'s str, line: usize) -> &'s str {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).copied().unwrap_or(source.len());
        source[start..end].trim_end_matches(['\n', '\r'])
    }
}
