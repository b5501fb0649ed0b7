//! Fused instructions: short runs of IR instructions that the run loop can
//! do in one step.
//!
//! The lowering reads every local and constant into a temporary before an
//! operation consumes it (`%6 = %2; %7 = const c0; %8 = Lt %6, %7; %9 =
//! truthy %8`). For each instruction the interpreter plans, once per
//! function, whether it starts such a run; running it then reads the
//! locals and constants in place (no reference counting) and writes only
//! the final result.
//!
//! A fused step is an accelerator, never a different semantics: it runs
//! only when every instruction of the run would take its fast path — the
//! locals are bound, the operands are small ints or floats (or a list or
//! tuple and an in-range small-int index), the step budget covers all the
//! instructions — and then leaves every slot as running them one by one
//! would (the temporaries it skips end empty). Otherwise the run loop
//! executes the first instruction alone, as if there were no plan, so
//! errors, tracebacks and `frame.ip` are exactly those of the plain loop.

use super::{Frame, Interp, binary_fast, compare_fast, norm_index};
use crate::objects::{InstanceObj, ListObj, StrObj, TupleObj};
use crate::value::Value;
use krait_ir::{BinOp, CmpOp, Function, Op, Slot, SlotKind};

/// Where a fused operation takes an operand from.
#[derive(Clone, Copy, Debug)]
pub(super) enum Opnd {
    /// A `Local` slot, read in place (borrowed; it must be bound).
    Local(u32),
    /// A `Temp` slot, consumed (emptied) by the run.
    Temp(u32),
    /// A constant of the function, borrowed.
    Const(u32),
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Kind {
    Binary(BinOp),
    Compare(CmpOp),
    /// `obj[key]` of a list or tuple with a small-int key.
    Item,
}

/// An attribute site's cache: instances of `class` with the shape
/// `shape`, as of class epoch `epoch`, keep the attribute at `index` of
/// their values, and nothing in the class overrides that (the same facts
/// compiled code's `AttrCache` holds). `class` 0: empty.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct AttrIc {
    class: usize,
    shape: usize,
    epoch: u64,
    index: usize,
    /// A read site whose name is a function of the class that such
    /// instances do not shadow: the function (borrowed from the class,
    /// alive while the epoch holds), bound to the instance on a hit;
    /// 0 for an instance attribute at `index`.
    method: usize,
}

impl AttrIc {
    /// Whether the cache holds for the instance `i` at class epoch `epoch`.
    fn holds(&self, i: &InstanceObj, epoch: u64) -> bool {
        self.class != 0
            && self.class == i.class.as_raw()
            && self.epoch == epoch
            && self.shape == i.dict.shape_word()
    }

    /// The cache for `name` of `i` when it is a plain instance attribute
    /// (read, or written when `set`).
    fn of_value(i: &InstanceObj, name: &str, set: bool, epoch: u64) -> Option<AttrIc> {
        let (shape, index) = i.dict.slot_of(name)?;
        super::classes::plain_instance_attr(&i.class, name, set).then(|| AttrIc {
            class: i.class.as_raw(),
            shape,
            epoch,
            index,
            method: 0,
        })
    }
}

