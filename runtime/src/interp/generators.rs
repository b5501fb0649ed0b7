//! The generator protocol: resuming (`next`, `send`), `throw`, `close`,
//! `yield from` delegating all three, and the attributes of generator
//! objects. A suspended generator's frame lives in its `GenState`; every
//! resumption takes it out, runs it on a nested run (`run_frame_in`) and
//! puts it back when the frame yields again.
//!
//! `throw` raises the exception in the paused frame *at* its `yield` (the
//! frame's `ip` is moved back onto the instruction, so the traceback names
//! the yield's line and the yield's block's handler catches it); a frame
//! paused in a `yield from` first hands the exception to its delegate, as
//! CPython's `_gen_throw`. `close` is `throw(GeneratorExit)` with CPython's
//! rules for its outcome. A suspended generator that dies (or is found in
//! unreachable garbage) is closed by the finalizer machinery of `gc.rs`
//! (`call_finalizer`).

use super::{
    ExceptionObj, GenState, GenStep, GeneratorObj, Interp, Op, PyResult, TbEntry, exc,
    exc_is_subclass, new_exception, new_str, set_context, type_error, type_name, unsupported,
};
use crate::objects::{ClassObj, UserClassObj};
use crate::value::Value;

/// What a resumption delivers into the paused frame.
pub(super) enum GenInput {
    /// A value for the paused `yield` (`next` sends `None`).
    Send(Value),
    /// An exception to raise at the paused `yield`, and the arguments
    /// `throw` was called with (a delegate's own `throw` method gets them).
    Throw(Value, Vec<Value>),
}

/// The outcome of handing a thrown exception to a `yield from` delegate.
enum Delegated {
    /// The delegate yielded: the outer generator yields the same value.
    Yielded(Value),
    /// The delegate returned: the value of the `yield from`.
    Returned(Value),
    /// Raise this at the outer frame's `yield from`.
    Raise(Value),
}

/// Whether `e` is an instance of the built-in exception class `name` (or
/// of a subclass).
fn is_exc(e: &Value, name: &str) -> bool {
    e.downcast::<ExceptionObj>()
        .is_some_and(|x| exc_is_subclass(x.class, name))
}

/// The value a `StopIteration` carries (`None` when `e` is not one).
fn stop_value(e: &Value) -> Option<Value> {
    let x = e.downcast::<ExceptionObj>()?;
    if !exc_is_subclass(x.class, "StopIteration") {
        return None;
    }
    Some(x.args.borrow().first().cloned().unwrap_or_else(Value::none))
}

/// A `StopIteration` carrying a generator's return value (no arguments
/// for `None`, as CPython).
pub(super) fn stop_iteration(v: Value) -> Value {
    new_exception("StopIteration", if v.is_none() { vec![] } else { vec![v] })
}

/// PEP 479: a `StopIteration` leaving a generator's frame becomes
/// `RuntimeError: generator raised StopIteration`, caused by it.
fn pep479(e: Value) -> Value {
    if !is_exc(&e, "StopIteration") && !is_exc(&e, "StopAsyncIteration") {
        return e;
    }
    let r = exc("RuntimeError", "generator raised StopIteration");
    if let Some(rx) = r.downcast::<ExceptionObj>() {
        *rx.cause.borrow_mut() = Some(e.clone());
        *rx.context.borrow_mut() = Some(e);
        rx.suppress_context.set(true);
    }
    r
}

fn is_exc_class(v: &Value) -> bool {
    v.downcast::<ClassObj>()
        .is_some_and(|c| c.exc_base.is_some())
        || v.downcast::<UserClassObj>()
            .is_some_and(|c| c.exc_base.is_some())
}

impl Interp<'_, '_> {
    /// Resumes generator `g` with `sent` (`next(g)` sends `None`) until it
    /// yields or returns.
    pub(super) fn gen_resume(&mut self, g: &Value, sent: Value) -> PyResult<GenStep> {
        self.gen_step(g, GenInput::Send(sent))
    }

