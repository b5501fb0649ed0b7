//! Numeric kernels of Python's `int` and `float`, as plain functions.
//!
//! The object model calls these with unboxed operands (`&BigInt`, `i64`,
//! `f64`) and wraps the results; each function matches CPython 3.11 bit for
//! bit, including which exception it raises and its message.
//!
//! * Integers: floor division and modulo ([`floordiv`], [`modulo`],
//!   [`divmod`]), [`pow`] (a negative exponent gives a float) and
//!   [`pow_mod`], shifts, two's-complement bitwise operations,
//!   [`true_div`] (correctly rounded, like `long_true_divide`),
//!   [`int_to_f64`], [`int_round`], decimal conversion both ways
//!   ([`int_to_str`], [`int_from_str`], with the 4300-digit limit of
//!   `sys.set_int_max_str_digits`), and `i64_*` fast paths that return
//!   `None` when the result does not fit, so the caller retries with
//!   `BigInt`.
//! * Floats: `//`, `%`, `divmod` and `**` with Python's sign rules and
//!   special cases, `int(x)`, `round` (correctly rounded, as CPython's
//!   dtoa-based `round`), `as_integer_ratio`, `is_integer`.
//! * Exact `int`/`float` comparison ([`cmp_int_float`]).
//! * Hashes ([`hash_int`], [`hash_float`], [`hash_tuple`]): reduction
//!   modulo 2**61 - 1 and 3.11's xxHash-based tuple hash. They decide set
//!   and dict iteration order, so they must equal CPython's exactly.
//!
//! Errors are [`NumError`]s: an exception class name and its message.
//! Mixed `int`/`float` arithmetic is float arithmetic: the caller converts
//! the int with [`int_to_f64`] (which may raise) and calls the `float_*`
//! kernel, exactly as CPython does, so the messages are the float ones.

use krait_frontend::pyrepr;
use krait_frontend::pystr::PyStr;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::fmt;

/// A Python exception raised by a numeric kernel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// The exception class: `"ZeroDivisionError"`, `"OverflowError"`,
    /// `"ValueError"` or `"MemoryError"` (whose message is empty).
    pub kind: &'static str,
    /// `str()` of the exception.
    pub msg: String,
}

impl NumError {
    fn zero_division(msg: &str) -> Self {
        NumError {
            kind: "ZeroDivisionError",
            msg: msg.to_owned(),
        }
    }

    fn overflow(msg: &str) -> Self {
        NumError {
            kind: "OverflowError",
            msg: msg.to_owned(),
        }
    }

    fn value(msg: impl Into<String>) -> Self {
        NumError {
            kind: "ValueError",
            msg: msg.into(),
        }
    }

    fn memory() -> Self {
        NumError {
            kind: "MemoryError",
            msg: String::new(),
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.msg)
        }
    }
}

impl std::error::Error for NumError {}

/// The result of a numeric kernel.
pub type NumResult<T> = Result<T, NumError>;

/// The modulus of numeric hashes, `sys.hash_info.modulus`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`, `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314_159;
/// The default of `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Results larger than this many bits raise `MemoryError` instead of being
/// attempted (CPython would fail to allocate them, or run for hours).
const MAX_RESULT_BITS: u64 = 1 << 36;
/// CPython's `PyLong_SHIFT`: the bits per digit of its ints, which decide
/// where a huge left shift raises `OverflowError` rather than `MemoryError`.
const PYLONG_SHIFT: u64 = 30;
/// CPython's `MAX_LONG_DIGITS` on 64-bit builds.
const MAX_LONG_DIGITS: u64 = (i64::MAX as u64 - 24) / 4;

const MSG_INT_DIV: &str = "integer division or modulo by zero";
const MSG_INT_MOD: &str = "integer modulo by zero";
const MSG_INT_TO_FLOAT: &str = "int too large to convert to float";
const MSG_ERANGE: &str = "(34, 'Numerical result out of range')";

// ---------------------------------------------------------------------------
// Integers: division
// ---------------------------------------------------------------------------

/// Floor quotient and remainder (remainder has the sign of `b`); `b != 0`.
fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let mut q = a / b;
    let mut r = a - &q * b;
    if !r.is_zero() && r.is_negative() != b.is_negative() {
        q -= 1;
        r += b;
    }
    (q, r)
}

/// `a // b`.
pub fn floordiv(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::zero_division(MSG_INT_DIV));
    }
    Ok(floor_divmod(a, b).0)
}

/// `a % b` (the result has the sign of `b`).
pub fn modulo(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::zero_division(MSG_INT_MOD));
    }
    let r = a % b;
    Ok(if !r.is_zero() && r.is_negative() != b.is_negative() {
        r + b
    } else {
        r
    })
}

/// `divmod(a, b)`.
pub fn divmod(a: &BigInt, b: &BigInt) -> NumResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(NumError::zero_division(MSG_INT_DIV));
    }
    Ok(floor_divmod(a, b))
}

/// `a / b` for ints: the correctly rounded quotient, as CPython's
/// `long_true_divide` (no double rounding, subnormal results included).
pub fn true_div(a: &BigInt, b: &BigInt) -> NumResult<f64> {
    if b.is_zero() {
        return Err(NumError::zero_division("division by zero"));
    }
    let negate = a.is_negative() != b.is_negative();
    let q = ratio_to_f64(a.magnitude(), b.magnitude())
        .ok_or_else(|| NumError::overflow("integer division result too large for a float"))?;
    Ok(if negate { -q } else { q })
}

/// `num / den` correctly rounded to a non-negative `f64`; `None` if it
/// overflows. `den != 0`.
fn ratio_to_f64(num: &BigUint, den: &BigUint) -> Option<f64> {
    const EXACT: u64 = 1 << 53;
    if num.is_zero() {
        return Some(0.0);
    }
    if let (Some(n), Some(d)) = (num.to_u64(), den.to_u64())
        && n <= EXACT
        && d <= EXACT
    {
        return Some(n as f64 / d as f64);
    }
    let (bn, bd) = (num.bits() as i64, den.bits() as i64);
    // 2**(bn - bd - 1) < num / den < 2**(bn - bd + 1).
    if bn - bd > 1024 {
        return None;
    }
    if bn - bd < -1075 {
        // Below half the smallest subnormal: rounds to zero.
        return Some(0.0);
    }
    // Scale so that the quotient has 55 or 56 bits, remembering whether
    // anything nonzero was dropped (the sticky bit).
    let shift = bn - bd - 55;
    let (scaled, mut sticky) = if shift >= 0 {
        let s = shift as u64;
        let dropped = num.trailing_zeros().is_some_and(|tz| tz < s);
        (num >> s, dropped)
    } else {
        (num << (-shift) as u64, false)
    };
    let q = &scaled / den;
    sticky |= &q * den != scaled;
    let q = q.to_u64().expect("quotient has at most 56 bits");
    round_to_f64(q, shift, sticky)
}

