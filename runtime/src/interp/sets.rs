//! `frozenset`, and the operators of `set` and `frozenset` (`| & - ^`,
//! subset comparisons) over the CPython-ordered set algebra of
//! `table.rs`. The result of a binary operator has the left operand's type.

use super::{PyResult, collections, eq, get_iter, iter_next, type_error};
use crate::objects::{SetObj, new_frozenset, new_set};
use crate::table::Set;
use crate::value::Value;
use krait_ir::{BinOp, CmpOp};

fn same(a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || eq(a, b)?)
}

fn wrap(table: Set<Value>, frozen: bool) -> Value {
    if frozen {
        new_frozenset(table)
    } else {
        new_set(table)
    }
}

/// `a op b` for two sets/frozensets; `None` if either is not one.
pub(super) fn set_binary(
    op: BinOp,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.downcast::<SetObj>(), b.downcast::<SetObj>()) else {
        return Ok(None);
    };
    let table = {
        let (p, q) = (x.table.borrow(), y.table.borrow());
        match op {
            BinOp::BitOr => p.union(&q, same)?,
            BinOp::BitAnd => p.intersection(&q, same)?,
            BinOp::Sub => p.difference(&q, same)?,
            BinOp::BitXor => p.symmetric_difference(&q, same)?,
            _ => return Ok(None),
        }
    };
    if inplace && !x.frozen {
        let old = std::mem::replace(&mut *x.table.borrow_mut(), table);
        drop(old);
        return Ok(Some(a.clone()));
    }
    Ok(Some(wrap(table, x.frozen)))
}

/// Whether every key of `x` is in `y`.
fn subset(x: &SetObj, y: &SetObj) -> PyResult<bool> {
    if x.table.borrow().len() > y.table.borrow().len() {
        return Ok(false);
    }
    for k in collections::set_items(x) {
        if !collections::set_contains(y, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a < b` etc. for two sets (subset order); `None` otherwise.
pub(super) fn set_order(op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let (x, y) = (a.downcast::<SetObj>()?, b.downcast::<SetObj>()?);
    let (lx, ly) = (x.table.borrow().len(), y.table.borrow().len());
    Some(match op {
        CmpOp::Le => subset(x, y),
        CmpOp::Ge => subset(y, x),
        CmpOp::Lt => subset(x, y).map(|s| s && lx < ly),
        CmpOp::Gt => subset(y, x).map(|s| s && ly < lx),
        _ => return None,
    })
}

/// CPython's `frozenset_hash`: order-independent, from the keys' hashes.
pub(super) fn frozenset_hash(s: &SetObj) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let t = s.table.borrow();
    let mut hash: u64 = 0;
    for (h, _) in t.iter() {
        hash ^= shuffle(h as u64);
    }
    hash ^= (t.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}

/// `frozenset()` / `frozenset(iterable)`.
pub(super) fn construct_frozenset(args: &[Value]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let Some(src) = args.first() else {
        return Ok(new_frozenset(Set::new()));
    };
    if let Some(s) = src.downcast::<SetObj>() {
        if s.frozen {
            return Ok(src.clone());
        }
        return Ok(new_frozenset(s.table.borrow().copy()));
    }
    let tmp = collections::build_set(collect(src)?)?;
    let table = match tmp.downcast::<SetObj>() {
        Some(s) => std::mem::take(&mut *s.table.borrow_mut()),
        None => Set::new(),
    };
    Ok(new_frozenset(table))
}

/// The non-mutating methods shared by `set` and `frozenset`
/// (`union`, `issubset`, ...), taking any iterables.
pub(super) fn set_method(recv: &SetObj, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
    let op = match name {
        "union" => BinOp::BitOr,
        "intersection" => BinOp::BitAnd,
        "difference" => BinOp::Sub,
        "symmetric_difference" => BinOp::BitXor,
        "issubset" | "issuperset" | "isdisjoint" => BinOp::MatMul,
        _ => return None,
    };
    Some((|| {
        let me = wrap(recv.table.borrow().copy(), recv.frozen);
        if op == BinOp::MatMul {
            if args.len() != 1 {
                return Err(type_error(format!(
                    "{}.{name}() takes exactly one argument ({} given)",
                    if recv.frozen { "frozenset" } else { "set" },
                    args.len()
                )));
            }
            let other = as_set(&args[0])?;
            let (Some(x), Some(y)) = (me.downcast::<SetObj>(), other.downcast::<SetObj>()) else {
                return Ok(Value::bool(false));
            };
            return Ok(Value::bool(match name {
                "issubset" => subset(x, y)?,
                "issuperset" => subset(y, x)?,
                _ => {
                    for k in collections::set_items(x) {
                        if collections::set_contains(y, &k)? {
                            return Ok(Value::bool(false));
                        }
                    }
                    true
                }
            }));
        }
        if op == BinOp::BitXor && args.len() != 1 {
            return Err(type_error(format!(
                "{}.symmetric_difference() takes exactly one argument ({} given)",
                if recv.frozen { "frozenset" } else { "set" },
                args.len()
            )));
        }
        let mut acc = me;
        for a in args {
            let other = as_set(a)?;
            if let Some(r) = set_binary(op, &acc, &other, false)? {
                acc = r;
            }
        }
        Ok(acc)
    })())
}

fn as_set(v: &Value) -> PyResult<Value> {
    if v.downcast::<SetObj>().is_some() {
        return Ok(v.clone());
    }
    collections::build_set(collect(v)?)
}

fn collect(v: &Value) -> PyResult<Vec<Value>> {
    let it = get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = iter_next(&it)? {
        out.push(x);
    }
    Ok(out)
}
