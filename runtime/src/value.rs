//! `Value`: one machine word, the representation of every Python value.
//!
//! ```text
//!  63                                                   1   0
//! ┌──────────────────────────────────────────────────────┬───┐
//! │ small int, two's complement (63 bits)                │ 1 │
//! ├──────────────────────────────────────────────────────┼───┤
//! │ address of an ObjHeader (8-byte aligned)             │ 0 │
//! └──────────────────────────────────────────────────────┴───┘
//! ```
//!
//! A small int never allocates. Everything else is a heap object that
//! starts with an [`ObjHeader`] (`#[repr(C)]`: the reference count at
//! offset 0, the type at offset 8; compiled code relies on both, and the
//! const asserts below pin them). `None`, `True` and `False` are static,
//! immortal objects.
//!
//! Ownership: a `Value` owns one reference. `clone` increments the count,
//! `drop` decrements it and frees the object when it reaches zero — at that
//! moment, as CPython does. Immortal objects carry a count so large that it
//! never reaches zero.
//!
//! This module and its object layouts are the runtime's unsafe surface:
//! every `unsafe` block states which invariant below it relies on.
//!
//! **Invariant V1**: a `Value` whose low bit is 0 holds a pointer to a live
//! object whose header is valid, and owns one of its references.
//! **Invariant V2**: an object's `ty.dealloc` is called exactly once, when
//! its count reaches zero, with a pointer to an object of that type.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use std::num::NonZeroUsize;
use std::ptr::NonNull;

/// The header every heap object starts with.
#[repr(C)]
pub struct ObjHeader {
    pub refcnt: Cell<usize>,
    pub ty: &'static Type,
}

const _: () = assert!(std::mem::offset_of!(ObjHeader, refcnt) == 0);
const _: () = assert!(std::mem::offset_of!(ObjHeader, ty) == 8);
const _: () = assert!(std::mem::size_of::<Value>() == 8);
const _: () = assert!(std::mem::align_of::<ObjHeader>() >= 2);

