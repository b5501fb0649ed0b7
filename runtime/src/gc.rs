//! The cycle collector's object side (CPython's `Modules/gcmodule.c`):
//! the link block of tracked containers, the generation lists, the
//! allocation counters, and the graph algorithms of a collection (trial
//! deletion and the unreachable set). Running finalizers (`__del__`, Python
//! code) needs the interpreter: `interp/gc.rs` drives a collection and
//! drains the finalizer queue kept here.
//!
//! **Layout.** A container type (its [`Type`] has `gc` set) is allocated
//! as a [`GcBox`]: a [`GcHead`] *before* the object, so the object itself
//! (`ObjHeader` at offset 0, the fields compiled code reads) keeps its
//! layout and a `Value` still points at the `ObjHeader`. The head is at a
//! fixed distance ([`HEAD_SIZE`]) before the object. Ints, floats and strs
//! are not containers and pay nothing.
//!
//! **Invariant G1**: an object whose type has `gc` set was allocated by
//! `Value::alloc` inside a `GcBox` (its head is `HEAD_SIZE` bytes before
//! it); its head is linked in exactly one list (a generation, the
//! permanent generation, or a collection's working list) while it is
//! tracked, and in none (`next` null) once untracked; `dealloc_gc` unlinks
//! it before freeing.
//!
//! **Invariant G2**: lists are circular and doubly linked through
//! sentinels; the generation sentinels live in a thread-local (stable for
//! the thread's life), a collection's working lists in boxes it owns.

use crate::value::{HeapObject, ObjHeader, Value};
use std::cell::{Cell, RefCell};
use std::ptr::{self, NonNull};

/// The link block before every tracked container.
#[repr(C)]
pub struct GcHead {
    next: Cell<*mut GcHead>,
    prev: Cell<*mut GcHead>,
    /// `gc_refs` (during a collection) shifted left by 3, and the flags
    /// in the low 3 bits: one word, as CPython packs them.
    bits: Cell<isize>,
}

/// In the generation being collected.
const COLLECTING: usize = 1;
/// Tentatively unreachable (in `move_unreachable`'s list).
const UNREACHABLE: usize = 2;
/// Its finalizer (`__del__`) has run (PEP 442: at most once).
const FINALIZED: usize = 4;

const FLAG_BITS: isize = 3;
const FLAG_MASK: isize = (1 << FLAG_BITS) - 1;

impl GcHead {
    const fn new() -> GcHead {
        GcHead {
            next: Cell::new(ptr::null_mut()),
            prev: Cell::new(ptr::null_mut()),
            bits: Cell::new(0),
        }
    }

    fn refs(&self) -> isize {
        self.bits.get() >> FLAG_BITS
    }

    fn set_refs(&self, r: isize) {
        self.bits
            .set((r << FLAG_BITS) | (self.bits.get() & FLAG_MASK));
    }

    fn flags(&self) -> usize {
        (self.bits.get() & FLAG_MASK) as usize
    }

    fn set_flags(&self, f: usize) {
        self.bits
            .set((self.bits.get() & !FLAG_MASK) | (f as isize & FLAG_MASK));
    }
}

/// A tracked container as allocated: the link block, then the object.
#[repr(C)]
pub struct GcBox<T> {
    head: GcHead,
    obj: T,
}

/// The distance from a container's link block to its object.
pub const HEAD_SIZE: usize = std::mem::size_of::<GcHead>();
const _: () = assert!(HEAD_SIZE == 24);

/// A type's `tp_traverse`: calls the visitor on each held reference.
pub type TraverseFn = unsafe fn(NonNull<ObjHeader>, &mut dyn FnMut(&Value));

/// How the collector sees a container type: CPython's `tp_traverse`,
/// `tp_clear`, and how many CPython objects it stands for.
pub struct GcOps {
    /// Calls the visitor on every reference the object holds, in the
    /// order CPython's `tp_traverse` visits them.
    pub traverse: TraverseFn,
    /// Drops the references CPython's `tp_clear` drops (`None`: the type
    /// has no `tp_clear`, as tuples).
    pub clear: Option<unsafe fn(NonNull<ObjHeader>)>,
    /// How many objects CPython would count for it in `gc.collect()`'s
    /// result: a function's closure and defaults are tuples there, a
    /// class has a dict, an MRO and bases tuples, ...
    pub weight: unsafe fn(NonNull<ObjHeader>) -> usize,
}

