//! `math`: CPython 3.11's `mathmodule.c` semantics on the platform libm
//! (Rust's `f64` methods call it), with its error rules: a NaN from a
//! non-NaN argument is `ValueError: math domain error`, an infinity from a
//! finite one `OverflowError: math range error` (functions that can
//! overflow) or a domain error; integer functions are exact on big ints.

use super::*;
use num_traits::{One, Signed};

const FUNCTIONS: &[&str] = &[
    "sqrt",
    "floor",
    "ceil",
    "trunc",
    "fabs",
    "pow",
    "exp",
    "expm1",
    "log",
    "log2",
    "log10",
    "log1p",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
    "hypot",
    "dist",
    "degrees",
    "radians",
    "isclose",
    "isfinite",
    "isinf",
    "isnan",
    "gcd",
    "lcm",
    "factorial",
    "comb",
    "perm",
    "isqrt",
    "prod",
    "fsum",
    "copysign",
    "fmod",
    "modf",
    "frexp",
    "ldexp",
    "cbrt",
    "exp2",
    "erf",
    "erfc",
    "gamma",
    "lgamma",
    "nextafter",
    "ulp",
    "remainder",
];

// The C library's (libm's) functions Rust's `f64` does not offer.
unsafe extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
    fn remainder(x: f64, y: f64) -> f64;
}

fn m_erf(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { erf(x) }
}

fn m_erfc(x: f64) -> f64 {
    // SAFETY: as `m_erf`.
    unsafe { erfc(x) }
}

/// The Lanczos approximation CPython's `math.gamma`/`lgamma` use (not
/// libm's, whose last bits differ): g and the numerator/denominator
/// coefficients of the rational function in x, and the factorials that
/// give small integer arguments exactly.
#[allow(clippy::excessive_precision)] // as published
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)] // as published
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)] // as published
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    // Evaluated in x below 5 and in 1/x above, for accuracy and to avoid
    // overflow.
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i64 {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// `gamma`; NaN for CPython's domain errors (poles, -inf), inf for
/// overflow.
fn m_gamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x == f64::NEG_INFINITY { f64::NAN } else { x };
    }
    if x == x.floor() {
        if x <= 0.0 {
            return f64::NAN;
        }
        if x <= 23.0 {
            return (1..x as u64).fold(1.0, |acc, k| acc * k as f64);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 {
            0.0 / sinpi(x)
        } else {
            f64::INFINITY
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    r
}

/// `lgamma`; NaN at the poles (a domain error in CPython).
fn m_lgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { f64::NAN } else { 0.0 };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -absx.ln();
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = std::f64::consts::PI.ln() - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    r
}

pub(super) fn init(interp: &mut Interp, m: u32) -> PyResult<()> {
    bind_functions(interp, m, "math", FUNCTIONS);
    interp.set_global(m, "pi", Value::float(std::f64::consts::PI));
    interp.set_global(m, "e", Value::float(std::f64::consts::E));
    interp.set_global(m, "tau", Value::float(std::f64::consts::TAU));
    interp.set_global(m, "inf", Value::float(f64::INFINITY));
    interp.set_global(m, "nan", Value::float(f64::NAN));
    Ok(())
}

fn domain() -> Value {
    exc("ValueError", "math domain error")
}

fn range() -> Value {
    exc("OverflowError", "math range error")
}

/// CPython's `math_1`: `f(x)` with its error rules.
fn math_1(v: &Value, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = float_arg(v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::float(r))
}

/// `m_log`: the natural log with C99's special cases as errors.
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 { x.ln() } else { f64::NAN }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 { x.log2() } else { f64::NAN }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 { x.log10() } else { f64::NAN }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// CPython's `loghelper`: ints of any size (through their binary
/// exponent when they do not fit a float), else `math_1`.
fn loghelper(v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Num::I(_) | Num::B(_)) = to_num(v) {
        let Some(n) = to_num(v).map(|n| to_big(&n)) else {
            return Err(domain());
        };
        if !n.is_positive() {
            return Err(domain());
        }
        return Ok(match num::int_to_f64(&n) {
            Ok(x) => f(x),
            Err(_) => {
                // x = m * 2**e with m in [0.5, 1).
                let bits = num::bit_length(&n);
                let top = &n >> (bits - 64) as usize;
                let m = top.to_u64().unwrap_or(u64::MAX) as f64 / 18446744073709551616.0;
                f(m) + f(2.0) * bits as f64
            }
        });
    }
    let x = float_arg(v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain());
    }
    Ok(r)
}

