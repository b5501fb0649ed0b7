//! Source decoding: from the bytes of a file to text, as CPython 3.11's
//! tokenizer does for `compile(bytes, ...)` and `ast.parse(bytes)`.
//!
//! [`decode_source`] applies, in CPython's order:
//!
//! 1. A NUL byte anywhere is an error (`source code string cannot contain
//!    null bytes`; CPython 3.11.7 raises it as a `SyntaxError` without a
//!    line number).
//! 2. A UTF-8 byte order mark is stripped. It fixes the encoding to UTF-8: a
//!    coding cookie naming anything else is `encoding problem: NAME with
//!    BOM`.
//! 3. A PEP 263 coding cookie (`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`) is
//!    looked for on line 1, and on line 2 when line 1 is blank or only a
//!    comment. The name is normalised as CPython's tokenizer does
//!    (`utf_8`, `UTF-8`, `utf-8-sig` → `utf-8`; `latin-1`, `ISO_8859_1`,
//!    `iso-latin-1` → `iso-8859-1`), then looked up as Python's codec
//!    registry does (aliases such as `latin1`, `l1`, `cp819`, `utf8`).
//!    Unknown names give `unknown encoding: NAME`.
//! 4. Without a cookie (or with `utf-8`) the bytes must be UTF-8, but, as in
//!    CPython, only where a token needs decoding: invalid UTF-8 inside a
//!    comment is accepted (it becomes U+FFFD in the text), while invalid
//!    UTF-8 in a name or a string literal gives CPython's
//!    `(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1:
//!    invalid start byte`, with the position counted from the start of the
//!    name, of the string's body, or of the run of non-ASCII bytes (strings
//!    with escapes, f-string literal parts), `f-string: ` before it inside
//!    a replacement field, `bytes can only contain ASCII literal
//!    characters` in a bytes literal, and the line CPython reports (for a
//!    string, that of the token after it). A light scan finds which token
//!    CPython meets first, following its order: a name is decoded by the
//!    tokenizer, a string only when the parser builds its value, after which
//!    CPython tokenizes the rest of the file and reports a later tokenizer
//!    error instead. Where CPython reports such an error first (an
//!    unterminated string, a bad number, an indentation error, a bad escape
//!    in an earlier literal...), the text is returned with U+FFFD for the
//!    bad bytes, for the tokenizer and parser to report that error. When a
//!    later name is undecodable, CPython lets a bare `UnicodeDecodeError`
//!    escape; this gives its message (`'utf-8' codec can't decode byte 0xc0
//!    in position 0: invalid start byte`) with the name's line. Syntax
//!    errors found only by the parser before the bad token are not seen
//!    here, so then the decoding error is reported instead.
//! 5. With another cookie the whole text is decoded with that codec, and an
//!    undecodable byte gives the codec's message (`'ascii' codec can't
//!    decode byte 0x80 in position 19: ordinal not in range(128)`) with
//!    line 0, positions counted after CPython's newline translation.
//!
//! Supported codecs: utf-8, latin-1, ascii, utf-16 and utf-32 (with `-le`
//! and `-be`), and through `encoding_rs` cp1250–cp1258, koi8-r, koi8-u,
//! cp866, cp874, mac-roman, mac-cyrillic, iso-8859-2 … iso-8859-16,
//! shift_jis, cp932, euc-jp, gbk, gb2312, big5, euc-kr and cp949. The
//! single-byte tables are corrected to match Python's exactly; the
//! multi-byte ones follow the WHATWG tables of `encoding_rs`, which accept
//! some vendor extensions that Python's codecs reject (and differ from
//! Python's big5 for a few hundred characters). Other codecs that Python
//! knows are reported as `source encoding not supported by krait: NAME`.
//!
//! Newlines are left as they are (the tokenizer handles `\r\n` and `\r`),
//! except that a utf-16 or utf-32 cookie decodes CPython's newline-translated
//! text, as CPython does.

use std::borrow::Cow;
use std::str::Utf8Error;

use encoding_rs::Encoding;

/// Why a source file could not be decoded. `line` is the 1-based line
/// CPython reports, or 0 where CPython reports none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub msg: String,
    pub line: usize,
}

impl SourceError {
    fn new(msg: impl Into<String>, line: usize) -> Self {
        SourceError {
            msg: msg.into(),
            line,
        }
    }
}

/// Decodes the bytes of a source file to text; see the module docs.
pub fn decode_source(bytes: &[u8]) -> Result<String, SourceError> {
    if bytes.contains(&0) {
        return Err(SourceError::new(
            "source code string cannot contain null bytes",
            0,
        ));
    }
    let (bom, rest) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    match find_cookie(rest) {
        None => decode_utf8_source(rest),
        Some(name) if name == "utf-8" => decode_utf8_source(rest),
        Some(name) if bom => Err(SourceError::new(
            format!("encoding problem: {name} with BOM"),
            0,
        )),
        Some(name) => match lookup_codec(&name) {
            Lookup::Codec(codec) => decode_with(codec, rest),
            Lookup::NotText => Err(SourceError::new(
                format!(
                    "'{name}' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
                ),
                0,
            )),
            Lookup::Unsupported => Err(SourceError::new(
                format!("source encoding not supported by krait: {name}"),
                0,
            )),
            Lookup::Unknown => Err(SourceError::new(format!("unknown encoding: {name}"), 0)),
        },
    }
}

// ---------------------------------------------------------------------------
// Coding cookies

/// The coding cookie's name, normalised by CPython's `get_normal_name`, if
/// line 1 or line 2 has one.
fn find_cookie(src: &[u8]) -> Option<String> {
    let (line1, rest) = split_line(src);
    if let Some(name) = cookie_in_line(line1) {
        return Some(name);
    }
    // Line 2 counts only when line 1 holds nothing but blanks and a comment.
    let only_comment = line1
        .iter()
        .find(|&&c| !matches!(c, b' ' | b'\t' | 0x0c))
        .is_none_or(|&c| c == b'#');
    if !only_comment {
        return None;
    }
    let rest = rest?;
    if rest.is_empty() {
        return None;
    }
    cookie_in_line(split_line(rest).0)
}

