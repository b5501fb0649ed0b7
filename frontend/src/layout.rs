//! The layout pass: CPython's tokenizer rules, applied once, in front of pest.
//!
//! [`layout`] scans the decoded source the way CPython's tokenizer does and
//! writes a *layout text* that the grammar (`python.pest`) can match without
//! knowing about indentation, comments or line joining:
//!
//! - a logical line ends with `\n` (a `\r\n` ending becomes ` \n`, a lone
//!   `\r` becomes `\n`);
//! - comments, blank lines, backslash continuations and newlines inside
//!   brackets become spaces;
//! - the contents of string literals (between the quotes) are masked with
//!   `x`, so the grammar only has to find the closing quote; the AST builder
//!   reads the real contents from the source;
//! - an [`INDENT`] byte is inserted before the first token of a line that is
//!   indented deeper, and one [`DEDENT`] byte per level closed before the
//!   first token of a line that is indented less (and at the end of input).
//!
//! Everything but the inserted markers keeps its byte offset, so a layout
//! offset maps back to a source offset by subtracting the number of markers
//! inserted before it ([`Layout::to_source`]).
//!
//! Errors that CPython's tokenizer raises are raised here, with its messages:
//! indentation (IndentationError, TabError), unterminated strings, unclosed
//! and mismatched brackets, malformed number literals, and characters that
//! cannot start a token.

use crate::LineIndex;
use crate::ast::TextRange;
use crate::error::SyntaxError;

/// Marks an increase of indentation in the layout text.
pub const INDENT: u8 = 0x01;
/// Marks one closed indentation level in the layout text.
pub const DEDENT: u8 = 0x02;
/// The byte that replaces string-literal contents in the layout text.
pub const MASK: u8 = b'x';

/// CPython's limits (`MAXINDENT`, `MAXLEVEL` in tokenizer.h).
const MAX_INDENT: usize = 100;
const MAX_PAREN_LEVEL: usize = 200;
const TAB_SIZE: usize = 8;

/// The layout text and the table that maps its offsets back to the source.
pub struct Layout {
    pub text: String,
    /// `(layout offset just after an insertion, markers inserted so far)`,
    /// sorted by offset.
    shifts: Vec<(u32, u32)>,
}

impl Layout {
    /// The source offset of a layout offset. Offsets inside a run of
    /// markers map to the source offset where the run was inserted.
    pub fn to_source(&self, pos: usize) -> usize {
        let pos = pos as u32;
        let i = self.shifts.partition_point(|&(at, _)| at <= pos);
        let shift = if i == 0 { 0 } else { self.shifts[i - 1].1 };
        // Inside a marker run: clamp to the insertion point.
        if let Some(&(next_at, next_shift)) = self.shifts.get(i) {
            let run = next_shift - shift;
            if pos + run > next_at {
                return (next_at - next_shift) as usize;
            }
        }
        (pos - shift) as usize
    }
}

/// Runs the layout pass over decoded source text.
pub fn layout(source: &str) -> Result<Layout, SyntaxError> {
    Scanner {
        text: source,
        src: source.as_bytes(),
        pos: 0,
        out: Vec::with_capacity(source.len() + 64),
        shifts: Vec::new(),
        inserted: 0,
        indents: vec![(0, 0)],
        parens: Vec::new(),
    }
    .run()
}

struct Scanner<'a> {
    text: &'a str,
    src: &'a [u8],
    pos: usize,
    out: Vec<u8>,
    shifts: Vec<(u32, u32)>,
    inserted: u32,
    /// Indentation levels as `(column with tabs to 8, column with tabs as 1)`:
    /// CPython compares both to detect inconsistent tabs and spaces.
    indents: Vec<(usize, usize)>,
    /// Open brackets and their source offsets.
    parens: Vec<(u8, usize)>,
}

