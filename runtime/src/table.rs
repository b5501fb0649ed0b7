//! CPython 3.11-compatible hash tables: the storage behind `dict` and `set`.
//!
//! Both tables are generic over the key (and value) type. They never hash or
//! compare keys themselves: every operation takes the key's hash (computed by
//! the caller with Python's `__hash__`, e.g. [`crate::num::hash_int`]) and an
//! equality callback `FnMut(&K) -> Result<bool, E>` standing for Python's
//! `stored_key == probe_key` (which can raise: `E` is the caller's error). The
//! callback is asked only about stored keys whose stored hash equals the probe
//! hash, exactly as CPython does, so the sequence of `__eq__` calls matches.
//! Identity shortcuts (`x is y` before `__eq__`) belong in the callback.
//!
//! # `Dict<K, V>`: the compact dict (Objects/dictobject.c)
//!
//! * `indices`: a table of `2**log2_size` slots (power of two, at least 8
//!   once anything is stored; a fresh or cleared dict has the 1-slot "empty
//!   keys" table, `log2_size == 0`). Each slot holds [`DKIX_EMPTY`],
//!   [`DKIX_DUMMY`] (a deleted entry's slot: probing continues past it) or an
//!   index into `entries`. The slot width is i8/i16/i32/i64 by table size
//!   (up to 2**7, 2**15, 2**31 slots, beyond), as in CPython.
//! * `entries`: `(hash, key, value)` in insertion order; a deleted entry
//!   leaves a hole (`None`) so later indices stay valid. `entries.len()` is
//!   CPython's `dk_nentries`; `usable` is `dk_usable`, the number of entries
//!   that may still be appended before a resize (`USABLE_FRACTION(size) =
//!   size * 2 / 3` minus entries appended; deletes do not give it back).
//! * Probing: `i = hash & mask`, then `perturb >>= 5; i = (i*5 + perturb + 1)
//!   & mask` with `perturb` starting at the hash as an unsigned 64-bit value.
//! * Insertion of a new key when `usable == 0` first resizes to the smallest
//!   power of two `>= max(8, used * 3)` (`GROWTH_RATE`); a resize drops the
//!   holes (compaction keeps the order) and rebuilds the index table.
//! * Iteration order is entry order (= insertion order, a re-inserted key
//!   goes to the end); `popitem` takes the last live entry and truncates
//!   `entries` to it (so the next insertion reuses that entry index).
//! * `version` increases on every mutation (CPython's `ma_version_tag`).
//!   [`DictIter`] detects mutation during iteration as CPython does: a
//!   changed `len` is "dictionary changed size during iteration"; finding
//!   more entries than the length promised is "dictionary keys changed during
//!   iteration".
//!
//! # `Set<K>`: open addressing (Objects/setobject.c)
//!
//! * `table`: `mask + 1` slots (power of two, at least 8), each empty, a
//!   dummy (deleted; CPython's `dummy` key with hash -1) or `(hash, key)`.
//!   `fill` counts active + dummy slots, `used` active ones.
//! * Probing: from `i = hash & mask` inspect up to `LINEAR_PROBES = 9` more
//!   consecutive slots (only if they do not wrap past the end), then
//!   `perturb >>= 5; i = (i*5 + 1 + perturb) & mask`.
//! * `add` probes to the first empty slot; if it passed dummies it reuses
//!   the *last* dummy seen (as 3.11's `set_add_entry`, verified against
//!   python3), else it fills the empty slot, and when `fill*5 >= mask*3`
//!   afterwards it resizes to the smallest power of two `> (used > 50000 ? used*2 :
//!   used*4)` (at least 8), reinserting active entries in old slot order.
//! * Iteration is in slot order; `pop` scans from a "finger" left by the
//!   previous `pop` (never reset, like CPython's `so->finger`).
//! * The set algebra (`|`, `&`, `-`, `^`, their in-place forms, `copy`,
//!   `update`) follows CPython's algorithms (which operand is iterated,
//!   presizing, the fast copy paths), since those decide the result's order.
//!
//! # Mutation during lookup
//!
//! Python's `__eq__` may mutate the table being searched. With a plain
//! `&self`/`&mut self` method Rust's borrow rules make that impossible (the
//! object model must keep the table in a cell and release its borrow around
//! `__eq__`). For that case the probes are resumable: [`Dict::probe`] /
//! [`Dict::probe_next`] / [`Dict::probe_still_valid`] (and the `Set`
//! equivalents) let the caller drop its borrow while comparing, then check,
//! as CPython does, that the table storage was not replaced (`generation`,
//! bumped on resize/clear) and that the compared slot still holds the same key
//! object (`is_same` callback, an identity test); if not, the lookup
//! restarts from the beginning, exactly where CPython restarts.

// ---------------------------------------------------------------------------
// Shared constants
// ---------------------------------------------------------------------------

/// Bits shifted out of `perturb` at each probe step (both tables).
pub const PERTURB_SHIFT: u32 = 5;
/// Index-table slot never used.
pub const DKIX_EMPTY: i64 = -1;
/// Index-table slot whose entry was deleted.
pub const DKIX_DUMMY: i64 = -2;
/// log2 of a dict's smallest real index table (8 slots).
pub const DICT_LOG_MINSIZE: u8 = 3;
/// A set's smallest table.
pub const SET_MINSIZE: usize = 8;
/// Consecutive slots a set probe inspects before perturbing.
pub const LINEAR_PROBES: usize = 9;

/// Mutation detected while iterating (a Python `RuntimeError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IterError {
    /// `dict`: "dictionary changed size during iteration".
    DictChangedSize,
    /// `dict`: "dictionary keys changed during iteration".
    DictKeysChanged,
    /// `set`: "Set changed size during iteration".
    SetChangedSize,
}