/// What a container type implements for the collector (the `gc_type!`
/// macro in `objects.rs` turns it into a [`GcOps`]).
pub trait Trace {
    /// Visit every held reference, in CPython's `tp_traverse` order. A
    /// `RefCell` that is mutably borrowed is skipped: its references then
    /// count as external, which only keeps objects alive (safe).
    fn traverse(&self, visit: &mut dyn FnMut(&Value));
    /// Drop held references as CPython's `tp_clear` does.
    fn clear(&self) {}
    /// Whether the type has a `tp_clear`.
    const CLEARS: bool = true;
    fn weight(&self) -> usize {
        1
    }
}

/// # Safety
/// `p` points at a live `T` (the type's `GcOps` belong to `T`).
pub unsafe fn traverse_thunk<T: Trace>(p: NonNull<ObjHeader>, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: the caller's contract.
    unsafe { (*(p.as_ptr() as *const T)).traverse(visit) }
}
/// # Safety
/// As [`traverse_thunk`].
pub unsafe fn clear_thunk<T: Trace>(p: NonNull<ObjHeader>) {
    // SAFETY: the caller's contract.
    unsafe { (*(p.as_ptr() as *const T)).clear() }
}
/// # Safety
/// As [`traverse_thunk`].
pub unsafe fn weight_thunk<T: Trace>(p: NonNull<ObjHeader>) -> usize {
    // SAFETY: the caller's contract.
    unsafe { (*(p.as_ptr() as *const T)).weight() }
}

// ------------------------------------------------------------- state

pub const NUM_GENERATIONS: usize = 3;

/// The thread's collector state. Sentinels live here (G2): they are made
/// circular on first use (`next` null = not yet initialised).
struct GcState {
    /// Generations 0..3, then the permanent generation (`gc.freeze`).
    heads: [GcHead; NUM_GENERATIONS + 1],
    count: [Cell<isize>; NUM_GENERATIONS],
    threshold: [Cell<isize>; NUM_GENERATIONS],
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    long_lived_pending: Cell<isize>,
    long_lived_total: Cell<isize>,
}

thread_local! {
    static GC: GcState = const {
        GcState {
            heads: [GcHead::new(), GcHead::new(), GcHead::new(), GcHead::new()],
            count: [Cell::new(0), Cell::new(0), Cell::new(0)],
            threshold: [Cell::new(700), Cell::new(10), Cell::new(10)],
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            long_lived_pending: Cell::new(0),
            long_lived_total: Cell::new(0),
        }
    };

    /// Work for the interpreter's next safe point: `PENDING_FINALIZERS`,
    /// `PENDING_COLLECT`. One byte read per instruction.
    static PENDING: Cell<u8> = const { Cell::new(0) };

    /// Objects whose count reached zero and whose `__del__` must run
    /// (they are kept alive, with a count of one owned by this queue).
    static QUEUE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };

    /// Whether an interpreter is running on this thread to run finalizers:
    /// without one (after teardown) objects are freed without `__del__`.
    static FINALIZERS_ON: Cell<bool> = const { Cell::new(false) };
}

pub const PENDING_FINALIZERS: u8 = 1;
pub const PENDING_COLLECT: u8 = 2;

/// The safe-point check: nonzero when finalizers are queued or a
/// collection is due.
#[inline(always)]
pub fn pending() -> u8 {
    PENDING.with(|p| p.get())
}

fn set_pending(bit: u8) {
    PENDING.with(|p| p.set(p.get() | bit));
}

fn clear_pending(bit: u8) {
    PENDING.with(|p| p.set(p.get() & !bit));
}

/// Turns finalizers on (an interpreter runs) or off; returns the old state.
pub fn set_finalizers_on(on: bool) -> bool {
    FINALIZERS_ON.with(|f| f.replace(on))
}

