//! Python's `complex` as plain functions over [`Complex`] (two `f64`s).
//!
//! Each kernel follows CPython 3.11's `Objects/complexobject.c` operation
//! for operation, so results agree bit for bit (the libm functions are the
//! platform's, as in CPython), and errors are [`NumError`]s with CPython's
//! exception class and message:
//!
//! * arithmetic: [`add`], [`sub`], [`mul`], [`div`] (`_Py_c_quot`, with its
//!   scaling by the larger part of the divisor), [`pow`] (`c_powi` by
//!   repeated squaring when the exponent is an integral real with
//!   `|n| <= 100`, `_Py_c_pow` otherwise, and CPython's `errno` handling:
//!   a cosine of an infinite phase reports `ZeroDivisionError` exactly as
//!   CPython does), [`neg`], [`pos`], [`abs`], [`conjugate`], [`is_true`];
//! * comparison with `complex`, `float` and `int` ([`eq`], [`eq_float`],
//!   [`eq_int`]) and [`hash`];
//! * `repr`/`str` ([`repr`], which is `krait_frontend::pyrepr::repr_complex`);
//! * construction: `complex(str)` ([`from_str`]) and the combination of
//!   `complex(real, imag)` when either argument may itself be complex
//!   ([`from_parts`]).
//!
//! Mixed-type arithmetic is complex arithmetic: as in CPython 3.11 the
//! caller converts an `int` or `float` operand to `Complex { re: x, im: 0.0 }`
//! (an int through `num::int_to_f64`, which may raise) and calls the kernel;
//! there is no separate real-operand path (so `(inf+1j) * 2.0` is
//! `(inf+nanj)`, as in 3.11).
//!
//! Left to the caller: `//`, `%` and `divmod` on complex raise
//! `TypeError: unsupported operand type(s) for //: 'complex' and 'complex'`
//! (with the operator and type names), ordering comparisons raise the usual
//! `'<' not supported between instances of ...`, `pow(a, b, m)` raises
//! `ValueError: complex modulo`, and `complex()`'s argument checks
//! (`complex() can't take second arg if first is a string`, `complex()
//! second arg can't be a string`, `complex() argument must be a string or a
//! number, not 'X'`).

use crate::num::{NumError, cmp_int_float, hash_float};
use crate::strops::{char_isdecimal, char_isspace};
use krait_frontend::pyrepr::repr_complex;
use num_bigint::BigInt;
use std::cmp::Ordering;

/// A complex number: `real + imag * 1j`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Complex {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

impl Complex {
    /// `complex(re, im)`.
    pub const fn new(re: f64, im: f64) -> Self {
        Complex { re, im }
    }
}

/// `_PyHASH_IMAG`: the multiplier of the imaginary part's hash.
pub const HASH_IMAG: u64 = 1_000_003;

fn err(kind: &'static str, msg: &str) -> NumError {
    NumError {
        kind,
        msg: msg.to_owned(),
    }
}

const C1: Complex = Complex::new(1.0, 0.0);

// ---------------------------------------------------------------------------
// Arithmetic

/// `a + b`.
pub fn add(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re + b.re, a.im + b.im)
}

/// `a - b`.
pub fn sub(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re - b.re, a.im - b.im)
}

