//! Python `str` semantics as plain functions over Rust `&str`.
//!
//! Python strings are sequences of code points, so every length, index,
//! slice bound and search result here counts `char`s, never bytes. The
//! object model keeps strings as UTF-8 and calls these functions; they
//! reproduce CPython 3.11's results and error messages (as [`StrError`]:
//! exception class plus message).
//!
//! Character properties (`isalpha`, `isspace`, `isidentifier`, ...) and the
//! full case mappings (`upper`, `lower`, `title`, `casefold`) come from the
//! tables in `strops_tables.rs`, generated from CPython 3.11 (Unicode 14.0)
//! by `scripts/gen_strops_tables.py`: Rust's `char` methods follow a newer
//! Unicode and partly other definitions (`char::is_whitespace` is not
//! `str.isspace`, and Rust has no title case or case folding).
//!
//! Indices are `i64`; callers convert Python ints to it, clamping huge ones
//! the way CPython clamps to `Py_ssize_t` (`PY_SSIZE_T_MAX` / `MIN` are
//! `i64::MAX` / `MIN` here).
//!
//! `%`-formatting ([`percent_format`]) takes its arguments as [`FmtArg`]s
//! the object model builds: `str()`, `repr()` of arbitrary objects are the
//! caller's job (see [`FmtArg::Other`]).
//!
//! Known gaps: lone surrogates cannot live in a Rust `String`, so
//! `chr(0xD800)` and `'%c' % 0xD800` report an error instead of producing one.

use krait_frontend::pyrepr::{push_repr_text, repr_float};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};
use std::fmt;

#[rustfmt::skip]
#[allow(clippy::unreadable_literal)]
mod tables {
    include!("strops_tables.rs");
}

/// A Python exception raised by a string operation: `kind` is the exception
/// class (`"ValueError"`, `"TypeError"`, `"IndexError"`, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrError {
    /// The exception class name.
    pub kind: &'static str,
    /// The exception message, exactly as CPython words it.
    pub msg: String,
}

impl StrError {
    /// A new error of class `kind`.
    pub fn new(kind: &'static str, msg: impl Into<String>) -> Self {
        StrError {
            kind,
            msg: msg.into(),
        }
    }

    fn value(msg: impl Into<String>) -> Self {
        Self::new("ValueError", msg)
    }

    fn type_err(msg: impl Into<String>) -> Self {
        Self::new("TypeError", msg)
    }

    fn overflow(msg: impl Into<String>) -> Self {
        Self::new("OverflowError", msg)
    }
}

impl fmt::Display for StrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.msg)
        }
    }
}

impl std::error::Error for StrError {}

// ---------------------------------------------------------------------------
// Character properties

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `Py_UNICODE_ISSPACE`: `c.isspace()` for one character.
pub fn char_isspace(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ')
    } else {
        in_ranges(&tables::SPACE, c)
    }
}

/// `c.isalpha()` for one character.
pub fn char_isalpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(&tables::ALPHA, c)
    }
}

/// `c.isdecimal()` for one character.
pub fn char_isdecimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(&tables::DECIMAL, c)
    }
}

/// `c.isdigit()` for one character.
pub fn char_isdigit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(&tables::DIGIT, c)
    }
}

/// `c.isnumeric()` for one character.
pub fn char_isnumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(&tables::NUMERIC, c)
    }
}

/// `c.isalnum()` for one character.
pub fn char_isalnum(c: char) -> bool {
    char_isalpha(c) || char_isdecimal(c) || char_isdigit(c) || char_isnumeric(c)
}

/// The Unicode Lowercase property (`c.islower()` for one character).
pub fn char_islower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_ranges(&tables::LOWER, c)
    }
}

/// The Unicode Uppercase property (`c.isupper()` for one character).
pub fn char_isupper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_ranges(&tables::UPPER, c)
    }
}

/// Title case letter (general category Lt).
pub fn char_istitle(c: char) -> bool {
    !c.is_ascii() && in_ranges(&tables::TITLE, c)
}

/// The Unicode Cased property.
pub fn char_iscased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(&tables::CASED, c)
    }
}

fn char_case_ignorable(c: char) -> bool {
    in_ranges(&tables::CASE_IGNORABLE, c)
}

/// `c.isprintable()` for one character.
pub fn char_isprintable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_ranges(&tables::PRINTABLE, c)
    }
}

fn char_xid_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        in_ranges(&tables::XID_START, c)
    }
}

fn char_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_ranges(&tables::XID_CONTINUE, c)
    }
}

// ---------------------------------------------------------------------------
// Case mappings

type CaseRow = (u32, &'static str, &'static str, &'static str, &'static str);

fn case_row(c: char) -> Option<&'static CaseRow> {
    let cp = c as u32;
    tables::CASES
        .binary_search_by_key(&cp, |r| r.0)
        .ok()
        .map(|i| &tables::CASES[i])
}

fn push_mapped(out: &mut String, c: char, pick: fn(&CaseRow) -> &'static str) {
    match case_row(c) {
        Some(row) => out.push_str(pick(row)),
        None => out.push(c),
    }
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, c, |r| r.2);
    }
}

fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, c, |r| r.3);
    }
}

/// Lower-cases `chars[i]`, applying the Final_Sigma rule to U+03A3.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_mapped(out, c, |r| r.1);
    }
}

