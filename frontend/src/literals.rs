//! Values of literal tokens: strings, bytes, integers and floats.
//!
//! The functions here take the text of a token that the tokenizer has
//! already checked for shape (matching quotes, valid digits) and compute the
//! value the way CPython 3.11's parser does, with CPython's error messages:
//!
//! * [`decode_str`] decodes the body of a (non-f) string literal: escape
//!   sequences, `\N{...}` names (Unicode 14.0, as in CPython 3.11, aliases
//!   included, named sequences rejected), lone surrogates kept. Errors read
//!   like `(unicode error) 'unicodeescape' codec can't decode bytes in
//!   position 0-1: truncated \xXX escape`, with the positions CPython
//!   reports: they count bytes of the buffer CPython hands to its
//!   `unicode_escape` decoder, in which every non-ASCII character has been
//!   rewritten as a ten-byte `\UXXXXXXXX` escape.
//! * [`decode_bytes`] does the same for bytes literals (`\x` errors read
//!   `(value error) invalid \x escape at position N`).
//! * [`parse_int`] and [`parse_float`] compute number values.
//!
//! Line endings inside a body given as `\r\n` or `\r` count as `\n`, raw
//! strings included, because CPython's tokenizer translates them before
//! literals are decoded.

use std::borrow::Cow;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::ast::LitInt;
use crate::pystr::PyStr;

/// Decodes the text between the quotes of a string literal (not an
/// f-string) to its value. `raw` is true for an `r` prefix.
pub fn decode_str(body: &str, raw: bool) -> Result<PyStr, String> {
    let text = translate_newlines(body);
    let text: &str = &text;
    if raw {
        return Ok(PyStr::from(text));
    }
    let Some(first) = text.bytes().position(|b| b == b'\\') else {
        return Ok(PyStr::from(text));
    };
    let b = text.as_bytes();
    let mut out = PyStr::new();
    out.push_str(&text[..first]);
    let mut i = first;
    while i < b.len() {
        if b[i] != b'\\' {
            let next = b[i..]
                .iter()
                .position(|&c| c == b'\\')
                .map_or(b.len(), |n| i + n);
            out.push_str(&text[i..next]);
            i = next;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            // CPython turns a backslash with nothing after it into `\u005c`.
            out.push('\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let (value, end) = octal_escape(b, i - 1);
                i = end;
                out.push_code_point(value);
            }
            b'x' | b'u' | b'U' => {
                let (count, message) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                for _ in 0..count {
                    match b.get(i).and_then(|&d| (d as char).to_digit(16)) {
                        Some(d) => {
                            value = (value << 4) | d;
                            i += 1;
                        }
                        None => return Err(escape_error(b, start, i, message)),
                    }
                }
                if value > 0x10FFFF {
                    return Err(escape_error(b, start, i, "illegal Unicode character"));
                }
                out.push_code_point(value);
            }
            b'N' => {
                const MALFORMED: &str = "malformed \\N character escape";
                if b.get(i) != Some(&b'{') {
                    return Err(escape_error(b, start, i, MALFORMED));
                }
                let name_start = i + 1;
                let Some(len) = b[name_start..].iter().position(|&c| c == b'}') else {
                    return Err(escape_error(b, start, b.len(), MALFORMED));
                };
                let close = name_start + len;
                if len == 0 {
                    return Err(escape_error(b, start, close, MALFORMED));
                }
                i = close + 1;
                match lookup_name(&text[name_start..close]) {
                    Some(cp) => out.push_code_point(cp),
                    None => {
                        return Err(escape_error(b, start, i, "unknown Unicode character name"));
                    }
                }
            }
            _ => {
                // Unknown escapes (and a backslash before a non-ASCII
                // character) keep the backslash.
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// Decodes the text between the quotes of a bytes literal to its value.
/// `raw` is true for an `r` prefix.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".to_string());
    }
    let text = translate_newlines(body);
    let b = text.as_bytes();
    if raw {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let (value, end) = octal_escape(b, i - 1);
                i = end;
                // CPython 3.11 keeps the low eight bits of `\400`..`\777`.
                out.push(value as u8);
            }
            b'x' => {
                let hi = b.get(i).and_then(|&d| (d as char).to_digit(16));
                let lo = b.get(i + 1).and_then(|&d| (d as char).to_digit(16));
                match (hi, lo) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {start}"
                        ));
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// The value of an integer token (`123`, `0x_ff`, `0O17`, `0b1010`,
/// `1_000`). The token must already be valid.
pub fn parse_int(text: &str) -> LitInt {
    let b = text.as_bytes();
    if b.len() <= 18 && b.iter().all(u8::is_ascii_digit) {
        let value = b
            .iter()
            .fold(0i64, |acc, &d| acc * 10 + i64::from(d - b'0'));
        return LitInt::Small(value);
    }
    let (radix, digits) = match b {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest),
        _ => (10, b),
    };
    let digits: Vec<u8> = digits.iter().copied().filter(|&c| c != b'_').collect();
    let digits = std::str::from_utf8(&digits).unwrap_or("0");
    if let Ok(value) = i64::from_str_radix(digits, radix) {
        return LitInt::Small(value);
    }
    let big = BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
    match big.to_i64() {
        Some(value) => LitInt::Small(value),
        None => LitInt::Big(Box::new(big)),
    }
}

/// The value of a float token (`1.`, `.5`, `1e10`, `1_000.5`, `1E-5`),
/// correctly rounded; exponents too large give infinity. A trailing `j` or
/// `J` (the imaginary suffix) is ignored, so this also gives the value of
/// an imaginary literal's magnitude.
pub fn parse_float(text: &str) -> f64 {
    let text = text.strip_suffix(['j', 'J']).unwrap_or(text);
    let parsed = if text.contains('_') {
        text.replace('_', "").parse::<f64>()
    } else {
        text.parse::<f64>()
    };
    parsed.unwrap_or(f64::NAN)
}

/// `\r\n` and lone `\r` become `\n`, as CPython's tokenizer does.
fn translate_newlines(body: &str) -> Cow<'_, str> {
    if !body.contains('\r') {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Reads one to three octal digits starting at `i`; returns the value and
/// the index after the digits.
fn octal_escape(b: &[u8], mut i: usize) -> (u32, usize) {
    let mut value = 0;
    let end = i + 3;
    while i < end && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
        value = value * 8 + u32::from(b[i] - b'0');
        i += 1;
    }
    (value, i)
}

/// CPython's message for a bad escape spanning bytes `start..end` of `b`
/// (positions converted to CPython's escape-decoder buffer).
fn escape_error(b: &[u8], start: usize, end: usize, message: &str) -> String {
    let first = escaped_offset(b, start);
    let last = escaped_offset(b, end);
    if last - first == 1 {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {first}: {message}"
        )
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {first}-{}: {message}",
            last - 1
        )
    }
}