/// `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 18446744073709551616.0);
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & 0x800f_ffff_ffff_ffff) | 0x3fe0_0000_0000_0000);
    (m, exp - 1022)
}

/// `ldexp(x, n)` = `x * 2**n`, correctly rounded (musl's `scalbn`).
fn ldexp(mut x: f64, n: i64) -> f64 {
    let mut n = n.clamp(-3000, 3000) as i32;
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    let pm969 = f64::from_bits(0x0010_0000_0000_0000) * f64::from_bits(0x4340_0000_0000_0000);
    if n > 1023 {
        x *= p1023;
        n -= 1023;
        if n > 1023 {
            x *= p1023;
            n -= 1023;
            if n > 1023 {
                n = 1023;
            }
        }
    } else if n < -1022 {
        x *= pm969;
        n += 1022 - 53;
        if n < -1022 {
            x *= pm969;
            n += 1022 - 53;
            if n < -1022 {
                n = -1022;
            }
        }
    }
    x * f64::from_bits(((0x3ff + n) as u64) << 52)
}

/// CPython 3.11's `vector_norm` (`hypot`, `dist`): the sum of squares
/// with compensated (Neumaier) summation of exactly split squares, and a
/// correction of the square root.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -(max_e as i64));
    const T27: f64 = 134217729.0;
    let mut csum = 1.0f64;
    let (mut frac1, mut frac2, mut frac3) = (0.0f64, 0.0f64, 0.0f64);
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    for &v in vec.iter() {
        let x = v * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let t = h * T27;
    let hi = t - (t - h);
    let lo = h - hi;
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    frac3 -= lo * lo;
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// `math.fsum`: Shewchuk's exact partial sums (CPython's `math_fsum`).
fn fsum(xs: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for &xsave in xs {
        let mut x = xsave;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(exc("OverflowError", "intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(exc("ValueError", "-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn gcd(mut a: BigInt, mut b: BigInt) -> BigInt {
    a = a.abs();
    b = b.abs();
    while !b.is_zero() {
        let r = &a % &b;
        a = b;
        b = r;
    }
    a
}

/// The product of `lo..hi` (binary splitting keeps the operands balanced).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    let n = hi - lo;
    if n <= BigInt::from(16) {
        let mut p = BigInt::one();
        let mut i = lo.clone();
        while &i < hi {
            p *= &i;
            i += 1;
        }
        return p;
    }
    let mid: BigInt = lo + (&n >> 1usize);
    range_product(lo, &mid) * range_product(&mid, hi)
}

const I64_MAX_MSG: &str = "9223372036854775807";

fn int_result(b: BigInt) -> PyResult<Value> {
    Ok(Value::from_bigint(b))
}

/// `math.floor`/`ceil` of an int or float.
fn floor_ceil(v: &Value, ceil: bool) -> PyResult<Value> {
    match to_num(v) {
        Some(Num::F(x)) => {
            let r = if ceil { x.ceil() } else { x.floor() };
            num::float_to_int(r)
                .map(Value::from_bigint)
                .map_err(num_err)
        }
        Some(n) => int_result(to_big(&n)),
        None => Err(type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
    }
}

pub(super) fn call(
    interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
    kwvals: &[Value],
) -> PyResult<Value> {
    let one = |args: &[Value]| exact_args("math", name, args, kwnames, 1);
    let two = |args: &[Value]| exact_args("math", name, args, kwnames, 2);
    match name {
        "sqrt" => one(args).and_then(|()| math_1(&args[0], f64::sqrt, false)),
        "exp" => one(args).and_then(|()| math_1(&args[0], f64::exp, true)),
        "expm1" => one(args).and_then(|()| math_1(&args[0], f64::exp_m1, true)),
        "log1p" => one(args).and_then(|()| math_1(&args[0], crate::libm::log1p, false)),
        "sin" => one(args).and_then(|()| math_1(&args[0], f64::sin, false)),
        "cos" => one(args).and_then(|()| math_1(&args[0], f64::cos, false)),
        "tan" => one(args).and_then(|()| math_1(&args[0], f64::tan, false)),
        "asin" => one(args).and_then(|()| math_1(&args[0], f64::asin, false)),
        "acos" => one(args).and_then(|()| math_1(&args[0], f64::acos, false)),
        "atan" => one(args).and_then(|()| math_1(&args[0], f64::atan, false)),
        "sinh" => one(args).and_then(|()| math_1(&args[0], f64::sinh, true)),
        "cosh" => one(args).and_then(|()| math_1(&args[0], f64::cosh, true)),
        "tanh" => one(args).and_then(|()| math_1(&args[0], f64::tanh, false)),
        "asinh" => one(args).and_then(|()| math_1(&args[0], crate::libm::asinh, false)),
        "acosh" => one(args).and_then(|()| math_1(&args[0], crate::libm::acosh, false)),
        "atanh" => one(args).and_then(|()| math_1(&args[0], crate::libm::atanh, false)),
        "fabs" => one(args).and_then(|()| math_1(&args[0], f64::abs, false)),
        "degrees" => {
            one(args)?;
            Ok(Value::float(
                float_arg(&args[0])? * (180.0 / std::f64::consts::PI),
            ))
        }
        "radians" => {
            one(args)?;
            Ok(Value::float(
                float_arg(&args[0])? * (std::f64::consts::PI / 180.0),
            ))
        }
        "isfinite" => one(args).and_then(|()| Ok(Value::bool(float_arg(&args[0])?.is_finite()))),
        "isinf" => one(args).and_then(|()| Ok(Value::bool(float_arg(&args[0])?.is_infinite()))),
        "isnan" => one(args).and_then(|()| Ok(Value::bool(float_arg(&args[0])?.is_nan()))),
        "floor" => one(args).and_then(|()| floor_ceil(&args[0], false)),
        "ceil" => one(args).and_then(|()| floor_ceil(&args[0], true)),
        "trunc" => {
            one(args)?;
            match to_num(&args[0]) {
                Some(Num::F(x)) => num::float_to_int(x.trunc())
                    .map(Value::from_bigint)
                    .map_err(num_err),
                Some(n) => int_result(to_big(&n)),
                None => Err(type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    type_name(&args[0])
                ))),
            }
        }
        "log2" => one(args).and_then(|()| Ok(Value::float(loghelper(&args[0], m_log2)?))),
        "log10" => one(args).and_then(|()| Ok(Value::float(loghelper(&args[0], m_log10)?))),
        "log" => {
            if !kwnames.is_empty() {
                return Err(type_error("math.log() takes no keyword arguments"));
            }
            if args.is_empty() || args.len() > 2 {
                return Err(type_error("math.log requires 1 to 2 arguments"));
            }
            let num = loghelper(&args[0], m_log)?;
            if args.len() == 1 {
                return Ok(Value::float(num));
            }
            let den = loghelper(&args[1], m_log)?;
            if den == 0.0 {
                return Err(exc("ZeroDivisionError", "float division by zero"));
            }
            Ok(Value::float(num / den))
        }
        "pow" => {
            two(args)?;
            let (x, y) = (float_arg(&args[0])?, float_arg(&args[1])?);
            let mut err = None;
            let r = if !x.is_finite() || !y.is_finite() {
                if x.is_nan() {
                    if y == 0.0 { 1.0 } else { x }
                } else if y.is_nan() {
                    if x == 1.0 { 1.0 } else { y }
                } else if x.is_infinite() {
                    let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
                    if y > 0.0 {
                        if odd_y { x } else { x.abs() }
                    } else if y == 0.0 {
                        1.0
                    } else if odd_y {
                        0.0f64.copysign(x)
                    } else {
                        0.0
                    }
                } else if x.abs() == 1.0 {
                    1.0
                } else if y > 0.0 && x.abs() > 1.0 {
                    y
                } else if y < 0.0 && x.abs() < 1.0 {
                    -y
                } else {
                    0.0
                }
            } else {
                let r = x.powf(y);
                if r.is_nan() {
                    err = Some(domain());
                } else if r.is_infinite() {
                    err = Some(if x == 0.0 { domain() } else { range() });
                }
                r
            };
            match err {
                Some(e) => Err(e),
                None => Ok(Value::float(r)),
            }
        }
        "atan2" => {
            two(args)?;
            let (y, x) = (float_arg(&args[0])?, float_arg(&args[1])?);
            Ok(Value::float(crate::libm::atan2(y, x)))
        }
        "cbrt" => one(args).and_then(|()| math_1(&args[0], crate::libm::cbrt, false)),
        "exp2" => one(args).and_then(|()| math_1(&args[0], f64::exp2, true)),
        "erf" => one(args).and_then(|()| math_1(&args[0], m_erf, false)),
        "erfc" => one(args).and_then(|()| math_1(&args[0], m_erfc, false)),
        "gamma" => one(args).and_then(|()| math_1(&args[0], m_gamma, true)),
        "lgamma" => one(args).and_then(|()| math_1(&args[0], m_lgamma, true)),
        "nextafter" => {
            two(args)?;
            let (x, y) = (float_arg(&args[0])?, float_arg(&args[1])?);
            // SAFETY: a pure libm function of two doubles.
            Ok(Value::float(unsafe { nextafter(x, y) }))
        }
        "remainder" => {
            two(args)?;
            let (x, y) = (float_arg(&args[0])?, float_arg(&args[1])?);
            if x.is_nan() || y.is_nan() {
                return Ok(Value::float(f64::NAN));
            }
            if x.is_infinite() || y == 0.0 {
                return Err(domain());
            }
            // SAFETY: as `nextafter`.
            Ok(Value::float(unsafe { remainder(x, y) }))
        }
        "ulp" => {
            one(args)?;
            let x = float_arg(&args[0])?.abs();
            if x.is_nan() || x.is_infinite() {
                return Ok(Value::float(x));
            }
            // SAFETY: as `nextafter`.
            let up = unsafe { nextafter(x, f64::INFINITY) };
            Ok(Value::float(if up.is_infinite() {
                // SAFETY: as `nextafter`.
                x - unsafe { nextafter(x, -f64::INFINITY) }
            } else {
                up - x
            }))
        }
        "copysign" => {
            two(args)?;
            let (x, y) = (float_arg(&args[0])?, float_arg(&args[1])?);
            Ok(Value::float(x.copysign(y)))
        }
        "fmod" => {
            two(args)?;
            let (x, y) = (float_arg(&args[0])?, float_arg(&args[1])?);
            if y.is_infinite() && x.is_finite() {
                return Ok(Value::float(x));
            }
            let r = x % y;
            if r.is_nan() && !x.is_nan() && !y.is_nan() {
                return Err(domain());
            }
            Ok(Value::float(r))
        }
        "modf" => {
            one(args)?;
            let x = float_arg(&args[0])?;
            let (frac, int) = if x.is_infinite() {
                (0.0f64.copysign(x), x)
            } else {
                let i = x.trunc();
                ((x - i).copysign(x), i)
            };
            Ok(new_tuple(vec![Value::float(frac), Value::float(int)]))
        }
        "frexp" => {
            one(args)?;
            let (m, e) = frexp(float_arg(&args[0])?);
            Ok(new_tuple(vec![Value::float(m), Value::int(e as i64)]))
        }
        "ldexp" => {
            two(args)?;
            let x = float_arg(&args[0])?;
            let n = match to_num(&args[1]) {
                Some(Num::F(_)) | None => {
                    return Err(type_error("Expected an int as second argument to ldexp."));
                }
                Some(n) => to_big(&n),
            };
            if x == 0.0 || !x.is_finite() {
                return Ok(Value::float(x));
            }
            let n = match n.to_i64() {
                Some(n) => n,
                None if n.is_positive() => return Err(range()),
                None => return Ok(Value::float(0.0f64.copysign(x))),
            };
            let r = ldexp(x, n);
            if r.is_infinite() {
                return Err(range());
            }
            Ok(Value::float(r))
        }
        "hypot" => {
            if !kwnames.is_empty() {
                return Err(type_error("math.hypot() takes no keyword arguments"));
            }
            let mut coords = Vec::with_capacity(args.len());
            let (mut max, mut found_nan) = (0.0f64, false);
            for a in args {
                let x = float_arg(a)?.abs();
                found_nan |= x.is_nan();
                if x > max {
                    max = x;
                }
                coords.push(x);
            }
            Ok(Value::float(vector_norm(&mut coords, max, found_nan)))
        }
        "dist" => {
            two(args)?;
            let p = interp.collect_iter(&args[0])?;
            let q = interp.collect_iter(&args[1])?;
            if p.len() != q.len() {
                return Err(exc(
                    "ValueError",
                    "both points must have the same number of dimensions",
                ));
            }
            let mut diffs = Vec::with_capacity(p.len());
            let (mut max, mut found_nan) = (0.0f64, false);
            for (a, b) in p.iter().zip(&q) {
                let x = (float_arg(a)? - float_arg(b)?).abs();
                found_nan |= x.is_nan();
                if x > max {
                    max = x;
                }
                diffs.push(x);
            }
            Ok(Value::float(vector_norm(&mut diffs, max, found_nan)))
        }
        "isclose" => {
            let (a, b, rel_tol, abs_tol) = isclose_args(args, kwnames, kwvals, float_arg)?;
            if a == b {
                return Ok(Value::bool(true));
            }
            if a.is_infinite() || b.is_infinite() {
                return Ok(Value::bool(false));
            }
            let diff = (b - a).abs();
            Ok(Value::bool(
                diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
            ))
        }
        "gcd" | "lcm" => {
            if !kwnames.is_empty() {
                return Err(type_error(format!(
                    "math.{name}() takes no keyword arguments"
                )));
            }
            let mut acc = if name == "gcd" {
                BigInt::zero()
            } else {
                BigInt::one()
            };
            for (i, a) in args.iter().enumerate() {
                let x = index_arg(a)?;
                if i == 0 {
                    acc = x.abs();
                    continue;
                }
                acc = if name == "gcd" {
                    gcd(acc, x)
                } else if acc.is_zero() || x.is_zero() {
                    BigInt::zero()
                } else {
                    let g = gcd(acc.clone(), x.clone());
                    (acc / g * x).abs()
                };
            }
            int_result(acc)
        }
        "factorial" => {
            one(args)?;
            let n = index_arg(&args[0])?;
            if n.is_negative() {
                return Err(exc(
                    "ValueError",
                    "factorial() not defined for negative values",
                ));
            }
            if n.to_i64().is_none() {
                return Err(exc(
                    "OverflowError",
                    format!("factorial() argument should not exceed {I64_MAX_MSG}"),
                ));
            }
            int_result(range_product(&BigInt::one(), &(n + 1)))
        }
        "isqrt" => {
            one(args)?;
            let n = index_arg(&args[0])?;
            if n.is_negative() {
                return Err(exc("ValueError", "isqrt() argument must be nonnegative"));
            }
            int_result(n.sqrt())
        }
        "comb" | "perm" => {
            if !kwnames.is_empty() {
                return Err(type_error(format!(
                    "math.{name}() takes no keyword arguments"
                )));
            }
            if name == "comb" {
                two(args)?;
            } else {
                range_args("math", name, args, kwnames, 1, 2)?;
            }
            let n = index_arg(&args[0])?;
            let k = match args.get(1) {
                Some(k) if !k.is_none() => Some(index_arg(k)?),
                _ => None,
            };
            if n.is_negative() {
                return Err(exc(
                    "ValueError",
                    if k.is_none() {
                        "factorial() not defined for negative values"
                    } else {
                        "n must be a non-negative integer"
                    },
                ));
            }
            let Some(k) = k else {
                if n.to_i64().is_none() {
                    return Err(exc(
                        "OverflowError",
                        format!("factorial() argument should not exceed {I64_MAX_MSG}"),
                    ));
                }
                return int_result(range_product(&BigInt::one(), &(n + 1)));
            };
            if k.is_negative() {
                return Err(exc("ValueError", "k must be a non-negative integer"));
            }
            if k > n {
                return int_result(BigInt::zero());
            }
            if name == "perm" {
                if k.to_i64().is_none() {
                    return Err(exc(
                        "OverflowError",
                        format!("k must not exceed {I64_MAX_MSG}"),
                    ));
                }
                return int_result(range_product(&(&n - &k + 1), &(n + 1)));
            }
            let nk = &n - &k;
            let k = if nk < k { nk } else { k };
            let Some(kk) = k.to_u64() else {
                return Err(exc(
                    "OverflowError",
                    format!("min(n - k, k) must not exceed {I64_MAX_MSG}"),
                ));
            };
            let mut r = BigInt::one();
            let mut i = 1u64;
            while i <= kk {
                r = r * (&n - &k + i) / i;
                i += 1;
            }
            int_result(r)
        }
        "prod" => {
            let mut start = Value::int(1);
            for (k, v) in kwnames.iter().zip(kwvals) {
                if *k != "start" {
                    return Err(type_error(format!(
                        "'{k}' is an invalid keyword argument for prod()"
                    )));
                }
                start = v.clone();
            }
            if args.len() != 1 {
                return Err(type_error(format!(
                    "prod() takes exactly 1 positional argument ({} given)",
                    args.len()
                )));
            }
            let it = interp.iter_of(&args[0])?;
            let mut acc = start;
            while let Some(x) = interp.iter_next(&it)? {
                acc = interp.binary_op(BinOp::Mul, &acc, &x, false)?;
            }
            Ok(acc)
        }
        "fsum" => {
            one(args)?;
            let it = interp.iter_of(&args[0])?;
            let mut xs = Vec::new();
            while let Some(x) = interp.iter_next(&it)? {
                xs.push(float_arg(&x)?);
            }
            Ok(Value::float(fsum(&xs)?))
        }
        _ => Err(unsupported(&format!("math.{name}"))),
    }
}

/// The arguments of `math.isclose` and `cmath.isclose`, `(a, b, *,
/// rel_tol=1e-09, abs_tol=0.0)`, with `a` and `b` converted by `conv`
/// and the tolerances checked, with CPython's messages.
pub(super) fn isclose_args<T>(
    args: &[Value],
    kwnames: &[&str],
    kwvals: &[Value],
    conv: impl Fn(&Value) -> PyResult<T>,
) -> PyResult<(T, T, f64, f64)> {
    if args.len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let mut parts: [Option<T>; 2] = [None, None];
    let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
    for (i, a) in args.iter().enumerate() {
        parts[i] = Some(conv(a)?);
    }
    // A name also given by position is reported after a missing one, as
    // CPython's argument parsing does.
    let mut twice = None;
    for (k, v) in kwnames.iter().zip(kwvals) {
        match *k {
            "a" | "b" => {
                let i = usize::from(*k == "b");
                if parts[i].is_some() {
                    twice = twice.or(Some((*k, i + 1)));
                } else {
                    parts[i] = Some(conv(v)?);
                }
            }
            "rel_tol" => rel_tol = float_arg(v)?,
            "abs_tol" => abs_tol = float_arg(v)?,
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for isclose()"
                )));
            }
        }
    }
    let [Some(a), Some(b)] = parts else {
        let (n, pos) = if parts[0].is_none() {
            ("a", 1)
        } else {
            ("b", 2)
        };
        return Err(type_error(format!(
            "isclose() missing required argument '{n}' (pos {pos})"
        )));
    };
    if let Some((k, pos)) = twice {
        return Err(type_error(format!(
            "argument for isclose() given by name ('{k}') and position ({pos})"
        )));
    }
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(exc("ValueError", "tolerances must be non-negative"));
    }
    Ok((a, b, rel_tol, abs_tol))
}