/// Rounds `(m + δ) * 2**e` to the nearest `f64`, ties to even, where `δ` is
/// zero if `!sticky` and strictly between 0 and 1 otherwise. `m != 0`.
/// `None` if the result overflows.
fn round_to_f64(m: u64, e: i64, sticky: bool) -> Option<f64> {
    let bits = 64 - i64::from(m.leading_zeros());
    let top = bits - 1 + e; // the value lies in [2**top, 2**(top + 1))
    let ulp = (top - 52).max(-1074);
    let drop = ulp - e;
    let (mant, exp) = if drop <= 0 {
        debug_assert!(!sticky, "not enough bits to round");
        (m, e)
    } else {
        // Callers only pass values above 2**-1077 with `m` below 2**64,
        // so fewer than 64 bits are dropped.
        debug_assert!(drop < 64);
        let rem = m & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        let mut mant = m >> drop;
        if rem > half || (rem == half && (sticky || mant & 1 == 1)) {
            mant += 1;
        }
        (mant, ulp)
    };
    if mant == 0 {
        return Some(0.0);
    }
    let mbits = 64 - i64::from(mant.leading_zeros());
    if mbits + exp > 1024 {
        return None;
    }
    // `mant` has at most 54 bits (53 significant) and
    // `-1074 <= exp <= 1023`, so both factors and the product are exact.
    Some(mant as f64 * pow2(exp))
}

/// `2.0**k` for `-1074 <= k <= 1023`.
fn pow2(k: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&k));
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// `float(a)`: correctly rounded (ties to even), or `OverflowError: int too
/// large to convert to float`.
pub fn int_to_f64(a: &BigInt) -> NumResult<f64> {
    if let Some(v) = a.to_i64() {
        return Ok(v as f64);
    }
    let mag = a.magnitude();
    let bits = mag.bits();
    if bits > 1024 {
        return Err(NumError::overflow(MSG_INT_TO_FLOAT));
    }
    let shift = bits.saturating_sub(64);
    let top = (mag >> shift).to_u64().expect("at most 64 bits");
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
    let f = round_to_f64(top, shift as i64, sticky)
        .ok_or_else(|| NumError::overflow(MSG_INT_TO_FLOAT))?;
    Ok(if a.is_negative() { -f } else { f })
}

// ---------------------------------------------------------------------------
// Integers: powers
// ---------------------------------------------------------------------------

/// The result of `int ** int`: an int, or a float for a negative exponent.
#[derive(Clone, Debug, PartialEq)]
pub enum IntPow {
    Int(BigInt),
    Float(f64),
}

/// `a ** b` (two-argument `pow`). A negative exponent converts both
/// operands to float and uses [`float_pow`], as CPython does. A result of
/// more than 2**36 bits raises `MemoryError` without being attempted.
pub fn pow(a: &BigInt, b: &BigInt) -> NumResult<IntPow> {
    if b.is_negative() {
        let x = int_to_f64(a)?;
        let y = int_to_f64(b)?;
        return match float_pow(x, y)? {
            FloatPow::Float(f) => Ok(IntPow::Float(f)),
            // An integral exponent never gives a complex result.
            FloatPow::Complex => unreachable!("integral exponent"),
        };
    }
    let odd = b.bit(0);
    if a.is_zero() {
        return Ok(IntPow::Int(BigInt::from(u8::from(b.is_zero()))));
    }
    if a.is_one() {
        return Ok(IntPow::Int(BigInt::one()));
    }
    if a.magnitude().is_one() {
        return Ok(IntPow::Int(BigInt::from(if odd { -1 } else { 1 })));
    }
    // |a| >= 2: the result has at least (bits(a) - 1) * b + 1 bits.
    let e = b.to_u64().ok_or_else(NumError::memory)?;
    let min_bits = (a.bits() - 1).checked_mul(e).and_then(|x| x.checked_add(1));
    if min_bits.is_none_or(|bits| bits > MAX_RESULT_BITS) {
        return Err(NumError::memory());
    }
    Ok(IntPow::Int(Pow::pow(a, e)))
}

/// `pow(a, b, m)`. A negative `b` uses the modular inverse of `a`.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> NumResult<BigInt> {
    if m.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let negative_output = m.is_negative();
    let modulus = m.magnitude();
    if modulus.is_one() {
        return Ok(BigInt::zero());
    }
    let mut base = floor_mod_unsigned(a, modulus);
    if b.is_negative() {
        base = mod_inverse(&base, modulus)
            .ok_or_else(|| NumError::value("base is not invertible for the given modulus"))?;
    }
    let r = base.modpow(b.magnitude(), modulus);
    let r = BigInt::from(r);
    Ok(if negative_output && !r.is_zero() {
        r - BigInt::from(modulus.clone())
    } else {
        r
    })
}

/// `a mod m` in `[0, m)`, `m > 0`.
fn floor_mod_unsigned(a: &BigInt, m: &BigUint) -> BigUint {
    let r = a.magnitude() % m;
    if a.is_negative() && !r.is_zero() {
        m - r
    } else {
        r
    }
}

/// The inverse of `a` modulo `m` (`0 <= a < m`, `m > 1`), if `gcd(a, m) == 1`.
fn mod_inverse(a: &BigUint, m: &BigUint) -> Option<BigUint> {
    let (mut r0, mut r1) = (BigInt::from(m.clone()), BigInt::from(a.clone()));
    let (mut s0, mut s1) = (BigInt::zero(), BigInt::one());
    while !r1.is_zero() {
        let q = &r0 / &r1;
        let r2 = &r0 - &q * &r1;
        r0 = std::mem::replace(&mut r1, r2);
        let s2 = &s0 - &q * &s1;
        s0 = std::mem::replace(&mut s1, s2);
    }
    if !r0.is_one() {
        return None;
    }
    Some(floor_mod_unsigned(&s0, m))
}

// ---------------------------------------------------------------------------
// Integers: shifts and bitwise operations
// ---------------------------------------------------------------------------

/// `a << n`. Past 2**36 result bits, `MemoryError`; past CPython's
/// maximum int size, `OverflowError: too many digits in integer` (as in
/// CPython, which clips the shift count the same way).
pub fn lshift(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    // Mirror CPython's size computation in 30-bit digits: a shift whose
    // digit count cannot even be represented raises OverflowError.
    let word_limit = i64::MAX as u64 / 4;
    let (wordshift, remshift) = match n.to_u64() {
        Some(s) if s <= i64::MAX as u64 => (s / PYLONG_SHIFT, s % PYLONG_SHIFT),
        _ => {
            let w = n / BigInt::from(PYLONG_SHIFT);
            match w.to_u64() {
                Some(w) if w < word_limit => {
                    let rem = (n - BigInt::from(w) * PYLONG_SHIFT).to_u64().unwrap_or(0);
                    (w, rem)
                }
                _ => (word_limit, 0),
            }
        }
    };
    let size_a = a.bits().div_ceil(PYLONG_SHIFT);
    let new_size = size_a + wordshift + u64::from(remshift != 0);
    if new_size > MAX_LONG_DIGITS {
        return Err(NumError::overflow("too many digits in integer"));
    }
    match n.to_u64() {
        Some(s) if a.bits() + s <= MAX_RESULT_BITS => Ok(a << s),
        _ => Err(NumError::memory()),
    }
}