/// Splits off the first line (without its `\n`, `\r\n` or `\r`); the rest
/// is `None` when there is no line end.
fn split_line(src: &[u8]) -> (&[u8], Option<&[u8]>) {
    match src.iter().position(|&c| c == b'\n' || c == b'\r') {
        Some(end) => {
            let skip = if src[end] == b'\r' && src.get(end + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            (&src[..end], Some(&src[end + skip..]))
        }
        None => (src, None),
    }
}

/// CPython's `get_coding_spec` for one line (without its line end).
fn cookie_in_line(line: &[u8]) -> Option<String> {
    // "coding" must start at least seven bytes before the end of the line.
    let limit = line.len().checked_sub(6)?;
    let hash = line[..limit]
        .iter()
        .position(|&c| !matches!(c, b' ' | b'\t' | 0x0c))?;
    if line[hash] != b'#' {
        return None;
    }
    for i in hash..limit {
        if !line[i..].starts_with(b"coding") || !matches!(line[i + 6], b':' | b'=') {
            continue;
        }
        let mut t = i + 7;
        while t < line.len() && matches!(line[t], b' ' | b'\t') {
            t += 1;
        }
        let begin = t;
        while t < line.len() && (line[t].is_ascii_alphanumeric() || b"-_.".contains(&line[t])) {
            t += 1;
        }
        if t > begin {
            let name = std::str::from_utf8(&line[begin..t]).unwrap_or_default();
            return Some(normal_name(name));
        }
    }
    None
}

/// CPython's `get_normal_name`: spellings of utf-8 and latin-1 become
/// `utf-8` and `iso-8859-1`; other names are kept as written.
fn normal_name(name: &str) -> String {
    let buf: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".to_string()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| buf.starts_with(p))
    {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

// ---------------------------------------------------------------------------
// Codec lookup

enum Lookup {
    Codec(Codec),
    NotText,
    Unsupported,
    Unknown,
}

#[derive(Clone, Copy)]
enum Codec {
    /// utf-8 named in a way the tokenizer does not normalise (`utf8`, `u8`):
    /// CPython then decodes the whole text strictly.
    Utf8,
    Latin1,
    Ascii,
    /// `None`: byte order from a BOM, little-endian without one.
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
    Single(SingleByte),
    Multi(MultiByte),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
}

/// A single-byte codec: `encoding_rs`'s table corrected to Python's.
#[derive(Clone, Copy)]
struct SingleByte {
    encoding: &'static Encoding,
    /// Bytes Python's codec leaves undefined.
    undefined: &'static [u8],
    /// Bytes Python maps differently.
    overrides: &'static [(u8, char)],
    /// 0x80..=0x9F map to U+0080..=U+009F (ISO 8859 codecs that
    /// `encoding_rs` only has as their Windows supersets).
    c1_controls: bool,
}

/// A multi-byte codec decoded by `encoding_rs`, whose WHATWG tables are
/// supersets of Python's: the input is first walked one sequence at a time
/// (`seq_len` gives a sequence's length from its first byte) to reject
/// what Python's codec rejects and to apply Python's own mappings.
#[derive(Clone, Copy)]
struct MultiByte {
    encoding: &'static Encoding,
    /// Python's name for the codec, used in messages.
    name: &'static str,
    seq_len: fn(u8) -> usize,
    /// Whether Python accepts a sequence starting with byte `lead` (0x80 or
    /// above) followed by byte `next` (0 at the end of the input).
    accepts: fn(lead: u8, next: u8) -> bool,
    /// Sequences Python maps differently: single bytes (below 0x100) and
    /// two-byte sequences (big-endian).
    patches: &'static [(u16, char)],
}

fn single(encoding: &'static Encoding, undefined: &'static [u8]) -> Codec {
    Codec::Single(SingleByte {
        encoding,
        undefined,
        overrides: &[],
        c1_controls: false,
    })
}

fn multi(
    encoding: &'static Encoding,
    name: &'static str,
    seq_len: fn(u8) -> usize,
    accepts: fn(u8, u8) -> bool,
) -> Codec {
    Codec::Multi(MultiByte {
        encoding,
        name,
        seq_len,
        accepts,
        patches: &[],
    })
}

/// Whether `encoding_rs`'s GBK maps a two-byte sequence to a private-use
/// character (a user-defined cell, which Python's gbk and gb2312 reject).
fn gbk_private_use(lead: u8, trail: u8) -> bool {
    encoding_rs::GBK
        .decode_without_bom_handling_and_without_replacement(&[lead, trail])
        .and_then(|s| s.chars().next())
        .is_some_and(|c| ('\u{E000}'..='\u{F8FF}').contains(&c))
}

/// Sequence lengths of codecs whose lead bytes are 0x81..=0xFE.
fn lead_81_fe(b: u8) -> usize {
    if (0x81..=0xFE).contains(&b) { 2 } else { 1 }
}

/// The codec implemented by Python's module `encodings.<module>`.
fn codec_for_module(module: &str) -> Option<Codec> {
    use Endian::{Big, Little};
    use encoding_rs as e;
    Some(match module {
        "utf_8" => Codec::Utf8,
        "latin_1" => Codec::Latin1,
        "ascii" => Codec::Ascii,
        "utf_16" => Codec::Utf16(None),
        "utf_16_le" => Codec::Utf16(Some(Little)),
        "utf_16_be" => Codec::Utf16(Some(Big)),
        "utf_32" => Codec::Utf32(None),
        "utf_32_le" => Codec::Utf32(Some(Little)),
        "utf_32_be" => Codec::Utf32(Some(Big)),
        "cp1250" => single(e::WINDOWS_1250, &[0x81, 0x83, 0x88, 0x90, 0x98]),
        "cp1251" => single(e::WINDOWS_1251, &[0x98]),
        "cp1252" => single(e::WINDOWS_1252, &[0x81, 0x8D, 0x8F, 0x90, 0x9D]),
        "cp1253" => single(
            e::WINDOWS_1253,
            &[
                0x81, 0x88, 0x8A, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x98, 0x9A, 0x9C, 0x9D, 0x9E, 0x9F,
            ],
        ),
        "cp1254" => single(e::WINDOWS_1254, &[0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E]),
        "cp1255" => single(
            e::WINDOWS_1255,
            &[
                0x81, 0x8A, 0x8C, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9C, 0x9D, 0x9E, 0x9F, 0xCA,
            ],
        ),
        "cp1256" => single(e::WINDOWS_1256, &[]),
        "cp1257" => single(
            e::WINDOWS_1257,
            &[0x81, 0x83, 0x88, 0x8A, 0x8C, 0x90, 0x98, 0x9A, 0x9C, 0x9F],
        ),
        "cp1258" => single(
            e::WINDOWS_1258,
            &[0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E],
        ),
        "cp874" => single(
            e::WINDOWS_874,
            &[
                0x81, 0x82, 0x83, 0x84, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F,
                0x90, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
            ],
        ),
        "koi8_r" => single(e::KOI8_R, &[]),
        "koi8_u" => Codec::Single(SingleByte {
            encoding: e::KOI8_U,
            undefined: &[],
            // encoding_rs's KOI8-U is really KOI8-RU.
            overrides: &[(0xAE, '\u{255D}'), (0xBE, '\u{256C}')],
            c1_controls: false,
        }),
        "cp866" => single(e::IBM866, &[]),
        "mac_roman" => single(e::MACINTOSH, &[]),
        "mac_cyrillic" => single(e::X_MAC_CYRILLIC, &[]),
        "iso8859_2" => single(e::ISO_8859_2, &[]),
        "iso8859_3" => single(e::ISO_8859_3, &[]),
        "iso8859_4" => single(e::ISO_8859_4, &[]),
        "iso8859_5" => single(e::ISO_8859_5, &[]),
        "iso8859_6" => single(e::ISO_8859_6, &[]),
        "iso8859_7" => single(e::ISO_8859_7, &[]),
        "iso8859_8" => single(e::ISO_8859_8, &[]),
        "iso8859_10" => single(e::ISO_8859_10, &[]),
        "iso8859_13" => single(e::ISO_8859_13, &[]),
        "iso8859_14" => single(e::ISO_8859_14, &[]),
        "iso8859_15" => single(e::ISO_8859_15, &[]),
        "iso8859_16" => single(e::ISO_8859_16, &[]),
        "iso8859_9" | "iso8859_11" => Codec::Single(SingleByte {
            encoding: if module == "iso8859_9" {
                e::WINDOWS_1254
            } else {
                e::WINDOWS_874
            },
            undefined: &[],
            overrides: &[],
            c1_controls: true,
        }),
        "shift_jis" => Codec::Multi(MultiByte {
            encoding: e::SHIFT_JIS,
            name: "shift_jis",
            seq_len: |b| match b {
                0x81..=0x9F | 0xE0..=0xFC => 2,
                _ => 1,
            },
            // encoding_rs decodes cp932, with the NEC and IBM extensions.
            accepts: |lead, _| !matches!(lead, 0x80 | 0x87 | 0xED | 0xEE | 0xF0..=0xFC),
            patches: &[
                (0x8160, '\u{301C}'),
                (0x8161, '\u{2016}'),
                (0x817C, '\u{2212}'),
                (0x8191, '\u{A2}'),
                (0x8192, '\u{A3}'),
                (0x81CA, '\u{AC}'),
            ],
        }),
        "euc_jp" => Codec::Multi(MultiByte {
            encoding: e::EUC_JP,
            name: "euc_jp",
            seq_len: |b| match b {
                0x8F => 3,
                0x8E | 0xA1..=0xFE => 2,
                _ => 1,
            },
            accepts: |lead, _| !matches!(lead, 0xAD | 0xF9..=0xFC),
            patches: &[
                (0xA1C1, '\u{301C}'),
                (0xA1C2, '\u{2016}'),
                (0xA1DD, '\u{2212}'),
                (0xA1F1, '\u{A2}'),
                (0xA1F2, '\u{A3}'),
                (0xA2CC, '\u{AC}'),
            ],
        }),
        "gb2312" => Codec::Multi(MultiByte {
            encoding: e::GBK,
            name: "gb2312",
            seq_len: lead_81_fe,
            accepts: |lead, next| {
                matches!(lead, 0xA1..=0xA9 | 0xB0..=0xF7)
                    && (0xA1..=0xFE).contains(&next)
                    && !gbk_private_use(lead, next)
            },
            patches: &[(0xA1A4, '\u{30FB}'), (0xA1AA, '\u{2015}')],
        }),
        "gbk" => multi(e::GBK, "gbk", lead_81_fe, |lead, next| {
            // Not the euro sign, the user-defined areas, nor GB 18030's
            // four-byte sequences.
            let user = match lead {
                0xAA..=0xAF | 0xF8..=0xFE => next >= 0xA1,
                0xA1..=0xA7 => next < 0xA1,
                0xD7 => next >= 0xFA,
                _ => false,
            };
            lead != 0x80 && !user && !(0x30..=0x39).contains(&next) && !gbk_private_use(lead, next)
        }),
        "euc_kr" => multi(e::EUC_KR, "euc_kr", lead_81_fe, |lead, next| {
            // EUC-KR proper, without the UHC extension.
            matches!(lead, 0xA1..=0xAC | 0xB0..=0xFE) && (0xA1..=0xFE).contains(&next)
        }),
        "big5" => multi(e::BIG5, "big5", lead_81_fe, |lead, _| {
            // Not the HKSCS extension.
            matches!(lead, 0xA1..=0xC7 | 0xC9..=0xF9)
        }),
        "cp932" => Codec::Multi(MultiByte {
            encoding: e::SHIFT_JIS,
            name: "cp932",
            seq_len: |b| match b {
                0x81..=0x9F | 0xE0..=0xFC => 2,
                _ => 1,
            },
            accepts: |_, _| true,
            patches: &[
                (0xA0, '\u{F8F0}'),
                (0xFD, '\u{F8F1}'),
                (0xFE, '\u{F8F2}'),
                (0xFF, '\u{F8F3}'),
            ],
        }),
        "cp949" => multi(e::EUC_KR, "cp949", |_| 1, |_, _| true),
        _ => return None,
    })
}

/// Python's codec lookup: lower case, `encodings.normalize_encoding`, the
/// alias table, then the module name.
fn lookup_codec(name: &str) -> Lookup {
    let lower = name.to_ascii_lowercase();
    let mut norm = String::with_capacity(lower.len());
    let mut punct = false;
    for c in lower.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            norm.push(c);
            punct = false;
        } else {
            punct = true;
        }
    }
    let dotless = norm.replace('.', "_");
    for key in [norm.as_str(), dotless.as_str()] {
        if let Some(module) = SUPPORTED_ALIASES.split(';').find_map(|entry| {
            let (alias, module) = entry.split_once('=')?;
            (alias == key).then_some(module)
        }) {
            return codec_for_module(module).map_or(Lookup::Unknown, Lookup::Codec);
        }
        if in_list(UNSUPPORTED_NAMES, key) {
            return Lookup::Unsupported;
        }
        if in_list(NON_TEXT_NAMES, key) {
            return Lookup::NotText;
        }
    }
    if norm.contains('.') {
        return Lookup::Unknown;
    }
    match codec_for_module(&norm) {
        Some(codec) => Lookup::Codec(codec),
        None => Lookup::Unknown,
    }
}

fn in_list(list: &str, key: &str) -> bool {
    list.split(';').any(|entry| entry == key)
}

// ---------------------------------------------------------------------------
// Decoding with a codec

/// An undecodable stretch `start..end` of the input and the reason.
struct CodecError {
    codec: &'static str,
    start: usize,
    end: usize,
    reason: &'static str,
}

impl CodecError {
    fn message(&self, bytes: &[u8]) -> String {
        let codec = self.codec;
        let start = self.start;
        if self.end - start == 1 {
            format!(
                "'{codec}' codec can't decode byte 0x{:02x} in position {start}: {}",
                bytes[start], self.reason
            )
        } else {
            format!(
                "'{codec}' codec can't decode bytes in position {start}-{}: {}",
                self.end - 1,
                self.reason
            )
        }
    }
}

fn decode_with(codec: Codec, bytes: &[u8]) -> Result<String, SourceError> {
    let fail = |err: CodecError, bytes: &[u8]| SourceError::new(err.message(bytes), 0);
    if let Codec::Utf16(_) | Codec::Utf32(_) = codec {
        // These see CPython's newline-translated text, line ends included.
        let translated = translate_newlines(bytes);
        return run_codec(codec, &translated).map_err(|err| fail(err, &translated));
    }
    match run_codec(codec, bytes) {
        Ok(text) => Ok(text),
        Err(err) => {
            // CPython decodes the newline-translated text, so the positions
            // in its message are counted there.
            let translated = translate_newlines(bytes);
            match run_codec(codec, &translated) {
                Err(err) => Err(fail(err, &translated)),
                Ok(_) => Err(fail(err, bytes)),
            }
        }
    }
}

fn run_codec(codec: Codec, bytes: &[u8]) -> Result<String, CodecError> {
    match codec {
        Codec::Utf8 => std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|e| utf8_codec_error(bytes, e)),
        Codec::Latin1 => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
        Codec::Ascii => match bytes.iter().position(|&b| b >= 0x80) {
            None => Ok(String::from_utf8_lossy(bytes).into_owned()),
            Some(pos) => Err(CodecError {
                codec: "ascii",
                start: pos,
                end: pos + 1,
                reason: "ordinal not in range(128)",
            }),
        },
        Codec::Utf16(order) => decode_utf16(bytes, order),
        Codec::Utf32(order) => decode_utf32(bytes, order),
        Codec::Single(sb) => decode_single(bytes, sb),
        Codec::Multi(mb) => decode_multi(bytes, mb),
    }
}

fn decode_single(bytes: &[u8], sb: SingleByte) -> Result<String, CodecError> {
    let mut table = [None; 128];
    for (slot, byte) in table.iter_mut().zip(0x80u8..=0xFF) {
        *slot = if sb.c1_controls && byte < 0xA0 {
            Some(char::from(byte))
        } else if sb.undefined.contains(&byte) {
            None
        } else if let Some(&(_, c)) = sb.overrides.iter().find(|(b, _)| *b == byte) {
            Some(c)
        } else {
            sb.encoding
                .decode_without_bom_handling_and_without_replacement(&[byte])
                .and_then(|s| s.chars().next())
        };
    }
    let mut out = String::with_capacity(bytes.len());
    for (pos, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            out.push(char::from(b));
        } else {
            match table[usize::from(b - 0x80)] {
                Some(c) => out.push(c),
                None => {
                    return Err(CodecError {
                        codec: "charmap",
                        start: pos,
                        end: pos + 1,
                        reason: "character maps to <undefined>",
                    });
                }
            }
        }
    }
    Ok(out)
}