/// Queues `v` (a container whose count just reached zero, given back one
/// reference) for its finalizer, if an interpreter can run it; `false`
/// when finalizers are off (the caller frees the object).
///
/// # Safety
/// `p` is an object whose count is zero, not yet freed, of a tracked type.
pub unsafe fn queue_finalizer(p: NonNull<ObjHeader>) -> bool {
    if !FINALIZERS_ON.with(|f| f.get()) {
        return false;
    }
    // SAFETY: the caller's contract: a tracked object (G1), count zero.
    unsafe {
        let h = head_of(p);
        (*h).set_flags((*h).flags() | FINALIZED);
        p.as_ref().refcnt.set(1);
        crate::value::live_adjust(1);
        let v = Value::from_raw(p.as_ptr() as usize).expect("an object pointer");
        QUEUE.with(|q| q.borrow_mut().push(v));
    }
    set_pending(PENDING_FINALIZERS);
    true
}

/// Queues a weak reference whose referent just died, for its callback
/// (run with the finalizers, in order); `false` when no interpreter can
/// run it.
pub fn queue_callback(weakref: Value) -> bool {
    if !FINALIZERS_ON.with(|f| f.get()) {
        return false;
    }
    QUEUE.with(|q| q.borrow_mut().push(weakref));
    set_pending(PENDING_FINALIZERS);
    true
}

/// Takes the queued finalizers (in queue order).
pub fn take_queue() -> Vec<Value> {
    clear_pending(PENDING_FINALIZERS);
    QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}

// ----------------------------------------------------------- lists

fn gen_head(i: usize) -> *mut GcHead {
    GC.with(|g| {
        let h = &g.heads[i] as *const GcHead as *mut GcHead;
        if g.heads[i].next.get().is_null() {
            g.heads[i].next.set(h);
            g.heads[i].prev.set(h);
        }
        h
    })
}

/// A collection's working list: a boxed sentinel (stable address, G2).
pub struct List(Box<GcHead>);

impl List {
    pub fn new() -> List {
        let b = Box::new(GcHead::new());
        let p = &*b as *const GcHead as *mut GcHead;
        b.next.set(p);
        b.prev.set(p);
        List(b)
    }
    fn head(&self) -> *mut GcHead {
        &*self.0 as *const GcHead as *mut GcHead
    }
}

impl Default for List {
    fn default() -> Self {
        List::new()
    }
}

impl Drop for List {
    fn drop(&mut self) {
        // Whatever is left goes to the youngest generation rather than
        // pointing at a freed sentinel.
        // SAFETY: G2: both are valid circular lists.
        unsafe { list_merge(self.head(), gen_head(0)) };
    }
}

/// # Safety
/// `h` is a linked head (G1/G2).
unsafe fn unlink(h: *mut GcHead) {
    // SAFETY: the caller's contract; neighbours are valid heads (G2).
    unsafe {
        let (n, p) = ((*h).next.get(), (*h).prev.get());
        (*p).next.set(n);
        (*n).prev.set(p);
        (*h).next.set(ptr::null_mut());
        (*h).prev.set(ptr::null_mut());
    }
}

/// # Safety
/// `h` is unlinked, `list` a valid sentinel.
unsafe fn append(h: *mut GcHead, list: *mut GcHead) {
    // SAFETY: the caller's contract (G2).
    unsafe {
        let last = (*list).prev.get();
        (*h).prev.set(last);
        (*h).next.set(list);
        (*last).next.set(h);
        (*list).prev.set(h);
    }
}

/// # Safety
/// `h` is linked; `list` a valid sentinel.
unsafe fn move_to(h: *mut GcHead, list: *mut GcHead) {
    // SAFETY: the caller's contract.
    unsafe {
        unlink(h);
        append(h, list);
    }
}

/// Moves every element of `from` to the end of `to` (in order).
///
/// # Safety
/// Both are valid sentinels.
unsafe fn list_merge(from: *mut GcHead, to: *mut GcHead) {
    if from == to {
        return;
    }
    // SAFETY: G2.
    unsafe {
        let first = (*from).next.get();
        if first == from {
            return;
        }
        let last = (*from).prev.get();
        let tail = (*to).prev.get();
        (*tail).next.set(first);
        (*first).prev.set(tail);
        (*last).next.set(to);
        (*to).prev.set(last);
        (*from).next.set(from);
        (*from).prev.set(from);
    }
}

fn is_empty(list: *mut GcHead) -> bool {
    // SAFETY: G2: a valid sentinel.
    unsafe { (*list).next.get() == list }
}

fn list_len(list: *mut GcHead) -> usize {
    let mut n = 0;
    // SAFETY: G2.
    unsafe {
        let mut h = (*list).next.get();
        while h != list {
            n += 1;
            h = (*h).next.get();
        }
    }
    n
}

