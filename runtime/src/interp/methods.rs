//! Methods of the built-in types (`[].append`, `{}.get`, `''.split`, ...),
//! reached through attribute access as bound [`MethodObj`]s, and the
//! builtins that call back into Python code (`sorted(key=...)`).

use super::collections::{dict_store, key_error};
use super::{Interp, Num, PyResult, exc, seq_index, str_err, to_index, type_error, type_name};
use crate::objects::{
    Builtin, DictObj, DictPart, LazyIterObj, LazyKind, ListObj, SetObj, StrObj, new_dict,
    new_dict_view, new_lazy_iter, new_list, new_seq_iter, new_set, new_str, new_tuple,
};
use crate::strops;
use crate::value::Value;

const LIST_METHODS: &[&str] = &[
    "append", "extend", "pop", "insert", "remove", "index", "count", "sort", "reverse", "copy",
    "clear",
];
const DICT_METHODS: &[&str] = &[
    "get",
    "keys",
    "values",
    "items",
    "pop",
    "setdefault",
    "update",
    "copy",
    "clear",
    "popitem",
];
const SET_METHODS: &[&str] = &[
    "add",
    "discard",
    "remove",
    "pop",
    "copy",
    "clear",
    "update",
    "intersection_update",
    "difference_update",
    "symmetric_difference_update",
];
const STR_METHODS: &[&str] = &[
    "rindex",
    "splitlines",
    "partition",
    "rpartition",
    "removeprefix",
    "removesuffix",
    "center",
    "ljust",
    "rjust",
    "expandtabs",
    "swapcase",
    "casefold",
    "isalnum",
    "isdecimal",
    "isnumeric",
    "isascii",
    "isprintable",
    "isidentifier",
    "islower",
    "isupper",
    "istitle",
    "split",
    "rsplit",
    "join",
    "strip",
    "lstrip",
    "rstrip",
    "replace",
    "find",
    "rfind",
    "index",
    "count",
    "upper",
    "lower",
    "startswith",
    "endswith",
    "isdigit",
    "isalpha",
    "isspace",
    "title",
    "capitalize",
    "zfill",
    "format",
    "format_map",
    "translate",
];
const GENERATOR_METHODS: &[&str] = &["send", "throw", "close", "__next__", "__iter__"];

/// The methods of the built-in iterators (list, tuple, str, range, dict,
/// set iterators; enumerate, zip, map, filter).
const ITERATOR_METHODS: &[&str] = &["__next__", "__iter__"];

/// Whether `v` is one of the built-in iterator objects.
fn is_builtin_iterator(v: &Value) -> bool {
    v.downcast::<crate::objects::SeqIterObj>().is_some()
        || v.downcast::<crate::objects::RangeIterObj>().is_some()
        || v.downcast::<crate::objects::DictIterObj>().is_some()
        || v.downcast::<crate::objects::SetIterObj>().is_some()
        || v.downcast::<LazyIterObj>().is_some()
}
const FROZENSET_METHODS: &[&str] = &[
    "copy",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "issubset",
    "issuperset",
    "isdisjoint",
];

/// The method `name` of `v`'s type, as a `'static` name.
pub(super) fn lookup(v: &Value, name: &str) -> Option<&'static str> {
    if let Some(m) = super::bytesobj::lookup(v, name).or_else(|| super::complexobj::lookup(v, name))
    {
        return Some(m);
    }
    if let Some(m) = super::typemethods::lookup(v, name) {
        return Some(m);
    }
    let table = if v.downcast::<ListObj>().is_some() {
        LIST_METHODS
    } else if v.downcast::<DictObj>().is_some() {
        DICT_METHODS
    } else if let Some(s) = v.downcast::<SetObj>() {
        if FROZENSET_METHODS.contains(&name) {
            FROZENSET_METHODS
        } else if s.frozen {
            return None;
        } else {
            SET_METHODS
        }
    } else if v.downcast::<crate::objects::FileObj>().is_some() {
        super::files::FILE_METHODS
    } else if v.downcast::<StrObj>().is_some() {
        STR_METHODS
    } else if v.downcast::<crate::objects::GeneratorObj>().is_some() {
        GENERATOR_METHODS
    } else if is_builtin_iterator(v) {
        ITERATOR_METHODS
    } else if v.downcast::<crate::objects::ExceptionObj>().is_some() {
        if super::exgroup::is_group(v) && super::exgroup::GROUP_METHODS.contains(&name) {
            super::exgroup::GROUP_METHODS
        } else {
            super::exgroup::EXC_METHODS
        }
    } else {
        return None;
    };
    table.iter().find(|m| **m == name).copied()
}

/// A method's qualified name (`list.append`) for messages, formatted only
/// when one is made (not on every call).
struct Qual<'a>(&'a str, &'a str);

impl std::fmt::Display for Qual<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.0, self.1)
    }
}

