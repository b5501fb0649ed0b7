//! The format-spec mini-language: `format(value, spec)` and f-string
//! `{value:spec}` for the built-in `int`, `float`, `complex` and `str`,
//! character for character as CPython 3.11 produces them.
//!
//! The grammar is `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//! [`parse_spec`] reads it exactly as CPython's
//! `parse_internal_render_format_spec` does (including its error messages and
//! the order in which they are checked); the `format_*` functions then lay out
//! the number or string the way `Python/formatter_unicode.c` does.
//!
//! Floats are converted to digits with Rust's correctly rounded formatting
//! (`{:.*e}` for significant digits, `{:.*}` for fixed digits; both round
//! exact ties to even, like CPython's `dtoa`) and the shortest round-trip
//! digits come from [`krait_frontend::pyrepr::repr_float`]. Everything after
//! that (where the decimal point goes, exponent or not, zero padding,
//! grouping, fill and alignment) is computed here from the digit string.
//!
//! `'n'` uses the C locale (no grouping, `.` as decimal point), which is what
//! CPython does unless the program calls `locale.setlocale(LC_NUMERIC, ...)`.
//!
//! Each `format_*` function names its type `int`, `float`, ... in error
//! messages; the `*_typed` variants take the type name (for subclasses:
//! `format(True, 'x!')` complains about `'bool'`). An empty spec means
//! `str(value)`, which for a subclass may differ (`format(True, '')` is
//! `'True'`): callers handle that case for subclasses themselves.
//!
//! One known gap: `format(0xD800, 'c')` is a lone surrogate in CPython, which
//! a Rust `String` cannot hold; [`format_int`] reports a `ValueError` there.

use krait_frontend::pyrepr::{repr_complex, repr_float};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::ToPrimitive;
use std::fmt;

/// A Python exception raised while formatting: `kind` is the exception
/// class (`"ValueError"`, `"OverflowError"`, `"MemoryError"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// The exception class name.
    pub kind: &'static str,
    /// The exception message, exactly as CPython words it.
    pub msg: String,
}

impl FormatError {
    fn value(msg: impl Into<String>) -> Self {
        FormatError {
            kind: "ValueError",
            msg: msg.into(),
        }
    }

    fn overflow(msg: impl Into<String>) -> Self {
        FormatError {
            kind: "OverflowError",
            msg: msg.into(),
        }
    }

    fn memory() -> Self {
        FormatError {
            kind: "MemoryError",
            msg: String::new(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.msg)
        }
    }
}

impl std::error::Error for FormatError {}

/// The thousands separator requested by the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// No grouping.
    None,
    /// `,`: a comma every three digits.
    Comma,
    /// `_`: an underscore every three digits (every four for `b`, `o`, `x`,
    /// `X`).
    Underscore,
}

/// A parsed format spec, with CPython's defaults already applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character (`' '`, or `'0'` from the `0` flag).
    pub fill: char,
    /// `'<'`, `'>'`, `'^'` or `'='` (the type's default when not given).
    pub align: char,
    /// `'+'`, `'-'` or `' '`; `None` when not given.
    pub sign: Option<char>,
    /// The `z` option: turn negative zero into zero (floats only).
    pub no_neg_zero: bool,
    /// The `#` option.
    pub alternate: bool,
    /// The minimum width, counted in code points.
    pub width: Option<usize>,
    /// The grouping option.
    pub grouping: Grouping,
    /// The precision.
    pub precision: Option<usize>,
    /// The presentation type: the type's default when not given, and `'\0'`
    /// for "none" (the default for `float` and `complex`).
    pub ty: char,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn is_sign(c: char) -> bool {
    matches!(c, ' ' | '+' | '-')
}