/// What the run loop does at one instruction.
#[derive(Clone, Copy, Debug)]
pub(super) enum XOp {
    /// Run the instruction alone.
    Plain,
    /// `n` instructions: the producers of `a` and `b`, the operation, and
    /// possibly a `truthy` of a comparison's result or a copy of the result
    /// into a local; the result goes to `dst`, the skipped temporaries in
    /// `clear` (`NO_SLOT` = none) end empty.
    Op {
        kind: Kind,
        a: Opnd,
        b: Opnd,
        dst: u32,
        clear: [u32; 3],
        n: u8,
    },
    /// `n` (2) instructions: a local or constant copied through a temporary
    /// (`clear`) into the local `dst`.
    Move { src: Opnd, dst: u32, clear: u32 },
    /// `n` instructions ending in `obj[key] = src` of a list and an
    /// in-range small int: the producers of `obj` and `key` (and of `src`
    /// when `n` is 4); the skipped temporaries in `clear` end empty.
    SetItem {
        obj: Opnd,
        key: Opnd,
        src: Opnd,
        clear: [u32; 3],
        n: u8,
    },
    /// `%t = inplace Add %a, %b; L = %t` (2 instructions, `lhs`, `rhs`,
    /// `tmp` temporaries, `local` a local): when `%a` is the str in `L`
    /// and nothing else refers to it, `%b` (a str) is appended to it in
    /// place, as CPython's `unicode_concatenate` — amortised O(1) `s += x`.
    Concat {
        lhs: u32,
        rhs: u32,
        tmp: u32,
        local: u32,
    },
    /// `%t = L; %d = %t.name` (2 instructions) on an instance whose class
    /// and shape the site's cache knows: the value read from the
    /// instance's store by index (CPython's `LOAD_ATTR_INSTANCE_VALUE`);
    /// `%t` ends empty. A miss fills the cache when the attribute is a
    /// plain instance attribute, and runs the instructions alone.
    Attr {
        local: u32,
        tmp: u32,
        dst: u32,
        name: u32,
        site: u32,
    },
    /// `%t = L; %t.name = src` (2 instructions) on an instance whose class
    /// and shape the site's cache knows (the attribute exists, so the shape
    /// stays): the value replaced in place; `%t` ends empty, a temporary
    /// `src` too. A miss fills the cache as `Attr` does.
    SetAttr {
        local: u32,
        tmp: u32,
        src: Opnd,
        name: u32,
        site: u32,
    },
}

const NO_SLOT: u32 = u32::MAX;

/// The plan of one function: one `XOp` per instruction of each block,
/// and the caches of its attribute sites (`XOp::Attr`/`SetAttr`'s `site`).
#[derive(Clone)]
pub(super) struct FuncPlan {
    pub blocks: Vec<Vec<XOp>>,
    pub ics: Vec<std::cell::Cell<AttrIc>>,
}

/// Plans every block of `f`.
pub(super) fn plan_function(f: &Function) -> FuncPlan {
    let mut blocks: Vec<Vec<XOp>> = f
        .blocks
        .iter()
        .map(|b| {
            let ops: Vec<&Op> = b.instrs.iter().map(|i| &i.op).collect();
            (0..ops.len()).map(|ip| plan_at(f, &ops[ip..])).collect()
        })
        .collect();
    let mut n = 0;
    for x in blocks.iter_mut().flatten() {
        if let XOp::Attr { site, .. } | XOp::SetAttr { site, .. } = x {
            *site = n;
            n += 1;
        }
    }
    FuncPlan {
        blocks,
        ics: vec![std::cell::Cell::new(AttrIc::default()); n as usize],
    }
}

fn kind_of(f: &Function, s: Slot) -> Option<SlotKind> {
    f.slots.get(s.index()).map(|i| i.kind)
}

/// The temporary a producer writes and the operand it reads: a copy of a
/// local or a constant into a temporary.
fn producer(f: &Function, op: &Op) -> Option<(Slot, Opnd)> {
    match op {
        Op::Copy { dst, src }
            if kind_of(f, *dst)? == SlotKind::Temp && kind_of(f, *src)? == SlotKind::Local =>
        {
            Some((*dst, Opnd::Local(src.0)))
        }
        Op::Const { dst, c } if kind_of(f, *dst)? == SlotKind::Temp => {
            Some((*dst, Opnd::Const(c.0)))
        }
        _ => None,
    }
}

/// An operation fused runs can end in: its kind, operands and result.
fn operation(op: &Op) -> Option<(Kind, Slot, Slot, Slot)> {
    match op {
        Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs } => {
            Some((Kind::Binary(*op), *lhs, *rhs, *dst))
        }
        Op::Compare { dst, op, lhs, rhs } => Some((Kind::Compare(*op), *lhs, *rhs, *dst)),
        Op::GetItem { dst, obj, key } => Some((Kind::Item, *obj, *key, *dst)),
        _ => None,
    }
}

