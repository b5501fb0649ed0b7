//! The builtins beyond the first set: numeric ones (`divmod`, `pow`,
//! `round`, `hex`, ...), characters (`chr`, `ord`, `ascii`), `format`,
//! introspection (`id`, `callable`, `issubclass`, `getattr` and friends,
//! `vars`, `globals`, `locals`), `input`, `exit`/`quit`, and `open`
//! (`files.rs`), with CPython 3.11's results and messages.

use super::{
    Frame, Interp, Num, PyResult, collections, exc, files, format_value, get_user_attr, methods,
    num_err, sets, str_err, to_big, to_f64, to_num, to_str, type_error, type_name,
};
use crate::num;
use crate::objects::{
    BoundMethodObj, Builtin, BuiltinObj, BytesObj, CellObj, ClassObj, ExceptionObj, FileObj,
    FunctionObj, InstanceObj, MethodObj, SeqIterObj, SetObj, StrObj, TupleObj, UserClassObj,
    exc_is_subclass, new_exception, new_method, new_seq_iter, new_str, new_tuple,
};
use crate::strops;
use crate::table::Dict;
use crate::value::Value;
use krait_ir::{BinOp, Function, SlotKind};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::io::BufRead;

/// Binds `args` and keywords to the parameters `names` of builtin `fname`
/// (the first `npos_only` positional-only), CPython's argument-clinic
/// messages; `required` parameters must be given.
pub(super) fn bind_args(
    fname: &str,
    names: &[&str],
    required: usize,
    npos_only: usize,
    args: &[Value],
    kwnames: &[&str],
    kwvals: &[Value],
) -> PyResult<Vec<Option<Value>>> {
    let n = names.len();
    if args.len() > n {
        return Err(type_error(if n == required {
            format!(
                "{fname}() takes exactly {n} argument{} ({} given)",
                if n == 1 { "" } else { "s" },
                args.len() + kwnames.len()
            )
        } else {
            format!(
                "{fname}() takes at most {n} argument{} ({} given)",
                if n == 1 { "" } else { "s" },
                args.len() + kwnames.len()
            )
        }));
    }
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    out.resize(n, None);
    for (k, v) in kwnames.iter().zip(kwvals) {
        match names.iter().position(|p| p == k) {
            Some(i) if i >= npos_only => {
                if out[i].is_some() {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

pub(super) fn no_kw(name: &str, kwnames: &[&str]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn exactly_one(name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// `name expected N arguments, got M` (METH_VARARGS builtins).
fn expect_range(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min {
        let what = if min == max { "" } else { "at least " };
        return Err(type_error(format!(
            "{name} expected {what}{min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    if n > max {
        let what = if min == max { "" } else { "at most " };
        return Err(type_error(format!(
            "{name} expected {what}{max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// An int operand (bools included) as a `BigInt`.
fn as_int(v: &Value) -> Option<BigInt> {
    match to_num(v) {
        Some(Num::F(_)) | None => None,
        Some(n) => Some(to_big(&n)),
    }
}

fn not_integer(v: &Value) -> Value {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        class_name(v)
    ))
}

/// `type(v).__name__`, with user instances named by their class.
pub(super) fn class_name(v: &Value) -> String {
    if let Some(i) = v.downcast::<InstanceObj>()
        && let Some(c) = i.class.downcast::<UserClassObj>()
    {
        return c.name.clone();
    }
    type_name(v).to_string()
}

fn attr_name(v: &Value) -> PyResult<&str> {
    match v.downcast::<StrObj>() {
        Some(s) => Ok(&s.value),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            class_name(v)
        ))),
    }
}

pub(super) fn is_attribute_error(e: &Value) -> bool {
    e.downcast::<ExceptionObj>()
        .is_some_and(|x| exc_is_subclass(x.class, "AttributeError"))
}

/// `getattr(o, name)`: the lookup of `o.name` (instance and class
/// attributes, then the type's built-in methods).
pub(super) fn get_attr(o: &Value, name: &str) -> PyResult<Value> {
    if let Some(v) = get_user_attr(o, name)? {
        return Ok(v);
    }
    if let Some(m) = methods::lookup(o, name) {
        return Ok(new_method(o.clone(), m));
    }
    Err(exc(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", class_name(o)),
    ))
}

/// Attributes of built-in objects that are not methods (`f.closed`,
/// `int.__name__`, `e.args`); `None` when `o` has no such attribute.
pub(super) fn builtin_attr(o: &Value, name: &str) -> Option<Value> {
    if let Some(v) =
        super::bytesobj::class_attr(o, name).or_else(|| super::complexobj::attr(o, name))
    {
        return Some(v);
    }
    if let Some(f) = o.downcast::<crate::objects::FileObj>() {
        return files::attr(f, name);
    }

    if let Some(f) = o.downcast::<FunctionObj>() {
        if let Some((_, v)) = f.dict.borrow().iter().find(|(k, _)| k == name) {
            return Some(v.clone());
        }
        return match name {
            "__name__" => Some(new_str(f.name.as_str())),
            "__qualname__" => Some(new_str(f.qualname.as_str())),
            "__module__" => Some(new_str("__main__")),
            "__doc__" => Some(f.doc.as_deref().map_or_else(Value::none, new_str)),
            "__defaults__" if f.defaults.is_empty() => Some(Value::none()),
            "__defaults__" => Some(new_tuple(f.defaults.clone())),
            "__kwdefaults__" if f.kwdefaults.is_empty() => Some(Value::none()),
            "__kwdefaults__" => ns_dict(&f.kwdefaults).ok(),
            // Made empty on first use and kept (as CPython's getter does).
            "__annotations__" => {
                let d = ns_dict(&[]).ok()?;
                f.dict
                    .borrow_mut()
                    .push(("__annotations__".into(), d.clone()));
                Some(d)
            }
            "__dict__" => {
                let d = f.dict.borrow();
                let own: Vec<(String, Value)> = d
                    .iter()
                    .filter(|(k, _)| {
                        !matches!(
                            k.as_str(),
                            "__name__"
                                | "__doc__"
                                | "__annotations__"
                                | "__qualname__"
                                | "__module__"
                        )
                    })
                    .cloned()
                    .collect();
                ns_dict(&own).ok()
            }
            _ => None,
        };
    }
    if let Some(b) = o.downcast::<BuiltinObj>() {
        return match name {
            "__name__" | "__qualname__" => Some(new_str(b.which.name())),
            "__module__" => Some(new_str("builtins")),
            _ => None,
        };
    }
    if let Some(s) = o.downcast::<crate::objects::SliceObj>() {
        return match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        };
    }
    if let Some(r) = o.downcast::<crate::objects::RangeObj>() {
        return match name {
            "start" => Some(Value::int(r.start)),
            "stop" => Some(Value::int(r.stop)),
            "step" => Some(Value::int(r.step)),
            _ => None,
        };
    }
    if let Some(c) = o.downcast::<ClassObj>() {
        return match name {
            "__name__" | "__qualname__" => {
                Some(new_str(c.name.rsplit('.').next().unwrap_or(c.name)))
            }
            "__bases__" | "__base__" | "__mro__" => Some(class_lineage(o, c, name)),
            _ => super::typemethods::class_attr(o, c, name),
        };
    }
    if let Some(e) = o.downcast::<ExceptionObj>() {
        return match name {
            "args" => Some(new_tuple(files::exc_args(e))),
            "__cause__" => Some(e.cause.borrow().clone().unwrap_or_else(Value::none)),
            "__context__" => Some(e.context.borrow().clone().unwrap_or_else(Value::none)),
            "__suppress_context__" => Some(Value::bool(e.suppress_context.get())),
            "__traceback__" => {
                let tb = e.traceback.borrow();
                Some(if tb.is_empty() {
                    Value::none()
                } else {
                    crate::objects::new_traceback(tb.clone())
                })
            }
            "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                if exc_is_subclass(e.class, "SyntaxError") =>
            {
                let args = e.args.borrow();
                let i = [
                    "msg",
                    "filename",
                    "lineno",
                    "offset",
                    "text",
                    "end_lineno",
                    "end_offset",
                ]
                .iter()
                .position(|n| *n == name)
                .unwrap_or(0);
                Some(if i == 0 {
                    args.first().cloned().unwrap_or_else(Value::none)
                } else {
                    args.get(1)
                        .and_then(|p| {
                            p.downcast::<TupleObj>()
                                .and_then(|t| t.items.get(i - 1).cloned())
                        })
                        .unwrap_or_else(Value::none)
                })
            }
            "value" if exc_is_subclass(e.class, "StopIteration") => {
                Some(e.args.borrow().first().cloned().unwrap_or_else(Value::none))
            }
            "errno" | "strerror" | "filename" | "filename2"
                if exc_is_subclass(e.class, "OSError") =>
            {
                // CPython reads them from 2 to 5 arguments, else all None.
                let i = ["errno", "strerror", "filename", "", "filename2"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                let n = e.args.borrow().len();
                Some(match e.args.borrow().get(i) {
                    Some(v) if (2..=5).contains(&n) => v.clone(),
                    _ => Value::none(),
                })
            }
            "name" | "path" if exc_is_subclass(e.class, "ImportError") => {
                Some(e.dict.get(name).unwrap_or_else(Value::none))
            }
            "code" if exc_is_subclass(e.class, "SystemExit") => Some(match &e.args.borrow()[..] {
                [] => Value::none(),
                [x] => x.clone(),
                xs => new_tuple(xs.to_vec()),
            }),
            _ => super::exgroup::group_attr(e, name).or_else(|| e.dict.get(name)),
        };
    }
    None
}

/// `__mro__`, `__bases__` or `__base__` of a built-in class. The classes
/// above `c` are new class objects: built-in classes compare by name
/// everywhere (`isinstance`, `issubclass`), not by identity.
fn class_lineage(o: &Value, c: &ClassObj, name: &str) -> Value {
    let mut mro = vec![o.clone()];
    let mut cur = (c.name, c.exc_base);
    loop {
        cur = match cur {
            ("object", _) => break,
            (_, Some(_)) => match crate::objects::EXC_CLASSES
                .iter()
                .find(|(n, _)| *n == cur.0)
            {
                Some((_, Some(b))) => {
                    let bb = crate::objects::EXC_CLASSES
                        .iter()
                        .find(|(n, _)| n == b)
                        .and_then(|(_, bb)| *bb);
                    (*b, Some(bb.unwrap_or("")))
                }
                _ => ("object", None),
            },
            ("bool", None) => ("int", None),
            _ => ("object", None),
        };
        mro.push(crate::objects::new_class(cur.0, cur.1));
    }
    if c.name == "ExceptionGroup" && c.exc_base.is_some() {
        // Its second base, first in its MRO.
        let beg = crate::objects::new_class("BaseExceptionGroup", Some("BaseException"));
        mro.insert(1, beg);
        if name == "__bases__" {
            return new_tuple(mro[1..3].to_vec());
        }
    }
    match name {
        "__mro__" => new_tuple(mro),
        "__bases__" => new_tuple(mro.into_iter().skip(1).take(1).collect()),
        _ => mro.into_iter().nth(1).unwrap_or_else(Value::none),
    }
}

/// Whether `v` is a class (built-in or user-defined).
pub(super) fn is_class(v: &Value) -> bool {
    v.downcast::<ClassObj>().is_some() || v.downcast::<UserClassObj>().is_some()
}

/// `issubclass(c, base)` for two classes.
pub(super) fn subclass_of(c: &Value, base: &Value) -> bool {
    if c.is(base)
        || base
            .downcast::<ClassObj>()
            .is_some_and(|b| b.name == "object")
    {
        return true;
    }
    match (c.downcast::<ClassObj>(), base.downcast::<ClassObj>()) {
        (Some(x), Some(y)) => {
            if x.exc_base.is_some() && y.exc_base.is_some() {
                exc_is_subclass(x.name, y.name)
            } else {
                x.name == y.name || (x.name == "bool" && y.name == "int")
            }
        }
        _ => super::is_subclass_user(c, base),
    }
}

/// The items of a `(name, value)` namespace as a new dict.
pub(super) fn ns_dict(items: &[(String, Value)]) -> PyResult<Value> {
    let d = crate::objects::new_dict(Dict::new());
    if let Some(o) = d.downcast::<crate::objects::DictObj>() {
        for (k, v) in items {
            collections::dict_store(o, new_str(k.as_str()), v.clone())?;
        }
    }
    Ok(d)
}

/// `hex`/`oct`/`bin` of an int.
fn radix(v: &Value, spec: &str) -> PyResult<Value> {
    let Some(i) = as_int(v) else {
        return Err(not_integer(v));
    };
    crate::format::format_int(&i, spec)
        .map(new_str)
        .map_err(|e| exc(e.kind, e.msg))
}

impl Interp<'_, '_> {
    /// The builtins of this file; `None` for the others.
    pub(super) fn call_builtin_more(
        &mut self,
        which: Builtin,
        args: &[Value],
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> Option<PyResult<Value>> {
        let name = which.name();
        Some(match which {
            Builtin::Divmod => no_kw(name, kwnames)
                .and_then(|()| expect_range(name, args, 2, 2))
                .and_then(|()| {
                    let (a, b) = (&args[0], &args[1]);
                    if super::classes::user_class_of(a).is_some()
                        || super::classes::user_class_of(b).is_some()
                    {
                        self.user_divmod(a, b)
                    } else {
                        divmod(a, b)
                    }
                }),
            Builtin::Pow => bind_args(name, &["base", "exp", "mod"], 2, 0, args, kwnames, kwvals)
                .and_then(|a| {
                    let (b, e) = (a[0].clone().unwrap_or_else(Value::none), a[1].clone());
                    let e = e.unwrap_or_else(Value::none);
                    match &a[2] {
                        Some(m) if !m.is_none() && super::classes::user_class_of(&b).is_some() => {
                            match self.call_dunder(&b, "__pow__", vec![e.clone(), m.clone()])? {
                                Some(r) if !r.is_not_implemented() => Ok(r),
                                _ => pow3(&b, &e, m),
                            }
                        }
                        Some(m) if !m.is_none() => pow3(&b, &e, m),
                        _ => self.binary_op(BinOp::Pow, &b, &e, false),
                    }
                }),
            Builtin::Round => bind_args(name, &["number", "ndigits"], 1, 0, args, kwnames, kwvals)
                .and_then(|a| {
                    let x = a[0].clone().unwrap_or_else(Value::none);
                    round(&x, a[1].as_ref().filter(|n| !n.is_none()))
                }),
            Builtin::Chr => no_kw(name, kwnames)
                .and_then(|()| exactly_one(name, args))
                .and_then(|()| {
                    let Some(i) = as_int(&args[0]) else {
                        return Err(not_integer(&args[0]));
                    };
                    let c = strops::chr(&i).map_err(str_err)?;
                    Ok(new_str(c.to_string()))
                }),
            Builtin::Ord => no_kw(name, kwnames)
                .and_then(|()| exactly_one(name, args))
                .and_then(|()| ord(&args[0])),
            Builtin::Hex | Builtin::Oct | Builtin::Bin => no_kw(name, kwnames)
                .and_then(|()| exactly_one(name, args))
                .and_then(|()| {
                    let spec = match which {
                        Builtin::Hex => "#x",
                        Builtin::Oct => "#o",
                        _ => "#b",
                    };
                    radix(&args[0], spec)
                }),
            Builtin::Format => no_kw(name, kwnames)
                .and_then(|()| expect_range(name, args, 1, 2))
                .and_then(|()| {
                    let v = &args[0];
                    let spec = match args.get(1) {
                        None => String::new(),
                        Some(s) => match s.downcast::<StrObj>() {
                            Some(s) => s.value.clone(),
                            None => {
                                return Err(type_error(format!(
                                    "format() argument 2 must be str, not {}",
                                    class_name(s)
                                )));
                            }
                        },
                    };
                    self.format_any(v, &spec).map(new_str)
                }),
            Builtin::Ascii => no_kw(name, kwnames)
                .and_then(|()| exactly_one(name, args))
                .and_then(|()| Ok(new_str(strops::ascii_escape(&self.repr_of(&args[0])?)))),
            Builtin::Callable => no_kw(name, kwnames)
                .and_then(|()| exactly_one(name, args))
                .map(|()| Value::bool(callable(&args[0]))),
            Builtin::Id => no_kw(name, kwnames)
                .and_then(|()| exactly_one(name, args))
                .map(|()| Value::from_bigint(BigInt::from(args[0].id()))),
            Builtin::IsSubclass => no_kw(name, kwnames)
                .and_then(|()| expect_range(name, args, 2, 2))
                .and_then(|()| self.issubclass_of(&args[0], &args[1])),
            Builtin::GetAttr => no_kw(name, kwnames)
                .and_then(|()| expect_range(name, args, 2, 3))
                .and_then(|()| {
                    let n = attr_name(&args[1])?;
                    match self.get_attr(&args[0], n) {
                        Err(e) if args.len() == 3 && is_attribute_error(&e) => Ok(args[2].clone()),
                        r => r,
                    }
                }),
            Builtin::HasAttr => no_kw(name, kwnames)
                .and_then(|()| expect_range(name, args, 2, 2))
                .and_then(|()| {
                    let n = attr_name(&args[1])?;
                    match self.get_attr(&args[0], n) {
                        Ok(_) => Ok(Value::bool(true)),
                        Err(e) if is_attribute_error(&e) => Ok(Value::bool(false)),
                        Err(e) => Err(e),
                    }
                }),
            Builtin::SetAttr => no_kw(name, kwnames)
                .and_then(|()| expect_range(name, args, 3, 3))
                .and_then(|()| {
                    self.set_attr(&args[0], attr_name(&args[1])?, Some(args[2].clone()))?;
                    Ok(Value::none())
                }),
            Builtin::DelAttr => no_kw(name, kwnames)
                .and_then(|()| expect_range(name, args, 2, 2))
                .and_then(|()| {
                    self.set_attr(&args[0], attr_name(&args[1])?, None)?;
                    Ok(Value::none())
                }),
            Builtin::Vars => no_kw(name, kwnames)
                .and_then(|()| expect_range(name, args, 0, 1))
                .and_then(|()| match args.first() {
                    None => self.globals_dict(),
                    Some(o) => match o.downcast::<crate::objects::ModuleObj>() {
                        Some(m) => self.module_dict(m.id),
                        None => vars_of(o),
                    },
                }),
            Builtin::Dir => no_kw(name, kwnames)
                .and_then(|()| expect_range(name, args, 0, 1))
                .and_then(|()| match args.first() {
                    None => self.globals_dict().and_then(|d| self.dir_of(&d, true)),
                    Some(o) => self.dir_of(o, false),
                }),
            Builtin::Globals | Builtin::Locals => no_kw(name, kwnames)
                .and_then(|()| {
                    if args.is_empty() {
                        Ok(())
                    } else {
                        Err(type_error(format!(
                            "{name}() takes no arguments ({} given)",
                            args.len()
                        )))
                    }
                })
                .and_then(|()| self.globals_dict()),
            Builtin::Input => no_kw(name, kwnames)
                .and_then(|()| expect_range(name, args, 0, 1))
                .and_then(|()| self.input(args.first())),
            Builtin::Exit | Builtin::Quit => {
                if !kwnames.is_empty() && kwnames != ["code"] {
                    Err(type_error(format!(
                        "Quitter.__call__() got an unexpected keyword argument '{}'",
                        kwnames[0]
                    )))
                } else if args.len() + kwnames.len() > 1 {
                    Err(type_error(format!(
                        "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
                        args.len() + 1
                    )))
                } else {
                    let code = args
                        .first()
                        .or(kwvals.first())
                        .cloned()
                        .unwrap_or_else(Value::none);
                    Err(new_exception("SystemExit", vec![code]))
                }
            }
            Builtin::Open => self.open(args, kwnames, kwvals),
            _ => return None,
        })
    }

    /// `format(v, spec)`, calling a user class's `__format__`.
    pub(super) fn format_any(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Some(i) = v.downcast::<InstanceObj>()
            && let Some(c) = i.class.downcast::<UserClassObj>()
            && let Some(f) = c.lookup("__format__")
        {
            let r = self.call_value(&f, vec![v.clone(), new_str(spec)])?;
            return match r.downcast::<StrObj>() {
                Some(s) => Ok(s.value.clone()),
                None => Err(type_error(format!(
                    "__format__ must return a str, not {}",
                    class_name(&r)
                ))),
            };
        }
        if spec.is_empty() {
            // `object.__format__(x, '')` and the built-in types' own
            // `__format__` with an empty spec all are `str(x)`, which may
            // reach user `__repr__`/`__str__` (a list of instances).
            return self.str_of(v);
        }
        if let Some(inner) = crate::objects::builtin_of(v) {
            return format_value(inner, spec);
        }
        if v.downcast::<InstanceObj>().is_some() && !spec.is_empty() {
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                class_name(v)
            )));
        }
        format_value(v, spec)
    }

    /// `globals()`: the module's bound globals, as a new dict (a snapshot:
    /// CPython's is the live namespace).
    fn globals_dict(&self) -> PyResult<Value> {
        self.module_dict(0)
    }

    /// Module `m`'s bound globals, as a new dict.
    pub(super) fn module_dict(&self, m: u32) -> PyResult<Value> {
        ns_dict(&self.module_items(m))
    }

    /// `locals()` (and `vars()`) in `frame`: a class body's namespace, a
    /// function's bound variables (parameters and locals in slot order,
    /// then cells and free variables), or the globals at module level.
    pub(super) fn frame_locals(&self, frame: &Frame, f: &Function) -> PyResult<Value> {
        if let Some(ns) = &frame.ns {
            return ns_dict(&ns.borrow());
        }
        if f.kind == krait_ir::FunctionKind::Module {
            return self.module_dict(self.frame_module(frame));
        }
        let mut items = Vec::new();
        for kinds in [
            &[SlotKind::Local][..],
            &[SlotKind::Cell, SlotKind::Free][..],
        ] {
            for (info, v) in f.slots.iter().zip(&frame.slots) {
                let (Some(name), Some(v)) = (&info.name, v) else {
                    continue;
                };
                if !kinds.contains(&info.kind) {
                    continue;
                }
                let v = if info.kind == SlotKind::Local {
                    Some(v.clone())
                } else {
                    v.downcast::<CellObj>()
                        .and_then(|c| c.value.borrow().clone())
                };
                if let Some(v) = v {
                    items.push((name.clone(), v));
                }
            }
        }
        ns_dict(&items)
    }

    fn input(&mut self, prompt: Option<&Value>) -> PyResult<Value> {
        if let Some(p) = prompt {
            let text = to_str(p)?;
            let _ = self.out.write_all(text.as_bytes());
        }
        let _ = self.out.flush();
        let mut line = Vec::new();
        let n = std::io::stdin()
            .lock()
            .read_until(b'\n', &mut line)
            .map_err(|e| files::os_error(&e, None))?;
        if n == 0 {
            return Err(exc("EOFError", "EOF when reading a line"));
        }
        if line.ends_with(b"\n") {
            line.pop();
        }
        match String::from_utf8(line) {
            Ok(s) => Ok(new_str(s)),
            Err(e) => Err(files::decode_error(e.as_bytes(), e.utf8_error())),
        }
    }
}

pub(super) fn callable(v: &Value) -> bool {
    if let Some(i) = v.downcast::<InstanceObj>() {
        return i
            .class
            .downcast::<UserClassObj>()
            .is_some_and(|c| c.lookup("__call__").is_some());
    }
    v.downcast::<FunctionObj>().is_some()
        || v.downcast::<BuiltinObj>().is_some()
        || v.downcast::<crate::objects::NativeFnObj>().is_some()
        || v.downcast::<crate::objects::RustFnObj>().is_some()
        || v.downcast::<crate::objects::WeakRefObj>().is_some()
        || v.downcast::<crate::objects::StaticMethodObj>().is_some()
        || v.downcast::<MethodObj>().is_some()
        || v.downcast::<BoundMethodObj>().is_some()
        || is_class(v)
}

pub(super) fn issubclass(c: &Value, base: &Value) -> PyResult<Value> {
    if !is_class(c) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if let Some(t) = base.downcast::<TupleObj>() {
        for b in &t.items {
            if issubclass(c, b)?.as_bool() == Some(true) {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    if !is_class(base) {
        return Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    Ok(Value::bool(subclass_of(c, base)))
}

/// The names `dir` lists for a value of the built-in type `ty` (those of
/// `object` for a type not in the table).
fn builtin_dir(ty: &str) -> &'static [&'static str] {
    let table = crate::dir_tables::DIR_TABLE;
    table
        .iter()
        .find(|(n, _)| *n == ty)
        .or_else(|| table.iter().find(|(n, _)| *n == "object"))
        .map_or(&[], |(_, names)| names)
}

/// The names a user class contributes to `dir`: its namespace, and the
/// `__dict__`/`__weakref__`/`__doc__`/`__module__` CPython's `type` adds.
fn user_class_dir(c: &UserClassObj, out: &mut std::collections::BTreeSet<String>) {
    let d = c.dict.borrow();
    let slots = d.iter().any(|(k, _)| k == "__slots__");
    for (k, _) in d.iter() {
        if k != "__qualname__" && k != "__classcell__" {
            out.insert(k.clone());
        }
    }
    for n in ["__doc__", "__module__"] {
        out.insert(n.to_owned());
    }
    if !slots {
        out.insert("__dict__".to_owned());
        out.insert("__weakref__".to_owned());
    }
}

impl Interp<'_, '_> {
    /// `divmod(a, b)` with a user instance on either side: `__divmod__`,
    /// then the other's `__rdivmod__` (first when its class is a proper
    /// subclass of the left's).
    fn user_divmod(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        let b_first = match (
            super::classes::user_class_value(a),
            super::classes::user_class_value(b),
        ) {
            (Some(ca), Some(cb)) => !ca.is(cb) && super::is_subclass_user(cb, ca),
            _ => false,
        };
        let tries: [(&Value, &str, &Value); 2] = if b_first {
            [(b, "__rdivmod__", a), (a, "__divmod__", b)]
        } else {
            [(a, "__divmod__", b), (b, "__rdivmod__", a)]
        };
        for (recv, name, other) in tries {
            if let Some(r) = self.call_dunder(recv, name, vec![other.clone()])?
                && !r.is_not_implemented()
            {
                return Ok(r);
            }
        }
        let (ia, ib) = (
            crate::objects::builtin_of(a).unwrap_or(a).clone(),
            crate::objects::builtin_of(b).unwrap_or(b).clone(),
        );
        divmod(&ia, &ib)
    }

    /// `dir(o)`: the sorted attribute names of `o`; with `scope`, `o` is
    /// the dict of a scope's names (`dir()`) and its keys are listed.
    pub(super) fn dir_of(&mut self, o: &Value, scope: bool) -> PyResult<Value> {
        let mut names = std::collections::BTreeSet::new();
        let class_names = |c: &UserClassObj, names: &mut std::collections::BTreeSet<String>| {
            user_class_dir(c, names);
            let mut builtin = c.exc_base.map(|_| "BaseException");
            for b in &c.mro {
                if let Some(u) = b.downcast::<UserClassObj>() {
                    user_class_dir(u, names);
                } else if let Some(k) = b.downcast::<crate::objects::ClassObj>() {
                    builtin = builtin.or(Some(k.name));
                    if k.exc_base.is_some() {
                        builtin = Some("BaseException");
                    }
                }
            }
            for n in builtin_dir(builtin.unwrap_or("object")) {
                names.insert((*n).to_owned());
            }
        };
        if scope && let Some(d) = o.downcast::<crate::objects::DictObj>() {
            for e in d.table.borrow().iter() {
                if let Some(s) = e.key.downcast::<StrObj>() {
                    names.insert(s.value.clone());
                }
            }
        } else if let Some(m) = o.downcast::<crate::objects::ModuleObj>() {
            for (k, _) in self.module_items(m.id) {
                names.insert(k);
            }
        } else if let Some(c) = o.downcast::<UserClassObj>() {
            class_names(c, &mut names);
        } else if let Some(c) = super::classes::user_class_value(o).cloned()
            && let Some(uc) = c.downcast::<UserClassObj>()
        {
            if let Some(i) = o.downcast::<InstanceObj>() {
                for (k, _) in i.dict.items() {
                    names.insert(k);
                }
            }
            class_names(uc, &mut names);
        } else if let Some(c) = o.downcast::<crate::objects::ClassObj>() {
            for n in builtin_dir(c.name) {
                names.insert((*n).to_owned());
            }
        } else {
            let ty = if o.downcast::<crate::objects::ExceptionObj>().is_some() {
                "BaseException"
            } else {
                type_name(o)
            };
            for n in builtin_dir(ty) {
                names.insert((*n).to_owned());
            }
            if let Some(f) = o.downcast::<crate::objects::FunctionObj>() {
                for (k, _) in f.dict.borrow().iter() {
                    names.insert(k.clone());
                }
            }
        }
        Ok(crate::objects::new_list(
            names.into_iter().map(new_str).collect(),
        ))
    }
}

fn vars_of(o: &Value) -> PyResult<Value> {
    if let Some(i) = o.downcast::<InstanceObj>() {
        if super::classes::user_class_of(o).is_some_and(|c| c.has_hook(crate::objects::HOOK_NODICT))
        {
            return Err(type_error("vars() argument must have __dict__ attribute"));
        }
        return Ok(i.dict.as_dict());
    }
    if let Some(c) = o.downcast::<UserClassObj>() {
        return ns_dict(&c.dict.borrow());
    }
    Err(type_error("vars() argument must have __dict__ attribute"))
}

/// `setattr(o, name, v)`, or `delattr(o, name)` when `v` is `None`.
/// Assigning an exception's `__cause__`, `__context__`,
/// `__suppress_context__` or `__traceback__` (`None`: another name).
pub(super) fn exc_set_special(
    e: &ExceptionObj,
    name: &str,
    v: &Option<Value>,
) -> Option<PyResult<()>> {
    let Some(v) = v else {
        return match name {
            "__cause__" | "__context__" | "__suppress_context__" | "__traceback__" => {
                Some(Err(type_error(format!("{name} may not be deleted"))))
            }
            _ => None,
        };
    };
    let exc_or_none = |what: &str| -> PyResult<Option<Value>> {
        if v.is_none() {
            Ok(None)
        } else if v.downcast::<ExceptionObj>().is_some() {
            Ok(Some(v.clone()))
        } else {
            Err(type_error(format!(
                "exception {what} must be None or derive from BaseException"
            )))
        }
    };
    Some(match name {
        "__cause__" => exc_or_none("cause").map(|c| {
            *e.cause.borrow_mut() = c;
            e.suppress_context.set(true);
        }),
        "__context__" => exc_or_none("context").map(|c| {
            *e.context.borrow_mut() = c;
        }),
        "__suppress_context__" => {
            e.suppress_context.set(super::truthy(v));
            Ok(())
        }
        "args" => match super::seq_items(v) {
            Some(items) => {
                *e.args.borrow_mut() = items;
                Ok(())
            }
            None => Err(type_error("'args' must be a sequence")),
        },
        "__traceback__" => {
            if v.is_none() {
                e.traceback.borrow_mut().clear();
                Ok(())
            } else if let Some(tb) = v.downcast::<crate::objects::TracebackObj>() {
                *e.traceback.borrow_mut() = tb.entries.clone();
                Ok(())
            } else {
                Err(type_error("__traceback__ must be a traceback or None"))
            }
        }
        _ => return None,
    })
}

pub(super) fn set_attr(o: &Value, name: &str, v: Option<Value>) -> PyResult<()> {
    if let Some(e) = o.downcast::<ExceptionObj>() {
        if let Some(r) = exc_set_special(e, name, &v) {
            return r;
        }
        if !e.dict.set(name, v) {
            return Err(exc(
                "AttributeError",
                format!("'{}' object has no attribute '{name}'", class_name(o)),
            ));
        }
        return Ok(());
    }
    if o.downcast::<FunctionObj>().is_some() {
        match name {
            "__name__" if v.as_ref().is_none_or(|v| v.downcast::<StrObj>().is_none()) => {
                return Err(type_error("__name__ must be set to a string object"));
            }
            "__qualname__" if v.as_ref().is_none_or(|v| v.downcast::<StrObj>().is_none()) => {
                return Err(type_error("__qualname__ must be set to a string object"));
            }
            "__doc__" if v.is_none() => return set_attr(o, name, Some(Value::none())),
            // These change how the function runs.
            "__defaults__" | "__kwdefaults__" | "__code__" | "__closure__" | "__globals__"
            | "__dict__" => {
                return Err(super::unsupported(&format!(
                    "assigning a function's {name}"
                )));
            }
            _ => {}
        }
    }
    if let Some(i) = o.downcast::<InstanceObj>() {
        if !i.dict.set(name, v) {
            return Err(exc(
                "AttributeError",
                format!("'{}' object has no attribute '{name}'", class_name(o)),
            ));
        }
        return Ok(());
    }
    let dict = if let Some(f) = o.downcast::<FunctionObj>() {
        Some(&f.dict)
    } else {
        o.downcast::<UserClassObj>().map(|c| &c.dict)
    };
    if let Some(dict) = dict {
        if !super::ns_set(dict, name, v) {
            return Err(exc(
                "AttributeError",
                match o.downcast::<UserClassObj>() {
                    Some(c) => format!("type object '{}' has no attribute '{name}'", c.name),
                    None => format!("'{}' object has no attribute '{name}'", class_name(o)),
                },
            ));
        }
        return Ok(());
    }
    if methods::lookup(o, name).is_some() {
        return Err(exc(
            "AttributeError",
            format!("'{}' object attribute '{name}' is read-only", class_name(o)),
        ));
    }
    Err(exc(
        "AttributeError",
        format!("'{}' object has no attribute '{name}'", class_name(o)),
    ))
}

fn divmod(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (to_num(a), to_num(b)) else {
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            class_name(a),
            class_name(b)
        )));
    };
    if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
        let (q, r) = num::float_divmod(to_f64(&x)?, to_f64(&y)?).map_err(num_err)?;
        return Ok(new_tuple(vec![Value::float(q), Value::float(r)]));
    }
    if let (Num::I(p), Num::I(q)) = (&x, &y)
        && let Some((d, m)) = num::i64_divmod(*p, *q).map_err(num_err)?
    {
        return Ok(new_tuple(vec![Value::int(d), Value::int(m)]));
    }
    let (d, m) = num::divmod(&to_big(&x), &to_big(&y)).map_err(num_err)?;
    Ok(new_tuple(vec![
        Value::from_bigint(d),
        Value::from_bigint(m),
    ]))
}

/// Three-argument `pow`.
fn pow3(b: &Value, e: &Value, m: &Value) -> PyResult<Value> {
    let (Some(x), Some(y), Some(z)) = (to_num(b), to_num(e), to_num(m)) else {
        return Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            class_name(b),
            class_name(e),
            class_name(m)
        )));
    };
    if [&x, &y, &z].iter().any(|n| matches!(n, Num::F(_))) {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    num::pow_mod(&to_big(&x), &to_big(&y), &to_big(&z))
        .map(Value::from_bigint)
        .map_err(num_err)
}

fn round(x: &Value, ndigits: Option<&Value>) -> PyResult<Value> {
    let n = match to_num(x) {
        Some(n) => n,
        None => {
            return Err(type_error(format!(
                "type {} doesn't define __round__ method",
                class_name(x)
            )));
        }
    };
    let nd = match ndigits {
        None => None,
        Some(d) => match as_int(d) {
            Some(i) => Some(i),
            None => return Err(not_integer(d)),
        },
    };
    match (n, nd) {
        (Num::F(f), None) => num::float_round_to_int(f)
            .map(Value::from_bigint)
            .map_err(num_err),
        (Num::F(f), Some(d)) => {
            // CPython clips ndigits to Py_ssize_t.
            let d = d
                .to_i64()
                .unwrap_or(if d.is_negative() { i64::MIN } else { i64::MAX });
            num::float_round(f, d).map(Value::float).map_err(num_err)
        }
        (n, None) => Ok(Value::from_bigint(to_big(&n))),
        (n, Some(d)) => num::int_round(&to_big(&n), &d)
            .map(Value::from_bigint)
            .map_err(num_err),
    }
}

fn ord(v: &Value) -> PyResult<Value> {
    if let Some(s) = v.downcast::<StrObj>() {
        return strops::ord(&s.value)
            .map(|c| Value::int(i64::from(c)))
            .map_err(str_err);
    }
    if let Some(b) = v.downcast::<BytesObj>() {
        return match b.value[..] {
            [c] => Ok(Value::int(i64::from(c))),
            _ => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.value.len()
            ))),
        };
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        class_name(v)
    )))
}

