//! Dict keys and set items whose hash or equality is user code: instances
//! of classes defining `__hash__` (and `__eq__`), alone or inside tuples.
//!
//! The free table functions in `collections.rs` hash and compare without
//! the interpreter, which keeps built-in keys on their fast path. When
//! they meet a key that needs Python code (a user `__hash__`, or a stored
//! key with a user `__eq__` whose hash matches the probe's) they give up
//! *before any Python code has run* with the [`needs_interp`] error. The
//! `Interp` operations below try the free function first and redo the
//! operation here on that error: hashes through `hash_of`, equality
//! through `eq_of`, and the table probed with the resumable lookups of
//! `table.rs`, restarting when `__eq__` changed the table, as CPython's
//! `lookdict` and `set_lookkey` do.

use super::{Interp, PyResult, collections, exc};
use crate::objects::{DictObj, SetObj, TupleObj, new_dict, new_set};
use crate::table::{Dict, Set};
use crate::value::Value;

const NEEDS_INTERP: &str =
    "krait: a key whose __hash__ or __eq__ is Python code, in this operation, is not supported yet";

/// The error the free table functions give for keys needing Python code
/// (a `SystemError`, should an operation not handled here meet it).
pub(super) fn needs_interp() -> Value {
    exc("SystemError", NEEDS_INTERP)
}

/// Whether `e` is [`needs_interp`]'s error.
pub(super) fn is_needs_interp(e: &Value) -> bool {
    e.downcast::<crate::objects::ExceptionObj>()
        .is_some_and(|x| {
            x.class == "SystemError"
                && x.args
                    .borrow()
                    .first()
                    .and_then(|a| a.downcast::<crate::objects::StrObj>())
                    .is_some_and(|s| s.value == NEEDS_INTERP)
        })
}

/// Whether `v`'s class defines `__eq__` (so comparing it runs Python code).
pub(super) fn has_user_eq(v: &Value) -> bool {
    super::classes::user_class_of(v).is_some_and(|c| c.lookup("__eq__").is_some())
}

