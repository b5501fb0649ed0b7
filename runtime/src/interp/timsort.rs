//! CPython 3.11's list sort (`Objects/listobject.c`, `listsort.txt`):
//! natural runs found by `count_run` (a strictly descending run is
//! reversed), short runs extended to `minrun` by binary insertion, runs
//! merged in powersort order by `merge_lo`/`merge_hi` with galloping and
//! an adaptive `min_gallop`. The comparisons are `<` only and come in
//! CPython's order, so a user `__lt__` sees the same calls.
//!
//! The sort works on `Copy` items (value words, or key and value words
//! side by side) with a fallible `lt`: an exception stops it where it is,
//! and every exit, failing or not, leaves the slice a permutation of its
//! input (a merge copies its temporary run back first), as CPython does.

use super::classes::user_class_of;
use super::{Interp, PyResult};
use crate::objects::{StrObj, TupleObj};
use crate::value::Value;
use krait_ir::CmpOp;

/// Galloping starts after this many wins in a row (initially).
const MIN_GALLOP: usize = 7;
/// Runs shorter than `minrun` (at most this) are extended by insertion.
const MAX_MINRUN: usize = 64;

/// A pending run: `v[base..base + len]`, sorted; `power` is its node depth
/// in powersort's conceptual merge tree (set once the next run is known).
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// How a merge stopped: everything of the temporary run left goes to the
/// gap (`Done`, also used after an error), or the one remaining element
/// of the temporary run goes to the far end (`CopyB` / `CopyA`).
enum Exit {
    Done,
    CopyOther,
}

/// The merge in progress: `tmp` holds a copy of the shorter run.
struct Merge<T> {
    min_gallop: usize,
    tmp: Vec<T>,
    pending: Vec<Run>,
    len: usize,
}

