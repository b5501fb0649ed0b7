//! The layout pass: CPython's tokenizer, in front of pest.
//!
//! [`layout`] scans the decoded source once, the way CPython's tokenizer
//! does, and writes a *token text*: one ASCII byte per token, which is what
//! the pest grammar (`python.pest`) matches. Comments, blank lines,
//! whitespace and line joining leave no trace; a logical line ends with
//! [`tok::NEWLINE`]; [`tok::INDENT`] and [`tok::DEDENT`] mark changes of
//! indentation. Identifiers, numbers and string literals become one byte
//! each ([`tok::NAME`], [`tok::NUMBER`], [`tok::STRING`]); keywords and
//! operators have a byte of their own (the table in [`tok`]). The builder
//! reads names and literal values from the source through the span table.
//!
//! For every token byte the [`Layout`] keeps the source range it came from,
//! so a span of the token text maps back to the source in O(1).
//!
//! Errors that CPython's tokenizer raises are raised here, with its
//! messages: indentation (IndentationError, TabError), unterminated strings,
//! unclosed and mismatched brackets, malformed number literals, invalid
//! characters.

use crate::LineIndex;
use crate::ast::TextRange;
use crate::error::SyntaxError;

/// The token alphabet of the token text. The grammar spells the same bytes.
pub mod tok {
    pub const INDENT: u8 = 0x01;
    pub const DEDENT: u8 = 0x02;
    pub const NEWLINE: u8 = b'\n';
    pub const NAME: u8 = b'n';
    /// Opening brackets and the attribute dot: `(`, `.` and `[` are
    /// contiguous, so the grammar tests for a trailer with one range.
    pub const LPAR: u8 = b'-';
    pub const DOT: u8 = b'.';
    pub const LSQB: u8 = b'/';
    /// The soft keywords `match` and `case` (names everywhere else).
    pub const NAME_MATCH: u8 = b'o';
    pub const NAME_CASE: u8 = b'p';
    pub const NUMBER: u8 = b'0';
    pub const STRING: u8 = b'"';
    /// A character CPython's tokenizer passes on as an error token.
    pub const ERROR: u8 = b'#';
    pub const ELLIPSIS: u8 = b'`';

    /// Keywords that start a compound statement: the range `ASYNC..=WITH`
    /// (directly before the names, so one range test finds them).
    pub const ASYNC: u8 = b'f';
    pub const DEF: u8 = b'g';
    pub const IF: u8 = b'h';
    pub const CLASS: u8 = b'i';
    pub const FOR: u8 = b'j';
    pub const TRY: u8 = b'k';
    pub const WHILE: u8 = b'l';
    pub const WITH: u8 = b'm';
    pub const ELIF: u8 = b'E';
    pub const ELSE: u8 = b'e';
    pub const EXCEPT: u8 = b'x';
    pub const FINALLY: u8 = b'y';
    pub const LAMBDA: u8 = b'v';

    /// Keywords and their bytes.
    pub const KEYWORDS: &[(&str, u8)] = &[
        ("False", b'F'),
        ("None", b'N'),
        ("True", b'T'),
        ("and", AND),
        ("as", b'A'),
        ("assert", b'S'),
        ("async", ASYNC),
        ("await", b'W'),
        ("break", b'b'),
        ("class", CLASS),
        ("continue", b'C'),
        ("def", DEF),
        ("del", b'D'),
        ("elif", ELIF),
        ("else", ELSE),
        ("except", EXCEPT),
        ("finally", FINALLY),
        ("for", FOR),
        ("from", b'u'),
        ("global", b'G'),
        ("if", IF),
        ("import", b'I'),
        ("in", IN),
        ("is", IS),
        ("lambda", LAMBDA),
        ("nonlocal", b'L'),
        ("not", NOT),
        ("or", OR),
        ("pass", b'P'),
        ("raise", b'r'),
        ("return", b'R'),
        ("try", TRY),
        ("while", WHILE),
        ("with", WITH),
        ("yield", b'z'),
    ];

    /// A name directly followed by `:=` (the target of a walrus).
    pub const NAME_WALRUS: u8 = b'?';

    /// The keywords that are infix operators: the range `OR..=IN`.
    pub const OR: u8 = 0x1b;
    pub const AND: u8 = 0x1c;
    pub const NOT: u8 = 0x1d;
    pub const IS: u8 = 0x1e;
    pub const IN: u8 = 0x1f;

