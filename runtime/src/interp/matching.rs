//! The `match` statement's operations, as CPython 3.11's `MATCH_SEQUENCE`,
//! `MATCH_MAPPING`, `GET_LEN`, `MATCH_KEYS`, `MATCH_CLASS` and `UNPACK_EX`
//! (`Python/ceval.c`: `match_keys`, `match_class`, `match_class_attr`),
//! with their messages.

use super::{Frame, Interp, PyResult, collections, exc, seq_len, to_repr, type_error, type_name};
use crate::objects::{
    ClassObj, DictObj, ListObj, RangeObj, SetObj, StrObj, TupleObj, UserClassObj, new_dict,
    new_list, new_set, new_str,
};
use crate::table::{Dict, Set};
use crate::value::Value;
use krait_ir::{Function, Op, Slot};

/// The built-in classes whose class pattern matches the subject itself
/// (`_Py_TPFLAGS_MATCH_SELF`): `int(x)` binds the int.
const MATCH_SELF: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

fn write(frame: &mut Frame, dst: Slot, v: Value) -> PyResult<()> {
    match frame.slots.get_mut(dst.index()) {
        Some(s) => {
            let old = s.replace(v);
            drop(old);
            Ok(())
        }
        None => Err(exc("SystemError", "krait: slot does not exist")),
    }
}

/// Whether a sequence pattern can match `v` (`Py_TPFLAGS_SEQUENCE`).
fn is_match_sequence(v: &Value) -> bool {
    v.downcast::<ListObj>().is_some()
        || v.downcast::<TupleObj>().is_some()
        || v.downcast::<RangeObj>().is_some()
}