/// Sorts `v` stably by `lt` (CPython's `list.sort` without the reversal
/// for `reverse=True`, which the caller does before and after). On an
/// error `v` is some permutation of its input.
pub(super) fn sort<T: Copy, F: FnMut(&T, &T) -> PyResult<bool>>(
    v: &mut [T],
    mut lt: F,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = Merge {
        min_gallop: MIN_GALLOP,
        tmp: Vec::new(),
        pending: Vec::new(),
        len: n,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    while lo < n {
        let rest = &mut v[lo..];
        let (mut run, descending) = count_run(rest, &mut lt)?;
        if descending {
            rest[..run].reverse();
        }
        if run < minrun {
            let force = rest.len().min(minrun);
            binary_insertion(&mut rest[..force], run, &mut lt)?;
            run = force;
        }
        ms.found_new_run(v, lo, run, &mut lt)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
    }
    ms.force_collapse(v, &mut lt)
}

/// The minimum run length: `n` itself below 64, else a `k` in 32..=64
/// such that `n / k` is close to, but strictly less than, a power of two.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= MAX_MINRUN {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `v` (non-empty), and whether it
/// is strictly descending (then the caller reverses it).
fn count_run<T: Copy, F: FnMut(&T, &T) -> PyResult<bool>>(
    v: &[T],
    lt: &mut F,
) -> PyResult<(usize, bool)> {
    let hi = v.len();
    if hi == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(&v[1], &v[0])? {
        while n < hi && lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < hi && !lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion sort of `v`, whose first `sorted` (at least 1)
/// elements are in order. An element moves only after its place is
/// found, so an error leaves `v` a permutation.
fn binary_insertion<T: Copy, F: FnMut(&T, &T) -> PyResult<bool>>(
    v: &mut [T],
    sorted: usize,
    lt: &mut F,
) -> PyResult<()> {
    for start in sorted.max(1)..v.len() {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(&pivot, &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// Where `key` goes in the sorted `a` (non-empty), left of any equal
/// elements: the `k` with `a[k-1] < key <= a[k]`. The search gallops out
/// from `hint`, then bisects.
fn gallop_left<T: Copy, F: FnMut(&T, &T) -> PyResult<bool>>(
    key: T,
    a: &[T],
    hint: usize,
    lt: &mut F,
) -> PyResult<usize> {
    let n = a.len();
    let mut lastofs = 0;
    let mut ofs = 1;
    // The answer lies in lo..=hi: a[lo-1] < key <= a[hi].
    let (mut lo, mut hi);
    if lt(&a[hint], &key)? {
        // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&a[hint + ofs], &key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint + lastofs + 1;
        hi = hint + ofs;
    } else {
        // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&a[hint - ofs], &key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint + 1 - ofs;
        hi = hint - lastofs;
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(&a[m], &key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// As [`gallop_left`], but right of any equal elements: the `k` with
/// `a[k-1] <= key < a[k]`.
fn gallop_right<T: Copy, F: FnMut(&T, &T) -> PyResult<bool>>(
    key: T,
    a: &[T],
    hint: usize,
    lt: &mut F,
) -> PyResult<usize> {
    let n = a.len();
    let mut lastofs = 0;
    let mut ofs = 1;
    let (mut lo, mut hi);
    if lt(&key, &a[hint])? {
        // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&key, &a[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint + 1 - ofs;
        hi = hint - lastofs;
    } else {
        // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&key, &a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint + lastofs + 1;
        hi = hint + ofs;
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(&key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// Powersort's power of the run `s1..s1+n1` followed by one of length
/// `n2`, in a list of length `n`: the first bit where the binary
/// expansions of the two runs' midpoints (as fractions of `n`) differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return result;
        }
        a <<= 1;
        b <<= 1;
    }
}

/// The state of `merge_lo`: `tmp[pa..pa + na]` (run A, copied out) and
/// `v[pb..pb + nb]` (run B) remain; the gap to fill is `v[dest..pb]`.
struct Lo {
    dest: usize,
    pa: usize,
    na: usize,
    pb: usize,
    nb: usize,
}

impl<T: Copy> Merge<T> {
    /// The run `v[s2..s2 + n2]` has been found: merge pending runs of
    /// greater power than the new top's.
    fn found_new_run<F: FnMut(&T, &T) -> PyResult<bool>>(
        &mut self,
        v: &mut [T],
        s2: usize,
        n2: usize,
        lt: &mut F,
    ) -> PyResult<()> {
        let Some(top) = self.pending.last() else {
            return Ok(());
        };
        debug_assert_eq!(top.base + top.len, s2);
        let p = power(top.base, top.len, n2, self.len);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > p {
            self.merge_at(v, self.pending.len() - 2, lt)?;
        }
        if let Some(top) = self.pending.last_mut() {
            top.power = p;
        }
        Ok(())
    }

    /// Merges all pending runs, at the end.
    fn force_collapse<F: FnMut(&T, &T) -> PyResult<bool>>(
        &mut self,
        v: &mut [T],
        lt: &mut F,
    ) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(v, i, lt)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1` (the top two or the two below
    /// the top).
    fn merge_at<F: FnMut(&T, &T) -> PyResult<bool>>(
        &mut self,
        v: &mut [T],
        i: usize,
        lt: &mut F,
    ) -> PyResult<()> {
        let a = self.pending[i];
        let b = self.pending[i + 1];
        self.pending[i].len = a.len + b.len;
        // The run above `i + 1`, if any, slides down (with its power).
        self.pending.remove(i + 1);
        // Elements of A before where B's first goes are already in place.
        let k = gallop_right(v[b.base], &v[a.base..a.base + a.len], 0, lt)?;
        let base = a.base + k;
        let na = a.len - k;
        if na == 0 {
            return Ok(());
        }
        // Elements of B after where A's last goes are already in place.
        let nb = gallop_left(v[base + na - 1], &v[b.base..b.base + b.len], b.len - 1, lt)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, base, na, nb, lt)
        } else {
            self.merge_hi(v, base, na, nb, lt)
        }
    }

    /// Merges `v[base..base + na]` with the `nb` elements after it, A
    /// copied out (`na <= nb`), filling from the left.
    fn merge_lo<F: FnMut(&T, &T) -> PyResult<bool>>(
        &mut self,
        v: &mut [T],
        base: usize,
        na: usize,
        nb: usize,
        lt: &mut F,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&v[base..base + na]);
        let mut s = Lo {
            dest: base,
            pa: 0,
            na,
            pb: base + na,
            nb,
        };
        let r = self.merge_lo_run(v, &mut s, lt);
        if let Ok(Exit::CopyOther) = r {
            // The last element of A belongs after all of B's.
            v.copy_within(s.pb..s.pb + s.nb, s.dest);
            v[s.dest + s.nb] = self.tmp[s.pa];
        } else {
            v[s.dest..s.dest + s.na].copy_from_slice(&self.tmp[s.pa..s.pa + s.na]);
        }
        r.map(|_| ())
    }

    fn merge_lo_run<F: FnMut(&T, &T) -> PyResult<bool>>(
        &mut self,
        v: &mut [T],
        s: &mut Lo,
        lt: &mut F,
    ) -> PyResult<Exit> {
        let tmp = &self.tmp;
        v[s.dest] = v[s.pb];
        s.dest += 1;
        s.pb += 1;
        s.nb -= 1;
        if s.nb == 0 {
            return Ok(Exit::Done);
        }
        if s.na == 1 {
            return Ok(Exit::CopyOther);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            // One at a time, until one run wins `min_gallop` times in a row.
            let mut acount = 0;
            let mut bcount = 0;
            loop {
                if lt(&v[s.pb], &tmp[s.pa])? {
                    v[s.dest] = v[s.pb];
                    s.dest += 1;
                    s.pb += 1;
                    s.nb -= 1;
                    bcount += 1;
                    acount = 0;
                    if s.nb == 0 {
                        return Ok(Exit::Done);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    v[s.dest] = tmp[s.pa];
                    s.dest += 1;
                    s.pa += 1;
                    s.na -= 1;
                    acount += 1;
                    bcount = 0;
                    if s.na == 1 {
                        return Ok(Exit::CopyOther);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            // Galloping, until neither run wins MIN_GALLOP at a time.
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let k = gallop_right(v[s.pb], &tmp[s.pa..s.pa + s.na], 0, lt)?;
                acount = k;
                if k > 0 {
                    v[s.dest..s.dest + k].copy_from_slice(&tmp[s.pa..s.pa + k]);
                    s.dest += k;
                    s.pa += k;
                    s.na -= k;
                    if s.na == 1 {
                        return Ok(Exit::CopyOther);
                    }
                    // Only an inconsistent `<` gets here.
                    if s.na == 0 {
                        return Ok(Exit::Done);
                    }
                }
                v[s.dest] = v[s.pb];
                s.dest += 1;
                s.pb += 1;
                s.nb -= 1;
                if s.nb == 0 {
                    return Ok(Exit::Done);
                }
                let k = gallop_left(tmp[s.pa], &v[s.pb..s.pb + s.nb], 0, lt)?;
                bcount = k;
                if k > 0 {
                    v.copy_within(s.pb..s.pb + k, s.dest);
                    s.dest += k;
                    s.pb += k;
                    s.nb -= k;
                    if s.nb == 0 {
                        return Ok(Exit::Done);
                    }
                }
                v[s.dest] = tmp[s.pa];
                s.dest += 1;
                s.pa += 1;
                s.na -= 1;
                if s.na == 1 {
                    return Ok(Exit::CopyOther);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            // Penalise leaving galloping mode.
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges `v[base..base + na]` with the `nb` elements after it, B
    /// copied out (`na > nb`), filling from the right. The state is
    /// `v[base..base + na]` (A) and `tmp[..nb]` (B) remaining, the gap
    /// being `v[base + na..base + na + nb]`.
    fn merge_hi<F: FnMut(&T, &T) -> PyResult<bool>>(
        &mut self,
        v: &mut [T],
        base: usize,
        na: usize,
        nb: usize,
        lt: &mut F,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&v[base + na..base + na + nb]);
        let mut s = (na, nb);
        let r = self.merge_hi_run(v, base, &mut s, lt);
        let (na, nb) = s;
        if let Ok(Exit::CopyOther) = r {
            // The first element of B belongs before all of A's.
            v.copy_within(base..base + na, base + 1);
            v[base] = self.tmp[0];
        } else {
            v[base + na..base + na + nb].copy_from_slice(&self.tmp[..nb]);
        }
        r.map(|_| ())
    }

    fn merge_hi_run<F: FnMut(&T, &T) -> PyResult<bool>>(
        &mut self,
        v: &mut [T],
        base: usize,
        s: &mut (usize, usize),
        lt: &mut F,
    ) -> PyResult<Exit> {
        let tmp = &self.tmp;
        let (na, nb) = s;
        // The next slot to fill is always v[base + na + nb - 1].
        v[base + *na + *nb - 1] = v[base + *na - 1];
        *na -= 1;
        if *na == 0 {
            return Ok(Exit::Done);
        }
        if *nb == 1 {
            return Ok(Exit::CopyOther);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let mut acount = 0;
            let mut bcount = 0;
            loop {
                if lt(&tmp[*nb - 1], &v[base + *na - 1])? {
                    v[base + *na + *nb - 1] = v[base + *na - 1];
                    *na -= 1;
                    acount += 1;
                    bcount = 0;
                    if *na == 0 {
                        return Ok(Exit::Done);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    v[base + *na + *nb - 1] = tmp[*nb - 1];
                    *nb -= 1;
                    bcount += 1;
                    acount = 0;
                    if *nb == 1 {
                        return Ok(Exit::CopyOther);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let k = *na - gallop_right(tmp[*nb - 1], &v[base..base + *na], *na - 1, lt)?;
                acount = k;
                if k > 0 {
                    let end = base + *na;
                    v.copy_within(end - k..end, end + *nb - k);
                    *na -= k;
                    if *na == 0 {
                        return Ok(Exit::Done);
                    }
                }
                v[base + *na + *nb - 1] = tmp[*nb - 1];
                *nb -= 1;
                if *nb == 1 {
                    return Ok(Exit::CopyOther);
                }
                let k = *nb - gallop_left(v[base + *na - 1], &tmp[..*nb], *nb - 1, lt)?;
                bcount = k;
                if k > 0 {
                    let end = base + *na + *nb;
                    v[end - k..end].copy_from_slice(&tmp[*nb - k..*nb]);
                    *nb -= k;
                    if *nb == 1 {
                        return Ok(Exit::CopyOther);
                    }
                    // Only an inconsistent `<` gets here.
                    if *nb == 0 {
                        return Ok(Exit::Done);
                    }
                }
                v[base + *na + *nb - 1] = v[base + *na - 1];
                *na -= 1;
                if *na == 0 {
                    return Ok(Exit::Done);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}

/// What a sort moves: a value's word, or a key's and its value's words
/// (the references the sort owns, as `Value::into_raw` gave them).
trait Item: Copy {
    fn key_word(&self) -> usize;

    /// The key, borrowed.
    #[inline(always)]
    fn key(&self) -> &Value {
        let w: *const usize = self.key_ptr();
        // SAFETY: `Value` is `repr(transparent)` over a `NonZeroUsize`, and
        // the word is a live value's (`into_raw`, never zero), whose
        // reference the sort's vector owns while this borrow lasts (V1).
        unsafe { &*w.cast::<Value>() }
    }

    fn key_ptr(&self) -> &usize;
}

impl Item for usize {
    #[inline(always)]
    fn key_word(&self) -> usize {
        *self
    }
    #[inline(always)]
    fn key_ptr(&self) -> &usize {
        self
    }
}

impl Item for [usize; 2] {
    #[inline(always)]
    fn key_word(&self) -> usize {
        self[0]
    }
    #[inline(always)]
    fn key_ptr(&self) -> &usize {
        &self[0]
    }
}

/// The type of every key (or of every key's first item), as CPython's
/// pre-sort check finds it: the comparison then skips the general
/// dispatch. `User` is one user class (its address): its `__lt__` is
/// called directly, as `unsafe_object_compare` calls the type's slot.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    SmallInt,
    Float,
    Str,
    User(usize),
    Other,
}

fn kind_of(v: &Value) -> Kind {
    if v.as_small_int().is_some() {
        Kind::SmallInt
    } else if v.as_float().is_some() {
        Kind::Float
    } else if v.downcast::<StrObj>().is_some() {
        Kind::Str
    } else if let Some(c) = user_class_of(v) {
        Kind::User(std::ptr::from_ref(c) as usize)
    } else {
        Kind::Other
    }
}

/// The first item of a non-empty tuple.
fn tuple_head(v: &Value) -> Option<&Value> {
    v.downcast::<TupleObj>()?.items.first()
}

/// CPython's pre-sort check over the keys (at least one): whether all
/// are non-empty tuples, and the one kind of all keys (or of all their
/// first items).
fn classify<'a>(mut keys: impl Iterator<Item = &'a Value>) -> (bool, Kind) {
    let Some(first) = keys.next() else {
        return (false, Kind::Other);
    };
    if let Some(h) = tuple_head(first) {
        let mut kind = kind_of(h);
        for k in keys {
            let Some(h) = tuple_head(k) else {
                return (false, Kind::Other);
            };
            if kind != Kind::Other && kind_of(h) != kind {
                kind = Kind::Other;
            }
        }
        return (true, kind);
    }
    let kind = kind_of(first);
    if kind == Kind::Other || keys.any(|k| kind_of(k) != kind) {
        return (false, Kind::Other);
    }
    (false, kind)
}

impl Interp<'_, '_> {
    /// `list.sort` / `sorted` of `items` in place: keys computed once per
    /// item, in order (an exception leaves `items` as they were), then
    /// CPython's sort, reversed before and after for `reverse=True` so
    /// that equal keys keep their order. If a comparison raises, `items`
    /// are left in the order the sort had reached, as CPython leaves them.
    pub(super) fn sort_values(
        &mut self,
        items: &mut Vec<Value>,
        key: Option<&Value>,
        reverse: bool,
    ) -> PyResult<()> {
        let Some(f) = key.filter(|k| !k.is_none()) else {
            if items.len() < 2 {
                return Ok(());
            }
            let (tuples, kind) = classify(items.iter());
            let mut words: Vec<usize> = std::mem::take(items)
                .into_iter()
                .map(Value::into_raw)
                .collect();
            if reverse {
                words.reverse();
            }
            let r = self.sort_items(&mut words, tuples, kind);
            if reverse {
                words.reverse();
            }
            // SAFETY: each word is a reference `into_raw` gave up above,
            // taken back exactly once.
            items.extend(words.into_iter().map(|w| unsafe { take_word(w) }));
            return r;
        };
        let mut keys = Vec::with_capacity(items.len());
        for x in items.iter() {
            keys.push(self.call_value(f, vec![x.clone()])?);
        }
        if items.len() < 2 {
            return Ok(());
        }
        let (tuples, kind) = classify(keys.iter());
        let mut pairs: Vec<[usize; 2]> = keys
            .into_iter()
            .zip(items.drain(..))
            .map(|(k, x)| [k.into_raw(), x.into_raw()])
            .collect();
        if reverse {
            pairs.reverse();
        }
        let r = self.sort_items(&mut pairs, tuples, kind);
        // SAFETY: as above; the keys go first, in their sorted order.
        items.extend(pairs.into_iter().map(|[k, x]| unsafe {
            drop(take_word(k));
            take_word(x)
        }));
        if reverse {
            items.reverse();
        }
        r
    }

    /// Sorts `v` with the comparison chosen for its keys.
    fn sort_items<T: Item>(&mut self, v: &mut [T], tuples: bool, kind: Kind) -> PyResult<()> {
        if tuples {
            return sort(v, |a, b| self.tuple_lt(a.key(), b.key(), kind));
        }
        // No Python code runs while ints, floats or strs are compared, so
        // the keys can be read out beside the items first: the same
        // comparisons, without going through the objects each time.
        match kind {
            // Tagged words order as the ints they hold.
            Kind::SmallInt => sort(v, |a, b| {
                Ok((a.key_word() as isize) < (b.key_word() as isize))
            }),
            Kind::Float => {
                let mut ext: Vec<(f64, T)> = Vec::with_capacity(v.len());
                for x in v.iter() {
                    let Some(f) = x.key().as_float() else {
                        return sort(v, |a, b| self.kind_lt(kind, a.key(), b.key()));
                    };
                    ext.push((f, *x));
                }
                let r = sort(&mut ext, |a, b| Ok(a.0 < b.0));
                for (d, s) in v.iter_mut().zip(&ext) {
                    *d = s.1;
                }
                r
            }
            Kind::Str => {
                let mut ext: Vec<(&[u8], T)> = Vec::with_capacity(v.len());
                for x in v.iter() {
                    let Some(s) = x.key().downcast::<StrObj>() else {
                        return sort(v, |a, b| self.kind_lt(kind, a.key(), b.key()));
                    };
                    ext.push((s.value.as_bytes(), *x));
                }
                // UTF-8 orders as the code points do.
                let r = sort(&mut ext, |a, b| Ok(a.0 < b.0));
                let order: Vec<T> = ext.iter().map(|e| e.1).collect();
                drop(ext);
                v.copy_from_slice(&order);
                r
            }
            _ => sort(v, |a, b| self.kind_lt(kind, a.key(), b.key())),
        }
    }

    /// `a < b` for two values of kind `kind` (the general comparison if
    /// they turn out not to be).
    #[inline]
    fn kind_lt(&mut self, kind: Kind, a: &Value, b: &Value) -> PyResult<bool> {
        match kind {
            Kind::SmallInt => {
                if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                    return Ok(x < y);
                }
            }
            Kind::Float => {
                if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
                    return Ok(x < y);
                }
            }
            Kind::Str => {
                if let (Some(x), Some(y)) = (a.downcast::<StrObj>(), b.downcast::<StrObj>()) {
                    // UTF-8 orders as the code points do.
                    return Ok(x.value.as_bytes() < y.value.as_bytes());
                }
            }
            Kind::User(_) => {
                // The class's `__lt__` first; NotImplemented (or none)
                // falls back to the full `<`, which tries it again.
                if let Some(r) = self.call_dunder(a, "__lt__", vec![b.clone()])?
                    && !r.is_not_implemented()
                {
                    return self.truthy_of(&r);
                }
            }
            Kind::Other => {}
        }
        self.compare_op(CmpOp::Lt, a, b)
    }

    /// `a == b` for two values of kind `kind`, not identical.
    #[inline]
    fn kind_eq(&mut self, kind: Kind, a: &Value, b: &Value) -> PyResult<bool> {
        match kind {
            Kind::SmallInt => {
                if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
                    return Ok(x == y);
                }
            }
            Kind::Float => {
                if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
                    return Ok(x == y);
                }
            }
            Kind::Str => {
                if let (Some(x), Some(y)) = (a.downcast::<StrObj>(), b.downcast::<StrObj>()) {
                    return Ok(x.value == y.value);
                }
            }
            Kind::User(_) | Kind::Other => {}
        }
        self.eq_of(a, b)
    }

    /// `a < b` for non-empty tuples whose first items are of kind `kind`
    /// (CPython's `unsafe_tuple_compare`): the first items that are not
    /// identical and not equal decide, by `<`.
    fn tuple_lt(&mut self, a: &Value, b: &Value, kind: Kind) -> PyResult<bool> {
        let (Some(x), Some(y)) = (a.downcast::<TupleObj>(), b.downcast::<TupleObj>()) else {
            return self.compare_op(CmpOp::Lt, a, b);
        };
        let (x, y) = (&x.items, &y.items);
        let n = x.len().min(y.len());
        let mut i = 0;
        while i < n {
            let (p, q) = (&x[i], &y[i]);
            let same = p.is(q)
                || if i == 0 {
                    self.kind_eq(kind, p, q)?
                } else {
                    self.eq_of(p, q)?
                };
            if !same {
                break;
            }
            i += 1;
        }
        if i == n {
            return Ok(x.len() < y.len());
        }
        if i == 0 {
            self.kind_lt(kind, &x[0], &y[0])
        } else {
            self.compare_op(CmpOp::Lt, &x[i], &y[i])
        }
    }
}

/// Takes back the reference a word stands for.
///
/// # Safety
/// `w` came from `Value::into_raw`, and is taken back once.
unsafe fn take_word(w: usize) -> Value {
    match unsafe { Value::from_raw(w) } {
        Some(v) => v,
        None => unreachable!("a value's word is never zero"),
    }
}

#[cfg(test)]
mod tests {
    use super::sort;
    use crate::value::Value;

    /// A small deterministic generator (CPython's tests use `random`).
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
    }

    fn inputs(rng: &mut Lcg) -> Vec<Vec<(u64, usize)>> {
        let mut out = Vec::new();
        for &n in &[0, 1, 2, 3, 10, 63, 64, 65, 127, 128, 129, 500, 1000, 4097] {
            for spread in [2, 10, 1_000_000] {
                let mut v: Vec<u64> = (0..n).map(|_| rng.next(spread)).collect();
                out.push(v.clone());
                // Runs up, down, and long stretches: galloping territory.
                v.sort_unstable();
                out.push(v.clone());
                out.push(v.iter().rev().copied().collect());
                let half = v.len() / 2;
                let mut w: Vec<u64> = v[half..].to_vec();
                w.extend_from_slice(&v[..half]);
                out.push(w);
                let mut saw = v.clone();
                for (i, x) in saw.iter_mut().enumerate() {
                    *x = (i as u64 * 7919) % 97;
                }
                out.push(saw);
            }
        }
        out.into_iter()
            .map(|v| v.into_iter().enumerate().map(|(i, x)| (x, i)).collect())
            .collect()
    }

    #[test]
    fn sorts_stably() {
        let mut rng = Lcg(1);
        for mut v in inputs(&mut rng) {
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            sort(&mut v, |a, b| Ok(a.0 < b.0)).unwrap();
            assert_eq!(v, want);
        }
    }

    #[test]
    fn errors_and_lies_leave_a_permutation() {
        let mut rng = Lcg(2);
        for v in inputs(&mut rng) {
            for stop in [1, 2, 7, 50, 200, 1000, 5000] {
                let mut w = v.clone();
                let mut count = 0;
                let r = sort(&mut w, |a, b| {
                    count += 1;
                    if count == stop {
                        return Err(Value::none());
                    }
                    Ok(a.0 < b.0)
                });
                assert_eq!(r.is_err(), count == stop);
                w.sort_by_key(|p| p.1);
                assert_eq!(w, v);
            }
            // A `<` that answers at random: no panic, nothing lost.
            let mut w = v.clone();
            let mut liar = Lcg(w.len() as u64);
            sort(&mut w, |_, _| Ok(liar.next(2) == 1)).unwrap();
            w.sort_by_key(|p| p.1);
            assert_eq!(w, v);
        }
    }
}