thread_local! {
    /// Heap objects allocated and not yet freed (on this thread).
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

/// Counts `d` objects made (or freed, negative). Through `with`: the
/// `LocalKey::set`/`get` shorthands are not inlined, and this runs for
/// every allocation and free.
#[inline(always)]
fn live_add(d: isize) {
    LIVE.with(|l| l.set(l.get() + d));
}

/// The number of live heap objects: allocated by [`Value::alloc`] and not
/// yet freed. The leak check compares it before and after a program.
pub fn live_objects() -> isize {
    LIVE.get()
}

/// Adjusts the live count for an object given back a reference after its
/// count reached zero (a finalizer resurrecting it, `gc.rs`).
pub(crate) fn live_adjust(d: isize) {
    live_add(d);
}

/// The reference count of immortal (static) objects: never reaches zero.
pub const IMMORTAL: usize = usize::MAX / 2;

/// A built-in type: its name and how to free an object of it.
pub struct Type {
    pub name: &'static str,
    /// Frees an object of this type (Invariant V2).
    pub dealloc: unsafe fn(NonNull<ObjHeader>),
    /// For containers the cycle collector tracks: how it visits and
    /// clears their references (`gc.rs`; such objects are allocated with a
    /// link block before them, Invariant G1).
    pub gc: Option<&'static crate::gc::GcOps>,
}

/// A Python value: a tagged small int or an owned reference to an object.
/// Not `Send`: reference counts are not atomic.
#[repr(transparent)]
pub struct Value(NonZeroUsize, PhantomData<*const ObjHeader>);

/// The range of ints stored in the word itself.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// An int, tagged when it fits in 63 bits, a heap big int otherwise.
    pub fn int(i: i64) -> Value {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Value::from_word(((i << 1) | 1) as usize)
        } else {
            Value::big_int(BigInt::from(i))
        }
    }

    /// An int from an arbitrary-precision value (normalised: small when it
    /// fits).
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) => Value::int(i),
            _ => Value::big_int(b),
        }
    }

    fn big_int(b: BigInt) -> Value {
        Value::alloc(IntObj {
            header: ObjHeader::new(&INT_TYPE),
            value: b,
        })
    }

    #[inline]
    pub fn float(f: f64) -> Value {
        let head = FLOAT_FREE.with(|l| l.head.get());
        if head.is_null() {
            return Value::alloc(FloatObj {
                header: ObjHeader::new(&FLOAT_TYPE),
                value: f,
            });
        }
        // SAFETY: F1 — `head` is a `Box<FloatObj>` allocation owned by the
        // free list alone; taking it off the list makes it ours, and
        // setting the count to one and the value makes it a live float
        // (its `ty` is still FLOAT_TYPE), owned by the Value made here (V1).
        unsafe {
            let next = (*head).header.refcnt.get() as *mut FloatObj;
            FLOAT_FREE.with(|l| {
                l.head.set(next);
                l.len.set(l.len.get() - 1);
            });
            (*head).header.refcnt.set(1);
            (*head).value = f;
        }
        live_add(1);
        Value::from_word(head as usize)
    }

    pub fn none() -> Value {
        Value::from_static(&NONE.0)
    }

    /// The `NotImplemented` singleton.
    /// `Ellipsis` (`...`).
    pub fn ellipsis() -> Value {
        Value::from_static(&ELLIPSIS.0)
    }

    pub fn is_ellipsis(&self) -> bool {
        self.word() == &ELLIPSIS.0 as *const ObjHeader as usize
    }

    pub fn not_implemented() -> Value {
        Value::from_static(&NOT_IMPLEMENTED.0)
    }

    pub fn is_not_implemented(&self) -> bool {
        self.word() == &NOT_IMPLEMENTED.0 as *const ObjHeader as usize
    }

    pub fn bool(b: bool) -> Value {
        Value::from_static(if b { &TRUE.0 } else { &FALSE.0 })
    }

    fn from_static(h: &'static ObjHeader) -> Value {
        // Static objects are immortal: taking a reference never frees them.
        h.refcnt.set(h.refcnt.get().wrapping_add(1));
        Value::from_word(h as *const ObjHeader as usize)
    }

    /// Moves `obj` to the heap with a count of one (a container inside
    /// its collector link block, tracked).
    #[inline]
    pub fn alloc<T: HeapObject>(obj: T) -> Value {
        if T::GC {
            let ptr = crate::gc::alloc_tracked(obj);
            live_add(1);
            return Value::from_word(ptr as usize);
        }
        let ptr = Box::into_raw(Box::new(obj));
        live_add(1);
        Value::from_word(ptr as usize)
    }

    /// A value from its word: a tagged int (low bit 1) or a non-null
    /// pointer, so never zero.
    #[inline]
    fn from_word(w: usize) -> Value {
        match NonZeroUsize::new(w) {
            Some(w) => Value(w, PhantomData),
            None => unreachable!("a Value word is never zero"),
        }
    }

    #[inline]
    fn word(&self) -> usize {
        self.0.get()
    }

    /// The word, giving up ownership of the reference (compiled code and
    /// its helpers pass values as words; [`Value::from_raw`] takes it back).
    #[inline]
    pub fn into_raw(self) -> usize {
        let w = self.word();
        std::mem::forget(self);
        w
    }

    /// The word, borrowed (the reference stays with `self`).
    #[inline]
    pub fn as_raw(&self) -> usize {
        self.word()
    }

    /// Takes ownership of a word made by [`Value::into_raw`] (or of a
    /// reference compiled code owns); `None` for 0 (an unbound slot).
    ///
    /// # Safety
    /// `w` is 0, a tagged int, or a pointer to a live object whose
    /// reference the caller gives up (V1).
    #[inline]
    pub unsafe fn from_raw(w: usize) -> Option<Value> {
        NonZeroUsize::new(w).map(|w| Value(w, PhantomData))
    }

    /// The int in the word, if this is a small int.
    #[inline]
    pub fn as_small_int(&self) -> Option<i64> {
        (self.word() & 1 == 1).then_some((self.word() as i64) >> 1)
    }

    #[inline]
    fn header(&self) -> Option<&ObjHeader> {
        if self.word() & 1 == 1 {
            return None;
        }
        // SAFETY: V1 — a pointer-tagged Value points at a live header, kept
        // alive by the reference this Value owns for as long as `&self`.
        Some(unsafe { &*(self.word() as *const ObjHeader) })
    }

    /// The value's type name, as `type(x).__name__` gives it.
    pub fn type_name(&self) -> &'static str {
        match self.header() {
            None => "int",
            Some(h) => h.ty.name,
        }
    }

    /// The object as `T`, if it is one.
    #[inline]
    pub fn downcast<T: HeapObject>(&self) -> Option<&T> {
        let h = self.header()?;
        if !std::ptr::eq(h.ty, T::TYPE) {
            return None;
        }
        // SAFETY: V1 and the type check: an object whose header names
        // `T::TYPE` was allocated as a `T` (`HeapObject` contract).
        Some(unsafe { &*(self.word() as *const T) })
    }

    /// The object as a mutable `T`, if it is one and this is its only
    /// reference (as `Rc::get_mut`): a str being appended to in place.
    #[inline]
    pub fn get_mut<T: HeapObject>(&mut self) -> Option<&mut T> {
        let h = self.header()?;
        if !std::ptr::eq(h.ty, T::TYPE) || h.refcnt.get() != 1 {
            return None;
        }
        // SAFETY: V1 and the type check as in `downcast`; a count of one
        // means this Value owns the only reference, and every Rust borrow
        // of the object goes through a Value, so `&mut self` excludes all
        // others for the returned lifetime (immortal objects never have a
        // count of one).
        Some(unsafe { &mut *(self.word() as *mut T) })
    }

    pub fn is_none(&self) -> bool {
        self.word() == &NONE.0 as *const ObjHeader as usize
    }

    /// `id(x)`: the object's address (a small int's tagged word), stable
    /// for the object's lifetime.
    pub fn id(&self) -> usize {
        self.word()
    }

    /// `x is y`.
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// The int value of an int (small or big), or `None` for other types.
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self.as_small_int() {
            Some(i) => Some(BigInt::from(i)),
            None => self.downcast::<IntObj>().map(|o| o.value.clone()),
        }
    }

    pub fn as_float(&self) -> Option<f64> {
        self.downcast::<FloatObj>().map(|o| o.value)
    }

    pub fn as_bool(&self) -> Option<bool> {
        let h = self.header()?;
        if std::ptr::eq(h, &TRUE.0) {
            Some(true)
        } else if std::ptr::eq(h, &FALSE.0) {
            Some(false)
        } else {
            None
        }
    }

    /// The current reference count (`sys.getrefcount` minus its argument's
    /// own reference); small ints report none.
    /// `get_mut` for an object with exactly `n` references that the
    /// caller all holds (say a compiled frame's local and temporary).
    ///
    /// # Safety
    /// Every one of the `n` references must belong to the caller, and
    /// none may be used to reach the object while the result is alive.
    pub unsafe fn get_mut_held<T: HeapObject>(&mut self, n: usize) -> Option<&mut T> {
        let h = self.header()?;
        if !std::ptr::eq(h.ty, T::TYPE) || h.refcnt.get() != n {
            return None;
        }
        // SAFETY: the type check as in `downcast` (V1); the caller holds
        // every reference and uses none of them meanwhile, so this is the
        // only access (immortal objects' counts are never this small).
        Some(unsafe { &mut *(self.word() as *mut T) })
    }

    pub fn refcount(&self) -> Option<usize> {
        self.header().map(|h| h.refcnt.get())
    }
}

impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            h.refcnt.set(h.refcnt.get() + 1);
        }
        Value(self.0, PhantomData)
    }
}

impl Drop for Value {
    #[inline]
    fn drop(&mut self) {
        let Some(h) = self.header() else {
            return;
        };
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            let ty = h.ty;
            live_add(-1);
            // SAFETY: V1 — this Value held the last reference, so no other
            // reference exists; V2 — the count just reached zero, once.
            unsafe { (ty.dealloc)(NonNull::new_unchecked(self.word() as *mut ObjHeader)) }
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(i) = self.as_small_int() {
            return write!(f, "{i}");
        }
        if let Some(b) = self.to_bigint() {
            return write!(f, "{b}");
        }
        if let Some(x) = self.as_float() {
            return write!(f, "{x:?}");
        }
        if let Some(b) = self.as_bool() {
            return write!(f, "{}", if b { "True" } else { "False" });
        }
        if self.is_none() {
            return write!(f, "None");
        }
        write!(f, "<{} object>", self.type_name())
    }
}

impl ObjHeader {
    pub const fn new(ty: &'static Type) -> ObjHeader {
        ObjHeader {
            refcnt: Cell::new(1),
            ty,
        }
    }

    const fn immortal(ty: &'static Type) -> ObjHeader {
        ObjHeader {
            refcnt: Cell::new(IMMORTAL),
            ty,
        }
    }
}

/// A heap object type: `#[repr(C)]` with an [`ObjHeader`] first.
///
/// # Safety
/// Implementors must be `#[repr(C)]`, start with an `ObjHeader` whose `ty`
/// is `Self::TYPE`, and `Self::TYPE.dealloc` must free a `Box<Self>`.
pub unsafe trait HeapObject: Sized {
    const TYPE: &'static Type;
    /// A container the cycle collector tracks: allocated in a `GcBox`
    /// (then `TYPE.gc` is set and `TYPE.dealloc` frees through
    /// `gc::dealloc_gc::<Self>`).
    const GC: bool = false;
}