fn decode_multi(bytes: &[u8], mb: MultiByte) -> Result<String, CodecError> {
    let mut out = String::with_capacity(bytes.len());
    let mut seg = 0;
    let mut i = 0;
    while i < bytes.len() {
        let lead = bytes[i];
        if lead < 0x80 {
            i += 1;
            continue;
        }
        let len = (mb.seq_len)(lead);
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        if !(mb.accepts)(lead, next) {
            // What comes before is decoded first, for its own errors.
            decode_multi_part(bytes, seg, i, mb, &mut out)?;
            let incomplete = i + len > bytes.len();
            return Err(CodecError {
                codec: mb.name,
                start: i,
                end: if incomplete { bytes.len() } else { i + 1 },
                reason: if incomplete {
                    "incomplete multibyte sequence"
                } else {
                    "illegal multibyte sequence"
                },
            });
        }
        let key = match len {
            1 => Some(u16::from(lead)),
            2 if i + 1 < bytes.len() => Some(u16::from_be_bytes([lead, next])),
            _ => None,
        };
        if let Some(&(_, c)) = key.and_then(|k| mb.patches.iter().find(|(p, _)| *p == k)) {
            decode_multi_part(bytes, seg, i, mb, &mut out)?;
            out.push(c);
            seg = i + len;
        }
        i += len;
    }
    decode_multi_part(bytes, seg, bytes.len(), mb, &mut out)?;
    Ok(out)
}

fn decode_multi_part(
    bytes: &[u8],
    start: usize,
    end: usize,
    mb: MultiByte,
    out: &mut String,
) -> Result<(), CodecError> {
    use encoding_rs::DecoderResult;
    let mut decoder = mb.encoding.new_decoder_without_bom_handling();
    let mut pos = start;
    loop {
        let needed = decoder
            .max_utf8_buffer_length_without_replacement(end - pos)
            .unwrap_or(end - pos);
        out.reserve(needed);
        let (result, read) =
            decoder.decode_to_string_without_replacement(&bytes[pos..end], out, true);
        pos += read;
        match result {
            DecoderResult::InputEmpty => return Ok(()),
            DecoderResult::OutputFull => continue,
            DecoderResult::Malformed(bad, extra) => {
                let at = pos - usize::from(bad) - usize::from(extra);
                let incomplete = at + usize::from(bad) >= bytes.len();
                return Err(CodecError {
                    codec: mb.name,
                    start: at,
                    end: if incomplete { bytes.len() } else { at + 1 },
                    reason: if incomplete {
                        "incomplete multibyte sequence"
                    } else {
                        "illegal multibyte sequence"
                    },
                });
            }
        }
    }
}

fn decode_utf16(bytes: &[u8], order: Option<Endian>) -> Result<String, CodecError> {
    let mut q = 0;
    let endian = match order {
        Some(endian) => endian,
        None if bytes.starts_with(&[0xFF, 0xFE]) => {
            q = 2;
            Endian::Little
        }
        None if bytes.starts_with(&[0xFE, 0xFF]) => {
            q = 2;
            Endian::Big
        }
        None => Endian::Little,
    };
    let codec = match endian {
        Endian::Little => "utf-16-le",
        Endian::Big => "utf-16-be",
    };
    let unit = |at: usize| {
        let pair = [bytes[at], bytes[at + 1]];
        match endian {
            Endian::Little => u16::from_le_bytes(pair),
            Endian::Big => u16::from_be_bytes(pair),
        }
    };
    let err = |start, end, reason| CodecError {
        codec,
        start,
        end,
        reason,
    };
    let n = bytes.len();
    let mut out = String::with_capacity(n / 2);
    while q < n {
        if n - q < 2 {
            return Err(err(q, n, "truncated data"));
        }
        let u = unit(q);
        q += 2;
        match u {
            0xDC00..=0xDFFF => return Err(err(q - 2, q, "illegal encoding")),
            0xD800..=0xDBFF => {
                if n - q < 2 {
                    return Err(err(q - 2, n, "unexpected end of data"));
                }
                let low = unit(q);
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(err(q - 2, q, "illegal UTF-16 surrogate"));
                }
                q += 2;
                let cp = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                out.extend(char::from_u32(cp));
            }
            _ => out.extend(char::from_u32(u32::from(u))),
        }
    }
    Ok(out)
}

fn decode_utf32(bytes: &[u8], order: Option<Endian>) -> Result<String, CodecError> {
    let mut q = 0;
    let endian = match order {
        Some(endian) => endian,
        None if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) => {
            q = 4;
            Endian::Little
        }
        None if bytes.starts_with(&[0, 0, 0xFE, 0xFF]) => {
            q = 4;
            Endian::Big
        }
        None => Endian::Little,
    };
    let codec = match endian {
        Endian::Little => "utf-32-le",
        Endian::Big => "utf-32-be",
    };
    let err = |start, end, reason| CodecError {
        codec,
        start,
        end,
        reason,
    };
    let n = bytes.len();
    let mut out = String::with_capacity(n / 4);
    while q < n {
        if n - q < 4 {
            return Err(err(q, n, "truncated data"));
        }
        let quad = [bytes[q], bytes[q + 1], bytes[q + 2], bytes[q + 3]];
        let cp = match endian {
            Endian::Little => u32::from_le_bytes(quad),
            Endian::Big => u32::from_be_bytes(quad),
        };
        if cp > 0x10FFFF {
            return Err(err(q, q + 4, "code point not in range(0x110000)"));
        }
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => {
                return Err(err(
                    q,
                    q + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                ));
            }
        }
        q += 4;
    }
    Ok(out)
}

/// CPython's `translate_newlines`: `\r\n` and `\r` become `\n`, and a
/// `\n` is added unless the text ends with one, which includes (a quirk of
/// CPython's loop) text ending with `\r\n`.
fn translate_newlines(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 1);
    let mut skip_lf = false;
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        let mut c = bytes[i];
        if skip_lf {
            skip_lf = false;
            if c == b'\n' {
                i += 1;
                match bytes.get(i) {
                    Some(&next) => c = next,
                    None => {
                        last = 0;
                        break;
                    }
                }
            }
        }
        if c == b'\r' {
            skip_lf = true;
            c = b'\n';
        }
        out.push(c);
        last = c;
        i += 1;
    }
    if last != b'\n' {
        out.push(b'\n');
    }
    out
}

/// Newline translation without the final `\n`, for token bodies.
fn translate_body(bytes: &[u8]) -> Cow<'_, [u8]> {
    if !bytes.contains(&b'\r') {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\r' {
            out.push(b'\n');
            if bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(bytes[i]);
        }
        i += 1;
    }
    Cow::Owned(out)
}

fn utf8_codec_error(bytes: &[u8], err: Utf8Error) -> CodecError {
    let start = err.valid_up_to();
    let (end, reason) = match err.error_len() {
        None => (bytes.len(), "unexpected end of data"),
        Some(len) => {
            let reason = if len == 1 && !(0xC2..=0xF4).contains(&bytes[start]) {
                "invalid start byte"
            } else {
                "invalid continuation byte"
            };
            (start + len, reason)
        }
    };
    CodecError {
        codec: "utf-8",
        start,
        end,
        reason,
    }
}

/// `(unicode error) 'utf-8' codec can't ...` for the first invalid sequence
/// of `bytes`, if there is one.
fn unicode_error(bytes: &[u8]) -> Option<String> {
    let err = std::str::from_utf8(bytes).err()?;
    Some(format!(
        "(unicode error) {}",
        utf8_codec_error(bytes, err).message(bytes)
    ))
}

/// The same for text that CPython decodes one run of non-ASCII bytes at a
/// time (string bodies with escapes): positions count from the run.
fn unicode_error_by_runs(bytes: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] >= 0x80 {
            i += 1;
        }
        if let Some(msg) = unicode_error(&bytes[start..i]) {
            return Some(msg);
        }
    }
    None
}

// ---------------------------------------------------------------------------
// UTF-8 source

fn decode_utf8_source(src: &[u8]) -> Result<String, SourceError> {
    match std::str::from_utf8(src) {
        Ok(text) => Ok(text.to_string()),
        Err(_) => {
            let mut scanner = Scanner::new(src);
            match scanner.scan() {
                Err(Outcome::Error(err)) => Err(err),
                // Invalid bytes only where CPython does not decode them
                // (comments), or behind an error the tokenizer or parser
                // reports first: replace them and let those report.
                Ok(()) | Err(Outcome::Lossy) => Ok(String::from_utf8_lossy(src).into_owned()),
            }
        }
    }
}

/// How a scan for the error CPython reports about invalid UTF-8 ended.
enum Outcome {
    Error(SourceError),
    /// Something CPython reports earlier comes first (an unterminated
    /// string, a bad escape, a stray character...), or nothing is reported.
    Lossy,
}

type Scan<T> = Result<T, Outcome>;

/// A first error found in a sequence of adjacent string literals; `line`
/// is `None` when CPython reports the line of the token after the sequence.
struct Pending {
    msg: String,
    line: Option<usize>,
}

/// An error CPython's parser raises while it builds a string literal's
/// value; it then tokenizes the rest of the file, and a tokenizer error
/// found there is reported instead.
enum Deferred {
    /// A decoding error, reported by this module.
    Error(SourceError),
    /// Another error (a bad escape, mixed bytes and str, a malformed
    /// f-string), left to the parser.
    Other,
}

struct StringToken {
    bytes: bool,
    raw: bool,
    fstring: bool,
    body_start: usize,
    body_end: usize,
    /// The line the literal starts on.
    line: usize,
}

/// A light tokenizer over possibly invalid UTF-8 that finds the name or
/// string literal whose decoding fails first, as CPython's tokenizer and
/// parser would meet it. It gives up (`Lossy`) where CPython would report
/// another tokenizer error first, or an indentation error.
struct Scanner<'a> {
    src: &'a [u8],
    i: usize,
    line: usize,
    /// Open brackets and their lines.
    brackets: Vec<(u8, usize)>,
    /// Indentation columns of the enclosing blocks.
    indents: Vec<usize>,
    at_line_start: bool,
    /// The last token byte seen; a logical line ending in `:` opens a block.
    last: u8,
    block_opened: bool,
    /// Prepended to messages: `f-string: ` inside a replacement field.
    prefix: &'static str,
    /// The text ends with an implied closing bracket (a replacement field,
    /// which CPython parses as `(expr)`).
    closed_at_end: bool,
    /// An error met while building a string literal's value.
    pending: Option<Deferred>,
}

impl<'a> Scanner<'a> {
    /// A scanner for a whole file.
    fn new(src: &'a [u8]) -> Self {
        Scanner {
            src,
            i: 0,
            line: 1,
            brackets: Vec::new(),
            indents: vec![0],
            at_line_start: true,
            last: 0,
            block_opened: false,
            prefix: "",
            closed_at_end: false,
            pending: None,
        }
    }

    /// A scanner for the expression of an f-string replacement field that
    /// starts on `line`.
    fn replacement_field(src: &'a [u8], line: usize) -> Self {
        Scanner {
            brackets: vec![(b'(', line)],
            line,
            at_line_start: false,
            prefix: "f-string: ",
            closed_at_end: true,
            ..Scanner::new(src)
        }
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.src.get(self.i + ahead).copied()
    }

