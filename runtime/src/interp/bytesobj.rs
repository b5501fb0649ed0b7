//! `bytes` and `bytearray` in the interpreter, on the kernels of
//! [`crate::bytesops`]: construction, indexing and slicing, iteration,
//! `in`, `+`/`*` (in place for bytearray), comparison, `repr`, the shared
//! methods (a bytearray's results are bytearrays), bytearray mutation,
//! `str.encode`, `bytes.decode` and `bytes.fromhex`.
//!
//! Operands are copied out of the objects before a kernel runs, so a
//! bytearray is never borrowed while Python code (an iterator) runs.

use super::builtins::bind_args;
use super::{
    Interp, Num, PyResult, collect_items, exc, norm_index, ordering_holds, repeat_count, seq_index,
    str_err, to_index, to_num, type_error, type_name,
};
use crate::bytesops as bo;
use crate::objects::{
    ByteArrayObj, BytesObj, ClassObj, SliceObj, StrObj, new_bytearray, new_bytes, new_list,
    new_method, new_str, new_tuple,
};
use crate::value::Value;
use krait_ir::{BinOp, CmpOp};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Bytes,
    ByteArray,
}

fn kind(v: &Value) -> Option<Kind> {
    if v.downcast::<BytesObj>().is_some() {
        Some(Kind::Bytes)
    } else if v.downcast::<ByteArrayObj>().is_some() {
        Some(Kind::ByteArray)
    } else {
        None
    }
}

fn make(k: Kind, v: Vec<u8>) -> Value {
    match k {
        Kind::Bytes => new_bytes(v),
        Kind::ByteArray => new_bytearray(v),
    }
}

fn make_slice(k: Kind, v: &[u8]) -> Value {
    make(k, v.to_vec())
}

/// The content of a bytes or bytearray (a copy).
pub(super) fn buf(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesObj>() {
        return Some(b.value.clone());
    }
    v.downcast::<ByteArrayObj>()
        .map(|b| b.value.borrow().clone())
}

fn need_buf(v: &Value) -> PyResult<Vec<u8>> {
    buf(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// A search argument: a bytes-like object or an int (one byte).
fn sub_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buf(v) {
        return Ok(b);
    }
    if matches!(to_num(v), Some(Num::I(_) | Num::B(_))) {
        let i = to_index(v).unwrap_or(i64::MAX);
        return bo::byte_value(i).map(|b| vec![b]).map_err(str_err);
    }
    Err(type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(v)
    )))
}

fn is_int(v: &Value) -> bool {
    matches!(to_num(v), Some(Num::I(_) | Num::B(_)))
}

/// An int as a byte value (`bytearray` items).
fn byte_of(v: &Value) -> PyResult<u8> {
    let i = to_index(v)?;
    bo::byte_value(i).map_err(str_err)
}

/// `len(v)`.
pub(super) fn len(v: &Value) -> Option<usize> {
    if let Some(b) = v.downcast::<BytesObj>() {
        return Some(b.value.len());
    }
    v.downcast::<ByteArrayObj>().map(|b| b.value.borrow().len())
}

/// `repr(v)`.
pub(super) fn repr(v: &Value) -> Option<String> {
    if let Some(b) = v.downcast::<BytesObj>() {
        return Some(bo::repr(&b.value));
    }
    v.downcast::<ByteArrayObj>()
        .map(|b| format!("bytearray({})", bo::repr(&b.value.borrow())))
}

/// The next int of an iterator over a bytes or bytearray at `pos`.
pub(super) fn item_at(seq: &Value, pos: usize) -> Option<Option<Value>> {
    if let Some(b) = seq.downcast::<BytesObj>() {
        return Some(b.value.get(pos).map(|&c| Value::int(i64::from(c))));
    }
    seq.downcast::<ByteArrayObj>()
        .map(|b| b.value.borrow().get(pos).map(|&c| Value::int(i64::from(c))))
}

