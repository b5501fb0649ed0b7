//! `dict` and `set` objects over the CPython-ordered tables of
//! [`crate::table`]: hashing, lookup with Python equality, displays,
//! iteration, `repr` and equality.

use super::{PyResult, eq, exc, to_repr, type_error, type_name};
use crate::num;
use crate::objects::{
    BuiltinObj, ClassObj, DictIterObj, DictObj, DictPart, DictViewObj, ExceptionObj, FunctionObj,
    RangeObj, SetIterObj, SetObj, StrObj, TupleObj, new_dict, new_exception, new_set, new_tuple,
    range_len,
};
use crate::table::{Dict, IterError, Set};
use crate::value::{IntObj, Value};

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
fn hash_pointer<T>(p: &T) -> i64 {
    let h = (p as *const T as usize).rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

/// The hash of an instance of a user class, for the tables.
fn user_hash(v: &Value, c: &crate::objects::UserClassObj) -> PyResult<i64> {
    match c.lookup("__hash__") {
        None => {
            let h = v.id().rotate_right(4) as i64;
            Ok(if h == -1 { -2 } else { h })
        }
        Some(h) if h.is_none() => Err(type_error(format!(
            "unhashable type: '{}'",
            super::builtins::class_name(v)
        ))),
        // The tables call `hash` and `==` without the interpreter: the
        // interpreter's operations redo it (`keys.rs`).
        Some(_) => Err(super::keys::needs_interp()),
    }
}

/// `hash(v)`, raising `TypeError` for unhashable types.
pub(super) fn hash(v: &Value) -> PyResult<i64> {
    if crate::objects::builtin_of(v).is_some()
        && let Some(c) = super::classes::user_class_of(v)
        && c.lookup("__hash__").is_some()
    {
        return user_hash(v, c);
    }
    let v = crate::objects::builtin_value(v);
    if let Some(i) = v.as_small_int() {
        return Ok(num::hash_i64(i));
    }
    if let Some(b) = v.as_bool() {
        return Ok(i64::from(b));
    }
    if v.is_none() {
        // Identity-based in CPython (varies between runs).
        return Ok(0x0fc4_a2b0);
    }
    if v.is_ellipsis() || v.is_not_implemented() {
        return Ok((v.id() >> 4) as i64);
    }
    if let Some(o) = v.downcast::<IntObj>() {
        return Ok(num::hash_int(&o.value));
    }
    if let Some(x) = v.as_float() {
        return Ok(num::hash_float(x).unwrap_or(0x7ff8_0000));
    }
    if let Some(h) = super::complexobj::hash(v) {
        return Ok(h);
    }
    if let Some(s) = v.downcast::<StrObj>() {
        return Ok(crate::objects::str_hash(&s.value));
    }
    if let Some(t) = v.downcast::<TupleObj>() {
        let mut hs = Vec::with_capacity(t.items.len());
        for x in &t.items {
            hs.push(hash(x)?);
        }
        return Ok(num::hash_tuple(&hs));
    }
    if let Some(r) = v.downcast::<RangeObj>() {
        let n = range_len(r.start, r.stop, r.step) as i64;
        let hs = match n {
            0 => vec![
                num::hash_i64(0),
                hash(&Value::none())?,
                hash(&Value::none())?,
            ],
            1 => vec![
                num::hash_i64(1),
                num::hash_i64(r.start),
                hash(&Value::none())?,
            ],
            _ => vec![
                num::hash_i64(n),
                num::hash_i64(r.start),
                num::hash_i64(r.step),
            ],
        };
        return Ok(num::hash_tuple(&hs));
    }
    if let Some(o) = v.downcast::<ClassObj>() {
        return Ok(hash_pointer(o));
    }
    if let Some(s) = v.downcast::<SetObj>()
        && s.frozen
    {
        return Ok(super::sets::frozenset_hash(s));
    }
    if let Some(b) = v.downcast::<crate::objects::BytesObj>() {
        // Like str, bytes hash with a per-process key in CPython.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &c in &b.value {
            h ^= u64::from(c);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        let h = if b.value.is_empty() { 0 } else { h as i64 };
        return Ok(if h == -1 { -2 } else { h });
    }
    if let Some(o) = v.downcast::<FunctionObj>() {
        return Ok(hash_pointer(o));
    }
    if let Some(o) = v.downcast::<BuiltinObj>() {
        return Ok(hash_pointer(o));
    }
    if let Some(o) = v.downcast::<crate::objects::ModuleObj>() {
        return Ok(hash_pointer(o));
    }
    if let Some(o) = v.downcast::<crate::objects::NativeFnObj>() {
        return Ok(hash_pointer(o));
    }
    if let Some(o) = v.downcast::<crate::objects::RustFnObj>() {
        return Ok(hash_pointer(o));
    }
    if let Some(c) = super::classes::user_class_of(v) {
        return user_hash(v, c);
    }
    if let Some(o) = v.downcast::<ExceptionObj>() {
        return Ok(hash_pointer(o));
    }
    if let Some(o) = v.downcast::<crate::objects::InstanceObj>() {
        return Ok(hash_pointer(o));
    }
    if let Some(o) = v.downcast::<crate::objects::UserClassObj>() {
        return Ok(hash_pointer(o));
    }
    if let Some(r) = super::generic::hash(v) {
        return r;
    }
    Err(type_error(format!("unhashable type: '{}'", type_name(v))))
}

/// The equality test the tables call: identity first, then `==`; a
/// user `__eq__` on either side is left to the interpreter (`keys.rs`).
pub(super) fn same(key: &Value) -> impl FnMut(&Value) -> PyResult<bool> + '_ {
    move |stored: &Value| {
        if stored.is(key) || eq(stored, key)? {
            return Ok(true);
        }
        if super::keys::has_user_eq(stored) || super::keys::has_user_eq(key) {
            return Err(super::keys::needs_interp());
        }
        Ok(false)
    }
}

