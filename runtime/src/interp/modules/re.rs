//! `_re`: the matching engine under `runtime/lib/re` (Python). A Python
//! pattern is parsed here with CPython's `re` syntax and error messages
//! (`re.error` message and position) and translated to the syntax of the
//! `fancy-regex` crate (a backtracking engine over the `regex` crate:
//! leftmost-first, like CPython's `sre`), spelling out what differs:
//! `$` (end, or before a final newline), `\Z`, `^`/`.` under the flags,
//! `\s` (Python's whitespace), ASCII classes under `re.A`, literals as
//! `\x{..}`. Constructs the translation cannot express exactly raise
//! `SystemError: krait: ... not supported yet`.
//!
//! Functions: `compile(pattern, flags)` gives a handle, or a
//! `(message, position)` tuple for `re.error`; `info(h)` gives
//! `(flags, groups, [(name, index)], parents)`; `match(h, string, pos,
//! endpos, mode)` (mode 0 search, 1 match, 2 fullmatch, 3 search for a
//! non-empty match at `pos` or later) gives `None` or the list of group
//! spans as character offsets (-1 for a group that did not take part).

use super::*;
use crate::objects::{RegexObj, StrObj, new_regex};
use fancy_regex::{Regex, RegexBuilder};
use std::cell::RefCell;

const FUNCTIONS: &[&str] = &["compile", "info", "match"];

pub(super) fn init(interp: &mut Interp, m: u32) -> PyResult<()> {
    bind_functions(interp, m, "_re", FUNCTIONS);
    Ok(())
}

const F_I: i64 = 2;
const F_L: i64 = 4;
const F_M: i64 = 8;
const F_S: i64 = 16;
const F_U: i64 = 32;
const F_X: i64 = 64;
const F_A: i64 = 256;

/// A compiled pattern: the translated text and its engines, made when
/// first needed.
pub struct Compiled {
    body: String,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    /// search, match (`\G`), fullmatch (`\G...\z`), non-empty at or
    /// after the start.
    engines: RefCell<[Option<Regex>; 4]>,
}

type PErr = (String, usize);

/// The bounds of a `{m,n}` repetition (`None`: not written).
type Bounds = (Option<u64>, Option<u64>);

struct Tr<'a> {
    p: &'a [char],
    i: usize,
    out: String,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
    /// For each group (1-based index - 1), its enclosing group (0: none).
    parents: Vec<usize>,
    open: Vec<usize>,
    /// Conditional references to check once all groups are known.
    conds: Vec<(usize, usize)>,
    /// Whether anything but global flags has been parsed.
    started: bool,
}

fn hexlit(c: char) -> String {
    if c.is_ascii_alphanumeric() || c == '_' {
        c.to_string()
    } else {
        format!("\\x{{{:x}}}", c as u32)
    }
}

