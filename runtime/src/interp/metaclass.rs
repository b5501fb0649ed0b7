//! Class creation and calling beyond the plain case: the class statement's
//! keywords and metaclasses (`class A(B, metaclass=M, **kw)`, CPython's
//! `__build_class__`: the most derived metaclass, `__prepare__`, the call
//! of the metaclass), `type.__new__` / `type(name, bases, ns)`,
//! `__init_subclass__`, `__set_name__`, `__new__` overrides and
//! `object.__new__`, a metaclass's `__call__`, the methods of `type` and
//! `object` reached through `super()` or as attributes, and
//! `isinstance`/`issubclass` through `__instancecheck__` /
//! `__subclasscheck__`.
//!
//! A class whose metaclass is a user class records it in
//! [`UserClassObj::meta`]; `classes::user_class_of` then treats the class
//! as an instance of its metaclass, so every special method (`__repr__`,
//! `__getitem__`, `__len__`, operators, ...) defined on the metaclass
//! applies to the class.
//!
//! The plain class statement (no keywords, no base with a user metaclass)
//! and the plain call of a class (no `__new__`, no metaclass, not deriving
//! from `type`) keep their direct paths in `interp.rs`.

use super::builtins::{class_name, is_class};
use super::{Interp, PyResult, collections, exc, is_subclass_user, type_error, unsupported};
use crate::objects::{
    ClassMethodObj, ClassObj, DictObj, FunctionObj, StaticMethodObj, StrObj, TupleObj,
    UserClassObj, new_bound_method, new_method, new_method_wrap, new_str, new_tuple,
};
use crate::value::Value;

/// Whether `v` is the built-in class `type`.
pub(super) fn is_type_class(v: &Value) -> bool {
    v.downcast::<ClassObj>().is_some_and(|c| c.name == "type")
}

fn is_object_class(v: &Value) -> bool {
    v.downcast::<ClassObj>().is_some_and(|c| c.name == "object")
}

/// Whether the class `c` is `type` or derives from it (a metaclass).
pub(super) fn is_metaclass(c: &Value) -> bool {
    is_type_class(c)
        || c.downcast::<UserClassObj>()
            .is_some_and(|u| u.mro.iter().any(is_type_class))
}

pub(super) fn class_display_name(c: &Value) -> String {
    match (c.downcast::<UserClassObj>(), c.downcast::<ClassObj>()) {
        (Some(u), _) => u.name.clone(),
        (_, Some(b)) => b.name.to_string(),
        _ => class_name(c),
    }
}