    /// Comparison operators: the range `CMP_FIRST..=CMP_LAST`.
    pub const EQ: u8 = 0x03;
    pub const NE: u8 = 0x04;
    pub const LT: u8 = 0x05;
    pub const GT: u8 = 0x06;
    pub const LE: u8 = 0x07;
    pub const GE: u8 = 0x08;
    /// Binary operators: the range `ADD..=FLOORDIV`.
    pub const ADD: u8 = 0x0e;
    pub const SUB: u8 = 0x0f;
    pub const MULT: u8 = 0x10;
    pub const DIV: u8 = 0x11;
    pub const MOD: u8 = 0x12;
    pub const MATMULT: u8 = 0x13;
    pub const BITOR: u8 = 0x14;
    pub const BITXOR: u8 = 0x15;
    pub const BITAND: u8 = 0x16;
    pub const LSHIFT: u8 = 0x17;
    pub const RSHIFT: u8 = 0x18;
    pub const POW: u8 = 0x19;
    pub const FLOORDIV: u8 = 0x1a;

    /// Operators and delimiters and their bytes, longest first (the
    /// tokenizer's `operator_token` is this table as a match; a test keeps
    /// them equal). Brackets and `,` `:` `;` `.` `=` `~` stand for
    /// themselves.
    pub const OPERATORS: &[(&str, u8)] = &[
        ("**=", b'%'),
        ("//=", b'&'),
        ("<<=", b'\''),
        (">>=", b'('),
        ("...", ELLIPSIS),
        ("**", POW),
        ("//", FLOORDIV),
        ("<<", LSHIFT),
        (">>", RSHIFT),
        ("<=", LE),
        (">=", GE),
        ("==", EQ),
        ("!=", NE),
        ("->", b'Z'),
        (":=", b'$'),
        ("+=", b'1'),
        ("-=", b'2'),
        ("*=", b'3'),
        ("/=", b'4'),
        ("%=", b'5'),
        ("&=", b'6'),
        ("|=", b'7'),
        ("^=", b'8'),
        ("@=", b'9'),
        ("<>", ERROR),
        ("+", ADD),
        ("-", SUB),
        ("*", MULT),
        ("/", DIV),
        ("%", MOD),
        ("@", MATMULT),
        ("|", BITOR),
        ("^", BITXOR),
        ("&", BITAND),
        ("<", LT),
        (">", GT),
        (":", b':'),
        (",", b','),
        (";", b';'),
        (".", b'.'),
        ("=", b'='),
        ("~", b'~'),
    ];

    /// The byte of a keyword, if `word` is one.
    pub fn keyword(word: &[u8]) -> Option<u8> {
        // The table as a match, which compiles to a switch on length and
        // first byte; a test keeps the two equal.
        Some(match word {
            b"False" => b'F',
            b"None" => b'N',
            b"True" => b'T',
            b"and" => AND,
            b"as" => b'A',
            b"assert" => b'S',
            b"async" => ASYNC,
            b"await" => b'W',
            b"break" => b'b',
            b"class" => CLASS,
            b"continue" => b'C',
            b"def" => DEF,
            b"del" => b'D',
            b"elif" => ELIF,
            b"else" => ELSE,
            b"except" => EXCEPT,
            b"finally" => FINALLY,
            b"for" => FOR,
            b"from" => b'u',
            b"global" => b'G',
            b"if" => IF,
            b"import" => b'I',
            b"in" => IN,
            b"is" => IS,
            b"lambda" => LAMBDA,
            b"nonlocal" => b'L',
            b"not" => NOT,
            b"or" => OR,
            b"pass" => b'P',
            b"raise" => b'r',
            b"return" => b'R',
            b"try" => TRY,
            b"while" => WHILE,
            b"with" => WITH,
            b"yield" => b'z',
            _ => return None,
        })
    }

    /// The source text a token byte stands for, for messages.
    pub fn describe(b: u8) -> &'static str {
        if let Some((k, _)) = KEYWORDS.iter().find(|&&(_, x)| x == b) {
            return k;
        }
        if let Some((o, _)) = OPERATORS.iter().find(|&&(_, x)| x == b) {
            return o;
        }
        match b {
            NAME | NAME_MATCH | NAME_CASE => "name",
            NUMBER => "number",
            STRING => "string",
            NEWLINE => "newline",
            INDENT => "indent",
            DEDENT => "dedent",
            _ => "token",
        }
    }
}

/// CPython's limits (`MAXINDENT`, `MAXLEVEL` in tokenizer.h).
const MAX_INDENT: usize = 100;
const MAX_PAREN_LEVEL: usize = 200;
const TAB_SIZE: usize = 8;