fn is_ident_start_ascii(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

/// CPython's `is_potential_identifier_char`.
fn is_potential_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn peek_at(&self, i: usize) -> u8 {
        self.src.get(i).copied().unwrap_or(0)
    }

    fn insert(&mut self, marker: u8, count: usize) {
        if count == 0 {
            return;
        }
        self.out.extend(std::iter::repeat_n(marker, count));
        self.inserted += count as u32;
        self.shifts.push((self.out.len() as u32, self.inserted));
    }

    fn copy(&mut self, from: usize, to: usize) {
        self.out.extend_from_slice(&self.src[from..to]);
    }

    fn blank(&mut self, from: usize, to: usize) {
        self.out.extend(std::iter::repeat_n(b' ', to - from));
    }

    fn line_of(&self, offset: usize) -> usize {
        LineIndex::new(self.text).line(offset)
    }

    fn err(&self, msg: impl Into<String>, at: usize) -> SyntaxError {
        SyntaxError::at(msg, at)
    }

    fn run(mut self) -> Result<Layout, SyntaxError> {
        let mut at_line_start = true;
        loop {
            if at_line_start && self.parens.is_empty() {
                match self.line_indentation()? {
                    LineStart::Eof => break,
                    LineStart::Blank => continue,
                    LineStart::Tokens => at_line_start = false,
                }
            }
            let Some(c) = self.peek() else {
                break;
            };
            let start = self.pos;
            match c {
                b' ' | b'\t' | b'\x0c' => {
                    self.out.push(c);
                    self.pos += 1;
                }
                b'#' => {
                    let end = self.line_end(start);
                    self.blank(start, end);
                    self.pos = end;
                }
                b'\n' | b'\r' => {
                    let len = if c == b'\r' && self.peek_at(start + 1) == b'\n' {
                        2
                    } else {
                        1
                    };
                    if self.parens.is_empty() {
                        if len == 2 {
                            self.out.push(b' ');
                        }
                        self.out.push(b'\n');
                        at_line_start = true;
                    } else {
                        self.blank(start, start + len);
                    }
                    self.pos += len;
                }
                b'\\' => {
                    let next = self.peek_at(start + 1);
                    let len = match next {
                        b'\n' => 2,
                        b'\r' if self.peek_at(start + 2) == b'\n' => 3,
                        b'\r' => 2,
                        _ if start + 1 >= self.src.len() => {
                            return Err(self.err("unexpected EOF while parsing", start));
                        }
                        _ => {
                            return Err(self.err(
                                "unexpected character after line continuation character",
                                start,
                            ));
                        }
                    };
                    if start + len >= self.src.len() {
                        return Err(self.err("unexpected EOF while parsing", start));
                    }
                    self.blank(start, start + len);
                    self.pos += len;
                }
                b'\'' | b'"' => self.string(start, start)?,
                b'0'..=b'9' => self.number(start)?,
                b'.' if self.peek_at(start + 1).is_ascii_digit() => self.number(start)?,
                b'(' | b'[' | b'{' => {
                    if self.parens.len() >= MAX_PAREN_LEVEL {
                        return Err(self.err("too many nested parentheses", start));
                    }
                    self.parens.push((c, start));
                    self.out.push(c);
                    self.pos += 1;
                }
                b')' | b']' | b'}' => {
                    let Some((open, open_at)) = self.parens.pop() else {
                        return Err(self.err(format!("unmatched '{}'", c as char), start));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        let (l1, l2) = (self.line_of(open_at), self.line_of(start));
                        let msg = if l1 != l2 {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c as char, open as char, l1
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            )
                        };
                        return Err(self.err(msg, start));
                    }
                    self.out.push(c);
                    self.pos += 1;
                }
                _ if is_ident_start_ascii(c) || c >= 128 => self.identifier(start)?,
                0x00..=0x1f | 0x7f => {
                    return Err(self.err(
                        format!("invalid non-printable character U+{:04X}", c),
                        start,
                    ));
                }
                _ => {
                    // Operators and delimiters, and characters CPython's
                    // tokenizer passes on as ERRORTOKEN (the grammar then
                    // reports them as invalid syntax).
                    self.out.push(c);
                    self.pos += 1;
                }
            }
        }
        if let Some(&(open, at)) = self.parens.last() {
            return Err(self.err(format!("'{}' was never closed", open as char), at));
        }
        if !at_line_start {
            self.insert(b'\n', 1);
        }
        let levels = self.indents.len() - 1;
        self.insert(DEDENT, levels);
        let text = match String::from_utf8(self.out) {
            Ok(text) => text,
            Err(e) => {
                // Unreachable by construction (only whole characters are
                // copied and only ASCII is written), but never crash on it.
                return Err(SyntaxError::at(
                    "internal error: layout text is not UTF-8",
                    e.utf8_error().valid_up_to(),
                ));
            }
        };
        Ok(Layout {
            text,
            shifts: self.shifts,
        })
    }

    /// Offset of the end of the physical line at `from` (before `\r`/`\n`).
    fn line_end(&self, from: usize) -> usize {
        let rest = &self.src[from..];
        from + rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len())
    }

    /// Measures the indentation at the start of a logical line, skips blank
    /// and comment-only lines, and emits INDENT/DEDENT markers.
    fn line_indentation(&mut self) -> Result<LineStart, SyntaxError> {
        let line_start = self.pos;
        let (mut col, mut altcol) = (0usize, 0usize);
        loop {
            match self.peek() {
                Some(b' ') => {
                    col += 1;
                    altcol += 1;
                }
                Some(b'\t') => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        self.copy(line_start, self.pos);
        match self.peek() {
            None => return Ok(LineStart::Eof),
            Some(b'#') | Some(b'\n') | Some(b'\r') => {
                let end = self.line_end(self.pos);
                let nl = match (self.peek_at(end), self.peek_at(end + 1)) {
                    (b'\r', b'\n') => 2,
                    (b'\n', _) | (b'\r', _) => 1,
                    _ => 0,
                };
                self.blank(self.pos, end + nl);
                self.pos = end + nl;
                return Ok(if self.pos >= self.src.len() {
                    LineStart::Eof
                } else {
                    LineStart::Blank
                });
            }
            _ => {}
        }
        let token_at = self.pos;
        let &(top_col, top_alt) = self.indents.last().expect("indent stack is never empty");
        let tab_error = || {
            SyntaxError::tab(
                "inconsistent use of tabs and spaces in indentation",
                TextRange::new(token_at, token_at + 1),
            )
        };
        if col == top_col {
            if altcol != top_alt {
                return Err(tab_error());
            }
        } else if col > top_col {
            if altcol <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(SyntaxError::indentation(
                    "too many levels of indentation",
                    TextRange::new(token_at, token_at + 1),
                ));
            }
            self.indents.push((col, altcol));
            self.insert(INDENT, 1);
        } else {
            let mut dedents = 0;
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
                dedents += 1;
            }
            let &(now_col, now_alt) = self.indents.last().expect("indent stack is never empty");
            if col != now_col {
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    TextRange::new(token_at, token_at + 1),
                ));
            }
            if altcol != now_alt {
                return Err(tab_error());
            }
            self.insert(DEDENT, dedents);
        }
        Ok(LineStart::Tokens)
    }

    /// An identifier, or a string literal with a prefix.
    fn identifier(&mut self, start: usize) -> Result<(), SyntaxError> {
        let mut i = start;
        let mut ascii = true;
        while i < self.src.len() && is_potential_ident_char(self.src[i]) {
            ascii &= self.src[i] < 128;
            i += 1;
        }
        let word = &self.src[start..i];
        if matches!(self.peek_at(i), b'"' | b'\'') && is_string_prefix(word) {
            return self.string(start, i);
        }
        if !ascii {
            self.verify_identifier(start, i)?;
        }
        self.copy(start, i);
        self.pos = i;
        Ok(())
    }

    /// CPython's `verify_identifier`: XID_Start then XID_Continue.
    fn verify_identifier(&self, start: usize, end: usize) -> Result<(), SyntaxError> {
        let word = &self.text[start..end];
        for (k, (off, ch)) in word.char_indices().enumerate() {
            let ok = if k == 0 {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch)
            };
            if !ok {
                let msg = if crate::unicode_printable::is_printable(ch as u32) {
                    format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.err(msg, start + off));
            }
        }
        Ok(())
    }

    /// A string literal starting at `start` (its prefix) with the opening
    /// quote at `quote_at`. Copies prefix and quotes, masks the contents.
    fn string(&mut self, start: usize, quote_at: usize) -> Result<(), SyntaxError> {
        let q = self.src[quote_at];
        let triple = self.peek_at(quote_at + 1) == q && self.peek_at(quote_at + 2) == q;
        let open_len = if triple { 3 } else { 1 };
        let body_start = quote_at + open_len;
        let mut i = body_start;
        let len = self.src.len();
        let body_end = loop {
            if i >= len {
                let line = self.line_of(len);
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                return Err(self.err(msg, start));
            }
            let c = self.src[i];
            if c == b'\\' {
                i += if self.peek_at(i + 1) == b'\r' && self.peek_at(i + 2) == b'\n' {
                    3
                } else {
                    2
                };
                continue;
            }
            if !triple && (c == b'\n' || c == b'\r') {
                let line = self.line_of(i);
                return Err(self.err(
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                ));
            }
            if c == q && (!triple || (self.peek_at(i + 1) == q && self.peek_at(i + 2) == q)) {
                break i;
            }
            i += 1;
        };
        let body_end = body_end.min(len);
        self.copy(start, body_start);
        self.out
            .extend(std::iter::repeat_n(MASK, body_end - body_start));
        self.copy(body_end, body_end + open_len);
        self.pos = body_end + open_len;
        Ok(())
    }

    /// A number literal, validated exactly as CPython's tokenizer does.
    fn number(&mut self, start: usize) -> Result<(), SyntaxError> {
        let end = NumberScan {
            src: self.src,
            pos: start,
        }
        .scan()
        .map_err(|(msg, at)| self.err(msg, at))?;
        self.copy(start, end);
        self.pos = end;
        Ok(())
    }
}