pub(super) fn arity<Q: std::fmt::Display + ?Sized>(
    qual: &Q,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(type_error(if max == 0 {
        format!("{qual}() takes no arguments ({n} given)")
    } else if min == max && max == 1 {
        format!("{qual}() takes exactly one argument ({n} given)")
    } else if n < min {
        format!(
            "{qual} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{qual} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    }))
}

fn as_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match crate::objects::builtin_value(v).downcast::<StrObj>() {
        Some(s) => Ok(&s.value),
        None => Err(type_error(format!(
            "{what} must be str, not {}",
            type_name(v)
        ))),
    }
}

/// The `start`, `end` arguments of `seq.index(x, start, end)` (after `x`),
/// clamped to `0..=n` as CPython's slice indices.
pub(super) fn index_bounds(args: &[Value], n: usize) -> PyResult<(usize, usize)> {
    let n = n as i64;
    let clamp = |v: Option<i64>, d: i64| -> usize {
        let v = v.unwrap_or(d);
        (if v < 0 { (v + n).max(0) } else { v.min(n) }) as usize
    };
    Ok((
        clamp(opt_index(args.get(1))?, 0),
        clamp(opt_index(args.get(2))?, n),
    ))
}

fn opt_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => to_index(v).map(Some),
    }
}

impl Interp<'_, '_> {
    /// Calls `f` with positional `args` (a Python function runs to
    /// completion on its own frame stack).
    pub(super) fn call_value(&mut self, f: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_now(f, args, &[])
    }

    /// Reads `key=` and `reverse=` of `sort`/`sorted`.
    pub(super) fn sort_kwargs(
        &self,
        qual: &str,
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> PyResult<(Option<Value>, bool)> {
        let mut key = None;
        let mut reverse = false;
        for (k, v) in kwnames.iter().zip(kwvals) {
            match *k {
                "key" => key = Some(v.clone()),
                "reverse" => reverse = super::truthy(v),
                _ => {
                    return Err(type_error(format!(
                        "'{k}' is an invalid keyword argument for {qual}()"
                    )));
                }
            }
        }
        Ok((key, reverse))
    }

    pub(super) fn call_method(
        &mut self,
        recv: &Value,
        name: &'static str,
        args: Vec<Value>,
        kwnames: &[&str],
        kwvals: Vec<Value>,
    ) -> PyResult<Value> {
        // The hottest list methods first (the same code as below, before
        // the other types' checks).
        if kwnames.is_empty()
            && let Some(l) = recv.downcast::<ListObj>()
        {
            match (name, args.len()) {
                ("append", 1) => {
                    let mut args = args;
                    l.items.borrow_mut().extend(args.pop());
                    return Ok(Value::none());
                }
                ("pop", 0) => {
                    let v = l.items.borrow_mut().pop();
                    if let Some(v) = v {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        if let Some(r) = self.bytes_method(recv, name, &args, kwnames, &kwvals) {
            return r;
        }
        if let Some(r) = super::complexobj::call_method(recv, name, &args) {
            return r;
        }
        if recv.downcast::<crate::objects::ClassObj>().is_some()
            && let Some(r) =
                self.call_class_method(recv, name, args.clone(), kwnames, kwvals.clone())
        {
            return r;
        }
        if let Some(r) = self.call_type_method(recv, name, &args, kwnames, &kwvals) {
            return r;
        }
        if let Some(r) = self.group_method(recv, name, &args) {
            return r;
        }
        if recv.downcast::<crate::objects::GeneratorObj>().is_some() {
            if !kwnames.is_empty() {
                return Err(type_error(format!(
                    "generator.{name}() takes no keyword arguments"
                )));
            }
            if name == "__iter__" {
                return Ok(recv.clone());
            }
            return self.gen_method(recv, name, &args);
        }
        if is_builtin_iterator(recv) && ITERATOR_METHODS.contains(&name) {
            let t = super::type_name(recv);
            if !kwnames.is_empty() {
                return Err(type_error(format!(
                    "{t}.{name}() takes no keyword arguments"
                )));
            }
            arity(&format!("{t}.{name}"), &args, 0, 0)?;
            if name == "__iter__" {
                return Ok(recv.clone());
            }
            return match self.iter_next(recv)? {
                Some(v) => Ok(v),
                None => Err(crate::objects::new_exception("StopIteration", vec![])),
            };
        }
        let none = Ok(Value::none());
        if let Some(l) = recv.downcast::<ListObj>() {
            let qual = Qual("list", name);
            if name == "sort" {
                if !args.is_empty() {
                    return Err(type_error("sort() takes no positional arguments"));
                }
                let (key, reverse) = self.sort_kwargs("sort", kwnames, &kwvals)?;
                // The list is empty while it is sorted, as in CPython; what
                // a key function or `__lt__` puts in it is dropped after.
                let mut items = std::mem::take(&mut *l.items.borrow_mut());
                let r = self.sort_values(&mut items, key.as_ref(), reverse);
                let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
                // CPython's test: the list's buffer was (re)allocated.
                let modified = old.capacity() != 0;
                drop(old);
                r?;
                if modified {
                    return Err(exc("ValueError", "list modified during sort"));
                }
                return none;
            }
            if !kwnames.is_empty() {
                return Err(type_error(format!("{qual}() takes no keyword arguments")));
            }
            return match name {
                "append" => {
                    arity(&qual, &args, 1, 1)?;
                    l.items.borrow_mut().push(args[0].clone());
                    none
                }
                "extend" => {
                    arity(&qual, &args, 1, 1)?;
                    let new = self.collect_iter(&args[0])?;
                    l.items.borrow_mut().extend(new);
                    none
                }
                "pop" => {
                    arity("pop", &args, 0, 1)?;
                    let mut items = l.items.borrow_mut();
                    if items.is_empty() {
                        return Err(exc("IndexError", "pop from empty list"));
                    }
                    let i = match args.first() {
                        None => -1,
                        Some(v) => seq_index(v)?,
                    };
                    let Some(i) = super::norm_index(i, items.len()) else {
                        return Err(exc("IndexError", "pop index out of range"));
                    };
                    Ok(items.remove(i))
                }
                "insert" => {
                    arity("insert", &args, 2, 2)?;
                    let i = seq_index(&args[0])?;
                    let mut items = l.items.borrow_mut();
                    let n = items.len() as i64;
                    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
                    items.insert(i as usize, args[1].clone());
                    none
                }
                "remove" | "index" | "count" => {
                    if name == "index" {
                        arity("index", &args, 1, 3)?;
                    } else {
                        arity(&qual, &args, 1, 1)?;
                    }
                    let items = l.items.borrow().clone();
                    let (start, end) = index_bounds(&args, items.len())?;
                    let mut count = 0;
                    for (i, x) in items.iter().enumerate() {
                        if (name != "index" || (i >= start && i < end))
                            && (x.is(&args[0]) || self.eq_of(x, &args[0])?)
                        {
                            match name {
                                "count" => count += 1,
                                "index" => return Ok(Value::int(i as i64)),
                                _ => {
                                    let mut live = l.items.borrow_mut();
                                    if let Some(j) = live.iter().position(|y| y.is(x)) {
                                        let old = live.remove(j);
                                        drop(live);
                                        drop(old);
                                    }
                                    return none;
                                }
                            }
                        }
                    }
                    match name {
                        "count" => Ok(Value::int(count)),
                        "index" => Err(exc(
                            "ValueError",
                            format!("{} is not in list", self.repr_of(&args[0])?),
                        )),
                        _ => Err(exc("ValueError", "list.remove(x): x not in list")),
                    }
                }
                "reverse" => {
                    arity(&qual, &args, 0, 0)?;
                    l.items.borrow_mut().reverse();
                    none
                }
                "copy" => {
                    arity(&qual, &args, 0, 0)?;
                    Ok(new_list(l.items.borrow().clone()))
                }
                "clear" => {
                    arity(&qual, &args, 0, 0)?;
                    let mut old = std::mem::take(&mut *l.items.borrow_mut());
                    // Last to first, as CPython's `_list_clear`.
                    while let Some(v) = old.pop() {
                        drop(v);
                    }
                    none
                }
                _ => Err(super::unsupported(&format!("list.{name}"))),
            };
        }
        if let Some(d) = recv.downcast::<DictObj>() {
            let qual = Qual("dict", name);
            if name == "update" {
                arity("update", &args, 0, 1)?;
                if let Some(src) = args.first() {
                    self.dict_update(d, src)?;
                }
                for (k, v) in kwnames.iter().zip(kwvals) {
                    dict_store(d, new_str(*k), v)?;
                }
                return none;
            }
            if !kwnames.is_empty() {
                return Err(type_error(format!("{qual}() takes no keyword arguments")));
            }
            return match name {
                "get" => {
                    arity("get", &args, 1, 2)?;
                    Ok(self
                        .d_get(d, &args[0])?
                        .unwrap_or_else(|| args.get(1).cloned().unwrap_or_else(Value::none)))
                }
                "keys" | "values" | "items" => {
                    arity(&qual, &args, 0, 0)?;
                    let part = match name {
                        "keys" => DictPart::Keys,
                        "values" => DictPart::Values,
                        _ => DictPart::Items,
                    };
                    Ok(new_dict_view(recv.clone(), part))
                }
                "pop" => {
                    arity("pop", &args, 1, 2)?;
                    match self.d_del(d, &args[0])? {
                        Some(v) => Ok(v),
                        None => args.get(1).cloned().ok_or_else(|| key_error(&args[0])),
                    }
                }
                "setdefault" => {
                    arity("setdefault", &args, 1, 2)?;
                    let v = args.get(1).cloned().unwrap_or_else(Value::none);
                    self.d_setdefault(d, &args[0], v)
                }
                "copy" => {
                    arity(&qual, &args, 0, 0)?;
                    Ok(new_dict(d.table.borrow().copy()))
                }
                "clear" => {
                    arity(&qual, &args, 0, 0)?;
                    let old = std::mem::take(&mut *d.table.borrow_mut());
                    drop(old);
                    none
                }
                "popitem" => {
                    arity(&qual, &args, 0, 0)?;
                    let e = d.table.borrow_mut().popitem();
                    match e {
                        Some(e) => Ok(new_tuple(vec![e.key, e.value])),
                        None => Err(exc("KeyError", "popitem(): dictionary is empty")),
                    }
                }
                _ => Err(super::unsupported(&qual.to_string())),
            };
        }
        if let Some(f) = recv.downcast::<crate::objects::FileObj>() {
            if !kwnames.is_empty() {
                return Err(type_error(format!("{name}() takes no keyword arguments")));
            }
            return self.call_file_method(f, recv, name, args);
        }
        if let Some(s) = recv.downcast::<SetObj>() {
            if s.frozen && name == "copy" {
                arity("frozenset.copy", &args, 0, 0)?;
                return Ok(recv.clone());
            }
            if let Some(r) = super::sets::set_method(s, name, &args) {
                return r;
            }
            let qual = Qual("set", name);
            if !kwnames.is_empty() {
                return Err(type_error(format!("{qual}() takes no keyword arguments")));
            }
            return match name {
                "add" => {
                    arity(&qual, &args, 1, 1)?;
                    self.s_add(s, args[0].clone())?;
                    none
                }
                "discard" | "remove" => {
                    arity(&qual, &args, 1, 1)?;
                    let old = self.s_discard(s, &args[0])?;
                    if old.is_none() && name == "remove" {
                        return Err(key_error(&args[0]));
                    }
                    drop(old);
                    none
                }
                "pop" => {
                    arity(&qual, &args, 0, 0)?;
                    let k = s.table.borrow_mut().pop();
                    k.ok_or_else(|| exc("KeyError", "pop from an empty set"))
                }
                "copy" => {
                    arity(&qual, &args, 0, 0)?;
                    Ok(new_set(s.table.borrow().copy()))
                }
                "clear" => {
                    arity(&qual, &args, 0, 0)?;
                    let old = std::mem::take(&mut *s.table.borrow_mut());
                    drop(old);
                    none
                }
                "intersection_update" | "difference_update" | "symmetric_difference_update" => {
                    if name == "symmetric_difference_update" {
                        arity(&qual, &args, 1, 1)?;
                    }
                    let base = &name[..name.len() - "_update".len()];
                    let r = super::sets::set_method(s, base, &args).unwrap_or(Ok(Value::none()))?;
                    if let Some(t) = r.downcast::<SetObj>() {
                        let new = std::mem::take(&mut *t.table.borrow_mut());
                        let old = std::mem::replace(&mut *s.table.borrow_mut(), new);
                        drop(old);
                    }
                    none
                }
                "update" => {
                    for a in &args {
                        for x in self.collect_iter(a)? {
                            self.s_add(s, x)?;
                        }
                    }
                    none
                }
                _ => Err(super::unsupported(&qual.to_string())),
            };
        }
        if let Some(st) = recv.downcast::<StrObj>() {
            if name == "format" || name == "format_map" {
                return self.str_format_method(&st.value, name, &args, kwnames, &kwvals);
            }
            let params: &[&str] = match name {
                "split" | "rsplit" => &["sep", "maxsplit"],
                "splitlines" => &["keepends"],
                "expandtabs" => &["tabsize"],
                _ => &[],
            };
            if !params.is_empty() {
                // Keywords to positions; a missing `sep` is None, a
                // missing last argument is left off.
                let a = super::builtins::bind_args(name, params, 0, 0, &args, kwnames, &kwvals)?;
                let n = a.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
                let args: Vec<Value> = a[..n]
                    .iter()
                    .map(|v| v.clone().unwrap_or_else(Value::none))
                    .collect();
                return str_method(&st.value, name, &args);
            }
            if !kwnames.is_empty() {
                return Err(type_error(format!(
                    "str.{name}() takes no keyword arguments"
                )));
            }
            if name == "join" {
                // Any iterable, generators included.
                arity("str.join", &args, 1, 1)?;
                let items = self.collect_iter(&args[0])?;
                return str_join(&st.value, &items);
            }
            return str_method(&st.value, name, &args);
        }
        Err(super::unsupported(&format!(
            "the method {name} of {}",
            type_name(recv)
        )))
    }
}

fn str_list(parts: Vec<&str>) -> Value {
    new_list(parts.into_iter().map(new_str).collect())
}

/// `sep.join(items)`.
fn str_join(sep: &str, items: &[Value]) -> PyResult<Value> {
    let mut parts = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        match crate::objects::builtin_value(x).downcast::<StrObj>() {
            Some(p) => parts.push(p.value.as_str()),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(x)
                )));
            }
        }
    }
    Ok(new_str(strops::join(sep, &parts)))
}

/// The `str` methods that take only `str`/int arguments (`join`,
/// `format` and `format_map` are `call_method`'s).
/// `s.translate(table)`: `table[ord(c)]` for each character (a
/// `LookupError` keeps it, None deletes it, an int or str replaces it).
fn str_translate(s: &str, table: &Value) -> PyResult<Value> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let r = match super::getitem(table, &Value::int(i64::from(u32::from(c)))) {
            Ok(r) => r,
            Err(e)
                if e.downcast::<crate::objects::ExceptionObj>()
                    .is_some_and(|x| crate::objects::exc_is_subclass(x.class, "LookupError")) =>
            {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if let Some(t) = r.downcast::<StrObj>() {
            out.push_str(&t.value);
        } else if let Some(Num::I(i)) = super::to_num(&r).filter(|_| r.as_float().is_none()) {
            let ch = u32::try_from(i)
                .ok()
                .filter(|&i| i < 0x110000)
                .ok_or_else(|| type_error("character mapping must be in range(0x110000)"))?;
            out.push(char::from_u32(ch).unwrap_or(char::REPLACEMENT_CHARACTER));
        } else if !r.is_none() {
            return Err(type_error(
                "character mapping must return integer, None or str",
            ));
        }
    }
    Ok(new_str(out))
}

fn str_method(s: &str, name: &str, args: &[Value]) -> PyResult<Value> {
    // Arguments of str subclasses are taken as their strings.
    if args
        .iter()
        .any(|a| crate::objects::builtin_of(a).is_some_and(|b| b.downcast::<StrObj>().is_some()))
    {
        let plain: Vec<Value> = args
            .iter()
            .map(|a| match crate::objects::builtin_of(a) {
                Some(b) if b.downcast::<StrObj>().is_some() => b.clone(),
                _ => a.clone(),
            })
            .collect();
        return str_method(s, name, &plain);
    }
    let opt_str = |i: usize| -> PyResult<Option<&str>> {
        match args.get(i) {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(v) => as_str(v, "argument").map(Some),
        }
    };
    match name {
        "split" | "rsplit" => {
            arity(name, args, 0, 2)?;
            let sep = opt_str(0)?;
            let max = match args.get(1) {
                None => -1,
                Some(v) => to_index(v)?,
            };
            let parts = if name == "split" {
                strops::split(s, sep, max)
            } else {
                strops::rsplit(s, sep, max)
            }
            .map_err(str_err)?;
            Ok(str_list(parts))
        }
        "strip" | "lstrip" | "rstrip" => {
            arity(name, args, 0, 1)?;
            let chars = opt_str(0)?;
            Ok(new_str(match name {
                "strip" => strops::strip(s, chars),
                "lstrip" => strops::lstrip(s, chars),
                _ => strops::rstrip(s, chars),
            }))
        }
        "replace" => {
            arity("replace", args, 2, 3)?;
            let old = as_str(&args[0], "replace() argument 1")?;
            let new = as_str(&args[1], "replace() argument 2")?;
            let count = match args.get(2) {
                None => -1,
                Some(v) => to_index(v)?,
            };
            Ok(new_str(strops::replace(s, old, new, count)))
        }
        "splitlines" => {
            arity(name, args, 0, 1)?;
            let keep = args.first().is_some_and(super::truthy);
            Ok(str_list(strops::splitlines(s, keep)))
        }
        "partition" | "rpartition" => {
            arity(name, args, 1, 1)?;
            let sep = as_str(&args[0], "must be str, not")
                .map_err(|_| type_error(format!("must be str, not {}", type_name(&args[0]))))?;
            let (a, b, c) = if name == "partition" {
                strops::partition(s, sep)
            } else {
                strops::rpartition(s, sep)
            }
            .map_err(str_err)?;
            Ok(crate::objects::new_tuple(vec![
                new_str(a),
                new_str(b),
                new_str(c),
            ]))
        }
        "removeprefix" | "removesuffix" => {
            arity(name, args, 1, 1)?;
            let p = as_str(&args[0], "must be str, not").map_err(|_| {
                type_error(format!(
                    "{name}() argument must be str, not {}",
                    type_name(&args[0])
                ))
            })?;
            Ok(new_str(if name == "removeprefix" {
                strops::removeprefix(s, p)
            } else {
                strops::removesuffix(s, p)
            }))
        }
        "center" | "ljust" | "rjust" => {
            arity(name, args, 1, 2)?;
            let width = to_index(&args[0])?;
            let fill = match args.get(1) {
                None => " ",
                Some(v) => match v.downcast::<StrObj>() {
                    Some(f) => f.value.as_str(),
                    None => {
                        return Err(type_error(format!(
                            "{name}() argument 2 must be str, not {}",
                            type_name(v)
                        )));
                    }
                },
            };
            Ok(new_str(
                match name {
                    "center" => strops::center(s, width, fill),
                    "ljust" => strops::ljust(s, width, fill),
                    _ => strops::rjust(s, width, fill),
                }
                .map_err(str_err)?,
            ))
        }
        "expandtabs" => {
            arity(name, args, 0, 1)?;
            let n = match args.first() {
                None => 8,
                Some(v) => to_index(v)?,
            };
            Ok(new_str(strops::expandtabs(s, n)))
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            arity(name, args, 1, 3)?;
            let sub = as_str(&args[0], "must be str, not")
                .map_err(|_| type_error(format!("must be str, not {}", type_name(&args[0]))))?;
            let start = opt_index(args.get(1))?;
            let end = opt_index(args.get(2))?;
            Ok(Value::int(match name {
                "find" => strops::find(s, sub, start, end),
                "rfind" => strops::rfind(s, sub, start, end),
                "index" => strops::index(s, sub, start, end).map_err(str_err)?,
                "rindex" => strops::rindex(s, sub, start, end).map_err(str_err)?,
                _ => strops::count(s, sub, start, end),
            }))
        }
        "startswith" | "endswith" => {
            arity(name, args, 1, 3)?;
            let mut pats = Vec::new();
            if let Some(t) = args[0].downcast::<crate::objects::TupleObj>() {
                for x in &t.items {
                    pats.push(as_str(
                        x,
                        "tuple for startswith must only contain str, not",
                    )?);
                }
            } else {
                match args[0].downcast::<StrObj>() {
                    Some(p) => pats.push(p.value.as_str()),
                    None => {
                        return Err(type_error(format!(
                            "{name} first arg must be str or a tuple of str, not {}",
                            type_name(&args[0])
                        )));
                    }
                }
            }
            let start = opt_index(args.get(1))?;
            let end = opt_index(args.get(2))?;
            Ok(Value::bool(if name == "startswith" {
                strops::startswith(s, &pats, start, end)
            } else {
                strops::endswith(s, &pats, start, end)
            }))
        }
        "translate" => {
            arity("str.translate", args, 1, 1)?;
            str_translate(s, &args[0])
        }
        "zfill" => {
            arity("zfill", args, 1, 1)?;
            Ok(new_str(strops::zfill(s, to_index(&args[0])?)))
        }
        _ => {
            arity(&Qual("str", name), args, 0, 0)?;
            Ok(match name {
                "upper" => new_str(strops::upper(s)),
                "lower" => new_str(strops::lower(s)),
                "title" => new_str(strops::title(s)),
                "capitalize" => new_str(strops::capitalize(s)),
                "isdigit" => Value::bool(strops::isdigit(s)),
                "isalpha" => Value::bool(strops::isalpha(s)),
                "isspace" => Value::bool(strops::isspace(s)),
                "swapcase" => new_str(strops::swapcase(s)),
                "casefold" => new_str(strops::casefold(s)),
                "isalnum" => Value::bool(strops::isalnum(s)),
                "isdecimal" => Value::bool(strops::isdecimal(s)),
                "isnumeric" => Value::bool(strops::isnumeric(s)),
                "isascii" => Value::bool(strops::isascii(s)),
                "isprintable" => Value::bool(strops::isprintable(s)),
                "isidentifier" => Value::bool(strops::isidentifier(s)),
                "islower" => Value::bool(strops::islower(s)),
                "isupper" => Value::bool(strops::isupper(s)),
                "istitle" => Value::bool(strops::istitle(s)),
                _ => return Err(super::unsupported(&format!("str.{name}"))),
            })
        }
    }
}

/// `zip(strict=True)`'s error: argument `i + 1` (0-based `i`) ran out
/// before, or went on after, the ones before it.
fn zip_strict_error(i: usize, what: &str) -> Value {
    let before = if i == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{i}")
    };
    super::exc(
        "ValueError",
        format!("zip() argument {} is {what} than {before}", i + 1),
    )
}