/// The token text and the source range of each of its bytes.
pub struct Layout {
    pub text: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
    /// An upper bound on how deeply the parser can recurse over this text:
    /// the deepest bracket nesting plus the deepest indentation, plus the
    /// most `lambda`/`else` and operator tokens in one logical line (each
    /// can nest an expression in the previous one without a bracket).
    pub nesting: usize,
}

impl Layout {
    /// Source offset where the token at `pos` starts (the end of the source
    /// for the end of the token text).
    pub fn start(&self, pos: usize) -> usize {
        match self.starts.get(pos) {
            Some(&s) => s as usize,
            None => self.ends.last().map_or(0, |&e| e as usize),
        }
    }

    /// Source offset where the token at `pos` ends.
    pub fn end(&self, pos: usize) -> usize {
        self.ends[pos] as usize
    }

    /// The source range of the tokens `start..end` of the token text,
    /// ignoring trailing NEWLINE/INDENT/DEDENT tokens.
    pub fn range(&self, start: usize, end: usize) -> (usize, usize) {
        let text = self.text.as_bytes();
        let mut e = end;
        while e > start + 1 && matches!(text[e - 1], tok::NEWLINE | tok::INDENT | tok::DEDENT) {
            e -= 1;
        }
        let s = self.start(start);
        if e == start {
            return (s, s);
        }
        (s, (self.ends[e - 1] as usize).max(s))
    }
}

/// Runs the layout pass over decoded source text.
pub fn layout(source: &str) -> Result<Layout, SyntaxError> {
    Scanner {
        text: source,
        src: source.as_bytes(),
        pos: 0,
        out: Vec::with_capacity(source.len() / 3 + 16),
        starts: Vec::with_capacity(source.len() / 3 + 16),
        ends: Vec::with_capacity(source.len() / 3 + 16),
        indents: vec![(0, 0)],
        parens: Vec::new(),
        max_parens: 0,
        chain: 0,
        max_chain: 0,
        max_indents: 1,
    }
    .run()
}