/// `a * b` (`_Py_c_prod`).
pub fn mul(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `_Py_c_quot`; `None` where CPython sets `errno = EDOM` (a zero divisor).
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let abs_breal = b.re.abs();
    let abs_bimag = b.im.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // One of b's parts is a NaN.
        Some(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `a / b`.
pub fn div(a: Complex, b: Complex) -> Result<Complex, NumError> {
    quot(a, b).ok_or_else(|| err("ZeroDivisionError", "complex division by zero"))
}

/// `c_powu`: `x ** n` for `n >= 0` by repeated squaring.
fn powu(x: Complex, n: i64) -> Complex {
    let mut r = C1;
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `c_powi`; `None` for `errno = EDOM`.
fn powi(x: Complex, n: i64) -> Option<Complex> {
    if n > 0 {
        Some(powu(x, n))
    } else {
        quot(C1, powu(x, -n))
    }
}

/// `_Py_c_pow`; `None` for `errno = EDOM`.
fn pow_general(a: Complex, b: Complex) -> Option<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(C1);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(Complex::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    // libm's cos and sin of an infinity set errno to EDOM, which
    // complex_pow reports as a zero division.
    let edom = phase.is_infinite();
    let r = Complex::new(len * phase.cos(), len * phase.sin());
    if edom { None } else { Some(r) }
}

/// `a ** b` (`complex_pow`, without a modulus).
pub fn pow(a: Complex, b: Complex) -> Result<Complex, NumError> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        powi(a, b.re as i64)
    } else {
        pow_general(a, b)
    };
    match r {
        None => Err(err(
            "ZeroDivisionError",
            "0.0 to a negative or complex power",
        )),
        Some(p) if p.re.is_infinite() || p.im.is_infinite() => {
            Err(err("OverflowError", "complex exponentiation"))
        }
        Some(p) => Ok(p),
    }
}

/// `-a`.
pub fn neg(a: Complex) -> Complex {
    Complex::new(-a.re, -a.im)
}

/// `+a`.
pub fn pos(a: Complex) -> Complex {
    a
}

/// `a.conjugate()`.
pub fn conjugate(a: Complex) -> Complex {
    Complex::new(a.re, -a.im)
}

/// `bool(a)`.
pub fn is_true(a: Complex) -> bool {
    a.re != 0.0 || a.im != 0.0
}

/// `abs(a)` (`_Py_c_abs`): an infinite part gives `inf` even beside a NaN.
pub fn abs(a: Complex) -> Result<f64, NumError> {
    if !a.re.is_finite() || !a.im.is_finite() {
        if a.re.is_infinite() {
            return Ok(a.re.abs());
        }
        if a.im.is_infinite() {
            return Ok(a.im.abs());
        }
        return Ok(f64::NAN);
    }
    let r = a.re.hypot(a.im);
    if r.is_finite() {
        Ok(r)
    } else {
        Err(err("OverflowError", "absolute value too large"))
    }
}

// ---------------------------------------------------------------------------
// Comparison and hashing

/// `a == b` for two complex numbers.
pub fn eq(a: Complex, b: Complex) -> bool {
    a.re == b.re && a.im == b.im
}

/// `a == f` for a `float` `f`.
pub fn eq_float(a: Complex, f: f64) -> bool {
    a.re == f && a.im == 0.0
}

/// `a == i` for an `int` `i`: exact, as `float == int` is.
pub fn eq_int(a: Complex, i: &BigInt) -> bool {
    a.im == 0.0 && cmp_int_float(i, a.re) == Some(Ordering::Equal)
}

/// `hash(a)`: `hash(a.real) + 1000003 * hash(a.imag)` (wrapping), -1
/// replaced by -2. A NaN part hashes as the object's identity, which only
/// the caller knows: `nan_hash` is `_Py_HashPointer` of the complex object
/// (the same value a NaN `float` object would use for itself).
pub fn hash(a: Complex, nan_hash: i64) -> i64 {
    let hr = hash_float(a.re).unwrap_or(nan_hash) as u64;
    let hi = hash_float(a.im).unwrap_or(nan_hash) as u64;
    let combined = hr.wrapping_add(HASH_IMAG.wrapping_mul(hi));
    if combined == u64::MAX {
        -2
    } else {
        combined as i64
    }
}

// ---------------------------------------------------------------------------
// repr and construction

/// `repr(a)`, which is also `str(a)`: `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
pub fn repr(a: Complex) -> String {
    repr_complex(a.re, a.im)
}

/// One argument of `complex(real, imag)` after the caller's conversion:
/// a `complex` keeps both parts, anything else is converted with
/// `float()` (`__float__`, or `__index__`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Part {
    /// A real number, already converted to `float`.
    Real(f64),
    /// A `complex` (or subclass) argument.
    Complex(Complex),
}

/// `complex(real)` (`imag = None`) or `complex(real, imag)`: `real + imag *
/// 1j` computed as CPython's `complex_new` does, so the signs of zeros
/// match (`complex(-0.0, 0j)` is `(-0+0j)`, `complex(0j, -0.0)` is `-0j`).
pub fn from_parts(real: Part, imag: Option<Part>) -> Complex {
    let (mut cr, cr_is_complex) = match real {
        Part::Real(x) => (Complex::new(x, 0.0), false),
        Part::Complex(c) => (c, true),
    };
    let (mut ci, ci_is_complex) = match imag {
        None => (Complex::new(cr.im, 0.0), false),
        Some(Part::Real(y)) => (Complex::new(y, 0.0), false),
        Some(Part::Complex(c)) => (c, true),
    };
    if ci_is_complex {
        cr.re -= ci.im;
    }
    if cr_is_complex && imag.is_some() {
        ci.re += cr.im;
    }
    Complex::new(cr.re, ci.re)
}

fn malformed() -> NumError {
    err("ValueError", "complex() arg is a malformed string")
}

