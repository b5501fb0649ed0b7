//! `cmath`: CPython 3.11's algorithms (`Modules/cmathmodule.c`), so the
//! last bits of the results match: the scaled square root, `log1p` near
//! the unit circle, the large-argument branches that avoid overflow, and
//! the special-value tables for infinite and NaN parts (generated from
//! CPython into [`crate::cmath_tables`]). libm functions come from
//! [`crate::libm`] where Rust's `f64` methods differ from libm.

use super::*;
use crate::cmath_tables::{self as tables, Special};
use crate::complex::Complex;
use crate::libm;
use crate::objects::{ComplexObj, new_complex};
use std::f64::consts::{E, LN_2, LN_10, PI};

const FUNCTIONS: &[&str] = &[
    "sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
    "tanh", "asinh", "acosh", "atanh", "phase", "polar", "rect", "isfinite", "isinf", "isnan",
    "isclose",
];

pub(super) fn init(interp: &mut Interp, m: u32) -> PyResult<()> {
    bind_functions(interp, m, "cmath", FUNCTIONS);
    interp.set_global(m, "pi", Value::float(PI));
    interp.set_global(m, "e", Value::float(E));
    interp.set_global(m, "tau", Value::float(std::f64::consts::TAU));
    interp.set_global(m, "inf", Value::float(f64::INFINITY));
    interp.set_global(m, "nan", Value::float(f64::NAN));
    interp.set_global(m, "infj", new_complex(Complex::new(0.0, f64::INFINITY)));
    interp.set_global(m, "nanj", new_complex(Complex::new(0.0, f64::NAN)));
    Ok(())
}

/// What a kernel gives: a value, or the error CPython's `errno` names.
#[derive(Clone, Copy)]
enum Out {
    Ok(f64, f64),
    /// EDOM: `ValueError: math domain error`.
    Domain,
    /// ERANGE: `OverflowError: math range error`.
    Range,
}

use Out::{Domain, Range};

fn ok(re: f64, im: f64) -> Out {
    Out::Ok(re, im)
}

/// `ERANGE` when a part overflowed.
fn overflow_checked(re: f64, im: f64) -> Out {
    if re.is_infinite() || im.is_infinite() {
        Range
    } else {
        ok(re, im)
    }
}

const DBL_MIN: f64 = f64::MIN_POSITIVE;
/// `CM_LARGE_DOUBLE`: beyond it, squaring would overflow.
const LARGE: f64 = f64::MAX / 4.0;
/// `CM_SCALE_UP` and `CM_SCALE_DOWN`, as powers of two.
const SCALE_UP: f64 = 9007199254740992.0; // 2**53
const SCALE_DOWN: f64 = 1.0 / 134217728.0; // 2**-27

fn log_large() -> f64 {
    LARGE.ln()
}

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