/// `a >> n` (rounds towards negative infinity).
pub fn rshift(a: &BigInt, n: &BigInt) -> NumResult<BigInt> {
    if n.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    match n.to_u64() {
        Some(s) if s < a.bits() => Ok(a >> s),
        _ => Ok(BigInt::from(if a.is_negative() { -1 } else { 0 })),
    }
}

/// `a & b` (two's complement semantics for negatives).
pub fn bitand(a: &BigInt, b: &BigInt) -> BigInt {
    a & b
}

/// `a | b`.
pub fn bitor(a: &BigInt, b: &BigInt) -> BigInt {
    a | b
}

/// `a ^ b`.
pub fn bitxor(a: &BigInt, b: &BigInt) -> BigInt {
    a ^ b
}

/// `~a`, that is `-a - 1`.
pub fn invert(a: &BigInt) -> BigInt {
    -a - 1
}

/// `a.bit_length()`.
pub fn bit_length(a: &BigInt) -> u64 {
    a.bits()
}

// ---------------------------------------------------------------------------
// Integers: round
// ---------------------------------------------------------------------------

/// `round(a, ndigits)` for an int: unchanged for `ndigits >= 0`, otherwise
/// rounded to a multiple of `10**-ndigits`, ties to even. CPython builds
/// `10**-ndigits` first, so an absurd `ndigits` raises `MemoryError`.
pub fn int_round(a: &BigInt, ndigits: &BigInt) -> NumResult<BigInt> {
    if !ndigits.is_negative() {
        return Ok(a.clone());
    }
    // CPython computes 10**-ndigits first, whatever `a` is.
    let k = ndigits.magnitude().to_u64().ok_or_else(NumError::memory)?;
    if k.saturating_mul(10) / 3 > MAX_RESULT_BITS {
        return Err(NumError::memory());
    }
    // 10**k > 8**k >= 2 * |a|: rounds to zero.
    if k.saturating_mul(3) > a.bits() {
        return Ok(BigInt::zero());
    }
    let p: BigInt = Pow::pow(BigInt::from(10u8), k);
    let (mut q, r) = floor_divmod(a, &p);
    let twice = r * 2u8;
    if twice > p || (twice == p && q.bit(0)) {
        q += 1;
    }
    Ok(q * p)
}

// ---------------------------------------------------------------------------
// Integers: decimal strings
// ---------------------------------------------------------------------------

/// `str(a)`, with the default limit on the number of digits.
pub fn int_to_str(a: &BigInt) -> NumResult<String> {
    int_to_str_limited(a, INT_MAX_STR_DIGITS)
}

/// `str(a)` under `sys.set_int_max_str_digits(max_str_digits)` (0: no limit).
pub fn int_to_str_limited(a: &BigInt, max_str_digits: usize) -> NumResult<String> {
    let err = || {
        NumError::value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if max_str_digits > 0 {
        // |a| >= 2**(bits - 1) has more than (bits - 1) * log10(2) digits,
        // and 0.301029 < log10(2).
        let bits = u128::from(a.bits());
        let min_digits = bits.saturating_sub(1) * 301_029 / 1_000_000 + 1;
        if bits > 0 && min_digits > max_str_digits as u128 {
            return Err(err());
        }
    }
    let s = a.to_string();
    let digits = s.len() - usize::from(a.is_negative());
    if max_str_digits > 0 && digits > max_str_digits {
        return Err(err());
    }
    Ok(s)
}

/// `int(s, base)` for a `str`, with the default digit limit. `base` is the
/// second argument after `__index__` (CPython raises `OverflowError` before
/// this point if it does not fit a C `int`).
pub fn int_from_str(s: &str, base: i64) -> NumResult<BigInt> {
    int_from_str_limited(s, base, INT_MAX_STR_DIGITS)
}

/// `int(s, base)` for a `str` under `sys.set_int_max_str_digits(max_str_digits)`.
pub fn int_from_str_limited(s: &str, base: i64, max_str_digits: usize) -> NumResult<BigInt> {
    int_from_code_points(s.chars().map(u32::from), base, max_str_digits, || {
        let mut r = String::new();
        pyrepr::push_repr_text(&mut r, s);
        r
    })
}

/// `int(s, base)` for a `str` that may hold lone surrogates.
pub fn int_from_pystr(s: &PyStr, base: i64, max_str_digits: usize) -> NumResult<BigInt> {
    int_from_code_points(s.code_points(), base, max_str_digits, || {
        pyrepr::repr_str(s)
    })
}

/// `int(b, base)` for `bytes` or `bytearray` (both report the value as
/// `bytes` in the error message, as CPython does).
pub fn int_from_bytes(b: &[u8], base: i64, max_str_digits: usize) -> NumResult<BigInt> {
    check_int_base(base)?;
    parse_int_ascii(b, base as u32, max_str_digits).map_err(|fail| {
        fail.into_error(base, max_str_digits, || {
            pyrepr::repr_bytes(&b[..b.len().min(200)])
        })
    })
}

fn check_int_base(base: i64) -> NumResult<()> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(NumError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    Ok(())
}

fn int_from_code_points(
    cps: impl Iterator<Item = u32>,
    base: i64,
    max_str_digits: usize,
    repr: impl FnOnce() -> String,
) -> NumResult<BigInt> {
    check_int_base(base)?;
    // As CPython: Unicode decimal digits become ASCII digits, Unicode
    // whitespace becomes a space, anything else non-ASCII is invalid.
    let ascii: Vec<u8> = cps
        .map(|c| {
            if c < 0x80 {
                c as u8
            } else if is_unicode_space(c) {
                b' '
            } else if let Some(d) = unicode_decimal(c) {
                b'0' + d
            } else {
                b'?'
            }
        })
        .collect();
    parse_int_ascii(&ascii, base as u32, max_str_digits)
        .map_err(|fail| fail.into_error(base, max_str_digits, repr))
}

enum ParseFail {
    Invalid,
    TooManyDigits(usize),
}

impl ParseFail {
    fn into_error(self, base: i64, max: usize, repr: impl FnOnce() -> String) -> NumError {
        match self {
            ParseFail::Invalid => {
                // `%.200R`: the repr cut to 200 characters.
                let r: String = repr().chars().take(200).collect();
                NumError::value(format!("invalid literal for int() with base {base}: {r}"))
            }
            ParseFail::TooManyDigits(n) => NumError::value(format!(
                "Exceeds the limit ({max} digits) for integer string conversion: \
                 value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
            )),
        }
    }
}

fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => u32::MAX,
    }
}