/// The offset that byte `idx` of a string body has in the buffer CPython's
/// parser builds before calling its escape decoder: each non-ASCII
/// character becomes `\UXXXXXXXX` (ten bytes), and a backslash followed by
/// a non-ASCII character (or by nothing) gains `u005c`.
fn escaped_offset(b: &[u8], idx: usize) -> usize {
    let mut i = 0;
    let mut t = 0;
    while i < idx {
        let c = b[i];
        if c == b'\\' {
            t += 1;
            i += 1;
            if b.get(i).is_none_or(|&n| n >= 0x80) {
                t += 5;
            } else if i < idx {
                t += 1;
                i += 1;
            }
        } else if c < 0x80 {
            t += 1;
            i += 1;
        } else {
            t += 10;
            i += 1;
            while i < b.len() && b[i] & 0xC0 == 0x80 {
                i += 1;
            }
        }
    }
    t
}

/// Looks up the code point of a `\N{...}` name as CPython 3.11 does:
/// character names and name aliases of Unicode 14.0, matched without regard
/// to case, except that the algorithmic `CJK UNIFIED IDEOGRAPH-XXXX` and
/// `HANGUL SYLLABLE ...` names must be written exactly (upper case).
fn lookup_name(name: &str) -> Option<u32> {
    const CJK: &str = "CJK UNIFIED IDEOGRAPH-";
    const HANGUL: &str = "HANGUL SYLLABLE ";
    // Every name and alias is a letter followed by letters, digits, spaces
    // and hyphens; anything else is unknown (and unicode_names2 must not
    // see it: it overflows on some such input).
    let well_formed = name.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && name
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b' ' || c == b'-');
    if !well_formed {
        return None;
    }
    if let Some(hex) = name.strip_prefix(CJK) {
        if !(4..=5).contains(&hex.len())
            || !hex
                .bytes()
                .all(|c| c.is_ascii_digit() || (b'A'..=b'F').contains(&c))
        {
            return None;
        }
        let cp = u32::from_str_radix(hex, 16).ok()?;
        return is_unified_ideograph(cp).then_some(cp);
    }
    if name.starts_with(HANGUL) {
        let c = unicode_names2::character(name)?;
        let ok = ('\u{AC00}'..='\u{D7A3}').contains(&c)
            && unicode_names2::name(c).is_some_and(|n| n.to_string() == name);
        return ok.then_some(c as u32);
    }
    let upper = name.to_ascii_uppercase();
    if upper.starts_with(CJK) || upper.starts_with(HANGUL) {
        return None;
    }

    for entry in NAME_ALIASES.split(';') {
        if let Some((alias, hex)) = entry.split_once(':')
            && alias == upper
        {
            return u32::from_str_radix(hex, 16).ok();
        }
    }
    let c = unicode_names2::character(&upper)?;
    // unicode_names2 matches loosely (UAX #44): insist on the exact name.
    if unicode_names2::name(c).is_none_or(|n| n.to_string() != upper) {
        return None;
    }
    let cp = c as u32;
    let newer = NAMED_AFTER_14
        .chunks(2)
        .any(|r| (r[0]..=r[1]).contains(&cp));
    (!newer).then_some(cp)
}

/// The CJK unified ideograph ranges of CPython 3.11's `unicodedata`.
fn is_unified_ideograph(cp: u32) -> bool {
    matches!(
        cp,
        0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0x20000..=0x2A6DF
            | 0x2A700..=0x2B738
            | 0x2B740..=0x2B81D
            | 0x2B820..=0x2CEA1
            | 0x2CEB0..=0x2EBE0
            | 0x30000..=0x3134A
    )
}

/// Inclusive code point ranges (pairs) that have a character name in the
/// Unicode version `unicode_names2` carries but not in Unicode 14.0, which
/// CPython 3.11 uses; CJK unified ideographs are handled separately.
/// Computed by comparing `unicode_names2::name` with Python 3.11's
/// `unicodedata.name` over all code points.
const NAMED_AFTER_14: &[u32] = &[
    0x88F, 0x88F, 0x897, 0x897, 0xC5C, 0xC5C, 0xCDC, 0xCDC, 0xCF3, 0xCF3, 0xECE, 0xECE, 0x1ACF,
    0x1ADD, 0x1AE0, 0x1AEB, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A, 0x20C1, 0x20C1, 0x2427,
    0x2429, 0x2B96, 0x2B96, 0x2FFC, 0x2FFF, 0x31E4, 0x31E5, 0x31EF, 0x31EF, 0xA7CB, 0xA7CF, 0xA7D2,
    0xA7D2, 0xA7D4, 0xA7D4, 0xA7DA, 0xA7DC, 0xA7F1, 0xA7F1, 0xFBC3, 0xFBD2, 0xFD90, 0xFD91, 0xFDC8,
    0xFDCE, 0x105C0, 0x105F3, 0x10940, 0x10959, 0x10D40, 0x10D65, 0x10D69, 0x10D85, 0x10D8E,
    0x10D8F, 0x10EC2, 0x10EC7, 0x10ED0, 0x10ED8, 0x10EFA, 0x10EFF, 0x1123F, 0x11241, 0x11380,
    0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113C0, 0x113C2,
    0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D5, 0x113D7, 0x113D8, 0x113E1,
    0x113E2, 0x116D0, 0x116E3, 0x11B00, 0x11B09, 0x11B60, 0x11B67, 0x11BC0, 0x11BE1, 0x11BF0,
    0x11BF9, 0x11DB0, 0x11DDB, 0x11DE0, 0x11DE9, 0x11F00, 0x11F10, 0x11F12, 0x11F3A, 0x11F3E,
    0x11F5A, 0x1342F, 0x1342F, 0x13439, 0x13455, 0x13460, 0x143FA, 0x16100, 0x16139, 0x16D40,
    0x16D79, 0x16EA0, 0x16EB8, 0x16EBB, 0x16ED3, 0x16FF2, 0x16FF6, 0x18CFF, 0x18CFF, 0x18D80,
    0x18DF2, 0x1B132, 0x1B132, 0x1B155, 0x1B155, 0x1CC00, 0x1CCFC, 0x1CD00, 0x1CEB3, 0x1CEBA,
    0x1CED0, 0x1CEE0, 0x1CEF0, 0x1D2C0, 0x1D2D3, 0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E08F,
    0x1E08F, 0x1E4D0, 0x1E4F9, 0x1E5D0, 0x1E5FA, 0x1E5FF, 0x1E5FF, 0x1E6C0, 0x1E6DE, 0x1E6E0,
    0x1E6F5, 0x1E6FE, 0x1E6FF, 0x1F6D8, 0x1F6D8, 0x1F6DC, 0x1F6DC, 0x1F774, 0x1F77F, 0x1F7D9,
    0x1F7D9, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1F8D0, 0x1F8D8, 0x1FA54, 0x1FA57, 0x1FA75,
    0x1FA77, 0x1FA87, 0x1FA8A, 0x1FA8E, 0x1FA8F, 0x1FAAD, 0x1FAAF, 0x1FABB, 0x1FABF, 0x1FAC6,
    0x1FAC6, 0x1FAC8, 0x1FAC8, 0x1FACD, 0x1FACF, 0x1FADA, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE8,
    0x1FAEA, 0x1FAEF, 0x1FAEF, 0x1FAF7, 0x1FAF8, 0x1FBCB, 0x1FBEF, 0x1FBFA, 0x1FBFA,
];