struct Scanner<'a> {
    text: &'a str,
    src: &'a [u8],
    pos: usize,
    out: Vec<u8>,
    starts: Vec<u32>,
    ends: Vec<u32>,
    /// Indentation levels as `(column with tabs to 8, column with tabs as 1)`:
    /// CPython compares both to detect inconsistent tabs and spaces.
    indents: Vec<(usize, usize)>,
    /// Open brackets and their source offsets.
    parens: Vec<(u8, usize)>,
    max_parens: usize,
    /// `lambda`, `else` and operator tokens in the current logical line,
    /// and the most in any line.
    chain: usize,
    max_chain: usize,
    max_indents: usize,
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

    fn emit(&mut self, token: u8, start: usize, end: usize) {
        // Tokens that make the parser recurse without a bracket: `lambda`
        // and `else` nest an expression in the grammar; `**` and prefix
        // operators nest in the operator folding. (Binary operators fold in
        // a loop, so they do not count.)
        let prefix = matches!(token, tok::ADD | tok::SUB)
            && self.out.last().is_none_or(|&prev| !ends_operand(prev));
        match token {
            tok::LAMBDA | tok::ELSE | b'~' | tok::NOT | tok::POW => self.chain += 1,
            _ if prefix => self.chain += 1,
            tok::NEWLINE => {
                self.max_chain = self.max_chain.max(self.chain);
                self.chain = 0;
            }
            _ => {}
        }
        self.out.push(token);
        self.starts.push(start as u32);
        self.ends.push(end as u32);
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
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => self.pos = self.line_end(start),
                b'\n' | b'\r' => {
                    let len = if c == b'\r' && self.peek_at(start + 1) == b'\n' {
                        2
                    } else {
                        1
                    };
                    if self.parens.is_empty() {
                        self.emit(tok::NEWLINE, start, start);
                        at_line_start = true;
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
                            return Err(self.err("unexpected EOF while parsing", start + 1));
                        }
                        _ => {
                            return Err(self.err(
                                "unexpected character after line continuation character",
                                start + 1,
                            ));
                        }
                    };
                    if start + len >= self.src.len() {
                        return Err(self.err("unexpected EOF while parsing", start + 1));
                    }
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
                    self.max_parens = self.max_parens.max(self.parens.len());
                    let b = match c {
                        b'(' => tok::LPAR,
                        b'[' => tok::LSQB,
                        _ => c,
                    };
                    self.emit(b, start, start + 1);
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
                    self.emit(c, start, start + 1);
                    self.pos += 1;
                }
                _ if is_ident_start_ascii(c) || c >= 128 => self.identifier(start)?,
                0x00..=0x1f | 0x7f => {
                    return Err(self.err(
                        format!("invalid non-printable character U+{:04X}", c),
                        start,
                    ));
                }
                _ => self.operator(start),
            }
        }
        if let Some(&(open, at)) = self.parens.last() {
            return Err(self.err(format!("'{}' was never closed", open as char), at));
        }
        let end = self.src.len();
        if !at_line_start {
            self.emit(tok::NEWLINE, end, end);
        }
        for _ in 1..self.indents.len() {
            self.emit(tok::DEDENT, end, end);
        }
        let text = match String::from_utf8(self.out) {
            Ok(text) => text,
            Err(e) => {
                // Unreachable: only ASCII token bytes are written.
                return Err(SyntaxError::at(
                    "internal error: token text is not ASCII",
                    e.utf8_error().valid_up_to(),
                ));
            }
        };
        let max_chain = self.max_chain.max(self.chain);
        Ok(Layout {
            text,
            starts: self.starts,
            ends: self.ends,
            nesting: self.max_parens + self.max_indents + max_chain,
        })
    }

    /// Operators and delimiters, longest match first.
    fn operator(&mut self, start: usize) {
        let (len, b) = operator_token(&self.src[start..]);
        // `x := ...`: mark the name, so the grammar knows a walrus target
        // from its first token.
        if b == b'$'
            && let Some(last) = self.out.last_mut()
            && matches!(*last, tok::NAME | tok::NAME_MATCH | tok::NAME_CASE)
        {
            *last = tok::NAME_WALRUS;
        }
        // `$`, `?`, `` ` ``, a lone `!` become CPython's error token.
        self.emit(b, start, start + len);
        self.pos += len;
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
    /// and comment-only lines, and emits INDENT/DEDENT tokens.
    fn line_indentation(&mut self) -> Result<LineStart, SyntaxError> {
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
        match self.peek() {
            None => return Ok(LineStart::Eof),
            Some(b'#') | Some(b'\n') | Some(b'\r') => {
                let end = self.line_end(self.pos);
                let nl = match (self.peek_at(end), self.peek_at(end + 1)) {
                    (b'\r', b'\n') => 2,
                    (b'\n', _) | (b'\r', _) => 1,
                    _ => 0,
                };
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
        // CPython reports indentation errors at the start of the line, and
        // a bad dedent after the whole line.
        let line_start = self.src[..token_at]
            .iter()
            .rposition(|&b| b == b'\n' || b == b'\r')
            .map_or(0, |i| i + 1);
        let line_end = self.line_end(token_at);
        let tab_error = || {
            SyntaxError::tab(
                "inconsistent use of tabs and spaces in indentation",
                TextRange::new(line_start, line_start + 1),
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
                    TextRange::new(line_start, line_start + 1),
                ));
            }
            self.indents.push((col, altcol));
            self.max_indents = self.max_indents.max(self.indents.len());
            self.emit(tok::INDENT, token_at, token_at);
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
                    TextRange::new(line_end, line_end + 1),
                ));
            }
            if altcol != now_alt {
                return Err(tab_error());
            }
            for _ in 0..dedents {
                self.emit(tok::DEDENT, token_at, token_at);
            }
        }
        Ok(LineStart::Tokens)
    }

    /// An identifier or keyword, or a string literal with a prefix.
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
        let token = match tok::keyword(word) {
            Some(k) => k,
            None => match word {
                b"match" => tok::NAME_MATCH,
                b"case" => tok::NAME_CASE,
                _ => tok::NAME,
            },
        };
        self.emit(token, start, i);
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
    /// quote at `quote_at`.
    fn string(&mut self, start: usize, quote_at: usize) -> Result<(), SyntaxError> {
        let q = self.src[quote_at];
        let triple = self.peek_at(quote_at + 1) == q && self.peek_at(quote_at + 2) == q;
        let open_len = if triple { 3 } else { 1 };
        let mut i = quote_at + open_len;
        let len = self.src.len();
        loop {
            let Some(i_at) = memchr_any(&self.src[i..], q, triple).map(|k| i + k) else {
                // The line of the last character (a final newline does not
                // start another line).
                let line = self.line_of(len.saturating_sub(1));
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                return Err(self.err(msg, start));
            };
            i = i_at;
            let c = self.src[i];
            if c == b'\\' {
                i += if self.peek_at(i + 1) == b'\r' && self.peek_at(i + 2) == b'\n' {
                    3
                } else {
                    2
                };
                if i > len {
                    i = len;
                }
                continue;
            }
            if c == b'\n' || c == b'\r' {
                let line = self.line_of(i);
                return Err(self.err(
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                ));
            }
            // The quote character.
            if !triple || (self.peek_at(i + 1) == q && self.peek_at(i + 2) == q) {
                break;
            }
            i += 1;
        }
        let end = i + open_len;
        self.emit(tok::STRING, start, end);
        self.pos = end;
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
        self.emit(tok::NUMBER, start, end);
        self.pos = end;
        Ok(())
    }
}