fn is_ident(name: &str) -> bool {
    let mut cs = name.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

enum ClassItem {
    Char(char),
    /// A class escape (`\d`) as translated, and its source text.
    Set(String),
}

impl Tr<'_> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn at(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn ascii(&self) -> bool {
        self.flags & F_A != 0
    }

    fn skip_verbose(&mut self) {
        if self.flags & F_X == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn class_escape(&self, c: char) -> Option<String> {
        let a = self.ascii();
        Some(
            match c {
                'd' if a => "[0-9]",
                'D' if a => "[^0-9]",
                'w' if a => "[0-9A-Za-z_]",
                'W' if a => "[^0-9A-Za-z_]",
                's' if a => "[\\t\\n\\x{b}\\x{c}\\r ]",
                'S' if a => "[^\\t\\n\\x{b}\\x{c}\\r ]",
                'd' => "\\d",
                'D' => "\\D",
                'w' => "\\w",
                'W' => "\\W",
                's' => "[\\s\\x{1c}-\\x{1f}]",
                'S' => "[^\\s\\x{1c}-\\x{1f}]",
                _ => return None,
            }
            .to_string(),
        )
    }

    /// Reads `n` hex digits after an escape (`\x`, `\u`, `\U`) at `start`.
    fn hex_escape(&mut self, start: usize, n: usize) -> Result<char, PErr> {
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    v = v * 16 + d;
                    self.i += 1;
                }
                None => {
                    let text: String = self.p[start..self.i].iter().collect();
                    return Err((format!("incomplete escape {text}"), start));
                }
            }
        }
        char::from_u32(v).ok_or_else(|| {
            let text: String = self.p[start..self.i].iter().collect();
            (format!("bad escape {text}"), start)
        })
    }

    /// An escape whose meaning is one character in both contexts
    /// (`\n`, `\x41`, `\N{...}`, punctuation); `None` for the others.
    fn char_escape(&mut self, c: char, start: usize) -> Result<Option<char>, PErr> {
        Ok(Some(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'x' => return self.hex_escape(start, 2).map(Some),
            'u' => return self.hex_escape(start, 4).map(Some),
            'U' => return self.hex_escape(start, 8).map(Some),
            'N' => {
                if self.peek() != Some('{') {
                    return Err(("missing {".into(), self.i));
                }
                let open = self.i;
                let close = self.p[open..].iter().position(|&c| c == '}');
                let Some(close) = close.map(|k| open + k) else {
                    return Err(("missing }, unterminated name".into(), open + 1));
                };
                let name: String = self.p[open + 1..close].iter().collect();
                self.i = close + 1;
                return match unicode_names2::character(&name) {
                    Some(ch) => Ok(Some(ch)),
                    None => Err((format!("undefined character name '{name}'"), start)),
                };
            }
            c if c.is_ascii_alphanumeric() => return Ok(None),
            c => c,
        }))
    }

    fn octal(&mut self, start: usize) -> Result<char, PErr> {
        let mut v = 0u32;
        let mut k = 0;
        while k < 3 {
            match self.peek().and_then(|c| c.to_digit(8)) {
                Some(d) => {
                    v = v * 8 + d;
                    self.i += 1;
                    k += 1;
                }
                None => break,
            }
        }
        if v > 0o377 {
            let text: String = self.p[start..self.i].iter().collect();
            return Err((
                format!("octal escape value {text} outside of range 0-0o377"),
                start,
            ));
        }
        Ok(char::from_u32(v).unwrap_or('\0'))
    }

    fn class_item(&mut self) -> Result<ClassItem, PErr> {
        let start = self.i;
        let c = self.p[self.i];
        self.i += 1;
        if c != '\\' {
            return Ok(ClassItem::Char(c));
        }
        let Some(e) = self.peek() else {
            return Err(("bad escape (end of pattern)".into(), start));
        };
        self.i += 1;
        if let Some(s) = self.class_escape(e) {
            return Ok(ClassItem::Set(s));
        }
        if e == 'b' {
            return Ok(ClassItem::Char('\x08'));
        }
        if e.is_digit(8) {
            self.i -= 1;
            return self.octal(start).map(ClassItem::Char);
        }
        match self.char_escape(e, start)? {
            Some(ch) => Ok(ClassItem::Char(ch)),
            None => Err((format!("bad escape \\{e}"), start)),
        }
    }

    fn class(&mut self) -> Result<(), PErr> {
        let start = self.i;
        self.i += 1;
        let mut out = String::from("[");
        if self.peek() == Some('^') {
            out.push('^');
            self.i += 1;
        }
        let mut first = true;
        loop {
            match self.peek() {
                None => return Err(("unterminated character set".into(), start)),
                Some(']') if !first => {
                    self.i += 1;
                    break;
                }
                _ => {}
            }
            first = false;
            let item_start = self.i;
            let lo = self.class_item()?;
            if self.peek() == Some('-') && self.at(1).is_some_and(|c| c != ']') {
                self.i += 1;
                let hi = self.class_item()?;
                let text: String = self.p[item_start..self.i].iter().collect();
                match (lo, hi) {
                    (ClassItem::Char(a), ClassItem::Char(b)) => {
                        if a > b {
                            return Err((format!("bad character range {text}"), item_start));
                        }
                        out.push_str(&format!("\\x{{{:x}}}-\\x{{{:x}}}", a as u32, b as u32));
                    }
                    _ => return Err((format!("bad character range {text}"), item_start)),
                }
            } else {
                match lo {
                    ClassItem::Char(a) => out.push_str(&format!("\\x{{{:x}}}", a as u32)),
                    ClassItem::Set(s) => out.push_str(&s),
                }
            }
        }
        out.push(']');
        self.out.push_str(&out);
        Ok(())
    }

    /// A group reference by number at `start` (the backslash).
    fn backref(&mut self, start: usize) -> Result<(), PErr> {
        let digits_at = self.i;
        let mut n = 0usize;
        let mut k = 0;
        while k < 2 {
            match self.peek().and_then(|c| c.to_digit(10)) {
                Some(d) => {
                    n = n * 10 + d as usize;
                    self.i += 1;
                    k += 1;
                }
                None => break,
            }
        }
        self.group_ref(n, digits_at, start)
    }

    fn group_ref(&mut self, n: usize, pos: usize, open_pos: usize) -> Result<(), PErr> {
        if n == 0 || n > self.groups {
            return Err((format!("invalid group reference {n}"), pos));
        }
        if self.open.contains(&n) {
            return Err(("cannot refer to an open group".into(), open_pos));
        }
        if self.flags & F_I != 0 {
            return Err(("\u{0}a backreference with IGNORECASE".into(), pos));
        }
        self.out.push_str(&format!("(?:\\k<{n}>)"));
        Ok(())
    }

    /// An escape outside a class; returns whether it can be repeated.
    fn escape(&mut self) -> Result<bool, PErr> {
        let start = self.i;
        self.i += 1;
        let Some(e) = self.peek() else {
            return Err(("bad escape (end of pattern)".into(), start));
        };
        self.i += 1;
        if let Some(s) = self.class_escape(e) {
            self.out.push_str(&s);
            return Ok(true);
        }
        let anchor = match e {
            'A' => Some("\\A"),
            'Z' => Some("\\z"),
            'b' if self.ascii() => Some("(?-u:\\b)"),
            'B' if self.ascii() => Some("(?-u:\\B)"),
            'b' => Some("\\b"),
            'B' => Some("\\B"),
            _ => None,
        };
        if let Some(a) = anchor {
            self.out.push_str(a);
            return Ok(false);
        }
        if e == '0' {
            self.i -= 1;
            let ch = self.octal(start)?;
            self.out.push_str(&hexlit(ch));
            return Ok(true);
        }
        if e.is_ascii_digit() {
            // Three octal digits are a character, else a group reference.
            if e.is_digit(8)
                && self.peek().is_some_and(|c| c.is_digit(8))
                && self.at(1).is_some_and(|c| c.is_digit(8))
            {
                self.i -= 1;
                let ch = self.octal(start)?;
                self.out.push_str(&hexlit(ch));
                return Ok(true);
            }
            self.i -= 1;
            self.backref(start)?;
            return Ok(true);
        }
        match self.char_escape(e, start)? {
            Some(ch) => {
                self.out.push_str(&hexlit(ch));
                Ok(true)
            }
            None => Err((format!("bad escape \\{e}"), start)),
        }
    }

    /// Parses `{m,n}` at the cursor: `Some((min, max))` and the cursor
    /// after it, or `None` (a literal `{`) with the cursor unmoved.
    fn braces(&mut self) -> Result<Option<Bounds>, PErr> {
        let save = self.i;
        self.i += 1;
        let num = |t: &mut Self| -> Option<u64> {
            let s = t.i;
            while t.peek().is_some_and(|c| c.is_ascii_digit()) {
                t.i += 1;
            }
            if t.i == s {
                None
            } else {
                let text: String = t.p[s..t.i].iter().collect();
                Some(text.parse::<u64>().unwrap_or(u64::MAX))
            }
        };
        let min_at = self.i;
        let lo = num(self);
        let hi;
        if self.peek() == Some(',') {
            self.i += 1;
            hi = num(self);
        } else {
            hi = lo;
            if lo.is_none() {
                self.i = save;
                return Ok(None);
            }
        }
        if self.peek() != Some('}') {
            self.i = save;
            return Ok(None);
        }
        self.i += 1;
        for v in [lo, hi].into_iter().flatten() {
            if v >= 4294967295 {
                return Err(("the repetition number is too large".into(), min_at));
            }
        }
        if let (Some(a), Some(b)) = (lo, hi)
            && a > b
        {
            return Err(("min repeat greater than max repeat".into(), min_at));
        }
        Ok(Some((lo, hi)))
    }

    /// One quantifier if there is one; `Ok(true)` if one was read.
    fn quantifier(&mut self, repeatable: bool) -> Result<bool, PErr> {
        self.skip_verbose();
        let at = self.i;
        let q = match self.peek() {
            Some('*') => {
                self.i += 1;
                "*".to_string()
            }
            Some('+') => {
                self.i += 1;
                "+".to_string()
            }
            Some('?') => {
                self.i += 1;
                "?".to_string()
            }
            Some('{') => match self.braces()? {
                None => return Ok(false),
                Some((lo, hi)) => match (lo, hi) {
                    (lo, Some(h)) if lo == Some(h) => format!("{{{h}}}"),
                    (lo, Some(h)) => format!("{{{},{h}}}", lo.unwrap_or(0)),
                    (lo, None) => format!("{{{},}}", lo.unwrap_or(0)),
                },
            },
            _ => return Ok(false),
        };
        if !repeatable {
            return Err(("nothing to repeat".into(), at));
        }
        self.out.push_str(&q);
        match self.peek() {
            Some('?') => {
                self.i += 1;
                self.out.push('?');
            }
            Some('+') => {
                self.i += 1;
                self.out.push('+');
            }
            _ => {}
        }
        self.skip_verbose();
        let at = self.i;
        let again = match self.peek() {
            Some('*' | '+' | '?') => true,
            Some('{') => {
                let save = self.i;
                let r = self.braces()?.is_some();
                self.i = save;
                r
            }
            _ => false,
        };
        if again {
            return Err(("multiple repeat".into(), at));
        }
        Ok(true)
    }

    fn flag_letters(&mut self) -> Result<(i64, i64, bool), PErr> {
        // (?aiLmsux-imsx) : returns (on, off, scoped)
        let mut on = 0;
        let mut off = 0;
        let mut neg = false;
        loop {
            let Some(c) = self.peek() else {
                return Err(("missing -, : or )".into(), self.i));
            };
            let f = match c {
                'a' => F_A,
                'i' => F_I,
                'L' => F_L,
                'm' => F_M,
                's' => F_S,
                'u' => F_U,
                'x' => F_X,
                '-' if !neg => {
                    neg = true;
                    self.i += 1;
                    continue;
                }
                ':' => {
                    self.i += 1;
                    return Ok((on, off, true));
                }
                ')' => {
                    if neg {
                        return Err(("missing :".into(), self.i));
                    }
                    self.i += 1;
                    return Ok((on, off, false));
                }
                c if c.is_alphabetic() => {
                    return Err(("unknown flag".into(), self.i));
                }
                _ => return Err(("missing -, : or )".into(), self.i)),
            };
            self.i += 1;
            if f == F_L {
                return Err((
                    "bad inline flags: cannot use 'L' flag with a str pattern".into(),
                    self.i,
                ));
            }
            if neg {
                off |= f;
            } else {
                on |= f;
            }
        }
    }

    fn name_until(&mut self, end: char) -> Result<(String, usize), PErr> {
        let at = self.i;
        let close = self.p[at..].iter().position(|&c| c == end);
        let Some(close) = close.map(|k| at + k) else {
            return Err((format!("missing {end}, unterminated name"), at));
        };
        let name: String = self.p[at..close].iter().collect();
        if name.is_empty() {
            return Err(("missing group name".into(), at));
        }
        self.i = close + 1;
        Ok((name, at))
    }

    /// A group starting at `(`; returns whether it can be repeated.
    fn group(&mut self) -> Result<bool, PErr> {
        let open_at = self.i;
        self.i += 1;
        let saved = self.flags;
        let mut capture = None;
        if self.peek() == Some('?') {
            self.i += 1;
            let Some(c) = self.peek() else {
                return Err(("unexpected end of pattern".into(), self.i));
            };
            match c {
                ':' => {
                    self.i += 1;
                    self.out.push_str("(?:");
                }
                'P' => {
                    self.i += 1;
                    match self.peek() {
                        Some('<') => {
                            self.i += 1;
                            let (name, at) = self.name_until('>')?;
                            if !is_ident(&name) {
                                return Err((format!("bad character in group name '{name}'"), at));
                            }
                            if let Some((_, g)) = self.names.iter().find(|(n, _)| *n == name) {
                                return Err((
                                    format!(
                                        "redefinition of group name '{name}' as group {}; was group {g}",
                                        self.groups + 1
                                    ),
                                    at,
                                ));
                            }
                            self.groups += 1;
                            self.names.push((name, self.groups));
                            capture = Some(self.groups);
                            self.out.push('(');
                        }
                        Some('=') => {
                            self.i += 1;
                            let (name, at) = self.name_until(')')?;
                            if !is_ident(&name) {
                                return Err((format!("bad character in group name '{name}'"), at));
                            }
                            let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                                return Err((format!("unknown group name '{name}'"), at));
                            };
                            self.group_ref(g, at, at)?;
                            return Ok(true);
                        }
                        Some(c) => {
                            return Err((format!("unknown extension ?P{c}"), open_at + 1));
                        }
                        None => return Err(("unexpected end of pattern".into(), self.i)),
                    }
                }
                '=' | '!' => {
                    self.i += 1;
                    self.out.push_str(if c == '=' { "(?=" } else { "(?!" });
                }
                '<' => {
                    self.i += 1;
                    match self.peek() {
                        Some('=') => self.out.push_str("(?<="),
                        Some('!') => self.out.push_str("(?<!"),
                        Some(c) => {
                            return Err((format!("unknown extension ?<{c}"), open_at + 1));
                        }
                        None => return Err(("unexpected end of pattern".into(), self.i)),
                    }
                    self.i += 1;
                }
                '>' => {
                    self.i += 1;
                    self.out.push_str("(?>");
                }
                '#' => {
                    while let Some(c) = self.peek() {
                        self.i += 1;
                        if c == ')' {
                            return Ok(false);
                        }
                    }
                    return Err(("missing ), unterminated comment".into(), open_at));
                }
                '(' => {
                    self.i += 1;
                    let (name, at) = self.name_until(')')?;
                    let g = if name.chars().all(|c| c.is_ascii_digit()) {
                        name.parse::<usize>().unwrap_or(usize::MAX)
                    } else if !is_ident(&name) {
                        return Err((format!("bad character in group name '{name}'"), at));
                    } else {
                        match self.names.iter().find(|(n, _)| *n == name) {
                            Some(&(_, g)) => g,
                            None => return Err((format!("unknown group name '{name}'"), at)),
                        }
                    };
                    self.conds.push((g, at));
                    self.out.push_str(&format!("(?({g})"));
                    self.alternation()?;
                    if self.peek() != Some(')') {
                        return Err(("missing ), unterminated subpattern".into(), open_at));
                    }
                    self.i += 1;
                    self.out.push(')');
                    return Ok(true);
                }
                c if "aiLmsux-".contains(c) => {
                    let (on, off, scoped) = self.flag_letters()?;
                    if !scoped {
                        if self.started {
                            return Err((
                                "global flags not at the start of the expression".into(),
                                open_at,
                            ));
                        }
                        self.flags |= on;
                        if on & F_I != 0 {
                            self.out.push_str("(?i)");
                        }
                        return Ok(false);
                    }
                    self.flags = (self.flags | on) & !off;
                    if on & F_I != 0 {
                        self.out.push_str("(?i:");
                    } else if off & F_I != 0 {
                        self.out.push_str("(?-i:");
                    } else {
                        self.out.push_str("(?:");
                    }
                }
                c => return Err((format!("unknown extension ?{c}"), open_at + 1)),
            }
        } else {
            self.groups += 1;
            capture = Some(self.groups);
            self.out.push('(');
        }
        self.started = true;
        if let Some(g) = capture {
            self.parents.push(self.open.last().copied().unwrap_or(0));
            self.open.push(g);
        }
        let body_at = self.out.len();
        self.alternation()?;
        if self.peek() != Some(')') {
            return Err(("missing ), unterminated subpattern".into(), open_at));
        }
        self.i += 1;
        if self.out[..body_at].ends_with("(?<=") || self.out[..body_at].ends_with("(?<!") {
            fixed_width(&self.out[body_at..])?;
        }
        self.out.push(')');
        if capture.is_some() {
            self.open.pop();
        }
        self.flags = saved;
        Ok(true)
    }

    fn sequence(&mut self) -> Result<(), PErr> {
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { return Ok(()) };
            let repeatable = match c {
                '|' | ')' => return Ok(()),
                '(' => {
                    let r = self.group()?;
                    if !r {
                        // comments and global flags: nothing to repeat
                        self.skip_verbose();
                        if matches!(self.peek(), Some('*' | '+' | '?')) {
                            return Err(("nothing to repeat".into(), self.i));
                        }
                        continue;
                    }
                    true
                }
                '[' => {
                    self.started = true;
                    self.class()?;
                    true
                }
                '\\' => {
                    self.started = true;
                    self.escape()?
                }
                '.' => {
                    self.started = true;
                    self.i += 1;
                    self.out
                        .push_str(if self.flags & F_S != 0 { "(?s:.)" } else { "." });
                    true
                }
                '^' => {
                    self.started = true;
                    self.i += 1;
                    self.out.push_str(if self.flags & F_M != 0 {
                        "(?m:^)"
                    } else {
                        "\\A"
                    });
                    false
                }
                '$' => {
                    self.started = true;
                    self.i += 1;
                    self.out.push_str(if self.flags & F_M != 0 {
                        "(?m:$)"
                    } else {
                        "(?=\\n?\\z)"
                    });
                    false
                }
                '*' | '+' | '?' => return Err(("nothing to repeat".into(), self.i)),
                '{' => {
                    let save = self.i;
                    if self.braces()?.is_some() {
                        return Err(("nothing to repeat".into(), save));
                    }
                    self.i = save + 1;
                    self.started = true;
                    self.out.push_str("\\{");
                    true
                }
                c => {
                    self.started = true;
                    self.i += 1;
                    self.out.push_str(&hexlit(c));
                    true
                }
            };
            self.quantifier(repeatable)?;
        }
    }

    fn alternation(&mut self) -> Result<(), PErr> {
        loop {
            self.sequence()?;
            if self.peek() == Some('|') {
                self.i += 1;
                self.out.push('|');
                continue;
            }
            return Ok(());
        }
    }
}