/// The value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`). Decimal
/// digits come in contiguous runs of whole `0..=9` sets, so the value is
/// the distance from the start of the run, modulo 10.
fn decimal_value(c: char) -> u8 {
    let mut cp = c as u32;
    let mut n = 0u32;
    while cp > 0 && char::from_u32(cp - 1).is_some_and(char_isdecimal) {
        cp -= 1;
        n += 1;
    }
    (n % 10) as u8
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces become
/// `' '`, decimal digits their ASCII digit; the first other non-ASCII
/// character becomes `'?'` and ends the text.
fn to_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if char_isspace(c) {
            out.push(b' ');
        } else if char_isdecimal(c) {
            out.push(b'0' + decimal_value(c));
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `PyOS_string_to_double(s, &end, NULL)` at `s[i..]`: the value and the
/// end of the longest prefix that is a float (`_Py_dg_strtod`'s decimal
/// syntax, then `inf`/`infinity`/`nan`), or `None` if there is none.
fn parse_float_prefix(s: &[u8], i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
        j += 1;
    }
    let digits_start = j;
    let mut ndigits = 0;
    while j < s.len() && s[j].is_ascii_digit() {
        j += 1;
        ndigits += 1;
    }
    if j < s.len() && s[j] == b'.' {
        j += 1;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
            ndigits += 1;
        }
    }
    if ndigits > 0 {
        // An exponent only counts with at least one digit.
        if j < s.len() && (s[j] == b'e' || s[j] == b'E') {
            let mut k = j + 1;
            if k < s.len() && (s[k] == b'+' || s[k] == b'-') {
                k += 1;
            }
            let exp_digits = k;
            while k < s.len() && s[k].is_ascii_digit() {
                k += 1;
            }
            if k > exp_digits {
                j = k;
            }
        }
        let text = std::str::from_utf8(&s[i..j]).ok()?;
        return text.parse::<f64>().ok().map(|v| (v, j));
    }
    // Not a decimal number: maybe inf, infinity or nan.
    let negate = digits_start > i && s[i] == b'-';
    let rest = &s[digits_start..];
    let starts =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    let (v, len) = if starts(b"infinity") {
        (f64::INFINITY, 8)
    } else if starts(b"inf") {
        (f64::INFINITY, 3)
    } else if starts(b"nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if negate { -v } else { v }, digits_start + len))
}

/// `complex_from_string_inner` over the ASCII text.
fn from_ascii(s: &[u8]) -> Result<Complex, NumError> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    let (mut x, mut y) = (0.0, 0.0);
    while is_space(at(i)) {
        i += 1;
    }
    let got_bracket = at(i) == b'(';
    if got_bracket {
        i += 1;
        while is_space(at(i)) {
            i += 1;
        }
    }
    let is_j = |b: u8| b == b'j' || b == b'J';
    if let Some((z, end)) = parse_float_prefix(s, i) {
        i = end;
        if at(i) == b'+' || at(i) == b'-' {
            x = z;
            if let Some((v, end)) = parse_float_prefix(s, i) {
                y = v;
                i = end;
            } else {
                y = if at(i) == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(at(i)) {
                return Err(malformed());
            }
            i += 1;
        } else if is_j(at(i)) {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if at(i) == b'+' || at(i) == b'-' {
            y = if at(i) == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(at(i)) {
            return Err(malformed());
        }
        i += 1;
    }
    while is_space(at(i)) {
        i += 1;
    }
    if got_bracket {
        if at(i) != b')' {
            return Err(malformed());
        }
        i += 1;
        while is_space(at(i)) {
            i += 1;
        }
    }
    if i != s.len() {
        return Err(malformed());
    }
    Ok(Complex::new(x, y))
}

/// `complex(s)` for a `str` argument: `<float>`, `<float>j`,
/// `<float><signed-float>j` (and the legacy `<float><sign>j`, `<sign>j`,
/// `j`), optionally in parentheses and surrounded by whitespace, with
/// single underscores between digits; Unicode digits and spaces count as
/// their ASCII equivalents.
pub fn from_str(s: &str) -> Result<Complex, NumError> {
    let ascii = to_ascii(s);
    // C sees the text up to its first NUL.
    let nul = ascii.iter().position(|&b| b == 0).unwrap_or(ascii.len());
    if !ascii[..nul].contains(&b'_') {
        return from_ascii(&ascii);
    }
    let bad = || {
        err(
            "ValueError",
            &format!(
                "could not convert string to complex: {}",
                crate::strops::repr(s)
            ),
        )
    };
    let mut dup = Vec::with_capacity(nul);
    let mut prev = 0u8;
    for &c in &ascii[..nul] {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return Err(bad());
            }
        } else {
            dup.push(c);
            if prev == b'_' && !c.is_ascii_digit() {
                return Err(bad());
            }
        }
        prev = c;
    }
    if prev == b'_' || nul != ascii.len() {
        return Err(bad());
    }
    from_ascii(&dup)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt;
    use std::str::FromStr;

    /// `Ok((real bits, imag bits))` or `Err((class, message))`.
    type R = Result<(u64, u64), (&'static str, &'static str)>;

    #[rustfmt::skip]
    #[allow(clippy::unreadable_literal, clippy::type_complexity)]
    mod cases {
        use super::R;
        include!("complex_cases.rs");
    }

    fn c(bits: (u64, u64)) -> Complex {
        Complex::new(f64::from_bits(bits.0), f64::from_bits(bits.1))
    }

    /// Bit for bit, except that any NaN matches any NaN.
    fn same(a: f64, b: f64) -> bool {
        (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
    }

    fn matches(got: &Result<Complex, NumError>, want: &R) -> bool {
        match (got, want) {
            (Ok(g), Ok(w)) => {
                let w = c(*w);
                same(g.re, w.re) && same(g.im, w.im)
            }
            (Err(e), Err((k, m))) => e.kind == *k && e.msg == *m,
            _ => false,
        }
    }

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

        fn check(&mut self, what: impl fmt::Display, ok: bool, got: impl fmt::Debug) {
            self.total += 1;
            if !ok {
                self.failed += 1;
                if self.failed <= 40 {
                    eprintln!("{what}: got {got:?}");
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

    #[test]
    fn binary_ops() {
        let mut t = Tally::new();
        for &(op, a, b, ref w) in cases::BINOP {
            let (a, b) = (c(a), c(b));
            let got = match op {
                "add" => Ok(add(a, b)),
                "sub" => Ok(sub(a, b)),
                "mul" => Ok(mul(a, b)),
                "div" => div(a, b),
                "pow" => pow(a, b),
                _ => unreachable!("{op}"),
            };
            t.check(
                format_args!("{op}({a:?}, {b:?}) want {w:?}"),
                matches(&got, w),
                &got,
            );
        }
        t.done("binary_ops");
    }

    #[test]
    fn unary_ops() {
        let mut t = Tally::new();
        for &(a, ref r, abs_w, h, nan_hash, truth) in cases::UNARY {
            let a = c(a);
            t.check(
                format_args!("repr({a:?}) want {r:?}"),
                repr(a) == *r,
                repr(a),
            );
            let got_abs = abs(a);
            let abs_ok = match (&got_abs, abs_w) {
                (Ok(g), Ok(w)) => same(*g, f64::from_bits(w)),
                (Err(e), Err((k, m))) => e.kind == k && e.msg == m,
                _ => false,
            };
            t.check(format_args!("abs({a:?}) want {abs_w:?}"), abs_ok, got_abs);
            t.check(
                format_args!("hash({a:?}) want {h}"),
                hash(a, nan_hash) == h,
                hash(a, nan_hash),
            );
            t.check(format_args!("bool({a:?})"), is_true(a) == truth, is_true(a));
            let n = neg(a);
            t.check(
                format_args!("neg({a:?})"),
                same(n.re, -a.re) && same(n.im, -a.im) && same(pos(a).re, a.re),
                n,
            );
            let cj = conjugate(a);
            t.check(format_args!("conj({a:?})"), same(cj.im, -a.im), cj);
        }
        t.done("unary_ops");
    }

    #[test]
    fn comparisons() {
        let mut t = Tally::new();
        for &(a, b, w) in cases::EQ {
            t.check(
                format_args!("{a:?} == {b:?}"),
                eq(c(a), c(b)) == w,
                eq(c(a), c(b)),
            );
        }
        for &(a, f, w) in cases::EQ_FLOAT {
            let f = f64::from_bits(f);
            t.check(
                format_args!("{a:?} == {f:?}"),
                eq_float(c(a), f) == w,
                eq_float(c(a), f),
            );
        }
        for &(a, i, w) in cases::EQ_INT {
            let i = BigInt::from_str(i).unwrap();
            t.check(
                format_args!("{a:?} == {i}"),
                eq_int(c(a), &i) == w,
                eq_int(c(a), &i),
            );
        }
        t.done("comparisons");
    }

    #[test]
    fn parsing() {
        let mut t = Tally::new();
        for (s, w) in cases::FROM_STR {
            let got = from_str(s);
            t.check(
                format_args!("complex({s:?}) want {w:?}"),
                matches(&got, w),
                &got,
            );
        }
        t.done("parsing");
    }

    #[test]
    fn construction() {
        let mut t = Tally::new();
        let part = |(tag, re, im): (u8, u64, u64)| {
            if tag == b'c' {
                Part::Complex(c((re, im)))
            } else {
                Part::Real(f64::from_bits(re))
            }
        };
        for &(r, i, w) in cases::FROM_PARTS {
            let got = from_parts(part(r), i.map(part));
            t.check(
                format_args!("complex({r:?}, {i:?}) want {w:?}"),
                matches(&Ok(got), &Ok(w)),
                got,
            );
        }
        t.done("construction");
    }
}