/// CPython's `PyLong_FromString` on ASCII text. `base` is 0 or 2..=36.
fn parse_int_ascii(s: &[u8], base: u32, max_str_digits: usize) -> Result<BigInt, ParseFail> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    match at(i) {
        b'+' => i += 1,
        b'-' => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    // A C-style octal literal such as "012" is invalid,
                    // but "00" is zero.
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let prefixed = matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        );
        if prefixed {
            i += 2;
            // One underscore may follow the prefix.
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(ParseFail::Invalid);
    }
    let mut digits = Vec::new();
    // The value while it fits a machine word (most inputs): no big-number
    // conversion then.
    let mut small = Some(0u64);
    let mut prev = 0u8;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            if prev == b'_' {
                return Err(ParseFail::Invalid);
            }
        } else if digit_value(c) < base {
            digits.push(digit_value(c) as u8);
            small = small
                .and_then(|v| v.checked_mul(u64::from(base)))
                .and_then(|v| v.checked_add(u64::from(digit_value(c))));
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' || digits.is_empty() {
        return Err(ParseFail::Invalid);
    }
    if !base.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(ParseFail::TooManyDigits(digits.len()));
    }
    let mag = match small {
        Some(v) => BigUint::from(v),
        None => BigUint::from_radix_be(&digits, base).expect("digits below base"),
    };
    if error_if_nonzero && !mag.is_zero() {
        return Err(ParseFail::Invalid);
    }
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(ParseFail::Invalid);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

/// Non-ASCII code points for which `str.isspace()` is true (Unicode 14).
const UNICODE_SPACES: [u32; 19] = [
    0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
];

fn is_unicode_space(c: u32) -> bool {
    UNICODE_SPACES.contains(&c)
}

/// The first code point (digit zero) of each run of ten non-ASCII decimal
/// digits (category Nd, Unicode 14, the version of Python 3.11).
const DECIMAL_RUNS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a non-ASCII decimal digit (`unicodedata.decimal`).
fn unicode_decimal(c: u32) -> Option<u8> {
    let idx = DECIMAL_RUNS.partition_point(|&start| start <= c);
    let start = *DECIMAL_RUNS.get(idx.checked_sub(1)?)?;
    (c - start < 10).then(|| (c - start) as u8)
}

// ---------------------------------------------------------------------------
// Integers: i64 fast paths
// ---------------------------------------------------------------------------

/// `a + b`, or `None` on overflow.
pub fn i64_add(a: i64, b: i64) -> Option<i64> {
    a.checked_add(b)
}

/// `a - b`, or `None` on overflow.
pub fn i64_sub(a: i64, b: i64) -> Option<i64> {
    a.checked_sub(b)
}

/// `a * b`, or `None` on overflow.
pub fn i64_mul(a: i64, b: i64) -> Option<i64> {
    a.checked_mul(b)
}

/// `-a`, or `None` on overflow.
pub fn i64_neg(a: i64) -> Option<i64> {
    a.checked_neg()
}

/// `abs(a)`, or `None` on overflow.
pub fn i64_abs(a: i64) -> Option<i64> {
    a.checked_abs()
}

/// `a // b`; `Ok(None)` on overflow (`i64::MIN // -1`).
pub fn i64_floordiv(a: i64, b: i64) -> NumResult<Option<i64>> {
    Ok(i64_divmod(a, b)?.map(|(q, _)| q))
}

/// `a % b` (never overflows).
pub fn i64_mod(a: i64, b: i64) -> NumResult<i64> {
    if b == 0 {
        return Err(NumError::zero_division(MSG_INT_MOD));
    }
    let r = a.wrapping_rem(b);
    Ok(if r != 0 && (r < 0) != (b < 0) {
        r + b
    } else {
        r
    })
}

/// `divmod(a, b)`; `Ok(None)` on overflow (`i64::MIN // -1`).
pub fn i64_divmod(a: i64, b: i64) -> NumResult<Option<(i64, i64)>> {
    if b == 0 {
        return Err(NumError::zero_division(MSG_INT_DIV));
    }
    let Some(q) = a.checked_div(b) else {
        return Ok(None);
    };
    let r = a - q * b;
    Ok(Some(if r != 0 && (r < 0) != (b < 0) {
        (q - 1, r + b)
    } else {
        (q, r)
    }))
}

/// `a ** b` for `b >= 0`; `None` if `b < 0` (a float result: use [`pow`])
/// or on overflow.
pub fn i64_pow(a: i64, b: i64) -> Option<i64> {
    if b < 0 {
        return None;
    }
    match a {
        0 => Some(i64::from(b == 0)),
        1 => Some(1),
        -1 => Some(if b & 1 == 1 { -1 } else { 1 }),
        _ => a.checked_pow(u32::try_from(b).ok()?),
    }
}

/// `a << n`; `Ok(None)` on overflow.
pub fn i64_lshift(a: i64, n: i64) -> NumResult<Option<i64>> {
    if n < 0 {
        return Err(NumError::value("negative shift count"));
    }
    if a == 0 {
        return Ok(Some(0));
    }
    if n >= 64 {
        return Ok(None);
    }
    let r = a << n;
    Ok((r >> n == a).then_some(r))
}

/// `a >> n`.
pub fn i64_rshift(a: i64, n: i64) -> NumResult<i64> {
    if n < 0 {
        return Err(NumError::value("negative shift count"));
    }
    Ok(a >> n.min(63))
}

