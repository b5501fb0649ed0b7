//! Instance attributes: hidden classes ("shapes") with a value vector.
//!
//! An instance's `__dict__` is stored as a [`Shape`] — the names of its
//! attributes in insertion order, shared by every instance that acquired
//! the same names in the same order — and a vector of values, one per
//! name. Setting a new attribute moves the instance along the shape's
//! transition for that name (made once, then shared), so the instances of
//! a class whose `__init__` sets the same attributes all share one shape
//! and an attribute read is a short scan of the shape's names (and, for
//! compiled code and the interpreter's caches, a shape comparison and an
//! index).
//!
//! Deleting an attribute, or more names than a shape may hold, moves the
//! instance to *dictionary mode*: its names and values in `extra`, a plain
//! ordered list. Insertion order (`vars()`, `__dict__`) is preserved in
//! both modes, and values are released first to last, as CPython's dict
//! releases them.

use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

/// The class epoch: bumped whenever what an attribute lookup on an
/// instance could find in its class may have changed (any class or
/// function namespace written, a class made or cleared). Attribute caches
/// (compiled code's, see `interp/jit.rs`) record the epoch they were
/// filled at and are used only while it is unchanged; shapes never die
/// during a run, so a cached shape word cannot be reused by another.
pub static EPOCH: AtomicU64 = AtomicU64::new(0);

/// Invalidates every attribute cache.
pub fn bump_epoch() {
    EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// The current class epoch.
pub fn epoch() -> u64 {
    EPOCH.load(Ordering::Relaxed)
}

/// The most names a shape holds; an instance with more attributes keeps
/// the rest in dictionary mode.
const MAX_KEYS: usize = 48;
/// The most transitions a shape records; further new names go to
/// dictionary mode (an object used as a dictionary of arbitrary names
/// would otherwise grow the shape tree without bound).
const MAX_TRANSITIONS: usize = 24;

/// Names in insertion order, and the shapes one more name leads to.
pub struct Shape {
    keys: Vec<Rc<str>>,
    next: RefCell<Vec<(Rc<str>, Rc<Shape>)>>,
}

thread_local! {
    static ROOT: Rc<Shape> = Rc::new(Shape { keys: Vec::new(), next: RefCell::new(Vec::new()) });
}

impl Shape {
    /// The names, in insertion order.
    pub fn keys(&self) -> &[Rc<str>] {
        &self.keys
    }

    /// The index of `name` among the names.
    #[inline]
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.keys.iter().position(|k| **k == *name)
    }

    /// The shape with `name` added (made on first use); `None` when this
    /// shape may not grow (dictionary mode follows).
    fn with(self: &Rc<Shape>, name: &str) -> Option<Rc<Shape>> {
        let mut next = self.next.borrow_mut();
        if let Some((_, s)) = next.iter().find(|(k, _)| **k == *name) {
            return Some(Rc::clone(s));
        }
        if self.keys.len() >= MAX_KEYS || next.len() >= MAX_TRANSITIONS {
            return None;
        }
        let key: Rc<str> = Rc::from(name);
        let mut keys = self.keys.clone();
        keys.push(Rc::clone(&key));
        let s = Rc::new(Shape {
            keys,
            next: RefCell::new(Vec::new()),
        });
        next.push((key, Rc::clone(&s)));
        Some(s)
    }
}

/// Names and values in dictionary mode.
type Pairs = Vec<(Box<str>, Value)>;

/// The storage behind `RefCell` in [`Attrs`]; `repr(C)` so compiled code
/// can find the shape pointer (the first word).
#[repr(C)]
#[derive(Default)]
pub struct AttrStore {
    /// `None`: the empty shape.
    shape: Option<Rc<Shape>>,
    /// One value per name of the shape.
    values: Vec<Value>,
    /// Dictionary mode: the names the shape does not hold, after its own.
    /// (Boxed: most instances never need it, and it costs a word then.)
    extra: Option<Box<Extra>>,
}

/// What few instances need: dictionary mode's pairs, and the weak
/// references to the instance (their addresses: a weak reference removes
/// itself when it dies first, and is cleared when the instance dies).
#[derive(Default)]
struct Extra {
    pairs: Pairs,
    weakrefs: Vec<usize>,
    /// Once the program asks for the namespace as a `dict` (`__dict__`,
    /// `vars()`): that dict, from then on the only storage (the shape is
    /// empty and `pairs` unused), so writes through the dict and through
    /// attributes see each other.
    dict: Option<Value>,
}

