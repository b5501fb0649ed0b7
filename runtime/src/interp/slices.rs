//! Slicing: `seq[a:b:c]` on list, tuple, str and range, slice assignment
//! and deletion on lists, with CPython's index rules
//! (`PySlice_Unpack` + `PySlice_AdjustIndices`, via
//! [`strops::slice_indices`]) and error messages.

use super::{PyResult, exc, str_err, to_index, to_repr, type_error};
use crate::objects::{
    ListObj, RangeObj, SliceObj, StrObj, TupleObj, new_list, new_range, new_str, new_tuple,
    range_len,
};
use crate::strops;
use crate::value::Value;

/// One part of a slice as `_PyEval_SliceIndex` reads it: `None`, or an
/// int clamped to the machine range.
fn part(v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(b) = v.to_bigint() {
        use num_traits::ToPrimitive;
        return Ok(Some(b.to_i64().unwrap_or(
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            },
        )));
    }
    match to_index(v) {
        Ok(i) => Ok(Some(i)),
        Err(_) => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// `(start, step, length)` of `s` over `len` items.
pub(super) fn indices(s: &SliceObj, len: usize) -> PyResult<(i64, i64, i64)> {
    let (a, b, c) = (part(&s.start)?, part(&s.stop)?, part(&s.step)?);
    strops::slice_indices(len as i64, a, b, c).map_err(str_err)
}

fn pick(items: &[Value], start: i64, step: i64, n: i64) -> Vec<Value> {
    (0..n)
        .map(|k| items[(start + k * step) as usize].clone())
        .collect()
}

/// `s.indices(len)`.
pub(super) fn slice_indices_method(s: &SliceObj, args: &[Value]) -> PyResult<Value> {
    super::methods::arity("slice.indices", args, 1, 1)?;
    let len = to_index(&args[0])?;
    if len < 0 {
        return Err(exc("ValueError", "length should not be negative"));
    }
    let (a, b, c) = (part(&s.start)?, part(&s.stop)?, part(&s.step)?);
    let (a, b, c) = strops::slice_adjust(len, a, b, c).map_err(str_err)?;
    Ok(new_tuple(vec![Value::int(a), Value::int(b), Value::int(c)]))
}

/// `slice(stop)` / `slice(start, stop[, step])`.
pub(super) fn construct(args: &[Value]) -> PyResult<Value> {
    let none = Value::none;
    match args {
        [] => Err(type_error("slice expected at least 1 argument, got 0")),
        [stop] => Ok(crate::objects::new_slice(none(), stop.clone(), none())),
        [a, b] => Ok(crate::objects::new_slice(a.clone(), b.clone(), none())),
        [a, b, c] => Ok(crate::objects::new_slice(a.clone(), b.clone(), c.clone())),
        _ => Err(type_error(format!(
            "slice expected at most 3 arguments, got {}",
            args.len()
        ))),
    }
}

/// `s == t` for two slices: as the tuples of their parts.
pub(super) fn slice_eq(a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let (x, y) = (a.downcast::<SliceObj>()?, b.downcast::<SliceObj>()?);
    let parts = |s: &SliceObj| new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]);
    Some(super::eq(&parts(x), &parts(y)))
}

/// `o[s]` for the built-in sequences; `None` when `o` is not one.
pub(super) fn get_slice(o: &Value, s: &SliceObj) -> PyResult<Option<Value>> {
    if let Some(r) = super::bytesobj::get_slice(o, s) {
        return r.map(Some);
    }
    if let Some(l) = o.downcast::<ListObj>() {
        let items = l.items.borrow();
        let (start, step, n) = indices(s, items.len())?;
        return Ok(Some(new_list(pick(&items, start, step, n))));
    }
    if let Some(t) = o.downcast::<TupleObj>() {
        let (start, step, n) = indices(s, t.items.len())?;
        if start == 0 && step == 1 && n as usize == t.items.len() {
            return Ok(Some(o.clone()));
        }
        return Ok(Some(new_tuple(pick(&t.items, start, step, n))));
    }
    if let Some(st) = o.downcast::<StrObj>() {
        let (a, b, c) = (part(&s.start)?, part(&s.stop)?, part(&s.step)?);
        let r = strops::slice(&st.value, a, b, c).map_err(str_err)?;
        return Ok(Some(new_str(r)));
    }
    if let Some(r) = o.downcast::<RangeObj>() {
        let len = range_len(r.start, r.stop, r.step) as usize;
        let (start, step, n) = indices(s, len)?;
        let at = |i: i64| r.start as i128 + r.step as i128 * i as i128;
        let new_step = r.step as i128 * step as i128;
        let first = at(start);
        let last = first + new_step * n as i128;
        let fits = |x: i128| i64::try_from(x).ok();
        return match (fits(first), fits(last), fits(new_step)) {
            (Some(a), Some(b), Some(c)) => Ok(Some(new_range(a, b, c))),
            _ => Err(exc(
                "OverflowError",
                "krait: range slice bounds beyond 64 bits",
            )),
        };
    }
    Ok(None)
}

/// `l[s] = items` on a list.
pub(super) fn set_slice(l: &ListObj, s: &SliceObj, items: Vec<Value>) -> PyResult<()> {
    let mut list = l.items.borrow_mut();
    let (start, step, n) = indices(s, list.len())?;
    if step == 1 {
        let start = start as usize;
        let end = start + n as usize;
        let mut old: Vec<Value> = list.splice(start..end, items).collect();
        drop(list);
        // Last to first, as CPython's `list_ass_slice`.
        while let Some(v) = old.pop() {
            drop(v);
        }
        return Ok(());
    }
    if items.len() as i64 != n {
        return Err(exc(
            "ValueError",
            format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                items.len()
            ),
        ));
    }
    let mut old = Vec::with_capacity(items.len());
    for (k, v) in items.into_iter().enumerate() {
        let i = (start + k as i64 * step) as usize;
        old.push(std::mem::replace(&mut list[i], v));
    }
    drop(list);
    drop(old);
    Ok(())
}

/// `del l[s]` on a list.
pub(super) fn del_slice(l: &ListObj, s: &SliceObj) -> PyResult<()> {
    let mut list = l.items.borrow_mut();
    let (start, step, n) = indices(s, list.len())?;
    let (lo, hi, stride) = if step < 0 {
        (start + (n - 1) * step, start + 1, -step)
    } else {
        (start, start + (n - 1) * step + 1, step)
    };
    if n == 0 {
        return Ok(());
    }
    let mut removed = Vec::with_capacity(n as usize);
    let mut kept = Vec::with_capacity(list.len() - n as usize);
    for (i, v) in std::mem::take(&mut *list).into_iter().enumerate() {
        let i = i as i64;
        if i >= lo && i < hi && (i - lo) % stride == 0 {
            removed.push(v);
        } else {
            kept.push(v);
        }
    }
    *list = kept;
    drop(list);
    if step == 1 {
        // A plain slice goes through CPython's `list_ass_slice`: last to
        // first; an extended one releases in index order.
        removed.reverse();
    }
    drop(removed);
    Ok(())
}

/// `repr(slice)`.
pub(super) fn repr(s: &SliceObj) -> PyResult<String> {
    Ok(format!(
        "slice({}, {}, {})",
        to_repr(&s.start)?,
        to_repr(&s.stop)?,
        to_repr(&s.step)?
    ))
}