enum LineStart {
    Eof,
    Blank,
    Tokens,
}

/// `b`, `r`, `u`, `f`, `br`, `rb`, `fr`, `rf` in any case.
fn is_string_prefix(word: &[u8]) -> bool {
    let lower: Vec<u8> = word.iter().map(|c| c.to_ascii_lowercase()).collect();
    matches!(
        lower.as_slice(),
        b"b" | b"r" | b"u" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    )
}

/// CPython's number tokenizer (`tok_get`, `tok_decimal_tail`,
/// `verify_end_of_number`), returning the end offset of the literal.
struct NumberScan<'a> {
    src: &'a [u8],
    pos: usize,
}

type ScanResult<T> = Result<T, (String, usize)>;

impl NumberScan<'_> {
    fn cur(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    fn at(&self, i: usize) -> u8 {
        self.src.get(i).copied().unwrap_or(0)
    }

    /// Digits and single underscores between digits; `pos` is on a digit.
    fn decimal_tail(&mut self) -> ScanResult<()> {
        loop {
            while self.cur().is_ascii_digit() {
                self.pos += 1;
            }
            if self.cur() != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.cur().is_ascii_digit() {
                return Err(("invalid decimal literal".into(), self.pos - 1));
            }
        }
    }

    /// Whether a keyword that may legally follow a number starts here.
    fn keyword_follows(&self) -> bool {
        let rest = &self.src[self.pos.min(self.src.len())..];
        let starts = |s: &[u8]| rest.starts_with(s);
        match self.cur() {
            b'a' => starts(b"and"),
            b'e' => starts(b"else"),
            b'f' => starts(b"for"),
            b'i' => matches!(self.at(self.pos + 1), b'f' | b'n' | b's'),
            b'o' => starts(b"or"),
            b'n' => starts(b"not"),
            _ => false,
        }
    }

    fn verify_end(&self, kind: &str) -> ScanResult<()> {
        if self.keyword_follows() {
            return Ok(());
        }
        if is_potential_ident_char(self.cur()) {
            return Err((format!("invalid {kind} literal"), self.pos));
        }
        Ok(())
    }

    fn radix_digits(
        &mut self,
        is_digit: fn(u8) -> bool,
        kind: &str,
        digit_name: &str,
    ) -> ScanResult<()> {
        // `pos` is just after the `0x`/`0o`/`0b` prefix.
        loop {
            if self.cur() == b'_' {
                self.pos += 1;
            }
            if !is_digit(self.cur()) {
                if !digit_name.is_empty() && self.cur().is_ascii_digit() {
                    return Err((
                        format!(
                            "invalid digit '{}' in {digit_name} literal",
                            self.cur() as char
                        ),
                        self.pos,
                    ));
                }
                return Err((format!("invalid {kind} literal"), self.pos));
            }
            while is_digit(self.cur()) {
                self.pos += 1;
            }
            if self.cur() != b'_' {
                break;
            }
        }
        if !digit_name.is_empty() && self.cur().is_ascii_digit() {
            return Err((
                format!(
                    "invalid digit '{}' in {digit_name} literal",
                    self.cur() as char
                ),
                self.pos,
            ));
        }
        self.verify_end(kind)
    }

    fn scan(mut self) -> ScanResult<usize> {
        let start = self.pos;
        if self.cur() == b'.' {
            self.pos += 1;
            return self.fraction();
        }
        if self.cur() == b'0' {
            match self.at(self.pos + 1) {
                b'x' | b'X' => {
                    self.pos += 2;
                    self.radix_digits(|c| c.is_ascii_hexdigit(), "hexadecimal", "")?;
                    return Ok(self.pos);
                }
                b'o' | b'O' => {
                    self.pos += 2;
                    self.radix_digits(|c| (b'0'..=b'7').contains(&c), "octal", "octal")?;
                    return Ok(self.pos);
                }
                b'b' | b'B' => {
                    self.pos += 2;
                    self.radix_digits(|c| c == b'0' || c == b'1', "binary", "binary")?;
                    return Ok(self.pos);
                }
                _ => {}
            }
            // Zeros, maybe the start of a float or an old-style octal.
            self.pos += 1;
            loop {
                if self.cur() == b'_' {
                    self.pos += 1;
                    if !self.cur().is_ascii_digit() {
                        return Err(("invalid decimal literal".into(), self.pos - 1));
                    }
                }
                if self.cur() != b'0' {
                    break;
                }
                self.pos += 1;
            }
            let zeros_end = self.pos;
            let mut nonzero = false;
            if self.cur().is_ascii_digit() {
                nonzero = true;
                self.decimal_tail()?;
            }
            match self.cur() {
                b'.' => {
                    self.pos += 1;
                    return self.fraction();
                }
                b'e' | b'E' => return self.exponent(),
                b'j' | b'J' => return self.imaginary(),
                _ => {}
            }
            if nonzero {
                let _ = zeros_end;
                return Err((
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers"
                        .into(),
                    start,
                ));
            }
            self.verify_end("decimal")?;
            return Ok(self.pos);
        }
        self.decimal_tail()?;
        match self.cur() {
            b'.' => {
                self.pos += 1;
                self.fraction()
            }
            b'e' | b'E' => self.exponent(),
            b'j' | b'J' => self.imaginary(),
            _ => {
                self.verify_end("decimal")?;
                Ok(self.pos)
            }
        }
    }

    /// After the `.` of a float.
    fn fraction(&mut self) -> ScanResult<usize> {
        if self.cur().is_ascii_digit() {
            self.decimal_tail()?;
        }
        match self.cur() {
            b'e' | b'E' => self.exponent(),
            b'j' | b'J' => self.imaginary(),
            _ => {
                self.verify_end("decimal")?;
                Ok(self.pos)
            }
        }
    }

    /// At the `e` of an exponent.
    fn exponent(&mut self) -> ScanResult<usize> {
        let e_at = self.pos;
        self.pos += 1;
        match self.cur() {
            b'+' | b'-' => {
                self.pos += 1;
                if !self.cur().is_ascii_digit() {
                    return Err(("invalid decimal literal".into(), self.pos));
                }
            }
            c if !c.is_ascii_digit() => {
                // `1else`: the number ends before the `e`.
                self.pos = e_at;
                self.verify_end("decimal")?;
                return Ok(e_at);
            }
            _ => {}
        }
        self.decimal_tail()?;
        if matches!(self.cur(), b'j' | b'J') {
            return self.imaginary();
        }
        self.verify_end("decimal")?;
        Ok(self.pos)
    }

    /// At the `j` of an imaginary literal.
    fn imaginary(&mut self) -> ScanResult<usize> {
        self.pos += 1;
        self.verify_end("imaginary")?;
        Ok(self.pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lay(src: &str) -> String {
        layout(src)
            .unwrap()
            .text
            .replace('\x01', "<I>")
            .replace('\x02', "<D>")
    }

    fn err(src: &str) -> String {
        layout(src).err().unwrap().msg
    }

    #[test]
    fn indentation_markers() {
        assert_eq!(
            lay("if a:\n    b\nc\n"),
            "if a:\n    <I>b\n<D>c\n"
        );
        assert_eq!(
            lay("if a:\n  if b:\n    c\n"),
            "if a:\n  <I>if b:\n    <I>c\n<D><D>"
        );
    }

    #[test]
    fn comments_blank_lines_and_brackets_become_spaces() {
        assert_eq!(lay("x = (1, # c\n 2)\n\n# z\ny"), "x = (1,      2)\n\n   \ny\n");
        assert_eq!(lay("a = 'it''s'"), "a = 'xx''x'\n");
    }

    #[test]
    fn offsets_map_back() {
        let l = layout("if a:\n    b\nc\n").unwrap();
        let c_at = l.text.find('c').unwrap();
        assert_eq!(l.to_source(c_at), 12);
        let b_at = l.text.find('b').unwrap();
        assert_eq!(l.to_source(b_at), 10);
    }

    #[test]
    fn tokenizer_errors() {
        assert_eq!(err("x = 'abc\n"), "unterminated string literal (detected at line 1)");
        assert_eq!(
            err("x = '''abc\n\n"),
            "unterminated triple-quoted string literal (detected at line 3)"
        );
        assert_eq!(err("(1\n"), "'(' was never closed");
        assert_eq!(err(")"), "unmatched ')'");
        assert_eq!(
            err("(1]"),
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!(
            err("if x:\n    a\n  b\n"),
            "unindent does not match any outer indentation level"
        );
        assert_eq!(err("1_"), "invalid decimal literal");
        assert_eq!(err("0x"), "invalid hexadecimal literal");
        assert_eq!(err("0o8"), "invalid digit '8' in octal literal");
        assert_eq!(err("1jx"), "invalid imaginary literal");
        assert!(err("07").starts_with("leading zeros"));
        assert_eq!(err("€ = 1"), "invalid character '€' (U+20AC)");
        assert_eq!(err("x = \x01"), "invalid non-printable character U+0001");
        assert_eq!(
            err("a = 1 \\ 2"),
            "unexpected character after line continuation character"
        );
        assert_eq!(err("if x:\n\tif y:\n        z\n"), "inconsistent use of tabs and spaces in indentation");
    }

    #[test]
    fn numbers_followed_by_keywords() {
        assert_eq!(lay("1if 1else 2"), "1if 1else 2\n");
        assert_eq!(lay("0x1for"), "0x1for\n");
    }
}
