//! User classes at run time: attribute lookup with descriptors (functions,
//! `property`, `classmethod`, `staticmethod`), `super()`, and the
//! data-model dunders (`__repr__`, `__eq__`, `__add__`, `__len__`, ...).
//!
//! Every operation the interpreter performs on a value first asks
//! [`user_class_of`]: built-in values take the built-in path untouched (the
//! free functions in `interp.rs`), values whose type is a user class look
//! the special method up in the class's MRO and call it, as CPython's type
//! slots do. The nested cases (a list of instances being printed or
//! compared) recurse through the `Interp` methods here.

use super::builtins::class_name;
use super::{Frame, Interp, PyResult, collections, exc, type_error};
use crate::objects::{
    BoundMethodObj, CellObj, ClassMethodObj, ClassObj, DictObj, ExceptionObj, FunctionObj,
    InstanceObj, ListObj, MemberObj, PropertyObj, SetObj, StaticMethodObj, StrObj, SuperObj,
    TupleObj, UserClassObj, new_bound_method, new_method, new_str, new_super, new_tuple,
};
use crate::objects::{builtin_of, builtin_value};
use crate::value::Value;
use krait_ir::{BinOp, CmpOp, SlotKind, UnOp};

/// The user class of `v`'s type: an instance's class, a user exception
/// class, or the user metaclass of a class; `None` for built-in values.
pub(super) fn user_class_of(v: &Value) -> Option<&UserClassObj> {
    user_class_value(v)?.downcast::<UserClassObj>()
}

/// The class object of `v` when it is a user class's instance (a class
/// whose metaclass is a user class included).
pub(super) fn user_class_value(v: &Value) -> Option<&Value> {
    if let Some(i) = v.downcast::<InstanceObj>() {
        return Some(&i.class);
    }
    if let Some(e) = v.downcast::<ExceptionObj>() {
        return e.user.as_ref();
    }
    v.downcast::<UserClassObj>()?.meta.get()
}

/// The attributes stored on `v` itself (an instance's `__dict__`).
fn own_dict(v: &Value) -> Option<&crate::attrs::Attrs> {
    if let Some(i) = v.downcast::<InstanceObj>() {
        return Some(&i.dict);
    }
    v.downcast::<ExceptionObj>()
        .filter(|e| e.user.is_some())
        .map(|e| &e.dict)
}

/// `type(v).name` for a user class (the special-method lookup, which skips
/// the instance dict as CPython's does).
pub(super) fn dunder(v: &Value, name: &str) -> Option<Value> {
    user_class_of(v)?.lookup(name)
}

/// Whether `v`, found in a class, is a data descriptor (it takes
/// precedence over the instance's own attribute of the same name).
pub(super) fn is_data_descriptor(v: &Value) -> bool {
    if v.downcast::<PropertyObj>().is_some() {
        return true;
    }
    user_class_of(v)
        .is_some_and(|c| c.lookup("__set__").is_some() || c.lookup("__delete__").is_some())
}

/// Whether reading (`set`: writing) attribute `name` of an instance of
/// `class` is plain: the instance's own value, with no data descriptor of
/// that name in the class and no `__getattribute__` (`__setattr__`)
/// override. The attribute caches rely on this staying true until the
/// class epoch changes.
pub(super) fn plain_instance_attr(class: &Value, name: &str, set: bool) -> bool {
    let Some(c) = class.downcast::<UserClassObj>() else {
        return false;
    };
    let hook = if set {
        crate::objects::HOOK_SETATTR
    } else {
        crate::objects::HOOK_GETATTRIBUTE
    };
    if c.has_hook(hook) {
        return false;
    }
    match c.lookup(name) {
        Some(a) if a.downcast::<MemberObj>().is_some() => c.has_hook(crate::objects::HOOK_NODICT),
        Some(a) if is_data_descriptor(&a) => false,
        _ => !(set && c.has_hook(crate::objects::HOOK_NODICT)),
    }
}

/// Where a `__slots__` member's value is kept in `o`'s attributes: under
/// its name when `o` has no `__dict__`, else beside the dict (hidden).
fn member_key(o: &Value, m: &MemberObj) -> String {
    if user_class_of(o).is_some_and(|c| c.has_hook(crate::objects::HOOK_NODICT)) {
        m.name.clone()
    } else {
        format!("\0{}", m.name)
    }
}

/// A `__slots__` member's value in `o`.
fn member_get(o: &Value, m: &MemberObj) -> PyResult<Value> {
    own_dict(o)
        .and_then(|d| d.get(&member_key(o, m)))
        .ok_or_else(|| no_attribute(o, &m.name))
}

fn dict_get(d: &std::cell::RefCell<Vec<(String, Value)>>, name: &str) -> Option<Value> {
    d.borrow()
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

fn no_attribute(o: &Value, name: &str) -> Value {
    exc(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", class_name(o)),
    )
}

/// The dunder behind a binary operator and its reflected form.
fn binary_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

/// A rich comparison's dunder and the one tried reflected.
fn compare_dunders(op: CmpOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
        _ => return None,
    })
}

/// `__get__`/`__set__`/`__delete__` as a `'static` name.
fn descriptor_method(name: &str) -> &'static str {
    match name {
        "__get__" => "__get__",
        "__set__" => "__set__",
        _ => "__delete__",
    }
}

/// The methods of `object` (and of the built-in exception base) that
/// `super()` and `object.name` reach once the user classes of an MRO are
/// passed: called as built-in methods on the instance.
fn base_method(name: &str) -> Option<&'static str> {
    Some(match name {
        "__init__" => "__init__",
        "__str__" => "__str__",
        "__repr__" => "__repr__",
        "__setattr__" => "__setattr__",
        "__getattribute__" => "__getattribute__",
        "__delattr__" => "__delattr__",
        "__eq__" => "__eq__",
        "__ne__" => "__ne__",
        "__hash__" => "__hash__",
        "__format__" => "__format__",
        _ => return None,
    })
}

impl Interp<'_, '_> {
    /// `attr.__get__(obj, cls)` for the descriptors krait knows: functions
    /// bind to the instance, classmethods to the class, staticmethods give
    /// the function; anything else is returned as it is. `obj` is `None`
    /// for a lookup on the class itself.
    pub(super) fn bind_attr(
        &mut self,
        attr: Value,
        obj: Option<&Value>,
        cls: &Value,
    ) -> PyResult<Value> {
        if let Some(m) = attr.downcast::<ClassMethodObj>() {
            return Ok(new_bound_method(m.func.clone(), cls.clone()));
        }
        if let Some(m) = attr.downcast::<StaticMethodObj>() {
            return Ok(m.func.clone());
        }
        let Some(obj) = obj else {
            return self.user_descriptor_get(attr, None, cls);
        };
        if attr.downcast::<FunctionObj>().is_some() {
            return Ok(new_bound_method(attr, obj.clone()));
        }
        // A built-in class's method taken from the class (`object.__hash__`,
        // `str.upper`) binds like a function: the instance goes first.
        if attr
            .downcast::<crate::objects::MethodObj>()
            .is_some_and(|m| m.receiver.downcast::<ClassObj>().is_some())
        {
            return Ok(new_bound_method(attr, obj.clone()));
        }
        if let Some(p) = attr.downcast::<PropertyObj>() {
            return self.call_value(&p.fget, vec![obj.clone()]);
        }
        if let Some(m) = attr.downcast::<MemberObj>() {
            return member_get(obj, m);
        }
        self.user_descriptor_get(attr, Some(obj), cls)
    }

    /// `attr.__get__(obj, cls)` when `attr` is an instance of a user class
    /// defining `__get__`; otherwise `attr` itself.
    fn user_descriptor_get(
        &mut self,
        attr: Value,
        obj: Option<&Value>,
        cls: &Value,
    ) -> PyResult<Value> {
        match user_class_of(&attr).and_then(|c| c.lookup("__get__")) {
            Some(get) => {
                let inst = obj.cloned().unwrap_or_else(Value::none);
                self.call_value(&get, vec![attr, inst, cls.clone()])
            }
            None => Ok(attr),
        }
    }

