//! Python's `repr()` of literal values (`str`, `bytes`, `float`, `complex`),
//! character for character as CPython 3.11 prints them.
//!
//! Each `repr_*` function has a `push_repr_*` twin that appends to an
//! existing buffer, for callers (such as [`crate::dump`]) that build one
//! large string.

use crate::pystr::PyStr;
use crate::unicode_printable::is_printable;
use std::fmt::Write;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `repr(s)` for a Python `str`.
pub fn repr_str(s: &PyStr) -> String {
    let mut out = String::with_capacity(s.as_wtf8().len() + 2);
    push_repr_str(&mut out, s);
    out
}

/// Appends `repr(s)` to `out`.
pub fn push_repr_str(out: &mut String, s: &PyStr) {
    let quote = choose_quote(s.as_wtf8());
    push_quoted(out, quote, s.code_points());
}

/// Appends `repr(s)` for a `str` without surrogates (an identifier, say).
pub fn push_repr_text(out: &mut String, s: &str) {
    let quote = choose_quote(s.as_bytes());
    // Fast path: nothing to escape.
    if s.bytes()
        .all(|b| (0x20..0x7F).contains(&b) && b != b'\\' && b != quote)
    {
        out.push(quote as char);
        out.push_str(s);
        out.push(quote as char);
    } else {
        push_quoted(out, quote, s.chars().map(u32::from));
    }
}

/// CPython's rule: single quotes, unless the text has a `'` and no `"`.
/// Quote bytes never occur inside multi-byte UTF-8 sequences, so scanning
/// the encoded bytes is enough.
fn choose_quote(bytes: &[u8]) -> u8 {
    if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    }
}

fn push_quoted(out: &mut String, quote: u8, cps: impl Iterator<Item = u32>) {
    out.push(quote as char);
    for cp in cps {
        match cp {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if cp == quote as u32 => {
                out.push('\\');
                out.push(quote as char);
            }
            _ if is_printable(cp) => {
                // Printable code points are never surrogates.
                out.push(char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER));
            }
            _ if cp < 0x100 => push_hex_escape(out, 'x', cp, 2),
            _ if cp < 0x10000 => push_hex_escape(out, 'u', cp, 4),
            _ => push_hex_escape(out, 'U', cp, 8),
        }
    }
    out.push(quote as char);
}

fn push_hex_escape(out: &mut String, letter: char, cp: u32, width: u32) {
    out.push('\\');
    out.push(letter);
    for i in (0..width).rev() {
        out.push(HEX[((cp >> (4 * i)) & 0xF) as usize] as char);
    }
}

/// `repr(b)` for a Python `bytes`.
pub fn repr_bytes(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    push_repr_bytes(&mut out, b);
    out
}

/// Appends `repr(b)` to `out`.
pub fn push_repr_bytes(out: &mut String, b: &[u8]) {
    let quote = choose_quote(b);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(quote as char);
            }
            0x20..0x7F => out.push(c as char),
            _ => push_hex_escape(out, 'x', c as u32, 2),
        }
    }
    out.push(quote as char);
}

/// `repr(f)` for a Python `float`.
pub fn repr_float(f: f64) -> String {
    let mut out = String::with_capacity(24);
    push_repr_float(&mut out, f);
    out
}

/// Appends `repr(f)` to `out`.
pub fn push_repr_float(out: &mut String, f: f64) {
    push_float(out, f, true, false);
}

/// `repr(complex(real, imag))`.
pub fn repr_complex(real: f64, imag: f64) -> String {
    let mut out = String::with_capacity(32);
    push_repr_complex(&mut out, real, imag);
    out
}

/// Appends `repr(complex(real, imag))` to `out`.
pub fn push_repr_complex(out: &mut String, real: f64, imag: f64) {
    if real == 0.0 && real.is_sign_positive() {
        push_float(out, imag, false, false);
        out.push('j');
    } else {
        out.push('(');
        push_float(out, real, false, false);
        push_float(out, imag, false, true);
        out.push_str("j)");
    }
}

/// A small stack buffer for Rust's float formatting.
struct StackBuf {
    buf: [u8; 40],
    len: usize,
}