/// The exit status for an uncaught `SystemExit` and the text to print to
/// stderr (CPython's `_Py_HandleSystemExit`).
pub(super) fn system_exit_status(e: &ExceptionObj) -> (i32, Option<String>) {
    let code = match &e.args.borrow()[..] {
        [] => return (0, None),
        [x] => x.clone(),
        xs => new_tuple(xs.to_vec()),
    };
    if code.is_none() {
        return (0, None);
    }
    if let Some(i) = as_int(&code) {
        let i = i.to_i64().unwrap_or(-1);
        return ((i & 0xff) as i32, None);
    }
    let text = to_str(&code).unwrap_or_default();
    (1, Some(text))
}

/// The builtins of this file, installed by `Interp::new`.
pub(super) const MORE_BUILTINS: &[Builtin] = &[
    Builtin::Divmod,
    Builtin::Pow,
    Builtin::Round,
    Builtin::Chr,
    Builtin::Ord,
    Builtin::Hex,
    Builtin::Oct,
    Builtin::Bin,
    Builtin::Format,
    Builtin::Ascii,
    Builtin::Callable,
    Builtin::Id,
    Builtin::IsSubclass,
    Builtin::GetAttr,
    Builtin::SetAttr,
    Builtin::HasAttr,
    Builtin::DelAttr,
    Builtin::Vars,
    Builtin::Dir,
    Builtin::Globals,
    Builtin::Locals,
    Builtin::Eval,
    Builtin::Exec,
    Builtin::Input,
    Builtin::Exit,
    Builtin::Quit,
    Builtin::Open,
];

