//! Subclasses of built-in types (`class D(dict)`, `class P(tuple)`, ...).
//!
//! An instance of such a class is an ordinary `InstanceObj` (its class, its
//! `__dict__`) that also carries the built-in value it extends
//! (`InstanceObj::builtin`: a dict, list, tuple, str, int, float, set,
//! frozenset or bytes). The special-method paths of `classes.rs` look the
//! user classes up first, as CPython's slots do, and fall back to the
//! built-in operation on that value; the free functions of the built-in
//! paths unwrap it through `objects::builtin_value`; attributes the user
//! classes lack are the built-in value's (methods bound to it, so
//! `dict.update` on a subclass never calls an overridden `__setitem__`, as
//! in CPython). Plain built-in values pay nothing: they never reach this
//! module.

use super::builtins::class_name;
use super::classes::user_class_of;
use super::{Interp, PyResult, exc, type_error};
use crate::objects::{
    ClassObj, DictObj, FunctionObj, InstanceObj, ListObj, SetObj, StaticMethodObj, UserClassObj,
    builtin_of, new_bound_method, new_instance_of, new_method,
};
use crate::value::Value;
use krait_ir::{BinOp, CmpOp, UnOp};

/// The built-in types a class may derive from.
pub(super) const SUBCLASSABLE: &[&str] = &[
    "dict",
    "list",
    "tuple",
    "str",
    "int",
    "float",
    "set",
    "frozenset",
    "bytes",
];

/// The built-in type a user class derives from (the first subclassable
/// built-in class of its MRO).
pub(super) fn builtin_base(c: &UserClassObj) -> Option<&'static str> {
    c.mro.iter().find_map(|m| {
        let b = m.downcast::<ClassObj>()?;
        SUBCLASSABLE.contains(&b.name).then_some(b.name)
    })
}

/// The built-in base a class statement's `bases` give their instances, or
/// CPython's error for bases that cannot be combined (two built-in layouts,
/// `bool`).
pub(super) fn check_builtin_bases(bases: &[Value]) -> PyResult<Option<&'static str>> {
    let mut found: Option<&'static str> = None;
    let mut exc_base = false;
    for b in bases {
        let (name, is_exc) = if let Some(c) = b.downcast::<UserClassObj>() {
            (builtin_base(c), c.exc_base.is_some())
        } else if let Some(c) = b.downcast::<ClassObj>() {
            if c.name == "bool" {
                return Err(type_error("type 'bool' is not an acceptable base type"));
            }
            (
                SUBCLASSABLE.contains(&c.name).then_some(c.name),
                c.exc_base.is_some(),
            )
        } else {
            (None, false)
        };
        exc_base |= is_exc;
        if let Some(n) = name {
            match found {
                Some(prev) if prev != n => {
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                }
                _ => found = Some(n),
            }
        }
    }
    if found.is_some() && exc_base {
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    Ok(found)
}

/// Whether `base`'s instances are mutable (made empty by `__new__` and
/// filled by `__init__`) rather than made whole by `__new__`.
fn mutable(base: &str) -> bool {
    matches!(base, "dict" | "list" | "set")
}

/// The dunder names the built-in types answer as methods
/// (`[].__getitem__`, `super().__setitem__`, `dict.__init__`), interned.
fn dunder_static(name: &str) -> Option<&'static str> {
    const NAMES: &[&str] = &[
        "__init__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__len__",
        "__contains__",
        "__iter__",
        "__reversed__",
        "__repr__",
        "__str__",
        "__hash__",
        "__bool__",
        "__format__",
        "__eq__",
        "__ne__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__truediv__",
        "__rtruediv__",
        "__floordiv__",
        "__rfloordiv__",
        "__mod__",
        "__rmod__",
        "__pow__",
        "__rpow__",
        "__and__",
        "__rand__",
        "__or__",
        "__ror__",
        "__xor__",
        "__rxor__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__iadd__",
        "__imul__",
        "__ior__",
        "__iand__",
        "__isub__",
        "__ixor__",
        "__neg__",
        "__pos__",
        "__invert__",
        "__abs__",
        "__int__",
        "__float__",
        "__index__",
        "__new__",
    ];
    NAMES.iter().find(|n| **n == name).copied()
}