/// Whether `name` is stored beside the namespace rather than in it: the
/// `__slots__` values of an instance that also has a `__dict__` are kept
/// under their name prefixed with NUL, which no attribute name can hold.
pub fn is_hidden(name: &str) -> bool {
    name.starts_with('\0')
}

/// The value stored under the str `name` in the dict `d`.
fn dict_get(d: &Value, name: &str) -> Option<Value> {
    let d = d.downcast::<crate::objects::DictObj>()?;
    let t = d.table.borrow();
    t.get(crate::objects::str_hash(name), |k: &Value| {
        Ok::<bool, ()>(
            k.downcast::<crate::objects::StrObj>()
                .is_some_and(|s| s.value == name),
        )
    })
    .ok()
    .flatten()
    .cloned()
}

/// An object's attribute namespace (an instance's or a user exception's
/// `__dict__`).
#[derive(Default)]
pub struct Attrs(RefCell<AttrStore>);

impl Attrs {
    pub fn new() -> Attrs {
        Attrs::default()
    }

    /// The value of `name`.
    #[inline]
    pub fn get(&self, name: &str) -> Option<Value> {
        let s = self.0.borrow();
        if let Some(d) = s.dict()
            && !is_hidden(name)
        {
            return dict_get(d, name);
        }
        if let Some(shape) = &s.shape
            && let Some(i) = shape.index_of(name)
        {
            return Some(s.values[i].clone());
        }
        s.extra()
            .iter()
            .find(|(k, _)| **k == *name)
            .map(|(_, v)| v.clone())
    }

    /// Sets (`Some`) or deletes (`None`) `name`; `false` when deleting a
    /// name that is not there. The old value is released after the borrow
    /// ends (its `__del__` may touch this namespace).
    pub fn set(&self, name: &str, v: Option<Value>) -> bool {
        let mut s = self.0.borrow_mut();
        let s = &mut *s;
        if let Some(d) = s
            .dict()
            .and_then(|d| d.downcast::<crate::objects::DictObj>())
            && !is_hidden(name)
        {
            let h = crate::objects::str_hash(name);
            let is_name = |k: &Value| {
                Ok::<bool, ()>(
                    k.downcast::<crate::objects::StrObj>()
                        .is_some_and(|s| s.value == name),
                )
            };
            let old = {
                let mut t = d.table.borrow_mut();
                match v {
                    Some(v) => t
                        .insert(h, crate::objects::new_str(name), v, is_name)
                        .ok()
                        .flatten(),
                    None => match t.remove(h, is_name) {
                        Ok(Some(e)) => Some(e.value),
                        _ => return false,
                    },
                }
            };
            drop(old);
            return true;
        }
        let pos = s.shape.as_ref().and_then(|sh| sh.index_of(name));
        let old = match (pos, v) {
            (Some(i), Some(v)) => std::mem::replace(&mut s.values[i], v),
            (Some(i), None) => {
                s.enter_dict_mode();
                s.extra_mut().remove(i).1
            }
            (None, v) => {
                let e = s.extra().iter().position(|(k, _)| **k == *name);
                match (e, v) {
                    (Some(j), Some(v)) => std::mem::replace(&mut s.extra_mut()[j].1, v),
                    (Some(j), None) => s.extra_mut().remove(j).1,
                    (None, None) => return false,
                    (None, Some(v)) => {
                        s.add(name, v);
                        return true;
                    }
                }
            }
        };
        drop(old);
        true
    }

    /// The names and values in insertion order.
    pub fn items(&self) -> Vec<(String, Value)> {
        let s = self.0.borrow();
        if let Some(d) = s
            .dict()
            .and_then(|d| d.downcast::<crate::objects::DictObj>())
        {
            return d
                .table
                .borrow()
                .iter()
                .filter_map(|e| {
                    let k = e.key.downcast::<crate::objects::StrObj>()?;
                    Some((k.value.clone(), e.value.clone()))
                })
                .collect();
        }
        let mut out = Vec::with_capacity(s.values.len() + s.extra().len());
        if let Some(shape) = &s.shape {
            for (k, v) in shape.keys.iter().zip(&s.values) {
                if !is_hidden(k) {
                    out.push((k.to_string(), v.clone()));
                }
            }
        }
        for (k, v) in s.extra() {
            if !is_hidden(k) {
                out.push((k.to_string(), v.clone()));
            }
        }
        out
    }

    /// Where `name` is when the shape holds it: the shape word (as stored
    /// in the object, what compiled code compares) and its index.
    pub fn slot_of(&self, name: &str) -> Option<(usize, usize)> {
        let s = self.0.borrow();
        let i = s.shape.as_ref()?.index_of(name)?;
        Some((s.shape_word(), i))
    }

