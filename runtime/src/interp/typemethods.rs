//! Methods of `int`, `float`, `tuple` and `range`, and attributes of the
//! built-in classes themselves: unbound methods (`str.lower`, called with
//! the receiver first) and class methods (`dict.fromkeys`,
//! `int.from_bytes`, `float.fromhex`, `str.maketrans`), with CPython
//! 3.11's messages.

use super::builtins::{bind_args, class_name};
use super::collections::dict_store;
use super::methods::{arity, index_bounds};
use super::{Interp, Num, PyResult, eq, exc, num_err, to_num, type_error};
use crate::num;
use crate::objects::{
    ClassObj, DictObj, RangeObj, StrObj, TupleObj, new_bytes, new_dict, new_method, new_str,
    new_tuple,
};
use crate::table::Dict;
use crate::value::Value;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

const INT_METHODS: &[&str] = &["bit_length", "bit_count", "to_bytes", "as_integer_ratio"];
const FLOAT_METHODS: &[&str] = &["is_integer", "as_integer_ratio", "hex"];
const SEQ_METHODS: &[&str] = &["count", "index"];
/// Methods called on the class (`dict.fromkeys(...)`), by class.
const CLASS_METHODS: &[(&str, &str)] = &[
    ("dict", "fromkeys"),
    ("int", "from_bytes"),
    ("float", "fromhex"),
    ("str", "maketrans"),
];

/// The methods of `v`'s type handled here.
pub(super) fn lookup(v: &Value, name: &str) -> Option<&'static str> {
    let table = match to_num(v) {
        Some(Num::F(_)) => FLOAT_METHODS,
        Some(_) => INT_METHODS,
        None if v.downcast::<TupleObj>().is_some() || v.downcast::<RangeObj>().is_some() => {
            SEQ_METHODS
        }
        None if v.downcast::<crate::objects::SliceObj>().is_some() => &["indices"],
        None => return None,
    };
    table.iter().find(|m| **m == name).copied()
}

/// An empty instance of a built-in class, to look its methods up.
fn sample(cname: &str) -> Option<Value> {
    Some(match cname {
        "str" => new_str(""),
        "int" => Value::int(0),
        "float" => Value::float(0.0),
        "tuple" => new_tuple(vec![]),
        "list" => crate::objects::new_list(vec![]),
        "dict" => new_dict(Dict::new()),
        "set" => crate::objects::new_set(crate::table::Set::new()),
        "frozenset" => crate::objects::new_frozenset(crate::table::Set::new()),
        "bytes" => new_bytes(vec![]),
        "bytearray" => crate::objects::new_bytearray(vec![]),
        _ => return None,
    })
}

/// `cls.name` for a built-in class: a class method or an unbound method
/// (a method object whose receiver is the class).
pub(super) fn class_attr(cls: &Value, c: &ClassObj, name: &str) -> Option<Value> {
    if let Some((_, m)) = CLASS_METHODS
        .iter()
        .find(|(k, m)| *k == c.name && *m == name)
    {
        return Some(new_method(cls.clone(), m));
    }
    // A name the class binds to None (`list.__hash__`).
    let none_mark = format!("{name}=None");
    if crate::dir_tables::OWN_DICT_TABLE
        .iter()
        .any(|(t, names)| *t == c.name && names.contains(&none_mark.as_str()))
    {
        return Some(crate::value::Value::none());
    }
    let m = super::methods::lookup(&sample(c.name)?, name)?;
    Some(new_method(cls.clone(), m))
}

/// The repr of a method object whose receiver is a class.
pub(super) fn class_method_repr(c: &ClassObj, name: &str) -> String {
    if CLASS_METHODS.contains(&(c.name, name)) || name == "__new__" {
        let addr = c as *const ClassObj as usize;
        format!("<built-in method {name} of type object at {addr:#x}>")
    } else if SLOT_WRAPPERS.contains(&name)
        && !(name == "__getitem__" && matches!(c.name, "dict" | "list"))
    {
        format!("<slot wrapper '{name}' of '{}' objects>", c.name)
    } else {
        format!("<method '{name}' of '{}' objects>", c.name)
    }
}

/// The dunders CPython's built-in types implement as type slots (their
/// unbound methods are `slot wrapper`s, not `method`s); `dict` and `list`
/// also define `__getitem__` as a plain method.
const SLOT_WRAPPERS: &[&str] = &[
    "__abs__",
    "__add__",
    "__and__",
    "__bool__",
    "__contains__",
    "__delattr__",
    "__delitem__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floordiv__",
    "__ge__",
    "__getattribute__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iadd__",
    "__iand__",
    "__imul__",
    "__index__",
    "__init__",
    "__int__",
    "__invert__",
    "__ior__",
    "__isub__",
    "__iter__",
    "__ixor__",
    "__le__",
    "__len__",
    "__lshift__",
    "__lt__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__repr__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__setattr__",
    "__setitem__",
    "__str__",
    "__sub__",
    "__truediv__",
    "__xor__",
    "__next__",
    "__call__",
    "__set__",
    "__get__",
    "__delete__",
];