/// CPython accepts a look-behind only over a fixed-width pattern.
fn fixed_width(body: &str) -> Result<(), PErr> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(body)
        .map_err(|_| ("\u{0}this look-behind".to_string(), 0))?;
    let props = hir.properties();
    if props.minimum_len() != props.maximum_len() {
        return Err((
            "look-behind requires fixed-width pattern".into(),
            usize::MAX,
        ));
    }
    Ok(())
}

fn translate(pattern: &str, flags: i64) -> Result<Compiled, PErr> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut t = Tr {
        p: &chars,
        i: 0,
        out: String::new(),
        flags,
        groups: 0,
        names: Vec::new(),
        parents: Vec::new(),
        open: Vec::new(),
        conds: Vec::new(),
        started: false,
    };
    if flags & F_I != 0 {
        t.out.push_str("(?i)");
    }
    t.alternation()?;
    if t.i < chars.len() {
        return Err(("unbalanced parenthesis".into(), t.i));
    }
    for &(g, at) in &t.conds {
        if g == 0 || g > t.groups {
            return Err((format!("invalid group reference {g}"), at));
        }
    }
    let global = t.flags;
    Ok(Compiled {
        body: t.out,
        flags: global,
        groups: t.groups,
        names: t.names,
        parents: t.parents,
        engines: RefCell::new([None, None, None, None]),
    })
}