/// The link block of a tracked object.
///
/// # Safety
/// `p` is an object of a type with `gc` set (G1).
pub unsafe fn head_of(p: NonNull<ObjHeader>) -> *mut GcHead {
    // SAFETY: G1: the head is HEAD_SIZE bytes before the object.
    unsafe { (p.as_ptr() as *mut u8).sub(HEAD_SIZE) as *mut GcHead }
}

fn obj_of(h: *mut GcHead) -> NonNull<ObjHeader> {
    // SAFETY: G1: the object follows its head; never null.
    unsafe { NonNull::new_unchecked((h as *mut u8).add(HEAD_SIZE) as *mut ObjHeader) }
}

fn ops_of(p: NonNull<ObjHeader>) -> Option<&'static GcOps> {
    // SAFETY: a live object's header (V1 for the objects we reach).
    unsafe { p.as_ref().ty.gc }
}

/// The object a `Value` points at, if it is a container (tracked or not).
fn container(v: &Value) -> Option<NonNull<ObjHeader>> {
    if v.as_small_int().is_some() {
        return None;
    }
    let p = NonNull::new(v.as_raw() as *mut ObjHeader)?;
    ops_of(p).map(|_| p)
}

// ------------------------------------------------------ allocation

/// Allocates a container in a `GcBox`, tracked in generation 0; counts
/// the allocation and marks a collection due past the threshold.
pub fn alloc_tracked<T: HeapObject>(obj: T) -> *mut T {
    let b = Box::into_raw(Box::new(GcBox {
        head: GcHead::new(),
        obj,
    }));
    // SAFETY: a fresh box: its head is unlinked; gen 0's sentinel is valid.
    unsafe { append(&raw mut (*b).head, gen_head(0)) };
    GC.with(|g| {
        let c = g.count[0].get() + 1;
        g.count[0].set(c);
        if c > g.threshold[0].get()
            && g.enabled.get()
            && g.threshold[0].get() != 0
            && !g.collecting.get()
        {
            set_pending(PENDING_COLLECT);
        }
    });
    // SAFETY: `b` is a valid box.
    unsafe { &raw mut (*b).obj }
}

/// Frees a container: unlinks it (if tracked) and frees its box.
///
/// # Safety
/// `p` came from `alloc_tracked::<T>` and has no references left (V2).
pub unsafe fn dealloc_gc<T: HeapObject>(p: NonNull<ObjHeader>) {
    // SAFETY: G1 and the caller's contract.
    unsafe {
        let h = head_of(p);
        if !(*h).next.get().is_null() {
            unlink(h);
        }
        GC.with(|g| {
            let c = g.count[0].get();
            if c > 0 {
                g.count[0].set(c - 1);
            }
        });
        drop(Box::from_raw(h as *mut GcBox<T>));
    }
}

/// Whether the finalizer of a tracked object has run.
///
/// # Safety
/// `p` is a live tracked-type object.
pub unsafe fn is_finalized(p: NonNull<ObjHeader>) -> bool {
    // SAFETY: G1.
    unsafe { (*head_of(p)).flags() & FINALIZED != 0 }
}

/// `gc.is_tracked(v)` for the object itself (the link, not CPython's
/// dict/tuple untracking, which `interp/gc.rs` emulates).
pub fn is_linked(v: &Value) -> bool {
    // SAFETY: G1 for containers.
    container(v).is_some_and(|p| unsafe { !(*head_of(p)).next.get().is_null() })
}

/// Stops tracking `v` (CPython's `_PyObject_GC_UNTRACK`).
pub fn untrack(v: &Value) {
    if let Some(p) = container(v) {
        // SAFETY: G1.
        unsafe {
            let h = head_of(p);
            if !(*h).next.get().is_null() {
                unlink(h);
            }
        }
    }
}

// ------------------------------------------------------- settings