/// The Unicode 14.0 name aliases (NameAliases.txt) that CPython 3.11 accepts
/// in `\N{...}`, as `NAME:HEX` entries separated by `;`, sorted by name.
const NAME_ALIASES: &str = "\
ACK:6;ACKNOWLEDGE:6;ALERT:7;ALM:61C;APC:9F;APPLICATION PROGRAM COMMAND:9F;\
BACKSPACE:8;BEL:7;BOM:FEFF;BPH:82;BREAK PERMITTED HERE:82;BS:8;BYTE ORDER MARK:FEFF;\
BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS:1D0C5;CAN:18;CANCEL:18;\
CANCEL CHARACTER:94;CARRIAGE RETURN:D;CCH:94;CGJ:34F;CHARACTER TABULATION:9;\
CHARACTER TABULATION SET:88;CHARACTER TABULATION WITH JUSTIFICATION:89;\
CONTROL SEQUENCE INTRODUCER:9B;CR:D;CSI:9B;\
CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR:122D5;CUNEIFORM SIGN NU11 TENU:122D4;\
DATA LINK ESCAPE:10;DC1:11;DC2:12;DC3:13;DC4:14;DCS:90;DEL:7F;DELETE:7F;\
DEVICE CONTROL FOUR:14;DEVICE CONTROL ONE:11;DEVICE CONTROL STRING:90;\
DEVICE CONTROL THREE:13;DEVICE CONTROL TWO:12;DLE:10;END OF GUARDED AREA:97;\
END OF LINE:A;END OF MEDIUM:19;END OF PROTECTED AREA:97;END OF SELECTED AREA:87;\
END OF TEXT:3;END OF TRANSMISSION:4;END OF TRANSMISSION BLOCK:17;ENQ:5;ENQUIRY:5;\
EOL:A;EOM:19;EOT:4;EPA:97;ESA:87;ESC:1B;ESCAPE:1B;ETB:17;ETX:3;FF:C;\
FILE SEPARATOR:1C;FORM FEED:C;FS:1C;FSI:2068;FVS1:180B;FVS2:180C;FVS3:180D;\
FVS4:180F;GROUP SEPARATOR:1D;GS:1D;HANGUL JONGSEONG SSANGYESIEUNG:11EE;\
HANGUL JONGSEONG YESIEUNG-KHIEUKH:11EF;HANGUL JONGSEONG YESIEUNG-KIYEOK:11EC;\
HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK:11ED;HENTAIGANA LETTER E-1:1B001;\
HIGH OCTET PRESET:81;HOP:81;HORIZONTAL TABULATION:9;HORIZONTAL TABULATION SET:88;\
HORIZONTAL TABULATION WITH JUSTIFICATION:89;HT:9;HTJ:89;HTS:88;IND:84;INDEX:84;\
INFORMATION SEPARATOR FOUR:1C;INFORMATION SEPARATOR ONE:1F;\
INFORMATION SEPARATOR THREE:1D;INFORMATION SEPARATOR TWO:1E;KANNADA LETTER LLLA:CDE;\
LAO LETTER FO FAY:E9F;LAO LETTER FO FON:E9D;LAO LETTER LO:EA5;LAO LETTER RO:EA3;\
LATIN CAPITAL LETTER GHA:1A2;LATIN SMALL LETTER GHA:1A3;\
LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE:2B7A;LF:A;LINE FEED:A;\
LINE TABULATION:B;LINE TABULATION SET:8A;LOCKING-SHIFT ONE:E;LOCKING-SHIFT ZERO:F;\
LRE:202A;LRI:2066;LRM:200E;LRO:202D;MEDEFAIDRIN CAPITAL LETTER H:16E56;\
MEDEFAIDRIN CAPITAL LETTER NG:16E57;MEDEFAIDRIN SMALL LETTER H:16E76;\
MEDEFAIDRIN SMALL LETTER NG:16E77;MESSAGE WAITING:95;MICR DASH SYMBOL:2449;\
MICR ON US SYMBOL:2448;MMSP:205F;MVS:180E;MW:95;MYANMAR LETTER KHAMTI LLA:AA6E;\
NAK:15;NBH:83;NBSP:A0;NEGATIVE ACKNOWLEDGE:15;NEL:85;NEW LINE:A;NEXT LINE:85;NL:A;\
NNBSP:202F;NO BREAK HERE:83;NUL:0;NULL:0;OPERATING SYSTEM COMMAND:9D;OSC:9D;PAD:80;\
PADDING CHARACTER:80;PARTIAL LINE BACKWARD:8C;PARTIAL LINE DOWN:8B;\
PARTIAL LINE FORWARD:8B;PARTIAL LINE UP:8C;PDF:202C;PDI:2069;PLD:8B;PLU:8C;PM:9E;\
PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET:FE18;\
PRIVACY MESSAGE:9E;PRIVATE USE ONE:91;PRIVATE USE TWO:92;PRIVATE USE-1:91;\
PRIVATE USE-2:92;PU1:91;PU2:92;RECORD SEPARATOR:1E;REVERSE INDEX:8D;\
REVERSE LINE FEED:8D;RI:8D;\
RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE:2B7C;RLE:202B;RLI:2067;\
RLM:200F;RLO:202E;RS:1E;SCI:9A;SET TRANSMIT STATE:93;SGC:99;SHIFT IN:F;SHIFT OUT:E;\
SHY:AD;SI:F;SINGLE CHARACTER INTRODUCER:9A;SINGLE GRAPHIC CHARACTER INTRODUCER:99;\
SINGLE SHIFT THREE:8F;SINGLE SHIFT TWO:8E;SINGLE-SHIFT-2:8E;SINGLE-SHIFT-3:8F;SO:E;\
SOH:1;SOS:98;SP:20;SPA:96;SS2:8E;SS3:8F;SSA:86;ST:9C;START OF GUARDED AREA:96;\
START OF HEADING:1;START OF PROTECTED AREA:96;START OF SELECTED AREA:86;\
START OF STRING:98;START OF TEXT:2;STRING TERMINATOR:9C;STS:93;STX:2;SUB:1A;\
SUBSTITUTE:1A;SYN:16;SYNCHRONOUS IDLE:16;SYRIAC SUBLINEAR COLON SKEWED LEFT:709;\
TAB:9;TIBETAN MARK BKA- SHOG GI MGO RGYAN:FD0;UNIT SEPARATOR:1F;US:1F;\
VERTICAL TABULATION:B;VERTICAL TABULATION SET:8A;VS1:FE00;VS10:FE09;VS100:E0153;\
VS101:E0154;VS102:E0155;VS103:E0156;VS104:E0157;VS105:E0158;VS106:E0159;VS107:E015A;\
VS108:E015B;VS109:E015C;VS11:FE0A;VS110:E015D;VS111:E015E;VS112:E015F;VS113:E0160;\
VS114:E0161;VS115:E0162;VS116:E0163;VS117:E0164;VS118:E0165;VS119:E0166;VS12:FE0B;\
VS120:E0167;VS121:E0168;VS122:E0169;VS123:E016A;VS124:E016B;VS125:E016C;VS126:E016D;\
VS127:E016E;VS128:E016F;VS129:E0170;VS13:FE0C;VS130:E0171;VS131:E0172;VS132:E0173;\
VS133:E0174;VS134:E0175;VS135:E0176;VS136:E0177;VS137:E0178;VS138:E0179;VS139:E017A;\
VS14:FE0D;VS140:E017B;VS141:E017C;VS142:E017D;VS143:E017E;VS144:E017F;VS145:E0180;\
VS146:E0181;VS147:E0182;VS148:E0183;VS149:E0184;VS15:FE0E;VS150:E0185;VS151:E0186;\
VS152:E0187;VS153:E0188;VS154:E0189;VS155:E018A;VS156:E018B;VS157:E018C;VS158:E018D;\
VS159:E018E;VS16:FE0F;VS160:E018F;VS161:E0190;VS162:E0191;VS163:E0192;VS164:E0193;\
VS165:E0194;VS166:E0195;VS167:E0196;VS168:E0197;VS169:E0198;VS17:E0100;VS170:E0199;\
VS171:E019A;VS172:E019B;VS173:E019C;VS174:E019D;VS175:E019E;VS176:E019F;VS177:E01A0;\
VS178:E01A1;VS179:E01A2;VS18:E0101;VS180:E01A3;VS181:E01A4;VS182:E01A5;VS183:E01A6;\
VS184:E01A7;VS185:E01A8;VS186:E01A9;VS187:E01AA;VS188:E01AB;VS189:E01AC;VS19:E0102;\
VS190:E01AD;VS191:E01AE;VS192:E01AF;VS193:E01B0;VS194:E01B1;VS195:E01B2;VS196:E01B3;\
VS197:E01B4;VS198:E01B5;VS199:E01B6;VS2:FE01;VS20:E0103;VS200:E01B7;VS201:E01B8;\
VS202:E01B9;VS203:E01BA;VS204:E01BB;VS205:E01BC;VS206:E01BD;VS207:E01BE;VS208:E01BF;\
VS209:E01C0;VS21:E0104;VS210:E01C1;VS211:E01C2;VS212:E01C3;VS213:E01C4;VS214:E01C5;\
VS215:E01C6;VS216:E01C7;VS217:E01C8;VS218:E01C9;VS219:E01CA;VS22:E0105;VS220:E01CB;\
VS221:E01CC;VS222:E01CD;VS223:E01CE;VS224:E01CF;VS225:E01D0;VS226:E01D1;VS227:E01D2;\
VS228:E01D3;VS229:E01D4;VS23:E0106;VS230:E01D5;VS231:E01D6;VS232:E01D7;VS233:E01D8;\
VS234:E01D9;VS235:E01DA;VS236:E01DB;VS237:E01DC;VS238:E01DD;VS239:E01DE;VS24:E0107;\
VS240:E01DF;VS241:E01E0;VS242:E01E1;VS243:E01E2;VS244:E01E3;VS245:E01E4;VS246:E01E5;\
VS247:E01E6;VS248:E01E7;VS249:E01E8;VS25:E0108;VS250:E01E9;VS251:E01EA;VS252:E01EB;\
VS253:E01EC;VS254:E01ED;VS255:E01EE;VS256:E01EF;VS26:E0109;VS27:E010A;VS28:E010B;\
VS29:E010C;VS3:FE02;VS30:E010D;VS31:E010E;VS32:E010F;VS33:E0110;VS34:E0111;\
VS35:E0112;VS36:E0113;VS37:E0114;VS38:E0115;VS39:E0116;VS4:FE03;VS40:E0117;\
VS41:E0118;VS42:E0119;VS43:E011A;VS44:E011B;VS45:E011C;VS46:E011D;VS47:E011E;\
VS48:E011F;VS49:E0120;VS5:FE04;VS50:E0121;VS51:E0122;VS52:E0123;VS53:E0124;\
VS54:E0125;VS55:E0126;VS56:E0127;VS57:E0128;VS58:E0129;VS59:E012A;VS6:FE05;\
VS60:E012B;VS61:E012C;VS62:E012D;VS63:E012E;VS64:E012F;VS65:E0130;VS66:E0131;\
VS67:E0132;VS68:E0133;VS69:E0134;VS7:FE06;VS70:E0135;VS71:E0136;VS72:E0137;\
VS73:E0138;VS74:E0139;VS75:E013A;VS76:E013B;VS77:E013C;VS78:E013D;VS79:E013E;\
VS8:FE07;VS80:E013F;VS81:E0140;VS82:E0141;VS83:E0142;VS84:E0143;VS85:E0144;\
VS86:E0145;VS87:E0146;VS88:E0147;VS89:E0148;VS9:FE08;VS90:E0149;VS91:E014A;\
VS92:E014B;VS93:E014C;VS94:E014D;VS95:E014E;VS96:E014F;VS97:E0150;VS98:E0151;\
VS99:E0152;VT:B;VTS:8A;WEIERSTRASS ELLIPTIC FUNCTION:2118;WJ:2060;\
YI SYLLABLE ITERATION MARK:A015;ZWJ:200D;ZWNBSP:FEFF;ZWNJ:200C;ZWSP:200B;\
";

