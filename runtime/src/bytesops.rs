//! Python `bytes` and `bytearray` semantics as plain functions over `&[u8]`.
//!
//! The methods shared by `bytes` and `bytearray` (searching, splitting,
//! stripping, padding, ASCII case mapping and classification), `repr`,
//! `hex`/`fromhex`, and the three codecs the runtime carries natively —
//! UTF-8, ASCII and Latin-1 — for `bytes.decode` and `str.encode`, each
//! reproducing CPython 3.11's results and error messages (as
//! [`StrError`]s: exception class plus message).
//!
//! Conventions follow `strops`: indices are `i64` (huge Python ints clamped
//! to `i64::MIN`/`MAX` by the caller), results borrow from the input where
//! CPython could return a slice. The caller handles argument types: an
//! `int` search argument is turned into a one-byte needle with
//! [`byte_value`]; the fill byte of `center`/`ljust`/`rjust` is already a
//! single byte (a longer one is the caller's `TypeError`); a `bytearray`
//! `repr` is `bytearray(` + [`repr`] + `)`.
//!
//! Codecs: names are normalised as CPython does (`UTF 8`, `utf-8-`, `L1`,
//! `us_ascii`, ... all work); any other codec is reported as
//! `LookupError: unknown encoding: NAME`, even ones CPython has (UTF-16,
//! cp1252, ...). Error handlers: `strict`, `ignore`, `replace`,
//! `backslashreplace`, plus `xmlcharrefreplace` and `namereplace` when
//! encoding; `surrogateescape`/`surrogatepass` behave as CPython does except
//! where they would produce a lone surrogate, which a Rust `String` cannot
//! hold (a `ValueError` naming the gap). Unknown handler names raise
//! `LookupError` only when an error actually occurs, as in CPython.

use crate::strops::StrError;
use krait_frontend::pyrepr::repr_bytes;

type R<T> = Result<T, StrError>;

fn value_err(msg: impl Into<String>) -> StrError {
    StrError::new("ValueError", msg)
}

// ---------------------------------------------------------------------------
// repr and small helpers

/// `repr(b)` for a `bytes` (`b'...'`, double quotes when the content has a
/// `'` and no `"`).
pub fn repr(b: &[u8]) -> String {
    repr_bytes(b)
}

/// An `int` used as a byte (search arguments, `bytearray` items):
/// `ValueError: byte must be in range(0, 256)` outside `0..=255`.
pub fn byte_value(i: i64) -> R<u8> {
    u8::try_from(i).map_err(|_| value_err("byte must be in range(0, 256)"))
}

/// `Py_ISSPACE` for bytes: space, `\t`, `\n`, `\v`, `\f`, `\r`.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn len_i64(s: &[u8]) -> i64 {
    s.len() as i64
}

// ---------------------------------------------------------------------------
// Searching

/// CPython's `ADJUST_INDICES`: clamps `start`/`end` into `0..=len`.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// `s.find(sub, start, end)`: the lowest index of `sub`, or -1.
pub fn find(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, len_i64(s));
    if end - start < len_i64(sub) {
        return -1;
    }
    find_in(&s[start as usize..end as usize], sub).map_or(-1, |i| start + i as i64)
}

/// `s.rfind(sub, start, end)`: the highest index of `sub`, or -1.
pub fn rfind(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, len_i64(s));
    if end - start < len_i64(sub) {
        return -1;
    }
    rfind_in(&s[start as usize..end as usize], sub).map_or(-1, |i| start + i as i64)
}