fn final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    loop {
        if j == 0 {
            return false;
        }
        j -= 1;
        if !char_case_ignorable(chars[j]) {
            break;
        }
    }
    if !char_iscased(chars[j]) {
        return false;
    }
    let mut j = i + 1;
    while j < chars.len() && char_case_ignorable(chars[j]) {
        j += 1;
    }
    j == chars.len() || !char_iscased(chars[j])
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_mapped(&mut out, c, |r| r.4);
        }
    }
    out
}

/// `s.title()`: each run of cased characters starts title-cased and
/// continues lower-cased.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = char_iscased(c);
    }
    out
}

/// `s.capitalize()`: the first character title-cased, the rest lower-cased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if char_isupper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if char_islower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Predicates

fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, char_isspace)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, char_isalpha)
}

/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, char_isalnum)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, char_isdecimal)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, char_isdigit)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, char_isnumeric)
}

/// `s.isascii()` (true for `''`).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isprintable()` (true for `''`).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(char_isprintable)
}

/// `s.isidentifier()`: XID_Start (or `_`) then XID_Continue characters.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if char_xid_start(c) => it.all(char_xid_continue),
        _ => false,
    }
}

/// `s.islower()`: some cased character, and none upper- or title-case.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if char_isupper(c) || char_istitle(c) {
            return false;
        }
        if char_islower(c) {
            cased = true;
        }
    }
    cased
}

/// `s.isupper()`: some cased character, and none lower- or title-case.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if char_islower(c) || char_istitle(c) {
            return false;
        }
        if char_isupper(c) {
            cased = true;
        }
    }
    cased
}

/// `s.istitle()`: upper/title-case characters only after uncased ones,
/// lowercase ones only after cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if char_isupper(c) || char_istitle(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if char_islower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------
// Length, indexing, slicing

/// `len(s)`: the number of code points.
pub fn len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

fn len_i64(s: &str) -> i64 {
    len(s) as i64
}

/// The byte offset of code point `idx` (`s.len()` when `idx >= len(s)`).
fn byte_at(s: &str, idx: usize) -> usize {
    if s.is_ascii() {
        return idx.min(s.len());
    }
    s.char_indices().nth(idx).map_or(s.len(), |(b, _)| b)
}

/// The code point index of byte offset `b` (a char boundary).
fn char_index(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s[..b].chars().count()
    }
}

/// `s[i]`.
pub fn getitem(s: &str, i: i64) -> Result<char, StrError> {
    let n = len_i64(s);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(StrError::new("IndexError", "string index out of range"));
    }
    Ok(if s.is_ascii() {
        s.as_bytes()[j as usize] as char
    } else {
        s.chars().nth(j as usize).unwrap_or_default()
    })
}

/// The resolved bounds of a slice over a sequence of `len` items, as
/// `PySlice_Unpack` plus `PySlice_AdjustIndices` compute them:
/// `(start, step, slicelength)`.
pub fn slice_indices(
    len: i64,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<(i64, i64, i64), StrError> {
    let (start, stop, step) = slice_adjust(len, start, stop, step)?;
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, step, n))
}

/// `slice(start, stop, step).indices(len)`: the bounds clamped to a
/// sequence of `len` items, `(start, stop, step)`.
pub fn slice_adjust(
    len: i64,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<(i64, i64, i64), StrError> {
    let step = match step {
        None => 1,
        Some(0) => return Err(StrError::value("slice step cannot be zero")),
        Some(s) => s.max(-i64::MAX),
    };
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut v) => {
                if v < 0 {
                    v += len;
                    if v < 0 {
                        v = if step < 0 { -1 } else { 0 };
                    }
                } else if v >= len {
                    v = if step < 0 { len - 1 } else { len };
                }
                v
            }
        }
    };
    let (dstart, dstop) = if step < 0 { (len - 1, -1) } else { (0, len) };
    Ok((adjust(start, dstart), adjust(stop, dstop), step))
}

/// `s[start:stop:step]` (`None` for an omitted bound).
pub fn slice(
    s: &str,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<String, StrError> {
    let (start, step, n) = slice_indices(len_i64(s), start, stop, step)?;
    if n == 0 {
        return Ok(String::new());
    }
    if step == 1 {
        let a = byte_at(s, start as usize);
        let b = byte_at(s, (start + n) as usize);
        return Ok(s[a..b].to_string());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(n as usize);
    let mut i = start;
    for _ in 0..n {
        out.push(chars[i as usize]);
        i += step;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Searching

/// CPython's `ADJUST_INDICES`: clamps `start`/`end` into `0..=len`
/// (negative ones count from the end; `start` may stay above `len`).
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end += len;
        if end < 0 {
            end = 0;
        }
    }
    if start < 0 {
        start += len;
        if start < 0 {
            start = 0;
        }
    }
    (start, end)
}

/// The byte range of code points `start..end` (both within `0..=len`,
/// `start <= end`).
fn byte_range(s: &str, start: i64, end: i64) -> (usize, usize) {
    let a = byte_at(s, start as usize);
    let b = a + byte_at(&s[a..], (end - start) as usize);
    (a, b)
}

/// The byte offset of the first `needle` in `hay`: a one-character needle
/// is searched as a `char` (a byte scan), since a substring searcher's
/// set-up costs more than the search for the short pieces `split` and
/// `replace` look through.
#[inline]
fn find_sub(hay: &str, needle: &str) -> Option<usize> {
    let mut cs = needle.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => hay.find(c),
        _ => hay.find(needle),
    }
}

/// `s.find(sub, start, end)`: the lowest index of `sub`, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, len_i64(s));
    let sublen = len_i64(sub);
    if end - start < sublen {
        return -1;
    }
    let (a, b) = byte_range(s, start, end);
    match find_sub(&s[a..b], sub) {
        Some(off) => start + char_index(&s[a..], off) as i64,
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: the highest index of `sub`, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, len_i64(s));
    let sublen = len_i64(sub);
    if end - start < sublen {
        return -1;
    }
    let (a, b) = byte_range(s, start, end);
    match s[a..b].rfind(sub) {
        Some(off) => start + char_index(&s[a..], off) as i64,
        None => -1,
    }
}