impl IterError {
    /// CPython's `RuntimeError` message.
    pub fn message(self) -> &'static str {
        match self {
            IterError::DictChangedSize => "dictionary changed size during iteration",
            IterError::DictKeysChanged => "dictionary keys changed during iteration",
            IterError::SetChangedSize => "Set changed size during iteration",
        }
    }
}

/// `USABLE_FRACTION(n)`: entries a dict index table of `n` slots holds.
fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// `calculate_log2_keysize`: log2 of the smallest power of two `>= minsize`,
/// at least 8.
fn calculate_log2_keysize(minsize: usize) -> u8 {
    let m = (minsize | 8) - 1;
    (usize::BITS - (m | 7).leading_zeros()) as u8
}

/// `estimate_log2_keysize`: a table that can hold `n` entries.
fn estimate_log2_keysize(n: usize) -> u8 {
    calculate_log2_keysize((n * 3).div_ceil(2))
}

// ---------------------------------------------------------------------------
// Dict
// ---------------------------------------------------------------------------

/// The index table, its slot width chosen by size as in CPython.
#[derive(Debug, Clone)]
enum Indices {
    I8(Vec<i8>),
    I16(Vec<i16>),
    I32(Vec<i32>),
    I64(Vec<i64>),
}

impl Indices {
    fn new(log2_size: u8) -> Indices {
        let n = 1usize << log2_size;
        if log2_size < 8 {
            Indices::I8(vec![-1; n])
        } else if log2_size < 16 {
            Indices::I16(vec![-1; n])
        } else if log2_size < 32 {
            Indices::I32(vec![-1; n])
        } else {
            Indices::I64(vec![-1; n])
        }
    }

    fn get(&self, i: usize) -> i64 {
        match self {
            Indices::I8(v) => i64::from(v[i]),
            Indices::I16(v) => i64::from(v[i]),
            Indices::I32(v) => i64::from(v[i]),
            Indices::I64(v) => v[i],
        }
    }

    fn set(&mut self, i: usize, ix: i64) {
        match self {
            Indices::I8(v) => v[i] = ix as i8,
            Indices::I16(v) => v[i] = ix as i16,
            Indices::I32(v) => v[i] = ix as i32,
            Indices::I64(v) => v[i] = ix,
        }
    }

    /// Bytes per slot.
    fn width(&self) -> usize {
        match self {
            Indices::I8(_) => 1,
            Indices::I16(_) => 2,
            Indices::I32(_) => 4,
            Indices::I64(_) => 8,
        }
    }
}

/// One stored dict entry.
#[derive(Debug, Clone)]
pub struct DictEntry<K, V> {
    pub hash: i64,
    pub key: K,
    pub value: V,
}

/// A compact, insertion-ordered hash table (CPython's combined-table dict).
#[derive(Debug, Clone)]
pub struct Dict<K, V> {
    log2_size: u8,
    indices: Indices,
    entries: Vec<Option<DictEntry<K, V>>>,
    usable: usize,
    used: usize,
    version: u64,
    generation: u64,
}

/// A resumable dict lookup (see the module doc, "Mutation during lookup").
#[derive(Debug, Clone)]
pub struct DictProbe {
    hash: i64,
    generation: u64,
    slot: usize,
    perturb: u64,
    started: bool,
    candidate: usize,
}

/// A dict iterator's state (CPython's `dictiterobject`): the entry position,
/// the length seen at creation and the number of items still expected.
#[derive(Debug, Clone)]
pub struct DictIter {
    pos: usize,
    used_at_start: usize,
    remaining: usize,
    broken: bool,
}

impl<K, V> Default for Dict<K, V> {
    fn default() -> Self {
        Dict::new()
    }
}

impl<K, V> Dict<K, V> {
    /// An empty dict (sharing nothing: the 1-slot empty-keys table).
    pub fn new() -> Dict<K, V> {
        Dict {
            log2_size: 0,
            indices: Indices::new(0),
            entries: Vec::new(),
            usable: 0,
            used: 0,
            version: 0,
            generation: 0,
        }
    }

    /// An empty dict presized for `n` items (`_PyDict_NewPresized`).
    pub fn with_capacity(n: usize) -> Dict<K, V> {
        let mut d = Dict::new();
        if n > 5 {
            d.install_keys(estimate_log2_keysize(n));
        }
        d
    }

    fn install_keys(&mut self, log2_size: u8) {
        self.log2_size = log2_size;
        self.indices = Indices::new(log2_size);
        self.usable = usable_fraction(1 << log2_size);
        self.generation += 1;
    }

    /// Number of live items.
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Mutation counter: changes whenever the dict is modified.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Storage identity: changes whenever the tables are replaced.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Index-table slots (0 for the empty-keys table of a new/cleared dict).
    pub fn index_size(&self) -> usize {
        if self.log2_size == 0 {
            0
        } else {
            1 << self.log2_size
        }
    }

    /// Bytes per index slot (1, 2, 4 or 8).
    pub fn index_width(&self) -> usize {
        self.indices.width()
    }

    /// `dk_nentries`: entry slots in use, holes included.
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// `dk_usable`: entries that can be appended before a resize.
    pub fn usable(&self) -> usize {
        self.usable
    }

    fn mask(&self) -> usize {
        (1usize << self.log2_size) - 1
    }

    /// The live entry at entry index `ix`.
    pub fn entry(&self, ix: usize) -> Option<&DictEntry<K, V>> {
        self.entries.get(ix).and_then(Option::as_ref)
    }

    /// Mutable access to the value at entry index `ix` (not a mutation in
    /// CPython's sense: the version is unchanged, as for an in-place update of
    /// the value object).
    pub fn value_mut(&mut self, ix: usize) -> Option<&mut V> {
        self.entries
            .get_mut(ix)
            .and_then(Option::as_mut)
            .map(|e| &mut e.value)
    }