pub fn enabled() -> bool {
    GC.with(|g| g.enabled.get())
}
pub fn set_enabled(on: bool) {
    GC.with(|g| g.enabled.set(on));
}
pub fn collecting() -> bool {
    GC.with(|g| g.collecting.get())
}
pub fn set_collecting(on: bool) {
    GC.with(|g| g.collecting.set(on));
}
pub fn get_count() -> [isize; NUM_GENERATIONS] {
    GC.with(|g| [g.count[0].get(), g.count[1].get(), g.count[2].get()])
}
pub fn get_threshold() -> [isize; NUM_GENERATIONS] {
    GC.with(|g| {
        [
            g.threshold[0].get(),
            g.threshold[1].get(),
            g.threshold[2].get(),
        ]
    })
}
/// `gc.set_threshold(t0[, t1[, t2]])`: the given ones change.
pub fn set_threshold(t: &[isize]) {
    GC.with(|g| {
        for (i, &v) in t.iter().enumerate().take(NUM_GENERATIONS) {
            g.threshold[i].set(v);
        }
    });
}

/// Resets the state for a new program on this thread (counts, settings);
/// objects left by an earlier run stay where they are.
pub fn reset() {
    GC.with(|g| {
        for i in 0..NUM_GENERATIONS {
            g.count[i].set(0);
        }
        g.threshold[0].set(700);
        g.threshold[1].set(10);
        g.threshold[2].set(10);
        g.enabled.set(true);
        g.collecting.set(false);
        g.long_lived_pending.set(0);
        g.long_lived_total.set(0);
    });
    clear_pending(PENDING_COLLECT);
}

/// Clears the "collection due" mark.
pub fn clear_collect_due() {
    clear_pending(PENDING_COLLECT);
}

/// The generation an automatic collection should collect (CPython's
/// `gc_collect_generations`), if any.
pub fn generation_due() -> Option<usize> {
    GC.with(|g| {
        for i in (0..NUM_GENERATIONS).rev() {
            if g.count[i].get() > g.threshold[i].get() {
                if i == NUM_GENERATIONS - 1
                    && g.long_lived_pending.get() < g.long_lived_total.get() / 4
                {
                    continue;
                }
                return Some(i);
            }
        }
        None
    })
}

/// Every tracked object of generation `gen` (`None`: all generations), in
/// list order (`gc.get_objects`).
pub fn objects(generation: Option<usize>) -> Vec<Value> {
    let gens: Vec<usize> = match generation {
        Some(g) => vec![g],
        None => (0..NUM_GENERATIONS).collect(),
    };
    let mut out = Vec::new();
    for g in gens {
        let list = gen_head(g);
        // SAFETY: G2; each element is a live tracked object (G1).
        unsafe {
            let mut h = (*list).next.get();
            while h != list {
                out.push(value_of(obj_of(h)));
                h = (*h).next.get();
            }
        }
    }
    out
}

/// A new reference to a live object.
fn value_of(p: NonNull<ObjHeader>) -> Value {
    // SAFETY: `p` is live; we take a new reference (V1).
    unsafe {
        let h = p.as_ref();
        h.refcnt.set(h.refcnt.get() + 1);
        Value::from_raw(p.as_ptr() as usize).expect("an object pointer")
    }
}

/// `gc.freeze()`: every tracked object moves to the permanent generation.
pub fn freeze() {
    let perm = gen_head(NUM_GENERATIONS);
    for g in 0..NUM_GENERATIONS {
        // SAFETY: G2.
        unsafe { list_merge(gen_head(g), perm) };
    }
    GC.with(|g| g.count[0].set(0));
}
/// `gc.unfreeze()`.
pub fn unfreeze() {
    // SAFETY: G2.
    unsafe { list_merge(gen_head(NUM_GENERATIONS), gen_head(NUM_GENERATIONS - 1)) };
}
/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    list_len(gen_head(NUM_GENERATIONS))
}

// ------------------------------------------------------ collection

/// References held by something that is not a tracked object but counts
/// as part of the collected set (the module globals at finalization):
/// called with the visitor.
pub type ExtraRefs<'a> = dyn FnMut(&mut dyn FnMut(&Value)) + 'a;

/// A collection in progress: its working lists. Built by
/// [`Collection::start`], which does CPython's `deduce_unreachable`;
/// the interpreter then runs finalizers (`unreachable_values`), checks
/// resurrection and deletes the garbage.
pub struct Collection {
    pub generation: usize,
    young: *mut GcHead,
    old: *mut GcHead,
    pub unreachable: List,
}

