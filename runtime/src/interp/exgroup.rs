//! Exception groups (PEP 654): `BaseExceptionGroup` and `ExceptionGroup`
//! are built-in exceptions (`ExceptionObj`) whose `args` are the message
//! and the sequence of exceptions as given; `exceptions` is that sequence
//! as a tuple. `ExceptionGroup` derives from `Exception` in the class
//! table and counts as a `BaseExceptionGroup` too (`exc_is_subclass`).
//! `subgroup`, `split` and `derive` are here, and the splitting `except*`
//! uses (`star_split`, `star_reraise`).

use super::{Interp, PyResult, exc, exc_matches, type_error, type_name};
use crate::objects::{
    ClassObj, ExceptionObj, ListObj, TupleObj, UserClassObj, exc_is_subclass, new_exception,
    new_str, new_tuple,
};
use crate::value::Value;

/// The methods of exception groups.
pub(super) const GROUP_METHODS: &[&str] = &["subgroup", "split", "derive"];
/// The methods of every exception.
pub(super) const EXC_METHODS: &[&str] = &["add_note", "with_traceback"];

/// The lines of an exception's notes (`add_note`), as tracebacks print
/// them: each note's str, or the repr of a `__notes__` that is not a list
/// or tuple.
pub(super) fn notes_text(
    e: &ExceptionObj,
    str_of: &mut dyn FnMut(&Value) -> PyResult<String>,
) -> String {
    let Some(notes) = e.dict.get("__notes__") else {
        return String::new();
    };
    let items = if let Some(l) = notes.downcast::<ListObj>() {
        l.items.borrow().clone()
    } else if let Some(t) = notes.downcast::<TupleObj>() {
        t.items.clone()
    } else {
        let r = super::to_repr(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
        return format!("{r}\n");
    };
    let mut out = String::new();
    for n in items {
        let s = str_of(&n).unwrap_or_else(|_| "<note str() failed>".into());
        out.push_str(&s);
        out.push('\n');
    }
    out
}

/// Whether `v` is an exception group (of any class).
pub(super) fn is_group(v: &Value) -> bool {
    v.downcast::<ExceptionObj>()
        .is_some_and(|e| exc_is_subclass(e.class, "BaseExceptionGroup"))
}

/// A group's sub-exceptions.
pub(super) fn group_items(e: &ExceptionObj) -> Vec<Value> {
    let args = e.args.borrow();
    match args.get(1) {
        Some(s) => {
            if let Some(l) = s.downcast::<ListObj>() {
                l.items.borrow().clone()
            } else if let Some(t) = s.downcast::<TupleObj>() {
                t.items.clone()
            } else {
                Vec::new()
            }
        }
        None => Vec::new(),
    }
}

/// `str(group)`: `msg (N sub-exceptions)`.
pub(super) fn group_str(e: &ExceptionObj) -> Option<String> {
    if !exc_is_subclass(e.class, "BaseExceptionGroup") {
        return None;
    }
    let args = e.args.borrow();
    let msg = args
        .first()
        .and_then(|m| m.downcast::<crate::objects::StrObj>())
        .map_or(String::new(), |s| s.value.clone());
    let n = match args.get(1) {
        Some(s) => s
            .downcast::<ListObj>()
            .map(|l| l.items.borrow().len())
            .or_else(|| s.downcast::<TupleObj>().map(|t| t.items.len()))
            .unwrap_or(0),
        None => 0,
    };
    let s = if n == 1 { "" } else { "s" };
    Some(format!("{msg} ({n} sub-exception{s})"))
}

/// The attributes of exception groups.
pub(super) fn group_attr(e: &ExceptionObj, name: &str) -> Option<Value> {
    if !exc_is_subclass(e.class, "BaseExceptionGroup") {
        return None;
    }
    match name {
        "message" => Some(e.args.borrow().first().cloned().unwrap_or_else(Value::none)),
        "exceptions" => Some(new_tuple(group_items(e))),
        _ => None,
    }
}

/// How `subgroup`/`split` match: by exception class(es) or by predicate.
enum Cond {
    Types(Value),
    Pred(Value),
    /// The leaves (not groups) that are one of these objects.
    Ids(Vec<Value>),
}

impl Interp<'_, '_> {
    /// `BaseExceptionGroup(msg, excs)` / `ExceptionGroup(msg, excs)` with
    /// CPython's checks; a `BaseExceptionGroup` of `Exception`s only is an
    /// `ExceptionGroup`.
    pub(super) fn new_exception_group(
        &mut self,
        class: &'static str,
        args: Vec<Value>,
    ) -> PyResult<Value> {
        let class = self.group_class_for(class, &args)?;
        Ok(new_exception(class, args))
    }

    /// Checks the arguments of a group of built-in class `class` (for a
    /// user subclass: its built-in base), giving the class it is made of.
    pub(super) fn group_class_for(
        &mut self,
        class: &'static str,
        args: &[Value],
    ) -> PyResult<&'static str> {
        if args.len() != 2 {
            return Err(type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            )));
        }
        if args[0].downcast::<crate::objects::StrObj>().is_none() {
            return Err(type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                type_name(&args[0])
            )));
        }
        let items = if let Some(l) = args[1].downcast::<ListObj>() {
            l.items.borrow().clone()
        } else if let Some(t) = args[1].downcast::<TupleObj>() {
            t.items.clone()
        } else if args[1].downcast::<crate::objects::StrObj>().is_some() {
            // A str is a sequence of str items, none an exception.
            let s = &args[1];
            let n = self.len_of(s)?;
            if n == 0 {
                Vec::new()
            } else {
                return Err(exc(
                    "ValueError",
                    "Item 0 of second argument (exceptions) is not an exception",
                ));
            }
        } else {
            return Err(type_error(
                "second argument (exceptions) must be a sequence",
            ));
        };
        if items.is_empty() {
            return Err(exc(
                "ValueError",
                "second argument (exceptions) must be a non-empty sequence",
            ));
        }
        let mut all_exceptions = true;
        for (i, x) in items.iter().enumerate() {
            let Some(e) = x.downcast::<ExceptionObj>() else {
                return Err(exc(
                    "ValueError",
                    format!("Item {i} of second argument (exceptions) is not an exception"),
                ));
            };
            if !exc_is_subclass(e.class, "Exception") {
                all_exceptions = false;
            }
        }
        let class = match class {
            "ExceptionGroup" if !all_exceptions => {
                return Err(type_error(
                    "Cannot nest BaseExceptions in an ExceptionGroup",
                ));
            }
            "BaseExceptionGroup" if all_exceptions => "ExceptionGroup",
            c => c,
        };
        Ok(class)
    }

    /// The methods of exception groups (`None`: not a group method).
    pub(super) fn group_method(
        &mut self,
        recv: &Value,
        name: &str,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        let e = recv.downcast::<ExceptionObj>()?;
        match name {
            "add_note" => {
                return Some(if args.len() != 1 {
                    Err(type_error(format!(
                        "BaseException.add_note() takes exactly one argument ({} given)",
                        args.len()
                    )))
                } else if args[0].downcast::<crate::objects::StrObj>().is_none() {
                    Err(type_error(format!(
                        "note must be a str, not '{}'",
                        type_name(&args[0])
                    )))
                } else {
                    match e.dict.get("__notes__") {
                        None => {
                            let l = crate::objects::new_list(vec![args[0].clone()]);
                            e.dict.set("__notes__", Some(l));
                            Ok(Value::none())
                        }
                        Some(l) => match l.downcast::<ListObj>() {
                            Some(l) => {
                                l.items.borrow_mut().push(args[0].clone());
                                Ok(Value::none())
                            }
                            None => Err(type_error("Cannot add note: __notes__ is not a list")),
                        },
                    }
                });
            }
            "with_traceback" => {
                return Some(if args.len() != 1 {
                    Err(type_error(format!(
                        "BaseException.with_traceback() takes exactly one argument ({} given)",
                        args.len()
                    )))
                } else {
                    super::builtins::exc_set_special(e, "__traceback__", &Some(args[0].clone()))
                        .unwrap_or(Ok(()))
                        .map(|()| recv.clone())
                });
            }
            _ => {}
        }
        if !exc_is_subclass(e.class, "BaseExceptionGroup") || !GROUP_METHODS.contains(&name) {
            return None;
        }
        Some(self.group_method_inner(recv, name, args))
    }

    fn group_method_inner(&mut self, recv: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        if args.len() != 1 {
            return Err(type_error(format!(
                "{name} expected 1 argument, got {}",
                args.len()
            )));
        }
        match name {
            "derive" => {
                let msg = recv
                    .downcast::<ExceptionObj>()
                    .and_then(|e| e.args.borrow().first().cloned())
                    .unwrap_or_else(|| new_str(""));
                self.new_exception_group("BaseExceptionGroup", vec![msg, args[0].clone()])
            }
            _ => {
                let cond = self.condition(&args[0])?;
                let (m, rest) = self.split_group(recv, &cond, name == "split")?;
                let m = m.unwrap_or_else(Value::none);
                if name == "subgroup" {
                    return Ok(m);
                }
                Ok(new_tuple(vec![m, rest.unwrap_or_else(Value::none)]))
            }
        }
    }

    fn condition(&mut self, c: &Value) -> PyResult<Cond> {
        let is_exc_class = |v: &Value| {
            v.downcast::<ClassObj>()
                .is_some_and(|c| c.exc_base.is_some())
                || v.downcast::<UserClassObj>()
                    .is_some_and(|c| c.exc_base.is_some())
        };
        if is_exc_class(c) {
            return Ok(Cond::Types(c.clone()));
        }
        if let Some(t) = c.downcast::<TupleObj>()
            && t.items.iter().all(is_exc_class)
        {
            return Ok(Cond::Types(c.clone()));
        }
        if c.downcast::<ClassObj>().is_none()
            && c.downcast::<UserClassObj>().is_none()
            && c.downcast::<TupleObj>().is_none()
            && super::builtins::callable(c)
        {
            return Ok(Cond::Pred(c.clone()));
        }
        Err(type_error(
            "expected a function, exception type or tuple of exception types",
        ))
    }

    fn cond_matches(&mut self, e: &Value, cond: &Cond) -> PyResult<bool> {
        match cond {
            Cond::Types(t) => exc_matches(e, t),
            Cond::Pred(f) => {
                let r = self.call_value(f, vec![e.clone()])?;
                self.truthy_of(&r)
            }
            Cond::Ids(ids) => Ok(!is_group(e) && ids.iter().any(|x| x.is(e))),
        }
    }

    /// Splits `e` by `cond`: the part that matches and (with `want_rest`)
    /// the rest, each `None` when empty. A matching group is taken whole;
    /// otherwise groups are rebuilt with `derive`, keeping the original's
    /// cause, context and traceback.
    fn split_group(
        &mut self,
        e: &Value,
        cond: &Cond,
        want_rest: bool,
    ) -> PyResult<(Option<Value>, Option<Value>)> {
        if self.cond_matches(e, cond)? {
            return Ok((Some(e.clone()), None));
        }
        let Some(x) = e.downcast::<ExceptionObj>() else {
            return Ok((None, Some(e.clone())));
        };
        if !exc_is_subclass(x.class, "BaseExceptionGroup") {
            return Ok((None, want_rest.then(|| e.clone())));
        }
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for sub in group_items(x) {
            let (m, r) = self.split_group(&sub, cond, want_rest)?;
            matched.extend(m);
            rest.extend(r);
        }
        let m = if matched.is_empty() {
            None
        } else {
            Some(self.derive_from(e, matched)?)
        };
        let r = if rest.is_empty() || !want_rest {
            None
        } else {
            Some(self.derive_from(e, rest)?)
        };
        Ok((m, r))
    }

    /// `e.derive(items)` (a user subclass's own `derive` when it has one),
    /// with `e`'s cause, context and traceback copied over.
    fn derive_from(&mut self, e: &Value, items: Vec<Value>) -> PyResult<Value> {
        let list = crate::objects::new_list(items);
        let x = e.downcast::<ExceptionObj>();
        let g = match x.and_then(|x| x.user.clone()) {
            Some(_) => {
                let m = self.get_attr(e, "derive")?;
                self.call_value(&m, vec![list])?
            }
            None => {
                let msg = x
                    .and_then(|x| x.args.borrow().first().cloned())
                    .unwrap_or_else(|| new_str(""));
                self.new_exception_group("BaseExceptionGroup", vec![msg, list])?
            }
        };
        if let (Some(x), Some(n)) = (x, g.downcast::<ExceptionObj>()) {
            *n.cause.borrow_mut() = x.cause.borrow().clone();
            *n.context.borrow_mut() = x.context.borrow().clone();
            n.suppress_context.set(x.suppress_context.get());
            *n.traceback.borrow_mut() = x.traceback.borrow().clone();
        }
        Ok(g)
    }
}

