//! Type inference over the IR: which slots provably hold an `int`, a
//! `float`, a `bool` or a `range` iterator, and what each function returns.
//!
//! The facts are those of CPython's semantics: `int + int` is an `int`
//! (exact: the JIT's machine arithmetic checks overflow and leaves compiled
//! code when it happens), `int / int` a `float`, a comparison of numbers a
//! `bool`. Parameter annotations (`n: int`) are the one assumption: the
//! lowering types such a parameter, and the JIT checks the argument on entry
//! (a call that breaks it runs in the interpreter, as CPython would run it).
//!
//! Calls are typed through the module's *known functions*: a global bound
//! exactly once in the whole module, at module level, to a `def` without
//! defaults, decorators or closure. A call of such a global with matching
//! positional arguments has the callee's return type. Compiled code guards
//! the global still holds that function (`globals()` can rebind it) and
//! leaves for the interpreter when it does not. Likewise `range(...)` is
//! the builtin when no code in the module binds the name `range`.
//!
//! The analysis is one fixpoint over the whole module: types only grow
//! (unknown < `int`/`f64`/`bool`/range iterator < `dyn`), joined over every
//! write of a slot, so it terminates after a few passes.

use crate::{
    BinOp, CmpOp, Const, FuncId, Function, ListTy, Module, Op, SlotKind, Terminator, Ty, UnOp,
};
use std::collections::HashMap;

/// A lattice value: `None` is "no value seen yet" (bottom).
type Lat = Option<Ty>;

fn join(a: Lat, b: Lat) -> Lat {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(x), Some(y)) if x == y => Some(x),
        _ => Some(Ty::Dyn),
    }
}

/// What inference needs to know about the module's globals.
pub struct Globals {
    /// Globals bound once, at module level, to a plain `def`.
    pub functions: HashMap<String, FuncId>,
    /// Names some code of the module binds or deletes as globals.
    pub stored: std::collections::HashSet<String>,
}

impl Globals {
    pub fn of(module: &Module) -> Globals {
        let mut stores: HashMap<String, usize> = HashMap::new();
        let mut functions = HashMap::new();
        for (fi, f) in module.functions.iter().enumerate() {
            for b in &f.blocks {
                for (k, ins) in b.instrs.iter().enumerate() {
                    let name = match &ins.op {
                        Op::StoreGlobal { name, .. } | Op::DeleteGlobal { name } => name,
                        _ => continue,
                    };
                    let n = f.names[name.index()].clone();
                    *stores.entry(n.clone()).or_default() += 1;
                    // `def f` at module level: MakeFunction then StoreGlobal.
                    if let (0, Op::StoreGlobal { src, .. }) = (fi, &ins.op)
                        && k > 0
                        && let Op::MakeFunction {
                            dst,
                            func,
                            defaults,
                            kwdefaults,
                            closure,
                            ..
                        } = &b.instrs[k - 1].op
                        && dst == src
                        && defaults.is_empty()
                        && kwdefaults.is_empty()
                        && closure.is_empty()
                    {
                        functions.insert(n, *func);
                    }
                }
            }
        }
        functions.retain(|n, _| stores.get(n) == Some(&1));
        Globals {
            functions,
            stored: stores.into_keys().collect(),
        }
    }

    /// The function a call of the global `name` reaches, when it can be
    /// called directly with `nargs` positional arguments.
    pub fn callee(&self, module: &Module, name: &str, nargs: usize) -> Option<FuncId> {
        let id = *self.functions.get(name)?;
        let f = module.functions.get(id.index())?;
        let p = f.params;
        let plain = p.kwonly == 0
            && !p.varargs
            && !p.varkw
            && (p.posonly + p.positional) as usize == nargs
            && !f.is_generator
            && !f.is_coroutine
            && f.slots
                .iter()
                .all(|s| !matches!(s.kind, SlotKind::Cell | SlotKind::Free));
        plain.then_some(id)
    }

    /// Whether `range` is the builtin everywhere in the module.
    pub fn builtin_range(&self) -> bool {
        !self.stored.contains("range")
    }