/// `s.index(sub, start, end)`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, StrError> {
    match find(s, sub, start, end) {
        -1 => Err(StrError::value("substring not found")),
        i => Ok(i),
    }
}

/// `s.rindex(sub, start, end)`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, StrError> {
    match rfind(s, sub, start, end) {
        -1 => Err(StrError::value("substring not found")),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, len_i64(s));
    let sublen = len_i64(sub);
    if end - start < sublen {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    let (a, b) = byte_range(s, start, end);
    let mut cs = sub.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => s[a..b].matches(c).count() as i64,
        _ => s[a..b].matches(sub).count() as i64,
    }
}

fn tailmatch(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, len_i64(s));
    let sublen = len_i64(sub);
    if end - sublen < start {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let (a, b) = byte_range(s, start, end);
    if at_end {
        s[a..b].ends_with(sub)
    } else {
        s[a..b].starts_with(sub)
    }
}

/// `s.startswith(prefixes, start, end)`; a single prefix is a one-element
/// slice, a tuple of prefixes matches if any does.
pub fn startswith(s: &str, prefixes: &[&str], start: Option<i64>, end: Option<i64>) -> bool {
    prefixes.iter().any(|p| tailmatch(s, p, start, end, false))
}

/// `s.endswith(suffixes, start, end)`, like [`startswith`].
pub fn endswith(s: &str, suffixes: &[&str], start: Option<i64>, end: Option<i64>) -> bool {
    suffixes.iter().any(|p| tailmatch(s, p, start, end, true))
}

// ---------------------------------------------------------------------------
// Splitting and joining

fn empty_separator() -> StrError {
    StrError::value("empty separator")
}

fn maxcount(maxsplit: i64) -> i64 {
    if maxsplit < 0 { i64::MAX } else { maxsplit }
}

/// `s.split(sep, maxsplit)`; `sep = None` splits on runs of whitespace.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    let mut max = maxcount(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = s;
            while max > 0 {
                rest = rest.trim_start_matches(char_isspace);
                if rest.is_empty() {
                    break;
                }
                let end = rest.find(char_isspace).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = &rest[end..];
                max -= 1;
            }
            let rest = rest.trim_start_matches(char_isspace);
            if !rest.is_empty() {
                out.push(rest);
            }
        }
        Some("") => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while max > 0 {
                match find_sub(rest, sep) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                        max -= 1;
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
    }
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`: splits from the right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    let mut max = maxcount(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            let mut rest = s;
            while max > 0 {
                rest = rest.trim_end_matches(char_isspace);
                if rest.is_empty() {
                    break;
                }
                let start = rest.rfind(char_isspace).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(&rest[start..]);
                rest = &rest[..start];
                max -= 1;
            }
            let rest = rest.trim_end_matches(char_isspace);
            if !rest.is_empty() {
                out.push(rest);
            }
        }
        Some("") => return Err(empty_separator()),
        Some(sep) => {
            let mut rest = s;
            while max > 0 {
                match rest.rfind(sep) {
                    Some(i) => {
                        out.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                        max -= 1;
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
    }
    out.reverse();
    Ok(out)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        match rest.find(is_line_break) {
            None => {
                out.push(rest);
                break;
            }
            Some(i) => {
                let c = rest[i..].chars().next().unwrap_or('\n');
                let mut eol = i + c.len_utf8();
                if c == '\r' && rest[eol..].starts_with('\n') {
                    eol += 1;
                }
                out.push(if keepends { &rest[..eol] } else { &rest[..i] });
                rest = &rest[eol..];
            }
        }
    }
    out
}

/// `sep.join(parts)`.
pub fn join(sep: &str, parts: &[&str]) -> String {
    parts.join(sep)
}

/// `s.partition(sep)`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match find_sub(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

// ---------------------------------------------------------------------------
// Stripping, replacing, padding

/// `s.strip(chars)`; `None` strips whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(char_isspace),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(char_isspace),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `s.replace(old, new, count)`; a negative `count` replaces all.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let max = maxcount(count);
    if max == 0 || len(s) < len(old) || old == new {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    if old.is_empty() {
        let mut left = max;
        let mut chars = s.chars();
        loop {
            if left == 0 {
                out.push_str(chars.as_str());
                break;
            }
            out.push_str(new);
            left -= 1;
            match chars.next() {
                Some(c) => out.push(c),
                None => break,
            }
        }
        return out;
    }
    let mut rest = s;
    let mut left = max;
    while left > 0 {
        match find_sub(rest, old) {
            Some(i) => {
                out.push_str(&rest[..i]);
                out.push_str(new);
                rest = &rest[i + old.len()..];
                left -= 1;
            }
            None => break,
        }
    }
    out.push_str(rest);
    out
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

fn fill_char(fillchar: &str) -> Result<char, StrError> {
    let mut it = fillchar.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(StrError::type_err(
            "The fill character must be exactly one character long",
        )),
    }
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// How many fill characters `width` asks for beyond `s`'s length.
fn margin(s: &str, width: i64) -> usize {
    let n = len_i64(s);
    if width > n { (width - n) as usize } else { 0 }
}

/// `s.center(width, fillchar)` (`fillchar` is `" "` by default).
pub fn center(s: &str, width: i64, fillchar: &str) -> Result<String, StrError> {
    let fill = fill_char(fillchar)?;
    let marg = margin(s, width);
    let left = marg / 2 + (marg & (width as usize) & 1);
    Ok(pad(s, left, marg - left, fill))
}

/// `s.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fillchar: &str) -> Result<String, StrError> {
    let fill = fill_char(fillchar)?;
    Ok(pad(s, 0, margin(s, width), fill))
}