/// An operand the operation reads directly (not through a producer of the
/// run): a temporary it consumes or a local it borrows.
fn direct(f: &Function, s: Slot) -> Option<Opnd> {
    match kind_of(f, s)? {
        SlotKind::Temp => Some(Opnd::Temp(s.0)),
        SlotKind::Local => Some(Opnd::Local(s.0)),
        _ => None,
    }
}

fn plan_at(f: &Function, ops: &[&Op]) -> XOp {
    plan_op(f, ops)
        .or_else(|| plan_move(f, ops))
        .or_else(|| plan_concat(f, ops))
        .or_else(|| plan_setitem(f, ops))
        .or_else(|| plan_attr(f, ops))
        .or_else(|| plan_set_attr(f, ops))
        .unwrap_or(XOp::Plain)
}

fn plan_set_attr(f: &Function, ops: &[&Op]) -> Option<XOp> {
    let Op::Copy { dst: t, src: local } = ops.first()? else {
        return None;
    };
    let Op::SetAttr { obj, name, src } = ops.get(1)? else {
        return None;
    };
    let s = direct(f, *src)?;
    (kind_of(f, *t)? == SlotKind::Temp
        && kind_of(f, *local)? == SlotKind::Local
        && obj == t
        && src != t)
        .then_some(XOp::SetAttr {
            local: local.0,
            tmp: t.0,
            src: s,
            name: name.0,
            site: 0,
        })
}

fn plan_attr(f: &Function, ops: &[&Op]) -> Option<XOp> {
    let Op::Copy { dst: t, src } = ops.first()? else {
        return None;
    };
    let Op::GetAttr { dst, obj, name } = ops.get(1)? else {
        return None;
    };
    (kind_of(f, *t)? == SlotKind::Temp
        && kind_of(f, *src)? == SlotKind::Local
        && obj == t
        && dst != t
        && dst != src)
        .then_some(XOp::Attr {
            local: src.0,
            tmp: t.0,
            dst: dst.0,
            name: name.0,
            site: 0,
        })
}

fn plan_setitem(f: &Function, ops: &[&Op]) -> Option<XOp> {
    let (t0, o0) = producer(f, ops.first()?)?;
    let (t1, o1) = producer(f, ops.get(1)?)?;
    let setitem = |op: &Op| match op {
        Op::SetItem { obj, key, src } => Some((*obj, *key, *src)),
        _ => None,
    };
    // [P(obj), P(key), obj[key] = src]
    if let Some((obj, key, src)) = setitem(ops.get(2)?)
        && obj == t0
        && key == t1
        && t0 != t1
        && src != t0
        && src != t1
    {
        let s = direct(f, src)?;
        let clear = [t0.0, t1.0, NO_SLOT];
        return Some(XOp::SetItem {
            obj: o0,
            key: o1,
            src: s,
            clear,
            n: 3,
        });
    }
    // [P(src), P(obj), P(key), obj[key] = src]
    let (t2, o2) = producer(f, ops.get(2)?)?;
    let (obj, key, src) = setitem(ops.get(3)?)?;
    (src == t0 && obj == t1 && key == t2 && t0 != t1 && t0 != t2 && t1 != t2).then_some(
        XOp::SetItem {
            obj: o1,
            key: o2,
            src: o0,
            clear: [t0.0, t1.0, t2.0],
            n: 4,
        },
    )
}

fn plan_concat(f: &Function, ops: &[&Op]) -> Option<XOp> {
    let Op::InPlace {
        dst,
        op: BinOp::Add,
        lhs,
        rhs,
    } = ops.first()?
    else {
        return None;
    };
    let Op::Copy { dst: local, src } = ops.get(1)? else {
        return None;
    };
    let temps = [*dst, *lhs, *rhs]
        .iter()
        .all(|s| kind_of(f, *s) == Some(SlotKind::Temp));
    (temps
        && src == dst
        && lhs != rhs
        && lhs != dst
        && rhs != dst
        && kind_of(f, *local)? == SlotKind::Local)
        .then_some(XOp::Concat {
            lhs: lhs.0,
            rhs: rhs.0,
            tmp: dst.0,
            local: local.0,
        })
}

