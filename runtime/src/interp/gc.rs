//! Finalizers (`__del__`) and the cycle collector, on the interpreter's
//! side; the object side (link blocks, generation lists, the graph
//! algorithms) is `crate::gc`.
//!
//! **When `__del__` runs.** An instance whose count reaches zero is not
//! freed by its `dealloc` when its class has a `__del__` that has not run:
//! it is given one reference back and queued (`gc::queue_finalizer`). A
//! drop has no interpreter at hand and may happen in the middle of an
//! instruction (a `RefCell` borrowed, compiled code holding borrowed
//! words), so Python code cannot run there. The interpreter instead runs
//! the queue at its next *safe point*: before every instruction (one
//! thread-local byte read), at the entry of `krait_op` (compiled code's
//! generic instructions: every observable effect of compiled code goes
//! through it), and at teardown. A decref happens inside one instruction,
//! so the `__del__` runs before anything the next instruction does: the
//! output interleaves as in CPython, which runs it synchronously. Queued
//! objects are run in queue order; what one finalizer's own release queues
//! runs before the next of the batch (CPython's depth-first order).
//!
//! **The collector** (`gc_collect`) is CPython's: generations with
//! thresholds (700, 10, 10) counted in container allocations minus
//! deallocations; an allocation past the threshold marks a collection due
//! and the next safe point runs it. A collection deduces the unreachable
//! set (trial deletion), runs the `__del__` of unreachable objects that
//! have one (once, PEP 442), lets resurrected objects survive, then clears
//! the rest (`tp_clear` order) and returns CPython's count.
//!
//! **The `gc` module** (for the native-module registry to expose): the
//! `gc_*` methods below and `crate::gc`'s settings functions:
//! `collect(generation=2)` -> [`Interp::gc_collect`]; `enable`/`disable`/
//! `isenabled` -> `gc::set_enabled`/`gc::enabled`; `get_count` ->
//! `gc::get_count`; `get_threshold`/`set_threshold` -> `gc::get_threshold`/
//! `gc::set_threshold`; `is_tracked(obj)` -> [`gc_is_tracked`];
//! `get_objects(generation=None)` -> `gc::objects`; `freeze`/`unfreeze`/
//! `get_freeze_count` -> `gc::freeze`/`gc::unfreeze`/`gc::freeze_count`.

use super::{Interp, exc};
use crate::gc::{self, Collection, List, PENDING_COLLECT, PENDING_FINALIZERS};
use crate::objects::{ExceptionObj, FunctionObj, InstanceObj, UserClassObj};
use crate::value::Value;

/// `gc.is_tracked(obj)`: containers are, except dicts holding no
/// container and tuples the collector untracked (as CPython).
pub fn gc_is_tracked(v: &Value) -> bool {
    if !gc::is_linked(v) {
        return false;
    }
    if v.downcast::<crate::objects::DictObj>().is_some() {
        return gc::weight_of(v) > 0;
    }
    true
}

/// The user class whose `__del__` a finalizable object runs.
fn finalizer_class(v: &Value) -> Option<Value> {
    if let Some(i) = v.downcast::<InstanceObj>() {
        return Some(i.class.clone());
    }
    v.downcast::<ExceptionObj>().and_then(|e| e.user.clone())
}

fn has_finalizer(v: &Value) -> bool {
    if let Some(g) = v.downcast::<crate::objects::GeneratorObj>() {
        return g.suspended();
    }
    finalizer_class(v).is_some_and(|c| crate::objects::class_has_del(&c))
}

impl Interp<'_, '_> {
    /// The safe point: runs a due collection and the queued finalizers.
    #[cold]
    pub(super) fn run_pending(&mut self) {
        let p = gc::pending();
        if p & PENDING_COLLECT != 0 {
            gc::clear_collect_due();
            if gc::enabled()
                && !gc::collecting()
                && let Some(g) = gc::generation_due()
            {
                self.collect_generation(g, false);
            }
        }
        if p & PENDING_FINALIZERS != 0 {
            self.run_finalizer_queue();
        }
    }

    /// The run loop's safe point in `frame`: `run_pending`, finalizers
    /// reporting an exception as raised by the instruction just run.
    #[cold]
    pub(super) fn run_pending_at(&mut self, frame: &super::Frame) {
        let f = self.func(frame.func);
        let span = match f.blocks.get(frame.block) {
            Some(b) if frame.ip > 0 => b.instrs.get(frame.ip - 1).map(|i| i.span),
            _ => None,
        };
        let pos = span.map(|span| crate::objects::TbEntry {
            func: frame.func as u32,
            span,
        });
        let saved = std::mem::replace(&mut self.unraisable_pos, pos);
        self.run_pending();
        self.unraisable_pos = saved;
    }

    /// Runs the queued finalizers, depth first: what a finalizer's object
    /// releases when it is freed runs before the rest of its batch.
    fn run_finalizer_queue(&mut self) {
        let mut stack: Vec<Value> = Vec::new();
        loop {
            let batch = gc::take_queue();
            stack.extend(batch.into_iter().rev());
            let Some(obj) = stack.pop() else {
                break;
            };
            self.call_finalizer(&obj);
            drop(obj);
        }
    }