/// An int receiver (bools included) as a `BigInt`.
fn int_of(v: &Value) -> BigInt {
    to_num(v).map_or_else(BigInt::zero, |n| super::to_big(&n))
}

fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    super::bytesobj::buf(v)
}

impl Interp<'_, '_> {
    /// A call of `c.name(...)` on a built-in class `c`: class methods, and
    /// unbound methods, which take their receiver as the first argument.
    pub(super) fn call_class_method(
        &mut self,
        cls: &Value,
        name: &'static str,
        mut args: Vec<Value>,
        kwnames: &[&str],
        kwvals: Vec<Value>,
    ) -> Option<PyResult<Value>> {
        let c = cls.downcast::<ClassObj>()?;
        if !CLASS_METHODS.contains(&(c.name, name)) {
            if args.is_empty() {
                return Some(Err(type_error(format!(
                    "unbound method {}.{name}() needs an argument",
                    c.name
                ))));
            }
            let mut recv = args.remove(0);
            // An instance of a subclass: the built-in value it extends.
            if let Some(b) = crate::objects::builtin_of(&recv)
                && super::type_name(b) == c.name
            {
                recv = b.clone();
            }
            let t = class_name(&recv);
            if t != c.name && !(c.name == "int" && t == "bool") {
                return Some(Err(type_error(format!(
                    "descriptor '{name}' for '{}' objects doesn't apply to a '{t}' object",
                    c.name
                ))));
            }
            return Some(self.call_method(&recv, name, args, kwnames, kwvals));
        }
        Some(match name {
            "fromkeys" => (|| {
                super::builtins::no_kw("dict.fromkeys", kwnames)?;
                arity("fromkeys", &args, 1, 2)?;
                let value = args.get(1).cloned().unwrap_or_else(Value::none);
                let d = new_dict(Dict::new());
                if let Some(o) = d.downcast::<DictObj>() {
                    for k in self.collect_iter(&args[0])? {
                        dict_store(o, k, value.clone())?;
                    }
                }
                Ok(d)
            })(),
            "from_bytes" => (|| {
                let a = int_args(
                    "from_bytes",
                    &["bytes", "byteorder"],
                    &args,
                    kwnames,
                    &kwvals,
                )?;
                let Some(src) = &a[0] else {
                    return Err(type_error(
                        "from_bytes() missing required argument 'bytes' (pos 1)",
                    ));
                };
                let data = match bytes_of(src) {
                    Some(d) => d,
                    None if to_num(src).is_some() || src.downcast::<StrObj>().is_some() => {
                        return Err(type_error(format!(
                            "cannot convert '{}' object to bytes",
                            class_name(src)
                        )));
                    }
                    None => {
                        let b = self.construct_bytes_like(
                            "bytes",
                            std::slice::from_ref(src),
                            &[],
                            &[],
                        )?;
                        bytes_of(&b).unwrap_or_default()
                    }
                };
                let little = byteorder(a[1].as_ref())?;
                let signed = a[2].as_ref().is_some_and(super::truthy);
                Ok(Value::from_bigint(int_from_bytes(&data, little, signed)))
            })(),
            "fromhex" => (|| {
                super::builtins::no_kw("float.fromhex", kwnames)?;
                arity("float.fromhex", &args, 1, 1)?;
                let Some(s) = args[0].downcast::<StrObj>() else {
                    return Err(type_error(format!(
                        "must be str, not {}",
                        class_name(&args[0])
                    )));
                };
                float_fromhex(&s.value).map(Value::float)
            })(),
            _ => (|| {
                super::builtins::no_kw("str.maketrans", kwnames)?;
                self.maketrans(&args)
            })(),
        })
    }