/// `a == b` for two bytes-like objects.
pub(super) fn eq(a: &Value, b: &Value) -> Option<bool> {
    kind(a)?;
    kind(b)?;
    Some(buf(a)? == buf(b)?)
}

/// `a op b` (ordering) for two bytes-like objects.
pub(super) fn order(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    kind(a)?;
    kind(b)?;
    Some(ordering_holds(op, buf(a)?.cmp(&buf(b)?)))
}

/// `item in container` for a bytes-like container.
pub(super) fn contains(container: &Value, item: &Value) -> Option<PyResult<bool>> {
    let hay = buf(container)?;
    Some((|| {
        if is_int(item) {
            let b = bo::byte_value(to_index(item).unwrap_or(i64::MAX)).map_err(str_err)?;
            return Ok(hay.contains(&b));
        }
        let sub = need_buf(item)?;
        Ok(bo::find(&hay, &sub, None, None) >= 0)
    })())
}

/// `o[k]` for an int `k` (slices go through [`get_slice`]).
pub(super) fn getitem(o: &Value, k: &Value) -> Option<PyResult<Value>> {
    let kd = kind(o)?;
    if k.downcast::<SliceObj>().is_some() {
        return None;
    }
    Some((|| {
        let (idx_err, oor) = match kd {
            Kind::Bytes => ("byte", "index out of range"),
            Kind::ByteArray => ("bytearray", "bytearray index out of range"),
        };
        if !is_int(k) {
            return Err(type_error(format!(
                "{idx_err} indices must be integers or slices, not {}",
                type_name(k)
            )));
        }
        let b = buf(o).unwrap_or_default();
        norm_index(seq_index(k)?, b.len())
            .map(|i| Value::int(i64::from(b[i])))
            .ok_or_else(|| exc("IndexError", oor))
    })())
}

/// `o[s]` for a slice `s`.
pub(super) fn get_slice(o: &Value, s: &SliceObj) -> Option<PyResult<Value>> {
    let kd = kind(o)?;
    let b = buf(o)?;
    Some(super::slices::indices(s, b.len()).map(|(start, step, n)| {
        let v: Vec<u8> = (0..n).map(|k| b[(start + k * step) as usize]).collect();
        make(kd, v)
    }))
}

/// The bytes a slice assignment stores.
fn assigned_bytes(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buf(v) {
        return Ok(b);
    }
    let bad =
        || type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    if is_int(v) || v.downcast::<StrObj>().is_some() {
        return Err(bad());
    }
    let items = collect_items(v).map_err(|_| bad())?;
    items.iter().map(byte_of).collect()
}

/// `o[k] = v` on a bytearray.
pub(super) fn setitem(o: &Value, k: &Value, v: &Value) -> Option<PyResult<()>> {
    let ba = o.downcast::<ByteArrayObj>()?;
    Some((|| {
        if let Some(s) = k.downcast::<SliceObj>() {
            let new = assigned_bytes(v)?;
            let mut b = ba.value.borrow_mut();
            let (start, step, n) = super::slices::indices(s, b.len())?;
            if step == 1 {
                let start = start as usize;
                b.splice(start..start + n as usize, new);
                return Ok(());
            }
            if new.len() as i64 != n {
                return Err(exc(
                    "ValueError",
                    format!(
                        "attempt to assign bytes of size {} to extended slice of size {n}",
                        new.len()
                    ),
                ));
            }
            for (j, c) in new.into_iter().enumerate() {
                b[(start + j as i64 * step) as usize] = c;
            }
            return Ok(());
        }
        if !is_int(k) {
            return Err(type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                type_name(k)
            )));
        }
        let i = seq_index(k)?;
        let c = byte_of(v)?;
        let mut b = ba.value.borrow_mut();
        let len = b.len();
        let Some(i) = norm_index(i, len) else {
            return Err(exc("IndexError", "bytearray index out of range"));
        };
        b[i] = c;
        Ok(())
    })())
}