    /// The value at index `i` of the shape (`slot_of`'s index), when the
    /// store keeps its values by shape (no live `__dict__` object).
    pub fn value_at(&self, i: usize) -> Option<Value> {
        let s = self.0.borrow();
        if s.dict().is_some() {
            return None;
        }
        s.values.get(i).cloned()
    }

    /// Replaces the value at index `i` of the shape, giving the old one
    /// back for the caller to drop (after this store is released: its
    /// `__del__` may look at the instance); `Err(v)` when the store keeps
    /// no values by shape.
    pub fn replace_at(&self, i: usize, v: Value) -> Result<Value, Value> {
        let mut s = self.0.borrow_mut();
        if s.dict().is_some() {
            return Err(v);
        }
        match s.values.get_mut(i) {
            Some(slot) => Ok(std::mem::replace(slot, v)),
            None => Err(v),
        }
    }

    /// The offset of the word that is 0 when the store has nothing beyond
    /// its shape's names (no extra pairs, no `__dict__` object, no weak
    /// references), within the storage (`store_addr`): compiled code's
    /// method cache reads it, since an instance holding names beyond its
    /// shape may shadow the method.
    pub fn extra_offset() -> usize {
        std::mem::offset_of!(AttrStore, extra)
    }

    /// Whether the shape alone says which names the store holds (no live
    /// `__dict__` object, no names beyond the shape's).
    pub fn by_shape(&self) -> bool {
        let s = self.0.borrow();
        s.dict().is_none() && s.extra().is_empty()
    }

    /// The shape word (0: the empty shape, or dictionary mode).
    pub fn shape_word(&self) -> usize {
        self.0.borrow().shape_word()
    }

    /// The address of the storage (the shape word is its first word, the
    /// value vector follows), for compiled code's layout probe.
    pub fn store_addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// The number of attributes.
    pub fn len(&self) -> usize {
        let s = self.0.borrow();
        if let Some(d) = s
            .dict()
            .and_then(|d| d.downcast::<crate::objects::DictObj>())
        {
            return d.table.borrow().len();
        }
        s.values.len() + s.extra().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether `name` is set.
    pub fn contains(&self, name: &str) -> bool {
        let s = self.0.borrow();
        if let Some(d) = s.dict() {
            return dict_get(d, name).is_some();
        }
        s.shape.as_ref().and_then(|sh| sh.index_of(name)).is_some()
            || s.extra().iter().any(|(k, _)| **k == *name)
    }

    /// Visits every value (for the cycle collector); nothing while the
    /// namespace is being changed.
    pub fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.0.try_borrow() {
            for v in &s.values {
                visit(v);
            }
            for (_, v) in s.extra() {
                visit(v);
            }
            if let Some(d) = s.dict() {
                visit(d);
            }
        }
    }

    /// Whether any value may be a tracked container.
    pub fn holds_containers(&self) -> bool {
        self.0.try_borrow().is_ok_and(|s| {
            s.values.iter().any(crate::gc::may_be_tracked)
                || s.extra().iter().any(|(_, v)| crate::gc::may_be_tracked(v))
                || s.dict().is_some()
        })
    }

    /// Empties the namespace (the collector breaking a cycle), releasing
    /// the values after the borrow ends; the weak references stay.
    pub fn clear(&self) {
        let taken = match self.0.try_borrow_mut() {
            Ok(mut s) => {
                let weakrefs = s.take_weakrefs();
                let old = std::mem::take(&mut *s);
                if !weakrefs.is_empty() {
                    s.extra_weakrefs().extend(weakrefs);
                }
                old
            }
            Err(_) => return,
        };
        drop(taken);
    }

    /// The namespace as a `dict` shared with the object: made on first
    /// use from the attributes (in order), after which it is the storage.
    pub fn as_dict(&self) -> Value {
        if let Some(d) = self.0.borrow().dict() {
            return d.clone();
        }
        let items = self.items();
        let hidden: Pairs = {
            let s = self.0.borrow();
            let shape_keys = s.shape.as_ref().map_or(&[][..], |sh| &sh.keys[..]);
            shape_keys
                .iter()
                .map(|k| Box::<str>::from(&**k))
                .zip(s.values.iter().cloned())
                .chain(s.extra().iter().cloned())
                .filter(|(k, _)| is_hidden(k))
                .collect()
        };
        let mut table = crate::table::Dict::new();
        for (k, v) in items {
            table.insert_new(crate::objects::str_hash(&k), crate::objects::new_str(k), v);
        }
        let d = crate::objects::new_dict(table);
        let old = {
            let mut s = self.0.borrow_mut();
            let shape = s.shape.take();
            let values = std::mem::take(&mut s.values);
            let pairs = std::mem::replace(s.extra_mut(), hidden);
            s.extra.get_or_insert_with(Default::default).dict = Some(d.clone());
            (shape, values, pairs)
        };
        drop(old);
        d
    }