/// `a / b`, correctly rounded.
pub fn i64_true_div(a: i64, b: i64) -> NumResult<f64> {
    if b == 0 {
        return Err(NumError::zero_division("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    let (ua, ub) = (a.unsigned_abs(), b.unsigned_abs());
    if ua == 0 {
        return Ok(if b < 0 { -0.0 } else { 0.0 });
    }
    if ua <= EXACT && ub <= EXACT {
        return Ok(a as f64 / b as f64);
    }
    let (ba, bb) = (
        64 - i64::from(ua.leading_zeros()),
        64 - i64::from(ub.leading_zeros()),
    );
    // As in `ratio_to_f64`: a 55- or 56-bit quotient plus a sticky bit.
    let shift = ba - bb - 55;
    let (num, dropped) = if shift >= 0 {
        (u128::from(ua >> shift), ua & ((1u64 << shift) - 1) != 0)
    } else {
        (u128::from(ua) << -shift, false)
    };
    let (q, r) = (num / u128::from(ub), num % u128::from(ub));
    let f = round_to_f64(q as u64, shift, dropped || r != 0).expect("no overflow");
    Ok(if (a < 0) != (b < 0) { -f } else { f })
}

/// `hash(a)` for an int that fits in `i64`.
pub fn hash_i64(a: i64) -> i64 {
    finish_hash(a.unsigned_abs() % HASH_MODULUS, a < 0)
}

// ---------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------

/// `a / b` for floats.
pub fn float_div(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod`; `b != 0`.
fn float_div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    Ok(float_div_mod(a, b).0)
}

/// `a % b` for floats: the result has the sign of `b` (unlike `math.fmod`).
pub fn float_mod(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::zero_division("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> NumResult<(f64, f64)> {
    if b == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    Ok(float_div_mod(a, b))
}

/// The result of `float ** float`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatPow {
    Float(f64),
    /// A negative base with a non-integral exponent: Python 3 computes the
    /// power as `complex ** complex`, which the caller must do.
    Complex,
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats (CPython's `float_pow`, with its special cases
/// ahead of the C library's `pow`).
pub fn float_pow(a: f64, b: f64) -> NumResult<FloatPow> {
    use FloatPow::Float;
    if b == 0.0 {
        return Ok(Float(1.0));
    }
    if a.is_nan() {
        return Ok(Float(a));
    }
    if b.is_nan() {
        return Ok(Float(if a == 1.0 { 1.0 } else { b }));
    }
    if b.is_infinite() {
        let a = a.abs();
        return Ok(Float(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(Float(if b > 0.0 {
            if odd { a } else { a.abs() }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        }));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(NumError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Float(if is_odd_integer(b) { a } else { 0.0 }));
    }
    let mut a = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return Ok(FloatPow::Complex);
        }
        a = -a;
        negate = is_odd_integer(b);
    }
    if a == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = a.powf(b);
    if r.is_infinite() {
        return Err(NumError::overflow(MSG_ERANGE));
    }
    Ok(Float(if negate { -r } else { r }))
}

/// `|x| = m * 2**e` for finite `x`, `m < 2**53`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    }
}

/// The exact integer value of a finite, integral `x`.
fn integral_f64_to_bigint(x: f64) -> BigInt {
    let (m, e) = decompose(x);
    let mag = if e >= 0 {
        BigUint::from(m) << e as u64
    } else {
        BigUint::from(m >> (-e).min(63))
    };
    BigInt::from_biguint(if x < 0.0 { Sign::Minus } else { Sign::Plus }, mag)
}

/// `int(x)`: truncation towards zero.
pub fn float_to_int(x: f64) -> NumResult<BigInt> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    Ok(integral_f64_to_bigint(x.trunc()))
}

/// `round(x)` (no `ndigits`): to the nearest integer, ties to even.
pub fn float_round_to_int(x: f64) -> NumResult<BigInt> {
    let mut r = x.round();
    if (x - r).abs() == 0.5 {
        r = 2.0 * (x / 2.0).round();
    }
    float_to_int(r)
}

/// `round(x, ndigits)`: the float nearest to the decimal obtained by
/// correctly rounding `x` to `ndigits` places, ties to even (CPython's
/// dtoa-based `double_round`), so `round(2.675, 2) == 2.67`. An `ndigits`
/// outside `i64` must be clamped by the caller (CPython clips it to
/// `Py_ssize_t`; the result is the same).
pub fn float_round(x: f64, ndigits: i64) -> NumResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX || x == 0.0 {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    let m = BigUint::from(m);
    let r = if ndigits >= 0 {
        if e >= 0 {
            return Ok(x);
        }
        // |x| * 10**n = m * 10**n / 2**-e, rounded to an integer k; the
        // result is k / 10**n, correctly rounded.
        let p = BigUint::from(10u8).pow(ndigits as u32);
        let k = round_half_even_div(&(&m * &p), &(BigUint::one() << (-e) as u64));
        ratio_to_f64(&k, &p).expect("no larger than |x|")
    } else {
        let p = BigUint::from(10u8).pow((-ndigits) as u32);
        let (num, den) = if e >= 0 {
            (m << e as u64, p.clone())
        } else {
            (m, &p << (-e) as u64)
        };
        let k = round_half_even_div(&num, &den);
        ratio_to_f64(&(k * p), &BigUint::one())
            .ok_or_else(|| NumError::overflow("rounded value too large to represent"))?
    };
    Ok(r.copysign(x))
}

/// `num / den` rounded to an integer, ties to even.
fn round_half_even_div(num: &BigUint, den: &BigUint) -> BigUint {
    let q = num / den;
    let r = num - &q * den;
    let twice: BigUint = r << 1u8;
    if twice > *den || (twice == *den && q.bit(0)) {
        q + 1u8
    } else {
        q
    }
}

/// `x.as_integer_ratio()`: the numerator and the (power of two)
/// denominator in lowest terms.
pub fn float_as_integer_ratio(x: f64) -> NumResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (m, e) = decompose(x);
    let tz = i64::from(m.trailing_zeros());
    let (m, e) = (m >> tz, e + tz);
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    Ok(if e >= 0 {
        (
            BigInt::from_biguint(sign, BigUint::from(m) << e as u64),
            BigInt::one(),
        )
    } else {
        (
            BigInt::from_biguint(sign, BigUint::from(m)),
            BigInt::one() << (-e) as u64,
        )
    })
}

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

/// Compares an int with a float exactly (no rounding of the int): `None`
/// if `f` is NaN, when every comparison is false (and `!=` true).
pub fn cmp_int_float(a: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(v) = a.to_i64() {
        return Some(cmp_i64_f64(v, f));
    }
    Some(cmp_big_finite(a, f))
}

/// Compares an `i64` with a float exactly; `None` if `f` is NaN.
pub fn cmp_i64_float(a: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    Some(cmp_i64_f64(a, f))
}

fn cmp_i64_f64(a: i64, f: f64) -> Ordering {
    const EXACT: u64 = 1 << 53;
    if a.unsigned_abs() <= EXACT {
        return (a as f64).partial_cmp(&f).expect("not NaN");
    }
    if f.is_infinite() {
        return if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    cmp_big_finite(&BigInt::from(a), f)
}

/// `a <=> f` for finite `f`: compare with `floor(f)`, which is exact.
fn cmp_big_finite(a: &BigInt, f: f64) -> Ordering {
    let fl = f.floor();
    match a.cmp(&integral_f64_to_bigint(fl)) {
        Ordering::Equal if fl != f => Ordering::Less,
        ord => ord,
    }
}

// ---------------------------------------------------------------------------
// Hashes
// ---------------------------------------------------------------------------

fn finish_hash(h: u64, negative: bool) -> i64 {
    let h = h as i64;
    let h = if negative { -h } else { h };
    if h == -1 { -2 } else { h }
}

/// `hash(a)` for an int: `|a| mod (2**61 - 1)` with the sign of `a`, and
/// -1 (reserved for errors in C) replaced by -2.
pub fn hash_int(a: &BigInt) -> i64 {
    if let Some(v) = a.to_i64() {
        return hash_i64(v);
    }
    let modulus = u128::from(HASH_MODULUS);
    let mut h: u128 = 0;
    for d in a.magnitude().iter_u64_digits().rev() {
        h = ((h << 64) | u128::from(d)) % modulus;
    }
    finish_hash(h as u64, a.is_negative())
}

/// `hash(x)` for a float; equal to [`hash_int`] for integral values.
/// `None` for NaN, whose hash in 3.11 is its object's identity hash
/// (`_Py_HashPointer`), which only the caller knows.
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if x == 0.0 {
        return Some(0);
    }
    // |x| = m * 2**e, and 2**61 = 1 modulo 2**61 - 1.
    let (m, e) = decompose(x);
    let k = e.rem_euclid(61) as u32;
    let h = (u128::from(m) << k) % u128::from(HASH_MODULUS);
    Some(finish_hash(h as u64, x < 0.0))
}

/// `hash(t)` for a tuple whose items hash to `items` (3.11's
/// xxHash-derived `tuplehash`).
pub fn hash_tuple(items: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &item in items {
        acc = acc.wrapping_add((item as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    include!("num_cases.rs");

    /// A decoded value, as encoded by scripts/gen_num_cases.py.
    #[derive(Clone, Debug)]
    enum V {
        Int(BigInt),
        Float(f64),
        Bool(bool),
        Str(String),
        Tuple(Vec<V>),
        Complex,
        NoValue,
        Ord(Option<Ordering>),
        Err(String, String),
    }

    impl PartialEq for V {
        fn eq(&self, other: &V) -> bool {
            match (self, other) {
                (V::Int(a), V::Int(b)) => a == b,
                // Bit for bit (the sign of zero matters); any NaN matches.
                (V::Float(a), V::Float(b)) => {
                    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
                }
                (V::Bool(a), V::Bool(b)) => a == b,
                (V::Str(a), V::Str(b)) => a == b,
                (V::Tuple(a), V::Tuple(b)) => a == b,
                (V::Complex, V::Complex) | (V::NoValue, V::NoValue) => true,
                (V::Ord(a), V::Ord(b)) => a == b,
                (V::Err(k1, m1), V::Err(k2, m2)) => k1 == k2 && m1 == m2,
                _ => false,
            }
        }
    }

    fn decode(s: &str) -> V {
        if s == "c" {
            return V::Complex;
        }
        if s == "n" {
            return V::NoValue;
        }
        let (tag, body) = s.split_once(':').expect("tagged value");
        match tag {
            "i" => V::Int(big(body)),
            "f" if body == "nan" => V::Float(f64::NAN),
            "f" => V::Float(f64::from_bits(u64::from_str_radix(body, 16).unwrap())),
            "b" => V::Bool(body == "true"),
            "s" => V::Str(body.to_owned()),
            "t" => V::Tuple(body.split(';').map(decode).collect()),
            "o" => V::Ord(match body {
                "lt" => Some(Ordering::Less),
                "eq" => Some(Ordering::Equal),
                "gt" => Some(Ordering::Greater),
                _ => None,
            }),
            "e" => {
                let (kind, msg) = body.split_once(':').unwrap();
                V::Err(kind.to_owned(), msg.to_owned())
            }
            _ => panic!("bad encoding {s:?}"),
        }
    }

    fn big(s: &str) -> BigInt {
        BigInt::from_str(s).unwrap()
    }

    fn float(s: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(s.trim_start_matches("0x"), 16).unwrap())
    }

    fn res<T>(r: NumResult<T>, f: impl FnOnce(T) -> V) -> V {
        match r {
            Ok(v) => f(v),
            Err(e) => V::Err(e.kind.to_owned(), e.msg),
        }
    }

    fn int(r: NumResult<BigInt>) -> V {
        res(r, V::Int)
    }

    fn flt(r: NumResult<f64>) -> V {
        res(r, V::Float)
    }

    fn pair(q: BigInt, r: BigInt) -> V {
        V::Tuple(vec![V::Int(q), V::Int(r)])
    }

    /// Collects mismatches and reports them all at once.
    struct Check {
        name: &'static str,
        count: usize,
        failures: Vec<String>,
    }

    impl Check {
        fn new(name: &'static str) -> Self {
            Check {
                name,
                count: 0,
                failures: Vec::new(),
            }
        }

        fn eq(&mut self, case: impl fmt::Debug, got: V, want: &V) {
            self.count += 1;
            if got != *want {
                self.failures
                    .push(format!("{case:?}: got {got:?}, want {want:?}"));
            }
        }

        fn done(self) {
            assert!(
                self.failures.is_empty(),
                "{}: {} of {} cases differ from CPython:\n{}",
                self.name,
                self.failures.len(),
                self.count,
                self.failures[..self.failures.len().min(25)].join("\n")
            );
        }
    }

    fn int_binop(op: &str, a: &BigInt, b: &BigInt) -> V {
        match op {
            "floordiv" => int(floordiv(a, b)),
            "mod" => int(modulo(a, b)),
            "divmod" => res(divmod(a, b), |(q, r)| pair(q, r)),
            "and" => V::Int(bitand(a, b)),
            "or" => V::Int(bitor(a, b)),
            "xor" => V::Int(bitxor(a, b)),
            "truediv" => flt(true_div(a, b)),
            "pow" => res(pow(a, b), |p| match p {
                IntPow::Int(i) => V::Int(i),
                IntPow::Float(f) => V::Float(f),
            }),
            "lshift" => int(lshift(a, b)),
            "rshift" => int(rshift(a, b)),
            "round" => int(int_round(a, b)),
            _ => panic!("unknown op {op}"),
        }
    }

    /// The i64 fast path of `op`, or `None` where it declines (overflow) or
    /// there is none.
    fn int_binop_fast(op: &str, a: i64, b: i64) -> Option<V> {
        let small = |r: NumResult<Option<i64>>| match r {
            Ok(Some(v)) => Some(V::Int(v.into())),
            Ok(None) => None,
            Err(e) => Some(V::Err(e.kind.to_owned(), e.msg)),
        };
        match op {
            "floordiv" => small(i64_floordiv(a, b)),
            "mod" => small(i64_mod(a, b).map(Some)),
            "divmod" => match i64_divmod(a, b) {
                Ok(Some((q, r))) => Some(pair(q.into(), r.into())),
                Ok(None) => None,
                Err(e) => Some(V::Err(e.kind.to_owned(), e.msg)),
            },
            "truediv" => Some(flt(i64_true_div(a, b))),
            "pow" => i64_pow(a, b).map(|v| V::Int(v.into())),
            "lshift" => small(i64_lshift(a, b)),
            "rshift" => small(i64_rshift(a, b).map(Some)),
            _ => None,
        }
    }

    const FAST_OPS: [&str; 7] = [
        "floordiv", "mod", "divmod", "truediv", "pow", "lshift", "rshift",
    ];

    fn fits_i64(v: &V) -> bool {
        match v {
            V::Int(i) => i.to_i64().is_some(),
            V::Tuple(items) => items.iter().all(fits_i64),
            _ => false,
        }
    }

    #[test]
    fn int_binops_match_cpython() {
        let mut check = Check::new("INT_BINOP");
        let mut fast = Check::new("INT_BINOP (i64 fast paths)");
        for &(op, a, b, want) in INT_BINOP {
            let (x, y, want) = (big(a), big(b), decode(want));
            check.eq((op, a, b), int_binop(op, &x, &y), &want);
            if let (Some(x), Some(y)) = (x.to_i64(), y.to_i64()) {
                match int_binop_fast(op, x, y) {
                    Some(got) => fast.eq((op, a, b), got, &want),
                    None if fits_i64(&want) && FAST_OPS.contains(&op) => {
                        fast.eq((op, a, b, "declined"), V::NoValue, &want)
                    }
                    None => {}
                }
            }
        }
        check.done();
        fast.done();
    }

    #[test]
    fn int_pow_mod_matches_cpython() {
        let mut check = Check::new("INT_POWMOD");
        for &(a, b, m, want) in INT_POWMOD {
            let got = int(pow_mod(&big(a), &big(b), &big(m)));
            check.eq((a, b, m), got, &decode(want));
        }
        check.done();
    }

    #[test]
    fn int_unops_match_cpython() {
        let mut check = Check::new("INT_UNOP");
        for &(op, a, want) in INT_UNOP {
            let x = big(a);
            let want = decode(want);
            let got = match op {
                "float" => flt(int_to_f64(&x)),
                "bitlen" => V::Int(bit_length(&x).into()),
                "hash" => {
                    if let Some(v) = x.to_i64() {
                        check.eq((op, a, "i64"), V::Int(hash_i64(v).into()), &want);
                    }
                    V::Int(hash_int(&x).into())
                }
                "str" => res(int_to_str(&x), V::Str),
                "invert" => V::Int(invert(&x)),
                _ => panic!("unknown op {op}"),
            };
            check.eq((op, a), got, &want);
        }
        check.done();
    }

    fn float_binop(op: &str, x: f64, y: f64) -> V {
        match op {
            "div" => flt(float_div(x, y)),
            "floordiv" => flt(float_floordiv(x, y)),
            "mod" => flt(float_mod(x, y)),
            "divmod" => res(float_divmod(x, y), |(q, r)| {
                V::Tuple(vec![V::Float(q), V::Float(r)])
            }),
            "pow" => res(float_pow(x, y), |p| match p {
                FloatPow::Float(f) => V::Float(f),
                FloatPow::Complex => V::Complex,
            }),
            _ => panic!("unknown op {op}"),
        }
    }

    #[test]
    fn float_binops_match_cpython() {
        let mut check = Check::new("FLOAT_BINOP");
        for &(op, a, b, want) in FLOAT_BINOP {
            let (x, y) = (float(a), float(b));
            check.eq((op, x, y), float_binop(op, x, y), &decode(want));
        }
        check.done();
    }

    /// `int op float` and `float op int`: the int is converted first (and
    /// may raise), then the float kernel runs.
    #[test]
    fn mixed_binops_match_cpython() {
        let mut check = Check::new("MIXED_BINOP");
        for &(op, a, b, want) in MIXED_BINOP {
            let operand = |s: &str| match s.split_once(':').unwrap() {
                ("i", v) => int_to_f64(&big(v)),
                (_, v) => Ok(float(v)),
            };
            let got = operand(a).and_then(|x| operand(b).map(|y| (x, y)));
            let got = match got {
                Err(e) => V::Err(e.kind.to_owned(), e.msg),
                Ok((x, y)) => float_binop(op, x, y),
            };
            check.eq((op, a, b), got, &decode(want));
        }
        check.done();
    }

    #[test]
    fn float_unops_match_cpython() {
        let mut check = Check::new("FLOAT_UNOP");
        for &(op, a, want) in FLOAT_UNOP {
            let x = float(a);
            let got = match op {
                "int" => int(float_to_int(x)),
                "round" => int(float_round_to_int(x)),
                "ratio" => res(float_as_integer_ratio(x), |(n, d)| pair(n, d)),
                "isint" => V::Bool(float_is_integer(x)),
                "hash" => hash_float(x).map_or(V::NoValue, |h| V::Int(h.into())),
                _ => panic!("unknown op {op}"),
            };
            check.eq((op, x), got, &decode(want));
        }
        check.done();
    }

    #[test]
    fn float_round_matches_cpython() {
        let mut check = Check::new("FLOAT_ROUND");
        for &(a, n, want) in FLOAT_ROUND {
            let x = float(a);
            check.eq((x, n), flt(float_round(x, n)), &decode(want));
        }
        check.done();
    }

    #[test]
    fn int_float_comparison_matches_cpython() {
        let mut check = Check::new("CMP_INT_FLOAT");
        for &(a, f, want) in CMP_INT_FLOAT {
            let (x, y, want) = (big(a), float(f), decode(want));
            check.eq((a, y), V::Ord(cmp_int_float(&x, y)), &want);
            if let Some(v) = x.to_i64() {
                check.eq((a, y, "i64"), V::Ord(cmp_i64_float(v, y)), &want);
            }
        }
        check.done();
    }

    #[test]
    fn int_parsing_matches_cpython() {
        let mut check = Check::new("INT_PARSE");
        for &(s, base, want) in INT_PARSE {
            let want = decode(want);
            check.eq((s, base), int(int_from_str(s, base)), &want);
            let wide = int_from_pystr(&PyStr::from(s), base, INT_MAX_STR_DIGITS);
            check.eq((s, base, "PyStr"), int(wide), &want);
        }
        for &(b, base, want) in INT_PARSE_BYTES {
            let got = int(int_from_bytes(b, base, INT_MAX_STR_DIGITS));
            check.eq((b, base), got, &decode(want));
        }
        check.done();
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        let mut check = Check::new("TUPLE_HASH");
        for &(lanes, want) in TUPLE_HASH {
            check.eq(
                lanes,
                V::Int(hash_tuple(lanes).into()),
                &V::Int(want.into()),
            );
        }
        check.done();
    }

    fn limit_error(digits: usize) -> NumError {
        NumError::value(format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has \
             {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))
    }

    /// The digit limit of `int(str)`, with CPython's messages.
    #[test]
    fn int_parsing_digit_limit() {
        let ones = |n: usize| "1".repeat(n);
        let parsed = |s: &str, base: u32| BigInt::parse_bytes(s.as_bytes(), base).unwrap();
        assert_eq!(int_from_str(&ones(4300), 10), Ok(parsed(&ones(4300), 10)));
        assert_eq!(int_from_str(&ones(4301), 10), Err(limit_error(4301)));
        assert_eq!(int_from_str(&"0".repeat(4301), 10), Err(limit_error(4301)));
        assert_eq!(
            int_from_str(&(ones(5000) + "x"), 10),
            Err(limit_error(5000))
        );
        assert_eq!(int_from_str(&ones(4301), 3), Err(limit_error(4301)));
        assert_eq!(
            int_from_bytes(ones(4301).as_bytes(), 10, 4300),
            Err(limit_error(4301))
        );
        let spaced: String = ones(4301).chars().map(|c| format!("{c}_")).collect();
        assert_eq!(
            int_from_str(spaced.trim_end_matches('_'), 10),
            Err(limit_error(4301))
        );
        let spaced: String = ones(2300).chars().map(|c| format!("{c}_")).collect();
        assert_eq!(
            int_from_str(spaced.trim_end_matches('_'), 10),
            Ok(parsed(&ones(2300), 10))
        );
        // Power-of-two bases have no limit.
        assert_eq!(int_from_str(&ones(4301), 2), Ok(parsed(&ones(4301), 2)));
        assert_eq!(int_from_str(&ones(4301), 4), Ok(parsed(&ones(4301), 4)));
        assert_eq!(
            int_from_str(&format!("0b{}", ones(4400)), 0),
            Ok(parsed(&ones(4400), 2))
        );
        // A misplaced underscore is found before the digits are counted.
        let bad = format!("{}_", ones(4301));
        let msg = int_from_str(&bad, 10).unwrap_err().msg;
        assert_eq!(
            msg,
            format!("invalid literal for int() with base 10: '{}", ones(199))
        );
        // No limit.
        assert_eq!(
            int_from_str_limited(&ones(5000), 10, 0),
            Ok(parsed(&ones(5000), 10))
        );
        // A lone surrogate, only representable as a PyStr.
        let mut s = PyStr::new();
        s.push_code_point(0xD800);
        assert_eq!(
            int_from_pystr(&s, 10, 4300).unwrap_err().msg,
            "invalid literal for int() with base 10: '\\ud800'"
        );
    }

    /// The digit limit of `str(int)`.
    #[test]
    fn int_to_str_digit_limit() {
        let err = NumError::value(
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit",
        );
        let ten = BigInt::from(10);
        let p4299: BigInt = Pow::pow(&ten, 4299u32);
        let p4300: BigInt = Pow::pow(&ten, 4300u32);
        assert_eq!(int_to_str(&p4299), Ok(format!("1{}", "0".repeat(4299))));
        assert_eq!(int_to_str(&-&p4299), Ok(format!("-1{}", "0".repeat(4299))));
        assert_eq!(int_to_str(&(&p4300 - 1)), Ok("9".repeat(4300)));
        assert_eq!(int_to_str(&p4300), Err(err.clone()));
        assert_eq!(int_to_str(&-&p4300), Err(err.clone()));
        assert_eq!(int_to_str(&(BigInt::one() << 14400u32)), Err(err.clone()));
        assert_eq!(int_to_str(&(BigInt::one() << 200_000u32)), Err(err));
        assert_eq!(
            int_to_str_limited(&p4300, 0),
            Ok(format!("1{}", "0".repeat(4300)))
        );
    }

    /// Results CPython fails to allocate (or would compute for hours).
    #[test]
    fn huge_results_raise_memory_error() {
        let two = BigInt::from(2);
        let one = BigInt::one();
        let memory = Err(NumError::memory());
        assert_eq!(
            pow(&two, &(BigInt::one() << 64u32)),
            memory.clone().map(IntPow::Int)
        );
        assert_eq!(
            pow(&two, &(BigInt::one() << 40u32)),
            memory.clone().map(IntPow::Int)
        );
        assert_eq!(lshift(&one, &(BigInt::one() << 40u32)), memory);
        assert_eq!(lshift(&one, &(BigInt::one() << 63u32)), memory);
        assert_eq!(
            lshift(&one, &(BigInt::one() << 70u32)),
            Err(NumError::overflow("too many digits in integer"))
        );
        let minus_huge: BigInt = -Pow::pow(BigInt::from(10), 20u32);
        assert_eq!(int_round(&BigInt::from(5), &minus_huge), memory);
        // Bases 0, 1 and -1 never grow.
        let huge = BigInt::one() << 100u32;
        assert_eq!(pow(&-&one, &(&huge + 1u8)), Ok(IntPow::Int(-&one)));
        assert_eq!(pow(&BigInt::zero(), &huge), Ok(IntPow::Int(BigInt::zero())));
        assert_eq!(rshift(&-&two, &huge), Ok(-&one));
    }

    #[test]
    fn i64_arithmetic_overflow_is_detected() {
        let edges = [
            0,
            1,
            -1,
            2,
            -2,
            3,
            i64::MAX,
            i64::MIN,
            i64::MAX - 1,
            i64::MIN + 1,
        ];
        for a in edges {
            for b in edges {
                let (x, y) = (BigInt::from(a), BigInt::from(b));
                let exact = |v: BigInt| v.to_i64();
                assert_eq!(i64_add(a, b), exact(&x + &y), "{a} + {b}");
                assert_eq!(i64_sub(a, b), exact(&x - &y), "{a} - {b}");
                assert_eq!(i64_mul(a, b), exact(&x * &y), "{a} * {b}");
            }
            assert_eq!(i64_neg(a), (-BigInt::from(a)).to_i64());
            assert_eq!(i64_abs(a), BigInt::from(a).abs().to_i64());
        }
        assert_eq!(i64_floordiv(i64::MIN, -1), Ok(None));
        assert_eq!(i64_mod(i64::MIN, -1), Ok(0));
        assert_eq!(i64_divmod(i64::MIN, -1), Ok(None));
        assert_eq!(i64_lshift(1, 63), Ok(None));
        assert_eq!(i64_lshift(-1, 63), Ok(Some(i64::MIN)));
        assert_eq!(i64_rshift(-5, 1000), Ok(-1));
        assert_eq!(i64_pow(-1, i64::MAX), Some(-1));
        assert_eq!(i64_pow(2, 63), None);
        assert_eq!(i64_pow(-2, 63), Some(i64::MIN));
    }

    #[test]
    fn errors_display_like_tracebacks() {
        assert_eq!(
            floordiv(&BigInt::one(), &BigInt::zero())
                .unwrap_err()
                .to_string(),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(NumError::memory().to_string(), "MemoryError");
    }
}