/// `del o[k]` on a bytearray.
pub(super) fn delitem(o: &Value, k: &Value) -> Option<PyResult<()>> {
    let ba = o.downcast::<ByteArrayObj>()?;
    Some((|| {
        let mut b = ba.value.borrow_mut();
        if let Some(s) = k.downcast::<SliceObj>() {
            let (start, step, n) = super::slices::indices(s, b.len())?;
            let gone: Vec<usize> = (0..n).map(|j| (start + j * step) as usize).collect();
            let mut keep = Vec::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if !gone.contains(&i) {
                    keep.push(c);
                }
            }
            *b = keep;
            return Ok(());
        }
        if !is_int(k) {
            return Err(type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                type_name(k)
            )));
        }
        let len = b.len();
        let Some(i) = norm_index(seq_index(k)?, len) else {
            return Err(exc("IndexError", "bytearray index out of range"));
        };
        b.remove(i);
        Ok(())
    })())
}

/// `a + b`, `a * n`, `n * a` (and the in-place forms on a bytearray).
pub(super) fn binary(op: BinOp, a: &Value, b: &Value, inplace: bool) -> Option<PyResult<Value>> {
    match op {
        BinOp::Add => {
            let ka = kind(a)?;
            Some((|| {
                let Some(y) = buf(b) else {
                    return Err(type_error(format!(
                        "can't concat {} to {}",
                        type_name(b),
                        type_name(a)
                    )));
                };
                if inplace && let Some(ba) = a.downcast::<ByteArrayObj>() {
                    ba.value.borrow_mut().extend_from_slice(&y);
                    return Ok(a.clone());
                }
                let mut x = buf(a).unwrap_or_default();
                x.extend_from_slice(&y);
                Ok(make(ka, x))
            })())
        }
        BinOp::Mul => {
            let (seq, n) = if kind(a).is_some() { (a, b) } else { (b, a) };
            let k = kind(seq)?;
            Some((|| {
                let Some(count) = repeat_count(n)? else {
                    return Err(type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        type_name(n)
                    )));
                };
                let x = buf(seq).unwrap_or_default();
                if x.len().checked_mul(count).is_none_or(|t| t >= 1 << 40) {
                    return Err(crate::objects::new_exception("MemoryError", vec![]));
                }
                let r = x.repeat(count);
                if inplace
                    && seq.is(a)
                    && let Some(ba) = a.downcast::<ByteArrayObj>()
                {
                    *ba.value.borrow_mut() = r;
                    return Ok(a.clone());
                }
                Ok(make(k, r))
            })())
        }
        _ => None,
    }
}

/// `bytes.fromhex` / `bytearray.fromhex` as attributes of the class.
pub(super) fn class_attr(o: &Value, name: &str) -> Option<Value> {
    let c = o.downcast::<ClassObj>()?;
    (matches!(c.name, "bytes" | "bytearray") && name == "fromhex")
        .then(|| new_method(o.clone(), "fromhex"))
}

const BYTES_METHODS: &[&str] = &[
    "capitalize",
    "center",
    "count",
    "decode",
    "endswith",
    "expandtabs",
    "find",
    "hex",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
];

const BYTEARRAY_ONLY: &[&str] = &[
    "append", "extend", "pop", "insert", "remove", "clear", "copy", "reverse",
];

/// The methods of bytes and bytearray, and `str.encode`.
pub(super) fn lookup(v: &Value, name: &str) -> Option<&'static str> {
    let table: &[&'static str] = match kind(v) {
        Some(_) if BYTES_METHODS.contains(&name) => BYTES_METHODS,
        Some(Kind::ByteArray) => BYTEARRAY_ONLY,
        Some(Kind::Bytes) => return None,
        None if v.downcast::<StrObj>().is_some() && name == "encode" => return Some("encode"),
        None => return None,
    };
    table.iter().find(|m| **m == name).copied()
}

fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(type_error(if max == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max && max == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    }))
}

fn opt_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => to_index(v).map(Some),
    }
}

