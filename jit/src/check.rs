//! What the JIT compiles: a function's IR is checked construct by
//! construct before any code is emitted, and the first one the code
//! generator does not handle is named (with its source span) for
//! `--jit-log`.

use krait_ir::infer::{Globals, binary_ty};
use krait_ir::{FunctionKind, Module, Op, Slot, SlotKind, Span, Terminator, Ty, UnOp};
use krait_runtime::interp::jit::NotCompiled;
use std::collections::{HashMap, HashSet};

/// Instructions compiled code runs through the interpreter's own code
/// (`krait_op`): they touch only their operand and result slots.
pub fn generic(op: &Op) -> bool {
    matches!(
        op,
        Op::Binary { .. }
            | Op::InPlace { .. }
            | Op::Unary { .. }
            | Op::Compare { .. }
            | Op::Truthy { .. }
            | Op::Call { .. }
            | Op::CallEx { .. }
            | Op::GetAttr { .. }
            | Op::SetAttr { .. }
            | Op::DelAttr { .. }
            | Op::GetItem { .. }
            | Op::SetItem { .. }
            | Op::DelItem { .. }
            | Op::BuildTuple { .. }
            | Op::BuildList { .. }
            | Op::BuildDict { .. }
            | Op::BuildSet { .. }
            | Op::BuildSlice { .. }
            | Op::BuildString { .. }
            | Op::FormatValue { .. }
            | Op::ListAppend { .. }
            | Op::ListExtend { .. }
            | Op::ListToTuple { .. }
            | Op::ListToSet { .. }
            | Op::DictUpdate { .. }
            | Op::DictMerge { .. }
            | Op::GetIter { .. }
            | Op::Unpack { .. }
            | Op::UnpackEx { .. }
            | Op::LoadBuiltin { .. }
            | Op::StoreGlobal { .. }
            | Op::DeleteGlobal { .. }
            | Op::LoadCell { .. }
            | Op::StoreCell { .. }
            | Op::DeleteCell { .. }
            | Op::MakeFunction { .. }
            | Op::GetLen { .. }
            | Op::ImportName { .. }
            | Op::ImportFrom { .. }
            | Op::ImportStar { .. }
            | Op::MatchSequence { .. }
            | Op::MatchMapping { .. }
            | Op::MatchKeys { .. }
            | Op::MatchClass { .. }
            | Op::WithSetup { .. }
            | Op::BuildClass { .. }
            | Op::ExcMatch { .. }
    )
}

/// A call the JIT emits inline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallKind {
    /// A known module function, called natively.
    Direct(usize),
    /// `range(...)` of ints, fused with the `GetIter` that follows.
    Range,
    /// `len(x)` of the builtin `len`: a list's length inline, anything
    /// else through `krait_len`.
    Len,
    /// `super()` of the builtin `super`: from the frame's `__class__`
    /// cell (slot) and first argument, through `krait_super`.
    Super(Slot),
}

