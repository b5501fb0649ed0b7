//! Turning a pest failure into CPython's syntax error message.
//!
//! pest reports the furthest token it could not get past. CPython's parser
//! reports the same token for plain `invalid syntax`, and its `invalid_*`
//! rules give more specific messages for common mistakes. The same mistakes
//! are recognised here from the tokens around the failure: a block that is
//! not indented, a missing `:`, an indent where none is expected, two
//! expressions with no comma between them inside brackets, and Python 2
//! `print`/`exec` statements.

use crate::LineIndex;
use crate::ast::TextRange;
use crate::error::SyntaxError;
use crate::layout::{Layout, tok};
use crate::parser::Rule;

/// The syntax error for a pest failure over `layout`.
pub(crate) fn parse_failure(
    source: &str,
    layout: &Layout,
    e: pest::error::Error<Rule>,
) -> SyntaxError {
    let p = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let text = layout.text.as_bytes();
    let p = p.min(text.len());
    let token_range = |i: usize| {
        if i < text.len() {
            let (s, e) = layout.range(i, i + 1);
            TextRange::new(s, e.max(s + 1).min(source.len().max(s)))
        } else {
            let s = source.len();
            TextRange::new(s, s)
        }
    };
    let at = text.get(p).copied();
    if at == Some(tok::INDENT) {
        // CPython points at the last character of the indentation.
        let s = layout.start(p + 1).saturating_sub(1);
        return SyntaxError::indentation("unexpected indent", TextRange::new(s, s + 1));
    }
    // pest reports a missing block at the NEWLINE after the `:`.
    let p = if at == Some(tok::NEWLINE) && p > 0 && text[p - 1] == b':' {
        p + 1
    } else {
        p
    };
    let at = text.get(p).copied();
    let line_start = text[..p]
        .iter()
        .rposition(|&b| b == tok::NEWLINE)
        .map_or(0, |i| i + 1);
    let line_start = skip_markers(text, line_start);
    // `if x:` NEWLINE with no indented block after it.
    if p >= 2 && text[p - 1] == tok::NEWLINE && text[p - 2] == b':' {
        let header_start = text[..p - 2]
            .iter()
            .rposition(|&b| b == tok::NEWLINE)
            .map_or(0, |i| i + 1);
        if let Some((what, kw_at)) = block_header(text, skip_markers(text, header_start)) {
            let line = LineIndex::new(source).line(layout.start(kw_at));
            let msg = format!("expected an indented block after {what} on line {line}");
            let next = skip_markers(text, p);
            let r = if next < text.len() && text[next] != tok::NEWLINE {
                token_range(next)
            } else {
                // Nothing follows: CPython points just after the header.
                let s = layout.end(p - 2);
                TextRange::new(s, s + 1)
            };
            return SyntaxError::indentation(msg, r);
        }
    }
    // A compound statement header that ends without its `:`.
    if at == Some(tok::NEWLINE)
        && p > 0
        && text[p - 1] != b':'
        && block_header(text, line_start).is_some()
    {
        let s = layout.end(p - 1);
        return SyntaxError::new("expected ':'", TextRange::new(s, s + 1));
    }
    // Python 2 `print x` and `exec x`.
    if p == line_start + 1 && text[line_start] == tok::NAME {
        let (ws, we) = layout.range(line_start, line_start + 1);
        let word = &source[ws..we];
        if matches!(word, "print" | "exec")
            && !matches!(at, Some(tok::LPAR | b'=' | tok::DOT | tok::NEWLINE) | None)
        {
            let end = text[p..]
                .iter()
                .position(|&b| b == tok::NEWLINE)
                .map_or(text.len(), |k| p + k);
            let (_, e) = layout.range(line_start, end);
            return SyntaxError::new(
                format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
                TextRange::new(ws, e),
            );
        }
    }
    // Two expressions side by side inside brackets: CPython points at the
    // first of them.
    if p > 0
        && inside_brackets(text, line_start, p)
        && ends_expression(text[p - 1])
        && at.is_some_and(starts_expression)
    {
        return SyntaxError::new(
            "invalid syntax. Perhaps you forgot a comma?",
            token_range(p - 1),
        );
    }
    // `from m import a,` without parentheses.
    if at == Some(tok::NEWLINE)
        && p > 0
        && text[p - 1] == b','
        && matches!(text.get(line_start), Some(b'u' | b'I'))
    {
        return SyntaxError::new(
            "trailing comma not allowed without surrounding parentheses",
            token_range(p),
        );
    }
    // `a if b` with no `else`.
    if let Some(if_at) = dangling_if(text, line_start, p) {
        let s = layout.start(if_at - 1);
        return SyntaxError::new(
            "expected 'else' after 'if' expression",
            TextRange::new(s, s + 1),
        );
    }
    SyntaxError::new("invalid syntax", token_range(p))
}

/// The position of an `if` inside an expression on this line (not a
/// statement's `if`, nor a comprehension's) that has no `else` before `p`.
fn dangling_if(text: &[u8], line_start: usize, p: usize) -> Option<usize> {
    let line = &text[line_start..p];
    let i = line.iter().rposition(|&b| b == tok::IF)?;
    if i == 0 || line[i + 1..].contains(&tok::ELSE) || line[..i].contains(&tok::FOR) {
        return None;
    }
    ends_expression(line[i - 1]).then_some(line_start + i)
}

fn skip_markers(text: &[u8], mut i: usize) -> usize {
    while i < text.len() && (text[i] == tok::INDENT || text[i] == tok::DEDENT) {
        i += 1;
    }
    i
}

/// The statement that a block header at `i` belongs to, as CPython names
/// it, and the position of its keyword.
fn block_header(text: &[u8], mut i: usize) -> Option<(String, usize)> {
    if text.get(i) == Some(&tok::ASYNC) {
        i += 1; // async
    }
    let what = match *text.get(i)? {
        tok::IF => "'if' statement",
        tok::ELIF => "'elif' statement",
        tok::ELSE => "'else' statement",
        tok::WHILE => "'while' statement",
        tok::FOR => "'for' statement",
        tok::WITH => "'with' statement",
        tok::TRY => "'try' statement",
        tok::FINALLY => "'finally' statement",
        tok::NAME_MATCH => "'match' statement",
        tok::NAME_CASE => "'case' statement",
        tok::EXCEPT if text.get(i + 1) == Some(&tok::MULT) => "'except*' statement",
        tok::EXCEPT => "'except' statement",
        tok::DEF => "function definition",
        tok::CLASS => "class definition",
        _ => return None,
    };
    Some((what.to_string(), i))
}

/// Whether `p` is inside brackets opened on its logical line.
fn inside_brackets(text: &[u8], line_start: usize, p: usize) -> bool {
    let mut depth = 0i32;
    for &b in &text[line_start..p] {
        match b {
            tok::LPAR | tok::LSQB | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// Whether a token can end an expression.
fn ends_expression(b: u8) -> bool {
    matches!(
        b,
        tok::NAME
            | tok::NAME_MATCH
            | tok::NAME_CASE
            | tok::NAME_WALRUS
            | tok::NUMBER
            | tok::STRING
            | b')'
            | b']'
            | b'}'
            | b'T'
            | b'F'
            | b'N'
    )
}

/// Whether a token can start an atom.
fn starts_expression(b: u8) -> bool {
    matches!(
        b,
        tok::NAME
            | tok::NAME_MATCH
            | tok::NAME_CASE
            | tok::NUMBER
            | tok::STRING
            | tok::LPAR
            | tok::LSQB
            | b'{'
            | b'T'
            | b'F'
            | b'N'
    )
}