    fn scan(&mut self) -> Scan<()> {
        while let Some(c) = self.peek(0) {
            if self.at_line_start {
                self.indentation()?;
                continue;
            }
            if !matches!(c, b' ' | b'\t' | 0x0c | b'\n' | b'\r' | b'#' | b'\\') {
                self.last = c;
            }
            match c {
                b'#' => self.skip_comment(),
                b'\n' | b'\r' => {
                    self.newline();
                    if self.brackets.is_empty() {
                        self.at_line_start = true;
                        self.block_opened = self.last == b':';
                    }
                }
                b'\\' => self.continuation()?,
                b' ' | b'\t' | 0x0c => self.i += 1,
                b'(' | b'[' | b'{' => {
                    self.brackets.push((c, self.line));
                    self.i += 1;
                }
                b')' | b']' | b'}' => self.close_bracket()?,
                b'\'' | b'"' => self.strings(self.i, self.i)?,
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_some_and(|d| d.is_ascii_digit()) => self.number()?,
                c if is_name_byte(c) => self.name()?,
                b'$' | b'?' | b'`' if self.pending.is_none() => return Err(Outcome::Lossy),
                c if c < 0x20 || c == 0x7F => return Err(Outcome::Lossy),
                _ => self.i += 1,
            }
        }
        let Some(Deferred::Error(pending)) = self.pending.take() else {
            return Ok(());
        };
        // At the end of the file, an unclosed bracket opened on an earlier
        // line than the error is reported instead ("'(' was never closed").
        if !self.closed_at_end
            && self
                .brackets
                .last()
                .is_some_and(|&(_, line)| line < pending.line)
        {
            return Err(Outcome::Lossy);
        }
        Err(Outcome::Error(pending))
    }

    /// The start of a line outside brackets: blank lines are skipped, and
    /// indentation errors (which CPython reports before the line's tokens
    /// are decoded) give up.
    fn indentation(&mut self) -> Scan<()> {
        let mut col = 0;
        while let Some(c) = self.peek(0) {
            match c {
                b' ' => col += 1,
                b'\t' => col = (col / 8 + 1) * 8,
                0x0c => col = 0,
                _ => break,
            }
            self.i += 1;
        }
        match self.peek(0) {
            None => return Ok(()),
            Some(b'#') => {
                self.skip_comment();
                return Ok(());
            }
            Some(b'\n' | b'\r') => {
                self.newline();
                return Ok(());
            }
            Some(_) => {}
        }
        self.at_line_start = false;
        if self.pending.is_some() {
            // Indentation errors do not replace a pending error.
            return Ok(());
        }
        let top = self.indents.last().copied().unwrap_or(0);
        if col > top {
            if !self.block_opened {
                // "unexpected indent": CPython reports it as soon as the
                // parser meets the INDENT token.
                return Err(Outcome::Lossy);
            }
            self.indents.push(col);
        } else {
            if col < top {
                while self.indents.last().is_some_and(|&t| col < t) {
                    self.indents.pop();
                }
                if self.indents.last() != Some(&col) {
                    // "unindent does not match any outer indentation level",
                    // a tokenizer error.
                    return Err(Outcome::Lossy);
                }
            }
            if self.block_opened {
                // "expected an indented block", a parser error found on the
                // line's first token, which the tokenizer has decoded.
                let name_first = self
                    .peek(0)
                    .is_some_and(|c| is_name_byte(c) && !c.is_ascii_digit());
                if col == top && name_first && self.string_start().is_none() {
                    self.name()?;
                }
                self.defer_other();
            }
        }
        self.block_opened = false;
        Ok(())
    }

    /// Notes a parser error that this module leaves to the parser.
    fn defer_other(&mut self) {
        if self.pending.is_none() {
            self.pending = Some(Deferred::Other);
        }
    }

    fn close_bracket(&mut self) -> Scan<()> {
        let close = self.src[self.i];
        let open = self.brackets.pop().map(|(open, _)| open);
        // "unmatched ')'" or "closing parenthesis ... does not match"
        if !matches!(
            (open, close),
            (Some(b'('), b')') | (Some(b'['), b']') | (Some(b'{'), b'}')
        ) {
            return Err(Outcome::Lossy);
        }
        self.i += 1;
        Ok(())
    }

    /// The token after a sequence of string literals, which CPython's
    /// parser reads before it decodes the strings: a tokenizer error or an
    /// undecodable name there is reported first.
    fn token_after_strings(&mut self) -> Scan<()> {
        match self.peek(0) {
            Some(b'0'..=b'9') => self.number(),
            Some(b'.') if self.peek(1).is_some_and(|d| d.is_ascii_digit()) => self.number(),
            Some(c) if is_name_byte(c) => self.name(),
            Some(b')' | b']' | b'}') => self.close_bracket(),
            Some(b'$' | b'?' | b'`') => Err(Outcome::Lossy),
            Some(c) if c < 0x20 && !matches!(c, b'\n' | b'\r') || c == 0x7F => Err(Outcome::Lossy),
            _ => Ok(()),
        }
    }

    fn skip_comment(&mut self) {
        while self.peek(0).is_some_and(|c| c != b'\n' && c != b'\r') {
            self.i += 1;
        }
    }

    fn newline(&mut self) {
        if self.peek(0) == Some(b'\r') && self.peek(1) == Some(b'\n') {
            self.i += 1;
        }
        self.i += 1;
        self.line += 1;
    }

    fn continuation(&mut self) -> Scan<()> {
        self.i += 1;
        match self.peek(0) {
            Some(b'\n' | b'\r') => {
                self.newline();
                Ok(())
            }
            // "unexpected character after line continuation character"
            _ => Err(Outcome::Lossy),
        }
    }

    fn error(&self, msg: String, line: usize) -> Outcome {
        Outcome::Error(SourceError::new(format!("{}{msg}", self.prefix), line))
    }

    /// A name, or the prefix of a string literal.
    fn name(&mut self) -> Scan<()> {
        let start = self.i;
        while self.peek(0).is_some_and(is_name_byte) {
            self.i += 1;
        }
        let word = &self.src[start..self.i];
        if matches!(self.peek(0), Some(b'\'' | b'"')) && is_string_prefix(word) {
            return self.strings(start, self.i);
        }
        let Some(msg) = unicode_error(word) else {
            return Ok(());
        };
        if self.pending.is_some() {
            // CPython lets the UnicodeDecodeError itself escape here, with
            // the codec's message.
            let plain = msg.trim_start_matches("(unicode error) ");
            return Err(Outcome::Error(SourceError::new(plain, self.line)));
        }
        Err(self.error(msg, self.line))
    }

    /// A number; a malformed one is a tokenizer error that CPython reports
    /// first.
    fn number(&mut self) -> Scan<()> {
        let b = self.src;
        let mut i = self.i;
        let digits = |i: usize, ok: fn(u8) -> bool| -> Option<usize> {
            let mut i = i;
            if !b.get(i).copied().is_some_and(ok) {
                return None;
            }
            while let Some(&c) = b.get(i) {
                if ok(c) {
                    i += 1;
                } else if c == b'_' && b.get(i + 1).copied().is_some_and(ok) {
                    i += 2;
                } else if c == b'_' {
                    return None;
                } else {
                    break;
                }
            }
            Some(i)
        };
        let radix_digit: Option<fn(u8) -> bool> = match (b[i], b.get(i + 1)) {
            (b'0', Some(b'x' | b'X')) => Some(|c| c.is_ascii_hexdigit()),
            (b'0', Some(b'o' | b'O')) => Some(|c| (b'0'..=b'7').contains(&c)),
            (b'0', Some(b'b' | b'B')) => Some(|c| c == b'0' || c == b'1'),
            _ => None,
        };
        let decimal: fn(u8) -> bool = |c| c.is_ascii_digit();
        if let Some(ok) = radix_digit {
            i += 2;
            if b.get(i) == Some(&b'_') {
                i += 1;
            }
            i = digits(i, ok).ok_or(Outcome::Lossy)?;
        } else {
            let int_start = i;
            let mut plain_int = true;
            if b[i] != b'.' {
                i = digits(i, decimal).ok_or(Outcome::Lossy)?;
            }
            let int_part = &b[int_start..i];
            if b.get(i) == Some(&b'.') {
                plain_int = false;
                i += 1;
                if b.get(i).is_some_and(u8::is_ascii_digit) {
                    i = digits(i, decimal).ok_or(Outcome::Lossy)?;
                }
            }
            if matches!(b.get(i), Some(b'e' | b'E')) {
                let signed = matches!(b.get(i + 1), Some(b'+' | b'-'));
                let j = if signed { i + 2 } else { i + 1 };
                match digits(j, decimal) {
                    Some(end) => {
                        i = end;
                        plain_int = false;
                    }
                    // "invalid decimal literal"
                    None if signed => return Err(Outcome::Lossy),
                    // The `e` starts a name: checked below.
                    None => {}
                }
            }
            if matches!(b.get(i), Some(b'j' | b'J')) {
                i += 1;
                plain_int = false;
            }
            if plain_int
                && int_part.first() == Some(&b'0')
                && int_part.iter().any(|&c| (b'1'..=b'9').contains(&c))
            {
                // "leading zeros in decimal integer literals are not permitted"
                return Err(Outcome::Lossy);
            }
        }
        self.i = i;
        // A name character right after a number is an error, except before
        // the keywords that may follow a number in valid code.
        if let Some(c) = self.peek(0)
            && c < 0x80
            && is_name_byte(c)
        {
            let rest = &b[i..];
            let keyword = ["and", "else", "for", "if", "in", "is", "not", "or"]
                .iter()
                .any(|k| rest.starts_with(k.as_bytes()));
            if !keyword {
                return Err(Outcome::Lossy);
            }
        }
        Ok(())
    }

    /// A sequence of adjacent string literals starting with the one whose
    /// prefix starts at `start` and whose quote is at `quote`.
    fn strings(&mut self, start: usize, quote: usize) -> Scan<()> {
        let mut pending: Option<Option<Pending>> = None;
        let mut kind = None;
        let (mut start, mut quote) = (start, quote);
        loop {
            let token = self.string_token(start, quote)?;
            if pending.is_none() && self.pending.is_none() {
                // CPython decodes a plain literal before checking that bytes
                // and str are not mixed ("cannot mix bytes and nonbytes
                // literals"), and an f-string after.
                let mixed = kind.is_some_and(|bytes| bytes != token.bytes);
                if mixed && token.fstring {
                    pending = Some(None);
                } else {
                    pending = match self.check_string(&token) {
                        Ok(Some(found)) => Some(Some(found)),
                        Ok(None) if mixed => Some(None),
                        Ok(None) => None,
                        Err(Outcome::Lossy) => Some(None),
                        Err(err) => return Err(err),
                    };
                }
                kind = Some(token.bytes);
            }
            // Find the token after this string.
            loop {
                match self.peek(0) {
                    Some(b' ' | b'\t' | 0x0c) => self.i += 1,
                    Some(b'#') => self.skip_comment(),
                    Some(b'\\') => self.continuation()?,
                    Some(b'\n' | b'\r') if !self.brackets.is_empty() => self.newline(),
                    None if !self.brackets.is_empty() && !self.closed_at_end => {
                        // "'(' was never closed"
                        return Err(Outcome::Lossy);
                    }
                    _ => break,
                }
            }
            match self.string_start() {
                Some((s, q)) => (start, quote) = (s, q),
                None => break,
            }
        }
        let Some(pending) = pending else {
            return Ok(());
        };
        let line = self.line;
        self.token_after_strings()?;
        self.pending = Some(match pending {
            Some(found) => Deferred::Error(SourceError::new(found.msg, found.line.unwrap_or(line))),
            None => Deferred::Other,
        });
        Ok(())
    }