    /// `o.name` for every object: user instances and classes, `super()`
    /// objects and properties here, built-in objects in `builtins`.
    pub(super) fn get_attr(&mut self, o: &Value, name: &str) -> PyResult<Value> {
        self.get_attr_inner(o, name).inspect_err(|e| {
            // CPython's `set_attribute_error_context`: an AttributeError
            // out of an attribute lookup remembers the name and object
            // (for "Did you mean"), unless it already has them.
            if let Some(x) = e.downcast::<ExceptionObj>()
                && crate::objects::exc_is_subclass(x.class, "AttributeError")
                && !x.dict.contains("name")
                && !x.dict.contains("obj")
            {
                x.dict.set("name", Some(new_str(name)));
                x.dict.set("obj", Some(o.clone()));
            }
        })
    }

    /// A suggestion CPython 3.11 adds to a printed `NameError` or
    /// `AttributeError` (`. Did you mean: 'x'?`), after its message.
    pub(super) fn message_with_suggestion(&mut self, e: &Value) -> PyResult<String> {
        let mut msg = self.str_of(e)?;
        if let Some(s) = self.suggestion(e) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        Ok(msg)
    }

    fn suggestion(&mut self, e: &Value) -> Option<String> {
        let x = e.downcast::<ExceptionObj>()?;
        let name = x.dict.get("name")?;
        let name = name.downcast::<StrObj>()?.value.clone();
        if crate::objects::exc_is_subclass(x.class, "NameError") {
            // The innermost frame's local variables, then its module's
            // globals, then the builtins.
            // Entries are stored innermost first (as the exception unwound).
            let last = *x.traceback.borrow().first()?;
            let f = self.module.functions.get(last.func as usize)?;
            let nparams = (f.params.posonly + f.params.positional + f.params.kwonly) as usize
                + usize::from(f.params.varargs)
                + usize::from(f.params.varkw);
            let varnames: Vec<&str> = if f.kind == krait_ir::FunctionKind::Module {
                Vec::new()
            } else {
                f.slots
                    .iter()
                    .enumerate()
                    .filter(|(i, s)| {
                        s.kind == krait_ir::SlotKind::Local
                            || (s.kind == krait_ir::SlotKind::Cell && *i < nparams)
                    })
                    .filter_map(|(_, s)| s.name.as_deref())
                    .filter(|n| !n.starts_with('.'))
                    .collect()
            };
            if let Some(s) = crate::suggest::suggest(&varnames, &name) {
                return Some(s.to_owned());
            }
            let m = self.fn_module.get(last.func as usize).copied().unwrap_or(0);
            let globals: Vec<String> = self.module_items(m).into_iter().map(|(k, _)| k).collect();
            let globals: Vec<&str> = globals.iter().map(String::as_str).collect();
            if let Some(s) = crate::suggest::suggest(&globals, &name) {
                return Some(s.to_owned());
            }
            return crate::suggest::suggest(crate::dir_tables::BUILTINS_ORDER, &name)
                .map(str::to_owned);
        }
        if crate::objects::exc_is_subclass(x.class, "AttributeError") {
            let obj = x.dict.get("obj")?;
            let listing = self.dir_of(&obj, false).ok()?;
            let names: Vec<String> = super::seq_items(&listing)?
                .iter()
                .filter_map(|v| v.downcast::<StrObj>().map(|s| s.value.clone()))
                .collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            return crate::suggest::suggest(&names, &name).map(str::to_owned);
        }
        None
    }