    /// Whether the global `name` is the builtin everywhere in the module.
    pub fn builtin(&self, name: &str) -> bool {
        !self.stored.contains(name) && !self.functions.contains_key(name)
    }
}

/// Infers slot and return types for every function of `module`.
pub fn infer(module: &mut Module) {
    let globals = Globals::of(module);
    let n = module.functions.len();
    let mut slots: Vec<Vec<Lat>> = module.functions.iter().map(|f| initial(f)).collect();
    // Generators and class bodies return through other paths.
    let mut returns: Vec<Lat> = module
        .functions
        .iter()
        .map(|f| match f.kind {
            crate::FunctionKind::Function | crate::FunctionKind::Lambda if !f.is_generator => None,
            _ => Some(Ty::Dyn),
        })
        .collect();
    loop {
        let mut changed = false;
        for fi in 0..n {
            let f = &module.functions[fi];
            let mut ctx = FnInfer {
                module,
                globals: &globals,
                f,
                tys: &mut slots[fi],
                returns: &returns,
                expect: &[],
                changed: false,
            };
            let ret = ctx.run();
            changed |= ctx.changed;
            let r = join(returns[fi], ret);
            if r != returns[fi] {
                returns[fi] = r;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for (fi, f) in module.functions.iter_mut().enumerate() {
        let f = std::rc::Rc::make_mut(f);
        for (s, t) in f.slots.iter_mut().zip(&slots[fi]) {
            s.ty = t.unwrap_or(Ty::Dyn);
        }
        f.returns = returns[fi].unwrap_or(Ty::Dyn);
    }
}

/// A function's slots before inference: annotated parameters, cells,
/// and the lowering's `bool` temporaries are known; the rest unknown.
fn initial(f: &Function) -> Vec<Lat> {
    let identity = identity_operands(f);
    f.slots
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let param = i < f.params.count() as usize;
            match s.kind {
                SlotKind::Cell | SlotKind::Free => Some(Ty::Dyn),
                // `x is y` asks about objects: a float (or an int past the
                // tagged range) unboxed and boxed again would be another.
                _ if identity[i] && s.ty != Ty::Bool => Some(Ty::Dyn),
                // Annotated parameters: the checked assumption.
                SlotKind::Local if param => Some(s.ty),
                // Slots the lowering made `bool` (`Truthy` and the
                // match tests) stay so.
                _ if s.ty == Ty::Bool => Some(Ty::Bool),
                _ => None,
            }
        })
        .collect()
}

/// The slots whose objects an `is` / `is not` compares: its operands and,
/// through copies, the slots they were copied from.
fn identity_operands(f: &Function) -> Vec<bool> {
    let mut out = vec![false; f.slots.len()];
    for b in &f.blocks {
        for ins in &b.instrs {
            if let Op::Compare {
                op: crate::CmpOp::Is | crate::CmpOp::IsNot,
                lhs,
                rhs,
                ..
            } = &ins.op
            {
                out[lhs.index()] = true;
                out[rhs.index()] = true;
            }
        }
    }
    loop {
        let mut grew = false;
        for b in &f.blocks {
            for ins in &b.instrs {
                if let Op::Copy { dst, src } = &ins.op
                    && out[dst.index()]
                    && !out[src.index()]
                {
                    out[src.index()] = true;
                    grew = true;
                }
            }
        }
        if !grew {
            return out;
        }
    }
}

/// Slot types for function `fi` of an inferred `module` when some of its
/// locals are *expected* to hold one type (`expect[slot]`, from the values
/// the running program put there): such a local keeps that type, and the
/// copies into it from values of unknown type become checks (compiled
/// code leaves for the interpreter when one fails), so everything computed
/// from it is typed too. An expectation is dropped when a write into the
/// local could not be checked that way (anything but a copy of an
/// unknown or same-typed value, or a constant of the type), or when the
/// slot is a parameter (its type is the function's calling convention).
/// Return types stay the module's: callers rely on them.
pub fn infer_with(module: &Module, fi: usize, expect: &[Option<Ty>]) -> Vec<Ty> {
    let f = &module.functions[fi];
    let globals = Globals::of(module);
    let returns: Vec<Lat> = module.functions.iter().map(|g| Some(g.returns)).collect();
    let nparams = f.params.count() as usize;
    let identity = identity_operands(f);
    let mut expect: Vec<Option<Ty>> = (0..f.slots.len())
        .map(|i| {
            let t = expect.get(i).copied().flatten()?;
            let ok = i >= nparams
                && !identity[i]
                && f.slots[i].kind == SlotKind::Local
                && f.slots[i].ty == Ty::Dyn
                && matches!(t, Ty::Int | Ty::F64 | Ty::Bool | Ty::List(_));
            ok.then_some(t)
        })
        .collect();
    // Expectations dropped once are not taken up again (so this ends).
    let mut banned = vec![false; f.slots.len()];
    loop {
        let mut tys = initial(f);
        for (t, e) in tys.iter_mut().zip(&expect) {
            if e.is_some() {
                *t = *e;
            }
        }
        loop {
            let mut ctx = FnInfer {
                module,
                globals: &globals,
                f,
                tys: &mut tys,
                returns: &returns,
                expect: &expect,
                changed: false,
            };
            ctx.run();
            if !ctx.changed {
                break;
            }
        }
        let ty = |s: crate::Slot| tys[s.index()].unwrap_or(Ty::Dyn);
        let live = reachable(f);
        // A temporary of unknown type copied into an expected local is
        // expected too (its writer checks it), so no box is made for it.
        let mut grew = false;
        for (b, _) in f.blocks.iter().zip(&live).filter(|(_, l)| **l) {
            for ins in &b.instrs {
                if let Op::Copy { dst, src } = &ins.op
                    && let Some(t) = expect[dst.index()]
                    && f.slots[src.index()].kind == SlotKind::Temp
                    && ty(*src) == Ty::Dyn
                    && expect[src.index()].is_none()
                    && !banned[src.index()]
                {
                    expect[src.index()] = Some(t);
                    grew = true;
                }
            }
        }
        if grew {
            continue;
        }
        // Every write into an expected slot must be checkable: a copy, a
        // constant of the type, or (into a temporary) an instruction's one
        // result, which compiled code checks after the instruction.
        let mut dropped = false;
        for (b, _) in f.blocks.iter().zip(&live).filter(|(_, l)| **l) {
            for ins in &b.instrs {
                for w in ins.op.writes() {
                    let Some(t) = expect[w.index()] else { continue };
                    let ok = match &ins.op {
                        Op::Copy { src, .. } => matches!(ty(*src), Ty::Dyn) || ty(*src) == t,
                        Op::Const { c, .. } => matches!(
                            (f.consts.get(c.index()), t),
                            (Some(Const::Int(_)), Ty::Int)
                                | (Some(Const::Float(_)), Ty::F64)
                                | (Some(Const::Bool(_)), Ty::Bool)
                        ),
                        // Unpacking into expected lists: compiled code
                        // checks each after the unpacking (a list is a word,
                        // so no result needs unboxing before the checks).
                        Op::Unpack { .. } => matches!(t, Ty::List(_)),
                        op => f.slots[w.index()].kind == SlotKind::Temp && op.writes().len() == 1,
                    };
                    if !ok {
                        expect[w.index()] = None;
                        banned[w.index()] = true;
                        dropped = true;
                    }
                }
            }
            if let Terminator::ForIter { dst, .. } = &b.term
                && expect[dst.index()].is_some()
            {
                expect[dst.index()] = None;
                banned[dst.index()] = true;
                dropped = true;
            }
        }
        if !dropped {
            return tys.iter().map(|t| t.unwrap_or(Ty::Dyn)).collect();
        }
    }
}

struct FnInfer<'a> {
    module: &'a Module,
    globals: &'a Globals,
    f: &'a Function,
    tys: &'a mut Vec<Lat>,
    returns: &'a [Lat],
    /// Locals that keep an expected type whatever is written (see
    /// `infer_with`).
    expect: &'a [Option<Ty>],
    changed: bool,
}