    /// Calls `obj.__del__()`; an exception is reported as CPython's
    /// "Exception ignored in" and dropped.
    pub(super) fn call_finalizer(&mut self, obj: &Value) {
        if let Some(w) = obj.downcast::<crate::objects::WeakRefObj>() {
            // A weak reference whose referent died: its callback, once.
            let cb = w.callback.borrow_mut().take();
            if let Some(cb) = cb
                && let Err(e) = self.call_value(&cb, vec![obj.clone()])
            {
                self.write_unraisable(&cb, &e);
            }
            return;
        }
        if obj.downcast::<crate::objects::GeneratorObj>().is_some() {
            // A suspended generator is closed (its `finally` blocks and
            // `with` exits run).
            if let Err(e) = self.gen_close(obj) {
                self.write_unraisable(obj, &e);
            }
            return;
        }
        let Some(class) = finalizer_class(obj) else {
            return;
        };
        let Some(del) = class
            .downcast::<UserClassObj>()
            .and_then(|c| c.lookup("__del__"))
        else {
            return;
        };
        let r = if del.downcast::<FunctionObj>().is_some() {
            self.call_value(&del, vec![obj.clone()])
        } else {
            self.get_attr(obj, "__del__")
                .and_then(|m| self.call_value(&m, vec![]))
        };
        if let Err(e) = r {
            self.write_unraisable(&del, &e);
        }
    }

    /// CPython's `PyErr_WriteUnraisable` for a finalizer's exception.
    /// The exception alone is printed (not its cause or context); one
    /// without a traceback gets the place the safe point found the program
    /// at, as CPython's hook uses the current frame.
    pub(super) fn write_unraisable(&mut self, what: &Value, e: &Value) {
        let what = self.repr_of(what).unwrap_or_else(|_| "<object>".to_owned());
        let sources = self.sources();
        let mut seen = Vec::new();
        if let Some(x) = e.downcast::<ExceptionObj>() {
            seen.extend(x.cause.borrow().clone());
            seen.extend(x.context.borrow().clone());
            if x.traceback.borrow().is_empty()
                && let Some(pos) = self.unraisable_pos
            {
                x.traceback.borrow_mut().push(pos);
            }
        }
        let mut tb = super::format_chain(&sources, e, &mut seen, &mut |x| {
            self.message_with_suggestion(x)
        });
        if self.no_source_lines {
            tb = tb
                .lines()
                .filter(|l| !l.starts_with("    "))
                .map(|l| format!("{l}\n"))
                .collect();
        }
        let _ = self.out.flush();
        let _ = write!(self.err, "Exception ignored in: {what}\n{tb}");
        let _ = self.err.flush();
    }

    /// `gc.collect(generation)`: collects `generation` (0, 1 or 2) and
    /// the younger ones; the number of unreachable objects found, counted
    /// as CPython counts them (0 when a collection is already running).
    pub fn gc_collect(&mut self, generation: usize) -> PyResultUsize {
        if generation >= gc::NUM_GENERATIONS {
            return Err(exc("ValueError", "invalid generation"));
        }
        if gc::collecting() {
            return Ok(0);
        }
        // Finalizers already due run first (they may free cycles' members).
        self.run_pending();
        Ok(self.collect_generation(generation, false))
    }

    /// One collection. With `globals_internal`, the module globals count
    /// as references from a container being collected (the module dict
    /// at CPython's finalization, when `__main__` is gone): what only they
    /// keep alive is garbage, finalized while they are still bound, then
    /// they are cleared first.
    pub(super) fn collect_generation(
        &mut self,
        generation: usize,
        globals_internal: bool,
    ) -> usize {
        gc::set_collecting(true);
        let mut extra = |visit: &mut dyn FnMut(&Value)| {
            if globals_internal {
                for g in self.globals.iter().flatten() {
                    visit(g);
                }
            }
        };
        let mut col = Collection::start(generation, &mut extra);
        // Finalizers, in list order, each once.
        let seen = List::new();
        while let Some(obj) = col.next_to_finalize(&seen, &mut |v| has_finalizer(v)) {
            self.call_finalizer(&obj);
            drop(obj);
            if gc::pending() & PENDING_FINALIZERS != 0 {
                self.run_finalizer_queue();
            }
        }
        let globals = std::mem::take(&mut self.globals);
        let mut extra = |visit: &mut dyn FnMut(&Value)| {
            if globals_internal {
                for g in globals.iter().flatten() {
                    visit(g);
                }
            }
        };
        let n = col.settle(seen, &mut extra);
        self.globals = globals;
        if globals_internal {
            for g in &mut self.globals {
                drop(g.take());
            }
        }
        col.delete_garbage();
        drop(col);
        gc::set_collecting(false);
        if gc::pending() & PENDING_FINALIZERS != 0 {
            self.run_finalizer_queue();
        }
        n
    }

    /// Teardown as CPython's finalization: pending finalizers; a full
    /// collection with the module reachable (true garbage, its `__del__`s
    /// first); then the module's own objects, all finalized in the
    /// collector's list order while the globals are still bound, then
    /// cleared; last, a collection for whatever the finalizers made.
    pub(super) fn gc_teardown(&mut self) {
        self.run_pending();
        gc::clear_collect_due();
        self.collect_generation(2, false);
        self.unraisable_pos = None;
        self.no_source_lines = true;
        self.collect_generation(2, true);
        // Every module's namespace, `sys.modules`, the module objects.
        self.teardown_modules();
        // Functions compiled code compared against go once their globals
        // have.
        drop(std::mem::take(&mut self.jit.pinned));
        self.run_pending();
        self.collect_generation(2, false);
        gc::set_finalizers_on(false);
        // Anything queued after this point is freed without `__del__`.
        for v in gc::take_queue() {
            drop(v);
        }
    }
}

type PyResultUsize = Result<usize, Value>;