    /// `str.maketrans(x[, y[, z]])`.
    fn maketrans(&mut self, args: &[Value]) -> PyResult<Value> {
        arity("maketrans", args, 1, 3)?;
        let out = new_dict(Dict::new());
        let Some(d) = out.downcast::<DictObj>() else {
            return Ok(out);
        };
        if args.len() == 1 {
            let Some(src) = args[0].downcast::<DictObj>() else {
                return Err(type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            for (k, v) in super::collections::dict_entries(src) {
                let key = if let Some(s) = k.downcast::<StrObj>() {
                    let mut cs = s.value.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::int(i64::from(u32::from(c))),
                        _ => {
                            return Err(exc(
                                "ValueError",
                                "string keys in translate table must be of length 1",
                            ));
                        }
                    }
                } else if matches!(to_num(&k), Some(Num::I(_) | Num::B(_))) {
                    k
                } else {
                    return Err(type_error(
                        "keys in translate table must be strings or integers",
                    ));
                };
                dict_store(d, key, v)?;
            }
            return Ok(out);
        }
        let strs: Vec<&str> = args
            .iter()
            .enumerate()
            .map(|(i, a)| match a.downcast::<StrObj>() {
                Some(s) => Ok(s.value.as_str()),
                None if i == 0 => Err(type_error(
                    "first maketrans argument must be a string if there is a second argument",
                )),
                None => Err(type_error(format!(
                    "maketrans() argument {} must be str, not {}",
                    i + 1,
                    class_name(a)
                ))),
            })
            .collect::<PyResult<_>>()?;
        if strs[0].chars().count() != strs[1].chars().count() {
            return Err(exc(
                "ValueError",
                "the first two maketrans arguments must have equal length",
            ));
        }
        let ord = |c: char| Value::int(i64::from(u32::from(c)));
        for (x, y) in strs[0].chars().zip(strs[1].chars()) {
            dict_store(d, ord(x), ord(y))?;
        }
        for z in strs.get(2).map_or("", |s| s).chars() {
            dict_store(d, ord(z), Value::none())?;
        }
        Ok(out)
    }

    /// The methods of int, float, tuple and range; `None` for others.
    pub(super) fn call_type_method(
        &mut self,
        recv: &Value,
        name: &str,
        args: &[Value],
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> Option<PyResult<Value>> {
        let m = lookup(recv, name)?;
        let t = class_name(recv);
        let qual = format!("{t}.{m}");
        Some((|| {
            if m == "to_bytes" {
                if args.len() > 2 {
                    return Err(type_error(format!(
                        "to_bytes() takes at most 2 positional arguments ({} given)",
                        args.len()
                    )));
                }
                let a = int_args(m, &["length", "byteorder"], args, kwnames, kwvals)?;
                let n = int_of(recv);
                let len = a[0].as_ref().map_or(Ok(1), super::to_index)?;
                if len < 0 {
                    return Err(exc("ValueError", "length argument must be non-negative"));
                }
                let little = byteorder(a[1].as_ref())?;
                let signed = a[2].as_ref().is_some_and(super::truthy);
                return int_to_bytes(&n, len as usize, little, signed).map(new_bytes);
            }
            super::builtins::no_kw(&qual, kwnames)?;
            if let Some(s) = recv.downcast::<crate::objects::SliceObj>() {
                return super::slices::slice_indices_method(s, args);
            }
            if SEQ_METHODS.contains(&m) {
                return self.seq_method(recv, m, args);
            }
            arity(&qual, args, 0, 0)?;
            match (to_num(recv), m) {
                (Some(Num::F(x)), "is_integer") => Ok(Value::bool(num::float_is_integer(x))),
                (Some(Num::F(x)), "hex") => Ok(new_str(float_hex(x))),
                (Some(Num::F(x)), _) => {
                    let (p, q) = num::float_as_integer_ratio(x).map_err(num_err)?;
                    Ok(new_tuple(vec![
                        Value::from_bigint(p),
                        Value::from_bigint(q),
                    ]))
                }
                (_, "as_integer_ratio") => Ok(new_tuple(vec![
                    Value::from_bigint(int_of(recv)),
                    Value::int(1),
                ])),
                (_, "bit_length") => {
                    let n = int_of(recv);
                    Ok(Value::int(num::bit_length(&n) as i64))
                }
                _ => {
                    let n = int_of(recv);
                    let ones: u64 = n
                        .magnitude()
                        .iter_u64_digits()
                        .map(|d| d.count_ones() as u64)
                        .sum();
                    Ok(Value::int(ones as i64))
                }
            }
        })())
    }

    /// `tuple.count/index` and `range.count/index`.
    fn seq_method(&mut self, recv: &Value, m: &str, args: &[Value]) -> PyResult<Value> {
        if let Some(r) = recv.downcast::<RangeObj>()
            && let [x] = args
            && let Some(Num::I(_) | Num::B(_)) = to_num(x)
        {
            // Arithmetic, as CPython's `range_index` for exact ints.
            let x = x.to_bigint().unwrap_or_default();
            let (start, step) = (BigInt::from(r.start), BigInt::from(r.step));
            let len = super::seq_len(recv).unwrap_or(0);
            let off = &x - &start;
            let i = &off / &step;
            let found = (&off % &step).is_zero() && !i.is_negative() && i < BigInt::from(len);
            return match (m, found) {
                ("count", f) => Ok(Value::int(i64::from(f))),
                (_, true) => Ok(Value::from_bigint(i)),
                _ => Err(exc("ValueError", format!("{x} is not in range"))),
            };
        }
        let is_tuple = recv.downcast::<TupleObj>().is_some();
        if m == "count" {
            arity(
                if is_tuple {
                    "tuple.count"
                } else {
                    "range.count"
                },
                args,
                1,
                1,
            )?;
        } else {
            arity("index", args, 1, if is_tuple { 3 } else { 1 })?;
        }
        let items = self.collect_iter(recv)?;
        let (start, end) = index_bounds(args, items.len())?;
        let mut count = 0;
        for (i, x) in items.iter().enumerate() {
            if (m == "count" || (i >= start && i < end)) && (x.is(&args[0]) || eq(x, &args[0])?) {
                if m == "index" {
                    return Ok(Value::int(i as i64));
                }
                count += 1;
            }
        }
        match (m, is_tuple) {
            ("count", _) => Ok(Value::int(count)),
            (_, true) => Err(exc("ValueError", "tuple.index(x): x not in tuple")),
            _ => Err(exc("ValueError", "sequence.index(x): x not in sequence")),
        }
    }
}

/// Binds `int.to_bytes`/`int.from_bytes` arguments: the positional ones in
/// `names`, then the keyword-only `signed`.
fn int_args(
    fname: &str,
    names: &[&str],
    args: &[Value],
    kwnames: &[&str],
    kwvals: &[Value],
) -> PyResult<Vec<Option<Value>>> {
    let all = [names[0], names[1], "signed"];
    bind_args(fname, &all, 0, 0, args, kwnames, kwvals)
}

fn byteorder(v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match v.downcast::<StrObj>().map(|s| s.value.as_str()) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(exc(
            "ValueError",
            "byteorder must be either 'little' or 'big'",
        )),
        None => Err(type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            class_name(v)
        ))),
    }
}