/// `KeyError(key)`.
pub(super) fn key_error(key: &Value) -> Value {
    new_exception("KeyError", vec![key.clone()])
}

pub(super) fn dict_lookup(d: &DictObj, key: &Value) -> PyResult<Option<Value>> {
    let h = hash(key)?;
    let t = d.table.borrow();
    Ok(t.get(h, same(key))?.cloned())
}

pub(super) fn dict_store(d: &DictObj, key: Value, value: Value) -> PyResult<()> {
    let h = hash(&key)?;
    let old = {
        let mut t = d.table.borrow_mut();
        let probe = key.clone();
        t.insert(h, key, value, same(&probe))?
    };
    drop(old);
    Ok(())
}

/// Removes `key`, returning its value (`None` if absent).
pub(super) fn dict_remove(d: &DictObj, key: &Value) -> PyResult<Option<Value>> {
    let h = hash(key)?;
    let e = d.table.borrow_mut().remove(h, same(key))?;
    Ok(e.map(|e| e.value))
}

pub(super) fn set_add(s: &SetObj, key: Value) -> PyResult<bool> {
    let h = hash(&key)?;
    let probe = key.clone();
    let added = s.table.borrow_mut().add(h, key, same(&probe))?;
    Ok(added)
}

pub(super) fn set_contains(s: &SetObj, key: &Value) -> PyResult<bool> {
    let h = hash(key)?;
    let t = s.table.borrow();
    t.contains(h, same(key))
}

pub(super) fn set_discard(s: &SetObj, key: &Value) -> PyResult<Option<Value>> {
    let h = hash(key)?;
    let r = s.table.borrow_mut().discard(h, same(key))?;
    Ok(r)
}

/// `{k0: v0, ...}` from alternating keys and values.
pub(super) fn build_dict(items: Vec<Value>) -> PyResult<Value> {
    let d = new_dict(Dict::new());
    if let Some(o) = d.downcast::<DictObj>() {
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            dict_store(o, k, v)?;
        }
    }
    Ok(d)
}

pub(super) fn build_set(items: Vec<Value>) -> PyResult<Value> {
    let s = new_set(Set::new());
    if let Some(o) = s.downcast::<SetObj>() {
        for x in items {
            set_add(o, x)?;
        }
    }
    Ok(s)
}

