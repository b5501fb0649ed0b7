//! `complex` in the interpreter, on the kernels of [`crate::complex`]:
//! arithmetic with int/float/complex operands (an int or float operand is
//! converted to `complex(x, 0)` first, as CPython 3.11 does), unary `-`/`+`,
//! `abs`, equality with int/float/complex, `hash`, `repr`, truthiness,
//! `format`, the `complex(...)` constructor, `.real`/`.imag`/`.conjugate()`
//! (also on int and float).
//!
//! `//`, `%`, `divmod`, ordering and `~` need nothing here: the generic
//! paths of `interp.rs` already raise CPython's `TypeError`s for them.

use super::builtins::bind_args;
use super::{Num, PyResult, exc, num_err, to_f64, to_num, type_error, type_name};
use crate::complex::{self as cx, Complex, Part};
use crate::objects::{ComplexObj, StrObj, new_complex};
use crate::value::{IntObj, Value};
use krait_ir::{BinOp, UnOp};

/// The value of a `complex` object.
pub(super) fn as_complex(v: &Value) -> Option<Complex> {
    v.downcast::<ComplexObj>().map(|c| c.value)
}

/// An int, bool, float or complex operand as a `Complex` (an int too large
/// for a float raises `OverflowError`); `None` for other types.
fn operand(v: &Value) -> Option<PyResult<Complex>> {
    if let Some(c) = as_complex(v) {
        return Some(Ok(c));
    }
    let n = to_num(v)?;
    Some(to_f64(&n).map(|x| Complex::new(x, 0.0)))
}

/// `a op b` when either operand is complex and the other a number, for
/// the operators complex supports; `None` otherwise (the caller raises).
pub(super) fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if as_complex(a).is_none() && as_complex(b).is_none() {
        return None;
    }
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
    ) {
        return None;
    }
    let (x, y) = (operand(a)?, operand(b)?);
    Some((|| {
        let (x, y) = (x?, y?);
        let r = match op {
            BinOp::Add => cx::add(x, y),
            BinOp::Sub => cx::sub(x, y),
            BinOp::Mul => cx::mul(x, y),
            BinOp::TrueDiv => cx::div(x, y).map_err(num_err)?,
            _ => cx::pow(x, y).map_err(num_err)?,
        };
        Ok(new_complex(r))
    })())
}

/// `x ** y` for floats whose result is complex (a negative base and a
/// fractional exponent): CPython's `float_pow` hands these to complex.
pub(super) fn real_pow(x: f64, y: f64) -> PyResult<Value> {
    cx::pow(Complex::new(x, 0.0), Complex::new(y, 0.0))
        .map(new_complex)
        .map_err(num_err)
}

/// `-a` and `+a` of a complex.
pub(super) fn unary(op: UnOp, a: &Value) -> Option<Value> {
    let c = as_complex(a)?;
    match op {
        UnOp::Neg => Some(new_complex(cx::neg(c))),
        UnOp::Pos => Some(new_complex(cx::pos(c))),
        _ => None,
    }
}

/// `abs(a)` of a complex.
pub(super) fn abs(a: &Value) -> Option<PyResult<Value>> {
    let c = as_complex(a)?;
    Some(cx::abs(c).map(Value::float).map_err(num_err))
}

/// `a == b` when either side is complex and the other a number.
pub(super) fn eq(a: &Value, b: &Value) -> Option<bool> {
    let (c, other) = match (as_complex(a), as_complex(b)) {
        (Some(x), Some(y)) => return Some(cx::eq(x, y)),
        (Some(x), None) => (x, b),
        (None, Some(y)) => (y, a),
        (None, None) => return None,
    };
    if let Some(f) = other.as_float() {
        return Some(cx::eq_float(c, f));
    }
    if let Some(o) = other.downcast::<IntObj>() {
        return Some(cx::eq_int(c, &o.value));
    }
    match to_num(other)? {
        Num::I(i) => Some(cx::eq_int(c, &i.into())),
        Num::B(i) => Some(cx::eq_int(c, &i)),
        Num::F(f) => Some(cx::eq_float(c, f)),
    }
}

/// `hash(a)` of a complex (a NaN part hashes by identity, as CPython).
pub(super) fn hash(a: &Value) -> Option<i64> {
    let o = a.downcast::<ComplexObj>()?;
    let h = (o as *const ComplexObj as usize).rotate_right(4) as i64;
    Some(cx::hash(o.value, if h == -1 { -2 } else { h }))
}