/// `s.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fillchar: &str) -> Result<String, StrError> {
    let fill = fill_char(fillchar)?;
    Ok(pad(s, margin(s, width), 0, fill))
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(s: &str, width: i64) -> String {
    let marg = margin(s, width);
    if marg == 0 {
        return s.to_string();
    }
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let mut out = String::with_capacity(s.len() + marg);
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', marg));
    out.push_str(digits);
    out
}

/// `s.expandtabs(tabsize)` (`tabsize` is 8 by default).
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    col += n;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                }
            }
            '\n' | '\r' => {
                col = 0;
                out.push(c);
            }
            _ => {
                col += 1;
                out.push(c);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// ord, chr, repr

/// `ord(s)` for a `str` argument.
pub fn ord(s: &str) -> Result<u32, StrError> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c as u32),
        _ => Err(StrError::type_err(format!(
            "ord() expected a character, but string of length {} found",
            len(s)
        ))),
    }
}

/// `chr(i)`. Surrogates (U+D800..U+DFFF) are valid in Python but cannot be
/// a Rust `char`: they give a `ValueError` naming the gap.
pub fn chr(i: &BigInt) -> Result<char, StrError> {
    let Some(v) = i.to_i32() else {
        return Err(StrError::overflow(
            "Python int too large to convert to C int",
        ));
    };
    if !(0..0x110000).contains(&v) {
        return Err(StrError::value("chr() arg not in range(0x110000)"));
    }
    char::from_u32(v as u32).ok_or_else(|| {
        StrError::value(format!(
            "chr({v:#x}): lone surrogates are not supported by krait"
        ))
    })
}

/// `repr(s)`.
pub fn repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_repr_text(&mut out, s);
    out
}

/// `ascii()` applied to an already computed `repr`: escapes every
/// non-ASCII character as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// %-formatting

/// One operand of `format % args`, as the object model hands it over.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtArg {
    /// An `int` (whose `str` and `repr` are its decimal form).
    Int(BigInt),
    /// A `bool` (`%s` gives `True`, `%d` gives `1`).
    Bool(bool),
    /// A `float` (`%s` and `%r` give its repr).
    Float(f64),
    /// A `str`.
    Str(String),
    /// A bytes-like object (`bytes`, `bytearray`): its contents, which
    /// `bytes % args` inserts for `%s`/`%b`, its repr and type name.
    Bytes {
        /// The contents.
        data: Vec<u8>,
        /// `repr(obj)`, which is also `str(obj)`.
        repr: String,
        /// `type(obj).__name__`.
        type_name: &'static str,
    },
    /// Any other object: the caller computes `str(obj)` and `repr(obj)`
    /// (`%a` is derived from the repr) and names its type for error
    /// messages. Numeric conversions (`%d`, `%x`, `%f`, `%c`) reject it
    /// with CPython's `TypeError`s, so objects that are numbers to Python
    /// (int/float subclasses, `__index__`/`__float__` implementers) must be
    /// converted to `Int`/`Float` by the caller when a number is wanted.
    Other {
        /// `type(obj).__name__`.
        type_name: String,
        /// `str(obj)`.
        str: String,
        /// `repr(obj)`.
        repr: String,
    },
}

impl FmtArg {
    fn type_name(&self) -> &str {
        match self {
            FmtArg::Int(_) => "int",
            FmtArg::Bool(_) => "bool",
            FmtArg::Float(_) => "float",
            FmtArg::Str(_) => "str",
            FmtArg::Bytes { type_name, .. } => type_name,
            FmtArg::Other { type_name, .. } => type_name,
        }
    }

    fn to_str(&self) -> String {
        match self {
            FmtArg::Int(v) => v.to_string(),
            FmtArg::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            FmtArg::Float(f) => repr_float(*f),
            FmtArg::Str(s) => s.clone(),
            FmtArg::Bytes { repr, .. } => repr.clone(),
            FmtArg::Other { str, .. } => str.clone(),
        }
    }

    fn to_repr(&self) -> String {
        match self {
            FmtArg::Str(s) => repr(s),
            FmtArg::Bytes { repr, .. } | FmtArg::Other { repr, .. } => repr.clone(),
            _ => self.to_str(),
        }
    }

    /// The value as an integer, if it is an `int` or `bool`.
    fn as_int(&self) -> Option<BigInt> {
        match self {
            FmtArg::Int(v) => Some(v.clone()),
            FmtArg::Bool(b) => Some(BigInt::from(u8::from(*b))),
            _ => None,
        }
    }
}