/// Whether `v` is the class `ExceptionGroup`/`BaseExceptionGroup` or one
/// derived from them (what `except*` may not name).
fn is_group_class(v: &Value) -> bool {
    if let Some(c) = v.downcast::<ClassObj>() {
        return c.exc_base.is_some() && exc_is_subclass(c.name, "BaseExceptionGroup");
    }
    v.downcast::<UserClassObj>().is_some_and(|c| {
        c.mro.iter().any(|m| {
            m.downcast::<ClassObj>()
                .is_some_and(|b| exc_is_subclass(b.name, "BaseExceptionGroup"))
        })
    })
}

/// The leaves of `e` (itself when it is not a group), appended to `out`.
fn leaves(e: &Value, out: &mut Vec<Value>) {
    match e.downcast::<ExceptionObj>() {
        Some(x) if exc_is_subclass(x.class, "BaseExceptionGroup") => {
            for sub in group_items(x) {
                leaves(&sub, out);
            }
        }
        _ => out.push(e.clone()),
    }
}

/// Whether `e` carries `orig`'s cause, context and traceback: a part of
/// it re-raised, not a new exception.
fn same_metadata(e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (
        e.downcast::<ExceptionObj>(),
        orig.downcast::<ExceptionObj>(),
    ) else {
        return false;
    };
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    same(&a.cause.borrow(), &b.cause.borrow())
        && same(&a.context.borrow(), &b.context.borrow())
        && *a.traceback.borrow() == *b.traceback.borrow()
}