impl Collection {
    /// Starts collecting `generation`: merges the younger generations into
    /// it, updates the counters, and moves what is unreachable (given the
    /// references `extra` visits as internal, besides those of tracked
    /// objects) to `unreachable`; survivors go to the next generation.
    pub fn start(generation: usize, extra: &mut ExtraRefs<'_>) -> Collection {
        let young = gen_head(generation);
        let old = if generation + 1 < NUM_GENERATIONS {
            gen_head(generation + 1)
        } else {
            young
        };
        GC.with(|g| {
            if generation + 1 < NUM_GENERATIONS {
                g.count[generation + 1].set(g.count[generation + 1].get() + 1);
            }
            for i in 0..=generation {
                g.count[i].set(0);
            }
        });
        for i in 0..generation {
            // SAFETY: G2.
            unsafe { list_merge(gen_head(i), young) };
        }
        let unreachable = List::new();
        deduce_unreachable(young, unreachable.head(), extra);
        untrack_tuples(young);
        if young != old {
            if generation == NUM_GENERATIONS - 2 {
                let n = list_len(young) as isize;
                GC.with(|g| g.long_lived_pending.set(g.long_lived_pending.get() + n));
            }
            // SAFETY: G2.
            unsafe { list_merge(young, old) };
        } else {
            let n = list_len(young) as isize;
            GC.with(|g| {
                g.long_lived_pending.set(0);
                g.long_lived_total.set(n);
            });
        }
        Collection {
            generation,
            young,
            old,
            unreachable,
        }
    }

    /// The unreachable objects, in list order, as new references.
    pub fn unreachable_values(&self) -> Vec<Value> {
        let mut out = Vec::new();
        let list = self.unreachable.head();
        // SAFETY: G2, G1.
        unsafe {
            let mut h = (*list).next.get();
            while h != list {
                out.push(value_of(obj_of(h)));
                h = (*h).next.get();
            }
        }
        out
    }

    /// The next unreachable object whose finalizer has not run, marked
    /// finalized (CPython's `finalize_garbage` loop): `None` when done.
    /// `has_finalizer` says whether the object has one (`__del__`).
    pub fn next_to_finalize(
        &self,
        seen: &List,
        has_finalizer: &mut dyn FnMut(&Value) -> bool,
    ) -> Option<Value> {
        let list = self.unreachable.head();
        while !is_empty(list) {
            // SAFETY: G2, G1.
            unsafe {
                let h = (*list).next.get();
                move_to(h, seen.head());
                if (*h).flags() & FINALIZED != 0 {
                    continue;
                }
                let v = value_of(obj_of(h));
                if has_finalizer(&v) {
                    (*h).set_flags((*h).flags() | FINALIZED);
                    return Some(v);
                }
            }
        }
        None
    }

    /// After finalizers: objects a finalizer made reachable again go to
    /// the older generation; the rest stays in `unreachable`, its CPython
    /// count returned (`handle_resurrected_objects`).
    pub fn settle(&mut self, seen: List, extra: &mut ExtraRefs<'_>) -> usize {
        let list = self.unreachable.head();
        // SAFETY: G2.
        unsafe { list_merge(seen.head(), list) };
        drop(seen);
        // Clear the marks, then deduce again among the unreachable.
        // SAFETY: G2, G1.
        unsafe {
            let mut h = (*list).next.get();
            while h != list {
                (*h).set_flags((*h).flags() & !COLLECTING);
                h = (*h).next.get();
            }
        }
        let still = List::new();
        deduce_unreachable(list, still.head(), extra);
        // Resurrected: to the old generation.
        // SAFETY: G2.
        unsafe { list_merge(list, self.old) };
        // `still` becomes the unreachable list.
        // SAFETY: G2.
        unsafe { list_merge(still.head(), list) };
        let mut n = 0;
        // SAFETY: G2, G1.
        unsafe {
            let mut h = (*list).next.get();
            while h != list {
                let p = obj_of(h);
                if let Some(ops) = ops_of(p) {
                    n += (ops.weight)(p);
                }
                h = (*h).next.get();
            }
        }
        n
    }

    /// Clears the garbage (`delete_garbage`): each object's `tp_clear`
    /// in list order; what survives goes to the old generation.
    pub fn delete_garbage(&mut self) {
        let list = self.unreachable.head();
        while !is_empty(list) {
            // SAFETY: G2, G1: the first element is a live object; holding a
            // reference keeps it alive through its clear.
            unsafe {
                let h = (*list).next.get();
                let p = obj_of(h);
                let v = value_of(p);
                if let Some(clear) = ops_of(p).and_then(|o| o.clear) {
                    clear(p);
                }
                drop(v);
                if (*list).next.get() == h {
                    (*h).set_flags((*h).flags() & !COLLECTING);
                    move_to(h, self.old);
                }
            }
        }
        let _ = self.young;
    }
}