/// The first code point of each run of ten decimal digits (Unicode category
/// Nd) in Unicode 14.0, the database of CPython 3.11: CPython reads widths
/// and precisions with `Py_UNICODE_TODECIMAL`, so `format(1, '١٠')` pads to
/// ten.
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `Py_UNICODE_TODECIMAL`: the value of a decimal digit in any script.
fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let idx = DIGIT_ZEROS.partition_point(|&z| z <= cp);
    let zero = DIGIT_ZEROS[idx.checked_sub(1)?];
    (cp - zero < 10).then_some(cp - zero)
}

/// CPython's `get_integer`: reads decimal digits at `*pos`, returning how
/// many there were and their value.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), FormatError> {
    const MAX: i64 = i64::MAX; // PY_SSIZE_T_MAX
    let start = *pos;
    let mut acc: i64 = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = i64::from(d);
        if acc > (MAX - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    let value = usize::try_from(acc).map_err(|_| FormatError::memory())?;
    Ok((*pos - start, value))
}

/// `'c'` for printable ASCII, `'\xNN'` otherwise, as CPython's messages
/// show a presentation type.
fn show_code(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        show_code(ty),
        type_name
    ))
}

/// Parses a format spec for an object whose type is called `type_name`
/// (used in the "Invalid format specifier" message), with the type's
/// default presentation type (`'d'` for `int`, `'s'` for `str`, `'\0'` for
/// `float` and `complex`) and default alignment (`'<'` for `str`, `'>'` for
/// numbers). The errors are those of CPython's
/// `parse_internal_render_format_spec`, in its order.
pub fn parse_spec(
    spec: &str,
    type_name: &str,
    default_type: char,
    default_align: char,
) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut fill = ' ';
    let mut align = default_align;
    let mut fill_specified = false;
    let mut align_specified = false;

    if end >= 2 && is_align(chars[1]) {
        align = chars[1];
        fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        align = chars[0];
        align_specified = true;
        pos = 1;
    }

    let mut sign = None;
    if pos < end && is_sign(chars[pos]) {
        sign = Some(chars[pos]);
        pos += 1;
    }
    let mut no_neg_zero = false;
    if pos < end && chars[pos] == 'z' {
        no_neg_zero = true;
        pos += 1;
    }
    let mut alternate = false;
    if pos < end && chars[pos] == '#' {
        alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        fill = '0';
        if !align_specified && default_align == '>' {
            align = '=';
        }
        pos += 1;
    }

    let (consumed, w) = get_integer(&chars, &mut pos)?;
    let width = (consumed > 0).then_some(w);

    let mut grouping = Grouping::None;
    if pos < end && chars[pos] == ',' {
        grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if grouping != Grouping::None {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && grouping == Grouping::Underscore {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }

    let mut precision = None;
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (consumed, p) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(FormatError::value("Format specifier missing precision"));
        }
        precision = Some(p);
    }

    if end - pos > 1 {
        return Err(FormatError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    let ty = if end - pos == 1 {
        chars[pos]
    } else {
        default_type
    };

    if grouping != Grouping::None {
        let ok = match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => true,
            'b' | 'o' | 'x' | 'X' => grouping == Grouping::Underscore,
            _ => false,
        };
        if !ok {
            let sep = if grouping == Grouping::Comma {
                ','
            } else {
                '_'
            };
            return Err(FormatError::value(format!(
                "Cannot specify '{sep}' with '{}'.",
                show_code(ty)
            )));
        }
    }

    Ok(FormatSpec {
        fill,
        align,
        sign,
        no_neg_zero,
        alternate,
        width,
        grouping,
        precision,
        ty,
    })
}

// ---------------------------------------------------------------------------
// Output helpers