impl Write for StackBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let dst = self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// CPython's `PyOS_double_to_string(f, 'r', 0, flags)`: the shortest digits
/// that round-trip, in exponent form when the decimal exponent is below -4
/// or at least 16. `add_dot_0` is `Py_DTSF_ADD_DOT_0` (float repr),
/// `sign` is `Py_DTSF_SIGN` (imaginary part of a complex repr).
fn push_float(out: &mut String, f: f64, add_dot_0: bool, sign: bool) {
    if f.is_nan() {
        // CPython never shows the sign of a NaN.
        out.push_str(if sign { "+nan" } else { "nan" });
        return;
    }
    if f.is_sign_negative() {
        out.push('-');
    } else if sign {
        out.push('+');
    }
    if f.is_infinite() {
        out.push_str("inf");
        return;
    }
    // `{:e}` gives the shortest round-trip digits as `d[.ddd]e[-]N`. When
    // two strings of that length both round-trip and the value lies exactly
    // halfway between them, it may pick either; CPython picks the closest
    // with ties to even, which is what Rust's fixed-precision `{:.*e}` gives.
    let mut sci = StackBuf {
        buf: [0; 40],
        len: 0,
    };
    write!(sci, "{:e}", f.abs()).expect("float fits the buffer");
    let e_pos = sci.buf[..sci.len].iter().position(|&c| c == b'e');
    let e_pos = e_pos.unwrap_or(sci.len);
    if e_pos > 2 {
        let precision = e_pos - 2;
        sci.len = 0;
        write!(sci, "{:.*e}", precision, f.abs()).expect("float fits the buffer");
    }
    let text = &sci.buf[..sci.len];
    let e_pos = text.iter().position(|&c| c == b'e').unwrap_or(text.len());
    let mantissa = &text[..e_pos];
    let exp: i32 = std::str::from_utf8(&text[e_pos + 1..])
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    // Digits without the point: mantissa is `d` or `d.ddd`.
    let first = mantissa[0];
    let rest = if mantissa.len() > 2 {
        &mantissa[2..]
    } else {
        &[][..]
    };
    let ndigits = 1 + rest.len() as i32;
    let digit_at = |i: i32| -> char {
        if i == 0 {
            first as char
        } else {
            rest[(i - 1) as usize] as char
        }
    };

    if !(-4..16).contains(&exp) {
        out.push(first as char);
        if !rest.is_empty() {
            out.push('.');
            for &d in rest {
                out.push(d as char);
            }
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let mag = exp.unsigned_abs();
        if mag < 10 {
            out.push('0');
        }
        write!(out, "{mag}").expect("writing to a String");
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        for i in 0..ndigits {
            out.push(digit_at(i));
        }
    } else {
        let int_len = exp + 1;
        for i in 0..int_len {
            out.push(if i < ndigits { digit_at(i) } else { '0' });
        }
        if ndigits > int_len {
            out.push('.');
            for i in int_len..ndigits {
                out.push(digit_at(i));
            }
        } else if add_dot_0 {
            out.push_str(".0");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pystr_of(cps: &[u32]) -> PyStr {
        let mut s = PyStr::new();
        for &cp in cps {
            s.push_code_point(cp);
        }
        s
    }

    // Expected strings below were produced by CPython 3.11.7's repr().

    #[test]
    fn str_cases() {
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("back\\slash", "'back\\\\slash'"),
            ("tab\u{9}nl\u{a}CR\u{d}", "'tab\\tnl\\nCR\\r'"),
            ("\u{0}\u{1}\u{1f}\u{7f}", "'\\x00\\x01\\x1f\\x7f'"),
            (
                "\u{80}\u{9f}\u{a0}\u{a1}\u{ad}\u{ff}",
                "'\\x80\\x9f\\xa0\u{a1}\\xad\u{ff}'",
            ),
            ("caf\u{e9}", "'caf\u{e9}'"),
            ("zero\u{200b}width", "'zero\\u200bwidth'"),
            ("\u{2028}\u{2029}", "'\\u2028\\u2029'"),
            ("\u{3000}ideo", "'\\u3000ideo'"),
            ("\u{1f600} emoji", "'\u{1f600} emoji'"),
            ("\u{e0001} tag", "'\\U000e0001 tag'"),
            ("\u{ffff}\u{fffe}\u{fffd}", "'\\uffff\\ufffe\u{fffd}'"),
            ("\u{10ffff}", "'\\U0010ffff'"),
            ("\u{f0000}", "'\\U000f0000'"),
            ("\u{378}", "'\\u0378'"),
            ("\u{e000} private", "'\\ue000 private'"),
            ("'", "\"'\""),
            ("\"", "'\"'"),
            ("'\"", "'\\'\"'"),
            ("\u{a0}", "'\\xa0'"),
            (" ", "' '"),
            ("\u{1680}\u{2000}\u{200a}", "'\\u1680\\u2000\\u200a'"),
            (
                "\u{61c}\u{200e}\u{200f}\u{feff}",
                "'\\u061c\\u200e\\u200f\\ufeff'",
            ),
            (
                "\u{3a9}\u{2248}\u{e7}\u{221a}",
                "'\u{3a9}\u{2248}\u{e7}\u{221a}'",
            ),
            ("\u{301}combining", "'\u{301}combining'"),
            ("\u{1b}[0m", "'\\x1b[0m'"),
            ("\u{11000}", "'\u{11000}'"),
            ("\u{e0100} vs", "'\u{e0100} vs'"),
        ];
        for &(input, expected) in cases {
            assert_eq!(repr_str(&PyStr::from(input)), expected, "input {input:?}");
            let mut out = String::new();
            push_repr_text(&mut out, input);
            assert_eq!(out, expected, "input {input:?}");
        }
    }

    #[test]
    fn str_surrogates() {
        let cases: &[(&[u32], &str)] = &[
            (&[0xd800], "'\\ud800'"),
            (&[0xdfff], "'\\udfff'"),
            (&[0x61, 0xdc80, 0x62], "'a\\udc80b'"),
            (&[0xd83d, 0xde00], "'\\ud83d\\ude00'"),
            (&[0x27, 0xdbff], "\"'\\udbff\""),
        ];
        for &(cps, expected) in cases {
            assert_eq!(repr_str(&pystr_of(cps)), expected, "input {cps:x?}");
        }
    }

    #[test]
    fn bytes_cases() {
        let cases: &[(&[u8], &str)] = &[
            (&[], "b''"),
            (&[97, 98, 99], "b'abc'"),
            (&[105, 116, 39, 115], "b\"it's\""),
            (&[115, 97, 121, 32, 34, 104, 105, 34], "b'say \"hi\"'"),
            (&[39, 34], "b'\\'\"'"),
            (&[92], "b'\\\\'"),
            (&[9, 10, 13], "b'\\t\\n\\r'"),
            (
                &[
                    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                    22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
                ],
                "b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n\\x0b\\x0c\\r\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c\\x1d\\x1e\\x1f'",
            ),
            (
                &[
                    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
                    128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
                ],
                "b'pqrstuvwxyz{|}~\\x7f\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\\x88\\x89\\x8a\\x8b\\x8c\\x8d\\x8e\\x8f'",
            ),
            (&[255, 160, 127], "b'\\xff\\xa0\\x7f'"),
            (&[11, 12], "b'\\x0b\\x0c'"),
        ];
        for &(input, expected) in cases {
            assert_eq!(repr_bytes(input), expected, "input {input:?}");
        }
        let all: Vec<u8> = (0..=255).collect();
        let r = repr_bytes(&all);
        assert!(r.starts_with("b'\\x00\\x01"));
        assert!(r.contains(" !\"#$%&\\'()*+,-./0123456789:;<=>?@ABC"));
        assert!(r.ends_with("\\xfe\\xff'"));
    }

    #[test]
    fn float_cases() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.0, "-1.0"),
            (0.1, "0.1"),
            (0.5, "0.5"),
            (1.5, "1.5"),
            (0.6666666666666666, "0.6666666666666666"),
            (1000000000000000.0, "1000000000000000.0"),
            (1e+16, "1e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.1e+16, "1.1e+16"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.8, "1234567890123456.8"),
            (1.2345678901234568e+16, "1.2345678901234568e+16"),
            (0.0001, "0.0001"),
            (1e-05, "1e-05"),
            (0.00012345, "0.00012345"),
            (1.2345e-05, "1.2345e-05"),
            (1.5e+300, "1.5e+300"),
            (1e+300, "1e+300"),
            (1e+22, "1e+22"),
            (1e+23, "1e+23"),
            (5e-324, "5e-324"),
            (1.7976931348623157e+308, "1.7976931348623157e+308"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (2.225073858507201e-308, "2.225073858507201e-308"),
            (1e-310, "1e-310"),
            (100.0, "100.0"),
            (1234.5, "1234.5"),
            (0.3, "0.3"),
            (0.3333333333333333, "0.3333333333333333"),
            (std::f64::consts::PI, "3.141592653589793"),
            (1e+100, "1e+100"),
            (1.25e-07, "1.25e-07"),
            (4.35, "4.35"),
            (9007199254740992.0, "9007199254740992.0"),
            (1e+16, "1e+16"),
            (999999999999999.9, "999999999999999.9"),
            (0.0001, "0.0001"),
            (9.999e-05, "9.999e-05"),
        ];
        for &(input, expected) in cases {
            assert_eq!(repr_float(input), expected, "input {input:e}");
        }
        // Exact ties between two shortest candidates: CPython rounds half
        // to even (the inputs are exact sums).
        let ties: &[(f64, &str)] = &[
            (1234567890123456.0 + 0.25, "1234567890123456.2"),
            (1234567890123456.0 + 0.75, "1234567890123456.8"),
            (-(2204922042593103.0 + 0.25), "-2204922042593103.2"),
            (1125899906842624.0 + 0.25, "1125899906842624.2"),
            (1125899906842625.0 + 0.75, "1125899906842625.8"),
        ];
        for &(input, expected) in ties {
            assert_eq!(repr_float(input), expected, "input {input:e}");
        }
        assert_eq!(repr_float(1.5e-323), "1.5e-323");
        assert_eq!(repr_float(3.5e-323), "3.5e-323");
        assert_eq!(repr_float(f64::INFINITY), "inf");
        assert_eq!(repr_float(f64::NEG_INFINITY), "-inf");
        assert_eq!(repr_float(f64::NAN), "nan");
        assert_eq!(repr_float(-f64::NAN), "nan");
        assert_eq!(repr_float(f64::MIN_POSITIVE), "2.2250738585072014e-308");
        assert_eq!(repr_float(-1.5e300), "-1.5e+300");
        assert_eq!(repr_float(-1e-5), "-1e-05");
    }

    #[test]
    fn complex_cases() {
        let cases: &[(f64, f64, &str)] = &[
            (0.0, 1.0, "1j"),
            (0.0, 1.5, "1.5j"),
            (1.0, 2.0, "(1+2j)"),
            (0.0, -0.0, "-0j"),
            (-0.0, -1.0, "(-0-1j)"),
            (-0.0, 0.0, "(-0+0j)"),
            (0.0, 0.0, "0j"),
            (1.0, -1.0, "(1-1j)"),
            (0.0, 1e+16, "1e+16j"),
            (0.0, 1e-05, "1e-05j"),
            (0.0, 123456789012345.0, "123456789012345j"),
            (2.5, 1e+300, "(2.5+1e+300j)"),
            (-1.5, -2.25, "(-1.5-2.25j)"),
            (0.0, 5e-324, "5e-324j"),
            (0.0, 0.1, "0.1j"),
            (3.0, 0.0, "(3+0j)"),
            (1e+16, -0.0, "(1e+16-0j)"),
            (0.0, 1e+22, "1e+22j"),
        ];
        for &(re, im, expected) in cases {
            assert_eq!(repr_complex(re, im), expected, "input {re:e} {im:e}");
        }
        let (inf, nan) = (f64::INFINITY, f64::NAN);
        assert_eq!(repr_complex(0.0, inf), "infj");
        assert_eq!(repr_complex(0.0, -inf), "-infj");
        assert_eq!(repr_complex(inf, -inf), "(inf-infj)");
        assert_eq!(repr_complex(1.0, nan), "(1+nanj)");
        assert_eq!(repr_complex(1.0, -nan), "(1+nanj)");
        assert_eq!(repr_complex(0.0, -nan), "nanj");
        assert_eq!(repr_complex(-nan, 1.0), "(nan+1j)");
        assert_eq!(repr_complex(-0.0, nan), "(-0+nanj)");
    }
}