/// The attribute `name` of a user class's MRO, the class itself excluded.
fn lookup_after_self(c: &UserClassObj, name: &str) -> Option<Value> {
    c.mro.iter().find_map(|m| {
        m.downcast::<UserClassObj>().and_then(|u| {
            u.dict
                .borrow()
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    })
}

/// The keyword names of a call's trailing arguments.
fn kw_names(kw: &[(String, Value)]) -> Vec<&str> {
    kw.iter().map(|(k, _)| k.as_str()).collect()
}

/// The methods of `type` reachable as `type.name`, through `super()` in a
/// metaclass, or on a class.
const TYPE_METHODS: &[&str] = &[
    "__new__",
    "__init__",
    "__call__",
    "__prepare__",
    "__instancecheck__",
    "__subclasscheck__",
    "mro",
    "__setattr__",
    "__delattr__",
];

impl Interp<'_, '_> {
    /// `type(c)` for a class `c`: its user metaclass, else `type`.
    pub(super) fn meta_of(&self, c: &Value) -> Value {
        match c.downcast::<UserClassObj>().and_then(|u| u.meta.get()) {
            Some(m) => m.clone(),
            None => self.type_value(),
        }
    }

    fn type_value(&self) -> Value {
        self.classes["type"].clone()
    }

    /// Whether the class statement needs the general path: keywords, or a
    /// base whose metaclass is a user class.
    pub(super) fn class_needs_meta(bases: &[Value], keywords: &[(String, Value)]) -> bool {
        !keywords.is_empty()
            || bases.iter().any(|b| {
                b.downcast::<UserClassObj>()
                    .is_some_and(|u| u.meta.get().is_some())
            })
    }

    /// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta`
    /// and the bases' metaclasses.
    fn winner_meta(&self, meta: Value, bases: &[Value]) -> PyResult<Value> {
        let mut winner = meta;
        for b in bases {
            let t = self.meta_of(b);
            if is_subclass_user(&winner, &t) || (is_type_class(&t) && is_metaclass(&winner)) {
                continue;
            }
            if is_subclass_user(&t, &winner) || (is_type_class(&winner) && is_metaclass(&t)) {
                winner = t;
                continue;
            }
            return Err(type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// Runs a class body with the namespace `init`, returning the namespace.
    fn run_class_body(
        &mut self,
        fobj: &FunctionObj,
        init: Vec<(String, Value)>,
    ) -> PyResult<Vec<(String, Value)>> {
        let mut frame = self.bind(fobj, vec![], &[])?;
        let ns: super::Namespace = std::rc::Rc::new(std::cell::RefCell::new(init));
        frame.ns = Some(ns.clone());
        self.run_frame(frame)?;
        let items = std::mem::take(&mut *ns.borrow_mut());
        Ok(items)
    }

    /// The class statement with keywords or a user metaclass (CPython's
    /// `__build_class__`).
    pub(super) fn build_class_meta(
        &mut self,
        fobj: &FunctionObj,
        name: String,
        bases: Vec<Value>,
        orig_bases: Option<Value>,
        mut kw: Vec<(String, Value)>,
    ) -> PyResult<Value> {
        let explicit = kw
            .iter()
            .position(|(k, _)| k == "metaclass")
            .map(|i| kw.remove(i).1);
        let meta = match explicit {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => self.meta_of(b),
                None => self.type_value(),
            },
        };
        let meta = if is_class(&meta) {
            self.winner_meta(meta, &bases)?
        } else {
            meta
        };
        let names = kw_names(&kw);
        let kwvals: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
        // `__prepare__`: the namespace the body runs in.
        let mut prepared = None;
        let mut init = Vec::new();
        let prepare = match meta.downcast::<UserClassObj>() {
            Some(m) => m.lookup("__prepare__"),
            None if !is_class(&meta) => match self.get_attr(&meta, "__prepare__") {
                Ok(p) => Some(p),
                Err(e) if super::builtins::is_attribute_error(&e) => None,
                Err(e) => return Err(e),
            },
            None => None,
        };
        if let Some(p) = prepare {
            let f = if meta.downcast::<UserClassObj>().is_some() {
                self.bind_attr(p, None, &meta)?
            } else {
                p
            };
            let mut args = vec![new_str(name.as_str()), new_tuple(bases.clone())];
            args.extend(kwvals.iter().cloned());
            let ns = self.call_now(&f, args, &names)?;
            let Some(d) = ns.downcast::<DictObj>() else {
                if super::classes::dunder(&ns, "__getitem__").is_some() {
                    return Err(unsupported(
                        "__prepare__ returning a mapping other than dict",
                    ));
                }
                return Err(type_error(format!(
                    "{}.__prepare__() must return a mapping, not {}",
                    class_display_name(&meta),
                    class_name(&ns)
                )));
            };
            for (k, v) in collections::dict_entries(d) {
                let Some(s) = k.downcast::<StrObj>() else {
                    return Err(unsupported("non-str keys in a class namespace"));
                };
                init.push((s.value.clone(), v));
            }
            prepared = Some(ns.clone());
        }
        let mut dict = self.run_class_body(fobj, init)?;
        super::set_orig_bases(&mut dict, orig_bases);
        if is_type_class(&meta) {
            return self.type_new(None, name, bases, dict, &kw);
        }
        let ns = match prepared {
            Some(p) => {
                if let Some(d) = p.downcast::<DictObj>() {
                    d.table.borrow_mut().clear();
                    for (k, v) in dict {
                        collections::dict_store(d, new_str(k), v)?;
                    }
                }
                p
            }
            None => super::builtins::ns_dict(&dict)?,
        };
        let mut args = vec![new_str(name), new_tuple(bases), ns];
        args.extend(kwvals);
        self.call_now(&meta, args, &names)
    }

    /// `type.__new__(meta, name, bases, dict)`: makes the class (bases
    /// checked, C3 MRO, `__classcell__` filled), records a user metaclass,
    /// then runs `__set_name__` and `__init_subclass__(**kw)`.
    pub(super) fn type_new(
        &mut self,
        meta: Option<Value>,
        name: String,
        bases: Vec<Value>,
        mut dict: Vec<(String, Value)>,
        kw: &[(String, Value)],
    ) -> PyResult<Value> {
        // `__new__` is a staticmethod, `__init_subclass__` and
        // `__class_getitem__` classmethods, when given as plain functions.
        for (k, v) in dict.iter_mut() {
            let wrap = match k.as_str() {
                "__new__" => Some(false),
                "__init_subclass__" | "__class_getitem__" => Some(true),
                _ => None,
            };
            if let Some(is_class) = wrap
                && v.downcast::<FunctionObj>().is_some()
            {
                *v = new_method_wrap(v.clone(), is_class);
            }
        }
        let class = self.make_class(name, bases, dict)?;
        if let (Some(m), Some(c)) = (meta, class.downcast::<UserClassObj>())
            && !is_type_class(&m)
        {
            let _ = c.meta.set(m);
        }
        self.class_created(&class, kw)?;
        Ok(class)
    }

    /// `__set_name__` on the namespace's values, then the parent's
    /// `__init_subclass__` with the class keywords.
    pub(super) fn class_created(&mut self, class: &Value, kw: &[(String, Value)]) -> PyResult<()> {
        let Some(c) = class.downcast::<UserClassObj>() else {
            return Ok(());
        };
        let items: Vec<(String, Value)> = c.dict.borrow().clone();
        for (k, v) in items {
            if super::classes::user_class_of(&v).is_none() {
                continue;
            }
            let Some(f) = super::classes::dunder(&v, "__set_name__") else {
                continue;
            };
            let owner = super::classes::user_class_value(&v)
                .cloned()
                .unwrap_or_else(Value::none);
            let bound = self.bind_attr(f, Some(&v), &owner)?;
            if let Err(e) = self.call_value(&bound, vec![class.clone(), new_str(k.as_str())]) {
                let err = exc(
                    "RuntimeError",
                    format!(
                        "Error calling __set_name__ on '{}' instance '{k}' in '{}'",
                        class_name(&v),
                        c.name
                    ),
                );
                if let Some(x) = err.downcast::<crate::objects::ExceptionObj>() {
                    *x.cause.borrow_mut() = Some(e.clone());
                    *x.context.borrow_mut() = Some(e);
                    x.suppress_context.set(true);
                }
                return Err(err);
            }
        }
        let names = kw_names(kw);
        let vals: Vec<Value> = kw.iter().map(|(_, v)| v.clone()).collect();
        match lookup_after_self(c, "__init_subclass__") {
            Some(f) => {
                let f = match (
                    f.downcast::<ClassMethodObj>(),
                    f.downcast::<FunctionObj>().is_some(),
                ) {
                    (Some(m), _) => new_bound_method(m.func.clone(), class.clone()),
                    (None, true) => new_bound_method(f, class.clone()),
                    _ => f,
                };
                self.call_now(&f, vals, &names)?;
            }
            None if !kw.is_empty() => {
                return Err(type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    c.name
                )));
            }
            None => {}
        }
        Ok(())
    }

    /// `type.__new__(mcs, name, bases, ns, **kw)` called from Python (also
    /// `type(name, bases, ns)`).
    pub(super) fn type_new_call(
        &mut self,
        mcs: &Value,
        args: &[Value],
        kw: Vec<(String, Value)>,
    ) -> PyResult<Value> {
        if !is_metaclass(mcs) {
            return Err(type_error(format!(
                "type.__new__({}): {} is not a subtype of type",
                class_display_name(mcs),
                class_display_name(mcs)
            )));
        }
        let [name, bases, ns] = args else {
            return Err(type_error(format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                args.len()
            )));
        };
        let Some(name) = name.downcast::<StrObj>() else {
            return Err(type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                class_name(name)
            )));
        };
        let Some(bases) = bases.downcast::<TupleObj>() else {
            return Err(type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                class_name(bases)
            )));
        };
        let Some(d) = ns.downcast::<DictObj>() else {
            return Err(type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                class_name(ns)
            )));
        };
        let mut dict = Vec::new();
        for (k, v) in collections::dict_entries(d) {
            let Some(s) = k.downcast::<StrObj>() else {
                return Err(unsupported("non-str keys in a class namespace"));
            };
            dict.push((s.value.clone(), v));
        }
        if !dict.iter().any(|(k, _)| k == "__module__") {
            dict.push(("__module__".into(), new_str("__main__")));
        }
        if !dict.iter().any(|(k, _)| k == "__qualname__") {
            dict.push(("__qualname__".into(), new_str(name.value.as_str())));
        }
        let bases = bases.items.clone();
        let meta = self.winner_meta(mcs.clone(), &bases)?;
        self.type_new(Some(meta), name.value.clone(), bases, dict, &kw)
    }

    /// Calls a class that needs more than the plain path: a metaclass
    /// `__call__`, a `__new__` override, a metaclass being instantiated.
    pub(super) fn call_class(
        &mut self,
        cls: &Value,
        args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Value> {
        if let Some(meta) = cls.downcast::<UserClassObj>().and_then(|c| c.meta.get())
            && let Some(call) = meta
                .downcast::<UserClassObj>()
                .and_then(|m| m.lookup("__call__"))
        {
            let meta = meta.clone();
            let bound = self.bind_attr(call, Some(cls), &meta)?;
            return self.call_now(&bound, args, kwnames);
        }
        self.type_call(cls, args, kwnames)
    }

    /// `type.__call__(cls, *args, **kw)`: `cls.__new__(cls, ...)`, then
    /// `__init__` when the result is an instance of `cls`.
    pub(super) fn type_call(
        &mut self,
        cls: &Value,
        args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Value> {
        if is_type_class(cls) {
            let pos = args.len() - kwnames.len();
            if pos == 1 && kwnames.is_empty() {
                return Ok(self.class_of(&args[0]));
            }
            let kw = kwnames
                .iter()
                .map(|k| (*k).to_string())
                .zip(args[pos..].iter().cloned())
                .collect();
            return self.type_new_call(cls, &args[..pos], kw);
        }
        let Some(c) = cls.downcast::<UserClassObj>() else {
            return self.call_now(cls, args, kwnames);
        };
        let user_new = c.lookup("__new__");
        let pos = args.len() - kwnames.len();
        let obj = if let Some(new) = &user_new {
            let f = match new.downcast::<StaticMethodObj>() {
                Some(s) => s.func.clone(),
                None => self.bind_attr(new.clone(), None, cls)?,
            };
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(cls.clone());
            a.extend(args.iter().cloned());
            self.call_now(&f, a, kwnames)?
        } else if is_metaclass(cls) {
            let kw = kwnames
                .iter()
                .map(|k| (*k).to_string())
                .zip(args[pos..].iter().cloned())
                .collect();
            self.type_new_call(cls, &args[..pos], kw)?
        } else {
            if !args.is_empty() && c.lookup("__init__").is_none() {
                return Err(type_error(format!("{}() takes no arguments", c.name)));
            }
            self.object_new(cls, &args[..pos])?
        };
        let t = self.class_of(&obj);
        if !is_subclass_user(&t, cls) {
            return Ok(obj);
        }
        if let Some(init) = c.lookup("__init__") {
            let init = match init.downcast::<FunctionObj>() {
                Some(_) => new_bound_method(init, obj.clone()),
                None => self.bind_attr(init, Some(&obj), cls)?,
            };
            let r = self.call_now(&init, args, kwnames)?;
            if !r.is_none() {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    class_name(&r)
                )));
            }
        } else if is_metaclass(cls) && !(pos == 1 || pos == 3) {
            return Err(type_error("type.__init__() takes 1 or 3 arguments"));
        }
        Ok(obj)
    }

    /// `object.__new__(cls)`: a new instance (an exception object for
    /// exception classes); abstract classes refuse.
    pub(super) fn object_new(&mut self, cls: &Value, args: &[Value]) -> PyResult<Value> {
        let Some(c) = cls.downcast::<UserClassObj>() else {
            if let Some(b) = cls.downcast::<ClassObj>() {
                if b.name == "object" {
                    return Ok(crate::objects::new_instance(cls.clone()));
                }
                return Err(type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    b.name, b.name
                )));
            }
            return Err(type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                class_name(cls)
            )));
        };
        if is_metaclass(cls) {
            return Err(type_error(format!(
                "object.__new__({}) is not safe, use type.__new__()",
                c.name
            )));
        }
        if c.exc_base.is_none()
            && let Some(base) = super::subclass::builtin_base(c)
        {
            return Err(type_error(format!(
                "object.__new__({}) is not safe, use {base}.__new__()",
                c.name
            )));
        }
        if let Some(a) = c.lookup("__abstractmethods__") {
            let mut names = Vec::new();
            let items = self.collect_iter(&a)?;
            for x in &items {
                names.push(self.str_of(x)?);
            }
            if !names.is_empty() {
                names.sort();
                return Err(type_error(format!(
                    "Can't instantiate abstract class {} with abstract method{} {}",
                    c.name,
                    if names.len() == 1 { "" } else { "s" },
                    names.join(", ")
                )));
            }
        }
        if let Some(base) = c.exc_base
            && crate::objects::exc_is_subclass(base, "BaseExceptionGroup")
        {
            self.group_class_for(base, args)?;
        }
        Ok(match c.exc_base {
            Some(base) => {
                crate::objects::new_user_exception(base, Some(cls.clone()), args.to_vec())
            }
            None => crate::objects::new_instance(cls.clone()),
        })
    }

    /// `type.name` and `object.name` for the methods implemented here.
    pub(super) fn builtin_class_attr(
        &mut self,
        o: &Value,
        c: &ClassObj,
        name: &str,
    ) -> Option<PyResult<Value>> {
        let m = match (c.name, name) {
            ("type", n) => *TYPE_METHODS.iter().find(|m| **m == n)?,
            ("object", "__new__") => "__new__",
            ("object", "__init_subclass__") => "__init_subclass__",
            ("object", "__subclasshook__") => "__subclasshook__",
            _ => return None,
        };
        Some(Ok(new_method(o.clone(), m)))
    }

    /// The attributes every class has that its namespace does not hold:
    /// `__new__`, `__init_subclass__`, `__subclasshook__`, `mro`,
    /// `__class__`.
    pub(super) fn class_builtin_attr(
        &mut self,
        o: &Value,
        _c: &UserClassObj,
        name: &str,
    ) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "__new__" if is_metaclass(o) => new_method(self.type_value(), "__new__"),
            "__new__" => new_method(self.classes["object"].clone(), "__new__"),
            "__init_subclass__" => new_method(o.clone(), "__init_subclass__"),
            "__subclasshook__" => new_method(o.clone(), "__subclasshook__"),
            "__instancecheck__" if is_metaclass(o) => return None,
            "__instancecheck__" => new_method(o.clone(), "__instancecheck__"),
            "__subclasscheck__" => new_method(o.clone(), "__subclasscheck__"),
            "mro" => new_method(o.clone(), "mro"),
            "__class__" => self.meta_of(o),
            _ => return None,
        }))
    }

    /// `super().name` past the user classes of an MRO: the methods of
    /// `type` (in a metaclass) and `object`.
    pub(super) fn super_builtin_attr(
        &mut self,
        rest: &[Value],
        start: &Value,
        inst: Option<&Value>,
        name: &str,
    ) -> Option<PyResult<Value>> {
        for c in rest {
            if is_type_class(c) && TYPE_METHODS.contains(&name) {
                let m = TYPE_METHODS.iter().find(|m| **m == name)?;
                return Some(Ok(match inst {
                    Some(cls) if name != "__new__" => new_method(cls.clone(), m),
                    _ => new_method(c.clone(), m),
                }));
            }
            if name == "__new__"
                && c.downcast::<ClassObj>()
                    .is_some_and(|b| b.exc_base.is_some())
            {
                return Some(Ok(new_method(c.clone(), "__new__")));
            }
            if is_object_class(c) {
                return match name {
                    "__new__" => Some(Ok(new_method(c.clone(), "__new__"))),
                    "__init_subclass__" | "__subclasshook__" => {
                        let recv = match inst {
                            Some(i) if i.downcast::<UserClassObj>().is_some() => i.clone(),
                            _ => start.clone(),
                        };
                        let m = if name == "__subclasshook__" {
                            "__subclasshook__"
                        } else {
                            "__init_subclass__"
                        };
                        Some(Ok(new_method(recv, m)))
                    }
                    _ => None,
                };
            }
        }
        None
    }

    /// Calls the methods of `type` and `object` bound by the functions
    /// above (`None`: `recv`/`name` is not one of them).
    pub(super) fn call_meta_method(
        &mut self,
        recv: &Value,
        name: &str,
        args: &[Value],
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> Option<PyResult<Value>> {
        let kw = || -> Vec<(String, Value)> {
            kwnames
                .iter()
                .map(|k| (*k).to_string())
                .zip(kwvals.iter().cloned())
                .collect()
        };
        let all = || -> Vec<Value> { args.iter().chain(kwvals).cloned().collect() };
        if let Some(c) = recv.downcast::<ClassObj>() {
            // Unbound: the class comes first.
            let r = match (c.name, name) {
                ("type", "__new__") => match args.split_first() {
                    Some((mcs, rest)) => self.type_new_call(mcs, rest, kw()),
                    None => Err(type_error("type.__new__(): not enough arguments")),
                },
                ("type", "__call__") => match args.split_first() {
                    Some((cls, _)) => {
                        let a = all();
                        self.type_call(cls, a[1..].to_vec(), kwnames)
                    }
                    None => Err(type_error(
                        "descriptor '__call__' of 'type' object needs an argument",
                    )),
                },
                ("type", "__init__") => Ok(Value::none()),
                ("type", "__prepare__") => collections::build_dict(Vec::new()),
                ("type", "__setattr__" | "__delattr__") => match args.split_first() {
                    Some((cls, rest)) if cls.downcast::<UserClassObj>().is_some() => {
                        return Some(self.call_base_method(cls, name, rest).unwrap_or_else(|| {
                            Err(type_error(format!("type.{name}: bad arguments")))
                        }));
                    }
                    _ => Err(type_error(format!(
                        "descriptor '{name}' requires a 'type' object"
                    ))),
                },
                ("type", "mro" | "__instancecheck__" | "__subclasscheck__") => {
                    match args.split_first() {
                        Some((cls, rest)) => {
                            return self.call_meta_method(cls, name, rest, kwnames, kwvals);
                        }
                        None => Err(type_error(format!(
                            "descriptor '{name}' of 'type' object needs an argument"
                        ))),
                    }
                }
                ("object", "__new__") => match args.split_first() {
                    Some((cls, rest)) => {
                        let overrides = cls
                            .downcast::<UserClassObj>()
                            .is_some_and(|u| u.lookup("__new__").is_some());
                        let no_init = cls
                            .downcast::<UserClassObj>()
                            .is_some_and(|u| u.lookup("__init__").is_none());
                        if !(rest.is_empty() && kwnames.is_empty()) && (overrides || no_init) {
                            if overrides {
                                Err(type_error(
                                    "object.__new__() takes exactly one argument (the type to instantiate)",
                                ))
                            } else {
                                Err(type_error(format!(
                                    "{}() takes no arguments",
                                    class_display_name(cls)
                                )))
                            }
                        } else {
                            self.object_new(cls, rest)
                        }
                    }
                    None => Err(type_error("object.__new__(): not enough arguments")),
                },
                ("object", "__init_subclass__") => {
                    if let Some((cls, rest)) = args.split_first() {
                        return self.call_meta_method(cls, name, rest, kwnames, kwvals);
                    }
                    Ok(Value::none())
                }
                ("object", "__subclasshook__") => Ok(Value::not_implemented()),
                (_, "__new__") if c.exc_base.is_some() => match args.split_first() {
                    Some((cls, rest)) => self.object_new(cls, rest),
                    None => Err(type_error(format!(
                        "{}.__new__(): not enough arguments",
                        c.name
                    ))),
                },
                _ => return None,
            };
            return Some(r);
        }
        let c = recv.downcast::<UserClassObj>()?;
        let r = match name {
            "__init__" if is_metaclass(&self.meta_of(recv)) => {
                let n = args.len();
                if n == 1 || n == 3 {
                    Ok(Value::none())
                } else {
                    Err(type_error("type.__init__() takes 1 or 3 arguments"))
                }
            }
            "__call__" => self.type_call(recv, all(), kwnames),
            "__init_subclass__" => {
                if !kwnames.is_empty() {
                    Err(type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        c.name
                    )))
                } else if !args.is_empty() {
                    Err(type_error(format!(
                        "{}.__init_subclass__() takes no arguments ({} given)",
                        c.name,
                        args.len()
                    )))
                } else {
                    Ok(Value::none())
                }
            }
            "__subclasshook__" => Ok(Value::not_implemented()),
            "mro" => {
                let mut m = vec![recv.clone()];
                m.extend(c.mro.iter().cloned());
                Ok(crate::objects::new_list(m))
            }
            "__instancecheck__" => match args {
                [x] => {
                    let t = self.class_of(x);
                    Ok(Value::bool(super::builtins::subclass_of(&t, recv)))
                }
                _ => Err(type_error(format!(
                    "__instancecheck__() takes exactly one argument ({} given)",
                    args.len()
                ))),
            },
            "__subclasscheck__" => match args {
                [x] => Ok(Value::bool(super::builtins::subclass_of(x, recv))),
                _ => Err(type_error(format!(
                    "__subclasscheck__() takes exactly one argument ({} given)",
                    args.len()
                ))),
            },
            _ => return None,
        };
        Some(r)
    }

    /// `isinstance(v, cls)` when `cls`'s metaclass defines
    /// `__instancecheck__` (`None`: it does not).
    pub(super) fn instancecheck_hook(&mut self, v: &Value, cls: &Value) -> Option<PyResult<bool>> {
        let meta = cls.downcast::<UserClassObj>()?.meta.get()?.clone();
        let f = meta
            .downcast::<UserClassObj>()?
            .lookup("__instancecheck__")?;
        // An exact type match never asks the hook.
        if self.class_of(v).is(cls) {
            return Some(Ok(true));
        }
        Some((|| {
            let bound = self.bind_attr(f, Some(cls), &meta)?;
            let r = self.call_value(&bound, vec![v.clone()])?;
            self.truthy_of(&r)
        })())
    }

    /// `issubclass(c, cls)` with `cls`'s metaclass's `__subclasscheck__`,
    /// tuples of classes included.
    pub(super) fn issubclass_of(&mut self, c: &Value, base: &Value) -> PyResult<Value> {
        if let Some(r) = self.check_generic(c, base, true) {
            return r.map(Value::bool);
        }
        if let Some(t) = base.downcast::<TupleObj>() {
            for b in &t.items.clone() {
                if self.issubclass_of(c, b)?.as_bool() == Some(true) {
                    return Ok(Value::bool(true));
                }
            }
            return Ok(Value::bool(false));
        }
        if let Some(meta) = base.downcast::<UserClassObj>().and_then(|b| b.meta.get())
            && let Some(f) = meta
                .downcast::<UserClassObj>()
                .and_then(|m| m.lookup("__subclasscheck__"))
        {
            let meta = meta.clone();
            let bound = self.bind_attr(f, Some(base), &meta)?;
            let r = self.call_value(&bound, vec![c.clone()])?;
            return Ok(Value::bool(self.truthy_of(&r)?));
        }
        super::builtins::issubclass(c, base)
    }
}