fn plan_move(f: &Function, ops: &[&Op]) -> Option<XOp> {
    let (t, src) = producer(f, ops.first()?)?;
    match ops.get(1)? {
        Op::Copy { dst, src: s } if *s == t && kind_of(f, *dst)? == SlotKind::Local => {
            Some(XOp::Move {
                src,
                dst: dst.0,
                clear: t.0,
            })
        }
        _ => None,
    }
}

fn plan_op(f: &Function, ops: &[&Op]) -> Option<XOp> {
    let mut clear = [NO_SLOT; 3];
    // [P(lhs), P(rhs), op] or [P(rhs), op].
    let (kind, a, b, dst, mut n) = if let Some((t1, a)) = producer(f, ops.first()?)
        && let Some((t2, b)) = ops.get(1).and_then(|op| producer(f, op))
        && let Some((kind, lhs, rhs, dst)) = ops.get(2).and_then(|op| operation(op))
        && lhs == t1
        && rhs == t2
        && t1 != t2
    {
        clear[0] = t1.0;
        clear[1] = t2.0;
        (kind, a, b, dst, 3)
    } else {
        let (t2, b) = producer(f, ops.first()?)?;
        let (kind, lhs, rhs, dst) = operation(ops.get(1)?)?;
        if rhs != t2 || lhs == t2 {
            return None;
        }
        let a = direct(f, lhs)?;
        if let Opnd::Temp(t) = a {
            clear[0] = t;
        }
        clear[1] = t2.0;
        (kind, a, b, dst, 2)
    };
    let mut out = dst;
    // A comparison's bool tested at once, or a result stored in a local.
    if kind_of(f, dst)? == SlotKind::Temp {
        match ops.get(n) {
            Some(Op::Truthy { dst: d, src }) if *src == dst && matches!(kind, Kind::Compare(_)) => {
                out = *d;
                clear[2] = dst.0;
                n += 1;
            }
            Some(Op::Copy { dst: d, src }) if *src == dst && kind_of(f, *d)? == SlotKind::Local => {
                out = *d;
                clear[2] = dst.0;
                n += 1;
            }
            _ => {}
        }
    }
    kind_of(f, out)?;
    Some(XOp::Op {
        kind,
        a,
        b,
        dst: out.0,
        clear,
        n: n as u8,
    })
}

impl Interp<'_, '_> {
    /// The operand `o` of the top frame, borrowed; `None` if unbound (or a
    /// constant the runtime does not have).
    #[inline(always)]
    fn opnd<'a>(&'a self, frame: &'a Frame, o: Opnd) -> Option<&'a Value> {
        match o {
            Opnd::Local(s) | Opnd::Temp(s) => frame.slots[s as usize].as_ref(),
            Opnd::Const(c) => self.consts[frame.func].get(c as usize)?.as_ref(),
        }
    }