/// The entries of a dict, as (key, value) pairs (a snapshot).
pub(super) fn dict_entries(d: &DictObj) -> Vec<(Value, Value)> {
    d.table
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect()
}

pub(super) fn set_items(s: &SetObj) -> Vec<Value> {
    s.table.borrow().keys().cloned().collect()
}

fn part_of(key: Value, value: Value, part: DictPart) -> Value {
    match part {
        DictPart::Keys => key,
        DictPart::Values => value,
        DictPart::Items => new_tuple(vec![key, value]),
    }
}

/// The items a dict view yields (a snapshot).
pub(super) fn view_items(v: &DictViewObj) -> Vec<Value> {
    match v.dict.downcast::<DictObj>() {
        Some(d) => dict_entries(d)
            .into_iter()
            .map(|(k, x)| part_of(k, x, v.part))
            .collect(),
        None => Vec::new(),
    }
}

fn iter_error(e: IterError) -> Value {
    exc("RuntimeError", e.message())
}

/// The next item of a dict or set iterator; `None` if `it` is neither.
pub(super) fn iter_next(it: &Value) -> Option<PyResult<Option<Value>>> {
    if let Some(di) = it.downcast::<DictIterObj>() {
        let d = di.dict.downcast::<DictObj>()?;
        let t = d.table.borrow();
        let r = t.iter_next(&mut di.state.borrow_mut());
        return Some(match r {
            Err(e) => Err(iter_error(e)),
            Ok(None) => Ok(None),
            Ok(Some(ix)) => Ok(t
                .entry(ix)
                .map(|e| part_of(e.key.clone(), e.value.clone(), di.part))),
        });
    }
    if let Some(si) = it.downcast::<SetIterObj>() {
        let s = si.set.downcast::<SetObj>()?;
        let t = s.table.borrow();
        let r = t.iter_next(&mut si.state.borrow_mut());
        return Some(match r {
            Err(e) => Err(iter_error(e)),
            Ok(None) => Ok(None),
            Ok(Some(i)) => Ok(t.slot(i).map(|(_, k)| k.clone())),
        });
    }
    None
}

/// `a == b` for two dicts or two sets; `None` otherwise.
pub(super) fn collection_eq(a: &Value, b: &Value) -> Option<PyResult<bool>> {
    if let (Some(x), Some(y)) = (a.downcast::<DictObj>(), b.downcast::<DictObj>()) {
        return Some((|| {
            if x.table.borrow().len() != y.table.borrow().len() {
                return Ok(false);
            }
            for (k, v) in dict_entries(x) {
                match dict_lookup(y, &k)? {
                    Some(w) if v.is(&w) || eq(&v, &w)? => {}
                    _ => return Ok(false),
                }
            }
            Ok(true)
        })());
    }
    if let (Some(x), Some(y)) = (a.downcast::<SetObj>(), b.downcast::<SetObj>()) {
        return Some((|| {
            if x.table.borrow().len() != y.table.borrow().len() {
                return Ok(false);
            }
            for k in set_items(x) {
                if !set_contains(y, &k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })());
    }
    None
}

thread_local! {
    /// Dicts being repr'd (for `{...}` on self-reference).
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `repr` of a dict, set or dict view; `None` otherwise.
pub(super) fn repr(v: &Value) -> Option<PyResult<String>> {
    if let Some(d) = v.downcast::<DictObj>() {
        let id = d as *const DictObj as usize;
        if REPR_ACTIVE.with(|a| a.borrow().contains(&id)) {
            return Some(Ok("{...}".to_string()));
        }
        REPR_ACTIVE.with(|a| a.borrow_mut().push(id));
        let r = (|| {
            let mut s = String::from("{");
            for (i, (k, x)) in dict_entries(d).iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&to_repr(k)?);
                s.push_str(": ");
                s.push_str(&to_repr(x)?);
            }
            s.push('}');
            Ok(s)
        })();
        REPR_ACTIVE.with(|a| a.borrow_mut().retain(|&x| x != id));
        return Some(r);
    }
    if let Some(st) = v.downcast::<SetObj>() {
        let items = set_items(st);
        let name = if st.frozen { "frozenset" } else { "set" };
        if items.is_empty() {
            return Some(Ok(format!("{name}()")));
        }
        let r = super::repr_seq(&items, "{", "}", false);
        return Some(if st.frozen {
            r.map(|r| format!("frozenset({r})"))
        } else {
            r
        });
    }
    if let Some(view) = v.downcast::<DictViewObj>() {
        let items = view_items(view);
        let r = super::repr_seq(&items, "([", "])", false);
        return Some(r.map(|r| format!("{}{r}", view_name(view.part))));
    }
    None
}

pub(super) fn view_name(p: DictPart) -> &'static str {
    match p {
        DictPart::Keys => "dict_keys",
        DictPart::Values => "dict_values",
        DictPart::Items => "dict_items",
    }
}