/// Whether every load of the global `super` in `f` is the callee of the
/// call right after it (so a zero-argument call can be compiled as one).
fn super_calls_only(f: &krait_ir::Function) -> bool {
    f.blocks.iter().all(|b| {
        b.instrs.iter().enumerate().all(|(ii, ins)| match &ins.op {
            Op::LoadGlobal { dst, name } if f.names[name.index()] == "super" => b.instrs[ii + 1..]
                .iter()
                .find(|i| i.op.reads().contains(dst))
                .is_some_and(|i| matches!(&i.op, Op::Call { func, .. } if func == dst)),
            _ => true,
        })
    })
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
    /// Instructions not compiled inline, by (block, instruction).
    pub generic: HashSet<(usize, usize)>,
    /// Whether exception handler blocks are compiled: an exception in a
    /// compiled block whose handler is compiled goes there in compiled
    /// code.
    pub handlers: bool,
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

/// The most slots a compiled function may have.
pub const MAX_SLOTS: usize = 1000;

/// Checks that function `fi` of `module` can be compiled with the slot
/// types the module's inference gave.
pub fn check(module: &Module, fi: usize) -> Result<Plan, NotCompiled> {
    let types: Vec<Ty> = module.functions[fi].slots.iter().map(|s| s.ty).collect();
    check_typed(module, fi, &types)
}

/// Checks that function `fi` of `module` can be compiled with slot types
/// `types` (the module's, or those of `infer_with`).
pub fn check_typed(module: &Module, fi: usize, types: &[Ty]) -> Result<Plan, NotCompiled> {
    // With the exception handlers compiled when everything they run can
    // be; otherwise without (an exception leaves for the interpreter).
    let f = &module.functions[fi];
    if f.blocks.iter().any(|b| b.handler.is_some())
        && let Ok(plan) = check_blocks(module, fi, types, true)
    {
        return Ok(plan);
    }
    check_blocks(module, fi, types, false)
}

fn check_blocks(
    module: &Module,
    fi: usize,
    types: &[Ty],
    handlers: bool,
) -> Result<Plan, NotCompiled> {
    let f = &module.functions[fi];
    let here = Span::default();
    match f.kind {
        FunctionKind::Function
        | FunctionKind::Lambda
        | FunctionKind::Comprehension
        | FunctionKind::Module => {}
        k => return Err(no(format!("a {k:?} body"), here)),
    }
    if f.is_coroutine {
        return Err(no("a coroutine", here));
    }
    // Cranelift's SSA construction grows faster than linearly with slots
    // times blocks; a body this large (test scripts' module bodies) costs
    // more to compile than it can win.
    if f.slots.len() > MAX_SLOTS {
        return Err(no(
            format!(
                "too large to compile ({} slots, limit {MAX_SLOTS})",
                f.slots.len()
            ),
            here,
        ));
    }
    // `locals()`, `vars()` and `dir()` read the frame, which compiled
    // code does not keep.
    if f.names
        .iter()
        .any(|n| n == "locals" || n == "vars" || n == "dir" || n == "eval" || n == "exec")
    {
        return Err(no(
            "a use of locals(), vars(), dir(), eval() or exec()",
            here,
        ));
    }
    // Zero-argument `super()` reads the frame's `__class__` cell and first
    // argument: compiled as such (`CallKind::Super`) when the global
    // `super` is loaded only to be called right away.
    if f.names.iter().any(|n| n == "super") && !super_calls_only(f) {
        return Err(no("a use of super() other than a call", here));
    }
    let globals = Globals::of(module);
    let ty = |s: Slot| types.get(s.index()).copied().unwrap_or(Ty::Dyn);

    // Blocks reached without exceptions, and (`handlers`) through them.
    let mut compiled = vec![false; f.blocks.len()];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        if b >= compiled.len() || compiled[b] {
            continue;
        }
        compiled[b] = true;
        work.extend(f.blocks[b].term.successors().iter().map(|s| s.index()));
        if handlers && let Some(h) = f.blocks[b].handler {
            work.push(h.index());
        }
    }
    let with_handlers = handlers
        && f.blocks
            .iter()
            .enumerate()
            .any(|(bi, b)| compiled[bi] && b.handler.is_some());
    if handlers && !with_handlers {
        return Err(no("no exception handler", here));
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

    let mut cx = Cx {
        module,
        f,
        types,
        globals: &globals,
        loaded: HashMap::new(),
        plan: Plan {
            compiled: compiled.clone(),
            entries,
            handlers,
            ..Plan::default()
        },
    };
    for (bi, b) in f.blocks.iter().enumerate() {
        if !compiled[bi] {
            continue;
        }
        for (ii, ins) in b.instrs.iter().enumerate() {
            if let Op::LoadGlobal { dst, name } = &ins.op {
                cx.loaded.insert(*dst, f.names[name.index()].clone());
            }
            let Err(why) = cx.inline(bi, ii, &ins.op) else {
                continue;
            };
            let dsts_ok = ins.op.writes().iter().all(|w| !ty(*w).is_iter());
            let writes = ins.op.writes();
            let dsts_ok = dsts_ok
                && (writes.len() <= 1
                    || writes.iter().all(|w| matches!(ty(*w), Ty::Dyn | Ty::Bool))
                    || matches!(ins.op, Op::Unpack { .. })
                        && writes
                            .iter()
                            .all(|w| matches!(ty(*w), Ty::Dyn | Ty::List(_))));
            let reads_ok = ins.op.reads().iter().all(|r| !ty(*r).is_iter());
            if generic(&ins.op) && dsts_ok && reads_ok {
                cx.plan.generic.insert((bi, ii));
                continue;
            }
            return Err(no(why, ins.span));
        }
        let span = b.term_span;
        match &b.term {
            Terminator::Jump(_) => {}
            Terminator::Branch { cond, .. } => {
                if ty(*cond) != Ty::Bool {
                    return Err(no("a branch on a non-bool", span));
                }
            }
            Terminator::ForIter { iter, dst, .. } => match (ty(*iter), ty(*dst)) {
                (Ty::RangeIter, Ty::Int) | (Ty::Dyn, Ty::Dyn) => {}
                (Ty::ListIter(l), d) if d == l.item() => {}
                _ => return Err(no("a for loop whose item type is not known", span)),
            },
            Terminator::Return(s) => {
                if ty(*s).is_iter() {
                    return Err(no("returning an iterator", span));
                }
            }
            // The interpreter raises (compiled code leaves for it there).
            Terminator::Raise { .. } | Terminator::Reraise(_) => {}
        }
    }
    Ok(cx.plan)
}

struct Cx<'a> {
    module: &'a Module,
    f: &'a krait_ir::Function,
    types: &'a [Ty],
    globals: &'a Globals,
    /// Which temporaries hold a global, and which global.
    loaded: HashMap<Slot, String>,
    plan: Plan,
}