/// An optional `str` argument (`encoding`, `errors`) of `fname`.
fn str_arg<'a>(
    fname: &str,
    what: &str,
    v: Option<&'a Value>,
    default: &'a str,
) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(v) => match v.downcast::<StrObj>() {
            Some(s) => Ok(&s.value),
            None => Err(type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                type_name(v)
            ))),
        },
    }
}

/// The fill byte of `center`/`ljust`/`rjust`.
fn fill_arg(name: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v else {
        return Ok(b' ');
    };
    match buf(v) {
        Some(b) if b.len() == 1 => Ok(b[0]),
        _ => Err(type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            type_name(v)
        ))),
    }
}

fn list_of(k: Kind, parts: Vec<&[u8]>) -> Value {
    new_list(parts.into_iter().map(|p| make_slice(k, p)).collect())
}

impl Interp<'_, '_> {
    /// `bytes(...)` and `bytearray(...)`.
    pub(super) fn construct_bytes_like(
        &mut self,
        cname: &str,
        args: &[Value],
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        let k = if cname == "bytes" {
            Kind::Bytes
        } else {
            Kind::ByteArray
        };
        let a = bind_args(
            cname,
            &["source", "encoding", "errors"],
            0,
            0,
            args,
            kwnames,
            kwvals,
        )?;
        let (src, enc, errs) = (a[0].as_ref(), a[1].as_ref(), a[2].as_ref());
        let Some(src) = src else {
            if enc.is_some() {
                return Err(type_error("encoding without a string argument"));
            }
            if errs.is_some() {
                return Err(type_error("errors without a string argument"));
            }
            return Ok(make(k, Vec::new()));
        };
        if let Some(s) = src.downcast::<StrObj>() {
            if enc.is_none() {
                return Err(type_error("string argument without an encoding"));
            }
            let e = str_arg(cname, "encoding", enc, "utf-8")?;
            let er = str_arg(cname, "errors", errs, "strict")?;
            return bo::encode(&s.value, e, er)
                .map(|v| make(k, v))
                .map_err(str_err);
        }
        if enc.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errs.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        if k == Kind::Bytes && src.downcast::<BytesObj>().is_some() {
            return Ok(src.clone());
        }
        if let Some(b) = buf(src) {
            return Ok(make(k, b));
        }
        if is_int(src) {
            let n = to_index(src)?;
            if n < 0 {
                return Err(exc("ValueError", "negative count"));
            }
            return Ok(make(k, vec![0; n as usize]));
        }
        if super::get_iter(src).is_err() {
            return Err(type_error(format!(
                "cannot convert '{}' object to {cname}",
                type_name(src)
            )));
        }
        let items = self.collect_iter(src)?;
        let mut out = Vec::with_capacity(items.len());
        for v in &items {
            let i = to_index(v)?;
            match u8::try_from(i) {
                Ok(c) => out.push(c),
                Err(_) => {
                    return Err(exc(
                        "ValueError",
                        if k == Kind::Bytes {
                            "bytes must be in range(0, 256)"
                        } else {
                            "byte must be in range(0, 256)"
                        },
                    ));
                }
            }
        }
        Ok(make(k, out))
    }