/// `repr(a)` (also `str(a)`) of a complex.
pub(super) fn repr(a: &Value) -> Option<String> {
    as_complex(a).map(cx::repr)
}

/// `bool(a)` of a complex.
pub(super) fn truthy(a: &Value) -> Option<bool> {
    as_complex(a).map(cx::is_true)
}

/// `format(a, spec)` of a complex.
pub(super) fn format(a: &Value, spec: &str) -> Option<PyResult<String>> {
    let c = as_complex(a)?;
    Some(crate::format::format_complex(c.re, c.im, spec).map_err(|e| exc(e.kind, e.msg)))
}

/// `.real`, `.imag` of complex, int and float (and `.numerator`,
/// `.denominator` of int).
pub(super) fn attr(o: &Value, name: &str) -> Option<Value> {
    if let Some(c) = as_complex(o) {
        return match name {
            "real" => Some(Value::float(c.re)),
            "imag" => Some(Value::float(c.im)),
            _ => None,
        };
    }
    match (to_num(o)?, name) {
        (Num::F(x), "real") => Some(Value::float(x)),
        (Num::F(_), "imag") => Some(Value::float(0.0)),
        (Num::I(i), "real" | "numerator") => Some(Value::int(i)),
        (Num::B(b), "real" | "numerator") => Some(Value::from_bigint(b)),
        (Num::I(_) | Num::B(_), "imag") => Some(Value::int(0)),
        (Num::I(_) | Num::B(_), "denominator") => Some(Value::int(1)),
        _ => None,
    }
}

/// The methods of complex, int and float handled here.
pub(super) fn lookup(v: &Value, name: &str) -> Option<&'static str> {
    (name == "conjugate" && (as_complex(v).is_some() || to_num(v).is_some())).then_some("conjugate")
}

/// `x.conjugate()`.
pub(super) fn call_method(recv: &Value, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
    if name != "conjugate" {
        return None;
    }
    let n = to_num(recv);
    if as_complex(recv).is_none() && n.is_none() {
        return None;
    }
    if !args.is_empty() {
        let t = match n {
            Some(Num::F(_)) => "float",
            Some(_) => "int",
            None => "complex",
        };
        return Some(Err(type_error(format!(
            "{t}.conjugate() takes no arguments ({} given)",
            args.len()
        ))));
    }
    Some(Ok(match (as_complex(recv), n) {
        (Some(c), _) => new_complex(cx::conjugate(c)),
        (None, Some(Num::F(x))) => Value::float(x),
        (None, Some(Num::I(i))) => Value::int(i),
        (None, Some(Num::B(b))) => Value::from_bigint(b),
        (None, None) => return None,
    }))
}

/// One argument of `complex(real, imag)`; `None` when it is not a number.
fn part(v: &Value) -> Option<PyResult<Part>> {
    if let Some(c) = as_complex(v) {
        return Some(Ok(Part::Complex(c)));
    }
    let n = to_num(v)?;
    Some(to_f64(&n).map(Part::Real))
}

/// `complex(real=0, imag=0)`, `complex(str)`.
pub(super) fn construct(args: &[Value], kwnames: &[&str], kwvals: &[Value]) -> PyResult<Value> {
    let a = bind_args("complex", &["real", "imag"], 0, 0, args, kwnames, kwvals)?;
    let (r, i) = (a[0].as_ref(), a[1].as_ref());
    let Some(r) = r else {
        return match i {
            None => Ok(new_complex(Complex::new(0.0, 0.0))),
            Some(i) => construct(&[Value::int(0), i.clone()], &[], &[]),
        };
    };
    if let Some(s) = r.downcast::<StrObj>() {
        if i.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return cx::from_str(&s.value).map(new_complex).map_err(num_err);
    }
    if i.is_some_and(|i| i.downcast::<StrObj>().is_some()) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    if i.is_none() && r.downcast::<ComplexObj>().is_some() {
        return Ok(r.clone());
    }
    let Some(re) = part(r) else {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(r)
        )));
    };
    let re = re?;
    let im = match i {
        None => None,
        Some(i) => match part(i) {
            Some(p) => Some(p?),
            None => {
                return Err(type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    type_name(i)
                )));
            }
        },
    };
    Ok(new_complex(cx::from_parts(re, im)))
}