/// Whether a token can end an operand (so a `+`/`-` after it is binary, and
/// a name or literal after it is a missing comma).
pub(crate) fn ends_operand(b: u8) -> bool {
    matches!(
        b,
        tok::NAME
            | tok::NAME_MATCH
            | tok::NAME_CASE
            | tok::NAME_WALRUS
            | tok::NUMBER
            | tok::STRING
            | tok::ELLIPSIS
            | b')'
            | b']'
            | b'}'
            | b'T'
            | b'F'
            | b'N'
    )
}

/// The first byte in `hay` that can end or interrupt a string body: the
/// quote, a backslash, or (for single-quoted strings) a line break.
fn memchr_any(hay: &[u8], quote: u8, triple: bool) -> Option<usize> {
    if triple {
        hay.iter().position(|&b| b == quote || b == b'\\')
    } else {
        hay.iter()
            .position(|&b| b == quote || b == b'\\' || b == b'\n' || b == b'\r')
    }
}

/// The length and token byte of the operator at the start of `rest`
/// (the same table as [`tok::OPERATORS`], as a match on the first bytes).
fn operator_token(rest: &[u8]) -> (usize, u8) {
    let at = |i: usize| rest.get(i).copied().unwrap_or(0);
    let (c1, c2) = (at(1), at(2));
    match at(0) {
        b'*' if c1 == b'*' && c2 == b'=' => (3, b'%'),
        b'*' if c1 == b'*' => (2, tok::POW),
        b'*' if c1 == b'=' => (2, b'3'),
        b'*' => (1, tok::MULT),
        b'/' if c1 == b'/' && c2 == b'=' => (3, b'&'),
        b'/' if c1 == b'/' => (2, tok::FLOORDIV),
        b'/' if c1 == b'=' => (2, b'4'),
        b'/' => (1, tok::DIV),
        b'<' if c1 == b'<' && c2 == b'=' => (3, b'\''),
        b'<' if c1 == b'<' => (2, tok::LSHIFT),
        b'<' if c1 == b'=' => (2, tok::LE),
        b'<' if c1 == b'>' => (2, tok::ERROR),
        b'<' => (1, tok::LT),
        b'>' if c1 == b'>' && c2 == b'=' => (3, b'('),
        b'>' if c1 == b'>' => (2, tok::RSHIFT),
        b'>' if c1 == b'=' => (2, tok::GE),
        b'>' => (1, tok::GT),
        b'.' if c1 == b'.' && c2 == b'.' => (3, tok::ELLIPSIS),
        b'.' => (1, b'.'),
        b'=' if c1 == b'=' => (2, tok::EQ),
        b'=' => (1, b'='),
        b'!' if c1 == b'=' => (2, tok::NE),
        b'-' if c1 == b'>' => (2, b'Z'),
        b'-' if c1 == b'=' => (2, b'2'),
        b'-' => (1, tok::SUB),
        b':' if c1 == b'=' => (2, b'$'),
        b':' => (1, b':'),
        b'+' if c1 == b'=' => (2, b'1'),
        b'+' => (1, tok::ADD),
        b'%' if c1 == b'=' => (2, b'5'),
        b'%' => (1, tok::MOD),
        b'&' if c1 == b'=' => (2, b'6'),
        b'&' => (1, tok::BITAND),
        b'|' if c1 == b'=' => (2, b'7'),
        b'|' => (1, tok::BITOR),
        b'^' if c1 == b'=' => (2, b'8'),
        b'^' => (1, tok::BITXOR),
        b'@' if c1 == b'=' => (2, b'9'),
        b'@' => (1, tok::MATMULT),
        b',' => (1, b','),
        b';' => (1, b';'),
        b'~' => (1, b'~'),
        // `$`, `?`, `` ` ``, a lone `!`: CPython's error token.
        _ => (1, tok::ERROR),
    }
}