impl Interp<'_, '_> {
    /// The built-ins `except*` is lowered to (`__krait_star_match__`,
    /// `__krait_star_reraise__`).
    pub(super) fn star_call(&mut self, name: &str, args: &[Value]) -> PyResult<Value> {
        match (name, args) {
            ("__krait_star_match__", [e, types]) => {
                let (m, rest) = self.star_match(e, types)?;
                Ok(new_tuple(vec![
                    m.unwrap_or_else(Value::none),
                    rest.unwrap_or_else(Value::none),
                ]))
            }
            ("__krait_star_reraise__", [orig, raised, rest]) => {
                let mut excs: Vec<Value> = match raised.downcast::<ListObj>() {
                    Some(l) => l.items.borrow().clone(),
                    None => Vec::new(),
                };
                excs.push(rest.clone());
                Ok(self.star_reraise(orig, excs)?.unwrap_or_else(Value::none))
            }
            _ => Err(exc("SystemError", format!("krait: bad call of {name}"))),
        }
    }

    /// One `except* types` clause: the part of `e` it handles and the rest.
    fn star_match(&mut self, e: &Value, types: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
        let classes = match types.downcast::<TupleObj>() {
            Some(t) => t.items.clone(),
            None => vec![types.clone()],
        };
        for c in &classes {
            let is_exc_class = c
                .downcast::<ClassObj>()
                .is_some_and(|c| c.exc_base.is_some())
                || c.downcast::<UserClassObj>()
                    .is_some_and(|c| c.exc_base.is_some());
            if !is_exc_class {
                return Err(type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            if is_group_class(c) {
                return Err(type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
        if e.is_none() {
            return Ok((None, None));
        }
        if exc_matches(e, types)? {
            if is_group(e) {
                return Ok((Some(e.clone()), None));
            }
            // A naked exception is handled wrapped in a group.
            let excs = new_tuple(vec![e.clone()]);
            let g = self.new_exception_group("BaseExceptionGroup", vec![new_str(""), excs])?;
            if let (Some(x), Some(n)) = (e.downcast::<ExceptionObj>(), g.downcast::<ExceptionObj>())
            {
                *n.traceback.borrow_mut() = x.traceback.borrow().clone();
            }
            return Ok((Some(g), None));
        }
        if is_group(e) {
            return self.split_group(e, &Cond::Types(types.clone()), true);
        }
        Ok((None, Some(e.clone())))
    }

    /// What leaves a `try`/`except*` (CPython's `_PyExc_PrepReraiseStar`):
    /// the parts of `orig` re-raised or unmatched, kept in `orig`'s shape,
    /// and the exceptions the clauses raised, together in a new group when
    /// there are several.
    fn star_reraise(&mut self, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
        let excs: Vec<Value> = excs.into_iter().filter(|e| !e.is_none()).collect();
        if excs.is_empty() {
            return Ok(None);
        }
        if !is_group(orig) {
            // A naked exception: only one clause could run.
            return Ok(excs.into_iter().next());
        }
        let mut reraised = Vec::new();
        let mut raised = Vec::new();
        for e in excs {
            if same_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut keep = Vec::new();
        for e in &reraised {
            leaves(e, &mut keep);
        }
        let projected = if keep.is_empty() {
            None
        } else {
            self.split_group(orig, &Cond::Ids(keep), false)?.0
        };
        if raised.is_empty() {
            return Ok(projected);
        }
        raised.extend(projected);
        if raised.len() == 1 {
            return Ok(raised.pop());
        }
        let list = crate::objects::new_list(raised);
        self.new_exception_group("BaseExceptionGroup", vec![new_str(""), list])
            .map(Some)
    }
}