#[cfg(test)]
mod tests {
    use super::*;

    fn code_points(s: &PyStr) -> Vec<u32> {
        s.code_points().collect()
    }

    /// `(body, raw, value or SyntaxError message)`, each checked against
    /// `ast.parse('"""' + body + '"""')` in CPython 3.11.
    type StrCase = (&'static str, bool, Result<&'static [u32], &'static str>);

    const STR_CASES: &[StrCase] = &[
        ("abc", false, Ok(&[0x61, 0x62, 0x63])),
        ("a\\nb", false, Ok(&[0x61, 0xA, 0x62])),
        ("a\\nb", true, Ok(&[0x61, 0x5C, 0x6E, 0x62])),
        (
            "\\\\\\'\\\"\\a\\b\\f\\n\\r\\t\\v",
            false,
            Ok(&[0x5C, 0x27, 0x22, 0x7, 0x8, 0xC, 0xA, 0xD, 0x9, 0xB]),
        ),
        ("a\\\nb", false, Ok(&[0x61, 0x62])),
        ("a\\\nb", true, Ok(&[0x61, 0x5C, 0xA, 0x62])),
        ("a\\\r\nb", false, Ok(&[0x61, 0x62])),
        ("a\\\r\nb", true, Ok(&[0x61, 0x5C, 0xA, 0x62])),
        ("a\\\rb", false, Ok(&[0x61, 0x62])),
        ("a\\\rb", true, Ok(&[0x61, 0x5C, 0xA, 0x62])),
        ("a\r\nb", false, Ok(&[0x61, 0xA, 0x62])),
        ("a\rb", false, Ok(&[0x61, 0xA, 0x62])),
        ("a\r\n\r\nb", false, Ok(&[0x61, 0xA, 0xA, 0x62])),
        ("\\0", false, Ok(&[0x0])),
        ("\\0", true, Ok(&[0x5C, 0x30])),
        ("\\08", false, Ok(&[0x0, 0x38])),
        ("\\08", true, Ok(&[0x5C, 0x30, 0x38])),
        ("\\1234", false, Ok(&[0x53, 0x34])),
        ("\\1234", true, Ok(&[0x5C, 0x31, 0x32, 0x33, 0x34])),
        ("\\777", false, Ok(&[0x1FF])),
        ("\\777", true, Ok(&[0x5C, 0x37, 0x37, 0x37])),
        ("\\400", false, Ok(&[0x100])),
        ("\\400", true, Ok(&[0x5C, 0x34, 0x30, 0x30])),
        ("\\7", false, Ok(&[0x7])),
        ("\\7", true, Ok(&[0x5C, 0x37])),
        ("\\d", false, Ok(&[0x5C, 0x64])),
        ("\\d", true, Ok(&[0x5C, 0x64])),
        ("\\8", false, Ok(&[0x5C, 0x38])),
        ("\\8", true, Ok(&[0x5C, 0x38])),
        ("\\9", false, Ok(&[0x5C, 0x39])),
        ("\\9", true, Ok(&[0x5C, 0x39])),
        ("\\ud800", false, Ok(&[0xD800])),
        ("\\ud800", true, Ok(&[0x5C, 0x75, 0x64, 0x38, 0x30, 0x30])),
        ("\\udc00\\ud800", false, Ok(&[0xDC00, 0xD800])),
        (
            "\\udc00\\ud800",
            true,
            Ok(&[
                0x5C, 0x75, 0x64, 0x63, 0x30, 0x30, 0x5C, 0x75, 0x64, 0x38, 0x30, 0x30,
            ]),
        ),
        ("\\ud83d\\ude00", false, Ok(&[0xD83D, 0xDE00])),
        (
            "\\ud83d\\ude00",
            true,
            Ok(&[
                0x5C, 0x75, 0x64, 0x38, 0x33, 0x64, 0x5C, 0x75, 0x64, 0x65, 0x30, 0x30,
            ]),
        ),
        ("\\U0001F600", false, Ok(&[0x1F600])),
        (
            "\\U0001F600",
            true,
            Ok(&[0x5C, 0x55, 0x30, 0x30, 0x30, 0x31, 0x46, 0x36, 0x30, 0x30]),
        ),
        ("\\U0000d800", false, Ok(&[0xD800])),
        (
            "\\U0000d800",
            true,
            Ok(&[0x5C, 0x55, 0x30, 0x30, 0x30, 0x30, 0x64, 0x38, 0x30, 0x30]),
        ),
        ("\\x41\\x7f\\xff", false, Ok(&[0x41, 0x7F, 0xFF])),
        (
            "\\x41\\x7f\\xff",
            true,
            Ok(&[
                0x5C, 0x78, 0x34, 0x31, 0x5C, 0x78, 0x37, 0x66, 0x5C, 0x78, 0x66, 0x66,
            ]),
        ),
        ("\\u00e9", false, Ok(&[0xE9])),
        ("\\u00e9", true, Ok(&[0x5C, 0x75, 0x30, 0x30, 0x65, 0x39])),
        ("\u{e9}\\x41", false, Ok(&[0xE9, 0x41])),
        ("\u{e9}\\x41", true, Ok(&[0xE9, 0x5C, 0x78, 0x34, 0x31])),
        ("\\\u{e9}", false, Ok(&[0x5C, 0xE9])),
        ("\\\u{e9}", true, Ok(&[0x5C, 0xE9])),
        ("\\\\\u{e9}", false, Ok(&[0x5C, 0xE9])),
        ("\\\\\u{e9}", true, Ok(&[0x5C, 0x5C, 0xE9])),
        ("\\N{LATIN SMALL LETTER A}", false, Ok(&[0x61])),
        ("\\N{latin small letter a}", false, Ok(&[0x61])),
        ("\\N{LF}", false, Ok(&[0xA])),
        ("\\N{LF}", true, Ok(&[0x5C, 0x4E, 0x7B, 0x4C, 0x46, 0x7D])),
        ("\\N{BEL}", false, Ok(&[0x7])),
        (
            "\\N{BEL}",
            true,
            Ok(&[0x5C, 0x4E, 0x7B, 0x42, 0x45, 0x4C, 0x7D]),
        ),
        ("\\N{BELL}", false, Ok(&[0x1F514])),
        (
            "\\N{BELL}",
            true,
            Ok(&[0x5C, 0x4E, 0x7B, 0x42, 0x45, 0x4C, 0x4C, 0x7D]),
        ),
        ("\\N{NBSP}", false, Ok(&[0xA0])),
        (
            "\\N{NBSP}",
            true,
            Ok(&[0x5C, 0x4E, 0x7B, 0x4E, 0x42, 0x53, 0x50, 0x7D]),
        ),
        ("\\N{zwj}", false, Ok(&[0x200D])),
        (
            "\\N{zwj}",
            true,
            Ok(&[0x5C, 0x4E, 0x7B, 0x7A, 0x77, 0x6A, 0x7D]),
        ),
        ("\\N{BYTE ORDER MARK}", false, Ok(&[0xFEFF])),
        ("\\N{HANGUL SYLLABLE GAGG}", false, Ok(&[0xAC02])),
        ("\\N{HANGUL SYLLABLE A}", false, Ok(&[0xC544])),
        ("\\N{CJK UNIFIED IDEOGRAPH-4E00}", false, Ok(&[0x4E00])),
        ("\\N{CJK UNIFIED IDEOGRAPH-04E00}", false, Ok(&[0x4E00])),
        ("\\N{CJK UNIFIED IDEOGRAPH-2A6DF}", false, Ok(&[0x2A6DF])),
        ("\\N{CJK UNIFIED IDEOGRAPH-3134A}", false, Ok(&[0x3134A])),
        (
            "\\N{CJK COMPATIBILITY IDEOGRAPH-F900}",
            false,
            Ok(&[0xF900]),
        ),
        (
            "\\N{cjk compatibility ideograph-f900}",
            false,
            Ok(&[0xF900]),
        ),
        ("\\N{HANGUL JUNGSEONG O-E}", false, Ok(&[0x1180])),
        ("\\N{HANGUL JUNGSEONG OE}", false, Ok(&[0x116C])),
        ("\\N{TIBETAN MARK TSA -PHRU}", false, Ok(&[0xF39])),
        (
            "\\N{PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET}",
            false,
            Ok(&[0xFE18]),
        ),
        ("\\N{NUSHU CHARACTER-1B170}", false, Ok(&[0x1B170])),
        ("\\N{EGYPTIAN HIEROGLYPH A001}", false, Ok(&[0x13000])),
        ("\\N{SNOWMAN}\\N{BLACK STAR}", false, Ok(&[0x2603, 0x2605])),
        ("\\N{DIGIT ONE}x", false, Ok(&[0x31, 0x78])),
        (
            "\\x",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape",
            ),
        ),
        ("\\x", true, Ok(&[0x5C, 0x78])),
        (
            "ab\\x4",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape",
            ),
        ),
        ("ab\\x4", true, Ok(&[0x61, 0x62, 0x5C, 0x78, 0x34])),
        (
            "\\u12",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape",
            ),
        ),
        ("\\u12", true, Ok(&[0x5C, 0x75, 0x31, 0x32])),
        (
            "\\U00110000",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
            ),
        ),
        (
            "\\U00110000",
            true,
            Ok(&[0x5C, 0x55, 0x30, 0x30, 0x31, 0x31, 0x30, 0x30, 0x30, 0x30]),
        ),
        (
            "\\N{nope}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name",
            ),
        ),
        (
            "\\N{nope}",
            true,
            Ok(&[0x5C, 0x4E, 0x7B, 0x6E, 0x6F, 0x70, 0x65, 0x7D]),
        ),
        (
            "\\N",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape",
            ),
        ),
        ("\\N", true, Ok(&[0x5C, 0x4E])),
        (
            "\\N{",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape",
            ),
        ),
        ("\\N{", true, Ok(&[0x5C, 0x4E, 0x7B])),
        (
            "ab\\N{",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: malformed \\N character escape",
            ),
        ),
        ("ab\\N{", true, Ok(&[0x61, 0x62, 0x5C, 0x4E, 0x7B])),
        (
            "\\N{}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape",
            ),
        ),
        ("\\N{}", true, Ok(&[0x5C, 0x4E, 0x7B, 0x7D])),
        (
            "\\Nx",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape",
            ),
        ),
        ("\\Nx", true, Ok(&[0x5C, 0x4E, 0x78])),
        (
            "\\N{LATIN SMALL LETTER A",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: malformed \\N character escape",
            ),
        ),
        (
            "\\x4g",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
            ),
        ),
        ("\\x4g", true, Ok(&[0x5C, 0x78, 0x34, 0x67])),
        (
            "abc\\xg0",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 3-4: truncated \\xXX escape",
            ),
        ),
        (
            "abc\\xg0",
            true,
            Ok(&[0x61, 0x62, 0x63, 0x5C, 0x78, 0x67, 0x30]),
        ),
        (
            "\\U0011",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape",
            ),
        ),
        ("\\U0011", true, Ok(&[0x5C, 0x55, 0x30, 0x30, 0x31, 0x31])),
        (
            "\\Uffffffff",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
            ),
        ),
        (
            "\\Uffffffff",
            true,
            Ok(&[0x5C, 0x55, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66]),
        ),
        (
            "\\u",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\uXXXX escape",
            ),
        ),
        ("\\u", true, Ok(&[0x5C, 0x75])),
        (
            "xx\\U",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\UXXXXXXXX escape",
            ),
        ),
        ("xx\\U", true, Ok(&[0x78, 0x78, 0x5C, 0x55])),
        (
            "\u{e9}\\x4",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape",
            ),
        ),
        ("\u{e9}\\x4", true, Ok(&[0xE9, 0x5C, 0x78, 0x34])),
        (
            "\u{e9}\u{e9}\u{e9}\\x4",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 30-32: truncated \\xXX escape",
            ),
        ),
        (
            "\u{e9}\u{e9}\u{e9}\\x4",
            true,
            Ok(&[0xE9, 0xE9, 0xE9, 0x5C, 0x78, 0x34]),
        ),
        (
            "\\u123\u{e9}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: truncated \\uXXXX escape",
            ),
        ),
        (
            "\\u123\u{e9}",
            true,
            Ok(&[0x5C, 0x75, 0x31, 0x32, 0x33, 0xE9]),
        ),
        (
            "\\x4\u{e9}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
            ),
        ),
        ("\\x4\u{e9}", true, Ok(&[0x5C, 0x78, 0x34, 0xE9])),
        (
            "\\N{abc\u{e9}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: malformed \\N character escape",
            ),
        ),
        (
            "\\N{abc\u{e9}",
            true,
            Ok(&[0x5C, 0x4E, 0x7B, 0x61, 0x62, 0x63, 0xE9]),
        ),
        (
            "\u{e9}\\N{nope}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-17: unknown Unicode character name",
            ),
        ),
        (
            "\u{e9}\\N{nope}",
            true,
            Ok(&[0xE9, 0x5C, 0x4E, 0x7B, 0x6E, 0x6F, 0x70, 0x65, 0x7D]),
        ),
        (
            "\\N{nop\u{e9}}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-16: unknown Unicode character name",
            ),
        ),
        (
            "\\N{nop\u{e9}}",
            true,
            Ok(&[0x5C, 0x4E, 0x7B, 0x6E, 0x6F, 0x70, 0xE9, 0x7D]),
        ),
        (
            "\\\u{e9}\\x4",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: truncated \\xXX escape",
            ),
        ),
        ("\\\u{e9}\\x4", true, Ok(&[0x5C, 0xE9, 0x5C, 0x78, 0x34])),
        (
            "\\N{hangul syllable ga}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name",
            ),
        ),
        (
            "\\N{HANGUL SYLLABLE ga}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name",
            ),
        ),
        (
            "\\N{Hangul Syllable GA}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name",
            ),
        ),
        (
            "\\N{cjk unified ideograph-4E00}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name",
            ),
        ),
        (
            "\\N{CJK UNIFIED IDEOGRAPH-4e00}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name",
            ),
        ),
        (
            "\\N{CJK UNIFIED IDEOGRAPH-004E00}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-31: unknown Unicode character name",
            ),
        ),
        (
            "\\N{CJK UNIFIED IDEOGRAPH-2A6E0}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name",
            ),
        ),
        (
            "\\N{CJK UNIFIED IDEOGRAPH-2B739}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name",
            ),
        ),
        (
            "\\N{CJK UNIFIED IDEOGRAPH-31350}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-30: unknown Unicode character name",
            ),
        ),
        (
            "\\N{HANGUL SYLLABLE }",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-19: unknown Unicode character name",
            ),
        ),
        (
            "\\N{LINEFEED}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-11: unknown Unicode character name",
            ),
        ),
        (
            "\\N{LINEFEED}",
            true,
            Ok(&[
                0x5C, 0x4E, 0x7B, 0x4C, 0x49, 0x4E, 0x45, 0x46, 0x45, 0x45, 0x44, 0x7D,
            ]),
        ),
        (
            "\\N{LINE-FEED}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-12: unknown Unicode character name",
            ),
        ),
        (
            "\\N{latin_small_letter_a}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name",
            ),
        ),
        (
            "\\N{ LATIN SMALL LETTER A}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name",
            ),
        ),
        (
            "\\N{TIBETAN MARK TSA-PHRU}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name",
            ),
        ),
        (
            "\\N{KEYCAP NUMBER SIGN}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name",
            ),
        ),
        (
            "\\N{TANGUT IDEOGRAPH-17000}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-25: unknown Unicode character name",
            ),
        ),
        (
            "\\N{EM}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: unknown Unicode character name",
            ),
        ),
        ("\\N{EM}", true, Ok(&[0x5C, 0x4E, 0x7B, 0x45, 0x4D, 0x7D])),
        (
            "\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-47: unknown Unicode character name",
            ),
        ),
        ("\\N{TANGUT COMPONENT-001}", false, Ok(&[0x18800])),
        (
            "\\N{GARAY VOWEL SIGN A}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name",
            ),
        ),
        (
            "\\N{TOY TRAIN}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-12: unknown Unicode character name",
            ),
        ),
        (
            "\\N{SHAKING FACE}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name",
            ),
        ),
        (
            "\\N{ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE}",
            false,
            Err(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-50: unknown Unicode character name",
            ),
        ),
    ];

    #[test]
    fn str_cases_match_cpython() {
        for &(body, raw, expected) in STR_CASES {
            let got = decode_str(body, raw);
            match expected {
                Ok(cps) => {
                    let got = got.unwrap_or_else(|e| panic!("{body:?} raw={raw}: {e}"));
                    assert_eq!(code_points(&got), cps, "{body:?} raw={raw}");
                }
                Err(msg) => assert_eq!(
                    got.map(|s| code_points(&s)),
                    Err(msg.to_string()),
                    "{body:?}"
                ),
            }
        }
    }

    /// The same for bytes literals: `ast.parse('b"""' + body + '"""')`.
    type BytesCase = (&'static str, bool, Result<&'static [u8], &'static str>);

    const BYTES_CASES: &[BytesCase] = &[
        ("abc", false, Ok(&[0x61, 0x62, 0x63])),
        (
            "\\x41\\x4",
            false,
            Err("(value error) invalid \\x escape at position 4"),
        ),
        (
            "\\x41\\x4",
            true,
            Ok(&[0x5C, 0x78, 0x34, 0x31, 0x5C, 0x78, 0x34]),
        ),
        (
            "\\x",
            false,
            Err("(value error) invalid \\x escape at position 0"),
        ),
        ("\\x", true, Ok(&[0x5C, 0x78])),
        (
            "ab\\x4",
            false,
            Err("(value error) invalid \\x escape at position 2"),
        ),
        ("ab\\x4", true, Ok(&[0x61, 0x62, 0x5C, 0x78, 0x34])),
        (
            "\\x4g",
            false,
            Err("(value error) invalid \\x escape at position 0"),
        ),
        ("\\x4g", true, Ok(&[0x5C, 0x78, 0x34, 0x67])),
        (
            "a\\xg",
            false,
            Err("(value error) invalid \\x escape at position 1"),
        ),
        ("a\\xg", true, Ok(&[0x61, 0x5C, 0x78, 0x67])),
        ("\\777", false, Ok(&[0xFF])),
        ("\\777", true, Ok(&[0x5C, 0x37, 0x37, 0x37])),
        ("\\400", false, Ok(&[0x0])),
        ("\\400", true, Ok(&[0x5C, 0x34, 0x30, 0x30])),
        ("\\u1234", false, Ok(&[0x5C, 0x75, 0x31, 0x32, 0x33, 0x34])),
        ("\\u1234", true, Ok(&[0x5C, 0x75, 0x31, 0x32, 0x33, 0x34])),
        (
            "\\N{SPACE}",
            false,
            Ok(&[0x5C, 0x4E, 0x7B, 0x53, 0x50, 0x41, 0x43, 0x45, 0x7D]),
        ),
        (
            "\\N{SPACE}",
            true,
            Ok(&[0x5C, 0x4E, 0x7B, 0x53, 0x50, 0x41, 0x43, 0x45, 0x7D]),
        ),
        (
            "\\U00000041",
            false,
            Ok(&[0x5C, 0x55, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x34, 0x31]),
        ),
        (
            "\\U00000041",
            true,
            Ok(&[0x5C, 0x55, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x34, 0x31]),
        ),
        ("\\d", false, Ok(&[0x5C, 0x64])),
        ("\\d", true, Ok(&[0x5C, 0x64])),
        ("a\\\nb", false, Ok(&[0x61, 0x62])),
        ("a\\\nb", true, Ok(&[0x61, 0x5C, 0xA, 0x62])),
        ("a\\\r\nb", false, Ok(&[0x61, 0x62])),
        ("a\\\r\nb", true, Ok(&[0x61, 0x5C, 0xA, 0x62])),
        ("a\r\nb\r", false, Ok(&[0x61, 0xA, 0x62, 0xA])),
        (
            "\u{e9}",
            false,
            Err("bytes can only contain ASCII literal characters"),
        ),
        (
            "a\\x4\u{e9}",
            false,
            Err("bytes can only contain ASCII literal characters"),
        ),
        (
            "a\\x4\u{e9}",
            true,
            Err("bytes can only contain ASCII literal characters"),
        ),
        ("\\0\\08\\1234", false, Ok(&[0x0, 0x0, 0x38, 0x53, 0x34])),
        (
            "\\0\\08\\1234",
            true,
            Ok(&[0x5C, 0x30, 0x5C, 0x30, 0x38, 0x5C, 0x31, 0x32, 0x33, 0x34]),
        ),
        (
            "\\\\\\'\\\"\\a\\b\\f\\n\\r\\t\\v",
            false,
            Ok(&[0x5C, 0x27, 0x22, 0x7, 0x8, 0xC, 0xA, 0xD, 0x9, 0xB]),
        ),
        (
            "\\\\\\'\\\"\\a\\b\\f\\n\\r\\t\\v",
            true,
            Ok(&[
                0x5C, 0x5C, 0x5C, 0x27, 0x5C, 0x22, 0x5C, 0x61, 0x5C, 0x62, 0x5C, 0x66, 0x5C, 0x6E,
                0x5C, 0x72, 0x5C, 0x74, 0x5C, 0x76,
            ]),
        ),
        ("\\xfF\\x00", false, Ok(&[0xFF, 0x0])),
        (
            "\\xfF\\x00",
            true,
            Ok(&[0x5C, 0x78, 0x66, 0x46, 0x5C, 0x78, 0x30, 0x30]),
        ),
        ("\\8", false, Ok(&[0x5C, 0x38])),
        ("\\8", true, Ok(&[0x5C, 0x38])),
        (
            "\\777\\x",
            false,
            Err("(value error) invalid \\x escape at position 4"),
        ),
        ("\\777\\x", true, Ok(&[0x5C, 0x37, 0x37, 0x37, 0x5C, 0x78])),
    ];

    #[test]
    fn bytes_cases_match_cpython() {
        for &(body, raw, expected) in BYTES_CASES {
            assert_eq!(
                decode_bytes(body, raw),
                expected.map(<[u8]>::to_vec).map_err(str::to_string),
                "{body:?} raw={raw}"
            );
        }
    }

    #[test]
    fn plain_strings_are_copied() {
        let s = decode_str("héllo wörld", false).unwrap();
        assert_eq!(s.as_str(), Some("héllo wörld"));
        let s = decode_str(r"a\b", true).unwrap();
        assert_eq!(s.as_str(), Some(r"a\b"));
        assert!(decode_str("", false).unwrap().is_empty());
    }

    #[test]
    fn lone_surrogates_are_kept() {
        let s = decode_str(r"\ud800x", false).unwrap();
        assert_eq!(s.as_str(), None);
        assert_eq!(code_points(&s), [0xD800, 0x78]);
        assert_eq!(s.as_wtf8(), b"\xED\xA0\x80x");
    }

    fn small(text: &str) -> i64 {
        match parse_int(text) {
            LitInt::Small(v) => v,
            LitInt::Big(b) => panic!("{text} gave big {b}"),
        }
    }

    fn big(text: &str) -> String {
        match parse_int(text) {
            LitInt::Big(b) => b.to_string(),
            LitInt::Small(v) => panic!("{text} gave small {v}"),
        }
    }

    #[test]
    fn ints() {
        assert_eq!(small("0"), 0);
        assert_eq!(small("00"), 0);
        assert_eq!(small("0_0"), 0);
        assert_eq!(small("7"), 7);
        assert_eq!(small("1_000_000"), 1_000_000);
        assert_eq!(small("0x_fF"), 255);
        assert_eq!(small("0XDEAD_BEEF"), 0xDEAD_BEEF);
        assert_eq!(small("0o17"), 15);
        assert_eq!(small("0O_7_7"), 63);
        assert_eq!(small("0b1010"), 10);
        assert_eq!(small("0B_1_0"), 2);
        assert_eq!(small("999999999999999999"), 999_999_999_999_999_999);
        assert_eq!(small("9223372036854775807"), i64::MAX);
        assert_eq!(small("0x7fffffffffffffff"), i64::MAX);
        assert_eq!(small("0000000000000000000000000042"), 42);
        assert_eq!(big("9223372036854775808"), "9223372036854775808");
        assert_eq!(big("0x8000000000000000"), "9223372036854775808");
        assert_eq!(
            big(&format!("0b1{}", "0".repeat(70))),
            "1180591620717411303424"
        );
        assert_eq!(
            big("1_000_000_000_000_000_000_000_000_000"),
            "1000000000000000000000000000"
        );
        assert_eq!(big("0o7777777777777777777777"), "73786976294838206463");
    }

    #[test]
    fn floats() {
        // Values from CPython 3.11's float().
        assert_eq!(parse_float("1."), 1.0);
        assert_eq!(parse_float(".5"), 0.5);
        assert_eq!(parse_float("1e10"), 1e10);
        assert_eq!(parse_float("1E-5"), 1e-5);
        assert_eq!(parse_float("1_000.5"), 1000.5);
        assert_eq!(parse_float("1_0e1_0"), 1e11);
        assert_eq!(parse_float("0e0"), 0.0);
        assert_eq!(parse_float("1e400"), f64::INFINITY);
        assert_eq!(parse_float("1e-400"), 0.0);
        assert_eq!(parse_float("0.1e-320"), 1e-321);
        assert_eq!(
            parse_float("2.2250738585072011e-308"),
            2.225073858507201e-308
        );
        assert_eq!(parse_float("9007199254740993"), 9007199254740992.0);
        assert_eq!(parse_float("0.1"), 0.1);
        assert_eq!(parse_float("2.5j"), 2.5);
        assert_eq!(parse_float("10J"), 10.0);
    }
}