    /// If a string literal starts here, its start and the offset of its
    /// quote.
    fn string_start(&self) -> Option<(usize, usize)> {
        let mut j = self.i;
        while self.src.get(j).is_some_and(|c| c.is_ascii_alphabetic()) {
            j += 1;
        }
        let quoted = matches!(self.src.get(j), Some(b'\'' | b'"'));
        (quoted && is_string_prefix(&self.src[self.i..j])).then_some((self.i, j))
    }

    fn string_token(&mut self, start: usize, quote: usize) -> Scan<StringToken> {
        let b = self.src;
        let prefix = b[start..quote].to_ascii_lowercase();
        let q = b[quote];
        let triple = b.get(quote + 1) == Some(&q) && b.get(quote + 2) == Some(&q);
        let start_line = self.line;
        self.i = quote + if triple { 3 } else { 1 };
        let body_start = self.i;
        loop {
            match self.peek(0) {
                // "unterminated string literal"
                None => return Err(Outcome::Lossy),
                Some(b'\\') => {
                    self.i += 1;
                    match self.peek(0) {
                        None => return Err(Outcome::Lossy),
                        Some(b'\n' | b'\r') => self.newline(),
                        Some(_) => self.i += 1,
                    }
                }
                Some(b'\n' | b'\r') if !triple => return Err(Outcome::Lossy),
                Some(b'\n' | b'\r') => self.newline(),
                Some(c) if c == q => {
                    if !triple {
                        let token = StringToken {
                            bytes: prefix.contains(&b'b'),
                            raw: prefix.contains(&b'r'),
                            fstring: prefix.contains(&b'f'),
                            body_start,
                            body_end: self.i,
                            line: start_line,
                        };
                        self.i += 1;
                        return Ok(token);
                    }
                    if self.peek(1) == Some(q) && self.peek(2) == Some(q) {
                        let token = StringToken {
                            bytes: prefix.contains(&b'b'),
                            raw: prefix.contains(&b'r'),
                            fstring: prefix.contains(&b'f'),
                            body_start,
                            body_end: self.i,
                            line: start_line,
                        };
                        self.i += 3;
                        return Ok(token);
                    }
                    self.i += 1;
                }
                Some(_) => self.i += 1,
            }
        }
    }

    /// The error CPython reports when it decodes this string literal, if
    /// any; `Lossy` when it reports an error this module does not produce.
    fn check_string(&self, token: &StringToken) -> Scan<Option<Pending>> {
        let body = translate_body(&self.src[token.body_start..token.body_end]);
        let body: &[u8] = &body;
        if token.bytes {
            if body.is_ascii() {
                let text = std::str::from_utf8(body).unwrap_or_default();
                return match crate::literals::decode_bytes(text, token.raw) {
                    Ok(_) => Ok(None),
                    Err(_) => Err(Outcome::Lossy),
                };
            }
            return Ok(Some(Pending {
                msg: format!(
                    "{}bytes can only contain ASCII literal characters",
                    self.prefix
                ),
                line: Some(token.line),
            }));
        }
        if token.fstring {
            let mut i = 0;
            return match self.fstring(body, &mut i, token.raw, 0, token.line) {
                Ok(()) => Ok(None),
                Err(FError::Pending(p)) => Ok(Some(p)),
                Err(FError::Lossy) => Err(Outcome::Lossy),
            };
        }
        let msg = if token.raw || !body.contains(&b'\\') {
            unicode_error(body)
        } else {
            unicode_error_by_runs(body)
        };
        match msg {
            Some(msg) => Ok(Some(Pending {
                msg: format!("{}{msg}", self.prefix),
                line: None,
            })),
            None => {
                let text = std::str::from_utf8(body).unwrap_or_default();
                match crate::literals::decode_str(text, token.raw) {
                    Ok(_) => Ok(None),
                    Err(_) => Err(Outcome::Lossy),
                }
            }
        }
    }

    /// Walks an f-string body (or a format spec, when `level > 0`) as
    /// CPython 3.11's `fstring_find_literal_and_expr` does, stopping at the
    /// first decoding error.
    fn fstring(
        &self,
        body: &[u8],
        i: &mut usize,
        raw: bool,
        level: u32,
        body_line: usize,
    ) -> Result<(), FError> {
        let n = body.len();
        loop {
            let literal_start = *i;
            let mut resume = None;
            while *i < n {
                let mut ch = body[*i];
                *i += 1;
                if !raw && ch == b'\\' && *i < n {
                    ch = body[*i];
                    *i += 1;
                    if ch == b'N' {
                        if *i < n {
                            *i += 1;
                            if body[*i - 1] == b'{' {
                                while *i < n {
                                    *i += 1;
                                    if body[*i - 1] == b'}' {
                                        break;
                                    }
                                }
                            }
                        }
                        continue;
                    }
                }
                if ch == b'{' || ch == b'}' {
                    if level == 0 {
                        if *i < n && body[*i] == ch {
                            resume = Some(*i + 1);
                            break;
                        }
                        if ch == b'}' {
                            // "f-string: single '}' is not allowed"
                            return Err(FError::Lossy);
                        }
                    }
                    *i -= 1;
                    break;
                }
            }
            self.fstring_literal(&body[literal_start..*i], raw)?;
            if let Some(next) = resume {
                *i = next;
                continue;
            }
            if *i >= n || body[*i] == b'}' {
                return Ok(());
            }
            *i += 1;
            self.fstring_field(body, i, raw, level, body_line)?;
        }
    }

    fn fstring_literal(&self, piece: &[u8], raw: bool) -> Result<(), FError> {
        let msg = if raw {
            unicode_error(piece)
        } else {
            unicode_error_by_runs(piece)
        };
        if let Some(msg) = msg {
            return Err(FError::Pending(Pending {
                msg: format!("{}{msg}", self.prefix),
                line: None,
            }));
        }
        let text = std::str::from_utf8(piece).unwrap_or_default();
        match crate::literals::decode_str(text, raw) {
            Ok(_) => Ok(()),
            Err(_) => Err(FError::Lossy),
        }
    }

    /// A replacement field, from after its `{` to after its `}`.
    fn fstring_field(
        &self,
        body: &[u8],
        i: &mut usize,
        raw: bool,
        level: u32,
        body_line: usize,
    ) -> Result<(), FError> {
        if level >= 2 {
            // "f-string: expressions nested too deeply"
            return Err(FError::Lossy);
        }
        let n = body.len();
        let expr_start = *i;
        let mut quote = 0;
        let mut triple = false;
        let mut stack = Vec::new();
        while *i < n {
            let ch = body[*i];
            if ch == b'\\' {
                // "f-string expression part cannot include a backslash"
                return Err(FError::Lossy);
            }
            if quote != 0 {
                if ch == quote {
                    if !triple {
                        quote = 0;
                    } else if *i + 2 < n && body[*i + 1] == ch && body[*i + 2] == ch {
                        *i += 2;
                        quote = 0;
                    }
                }
                *i += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    triple = *i + 2 < n && body[*i + 1] == ch && body[*i + 2] == ch;
                    if triple {
                        *i += 2;
                    }
                    quote = ch;
                }
                b'[' | b'(' | b'{' => stack.push(ch),
                b'#' => return Err(FError::Lossy),
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                    if *i + 1 < n && body[*i + 1] == b'=' && ch != b':' && ch != b'}' {
                        *i += 2;
                        continue;
                    }
                    if ch != b'>' && ch != b'<' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let open = stack.pop().ok_or(FError::Lossy)?;
                    if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        return Err(FError::Lossy);
                    }
                }
                _ => {}
            }
            *i += 1;
        }
        if quote != 0 || !stack.is_empty() || *i >= n {
            return Err(FError::Lossy);
        }
        let expr = &body[expr_start..*i];
        if expr.iter().all(|c| c.is_ascii_whitespace()) {
            // "f-string: empty expression not allowed"
            return Err(FError::Lossy);
        }
        if std::str::from_utf8(expr).is_err() {
            let newlines = body[..expr_start].iter().filter(|&&c| c == b'\n').count();
            let mut sub = Scanner::replacement_field(expr, body_line + newlines);
            return match sub.scan() {
                Err(Outcome::Error(err)) => Err(FError::Pending(Pending {
                    msg: err.msg,
                    line: Some(err.line),
                })),
                _ => Err(FError::Lossy),
            };
        }
        if body[*i] == b'=' {
            *i += 1;
            while *i < n && body[*i].is_ascii_whitespace() {
                *i += 1;
            }
        }
        if *i < n && body[*i] == b'!' {
            if !matches!(body.get(*i + 1), Some(b's' | b'r' | b'a')) {
                return Err(FError::Lossy);
            }
            *i += 2;
        }
        if *i < n && body[*i] == b':' {
            *i += 1;
            self.fstring(body, i, raw, level + 1, body_line)?;
        }
        if *i >= n || body[*i] != b'}' {
            return Err(FError::Lossy);
        }
        *i += 1;
        Ok(())
    }
}

enum FError {
    Pending(Pending),
    Lossy,
}

fn is_name_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

fn is_string_prefix(word: &[u8]) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_slice(),
        b"" | b"r" | b"u" | b"b" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    )
}

// ---------------------------------------------------------------------------
// Codec names, from Python 3.11's `encodings` package (lower-case aliases).