impl Interp<'_, '_> {
    /// `hash(key)` with user `__hash__`, tuples item by item.
    pub(super) fn key_hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(t) = v.downcast::<TupleObj>() {
            let mut hs = Vec::with_capacity(t.items.len());
            for x in &t.items {
                hs.push(self.key_hash(x)?);
            }
            return Ok(crate::num::hash_tuple(&hs));
        }
        self.hash_of(v)
    }

    /// The entry index of `key` (hash `h`) in `d`.
    fn dict_find(&mut self, d: &DictObj, h: i64, key: &Value) -> PyResult<Option<usize>> {
        'restart: loop {
            let mut p = d.table.borrow().probe(h);
            loop {
                let found = {
                    let t = d.table.borrow();
                    t.probe_next(&mut p)
                        .map(|ix| (ix, t.entry(ix).map(|e| e.key.clone())))
                };
                let Some((ix, Some(stored))) = found else {
                    return Ok(None);
                };
                if stored.is(key) {
                    return Ok(Some(ix));
                }
                let eq = self.eq_of(&stored, key)?;
                if !d.table.borrow().probe_still_valid(&p, |k| k.is(&stored)) {
                    continue 'restart;
                }
                if eq {
                    return Ok(Some(ix));
                }
            }
        }
    }

    /// The slot of `key` (hash `h`) in `s`.
    fn set_find(&mut self, s: &SetObj, h: i64, key: &Value) -> PyResult<Option<usize>> {
        'restart: loop {
            let mut p = s.table.borrow().probe(h);
            loop {
                let found = {
                    let t = s.table.borrow();
                    t.probe_next(&mut p)
                        .map(|i| (i, t.slot(i).map(|(_, k)| k.clone())))
                };
                let Some((i, Some(stored))) = found else {
                    return Ok(None);
                };
                if stored.is(key) {
                    return Ok(Some(i));
                }
                let eq = self.eq_of(&stored, key)?;
                if !s.table.borrow().probe_still_valid(&p, |k| k.is(&stored)) {
                    continue 'restart;
                }
                if eq {
                    return Ok(Some(i));
                }
            }
        }
    }

    /// `d[key]` (`None` when absent).
    pub(super) fn d_get(&mut self, d: &DictObj, key: &Value) -> PyResult<Option<Value>> {
        match collections::dict_lookup(d, key) {
            Err(e) if is_needs_interp(&e) => {
                let h = self.key_hash(key)?;
                let ix = self.dict_find(d, h, key)?;
                Ok(ix.and_then(|ix| d.table.borrow().entry(ix).map(|e| e.value.clone())))
            }
            r => r,
        }
    }

    /// `d[key] = value`.
    pub(super) fn d_set(&mut self, d: &DictObj, key: Value, value: Value) -> PyResult<()> {
        let h = match collections::hash(&key) {
            Ok(h) => Some(h),
            Err(e) if is_needs_interp(&e) => None,
            Err(e) => return Err(e),
        };
        let found = match h {
            Some(h) => {
                let r = d.table.borrow().lookup(h, collections::same(&key));
                match r {
                    Err(e) if is_needs_interp(&e) => None,
                    r => Some((h, r?)),
                }
            }
            None => None,
        };
        let (h, found) = match found {
            Some(x) => x,
            None => {
                let h = self.key_hash(&key)?;
                (h, self.dict_find(d, h, &key)?)
            }
        };
        let old = match found {
            Some(ix) => Some(d.table.borrow_mut().replace_value(ix, value)),
            None => {
                d.table.borrow_mut().insert_new(h, key, value);
                None
            }
        };
        drop(old);
        Ok(())
    }

    /// `d.setdefault(key, default)`, hashing the key once.
    pub(super) fn d_setdefault(
        &mut self,
        d: &DictObj,
        key: &Value,
        dflt: Value,
    ) -> PyResult<Value> {
        match collections::dict_lookup(d, key) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                collections::dict_store(d, key.clone(), dflt.clone())?;
                Ok(dflt)
            }
            Err(e) if is_needs_interp(&e) => {
                let h = self.key_hash(key)?;
                if let Some(ix) = self.dict_find(d, h, key)? {
                    let v = d.table.borrow().entry(ix).map(|e| e.value.clone());
                    return Ok(v.unwrap_or_else(Value::none));
                }
                d.table
                    .borrow_mut()
                    .insert_new(h, key.clone(), dflt.clone());
                Ok(dflt)
            }
            Err(e) => Err(e),
        }
    }

    /// `del d[key]`: the removed value (`None` when absent).
    pub(super) fn d_del(&mut self, d: &DictObj, key: &Value) -> PyResult<Option<Value>> {
        match collections::dict_remove(d, key) {
            Err(e) if is_needs_interp(&e) => {
                let h = self.key_hash(key)?;
                let Some(ix) = self.dict_find(d, h, key)? else {
                    return Ok(None);
                };
                let e = d.table.borrow_mut().remove_at(ix);
                Ok(Some(e.value))
            }
            r => r,
        }
    }

    /// `s.add(key)`: whether it was added.
    pub(super) fn s_add(&mut self, s: &SetObj, key: Value) -> PyResult<bool> {
        match collections::set_add(s, key.clone()) {
            Err(e) if is_needs_interp(&e) => {
                let h = self.key_hash(&key)?;
                if self.set_find(s, h, &key)?.is_some() {
                    return Ok(false);
                }
                s.table.borrow_mut().add_new(h, key);
                Ok(true)
            }
            r => r,
        }
    }

    /// `key in s`.
    pub(super) fn s_has(&mut self, s: &SetObj, key: &Value) -> PyResult<bool> {
        match collections::set_contains(s, key) {
            Err(e) if is_needs_interp(&e) => {
                let h = self.key_hash(key)?;
                Ok(self.set_find(s, h, key)?.is_some())
            }
            r => r,
        }
    }

    /// `s.discard(key)`: the removed item (`None` when absent).
    pub(super) fn s_discard(&mut self, s: &SetObj, key: &Value) -> PyResult<Option<Value>> {
        match collections::set_discard(s, key) {
            Err(e) if is_needs_interp(&e) => {
                let h = self.key_hash(key)?;
                let Some(i) = self.set_find(s, h, key)? else {
                    return Ok(None);
                };
                Ok(Some(s.table.borrow_mut().remove_slot(i)))
            }
            r => r,
        }
    }

    /// `{k0: v0, ...}` from alternating keys and values.
    pub(super) fn build_dict_of(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let d = new_dict(Dict::new());
        if let Some(o) = d.downcast::<DictObj>() {
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                self.d_set(o, k, v)?;
            }
        }
        Ok(d)
    }

    /// `{x0, x1, ...}`.
    pub(super) fn build_set_of(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = new_set(Set::new());
        if let Some(o) = s.downcast::<SetObj>() {
            for x in items {
                self.s_add(o, x)?;
            }
        }
        Ok(s)
    }

    /// `o[k]` for a dict or set operation the free functions gave up on.
    pub(super) fn getitem_slow(&mut self, o: &Value, k: &Value) -> Option<PyResult<Value>> {
        let d = o.downcast::<DictObj>()?;
        Some(
            self.d_get(d, k)
                .and_then(|v| v.ok_or_else(|| collections::key_error(k))),
        )
    }
}
