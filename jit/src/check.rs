//! What the JIT compiles: a function's IR is checked construct by
//! construct before any code is emitted, and the first one the code
//! generator does not handle is named (with its source span) for
//! `--jit-log`.

use krait_ir::infer::{Globals, binary_ty};
use krait_ir::{FunctionKind, Module, Op, Slot, SlotKind, Span, Terminator, Ty, UnOp};
use krait_runtime::interp::jit::NotCompiled;
use std::collections::HashMap;

/// A call the JIT emits inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallKind {
    /// A known module function, called natively.
    Direct(usize),
    /// `range(...)` of ints, fused with the `GetIter` that follows.
    Range,
}

/// The facts code generation works from.
#[derive(Debug, Default)]
pub struct Plan {
    /// Blocks control reaches without an exception (compiled); the others
    /// run in the interpreter after a deoptimization.
    pub compiled: Vec<bool>,
    /// Blocks the interpreter may enter compiled code at: the entry and
    /// every loop header (target of a back edge).
    pub entries: Vec<usize>,
    /// Calls by (block, instruction).
    pub calls: HashMap<(usize, usize), CallKind>,
    /// Functions called directly.
    pub callees: Vec<usize>,
}

fn no(reason: impl Into<String>, span: Span) -> NotCompiled {
    NotCompiled {
        reason: reason.into(),
        span,
    }
}

/// The name of an op for messages.
pub fn op_name(op: &Op) -> String {
    let s = format!("{op:?}");
    s.split([' ', '{', '(']).next().unwrap_or("?").to_owned()
}