/// `alias=module` entries of `encodings.aliases` for the supported codecs.
const SUPPORTED_ALIASES: &str = "\
1250=cp1250;1251=cp1251;1252=cp1252;1253=cp1253;1254=cp1254;1255=cp1255;1256=cp1256;\
1257=cp1257;1258=cp1258;646=ascii;866=cp866;8859=latin_1;932=cp932;936=gbk;\
949=cp949;ansi_x3.4_1968=ascii;ansi_x3.4_1986=ascii;ansi_x3_4_1968=ascii;\
arabic=iso8859_6;asmo_708=iso8859_6;big5_tw=big5;chinese=gb2312;cp367=ascii;\
cp65001=utf_8;cp819=latin_1;cp936=gbk;csascii=ascii;csbig5=big5;csibm866=cp866;\
csiso58gb231280=gb2312;csisolatin1=latin_1;csisolatin2=iso8859_2;\
csisolatin3=iso8859_3;csisolatin4=iso8859_4;csisolatin5=iso8859_9;\
csisolatin6=iso8859_10;csisolatinarabic=iso8859_6;csisolatincyrillic=iso8859_5;\
csisolatingreek=iso8859_7;csisolatinhebrew=iso8859_8;cskoi8r=koi8_r;\
csshiftjis=shift_jis;cyrillic=iso8859_5;ecma_114=iso8859_6;ecma_118=iso8859_7;\
elot_928=iso8859_7;euc_cn=gb2312;euccn=gb2312;eucgb2312_cn=gb2312;eucjp=euc_jp;\
euckr=euc_kr;gb2312_1980=gb2312;gb2312_80=gb2312;greek8=iso8859_7;greek=iso8859_7;\
hebrew=iso8859_8;ibm367=ascii;ibm819=latin_1;ibm866=cp866;iso646_us=ascii;\
iso8859=latin_1;iso8859_1=latin_1;iso_646.irv_1991=ascii;iso_8859_10=iso8859_10;\
iso_8859_10_1992=iso8859_10;iso_8859_11=iso8859_11;iso_8859_11_2001=iso8859_11;\
iso_8859_13=iso8859_13;iso_8859_14=iso8859_14;iso_8859_14_1998=iso8859_14;\
iso_8859_15=iso8859_15;iso_8859_16=iso8859_16;iso_8859_16_2001=iso8859_16;\
iso_8859_1=latin_1;iso_8859_1_1987=latin_1;iso_8859_2=iso8859_2;\
iso_8859_2_1987=iso8859_2;iso_8859_3=iso8859_3;iso_8859_3_1988=iso8859_3;\
iso_8859_4=iso8859_4;iso_8859_4_1988=iso8859_4;iso_8859_5=iso8859_5;\
iso_8859_5_1988=iso8859_5;iso_8859_6=iso8859_6;iso_8859_6_1987=iso8859_6;\
iso_8859_7=iso8859_7;iso_8859_7_1987=iso8859_7;iso_8859_8=iso8859_8;\
iso_8859_8_1988=iso8859_8;iso_8859_9=iso8859_9;iso_8859_9_1989=iso8859_9;\
iso_celtic=iso8859_14;iso_ir_100=latin_1;iso_ir_101=iso8859_2;iso_ir_109=iso8859_3;\
iso_ir_110=iso8859_4;iso_ir_126=iso8859_7;iso_ir_127=iso8859_6;iso_ir_138=iso8859_8;\
iso_ir_144=iso8859_5;iso_ir_148=iso8859_9;iso_ir_157=iso8859_10;\
iso_ir_199=iso8859_14;iso_ir_226=iso8859_16;iso_ir_58=gb2312;iso_ir_6=ascii;\
korean=euc_kr;ks_c_5601=euc_kr;ks_c_5601_1987=euc_kr;ks_x_1001=euc_kr;\
ksc5601=euc_kr;ksx1001=euc_kr;l10=iso8859_16;l1=latin_1;l2=iso8859_2;l3=iso8859_3;\
l4=iso8859_4;l5=iso8859_9;l6=iso8859_10;l7=iso8859_13;l8=iso8859_14;l9=iso8859_15;\
latin10=iso8859_16;latin1=latin_1;latin2=iso8859_2;latin3=iso8859_3;\
latin4=iso8859_4;latin5=iso8859_9;latin6=iso8859_10;latin7=iso8859_13;\
latin8=iso8859_14;latin9=iso8859_15;latin=latin_1;maccyrillic=mac_cyrillic;\
macintosh=mac_roman;macroman=mac_roman;ms932=cp932;ms936=gbk;ms949=cp949;\
ms_kanji=cp932;mskanji=cp932;s_jis=shift_jis;shiftjis=shift_jis;sjis=shift_jis;\
thai=iso8859_11;u16=utf_16;u32=utf_32;u8=utf_8;u_jis=euc_jp;uhc=cp949;ujis=euc_jp;\
unicodebigunmarked=utf_16_be;unicodelittleunmarked=utf_16_le;us=ascii;\
us_ascii=ascii;utf16=utf_16;utf32=utf_32;utf8=utf_8;utf8_ucs2=utf_8;utf8_ucs4=utf_8;\
utf=utf_8;utf_16be=utf_16_be;utf_16le=utf_16_le;utf_32be=utf_32_be;\
utf_32le=utf_32_le;windows_1250=cp1250;windows_1251=cp1251;windows_1252=cp1252;\
windows_1253=cp1253;windows_1254=cp1254;windows_1255=cp1255;windows_1256=cp1256;\
windows_1257=cp1257;windows_1258=cp1258;x_mac_japanese=shift_jis;\
x_mac_korean=euc_kr;x_mac_simp_chinese=gb2312;x_mac_trad_chinese=big5;\
";

/// Other text codecs Python knows (aliases and module names).
const UNSUPPORTED_NAMES: &str = "\
037;1026;1125;1140;273;424;437;500;775;850;852;855;857;858;860;861;862;863;864;865;\
869;950;big5_hkscs;big5hkscs;charmap;cp037;cp1006;cp1026;cp1051;cp1125;cp1140;\
cp1361;cp154;cp273;cp424;cp437;cp500;cp720;cp737;cp775;cp850;cp852;cp855;cp856;\
cp857;cp858;cp860;cp861;cp862;cp863;cp864;cp865;cp866u;cp869;cp875;cp950;cp_gr;\
cp_is;csibm037;csibm1026;csibm273;csibm424;csibm500;csibm855;csibm857;csibm858;\
csibm860;csibm861;csibm863;csibm864;csibm865;csibm869;csiso2022jp;csiso2022kr;\
cspc775baltic;cspc850multilingual;cspc862latinhebrew;cspc8codepage437;cspcp852;\
csptcp154;cyrillic_asian;ebcdic_cp_be;ebcdic_cp_ca;ebcdic_cp_ch;ebcdic_cp_he;\
ebcdic_cp_nl;ebcdic_cp_us;ebcdic_cp_wt;euc_jis2004;euc_jis_2004;euc_jisx0213;\
eucjis2004;eucjisx0213;gb18030;gb18030_2000;hkscs;hp_roman8;hz;hz_gb;hz_gb_2312;\
hzgb;ibm037;ibm039;ibm1026;ibm1051;ibm1125;ibm1140;ibm273;ibm424;ibm437;ibm500;\
ibm775;ibm850;ibm852;ibm855;ibm857;ibm858;ibm860;ibm861;ibm862;ibm863;ibm864;ibm865;\
ibm869;idna;iso2022_jp;iso2022_jp_1;iso2022_jp_2;iso2022_jp_2004;iso2022_jp_3;\
iso2022_jp_ext;iso2022_kr;iso2022jp;iso2022jp_1;iso2022jp_2;iso2022jp_2004;\
iso2022jp_3;iso2022jp_ext;iso2022kr;iso_2022_jp;iso_2022_jp_1;iso_2022_jp_2;\
iso_2022_jp_2004;iso_2022_jp_3;iso_2022_jp_ext;iso_2022_kr;iso_ir_166;jisx0213;\
johab;koi8_t;kz1048;kz_1048;mac_arabic;mac_centeuro;mac_croatian;mac_farsi;\
mac_greek;mac_iceland;mac_latin2;mac_romanian;mac_turkish;maccentraleurope;macgreek;\
maciceland;maclatin2;macturkish;ms1361;ms950;palmos;pt154;ptcp154;punycode;r8;\
raw_unicode_escape;rk1048;roman8;ruscii;s_jis_2004;s_jisx0213;shift_jis_2004;\
shift_jisx0213;shiftjis2004;shiftjisx0213;sjis_2004;sjisx0213;strk1048_2002;tis620;\
tis_620;tis_620_0;tis_620_2529_0;tis_620_2529_1;u7;undefined;unicode_1_1_utf_7;\
unicode_escape;utf7;utf_7;utf_8_sig;\
";

/// Codecs that are not text encodings (`rot13`, `hex`, ...).
const NON_TEXT_NAMES: &str = "\
base64;base64_codec;base_64;bz2;bz2_codec;hex;hex_codec;quopri;quopri_codec;\
quoted_printable;quotedprintable;rot13;rot_13;uu;uu_codec;zip;zlib;zlib_codec;\
";

#[cfg(test)]
mod tests {
    use super::*;