    /// The instance in `local` of an attribute step's run, when the step
    /// budget covers its two instructions (else the run loop runs them
    /// alone).
    #[inline(always)]
    fn attr_site<'f>(&self, frame: &'f Frame, local: u32) -> Option<(&'f Value, &'f InstanceObj)> {
        if self.jit.ctx.steps_left < 2 {
            return None;
        }
        let o = frame.slots.get(local as usize)?.as_ref()?;
        Some((o, o.downcast::<InstanceObj>()?))
    }

    /// `XOp::Attr`: the cached read, or (a miss) the cache filled for the
    /// next time and false.
    #[inline(never)]
    fn attr_fused(
        &mut self,
        frame: &mut Frame,
        (local, tmp, dst, name): (u32, u32, u32, u32),
        site: u32,
    ) -> bool {
        let Some((o, i)) = self.attr_site(frame, local) else {
            return false;
        };
        let c = self.plans[frame.func].ics[site as usize].get();
        let epoch = crate::attrs::epoch();
        if c.holds(i, epoch) {
            let v = if c.method != 0 {
                if !i.dict.by_shape() {
                    return false;
                }
                // SAFETY: the class holds the function while the epoch
                // holds (see `AttrIc::method`); a new reference is taken.
                let func = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(c.method) });
                match (*func).clone() {
                    Some(func) => crate::objects::new_bound_method(func, o.clone()),
                    None => return false,
                }
            } else {
                match i.dict.value_at(c.index) {
                    Some(v) => v,
                    None => return false,
                }
            };
            frame.slots[tmp as usize] = None;
            frame.slots[dst as usize] = Some(v);
            self.jit.ctx.steps_left -= 2;
            frame.ip += 2;
            return true;
        }
        let f = self.func(frame.func);
        let name = &f.names[name as usize];
        if let Some(c) = AttrIc::of_value(i, name, false, epoch) {
            self.plans[frame.func].ics[site as usize].set(c);
        } else if i.dict.by_shape()
            && !i.dict.contains(name)
            && let Some(cls) = i.class.downcast::<crate::objects::UserClassObj>()
            && cls.lookup("__getattribute__").is_none()
            && let Some(func) = cls.lookup(name)
            && func.downcast::<crate::objects::FunctionObj>().is_some()
        {
            self.plans[frame.func].ics[site as usize].set(AttrIc {
                class: i.class.as_raw(),
                shape: i.dict.shape_word(),
                epoch,
                index: 0,
                method: func.as_raw(),
            });
        }
        false
    }

    /// `XOp::SetAttr`: the cached store, or (a miss) the cache filled for
    /// the next time and false.
    #[inline(never)]
    fn set_attr_fused(
        &mut self,
        frame: &mut Frame,
        (local, tmp, src, name): (u32, u32, Opnd, u32),
        site: u32,
    ) -> bool {
        let Some((o, i)) = self.attr_site(frame, local) else {
            return false;
        };
        if self.opnd(frame, src).is_none() {
            return false;
        }
        let c = self.plans[frame.func].ics[site as usize].get();
        let epoch = crate::attrs::epoch();
        if c.holds(i, epoch) {
            let o = o.clone();
            let v = match src {
                Opnd::Temp(s) => frame.slots[s as usize].take(),
                other => self.opnd(frame, other).cloned(),
            };
            let Some(v) = v else {
                return false;
            };
            let Some(i) = o.downcast::<InstanceObj>() else {
                return false;
            };
            match i.dict.replace_at(c.index, v) {
                Ok(old) => {
                    frame.slots[tmp as usize] = None;
                    self.jit.ctx.steps_left -= 2;
                    frame.ip += 2;
                    // The old value goes last: its `__del__` may run.
                    drop(o);
                    drop(old);
                    return true;
                }
                Err(v) => {
                    // Not stored: the source goes back where it was.
                    if let Opnd::Temp(s) = src {
                        frame.slots[s as usize] = Some(v);
                    }
                    return false;
                }
            }
        }
        let f = self.func(frame.func);
        let name = &f.names[name as usize];
        if let Some(c) = AttrIc::of_value(i, name, true, epoch) {
            self.plans[frame.func].ics[site as usize].set(c);
        }
        false
    }

    /// Runs the fused step `x` at the frame's instruction if it can (see the
    /// module doc); `false` (nothing done) otherwise.
    #[inline(always)]
    pub(super) fn run_fused(&mut self, frame: &mut Frame, x: &XOp) -> bool {
        // Most instructions start no run: one predictable test for them
        // rather than the dispatch on every kind.
        if matches!(x, XOp::Plain) {
            return false;
        }
        match *x {
            XOp::Attr {
                local,
                tmp,
                dst,
                name,
                site,
            } => self.attr_fused(frame, (local, tmp, dst, name), site),
            XOp::SetAttr {
                local,
                tmp,
                src,
                name,
                site,
            } => self.set_attr_fused(frame, (local, tmp, src, name), site),
            XOp::Plain => false,
            XOp::Op {
                kind,
                a,
                b,
                dst,
                clear,
                n,
            } => {
                if self.jit.ctx.steps_left < u64::from(n) {
                    return false;
                }
                let v = {
                    let (Some(a), Some(b)) = (self.opnd(frame, a), self.opnd(frame, b)) else {
                        return false;
                    };
                    let v = match kind {
                        Kind::Binary(op) => binary_fast(op, a, b),
                        Kind::Compare(op) => compare_fast(op, a, b).map(Value::bool),
                        Kind::Item => item_fast(a, b),
                    };
                    match v {
                        Some(v) => v,
                        None => return false,
                    }
                };
                for c in clear {
                    if c != NO_SLOT {
                        frame.slots[c as usize] = None;
                    }
                }
                frame.slots[dst as usize] = Some(v);
                self.jit.ctx.steps_left -= u64::from(n);
                frame.ip += n as usize;
                true
            }
            XOp::Concat {
                lhs,
                rhs,
                tmp,
                local,
            } => {
                let (lhs, rhs, tmp, local) =
                    (lhs as usize, rhs as usize, tmp as usize, local as usize);
                if self.jit.ctx.steps_left < 2 {
                    return false;
                }
                let (Some(a), Some(b), Some(l)) = (
                    frame.slots[lhs].as_ref(),
                    frame.slots[rhs].as_ref(),
                    frame.slots[local].as_ref(),
                ) else {
                    return false;
                };
                // The left str is referred to by the local and the
                // temporary only (so by nothing once the local is
                // overwritten), and the right operand is a str.
                if !a.is(l)
                    || a.refcount() != Some(2)
                    || a.downcast::<StrObj>().is_none()
                    || b.downcast::<StrObj>().is_none()
                {
                    return false;
                }
                let (Some(mut a), Some(b)) = (frame.slots[lhs].take(), frame.slots[rhs].take())
                else {
                    return false;
                };
                drop(frame.slots[local].take());
                drop(frame.slots[tmp].take());
                if let (Some(s), Some(y)) = (a.get_mut::<StrObj>(), b.downcast::<StrObj>()) {
                    s.value.push_str(&y.value);
                }
                drop(b);
                frame.slots[local] = Some(a);
                self.jit.ctx.steps_left -= 2;
                frame.ip += 2;
                true
            }
            XOp::SetItem {
                obj,
                key,
                src,
                clear,
                n,
            } => {
                if self.jit.ctx.steps_left < u64::from(n) {
                    return false;
                }
                let (list, i) = {
                    let (Some(o), Some(k), Some(_)) = (
                        self.opnd(frame, obj),
                        self.opnd(frame, key),
                        self.opnd(frame, src),
                    ) else {
                        return false;
                    };
                    let (Some(l), Some(k)) = (o.downcast::<ListObj>(), k.as_small_int()) else {
                        return false;
                    };
                    let Some(i) = norm_index(k, l.items.borrow().len()) else {
                        return false;
                    };
                    (o.clone(), i)
                };
                // Nothing can fail from here on: the source is bound.
                let v = match src {
                    Opnd::Temp(s) => frame.slots[s as usize].take(),
                    other => self.opnd(frame, other).cloned(),
                };
                let old = match (list.downcast::<ListObj>(), v) {
                    (Some(l), Some(v)) => Some(std::mem::replace(&mut l.items.borrow_mut()[i], v)),
                    _ => None,
                };
                drop(old);
                drop(list);
                for c in clear {
                    if c != NO_SLOT {
                        frame.slots[c as usize] = None;
                    }
                }
                self.jit.ctx.steps_left -= u64::from(n);
                frame.ip += n as usize;
                true
            }
            XOp::Move { src, dst, clear } => {
                if self.jit.ctx.steps_left < 2 {
                    return false;
                }
                let Some(v) = self.opnd(frame, src).cloned() else {
                    return false;
                };
                frame.slots[clear as usize] = None;
                frame.slots[dst as usize] = Some(v);
                self.jit.ctx.steps_left -= 2;
                frame.ip += 2;
                true
            }
        }
    }
}

/// `o[k]` for a list or tuple and an in-range small int; `None` otherwise
/// (`getitem` decides).
#[inline(always)]
fn item_fast(o: &Value, k: &Value) -> Option<Value> {
    let k = k.as_small_int()?;
    if let Some(l) = o.downcast::<ListObj>() {
        let items = l.items.borrow();
        return Some(items[norm_index(k, items.len())?].clone());
    }
    let t = o.downcast::<TupleObj>()?;
    Some(t.items[norm_index(k, t.items.len())?].clone())
}