/// An output buffer that reports CPython's `MemoryError` instead of
/// aborting when a huge width is asked for.
fn buffer(len: usize) -> Result<String, FormatError> {
    let mut out = String::new();
    out.try_reserve(len).map_err(|_| FormatError::memory())?;
    Ok(out)
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// CPython's `calc_padding`: left and right padding to reach `width`.
fn calc_padding(nchars: usize, width: Option<usize>, align: char) -> (usize, usize) {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let pad = total - nchars;
    let left = match align {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    (left, pad - left)
}

/// CPython's `_PyUnicode_InsertThousandsGrouping` over ASCII digits: groups
/// of `group` digits separated by `sep`, padded on the left with zeros (and
/// separators) until at least `min_width` characters long.
fn group_digits(
    digits: &[u8],
    min_width: i64,
    grouping: Option<(i64, u8)>,
) -> Result<Vec<u8>, FormatError> {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut end = digits.len();
    let mut rev = Vec::new();
    rev.try_reserve(digits.len().saturating_add(min_width as usize))
        .map_err(|_| FormatError::memory())?;
    let mut emit = |rev: &mut Vec<u8>, sep: Option<u8>, n_chars: i64, n_zeros: i64| {
        if let Some(sep) = sep {
            rev.push(sep);
        }
        let start = end - n_chars as usize;
        rev.extend(digits[start..end].iter().rev());
        end = start;
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
    };
    match grouping {
        Some((group, sep)) => {
            let mut use_sep = false;
            loop {
                let len = group.min(remaining.max(min_width).max(1));
                let n_zeros = (len - remaining).max(0);
                let n_chars = remaining.min(len).max(0);
                emit(&mut rev, use_sep.then_some(sep), n_chars, n_zeros);
                use_sep = true;
                remaining -= n_chars;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
        None => {
            let len = remaining.max(min_width).max(1);
            emit(&mut rev, None, remaining, len - remaining);
        }
    }
    rev.reverse();
    Ok(rev)
}

/// The pieces of a formatted number, as CPython's `calc_number_widths`
/// sees them: `-`, a prefix (`0x`), digits to group, a decimal point, and
/// a remainder copied as is (fraction, exponent, `%`, or the `c` character).
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

/// How a number is padded and signed.
struct Layout {
    fill: char,
    align: char,
    sign: Option<char>,
    width: Option<usize>,
    grouping: Option<(i64, u8)>,
}

/// Splits a formatted float (`-123.45e+06`) into [`Number`] parts, as
/// CPython's `parse_number` does.
fn split_float(buf: &str) -> Number<'_> {
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf),
    };
    let n = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    Number {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    }
}

/// CPython's `calc_number_widths` + `fill_number`.
fn render_number(out: &mut String, num: &Number<'_>, layout: &Layout) -> Result<(), FormatError> {
    let sign = match layout.sign {
        Some('+') => Some(if num.negative { '-' } else { '+' }),
        Some(' ') => Some(if num.negative { '-' } else { ' ' }),
        _ => num.negative.then_some('-'),
    };
    let n_non_digit = usize::from(sign.is_some())
        + num.prefix.len()
        + usize::from(num.decimal)
        + num.remainder.chars().count();
    let width = layout.width.map_or(-1, |w| w as i64);
    let min_width = if layout.fill == '0' && layout.align == '=' {
        width - n_non_digit as i64
    } else {
        0
    };
    let grouped = if num.digits.is_empty() {
        Vec::new()
    } else {
        group_digits(num.digits.as_bytes(), min_width, layout.grouping)?
    };
    let used = n_non_digit + grouped.len();
    let padding = layout.width.map_or(0, |w| w.saturating_sub(used));
    let (lpad, spad, rpad) = match layout.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    out.try_reserve(used.saturating_add(padding.saturating_mul(layout.fill.len_utf8())))
        .map_err(|_| FormatError::memory())?;
    push_fill(out, layout.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(num.prefix);
    push_fill(out, layout.fill, spad);
    // The grouped digits are ASCII digits, separators and zeros.
    out.extend(grouped.iter().map(|&b| b as char));
    if num.decimal {
        out.push('.');
    }
    out.push_str(num.remainder);
    push_fill(out, layout.fill, rpad);
    Ok(())
}

// ---------------------------------------------------------------------------
// int

/// `format(v, spec)` for an `int`.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, FormatError> {
    format_int_typed(v, spec, "int")
}

/// `format(v, spec)` for an `int` (or subclass) whose type is called
/// `type_name` in error messages.
pub fn format_int_typed(v: &BigInt, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let s = parse_spec(spec, type_name, 'd', '>')?;
    match s.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, &s),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = int_to_f64(v)
                .ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
            format_float_spec(f, &s)
        }
        ty => Err(unknown_code(ty, type_name)),
    }
}