/// Frees a heap object allocated by [`Value::alloc`] as a `T`.
///
/// # Safety
/// `ptr` must come from `Value::alloc::<T>` and have no references left.
pub unsafe fn dealloc_box<T: HeapObject>(ptr: NonNull<ObjHeader>) {
    // SAFETY: the caller's contract: `ptr` is a `Box<T>` we leaked.
    drop(unsafe { Box::from_raw(ptr.as_ptr() as *mut T) });
}

/// Static objects are never freed.
unsafe fn dealloc_never(_: NonNull<ObjHeader>) {}

/// An int too large for the tagged form.
#[repr(C)]
pub struct IntObj {
    header: ObjHeader,
    pub value: BigInt,
}

/// A float.
#[repr(C)]
pub struct FloatObj {
    header: ObjHeader,
    pub value: f64,
}

pub static INT_TYPE: Type = Type {
    name: "int",
    dealloc: dealloc_box::<IntObj>,
    gc: None,
};
pub static FLOAT_TYPE: Type = Type {
    name: "float",
    dealloc: dealloc_float,
    gc: None,
};

/// Freed float objects kept for reuse (as CPython's float free list):
/// arithmetic makes and drops floats at a high rate, and malloc/free was a
/// large share of float-heavy programs.
const FLOAT_FREE_MAX: usize = 128;

/// The free list: freed `Box<FloatObj>` allocations chained through their
/// (unused) reference count field, `head` the first, null at the end.
/// Plain cells without a destructor, so reaching the thread-local costs no
/// initialization check; `release_free_lists` frees the allocations.
///
/// **Invariant F1**: every allocation on the list came from
/// `Box::<FloatObj>::new` (through `Value::alloc`), no `Value` points to
/// it, and only the list refers to it; `len` counts them.
struct FloatFree {
    head: Cell<*mut FloatObj>,
    len: Cell<usize>,
}

thread_local! {
    static FLOAT_FREE: FloatFree = const {
        FloatFree {
            head: Cell::new(std::ptr::null_mut()),
            len: Cell::new(0),
        }
    };
}

/// FLOAT_TYPE's dealloc: back to the free list, or freed.
unsafe fn dealloc_float(ptr: NonNull<ObjHeader>) {
    let p = ptr.as_ptr() as *mut FloatObj;
    let kept = FLOAT_FREE.with(|l| {
        if l.len.get() >= FLOAT_FREE_MAX {
            return false;
        }
        // SAFETY: V2 — the count reached zero, so no Value refers to `p`
        // any more; it becomes the list's (F1), chained through its count.
        unsafe { (*p).header.refcnt.set(l.head.get() as usize) };
        l.head.set(p);
        l.len.set(l.len.get() + 1);
        true
    });
    if !kept {
        // SAFETY: V2 — `ptr` is a `Box<FloatObj>` we leaked (Value::alloc)
        // and nothing refers to it any more.
        drop(unsafe { Box::from_raw(p) });
    }
}

/// Frees the allocations kept for reuse on this thread (the float free
/// list); the run of a program calls it at its end.
pub fn release_free_lists() {
    FLOAT_FREE.with(|l| {
        let mut p = l.head.replace(std::ptr::null_mut());
        l.len.set(0);
        while !p.is_null() {
            // SAFETY: F1 — `p` is a list allocation from `Box::new`, now
            // taken off the list (head reset above), so ours to free.
            let b = unsafe { Box::from_raw(p) };
            p = b.header.refcnt.get() as *mut FloatObj;
        }
    });
}
pub static NONE_TYPE: Type = Type {
    name: "NoneType",
    dealloc: dealloc_never,
    gc: None,
};
pub static NOT_IMPLEMENTED_TYPE: Type = Type {
    name: "NotImplementedType",
    dealloc: dealloc_never,
    gc: None,
};
pub static ELLIPSIS_TYPE: Type = Type {
    name: "ellipsis",
    dealloc: dealloc_never,
    gc: None,
};
pub static BOOL_TYPE: Type = Type {
    name: "bool",
    dealloc: dealloc_never,
    gc: None,
};

// SAFETY: IntObj is #[repr(C)] with the header first; INT_TYPE frees a Box<IntObj>.
unsafe impl HeapObject for IntObj {
    const TYPE: &'static Type = &INT_TYPE;
}
// SAFETY: as above, for FloatObj and FLOAT_TYPE.
unsafe impl HeapObject for FloatObj {
    const TYPE: &'static Type = &FLOAT_TYPE;
}

/// The `None`, `True` and `False` singletons. The runtime is
/// single-threaded (one interpreter per thread): their headers are only
/// touched through `Value`, which is neither `Send` nor `Sync`.
struct Immortal(ObjHeader);
// SAFETY: the counts of immortal objects are only changed from the one
// interpreter thread (Value is !Send), and never reach zero.
unsafe impl Sync for Immortal {}