impl Cx<'_> {
    fn ty(&self, s: Slot) -> Ty {
        self.types.get(s.index()).copied().unwrap_or(Ty::Dyn)
    }

    fn is_temp(&self, s: Slot) -> bool {
        self.f.slots.get(s.index()).map(|i| i.kind) == Some(SlotKind::Temp)
    }

    /// Whether the instruction compiles inline; why not otherwise.
    fn inline(&mut self, bi: usize, ii: usize, op: &Op) -> Result<(), String> {
        let f = self.f;
        let ty = |s: Slot| self.ty(s);
        let num = |t: Ty| matches!(t, Ty::Int | Ty::F64 | Ty::Bool);
        match op {
            Op::Const { .. } | Op::Drop { .. } | Op::CheckBound { .. } | Op::Delete { .. } => {}
            Op::LoadException { dst } if ty(*dst) == Ty::Dyn => {}
            // A generator's `yield`: its frame is saved and compiled code
            // returns; it resumes at the instruction after.
            Op::Yield { dst, src } if ty(*dst) == Ty::Dyn && !ty(*src).is_iter() => {}
            Op::PushExcept { src } if ty(*src).is_word() && !ty(*src).is_iter() => {}
            Op::PopExcept => {}
            Op::Copy { dst, src } => {
                let (d, s) = (ty(*dst), ty(*src));
                // Into a typed local from an unknown value: checked.
                let checked =
                    s == Ty::Dyn && matches!(d, Ty::Int | Ty::F64 | Ty::Bool | Ty::List(_));
                if d != s && d != Ty::Dyn && !checked {
                    return Err("a copy between types".into());
                }
                if s.is_iter() {
                    return Err("a copy of an iterator".into());
                }
                if matches!(f.slots[src.index()].kind, SlotKind::Cell | SlotKind::Free) {
                    return Err("a copy of a cell".into());
                }
            }
            Op::LoadGlobal { dst, .. } => {
                if !self.is_temp(*dst) {
                    return Err("a global loaded into a local".into());
                }
            }
            Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs } => {
                let (a, c) = (ty(*lhs), ty(*rhs));
                if binary_ty(*op, a, c) != Some(ty(*dst)) {
                    return Err(format!("{op:?} of {a:?} and {c:?}"));
                }
            }
            Op::Unary { dst, op, src } => {
                let (s, d) = (ty(*src), ty(*dst));
                let ok = match op {
                    UnOp::Not => num(s) && d == Ty::Bool,
                    UnOp::Neg | UnOp::Pos | UnOp::Invert => num(s) && d != Ty::Dyn && d != Ty::Bool,
                };
                if !ok {
                    return Err(format!("{op:?} of {s:?}"));
                }
            }
            Op::Compare {
                dst,
                op: krait_ir::CmpOp::Is | krait_ir::CmpOp::IsNot,
                lhs,
                rhs,
            } if ty(*lhs).is_word() && ty(*rhs).is_word() && ty(*dst) == Ty::Bool => {}
            Op::Compare { dst, op, lhs, rhs } => {
                let (a, c) = (ty(*lhs), ty(*rhs));
                use krait_ir::CmpOp::*;
                if !matches!(op, Eq | Ne | Lt | Le | Gt | Ge) || !num(a) || !num(c) {
                    return Err(format!("comparison {op:?} of {a:?} and {c:?}"));
                }
                if ty(*dst) != Ty::Bool {
                    return Err("a comparison that is not a bool".into());
                }
            }
            Op::Truthy { src, .. } => {
                if !num(ty(*src)) {
                    return Err(format!("truth value of {:?}", ty(*src)));
                }
            }
            Op::Call {
                dst,
                func,
                args,
                kwnames,
            } => {
                if !kwnames.is_empty() {
                    return Err("a call with keyword arguments".into());
                }
                let Some(name) = self.loaded.get(func).cloned() else {
                    return Err("a call of a value not known at compile time".into());
                };
                let b = &f.blocks[bi];
                if name == "range" && self.globals.builtin_range() {
                    let fused = matches!(
                        b.instrs.get(ii + 1).map(|i| &i.op),
                        Some(Op::GetIter { dst: it, src }) if src == dst && ty(*it) == Ty::RangeIter
                    );
                    if !fused
                        || !(1..=3).contains(&args.len())
                        || !args.iter().all(|a| matches!(ty(*a), Ty::Int | Ty::Bool))
                    {
                        return Err("a use of range() other than `for` over ints".into());
                    }
                    self.plan.calls.insert((bi, ii), CallKind::Range);
                    return Ok(());
                }
                if name == "super" && self.globals.builtin("super") && args.is_empty() {
                    let class = f.slots.iter().position(|s| {
                        s.name.as_deref() == Some("__class__")
                            && matches!(s.kind, SlotKind::Cell | SlotKind::Free)
                    });
                    let p = f.params;
                    let first_ok = p.posonly + p.positional > 0
                        && (f.slots[0].kind == SlotKind::Cell
                            || (f.slots[0].kind == SlotKind::Local && ty(Slot(0)) == Ty::Dyn));
                    return match class {
                        Some(c) if first_ok && ty(*dst) == Ty::Dyn => {
                            self.plan
                                .calls
                                .insert((bi, ii), CallKind::Super(Slot(c as u32)));
                            Ok(())
                        }
                        _ => Err("a super() call without `__class__` and a first argument".into()),
                    };
                }
                if name == "super" {
                    return Err("a super() call with arguments".into());
                }
                if name == "len"
                    && self.globals.builtin("len")
                    && args.len() == 1
                    && ty(args[0]).is_word()
                    && !ty(args[0]).is_iter()
                    && matches!(ty(*dst), Ty::Int | Ty::Dyn)
                {
                    self.plan.calls.insert((bi, ii), CallKind::Len);
                    return Ok(());
                }
                let Some(id) = self.globals.callee(self.module, &name, args.len()) else {
                    return Err(format!("a call of `{name}` (not a known module function)"));
                };
                let callee = &self.module.functions[id.index()];
                for (a, p) in args.iter().zip(&callee.slots) {
                    let (at, pt) = (ty(*a), p.ty);
                    if at != pt && pt != Ty::Dyn {
                        return Err(format!("an argument {at:?} for a {pt:?} parameter"));
                    }
                    if at.is_iter() {
                        return Err("an iterator argument".into());
                    }
                }
                let rt = ty(*dst);
                if rt != callee.returns && rt != Ty::Dyn {
                    return Err("a call result of another type".into());
                }
                self.plan
                    .calls
                    .insert((bi, ii), CallKind::Direct(id.index()));
                if !self.plan.callees.contains(&id.index()) {
                    self.plan.callees.push(id.index());
                }
            }
            Op::GetItem { dst, obj, key } => {
                let Ty::List(l) = ty(*obj) else {
                    return Err("an item of something not known to be a list".into());
                };
                if !matches!(ty(*key), Ty::Int | Ty::Bool) || ty(*dst) != l.item() {
                    return Err("a list item with a non-int index".into());
                }
            }
            Op::SetItem { obj, key, src } => {
                if !matches!(ty(*obj), Ty::List(_)) || !matches!(ty(*key), Ty::Int | Ty::Bool) {
                    return Err("an item store into something not known to be a list".into());
                }
                if ty(*src).is_iter() {
                    return Err("storing an iterator".into());
                }
            }
            Op::GetIter { dst, src } if matches!((ty(*dst), ty(*src)), (Ty::ListIter(a), Ty::List(b)) if a == b) =>
                {}
            Op::GetIter { dst, src } => {
                let fused = ii > 0
                    && self.plan.calls.get(&(bi, ii - 1)) == Some(&CallKind::Range)
                    && matches!(&f.blocks[bi].instrs[ii - 1].op, Op::Call { dst: c, .. } if c == src);
                if !fused || ty(*dst) != Ty::RangeIter {
                    return Err("iteration over something other than range()".into());
                }
            }
            op => return Err(op_name(op)),
        }
        Ok(())
    }
}
