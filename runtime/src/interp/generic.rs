//! Parameterized generics and union types: `list[int]`, `dict[str, int]`,
//! `type[C]` (`types.GenericAlias`), `C[x]` through `__class_getitem__`,
//! and `int | None` (`types.UnionType`), with CPython's reprs, equality,
//! hashing, attributes (`__origin__`, `__args__`, `__parameters__`) and
//! their use in `isinstance`/`issubclass` (a union's members are tried; a
//! parameterized generic is refused with CPython's `TypeError`).

use super::{Interp, PyResult, type_error};
use crate::objects::{
    ClassObj, GenericAliasObj, TupleObj, UnionTypeObj, UserClassObj, new_generic_alias, new_tuple,
    new_union_type,
};
use crate::value::Value;

/// The built-in classes `cls[...]` makes a generic alias of.
const GENERIC_BUILTINS: &[&str] = &["list", "dict", "tuple", "set", "frozenset", "type"];

fn tuple_items(v: &Value) -> Vec<Value> {
    v.downcast::<TupleObj>()
        .map(|t| t.items.clone())
        .unwrap_or_default()
}

/// Whether `v` may be a member of a union (`X | Y`).
fn unionable(v: &Value) -> bool {
    v.is_none() || is_typeish(v)
}

/// A class, a generic alias or a union.
fn is_typeish(v: &Value) -> bool {
    v.downcast::<ClassObj>().is_some()
        || v.downcast::<UserClassObj>().is_some()
        || v.downcast::<GenericAliasObj>().is_some()
        || v.downcast::<UnionTypeObj>().is_some()
}

/// Whether two union members are the same (built-in classes compare by
/// name, as everywhere in krait).
fn same_member(a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let (Some(x), Some(y)) = (a.downcast::<ClassObj>(), b.downcast::<ClassObj>()) {
        return Ok(x.name == y.name);
    }
    Ok(eq(a, b).transpose()?.unwrap_or(false))
}

/// `a | b` for types (`None` for other operands).
/// `none_type` is `type(None)`, which stands for `None` among the members.
pub(super) fn union_of(
    a: &Value,
    b: &Value,
    none_type: &dyn Fn() -> Value,
) -> Option<PyResult<Value>> {
    if !(unionable(a) && unionable(b) && (is_typeish(a) || is_typeish(b))) {
        return None;
    }
    let mut members: Vec<Value> = Vec::new();
    for v in [a, b] {
        let items = match v.downcast::<UnionTypeObj>() {
            Some(u) => tuple_items(&u.args),
            None if v.is_none() => vec![none_type()],
            None => vec![v.clone()],
        };
        for x in items {
            let mut dup = false;
            for m in &members {
                match same_member(m, &x) {
                    Ok(true) => dup = true,
                    Ok(false) => {}
                    Err(e) => return Some(Err(e)),
                }
            }
            if !dup {
                members.push(x);
            }
        }
    }
    Some(Ok(if members.len() == 1 {
        members.pop().unwrap_or_else(Value::none)
    } else {
        new_union_type(new_tuple(members))
    }))
}

/// How a generic's argument or a union's member is shown: a class by its
/// (module-qualified) name, `None` for `NoneType`, others by `repr`.
fn arg_repr(a: &Value, in_union: bool) -> PyResult<String> {
    if let Some(c) = a.downcast::<ClassObj>() {
        return Ok(if in_union && c.name == "NoneType" {
            "None".into()
        } else {
            c.name.to_string()
        });
    }
    if let Some(c) = a.downcast::<UserClassObj>() {
        let module = c
            .dict
            .borrow()
            .iter()
            .find(|(k, _)| k == "__module__")
            .and_then(|(_, m)| {
                m.downcast::<crate::objects::StrObj>()
                    .map(|s| s.value.clone())
            });
        return Ok(match module.as_deref() {
            Some("builtins") => c.qualname.clone(),
            Some(m) => format!("{m}.{}", c.qualname),
            None => c.qualname.clone(),
        });
    }
    if a.is_ellipsis() {
        return Ok("...".into());
    }
    super::to_repr(a)
}

/// `repr` of a generic alias or union (`None` for other values).
pub(super) fn repr(v: &Value) -> Option<PyResult<String>> {
    if let Some(g) = v.downcast::<GenericAliasObj>() {
        return Some((|| {
            let mut s = arg_repr(&g.origin, false)?;
            s.push('[');
            let items = tuple_items(&g.args);
            if items.is_empty() {
                s.push_str("()");
            }
            for (i, a) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&arg_repr(a, false)?);
            }
            s.push(']');
            Ok(s)
        })());
    }
    let u = v.downcast::<UnionTypeObj>()?;
    Some((|| {
        let parts: PyResult<Vec<String>> = tuple_items(&u.args)
            .iter()
            .map(|a| arg_repr(a, true))
            .collect();
        Ok(parts?.join(" | "))
    })())
}