    /// Replaces the value at entry index `ix` (`d[k] = v` for a present key).
    pub fn replace_value(&mut self, ix: usize, value: V) -> V {
        let e = self.entries[ix].as_mut().expect("live entry");
        self.version += 1;
        std::mem::replace(&mut e.value, value)
    }

    // -- lookup ------------------------------------------------------------

    /// Starts a resumable lookup of `hash`.
    pub fn probe(&self, hash: i64) -> DictProbe {
        DictProbe {
            hash,
            generation: self.generation,
            slot: hash as u64 as usize & self.mask(),
            perturb: hash as u64,
            started: false,
            candidate: 0,
        }
    }

    /// The next entry index whose stored hash equals the probe's (to be
    /// compared with `__eq__`), or `None` when the key is absent.
    pub fn probe_next(&self, p: &mut DictProbe) -> Option<usize> {
        let mask = self.mask();
        if p.started {
            p.perturb >>= PERTURB_SHIFT;
            p.slot = (p
                .slot
                .wrapping_mul(5)
                .wrapping_add(p.perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        p.started = true;
        loop {
            let ix = self.indices.get(p.slot);
            if ix == DKIX_EMPTY {
                return None;
            }
            if ix >= 0 {
                let e = self.entries[ix as usize].as_ref().expect("indexed entry");
                if e.hash == p.hash {
                    p.candidate = ix as usize;
                    return Some(ix as usize);
                }
            }
            p.perturb >>= PERTURB_SHIFT;
            p.slot = (p
                .slot
                .wrapping_mul(5)
                .wrapping_add(p.perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// After `__eq__` on the candidate: whether the probe may continue (the
    /// tables were not replaced and the entry still holds the same key, by
    /// `is_same`, an identity test). If not, CPython restarts the lookup.
    pub fn probe_still_valid(&self, p: &DictProbe, is_same: impl FnOnce(&K) -> bool) -> bool {
        p.generation == self.generation && self.entry(p.candidate).is_some_and(|e| is_same(&e.key))
    }

    /// The entry index of the key with `hash` for which `eq(stored)` holds.
    pub fn lookup<E>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let mut p = self.probe(hash);
        while let Some(ix) = self.probe_next(&mut p) {
            let e = self.entries[ix].as_ref().expect("indexed entry");
            if eq(&e.key)? {
                return Ok(Some(ix));
            }
        }
        Ok(None)
    }

    /// The value for the key with `hash` equal by `eq`.
    pub fn get<E>(
        &self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<&V>, E> {
        Ok(self
            .lookup(hash, eq)?
            .map(|ix| &self.entries[ix].as_ref().expect("live").value))
    }

    /// `key in d`.
    pub fn contains<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        Ok(self.lookup(hash, eq)?.is_some())
    }

    /// The index slot holding entry `ix` (`lookdict_index`).
    fn slot_of(&self, hash: i64, ix: usize) -> usize {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        loop {
            let got = self.indices.get(i);
            if got == ix as i64 {
                return i;
            }
            assert!(got != DKIX_EMPTY, "entry missing from index table");
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// `find_empty_slot`: first EMPTY or DUMMY slot on the probe sequence.
    fn find_empty_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut i = hash as u64 as usize & mask;
        let mut perturb = hash as u64;
        while self.indices.get(i) >= 0 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    // -- mutation ----------------------------------------------------------

    /// `dictresize`: new tables of `2**log2_size` slots, holes dropped.
    fn resize(&mut self, log2_size: u8) {
        let old = std::mem::take(&mut self.entries);
        self.install_keys(log2_size);
        self.entries.reserve(self.usable);
        for e in old.into_iter().flatten() {
            let slot = self.find_empty_slot(e.hash);
            self.indices.set(slot, self.entries.len() as i64);
            self.entries.push(Some(e));
        }
        self.usable -= self.used;
    }

    /// Appends an entry for a key known to be absent (after a failed
    /// [`Dict::lookup`]); returns its entry index.
    pub fn insert_new(&mut self, hash: i64, key: K, value: V) -> usize {
        if self.usable == 0 {
            self.resize(calculate_log2_keysize(self.used * 3));
        }
        let slot = self.find_empty_slot(hash);
        let ix = self.entries.len();
        self.indices.set(slot, ix as i64);
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.used += 1;
        self.usable -= 1;
        self.version += 1;
        ix
    }

    /// `d[key] = value`: replaces the value of an equal key (keeping the
    /// stored key, as CPython does) and returns the old value, or appends.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        match self.lookup(hash, eq)? {
            Some(ix) => Ok(Some(self.replace_value(ix, value))),
            None => {
                self.insert_new(hash, key, value);
                Ok(None)
            }
        }
    }

    /// Deletes the live entry at entry index `ix` (`delitem_common`): its
    /// index slot becomes DUMMY and the entry a hole.
    pub fn remove_at(&mut self, ix: usize) -> DictEntry<K, V> {
        let hash = self.entries[ix].as_ref().expect("live entry").hash;
        let slot = self.slot_of(hash, ix);
        self.indices.set(slot, DKIX_DUMMY);
        self.used -= 1;
        self.version += 1;
        self.entries[ix].take().expect("live entry")
    }

    /// `del d[key]` / `d.pop(key)`: the removed entry, `None` if absent.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<DictEntry<K, V>>, E> {
        Ok(self.lookup(hash, eq)?.map(|ix| self.remove_at(ix)))
    }

    /// `d.popitem()`: the last live entry (LIFO); `None` when empty.
    pub fn popitem(&mut self) -> Option<DictEntry<K, V>> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.entries.len() - 1;
        while self.entries[i].is_none() {
            i -= 1;
        }
        let e = self.remove_at(i);
        // CPython: `dk_nentries = i` (usable is not given back).
        self.entries.truncate(i);
        Some(e)
    }

    /// `d.clear()`: back to the empty-keys table.
    pub fn clear(&mut self) {
        if self.log2_size == 0 && self.entries.is_empty() {
            return;
        }
        self.log2_size = 0;
        self.indices = Indices::new(0);
        self.entries = Vec::new();
        self.usable = 0;
        self.used = 0;
        self.version += 1;
        self.generation += 1;
    }

    // -- iteration ---------------------------------------------------------

    /// Live entries in iteration (insertion) order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &DictEntry<K, V>> + '_ {
        self.entries.iter().filter_map(Option::as_ref)
    }

    /// Keys in iteration order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + '_ {
        self.iter().map(|e| &e.key)
    }

    /// A Python-level iterator over this dict.
    pub fn iter_state(&self) -> DictIter {
        DictIter {
            pos: 0,
            used_at_start: self.used,
            remaining: self.used,
            broken: false,
        }
    }

    /// Advances a Python-level iterator: the next entry index, `Ok(None)` at
    /// the end, or the `RuntimeError` CPython raises when the dict changed.
    /// After an error the iterator stays broken (further calls return the
    /// size error... CPython makes the state sticky the same way).
    pub fn iter_next(&self, it: &mut DictIter) -> Result<Option<usize>, IterError> {
        if it.broken || it.used_at_start != self.used {
            it.broken = true;
            return Err(IterError::DictChangedSize);
        }
        let mut i = it.pos;
        while i < self.entries.len() && self.entries[i].is_none() {
            i += 1;
        }
        if i >= self.entries.len() {
            it.pos = usize::MAX;
            return Ok(None);
        }
        if it.remaining == 0 {
            it.broken = true;
            return Err(IterError::DictKeysChanged);
        }
        it.pos = i + 1;
        it.remaining -= 1;
        Ok(Some(i))
    }
}

impl<K: Clone, V: Clone> Dict<K, V> {
    /// `d.copy()` (`PyDict_Copy`): clones the tables outright when the dict
    /// is dense enough, else builds a fresh dict by merging.
    pub fn copy(&self) -> Dict<K, V> {
        if self.used == 0 {
            return Dict::new();
        }
        if self.used >= (self.entries.len() * 2) / 3 {
            return self.clone_keys();
        }
        let mut d = Dict::new();
        d.merge_new(self);
        d
    }

    /// `clone_combined_dict_keys`: same sizes, indices and holes.
    fn clone_keys(&self) -> Dict<K, V> {
        Dict {
            log2_size: self.log2_size,
            indices: self.indices.clone(),
            entries: self.entries.clone(),
            usable: self.usable,
            used: self.used,
            version: 0,
            generation: 0,
        }
    }

    /// Shared start of `dict_merge`: the empty-target clone shortcut and the
    /// one big resize. Returns true when the merge is already complete.
    fn merge_prepare(&mut self, other: &Dict<K, V>) -> bool {
        if other.used == 0 {
            return true;
        }
        if self.used == 0
            && other.used == other.entries.len()
            && (other.log2_size == DICT_LOG_MINSIZE
                || usable_fraction((1usize << other.log2_size) / 2) < other.used)
        {
            let v = self.version;
            let g = self.generation;
            *self = other.clone_keys();
            self.version = v + 1;
            self.generation = g + 1;
            return true;
        }
        if usable_fraction(1usize << self.log2_size) < other.used {
            self.resize(estimate_log2_keysize(self.used + other.used));
        }
        false
    }

    /// Merge into a dict known to share no keys with `other` (used by copy).
    fn merge_new(&mut self, other: &Dict<K, V>) {
        if self.merge_prepare(other) {
            return;
        }
        for e in other.iter() {
            self.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
    }

    /// `d.update(other)` for a dict `other` (`dict_merge` with override):
    /// `eq(stored, incoming)` compares keys. Merging a dict into itself is a
    /// no-op in CPython; callers must check identity before calling.
    pub fn update<E>(
        &mut self,
        other: &Dict<K, V>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if self.merge_prepare(other) {
            return Ok(());
        }
        for e in other.iter() {
            self.insert(e.hash, e.key.clone(), e.value.clone(), |k| eq(k, &e.key))?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Set
// ---------------------------------------------------------------------------

/// One set slot.
#[derive(Debug, Clone)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(i64, K),
}

/// An open-addressing hash set with CPython 3.11's layout and order.
#[derive(Debug, Clone)]
pub struct Set<K> {
    table: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
    generation: u64,
}

/// A resumable set lookup (see the module doc, "Mutation during lookup").
#[derive(Debug, Clone)]
pub struct SetProbe {
    hash: i64,
    generation: u64,
    base: usize,
    offset: usize,
    probes: usize,
    perturb: u64,
    started: bool,
}

/// A set iterator's state (CPython's `setiterobject`).
#[derive(Debug, Clone)]
pub struct SetIter {
    pos: usize,
    used_at_start: usize,
    broken: bool,
}

impl<K> Default for Set<K> {
    fn default() -> Self {
        Set::new()
    }
}

/// Result of a set probe: where the key is, or where the first empty slot
/// on its probe sequence is.
enum Found {
    Active(usize),
    Empty,
}

impl<K> Set<K> {
    pub fn new() -> Set<K> {
        Set {
            table: Self::empty_table(SET_MINSIZE),
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }

    fn empty_table(n: usize) -> Vec<Slot<K>> {
        let mut t = Vec::with_capacity(n);
        t.resize_with(n, || Slot::Empty);
        t
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Table slots (`mask + 1`).
    pub fn capacity(&self) -> usize {
        self.table.len()
    }

    /// Active + dummy slots.
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Storage identity: changes whenever the table is replaced.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The key in slot `i`, if active.
    pub fn slot(&self, i: usize) -> Option<(i64, &K)> {
        match self.table.get(i) {
            Some(Slot::Active(h, k)) => Some((*h, k)),
            _ => None,
        }
    }

    // -- lookup ------------------------------------------------------------

    /// Starts a resumable lookup of `hash`.
    pub fn probe(&self, hash: i64) -> SetProbe {
        let base = hash as u64 as usize & self.mask();
        SetProbe {
            hash,
            generation: self.generation,
            base,
            offset: 0,
            probes: if base + LINEAR_PROBES <= self.mask() {
                LINEAR_PROBES
            } else {
                0
            },
            perturb: hash as u64,
            started: false,
        }
    }

    fn probe_advance(&self, p: &mut SetProbe) {
        if p.offset < p.probes {
            p.offset += 1;
        } else {
            p.perturb >>= PERTURB_SHIFT;
            p.base = (p
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(p.perturb as usize))
                & self.mask();
            p.offset = 0;
            p.probes = if p.base + LINEAR_PROBES <= self.mask() {
                LINEAR_PROBES
            } else {
                0
            };
        }
    }

    /// Internal probe step: the next slot with an equal hash (`Active`), or
    /// the empty slot ending the search (`Empty`).
    fn probe_step(&self, p: &mut SetProbe) -> Found {
        if p.started {
            self.probe_advance(p);
        }
        p.started = true;
        loop {
            let i = p.base + p.offset;
            match &self.table[i] {
                Slot::Empty => return Found::Empty,
                Slot::Active(h, _) if *h == p.hash => return Found::Active(i),
                _ => {}
            }
            self.probe_advance(p);
        }
    }

    /// The next slot whose stored hash equals the probe's (to compare with
    /// `__eq__`), or `None` when the key is absent.
    pub fn probe_next(&self, p: &mut SetProbe) -> Option<usize> {
        match self.probe_step(p) {
            Found::Active(i) => Some(i),
            Found::Empty => None,
        }
    }

    /// After `__eq__` on slot `i`: whether the probe may continue (table not
    /// replaced, slot still holding the same key by `is_same`). If not,
    /// CPython restarts the lookup.
    pub fn probe_still_valid(&self, p: &SetProbe, is_same: impl FnOnce(&K) -> bool) -> bool {
        p.generation == self.generation
            && matches!(&self.table[p.base + p.offset], Slot::Active(_, k) if is_same(k))
    }

    fn find<E>(&self, hash: i64, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Found, E> {
        let mut p = self.probe(hash);
        loop {
            match self.probe_step(&mut p) {
                Found::Active(i) => {
                    let Slot::Active(_, k) = &self.table[i] else {
                        unreachable!("probe_step returns active slots")
                    };
                    if eq(k)? {
                        return Ok(Found::Active(i));
                    }
                }
                empty => return Ok(empty),
            }
        }
    }

    /// The slot holding the key with `hash` equal by `eq`.
    pub fn lookup<E>(
        &self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        Ok(match self.find(hash, eq)? {
            Found::Active(i) => Some(i),
            Found::Empty => None,
        })
    }

    /// `key in s`.
    pub fn contains<E>(&self, hash: i64, eq: impl FnMut(&K) -> Result<bool, E>) -> Result<bool, E> {
        Ok(self.lookup(hash, eq)?.is_some())
    }

    // -- mutation ----------------------------------------------------------

    /// `set_insert_clean`: place a key known absent in a table without dummies.
    fn insert_clean(table: &mut [Slot<K>], hash: i64, key: K) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for slot in &mut table[i..=i + probes] {
                if matches!(slot, Slot::Empty) {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`: a table of the smallest power of two `> minused`
    /// (at least 8), active keys reinserted in old slot order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = SET_MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, Self::empty_table(newsize));
        self.generation += 1;
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                Self::insert_clean(&mut self.table, h, k);
            }
        }
    }

    fn grow_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Stores a key at empty slot `i` found by a probe (`found_unused`).
    fn fill_slot(&mut self, i: usize, hash: i64, key: K) {
        self.table[i] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.grow_target());
        }
    }

    /// `s.add(key)`: true if added, false if an equal key was present.
    pub fn add<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let mut p = self.probe(hash);
        let mut freeslot = None;
        loop {
            let i = p.base + p.offset;
            match &self.table[i] {
                Slot::Empty => break,
                Slot::Active(h, k) if *h == hash => {
                    if eq(k)? {
                        return Ok(false);
                    }
                }
                // The last dummy before the empty slot is reused.
                Slot::Dummy => freeslot = Some(i),
                Slot::Active(..) => {}
            }
            self.probe_advance(&mut p);
        }
        match freeslot {
            Some(j) => {
                self.table[j] = Slot::Active(hash, key);
                self.used += 1;
            }
            None => self.fill_slot(p.base + p.offset, hash, key),
        }
        Ok(true)
    }

    /// Adds a key known absent (after a failed lookup).
    pub fn add_new(&mut self, hash: i64, key: K) {
        let r: Result<bool, std::convert::Infallible> = self.add(hash, key, |_| Ok(false));
        debug_assert!(matches!(r, Ok(true)));
    }

    /// Removes the active key in slot `i`, leaving a dummy.
    pub fn remove_slot(&mut self, i: usize) -> K {
        match std::mem::replace(&mut self.table[i], Slot::Dummy) {
            Slot::Active(_, k) => {
                self.used -= 1;
                k
            }
            other => {
                self.table[i] = other;
                panic!("remove_slot on an inactive slot")
            }
        }
    }

    /// `s.discard(key)`: the removed key, `None` if absent (`s.remove`
    /// raises KeyError on `None`).
    pub fn discard<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        Ok(self.lookup(hash, eq)?.map(|i| self.remove_slot(i)))
    }

    /// `s.pop()`: scans from the finger; `None` when empty ("pop from an
    /// empty set").
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        Some(self.remove_slot(i))
    }

    /// `s.clear()`: back to an empty 8-slot table (the finger is kept).
    pub fn clear(&mut self) {
        self.table = Self::empty_table(SET_MINSIZE);
        self.fill = 0;
        self.used = 0;
        self.generation += 1;
    }

    // -- iteration ---------------------------------------------------------

    /// Active entries in slot (iteration) order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// Keys in iteration order.
    pub fn keys(&self) -> impl Iterator<Item = &K> + '_ {
        self.iter().map(|(_, k)| k)
    }

    /// A Python-level iterator over this set.
    pub fn iter_state(&self) -> SetIter {
        SetIter {
            pos: 0,
            used_at_start: self.used,
            broken: false,
        }
    }

    /// Advances a Python-level iterator: the next slot index, `Ok(None)` at
    /// the end, or "Set changed size during iteration".
    pub fn iter_next(&self, it: &mut SetIter) -> Result<Option<usize>, IterError> {
        if it.broken || it.used_at_start != self.used {
            it.broken = true;
            return Err(IterError::SetChangedSize);
        }
        let mut i = it.pos;
        while i < self.table.len() && !matches!(self.table[i], Slot::Active(..)) {
            i += 1;
        }
        if i >= self.table.len() {
            it.pos = usize::MAX;
            return Ok(None);
        }
        it.pos = i + 1;
        Ok(Some(i))
    }
}

impl<K: Clone> Set<K> {
    /// `set_merge`: `self |= other` for a set `other` (one presize, then the
    /// copy / clean-insert / add paths CPython picks). Merging a set into
    /// itself is a no-op in CPython; callers must check identity.
    pub fn update_from_set<E>(
        &mut self,
        other: &Set<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table.clone_from(&other.table);
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (h, k) in other.iter() {
                Self::insert_clean(&mut self.table, h, k.clone());
            }
            return Ok(());
        }
        for (h, k) in other.iter() {
            self.add(h, k.clone(), |s| eq(s, k))?;
        }
        Ok(())
    }

    /// `self.update(d)` for a dict `d`'s keys (presize, then add in dict
    /// order).
    pub fn update_from_dict<V, E>(
        &mut self,
        other: &Dict<K, V>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if (self.fill + other.len()) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.len()) * 2);
        }
        for e in other.iter() {
            self.add(e.hash, e.key.clone(), |s| eq(s, &e.key))?;
        }
        Ok(())
    }

    /// `s.copy()` / `set(s)`: a new set merged from `self`.
    pub fn copy(&self) -> Set<K> {
        let mut s = Set::new();
        let r: Result<(), ()> = s.update_from_set(self, |_, _| Ok(false));
        debug_assert!(r.is_ok());
        s
    }

    /// `self & other` (`set_intersection`): iterates the smaller set (`other`
    /// on a tie) and keeps its keys found in the larger one.
    pub fn intersection<E>(
        &self,
        other: &Set<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Set<K>, E> {
        let (big, small) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = Set::new();
        for (h, k) in small.iter() {
            if big.contains(h, |s| eq(s, k))? {
                result.add(h, k.clone(), |r| eq(r, k))?;
            }
        }
        Ok(result)
    }

    /// `self &= other`: the intersection replaces the contents.
    pub fn intersection_update<E>(
        &mut self,
        other: &Set<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let r = self.intersection(other, eq)?;
        self.table = r.table;
        self.fill = r.fill;
        self.used = r.used;
        self.generation += 1;
        Ok(())
    }

    /// `self -= other` (`set_difference_update_internal`): discards `other`'s
    /// keys (or those of `self & other` when `other` is over 8 times larger),
    /// then drops the dummies if they are over a quarter of the table.
    pub fn difference_update<E>(
        &mut self,
        other: &Set<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let inter;
        let other = if (other.used >> 3) > self.used {
            inter = self.intersection(other, &mut eq)?;
            &inter
        } else {
            other
        };
        for (h, k) in other.iter() {
            self.discard(h, |s| eq(s, k))?;
        }
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.grow_target());
        }
        Ok(())
    }

    /// `self - other` (`set_difference`): copy-and-discard when `self` is
    /// more than 4 times larger, else adds `self`'s keys absent from `other`.
    pub fn difference<E>(
        &self,
        other: &Set<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Set<K>, E> {
        if (self.used >> 2) > other.used {
            let mut r = self.copy();
            r.difference_update(other, eq)?;
            return Ok(r);
        }
        let mut result = Set::new();
        for (h, k) in self.iter() {
            if !other.contains(h, |s| eq(s, k))? {
                result.add(h, k.clone(), |r| eq(r, k))?;
            }
        }
        Ok(result)
    }

    /// `self ^= other` (`set_symmetric_difference_update`): for each key of
    /// `other` in its order, discard it from `self` or add it.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &Set<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (h, k) in other.iter() {
            if self.discard(h, |s| eq(s, k))?.is_none() {
                self.add(h, k.clone(), |s| eq(s, k))?;
            }
        }
        Ok(())
    }

    /// `self ^ other` (`set_symmetric_difference`): a copy of `other`, then
    /// `^= self`.
    pub fn symmetric_difference<E>(
        &self,
        other: &Set<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Set<K>, E> {
        let mut r = other.copy();
        r.symmetric_difference_update(self, &mut eq)?;
        Ok(r)
    }

    /// `self | other` (`set_or`): a copy of `self`, then `|= other`.
    pub fn union<E>(
        &self,
        other: &Set<K>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Set<K>, E> {
        let mut r = self.copy();
        r.update_from_set(other, eq)?;
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::{hash_int, hash_tuple};
    use num_bigint::BigInt;

    include!("table_cases.rs");

    type NoErr = std::convert::Infallible;

    /// A test key: its canonical encoding (equal keys, equal strings).
    fn hash_of(k: &str) -> i64 {
        if let Some(items) = k.strip_prefix('t') {
            let hs: Vec<i64> = if items.is_empty() {
                Vec::new()
            } else {
                items.split('_').map(hash_of).collect()
            };
            hash_tuple(&hs)
        } else {
            hash_int(&k.parse::<BigInt>().unwrap())
        }
    }

    fn split_list(l: &str) -> Vec<&str> {
        if l.is_empty() {
            Vec::new()
        } else {
            l.split(',').collect()
        }
    }

    fn eq_str(a: &String, b: &String) -> Result<bool, NoErr> {
        Ok(a == b)
    }

    fn set_of(l: &str) -> Set<String> {
        let mut s = Set::new();
        for k in split_list(l) {
            s_add(&mut s, k);
        }
        s
    }

    fn s_add(s: &mut Set<String>, k: &str) {
        s.add(hash_of(k), k.to_string(), |x| Ok::<_, NoErr>(x == k))
            .unwrap();
    }

    fn s_discard(s: &mut Set<String>, k: &str) -> Option<String> {
        s.discard(hash_of(k), |x| Ok::<_, NoErr>(x == k)).unwrap()
    }

    fn run_set(ops: &str) -> (Set<String>, Vec<String>, String) {
        let mut s: Set<String> = Set::new();
        let mut pops = Vec::new();
        let mut members = String::new();
        let trace = std::env::var("TABLE_TRACE").is_ok();
        for tok in ops.split(' ').filter(|t| !t.is_empty()) {
            if trace {
                let got: Vec<&str> = s.keys().map(String::as_str).collect();
                eprintln!("TRACE {}", got.join(","));
            }
            let (op, arg) = tok.split_at(1);
            match op {
                "a" => s_add(&mut s, arg),
                "d" => {
                    s_discard(&mut s, arg);
                }
                "r" => assert!(s_discard(&mut s, arg).is_some()),
                "p" => pops.push(s.pop().unwrap()),
                "c" => s.clear(),
                "y" => s = s.copy(),
                "?" => {
                    let h = hash_of(arg);
                    let m = s.contains(h, |x| Ok::<_, NoErr>(x == arg)).unwrap();
                    members.push(if m { '1' } else { '0' });
                }
                "u" => {
                    for k in split_list(arg) {
                        s_add(&mut s, k);
                    }
                }
                _ => {
                    let o = set_of(arg);
                    match op {
                        "U" => s.update_from_set(&o, eq_str).unwrap(),
                        "o" => s = s.union(&o, eq_str).unwrap(),
                        "O" => s = o.union(&s, eq_str).unwrap(),
                        "n" => s = s.intersection(&o, eq_str).unwrap(),
                        "N" => s = o.intersection(&s, eq_str).unwrap(),
                        "m" => s = s.difference(&o, eq_str).unwrap(),
                        "M" => s = o.difference(&s, eq_str).unwrap(),
                        "x" => s = s.symmetric_difference(&o, eq_str).unwrap(),
                        "X" => s = o.symmetric_difference(&s, eq_str).unwrap(),
                        "D" => s.difference_update(&o, eq_str).unwrap(),
                        "I" => s.intersection_update(&o, eq_str).unwrap(),
                        "S" => s.symmetric_difference_update(&o, eq_str).unwrap(),
                        _ => panic!("bad op {tok}"),
                    }
                }
            }
        }
        (s, pops, members)
    }

    #[test]
    fn set_orders_match_cpython() {
        let mut failures = 0;
        let only: Option<usize> = std::env::var("TABLE_TRACE")
            .ok()
            .map(|v| v.parse().unwrap());
        for (n, (ops, order, popped, members)) in SET_CASES.iter().enumerate() {
            if only.is_some_and(|o| o != n) {
                continue;
            }
            let (s, pops, got_members) = run_set(ops);
            let got: Vec<&str> = s.keys().map(String::as_str).collect();
            let ok = got == split_list(order)
                && pops == split_list(popped)
                && got_members == *members
                && s.len() == got.len();
            if !ok {
                failures += 1;
                if failures <= 3 {
                    eprintln!("set case {n} differs: ops {:.300}", ops);
                    eprintln!("  want {:.300}\n  got  {:.300}", order, got.join(","));
                    eprintln!(
                        "  pops want {:.200}\n  pops got  {:.200}",
                        popped,
                        pops.join(",")
                    );
                }
            }
            for k in &got {
                assert!(s.contains(hash_of(k), |x| Ok::<_, NoErr>(x == k)).unwrap());
            }
        }
        assert_eq!(failures, 0, "of {} set cases", SET_CASES.len());
    }

    fn d_set(d: &mut Dict<String, u64>, k: &str, v: u64) {
        d.insert(hash_of(k), k.to_string(), v, |x| Ok::<_, NoErr>(x == k))
            .unwrap();
    }

    #[test]
    fn dict_orders_match_cpython() {
        let mut failures = 0;
        for (n, (ops, order, popped, members, isize)) in DICT_CASES.iter().enumerate() {
            let mut d: Dict<String, u64> = Dict::new();
            let mut pops = Vec::new();
            let mut got_members = String::new();
            for (i, tok) in ops.split(' ').filter(|t| !t.is_empty()).enumerate() {
                let (op, arg) = tok.split_at(1);
                let i = i as u64;
                match op {
                    "s" => d_set(&mut d, arg, i),
                    "d" => {
                        let e = d
                            .remove(hash_of(arg), |x| Ok::<_, NoErr>(x == arg))
                            .unwrap();
                        assert!(e.is_some());
                    }
                    "p" => pops.push(d.popitem().unwrap().key),
                    "c" => d.clear(),
                    "y" => d = d.copy(),
                    "?" => {
                        let m = d
                            .contains(hash_of(arg), |x| Ok::<_, NoErr>(x == arg))
                            .unwrap();
                        got_members.push(if m { '1' } else { '0' });
                    }
                    "u" => {
                        let mut o = Dict::new();
                        for k in split_list(arg) {
                            d_set(&mut o, k, i);
                        }
                        d.update(&o, eq_str).unwrap();
                    }
                    _ => panic!("bad op {tok}"),
                }
            }
            let got: Vec<String> = d.iter().map(|e| format!("{}={}", e.key, e.value)).collect();
            let ok = got.join(",") == *order
                && pops == split_list(popped)
                && got_members == *members
                && d.index_size() == *isize
                && d.len() == got.len();
            if !ok {
                failures += 1;
                if failures <= 3 {
                    eprintln!("dict case {n} differs: ops {:.300}", ops);
                    eprintln!("  want {:.300}\n  got  {:.300}", order, got.join(","));
                    eprintln!("  index size want {isize} got {}", d.index_size());
                }
            }
        }
        assert_eq!(failures, 0, "of {} dict cases", DICT_CASES.len());
    }

    #[test]
    fn brief_example_set_order() {
        let mut s = Set::new();
        for k in [
            "5",
            "37",
            "69",
            "1",
            "-1",
            "2305843009213693952",
            "100000000000000000000",
        ] {
            s_add(&mut s, k);
        }
        let got: Vec<&str> = s.keys().map(String::as_str).collect();
        // python3: list(s)
        assert_eq!(
            got,
            [
                "1",
                "2305843009213693952",
                "37",
                "69",
                "5",
                "100000000000000000000",
                "-1"
            ]
        );
    }

    #[test]
    fn iteration_detects_mutation() {
        let mut d: Dict<String, u64> = Dict::new();
        for k in ["1", "2", "3"] {
            d_set(&mut d, k, 0);
        }
        let mut it = d.iter_state();
        assert_eq!(d.iter_next(&mut it), Ok(Some(0)));
        d_set(&mut d, "4", 0);
        assert_eq!(d.iter_next(&mut it), Err(IterError::DictChangedSize));
        // Same size, different keys: delete one, add two... then delete one.
        let mut it = d.iter_state();
        d.remove(hash_of("1"), |x| Ok::<_, NoErr>(x == "1"))
            .unwrap();
        d_set(&mut d, "5", 0);
        let mut n = 0;
        let err = loop {
            match d.iter_next(&mut it) {
                Ok(Some(_)) => n += 1,
                Ok(None) => break None,
                Err(e) => break Some(e),
            }
        };
        assert_eq!((n, err), (4, None));
        // Same size, but more keys ahead than expected (no resize).
        let mut d: Dict<String, u64> = Dict::new();
        for k in ["1", "2", "3"] {
            d_set(&mut d, k, 0);
        }
        let mut it = d.iter_state();
        assert_eq!(d.iter_next(&mut it), Ok(Some(0)));
        d.remove(hash_of("1"), |x| Ok::<_, NoErr>(x == "1"))
            .unwrap();
        d_set(&mut d, "4", 0);
        let mut n = 1;
        let err = loop {
            match d.iter_next(&mut it) {
                Ok(Some(_)) => n += 1,
                Ok(None) => break None,
                Err(e) => break Some(e),
            }
        };
        assert_eq!((n, err), (3, Some(IterError::DictKeysChanged)));
        assert_eq!(
            IterError::DictKeysChanged.message(),
            "dictionary keys changed during iteration"
        );

        let mut s = set_of("1,2,3");
        let mut it = s.iter_state();
        assert!(s.iter_next(&mut it).unwrap().is_some());
        s_discard(&mut s, "3");
        assert_eq!(s.iter_next(&mut it), Err(IterError::SetChangedSize));
        assert_eq!(s.iter_next(&mut it), Err(IterError::SetChangedSize));
    }

    #[test]
    fn eq_errors_propagate() {
        let mut d: Dict<String, u64> = Dict::new();
        d_set(&mut d, "1", 0);
        let r: Result<Option<&u64>, &str> = d.get(hash_of("1"), |_| Err("boom"));
        assert_eq!(r, Err("boom"));
        let mut s = set_of("1");
        assert_eq!(
            s.add(hash_of("1"), "1".to_string(), |_| Err("boom")),
            Err("boom")
        );
        // A hash match that compares unequal keeps probing.
        assert_eq!(
            s.add(hash_of("1"), "x".to_string(), |_| Ok::<_, NoErr>(false)),
            Ok(true)
        );
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn resumable_probe_restarts_on_resize() {
        let mut d: Dict<String, u64> = Dict::new();
        d_set(&mut d, "1", 0);
        let mut p = d.probe(hash_of("1"));
        let ix = d.probe_next(&mut p).unwrap();
        assert!(d.probe_still_valid(&p, |k| k == "1"));
        // "__eq__" grows the dict: the probe must restart.
        for k in 2..20 {
            d_set(&mut d, &k.to_string(), 0);
        }
        assert!(!d.probe_still_valid(&p, |k| k == "1"));
        assert_eq!(
            d.lookup(hash_of("1"), |k| Ok::<_, NoErr>(k == "1")),
            Ok(Some(ix))
        );

        let mut s = set_of("1");
        let mut p = s.probe(hash_of("1"));
        let i = s.probe_next(&mut p).unwrap();
        assert!(s.probe_still_valid(&p, |k| k == "1"));
        s.remove_slot(i);
        assert!(!s.probe_still_valid(&p, |k| k == "1"));
    }

    #[test]
    fn dict_index_width_and_popitem_reuse() {
        let mut d: Dict<u64, u64> = Dict::new();
        for k in 0..200u64 {
            d.insert(hash_i(k), k, k, |x| Ok::<_, NoErr>(*x == k))
                .unwrap();
        }
        assert_eq!((d.index_size(), d.index_width()), (512, 2));
        let e = d.popitem().unwrap();
        assert_eq!(e.key, 199);
        assert_eq!(d.entries_len(), 199);
        d.insert_new(hash_i(500), 500, 0);
        assert_eq!(d.keys().next_back(), Some(&500));
        assert_eq!(d.entries_len(), 200);
    }

    fn hash_i(k: u64) -> i64 {
        crate::num::hash_i64(k as i64)
    }
}