    /// Resumes generator `g` with a value or an exception until it yields
    /// or returns. Exceptions it raises propagate (it is then finished); a
    /// `StopIteration` leaking out of it becomes `RuntimeError: generator
    /// raised StopIteration` (PEP 479).
    pub(super) fn gen_step(&mut self, g: &Value, input: GenInput) -> PyResult<GenStep> {
        let Some(gen_obj) = g.downcast::<GeneratorObj>() else {
            return Err(exc("SystemError", "krait: not a generator"));
        };
        if gen_obj.running.get() {
            return Err(exc("ValueError", "generator already executing"));
        }
        let state = gen_obj.state.borrow_mut().take();
        let Some(state) = state else {
            // Finished: `next` stops, `throw` raises in the caller.
            return match input {
                GenInput::Send(_) => Ok(GenStep::Returned(Value::none())),
                GenInput::Throw(e, _) => Err(e),
            };
        };
        let state: Box<dyn std::any::Any> = state;
        let Ok(state) = state.downcast::<GenState>() else {
            return Err(exc("SystemError", "krait: bad generator state"));
        };
        let GenState {
            mut frame,
            resume_dst,
            handled,
            started,
            yf,
        } = *state;
        let mut throw = None;
        match input {
            GenInput::Send(sent) => {
                if !started && !sent.is_none() {
                    let e = type_error("can't send non-None value to a just-started generator");
                    *gen_obj.state.borrow_mut() = Some(Box::new(GenState {
                        frame,
                        resume_dst,
                        handled,
                        started,
                        yf,
                    }));
                    return Err(e);
                }
                // Only the frame holds the delegate while it runs.
                drop(yf);
                match resume_dst {
                    Some(d) => frame.slots[d.index()] = Some(sent),
                    None if started => self.pending_send = Some(sent),
                    None => {}
                }
            }
            GenInput::Throw(e, _) if !started => {
                // Raised before the first instruction: the traceback names
                // the `def` line and the generator is finished.
                if let Some(x) = e.downcast::<ExceptionObj>() {
                    let span = self.def_span(frame.func);
                    x.traceback.borrow_mut().push(TbEntry {
                        func: frame.func as u32,
                        span,
                    });
                }
                frame.handled_base = self.handled.len();
                self.keep_locals(&mut frame, &e);
                self.release(frame);
                drop(handled);
                drop(yf);
                return Err(pep479(e));
            }
            GenInput::Throw(e, args) => {
                if resume_dst.is_some() {
                    // Back onto the `yield` the frame stepped past.
                    frame.ip -= 1;
                    drop(yf);
                } else {
                    // Paused in a `yield from`: the delegate first.
                    let Some((dst, sub)) = self.yield_from_at(&frame) else {
                        return Err(exc("SystemError", "krait: generator paused nowhere"));
                    };
                    let _ = dst;
                    gen_obj.running.set(true);
                    let d = self.delegate_throw(&sub, e, &args);
                    gen_obj.running.set(false);
                    drop(sub);
                    match d {
                        Delegated::Yielded(v) => {
                            *gen_obj.state.borrow_mut() = Some(Box::new(GenState {
                                frame,
                                resume_dst,
                                handled,
                                started,
                                yf,
                            }));
                            return Ok(GenStep::Yielded(v));
                        }
                        Delegated::Returned(v) => {
                            drop(yf);
                            self.yf_result = Some(v);
                            return self.gen_run(gen_obj, frame, handled, None);
                        }
                        Delegated::Raise(x) => {
                            drop(yf);
                            if let Some(h) = handled.last() {
                                set_context(h, &x);
                            }
                            return self.gen_run(gen_obj, frame, handled, Some(x));
                        }
                    }
                }
                // The exception the generator was handling becomes the
                // thrown one's context (CPython's `_PyErr_ChainStackItem`).
                if let Some(h) = handled.last() {
                    set_context(h, &e);
                }
                throw = Some(e);
            }
        }
        self.gen_run(gen_obj, frame, handled, throw)
    }