/// `type(v).__name__` for the types of this file (and frozensets).
pub(super) fn extra_type_name(v: &Value) -> Option<&'static str> {
    if let Some(l) = v.downcast::<crate::objects::LazyIterObj>() {
        return Some(l.kind.name());
    }
    if let Some(it) = v.downcast::<crate::objects::SeqIterObj>() {
        return Some(if it.seq.downcast::<crate::objects::ListObj>().is_some() {
            "list_iterator"
        } else if it.seq.downcast::<TupleObj>().is_some() {
            "tuple_iterator"
        } else if it
            .seq
            .downcast::<crate::objects::StrObj>()
            .is_some_and(|s| s.value.is_ascii())
        {
            "str_ascii_iterator"
        } else if it.seq.downcast::<crate::objects::StrObj>().is_some() {
            "str_iterator"
        } else {
            // The sequence protocol's iterator (`__getitem__` from 0).
            "iterator"
        });
    }
    if let Some(f) = v.downcast::<FileObj>() {
        return Some(f.type_name());
    }
    if let Some(s) = v.downcast::<SetObj>()
        && s.frozen
    {
        return Some("frozenset");
    }
    None
}

/// `repr` of files and bytes.
pub(super) fn extra_repr(v: &Value) -> Option<PyResult<String>> {
    if let Some(f) = v.downcast::<FileObj>() {
        return Some(files::repr(f));
    }
    super::bytesobj::repr(v).map(Ok)
}