impl Interp<'_, '_> {
    /// `min`/`max` with `key=` and `default=`, CPython's messages.
    fn min_max(
        &mut self,
        which: Builtin,
        args: &[Value],
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> PyResult<Value> {
        let name = which.name();
        let (mut key, mut default) = (None, None);
        if kwnames.len() > 2 {
            return Err(type_error(format!(
                "{name}() takes at most 2 keyword arguments ({} given)",
                kwnames.len()
            )));
        }
        for (k, v) in kwnames.iter().zip(kwvals) {
            match *k {
                "key" => key = Some(v.clone()).filter(|f| !f.is_none()),
                "default" => default = Some(v.clone()),
                _ => {
                    return Err(type_error(format!(
                        "'{k}' is an invalid keyword argument for {name}()"
                    )));
                }
            }
        }
        let items = match args {
            [] => {
                return Err(type_error(format!(
                    "{name} expected at least 1 argument, got 0"
                )));
            }
            [x] => self.collect_iter(x)?,
            _ if default.is_some() => {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            _ => args.to_vec(),
        };
        let op = if which == Builtin::Max {
            krait_ir::CmpOp::Gt
        } else {
            krait_ir::CmpOp::Lt
        };
        let mut best: Option<(Value, Value)> = None;
        for item in items {
            let k = match &key {
                Some(f) => self.call_value(f, vec![item.clone()])?,
                None => item.clone(),
            };
            best = Some(match best {
                Some((bk, b)) if !self.compare_op(op, &k, &bk)? => (bk, b),
                _ => (k, item),
            });
        }
        match (best, default) {
            (Some((_, b)), _) => Ok(b),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(super::exc(
                "ValueError",
                format!("{name}() arg is an empty sequence"),
            )),
        }
    }

    /// The next item of an `enumerate`/`zip`/`map`/`filter` object.
    pub(super) fn lazy_next(&mut self, l: &LazyIterObj) -> PyResult<Option<Value>> {
        let iters: Vec<Value> = l.iters.borrow().clone();
        if iters.is_empty() {
            return Ok(None);
        }
        match l.kind {
            LazyKind::Enumerate => {
                let Some(x) = self.iter_next(&iters[0])? else {
                    return Ok(None);
                };
                let n = l.func.borrow().clone();
                let next = self.binary_op(krait_ir::BinOp::Add, &n, &Value::int(1), false)?;
                *l.func.borrow_mut() = next;
                Ok(Some(new_tuple(vec![n, x])))
            }
            LazyKind::Zip | LazyKind::ZipStrict => {
                let strict = l.kind == LazyKind::ZipStrict;
                let mut row = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(x) => row.push(x),
                        None if strict && i > 0 => return Err(zip_strict_error(i, "shorter")),
                        None if strict => {
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if self.iter_next(other)?.is_some() {
                                    return Err(zip_strict_error(j, "longer"));
                                }
                            }
                            return Ok(None);
                        }
                        None => return Ok(None),
                    }
                }
                Ok(Some(new_tuple(row)))
            }
            LazyKind::Map => {
                let mut row = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.iter_next(it)? {
                        Some(x) => row.push(x),
                        None => return Ok(None),
                    }
                }
                let f = l.func.borrow().clone();
                self.call_value(&f, row).map(Some)
            }
            LazyKind::Filter => loop {
                let Some(x) = self.iter_next(&iters[0])? else {
                    return Ok(None);
                };
                let f = l.func.borrow().clone();
                let keep = if f.is_none() {
                    self.truthy_of(&x)?
                } else {
                    let r = self.call_value(&f, vec![x.clone()])?;
                    self.truthy_of(&r)?
                };
                if keep {
                    return Ok(Some(x));
                }
            },
        }
    }

    /// The builtins implemented here (those that may call Python code, or
    /// build iterators); `None` for the others.
    pub(super) fn call_builtin_py(
        &mut self,
        which: Builtin,
        args: &[Value],
        kwnames: &[&str],
        kwvals: &[Value],
    ) -> Option<PyResult<Value>> {
        let ours = matches!(
            which,
            Builtin::Sorted
                | Builtin::Sum
                | Builtin::Enumerate
                | Builtin::Zip
                | Builtin::Reversed
                | Builtin::Any
                | Builtin::All
                | Builtin::Map
                | Builtin::Filter
                | Builtin::Iter
                | Builtin::Next
                | Builtin::Min
                | Builtin::Max
                | Builtin::Hash
        );
        if !ours {
            return None;
        }
        let name = which.name();
        let no_kw = || -> PyResult<()> {
            if kwnames.is_empty() {
                Ok(())
            } else {
                Err(type_error(format!("{name}() takes no keyword arguments")))
            }
        };
        Some((|| match which {
            Builtin::Sorted => {
                if args.len() != 1 {
                    return Err(type_error(format!(
                        "sorted expected 1 argument, got {}",
                        args.len()
                    )));
                }
                let (key, reverse) = self.sort_kwargs("sort", kwnames, kwvals)?;
                let mut items = self.collect_iter(&args[0])?;
                self.sort_values(&mut items, key.as_ref(), reverse)?;
                Ok(new_list(items))
            }
            Builtin::Sum => {
                let mut start = Value::int(0);
                for (k, v) in kwnames.iter().zip(kwvals) {
                    if *k != "start" {
                        return Err(type_error(format!(
                            "'{k}' is an invalid keyword argument for sum()"
                        )));
                    }
                    start = v.clone();
                }
                arity("sum", args, 1, 2)?;
                if let Some(s) = args.get(1) {
                    start = s.clone();
                }
                if start.downcast::<StrObj>().is_some() {
                    return Err(type_error(
                        "sum() can't sum strings [use ''.join(seq) instead]",
                    ));
                }
                let mut acc = start;
                for x in self.collect_iter(&args[0])? {
                    acc = self.binary_op(krait_ir::BinOp::Add, &acc, &x, false)?;
                }
                Ok(acc)
            }
            Builtin::Enumerate => {
                let mut start = 0i64;
                for (k, v) in kwnames.iter().zip(kwvals) {
                    if *k != "start" {
                        return Err(type_error(format!(
                            "'{k}' is an invalid keyword argument for enumerate()"
                        )));
                    }
                    start = to_index(v)?;
                }
                arity("enumerate", args, 1, 2)?;
                if let Some(s) = args.get(1) {
                    start = to_index(s)?;
                }
                let it = self.iter_of(&args[0])?;
                Ok(new_lazy_iter(
                    LazyKind::Enumerate,
                    Value::int(start),
                    vec![it],
                ))
            }
            Builtin::Min | Builtin::Max => self.min_max(which, args, kwnames, kwvals),
            Builtin::Zip => {
                let mut strict = false;
                for (k, v) in kwnames.iter().zip(kwvals) {
                    if *k != "strict" {
                        return Err(type_error(format!(
                            "'{k}' is an invalid keyword argument for zip()"
                        )));
                    }
                    strict = super::truthy(v);
                }
                let mut iters = Vec::new();
                for a in args {
                    iters.push(self.iter_of(a)?);
                }
                let kind = if strict {
                    LazyKind::ZipStrict
                } else {
                    LazyKind::Zip
                };
                Ok(new_lazy_iter(kind, Value::none(), iters))
            }
            Builtin::Reversed => {
                no_kw()?;
                arity("reversed", args, 1, 1)?;
                let rev = super::classes::dunder(&args[0], "__reversed__");
                if let Some(f) = &rev
                    && !f.is_none()
                    && let Some(r) = self.call_dunder(&args[0], "__reversed__", vec![])?
                {
                    return Ok(r);
                }
                if rev.is_none()
                    && crate::objects::builtin_of(&args[0]).is_none()
                    && super::classes::dunder(&args[0], "__len__").is_some()
                    && super::classes::dunder(&args[0], "__getitem__").is_some()
                {
                    // The sequence protocol, backwards.
                    let n = self.len_of(&args[0])?;
                    let mut items = Vec::with_capacity(n);
                    for i in (0..n).rev() {
                        items.push(self.getitem_of(&args[0], &Value::int(i as i64))?);
                    }
                    return Ok(new_seq_iter(new_list(items)));
                }
                let a = crate::objects::builtin_value(&args[0]);
                let ok = a.downcast::<ListObj>().is_some()
                    || a.downcast::<crate::objects::TupleObj>().is_some()
                    || a.downcast::<StrObj>().is_some()
                    || a.downcast::<crate::objects::RangeObj>().is_some()
                    || a.downcast::<DictObj>().is_some()
                    || a.downcast::<crate::objects::DictViewObj>().is_some()
                    || super::bytesobj::buf(a).is_some();
                if !ok {
                    return Err(type_error(format!(
                        "'{}' object is not reversible",
                        type_name(&args[0])
                    )));
                }
                let mut items = self.collect_iter(&args[0])?;
                items.reverse();
                Ok(new_seq_iter(new_list(items)))
            }
            Builtin::Any | Builtin::All => {
                no_kw()?;
                arity(name, args, 1, 1)?;
                let it = self.iter_of(&args[0])?;
                let want = which == Builtin::Any;
                while let Some(x) = self.iter_next(&it)? {
                    if self.truthy_of(&x)? == want {
                        return Ok(Value::bool(want));
                    }
                }
                Ok(Value::bool(!want))
            }
            Builtin::Map => {
                no_kw()?;
                if args.len() < 2 {
                    return Err(type_error("map() must have at least two arguments."));
                }
                let mut iters = Vec::new();
                for a in &args[1..] {
                    iters.push(self.iter_of(a)?);
                }
                Ok(new_lazy_iter(LazyKind::Map, args[0].clone(), iters))
            }
            Builtin::Filter => {
                no_kw()?;
                if args.len() != 2 {
                    return Err(type_error(format!(
                        "filter expected 2 arguments, got {}",
                        args.len()
                    )));
                }
                let it = self.iter_of(&args[1])?;
                Ok(new_lazy_iter(LazyKind::Filter, args[0].clone(), vec![it]))
            }
            Builtin::Iter => {
                no_kw()?;
                arity("iter", args, 1, 1)?;
                self.iter_of(&args[0])
            }
            Builtin::Next => {
                no_kw()?;
                arity("next", args, 1, 2)?;
                if args[0].downcast::<crate::objects::GeneratorObj>().is_some() && args.len() == 1 {
                    // A generator's return value goes into its StopIteration.
                    return match self.gen_resume(&args[0], Value::none())? {
                        super::GenStep::Yielded(v) => Ok(v),
                        super::GenStep::Returned(v) => Err(crate::objects::new_exception(
                            "StopIteration",
                            if v.is_none() { vec![] } else { vec![v] },
                        )),
                    };
                }
                match self.iter_next(&args[0])? {
                    Some(x) => Ok(x),
                    None => match args.get(1) {
                        Some(d) => Ok(d.clone()),
                        None => Err(crate::objects::new_exception("StopIteration", vec![])),
                    },
                }
            }
            Builtin::Hash => {
                no_kw()?;
                arity("hash", args, 1, 1)?;
                self.hash_of(&args[0]).map(Value::int)
            }
            _ => Err(super::unsupported(name)),
        })())
    }
}