/// `float(v)`: correctly rounded (ties to even), `None` on overflow.
fn int_to_f64(v: &BigInt) -> Option<f64> {
    let mag: &BigUint = v.magnitude();
    let bits = mag.bits();
    let f = if bits <= 64 {
        // u64 -> f64 rounds to nearest, ties to even.
        mag.to_u64()? as f64
    } else if bits > 1024 {
        return None;
    } else {
        // Keep the top 64 bits, with a sticky bit for anything below, then
        // let the u64 -> f64 conversion round once.
        let shift = bits - 64;
        let top = (mag >> shift).to_u64()?;
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        let top = top | u64::from(sticky);
        let scale = f64::from_bits((1023 + shift) << 52);
        top as f64 * scale
    };
    if f.is_infinite() {
        return None;
    }
    Some(if v.sign() == Sign::Minus { -f } else { f })
}

/// CPython's `format_long_internal`.
fn format_long(v: &BigInt, s: &FormatSpec) -> Result<String, FormatError> {
    if s.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let layout = |grouping| Layout {
        fill: s.fill,
        align: s.align,
        sign: s.sign,
        width: s.width,
        grouping,
    };
    if s.ty == 'c' {
        if s.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if s.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10FFFF).contains(&x) {
            return Err(FormatError::overflow("%c arg not in range(0x110000)"));
        }
        // Lone surrogates cannot live in a Rust `String`.
        let c = char::from_u32(x as u32).ok_or_else(|| {
            FormatError::value("%c arg is a surrogate, which krait cannot put in a str here")
        })?;
        let mut tmp = [0u8; 4];
        let num = Number {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: c.encode_utf8(&mut tmp),
        };
        let mut out = buffer(s.width.unwrap_or(0).max(4))?;
        render_number(&mut out, &num, &layout(None))?;
        return Ok(out);
    }
    let (base, prefix) = match s.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if s.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = match (s.grouping, s.ty) {
        (_, 'n') | (Grouping::None, _) => None,
        (Grouping::Comma, _) => Some((3, b',')),
        (Grouping::Underscore, 'b' | 'o' | 'x' | 'X') => Some((4, b'_')),
        (Grouping::Underscore, _) => Some((3, b'_')),
    };
    let num = Number {
        negative: v.sign() == Sign::Minus,
        prefix: if s.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    let mut out = buffer(s.width.unwrap_or(0).max(digits.len() + 4))?;
    render_number(&mut out, &num, &layout(grouping))?;
    Ok(out)
}

// ---------------------------------------------------------------------------
// float

/// `format(v, spec)` for a `float`.
pub fn format_float(v: f64, spec: &str) -> Result<String, FormatError> {
    format_float_typed(v, spec, "float")
}

/// `format(v, spec)` for a `float` (or subclass) whose type is called
/// `type_name` in error messages.
pub fn format_float_typed(v: f64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(repr_float(v));
    }
    let s = parse_spec(spec, type_name, '\0', '>')?;
    match s.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(v, &s),
        ty => Err(unknown_code(ty, type_name)),
    }
}

/// How many digits `dtoa` is asked for.
#[derive(Clone, Copy)]
enum Digits {
    /// The shortest digits that round-trip (`repr`).
    Shortest,
    /// This many significant digits (at least one).
    Significant(usize),
    /// This many digits after the decimal point.
    Fixed(usize),
}