fn binop_of(name: &str) -> Option<(BinOp, bool, bool)> {
    // (operator, reflected, in place)
    let n = name.strip_prefix("__")?.strip_suffix("__")?;
    let (n, refl, inpl) = if let Some(r) = n.strip_prefix('r').filter(|r| {
        matches!(
            *r,
            "add"
                | "sub"
                | "mul"
                | "truediv"
                | "floordiv"
                | "mod"
                | "pow"
                | "and"
                | "or"
                | "xor"
                | "lshift"
                | "rshift"
        )
    }) {
        (r, true, false)
    } else if let Some(i) = n
        .strip_prefix('i')
        .filter(|r| matches!(*r, "add" | "mul" | "or" | "and" | "sub" | "xor"))
    {
        (i, false, true)
    } else {
        (n, false, false)
    };
    let op = match n {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mul,
        "truediv" => BinOp::TrueDiv,
        "floordiv" => BinOp::FloorDiv,
        "mod" => BinOp::Mod,
        "pow" => BinOp::Pow,
        "and" => BinOp::BitAnd,
        "or" => BinOp::BitOr,
        "xor" => BinOp::BitXor,
        "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift,
        _ => return None,
    };
    Some((op, refl, inpl))
}

fn cmpop_of(name: &str) -> Option<CmpOp> {
    Some(match name {
        "__eq__" => CmpOp::Eq,
        "__ne__" => CmpOp::Ne,
        "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::Le,
        "__gt__" => CmpOp::Gt,
        "__ge__" => CmpOp::Ge,
        _ => return None,
    })
}

/// Whether `e` is a `TypeError` (a built-in operation refusing its
/// operands' types: the method gives `NotImplemented`).
fn is_type_error(e: &Value) -> bool {
    e.downcast::<crate::objects::ExceptionObj>()
        .is_some_and(|x| x.class == "TypeError")
}

/// The built-in type name of a built-in value, as the class table knows it.
fn builtin_type_name(v: &Value) -> &'static str {
    super::type_name(v)
}