pub(super) fn iter_name(p: DictPart) -> &'static str {
    match p {
        DictPart::Keys => "dict_keyiterator",
        DictPart::Values => "dict_valueiterator",
        DictPart::Items => "dict_itemiterator",
    }
}

impl super::Interp<'_, '_> {
    /// `d.update(src)` / `dict(src)`: a dict's entries, or an iterable of
    /// pairs (generators included).
    /// The (key, value) pairs of a mapping: a dict's entries, or what a
    /// user object's `keys()` and `__getitem__` give (`None`: `v` is not
    /// a mapping).
    pub(super) fn mapping_pairs(&mut self, v: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
        let inner = crate::objects::builtin_value(v);
        if let Some(o) = inner.downcast::<DictObj>()
            && super::classes::dunder(v, "keys").is_none()
        {
            return Ok(Some(dict_entries(o)));
        }
        if super::classes::user_class_of(v).is_none() || super::classes::dunder(v, "keys").is_none()
        {
            return Ok(None);
        }
        let keys = self.get_attr(v, "keys")?;
        let keys = self.call_now(&keys, vec![], &[])?;
        let mut out = Vec::new();
        for k in self.collect_iter(&keys)? {
            let x = self.getitem_of(v, &k)?;
            out.push((k, x));
        }
        Ok(Some(out))
    }

    pub(super) fn dict_update(&mut self, d: &DictObj, src: &Value) -> PyResult<()> {
        if let Some(inner) = crate::objects::builtin_of(src)
            && inner.downcast::<DictObj>().is_some()
        {
            // A dict subclass: its entries, or through its own `keys()` and
            // `__getitem__` when it defines `keys`.
            if super::classes::dunder(src, "keys").is_none() {
                let inner = inner.clone();
                return self.dict_update(d, &inner);
            }
            let keys = self.get_attr(src, "keys")?;
            let keys = self.call_now(&keys, vec![], &[])?;
            for k in self.collect_iter(&keys)? {
                let v = self.getitem_of(src, &k)?;
                dict_store(d, k, v)?;
            }
            return Ok(());
        }
        if let Some(o) = src.downcast::<DictObj>() {
            for (k, v) in dict_entries(o) {
                self.d_set(d, k, v)?;
            }
            return Ok(());
        }
        if let Some(pairs) = self.mapping_pairs(src)? {
            for (k, v) in pairs {
                self.d_set(d, k, v)?;
            }
            return Ok(());
        }
        let it = self.iter_of(src)?;
        let mut i = 0usize;
        while let Some(item) = self.iter_next(&it)? {
            let pair = self.iter_of(&item).map_err(|_| {
                type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ))
            })?;
            let mut kv = Vec::new();
            while let Some(x) = self.iter_next(&pair)? {
                kv.push(x);
            }
            if kv.len() != 2 {
                return Err(exc(
                    "ValueError",
                    format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        kv.len()
                    ),
                ));
            }
            let v = kv.pop().expect("two items");
            let k = kv.pop().expect("two items");
            self.d_set(d, k, v)?;
            i += 1;
        }
        Ok(())
    }
}