fn numeric(t: Ty) -> bool {
    matches!(t, Ty::Int | Ty::F64 | Ty::Bool)
}

/// The type of `a op b` for numbers (`None`: not a number, or a result
/// whose type depends on the values, like `int ** int`).
pub fn binary_ty(op: BinOp, a: Ty, b: Ty) -> Option<Ty> {
    if !numeric(a) || !numeric(b) {
        return None;
    }
    let float = a == Ty::F64 || b == Ty::F64;
    match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod => {
            Some(if float { Ty::F64 } else { Ty::Int })
        }
        BinOp::TrueDiv => Some(Ty::F64),
        // A float unless a negative base meets a fractional exponent (a
        // complex) or it raises: compiled code checks those cases and
        // leaves for the interpreter before the operation, like an int
        // result that outgrows a machine word. `int ** int` depends on the
        // exponent's sign, so it is not typed.
        BinOp::Pow if float => Some(Ty::F64),
        // `bool & bool` is a bool; the JIT keeps to ints here.
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
            if !(float || a == Ty::Bool && b == Ty::Bool) =>
        {
            Some(Ty::Int)
        }
        BinOp::LShift | BinOp::RShift if !float => Some(Ty::Int),
        _ => None,
    }
}

impl FnInfer<'_> {
    fn get(&self, s: crate::Slot) -> Lat {
        self.tys.get(s.index()).copied().flatten()
    }

    fn set(&mut self, s: crate::Slot, t: Lat) {
        if self.expect.get(s.index()).copied().flatten().is_some() {
            return;
        }
        if let Some(cur) = self.tys.get_mut(s.index()) {
            let j = join(*cur, t);
            if j != *cur {
                *cur = j;
                self.changed = true;
            }
        }
    }

    /// The global a temporary was loaded from, if `LoadGlobal` wrote it.
    fn loaded_global(&self, s: crate::Slot) -> Option<&str> {
        if self.f.slots.get(s.index())?.kind != SlotKind::Temp {
            return None;
        }
        self.f
            .blocks
            .iter()
            .flat_map(|b| &b.instrs)
            .find_map(|i| match &i.op {
                Op::LoadGlobal { dst, name } if *dst == s => {
                    Some(self.f.names[name.index()].as_str())
                }
                _ => None,
            })
    }

    /// Whether the temporary `s` is `range(...)` of ints (1 to 3 of them).
    fn is_int_range(&self, s: crate::Slot) -> bool {
        if !self.globals.builtin_range()
            || self.f.slots.get(s.index()).map(|i| i.kind) != Some(SlotKind::Temp)
        {
            return false;
        }
        self.f
            .blocks
            .iter()
            .flat_map(|b| &b.instrs)
            .any(|i| match &i.op {
                Op::Call {
                    dst,
                    func,
                    args,
                    kwnames,
                } if *dst == s => {
                    kwnames.is_empty()
                        && (1..=3).contains(&args.len())
                        && self.loaded_global(*func) == Some("range")
                        && args
                            .iter()
                            .all(|a| matches!(self.get(*a), Some(Ty::Int | Ty::Bool)))
                }
                _ => false,
            })
    }

    fn call_ty(&self, func: crate::Slot, args: &[crate::Slot], kwnames: &[crate::NameId]) -> Lat {
        let dyn_ = Some(Ty::Dyn);
        if !kwnames.is_empty() {
            return dyn_;
        }
        let Some(name) = self.loaded_global(func) else {
            return dyn_;
        };
        // `len(x)` is an int whatever `x` is (or it raises).
        if name == "len" && args.len() == 1 && self.globals.builtin("len") {
            return Some(Ty::Int);
        }
        let Some(id) = self.globals.callee(self.module, name, args.len()) else {
            return dyn_;
        };
        let callee = &self.module.functions[id.index()];
        for (a, p) in args.iter().zip(&callee.slots) {
            match (self.get(*a), p.ty) {
                (None, _) => return None,
                (_, Ty::Dyn) => {}
                (Some(t), pt) if t == pt => {}
                _ => return dyn_,
            }
        }
        self.returns[id.index()]
    }

    /// One pass over the function; returns the join of its return types.
    fn run(&mut self) -> Lat {
        let mut ret = None;
        let f = self.f;
        let live = reachable(f);
        for b in f
            .blocks
            .iter()
            .zip(&live)
            .filter(|(_, l)| **l)
            .map(|(b, _)| b)
        {
            for ins in &b.instrs {
                let t = match &ins.op {
                    Op::Const { dst, c } => {
                        let t = match f.consts.get(c.index()) {
                            Some(Const::Int(_)) => Ty::Int,
                            Some(Const::Float(_)) => Ty::F64,
                            Some(Const::Bool(_)) => Ty::Bool,
                            _ => Ty::Dyn,
                        };
                        Some((*dst, Some(t)))
                    }
                    Op::Copy { dst, src } => Some((*dst, self.get(*src))),
                    Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs } => {
                        let t = match (op, self.get(*lhs), self.get(*rhs)) {
                            // `[0.0] * n`: the same list type.
                            (BinOp::Mul, Some(Ty::List(l)), Some(Ty::Int | Ty::Bool))
                            | (BinOp::Mul, Some(Ty::Int | Ty::Bool), Some(Ty::List(l))) => {
                                Some(Ty::List(l))
                            }
                            (BinOp::Add, Some(Ty::List(a)), Some(Ty::List(b))) if a == b => {
                                Some(Ty::List(a))
                            }
                            (_, Some(a), Some(b)) => Some(binary_ty(*op, a, b).unwrap_or(Ty::Dyn)),
                            _ => None,
                        };
                        Some((*dst, t))
                    }
                    // A list display: its items' common type is what its
                    // loads expect (checked there).
                    Op::BuildList { dst, items } => {
                        let mut t = None;
                        let mut unknown = false;
                        for i in items {
                            match self.get(*i) {
                                None => unknown = true,
                                Some(x) => t = join(t, Some(x)),
                            }
                        }
                        let l = match t {
                            _ if unknown => None,
                            None => Some(Ty::List(ListTy {
                                depth: 1,
                                elem: crate::Elem::Dyn,
                            })),
                            Some(x) => Some(ListTy::of(x).map_or(Ty::Dyn, Ty::List)),
                        };
                        Some((*dst, l))
                    }
                    Op::GetItem { dst, obj, key } => {
                        let t = match (self.get(*obj), self.get(*key)) {
                            (Some(Ty::List(l)), Some(Ty::Int | Ty::Bool)) => Some(l.item()),
                            (Some(_), Some(_)) => Some(Ty::Dyn),
                            _ => None,
                        };
                        Some((*dst, t))
                    }
                    Op::Unary { dst, op, src } => {
                        let t = self.get(*src).map(|t| match (op, t) {
                            (UnOp::Not, _) => Ty::Bool,
                            (UnOp::Neg | UnOp::Pos | UnOp::Invert, Ty::Int | Ty::Bool) => Ty::Int,
                            (UnOp::Neg | UnOp::Pos, Ty::F64) => Ty::F64,
                            _ => Ty::Dyn,
                        });
                        Some((*dst, t))
                    }
                    Op::Compare { dst, op, lhs, rhs } => {
                        let t = match (op, self.get(*lhs), self.get(*rhs)) {
                            (CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn, _, _) => {
                                Some(Ty::Bool)
                            }
                            (_, Some(a), Some(b)) if numeric(a) && numeric(b) => Some(Ty::Bool),
                            (_, Some(_), Some(_)) => Some(Ty::Dyn),
                            _ => None,
                        };
                        Some((*dst, t))
                    }
                    Op::Truthy { dst, .. } => Some((*dst, Some(Ty::Bool))),
                    Op::Call {
                        dst,
                        func,
                        args,
                        kwnames,
                    } => Some((*dst, self.call_ty(*func, args, kwnames))),
                    Op::GetIter { dst, src } => {
                        // A `for` loop's iterator (a hidden local), not
                        // one passed on (a comprehension's `.0`).
                        let for_loop = f.slots[dst.index()].kind == SlotKind::Local;
                        let t = match self.get(*src) {
                            _ if for_loop && self.is_int_range(*src) => Ty::RangeIter,
                            Some(Ty::List(l)) if for_loop => Ty::ListIter(l),
                            None if for_loop => continue,
                            _ => Ty::Dyn,
                        };
                        Some((*dst, Some(t)))
                    }
                    op => {
                        for w in op.writes() {
                            let keep_bool = f.slots[w.index()].ty == Ty::Bool
                                && f.slots[w.index()].kind == SlotKind::Temp;
                            if !keep_bool {
                                self.set(w, Some(Ty::Dyn));
                            }
                        }
                        None
                    }
                };
                if let Some((dst, t)) = t {
                    self.set(dst, t);
                }
            }
            match &b.term {
                Terminator::ForIter { iter, dst, .. } => {
                    let t = match self.get(*iter) {
                        Some(Ty::RangeIter) => Some(Ty::Int),
                        Some(Ty::ListIter(l)) => Some(l.item()),
                        None => None,
                        _ => Some(Ty::Dyn),
                    };
                    self.set(*dst, t);
                }
                Terminator::Return(s) => ret = join(ret, self.get(*s)),
                _ => {}
            }
        }
        ret
    }
}