fn build(text: &str) -> PyResult<Regex> {
    RegexBuilder::new(text)
        .backtrack_limit(100_000_000)
        .build()
        .map_err(|e| unsupported(&format!("this regular expression ({e})")))
}

impl Compiled {
    fn engine(&self, mode: usize) -> PyResult<std::cell::Ref<'_, Regex>> {
        if self.engines.borrow()[mode].is_none() {
            let b = &self.body;
            let text = match mode {
                0 => b.clone(),
                1 => format!("\\G(?:{b})"),
                2 => format!("\\G(?:{b})\\z"),
                _ => format!("(?:{b})(?!\\G)"),
            };
            let r = build(&text)?;
            self.engines.borrow_mut()[mode] = Some(r);
        }
        Ok(std::cell::Ref::map(self.engines.borrow(), |e| {
            e[mode].as_ref().expect("engine built above")
        }))
    }
}

fn handle(v: &Value) -> PyResult<&Compiled> {
    v.downcast::<RegexObj>()
        .and_then(|r| r.inner.downcast_ref::<Compiled>())
        .ok_or_else(|| type_error("_re: expected a compiled pattern"))
}

fn str_arg(v: &Value) -> PyResult<&str> {
    v.downcast::<StrObj>()
        .map(|s| s.value.as_str())
        .ok_or_else(|| unsupported("a regular expression over bytes"))
}