/// `iter(v)` for files (their own iterator) and bytes.
pub(super) fn extra_iter(v: &Value) -> Option<Value> {
    if v.downcast::<FileObj>().is_some()
        || v.downcast::<crate::objects::StdStreamObj>()
            .is_some_and(|s| s.fd == 0)
    {
        return Some(v.clone());
    }
    if super::bytesobj::len(v).is_some() {
        return Some(new_seq_iter(v.clone()));
    }
    None
}

/// `next(it)` for file and bytes iterators.
pub(super) fn extra_next(it: &Value) -> Option<PyResult<Option<Value>>> {
    if let Some(f) = it.downcast::<FileObj>() {
        return Some(files::next_line(f));
    }
    if it
        .downcast::<crate::objects::StdStreamObj>()
        .is_some_and(|s| s.fd == 0)
    {
        return Some(
            super::modules::sys::stdin_line().map(|l| (!l.is_empty()).then(|| new_str(l))),
        );
    }
    if let Some(s) = it.downcast::<SeqIterObj>()
        && let Some(v) = super::bytesobj::item_at(&s.seq, s.pos.get())
    {
        s.pos.set(s.pos.get() + 1);
        return Some(Ok(v));
    }
    None
}

impl Interp<'_, '_> {
    /// The builtins that read the calling frame (`locals()`, `vars()`);
    /// `None` for any other call.
    pub(super) fn frame_builtin(
        &mut self,
        frame: &Frame,
        callee: &Value,
        args: &[Value],
        kwnames: &[&str],
    ) -> Option<PyResult<Value>> {
        if let Some(c) = callee.downcast::<ClassObj>()
            && c.name == "super"
            && args.is_empty()
        {
            return Some(self.super_in_frame(frame));
        }
        let b = callee.downcast::<BuiltinObj>()?;
        if matches!(b.which, Builtin::Eval | Builtin::Exec) {
            return Some(self.eval_exec(frame, b.which, args, kwnames));
        }
        if b.which == Builtin::Globals && args.is_empty() {
            return Some(self.module_dict(self.frame_module(frame)));
        }
        if !matches!(b.which, Builtin::Locals | Builtin::Vars | Builtin::Dir) || !args.is_empty() {
            return None;
        }
        let f = &self.module.functions[frame.func];
        let locals = self.frame_locals(frame, f);
        if b.which == Builtin::Dir {
            return Some(locals.and_then(|d| self.dir_of(&d, true)));
        }
        Some(locals)
    }

    /// `print(..., file=f)`.
    pub(super) fn print_to(&mut self, f: &Value, text: &str, flush: bool) -> PyResult<Value> {
        if let Some(file) = f.downcast::<FileObj>() {
            files::write_text(file, text, flush)?;
            return Ok(Value::none());
        }
        Err(exc(
            "AttributeError",
            format!("'{}' object has no attribute 'write'", class_name(f)),
        ))
    }

    /// `frozenset(iterable)`.
    pub(super) fn construct_frozenset(&mut self, args: &[Value]) -> PyResult<Value> {
        if let [x] = args
            && x.downcast::<SetObj>().is_none()
        {
            let items = self.collect_iter(x)?;
            let tmp = collections::build_set(items)?;
            return sets::construct_frozenset(&[tmp]);
        }
        sets::construct_frozenset(args)
    }
}