    /// Runs a generator's frame (raising `throw` in it first) until it
    /// yields (the state goes back into the generator) or ends.
    fn gen_run(
        &mut self,
        gen_obj: &GeneratorObj,
        frame: super::Frame,
        handled: Vec<Value>,
        throw: Option<Value>,
    ) -> PyResult<GenStep> {
        let base = self.handled.len();
        self.handled.extend(handled);
        gen_obj.running.set(true);
        let r = self.run_frame_in(frame, base, throw);
        gen_obj.running.set(false);
        self.pending_send = None;
        self.yf_result = None;
        match r {
            Ok(v) => match self.suspended.take() {
                Some((frame, resume_dst)) => {
                    let handled = self.handled.split_off(base.min(self.handled.len()));
                    let yf = match resume_dst {
                        None => self.yield_from_at(&frame).map(|(_, sub)| sub),
                        Some(_) => None,
                    };
                    *gen_obj.state.borrow_mut() = Some(Box::new(GenState {
                        frame,
                        resume_dst,
                        handled,
                        started: true,
                        yf,
                    }));
                    Ok(GenStep::Yielded(v))
                }
                None => Ok(GenStep::Returned(v)),
            },
            Err(e) => Err(pep479(e)),
        }
    }

    /// The `yield from` a frame is paused at: its result slot and its
    /// delegate.
    fn yield_from_at(&self, frame: &super::Frame) -> Option<(krait_ir::Slot, Value)> {
        let f = self.func(frame.func);
        let ins = f.blocks.get(frame.block)?.instrs.get(frame.ip)?;
        let Op::YieldFrom { dst, iter } = ins.op else {
            return None;
        };
        let sub = frame.slots.get(iter.index())?.clone()?;
        Some((dst, sub))
    }

    /// A source position on the `def` line of function `func` (printed
    /// without carets), for an exception thrown into a generator that has
    /// not started.
    fn def_span(&self, func: usize) -> krait_ir::Span {
        // The `MakeFunction` making it carries the `def` statement's range
        // (from its first decorator, as CPython's first line).
        for f in &self.module.functions {
            for b in &f.blocks {
                for ins in &b.instrs {
                    if let Op::MakeFunction { func: id, .. } = &ins.op
                        && id.index() == func
                    {
                        // An end before the start: the line is printed
                        // without carets.
                        return krait_ir::Span {
                            start: self.first_decorator(func, ins.span.start as usize) as u32,
                            end: 0,
                        };
                    }
                }
            }
        }
        krait_ir::Span::default()
    }