/// Checks that function `fi` of `module` can be compiled.
pub fn check(module: &Module, fi: usize) -> Result<Plan, NotCompiled> {
    let f = &module.functions[fi];
    let here = Span::default();
    match f.kind {
        FunctionKind::Function | FunctionKind::Lambda => {}
        k => return Err(no(format!("a {k:?} body"), here)),
    }
    if f.is_generator || f.is_coroutine {
        return Err(no("a generator", here));
    }
    let p = f.params;
    if p.varargs || p.varkw || p.kwonly > 0 {
        return Err(no("*args, **kwargs or keyword-only parameters", here));
    }
    if f.slots
        .iter()
        .any(|s| matches!(s.kind, SlotKind::Cell | SlotKind::Free))
    {
        return Err(no("a closure variable (cell)", here));
    }
    let globals = Globals::of(module);
    let ty = |s: Slot| f.slots.get(s.index()).map_or(Ty::Dyn, |i| i.ty);
    let is_temp = |s: Slot| f.slots.get(s.index()).map(|i| i.kind) == Some(SlotKind::Temp);
    let typed = |t: Ty| matches!(t, Ty::Int | Ty::F64 | Ty::Bool);
    let num = |t: Ty| typed(t);

    // Blocks reached without exceptions.
    let mut compiled = vec![false; f.blocks.len()];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        if b >= compiled.len() || compiled[b] {
            continue;
        }
        compiled[b] = true;
        work.extend(f.blocks[b].term.successors().iter().map(|s| s.index()));
    }
    let mut entries = vec![0];
    for (bi, b) in f.blocks.iter().enumerate() {
        if !compiled[bi] {
            continue;
        }
        for s in b.term.successors() {
            if s.index() <= bi && !entries.contains(&s.index()) {
                entries.push(s.index());
            }
        }
    }
    entries.sort_unstable();

    // Which temporaries hold a global, and which global.
    let mut loaded: HashMap<Slot, String> = HashMap::new();
    let mut plan = Plan {
        compiled: compiled.clone(),
        entries,
        ..Plan::default()
    };
    for (bi, b) in f.blocks.iter().enumerate() {
        if !compiled[bi] {
            continue;
        }
        for (ii, ins) in b.instrs.iter().enumerate() {
            let span = ins.span;
            let bad = |what: &str| Err(no(what.to_owned(), span));
            match &ins.op {
                Op::Const { .. } | Op::Drop { .. } | Op::CheckBound { .. } | Op::Delete { .. } => {}
                Op::Copy { dst, src } => {
                    let (d, s) = (ty(*dst), ty(*src));
                    if d != s && d != Ty::Dyn {
                        return bad("a copy between types");
                    }
                    if s == Ty::RangeIter {
                        return bad("a copy of an iterator");
                    }
                }
                Op::LoadGlobal { dst, name } => {
                    if !is_temp(*dst) {
                        return bad("a global loaded into a local");
                    }
                    loaded.insert(*dst, f.names[name.index()].clone());
                }
                Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs } => {
                    let (a, c) = (ty(*lhs), ty(*rhs));
                    if binary_ty(*op, a, c) != Some(ty(*dst)) {
                        return bad(&format!("{op:?} of {a:?} and {c:?}"));
                    }
                }
                Op::Unary { dst, op, src } => {
                    let (s, d) = (ty(*src), ty(*dst));
                    let ok = match op {
                        UnOp::Not => num(s) && d == Ty::Bool,
                        UnOp::Neg | UnOp::Pos | UnOp::Invert => {
                            num(s) && d != Ty::Dyn && d != Ty::Bool
                        }
                    };
                    if !ok {
                        return bad(&format!("{op:?} of {s:?}"));
                    }
                }
                Op::Compare { dst, op, lhs, rhs } => {
                    let (a, c) = (ty(*lhs), ty(*rhs));
                    use krait_ir::CmpOp::*;
                    if !matches!(op, Eq | Ne | Lt | Le | Gt | Ge) || !num(a) || !num(c) {
                        return bad(&format!("comparison {op:?} of {a:?} and {c:?}"));
                    }
                    if ty(*dst) != Ty::Bool {
                        return bad("a comparison that is not a bool");
                    }
                }
                Op::Truthy { src, .. } => {
                    if !num(ty(*src)) {
                        return bad(&format!("truth value of {:?}", ty(*src)));
                    }
                }
                Op::Call {
                    dst,
                    func,
                    args,
                    kwnames,
                } => {
                    if !kwnames.is_empty() {
                        return bad("a call with keyword arguments");
                    }
                    let Some(name) = loaded.get(func) else {
                        return bad("a call of a value not known at compile time");
                    };
                    if name == "range" && globals.builtin_range() {
                        let fused = matches!(
                            b.instrs.get(ii + 1).map(|i| &i.op),
                            Some(Op::GetIter { dst: it, src }) if src == dst && ty(*it) == Ty::RangeIter
                        );
                        if !fused
                            || !(1..=3).contains(&args.len())
                            || !args.iter().all(|a| matches!(ty(*a), Ty::Int | Ty::Bool))
                        {
                            return bad("a use of range() other than `for` over ints");
                        }
                        plan.calls.insert((bi, ii), CallKind::Range);
                        continue;
                    }
                    let Some(id) = globals.callee(module, name, args.len()) else {
                        return bad(&format!("a call of `{name}` (not a known module function)"));
                    };
                    let callee = &module.functions[id.index()];
                    if check_callee(module, id.index()).is_err() {
                        return bad(&format!("a call of `{name}`, which does not compile"));
                    }
                    for (a, p) in args.iter().zip(&callee.slots) {
                        let (at, pt) = (ty(*a), p.ty);
                        if at != pt && pt != Ty::Dyn {
                            return bad(&format!("an argument {at:?} for a {pt:?} parameter"));
                        }
                        if at == Ty::RangeIter {
                            return bad("an iterator argument");
                        }
                    }
                    let rt = ty(*dst);
                    if rt != callee.returns && rt != Ty::Dyn {
                        return bad("a call result of another type");
                    }
                    plan.calls.insert((bi, ii), CallKind::Direct(id.index()));
                    if !plan.callees.contains(&id.index()) {
                        plan.callees.push(id.index());
                    }
                }
                Op::GetIter { dst, src } => {
                    let fused = ii > 0
                        && plan.calls.get(&(bi, ii - 1)) == Some(&CallKind::Range)
                        && matches!(&b.instrs[ii - 1].op, Op::Call { dst: c, .. } if c == src);
                    if !fused || ty(*dst) != Ty::RangeIter {
                        return bad("iteration over something other than range()");
                    }
                }
                op => return bad(&op_name(op)),
            }
        }
        let span = b.term_span;
        match &b.term {
            Terminator::Jump(_) => {}
            Terminator::Branch { cond, .. } => {
                if ty(*cond) != Ty::Bool {
                    return Err(no("a branch on a non-bool", span));
                }
            }
            Terminator::ForIter { iter, dst, .. } => {
                if ty(*iter) != Ty::RangeIter || ty(*dst) != Ty::Int {
                    return Err(no("a for loop over something other than range()", span));
                }
            }
            Terminator::Return(s) => {
                let t = ty(*s);
                if t == Ty::RangeIter {
                    return Err(no("returning an iterator", span));
                }
            }
            Terminator::Raise { .. } | Terminator::Reraise(_) => {
                return Err(no("raise", span));
            }
        }
    }
    Ok(plan)
}

/// Whether a callee can compile, without recursing into its callees
/// (recursion is fine: a direct call checks at run time that the callee
/// has code).
fn check_callee(module: &Module, fi: usize) -> Result<(), NotCompiled> {
    let f = &module.functions[fi];
    if f.is_generator
        || f.slots
            .iter()
            .any(|s| matches!(s.kind, SlotKind::Cell | SlotKind::Free))
    {
        return Err(no("", Span::default()));
    }
    Ok(())
}
