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
    let line_start = skip_markers(text, line_start).min(p);
    let next = text.get(p + 1).copied();
    let start_of = |i: usize| {
        // At the end of input CPython points at the last line's end.
        let i = if i >= text.len() {
            text.iter().rposition(|&b| b == tok::NEWLINE).unwrap_or(i)
        } else {
            i
        };
        let s = layout.start(i);
        TextRange::new(s, s + 1)
    };
    let after = |i: usize| {
        let s = layout.end(i);
        TextRange::new(s, s + 1)
    };
    // `else`, `finally`, `try` and friends with no `:`.
    if matches!(at, Some(tok::ELSE | tok::FINALLY | tok::TRY)) && next == Some(tok::NEWLINE) {
        return SyntaxError::new("expected ':'", after(p));
    }
    // `async` not followed by `def`, `for` or `with`.
    if at == Some(tok::ASYNC) && p + 1 < text.len() {
        return SyntaxError::new("invalid syntax", token_range(p + 1));
    }
    // `a.b := 1`
    if at == Some(tok::NAME_WALRUS) && p >= 1 && text[p - 1] == tok::DOT {
        let s = expression_start(text, line_start, p);
        return SyntaxError::new(
            "cannot use assignment expressions with attribute",
            start_of(s),
        );
    }
    // `x := 1` where no assignment expression may stand.
    if at == Some(tok::NAME_WALRUS) {
        return SyntaxError::new("invalid syntax", token_range(p + 1));
    }
    // `a.b := 1`, `(a, b) := 1`
    if at == Some(b'$') && p > line_start {
        let what = match text[p - 1] {
            b')' if text[expression_start(text, line_start, p)] == tok::LPAR => "tuple",
            b')' => "function call",
            b']' => "subscript",
            tok::NUMBER | tok::STRING => "literal",
            b'T' => "True",
            b'F' => "False",
            b'N' => "None",
            _ if p >= 2 && text[p - 2] == tok::DOT => "attribute",
            _ => "expression",
        };
        let s = expression_start(text, line_start, p);
        return SyntaxError::new(
            format!("cannot use assignment expressions with {what}"),
            start_of(s),
        );
    }
    // `def f:`
    if at == Some(tok::DEF) && text.get(p + 2).is_some_and(|&b| b != tok::LPAR) {
        return SyntaxError::new("expected '('", start_of(p + 2));
    }
    // `match x:` with no indented block: pest stops at the `:`.
    if text.get(line_start) == Some(&tok::NAME_MATCH)
        && at == Some(b':')
        && next == Some(tok::NEWLINE)
        && text.get(p + 2) != Some(&tok::INDENT)
    {
        let line = LineIndex::new(source).line(layout.start(line_start));
        let msg = format!("expected an indented block after 'match' statement on line {line}");
        return SyntaxError::indentation(msg, token_range(skip_markers(text, p + 2)));
    }
    // `def f:`
    if at == Some(b':') && p >= 2 && text[p - 2] == tok::DEF {
        return SyntaxError::new("expected '('", start_of(p));
    }
    if text.get(line_start) == Some(&tok::EXCEPT) {
        // `except* :`
        if at == Some(b':') && p == line_start + 2 && text[p - 1] == tok::MULT {
            return SyntaxError::new("expected one or more exception types", start_of(p));
        }
        // `except A, B:`
        if at == Some(b',') {
            let first = line_start + 1 + usize::from(text.get(line_start + 1) == Some(&tok::MULT));
            return SyntaxError::new(
                "multiple exception types must be parenthesized",
                start_of(first),
            );
        }
    }
    // `=` where an expression goes on: `if x = 1:`, `f(a.b=1)`, `a[b=1]`.
    if at == Some(b'=')
        && p > line_start
        && text[line_start] != tok::NAME_CASE
        && !text[expression_start(text, line_start, p)..p].contains(&b'$')
        && !matches!(
            text[expression_start(text, line_start, p)],
            tok::MULT | tok::POW
        )
    {
        let arg_start = expression_start(text, line_start, p);
        let in_call = arg_start > 0 && text[arg_start - 1] == tok::LPAR
            || inside_brackets(text, line_start, p) && text[arg_start - 1] == b',';
        let single = arg_start + 1 == p;
        if in_call && single && matches!(text[arg_start], b'T' | b'F' | b'N') {
            let (s, e) = layout.range(arg_start, p);
            let word = &source[s..e];
            return SyntaxError::new(format!("cannot assign to {word}"), start_of(arg_start));
        }
        if in_call && !(single && is_name(text[arg_start])) {
            return SyntaxError::new(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                start_of(arg_start),
            );
        }
        if single && is_name(text[arg_start]) {
            return SyntaxError::new(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                start_of(arg_start),
            );
        }
    }
    // `def f(a=)`
    if matches!(at, Some(b')' | b',')) && p > 0 && text[p - 1] == b'=' {
        return SyntaxError::new("expected default value expression", start_of(p - 1));
    }
    // `{1:}`
    if matches!(at, Some(b'}' | b',')) && p > 0 && text[p - 1] == b':' {
        return SyntaxError::new(
            "expression expected after dictionary key and ':'",
            start_of(p - 1),
        );
    }
    // `[x, y for x, y in z]`
    if at == Some(tok::FOR) {
        let open = expression_start(text, line_start, p);
        if open > 0 && matches!(text[open - 1], b',') {
            let mut depth = 0i32;
            let mut i = p;
            while i > line_start {
                i -= 1;
                match text[i] {
                    b')' | b']' | b'}' => depth += 1,
                    tok::LPAR | tok::LSQB | b'{' if depth == 0 => {
                        return SyntaxError::new(
                            "did you forget parentheses around the comprehension target?",
                            start_of(i + 1),
                        );
                    }
                    tok::LPAR | tok::LSQB | b'{' => depth -= 1,
                    _ => {}
                }
            }
        }
    }
    // `if x:` NEWLINE with no indented block after it.
    if p >= 2
        && text[p - 1] == tok::NEWLINE
        && text[p - 2] == b':'
        && let Some(err) = block_error(source, layout, p)
    {
        return err;
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
        && crate::layout::ends_operand(text[p - 1])
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
    // A `try` with no `except`/`finally`, or `except` mixed with `except*`.
    let clause_at = if p > 0 && text[p - 1] == tok::EXCEPT {
        p - 1
    } else {
        p
    };
    if let Some(msg) = misplaced_clause(source, layout, clause_at) {
        return SyntaxError::new(msg, start_of(clause_at));
    }
    SyntaxError::new("invalid syntax", token_range(p))
}