    fn get_attr_inner(&mut self, o: &Value, name: &str) -> PyResult<Value> {
        if let Some(m) = o.downcast::<crate::objects::ModuleObj>() {
            return self.module_getattr(m, name);
        }
        if let Some(r) = super::modules::native_attr(o, name) {
            return r;
        }
        if let Some(c) = o.downcast::<UserClassObj>() {
            return match self.class_attr(o, c, name) {
                // A metaclass's `__getattr__` answers what the class lacks.
                Err(e) if super::builtins::is_attribute_error(&e) => {
                    let hook = c
                        .meta
                        .get()
                        .and_then(|m| m.downcast::<UserClassObj>())
                        .and_then(|m| m.lookup("__getattr__"));
                    match hook {
                        Some(g) => self.call_value(&g, vec![o.clone(), new_str(name)]),
                        None => Err(e),
                    }
                }
                r => r,
            };
        }
        if let Some(cls) = user_class_value(o).cloned() {
            let hooked =
                user_class_of(o).is_some_and(|c| c.has_hook(crate::objects::HOOK_GETATTRIBUTE));
            let got = match hooked.then(|| dunder(o, "__getattribute__")).flatten() {
                Some(g) => self.call_value(&g, vec![o.clone(), new_str(name)]),
                None => self.instance_attr(o, &cls, name),
            };
            return match got {
                Err(e) if super::builtins::is_attribute_error(&e) => {
                    match dunder(o, "__getattr__") {
                        Some(g) => self.call_value(&g, vec![o.clone(), new_str(name)]),
                        None => Err(e),
                    }
                }
                r => r,
            };
        }
        if let Some(s) = o.downcast::<SuperObj>() {
            return self.super_attr(s, name);
        }
        if name == "__dict__"
            && let Some(c) = o.downcast::<ClassObj>()
            && let Some((_, names)) = crate::dir_tables::OWN_DICT_TABLE
                .iter()
                .find(|(t, _)| *t == c.name)
        {
            // A built-in class's own namespace (CPython's is a read-only
            // mappingproxy; this is a fresh dict of the same items).
            let mut items = Vec::new();
            for n in names.iter() {
                match *n {
                    "__dict__" | "__doc__" | "__weakref__" | "__module__" => {}
                    _ if n.ends_with("=None") => {
                        items.push((n.trim_end_matches("=None").to_owned(), Value::none()));
                    }
                    _ => {
                        if let Ok(v) = self.get_attr_inner(o, n) {
                            items.push(((*n).to_owned(), v));
                        }
                    }
                }
            }
            return super::builtins::ns_dict(&items);
        }
        if name == "__class__"
            && o.downcast::<ClassObj>().is_none()
            && o.downcast::<crate::objects::GenericAliasObj>().is_none()
        {
            return Ok(self.class_of(o));
        }
        if let Some(r) = super::generic::attr(o, name) {
            return r;
        }
        if let Some(p) = o.downcast::<PropertyObj>() {
            match name {
                "setter" => return Ok(new_method(o.clone(), "setter")),
                "getter" => return Ok(new_method(o.clone(), "getter")),
                "deleter" => return Ok(new_method(o.clone(), "deleter")),
                "fget" => return Ok(p.fget.clone()),
                "fset" => return Ok(p.fset.clone()),
                "fdel" => return Ok(p.fdel.clone()),
                "__doc__" => return Ok(p.doc.clone()),
                _ => {}
            }
        }
        if let Some(m) = o.downcast::<BoundMethodObj>() {
            match name {
                "__self__" => return Ok(m.receiver.clone()),
                "__func__" => return Ok(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let f = m.func.clone();
                    return self.get_attr(&f, name);
                }
                _ => {}
            }
        }
        if let Some(m) = o.downcast::<crate::objects::MethodObj>() {
            match name {
                "__self__" => return Ok(m.receiver.clone()),
                "__name__" => return Ok(new_str(m.name)),
                _ => {}
            }
        }
        // The descriptor protocol of functions, properties, classmethods
        // and staticmethods, called explicitly.
        if (name == "__get__"
            && (o.downcast::<FunctionObj>().is_some()
                || o.downcast::<PropertyObj>().is_some()
                || o.downcast::<ClassMethodObj>().is_some()
                || o.downcast::<StaticMethodObj>().is_some()))
            || (matches!(name, "__set__" | "__delete__") && o.downcast::<PropertyObj>().is_some())
        {
            return Ok(new_method(o.clone(), descriptor_method(name)));
        }
        if let Some(m) = o.downcast::<ClassMethodObj>()
            && name == "__func__"
        {
            return Ok(m.func.clone());
        }
        if let Some(m) = o.downcast::<StaticMethodObj>()
            && name == "__func__"
        {
            return Ok(m.func.clone());
        }
        if let Some(c) = o.downcast::<ClassObj>() {
            if let Some(r) = self.builtin_class_attr(o, c, name) {
                return r;
            }
            if c.name == "object"
                && let Some(m) = base_method(name)
            {
                return Ok(new_method(o.clone(), m));
            }
        }
        match super::builtins::get_attr(o, name) {
            Err(e) if super::builtins::is_attribute_error(&e) => {
                match self.builtin_dunder_attr(o, name) {
                    Some(m) => Ok(m),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    fn instance_attr(&mut self, o: &Value, cls: &Value, name: &str) -> PyResult<Value> {
        let class_attr = cls.downcast::<UserClassObj>().and_then(|c| c.lookup(name));
        if let Some(p) = class_attr
            .as_ref()
            .and_then(|a| a.downcast::<PropertyObj>())
        {
            if p.fget.is_none() {
                return Err(exc(
                    "AttributeError",
                    format!(
                        "property '{name}' of '{}' object has no getter",
                        class_name(o)
                    ),
                ));
            }
            return self.call_value(&p.fget, vec![o.clone()]);
        }
        if let Some(m) = class_attr.as_ref().and_then(|a| a.downcast::<MemberObj>()) {
            return member_get(o, m);
        }
        if let Some(a) = &class_attr
            && let Some(desc) = user_class_of(a)
            && (desc.lookup("__set__").is_some() || desc.lookup("__delete__").is_some())
            && let Some(get) = desc.lookup("__get__")
        {
            return self.call_value(&get, vec![a.clone(), o.clone(), cls.clone()]);
        }
        if let Some(d) = own_dict(o)
            && let Some(v) = d.get(name)
        {
            return Ok(v);
        }
        if let Some(a) = class_attr {
            return self.bind_attr(a, Some(o), cls);
        }
        match name {
            "__class__" => return Ok(cls.clone()),
            "__dict__"
                if user_class_of(o).is_some_and(|c| c.has_hook(crate::objects::HOOK_NODICT)) => {}
            "__dict__" => {
                if let Some(d) = own_dict(o) {
                    return Ok(d.as_dict());
                }
            }
            _ => {}
        }
        if let Some(r) = self.builtin_sub_attr(o, name) {
            return r;
        }
        if let Some(m) = base_method(name) {
            return Ok(new_method(o.clone(), m));
        }
        if o.downcast::<ExceptionObj>().is_some() {
            return super::builtins::get_attr(o, name);
        }
        Err(no_attribute(o, name))
    }

    fn class_attr(&mut self, o: &Value, c: &UserClassObj, name: &str) -> PyResult<Value> {
        let meta = c.meta.get().and_then(|m| m.downcast::<UserClassObj>());
        let meta_attr = meta.and_then(|m| m.lookup(name));
        // A data descriptor of the metaclass wins over the class's MRO.
        if let Some(p) = meta_attr.as_ref().and_then(|a| a.downcast::<PropertyObj>())
            && !p.fget.is_none()
        {
            return self.call_value(&p.fget, vec![o.clone()]);
        }
        if let Some(a) = c.lookup(name) {
            return self.bind_attr(a, None, o);
        }
        // `object` is in every class's MRO, so its attributes (`__new__`,
        // `__init__`, `__repr__`, ...) come before the metaclass's.
        let from_object = meta_attr.is_some()
            && !matches!(name, "__class__" | "__doc__")
            && crate::dir_tables::DIR_TABLE
                .iter()
                .find(|(t, _)| *t == "object")
                .is_some_and(|(_, names)| names.contains(&name));
        if let Some(a) = meta_attr.filter(|_| !from_object) {
            let m = c.meta.get().cloned().unwrap_or_else(Value::none);
            return self.bind_attr(a, Some(o), &m);
        }
        if let Some(r) = self.class_builtin_attr(o, c, name) {
            return r;
        }
        Ok(match name {
            "__name__" => new_str(c.name.clone()),
            "__qualname__" => new_str(c.qualname.clone()),
            "__module__" => new_str("__main__"),
            "__bases__" => new_tuple(c.bases.clone()),
            "__mro__" => {
                let mut m = vec![o.clone()];
                m.extend(c.mro.iter().cloned());
                new_tuple(m)
            }
            "__dict__" => super::builtins::ns_dict(&c.dict.borrow())?,
            "__doc__" => Value::none(),
            _ => {
                if let Some(base) = super::subclass::builtin_base(c)
                    && let Some(m) = self
                        .classes
                        .get(base)
                        .cloned()
                        .and_then(|b| self.builtin_dunder_attr(&b, name))
                {
                    return Ok(m);
                }
                // What `object` gives every class: `C.__init__` is
                // `object.__init__`.
                if name.starts_with("__")
                    && name.ends_with("__")
                    && let Some(obj) = self.classes.get("object").cloned()
                    && let Ok(m) = self.get_attr(&obj, name)
                {
                    return Ok(m);
                }
                return Err(exc(
                    "AttributeError",
                    format!("type object '{}' has no attribute '{name}'", c.name),
                ));
            }
        })
    }

    /// `super(class, obj).name`: the MRO of `obj`'s class (or of `obj`, a
    /// class) after `class`.
    fn super_attr(&mut self, s: &SuperObj, name: &str) -> PyResult<Value> {
        // `super(C, cls)` with a class `cls` deriving from `C` walks `cls`'s
        // own MRO; otherwise the MRO of the object's type.
        let class_case =
            s.obj.downcast::<UserClassObj>().is_some() && super::is_subclass_user(&s.obj, &s.class);
        let (start, inst) = match user_class_value(&s.obj) {
            Some(c) if !class_case => (c.clone(), Some(&s.obj)),
            _ => (s.obj.clone(), None),
        };
        let mut mro = vec![start.clone()];
        if let Some(c) = start.downcast::<UserClassObj>() {
            mro.extend(c.mro.iter().cloned());
        }
        let after = mro.iter().position(|c| c.is(&s.class)).map_or(0, |i| i + 1);
        for c in &mro[after..] {
            if let Some(u) = c.downcast::<UserClassObj>()
                && let Some(a) = dict_get(&u.dict, name)
            {
                return self.bind_attr(a, inst, &start);
            }
        }
        if let Some(obj) = inst
            && let Some(r) = self.builtin_sub_attr(obj, name)
        {
            return r;
        }
        if inst.is_none()
            && let Some(b) = mro[after..].iter().find(|c| {
                c.downcast::<ClassObj>()
                    .is_some_and(|b| super::subclass::SUBCLASSABLE.contains(&b.name))
            })
            && let Some(m) = self.builtin_dunder_attr(&b.clone(), name)
        {
            return Ok(m);
        }
        if let Some(r) = self.super_builtin_attr(&mro[after..], &start, inst, name) {
            return r;
        }
        if let (Some(m), Some(obj)) = (base_method(name), inst) {
            return Ok(new_method(obj.clone(), m));
        }
        Err(exc(
            "AttributeError",
            format!("'super' object has no attribute '{name}'"),
        ))
    }

    /// `o.name = v` (`del o.name` when `v` is `None`).
    pub(super) fn set_attr(&mut self, o: &Value, name: &str, v: Option<Value>) -> PyResult<()> {
        if let Some(m) = o.downcast::<crate::objects::ModuleObj>() {
            return self.module_setattr(m, name, v);
        }
        if let Some(e) = o.downcast::<ExceptionObj>()
            && let Some(r) = super::builtins::exc_set_special(e, name, &v)
        {
            return r;
        }
        if let Some(c) = user_class_of(o) {
            let (hook, bit) = if v.is_some() {
                ("__setattr__", crate::objects::HOOK_SETATTR)
            } else {
                ("__delattr__", crate::objects::HOOK_DELATTR)
            };
            if c.has_hook(bit)
                && let Some(f) = dunder(o, hook)
            {
                let mut args = vec![o.clone(), new_str(name)];
                args.extend(v);
                self.call_value(&f, args)?;
                return Ok(());
            }
            return self.set_attr_base(o, name, v);
        }
        super::builtins::set_attr(o, name, v)
    }

    /// `object.__setattr__(o, name, v)`: a property's setter, else the
    /// instance dict.
    fn set_attr_base(&mut self, o: &Value, name: &str, v: Option<Value>) -> PyResult<()> {
        if let Some(a) = dunder(o, name)
            && let Some(desc) = user_class_of(&a)
            && (desc.lookup("__set__").is_some() || desc.lookup("__delete__").is_some())
        {
            let hook = if v.is_some() { "__set__" } else { "__delete__" };
            let Some(f) = desc.lookup(hook) else {
                return Err(exc("AttributeError", hook));
            };
            let mut args = vec![a.clone(), o.clone()];
            args.extend(v);
            self.call_value(&f, args)?;
            return Ok(());
        }
        if let Some(a) = dunder(o, name)
            && let Some(m) = a.downcast::<MemberObj>()
            && let Some(d) = own_dict(o)
        {
            if !d.set(&member_key(o, m), v) {
                return Err(exc("AttributeError", m.name.clone()));
            }
            return Ok(());
        }
        if let Some(a) = dunder(o, name)
            && let Some(p) = a.downcast::<PropertyObj>()
        {
            let (f, what) = match &v {
                Some(_) => (&p.fset, "setter"),
                None => (&p.fdel, "deleter"),
            };
            if f.is_none() {
                return Err(exc(
                    "AttributeError",
                    format!(
                        "property '{name}' of '{}' object has no {what}",
                        class_name(o)
                    ),
                ));
            }
            let mut args = vec![o.clone()];
            args.extend(v);
            self.call_value(f, args)?;
            return Ok(());
        }
        if user_class_of(o).is_some_and(|c| c.has_hook(crate::objects::HOOK_NODICT)) {
            return Err(match dunder(o, name) {
                Some(_) => exc(
                    "AttributeError",
                    format!("'{}' object attribute '{name}' is read-only", class_name(o)),
                ),
                None => no_attribute(o, name),
            });
        }
        let Some(d) = own_dict(o) else {
            return super::builtins::set_attr(o, name, v);
        };
        if !d.set(name, v) {
            return Err(no_attribute(o, name));
        }
        Ok(())
    }

    /// The methods of `object` reached through `super()` or `object.name`
    /// (`None`: not one of them).
    pub(super) fn call_base_method(
        &mut self,
        recv: &Value,
        name: &str,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        // `object.__init__(self)` reached as `object.name(obj, ...)`.
        if let Some(c) = recv.downcast::<ClassObj>()
            && c.name == "object"
        {
            let (obj, rest) = args.split_first()?;
            return self.call_base_method(obj, name, rest);
        }
        if name == "__get__"
            && (recv.downcast::<FunctionObj>().is_some()
                || recv.downcast::<PropertyObj>().is_some()
                || recv.downcast::<ClassMethodObj>().is_some()
                || recv.downcast::<StaticMethodObj>().is_some())
        {
            let (obj, owner) = match args {
                [o] => (o.clone(), Value::none()),
                [o, c] => (o.clone(), c.clone()),
                _ => {
                    return Some(Err(type_error(format!(
                        "expected 1 or 2 arguments, got {}",
                        args.len()
                    ))));
                }
            };
            let owner = if owner.is_none() && !obj.is_none() {
                self.class_of(&obj)
            } else {
                owner
            };
            if obj.is_none() && recv.downcast::<ClassMethodObj>().is_none() {
                return Some(if recv.downcast::<StaticMethodObj>().is_some() {
                    self.bind_attr(recv.clone(), None, &owner)
                } else {
                    Ok(recv.clone())
                });
            }
            let inst = (!obj.is_none()).then_some(&obj);
            return Some(self.bind_attr(recv.clone(), inst, &owner));
        }
        if let Some(p) = recv.downcast::<PropertyObj>()
            && matches!(name, "__set__" | "__delete__")
        {
            let f = if name == "__set__" { &p.fset } else { &p.fdel };
            if f.is_none() {
                let what = if name == "__set__" {
                    "setter"
                } else {
                    "deleter"
                };
                return Some(Err(exc(
                    "AttributeError",
                    format!("property has no {what}"),
                )));
            }
            let f = f.clone();
            return Some(self.call_value(&f, args.to_vec()));
        }
        if let Some(p) = recv.downcast::<PropertyObj>() {
            let [f] = args else {
                return Some(Err(type_error(format!(
                    "{name}() takes exactly one argument ({} given)",
                    args.len()
                ))));
            };
            let pick = |part: &str, old: &Value| if part == name { f.clone() } else { old.clone() };
            return Some(Ok(crate::objects::new_property(
                pick("getter", &p.fget),
                pick("setter", &p.fset),
                pick("deleter", &p.fdel),
                p.doc.clone(),
            )));
        }
        let r = match name {
            "__init__" => {
                if let Some(e) = recv.downcast::<ExceptionObj>() {
                    *e.args.borrow_mut() = args.to_vec();
                    Ok(Value::none())
                } else if !args.is_empty() {
                    Err(type_error(format!(
                        "{}.__init__() takes exactly one argument (the instance to initialize)",
                        class_name(recv)
                    )))
                } else {
                    Ok(Value::none())
                }
            }
            "__str__" if recv.downcast::<ExceptionObj>().is_some() => {
                super::to_str(recv).map(new_str)
            }
            "__str__" => self.repr_of(recv).map(new_str),
            "__repr__" => super::to_repr(recv).map(new_str),
            "__format__" => match args {
                [spec] => self
                    .str_of(spec)
                    .and_then(|s| super::format_value(recv, &s))
                    .map(new_str),
                _ => Err(type_error("__format__ expects 1 argument")),
            },
            "__eq__" | "__ne__" => match args {
                [other] if recv.is(other) => Ok(Value::bool(name == "__eq__")),
                [_] => Ok(Value::not_implemented()),
                _ => Err(type_error(format!(
                    "expected 1 argument, got {}",
                    args.len()
                ))),
            },
            // `object.__hash__`: the identity hash, whatever the class
            // defines.
            "__hash__" if user_class_of(recv).is_some() && builtin_of(recv).is_none() => {
                let h = recv.id().rotate_right(4) as i64;
                Ok(Value::int(if h == -1 { -2 } else { h }))
            }
            "__hash__" => collections::hash(recv).map(Value::int),
            "__setattr__" | "__delattr__" | "__getattribute__" => {
                let attr = match args.first().and_then(|a| a.downcast::<StrObj>()) {
                    Some(s) => s.value.clone(),
                    None => return Some(Err(type_error("attribute name must be string"))),
                };
                match name {
                    "__setattr__" => self
                        .set_attr_base(recv, &attr, args.get(1).cloned())
                        .map(|()| Value::none()),
                    "__delattr__" => self
                        .set_attr_base(recv, &attr, None)
                        .map(|()| Value::none()),
                    _ => match user_class_value(recv).cloned() {
                        Some(cls) => self.instance_attr(recv, &cls, &attr),
                        None => self.get_attr(recv, &attr),
                    },
                }
            }
            _ => return None,
        };
        Some(r)
    }

    /// Zero-argument `super()` in `frame`: the `__class__` cell and the
    /// first argument.
    pub(super) fn super_in_frame(&mut self, frame: &Frame) -> PyResult<Value> {
        let f = &self.module.functions[frame.func];
        let p = f.params;
        if p.posonly + p.positional == 0 && !p.varargs {
            return Err(exc("RuntimeError", "super(): no arguments"));
        }
        let class = f
            .slots
            .iter()
            .zip(&frame.slots)
            .find(|(s, _)| {
                s.name.as_deref() == Some("__class__")
                    && matches!(s.kind, SlotKind::Cell | SlotKind::Free)
            })
            .and_then(|(_, v)| v.as_ref())
            .and_then(|c| c.downcast::<CellObj>())
            .map(|c| c.value.borrow().clone());
        let class = match class {
            Some(Some(c)) => c,
            Some(None) => return Err(exc("RuntimeError", "super(): empty __class__ cell")),
            None => return Err(exc("RuntimeError", "super(): __class__ cell not found")),
        };
        let first = match frame.slots.first() {
            Some(Some(v)) => match v.downcast::<CellObj>() {
                Some(c) => c.value.borrow().clone(),
                None => Some(v.clone()),
            },
            _ => None,
        };
        let Some(first) = first else {
            return Err(exc("RuntimeError", "super(): arg[0] deleted"));
        };
        self.make_super(class, first)
    }

    /// `super(class, obj)`.
    pub(super) fn make_super(&mut self, class: Value, obj: Value) -> PyResult<Value> {
        if class.downcast::<UserClassObj>().is_none() && class.downcast::<ClassObj>().is_none() {
            return Err(type_error(format!(
                "super() argument 1 must be a type, not {}",
                class_name(&class)
            )));
        }
        let of = match user_class_value(&obj) {
            Some(c)
                if !(obj.downcast::<UserClassObj>().is_some()
                    && super::is_subclass_user(&obj, &class)) =>
            {
                c.clone()
            }
            _ => obj.clone(),
        };
        if !super::is_subclass_user(&of, &class) {
            return Err(type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        }
        Ok(new_super(class, obj))
    }

    /// Calls `type(v).name(v, *args)` when `v`'s class defines `name`.
    pub(super) fn call_dunder(
        &mut self,
        v: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let Some(f) = dunder(v, name) else {
            return Ok(None);
        };
        let cls = user_class_value(v).cloned().unwrap_or_else(Value::none);
        let bound = self.bind_attr(f, Some(v), &cls)?;
        self.call_value(&bound, args).map(Some)
    }

    /// `a op b` (`a op= b` when `inplace`).
    pub(super) fn binary_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        if op == BinOp::BitOr
            && let Some(r) = super::generic::union_of(a, b, &|| self.class_of(&Value::none()))
        {
            return r;
        }
        if op == BinOp::Mod && user_class_of(a).is_none() && has_user(b, 0) {
            // `fmt % args` with user objects among the arguments.
            let mut other = |v: &Value| Ok((self.str_of(v)?, self.repr_of(v)?));
            if let Some(r) = super::strformat::percent_with(a, b, &mut other) {
                return r;
            }
        }
        if matches!(
            op,
            BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor
        ) && (set_like_view(a) || set_like_view(b))
            && user_class_of(a).is_none()
            && user_class_of(b).is_none()
        {
            // `d.keys() & other`: a set from each side (any iterable), as
            // dict views' number methods do.
            let mut as_set = |v: &Value| -> PyResult<Value> {
                if v.downcast::<SetObj>().is_some() {
                    return Ok(v.clone());
                }
                let items = self.collect_iter(v)?;
                self.build_set_of(items)
            };
            let (x, y) = (as_set(a)?, as_set(b)?);
            return self.binary_op(op, &x, &y, false);
        }
        if user_class_of(a).is_none() && user_class_of(b).is_none() {
            return if inplace {
                self.inplace(op, a, b)
            } else {
                super::binary(op, a, b, false)
            };
        }
        let (name, rname, iname) = binary_dunders(op);
        if inplace
            && let Some(r) = self.call_dunder(a, iname, vec![b.clone()])?
            && !r.is_not_implemented()
        {
            return Ok(r);
        }
        // The right operand goes first when its class is a proper subclass
        // of the left's that overrides the reflected method.
        let b_first = match (user_class_value(a), user_class_value(b)) {
            (Some(ca), Some(cb)) => {
                !ca.is(cb)
                    && super::is_subclass_user(cb, ca)
                    && user_class_of(b)
                        .and_then(|c| dict_get(&c.dict, rname))
                        .is_some()
            }
            // A built-in value and an instance of its type's subclass
            // overriding the reflected method.
            (None, Some(cb)) => {
                builtin_of(b).is_some()
                    && super::is_subclass_user(cb, &self.class_of(a))
                    && dunder(b, rname).is_some()
            }
            _ => false,
        };
        let same_type = match (user_class_value(a), user_class_value(b)) {
            (Some(ca), Some(cb)) => ca.is(cb),
            _ => false,
        };
        let mut builtin_err = None;
        if b_first
            && let Some(r) = self.call_dunder(b, rname, vec![a.clone()])?
            && !r.is_not_implemented()
        {
            return Ok(r);
        }
        if user_class_of(a).is_some() {
            if let Some(r) = self.call_dunder(a, name, vec![b.clone()])?
                && !r.is_not_implemented()
            {
                return Ok(r);
            }
            if let Some(ia) = builtin_of(a)
                && dunder(a, name).is_none()
            {
                let ia = ia.clone();
                match self.sub_binary(op, &ia, b, inplace) {
                    // In place on the built-in value: the result is `a`.
                    Ok(r) if r.is(&ia) => return Ok(a.clone()),
                    Ok(r) => return Ok(r),
                    Err(e) => builtin_err = Some(e),
                }
            }
        } else {
            match self.sub_binary(op, a, b, inplace) {
                Ok(r) => return Ok(r),
                Err(e) => builtin_err = Some(e),
            }
        }
        if !b_first
            && !same_type
            && user_class_of(b).is_some()
            && let Some(r) = self.call_dunder(b, rname, vec![a.clone()])?
            && !r.is_not_implemented()
        {
            return Ok(r);
        }
        if op == BinOp::Mul {
            // A sequence repeated by an object with `__index__`.
            let seq = |v: &Value| {
                v.downcast::<StrObj>().is_some()
                    || v.downcast::<ListObj>().is_some()
                    || v.downcast::<TupleObj>().is_some()
                    || v.downcast::<crate::objects::BytesObj>().is_some()
            };
            if seq(a)
                && let Some(n) = self.user_index(b)?
            {
                return super::binary(op, a, &n, false);
            }
            if seq(b)
                && let Some(n) = self.user_index(a)?
            {
                return super::binary(op, &n, b, false);
            }
            // CPython's `PyNumber_Multiply` falls back on the sequence's
            // repeat, which wants an index of the other operand; in place,
            // a left operand of a class (whose type has sequence slots,
            // none of them repeat) gets the plain error instead.
            let other = if seq(a) {
                Some(b)
            } else if seq(b) && !(inplace && user_class_of(a).is_some()) {
                Some(a)
            } else {
                None
            };
            if let Some(o) = other {
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    class_name(o)
                )));
            }
        }
        if let Some(e) = builtin_err
            && !(e.downcast::<ExceptionObj>().is_some_and(|x| {
                x.class == "TypeError"
                    && super::to_str(&e).is_ok_and(|m| m.starts_with("unsupported operand"))
            }) && (builtin_of(a).is_some() || builtin_of(b).is_some()))
        {
            return Err(e);
        }
        let sym = super::op_symbol(op);
        Err(type_error(format!(
            "unsupported operand type(s) for {sym}{}: '{}' and '{}'",
            if inplace { "=" } else { "" },
            class_name(a),
            class_name(b)
        )))
    }

    /// The built-in `a op b` with `a` a built-in value and `b` possibly an
    /// instance of a built-in type's subclass: tried as it is (so error
    /// messages name its class), then with its built-in value.
    fn sub_binary(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        let r = if inplace {
            self.inplace(op, a, b)
        } else {
            super::binary(op, a, b, false)
        };
        match (r, builtin_of(b)) {
            (Err(e), Some(ib)) => {
                let ib = ib.clone();
                let r = if inplace {
                    self.inplace(op, a, &ib)
                } else {
                    super::binary(op, a, &ib, false)
                };
                r.map_err(|_| e)
            }
            (r, _) => r,
        }
    }

    /// `-a`, `+a`, `~a`, `not a`.
    pub(super) fn unary_op(&mut self, op: UnOp, a: &Value) -> PyResult<Value> {
        if user_class_of(a).is_none() {
            return super::unary(op, a);
        }
        let name = match op {
            UnOp::Neg => "__neg__",
            UnOp::Pos => "__pos__",
            UnOp::Invert => "__invert__",
            UnOp::Not => return Ok(Value::bool(!self.truthy_of(a)?)),
        };
        if let Some(r) = self.call_dunder(a, name, vec![])? {
            return Ok(r);
        }
        if let Some(ia) = builtin_of(a) {
            match super::unary(op, ia) {
                Err(e)
                    if e.downcast::<ExceptionObj>()
                        .is_some_and(|x| x.class == "TypeError") => {}
                r => return r,
            }
        }
        let sym = match op {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            _ => "~",
        };
        Err(type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            class_name(a)
        )))
    }

    /// `a op b` for a comparison operator.
    pub(super) fn compare_op(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        match op {
            CmpOp::Is => return Ok(a.is(b)),
            CmpOp::IsNot => return Ok(!a.is(b)),
            CmpOp::In => return self.contains_of(b, a),
            CmpOp::NotIn => return Ok(!self.contains_of(b, a)?),
            _ => {}
        }
        if user_class_of(a).is_none() && user_class_of(b).is_none() {
            if is_seq(a)
                && is_seq(b)
                && (has_user(a, 0) || has_user(b, 0))
                && let Some(r) = self.compare_containers(op, a, b)?
            {
                return Ok(r);
            }
            if matches!(op, CmpOp::Eq | CmpOp::Ne)
                && builtin_value(a).downcast::<DictObj>().is_some()
                && builtin_value(b).downcast::<DictObj>().is_some()
                && (has_user(a, 0) || has_user(b, 0))
            {
                return self.compare_tables(op, a, b);
            }
            return match super::compare(op, a, b) {
                Err(e) if super::keys::is_needs_interp(&e) => self.compare_tables(op, a, b),
                r => r,
            };
        }
        let r = self.rich_compare(op, a, b)?;
        self.truthy_of(&r)
    }

    /// `a op b` as the comparison expression's value: what a user
    /// `__eq__`/`__lt__`/... returned, unchanged (it need not be a bool).
    pub(super) fn compare_value(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if !matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn)
            && (user_class_of(a).is_some() || user_class_of(b).is_some())
        {
            return self.rich_compare(op, a, b);
        }
        self.compare_op(op, a, b).map(Value::bool)
    }

    /// `a op b` as a value (the result of `__eq__` need not be a bool).
    fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let Some((name, rname)) = compare_dunders(op) else {
            return Err(type_error("bad comparison"));
        };
        let b_first = match (user_class_value(a), user_class_value(b)) {
            (Some(ca), Some(cb)) => !ca.is(cb) && super::is_subclass_user(cb, ca),
            _ => false,
        };
        let order: [(&Value, &Value, &str); 2] = if b_first {
            [(b, a, rname), (a, b, name)]
        } else {
            [(a, b, name), (b, a, rname)]
        };
        for (x, y, n) in order {
            // Built-in operands give NotImplemented for user classes.
            if user_class_of(x).is_some()
                && let Some(r) = self.call_dunder(x, n, vec![y.clone()])?
                && !r.is_not_implemented()
            {
                return Ok(r);
            }
        }
        let ne_from_eq =
            op == CmpOp::Ne && (dunder(a, "__eq__").is_some() || dunder(b, "__eq__").is_some());
        if !ne_from_eq && (builtin_of(a).is_some() || builtin_of(b).is_some()) {
            // The built-in comparison of the values the instances extend.
            let (ua, ub) = (builtin_value(a).clone(), builtin_value(b).clone());
            match self.compare_op(op, &ua, &ub) {
                Ok(r) => return Ok(Value::bool(r)),
                // An ordering the built-in types refuse: CPython's message
                // names the classes (below).
                Err(e)
                    if !matches!(op, CmpOp::Eq | CmpOp::Ne)
                        && e.downcast::<ExceptionObj>()
                            .is_some_and(|x| x.class == "TypeError") => {}
                Err(e) => return Err(e),
            }
        }
        match op {
            // `__ne__` inverts `__eq__` by default.
            CmpOp::Ne if dunder(a, "__eq__").is_some() || dunder(b, "__eq__").is_some() => {
                let r = self.rich_compare(CmpOp::Eq, a, b)?;
                Ok(Value::bool(!self.truthy_of(&r)?))
            }
            CmpOp::Eq => Ok(Value::bool(a.is(b))),
            CmpOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                super::cmp_symbol(op),
                class_name(a),
                class_name(b)
            ))),
        }
    }

    /// Sets (equality and the subset orderings) and dicts (equality)
    /// whose keys or values need Python code to hash or compare.
    fn compare_tables(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let (a, b) = (builtin_value(a).clone(), builtin_value(b).clone());
        if let (Some(x), Some(y)) = (a.downcast::<SetObj>(), b.downcast::<SetObj>()) {
            // x <= y: every item of x is in y.
            let subset = |me: &mut Self, x: &SetObj, y: &SetObj| -> PyResult<bool> {
                let items: Vec<Value> = x.table.borrow().iter().map(|(_, k)| k.clone()).collect();
                for k in &items {
                    if !me.s_has(y, k)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let (n, m) = (x.table.borrow().len(), y.table.borrow().len());
            return Ok(match op {
                CmpOp::Eq => n == m && subset(self, x, y)?,
                CmpOp::Ne => !(n == m && subset(self, x, y)?),
                CmpOp::Le => n <= m && subset(self, x, y)?,
                CmpOp::Lt => n < m && subset(self, x, y)?,
                CmpOp::Ge => n >= m && subset(self, y, x)?,
                _ => n > m && subset(self, y, x)?,
            });
        }
        if let (Some(x), Some(y)) = (a.downcast::<DictObj>(), b.downcast::<DictObj>())
            && matches!(op, CmpOp::Eq | CmpOp::Ne)
        {
            let mut same = x.table.borrow().len() == y.table.borrow().len();
            if same {
                for (k, v) in super::collections::dict_entries(x) {
                    match self.d_get(y, &k)? {
                        Some(w) if v.is(&w) || self.eq_of(&v, &w)? => {}
                        _ => {
                            same = false;
                            break;
                        }
                    }
                }
            }
            return Ok(same == (op == CmpOp::Eq));
        }
        Err(super::keys::needs_interp())
    }

    /// Lists and tuples compared item by item through `eq_of`, so user
    /// items use their `__eq__`; `None` when neither holds a user object.
    fn compare_containers(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let (x, y) = match (super::seq_items(a), super::seq_items(b)) {
            (Some(x), Some(y))
                if a.downcast::<ListObj>().is_some() == b.downcast::<ListObj>().is_some() =>
            {
                (x, y)
            }
            _ => return Ok(None),
        };
        for (p, q) in x.iter().zip(&y) {
            if !(p.is(q) || self.eq_of(p, q)?) {
                return Ok(Some(match op {
                    CmpOp::Eq => false,
                    CmpOp::Ne => true,
                    _ => self.compare_op(op, p, q)?,
                }));
            }
        }
        let (n, m) = (x.len(), y.len());
        Ok(Some(match op {
            CmpOp::Eq => n == m,
            CmpOp::Ne => n != m,
            CmpOp::Lt => n < m,
            CmpOp::Le => n <= m,
            CmpOp::Gt => n > m,
            _ => n >= m,
        }))
    }

    /// `a == b`, with user `__eq__`.
    pub(super) fn eq_of(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if !has_user(a, 0) && !has_user(b, 0) {
            return super::eq(a, b);
        }
        self.compare_op(CmpOp::Eq, a, b)
    }

    /// `item in container`.
    pub(super) fn contains_of(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if user_class_of(container).is_some() {
            if let Some(r) = self.call_dunder(container, "__contains__", vec![item.clone()])? {
                return self.truthy_of(&r);
            }
            if let Some(inner) = builtin_of(container) {
                let inner = inner.clone();
                return self.contains_of(&inner, item);
            }
            let iter = dunder(container, "__iter__");
            let iterable = match &iter {
                Some(f) => !f.is_none(),
                None => dunder(container, "__getitem__").is_some(),
            };
            if !iterable {
                return Err(type_error(format!(
                    "argument of type '{}' is not iterable",
                    class_name(container)
                )));
            }
            let it = self.iter_of(container)?;
            while let Some(x) = self.iter_next(&it)? {
                if x.is(item) || self.eq_of(&x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if has_user(item, 0)
            && let Some(items) = super::seq_items(container)
        {
            for x in &items {
                if x.is(item) || self.eq_of(x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(ib) = builtin_of(item)
            && (container.downcast::<StrObj>().is_some()
                || container.downcast::<crate::objects::BytesObj>().is_some())
        {
            return super::contains(container, ib);
        }
        match super::contains(container, item) {
            Err(e) if super::keys::is_needs_interp(&e) => {
                if let Some(d) = container.downcast::<DictObj>() {
                    return Ok(self.d_get(d, item)?.is_some());
                }
                if let Some(s) = container.downcast::<SetObj>() {
                    return self.s_has(s, item);
                }
                Err(e)
            }
            r => r,
        }
    }

    /// `bool(v)`: `__bool__`, then `__len__`.
    pub(super) fn truthy_of(&mut self, v: &Value) -> PyResult<bool> {
        if user_class_of(v).is_none() {
            return Ok(super::truthy(v));
        }
        if let Some(r) = self.call_dunder(v, "__bool__", vec![])? {
            return match r.as_bool() {
                Some(b) => Ok(b),
                None => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    class_name(&r)
                ))),
            };
        }
        if dunder(v, "__len__").is_some() {
            return Ok(self.len_of(v)? > 0);
        }
        if let Some(inner) = builtin_of(v) {
            return Ok(super::truthy(inner));
        }
        Ok(true)
    }

    /// `len(v)`.
    pub(super) fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        if user_class_of(v).is_some() {
            let Some(r) = self.call_dunder(v, "__len__", vec![])? else {
                if let Some(inner) = builtin_of(v) {
                    let inner = inner.clone();
                    return self.len_of(&inner);
                }
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    class_name(v)
                )));
            };
            let n = match r.as_bool() {
                Some(b) => Some(i64::from(b)),
                None => r.as_small_int().or_else(|| {
                    builtin_of(&r)
                        .filter(|_| r.downcast::<InstanceObj>().is_some())
                        .and_then(|i| i.as_small_int())
                }),
            };
            if n.is_none()
                && let Some(big) = r.downcast::<crate::value::IntObj>()
            {
                return Err(if big.value.sign() == num_bigint::Sign::Minus {
                    exc("ValueError", "__len__() should return >= 0")
                } else {
                    exc(
                        "OverflowError",
                        "cannot fit 'int' into an index-sized integer",
                    )
                });
            }
            return match n {
                Some(n) if n >= 0 => Ok(n as usize),
                Some(_) => Err(exc("ValueError", "__len__() should return >= 0")),
                None => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    class_name(&r)
                ))),
            };
        }
        match super::seq_len(v) {
            Some(n) => Ok(n),
            None => Err(type_error(format!(
                "object of type '{}' has no len()",
                class_name(v)
            ))),
        }
    }

    /// `o[k]`.
    pub(super) fn getitem_of(&mut self, o: &Value, k: &Value) -> PyResult<Value> {
        if user_class_of(o).is_none() {
            if let Some(i) = self.seq_index(o, k)? {
                return self.getitem_of(o, &i);
            }
            return match super::getitem(o, k) {
                Err(e) if super::keys::is_needs_interp(&e) => {
                    self.getitem_slow(o, k).unwrap_or(Err(e))
                }
                Err(e) => self.class_subscript(o, k).unwrap_or(Err(e)),
                r => r,
            };
        }
        match self.call_dunder(o, "__getitem__", vec![k.clone()])? {
            Some(r) => Ok(r),
            None if builtin_of(o).is_some() => self.sub_getitem(o, k),
            None if o.downcast::<UserClassObj>().is_some() => self
                .class_subscript(o, k)
                .unwrap_or_else(|| Err(type_error("not subscriptable"))),
            None => Err(type_error(format!(
                "'{}' object is not subscriptable",
                class_name(o)
            ))),
        }
    }

    /// `o[k] = v`.
    /// A user key with `__index__` indexing a built-in sequence: its
    /// index (`None` otherwise: mappings hash their keys as they are).
    fn seq_index(&mut self, o: &Value, k: &Value) -> PyResult<Option<Value>> {
        if user_class_of(k).is_none()
            || o.downcast::<DictObj>().is_some()
            || o.downcast::<UserClassObj>().is_some()
            || o.downcast::<ClassObj>().is_some()
            || o.downcast::<crate::objects::GenericAliasObj>().is_some()
        {
            return Ok(None);
        }
        self.user_index(k)
    }

    pub(super) fn setitem_of(&mut self, o: &Value, k: &Value, v: Value) -> PyResult<()> {
        if user_class_of(o).is_none() {
            if let Some(i) = self.seq_index(o, k)? {
                return self.setitem_of(o, &i, v);
            }
            if let Some(d) = o.downcast::<DictObj>() {
                return self.d_set(d, k.clone(), v);
            }
            return super::setitem(o, k, v);
        }
        if dunder(o, "__setitem__").is_none()
            && let Some(inner) = builtin_of(o)
        {
            return super::setitem(inner, k, v);
        }
        match self.call_dunder(o, "__setitem__", vec![k.clone(), v])? {
            Some(_) => Ok(()),
            None => Err(type_error(format!(
                "'{}' object does not support item assignment",
                class_name(o)
            ))),
        }
    }

    /// `del o[k]`.
    pub(super) fn delitem_of(&mut self, o: &Value, k: &Value) -> PyResult<()> {
        if user_class_of(o).is_none() {
            return match super::delitem(o, k) {
                Err(e) if super::keys::is_needs_interp(&e) => match o.downcast::<DictObj>() {
                    Some(d) => match self.d_del(d, k)? {
                        Some(_) => Ok(()),
                        None => Err(collections::key_error(k)),
                    },
                    None => Err(e),
                },
                r => r,
            };
        }
        if dunder(o, "__delitem__").is_none()
            && let Some(inner) = builtin_of(o)
        {
            return super::delitem(inner, k);
        }
        match self.call_dunder(o, "__delitem__", vec![k.clone()])? {
            Some(_) => Ok(()),
            None => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                class_name(o)
            ))),
        }
    }

    /// `iter(v)`.
    pub(super) fn iter_of(&mut self, v: &Value) -> PyResult<Value> {
        if user_class_of(v).is_none() {
            return super::get_iter(v);
        }
        if dunder(v, "__iter__").is_some_and(|f| f.is_none()) {
            // `__iter__ = None` declares the type not iterable.
            return Err(type_error(format!(
                "'{}' object is not iterable",
                class_name(v)
            )));
        }
        if let Some(it) = self.call_dunder(v, "__iter__", vec![])? {
            if dunder(&it, "__next__").is_none() && user_class_of(&it).is_some() {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    class_name(&it)
                )));
            }
            return Ok(it);
        }
        if let Some(inner) = builtin_of(v) {
            let inner = inner.clone();
            return self.iter_of(&inner);
        }
        if dunder(v, "__getitem__").is_some() {
            // The sequence protocol: v[0], v[1], ... until IndexError.
            return Ok(crate::objects::new_seq_iter(v.clone()));
        }
        Err(type_error(format!(
            "'{}' object is not iterable",
            class_name(v)
        )))
    }

    /// The next item of a sequence iterator over a user object with
    /// `__getitem__` (`None`: `it` is not one).
    pub(super) fn user_seq_next(&mut self, it: &Value) -> Option<PyResult<Option<Value>>> {
        let s = it.downcast::<crate::objects::SeqIterObj>()?;
        user_class_of(&s.seq)?;
        let i = s.pos.get();
        let r = match self.call_dunder(&s.seq, "__getitem__", vec![Value::int(i as i64)]) {
            Ok(v) => {
                s.pos.set(i + 1);
                Ok(v)
            }
            Err(e)
                if e.downcast::<ExceptionObj>().is_some_and(|x| {
                    crate::objects::exc_is_subclass(x.class, "IndexError")
                        || crate::objects::exc_is_subclass(x.class, "StopIteration")
                }) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        };
        Some(r)
    }

    /// The next item of a user iterator (`__next__`), `None` at the end.
    pub(super) fn user_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.call_dunder(it, "__next__", vec![]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(type_error(format!(
                "'{}' object is not an iterator",
                class_name(it)
            ))),
            Err(e)
                if e.downcast::<ExceptionObj>()
                    .is_some_and(|x| x.class == "StopIteration") =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// `repr(v)`, with user `__repr__` anywhere inside lists, tuples,
    /// dicts and sets.
    pub(super) fn repr_of(&mut self, v: &Value) -> PyResult<String> {
        if !has_user(v, 0) {
            return super::to_repr(v);
        }
        if user_class_of(v).is_some() {
            return match self.call_dunder(v, "__repr__", vec![])? {
                Some(r) => match r
                    .downcast::<StrObj>()
                    .or_else(|| builtin_of(&r).and_then(|b| b.downcast::<StrObj>()))
                {
                    Some(s) => Ok(s.value.clone()),
                    None => Err(type_error(format!(
                        "__repr__ returned non-string (type {})",
                        class_name(&r)
                    ))),
                },
                None => match builtin_of(v) {
                    Some(inner) => {
                        let inner = inner.clone();
                        let r = self.repr_of(&inner)?;
                        // A set subclass shows its class: `S({1, 2})`.
                        Ok(match inner.downcast::<SetObj>() {
                            Some(st) if st.table.borrow().is_empty() => {
                                format!("{}()", class_name(v))
                            }
                            Some(_) => {
                                let body = r.strip_prefix("frozenset(").unwrap_or(&r);
                                let body = body.strip_suffix(')').filter(|_| body.len() < r.len());
                                format!("{}({})", class_name(v), body.unwrap_or(&r))
                            }
                            None => r,
                        })
                    }
                    None => super::to_repr(v),
                },
            };
        }
        // A container already being printed further up is `[...]`/`{...}`.
        let id = v.id();
        if super::REPR_ACTIVE.with(|a| a.borrow().contains(&id)) {
            return Ok(if v.downcast::<ListObj>().is_some() {
                "[...]"
            } else {
                "{...}"
            }
            .into());
        }
        super::REPR_ACTIVE.with(|a| a.borrow_mut().push(id));
        let r = self.repr_container(v);
        super::REPR_ACTIVE.with(|a| a.borrow_mut().retain(|&x| x != id));
        r
    }

    fn repr_container(&mut self, v: &Value) -> PyResult<String> {
        let (open, close, items) = if let Some(t) = v.downcast::<TupleObj>() {
            ("(", ")", t.items.clone())
        } else if let Some(l) = v.downcast::<ListObj>() {
            ("[", "]", l.items.borrow().clone())
        } else if let Some(d) = v.downcast::<DictObj>() {
            let mut s = String::from("{");
            for (i, (k, x)) in collections::dict_entries(d).iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&self.repr_of(k)?);
                s.push_str(": ");
                s.push_str(&self.repr_of(x)?);
            }
            s.push('}');
            return Ok(s);
        } else if let Some(st) = v.downcast::<SetObj>() {
            let items: Vec<Value> = st.table.borrow().iter().map(|(_, x)| x.clone()).collect();
            let frozen = super::type_name(v) == "frozenset";
            let mut s = String::from(if frozen { "frozenset({" } else { "{" });
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&self.repr_of(x)?);
            }
            s.push_str(if frozen { "})" } else { "}" });
            return Ok(s);
        } else {
            return super::to_repr(v);
        };
        let mut s = String::from(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr_of(x)?);
        }
        if open == "(" && items.len() == 1 {
            s.push(',');
        }
        s.push_str(close);
        Ok(s)
    }

    /// `str(v)`: user `__str__` (falling back to `__repr__`).
    pub(super) fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if user_class_of(v).is_some() {
            if let Some(r) = self.call_dunder(v, "__str__", vec![])? {
                return match r
                    .downcast::<StrObj>()
                    .or_else(|| builtin_of(&r).and_then(|b| b.downcast::<StrObj>()))
                {
                    Some(s) => Ok(s.value.clone()),
                    None => Err(type_error(format!(
                        "__str__ returned non-string (type {})",
                        class_name(&r)
                    ))),
                };
            }
            if v.downcast::<ExceptionObj>().is_some() {
                return super::to_str(v);
            }
            // `str.__str__` gives the string, `bytes.__str__` its repr;
            // the other built-in types use `object.__str__`: `repr(v)`.
            if let Some(inner) = builtin_of(v)
                && (inner.downcast::<StrObj>().is_some()
                    || inner.downcast::<crate::objects::BytesObj>().is_some())
            {
                return super::to_str(inner);
            }
            return self.repr_of(v);
        }
        if let Some(e) = v.downcast::<ExceptionObj>() {
            // A built-in exception's message shows its user arguments
            // through their own `__str__`/`__repr__`.
            let args = e.args.borrow().clone();
            if !args.iter().any(|a| has_user(a, 0)) || super::exgroup::group_str(e).is_some() {
                return super::to_str(v);
            }
            return match &args[..] {
                [a] if crate::objects::exc_is_subclass(e.class, "KeyError") => self.repr_of(a),
                [a] => self.str_of(a),
                _ => self.repr_of(&crate::objects::new_tuple(args)),
            };
        }
        if v.downcast::<StrObj>().is_some() || !has_user(v, 0) {
            return super::to_str(v);
        }
        self.repr_of(v)
    }

    /// `hash(v)`: user `__hash__`; unhashable when the class set
    /// `__hash__ = None` (as defining `__eq__` alone does).
    pub(super) fn hash_of(&mut self, v: &Value) -> PyResult<i64> {
        if user_class_of(v).is_some()
            && let Some(h) = dunder(v, "__hash__")
        {
            if h.is_none() {
                return Err(type_error(format!("unhashable type: '{}'", class_name(v))));
            }
            let r = self
                .call_dunder(v, "__hash__", vec![])?
                .unwrap_or_else(Value::none);
            return match r.as_small_int() {
                Some(-1) => Ok(-2),
                Some(n) => Ok(n),
                // A value fitting a machine word is the hash itself (as
                // CPython's `slot_tp_hash`); a larger one is hashed as an int.
                None => match r.downcast::<crate::value::IntObj>() {
                    Some(b) => Ok(match i64::try_from(&b.value) {
                        Ok(-1) => -2,
                        Ok(n) => n,
                        Err(_) => crate::num::hash_int(&b.value),
                    }),
                    None => Err(type_error("__hash__ method should return an integer")),
                },
            };
        }
        if let Some(inner) = builtin_of(v) {
            return collections::hash(inner).map_err(|e| {
                if e.downcast::<ExceptionObj>()
                    .is_some_and(|x| x.class == "TypeError")
                {
                    type_error(format!("unhashable type: '{}'", class_name(v)))
                } else {
                    e
                }
            });
        }
        match collections::hash(v) {
            Err(e) if super::keys::is_needs_interp(&e) && v.downcast::<TupleObj>().is_some() => {
                self.key_hash(v)
            }
            r => r,
        }
    }

    /// `o[k]` on an instance of a built-in type's subclass that does not
    /// define `__getitem__`: the built-in subscript of its value, and a
    /// dict subclass's `__missing__` for an absent key.
    fn sub_getitem(&mut self, o: &Value, k: &Value) -> PyResult<Value> {
        let Some(inner) = builtin_of(o).cloned() else {
            return super::getitem(o, k);
        };
        if let Some(d) = inner.downcast::<DictObj>()
            && dunder(o, "__missing__").is_some()
        {
            if let Some(v) = collections::dict_lookup(d, k)? {
                return Ok(v);
            }
            return self
                .call_dunder(o, "__missing__", vec![k.clone()])?
                .ok_or_else(|| collections::key_error(k));
        }
        super::getitem(&inner, k)
    }

    /// Calls an instance with `__call__`.
    pub(super) fn call_instance(
        &mut self,
        callee: &Value,
        args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Value> {
        match dunder(callee, "__call__") {
            Some(f) => {
                let cls = user_class_value(callee)
                    .cloned()
                    .unwrap_or_else(Value::none);
                let bound = self.bind_attr(f, Some(callee), &cls)?;
                self.call_now(&bound, args, kwnames)
            }
            None => Err(type_error(format!(
                "'{}' object is not callable",
                class_name(callee)
            ))),
        }
    }
}