impl Interp<'_, '_> {
    /// `a, *b, c = v`: `before` items, the rest but `after` as a list, then
    /// `after` items.
    fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let it = self.iter_of(v).map_err(|_| {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(v)
            ))
        })?;
        let mut items = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            items.push(x);
        }
        if items.len() < before + after {
            return Err(exc(
                "ValueError",
                format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                ),
            ));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        items.push(new_list(middle));
        items.extend(tail);
        Ok(items)
    }

    /// Executes one of the `match` operations (see the ops' docs).
    pub(super) fn exec_match(&mut self, frame: &mut Frame, f: &Function, op: &Op) -> PyResult<()> {
        match op {
            Op::UnpackEx { dsts, star, src } => {
                let v = self.read(frame, f, *src)?;
                let star = *star as usize;
                let items = self.unpack_ex(&v, star, dsts.len() - star - 1)?;
                drop(v);
                for (d, x) in dsts.iter().zip(items) {
                    write(frame, *d, x)?;
                }
            }
            Op::MatchSequence { dst, subject } => {
                let v = self.read(frame, f, *subject)?;
                write(frame, *dst, Value::bool(is_match_sequence(&v)))?;
            }
            Op::MatchMapping { dst, subject } => {
                let v = self.read(frame, f, *subject)?;
                write(frame, *dst, Value::bool(v.downcast::<DictObj>().is_some()))?;
            }
            Op::GetLen { dst, src } => {
                let v = self.read(frame, f, *src)?;
                let n = seq_len(&v).ok_or_else(|| {
                    type_error(format!("object of type '{}' has no len()", type_name(&v)))
                })?;
                write(frame, *dst, Value::int(n as i64))?;
            }
            Op::MatchKeys {
                dst,
                values,
                rest,
                subject,
                keys,
            } => {
                let subject = self.read(frame, f, *subject)?;
                let keys = self.read_all(frame, f, keys)?;
                let Some(d) = subject.downcast::<DictObj>() else {
                    return Err(type_error(format!(
                        "'{}' object is not a mapping",
                        type_name(&subject)
                    )));
                };
                let seen = new_set(Set::new());
                let seen_set = seen.downcast::<SetObj>().expect("a new set");
                let mut found = Vec::with_capacity(keys.len());
                for k in &keys {
                    if collections::set_contains(seen_set, k)? {
                        return Err(exc(
                            "ValueError",
                            format!("mapping pattern checks duplicate key ({})", to_repr(k)?),
                        ));
                    }
                    collections::set_add(seen_set, k.clone())?;
                    match collections::dict_lookup(d, k)? {
                        Some(v) => found.push(v),
                        None => return write(frame, *dst, Value::bool(false)),
                    }
                }
                for (s, v) in values.iter().zip(found) {
                    write(frame, *s, v)?;
                }
                if let Some(r) = rest {
                    let copy = new_dict(Dict::new());
                    let c = copy.downcast::<DictObj>().expect("a new dict");
                    self.dict_update(c, &subject)?;
                    for k in &keys {
                        drop(collections::dict_remove(c, k)?);
                    }
                    write(frame, *r, copy)?;
                }
                write(frame, *dst, Value::bool(true))?;
            }
            Op::MatchClass {
                dst,
                attrs,
                subject,
                cls,
                npos,
                kwnames,
            } => {
                let subject = self.read(frame, f, *subject)?;
                let cls = self.read(frame, f, *cls)?;
                let found = self.match_class(&subject, &cls, *npos as usize, f, kwnames)?;
                match found {
                    Some(found) => {
                        for (s, v) in attrs.iter().zip(found) {
                            write(frame, *s, v)?;
                        }
                        write(frame, *dst, Value::bool(true))?;
                    }
                    None => write(frame, *dst, Value::bool(false))?,
                }
            }
            _ => return Err(exc("SystemError", "krait: not a match operation")),
        }
        Ok(())
    }

    /// CPython's `match_class`: the attributes a class pattern matches, or
    /// `None` when the subject is not an instance or lacks one.
    fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        f: &Function,
        kwnames: &[krait_ir::NameId],
    ) -> PyResult<Option<Vec<Value>>> {
        let (tp_name, match_args, match_self) = if let Some(c) = cls.downcast::<UserClassObj>() {
            (c.name.clone(), c.lookup("__match_args__"), false)
        } else if let Some(c) = cls.downcast::<ClassObj>() {
            (c.name.to_owned(), None, MATCH_SELF.contains(&c.name))
        } else {
            return Err(type_error("called match pattern must be a type"));
        };
        if !self.isinstance(subject, cls)? {
            return Ok(None);
        }
        let mut seen: Vec<String> = Vec::new();
        let mut out = Vec::with_capacity(npos + kwnames.len());
        let mut attr = |name: &str, out: &mut Vec<Value>| -> PyResult<bool> {
            if seen.iter().any(|s| s == name) {
                return Err(type_error(format!(
                    "{tp_name}() got multiple sub-patterns for attribute {}",
                    to_repr(&new_str(name))?
                )));
            }
            seen.push(name.to_owned());
            // The full attribute lookup (properties, built-in subclasses'
            // values), an AttributeError being no match.
            match self.get_attr(subject, name) {
                Ok(v) => {
                    out.push(v);
                    Ok(true)
                }
                Err(e) if super::builtins::is_attribute_error(&e) => Ok(false),
                Err(e) => Err(e),
            }
        };
        if npos > 0 {
            let names: Vec<Value> = match &match_args {
                Some(m) => match m.downcast::<TupleObj>() {
                    Some(t) => t.items.clone(),
                    None => {
                        return Err(type_error(format!(
                            "{tp_name}.__match_args__ must be a tuple (got {})",
                            type_name(m)
                        )));
                    }
                },
                None => Vec::new(),
            };
            let match_self = match_args.is_none() && match_self;
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < npos {
                return Err(type_error(format!(
                    "{tp_name}() accepts {allowed} positional sub-pattern{} ({npos} given)",
                    if allowed == 1 { "" } else { "s" }
                )));
            }
            if match_self {
                out.push(subject.clone());
            } else {
                for n in &names[..npos] {
                    let Some(s) = n.downcast::<StrObj>() else {
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            type_name(n)
                        )));
                    };
                    if !attr(s.value.as_str(), &mut out)? {
                        return Ok(None);
                    }
                }
            }
        }
        for n in kwnames {
            if !attr(&f.names[n.index()], &mut out)? {
                return Ok(None);
            }
        }
        Ok(Some(out))
    }
}