/// `_Py_dg_dtoa` for a finite `x >= 0`: the decimal digits without leading
/// or trailing zeros (`"0"` for zero) and the position of the decimal point
/// relative to them (`0.d1d2... * 10**decpt`).
fn dtoa(x: f64, mode: Digits) -> (Vec<u8>, i64) {
    let text = match mode {
        Digits::Shortest => repr_float(x),
        Digits::Significant(n) => format!("{:.*e}", n - 1, x),
        Digits::Fixed(n) => format!("{x:.n$}"),
    };
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (text.as_str(), 0),
    };
    let point = mantissa.find('.').unwrap_or(mantissa.len()) as i64;
    let all: Vec<u8> = mantissa.bytes().filter(|&b| b != b'.').collect();
    let lz = all.iter().take_while(|&&b| b == b'0').count();
    if lz == all.len() {
        return (vec![b'0'], 1);
    }
    let mut digits = all[lz..].to_vec();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, point - lz as i64 + exp)
}

/// Options of CPython's `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    add_dot_0: bool,
    alternate: bool,
    no_neg_zero: bool,
}

/// CPython's `PyOS_double_to_string(val, code, precision, flags)` for
/// `code` in `eEfFgGr` (`format_float_short`).
fn double_to_string(val: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if val.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    let mut out = String::new();
    if val.is_infinite() {
        if val < 0.0 {
            out.push('-');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let precision = precision as i64;
    let (digits, mut decpt) = match code {
        'e' => dtoa(val.abs(), Digits::Significant(precision as usize + 1)),
        'f' => dtoa(val.abs(), Digits::Fixed(precision as usize)),
        'g' => dtoa(val.abs(), Digits::Significant(precision.max(1) as usize)),
        _ => dtoa(val.abs(), Digits::Shortest),
    };
    let precision = if code == 'e' {
        precision + 1
    } else if code == 'g' {
        precision.max(1)
    } else {
        precision
    };
    let negative = val.is_sign_negative() && !(flags.no_neg_zero && digits == b"0");
    let digits_len = digits.len() as i64;
    let mut vend = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alternate {
                vend = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };

    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let push_digits = |out: &mut String, d: &[u8]| out.extend(d.iter().map(|&b| b as char));
    out.reserve((vend - vstart) as usize + 8);
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - digits_len);
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}

fn check_precision(s: &FormatSpec) -> Result<(), FormatError> {
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    Ok(())
}

/// The `type` and `precision` handed to `PyOS_double_to_string` for a
/// float presentation type (`'\0'` means none), with `'%'` turned into
/// `'f'`. `repr_style` is the flags' "add .0" for the no-type case.
fn float_code(ty: char, precision: Option<usize>, repr_style: bool) -> (char, usize, bool) {
    let (code, default_precision, add_dot_0) = match ty {
        '\0' => ('r', 0, repr_style),
        'n' => ('g', 6, false),
        '%' => ('f', 6, false),
        c => (c, 6, false),
    };
    match precision {
        None => (code, default_precision, add_dot_0),
        Some(p) if code == 'r' => ('g', p, add_dot_0),
        Some(p) => (code, p, add_dot_0),
    }
}

/// CPython's `format_float_internal`.
fn format_float_spec(val: f64, s: &FormatSpec) -> Result<String, FormatError> {
    check_precision(s)?;
    let (code, precision, add_dot_0) = float_code(s.ty, s.precision, true);
    let flags = DtoaFlags {
        add_dot_0,
        alternate: s.alternate,
        no_neg_zero: s.no_neg_zero,
    };
    let val = if s.ty == '%' { val * 100.0 } else { val };
    let mut buf = double_to_string(val, code, precision, flags);
    if s.ty == '%' {
        buf.push('%');
    }
    let layout = Layout {
        fill: s.fill,
        align: s.align,
        sign: s.sign,
        width: s.width,
        grouping: grouping3(s),
    };
    let mut out = buffer(s.width.unwrap_or(0).max(buf.len() + 4))?;
    render_number(&mut out, &split_float(&buf), &layout)?;
    Ok(out)
}

/// Grouping for decimal output (`'n'` has none in the C locale).
fn grouping3(s: &FormatSpec) -> Option<(i64, u8)> {
    match s.grouping {
        _ if s.ty == 'n' => None,
        Grouping::None => None,
        Grouping::Comma => Some((3, b',')),
        Grouping::Underscore => Some((3, b'_')),
    }
}

// ---------------------------------------------------------------------------
// complex

/// `format(complex(real, imag), spec)`.
pub fn format_complex(real: f64, imag: f64, spec: &str) -> Result<String, FormatError> {
    format_complex_typed(real, imag, spec, "complex")
}

/// `format(complex(real, imag), spec)` for a `complex` (or subclass) whose
/// type is called `type_name` in error messages.
pub fn format_complex_typed(
    real: f64,
    imag: f64,
    spec: &str,
    type_name: &str,
) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(repr_complex(real, imag));
    }
    let s = parse_spec(spec, type_name, '\0', '>')?;
    if !matches!(s.ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_code(s.ty, type_name));
    }
    check_precision(&s)?;
    if s.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == '=' {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (code, precision, _) = float_code(s.ty, s.precision, false);
    let flags = DtoaFlags {
        add_dot_0: false,
        alternate: s.alternate,
        no_neg_zero: s.no_neg_zero,
    };
    let (skip_re, parens) = if s.ty == '\0' {
        let skip = real == 0.0 && real.is_sign_positive();
        (skip, !skip)
    } else {
        (false, false)
    };
    let re_buf = double_to_string(real, code, precision, flags);
    let im_buf = double_to_string(imag, code, precision, flags);
    let mut layout = Layout {
        fill: ' ',
        align: '<',
        sign: s.sign,
        width: None,
        grouping: grouping3(&s),
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        render_number(&mut body, &split_float(&re_buf), &layout)?;
        layout.sign = Some('+');
    }
    render_number(&mut body, &split_float(&im_buf), &layout)?;
    body.push('j');
    if parens {
        body.push(')');
    }
    pad(&body, body.len(), s.fill, s.width, s.align)
}