enum LineStart {
    Eof,
    Blank,
    Tokens,
}

/// `b`, `r`, `u`, `f`, `br`, `rb`, `fr`, `rf` in any case.
fn is_string_prefix(word: &[u8]) -> bool {
    match word.len() {
        1 => matches!(word[0].to_ascii_lowercase(), b'b' | b'r' | b'u' | b'f'),
        2 => {
            let (a, b) = (word[0].to_ascii_lowercase(), word[1].to_ascii_lowercase());
            matches!(
                (a, b),
                (b'b', b'r') | (b'r', b'b') | (b'f', b'r') | (b'r', b'f')
            )
        }
        _ => false,
    }
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
        // A non-ASCII character that cannot continue a name is reported
        // as itself, as CPython's identifier check does.
        if self.cur() >= 0x80
            && let Some(ch) = std::str::from_utf8(&self.src[self.pos..])
                .ok()
                .or_else(|| {
                    let end = (self.pos + 4).min(self.src.len());
                    (self.pos + 1..=end)
                        .rev()
                        .find_map(|e| std::str::from_utf8(&self.src[self.pos..e]).ok())
                })
                .and_then(|s| s.chars().next())
            && !unicode_ident::is_xid_continue(ch)
        {
            let msg = if crate::unicode_printable::is_printable(ch as u32) {
                format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", ch as u32)
            };
            return Err((msg, self.pos));
        }
        if is_potential_ident_char(self.cur()) {
            return Err((format!("invalid {kind} literal"), self.pos - 1));
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
                return Err((format!("invalid {kind} literal"), self.pos - 1));
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
                    return Err(("invalid decimal literal".into(), self.pos - 1));
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
            .replace('\n', "<N>")
    }

    fn err(src: &str) -> String {
        layout(src).err().unwrap().msg
    }

    #[test]
    fn indentation_tokens() {
        assert_eq!(lay("if a:\n    b\nc\n"), "hn:<N><I>n<N><D>n<N>");
        assert_eq!(
            lay("if a:\n  if b:\n    c\n"),
            "hn:<N><I>hn:<N><I>n<N><D><D>"
        );
    }

    #[test]
    fn comments_blank_lines_and_brackets_leave_nothing() {
        assert_eq!(lay("x = (1, # c\n 2)\n\n# z\ny"), "n=-0,0)<N>n<N>");
        assert_eq!(lay("a = 'it''s' b'x'"), "n=\"\"\"<N>");
        assert_eq!(lay("x **= y // z ... != w"), "n%n\x1an`\x04n<N>");
        assert_eq!(lay("(y := 1)"), "-?$0)<N>");
        assert_eq!(lay("match case _ print"), "opnn<N>");
    }

    #[test]
    fn spans_map_back() {
        let l = layout("if a:\n    bb\nc\n").unwrap();
        let b_at = l.text.find('\x01').unwrap() + 1;
        assert_eq!(l.range(b_at, b_at + 1), (10, 12));
        assert_eq!(l.range(0, 3), (0, 5));
    }

    #[test]
    fn tokenizer_errors() {
        assert_eq!(
            err("x = 'abc\n"),
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            err("x = '''abc\n\n"),
            "unterminated triple-quoted string literal (detected at line 2)"
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
        assert_eq!(
            err("if x:\n\tif y:\n        z\n"),
            "inconsistent use of tabs and spaces in indentation"
        );
        assert_eq!(err(&"(".repeat(100_000)), "too many nested parentheses");
    }

    #[test]
    fn keyword_match_agrees_with_the_table() {
        for &(k, b) in tok::KEYWORDS {
            assert_eq!(tok::keyword(k.as_bytes()), Some(b), "{k}");
        }
        assert_eq!(tok::keyword(b"print"), None);
    }

    #[test]
    fn operator_match_agrees_with_the_table() {
        for &(op, b) in tok::OPERATORS {
            assert_eq!(operator_token(op.as_bytes()), (op.len(), b), "{op}");
        }
        assert_eq!(operator_token(b"$"), (1, tok::ERROR));
        assert_eq!(operator_token(b"!x"), (1, tok::ERROR));
    }

    #[test]
    fn numbers_followed_by_keywords() {
        assert_eq!(lay("1if 1else 2"), "0h0e0<N>");
        assert_eq!(lay("0x1for"), "0\x1b<N>");
    }
}