    /// Records a weak reference (its address) to the owner.
    pub fn add_weakref(&self, addr: usize) {
        self.0.borrow_mut().extra_weakrefs().push(addr);
    }

    /// Forgets a weak reference that dies before the owner.
    pub fn remove_weakref(&self, addr: usize) {
        if let Ok(mut s) = self.0.try_borrow_mut()
            && let Some(e) = s.extra.as_mut()
        {
            e.weakrefs.retain(|&w| w != addr);
        }
    }

    /// The weak references to the owner (their addresses), taken: the
    /// owner is being freed.
    pub fn take_weakrefs(&self) -> Vec<usize> {
        self.0
            .try_borrow_mut()
            .map(|mut s| s.take_weakrefs())
            .unwrap_or_default()
    }

    /// The number of weak references to the owner.
    pub fn weakref_count(&self) -> usize {
        self.0
            .try_borrow()
            .map_or(0, |s| s.extra.as_ref().map_or(0, |e| e.weakrefs.len()))
    }

    /// The addresses of the weak references to the owner.
    pub fn weakrefs(&self) -> Vec<usize> {
        self.0
            .try_borrow()
            .map(|s| {
                s.extra
                    .as_ref()
                    .map_or_else(Vec::new, |e| e.weakrefs.clone())
            })
            .unwrap_or_default()
    }
}

impl AttrStore {
    fn take_weakrefs(&mut self) -> Vec<usize> {
        self.extra
            .as_mut()
            .map(|e| std::mem::take(&mut e.weakrefs))
            .unwrap_or_default()
    }

    fn extra_weakrefs(&mut self) -> &mut Vec<usize> {
        &mut self.extra.get_or_insert_with(Default::default).weakrefs
    }

    fn dict(&self) -> Option<&Value> {
        self.extra.as_deref().and_then(|e| e.dict.as_ref())
    }

    fn extra(&self) -> &[(Box<str>, Value)] {
        self.extra.as_deref().map_or(&[], |e| e.pairs.as_slice())
    }

    fn extra_mut(&mut self) -> &mut Vec<(Box<str>, Value)> {
        &mut self.extra.get_or_insert_with(Default::default).pairs
    }

    /// The shape pointer as the word stored in the object (0: the empty
    /// shape).
    fn shape_word(&self) -> usize {
        // SAFETY: `Option<Rc<T>>` is one pointer word, null for `None`.
        unsafe { std::mem::transmute_copy::<Option<Rc<Shape>>, usize>(&self.shape) }
    }

    fn add(&mut self, name: &str, v: Value) {
        if self.extra().is_empty() && self.dict().is_none() {
            let next = match &self.shape {
                Some(sh) => sh.with(name),
                None => ROOT.with(|r| r.with(name)),
            };
            if let Some(next) = next {
                self.shape = Some(next);
                self.values.push(v);
                return;
            }
        }
        self.extra_mut().push((name.into(), v));
    }

    /// Moves every attribute into `extra` (in order), leaving the empty
    /// shape.
    fn enter_dict_mode(&mut self) {
        let Some(shape) = self.shape.take() else {
            return;
        };
        let mut extra: Vec<(Box<str>, Value)> = shape
            .keys
            .iter()
            .map(|k| Box::from(&**k))
            .zip(self.values.drain(..))
            .collect();
        extra.append(self.extra_mut());
        *self.extra_mut() = extra;
    }
}

#[cfg(test)]
mod tests {
    /// The sizes ARCHITECTURE.md quotes (64-bit): a change that grows a
    /// common object shows up here.
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn object_sizes() {
        use crate::gc::{GcBox, HEAD_SIZE};
        use crate::objects::*;
        use std::mem::size_of;
        assert_eq!(HEAD_SIZE, 24);
        assert_eq!(size_of::<GcBox<InstanceObj>>(), 104);
        assert_eq!(size_of::<GcBox<ListObj>>(), 72);
        assert_eq!(size_of::<GcBox<TupleObj>>(), 64);
        assert_eq!(size_of::<StrObj>(), 40);
        assert_eq!(size_of::<crate::value::FloatObj>(), 24);
    }
}