/// Whether `v` is, or holds (up to a few levels down), an instance of a
/// user class: the values whose repr or equality can run Python code.
/// A `dict_keys` or `dict_items` view (they have the set operators).
fn set_like_view(v: &Value) -> bool {
    v.downcast::<crate::objects::DictViewObj>()
        .is_some_and(|d| d.part != crate::objects::DictPart::Values)
}

fn has_user(v: &Value, depth: u32) -> bool {
    if user_class_of(v).is_some() {
        return true;
    }
    if depth > 8 {
        return false;
    }
    let d = depth + 1;
    if let Some(t) = v.downcast::<TupleObj>() {
        return t.items.iter().any(|x| has_user(x, d));
    }
    if let Some(l) = v.downcast::<ListObj>() {
        return l.items.borrow().iter().any(|x| has_user(x, d));
    }
    if let Some(o) = v.downcast::<DictObj>() {
        return collections::dict_entries(o)
            .iter()
            .any(|(k, x)| has_user(k, d) || has_user(x, d));
    }
    if let Some(s) = v.downcast::<SetObj>() {
        return s.table.borrow().iter().any(|(_, x)| has_user(x, d));
    }
    v.downcast::<BoundMethodObj>()
        .is_some_and(|m| has_user(&m.receiver, d))
}

fn is_seq(v: &Value) -> bool {
    v.downcast::<ListObj>().is_some() || v.downcast::<TupleObj>().is_some()
}