/// `text` (`nchars` code points) padded to `width` with `fill`.
fn pad(
    text: &str,
    nchars: usize,
    fill: char,
    width: Option<usize>,
    align: char,
) -> Result<String, FormatError> {
    let (left, right) = calc_padding(nchars, width, align);
    let mut out = buffer(
        text.len()
            .saturating_add((left + right).saturating_mul(fill.len_utf8())),
    )?;
    push_fill(&mut out, fill, left);
    out.push_str(text);
    push_fill(&mut out, fill, right);
    Ok(out)
}

// ---------------------------------------------------------------------------
// str

/// `format(v, spec)` for a `str`.
pub fn format_str(v: &str, spec: &str) -> Result<String, FormatError> {
    format_str_typed(v, spec, "str")
}

/// `format(v, spec)` for a `str` (or subclass) whose type is called
/// `type_name` in error messages.
pub fn format_str_typed(v: &str, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let s = parse_spec(spec, type_name, 's', '<')?;
    if s.ty != 's' {
        return Err(unknown_code(s.ty, type_name));
    }
    match s.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if s.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if s.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (text, len) = match s.precision {
        Some(p) => match v.char_indices().nth(p) {
            Some((cut, _)) => (&v[..cut], p),
            None => (v, v.chars().count()),
        },
        None => (v, v.chars().count()),
    };
    pad(text, len, s.fill, s.width, s.align)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Ok(text)` or `Err((exception class, message))`.
    type Expected = Result<&'static str, (&'static str, &'static str)>;

    #[rustfmt::skip]
    mod cases {
        use super::Expected;
        include!("format_cases.rs");
    }

    fn check(what: &str, spec: &str, got: Result<String, FormatError>, want: Expected) -> bool {
        let got = got
            .as_ref()
            .map(String::as_str)
            .map_err(|e| (e.kind, e.msg.as_str()));
        if got == want {
            return true;
        }
        eprintln!("format({what}, {spec:?}): got {got:?}, want {want:?}");
        false
    }

    fn run<V>(
        cases: &[(V, &str, Expected)],
        show: impl Fn(&V) -> String,
        f: impl Fn(&V, &str) -> Result<String, FormatError>,
    ) {
        let mut failed = 0;
        for (v, spec, want) in cases {
            if !check(&show(v), spec, f(v, spec), *want) {
                failed += 1;
            }
        }
        assert_eq!(
            failed,
            0,
            "{failed} of {} cases differ from CPython",
            cases.len()
        );
    }

    #[test]
    fn int_cases() {
        run(
            cases::INT_CASES,
            |v| v.to_string(),
            |v, spec| format_int(&v.parse::<BigInt>().unwrap(), spec),
        );
    }

    #[test]
    fn float_cases() {
        run(
            cases::FLOAT_CASES,
            |&b| repr_float(f64::from_bits(b)),
            |&b, spec| format_float(f64::from_bits(b), spec),
        );
    }

    #[test]
    fn str_cases() {
        run(
            cases::STR_CASES,
            |v| format!("{v:?}"),
            |v, spec| format_str(v, spec),
        );
    }

    #[test]
    fn complex_cases() {
        run(
            cases::COMPLEX_CASES,
            |&(re, im)| repr_complex(f64::from_bits(re), f64::from_bits(im)),
            |&(re, im), spec| format_complex(f64::from_bits(re), f64::from_bits(im), spec),
        );
    }

    #[test]
    fn typed_names_appear_in_errors() {
        let err = format_int_typed(&BigInt::from(1), "!!", "bool").unwrap_err();
        assert_eq!(
            err.msg,
            "Invalid format specifier '!!' for object of type 'bool'"
        );
        let err = format_float_typed(1.0, "q", "MyFloat").unwrap_err();
        assert_eq!(
            err.msg,
            "Unknown format code 'q' for object of type 'MyFloat'"
        );
    }

    #[test]
    fn huge_widths_are_memory_errors() {
        let one = BigInt::from(1);
        for spec in [
            "0100000000000000000",
            "0100000000000000000,",
            "<100000000000000000",
        ] {
            assert_eq!(format_int(&one, spec).unwrap_err().kind, "MemoryError");
        }
        let err = format_float(1.0, "=100000000000000000").unwrap_err();
        assert_eq!(err.kind, "MemoryError");
        let err = format_str("a", "\u{1f600}>100000000000000000").unwrap_err();
        assert_eq!(err.kind, "MemoryError");
        let err = format_complex(1.0, 2.0, "^100000000000000000").unwrap_err();
        assert_eq!(err.kind, "MemoryError");
    }

    #[test]
    fn parse_spec_fields() {
        let s = parse_spec("*^+z#012,.3f", "float", '\0', '>').unwrap();
        assert_eq!(
            s,
            FormatSpec {
                fill: '*',
                align: '^',
                sign: Some('+'),
                no_neg_zero: true,
                alternate: true,
                width: Some(12),
                grouping: Grouping::Comma,
                precision: Some(3),
                ty: 'f',
            }
        );
        let s = parse_spec("05", "str", 's', '<').unwrap();
        assert_eq!((s.fill, s.align, s.width), ('0', '<', Some(5)));
    }

    #[test]
    fn int_to_float_rounds_to_nearest_even() {
        let two = BigInt::from(2);
        let p = |e: u32| num_traits::pow(two.clone(), e as usize);
        assert_eq!(int_to_f64(&(p(53) + 1)), Some(9007199254740992.0));
        assert_eq!(int_to_f64(&(p(53) + 3)), Some(9007199254740996.0));
        assert_eq!(int_to_f64(&(p(80) + p(27))), Some(2f64.powi(80)));
        assert_eq!(
            int_to_f64(&(p(80) + p(27) + 1)),
            Some(2f64.powi(80) + 2f64.powi(28))
        );
        assert_eq!(int_to_f64(&(p(1024) - p(970))), None);
        assert_eq!(int_to_f64(&-(p(1024) - p(971))), Some(-f64::MAX));
    }
}