    /// The start of the first of the decorator lines (`@...`) right above
    /// offset `start` in function `func`'s source file, else `start`.
    fn first_decorator(&self, func: usize, mut start: usize) -> usize {
        let m = self.fn_module.get(func).copied().unwrap_or(0) as usize;
        let Some(src) = self.modules.get(m).map(|m| &*m.source) else {
            return start;
        };
        while start <= src.len() {
            let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
            if line_start == 0 {
                break;
            }
            let prev_start = src[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
            let prev = &src[prev_start..line_start - 1];
            let indent = prev.len() - prev.trim_start_matches([' ', '\t']).len();
            if !prev[indent..].starts_with('@') {
                break;
            }
            start = prev_start + indent;
        }
        start
    }

    /// Hands an exception thrown into a generator paused at `yield from`
    /// to its delegate `sub` (CPython's `_gen_throw`): `GeneratorExit`
    /// closes the delegate and is raised in the outer frame; anything else
    /// goes to the delegate's `throw` (a generator's, or any object's
    /// `throw` method, given the caller's arguments).
    fn delegate_throw(&mut self, sub: &Value, e: Value, args: &[Value]) -> Delegated {
        if is_exc(&e, "GeneratorExit") {
            return match self.close_iter(sub) {
                Ok(()) => Delegated::Raise(e),
                Err(x) => Delegated::Raise(x),
            };
        }
        if sub.downcast::<GeneratorObj>().is_some() {
            return match self.gen_step(sub, GenInput::Throw(e, args.to_vec())) {
                Ok(GenStep::Yielded(v)) => Delegated::Yielded(v),
                Ok(GenStep::Returned(v)) => Delegated::Returned(v),
                Err(x) => Delegated::Raise(x),
            };
        }
        let m = match self.get_attr(sub, "throw") {
            Ok(m) => m,
            Err(x) if is_exc(&x, "AttributeError") => return Delegated::Raise(e),
            Err(x) => return Delegated::Raise(x),
        };
        let args = if args.is_empty() {
            vec![e]
        } else {
            args.to_vec()
        };
        match self.call_value(&m, args) {
            Ok(v) => Delegated::Yielded(v),
            Err(x) => match stop_value(&x) {
                Some(v) => Delegated::Returned(v),
                None => Delegated::Raise(x),
            },
        }
    }

    /// Closes a `yield from` delegate: a generator's `close`, or the
    /// object's `close` method if it has one.
    fn close_iter(&mut self, it: &Value) -> PyResult<()> {
        if it.downcast::<GeneratorObj>().is_some() {
            return self.gen_close(it);
        }
        match self.get_attr(it, "close") {
            Ok(m) => self.call_value(&m, vec![]).map(drop),
            Err(x) if is_exc(&x, "AttributeError") => Ok(()),
            Err(x) => {
                self.write_unraisable(it, &x);
                Ok(())
            }
        }
    }

    /// `g.close()`: `GeneratorExit` raised at the paused `yield`; the
    /// generator must let it (or a `StopIteration`) out, or return.
    pub(super) fn gen_close(&mut self, g: &Value) -> PyResult<()> {
        let Some(gen_obj) = g.downcast::<GeneratorObj>() else {
            return Err(exc("SystemError", "krait: not a generator"));
        };
        if gen_obj.running.get() {
            return Err(exc("ValueError", "generator already executing"));
        }
        if !gen_obj
            .state
            .borrow()
            .as_ref()
            .is_some_and(|s| s.suspended())
        {
            // Finished, or never started: nothing runs.
            let old = gen_obj.state.borrow_mut().take();
            drop(old);
            return Ok(());
        }
        let e = new_exception("GeneratorExit", vec![]);
        match self.gen_step(g, GenInput::Throw(e, Vec::new())) {
            Ok(GenStep::Yielded(_)) => Err(exc("RuntimeError", "generator ignored GeneratorExit")),
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(x) if is_exc(&x, "GeneratorExit") || is_exc(&x, "StopIteration") => Ok(()),
            Err(x) => Err(x),
        }
    }

    /// The exception `g.throw(typ[, val[, tb]])` raises (CPython's
    /// normalization: a class is called with `val` as its arguments unless
    /// `val` is already an instance of it; an instance takes no value).
    fn throw_exception(&mut self, args: &[Value]) -> PyResult<Value> {
        let typ = &args[0];
        let val = args.get(1).filter(|v| !v.is_none());
        let tb = match args.get(2) {
            Some(tb) if !tb.is_none() => match tb.downcast::<crate::objects::TracebackObj>() {
                Some(tb) => Some(tb.entries.clone()),
                None => {
                    return Err(type_error(
                        "throw() third argument must be a traceback object",
                    ));
                }
            },
            _ => None,
        };
        let e = self.throw_normalize(typ, val)?;
        if let Some(tb) = tb
            && let Some(x) = e.downcast::<ExceptionObj>()
        {
            *x.traceback.borrow_mut() = tb;
        }
        Ok(e)
    }

    fn throw_normalize(&mut self, typ: &Value, val: Option<&Value>) -> PyResult<Value> {
        if is_exc_class(typ) {
            if let Some(v) = val
                && v.downcast::<ExceptionObj>().is_some()
                && super::exc_matches(v, typ)?
            {
                return Ok(v.clone());
            }
            let cargs = match val {
                None => vec![],
                Some(v) => match v.downcast::<crate::objects::TupleObj>() {
                    Some(t) => t.items.clone(),
                    None => vec![v.clone()],
                },
            };
            let e = self.call_value(typ, cargs)?;
            if e.downcast::<ExceptionObj>().is_none() {
                return Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.repr_of(typ)?,
                    type_name(&e)
                )));
            }
            return Ok(e);
        }
        if typ.downcast::<ExceptionObj>().is_some() {
            if val.is_some() {
                return Err(type_error(
                    "instance exception may not have a separate value",
                ));
            }
            return Ok(typ.clone());
        }
        Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_name(typ)
        )))
    }

    /// The methods of generator objects.
    pub(super) fn gen_method(&mut self, g: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let step = match name {
            "send" => {
                super::methods::arity("generator.send", args, 1, 1)?;
                self.gen_step(g, GenInput::Send(args[0].clone()))?
            }
            "throw" => {
                if args.is_empty() {
                    return Err(type_error("throw expected at least 1 argument, got 0"));
                }
                if args.len() > 3 {
                    return Err(type_error(format!(
                        "throw expected at most 3 arguments, got {}",
                        args.len()
                    )));
                }
                let e = self.throw_exception(args)?;
                self.gen_step(g, GenInput::Throw(e, args.to_vec()))?
            }
            "close" => {
                super::methods::arity("generator.close", args, 0, 0)?;
                self.gen_close(g)?;
                return Ok(Value::none());
            }
            "__next__" => {
                super::methods::arity("generator.__next__", args, 0, 0)?;
                self.gen_step(g, GenInput::Send(Value::none()))?
            }
            _ => return Err(unsupported(&format!("generator.{name}"))),
        };
        match step {
            GenStep::Yielded(v) => Ok(v),
            GenStep::Returned(v) => Err(stop_iteration(v)),
        }
    }

    /// One step of `yield from it`, sending `sent` in (`None` the first
    /// time): a generator is resumed; another iterator gets `send(v)` for
    /// a value other than `None`, else its next item. Its return value
    /// (the `StopIteration`'s) is the `yield from`'s.
    pub(super) fn yield_from_step(&mut self, it: &Value, sent: Option<Value>) -> PyResult<GenStep> {
        if it.downcast::<GeneratorObj>().is_some() {
            return self.gen_resume(it, sent.unwrap_or_else(Value::none));
        }
        let r = match sent {
            Some(v) if !v.is_none() => {
                let m = self.get_attr(it, "send")?;
                self.call_value(&m, vec![v])
            }
            _ if super::classes::user_class_of(it).is_some() => {
                match self.call_dunder(it, "__next__", vec![]) {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => {
                        return Err(type_error(format!(
                            "'{}' object is not an iterator",
                            type_name(it)
                        )));
                    }
                    Err(e) => Err(e),
                }
            }
            _ => {
                return Ok(match self.iter_next(it)? {
                    Some(v) => GenStep::Yielded(v),
                    None => GenStep::Returned(Value::none()),
                });
            }
        };
        match r {
            Ok(v) => Ok(GenStep::Yielded(v)),
            Err(x) => match stop_value(&x) {
                Some(v) => Ok(GenStep::Returned(v)),
                None => Err(x),
            },
        }
    }
}

/// The attributes of generator objects (`None`: no such attribute).
pub(super) fn gen_attr(g: &GeneratorObj, name: &str) -> Option<PyResult<Value>> {
    Some(Ok(match name {
        "__name__" => new_str(g.qualname.rsplit('.').next().unwrap_or(&g.qualname)),
        "__qualname__" => new_str(g.qualname.as_str()),
        "gi_running" => Value::bool(g.running.get()),
        "gi_suspended" => Value::bool(g.suspended()),
        "gi_yieldfrom" => g
            .state
            .try_borrow()
            .ok()
            .and_then(|s| s.as_ref().and_then(|s| s.yield_from()))
            .unwrap_or_else(Value::none),
        "gi_frame" => {
            let live = g.running.get() || g.state.try_borrow().is_ok_and(|s| s.is_some());
            if live {
                crate::objects::new_frame_stub()
            } else {
                Value::none()
            }
        }
        _ => return None,
    }))
}