static NONE: Immortal = Immortal(ObjHeader::immortal(&NONE_TYPE));
static TRUE: Immortal = Immortal(ObjHeader::immortal(&BOOL_TYPE));
static FALSE: Immortal = Immortal(ObjHeader::immortal(&BOOL_TYPE));
static NOT_IMPLEMENTED: Immortal = Immortal(ObjHeader::immortal(&NOT_IMPLEMENTED_TYPE));
static ELLIPSIS: Immortal = Immortal(ObjHeader::immortal(&ELLIPSIS_TYPE));

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn small_ints_are_in_the_word() {
        for i in [0, 1, -1, 42, SMALL_INT_MAX, SMALL_INT_MIN] {
            let v = Value::int(i);
            assert_eq!(v.as_small_int(), Some(i));
            assert_eq!(v.refcount(), None);
            assert_eq!(v.type_name(), "int");
        }
    }

    #[test]
    fn ints_beyond_63_bits_are_exact_big_ints() {
        let v = Value::int(i64::MAX);
        assert_eq!(v.as_small_int(), None);
        assert_eq!(v.to_bigint(), Some(BigInt::from(i64::MAX)));
        let big = BigInt::from(2).pow(100);
        assert_eq!(Value::from_bigint(big.clone()).to_bigint(), Some(big));
        // Normalised: a big int that fits is stored small.
        assert_eq!(Value::from_bigint(BigInt::from(7)).as_small_int(), Some(7));
    }

    #[test]
    fn reference_counts_follow_clones_and_drops() {
        let v = Value::float(1.5);
        assert_eq!(v.refcount(), Some(1));
        let w = v.clone();
        assert_eq!(v.refcount(), Some(2));
        assert!(v.is(&w));
        drop(w);
        assert_eq!(v.refcount(), Some(1));
        assert_eq!(v.as_float(), Some(1.5));
    }

    /// An object that records when it is freed, to check the moment.
    #[repr(C)]
    struct Probe {
        header: ObjHeader,
        freed: Rc<Cell<bool>>,
    }
    static PROBE_TYPE: Type = Type {
        name: "probe",
        dealloc: dealloc_probe,
        gc: None,
    };
    unsafe fn dealloc_probe(ptr: NonNull<ObjHeader>) {
        // SAFETY: only called by Value::drop for a Probe (V2).
        let b = unsafe { Box::from_raw(ptr.as_ptr() as *mut Probe) };
        b.freed.set(true);
    }
    // SAFETY: #[repr(C)], header first, PROBE_TYPE frees a Box<Probe>.
    unsafe impl HeapObject for Probe {
        const TYPE: &'static Type = &PROBE_TYPE;
    }

    #[test]
    fn objects_are_freed_when_the_last_reference_goes() {
        let freed = Rc::new(Cell::new(false));
        let v = Value::alloc(Probe {
            header: ObjHeader::new(&PROBE_TYPE),
            freed: freed.clone(),
        });
        let w = v.clone();
        drop(v);
        assert!(!freed.get());
        assert!(w.downcast::<Probe>().is_some());
        drop(w);
        assert!(freed.get());
    }

    #[test]
    fn singletons_are_immortal_and_identical() {
        let a = Value::none();
        let b = Value::none();
        assert!(a.is(&b) && a.is_none());
        assert_eq!(Value::bool(true).as_bool(), Some(true));
        assert_eq!(Value::bool(false).as_bool(), Some(false));
        assert!(!Value::bool(true).is(&Value::bool(false)));
        assert_eq!(Value::bool(true).type_name(), "bool");
        drop((a, b));
        assert!(Value::none().refcount().unwrap() > IMMORTAL / 2);
    }
}

/// Addresses and offsets compiled code relies on (the JIT embeds them).
pub mod layout {
    use super::*;

    /// The words of `None`, `True`, `False` (immortal: no counting needed).
    pub fn none_word() -> usize {
        &NONE.0 as *const ObjHeader as usize
    }
    pub fn true_word() -> usize {
        &TRUE.0 as *const ObjHeader as usize
    }
    pub fn false_word() -> usize {
        &FALSE.0 as *const ObjHeader as usize
    }
    /// The `ty` pointer of a `float` object.
    pub fn float_type() -> usize {
        &FLOAT_TYPE as *const Type as usize
    }
    /// Offset of the `f64` in a float object.
    pub const FLOAT_VALUE: usize = std::mem::offset_of!(FloatObj, value);
}