    /// The methods of bytes and bytearray, `str.encode` and
    /// `bytes.fromhex`; `None` when `recv` is none of these.
    pub(super) fn bytes_method(
        &mut self,
        recv: &Value,
        name: &str,
        args: &[Value],
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> Option<PyResult<Value>> {
        if let Some(c) = recv.downcast::<ClassObj>() {
            if name != "fromhex" || !matches!(c.name, "bytes" | "bytearray") {
                return None;
            }
            let k = if c.name == "bytes" {
                Kind::Bytes
            } else {
                Kind::ByteArray
            };
            return Some((|| {
                super::builtins::no_kw("fromhex", kwnames)?;
                arity("fromhex", args, 1, 1)?;
                let Some(s) = args[0].downcast::<StrObj>() else {
                    return Err(type_error(format!(
                        "fromhex() argument must be str, not {}",
                        type_name(&args[0])
                    )));
                };
                bo::fromhex(&s.value).map(|v| make(k, v)).map_err(str_err)
            })());
        }
        if let Some(s) = recv.downcast::<StrObj>() {
            if name != "encode" {
                return None;
            }
            return Some((|| {
                let a = bind_args(
                    "encode",
                    &["encoding", "errors"],
                    0,
                    0,
                    args,
                    kwnames,
                    kwvals,
                )?;
                let e = str_arg("encode", "encoding", a[0].as_ref(), "utf-8")?;
                let er = str_arg("encode", "errors", a[1].as_ref(), "strict")?;
                bo::encode(&s.value, e, er).map(new_bytes).map_err(str_err)
            })());
        }
        let k = kind(recv)?;
        Some(self.bytes_method_of(k, recv, name, args, kwnames, kwvals))
    }

    fn bytes_method_of(
        &mut self,
        k: Kind,
        recv: &Value,
        name: &str,
        args: &[Value],
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        let s = buf(recv).unwrap_or_default();
        let with_kw = [
            "split",
            "rsplit",
            "splitlines",
            "hex",
            "decode",
            "expandtabs",
        ];
        if !with_kw.contains(&name) {
            super::builtins::no_kw(name, kwnames)?;
        }
        if let Some(ba) = recv.downcast::<ByteArrayObj>()
            && BYTEARRAY_ONLY.contains(&name)
        {
            return self.bytearray_method(ba, name, args);
        }
        match name {
            "decode" => {
                let a = bind_args(
                    "decode",
                    &["encoding", "errors"],
                    0,
                    0,
                    args,
                    kwnames,
                    kwvals,
                )?;
                let e = str_arg("decode", "encoding", a[0].as_ref(), "utf-8")?;
                let er = str_arg("decode", "errors", a[1].as_ref(), "strict")?;
                bo::decode(&s, e, er).map(new_str).map_err(str_err)
            }
            "hex" => {
                let a = bind_args(
                    "hex",
                    &["sep", "bytes_per_sep"],
                    0,
                    0,
                    args,
                    kwnames,
                    kwvals,
                )?;
                let sep_bytes;
                let sep = match a[0].as_ref() {
                    None => None,
                    Some(v) => {
                        if let Some(st) = v.downcast::<StrObj>() {
                            Some(bo::HexSep::Str(&st.value))
                        } else if let Some(b) = buf(v) {
                            sep_bytes = b;
                            Some(bo::HexSep::Bytes(&sep_bytes))
                        } else {
                            return Err(type_error(format!(
                                "sep must be str or bytes, not {}",
                                type_name(v)
                            )));
                        }
                    }
                };
                let per = match a[1].as_ref() {
                    None => 1,
                    Some(v) => to_index(v)?,
                };
                bo::hex(&s, sep, per).map(new_str).map_err(str_err)
            }
            "find" | "rfind" | "index" | "rindex" | "count" => {
                arity(name, args, 1, 3)?;
                let sub = sub_arg(&args[0])?;
                let start = opt_index(args.get(1))?;
                let end = opt_index(args.get(2))?;
                Ok(Value::int(match name {
                    "find" => bo::find(&s, &sub, start, end),
                    "rfind" => bo::rfind(&s, &sub, start, end),
                    "index" => bo::index(&s, &sub, start, end).map_err(str_err)?,
                    "rindex" => bo::rindex(&s, &sub, start, end).map_err(str_err)?,
                    _ => bo::count(&s, &sub, start, end),
                }))
            }
            "startswith" | "endswith" => {
                arity(name, args, 1, 3)?;
                let bad = |v: &Value| {
                    type_error(format!(
                        "{name} first arg must be bytes or a tuple of bytes, not {}",
                        type_name(v)
                    ))
                };
                let pats: Vec<Vec<u8>> =
                    if let Some(t) = args[0].downcast::<crate::objects::TupleObj>() {
                        t.items.iter().map(need_buf).collect::<PyResult<_>>()?
                    } else {
                        vec![buf(&args[0]).ok_or_else(|| bad(&args[0]))?]
                    };
                let refs: Vec<&[u8]> = pats.iter().map(Vec::as_slice).collect();
                let start = opt_index(args.get(1))?;
                let end = opt_index(args.get(2))?;
                Ok(Value::bool(if name == "startswith" {
                    bo::startswith(&s, &refs, start, end)
                } else {
                    bo::endswith(&s, &refs, start, end)
                }))
            }
            "split" | "rsplit" => {
                let a = bind_args(name, &["sep", "maxsplit"], 0, 0, args, kwnames, kwvals)?;
                let sep = match a[0].as_ref() {
                    None => None,
                    Some(v) if v.is_none() => None,
                    Some(v) => Some(need_buf(v)?),
                };
                let max = match a[1].as_ref() {
                    None => -1,
                    Some(v) => to_index(v)?,
                };
                let parts = if name == "split" {
                    bo::split(&s, sep.as_deref(), max)
                } else {
                    bo::rsplit(&s, sep.as_deref(), max)
                }
                .map_err(str_err)?;
                Ok(list_of(k, parts))
            }
            "splitlines" => {
                let a = bind_args(name, &["keepends"], 0, 0, args, kwnames, kwvals)?;
                let keep = a[0].as_ref().is_some_and(super::truthy);
                Ok(list_of(k, bo::splitlines(&s, keep)))
            }
            "join" => {
                arity("join", args, 1, 1)?;
                let items = self.collect_iter(&args[0])?;
                let mut parts = Vec::with_capacity(items.len());
                for (i, v) in items.iter().enumerate() {
                    match buf(v) {
                        Some(b) => parts.push(b),
                        None => {
                            return Err(type_error(format!(
                                "sequence item {i}: expected a bytes-like object, {} found",
                                type_name(v)
                            )));
                        }
                    }
                }
                let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
                Ok(make(k, bo::join(&s, &refs)))
            }
            "replace" => {
                arity("replace", args, 2, 3)?;
                let old = need_buf(&args[0])?;
                let new = need_buf(&args[1])?;
                let count = match args.get(2) {
                    None => -1,
                    Some(v) => to_index(v)?,
                };
                Ok(make(k, bo::replace(&s, &old, &new, count)))
            }
            "strip" | "lstrip" | "rstrip" => {
                arity(name, args, 0, 1)?;
                let chars = match args.first() {
                    None => None,
                    Some(v) if v.is_none() => None,
                    Some(v) => Some(need_buf(v)?),
                };
                let c = chars.as_deref();
                Ok(make_slice(
                    k,
                    match name {
                        "strip" => bo::strip(&s, c),
                        "lstrip" => bo::lstrip(&s, c),
                        _ => bo::rstrip(&s, c),
                    },
                ))
            }
            "partition" | "rpartition" => {
                arity(name, args, 1, 1)?;
                let sep = need_buf(&args[0])?;
                let (a, b, c) = if name == "partition" {
                    bo::partition(&s, &sep)
                } else {
                    bo::rpartition(&s, &sep)
                }
                .map_err(str_err)?;
                // A bytes partition that finds nothing returns the object
                // itself; a copy prints the same.
                Ok(new_tuple(vec![
                    make_slice(k, a),
                    make_slice(k, b),
                    make_slice(k, c),
                ]))
            }
            "removeprefix" | "removesuffix" => {
                arity(name, args, 1, 1)?;
                let x = need_buf(&args[0])?;
                Ok(make_slice(
                    k,
                    if name == "removeprefix" {
                        bo::removeprefix(&s, &x)
                    } else {
                        bo::removesuffix(&s, &x)
                    },
                ))
            }
            "center" | "ljust" | "rjust" => {
                arity(name, args, 1, 2)?;
                let w = to_index(&args[0])?;
                let fill = fill_arg(name, args.get(1))?;
                Ok(make(
                    k,
                    match name {
                        "center" => bo::center(&s, w, fill),
                        "ljust" => bo::ljust(&s, w, fill),
                        _ => bo::rjust(&s, w, fill),
                    },
                ))
            }
            "zfill" => {
                arity(name, args, 1, 1)?;
                Ok(make(k, bo::zfill(&s, to_index(&args[0])?)))
            }
            "expandtabs" => {
                let a = bind_args(name, &["tabsize"], 0, 0, args, kwnames, kwvals)?;
                let t = match a[0].as_ref() {
                    None => 8,
                    Some(v) => to_index(v)?,
                };
                Ok(make(k, bo::expandtabs(&s, t)))
            }
            _ => {
                arity(name, args, 0, 0)?;
                Ok(match name {
                    "upper" => make(k, bo::upper(&s)),
                    "lower" => make(k, bo::lower(&s)),
                    "swapcase" => make(k, bo::swapcase(&s)),
                    "capitalize" => make(k, bo::capitalize(&s)),
                    "title" => make(k, bo::title(&s)),
                    "isdigit" => Value::bool(bo::isdigit(&s)),
                    "isalpha" => Value::bool(bo::isalpha(&s)),
                    "isalnum" => Value::bool(bo::isalnum(&s)),
                    "isspace" => Value::bool(bo::isspace(&s)),
                    "isascii" => Value::bool(bo::isascii(&s)),
                    "islower" => Value::bool(bo::islower(&s)),
                    "isupper" => Value::bool(bo::isupper(&s)),
                    "istitle" => Value::bool(bo::istitle(&s)),
                    _ => return Err(super::unsupported(&format!("bytes.{name}"))),
                })
            }
        }
    }

    fn bytearray_method(
        &mut self,
        ba: &ByteArrayObj,
        name: &str,
        args: &[Value],
    ) -> PyResult<Value> {
        let none = Ok(Value::none());
        match name {
            "append" => {
                arity("append", args, 1, 1)?;
                let c = byte_of(&args[0])?;
                ba.value.borrow_mut().push(c);
                none
            }
            "extend" => {
                arity("extend", args, 1, 1)?;
                let new = if let Some(b) = buf(&args[0]) {
                    b
                } else {
                    if super::get_iter(&args[0]).is_err() {
                        return Err(type_error(format!(
                            "can't extend bytearray with {}",
                            type_name(&args[0])
                        )));
                    }
                    let items = self.collect_iter(&args[0])?;
                    items.iter().map(byte_of).collect::<PyResult<_>>()?
                };
                ba.value.borrow_mut().extend(new);
                none
            }
            "pop" => {
                arity("pop", args, 0, 1)?;
                let i = match args.first() {
                    None => -1,
                    Some(v) => seq_index(v)?,
                };
                let mut b = ba.value.borrow_mut();
                if b.is_empty() {
                    return Err(exc("IndexError", "pop from empty bytearray"));
                }
                let Some(i) = norm_index(i, b.len()) else {
                    return Err(exc("IndexError", "pop index out of range"));
                };
                Ok(Value::int(i64::from(b.remove(i))))
            }
            "insert" => {
                arity("insert", args, 2, 2)?;
                let i = seq_index(&args[0])?;
                let c = byte_of(&args[1])?;
                let mut b = ba.value.borrow_mut();
                let n = b.len() as i64;
                let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
                b.insert(i as usize, c);
                none
            }
            "remove" => {
                arity("remove", args, 1, 1)?;
                let c = byte_of(&args[0])?;
                let mut b = ba.value.borrow_mut();
                match b.iter().position(|&x| x == c) {
                    Some(i) => {
                        b.remove(i);
                        none
                    }
                    None => Err(exc("ValueError", "value not found in bytearray")),
                }
            }
            "clear" => {
                arity("clear", args, 0, 0)?;
                ba.value.borrow_mut().clear();
                none
            }
            "reverse" => {
                arity("reverse", args, 0, 0)?;
                ba.value.borrow_mut().reverse();
                none
            }
            _ => {
                arity("copy", args, 0, 0)?;
                Ok(new_bytearray(ba.value.borrow().clone()))
            }
        }
    }
}