/// `s.index(sub, start, end)`.
pub fn index(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> R<i64> {
    match find(s, sub, start, end) {
        -1 => Err(value_err("subsection not found")),
        i => Ok(i),
    }
}

/// `s.rindex(sub, start, end)`.
pub fn rindex(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> R<i64> {
    match rfind(s, sub, start, end) {
        -1 => Err(value_err("subsection not found")),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (start, end) = adjust_indices(start, end, len_i64(s));
    if end - start < len_i64(sub) {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    let mut hay = &s[start as usize..end as usize];
    let mut n = 0;
    while let Some(i) = find_in(hay, sub) {
        n += 1;
        hay = &hay[i + sub.len()..];
    }
    n
}

fn tailmatch(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, len_i64(s));
    if end - len_i64(sub) < start {
        return false;
    }
    let hay = &s[start as usize..end as usize];
    if at_end {
        hay.ends_with(sub)
    } else {
        hay.starts_with(sub)
    }
}

/// `s.startswith(prefixes, start, end)`; a tuple matches if any item does.
pub fn startswith(s: &[u8], prefixes: &[&[u8]], start: Option<i64>, end: Option<i64>) -> bool {
    prefixes.iter().any(|p| tailmatch(s, p, start, end, false))
}

/// `s.endswith(suffixes, start, end)`.
pub fn endswith(s: &[u8], suffixes: &[&[u8]], start: Option<i64>, end: Option<i64>) -> bool {
    suffixes.iter().any(|p| tailmatch(s, p, start, end, true))
}

// ---------------------------------------------------------------------------
// Splitting and joining

fn empty_separator() -> StrError {
    value_err("empty separator")
}

fn maxcount(maxsplit: i64) -> i64 {
    if maxsplit < 0 { i64::MAX } else { maxsplit }
}

fn trim_start_space(s: &[u8]) -> &[u8] {
    let i = s.iter().position(|&b| !is_space(b)).unwrap_or(s.len());
    &s[i..]
}

fn trim_end_space(s: &[u8]) -> &[u8] {
    let i = s.iter().rposition(|&b| !is_space(b)).map_or(0, |i| i + 1);
    &s[..i]
}

/// `s.split(sep, maxsplit)`; `sep = None` splits on runs of ASCII
/// whitespace.
pub fn split<'a>(s: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> R<Vec<&'a [u8]>> {
    let mut max = maxcount(maxsplit);
    let mut out = Vec::new();
    let mut rest = s;
    match sep {
        None => {
            while max > 0 {
                rest = trim_start_space(rest);
                if rest.is_empty() {
                    break;
                }
                let end = rest.iter().position(|&b| is_space(b)).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = &rest[end..];
                max -= 1;
            }
            let rest = trim_start_space(rest);
            if !rest.is_empty() {
                out.push(rest);
            }
        }
        Some([]) => return Err(empty_separator()),
        Some(sep) => {
            while max > 0 {
                match find_in(rest, sep) {
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
pub fn rsplit<'a>(s: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> R<Vec<&'a [u8]>> {
    let mut max = maxcount(maxsplit);
    let mut out = Vec::new();
    let mut rest = s;
    match sep {
        None => {
            while max > 0 {
                rest = trim_end_space(rest);
                if rest.is_empty() {
                    break;
                }
                let start = rest.iter().rposition(|&b| is_space(b)).map_or(0, |i| i + 1);
                out.push(&rest[start..]);
                rest = &rest[..start];
                max -= 1;
            }
            let rest = trim_end_space(rest);
            if !rest.is_empty() {
                out.push(rest);
            }
        }
        Some([]) => return Err(empty_separator()),
        Some(sep) => {
            while max > 0 {
                match rfind_in(rest, sep) {
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

/// `s.splitlines(keepends)`: lines end at `\n`, `\r` or `\r\n` only.
pub fn splitlines(s: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            None => {
                out.push(rest);
                break;
            }
            Some(i) => {
                let mut eol = i + 1;
                if rest[i] == b'\r' && rest.get(eol) == Some(&b'\n') {
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
pub fn join(sep: &[u8], parts: &[&[u8]]) -> Vec<u8> {
    parts.join(sep)
}

type Parts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `s.partition(sep)`.
pub fn partition<'a>(s: &'a [u8], sep: &[u8]) -> R<Parts<'a>> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match find_in(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, &[], &[]),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a [u8], sep: &[u8]) -> R<Parts<'a>> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match rfind_in(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (&[], &[], s),
    })
}

// ---------------------------------------------------------------------------
// Stripping, replacing, padding

/// `s.strip(chars)`; `None` strips ASCII whitespace.
pub fn strip<'a>(s: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    match chars {
        None => trim_start_space(s),
        Some(set) => {
            let i = s.iter().position(|b| !set.contains(b)).unwrap_or(s.len());
            &s[i..]
        }
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    match chars {
        None => trim_end_space(s),
        Some(set) => {
            let i = s
                .iter()
                .rposition(|b| !set.contains(b))
                .map_or(0, |i| i + 1);
            &s[..i]
        }
    }
}

/// `s.replace(old, new, count)`; a negative `count` replaces all.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let max = maxcount(count);
    if max == 0 || s.len() < old.len() || old == new {
        return s.to_vec();
    }
    let mut out = Vec::with_capacity(s.len());
    let mut left = max;
    if old.is_empty() {
        let mut i = 0;
        loop {
            if left == 0 {
                out.extend_from_slice(&s[i..]);
                break;
            }
            out.extend_from_slice(new);
            left -= 1;
            match s.get(i) {
                Some(&b) => out.push(b),
                None => break,
            }
            i += 1;
        }
        return out;
    }
    let mut rest = s;
    while left > 0 {
        match find_in(rest, old) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(new);
                rest = &rest[i + old.len()..];
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    out
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    s.strip_suffix(suffix).unwrap_or(s)
}

fn pad(s: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(s);
    out.resize(left + s.len() + right, fill);
    out
}

fn margin(s: &[u8], width: i64) -> usize {
    let n = len_i64(s);
    if width > n { (width - n) as usize } else { 0 }
}

/// `s.center(width, fill)` (`fill` is `b' '` by default).
pub fn center(s: &[u8], width: i64, fill: u8) -> Vec<u8> {
    let marg = margin(s, width);
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(s, left, marg - left, fill)
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &[u8], width: i64, fill: u8) -> Vec<u8> {
    pad(s, 0, margin(s, width), fill)
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &[u8], width: i64, fill: u8) -> Vec<u8> {
    pad(s, margin(s, width), 0, fill)
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(s: &[u8], width: i64) -> Vec<u8> {
    let marg = margin(s, width);
    let mut out = pad(s, marg, 0, b'0');
    if marg > 0 && matches!(s.first(), Some(b'+' | b'-')) {
        out[0] = s[0];
        out[marg] = b'0';
    }
    out
}

/// `s.expandtabs(tabsize)` (`tabsize` is 8 by default).
pub fn expandtabs(s: &[u8], tabsize: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut col: i64 = 0;
    for &b in s {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    col += n;
                    out.resize(out.len() + n as usize, b' ');
                }
            }
            b'\n' | b'\r' => {
                col = 0;
                out.push(b);
            }
            _ => {
                col += 1;
                out.push(b);
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// ASCII case mapping and classification

/// `s.upper()`.
pub fn upper(s: &[u8]) -> Vec<u8> {
    s.to_ascii_uppercase()
}

/// `s.lower()`.
pub fn lower(s: &[u8]) -> Vec<u8> {
    s.to_ascii_lowercase()
}

/// `s.swapcase()`.
pub fn swapcase(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&b| {
            if b.is_ascii_lowercase() {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `s.capitalize()`: the first byte upper case, the rest lower case.
pub fn capitalize(s: &[u8]) -> Vec<u8> {
    let mut out = s.to_ascii_lowercase();
    if let Some(b) = out.first_mut() {
        *b = b.to_ascii_uppercase();
    }
    out
}

/// `s.title()`: upper case after an uncased byte, lower case after a cased
/// one.
pub fn title(s: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .map(|&b| {
            let cased = b.is_ascii_alphabetic();
            let r = if !cased {
                b
            } else if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = cased;
            r
        })
        .collect()
}

fn all_nonempty(s: &[u8], f: impl Fn(u8) -> bool) -> bool {
    !s.is_empty() && s.iter().all(|&b| f(b))
}

/// `s.isdigit()`.
pub fn isdigit(s: &[u8]) -> bool {
    all_nonempty(s, |b| b.is_ascii_digit())
}

/// `s.isalpha()`.
pub fn isalpha(s: &[u8]) -> bool {
    all_nonempty(s, |b| b.is_ascii_alphabetic())
}

/// `s.isalnum()`.
pub fn isalnum(s: &[u8]) -> bool {
    all_nonempty(s, |b| b.is_ascii_alphanumeric())
}

/// `s.isspace()`.
pub fn isspace(s: &[u8]) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isascii()` (true for `b''`).
pub fn isascii(s: &[u8]) -> bool {
    s.is_ascii()
}

/// `s.islower()`: some lower-case letter and no upper-case one.
pub fn islower(s: &[u8]) -> bool {
    s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase)
}

/// `s.isupper()`: some upper-case letter and no lower-case one.
pub fn isupper(s: &[u8]) -> bool {
    s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase)
}

/// `s.istitle()`.
pub fn istitle(s: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &b in s {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------
// hex and fromhex

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The `sep` argument of `bytes.hex`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HexSep<'a> {
    /// A `str` separator.
    Str(&'a str),
    /// A `bytes` separator.
    Bytes(&'a [u8]),
}

/// `b.hex(sep, bytes_per_sep)`: a separator every `|bytes_per_sep|` bytes,
/// counted from the right when positive and from the left when negative.
pub fn hex(b: &[u8], sep: Option<HexSep<'_>>, bytes_per_sep: i64) -> R<String> {
    if i32::try_from(bytes_per_sep).is_err() {
        return Err(StrError::new(
            "OverflowError",
            "Python int too large to convert to C int",
        ));
    }
    let sep_char = match sep {
        None => None,
        Some(HexSep::Str(s)) => {
            let mut it = s.chars();
            let c = match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(value_err("sep must be length 1.")),
            };
            if !c.is_ascii() {
                return Err(value_err("sep must be ASCII."));
            }
            Some(c)
        }
        Some(HexSep::Bytes(s)) => match s {
            [c] if c.is_ascii() => Some(*c as char),
            [_] => return Err(value_err("sep must be ASCII.")),
            _ => return Err(value_err("sep must be length 1.")),
        },
    };
    let group = bytes_per_sep.unsigned_abs() as usize;
    let mut out = String::with_capacity(b.len() * 3);
    for (i, &byte) in b.iter().enumerate() {
        if let Some(c) = sep_char
            && group > 0
            && i > 0
        {
            // Positive: groups end at the right; negative: start at the left.
            let boundary = if bytes_per_sep > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(c);
            }
        }
        out.push(HEX[(byte >> 4) as usize] as char);
        out.push(HEX[(byte & 15) as usize] as char);
    }
    Ok(out)
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed
/// between pairs.
pub fn fromhex(s: &str) -> R<Vec<u8>> {
    let bad = |pos: usize| {
        value_err(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if let Some(pos) = s.chars().position(|c| !c.is_ascii()) {
        return Err(bad(pos));
    }
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).and_then(|&c| (c as char).to_digit(16));
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if is_space(b[i]) {
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            if i >= b.len() {
                break;
            }
        }
        let top = digit(i).ok_or_else(|| bad(i))?;
        let bot = digit(i + 1).ok_or_else(|| bad(i + 1))?;
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Codecs

/// A codec the runtime implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// `utf-8`.
    Utf8,
    /// `ascii`.
    Ascii,
    /// `latin-1` (ISO-8859-1).
    Latin1,
}

impl Codec {
    /// The name CPython's codec errors use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// CPython's encoding-name normalisation: lower case, every run of
/// characters other than ASCII letters, digits and `.` becomes one `_`
/// between words.
fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// Looks up a codec by any of CPython's names for it (`encodings.aliases`).
pub fn lookup_codec(name: &str) -> R<Codec> {
    let norm = normalize_encoding(name);
    let find = |n: &str| match n {
        "utf_8" | "cp65001" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" => {
            Some(Codec::Utf8)
        }
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3.4_1986" | "ansi_x3_4_1968" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Some(Codec::Ascii),
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
            Some(Codec::Latin1)
        }
        _ => None,
    };
    find(&norm)
        .or_else(|| find(&norm.replace('.', "_")))
        .ok_or_else(|| StrError::new("LookupError", format!("unknown encoding: {name}")))
}

fn unknown_handler(errors: &str) -> StrError {
    StrError::new(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

fn no_surrogates(errors: &str) -> StrError {
    value_err(format!(
        "decoding with errors='{errors}' would produce a lone surrogate, which krait does not support"
    ))
}

fn decode_error(codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> StrError {
    let msg = if end - start == 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            codec.name(),
            b[start]
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {start}-{}: {reason}",
            codec.name(),
            end - 1
        )
    };
    StrError::new("UnicodeDecodeError", msg)
}

/// Applies the error handler to the undecodable bytes `b[start..end]`.
fn decode_handler(
    errors: &str,
    codec: Codec,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut String,
) -> R<()> {
    match errors {
        "strict" => Err(decode_error(codec, b, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for &c in &b[start..end] {
                out.push_str(&format!("\\x{c:02x}"));
            }
            Ok(())
        }
        "surrogateescape" => {
            // Only bytes >= 0x80 escape; an ASCII byte re-raises.
            if b[start..end].iter().all(|&c| c >= 0x80) {
                Err(no_surrogates(errors))
            } else {
                Err(decode_error(codec, b, start, end, reason))
            }
        }
        "surrogatepass" => {
            // Only UTF-8-encoded surrogates pass (and cannot be held here).
            let surrogate = codec == Codec::Utf8
                && b.len() >= start + 3
                && b[start] == 0xED
                && (0xA0..0xC0).contains(&b[start + 1])
                && (0x80..0xC0).contains(&b[start + 2]);
            if surrogate {
                Err(no_surrogates(errors))
            } else {
                Err(decode_error(codec, b, start, end, reason))
            }
        }
        "xmlcharrefreplace" | "namereplace" => Err(StrError::new(
            "TypeError",
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        _ => Err(unknown_handler(errors)),
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> R<String> {
    let codec = lookup_codec(encoding)?;
    match codec {
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(String::from_utf8_lossy(b).into_owned());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    decode_handler(
                        errors,
                        codec,
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        &mut out,
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&b[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = pos + e.valid_up_to();
                        out.push_str(std::str::from_utf8(&b[pos..good]).unwrap_or_default());
                        let (end, reason) = match e.error_len() {
                            None => (b.len(), "unexpected end of data"),
                            Some(n) => {
                                let first = b[good];
                                let invalid_start = (0x80..0xC2).contains(&first) || first >= 0xF5;
                                (
                                    good + n,
                                    if invalid_start {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    },
                                )
                            }
                        };
                        decode_handler(errors, codec, b, good, end, reason, &mut out)?;
                        pos = end;
                    }
                }
            }
        }
    }
}

fn escape_char(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// `s.encode(encoding, errors)`. UTF-8 cannot fail on a Rust string (it
/// holds no lone surrogates); ASCII and Latin-1 report runs of unencodable
/// characters as CPython does.
pub fn encode(s: &str, encoding: &str, errors: &str) -> R<Vec<u8>> {
    let codec = lookup_codec(encoding)?;
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        let run = &chars[start..end];
        match errors {
            "ignore" => {}
            "replace" => out.resize(out.len() + run.len(), b'?'),
            "backslashreplace" => {
                for &c in run {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in run {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "namereplace" => {
                for &c in run {
                    let text = match unicode_names2::name(c) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None => escape_char(c),
                    };
                    out.extend_from_slice(text.as_bytes());
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                let msg = if run.len() == 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {start}: ordinal not in range({limit})",
                        codec.name(),
                        escape_char(c)
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {start}-{}: ordinal not in range({limit})",
                        codec.name(),
                        end - 1
                    )
                };
                return Err(StrError::new("UnicodeEncodeError", msg));
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt;

    /// `Ok(value)` or `Err((exception class, message))`.
    type E<T> = Result<T, (&'static str, &'static str)>;

    #[rustfmt::skip]
    #[allow(clippy::type_complexity)]
    mod cases {
        use super::E;
        include!("bytesops_cases.rs");
    }

    fn err<T>(r: R<T>) -> Result<T, (&'static str, String)> {
        r.map_err(|e| (e.kind, e.msg))
    }

    fn want<T, U: From<T>>(w: E<T>) -> Result<U, (&'static str, String)> {
        w.map(U::from).map_err(|(k, m)| (k, m.to_string()))
    }

    fn vecs(v: &[&[u8]]) -> Vec<Vec<u8>> {
        v.iter().map(|x| x.to_vec()).collect()
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

    fn show(b: &[u8]) -> String {
        repr(b)
    }

    #[test]
    fn unary() {
        let mut t = Tally::new();
        for &(op, s, w) in cases::UNARY {
            let b = |v: bool| {
                if v {
                    b"True".to_vec()
                } else {
                    b"False".to_vec()
                }
            };
            let got = match op {
                "upper" => upper(s),
                "lower" => lower(s),
                "capitalize" => capitalize(s),
                "swapcase" => swapcase(s),
                "title" => title(s),
                "isdigit" => b(isdigit(s)),
                "isalpha" => b(isalpha(s)),
                "isalnum" => b(isalnum(s)),
                "isspace" => b(isspace(s)),
                "islower" => b(islower(s)),
                "isupper" => b(isupper(s)),
                "istitle" => b(istitle(s)),
                "isascii" => b(isascii(s)),
                "repr" => repr(s).into_bytes(),
                _ => unreachable!("{op}"),
            };
            t.check(format_args!("{}.{op}()", show(s)), got, w.to_vec());
        }
        t.done("unary");
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
                format_args!("{}.{op}({}, {a:?}, {b:?})", show(s), show(sub)),
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
            t.check(
                format_args!("{}.{op}({subs:?}, {a:?}, {b:?})", show(s)),
                got,
                w,
            );
        }
        for &(i, w) in cases::BYTE_VALUE {
            t.check(
                format_args!("byte_value({i})"),
                err(byte_value(i).map(i64::from)),
                w.map(i64::from).map_err(|(k, m)| (k, m.to_string())),
            );
        }
        t.done("searching");
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
            t.check(
                format_args!("{}.{op}({sep:?}, {m})", show(s)),
                err(got.map(|v| vecs(&v))),
                w.map(vecs).map_err(|(k, m)| (k, m.to_string())),
            );
        }
        for &(s, k, w) in cases::SPLITLINES {
            t.check(
                format_args!("{}.splitlines({k})", show(s)),
                vecs(&splitlines(s, k)),
                vecs(w),
            );
        }
        for &(sep, parts, w) in cases::JOIN {
            t.check(
                format_args!("{}.join({parts:?})", show(sep)),
                join(sep, parts),
                w.to_vec(),
            );
        }
        for &(op, s, sep, w) in cases::PART {
            let got = match op {
                "partition" => partition(s, sep),
                "rpartition" => rpartition(s, sep),
                "removeprefix" => Ok((removeprefix(s, sep), &[][..], &[][..])),
                _ => Ok((removesuffix(s, sep), &[][..], &[][..])),
            };
            t.check(
                format_args!("{}.{op}({})", show(s), show(sep)),
                err(got),
                w.map_err(|(k, m)| (k, m.to_string())),
            );
        }
        t.done("splitting");
    }

    #[test]
    fn transforming() {
        let mut t = Tally::new();
        for &(s, old, new, c, w) in cases::REPLACE {
            t.check(
                format_args!("{}.replace({}, {}, {c})", show(s), show(old), show(new)),
                replace(s, old, new, c),
                w.to_vec(),
            );
        }
        for &(op, s, chars, w) in cases::STRIP {
            let got = match op {
                "strip" => strip(s, chars),
                "lstrip" => lstrip(s, chars),
                _ => rstrip(s, chars),
            };
            t.check(format_args!("{}.{op}({chars:?})", show(s)), got, w);
        }
        for &(op, s, width, fill, w) in cases::PAD {
            let got = match op {
                "center" => center(s, width, fill),
                "ljust" => ljust(s, width, fill),
                "rjust" => rjust(s, width, fill),
                "zfill" => zfill(s, width),
                _ => expandtabs(s, width),
            };
            t.check(
                format_args!("{}.{op}({width}, {fill})", show(s)),
                got,
                w.to_vec(),
            );
        }
        t.done("transforming");
    }

    #[test]
    fn hexadecimal() {
        let mut t = Tally::new();
        for &(s, sep, n, w) in cases::HEX {
            let sep = sep.map(|(kind, st, bt)| {
                if kind == b's' {
                    HexSep::Str(st)
                } else {
                    HexSep::Bytes(bt)
                }
            });
            t.check(
                format_args!("{}.hex({sep:?}, {n})", show(s)),
                err(hex(s, sep, n)),
                want::<&str, String>(w),
            );
        }
        for &(s, w) in cases::FROMHEX {
            t.check(
                format_args!("bytes.fromhex({s:?})"),
                err(fromhex(s)),
                want::<&[u8], Vec<u8>>(w),
            );
        }
        t.done("hexadecimal");
    }

    #[test]
    fn codecs() {
        let mut t = Tally::new();
        for &(b, enc, errors, w) in cases::DECODE {
            t.check(
                format_args!("{}.decode({enc:?}, {errors:?})", show(b)),
                err(decode(b, enc, errors)),
                want::<&str, String>(w),
            );
        }
        for &(s, enc, errors, w) in cases::ENCODE {
            t.check(
                format_args!("{s:?}.encode({enc:?}, {errors:?})"),
                err(encode(s, enc, errors)),
                want::<&[u8], Vec<u8>>(w),
            );
        }
        t.done("codecs");
    }
}