/// "expected an indented block after ..." for a header whose `:` NEWLINE
/// ends just before `p`.
fn block_error(source: &str, layout: &Layout, p: usize) -> Option<SyntaxError> {
    let text = layout.text.as_bytes();
    let header_start = text[..p - 2]
        .iter()
        .rposition(|&b| b == tok::NEWLINE)
        .map_or(0, |i| i + 1);
    let (what, kw_at) = block_header(text, skip_markers(text, header_start))?;
    let line = LineIndex::new(source).line(layout.start(kw_at));
    let msg = format!("expected an indented block after {what} on line {line}");
    let next = skip_markers(text, p);
    let r = if next < text.len() && text[next] != tok::NEWLINE {
        let (s, e) = layout.range(next, next + 1);
        TextRange::new(s, e.max(s + 1))
    } else {
        // Nothing follows: CPython points just after the header.
        let s = layout.end(p - 2);
        TextRange::new(s, s + 1)
    };
    Some(SyntaxError::indentation(msg, r))
}

/// The position of an `if` inside an expression on this line (not a
/// statement's `if`, nor a comprehension's) that has no `else` before `p`.
fn dangling_if(text: &[u8], line_start: usize, p: usize) -> Option<usize> {
    let line = &text[line_start..p];
    let i = line.iter().rposition(|&b| b == tok::IF)?;
    if i == 0 || line[i + 1..].contains(&tok::ELSE) || line[..i].contains(&tok::FOR) {
        return None;
    }
    crate::layout::ends_operand(line[i - 1]).then_some(line_start + i)
}

fn is_name(b: u8) -> bool {
    matches!(b, tok::NAME | tok::NAME_MATCH | tok::NAME_CASE)
}

/// The start of the expression that ends just before `p`: back to the
/// nearest `,`, opening bracket or keyword at bracket depth 0.
fn expression_start(text: &[u8], line_start: usize, p: usize) -> usize {
    let mut depth = 0i32;
    let mut i = p;
    while i > line_start {
        let b = text[i - 1];
        match b {
            b')' | b']' | b'}' => depth += 1,
            tok::LPAR | tok::LSQB | b'{' if depth == 0 => return i,
            tok::LPAR | tok::LSQB | b'{' => depth -= 1,
            b',' | b'=' | b':' | b';' if depth == 0 => return i,
            tok::IF | tok::ELIF | tok::WHILE | b'R' | b'z' | b'S' if depth == 0 => return i,
            _ => {}
        }
        i -= 1;
    }
    line_start
}

/// A statement where a `try` needs its `except`/`finally`, or an `except`
/// that mixes with `except*`: CPython's message, if `p` starts such a line.
fn misplaced_clause(source: &str, layout: &Layout, p: usize) -> Option<&'static str> {
    let text = layout.text.as_bytes();
    if p == 0 || !matches!(text[p - 1], tok::DEDENT | tok::NEWLINE) {
        return None;
    }
    let col = |i: usize| {
        let s = layout.start(i);
        s - source[..s].rfind(['\n', '\r']).map_or(0, |k| k + 1)
    };
    let my_col = col(p);
    let star = |i: usize| text.get(i + 1) == Some(&tok::MULT);
    // Walk back over the logical lines before `p`'s to the nearest one at
    // the same indentation.
    let mut i = text[..p]
        .iter()
        .rposition(|&b| b == tok::NEWLINE)
        .map_or(0, |k| k + 1);
    while i > 0 {
        let line = text[..i - 1]
            .iter()
            .rposition(|&b| b == tok::NEWLINE)
            .map_or(0, |k| k + 1);
        let first = skip_markers(text, line);
        i = line;
        if first >= text.len() || col(first) != my_col {
            if col(first) < my_col {
                return None;
            }
            continue;
        }
        let at = text.get(p).copied();
        return match text[first] {
            tok::TRY if at != Some(tok::EXCEPT) && at != Some(tok::FINALLY) => {
                Some("expected 'except' or 'finally' block")
            }
            tok::EXCEPT if at == Some(tok::EXCEPT) && star(first) != star(p) => {
                Some("cannot have both 'except' and 'except*' on the same 'try'")
            }
            _ => None,
        };
    }
    None
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

#[cfg(test)]
mod tests {
    /// Inputs the fuzzer found; each must give a syntax error, not a panic.
    #[test]
    fn fuzz_findings_are_syntax_errors() {
        for src in [
            "f:\n f",
            "\"\\N{-}\"",
            "\"\\N{HANGUL SYLLABLE -}\"",
            "\ntry:\n    x\n    from m import y\n",
        ] {
            assert!(crate::parse_module(src).is_err(), "{src:?}");
        }
    }
}