/// Which blocks control can reach from the entry (normal and handler
/// edges); the lowering leaves unreachable ones, like the implicit
/// `return None` after a `return`.
pub fn reachable(f: &Function) -> Vec<bool> {
    let mut seen = vec![false; f.blocks.len()];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        if b >= seen.len() || seen[b] {
            continue;
        }
        seen[b] = true;
        let block = &f.blocks[b];
        work.extend(block.term.successors().iter().map(|s| s.index()));
        work.extend(block.handler.map(|h| h.index()));
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(src: &str) -> Module {
        let mut m = crate::lower::tests::lower(src).expect("lowers");
        infer(&mut m);
        m
    }

    fn slot_ty(f: &Function, name: &str) -> Ty {
        f.slots
            .iter()
            .find(|s| s.name.as_deref() == Some(name))
            .map(|s| s.ty)
            .expect("slot")
    }

    #[test]
    fn recursive_int_function_returns_int() {
        let m = types(
            "def fib(n: int) -> int:\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n",
        );
        assert_eq!(m.functions[1].returns, Ty::Int);
        assert_eq!(slot_ty(&m.functions[1], "n"), Ty::Int);
    }

    #[test]
    fn range_loop_and_mixed_types() {
        let m = types(
            "def f(n: int) -> float:\n    t = 0\n    x = 0.5\n    for i in range(n):\n        t += i\n        x = x * 2 + i\n    return t / n\n",
        );
        let f = &m.functions[1];
        assert_eq!(slot_ty(f, "t"), Ty::Int);
        assert_eq!(slot_ty(f, "i"), Ty::Int);
        assert_eq!(slot_ty(f, "x"), Ty::F64);
        assert_eq!(f.returns, Ty::F64);
    }

    #[test]
    fn list_annotations_and_displays() {
        let m = types(
            "def f(v: list[float], m: list[list[int]]) -> float:\n    n = len(v)\n    s = 0.0\n    row = m[0]\n    z = [0.0] * n\n    for i in range(n):\n        s += v[i] * row[i] + z[i]\n    return s\n",
        );
        let f = &m.functions[1];
        assert_eq!(slot_ty(f, "n"), Ty::Int);
        assert_eq!(slot_ty(f, "s"), Ty::F64);
        assert_eq!(
            slot_ty(f, "row"),
            Ty::List(ListTy {
                depth: 1,
                elem: crate::Elem::Int
            })
        );
        assert_eq!(slot_ty(f, "z"), slot_ty(f, "v"));
        assert_eq!(f.returns, Ty::F64);
    }

    #[test]
    fn rebinding_to_another_type_is_dyn() {
        let m = types("def f(n: int):\n    y = 1\n    y = 'a'\n    n = 2.0\n    return y\n");
        let f = &m.functions[1];
        assert_eq!(slot_ty(f, "y"), Ty::Dyn);
        assert_eq!(slot_ty(f, "n"), Ty::Dyn);
        assert_eq!(f.returns, Ty::Dyn);
    }

    #[test]
    fn rebound_globals_are_not_known() {
        let m = types(
            "def g() -> int:\n    return 1\ndef f() -> int:\n    return g()\ng = 3\nrange = 4\n",
        );
        assert_eq!(m.functions[2].returns, Ty::Dyn);
        let g = Globals::of(&m);
        assert!(!g.builtin_range());
    }
}