/// `a == b` when one is a generic alias or a union (`None` otherwise).
pub(super) fn eq(a: &Value, b: &Value) -> Option<PyResult<bool>> {
    if let (Some(x), Some(y)) = (
        a.downcast::<GenericAliasObj>(),
        b.downcast::<GenericAliasObj>(),
    ) {
        return Some((|| {
            Ok(same_member(&x.origin, &y.origin)? && super::eq(&x.args, &y.args)?)
        })());
    }
    if let (Some(x), Some(y)) = (a.downcast::<UnionTypeObj>(), b.downcast::<UnionTypeObj>()) {
        // Unions compare as sets of members.
        return Some((|| {
            let (p, q) = (tuple_items(&x.args), tuple_items(&y.args));
            for m in &p {
                let mut found = false;
                for n in &q {
                    found |= same_member(m, n)?;
                }
                if !found {
                    return Ok(false);
                }
            }
            for n in &q {
                let mut found = false;
                for m in &p {
                    found |= same_member(m, n)?;
                }
                if !found {
                    return Ok(false);
                }
            }
            Ok(true)
        })());
    }
    if a.downcast::<GenericAliasObj>().is_some()
        || b.downcast::<GenericAliasObj>().is_some()
        || a.downcast::<UnionTypeObj>().is_some()
        || b.downcast::<UnionTypeObj>().is_some()
    {
        return Some(Ok(false));
    }
    None
}

/// `hash` of a generic alias or union (`None` otherwise).
pub(super) fn hash(v: &Value) -> Option<PyResult<i64>> {
    if let Some(g) = v.downcast::<GenericAliasObj>() {
        return Some((|| {
            let h = super::collections::hash(&g.origin)? ^ super::collections::hash(&g.args)?;
            Ok(if h == -1 { -2 } else { h })
        })());
    }
    let u = v.downcast::<UnionTypeObj>()?;
    // Order-independent, as unions compare as sets.
    Some((|| {
        let mut h: i64 = 0;
        for m in tuple_items(&u.args) {
            let x = match m.downcast::<ClassObj>() {
                Some(c) => super::collections::hash(&crate::objects::new_str(c.name))?,
                None => super::collections::hash(&m)?,
            };
            h ^= x;
        }
        Ok(if h == -1 { -2 } else { h })
    })())
}

/// The attributes of generic aliases and unions.
pub(super) fn attr(o: &Value, name: &str) -> Option<PyResult<Value>> {
    if let Some(g) = o.downcast::<GenericAliasObj>() {
        return match name {
            "__origin__" => Some(Ok(g.origin.clone())),
            "__args__" => Some(Ok(g.args.clone())),
            "__parameters__" => Some(Ok(new_tuple(vec![]))),
            _ => None,
        };
    }
    let u = o.downcast::<UnionTypeObj>()?;
    match name {
        "__args__" => Some(Ok(u.args.clone())),
        "__parameters__" => Some(Ok(new_tuple(vec![]))),
        _ => None,
    }
}

impl Interp<'_, '_> {
    /// `cls[item]` for a class: a generic alias of a built-in class, the
    /// user class's `__class_getitem__` (`None`: `o` is not a class).
    pub(super) fn class_subscript(&mut self, o: &Value, k: &Value) -> Option<PyResult<Value>> {
        let args = || match k.downcast::<TupleObj>() {
            Some(_) => k.clone(),
            None => new_tuple(vec![k.clone()]),
        };
        if let Some(c) = o.downcast::<ClassObj>() {
            if GENERIC_BUILTINS.contains(&c.name) {
                return Some(Ok(new_generic_alias(o.clone(), args())));
            }
            return Some(Err(type_error(format!(
                "type '{}' is not subscriptable",
                c.name
            ))));
        }
        let c = o.downcast::<UserClassObj>()?;
        Some(match c.lookup("__class_getitem__") {
            Some(f) => self
                .bind_attr(f, None, o)
                .and_then(|b| self.call_value(&b, vec![k.clone()])),
            None => Err(type_error(format!(
                "type '{}' is not subscriptable",
                c.name
            ))),
        })
    }

    /// `isinstance(v, cls)` / `issubclass(v, cls)` for a union or generic
    /// alias `cls` (`None` for other second arguments).
    pub(super) fn check_generic(
        &mut self,
        v: &Value,
        cls: &Value,
        subclass: bool,
    ) -> Option<PyResult<bool>> {
        let what = if subclass { "issubclass" } else { "isinstance" };
        if cls.downcast::<GenericAliasObj>().is_some() {
            return Some(Err(type_error(format!(
                "{what}() argument 2 cannot be a parameterized generic"
            ))));
        }
        let u = cls.downcast::<UnionTypeObj>()?;
        let members = tuple_items(&u.args);
        if members
            .iter()
            .any(|m| m.downcast::<GenericAliasObj>().is_some())
        {
            return Some(Err(type_error(format!(
                "{what}() argument 2 cannot be a parameterized generic"
            ))));
        }
        Some((|| {
            for m in &members {
                let hit = if subclass {
                    self.issubclass_of(v, m)?.as_bool() == Some(true)
                } else {
                    self.isinstance(v, m)?
                };
                if hit {
                    return Ok(true);
                }
            }
            Ok(false)
        })())
    }
}
