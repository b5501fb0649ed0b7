//! Turning a pest failure into CPython's syntax error message.
//!
//! pest reports the furthest position it could not get past. CPython's
//! parser reports the same position for plain `invalid syntax`, and its
//! `invalid_*` rules give more specific messages for common mistakes. The
//! same mistakes are recognised here from the layout text around the
//! failure: a block that is not indented, a missing `:`, an indent where
//! none is expected, two expressions with no comma between them inside
//! brackets, and Python 2 `print`/`exec` statements.

use crate::LineIndex;
use crate::ast::TextRange;
use crate::error::SyntaxError;
use crate::layout::{DEDENT, INDENT, Layout};
use crate::parser::Rule;

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// The syntax error for a pest failure over `layout`.
pub(crate) fn parse_failure(
    source: &str,
    layout: &Layout,
    e: pest::error::Error<Rule>,
) -> SyntaxError {
    let pos = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let text = layout.text.as_bytes();
    let mut p = pos.min(text.len());
    while p < text.len() && is_space(text[p]) {
        p += 1;
    }
    let at = |lp: usize| {
        let s = layout.to_source(lp);
        let end = (s + 1).min(source.len()).max(s);
        TextRange::new(s, end)
    };
    if text.get(p) == Some(&INDENT) {
        return SyntaxError::indentation("unexpected indent", at(p + 1));
    }
    // The logical line that holds the failure.
    let line_start = text[..p]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    // Before the failure: skip spaces and markers back to a token.
    let mut q = p;
    while q > 0 && (is_space(text[q - 1]) || text[q - 1] == DEDENT || text[q - 1] == INDENT) {
        q -= 1;
    }
    // `if x:` NEWLINE without an indented block after it.
    if q > 0 && text[q - 1] == b'\n' {
        let mut r = q - 1;
        while r > 0 && is_space(text[r - 1]) {
            r -= 1;
        }
        if r > 0 && text[r - 1] == b':' {
            let header_end = r - 1;
            let header_start = text[..header_end]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            if let Some((what, kw_at)) = block_header(text, header_start) {
                let line = LineIndex::new(source).line(layout.to_source(kw_at));
                let msg = format!("expected an indented block after {what} on line {line}");
                let s = layout.to_source(p);
                let end = source[s..]
                    .find(['\n', '\r'])
                    .map_or(source.len(), |k| s + k);
                return SyntaxError::indentation(msg, TextRange::new(s, end.max(s + 1)));
            }
        }
    }
    // A compound statement header that ends without its `:`.
    if text.get(p) == Some(&b'\n') && q > 0 && text[q - 1] != b':' {
        if block_header(text, line_start).is_some() {
            return SyntaxError::new("expected ':'", at(p));
        }
    }
    // Python 2 `print x` and `exec x`.
    let first_word_at = skip_markers(text, line_start);
    let first_word = word_at(text, first_word_at);
    if matches!(first_word, "print" | "exec") && p == skip_spaces(text, first_word_at + first_word.len()) {
        let next = text.get(p).copied().unwrap_or(b'\n');
        if next != b'\n' && next != b'(' && next != b'=' && next != b'.' {
            let end = text[p..].iter().position(|&b| b == b'\n').map_or(text.len(), |k| p + k);
            let msg = format!(
                "Missing parentheses in call to '{first_word}'. Did you mean {first_word}(...)?"
            );
            return SyntaxError::new(
                msg,
                TextRange::new(layout.to_source(first_word_at), layout.to_source(end)),
            );
        }
    }
    // Two expressions side by side inside brackets.
    if q > 0 && inside_brackets(text, line_start, p) && ends_expression(text, q) && starts_expression(text, p) {
        return SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", at(p));
    }
    SyntaxError::new("invalid syntax", at(p))
}

fn skip_markers(text: &[u8], mut i: usize) -> usize {
    while i < text.len() && (is_space(text[i]) || text[i] == INDENT || text[i] == DEDENT) {
        i += 1;
    }
    i
}

fn skip_spaces(text: &[u8], mut i: usize) -> usize {
    while i < text.len() && is_space(text[i]) {
        i += 1;
    }
    i
}

fn word_at(text: &[u8], i: usize) -> &str {
    let end = text[i..].iter().position(|&b| !is_word(b)).map_or(text.len(), |k| i + k);
    std::str::from_utf8(&text[i..end]).unwrap_or("")
}

/// The statement that a block header at `line_start` belongs to, as CPython
/// names it, and the offset of its keyword.
fn block_header(text: &[u8], line_start: usize) -> Option<(String, usize)> {
    let mut i = skip_markers(text, line_start);
    let mut word = word_at(text, i);
    if word == "async" {
        i = skip_spaces(text, i + word.len());
        word = word_at(text, i);
    }
    let what = match word {
        "if" | "elif" | "else" | "while" | "for" | "with" | "try" | "finally" | "match" | "case" => {
            format!("'{word}' statement")
        }
        "except" => {
            let after = skip_spaces(text, i + word.len());
            if text.get(after) == Some(&b'*') {
                "'except*' statement".to_string()
            } else {
                "'except' statement".to_string()
            }
        }
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        _ => return None,
    };
    Some((what, i))
}

/// Whether `p` is inside brackets opened on its logical line.
fn inside_brackets(text: &[u8], line_start: usize, p: usize) -> bool {
    let mut depth = 0i32;
    let mut i = line_start;
    while i < p {
        match text[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'"' | b'\'' => {
                // Skip a (masked) string literal.
                let q = text[i];
                let triple = text.get(i + 1) == Some(&q) && text.get(i + 2) == Some(&q);
                let n = if triple { 3 } else { 1 };
                i += n;
                while i < p && text[i] != q {
                    i += 1;
                }
                i += n - 1;
            }
            _ => {}
        }
        i += 1;
    }
    depth > 0
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
];

/// Whether the token ending at `q` can end an expression.
fn ends_expression(text: &[u8], q: usize) -> bool {
    let b = text[q - 1];
    if matches!(b, b')' | b']' | b'}' | b'"' | b'\'') {
        return true;
    }
    if is_word(b) {
        let start = text[..q].iter().rposition(|&c| !is_word(c)).map_or(0, |i| i + 1);
        let w = std::str::from_utf8(&text[start..q]).unwrap_or("");
        return !KEYWORDS.contains(&w) || matches!(w, "True" | "False" | "None");
    }
    false
}

/// Whether the token at `p` can start an expression.
fn starts_expression(text: &[u8], p: usize) -> bool {
    let Some(&b) = text.get(p) else {
        return false;
    };
    if matches!(b, b'(' | b'[' | b'{' | b'"' | b'\'') || b.is_ascii_digit() {
        return true;
    }
    if is_word(b) {
        let w = word_at(text, p);
        return !KEYWORDS.contains(&w) || matches!(w, "True" | "False" | "None" | "lambda" | "not" | "await");
    }
    false
}