/// `update_refs` + `subtract_refs` + `move_unreachable` over `young`.
fn deduce_unreachable(young: *mut GcHead, unreachable: *mut GcHead, extra: &mut ExtraRefs<'_>) {
    // SAFETY: throughout, G2 for the lists and G1 for their elements; the
    // objects are live (each holds at least the references counted).
    unsafe {
        let mut h = (*young).next.get();
        while h != young {
            let p = obj_of(h);
            (*h).set_refs(p.as_ref().refcnt.get() as isize);
            (*h).set_flags(((*h).flags() | COLLECTING) & !UNREACHABLE);
            h = (*h).next.get();
        }
        let mut sub = |v: &Value| {
            if let Some(c) = container(v) {
                let ch = head_of(c);
                if (*ch).flags() & COLLECTING != 0 && !(*ch).next.get().is_null() {
                    (*ch).set_refs((*ch).refs() - 1);
                }
            }
        };
        let mut h = (*young).next.get();
        while h != young {
            let p = obj_of(h);
            if let Some(ops) = ops_of(p) {
                (ops.traverse)(p, &mut sub);
            }
            h = (*h).next.get();
        }
        extra(&mut sub);
        // move_unreachable
        let mut h = (*young).next.get();
        while h != young {
            if (*h).refs() > 0 {
                let p = obj_of(h);
                let mut visit = |v: &Value| {
                    let Some(c) = container(v) else {
                        return;
                    };
                    let ch = head_of(c);
                    let f = (*ch).flags();
                    if f & COLLECTING == 0 || (*ch).next.get().is_null() {
                        return;
                    }
                    if f & UNREACHABLE != 0 {
                        unlink(ch);
                        append(ch, young);
                        (*ch).set_flags(f & !UNREACHABLE);
                        (*ch).set_refs(1);
                    } else if (*ch).refs() == 0 {
                        (*ch).set_refs(1);
                    }
                };
                if let Some(ops) = ops_of(p) {
                    (ops.traverse)(p, &mut visit);
                }
                (*h).set_flags((*h).flags() & !COLLECTING);
                h = (*h).next.get();
            } else {
                let next = (*h).next.get();
                move_to(h, unreachable);
                (*h).set_flags((*h).flags() | UNREACHABLE);
                h = next;
            }
        }
        let mut h = (*unreachable).next.get();
        while h != unreachable {
            (*h).set_flags((*h).flags() & !UNREACHABLE);
            h = (*h).next.get();
        }
    }
}

/// CPython's `untrack_tuples`: a surviving tuple holding no container
/// that may be tracked is untracked (it can never be part of a cycle).
fn untrack_tuples(young: *mut GcHead) {
    // SAFETY: G2, G1.
    unsafe {
        let mut h = (*young).next.get();
        while h != young {
            let next = (*h).next.get();
            let p = obj_of(h);
            if std::ptr::eq(p.as_ref().ty, &crate::objects::TUPLE_TYPE) {
                let t = &*(p.as_ptr() as *const crate::objects::TupleObj);
                if t.items.iter().all(|v| !may_be_tracked(v)) {
                    unlink(h);
                }
            }
            h = next;
        }
    }
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`: a container, and for a tuple
/// one still tracked.
pub fn may_be_tracked(v: &Value) -> bool {
    match container(v) {
        None => false,
        Some(p) => {
            // SAFETY: a live container (G1).
            unsafe {
                if std::ptr::eq(p.as_ref().ty, &crate::objects::TUPLE_TYPE) {
                    !(*head_of(p)).next.get().is_null()
                } else {
                    true
                }
            }
        }
    }
}

/// The CPython count of a container (for dicts: tracked only when they
/// hold a container, CPython's `MAINTAIN_TRACKING`).
pub fn weight_of(v: &Value) -> usize {
    match container(v) {
        // SAFETY: a live container.
        Some(p) => ops_of(p).map_or(0, |o| unsafe { (o.weight)(p) }),
        None => 0,
    }
}