impl Interp<'_, '_> {
    /// Calls a class deriving from a built-in type: `__new__` (the user's,
    /// or the built-in one), then `__init__` when the result is an
    /// instance of the class.
    pub(super) fn call_builtin_subclass(
        &mut self,
        callee: &Value,
        base: &'static str,
        args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Value> {
        let Some(c) = callee.downcast::<UserClassObj>() else {
            return Err(type_error("not a class"));
        };
        let user_new = c.lookup("__new__");
        let user_init = c.lookup("__init__");
        let inst = match &user_new {
            Some(f) => {
                let f = match f.downcast::<StaticMethodObj>() {
                    Some(s) => s.func.clone(),
                    None => f.clone(),
                };
                let mut a = vec![callee.clone()];
                a.extend(args.iter().cloned());
                self.call_now(&f, a, kwnames)?
            }
            None if mutable(base) => self.builtin_new(callee, base, &[], &[])?,
            None => self.builtin_new(callee, base, &args, kwnames)?,
        };
        let is_inst = inst
            .downcast::<InstanceObj>()
            .is_some_and(|i| super::is_subclass_user(&i.class, callee));
        if !is_inst {
            return Ok(inst);
        }
        match user_init {
            Some(init) => {
                let init = match init.downcast::<FunctionObj>() {
                    Some(_) => new_bound_method(init, inst.clone()),
                    None => init,
                };
                let r = self.call_now(&init, args, kwnames)?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        class_name(&r)
                    )));
                }
            }
            None if mutable(base) => {
                if let Some(inner) = builtin_of(&inst).cloned() {
                    self.builtin_init(&inner, args, kwnames)?;
                }
            }
            None => {}
        }
        Ok(inst)
    }

    /// `base.__new__(cls, *args)`: a new instance of `cls` extending the
    /// built-in value `base(*args)` (an empty one for mutable types).
    pub(super) fn builtin_new(
        &mut self,
        cls: &Value,
        base: &'static str,
        args: &[Value],
        kwnames: &[&str],
    ) -> PyResult<Value> {
        let Some(c) = cls.downcast::<UserClassObj>() else {
            if let Some(c) = cls.downcast::<ClassObj>() {
                if c.name != base {
                    return Err(type_error(format!(
                        "{base}.__new__({0}): {0} is not a subtype of {base}",
                        c.name
                    )));
                }
                // `tuple.__new__(tuple, x)`: the built-in value itself.
                return self.call_now(cls, args.to_vec(), kwnames);
            }
            return Err(type_error(format!(
                "{base}.__new__(X): X is not a type object ({})",
                class_name(cls)
            )));
        };
        if builtin_base(c) != Some(base) {
            return Err(type_error(format!(
                "{base}.__new__({}): {} is not a subtype of {base}",
                c.name, c.name
            )));
        }
        let class = self.classes[base].clone();
        let value = if mutable(base) {
            self.call_now(&class, vec![], &[])?
        } else {
            self.call_now(&class, args.to_vec(), kwnames)?
        };
        // The value of a subclass instance given as the argument is taken
        // as a plain value.
        let value = match builtin_of(&value) {
            Some(b) => b.clone(),
            None => value,
        };
        Ok(new_instance_of(cls.clone(), Some(value)))
    }

    /// `list.__init__`, `dict.__init__`, `set.__init__` on the built-in
    /// value `inner`: its contents replaced by `type(inner)(*args)`'s.
    fn builtin_init(&mut self, inner: &Value, args: Vec<Value>, kwnames: &[&str]) -> PyResult<()> {
        let name = builtin_type_name(inner);
        let class = self.classes[name].clone();
        if let Some(l) = inner.downcast::<ListObj>() {
            let fresh = self.call_now(&class, args, kwnames)?;
            let items = fresh
                .downcast::<ListObj>()
                .map(|f| std::mem::take(&mut *f.items.borrow_mut()))
                .unwrap_or_default();
            let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
            drop(old);
            return Ok(());
        }
        if let Some(d) = inner.downcast::<DictObj>() {
            // `dict.__init__` updates (it does not clear first).
            let fresh = self.call_now(&class, args, kwnames)?;
            if let Some(f) = fresh.downcast::<DictObj>() {
                for (k, v) in super::collections::dict_entries(f) {
                    super::collections::dict_store(d, k, v)?;
                }
            }
            return Ok(());
        }
        if let Some(s) = inner.downcast::<SetObj>() {
            if !kwnames.is_empty() {
                return Err(type_error("set() takes no keyword arguments"));
            }
            let fresh = self.call_now(&class, args, &[])?;
            if let Some(f) = fresh.downcast::<SetObj>() {
                let new = std::mem::take(&mut *f.table.borrow_mut());
                let old = std::mem::replace(&mut *s.table.borrow_mut(), new);
                drop(old);
            }
            return Ok(());
        }
        Ok(())
    }

    /// The attribute `name` of a subclass instance that its classes and
    /// its `__dict__` lack: the built-in value's (methods bound to it).
    pub(super) fn builtin_sub_attr(&mut self, o: &Value, name: &str) -> Option<PyResult<Value>> {
        let inner = builtin_of(o)?.clone();
        Some(match self.get_attr(&inner, name) {
            Err(e) if super::builtins::is_attribute_error(&e) => Err(exc(
                "AttributeError",
                format!("'{}' object has no attribute '{name}'", class_name(o)),
            )),
            r => r,
        })
    }

    /// `x.__getitem__` and the other dunders of a built-in value, as
    /// methods (`None`: not one the value's type has).
    pub(super) fn builtin_dunder_attr(&mut self, o: &Value, name: &str) -> Option<Value> {
        let n = dunder_static(name)?;
        let t = if let Some(c) = o.downcast::<ClassObj>() {
            // `tuple.__new__`, `dict.__init__`, `dict.__setitem__`, ...:
            // unbound, the receiver is the first argument; only the
            // dunders the type has.
            if c.name == "object" && n == "__new__" {
                return Some(new_method(o.clone(), n));
            }
            if !SUBCLASSABLE.contains(&c.name) {
                return None;
            }
            if n == "__new__" {
                return Some(new_method(o.clone(), n));
            }
            c.name
        } else {
            if user_class_of(o).is_some() {
                return None;
            }
            builtin_type_name(o)
        };
        if !SUBCLASSABLE.contains(&t) && t != "bool" {
            return None;
        }
        let seq = matches!(t, "list" | "tuple" | "str" | "bytes");
        let num = matches!(t, "int" | "float" | "bool");
        let ok = match n {
            "__new__" => false,
            "__init__" | "__repr__" | "__str__" | "__hash__" | "__format__" | "__eq__"
            | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__" => true,
            "__getitem__" => seq || t == "dict",
            "__setitem__" | "__delitem__" => matches!(t, "list" | "dict"),
            "__len__" | "__contains__" | "__iter__" => !num,
            "__reversed__" => matches!(t, "list" | "dict"),
            "__bool__" | "__neg__" | "__pos__" | "__abs__" | "__int__" | "__float__" => num,
            "__index__" | "__invert__" | "__lshift__" | "__rlshift__" | "__rshift__"
            | "__rrshift__" => t == "int" || t == "bool",
            "__add__" | "__mul__" | "__rmul__" => num || seq,
            "__iadd__" | "__imul__" => t == "list",
            "__mod__" => num || t == "str" || t == "bytes",
            "__or__" | "__and__" | "__xor__" | "__sub__" | "__ror__" | "__rand__" | "__rxor__"
            | "__rsub__" => {
                num || matches!(t, "set" | "frozenset") || (n == "__or__" && t == "dict")
            }
            "__ior__" => matches!(t, "set" | "dict"),
            "__iand__" | "__isub__" | "__ixor__" => t == "set",
            _ => num,
        };
        ok.then(|| new_method(o.clone(), n))
    }

    /// Calls the dunder `name` of a built-in value (bound by
    /// `builtin_dunder_attr`, or the unbound `type.name(x, ...)`); `None`
    /// when `recv` is not a built-in value with that method.
    pub(super) fn call_builtin_dunder(
        &mut self,
        recv: &Value,
        name: &str,
        args: &[Value],
        kwnames: &[&str],
    ) -> Option<PyResult<Value>> {
        if let Some(c) = recv.downcast::<ClassObj>() {
            // `object.__new__` is `metaclass.rs`'s `object_new`.
            if !SUBCLASSABLE.contains(&c.name) {
                return None;
            }
            let Some((first, rest)) = args.split_first() else {
                return Some(Err(type_error(format!(
                    "unbound method {}.{name}() needs an argument",
                    c.name
                ))));
            };
            if name == "__new__" {
                return Some(self.builtin_new(first, c.name, rest, kwnames));
            }
            // The receiver: a value of this type, or a subclass instance's.
            let inner = match builtin_of(first) {
                Some(b) if builtin_type_name(b) == c.name => b.clone(),
                _ if builtin_type_name(first) == c.name
                    || (c.name == "int" && builtin_type_name(first) == "bool") =>
                {
                    first.clone()
                }
                _ if matches!(name, "__getitem__" | "__reversed__") => {
                    return Some(Err(type_error(format!(
                        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
                        c.name,
                        class_name(first)
                    ))));
                }
                _ => {
                    return Some(Err(type_error(format!(
                        "descriptor '{name}' requires a '{}' object but received a '{}'",
                        c.name,
                        class_name(first)
                    ))));
                }
            };
            return self.call_builtin_dunder(&inner, name, rest, kwnames);
        }
        if user_class_of(recv).is_some() {
            return None;
        }
        let t = builtin_type_name(recv);
        if !SUBCLASSABLE.contains(&t) && t != "bool" {
            return None;
        }
        if name == "__init__" {
            if mutable(t) {
                return Some(
                    self.builtin_init(recv, args.to_vec(), kwnames)
                        .map(|()| Value::none()),
                );
            }
            return Some(Ok(Value::none()));
        }
        if !kwnames.is_empty() {
            return Some(Err(type_error(format!(
                "{t}.{name}() takes no keyword arguments"
            ))));
        }
        let one = |what: &str| -> PyResult<Value> {
            match args {
                [x] => Ok(x.clone()),
                _ => Err(type_error(format!(
                    "expected 1 argument{what}, got {}",
                    args.len()
                ))),
            }
        };
        let none = |r: PyResult<()>| r.map(|()| Value::none());
        let r = match name {
            "__getitem__" => one("").and_then(|k| self.getitem_of(recv, &k)),
            "__setitem__" => match args {
                [k, v] => none(self.setitem_of(recv, k, v.clone())),
                _ => Err(type_error(format!(
                    "expected 2 arguments, got {}",
                    args.len()
                ))),
            },
            "__delitem__" => one("").and_then(|k| none(self.delitem_of(recv, &k))),
            "__len__" => self.len_of(recv).map(|n| Value::int(n as i64)),
            "__contains__" => one("")
                .and_then(|k| self.contains_of(recv, &k))
                .map(Value::bool),
            "__iter__" => self.iter_of(recv),
            "__reversed__" => {
                let b = self.builtins["reversed"].clone();
                self.call_now(&b, vec![recv.clone()], &[])
            }
            "__repr__" => self.repr_of(recv).map(crate::objects::new_str),
            "__str__" => self.str_of(recv).map(crate::objects::new_str),
            "__hash__" => self.hash_of(recv).map(Value::int),
            "__bool__" => self.truthy_of(recv).map(Value::bool),
            "__format__" => one("").and_then(|s| {
                let spec = self.str_of(&s)?;
                self.format_any(recv, &spec).map(crate::objects::new_str)
            }),
            "__neg__" => self.unary_op(UnOp::Neg, recv),
            "__pos__" => self.unary_op(UnOp::Pos, recv),
            "__invert__" => self.unary_op(UnOp::Invert, recv),
            "__abs__" | "__int__" | "__index__" | "__float__" => {
                let f = match name {
                    "__abs__" => self.builtins["abs"].clone(),
                    "__float__" => self.classes["float"].clone(),
                    _ => self.classes["int"].clone(),
                };
                self.call_now(&f, vec![recv.clone()], &[])
            }
            _ => {
                if let Some(op) = cmpop_of(name) {
                    let other = match one("") {
                        Ok(o) => o,
                        Err(e) => return Some(Err(e)),
                    };
                    let other = builtin_of(&other).cloned().unwrap_or(other);
                    if matches!(op, CmpOp::Eq | CmpOp::Ne)
                        && builtin_type_name(recv) != builtin_type_name(&other)
                        && !(super::to_num(recv).is_some() && super::to_num(&other).is_some())
                        && !(recv.downcast::<SetObj>().is_some()
                            && other.downcast::<SetObj>().is_some())
                    {
                        return Some(Ok(Value::not_implemented()));
                    }
                    return Some(match super::compare(op, recv, &other) {
                        Ok(b) => Ok(Value::bool(b)),
                        Err(e) if is_type_error(&e) => Ok(Value::not_implemented()),
                        Err(e) => Err(e),
                    });
                }
                let (op, refl, inplace) = binop_of(name)?;
                let other = match one("") {
                    Ok(o) => o,
                    Err(e) => return Some(Err(e)),
                };
                let other = builtin_of(&other).cloned().unwrap_or(other);
                let r = if refl {
                    super::binary(op, &other, recv, false)
                } else if inplace {
                    self.binary_op(op, recv, &other, true)
                } else {
                    super::binary(op, recv, &other, false)
                };
                match r {
                    Err(e) if is_type_error(&e) && !inplace => Ok(Value::not_implemented()),
                    r => r,
                }
            }
        };
        Some(r)
    }
}