/// `n.to_bytes(len, byteorder, signed=...)`.
fn int_to_bytes(n: &BigInt, len: usize, little: bool, signed: bool) -> PyResult<Vec<u8>> {
    if !signed && n.is_negative() {
        return Err(exc(
            "OverflowError",
            "can't convert negative int to unsigned",
        ));
    }
    let mut b = if n.is_zero() {
        vec![]
    } else if signed {
        n.to_signed_bytes_le()
    } else {
        n.magnitude().to_bytes_le()
    };
    if b.len() > len {
        return Err(exc("OverflowError", "int too big to convert"));
    }
    b.resize(len, if n.is_negative() { 0xff } else { 0 });
    if !little {
        b.reverse();
    }
    Ok(b)
}

fn int_from_bytes(data: &[u8], little: bool, signed: bool) -> BigInt {
    let mut b = data.to_vec();
    if !little {
        b.reverse();
    }
    if signed {
        BigInt::from_signed_bytes_le(&b)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &b)
    }
}

/// `x.hex()`, as CPython's `float_hex`.
fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return crate::format::format_float(x, "r").unwrap_or_default();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let mant = bits & ((1 << 52) - 1);
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!("{sign}0x{lead}.{mant:013x}p{e:+}")
}

/// `float.fromhex(s)`: the exact value, rounded half to even.
fn float_fromhex(s: &str) -> PyResult<f64> {
    let invalid = || exc("ValueError", "invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = t.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, pexp) = match body.split_once('p') {
        Some((d, p)) => {
            let p = p.strip_prefix('+').unwrap_or(p);
            let mag = p.strip_prefix('-').unwrap_or(p);
            if mag.is_empty() || !mag.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // A huge exponent saturates: the value is 0 or too large.
            (
                d,
                p.parse::<i64>().unwrap_or(if p.starts_with('-') {
                    -1 << 40
                } else {
                    1 << 40
                }),
            )
        }
        None => (body, 0),
    };
    let (int_part, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if int_part.len() + frac.len() == 0
        || !int_part
            .chars()
            .chain(frac.chars())
            .all(|c| c.is_ascii_hexdigit())
    {
        return Err(invalid());
    }
    let m = BigUint::parse_bytes(format!("{int_part}{frac}").as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(sign(0.0));
    }
    let e = pexp - 4 * frac.len() as i64;
    let top = m.bits() as i64 + e - 1;
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = m.bits() as i64 - keep;
    let (q, k) = if shift > 0 {
        let q = &m >> shift as u64;
        let rem = &m - (&q << shift as u64);
        let half = BigUint::from(1u8) << (shift - 1) as u64;
        let up = rem > half || (rem == half && q.bit(0));
        (if up { q + 1u8 } else { q }, e + shift)
    } else {
        (m, e)
    };
    let mut x = q.to_f64().unwrap_or(f64::INFINITY);
    let mut k = k.clamp(-1 << 20, 1 << 20);
    while k != 0 {
        let step = k.clamp(-1000, 1000);
        x *= 2f64.powi(step as i32);
        k -= step;
    }
    if x.is_infinite() {
        return Err(exc(
            "OverflowError",
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(sign(x))
}