/// The right-hand side of `format % args`.
#[derive(Clone, Copy)]
pub enum FmtArgs<'a> {
    /// A single non-tuple, non-mapping operand.
    Single(&'a FmtArg),
    /// A tuple of operands.
    Tuple(&'a [FmtArg]),
    /// A mapping (any object with `__getitem__` that is not a tuple or
    /// str): `%(key)s` looks keys up with `lookup` (which raises the
    /// `KeyError` itself), and a bare `%s` formats `whole`, the mapping.
    Mapping {
        /// The mapping itself, for conversions without a key.
        whole: &'a FmtArg,
        /// `mapping[key]`.
        lookup: &'a dyn Fn(&str) -> Result<FmtArg, StrError>,
    },
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

struct ArgState<'a> {
    tuple: &'a [FmtArg],
    single: Option<FmtArg>,
    arglen: i64,
    argidx: i64,
}

impl ArgState<'_> {
    fn next(&mut self) -> Result<FmtArg, StrError> {
        if self.argidx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                if let Some(v) = &self.single {
                    return Ok(v.clone());
                }
            } else {
                return Ok(self.tuple[(self.argidx - 1) as usize].clone());
            }
        }
        Err(StrError::type_err("not enough arguments for format string"))
    }
}

fn star_arg(st: &mut ArgState<'_>) -> Result<i64, StrError> {
    let v = st.next()?;
    let Some(n) = v.as_int() else {
        return Err(StrError::type_err("* wants int"));
    };
    n.to_i64()
        .filter(|n| *n > i64::MIN)
        .ok_or_else(|| StrError::overflow("Python int too large to convert to C ssize_t"))
}

fn read_number(f: &[char], p: &mut usize, what: &str) -> Result<i64, StrError> {
    let mut n: i64 = 0;
    while *p < f.len() {
        let Some(d) = f[*p].to_digit(10).filter(|_| f[*p].is_ascii_digit()) else {
            break;
        };
        if n > (i64::MAX - i64::from(d)) / 10 {
            return Err(StrError::value(format!("{what} too big")));
        }
        n = n * 10 + i64::from(d);
        *p += 1;
    }
    Ok(n)
}

/// Pads a formatted number: `body` starts with an optional sign and
/// `prefix_len` more characters (`0x`), which zero padding goes after.
fn pad_number(out: &mut String, body: &str, flags: u8, width: i64) {
    let n = len_i64(body);
    if n >= width {
        out.push_str(body);
        return;
    }
    let fill = (width - n) as usize;
    if flags & F_LJUST != 0 {
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if flags & F_ZERO != 0 {
        let signed = body.starts_with(['+', '-', ' ']);
        let mut head = usize::from(signed);
        if body[head..].starts_with("0x")
            || body[head..].starts_with("0X")
            || body[head..].starts_with("0o")
        {
            head += 2;
        }
        out.push_str(&body[..head]);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(&body[head..]);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(body);
    }
}

fn pad_text(out: &mut String, text: &str, flags: u8, width: i64) {
    let fill = margin(text, width);
    if flags & F_LJUST != 0 {
        out.push_str(text);
        out.extend(std::iter::repeat_n(' ', fill));
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(text);
    }
}

fn format_integer(v: &BigInt, conv: char, flags: u8, prec: i64) -> String {
    let mut digits = match conv {
        'x' => v.magnitude().to_str_radix(16),
        'X' => v.magnitude().to_str_radix(16).to_ascii_uppercase(),
        'o' => v.magnitude().to_str_radix(8),
        _ => v.magnitude().to_str_radix(10),
    };
    if prec > digits.len() as i64 {
        let zeros = "0".repeat(prec as usize - digits.len());
        digits.insert_str(0, &zeros);
    }
    let mut body = String::with_capacity(digits.len() + 3);
    if v.is_negative() {
        body.push('-');
    } else if flags & F_SIGN != 0 {
        body.push('+');
    } else if flags & F_BLANK != 0 {
        body.push(' ');
    }
    if flags & F_ALT != 0 {
        match conv {
            'x' => body.push_str("0x"),
            'X' => body.push_str("0X"),
            'o' => body.push_str("0o"),
            _ => {}
        }
    }
    body.push_str(&digits);
    body
}

fn to_float(v: &FmtArg) -> Result<f64, StrError> {
    match v {
        FmtArg::Float(f) => Ok(*f),
        FmtArg::Int(_) | FmtArg::Bool(_) => {
            let i = v.as_int().unwrap_or_default();
            match i.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err(StrError::overflow("int too large to convert to float")),
            }
        }
        _ => Err(StrError::type_err(format!(
            "must be real number, not {}",
            v.type_name()
        ))),
    }
}

fn truncate_chars(s: String, prec: i64) -> String {
    if prec < 0 || prec >= len_i64(&s) {
        s
    } else {
        let b = byte_at(&s, prec as usize);
        s[..b].to_string()
    }
}

/// `format % args` for a `str` format, as CPython 3.11's
/// `PyUnicode_Format`. `%s` uses `str()`, `%r` `repr()` and `%a`
/// `ascii()` of the operand: for [`FmtArg::Other`] the caller supplies the
/// first two.
pub fn percent_format(fmt: &str, args: FmtArgs<'_>) -> Result<String, StrError> {
    percent_core(fmt.chars().collect(), args, false)
}

/// `format % args` for a `bytes` format, as CPython 3.11's
/// `_PyBytes_FormatEx`: `%s`/`%b` take bytes-like operands
/// ([`FmtArg::Bytes`]), `%r`/`%a` give `ascii()` of the operand, `%c` an
/// int below 256 or one byte. Mapping keys reach `lookup` as latin-1 text.
pub fn percent_format_bytes(fmt: &[u8], args: FmtArgs<'_>) -> Result<Vec<u8>, StrError> {
    let out = percent_core(fmt.iter().map(|&b| char::from(b)).collect(), args, true)?;
    // Every character written is below U+0100: latin-1 back to bytes.
    Ok(out.chars().map(|c| c as u8).collect())
}