/// The class of a part, indexing the special-value tables.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x < 0.0 { 0 } else { 5 }
    } else if x == 0.0 {
        if x.is_sign_negative() { 2 } else { 3 }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// The table's answer when a part is not finite (`None`: both are, or
/// the cell depends on the finite part and the caller computes it).
fn special(table: &[[Special; 7]; 7], re: f64, im: f64) -> Option<Out> {
    if re.is_finite() && im.is_finite() {
        return None;
    }
    match table[class(re)][class(im)] {
        Special::Value(a, b) => Some(ok(a, b)),
        Special::Domain => Some(Domain),
        Special::Range => Some(Range),
        Special::Computed | Special::Finite => None,
    }
}

fn c_sqrt(x: f64, y: f64) -> Out {
    if let Some(r) = special(&tables::SQRT, x, y) {
        return r;
    }
    if x == 0.0 && y == 0.0 {
        return ok(0.0, y);
    }
    let (mut ax, ay) = (x.abs(), y.abs());
    let s = if ax < DBL_MIN && ay < DBL_MIN {
        ax *= SCALE_UP;
        (ax + libm::hypot(ax, ay * SCALE_UP)).sqrt() * SCALE_DOWN
    } else {
        ax /= 8.0;
        2.0 * (ax + libm::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        ok(s, d.copysign(y))
    } else {
        ok(d, s.copysign(y))
    }
}

/// `c_sqrt` of a finite argument (never an error).
fn sqrt_parts(x: f64, y: f64) -> (f64, f64) {
    match c_sqrt(x, y) {
        Out::Ok(a, b) => (a, b),
        _ => (f64::NAN, f64::NAN),
    }
}

fn c_exp(x: f64, y: f64) -> Out {
    if !(x.is_finite() && y.is_finite()) {
        if x.is_infinite() && y.is_finite() && y != 0.0 {
            return if x > 0.0 {
                ok(
                    f64::INFINITY.copysign(y.cos()),
                    f64::INFINITY.copysign(y.sin()),
                )
            } else {
                ok(0.0f64.copysign(y.cos()), 0.0f64.copysign(y.sin()))
            };
        }
        return special(&tables::EXP, x, y).unwrap_or(ok(f64::NAN, f64::NAN));
    }
    let (re, im) = if x > log_large() {
        let l = (x - 1.0).exp();
        (l * y.cos() * E, l * y.sin() * E)
    } else {
        let l = x.exp();
        (l * y.cos(), l * y.sin())
    };
    overflow_checked(re, im)
}

fn c_cosh(x: f64, y: f64) -> Out {
    if !(x.is_finite() && y.is_finite()) {
        if x.is_infinite() && y.is_finite() && y != 0.0 {
            let (c, s) = (
                f64::INFINITY.copysign(y.cos()),
                f64::INFINITY.copysign(y.sin()),
            );
            return if x > 0.0 { ok(c, s) } else { ok(c, -s) };
        }
        return special(&tables::COSH, x, y).unwrap_or(ok(f64::NAN, f64::NAN));
    }
    let (re, im) = if x.abs() > log_large() {
        let xm1 = x - 1.0f64.copysign(x);
        (y.cos() * xm1.cosh() * E, y.sin() * xm1.sinh() * E)
    } else {
        (y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    overflow_checked(re, im)
}

fn c_sinh(x: f64, y: f64) -> Out {
    if !(x.is_finite() && y.is_finite()) {
        if x.is_infinite() && y.is_finite() && y != 0.0 {
            let (c, s) = (
                f64::INFINITY.copysign(y.cos()),
                f64::INFINITY.copysign(y.sin()),
            );
            return if x > 0.0 { ok(c, s) } else { ok(-c, s) };
        }
        return special(&tables::SINH, x, y).unwrap_or(ok(f64::NAN, f64::NAN));
    }
    let (re, im) = if x.abs() > log_large() {
        let xm1 = x - 1.0f64.copysign(x);
        (y.cos() * xm1.sinh() * E, y.sin() * xm1.cosh() * E)
    } else {
        (y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    overflow_checked(re, im)
}

fn c_tanh(x: f64, y: f64) -> Out {
    if !(x.is_finite() && y.is_finite()) {
        if x.is_infinite() && y.is_finite() && y != 0.0 {
            let im = 0.0f64.copysign(2.0 * y.sin() * y.cos());
            return ok(if x > 0.0 { 1.0 } else { -1.0 }, im);
        }
        return special(&tables::TANH, x, y).unwrap_or(ok(f64::NAN, f64::NAN));
    }
    if x.abs() > log_large() {
        return ok(
            1.0f64.copysign(x),
            4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
        );
    }
    let (tx, ty) = (x.tanh(), y.tan());
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ok(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

/// `c_log`: the value and whether CPython sets EDOM (log of zero, whose
/// value `-inf` still takes part in `log(z, base)`).
fn c_log(x: f64, y: f64) -> (f64, f64, bool) {
    if let Some(r) = special(&tables::LOG, x, y) {
        return match r {
            Out::Ok(a, b) => (a, b, false),
            _ => (f64::NAN, f64::NAN, true),
        };
    }
    let (ax, ay) = (x.abs(), y.abs());
    let mut domain = false;
    let re = if ax > LARGE || ay > LARGE {
        libm::hypot(ax / 2.0, ay / 2.0).ln() + LN_2
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax > 0.0 || ay > 0.0 {
            libm::hypot(ax * SCALE_UP, ay * SCALE_UP).ln() - 53.0 * LN_2
        } else {
            domain = true;
            f64::NEG_INFINITY
        }
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    (re, libm::atan2(y, x), domain)
}

/// `c_log` as a kernel result, divided by `scale`.
fn log_out(x: f64, y: f64, scale: f64) -> Out {
    match c_log(x, y) {
        (_, _, true) => Domain,
        (a, b, false) => ok(a / scale, b / scale),
    }
}

fn c_acos(x: f64, y: f64) -> Out {
    if let Some(r) = special(&tables::ACOS, x, y) {
        return r;
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        let re = libm::atan2(y.abs(), x);
        let l = libm::hypot(x / 2.0, y / 2.0).ln() + LN_2 * 2.0;
        let im = if x < 0.0 {
            -l.copysign(y)
        } else {
            l.copysign(-y)
        };
        return ok(re, im);
    }
    let s1 = sqrt_parts(1.0 - x, -y);
    let s2 = sqrt_parts(1.0 + x, y);
    ok(
        2.0 * libm::atan2(s1.0, s2.0),
        libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

fn c_acosh(x: f64, y: f64) -> Out {
    if let Some(r) = special(&tables::ACOSH, x, y) {
        return r;
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        return ok(
            libm::hypot(x / 2.0, y / 2.0).ln() + LN_2 * 2.0,
            libm::atan2(y, x),
        );
    }
    let s1 = sqrt_parts(x - 1.0, y);
    let s2 = sqrt_parts(x + 1.0, y);
    ok(
        libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * libm::atan2(s1.1, s2.0),
    )
}

fn c_asinh(x: f64, y: f64) -> Out {
    if let Some(r) = special(&tables::ASINH, x, y) {
        return r;
    }
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = libm::hypot(x / 2.0, y / 2.0).ln() + LN_2 * 2.0;
        let re = if y >= 0.0 {
            l.copysign(x)
        } else {
            -l.copysign(-x)
        };
        return ok(re, libm::atan2(y, x.abs()));
    }
    let s1 = sqrt_parts(1.0 + y, -x);
    let s2 = sqrt_parts(1.0 - y, x);
    ok(
        libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        libm::atan2(y, s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn c_atanh(x: f64, y: f64) -> Out {
    if let Some(r) = special(&tables::ATANH, x, y) {
        return r;
    }
    if x < 0.0 {
        return match c_atanh(-x, -y) {
            Out::Ok(a, b) => ok(-a, -b),
            e => e,
        };
    }
    let ay = y.abs();
    if x > sqrt_large() || ay > sqrt_large() {
        let h = libm::hypot(x / 2.0, y / 2.0);
        return ok(x / 4.0 / h / h, -(PI / 2.0).copysign(-y));
    }
    if x == 1.0 && ay < DBL_MIN.sqrt() {
        if ay == 0.0 {
            return Domain;
        }
        return ok(
            -(ay.sqrt() / libm::hypot(ay, 2.0).sqrt()).ln(),
            (libm::atan2(2.0, -ay) / 2.0).copysign(y),
        );
    }
    ok(
        libm::log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0,
        -libm::atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    )
}

/// `f(i*z)` turned back: `sin z = -i sinh(iz)` and friends.
fn rotated(f: fn(f64, f64) -> Out, x: f64, y: f64) -> Out {
    match f(-y, x) {
        Out::Ok(a, b) => ok(b, -a),
        e => e,
    }
}

fn c_rect(r: f64, phi: f64) -> Out {
    if !(r.is_finite() && phi.is_finite()) {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (c, s) = (
                f64::INFINITY.copysign(phi.cos()),
                f64::INFINITY.copysign(phi.sin()),
            );
            return if r > 0.0 { ok(c, s) } else { ok(-c, -s) };
        }
        return special(&tables::RECT, r, phi).unwrap_or(ok(f64::NAN, f64::NAN));
    }
    if phi == 0.0 {
        return ok(r, r * phi);
    }
    ok(r * phi.cos(), r * phi.sin())
}

/// `c_atan2`: the phase, with NaN and infinities as CPython spells them.
fn c_atan2(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let q = if x.is_sign_positive() { 0.25 } else { 0.75 };
            return (q * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

/// `_Py_c_abs`: `Err` on overflow.
fn c_abs(x: f64, y: f64) -> Result<f64, ()> {
    if !(x.is_finite() && y.is_finite()) {
        if x.is_infinite() {
            return Ok(x.abs());
        }
        if y.is_infinite() {
            return Ok(y.abs());
        }
        return Ok(f64::NAN);
    }
    let r = libm::hypot(x, y);
    if r.is_finite() { Ok(r) } else { Err(()) }
}

fn result(out: Out) -> PyResult<Value> {
    match out {
        Out::Ok(re, im) => Ok(new_complex(Complex::new(re, im))),
        Domain => Err(exc("ValueError", "math domain error")),
        Range => Err(exc("OverflowError", "math range error")),
    }
}

/// A `Py_complex` argument: a complex, or a real number (an int too large
/// for a float raises `OverflowError`). User objects were converted by
/// the caller (`__complex__`, `__float__`, `__index__`).
fn complex_arg(v: &Value) -> PyResult<(f64, f64)> {
    if let Some(c) = v.downcast::<ComplexObj>() {
        return Ok((c.value.re, c.value.im));
    }
    Ok((float_arg(v)?, 0.0))
}

pub(super) fn call(
    interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
    kwvals: &[Value],
) -> PyResult<Value> {
    let mut args = args.to_vec();
    for a in args.iter_mut() {
        if let Some(c) = interp.user_complex(a)? {
            *a = c;
        }
    }
    let args = &args[..];
    let unary: Option<fn(f64, f64) -> Out> = match name {
        "sqrt" => Some(c_sqrt),
        "exp" => Some(c_exp),
        "sin" => Some(|x, y| rotated(c_sinh, x, y)),
        "cos" => Some(|x, y| c_cosh(-y, x)),
        "tan" => Some(|x, y| rotated(c_tanh, x, y)),
        "asin" => Some(|x, y| rotated(c_asinh, x, y)),
        "acos" => Some(c_acos),
        "atan" => Some(|x, y| rotated(c_atanh, x, y)),
        "sinh" => Some(c_sinh),
        "cosh" => Some(c_cosh),
        "tanh" => Some(c_tanh),
        "asinh" => Some(c_asinh),
        "acosh" => Some(c_acosh),
        "atanh" => Some(c_atanh),
        "log10" => Some(|x, y| log_out(x, y, LN_10)),
        _ => None,
    };
    if let Some(f) = unary {
        exact_args("cmath", name, args, kwnames, 1)?;
        let (x, y) = complex_arg(&args[0])?;
        return result(f(x, y));
    }
    match name {
        "log" => {
            range_args("cmath", name, args, kwnames, 1, 2)?;
            let (x, y) = complex_arg(&args[0])?;
            let Some(base) = args.get(1) else {
                return result(log_out(x, y, 1.0));
            };
            let (bx, by) = complex_arg(base)?;
            // CPython keeps the last `errno`: the base's log's, then the
            // division's; the argument's own EDOM is overwritten.
            let (zr, zi, _) = c_log(x, y);
            let (br, bi, base_domain) = c_log(bx, by);
            match crate::complex::div(Complex::new(zr, zi), Complex::new(br, bi)) {
                Ok(q) if !base_domain => Ok(new_complex(q)),
                _ => Err(exc("ValueError", "math domain error")),
            }
        }
        "phase" => {
            exact_args("cmath", name, args, kwnames, 1)?;
            let (x, y) = complex_arg(&args[0])?;
            Ok(Value::float(c_atan2(x, y)))
        }
        "polar" => {
            exact_args("cmath", name, args, kwnames, 1)?;
            let (x, y) = complex_arg(&args[0])?;
            let r = c_abs(x, y).map_err(|()| exc("OverflowError", "math range error"))?;
            Ok(crate::objects::new_tuple(vec![
                Value::float(r),
                Value::float(c_atan2(x, y)),
            ]))
        }
        "rect" => {
            exact_args("cmath", name, args, kwnames, 2)?;
            let (r, phi) = (float_arg(&args[0])?, float_arg(&args[1])?);
            result(c_rect(r, phi))
        }
        "isfinite" | "isinf" | "isnan" => {
            exact_args("cmath", name, args, kwnames, 1)?;
            let (x, y) = complex_arg(&args[0])?;
            Ok(Value::bool(match name {
                "isfinite" => x.is_finite() && y.is_finite(),
                "isinf" => x.is_infinite() || y.is_infinite(),
                _ => x.is_nan() || y.is_nan(),
            }))
        }
        "isclose" => isclose(args, kwnames, kwvals),
        _ => Err(unsupported(&format!("the native function cmath.{name}"))),
    }
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` on complex numbers.
fn isclose(args: &[Value], kwnames: &[&str], kwvals: &[Value]) -> PyResult<Value> {
    let (a, b, rel_tol, abs_tol) = super::math::isclose_args(args, kwnames, kwvals, complex_arg)?;
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::bool(false));
    }
    let abs = |x: f64, y: f64| c_abs(x, y).unwrap_or(f64::INFINITY);
    let diff = abs(a.0 - b.0, a.1 - b.1);
    Ok(Value::bool(
        diff <= rel_tol * abs(b.0, b.1) || diff <= rel_tol * abs(a.0, a.1) || diff <= abs_tol,
    ))
}
