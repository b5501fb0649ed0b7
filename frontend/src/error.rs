//! Syntax errors as values.
//!
//! A [`SyntaxError`] holds CPython's message text, the error class
//! (`SyntaxError`, `IndentationError` or `TabError`) and a byte range into
//! the decoded source. Line, column and the caret line are computed only
//! when rendering, by [`SyntaxError::render`].

use crate::LineIndex;
use crate::ast::TextRange;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorClass {
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::SyntaxError => "SyntaxError",
            ErrorClass::IndentationError => "IndentationError",
            ErrorClass::TabError => "TabError",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub class: ErrorClass,
    pub msg: String,
    pub range: TextRange,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, range: TextRange) -> Self {
        SyntaxError {
            class: ErrorClass::SyntaxError,
            msg: msg.into(),
            range,
        }
    }

    pub fn at(msg: impl Into<String>, offset: usize) -> Self {
        Self::new(msg, TextRange::new(offset, offset + 1))
    }

    pub fn indentation(msg: impl Into<String>, range: TextRange) -> Self {
        SyntaxError {
            class: ErrorClass::IndentationError,
            msg: msg.into(),
            range,
        }
    }

    pub fn tab(msg: impl Into<String>, range: TextRange) -> Self {
        SyntaxError {
            class: ErrorClass::TabError,
            msg: msg.into(),
            range,
        }
    }

    /// Renders the error as `file:line:col: Class: msg`, the source line and
    /// a caret under the error (columns are 1-based, counted in characters).
    pub fn render(&self, filename: &str, source: &str) -> String {
        let at = self.locate(source);
        let mut out = format!(
            "{filename}:{}:{}: {}: {}\n",
            at.line,
            at.col,
            self.class.name(),
            self.msg
        );
        out.push_str(&at.excerpt);
        out
    }

    /// Renders the error the way `python3 FILE` reports a syntax error:
    /// `  File "FILE", line N`, the line, a caret, then `Class: msg`.
    pub fn render_cpython(&self, filename: &str, source: &str) -> String {
        let at = self.locate(source);
        format!(
            "  File \"{filename}\", line {}\n{}{}: {}\n",
            at.line,
            at.excerpt,
            self.class.name(),
            self.msg
        )
    }

    /// Where the error is, as a `SyntaxError`'s attributes give it: the
    /// 1-based line and column (`lineno`, `offset`) and the line's text.
    pub fn position(&self, source: &str) -> (usize, usize, String) {
        let at = self.locate(source);
        let index = LineIndex::new(source);
        let text = index
            .line_text(source, at.line)
            .trim_end_matches(['\r', '\n']);
        (at.line, at.col, format!("{text}\n"))
    }

    /// Line, column and the indented source line with its caret line.
    fn locate(&self, source: &str) -> Located {
        let index = LineIndex::new(source);
        let mut start = (self.range.start as usize).min(source.len());
        while !source.is_char_boundary(start) {
            start -= 1;
        }
        let (line, col) = index.line_col(source, start);
        let line_text = index.line_text(source, line);
        let line_end = index.line_start(line) + line_text.len();
        let mut end = (self.range.end as usize).clamp(start, line_end.max(start));
        while !source.is_char_boundary(end) {
            end += 1;
        }
        // CPython marks indentation errors with a single caret.
        let caret_len = if self.class == ErrorClass::SyntaxError {
            source[start..end].chars().count().max(1)
        } else {
            1
        };
        let shown = line_text.trim_end_matches(['\r', '\n']);
        let indent = shown.len() - shown.trim_start().len();
        let shown_trim = &shown[indent..];
        let col_in_shown = (col - 1).saturating_sub(shown[..indent].chars().count());
        let mut excerpt = String::new();
        if !shown_trim.is_empty() || start < source.len() {
            excerpt.push_str("    ");
            excerpt.push_str(shown_trim);
            excerpt.push('\n');
            excerpt.push_str("    ");
            excerpt.push_str(&" ".repeat(col_in_shown));
            excerpt.push_str(&"^".repeat(caret_len));
            excerpt.push('\n');
        }
        Located { line, col, excerpt }
    }
}

struct Located {
    line: usize,
    col: usize,
    excerpt: String,
}