fn percent_core(f: Vec<char>, args: FmtArgs<'_>, bytes: bool) -> Result<String, StrError> {
    let (mut st, lookup) = match args {
        FmtArgs::Single(v) => (
            ArgState {
                tuple: &[],
                single: Some(v.clone()),
                arglen: -1,
                argidx: -2,
            },
            None,
        ),
        FmtArgs::Tuple(t) => (
            ArgState {
                tuple: t,
                single: None,
                arglen: t.len() as i64,
                argidx: 0,
            },
            None,
        ),
        FmtArgs::Mapping { whole, lookup } => (
            ArgState {
                tuple: &[],
                single: Some(whole.clone()),
                arglen: -1,
                argidx: -2,
            },
            Some(lookup),
        ),
    };
    let incomplete = || StrError::value("incomplete format");
    let mut out = String::with_capacity(f.len());
    let mut p = 0;
    while p < f.len() {
        let c = f[p];
        p += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if p >= f.len() {
            return Err(incomplete());
        }
        if f[p] == '%' {
            out.push('%');
            p += 1;
            continue;
        }
        if f[p] == '(' {
            let Some(lookup) = lookup else {
                return Err(StrError::type_err("format requires a mapping"));
            };
            p += 1;
            let key_start = p;
            let mut depth = 1;
            while p < f.len() {
                if f[p] == ')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                } else if f[p] == '(' {
                    depth += 1;
                }
                p += 1;
            }
            if depth > 0 {
                return Err(StrError::value("incomplete format key"));
            }
            let key: String = f[key_start..p].iter().collect();
            p += 1;
            st.single = Some(lookup(&key)?);
            st.tuple = &[];
            st.arglen = -1;
            st.argidx = -2;
        }
        let mut flags = 0u8;
        while p < f.len() {
            flags |= match f[p] {
                '-' => F_LJUST,
                '+' => F_SIGN,
                ' ' => F_BLANK,
                '#' => F_ALT,
                '0' => F_ZERO,
                _ => break,
            };
            p += 1;
        }
        let mut width = -1;
        if p < f.len() && f[p] == '*' {
            p += 1;
            width = star_arg(&mut st)?;
            if width < 0 {
                flags |= F_LJUST;
                width = -width;
            }
        } else if p < f.len() && f[p].is_ascii_digit() {
            width = read_number(&f, &mut p, "width")?;
        }
        let mut prec = -1;
        if p < f.len() && f[p] == '.' {
            p += 1;
            if p < f.len() && f[p] == '*' {
                p += 1;
                prec = star_arg(&mut st)?.max(0);
            } else {
                prec = read_number(&f, &mut p, "precision")?;
            }
        }
        if p < f.len() && matches!(f[p], 'h' | 'l' | 'L') {
            p += 1;
        }
        if p >= f.len() {
            return Err(incomplete());
        }
        let conv = f[p];
        p += 1;
        let v = st.next()?;
        match conv {
            's' | 'b' if bytes => {
                let FmtArg::Bytes { data, .. } = &v else {
                    return Err(StrError::type_err(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        v.type_name()
                    )));
                };
                let text: String = data.iter().map(|&b| char::from(b)).collect();
                pad_text(&mut out, &truncate_chars(text, prec), flags, width);
            }
            'r' | 'a' if bytes => {
                let text = ascii_escape(&v.to_repr());
                pad_text(&mut out, &truncate_chars(text, prec), flags, width);
            }
            'c' if bytes => {
                let b = match &v {
                    FmtArg::Bytes { data, .. } if data.len() == 1 => data[0],
                    FmtArg::Int(_) | FmtArg::Bool(_) => {
                        match v.as_int().unwrap_or_default().to_u8() {
                            Some(b) => b,
                            None => return Err(StrError::overflow("%c arg not in range(256)")),
                        }
                    }
                    _ => {
                        return Err(StrError::type_err(
                            "%c requires an integer in range(256) or a single byte",
                        ));
                    }
                };
                pad_text(
                    &mut out,
                    char::from(b).encode_utf8(&mut [0; 4]),
                    flags,
                    width,
                );
            }
            's' | 'r' | 'a' => {
                let text = match conv {
                    's' => v.to_str(),
                    'r' => v.to_repr(),
                    _ => ascii_escape(&v.to_repr()),
                };
                pad_text(&mut out, &truncate_chars(text, prec), flags, width);
            }
            'c' => {
                let ch = match &v {
                    FmtArg::Str(s) if len(s) == 1 => s.chars().next().unwrap_or_default(),
                    FmtArg::Int(_) | FmtArg::Bool(_) => {
                        let n = v.as_int().unwrap_or_default();
                        match n.to_u32().filter(|n| *n < 0x110000) {
                            Some(n) => char::from_u32(n).ok_or_else(|| {
                                StrError::value(format!(
                                    "'%c' % {n:#x}: lone surrogates are not supported by krait"
                                ))
                            })?,
                            None => {
                                return Err(StrError::overflow("%c arg not in range(0x110000)"));
                            }
                        }
                    }
                    _ => return Err(StrError::type_err("%c requires int or char")),
                };
                pad_text(&mut out, ch.encode_utf8(&mut [0; 4]), flags, width);
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match &v {
                    FmtArg::Int(_) | FmtArg::Bool(_) => v.as_int().unwrap_or_default(),
                    FmtArg::Float(x) if matches!(conv, 'd' | 'i' | 'u') => {
                        if x.is_nan() {
                            return Err(StrError::value("cannot convert float NaN to integer"));
                        }
                        if x.is_infinite() {
                            return Err(StrError::overflow(
                                "cannot convert float infinity to integer",
                            ));
                        }
                        BigInt::from_f64(x.trunc()).unwrap_or_else(BigInt::zero)
                    }
                    _ if matches!(conv, 'd' | 'i' | 'u') => {
                        return Err(StrError::type_err(format!(
                            "%{conv} format: a real number is required, not {}",
                            v.type_name()
                        )));
                    }
                    _ => {
                        return Err(StrError::type_err(format!(
                            "%{conv} format: an integer is required, not {}",
                            v.type_name()
                        )));
                    }
                };
                let body = format_integer(&n, conv, flags, prec);
                pad_number(&mut out, &body, flags, width);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = to_float(&v)?;
                let sign = if flags & F_SIGN != 0 {
                    "+"
                } else if flags & F_BLANK != 0 {
                    " "
                } else {
                    ""
                };
                let alt = if flags & F_ALT != 0 { "#" } else { "" };
                let prec = if prec < 0 { 6 } else { prec };
                let spec = format!("{sign}{alt}.{prec}{conv}");
                let body = crate::format::format_float(x, &spec)
                    .map_err(|e| StrError::new(e.kind, e.msg))?;
                pad_number(&mut out, &body, flags, width);
            }
            _ => {
                let shown = if (' '..='~').contains(&conv) {
                    conv
                } else {
                    '?'
                };
                return Err(StrError::value(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    conv as u32,
                    p - 1
                )));
            }
        }
    }
    if lookup.is_none() && st.argidx < st.arglen {
        return Err(StrError::type_err(format!(
            "not all arguments converted during {} formatting",
            if bytes { "bytes" } else { "string" }
        )));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    /// `Ok(value)` or `Err((exception class, message))`.
    type E<T> = Result<T, (&'static str, &'static str)>;

    /// A `%` operand in the case tables.
    enum A {
        I(&'static str),
        B(bool),
        F(u64),
        S(&'static str),
        O(&'static str, &'static str, &'static str),
    }

    /// The right operand of `%`: a tuple, a single value, or a mapping
    /// (its items, and the mapping itself as an object).
    enum R {
        T(&'static [A]),
        S(A),
        M(&'static [(&'static str, A)], A),
    }

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    mod cases {
        use super::{A, E, R};
        include!("strops_cases.rs");
    }

    fn arg(a: &A) -> FmtArg {
        match a {
            A::I(s) => FmtArg::Int(BigInt::from_str(s).unwrap()),
            A::B(b) => FmtArg::Bool(*b),
            A::F(bits) => FmtArg::Float(f64::from_bits(*bits)),
            A::S(s) => FmtArg::Str(s.to_string()),
            A::O(t, s, r) => FmtArg::Other {
                type_name: t.to_string(),
                str: s.to_string(),
                repr: r.to_string(),
            },
        }
    }

    fn err<T>(r: Result<T, StrError>) -> Result<T, (&'static str, String)> {
        r.map_err(|e| (e.kind, e.msg))
    }

    fn want<T, U: From<T>>(w: E<T>) -> Result<U, (&'static str, String)> {
        w.map(U::from).map_err(|(k, m)| (k, m.to_string()))
    }

    /// Counts and reports mismatches; panics at the end if any.
    struct Tally {
        failed: usize,
        total: usize,
    }

    impl Tally {
        fn new() -> Self {
            Tally {
                failed: 0,
                total: 0,
            }
        }

        fn check<T: PartialEq + fmt::Debug>(&mut self, what: impl fmt::Display, got: T, want: T) {
            self.total += 1;
            if got != want {
                self.failed += 1;
                if self.failed <= 40 {
                    eprintln!("{what}: got {got:?}, want {want:?}");
                }
            }
        }

        fn done(self, name: &str) {
            eprintln!("{name}: {} cases, {} failed", self.total, self.failed);
            assert_eq!(
                self.failed, 0,
                "{name}: {} of {} failed",
                self.failed, self.total
            );
        }
    }

    fn owned(v: Vec<&str>) -> Vec<String> {
        v.into_iter().map(String::from).collect()
    }

    #[test]
    fn unary() {
        let mut t = Tally::new();
        for &(op, s, w) in cases::UNARY {
            let b = |v: bool| if v { "True" } else { "False" }.to_string();
            let got = match op {
                "upper" => upper(s),
                "lower" => lower(s),
                "casefold" => casefold(s),
                "title" => title(s),
                "capitalize" => capitalize(s),
                "swapcase" => swapcase(s),
                "isdigit" => b(isdigit(s)),
                "isdecimal" => b(isdecimal(s)),
                "isnumeric" => b(isnumeric(s)),
                "isalpha" => b(isalpha(s)),
                "isalnum" => b(isalnum(s)),
                "isspace" => b(isspace(s)),
                "islower" => b(islower(s)),
                "isupper" => b(isupper(s)),
                "istitle" => b(istitle(s)),
                "isidentifier" => b(isidentifier(s)),
                "isprintable" => b(isprintable(s)),
                "isascii" => b(isascii(s)),
                "len" => len(s).to_string(),
                "repr" => repr(s),
                _ => unreachable!("{op}"),
            };
            t.check(format_args!("{s:?}.{op}()"), got, w.to_string());
        }
        t.done("unary");
    }

    #[test]
    fn indexing() {
        let mut t = Tally::new();
        for &(s, i, w) in cases::GETITEM {
            t.check(
                format_args!("{s:?}[{i}]"),
                err(getitem(s, i).map(String::from)),
                want::<&str, String>(w),
            );
        }
        for &(s, a, b, c, w) in cases::SLICE {
            t.check(
                format_args!("{s:?}[{a:?}:{b:?}:{c:?}]"),
                err(slice(s, a, b, c)),
                want::<&str, String>(w),
            );
        }
        t.done("indexing");
    }

    #[test]
    fn splitting() {
        let mut t = Tally::new();
        for &(op, s, sep, m, w) in cases::SPLIT {
            let got = if op == "split" {
                split(s, sep, m)
            } else {
                rsplit(s, sep, m)
            };
            let w = w.map(|v| v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
            t.check(
                format_args!("{s:?}.{op}({sep:?}, {m})"),
                err(got.map(owned)),
                w.map_err(|(k, m)| (k, m.to_string())),
            );
        }
        for &(s, k, w) in cases::SPLITLINES {
            t.check(
                format_args!("{s:?}.splitlines({k})"),
                splitlines(s, k),
                w.to_vec(),
            );
        }
        for &(sep, parts, w) in cases::JOIN {
            t.check(
                format_args!("{sep:?}.join({parts:?})"),
                join(sep, parts),
                w.to_string(),
            );
        }
        for &(op, s, sep, w) in cases::PART {
            let got = match op {
                "partition" => partition(s, sep),
                "rpartition" => rpartition(s, sep),
                "removeprefix" => Ok((removeprefix(s, sep), "", "")),
                _ => Ok((removesuffix(s, sep), "", "")),
            };
            t.check(
                format_args!("{s:?}.{op}({sep:?})"),
                err(got),
                w.map_err(|(k, m)| (k, m.to_string())),
            );
        }
        t.done("splitting");
    }

    #[test]
    fn searching() {
        let mut t = Tally::new();
        for &(op, s, sub, a, b, w) in cases::FIND {
            let got = match op {
                "find" => Ok(find(s, sub, a, b)),
                "rfind" => Ok(rfind(s, sub, a, b)),
                "index" => index(s, sub, a, b),
                "rindex" => rindex(s, sub, a, b),
                _ => Ok(count(s, sub, a, b)),
            };
            t.check(
                format_args!("{s:?}.{op}({sub:?}, {a:?}, {b:?})"),
                err(got),
                want::<i64, i64>(w),
            );
        }
        for &(op, s, subs, a, b, w) in cases::STARTS {
            let got = if op == "startswith" {
                startswith(s, subs, a, b)
            } else {
                endswith(s, subs, a, b)
            };
            t.check(format_args!("{s:?}.{op}({subs:?}, {a:?}, {b:?})"), got, w);
        }
        t.done("searching");
    }

    #[test]
    fn transforming() {
        let mut t = Tally::new();
        for &(s, old, new, c, w) in cases::REPLACE {
            t.check(
                format_args!("{s:?}.replace({old:?}, {new:?}, {c})"),
                Ok(replace(s, old, new, c)),
                want::<&str, String>(w),
            );
        }
        for &(op, s, chars, w) in cases::STRIP {
            let got = match op {
                "strip" => strip(s, chars),
                "lstrip" => lstrip(s, chars),
                _ => rstrip(s, chars),
            };
            t.check(format_args!("{s:?}.{op}({chars:?})"), got, w);
        }
        for &(op, s, width, fill, w) in cases::PAD {
            let got = match op {
                "center" => center(s, width, fill),
                "ljust" => ljust(s, width, fill),
                "rjust" => rjust(s, width, fill),
                "zfill" => Ok(zfill(s, width)),
                _ => Ok(expandtabs(s, width)),
            };
            t.check(
                format_args!("{s:?}.{op}({width}, {fill:?})"),
                err(got),
                want::<&str, String>(w),
            );
        }
        for &(s, w) in cases::ORD {
            t.check(format_args!("ord({s:?})"), err(ord(s)), want::<u32, u32>(w));
        }
        for &(i, w) in cases::CHR {
            let got = chr(&BigInt::from_str(i).unwrap()).map(String::from);
            t.check(format_args!("chr({i})"), err(got), want::<&str, String>(w));
        }
        t.done("transforming");
    }

    #[test]
    fn percent() {
        let mut t = Tally::new();
        for (fmt, r, w) in cases::PERCENT {
            let got = match r {
                R::T(items) => {
                    let v: Vec<FmtArg> = items.iter().map(arg).collect();
                    percent_format(fmt, FmtArgs::Tuple(&v))
                }
                R::S(a) => percent_format(fmt, FmtArgs::Single(&arg(a))),
                R::M(items, whole) => {
                    let lookup = |k: &str| {
                        items
                            .iter()
                            .find(|(key, _)| *key == k)
                            .map(|(_, a)| arg(a))
                            .ok_or_else(|| StrError::new("KeyError", repr(k)))
                    };
                    percent_format(
                        fmt,
                        FmtArgs::Mapping {
                            whole: &arg(whole),
                            lookup: &lookup,
                        },
                    )
                }
            };
            t.check(
                format_args!("{fmt:?} % ..."),
                err(got),
                want::<&str, String>(*w),
            );
        }
        t.done("percent");
    }
}