    type Case = (&'static [u8], Result<&'static str, (&'static str, usize)>);

    /// Sources and what `decode_source` gives for them. Every error and
    /// line was checked against `ast.parse(source)` in CPython 3.11; where
    /// CPython then reports an error on the decoded text (left to the
    /// tokenizer and parser), a comment says which.
    const CASES: &[Case] = &[
        (b"x = 1\n", Ok("x = 1\n")),
        (b"\xEF\xBB\xBFx = 1\n", Ok("x = 1\n")),
        (b"\xEF\xBB\xBF", Ok("")),
        (b"", Ok("")),
        (
            b"x = \"\xC3\xA9\"\r\ny = 2\r",
            Ok("x = \"\u{e9}\"\r\ny = 2\r"),
        ),
        (
            b"x = 1\x00",
            Err(("source code string cannot contain null bytes", 0)),
        ),
        (
            b"\xEF\xBB\xBF\x00",
            Err(("source code string cannot contain null bytes", 0)),
        ),
        (
            b"# coding: latin-1\nx = 1\x00",
            Err(("source code string cannot contain null bytes", 0)),
        ),
        (
            b"\xEF\xBB\xBF# coding: latin-1\nx=1\n",
            Err(("encoding problem: iso-8859-1 with BOM", 0)),
        ),
        (
            b"\xEF\xBB\xBF# -*- coding: utf8 -*-\nx=1\n",
            Err(("encoding problem: utf8 with BOM", 0)),
        ),
        (
            b"\xEF\xBB\xBF# -*- coding: utf-8 -*-\nx=1\n",
            Ok("# -*- coding: utf-8 -*-\nx=1\n"),
        ),
        (b"\xEF\xBB\xBF# coding: UTF_8\n", Ok("# coding: UTF_8\n")),
        (
            b"\xEF\xBB\xBF# coding: utf-8-sig\n",
            Ok("# coding: utf-8-sig\n"),
        ),
        (
            b"\xEF\xBB\xBF\n# coding: latin1\n",
            Err(("encoding problem: latin1 with BOM", 0)),
        ),
        (
            b"\xEF\xBB\xBF# coding: nope\n",
            Err(("encoding problem: nope with BOM", 0)),
        ),
        (
            b"\xEF\xBB\xBFx = 1\n# coding: latin-1\n",
            Ok("x = 1\n# coding: latin-1\n"),
        ),
        (
            b"# coding: latin-1\nx = \"\xF6\"\n",
            Ok("# coding: latin-1\nx = \"\u{f6}\"\n"),
        ),
        (
            b"#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = \"\xF6\"\n",
            Ok("#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = \"\u{f6}\"\n"),
        ),
        (
            b"\n# vim: set fileencoding=latin1 :\nx = \"\xF6\"\n",
            Ok("\n# vim: set fileencoding=latin1 :\nx = \"\u{f6}\"\n"),
        ),
        (
            b"  \t\x0C# coding=l1\nx = \"\xF6\"\n",
            Ok("  \t\u{c}# coding=l1\nx = \"\u{f6}\"\n"),
        ),
        (
            b"x = 1\n# coding: latin-1\nx = \"\xC3\xB6\"\n",
            Ok("x = 1\n# coding: latin-1\nx = \"\u{f6}\"\n"),
        ),
        (
            b"# a\n# b\n# coding: latin-1\nx = \"\xC3\xB6\"\n",
            Ok("# a\n# b\n# coding: latin-1\nx = \"\u{f6}\"\n"),
        ),
        (
            b"\\\n# coding: latin-1\nx = \"\xC3\xB6\"\n",
            Ok("\\\n# coding: latin-1\nx = \"\u{f6}\"\n"),
        ),
        (b"\r# coding: nope\n", Err(("unknown encoding: nope", 0))),
        (b"# a\r# coding: nope\n", Err(("unknown encoding: nope", 0))),
        (b"\r\n# coding: nope\n", Err(("unknown encoding: nope", 0))),
        (
            b"# coding : latin-1\nx = \"\xC3\xB6\"\n",
            Ok("# coding : latin-1\nx = \"\u{f6}\"\n"),
        ),
        (b"# coding:nope", Err(("unknown encoding: nope", 0))),
        (b"# encoding: nope\n", Err(("unknown encoding: nope", 0))),
        (
            b"#coding:\n#coding=latin-1\nx = \"\xF6\"\n",
            Ok("#coding:\n#coding=latin-1\nx = \"\u{f6}\"\n"),
        ),
        (
            b"#coding: # coding: latin-1\nx = \"\xF6\"\n",
            Ok("#coding: # coding: latin-1\nx = \"\u{f6}\"\n"),
        ),
        (
            b"# codingg: nope coding: latin-1\nx = \"\xF6\"\n",
            Ok("# codingg: nope coding: latin-1\nx = \"\u{f6}\"\n"),
        ),
        // CPython: invalid non-printable character U+000B (line 1), reported later
        (b"\x0B# coding: nope\n", Ok("\u{b}# coding: nope\n")),
        (
            b"# coding: latin-1-unix\nx = \"\xF6\"\n",
            Ok("# coding: latin-1-unix\nx = \"\u{f6}\"\n"),
        ),
        (
            b"# coding: iso-latin-1-x\nx = \"\xF6\"\n",
            Ok("# coding: iso-latin-1-x\nx = \"\u{f6}\"\n"),
        ),
        (
            b"# coding: ISO_8859_1\nx = \"\xF6\"\n",
            Ok("# coding: ISO_8859_1\nx = \"\u{f6}\"\n"),
        ),
        (
            b"# coding: 8859\nx = \"\xF6\"\n",
            Ok("# coding: 8859\nx = \"\u{f6}\"\n"),
        ),
        (
            b"# coding: cp819\nx = \"\xF6\"\n",
            Ok("# coding: cp819\nx = \"\u{f6}\"\n"),
        ),
        (
            b"# coding: latin.1\nx = \"\xF6\"\n",
            Err(("unknown encoding: latin.1", 0)),
        ),
        (
            b"# coding: UTF8\nx = \"\xC3\xA9\"\n",
            Ok("# coding: UTF8\nx = \"\u{e9}\"\n"),
        ),
        (
            b"# coding: utf8\n# \xF6\n",
            Err((
                "'utf-8' codec can't decode byte 0xf6 in position 17: invalid start byte",
                0,
            )),
        ),
        (
            b"# coding: u8\r\n# \xF6\n",
            Err((
                "'utf-8' codec can't decode byte 0xf6 in position 15: invalid start byte",
                0,
            )),
        ),
        (
            b"# coding: utf-8\n# \xF6\n",
            Ok("# coding: utf-8\n# \u{fffd}\n"),
        ),
        (b"# coding: nope\n", Err(("unknown encoding: nope", 0))),
        (
            b"# coding: rot13\n",
            Err((
                "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                0,
            )),
        ),
        (
            b"# coding: ROT13\n",
            Err((
                "'ROT13' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                0,
            )),
        ),
        (
            b"# coding: Hex\n",
            Err((
                "'Hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                0,
            )),
        ),
        (b"# coding: mbcs\n", Err(("unknown encoding: mbcs", 0))),
        (
            b"# coding: ansi_x3.4.1968\n",
            Ok("# coding: ansi_x3.4.1968\n"),
        ),
        (
            b"# coding: ascii\nx = \"\x80\"\n",
            Err((
                "'ascii' codec can't decode byte 0x80 in position 21: ordinal not in range(128)",
                0,
            )),
        ),
        (
            b"# coding: ascii\r\nx=1\r\ny = \"\x80\"\n",
            Err((
                "'ascii' codec can't decode byte 0x80 in position 25: ordinal not in range(128)",
                0,
            )),
        ),
        (
            b"# coding: us-ascii\nx = 1\n",
            Ok("# coding: us-ascii\nx = 1\n"),
        ),
        (
            b"# coding: ansi_x3.4_1968\nx = 1\n",
            Ok("# coding: ansi_x3.4_1968\nx = 1\n"),
        ),
        (
            b"# coding: cp1252\nx = \"\x80\x9F\"\n",
            Ok("# coding: cp1252\nx = \"\u{20ac}\u{178}\"\n"),
        ),
        (
            b"# coding: windows-1252\nx = \"\x81\"\n",
            Err((
                "'charmap' codec can't decode byte 0x81 in position 28: character maps to <undefined>",
                0,
            )),
        ),
        (
            b"# coding: cp1255\nx = \"\xCA\"\n",
            Err((
                "'charmap' codec can't decode byte 0xca in position 22: character maps to <undefined>",
                0,
            )),
        ),
        (
            b"# coding: cp1253\nx = \"\xAA\"\n",
            Err((
                "'charmap' codec can't decode byte 0xaa in position 22: character maps to <undefined>",
                0,
            )),
        ),
        (
            b"# -*- coding: koi8-r -*-\nx = \"\xC1\xF0\"\n",
            Ok("# -*- coding: koi8-r -*-\nx = \"\u{430}\u{41f}\"\n"),
        ),
        (
            b"# coding: koi8_u\nx = \"\xAE\xBE\xA4\"\n",
            Ok("# coding: koi8_u\nx = \"\u{255d}\u{256c}\u{454}\"\n"),
        ),
        (
            b"# coding: latin5\nx = \"\x80\xD0\xFE\"\n",
            Ok("# coding: latin5\nx = \"\u{80}\u{11e}\u{15f}\"\n"),
        ),
        (
            b"# coding: thai\nx = \"\x80\xA1\"\n",
            Ok("# coding: thai\nx = \"\u{80}\u{e01}\"\n"),
        ),
        (
            b"# coding: iso8859-15\nx = \"\xA4\"\n",
            Ok("# coding: iso8859-15\nx = \"\u{20ac}\"\n"),
        ),
        (
            b"# coding: cp866\nx = \"\x80\"\n",
            Ok("# coding: cp866\nx = \"\u{410}\"\n"),
        ),
        (
            b"# coding: macintosh\nx = \"\x80\"\n",
            Ok("# coding: macintosh\nx = \"\u{c4}\"\n"),
        ),
        (
            b"# coding: iso-8859-3\nx = \"\xA5\"\n",
            Err((
                "'charmap' codec can't decode byte 0xa5 in position 26: character maps to <undefined>",
                0,
            )),
        ),
        (
            b"# coding: shift_jis\nx = \"\x82\xA0\x81`\"\n",
            Ok("# coding: shift_jis\nx = \"\u{3042}\u{301c}\"\n"),
        ),
        (
            b"# coding: shift_jis\nx = \"\x82\"\n",
            Err((
                "'shift_jis' codec can't decode byte 0x82 in position 25: illegal multibyte sequence",
                0,
            )),
        ),
        (
            b"# coding: shift_jis\nx = \"\x82\"",
            Err((
                "'shift_jis' codec can't decode byte 0x82 in position 25: illegal multibyte sequence",
                0,
            )),
        ),
        (
            b"# coding: sjis\nx = \"\x87@\"\n",
            Err((
                "'shift_jis' codec can't decode byte 0x87 in position 20: illegal multibyte sequence",
                0,
            )),
        ),
        (
            b"# coding: shift_jis\nx = \"\x80\"\n",
            Err((
                "'shift_jis' codec can't decode byte 0x80 in position 25: illegal multibyte sequence",
                0,
            )),
        ),
        (
            b"# coding: cp932\nx = \"\x87@\x81`\xA0\"\n",
            Ok("# coding: cp932\nx = \"\u{2460}\u{ff5e}\u{f8f0}\"\n"),
        ),
        (
            b"# coding: euc-jp\nx = \"\xA4\xA2\xA1\xC1\"\n",
            Ok("# coding: euc-jp\nx = \"\u{3042}\u{301c}\"\n"),
        ),
        (
            b"# coding: euc_jp\nx = \"\xA4\"\n",
            Err((
                "'euc_jp' codec can't decode byte 0xa4 in position 22: illegal multibyte sequence",
                0,
            )),
        ),
        (
            b"# coding: gbk\nx = \"\xC4\xE3\x81@\"\n",
            Ok("# coding: gbk\nx = \"\u{4f60}\u{4e02}\"\n"),
        ),
        (
            b"# coding: gbk\nx = \"\x80\"\n",
            Err((
                "'gbk' codec can't decode byte 0x80 in position 19: illegal multibyte sequence",
                0,
            )),
        ),
        (
            b"# coding: gb2312\nx = \"\xC4\xE3\xA1\xA4\"\n",
            Ok("# coding: gb2312\nx = \"\u{4f60}\u{30fb}\"\n"),
        ),
        (
            b"# coding: gb2312\nx = \"\x81@\"\n",
            Err((
                "'gb2312' codec can't decode byte 0x81 in position 22: illegal multibyte sequence",
                0,
            )),
        ),
        (
            b"# coding: big5\nx = \"\xA4\xA4\"\n",
            Ok("# coding: big5\nx = \"\u{4e2d}\"\n"),
        ),
        (
            b"# coding: big5\nx = \"\x87@\"\n",
            Err((
                "'big5' codec can't decode byte 0x87 in position 20: illegal multibyte sequence",
                0,
            )),
        ),
        (
            b"# coding: euc-kr\nx = \"\xB0\xA1\"\n",
            Ok("# coding: euc-kr\nx = \"\u{ac00}\"\n"),
        ),
        (
            b"# coding: euc-kr\nx = \"\x81A\"\n",
            Err((
                "'euc_kr' codec can't decode byte 0x81 in position 22: illegal multibyte sequence",
                0,
            )),
        ),
        (
            b"# coding: cp949\nx = \"\x81A\"\n",
            Ok("# coding: cp949\nx = \"\u{ac02}\"\n"),
        ),
        (
            b"# coding: utf-16\nx=1\n",
            Err((
                "'utf-16-le' codec can't decode byte 0x0a in position 20: truncated data",
                0,
            )),
        ),
        (
            b"# coding: utf-32\nx=1\n",
            Err((
                "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)",
                0,
            )),
        ),
        // CPython: invalid character '‣' (U+2023) (line 1), reported later
        // CPython decodes `# coding: utf-16\nx=1\n\n` (a final `\r\n` gains a `\n`).
        (
            b"# coding: utf-16\r\nx=1\r\n",
            Ok(
                "\u{2023}\u{6f63}\u{6964}\u{676e}\u{203a}\u{7475}\u{2d66}\u{3631}\u{780a}\u{313d}\u{a0a}",
            ),
        ),
        // CPython: invalid syntax (line 1), reported later
        (
            b"#coding: utf-16\n",
            Ok("\u{6323}\u{646f}\u{6e69}\u{3a67}\u{7520}\u{6674}\u{312d}\u{a36}"),
        ),
        (
            b"# coding: utf-16-be\nx=12\n",
            Err((
                "'utf-16-be' codec can't decode byte 0x0a in position 24: truncated data",
                0,
            )),
        ),
        (
            b"# coding: utf_32_be\nx=1234567\n",
            Err((
                "'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)",
                0,
            )),
        ),
        (
            b"x = \"\xF6\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                1,
            )),
        ),
        (
            b"x=1\ny=\"a\xF6\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
                2,
            )),
        ),
        (
            b"x = \"\xE4\xB8\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                1,
            )),
        ),
        (
            b"x = \"\xE4\xB8x\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
                1,
            )),
        ),
        (
            b"x = \"\\n\xE4\xB8x\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                1,
            )),
        ),
        (
            b"x = \"ab\\ncd\xC3\xA9\xF6\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte",
                1,
            )),
        ),
        (
            b"x = r\"ab\\ncd\xF6\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 6: invalid start byte",
                1,
            )),
        ),
        (
            b"x = \"\"\"ab\n\xF6\"\"\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 3: invalid start byte",
                2,
            )),
        ),
        (
            b"x = (\"ab\xF6\"\n\n)\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte",
                3,
            )),
        ),
        (
            b"x = (\"ab\xF6\" \"c\"\n\n, 3)\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte",
                3,
            )),
        ),
        (
            b"x = \"ab\xF6\" # c\n\n\ny=1\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte",
                1,
            )),
        ),
        (
            b"x = \"ab\xF6\"",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte",
                1,
            )),
        ),
        (
            b"x = b\"ab\xF6\"\n",
            Err(("bytes can only contain ASCII literal characters", 1)),
        ),
        (
            b"x = (\nb\"\"\"ab\n\n\xF6\"\"\")\n",
            Err(("bytes can only contain ASCII literal characters", 2)),
        ),
        (
            b"x = f\"ab\xF6\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                1,
            )),
        ),
        (
            b"x = f\"a{x}b\xF6\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                1,
            )),
        ),
        (
            b"x = f\"a{'\xF6'}b\"\n",
            Err((
                "f-string: (unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                1,
            )),
        ),
        (
            b"x = f\"a{y\xF6}b\"\n",
            Err((
                "f-string: (unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
                1,
            )),
        ),
        (
            b"x = rf\"a\\{x}b\xF6\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
                1,
            )),
        ),
        (
            b"x = rf\"{x:a\xF6}\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
                1,
            )),
        ),
        (
            b"x = f\"\"\"\n{\n\xF6}\"\"\"\n",
            Err((
                "f-string: (unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                3,
            )),
        ),
        (
            b"x = f\"{b'\xF6'}\"\n",
            Err((
                "f-string: bytes can only contain ASCII literal characters",
                1,
            )),
        ),
        (
            b"ab\xF6 = 1\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte",
                1,
            )),
        ),
        (
            b"x = ab\xC3\xA9\xF6\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 4: invalid start byte",
                1,
            )),
        ),
        (
            b"x = 1\xF6\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                1,
            )),
        ),
        (
            b"x = 1\n\xF6\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                2,
            )),
        ),
        (
            b"\"\xED\xA0\x80\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
                1,
            )),
        ),
        (
            b"\"\xF0\x90\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                1,
            )),
        ),
        (
            b"\"\\n\xF0\x90x\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                1,
            )),
        ),
        (
            b"\"\xC0\x80\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte",
                1,
            )),
        ),
        (
            b"x = \"a\xF6\" \\\r\n  \"b\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
                2,
            )),
        ),
        (
            b"x = \"\"\"a\r\n\xF6\"\"\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte",
                2,
            )),
        ),
        (
            b"x = [\"a\xF6\" # c\xF6\n\n  , \"b\"]\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
                3,
            )),
        ),
        (b"x = 1 #\xFF\n", Ok("x = 1 #\u{fffd}\n")),
        (b"x = \"ab\xF6\n", Ok("x = \"ab\u{fffd}\n")), // then: unterminated string literal (detected at line 1) (line 1)
        (b"x = [\"a\xF6\"\n", Ok("x = [\"a\u{fffd}\"\n")), // then: '[' was never closed (line 1)
        (b"x = 1a\xF6\n", Ok("x = 1a\u{fffd}\n")),     // then: invalid decimal literal (line 1)
        (b"x = 1 \\\xF6\n", Ok("x = 1 \\\u{fffd}\n")), // then: unexpected character after line continuation character (line 1)
        (b"if 1:\n  x\n \xF6\n", Ok("if 1:\n  x\n \u{fffd}\n")), // then: unindent does not match any outer indentation level (line 3)
        (b"  \xF6\n", Ok("  \u{fffd}\n")),                       // then: unexpected indent (line 1)
        (
            b"x = \"\\x4\" + \"\xF6\"\n",
            Ok("x = \"\\x4\" + \"\u{fffd}\"\n"),
        ), // then: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape (line 1)
        (
            b"x = b\"a\" \"\xF6\"\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                1,
            )),
        ),
        (
            b"x = \"\xF6\"\ny = \"abc\n",
            Ok("x = \"\u{fffd}\"\ny = \"abc\n"),
        ), // then: unterminated string literal (detected at line 2) (line 2)
        // CPython raises UnicodeDecodeError itself here.
        (
            b"x = \"\xF6\"\n\xC0 = 1\n",
            Err((
                "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte",
                2,
            )),
        ),
        // CPython raises UnicodeDecodeError itself here.
        (
            b"x = \"\\x4\"\n\xC0 = 1\n",
            Err((
                "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte",
                2,
            )),
        ),
        (
            b"x = \"\xF6\"\nif x:\n  y\n z\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                1,
            )),
        ),
        (
            b"x = (\"\xF6\")\ny = (\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                1,
            )),
        ),
        (
            b"x = (\"\xF6\"\ny = (\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                2,
            )),
        ),
        (b"if x:\ny = \"\xF6\"\n", Ok("if x:\ny = \"\u{fffd}\"\n")), // then: expected an indented block after 'if' statement on line 1 (line 2)
        (
            b"if x:\n\xF6 = 1\n",
            Err((
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte",
                2,
            )),
        ),
    ];

    #[test]
    fn cases_match_cpython() {
        for &(src, expected) in CASES {
            let got = decode_source(src);
            let expected = expected
                .map(str::to_string)
                .map_err(|(msg, line)| SourceError::new(msg, line));
            assert_eq!(got, expected, "source {:?}", String::from_utf8_lossy(src));
        }
    }

    #[test]
    fn latin1_maps_every_byte() {
        let mut src = b"# coding: latin-1\n".to_vec();
        src.extend((1u8..=255).filter(|&b| b != b'\n' && b != b'\r'));
        let text = decode_source(&src).unwrap();
        let tail: Vec<u32> = text.chars().skip(18).map(u32::from).collect();
        let bytes: Vec<u32> = src[18..].iter().map(|&b| u32::from(b)).collect();
        assert_eq!(tail, bytes);
    }

    #[test]
    fn newlines_are_kept() {
        let src = b"# coding: cp1252\r\nx = '\x80'\ry = 1\r\n";
        assert_eq!(
            decode_source(src).unwrap(),
            "# coding: cp1252\r\nx = '\u{20ac}'\ry = 1\r\n"
        );
    }

    #[test]
    fn translate_newlines_matches_cpython() {
        assert_eq!(translate_newlines(b""), b"\n");
        assert_eq!(translate_newlines(b"a"), b"a\n");
        assert_eq!(translate_newlines(b"a\n"), b"a\n");
        assert_eq!(translate_newlines(b"a\r"), b"a\n");
        assert_eq!(translate_newlines(b"a\r\n"), b"a\n\n");
        assert_eq!(translate_newlines(b"a\r\nb\r\r\n"), b"a\nb\n\n\n");
    }

    #[test]
    fn codec_names() {
        let codec = |name: &str| match lookup_codec(&normal_name(name)) {
            Lookup::Codec(_) => "codec",
            Lookup::NotText => "not text",
            Lookup::Unsupported => "unsupported",
            Lookup::Unknown => "unknown",
        };
        for name in [
            "utf8",
            "U8",
            "cp65001",
            "latin1",
            "L1",
            "iso8859-1",
            "Latin_1",
            "ascii",
            "US-ASCII",
            "646",
            "ANSI_X3.4_1968",
            "cp1252",
            "Windows-1252",
            "1252",
            "koi8-r",
            "KOI8_U",
            "iso-8859-15",
            "latin9",
            "shift_jis",
            "sjis",
            "SJIS",
            "euc-jp",
            "eucJP",
            "gbk",
            "cp936",
            "gb2312",
            "euc-cn",
            "big5",
            "big5-tw",
            "euc_kr",
            "cp949",
            "uhc",
            "utf-16",
            "UTF16",
            "utf-16le",
            "utf_32_be",
            "mac-roman",
            "macintosh",
            "cp866",
            "thai",
        ] {
            assert_eq!(codec(name), "codec", "{name}");
        }
        for name in [
            "rot13", "rot_13", "hex", "base64", "zlib", "zip", "bz2", "uu", "quopri",
        ] {
            assert_eq!(codec(name), "not text", "{name}");
        }
        for name in [
            "cp437",
            "utf-7",
            "mac-greek",
            "hz",
            "iso2022_jp",
            "idna",
            "cp1125",
        ] {
            assert_eq!(codec(name), "unsupported", "{name}");
        }
        for name in ["nope", "utf9", "mbcs", "ansi", "8859.1", "latin.1"] {
            assert_eq!(codec(name), "unknown", "{name}");
        }
    }

    /// Source files of CPython's own test suite and standard library that
    /// carry coding cookies (skipped where that tree is absent).
    #[test]
    fn stdlib_files() {
        let lib = std::path::Path::new("/root/.pyenv/versions/3.11.7/lib/python3.11");
        if !lib.is_dir() {
            return;
        }
        let read = |path: &str| std::fs::read(lib.join(path)).unwrap();
        let text = decode_source(&read("test/encoded_modules/module_koi8_r.py")).unwrap();
        assert!(text.contains(
            "\"\u{41f}\u{43e}\u{437}\u{43d}\u{430}\u{43d}\u{438}\u{435} \u{431}\u{435}\u{441}"
        ));
        let text = decode_source(&read("test/encoded_modules/module_iso_8859_1.py")).unwrap();
        assert!(text.contains("oubli\u{e9} cette v\u{e9}rit\u{e9}"));
        assert!(text.ends_with("apprivois\u{e9}.\")\n"));
        let text = decode_source(&read("test/tokenizedata/coding20731.py")).unwrap();
        assert_eq!(text, "#coding:latin1\r\n\r\n\r\n\r\n");
        let clock = read("turtledemo/clock.py");
        assert_eq!(decode_source(&clock).unwrap().as_bytes(), clock);
        assert_eq!(
            decode_source(&read("test/tokenizedata/bad_coding.py")),
            Err(SourceError::new("unknown encoding: uft-8", 0))
        );
        assert_eq!(
            decode_source(&read("test/tokenizedata/bad_coding2.py")),
            Err(SourceError::new("encoding problem: utf8 with BOM", 0))
        );
        assert_eq!(
            decode_source(&read("test/tokenizedata/badsyntax_pep3120.py")),
            Err(SourceError::new(
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
                1
            ))
        );
        let text = decode_source(&read(
            "test/tokenizedata/tokenize_tests-utf8-coding-cookie-and-utf8-bom-sig.txt",
        ))
        .unwrap();
        assert!(!text.starts_with('\u{feff}'));
    }
}
