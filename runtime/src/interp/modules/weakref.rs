//! `_weakref`: weak references to instances of user classes (the rest of
//! `weakref` — `WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`,
//! `finalize` — is Python, `runtime/lib/weakref.py`, on top of it).

use super::*;
use crate::objects::{InstanceObj, WeakRefObj, new_weakref};

const FUNCTIONS: &[&str] = &["ref", "getweakrefcount", "getweakrefs"];

pub(super) fn init(interp: &mut Interp, m: u32) -> PyResult<()> {
    bind_functions(interp, m, "_weakref", FUNCTIONS);
    Ok(())
}

pub(super) fn call(
    _interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
    kwvals: &[Value],
) -> PyResult<Value> {
    match name {
        "ref" => {
            if !kwnames.is_empty() || !kwvals.is_empty() {
                return Err(type_error("ref() takes no keyword arguments"));
            }
            let (obj, cb) = match args {
                [o] => (o, None),
                [o, c] => (o, Some(c.clone()).filter(|c| !c.is_none())),
                _ => {
                    return Err(type_error(format!(
                        "__new__ expected at most 2 arguments, got {}",
                        args.len()
                    )));
                }
            };
            if let Some(i) = obj.downcast::<InstanceObj>()
                && cb.is_none()
            {
                // A plain reference is shared, as CPython shares it.
                for w in i.dict.weakrefs() {
                    // SAFETY: listed weak references are alive.
                    let wr = unsafe { &*(w as *const WeakRefObj) };
                    if wr.callback.borrow().is_none() {
                        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) });
                        if let Some(v) = (*v).clone() {
                            return Ok(v);
                        }
                    }
                }
            }
            new_weakref(obj, cb).ok_or_else(|| {
                type_error(format!(
                    "cannot create weak reference to '{}' object",
                    type_name(obj)
                ))
            })
        }
        "getweakrefcount" => {
            exact_args("_weakref", name, args, kwnames, 1)?;
            Ok(Value::int(
                args[0]
                    .downcast::<InstanceObj>()
                    .map_or(0, |i| i.dict.weakref_count()) as i64,
            ))
        }
        "getweakrefs" => {
            exact_args("_weakref", name, args, kwnames, 1)?;
            let refs = args[0]
                .downcast::<InstanceObj>()
                .map(|i| i.dict.weakrefs())
                .unwrap_or_default();
            let items = refs
                .iter()
                .rev()
                .filter_map(|&w| {
                    // SAFETY: listed weak references are alive.
                    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) });
                    (*v).clone()
                })
                .collect();
            Ok(crate::objects::new_list(items))
        }
        _ => Err(unsupported(&format!("the native function _weakref.{name}"))),
    }
}

/// Calling a weak reference: its referent, or None once it is gone.
pub(in crate::interp) fn call_ref(w: &WeakRefObj, args: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(type_error(format!(
            "weakref() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(w.get().unwrap_or_else(Value::none))
}