pub(super) fn call(
    _interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
) -> PyResult<Value> {
    match name {
        "compile" => {
            exact_args("_re", name, args, kwnames, 2)?;
            let p = str_arg(&args[0])?;
            let flags = index_arg(&args[1])?.to_i64().unwrap_or(0);
            match translate(p, flags) {
                Ok(c) => {
                    // Build the search engine now: a construct the engine
                    // rejects fails at compile time, as in CPython.
                    c.engine(0)?;
                    Ok(new_regex(Box::new(c)))
                }
                Err((msg, _)) if msg.starts_with('\u{0}') => Err(unsupported(&format!(
                    "{} in a regular expression",
                    &msg[1..]
                ))),
                Err((msg, pos)) => Ok(new_tuple(vec![
                    new_str(msg),
                    if pos == usize::MAX {
                        Value::none()
                    } else {
                        Value::int(pos as i64)
                    },
                ])),
            }
        }
        "info" => {
            exact_args("_re", name, args, kwnames, 1)?;
            let c = handle(&args[0])?;
            let names = c
                .names
                .iter()
                .map(|(n, g)| new_tuple(vec![new_str(n.as_str()), Value::int(*g as i64)]))
                .collect();
            let parents = c.parents.iter().map(|&p| Value::int(p as i64)).collect();
            Ok(new_tuple(vec![
                Value::int(c.flags),
                Value::int(c.groups as i64),
                new_list(names),
                new_list(parents),
            ]))
        }
        "match" => {
            exact_args("_re", name, args, kwnames, 5)?;
            let c = handle(&args[0])?;
            let s = str_arg(&args[1])?;
            let pos = index_arg(&args[2])?.to_usize().unwrap_or(0);
            let endpos = index_arg(&args[3])?.to_usize().unwrap_or(0);
            let mode = index_arg(&args[4])?.to_usize().unwrap_or(0).min(3);
            // character offsets to byte offsets
            let ascii = s.is_ascii();
            let byte_of = |ch: usize| -> usize {
                if ascii {
                    ch.min(s.len())
                } else {
                    s.char_indices().nth(ch).map(|(b, _)| b).unwrap_or(s.len())
                }
            };
            let (bpos, bend) = (byte_of(pos), byte_of(endpos));
            if bpos > bend {
                return Ok(Value::none());
            }
            let hay = &s[..bend];
            let re = c.engine(mode)?;
            let caps = re
                .captures_from_pos(hay, bpos)
                .map_err(|e| unsupported(&format!("this match ({e})")))?;
            let Some(caps) = caps else {
                return Ok(Value::none());
            };
            let char_of = |b: usize| -> i64 {
                if ascii {
                    b as i64
                } else {
                    s[..b].chars().count() as i64
                }
            };
            let mut spans = Vec::with_capacity(2 * (c.groups + 1));
            for g in 0..=c.groups {
                match caps.get(g) {
                    Some(m) => {
                        spans.push(Value::int(char_of(m.start())));
                        spans.push(Value::int(char_of(m.end())));
                    }
                    None => {
                        spans.push(Value::int(-1));
                        spans.push(Value::int(-1));
                    }
                }
            }
            Ok(new_list(spans))
        }
        _ => Err(unsupported(&format!("the native function _re.{name}"))),
    }
}
