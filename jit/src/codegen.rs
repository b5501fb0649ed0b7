//! IR to Cranelift, for functions [`crate::check`] accepted.
//!
//! Every IR slot is a Cranelift variable (`i64` for `int` and `dyn`
//! words, `f64`, `i8` for `bool`; a `range` iterator is three: next value,
//! step, items left) plus an `i8` *bound* flag, so the interpreter's frame
//! can be rebuilt at any instruction. Cranelift's SSA construction turns
//! the variables into registers; the flags fold away where a slot is
//! always bound.
//!
//! The entry dispatches on `mode` (see the ABI in the runtime): direct
//! calls load the unboxed parameters, generic entries check and unbox the
//! frame's slots. One shared *deopt* block boxes every bound slot and calls
//! `krait_resume` with the instruction to continue at; every guard that
//! fails (overflow, zero divisor, a global rebound, an exception from a
//! callee) jumps there before the instruction has any effect.

use crate::check::{CallKind, Plan};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, FuncRef, Function as ClifFunction, InstBuilder, MemFlagsData,
    Signature, StackSlotData, StackSlotKind, Type, Value, types,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch, Variable};
use cranelift_module::{FuncId, Linkage, Module};
use krait_ir::{BinOp, CmpOp, Const, Function, Op, Slot, SlotKind, Terminator, Ty, UnOp};
use krait_runtime::interp::jit::{
    BOXED, CTX_BUILTINS, CTX_DEPTH, CTX_ENTRIES, CTX_EXC, CTX_GLOBALS, CTX_HANDLED_BASE, CTX_LIMIT,
    CTX_STEPS, CTX_YIELD_POINT, CompileEnv, DeoptSite, EXC, GenericSite, NOT_ENTERED, NotCompiled,
    RESUME, UNBOXED, YIELDED, abi,
};
use std::collections::HashMap;

/// Decoded sites compiled code embeds the addresses of: boxed, so they
/// never move while the vector grows.
#[allow(clippy::vec_box)]
pub type Sites<T> = Vec<Box<T>>;

const I64: Type = types::I64;
const I32: Type = types::I32;
const I8: Type = types::I8;
const F64: Type = types::F64;

fn mem() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// The helpers' signatures, declared as imports of `module`.
pub fn declare_helpers<M: Module>(module: &mut M) -> Result<HashMap<&'static str, FuncId>, String> {
    let cc = module.isa().default_call_conv();
    let sig = |params: &[Type], rets: &[Type]| {
        let mut s = Signature::new(cc);
        s.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        s.returns.extend(rets.iter().map(|&t| AbiParam::new(t)));
        s
    };
    let list: [(&'static str, Signature); 32] = [
        ("krait_list_get", sig(&[I64, I64], &[I64])),
        ("krait_list_set", sig(&[I64, I64, I64], &[I64])),
        ("krait_op", sig(&[I64, I64, I64], &[I64])),
        ("krait_call", sig(&[I64, I64, I64, I64], &[I64])),
        ("krait_load_method", sig(&[I64, I64, I64], &[I64, I64])),
        ("krait_bind_method", sig(&[I64, I64], &[I64])),
        ("krait_for_iter", sig(&[I64, I64], &[I64, I64])),
        ("krait_box_int", sig(&[I64], &[I64])),
        ("krait_box_float", sig(&[F64], &[I64])),
        ("krait_range_len", sig(&[I64, I64, I64], &[I64])),
        ("krait_decref", sig(&[I64], &[])),
        ("krait_free", sig(&[I64], &[])),
        ("krait_float_floordiv", sig(&[F64, F64], &[F64])),
        ("krait_float_mod", sig(&[F64, F64], &[F64])),
        ("krait_float_pow", sig(&[F64, F64], &[F64])),
        ("krait_unpack", sig(&[I64, I64, I64], &[I8])),
        ("krait_len", sig(&[I64, I64], &[I64, I64])),
        ("krait_handled_len", sig(&[I64], &[I64])),
        ("krait_push_except", sig(&[I64, I64], &[])),
        ("krait_pop_except", sig(&[I64, I64], &[])),
        ("krait_handled_truncate", sig(&[I64, I64], &[])),
        ("krait_tb_add", sig(&[I64, I64, I64, I64], &[])),
        ("krait_raise", sig(&[I64, I64, I64], &[I64])),
        ("krait_yield", sig(&[I64, I64, I64], &[])),
        ("krait_super", sig(&[I64, I64, I64], &[I64, I64])),
        ("krait_recursion_error", sig(&[I64], &[])),
        ("krait_out_of_steps", sig(&[I64], &[])),
        (
            "krait_deopt",
            sig(&[I64, I64, I64, I64, I64, I64], &[I64, I64]),
        ),
        ("krait_deopt0", sig(&[I64, I64, I64], &[I64, I64])),
        ("krait_str_concat", sig(&[I64, I64], &[I64])),
        ("krait_getattr", sig(&[I64, I64, I64], &[I64, I64])),
        ("krait_setattr", sig(&[I64, I64, I64, I64], &[I64])),
    ];
    let mut out = HashMap::new();
    for (name, s) in list {
        let id = module
            .declare_function(name, Linkage::Import, &s)
            .map_err(|e| e.to_string())?;
        out.insert(name, id);
    }
    Ok(out)
}

/// Builds the body of function `fi` into `func` (whose signature is set).
#[allow(clippy::too_many_arguments)]
pub fn build<M: Module>(
    module: &mut M,
    func: &mut ClifFunction,
    fctx: &mut FunctionBuilderContext,
    helper_ids: &HashMap<&'static str, FuncId>,
    ir: &krait_ir::Module,
    fi: usize,
    env: &CompileEnv,
    plan: &Plan,
    types: &[Ty],
    targets: &CallTargets,
    sites: &mut Sites<GenericSite>,
    deopt_sites: &mut Sites<DeoptSite>,
) -> Result<Vec<usize>, NotCompiled> {
    let mut helpers = HashMap::new();
    for (&name, &id) in helper_ids {
        helpers.insert(name, module.declare_func_in_func(id, func));
    }
    let mut callee_refs = HashMap::new();
    for &k in &plan.callees {
        let id = if k == fi {
            Some(targets.own)
        } else {
            targets.compiled.get(&k).copied()
        };
        if let Some(id) = id {
            callee_refs.insert(k, module.declare_func_in_func(id, func));
        }
    }
    let call_conv = module.isa().default_call_conv();
    let frontend_config = module.isa().frontend_config();
    let entry_sig = func.import_signature(crate::entry_signature(call_conv));
    let b = FunctionBuilder::new(func, fctx);
    let f = &ir.functions[fi];
    let borrowed = borrowed_globals(f, plan);
    let mut g = Gen {
        types: types.to_vec(),
        deopt_types: std::rc::Rc::from(types),
        b,
        ir,
        f,
        fi,
        env,
        plan,
        helpers,
        entry_sig,
        vals: Vec::new(),
        bound: Vec::new(),
        rstep: Vec::new(),
        rrem: Vec::new(),
        blocks: Vec::new(),
        ctx: None,
        args: None,
        mode: None,
        deopt_ss: None,
        deopt_sites,
        direct_fn: direct_globals(f, plan, &borrowed),
        borrowed,
        pinned_fn: vec![false; f.slots.len()],
        pins: Vec::new(),
        callee_refs,
        entry_raises: HashMap::new(),
        stubs: HashMap::new(),
        live_in: f.slots_live_in(),
        live_here: Vec::new(),
        live_block: None,
        may: Vec::new(),
        must: Vec::new(),
        flow: Flow::of(f, plan),
        pending_range: None,
        scratch: None,
        sites,
        method_self: Vec::new(),
        caught: None,
        handled_base: None,
        resumes: HashMap::new(),
        has_push: plan.handlers
            && f.blocks.iter().enumerate().any(|(bi, b)| {
                plan.compiled[bi]
                    && b.instrs
                        .iter()
                        .any(|i| matches!(i.op, Op::PushExcept { .. }))
            }),
    };
    g.borrow_locals();
    g.run()?;
    g.b.seal_all_blocks();
    g.b.finalize(frontend_config);
    Ok(g.pins)
}

/// What a deoptimization stub stores, besides the slots' values: the
/// instruction it resumes at, the slots that may and must be bound there,
/// and the method loads waiting for their calls.
#[derive(PartialEq, Eq, Hash)]
struct StubKey {
    at: (usize, usize),
    may: Vec<bool>,
    must: Vec<bool>,
    pending: Vec<u32>,
}

/// Where a compiled function's direct calls can go without the entry
/// table: itself (`own`, its id in the module) and functions compiled
/// before it.
pub struct CallTargets<'a> {
    pub own: FuncId,
    pub compiled: &'a HashMap<usize, FuncId>,
}

struct Gen<'a, 'f> {
    /// The slot types compiled for (the module's, or specialized).
    types: Vec<Ty>,
    /// The same, shared by the deoptimization sites.
    deopt_types: std::rc::Rc<[Ty]>,
    b: FunctionBuilder<'f>,
    ir: &'a krait_ir::Module,
    f: &'a Function,
    fi: usize,
    env: &'a CompileEnv<'a>,
    plan: &'a Plan,
    helpers: HashMap<&'static str, FuncRef>,
    entry_sig: cranelift_codegen::ir::SigRef,
    vals: Vec<Variable>,
    bound: Vec<Variable>,
    rstep: Vec<Variable>,
    rrem: Vec<Variable>,
    blocks: Vec<Option<Block>>,
    ctx: Option<Value>,
    args: Option<Value>,
    mode: Option<Value>,
    deopt_ss: Option<cranelift_codegen::ir::StackSlot>,
    deopt_sites: &'a mut Sites<DeoptSite>,
    /// Temporaries that hold no reference of their own (they borrow it):
    /// a global's function (or `range`) for a call the JIT makes itself,
    /// when nothing between the load and the call can run Python code that
    /// could rebind the global (`borrowed_globals`); and copies of a local
    /// read only as the object of an item or attribute access while the
    /// local still holds it (`borrow_locals`). Such a temporary is owned
    /// by nobody: where an operand is taken over, it is counted first, as
    /// a local would be (`owns`), and deoptimization counts it.
    borrowed: Vec<bool>,
    /// Borrowed temporaries feeding a direct call: the IR function called.
    direct_fn: Vec<Option<usize>>,
    /// Temporaries whose global was checked to be the pinned function
    /// object of their direct call (no further check at the call).
    pinned_fn: Vec<bool>,
    /// Words of the objects the code compares against.
    pins: Vec<usize>,
    /// Direct calls to functions with code in the module.
    callee_refs: HashMap<usize, FuncRef>,
    /// The entries' shared cold blocks raising RecursionError / running
    /// out of steps, by helper.
    entry_raises: HashMap<(&'static str, bool), Block>,
    /// The shared deoptimization stubs (`deopt_if`), by what they store.
    stubs: HashMap<StubKey, Block>,
    /// Every block's live slots on entry (`Function::slots_live_in`), and
    /// those before each instruction of block `live_block`.
    live_in: Vec<Vec<bool>>,
    live_here: Vec<Vec<bool>>,
    live_block: Option<usize>,
    /// Slots that may / must be bound at the instruction being compiled.
    may: Vec<bool>,
    must: Vec<bool>,
    flow: Flow,
    /// The `range(...)` just called: start, stop, step.
    pending_range: Option<(Value, Value, Value)>,
    scratch: Option<cranelift_codegen::ir::StackSlot>,
    /// The generic instructions' decoded sites (kept alive by the caller).
    sites: &'a mut Sites<GenericSite>,
    /// Method loads waiting for their call (`krait_load_method`): the
    /// temporary holding the function, and the variable holding the
    /// instance (0: the temporary holds an ordinary callable).
    method_self: Vec<(Slot, Variable)>,
    /// The exception delivered to a compiled handler block (an owned word
    /// until its `LoadException` takes it; see `throw`).
    caught: Option<Variable>,
    /// The handled-exception stack's length at entry (`Frame::
    /// handled_base`), kept when the function pushes handled exceptions.
    handled_base: Option<Variable>,
    /// Whether compiled code pushes handled exceptions (`PushExcept`).
    has_push: bool,
    /// A generator's compiled `yield`s, by (block, instruction): the yield
    /// point and the block the code after it is in.
    resumes: HashMap<(usize, usize), (usize, Block)>,
}

/// Whether the slot's variable holds a reference the frame owns (a word,
/// or a list iterator's list).
fn holds_ref(t: Ty) -> bool {
    t.is_word() || matches!(t, Ty::ListIter(_))
}

fn clif_ty(t: Ty) -> Type {
    match t {
        Ty::F64 => F64,
        Ty::Bool => I8,
        Ty::Int | Ty::Dyn | Ty::RangeIter | Ty::List(_) | Ty::ListIter(_) => I64,
    }
}

impl Gen<'_, '_> {
    fn ty(&self, s: Slot) -> Ty {
        self.types[s.index()]
    }

    fn is_temp(&self, s: Slot) -> bool {
        self.f.slots[s.index()].kind == SlotKind::Temp
    }

    /// Whether the slot's reference is the reading instruction's to take
    /// over: a temporary that does not borrow its value.
    fn owns(&self, s: Slot) -> bool {
        self.is_temp(s) && !self.borrowed[s.index()]
    }

    /// Marks the copies of locals that need no reference count of their
    /// own (`borrowed`): `t = local` of a word type, read next, in the same
    /// block, only as the object of `t[k]`, `t[k] = v`, `t.name` (not a
    /// method call) or `t.name = v`, with nothing in between or in that
    /// instruction rebinding the local or suspending the frame. Code run
    /// meanwhile cannot rebind a function's local (only its own stores
    /// can), so the local keeps the object alive for the whole access.
    fn borrow_locals(&mut self) {
        let f = self.f;
        for (bi, b) in f.blocks.iter().enumerate() {
            for (ci, ins) in b.instrs.iter().enumerate() {
                let Op::Copy { dst, src } = &ins.op else {
                    continue;
                };
                if !self.is_temp(*dst)
                    || f.slots[src.index()].kind != SlotKind::Local
                    || self.ty(*src) != self.ty(*dst)
                    || !self.ty(*dst).is_word()
                {
                    continue;
                }
                let Some(k) =
                    (ci + 1..b.instrs.len()).find(|&k| b.instrs[k].op.reads().contains(dst))
                else {
                    continue;
                };
                let d = *dst;
                let reader_ok = match &b.instrs[k].op {
                    Op::GetItem { obj, key, .. } => *obj == d && *key != d,
                    Op::SetItem { obj, key, src: v } => *obj == d && *key != d && *v != d,
                    Op::GetAttr { dst: r, obj, .. } => *obj == d && !self.is_method_call(bi, k, *r),
                    Op::SetAttr { obj, src: v, .. } => *obj == d && *v != d,
                    _ => false,
                };
                let quiet = b.instrs[ci + 1..=k].iter().all(|i| {
                    !i.op.writes().contains(src)
                        && !matches!(
                            &i.op,
                            Op::Yield { .. } | Op::YieldFrom { .. } | Op::Delete { .. }
                        )
                });
                if reader_ok && quiet {
                    self.borrowed[d.index()] = true;
                }
            }
        }
    }

    fn ctx(&self) -> Value {
        self.ctx.expect("entry made")
    }

    fn iconst(&mut self, t: Type, v: i64) -> Value {
        self.b.ins().iconst(t, v)
    }

    fn call(&mut self, name: &str, args: &[Value]) -> Vec<Value> {
        let fr = self.helpers[name];
        let inst = self.b.ins().call(fr, args);
        self.b.inst_results(inst).to_vec()
    }

    fn run(&mut self) -> Result<(), NotCompiled> {
        let f = self.f;
        // Variables.
        for t in self.types.clone() {
            let v = self.b.declare_var(clif_ty(t));
            self.vals.push(v);
            let bv = self.b.declare_var(I8);
            self.bound.push(bv);
            let st = self.b.declare_var(I64);
            self.rstep.push(st);
            let rr = self.b.declare_var(I64);
            self.rrem.push(rr);
        }
        for (bi, c) in self.plan.compiled.iter().enumerate() {
            let blk = c.then(|| self.b.create_block());
            let _ = bi;
            self.blocks.push(blk);
        }
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        self.ctx = Some(params[0]);
        self.args = Some(params[1]);
        self.mode = Some(params[2]);
        if self.plan.handlers {
            let caught = self.b.declare_var(I64);
            let z = self.iconst(I64, 0);
            self.b.def_var(caught, z);
            self.caught = Some(caught);
        }
        if self.has_push {
            // A direct call's frame starts at the stack's length; a frame
            // the interpreter enters has its own base.
            let ctx = params[0];
            let len = self.call("krait_handled_len", &[ctx])[0];
            let own = self.b.ins().load(I64, mem(), ctx, CTX_HANDLED_BASE);
            let base = self.b.ins().select(params[2], own, len);
            let var = self.b.declare_var(I64);
            self.b.def_var(var, base);
            self.handled_base = Some(var);
        }
        let direct = self.b.create_block();
        let generic = self.b.create_block();
        let mode = self.mode.expect("mode");
        self.b.ins().brif(mode, generic, &[], direct, &[]);

        // Direct entry: unboxed parameters.
        self.b.switch_to_block(direct);
        self.enter_depth(true);
        let nparams = (f.params.posonly + f.params.positional) as usize;
        let args = self.args.expect("args");
        for i in 0..nparams {
            let t = self.types[i];
            let w = self.b.ins().load(I64, mem(), args, (8 * i) as i32);
            let v = match t {
                Ty::F64 => self.b.ins().bitcast(F64, MemFlagsData::new(), w),
                Ty::Bool => self.b.ins().ireduce(I8, w),
                // The caller hands over a reference (as CPython moves the
                // arguments into the callee's frame, which releases them
                // with its other locals).
                Ty::Dyn | Ty::List(_) => w,
                _ => w,
            };
            self.b.def_var(self.vals[i], v);
            let one = self.iconst(I8, 1);
            self.set_bound(i, one);
        }
        let b0 = self.blocks[0].expect("entry block compiled");
        self.b.ins().jump(b0, &[]);

        // Generic entries.
        self.b.switch_to_block(generic);
        let not_entered = self.b.create_block();
        let mut sw = Switch::new();
        let mut gen_blocks = Vec::new();
        for &eb in &self.plan.entries.clone() {
            let blk = self.b.create_block();
            sw.set_entry(eb as u128 + 1, blk);
            gen_blocks.push((eb, blk));
        }
        // A generator resumes after each compiled `yield` (entry
        // `RESUME + k` for yield point `k`).
        let mut resume_entries = Vec::new();
        for (k, (bi, ii)) in f.yield_points().into_iter().enumerate() {
            if self.blocks[bi].is_none() {
                continue;
            }
            let mut may = self.flow.may_in[bi].clone();
            let mut must = self.flow.must_in[bi].clone();
            for ins in &f.blocks[bi].instrs[..=ii] {
                transfer(f, &ins.op, &mut may, &mut must);
            }
            let resume = self.b.create_block();
            let blk = self.b.create_block();
            sw.set_entry(RESUME as u128 + k as u128, blk);
            self.resumes.insert((bi, ii), (k, resume));
            resume_entries.push((blk, may, resume));
        }
        sw.emit(&mut self.b, mode, not_entered);
        self.b.switch_to_block(not_entered);
        self.return_status(NOT_ENTERED);
        for (eb, blk) in gen_blocks {
            self.b.switch_to_block(blk);
            self.generic_entry(eb);
        }
        for (blk, may, resume) in resume_entries {
            self.b.switch_to_block(blk);
            self.generic_entry_at(may, resume);
        }

        // The body.
        for bi in 0..f.blocks.len() {
            let Some(blk) = self.blocks[bi] else { continue };
            self.b.switch_to_block(blk);
            self.block(bi)?;
        }
        self.emit_entry_raises();
        Ok(())
    }

    /// Counts the frame and spends a step of the step limit; past the
    /// recursion limit, or with no steps left, the call raises (the caller
    /// unwinds it from its call instruction).
    fn enter_depth(&mut self, direct: bool) {
        let ctx = self.ctx();
        let depth = self.b.ins().load(I64, mem(), ctx, CTX_DEPTH);
        let limit = self.b.ins().load(I64, mem(), ctx, CTX_LIMIT);
        let over = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, depth, limit);
        self.raise_on_entry(over, "krait_recursion_error", direct);
        if self.env.counts_steps {
            let steps = self.b.ins().load(I64, mem(), ctx, CTX_STEPS);
            let out = self.b.ins().icmp_imm_s(IntCC::Equal, steps, 0);
            self.raise_on_entry(out, "krait_out_of_steps", direct);
            let s1 = self.b.ins().iadd_imm_s(steps, -1);
            self.b.ins().store(mem(), s1, ctx, CTX_STEPS);
        }
        let d1 = self.b.ins().iadd_imm_s(depth, 1);
        self.b.ins().store(mem(), d1, ctx, CTX_DEPTH);
    }

    /// When `cond`, sets the exception with `helper` and returns it (one
    /// cold block per helper and kind of entry, shared). A direct call's
    /// entry first releases the arguments it was given.
    fn raise_on_entry(&mut self, cond: Value, helper: &'static str, direct: bool) {
        let bad = match self.entry_raises.get(&(helper, direct)) {
            Some(&b) => b,
            None => {
                // Filled by `emit_entry_raises` (a block being built
                // cannot be left unfinished).
                let bad = self.b.create_block();
                self.entry_raises.insert((helper, direct), bad);
                bad
            }
        };
        let ok = self.b.create_block();
        self.b.ins().brif(cond, bad, &[], ok, &[]);
        self.b.seal_block(ok);
        self.b.switch_to_block(ok);
    }

    fn emit_entry_raises(&mut self) {
        let mut list: Vec<_> = self.entry_raises.iter().map(|(&h, &b)| (h, b)).collect();
        list.sort_unstable();
        for ((helper, direct), bad) in list {
            self.b.switch_to_block(bad);
            self.b.set_cold_block(bad);
            if direct {
                let args = self.args.expect("args");
                let nparams = (self.f.params.posonly + self.f.params.positional) as usize;
                for i in 0..nparams {
                    if self.types[i].is_word() {
                        let w = self.b.ins().load(I64, mem(), args, (8 * i) as i32);
                        self.decref(w);
                    }
                }
            }
            let ctx = self.ctx();
            self.call(helper, &[ctx]);
            self.return_status(EXC);
        }
    }

    /// Returns `status` with no payload.
    fn return_status(&mut self, status: u64) {
        let z = self.iconst(I64, 0);
        let st = self.iconst(I64, status as i64);
        self.b.ins().return_(&[z, st]);
    }

    fn leave_depth(&mut self) {
        let ctx = self.ctx();
        let depth = self.b.ins().load(I64, mem(), ctx, CTX_DEPTH);
        let d1 = self.b.ins().iadd_imm_s(depth, -1);
        self.b.ins().store(mem(), d1, ctx, CTX_DEPTH);
    }

    /// A generic entry at block `eb`: check every slot of the frame, then
    /// take them.
    fn generic_entry(&mut self, eb: usize) {
        let may = self.flow.may_in[eb].clone();
        let blk = self.blocks[eb].expect("entry block compiled");
        self.generic_entry_at(may, blk);
    }

    /// A generic entry taking the slots `may` says may be bound (checked
    /// against their types), then going to `target`.
    fn generic_entry_at(&mut self, may: Vec<bool>, target: Block) {
        let args = self.args.expect("args");
        let not_entered = self.b.create_block();
        // Only slots that may be bound here can hold anything (the
        // interpreter follows the same dataflow).
        // Checks: ints and bools (no memory read) are folded into one
        // test; the others branch each (they read the object's type).
        let mut folded: Option<Value> = None;
        for (i, _) in may.iter().enumerate().filter(|(_, m)| **m) {
            let t = self.types[i];
            if t == Ty::Dyn {
                continue;
            }
            let w = self.b.ins().load(I64, mem(), args, (8 * i) as i32);
            let ok = self.is_of_type(w, t);
            let zero = self.b.ins().icmp_imm_s(IntCC::Equal, w, 0);
            let fine = self.b.ins().bor(ok, zero);
            if matches!(t, Ty::Int | Ty::Bool) {
                folded = Some(match folded {
                    Some(f) => self.b.ins().band(f, fine),
                    None => fine,
                });
                continue;
            }
            let next = self.b.create_block();
            self.b.ins().brif(fine, next, &[], not_entered, &[]);
            self.b.switch_to_block(next);
        }
        if let Some(fine) = folded {
            let next = self.b.create_block();
            self.b.ins().brif(fine, next, &[], not_entered, &[]);
            self.b.switch_to_block(next);
        }
        // Take the slots.
        self.enter_depth(false);
        for (i, _) in may.iter().enumerate().filter(|(_, m)| **m) {
            let t = self.types[i];
            let w = self.b.ins().load(I64, mem(), args, (8 * i) as i32);
            let z = self.iconst(I64, 0);
            self.b.ins().store(mem(), z, args, (8 * i) as i32);
            let is_bound = self.b.ins().icmp_imm_s(IntCC::NotEqual, w, 0);
            self.set_bound(i, is_bound);
            match t {
                Ty::Dyn | Ty::List(_) => self.b.def_var(self.vals[i], w),
                Ty::Int => {
                    let v = self.b.ins().sshr_imm_s(w, 1);
                    self.b.def_var(self.vals[i], v);
                }
                Ty::Bool => {
                    let tw = self.iconst(I64, abi::true_word() as i64);
                    let c = self.b.ins().icmp(IntCC::Equal, w, tw);
                    self.b.def_var(self.vals[i], c);
                }
                Ty::F64 | Ty::RangeIter | Ty::ListIter(_) => {
                    // Heap objects: read them, then release the frame's
                    // reference.
                    let has = self.b.create_block();
                    let done = self.b.create_block();
                    self.b.ins().brif(is_bound, has, &[], done, &[]);
                    self.b.switch_to_block(has);
                    if t == Ty::F64 {
                        let v = self.b.ins().load(F64, mem(), w, abi::FLOAT_VALUE as i32);
                        self.b.def_var(self.vals[i], v);
                    } else if let Ty::ListIter(_) = t {
                        // The list (a reference of our own) and the index.
                        let l = self.b.ins().load(I64, mem(), w, abi::SEQ_ITER_SEQ as i32);
                        let pos = self.b.ins().load(I64, mem(), w, abi::SEQ_ITER_POS as i32);
                        self.incref(l);
                        self.b.def_var(self.vals[i], l);
                        self.b.def_var(self.rstep[i], pos);
                    } else {
                        let nx = self
                            .b
                            .ins()
                            .load(I64, mem(), w, abi::RANGE_ITER_NEXT as i32);
                        let st = self
                            .b
                            .ins()
                            .load(I64, mem(), w, abi::RANGE_ITER_STEP as i32);
                        let rm = self
                            .b
                            .ins()
                            .load(I64, mem(), w, abi::RANGE_ITER_REMAINING as i32);
                        self.b.def_var(self.vals[i], nx);
                        self.b.def_var(self.rstep[i], st);
                        self.b.def_var(self.rrem[i], rm);
                    }
                    self.call("krait_decref", &[w]);
                    self.b.ins().jump(done, &[]);
                    self.b.switch_to_block(done);
                }
            }
        }
        self.b.ins().jump(target, &[]);
        self.b.switch_to_block(not_entered);
        self.return_status(NOT_ENTERED);
    }

    /// Whether the word `w` (non-zero) holds a value of type `t` (an i8).
    fn is_of_type(&mut self, w: Value, t: Ty) -> Value {
        match t {
            Ty::Int => {
                let low = self.b.ins().band_imm_s(w, 1);
                self.b.ins().icmp_imm_s(IntCC::Equal, low, 1)
            }
            Ty::Bool => {
                let tw = self.iconst(I64, abi::true_word() as i64);
                let fw = self.iconst(I64, abi::false_word() as i64);
                let a = self.b.ins().icmp(IntCC::Equal, w, tw);
                let c = self.b.ins().icmp(IntCC::Equal, w, fw);
                self.b.ins().bor(a, c)
            }
            Ty::F64 => self.has_type(w, abi::float_type()),
            Ty::RangeIter => self.has_type(w, abi::range_iter_type()),
            Ty::ListIter(_) => self.is_list_iter(w),
            Ty::Dyn => self.iconst(I8, 1),
            Ty::List(_) => self.has_type(w, abi::list_type()),
        }
    }

    /// Whether the word `w` is a heap object (not 0, not a tagged int):
    /// an i8.
    fn heap_ptr(&mut self, w: Value) -> Value {
        let low = self.b.ins().band_imm_s(w, 1);
        let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, low, 0);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, w, 0);
        self.b.ins().band(is_ptr, nonzero)
    }

    /// Whether the word `w` is a heap object whose type is `ty_addr` (an
    /// i8).
    fn has_type(&mut self, w: Value, ty_addr: usize) -> Value {
        let ptr = self.heap_ptr(w);
        let check = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I8);
        let f = self.iconst(I8, 0);
        self.b
            .ins()
            .brif(ptr, check, &[], done, &[BlockArg::Value(f)]);
        self.b.switch_to_block(check);
        let tyw = self.b.ins().load(I64, mem(), w, 8);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, tyw, ty_addr as i64);
        self.b.ins().jump(done, &[BlockArg::Value(same)]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// When `over`, the `for` loop with iterator slot `i` is done: its
    /// iterator is released (`release`: the reference it held) and control
    /// goes to `done`; otherwise code continues in a new block.
    fn loop_exit(
        &mut self,
        over: Value,
        i: usize,
        release: Option<Value>,
        done: krait_ir::BlockId,
    ) {
        let more = self.b.create_block();
        let fin = self.b.create_block();
        self.b.ins().brif(over, fin, &[], more, &[]);
        self.b.switch_to_block(fin);
        if let Some(w) = release {
            self.decref(w);
            let z = self.iconst(I64, 0);
            self.b.def_var(self.vals[i], z);
        }
        let z8 = self.iconst(I8, 0);
        self.set_bound(i, z8);
        let d = self.blocks[done.index()].expect("compiled");
        self.b.ins().jump(d, &[]);
        self.b.switch_to_block(more);
    }

    /// A list item (the borrowed word `w`) as a value of the type `t` the
    /// list is expected to hold: checked (leaving for the interpreter at
    /// (`bi`, `ii`) when it is something else), unboxed, or a new
    /// reference.
    fn checked_item(&mut self, w: Value, t: Ty, bi: usize, ii: usize) -> Value {
        if t == Ty::Dyn {
            self.incref(w);
            return w;
        }
        let ok = self.is_of_type(w, t);
        let bad = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
        self.guard(bad, bi, ii);
        if t.is_word() {
            self.incref(w);
        }
        self.unbox(w, t)
    }

    /// Item `k` (negative counts from the end) of the list `l`: whether it
    /// is in range (an i8) and the address of its word (to be read only
    /// when it is).
    fn list_index(&mut self, l: Value, k: Value, lay: abi::ListLayout) -> (Value, Value) {
        let len = self.b.ins().load(I64, mem(), l, lay.len);
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, k, 0);
        let wrapped = self.b.ins().iadd(k, len);
        let kk = self.b.ins().select(neg, wrapped, k);
        let inr = self.b.ins().icmp(IntCC::UnsignedLessThan, kk, len);
        let data = self.b.ins().load(I64, mem(), l, lay.data);
        let off = self.b.ins().ishl_imm_s(kk, 3);
        let addr = self.b.ins().iadd(data, off);
        (inr, addr)
    }

    /// Item `k` of the list `l` as a borrowed word: whether it exists (an
    /// i8) and the word (0 when it does not). Inline when the list layout
    /// is known (an index out of range reads a static zero word instead),
    /// through `krait_list_get` otherwise.
    fn list_item(&mut self, l: Value, k: Value) -> (Value, Value) {
        match abi::list_layout() {
            Some(lay) => {
                let (inr, addr) = self.list_index(l, k, lay);
                let zero = self.iconst(I64, abi::zero_word() as i64);
                let at = self.b.ins().select(inr, addr, zero);
                (inr, self.b.ins().load(I64, mem(), at, 0))
            }
            None => {
                let w = self.call("krait_list_get", &[l, k])[0];
                (self.b.ins().icmp_imm_s(IntCC::NotEqual, w, 0), w)
            }
        }
    }

    /// Stores the value `v` (of type `t`, read from its slot) as the list
    /// item at `addr`, releasing the old item after the store. A float
    /// over a float object nothing else refers to overwrites that object's
    /// value instead (nothing can tell the difference; no allocation).
    fn store_item(&mut self, addr: Value, v: Value, t: Ty) {
        let old = self.b.ins().load(I64, mem(), addr, 0);
        let done = self.b.create_block();
        if t == Ty::F64 {
            let general = self.b.create_block();
            let check = self.b.create_block();
            let low = self.b.ins().band_imm_s(old, 1);
            self.b.ins().brif(low, general, &[], check, &[]);
            self.b.switch_to_block(check);
            let ty = self.b.ins().load(I64, mem(), old, 8);
            let rc = self.b.ins().load(I64, mem(), old, 0);
            let is_float = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, ty, abi::float_type() as i64);
            let alone = self.b.ins().icmp_imm_s(IntCC::Equal, rc, 1);
            let reuse = self.b.ins().band(is_float, alone);
            let inplace = self.b.create_block();
            self.b.ins().brif(reuse, inplace, &[], general, &[]);
            self.b.switch_to_block(inplace);
            self.b.ins().store(mem(), v, old, abi::FLOAT_VALUE as i32);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(general);
        }
        let w = if t.is_word() {
            self.incref(v);
            v
        } else {
            self.boxed(v, t)
        };
        self.b.ins().store(mem(), w, addr, 0);
        if t == Ty::Bool {
            // A bool over a bool (`flags[j] = False`): True and False are
            // immortal, so the old one needs no count down.
            let tw = self.iconst(I64, abi::true_word() as i64);
            let fw = self.iconst(I64, abi::false_word() as i64);
            let is_t = self.b.ins().icmp(IntCC::Equal, old, tw);
            let is_f = self.b.ins().icmp(IntCC::Equal, old, fw);
            let immortal = self.b.ins().bor(is_t, is_f);
            let other = self.b.create_block();
            self.b.ins().brif(immortal, done, &[], other, &[]);
            self.b.switch_to_block(other);
        }
        self.decref(old);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Whether the word `w` is an iterator over a list (an i8).
    fn is_list_iter(&mut self, w: Value) -> Value {
        let it = self.has_type(w, abi::seq_iter_type());
        let check = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I8);
        self.b
            .ins()
            .brif(it, check, &[], done, &[BlockArg::Value(it)]);
        self.b.switch_to_block(check);
        let l = self.b.ins().load(I64, mem(), w, abi::SEQ_ITER_SEQ as i32);
        let is_list = self.has_type(l, abi::list_type());
        self.b.ins().jump(done, &[BlockArg::Value(is_list)]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    fn incref(&mut self, w: Value) {
        // Heap objects only (tagged ints have no count).
        let ptr = self.heap_ptr(w);
        let yes = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(ptr, yes, &[], done, &[]);
        self.b.switch_to_block(yes);
        let rc = self.b.ins().load(I64, mem(), w, 0);
        let rc1 = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(mem(), rc1, w, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn decref(&mut self, w: Value) {
        let ptr = self.heap_ptr(w);
        let yes = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(ptr, yes, &[], done, &[]);
        self.b.switch_to_block(yes);
        // The count inline; freeing (at zero) in Rust.
        let rc = self.b.ins().load(I64, mem(), w, 0);
        let rc1 = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(mem(), rc1, w, 0);
        let dead = self.b.ins().icmp_imm_s(IntCC::Equal, rc1, 0);
        let free = self.b.create_block();
        self.b.ins().brif(dead, free, &[], done, &[]);
        self.b.switch_to_block(free);
        self.b.set_cold_block(free);
        self.call("krait_free", &[w]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Boxes a typed value into an owned word.
    fn boxed(&mut self, v: Value, t: Ty) -> Value {
        match t {
            Ty::Dyn | Ty::List(_) => v,
            Ty::Int => self.box_int(v),
            Ty::F64 => self.call("krait_box_float", &[v])[0],
            Ty::Bool => {
                let tw = self.iconst(I64, abi::true_word() as i64);
                let fw = self.iconst(I64, abi::false_word() as i64);
                self.b.ins().select(v, tw, fw)
            }
            Ty::RangeIter | Ty::ListIter(_) => {
                unreachable!("iterators are boxed by krait_deopt")
            }
        }
    }

    fn box_int(&mut self, v: Value) -> Value {
        let sh = self.b.ins().ishl_imm_s(v, 1);
        let back = self.b.ins().sshr_imm_s(sh, 1);
        let fits = self.b.ins().icmp(IntCC::Equal, back, v);
        let small = self.b.create_block();
        let big = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        self.b.ins().brif(fits, small, &[], big, &[]);
        self.b.switch_to_block(small);
        let w = self.b.ins().bor_imm_s(sh, 1);
        self.b.ins().jump(done, &[BlockArg::Value(w)]);
        self.b.switch_to_block(big);
        self.b.set_cold_block(big);
        let w = self.call("krait_box_int", &[v])[0];
        self.b.ins().jump(done, &[BlockArg::Value(w)]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// Leaves for the interpreter at (`bi`, `ii`) when `fail`.
    fn guard(&mut self, fail: Value, bi: usize, ii: usize) {
        self.deopt_if(fail, bi, ii, None);
    }

    /// When `fail`, leaves for the interpreter at (`bi`, `ii`) through a
    /// cold stub (`ovr` as in `deopt_here`); code continues in a new block
    /// otherwise. The guards of one instruction that leave with the same
    /// slots bound (most of them: an item access checks the index, then the
    /// item's type) share one stub, left unsealed until the function is
    /// done: the SSA construction then gives it the slots' values from
    /// each guard (block parameters only where they differ). This halves
    /// the stubs' stores, the bulk of a list-heavy function's code.
    fn deopt_if(&mut self, fail: Value, bi: usize, ii: usize, ovr: Option<(usize, Value)>) {
        let key = ovr.is_none().then(|| StubKey {
            at: (bi, ii),
            may: self.may.clone(),
            must: self.must.clone(),
            pending: self.method_self.iter().map(|(s, _)| s.0).collect(),
        });
        if let Some(&stub) = key.as_ref().and_then(|k| self.stubs.get(k)) {
            let ok = self.b.create_block();
            self.b.ins().brif(fail, stub, &[], ok, &[]);
            self.b.seal_block(ok);
            self.b.switch_to_block(ok);
            return;
        }
        let stub = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(fail, stub, &[], ok, &[]);
        if key.is_none() {
            self.b.seal_block(stub);
        }
        self.b.seal_block(ok);
        self.b.switch_to_block(stub);
        self.b.set_cold_block(stub);
        self.deopt_here(bi, ii, None, ovr);
        self.b.switch_to_block(ok);
        if let Some(k) = key {
            self.stubs.insert(k, stub);
        }
    }

    /// Ends the current block by leaving for the interpreter: every slot
    /// that may be bound here is stored (unboxed, with its bound flag) and
    /// `krait_deopt` boxes them into a frame that continues at instruction
    /// `ii` of block `bi`, first unwinding `exc` when given; `ovr` is a slot
    /// whose value is the given word instead.
    fn deopt_here(
        &mut self,
        bi: usize,
        ii: usize,
        exc: Option<Value>,
        ovr: Option<(usize, Value)>,
    ) {
        let (base, site_addr) = self.fill_area(bi, ii);
        let ctx = self.ctx();
        // `krait_deopt` hands the frame (and its depth count) to the
        // interpreter.
        let r = if exc.is_none() && ovr.is_none() {
            self.call("krait_deopt0", &[ctx, site_addr, base])
        } else {
            let exc = match exc {
                Some(e) => e,
                None => self.iconst(I64, 0),
            };
            let (os, ow) = match ovr {
                Some((s, w)) => (self.iconst(I64, s as i64), w),
                None => (self.iconst(I64, -1), self.iconst(I64, 0)),
            };
            self.call("krait_deopt", &[ctx, site_addr, base, exc, os, ow])
        };
        self.b.ins().return_(&[r[0], r[1]]);
    }

    /// Stores every slot that may be bound here in the deoptimization area
    /// (unboxed, with its bound flag) and makes the `DeoptSite` naming
    /// instruction `ii` of block `bi`: the area's address and the site's.
    fn fill_area(&mut self, bi: usize, ii: usize) -> (Value, Value) {
        let n = self.f.slots.len();
        let ss = self.deopt_area();
        let base = self.b.ins().stack_addr(I64, ss, 0);
        if self.live_block != Some(bi) {
            self.live_here = self.f.live_before(bi, &self.live_in);
            self.live_block = Some(bi);
        }
        // A slot holding no reference that the rest of the function never
        // reads is left out (the interpreter finds it unbound and never
        // looks): fewer stores, and its value need not be kept for the
        // stub. (Slot 0 stays: a zero-argument `super()` reads it.)
        let dead = |i: usize| i != 0 && !holds_ref(self.types[i]) && !self.live_here[ii][i];
        let live: Vec<u32> = (0..n)
            .filter(|&i| self.may[i] && !dead(i))
            .map(|i| i as u32)
            .collect();
        let mut flagged = Vec::new();
        // A method load waiting for its call leaves as the bound method
        // the interpreter's `GetAttr` would have made.
        let pending: Vec<(Slot, Variable)> = self.method_self.clone();
        for &i in &live {
            let i = i as usize;
            let t = self.types[i];
            let v = self.b.use_var(self.vals[i]);
            let v = match pending.iter().find(|(s, _)| s.index() == i) {
                Some(&(_, var)) => {
                    let me = self.b.use_var(var);
                    self.call("krait_bind_method", &[v, me])[0]
                }
                None => v,
            };
            let v = if t == Ty::Bool {
                self.b.ins().uextend(I64, v)
            } else {
                v
            };
            self.b.ins().store(mem(), v, base, (8 * i) as i32);
            if t.is_iter() {
                let st = self.b.use_var(self.rstep[i]);
                let rm = self.b.use_var(self.rrem[i]);
                self.b.ins().store(mem(), st, base, (8 * (n + i)) as i32);
                self.b
                    .ins()
                    .store(mem(), rm, base, (8 * (2 * n + i)) as i32);
            }
            if !holds_ref(t) && !self.must[i] {
                let flag = self.bound_of(i);
                self.b.ins().store(mem(), flag, base, (24 * n + i) as i32);
                flagged.push(i as u32);
            }
        }
        let borrowed = live
            .iter()
            .copied()
            .filter(|&i| self.borrowed[i as usize])
            .collect();
        if let Some(bv) = self.handled_base {
            let v = self.b.use_var(bv);
            let off = abi::handled_base_offset(n);
            self.b.ins().store(mem(), v, base, off as i32);
        }
        let site = Box::new(DeoptSite {
            func: self.fi as u32,
            block: bi as u32,
            ip: ii as u32,
            types: self.deopt_types.clone(),
            live,
            borrowed,
            flagged,
            handled_base: self.handled_base.is_some(),
        });
        let site_addr = self.iconst(I64, &*site as *const DeoptSite as i64);
        self.deopt_sites.push(site);
        (base, site_addr)
    }

    /// A generator's `yield` (instruction `ii` of block `bi`, yield point
    /// `k`): the value, the frame's slots saved into its slot vector
    /// (`krait_yield`), and a return with [`YIELDED`]; the code after it is
    /// `resume`, which the generic entry for resuming at `k` enters.
    fn yield_here(&mut self, bi: usize, ii: usize, dst: Slot, src: Slot, k: usize, resume: Block) {
        let t = self.ty(src);
        let v = self.read(src, bi, ii);
        let w = if t.is_word() {
            if !self.owns(src) {
                self.incref(v);
            }
            v
        } else {
            self.boxed(v, t)
        };
        self.consume(src);
        // Saved: what may be bound after the yield, but its result (the
        // value sent in, written when it resumes).
        let (may, must) = (self.may.clone(), self.must.clone());
        let op = self.f.blocks[bi].instrs[ii].op.clone();
        transfer(self.f, &op, &mut self.may, &mut self.must);
        self.may[dst.index()] = false;
        self.must[dst.index()] = false;
        let (area, site_addr) = self.fill_area(bi, ii + 1);
        self.may = may;
        self.must = must;
        let args = self.args.expect("args");
        self.call("krait_yield", &[site_addr, area, args]);
        let ctx = self.ctx();
        let kv = self.iconst(I64, k as i64);
        self.b.ins().store(mem(), kv, ctx, CTX_YIELD_POINT);
        self.leave_depth();
        let st = self.iconst(I64, YIELDED as i64);
        self.b.ins().return_(&[w, st]);
        self.b.switch_to_block(resume);
    }

    /// The stack area deoptimization stores slots in: values (n words),
    /// range steps and counts (2n words), bound flags (n bytes).
    fn deopt_area(&mut self) -> cranelift_codegen::ir::StackSlot {
        if let Some(ss) = self.deopt_ss {
            return ss;
        }
        let n = self.f.slots.len().max(1);
        let ss = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (abi::handled_base_offset(n) + 8) as u32,
            3,
        ));
        self.deopt_ss = Some(ss);
        ss
    }

    /// Whether slot `i` is bound (an i8): a slot holding a reference is
    /// bound when its word is not 0, other slots have a flag.
    fn bound_of(&mut self, i: usize) -> Value {
        if holds_ref(self.types[i]) {
            let w = self.b.use_var(self.vals[i]);
            self.b.ins().icmp_imm_s(IntCC::NotEqual, w, 0)
        } else {
            self.b.use_var(self.bound[i])
        }
    }

    /// Sets slot `i`'s bound flag (an i8); a slot holding a reference has
    /// none (its word is 0 when unbound, which its writers keep true).
    fn set_bound(&mut self, i: usize, v: Value) {
        if !holds_ref(self.types[i]) {
            self.b.def_var(self.bound[i], v);
        }
    }

    /// Reads slot `s` as an operand: consumes a temporary; an unbound
    /// local leaves for the interpreter (which raises UnboundLocalError).
    fn read(&mut self, s: Slot, bi: usize, ii: usize) -> Value {
        let i = s.index();
        if !self.is_temp(s) && !self.must[i] {
            let bound = self.bound_of(i);
            let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, bound, 0);
            self.guard(unbound, bi, ii);
        }
        self.b.use_var(self.vals[i])
    }

    /// An operand read by an inline instruction is done with: a temporary
    /// holding a word gives up its reference, every temporary is consumed.
    fn release(&mut self, s: Slot) {
        if self.owns(s) && self.ty(s).is_word() {
            let w = self.b.use_var(self.vals[s.index()]);
            self.decref(w);
        }
        self.consume(s);
    }

    /// After the instruction's guards: temporaries it read are consumed.
    fn consume(&mut self, s: Slot) {
        if self.is_temp(s) {
            let z = self.iconst(I8, 0);
            self.set_bound(s.index(), z);
            if self.ty(s).is_word() {
                let zw = self.iconst(I64, 0);
                self.b.def_var(self.vals[s.index()], zw);
            }
        }
    }

    /// Writes `v` (of the slot's type) to `s`; a `dyn` local releases the
    /// value it held.
    fn write(&mut self, s: Slot, v: Value) {
        let i = s.index();
        let old = (holds_ref(self.ty(s)) && !self.is_temp(s)).then(|| self.b.use_var(self.vals[i]));
        self.b.def_var(self.vals[i], v);
        let one = self.iconst(I8, 1);
        self.set_bound(i, one);
        if let Some(old) = old {
            self.decref(old);
        }
    }

    /// An operand as an i64 (ints, bools).
    fn as_int(&mut self, v: Value, t: Ty) -> Value {
        if t == Ty::Bool {
            self.b.ins().uextend(I64, v)
        } else {
            v
        }
    }

    /// An operand as an f64: ints convert exactly only up to 2**53, so a
    /// bigger one leaves for the interpreter (which rounds as CPython).
    fn as_f64(&mut self, v: Value, t: Ty, bi: usize, ii: usize) -> Value {
        match t {
            Ty::F64 => v,
            _ => {
                let i = self.as_int(v, t);
                if t == Ty::Int {
                    self.guard_53(i, bi, ii);
                }
                self.b.ins().fcvt_from_sint(F64, i)
            }
        }
    }

    fn guard_53(&mut self, i: Value, bi: usize, ii: usize) {
        let lim = 1i64 << 53;
        let biased = self.b.ins().iadd_imm_s(i, lim);
        let out = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThan, biased, 2 * lim);
        self.guard(out, bi, ii);
    }

    fn block(&mut self, bi: usize) -> Result<(), NotCompiled> {
        let f = self.f;
        let block = &f.blocks[bi];
        self.may = self.flow.may_in[bi].clone();
        self.must = self.flow.must_in[bi].clone();
        for (ii, ins) in block.instrs.iter().enumerate() {
            self.instr(bi, ii, &ins.op)?;
            transfer(f, &ins.op, &mut self.may, &mut self.must);
        }
        let end = block.instrs.len();
        // A loop's back edge spends the step limit's steps: about what the
        // interpreter would have counted for the iteration (the
        // instructions of the loop's blocks). When they run out, the
        // interpreter takes over here (and raises).
        let head = block
            .term
            .successors()
            .iter()
            .map(|t| t.index())
            .filter(|&t| t <= bi)
            .min();
        if let Some(head) = head
            && self.env.counts_steps
        {
            let weight: usize = f.blocks[head..=bi].iter().map(|b| b.instrs.len() + 1).sum();
            let ctx = self.ctx();
            let steps = self.b.ins().load(I64, mem(), ctx, CTX_STEPS);
            let out = self
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedLessThan, steps, weight as i64);
            self.guard(out, bi, end);
            let s1 = self.b.ins().iadd_imm_s(steps, -(weight as i64));
            self.b.ins().store(mem(), s1, ctx, CTX_STEPS);
        }
        match &block.term {
            Terminator::Jump(t) => {
                let blk = self.blocks[t.index()].expect("compiled");
                self.b.ins().jump(blk, &[]);
            }
            Terminator::Branch {
                cond,
                then,
                otherwise,
            } => {
                let c = self.read(*cond, bi, end);
                self.consume(*cond);
                let t = self.blocks[then.index()].expect("compiled");
                let o = self.blocks[otherwise.index()].expect("compiled");
                self.b.ins().brif(c, t, &[], o, &[]);
            }
            Terminator::ForIter {
                iter,
                dst,
                body,
                done,
            } => {
                let i = iter.index();
                let bound = self.bound_of(i);
                let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, bound, 0);
                self.guard(unbound, bi, end);
                let it = self.b.use_var(self.vals[i]);
                let item = match self.ty(*iter) {
                    // A list and an index.
                    Ty::ListIter(_) => {
                        let pos = self.b.use_var(self.rstep[i]);
                        let (found, w) = self.list_item(it, pos);
                        // Exhausted: the iterator (its list) is released.
                        let over = self.b.ins().icmp_imm_s(IntCC::Equal, found, 0);
                        self.loop_exit(over, i, Some(it), *done);
                        // The item must be what the list type expects;
                        // otherwise the interpreter runs this `for` step.
                        let v = self.checked_item(w, self.ty(*dst), bi, end);
                        let p1 = self.b.ins().iadd_imm_s(pos, 1);
                        self.b.def_var(self.rstep[i], p1);
                        v
                    }
                    // A `range`: the next value, step and count left.
                    Ty::RangeIter => {
                        let rem = self.b.use_var(self.rrem[i]);
                        let over = self.b.ins().icmp_imm_s(IntCC::Equal, rem, 0);
                        self.loop_exit(over, i, None, *done);
                        let step = self.b.use_var(self.rstep[i]);
                        let n2 = self.b.ins().iadd(it, step);
                        let r2 = self.b.ins().iadd_imm_s(rem, -1);
                        self.b.def_var(self.vals[i], n2);
                        self.b.def_var(self.rrem[i], r2);
                        it
                    }
                    // Any iterator, through the interpreter's `iter_next`.
                    _ => {
                        let ctx = self.ctx();
                        let r = self.call("krait_for_iter", &[ctx, it]);
                        let (item, st) = (r[0], r[1]);
                        let raised = self.b.ins().icmp_imm_s(IntCC::Equal, st, 2);
                        self.raise_if(raised, bi, end);
                        let over = self.b.ins().icmp_imm_s(IntCC::Equal, st, 1);
                        self.loop_exit(over, i, Some(it), *done);
                        item
                    }
                };
                self.write(*dst, item);
                let bd = self.blocks[body.index()].expect("compiled");
                self.b.ins().jump(bd, &[]);
            }
            Terminator::Return(s) => {
                let t = self.ty(*s);
                let v = self.read(*s, bi, end);
                // The result is a reference of its own.
                if t.is_word() && !self.owns(*s) {
                    self.incref(v);
                }
                self.consume(*s);
                // Release the frame's references: every `dyn` slot that may
                // be bound here (a returned temporary was consumed above).
                for i in 0..f.slots.len() {
                    let consumed = Slot(i as u32) == *s && self.is_temp(*s);
                    if holds_ref(self.types[i]) && self.may[i] && !consumed {
                        let w = self.b.use_var(self.vals[i]);
                        self.decref(w);
                    }
                }
                if let Some(base) = self.handled_base {
                    let base = self.b.use_var(base);
                    let ctx = self.ctx();
                    self.call("krait_handled_truncate", &[ctx, base]);
                }
                self.leave_depth();
                let rt = self.f.returns;
                let mode = self.mode.expect("mode");
                if !rt.is_word() && rt == t {
                    let direct = self.b.create_block();
                    let generic = self.b.create_block();
                    self.b.ins().brif(mode, generic, &[], direct, &[]);
                    self.b.switch_to_block(direct);
                    let payload = match t {
                        Ty::F64 => self.b.ins().bitcast(I64, MemFlagsData::new(), v),
                        Ty::Bool => self.b.ins().uextend(I64, v),
                        _ => v,
                    };
                    let st = self.iconst(I64, UNBOXED as i64);
                    self.b.ins().return_(&[payload, st]);
                    self.b.switch_to_block(generic);
                }
                let w = self.boxed(v, t);
                let st = self.iconst(I64, BOXED as i64);
                self.b.ins().return_(&[w, st]);
            }
            Terminator::Raise { exc, cause } if self.handler_of(bi).is_some() => {
                // Made as the interpreter's `raise` makes it, then to the
                // handler.
                let h = self.handler_of(bi).expect("checked");
                let mut words = Vec::new();
                for s in [*exc, *cause] {
                    words.push(match s {
                        Some(s) => {
                            let t = self.ty(s);
                            let v = self.read(s, bi, end);
                            if t.is_word() { v } else { self.boxed(v, t) }
                        }
                        None => self.iconst(I64, 0),
                    });
                }
                let ctx = self.ctx();
                let add = self.call("krait_raise", &[ctx, words[0], words[1]])[0];
                for (s, w) in [*exc, *cause].into_iter().zip(&words) {
                    if let Some(s) = s {
                        if self.ty(s).is_word() {
                            self.release(s);
                        } else {
                            self.decref(*w);
                            self.consume(s);
                        }
                    }
                }
                let e = self.b.ins().load(I64, mem(), ctx, CTX_EXC);
                let z = self.iconst(I64, 0);
                self.b.ins().store(mem(), z, ctx, CTX_EXC);
                let add = self.b.ins().ireduce(I8, add);
                self.throw(bi, end, e, add, h);
            }
            Terminator::Reraise(s) if self.handler_of(bi).is_some() => {
                // The exception as it is: no traceback entry, no context.
                let h = self.handler_of(bi).expect("checked");
                let v = self.read(*s, bi, end);
                let t = self.ty(*s);
                let w = if !t.is_word() {
                    self.boxed(v, t)
                } else {
                    if !self.owns(*s) {
                        self.incref(v);
                    }
                    v
                };
                self.consume(*s);
                let no = self.iconst(I8, 0);
                self.throw(bi, end, w, no, h);
            }
            Terminator::Raise { .. } | Terminator::Reraise(_) => {
                // The interpreter runs the raise, from the same state.
                self.deopt_here(bi, end, None, None);
            }
        }
        Ok(())
    }

    fn instr(&mut self, bi: usize, ii: usize, op: &Op) -> Result<(), NotCompiled> {
        if self.plan.generic.contains(&(bi, ii)) {
            if !self.attr(bi, ii, op) && !self.fast_generic(bi, ii, op) {
                self.generic(bi, ii, op);
            }
            return Ok(());
        }
        match op {
            Op::Yield { dst, src } => {
                let (k, resume) = self.resumes[&(bi, ii)];
                self.yield_here(bi, ii, *dst, *src, k, resume);
            }
            Op::LoadException { dst } => {
                let caught = self.caught.expect("handlers compiled");
                let e = self.b.use_var(caught);
                let z = self.iconst(I64, 0);
                self.b.def_var(caught, z);
                self.write(*dst, e);
            }
            Op::PushExcept { src } => {
                let w = self.read(*src, bi, ii);
                let ctx = self.ctx();
                self.call("krait_push_except", &[ctx, w]);
                self.release(*src);
            }
            Op::PopExcept => {
                let ctx = self.ctx();
                let base = match self.handled_base {
                    Some(v) => self.b.use_var(v),
                    None => self.iconst(I64, 0),
                };
                self.call("krait_pop_except", &[ctx, base]);
            }
            Op::Const { dst, c } => {
                let v = match (&self.f.consts[c.index()], self.ty(*dst)) {
                    (Const::Int(i), Ty::Int) => self.iconst(I64, *i),
                    (Const::Float(x), Ty::F64) => self.b.ins().f64const(*x),
                    (Const::Bool(x), Ty::Bool) => self.iconst(I8, i64::from(*x)),
                    _ => {
                        let w = self.env.consts.get(c.index()).copied().unwrap_or(0);
                        if w == 0 {
                            // Not representable: the interpreter raises.
                            let t = self.iconst(I8, 1);
                            self.guard(t, bi, ii);
                        }
                        let w = self.iconst(I64, w as i64);
                        self.incref(w);
                        w
                    }
                };
                self.write(*dst, v);
            }
            Op::Copy { dst, src } if self.ty(*src) == Ty::Dyn && self.ty(*dst) != Ty::Dyn => {
                // Into a local expected to hold one type: checked (the
                // interpreter runs the copy when the value is another).
                let dt = self.ty(*dst);
                let w = self.read(*src, bi, ii);
                let ok = self.is_of_type(w, dt);
                let bad = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
                self.guard(bad, bi, ii);
                let v = self.unbox(w, dt);
                let temp = self.owns(*src);
                if dt.is_word() {
                    if !temp && !self.borrowed[dst.index()] {
                        self.incref(w);
                    }
                } else if temp {
                    self.decref(w);
                }
                self.consume(*src);
                self.write(*dst, v);
            }
            Op::Copy { dst, src } => {
                let (st, dt) = (self.ty(*src), self.ty(*dst));
                let v = self.read(*src, bi, ii);
                let v = if st == dt {
                    if dt.is_word() && !self.owns(*src) && !self.borrowed[dst.index()] {
                        self.incref(v);
                    }
                    v
                } else {
                    self.boxed(v, st)
                };
                self.consume(*src);
                self.write(*dst, v);
            }
            Op::Drop { slot } => {
                let i = slot.index();
                if holds_ref(self.ty(*slot)) {
                    let w = self.b.use_var(self.vals[i]);
                    self.decref(w);
                    let z = self.iconst(I64, 0);
                    self.b.def_var(self.vals[i], z);
                }
                let z = self.iconst(I8, 0);
                self.set_bound(i, z);
            }
            Op::CheckBound { slot } => {
                let bound = self.bound_of(slot.index());
                let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, bound, 0);
                self.guard(unbound, bi, ii);
            }
            Op::Delete { slot } => {
                let i = slot.index();
                let bound = self.bound_of(i);
                let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, bound, 0);
                self.guard(unbound, bi, ii);
                if holds_ref(self.ty(*slot)) {
                    let w = self.b.use_var(self.vals[i]);
                    self.decref(w);
                    let z = self.iconst(I64, 0);
                    self.b.def_var(self.vals[i], z);
                }
                let z = self.iconst(I8, 0);
                self.set_bound(i, z);
            }
            Op::LoadGlobal { dst, name }
                if self.direct_fn[dst.index()].is_some_and(|k| {
                    self.env.global_funcs[name.index()].is_some_and(|(_, gk)| gk == k)
                }) =>
            {
                // A known function for a direct call: the global must
                // still hold the function object it holds now (pinned, so
                // no other object can take its address).
                let (word, _) = self.env.global_funcs[name.index()].expect("checked");
                let g = self.env.globals[name.index()] as i32;
                let ctx = self.ctx();
                let globals = self.b.ins().load(I64, mem(), ctx, CTX_GLOBALS);
                let w = self.b.ins().load(I64, mem(), globals, 8 * g);
                let other = self.b.ins().icmp_imm_s(IntCC::NotEqual, w, word as i64);
                self.guard(other, bi, ii);
                if !self.pins.contains(&word) {
                    self.pins.push(word);
                }
                self.pinned_fn[dst.index()] = true;
                self.write(*dst, w);
            }
            Op::LoadGlobal { dst, name } => {
                let g = self.env.globals[name.index()] as i32;
                let ctx = self.ctx();
                let globals = self.b.ins().load(I64, mem(), ctx, CTX_GLOBALS);
                let w = self.b.ins().load(I64, mem(), globals, 8 * g);
                let builtins = self.b.ins().load(I64, mem(), ctx, CTX_BUILTINS);
                let bw = self.b.ins().load(I64, mem(), builtins, 8 * g);
                let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, w, 0);
                let w = self.b.ins().select(unbound, bw, w);
                let none = self.b.ins().icmp_imm_s(IntCC::Equal, w, 0);
                self.guard(none, bi, ii);
                if !self.borrowed[dst.index()] {
                    self.incref(w);
                }
                self.write(*dst, w);
            }
            Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs } => {
                let (at, bt) = (self.ty(*lhs), self.ty(*rhs));
                let a = self.read(*lhs, bi, ii);
                let c = self.read(*rhs, bi, ii);
                let dt = self.ty(*dst);
                let v = self.scalar_binary(*op, (a, at), (c, bt), dt, bi, ii);
                self.consume(*lhs);
                self.consume(*rhs);
                self.write(*dst, v);
            }
            Op::Unary { dst, op, src } => {
                let t = self.ty(*src);
                let a = self.read(*src, bi, ii);
                let v = self.scalar_unary(*op, a, t, bi, ii);
                self.consume(*src);
                self.write(*dst, v);
            }
            // `is` / `is not` of two words: identity is the word.
            Op::Compare { dst, op, lhs, rhs } if matches!(op, CmpOp::Is | CmpOp::IsNot) => {
                let a = self.read(*lhs, bi, ii);
                let c = self.read(*rhs, bi, ii);
                let cc = if *op == CmpOp::Is {
                    IntCC::Equal
                } else {
                    IntCC::NotEqual
                };
                let v = self.b.ins().icmp(cc, a, c);
                self.write(*dst, v);
                self.release(*lhs);
                self.release(*rhs);
            }
            Op::Compare { dst, op, lhs, rhs } => {
                let (at, bt) = (self.ty(*lhs), self.ty(*rhs));
                let a = self.read(*lhs, bi, ii);
                let c = self.read(*rhs, bi, ii);
                let v = self.scalar_compare(*op, (a, at), (c, bt), bi, ii);
                self.consume(*lhs);
                self.consume(*rhs);
                self.write(*dst, v);
            }
            Op::Truthy { dst, src } => {
                let t = self.ty(*src);
                let a = self.read(*src, bi, ii);
                let v = match t {
                    Ty::Bool => a,
                    Ty::F64 => {
                        let z = self.b.ins().f64const(0.0);

                        self.b.ins().fcmp(FloatCC::NotEqual, a, z)
                    }
                    _ => self.b.ins().icmp_imm_s(IntCC::NotEqual, a, 0),
                };
                self.consume(*src);
                self.write(*dst, v);
            }
            Op::Call {
                dst, func, args, ..
            } => match self.plan.calls.get(&(bi, ii)).copied() {
                Some(CallKind::Range) => self.range_call(*func, args, bi, ii),
                Some(CallKind::Len) => self.len_call(*dst, *func, args[0], bi, ii),
                Some(CallKind::Super(class)) => self.super_call(*dst, *func, class, bi, ii),
                Some(CallKind::Direct(k)) => self.direct_call(*dst, *func, args, k, bi, ii),
                None => unreachable!("check plans every call"),
            },
            Op::GetItem { dst, obj, key } => {
                let kt = self.ty(*key);
                let o = self.read(*obj, bi, ii);
                let k = self.read(*key, bi, ii);
                let k = self.as_int(k, kt);
                // Out of range: the interpreter raises.
                let (found, w) = self.list_item(o, k);
                let out = self.b.ins().icmp_imm_s(IntCC::Equal, found, 0);
                self.guard(out, bi, ii);
                // The item must be what the list type expects.
                let v = self.checked_item(w, self.ty(*dst), bi, ii);
                self.write(*dst, v);
                self.release(*obj);
                self.release(*key);
            }
            Op::SetItem { obj, key, src } => {
                let (kt, st) = (self.ty(*key), self.ty(*src));
                let o = self.read(*obj, bi, ii);
                let k = self.read(*key, bi, ii);
                let k = self.as_int(k, kt);
                let v = self.read(*src, bi, ii);
                if let Some(lay) = abi::list_layout() {
                    let (inr, addr) = self.list_index(o, k, lay);
                    let out = self.b.ins().icmp_imm_s(IntCC::Equal, inr, 0);
                    self.guard(out, bi, ii);
                    self.store_item(addr, v, st);
                    self.release(*obj);
                    self.release(*key);
                    self.release(*src);
                    return Ok(());
                }
                let w = if st.is_word() {
                    self.incref(v);
                    v
                } else {
                    self.boxed(v, st)
                };
                let ok = self.call("krait_list_set", &[o, k, w])[0];
                let failed = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
                let fail_blk = self.b.create_block();
                let cont = self.b.create_block();
                self.b.ins().brif(failed, fail_blk, &[], cont, &[]);
                self.b.switch_to_block(fail_blk);
                self.b.set_cold_block(fail_blk);
                self.decref(w);
                self.deopt_here(bi, ii, None, None);
                self.b.switch_to_block(cont);
                self.release(*obj);
                self.release(*key);
                self.release(*src);
            }
            Op::GetIter { dst, src } if matches!(self.ty(*dst), Ty::ListIter(_)) => {
                // `for x in v`: the list (a reference of the iterator's
                // own) and the index 0.
                let v = self.read(*src, bi, ii);
                if !self.owns(*src) {
                    self.incref(v);
                }
                self.consume(*src);
                let z = self.iconst(I64, 0);
                self.b.def_var(self.rstep[dst.index()], z);
                self.write(*dst, v);
            }
            Op::GetIter { dst, .. } => {
                let (start, stop, step) = self.pending_range.take().expect("fused with range()");
                let rem = self.call("krait_range_len", &[start, stop, step])[0];
                let i = dst.index();
                self.b.def_var(self.rstep[i], step);
                self.b.def_var(self.rrem[i], rem);
                self.write(*dst, start);
            }
            op => unreachable!("check rejects {op:?}"),
        }
        Ok(())
    }

    /// The frame-sized scratch vector generic instructions exchange
    /// operands and results through.
    fn scratch(&mut self) -> Value {
        let ss = match self.scratch {
            Some(ss) => ss,
            None => {
                let n = self.f.slots.len().max(1);
                let ss = self.b.create_sized_stack_slot(StackSlotData::new(
                    StackSlotKind::ExplicitSlot,
                    (8 * n) as u32,
                    3,
                ));
                self.scratch = Some(ss);
                ss
            }
        };
        self.b.ins().stack_addr(I64, ss, 0)
    }

    /// An instruction run by the interpreter's code (`krait_op`).
    fn generic(&mut self, bi: usize, ii: usize, op: &Op) {
        let mut reads = op.reads();
        reads.sort_unstable();
        reads.dedup();
        let arr = self.scratch();
        for &r in &reads {
            let t = self.ty(r);
            let v = self.read(r, bi, ii);
            let w = if t.is_word() {
                if !self.owns(r) {
                    self.incref(v);
                }
                v
            } else {
                self.boxed(v, t)
            };
            self.b.ins().store(mem(), w, arr, (8 * r.index()) as i32);
        }
        let ctx = self.ctx();
        let site = Box::new(GenericSite::new(self.ir, self.fi, bi, ii));
        let site_addr = self.iconst(I64, &*site as *const GenericSite as i64);
        self.sites.push(site);
        let st = match op {
            Op::Call { func, .. } => {
                let me = match self.method_self.iter().position(|(t, _)| t == func) {
                    Some(k) => {
                        let (_, var) = self.method_self.remove(k);
                        self.b.use_var(var)
                    }
                    None => self.iconst(I64, 0),
                };
                self.call("krait_call", &[ctx, site_addr, arr, me])[0]
            }
            _ => self.call("krait_op", &[ctx, site_addr, arr])[0],
        };
        for &r in &reads {
            self.consume(r);
        }
        let failed = self.b.ins().icmp_imm_s(IntCC::NotEqual, st, 0);
        self.raise_if(failed, bi, ii);
        let writes = op.writes();
        if matches!(op, Op::Unpack { .. }) {
            self.unpacked(bi, ii, &writes, arr, |k| 8 * writes[k].index());
            return;
        }
        for &w in &writes {
            let word = self.b.ins().load(I64, mem(), arr, (8 * w.index()) as i32);
            let t = self.ty(w);
            let v = match t {
                Ty::Dyn => word,
                // Instructions with several results type only their
                // `bool` test result (the match instructions), which is
                // always a bool.
                Ty::Bool if writes.len() > 1 => self.unbox(word, t),
                _ => {
                    // A typed result: unbox it, or (a value of another
                    // type, such as a big int) continue in the interpreter
                    // after this instruction with the word in the slot.
                    let ok = self.is_of_type(word, t);
                    let bad = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
                    self.deopt_if(bad, bi, ii + 1, Some((w.index(), word)));
                    let v = self.unbox(word, t);
                    if t == Ty::F64 {
                        self.decref(word);
                    }
                    v
                }
            };
            self.write(w, v);
        }
    }

    /// The results of an unpacking, owned words at `arr + at(k)` for
    /// target `k`: each a word (`dyn`, or a list type the inference
    /// expects), all written, then each list checked, continuing in the
    /// interpreter after this instruction when one is not a list.
    fn unpacked(
        &mut self,
        bi: usize,
        ii: usize,
        dsts: &[Slot],
        arr: Value,
        at: impl Fn(usize) -> usize,
    ) {
        let mut words = Vec::new();
        for (k, &w) in dsts.iter().enumerate() {
            let word = self.b.ins().load(I64, mem(), arr, at(k) as i32);
            self.write(w, word);
            words.push((w, word));
        }
        // A deoptimization here continues after the instruction: its
        // results are bound there, its source consumed.
        let (may, must) = (self.may.clone(), self.must.clone());
        transfer(
            self.f,
            &self.f.blocks[bi].instrs[ii].op,
            &mut self.may,
            &mut self.must,
        );
        for (w, word) in words {
            let t = self.ty(w);
            if t != Ty::Dyn {
                debug_assert!(matches!(t, Ty::List(_)), "unpacked into {t:?}");
                let ok = self.is_of_type(word, t);
                let bad = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
                self.deopt_if(bad, bi, ii + 1, None);
            }
        }
        self.may = may;
        self.must = must;
    }

    /// `obj.name` and `obj.name = v` on a `dyn` object: inline when the
    /// object is an instance of the class and shape the site last saw
    /// (its cache, see `AttrCache`), through `krait_getattr` /
    /// `krait_setattr` (which fill the cache) otherwise. False for other
    /// instructions.
    fn attr(&mut self, bi: usize, ii: usize, op: &Op) -> bool {
        if let Op::GetAttr { dst, obj, .. } = op
            && self.ty(*dst) == Ty::Dyn
            && self.ty(*obj).is_word()
            && self.is_method_call(bi, ii, *dst)
        {
            self.load_method(bi, ii, *dst, *obj);
            return true;
        }
        let (obj, dst, src) = match op {
            Op::GetAttr { dst, obj, .. } if self.ty(*dst) == Ty::Dyn => (*obj, Some(*dst), None),
            Op::SetAttr { obj, src, .. } => (*obj, None, Some(*src)),
            _ => return false,
        };
        if !self.ty(obj).is_word() {
            return false;
        }
        let o = self.read(obj, bi, ii);
        // The value to store, as an owned word.
        let w = src.map(|s| {
            let t = self.ty(s);
            let v = self.read(s, bi, ii);
            if t.is_word() {
                self.incref(v);
                v
            } else {
                self.boxed(v, t)
            }
        });
        let site = Box::new(GenericSite::new(self.ir, self.fi, bi, ii));
        let sa = self.iconst(I64, &*site as *const GenericSite as i64);
        self.sites.push(site);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        match abi::instance_layout() {
            Some(lay) => {
                let is_inst = self.has_type(o, abi::instance_type());
                let check = self.b.create_block();
                self.b.ins().brif(is_inst, check, &[], slow, &[]);
                self.b.switch_to_block(check);
                let cls = self.b.ins().load(I64, mem(), o, abi::INSTANCE_CLASS as i32);
                let ccls = self
                    .b
                    .ins()
                    .load(I64, mem(), sa, abi::SITE_ATTR_CLASS as i32);
                let shape = self.b.ins().load(I64, mem(), o, lay.shape);
                let cshape = self
                    .b
                    .ins()
                    .load(I64, mem(), sa, abi::SITE_ATTR_SHAPE as i32);
                let ea = self.iconst(I64, abi::epoch_addr() as i64);
                let ep = self.b.ins().load(I64, MemFlagsData::new(), ea, 0);
                let cep = self
                    .b
                    .ins()
                    .load(I64, mem(), sa, abi::SITE_ATTR_EPOCH as i32);
                let a = self.b.ins().icmp(IntCC::Equal, cls, ccls);
                let b2 = self.b.ins().icmp(IntCC::Equal, shape, cshape);
                let c = self.b.ins().icmp(IntCC::Equal, ep, cep);
                let ab = self.b.ins().band(a, b2);
                let hit = self.b.ins().band(ab, c);
                let hit_blk = self.b.create_block();
                self.b.ins().brif(hit, hit_blk, &[], slow, &[]);
                self.b.switch_to_block(hit_blk);
                let vals = self.b.ins().load(I64, mem(), o, lay.values);
                let idx = self
                    .b
                    .ins()
                    .load(I64, mem(), sa, abi::SITE_ATTR_INDEX as i32);
                let off = self.b.ins().ishl_imm_u(idx, 3);
                let addr = self.b.ins().iadd(vals, off);
                let res = match w {
                    None => {
                        let v = self.b.ins().load(I64, mem(), addr, 0);
                        self.incref(v);
                        v
                    }
                    Some(w) => {
                        let old = self.b.ins().load(I64, mem(), addr, 0);
                        self.b.ins().store(mem(), w, addr, 0);
                        self.decref(old);
                        self.iconst(I64, 0)
                    }
                };
                self.b.ins().jump(done, &[BlockArg::Value(res)]);
            }
            None => {
                self.b.ins().jump(slow, &[]);
            }
        }
        self.b.switch_to_block(slow);
        let ctx = self.ctx();
        let (res, st) = match w {
            None => {
                let r = self.call("krait_getattr", &[ctx, sa, o]);
                (r[0], r[1])
            }
            Some(w) => {
                let st = self.call("krait_setattr", &[ctx, sa, o, w])[0];
                (self.iconst(I64, 0), st)
            }
        };
        let failed = self.b.ins().icmp_imm_s(IntCC::NotEqual, st, 0);
        let ok = self.b.create_block();
        let exc_blk = self.b.create_block();
        self.b.ins().brif(failed, exc_blk, &[], ok, &[]);
        self.b.switch_to_block(exc_blk);
        self.b.set_cold_block(exc_blk);
        self.release(obj);
        if let Some(s) = src {
            self.release(s);
        }
        let t = self.iconst(I8, 1);
        self.raise_if(t, bi, ii);
        // Not reached: `raise_if` on a constant true leaves.
        self.b.ins().jump(ok, &[]);
        self.b.switch_to_block(ok);
        self.b.ins().jump(done, &[BlockArg::Value(res)]);
        self.b.switch_to_block(done);
        let res = self.b.block_params(done)[0];
        self.release(obj);
        if let Some(s) = src {
            self.release(s);
        }
        if let Some(d) = dst {
            self.write(d, res);
        }
        true
    }

    /// Whether the temporary `dst` that instruction `ii` of block `bi`
    /// writes is next read, in the same block, only as the callee of a
    /// generic `Call` (a method call: `o.m(args)`).
    fn is_method_call(&self, bi: usize, ii: usize, dst: Slot) -> bool {
        if !self.is_temp(dst) {
            return false;
        }
        let instrs = &self.f.blocks[bi].instrs;
        for (k, ins) in instrs.iter().enumerate().skip(ii + 1) {
            let reads = ins.op.reads();
            if !reads.contains(&dst) {
                if ins.op.writes().contains(&dst) {
                    return false;
                }
                continue;
            }
            return matches!(&ins.op, Op::Call { func, args, .. }
                if *func == dst && !args.contains(&dst))
                && self.plan.generic.contains(&(bi, k));
        }
        false
    }

    /// `o.m` about to be called (see `is_method_call`): the function and
    /// the instance without a bound method when the site's cache matches
    /// (inline) or `krait_load_method` finds a plain method; the call then
    /// passes the instance first (`generic`, through `method_self`).
    fn load_method(&mut self, bi: usize, ii: usize, dst: Slot, obj: Slot) {
        let o = self.read(obj, bi, ii);
        let site = Box::new(GenericSite::new(self.ir, self.fi, bi, ii));
        let sa = self.iconst(I64, &*site as *const GenericSite as i64);
        self.sites.push(site);
        let slow = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        self.b.append_block_param(done, I64);
        if abi::instance_layout().is_some() {
            let lay = abi::instance_layout().expect("checked");
            let is_inst = self.has_type(o, abi::instance_type());
            let check = self.b.create_block();
            self.b.ins().brif(is_inst, check, &[], slow, &[]);
            self.b.switch_to_block(check);
            let cls = self.b.ins().load(I64, mem(), o, abi::INSTANCE_CLASS as i32);
            let ccls = self
                .b
                .ins()
                .load(I64, mem(), sa, abi::SITE_ATTR_CLASS as i32);
            let shape = self.b.ins().load(I64, mem(), o, lay.shape);
            let cshape = self
                .b
                .ins()
                .load(I64, mem(), sa, abi::SITE_ATTR_SHAPE as i32);
            let ea = self.iconst(I64, abi::epoch_addr() as i64);
            let ep = self.b.ins().load(I64, MemFlagsData::new(), ea, 0);
            let cep = self
                .b
                .ins()
                .load(I64, mem(), sa, abi::SITE_ATTR_EPOCH as i32);
            let m = self
                .b
                .ins()
                .load(I64, mem(), sa, abi::SITE_ATTR_METHOD as i32);
            let a = self.b.ins().icmp(IntCC::Equal, cls, ccls);
            let b2 = self.b.ins().icmp(IntCC::Equal, shape, cshape);
            let c = self.b.ins().icmp(IntCC::Equal, ep, cep);
            let d = self.b.ins().icmp_imm_s(IntCC::NotEqual, m, 0);
            // Names beyond the shape could shadow the method.
            let extra = self.b.ins().load(I64, mem(), o, lay.extra);
            let plain = self.b.ins().icmp_imm_s(IntCC::Equal, extra, 0);
            let ab = self.b.ins().band(a, b2);
            let cd = self.b.ins().band(c, d);
            let hit = self.b.ins().band(ab, cd);
            let hit = self.b.ins().band(hit, plain);
            let hit_blk = self.b.create_block();
            self.b.ins().brif(hit, hit_blk, &[], slow, &[]);
            self.b.switch_to_block(hit_blk);
            self.incref(m);
            self.incref(o);
            self.b
                .ins()
                .jump(done, &[BlockArg::Value(m), BlockArg::Value(o)]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let ctx = self.ctx();
        let r = self.call("krait_load_method", &[ctx, sa, o]);
        let (f, me) = (r[0], r[1]);
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, f, 0);
        let ok = self.b.create_block();
        let exc_blk = self.b.create_block();
        self.b.ins().brif(failed, exc_blk, &[], ok, &[]);
        self.b.switch_to_block(exc_blk);
        self.b.set_cold_block(exc_blk);
        self.release(obj);
        let t = self.iconst(I8, 1);
        self.raise_if(t, bi, ii);
        self.b.ins().jump(ok, &[]);
        self.b.switch_to_block(ok);
        self.b
            .ins()
            .jump(done, &[BlockArg::Value(f), BlockArg::Value(me)]);
        self.b.switch_to_block(done);
        let f = self.b.block_params(done)[0];
        let me = self.b.block_params(done)[1];
        self.release(obj);
        self.write(dst, f);
        let var = self.b.declare_var(I64);
        self.b.def_var(var, me);
        self.method_self.retain(|(t, _)| *t != dst);
        self.method_self.push((dst, var));
    }

    /// A generic instruction with an inline fast path for the common case
    /// (an item of a list by int index; float arithmetic on `dyn` values),
    /// the generic path otherwise. False when the instruction has none.
    fn fast_generic(&mut self, bi: usize, ii: usize, op: &Op) -> bool {
        enum Fast {
            Item(Slot, Slot, Slot),
            Float(Slot, BinOp, Slot, Slot),
            Concat(Slot, Slot, Slot),
            Int(Slot, BinOp, Slot, Slot),
            Cmp(Slot, CmpOp, Slot, Slot),
            Unpack(Slot),
            Truthy(Slot, Slot),
        }
        let dyn_or_int = |t: Ty| matches!(t, Ty::Dyn | Ty::Int);
        let fast = match op {
            // Arithmetic on values whose type is not known: small ints
            // inline (floats too for + - *), anything else generic.
            Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs }
                if matches!(
                    op,
                    BinOp::Add
                        | BinOp::Sub
                        | BinOp::Mul
                        | BinOp::Mod
                        | BinOp::FloorDiv
                        | BinOp::BitAnd
                        | BinOp::BitOr
                        | BinOp::BitXor
                ) && dyn_or_int(self.ty(*dst))
                    && lhs != rhs
                    && dyn_or_int(self.ty(*lhs))
                    && dyn_or_int(self.ty(*rhs))
                    && (self.ty(*lhs) == Ty::Dyn || self.ty(*rhs) == Ty::Dyn) =>
            {
                Fast::Int(*dst, *op, *lhs, *rhs)
            }
            Op::Truthy { dst, src }
                if self.ty(*src) == Ty::Dyn && matches!(self.ty(*dst), Ty::Bool | Ty::Dyn) =>
            {
                Fast::Truthy(*dst, *src)
            }
            Op::Compare { dst, op, lhs, rhs }
                if matches!(
                    op,
                    CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge | CmpOp::Eq | CmpOp::Ne
                ) && matches!(self.ty(*dst), Ty::Dyn | Ty::Bool)
                    && lhs != rhs
                    && dyn_or_int(self.ty(*lhs))
                    && dyn_or_int(self.ty(*rhs))
                    && (self.ty(*lhs) == Ty::Dyn || self.ty(*rhs) == Ty::Dyn) =>
            {
                Fast::Cmp(*dst, *op, *lhs, *rhs)
            }
            Op::InPlace {
                dst,
                op: BinOp::Add,
                lhs,
                rhs,
            } if self.is_concat(bi, ii, *dst, *lhs, *rhs) => Fast::Concat(*dst, *lhs, *rhs),
            Op::Unpack { dsts, src } if self.ty(*src) == Ty::Dyn && dsts.len() <= 16 => {
                Fast::Unpack(*src)
            }
            Op::GetItem { dst, obj, key }
                if self.ty(*obj).is_word()
                    && matches!(self.ty(*key), Ty::Int | Ty::Bool | Ty::Dyn)
                    && key != obj
                    && self.ty(*dst) == Ty::Dyn =>
            {
                Fast::Item(*dst, *obj, *key)
            }
            Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs }
                if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv)
                    && matches!(self.ty(*dst), Ty::Dyn | Ty::F64)
                    && lhs != rhs
                    && matches!(self.ty(*lhs), Ty::Dyn | Ty::F64)
                    && matches!(self.ty(*rhs), Ty::Dyn | Ty::F64) =>
            {
                Fast::Float(*dst, *op, *lhs, *rhs)
            }
            _ => return false,
        };
        let slow = self.b.create_block();
        let done = self.b.create_block();
        match fast {
            Fast::Int(dst, bop, lhs, rhs) => {
                let notint = self.b.create_block();
                let (x, y) = self.small_int_operands(lhs, rhs, bi, ii, notint);
                let r = match bop {
                    BinOp::Add => self.b.ins().iadd(x, y),
                    BinOp::Sub => self.b.ins().isub(x, y),
                    BinOp::BitAnd => self.b.ins().band(x, y),
                    BinOp::BitOr => self.b.ins().bor(x, y),
                    BinOp::BitXor => self.b.ins().bxor(x, y),
                    BinOp::Mul => {
                        let (r, of) = self.b.ins().smul_overflow(x, y);
                        let next = self.b.create_block();
                        self.b.ins().brif(of, slow, &[], next, &[]);
                        self.b.switch_to_block(next);
                        r
                    }
                    _ => {
                        // Python's floor division and modulo (the divisor
                        // non-zero; small ints cannot overflow them).
                        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                        let next = self.b.create_block();
                        self.b.ins().brif(zero, slow, &[], next, &[]);
                        self.b.switch_to_block(next);
                        let q = self.b.ins().sdiv(x, y);
                        let m = self.b.ins().srem(x, y);
                        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, m, 0);
                        let sx = self.b.ins().bxor(m, y);
                        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
                        let adj = self.b.ins().band(nz, neg);
                        if bop == BinOp::Mod {
                            let fixed = self.b.ins().iadd(m, y);
                            self.b.ins().select(adj, fixed, m)
                        } else {
                            let fixed = self.b.ins().iadd_imm_s(q, -1);
                            self.b.ins().select(adj, fixed, q)
                        }
                    }
                };
                let w = if self.ty(dst) == Ty::Int {
                    r
                } else {
                    self.box_int(r)
                };
                self.write(dst, w);
                self.release(lhs);
                self.release(rhs);
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(notint);
                if bop == BinOp::Add
                    && matches!(op, Op::InPlace { .. })
                    && self.ty(dst) == Ty::Dyn
                    && self.is_concat(bi, ii, dst, lhs, rhs)
                {
                    // `s += x` on a str only the local refers to: appended
                    // in place (see `Fast::Concat`).
                    let l = self.read(lhs, bi, ii);
                    let r = self.read(rhs, bi, ii);
                    let ok = self.call("krait_str_concat", &[l, r])[0];
                    let cat = self.b.create_block();
                    let next = self.b.create_block();
                    self.b.ins().brif(ok, cat, &[], next, &[]);
                    self.b.switch_to_block(cat);
                    self.consume(lhs);
                    self.write(dst, l);
                    self.release(rhs);
                    self.b.ins().jump(done, &[]);
                    self.b.switch_to_block(next);
                }
                // (An int result slot: anything else is the generic path's,
                // which checks its result.)
                let floats = matches!(bop, BinOp::Add | BinOp::Sub | BinOp::Mul)
                    && self.ty(dst) == Ty::Dyn
                    && self.ty(lhs) == Ty::Dyn
                    && self.ty(rhs) == Ty::Dyn;
                if floats {
                    self.float_dyn(dst, bop, lhs, rhs, bi, ii, slow);
                } else {
                    self.b.ins().jump(slow, &[]);
                    let unreachable = self.b.create_block();
                    self.b.switch_to_block(unreachable);
                }
            }
            Fast::Cmp(dst, cop, lhs, rhs) => {
                let (x, y) = self.small_int_operands(lhs, rhs, bi, ii, slow);
                let cc = match cop {
                    CmpOp::Lt => IntCC::SignedLessThan,
                    CmpOp::Le => IntCC::SignedLessThanOrEqual,
                    CmpOp::Gt => IntCC::SignedGreaterThan,
                    CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
                    CmpOp::Eq => IntCC::Equal,
                    _ => IntCC::NotEqual,
                };
                let c = self.b.ins().icmp(cc, x, y);
                let v = if self.ty(dst) == Ty::Bool {
                    c
                } else {
                    self.boxed(c, Ty::Bool)
                };
                self.write(dst, v);
                self.release(lhs);
                self.release(rhs);
            }
            Fast::Item(dst, obj, key) => {
                let kt = self.ty(key);
                let o = self.read(obj, bi, ii);
                let k = self.read(key, bi, ii);
                let k = if kt == Ty::Dyn {
                    // A small int key, else the generic path.
                    let ok = self.is_of_type(k, Ty::Int);
                    let next = self.b.create_block();
                    self.b.ins().brif(ok, next, &[], slow, &[]);
                    self.b.switch_to_block(next);
                    self.b.ins().sshr_imm_s(k, 1)
                } else {
                    self.as_int(k, kt)
                };
                let is_list = self.has_type(o, abi::list_type());
                let list_blk = self.b.create_block();
                self.b.ins().brif(is_list, list_blk, &[], slow, &[]);
                self.b.switch_to_block(list_blk);
                let (found, w) = self.list_item(o, k);
                let fast_blk = self.b.create_block();
                self.b.ins().brif(found, fast_blk, &[], slow, &[]);
                self.b.switch_to_block(fast_blk);
                self.incref(w);
                self.write(dst, w);
                self.release(obj);
                self.release(key);
            }
            Fast::Concat(dst, lhs, rhs) => {
                // `s += x` on a str only the local refers to: appended in
                // place; the temporary's reference becomes the result's.
                let l = self.read(lhs, bi, ii);
                let r = self.read(rhs, bi, ii);
                let ok = self.call("krait_str_concat", &[l, r])[0];
                let fast_blk = self.b.create_block();
                self.b.ins().brif(ok, fast_blk, &[], slow, &[]);
                self.b.switch_to_block(fast_blk);
                self.consume(lhs);
                self.write(dst, l);
                self.release(rhs);
            }
            Fast::Float(dst, bop, lhs, rhs) => {
                self.float_dyn(dst, bop, lhs, rhs, bi, ii, slow);
            }
            Fast::Truthy(dst, src) => {
                // True, False, None and small ints inline; anything else
                // (a container, an instance with `__bool__`...) generic.
                let w = self.read(src, bi, ii);
                let tw = self.iconst(I64, abi::true_word() as i64);
                let fw = self.iconst(I64, abi::false_word() as i64);
                let nw = self.iconst(I64, abi::none_word() as i64);
                let is_t = self.b.ins().icmp(IntCC::Equal, w, tw);
                let is_f = self.b.ins().icmp(IntCC::Equal, w, fw);
                let is_n = self.b.ins().icmp(IntCC::Equal, w, nw);
                let low = self.b.ins().band_imm_s(w, 1);
                let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, low, 1);
                let known = self.b.ins().bor(is_t, is_f);
                let known = self.b.ins().bor(known, is_n);
                let known = self.b.ins().bor(known, is_int);
                let fast_blk = self.b.create_block();
                self.b.ins().brif(known, fast_blk, &[], slow, &[]);
                self.b.switch_to_block(fast_blk);
                // A small int is true when not 0 (tagged: the word 1).
                let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, w, 1);
                let int_true = self.b.ins().band(is_int, nonzero);
                let c = self.b.ins().bor(is_t, int_true);
                let v = if self.ty(dst) == Ty::Bool {
                    c
                } else {
                    self.boxed(c, Ty::Bool)
                };
                self.release(src);
                self.write(dst, v);
            }
            Fast::Unpack(src) => {
                // A tuple or list of exactly the targets' count: its items,
                // each with a new reference, through the scratch area.
                let Op::Unpack { dsts, .. } = op else {
                    unreachable!()
                };
                let o = self.read(src, bi, ii);
                let arr = self.scratch();
                let n = self.iconst(I64, dsts.len() as i64);
                let ok = self.call("krait_unpack", &[o, n, arr])[0];
                let fast_blk = self.b.create_block();
                self.b.ins().brif(ok, fast_blk, &[], slow, &[]);
                self.b.switch_to_block(fast_blk);
                self.release(src);
                self.unpacked(bi, ii, dsts, arr, |k| 8 * k);
            }
        }
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.generic(bi, ii, op);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        true
    }

    /// Float `+ - * /` of operands that are `f64` slots or `dyn` words
    /// holding floats (else to `slow`); the result written to `dst`.
    #[allow(clippy::too_many_arguments)]
    fn float_dyn(
        &mut self,
        dst: Slot,
        bop: BinOp,
        lhs: Slot,
        rhs: Slot,
        bi: usize,
        ii: usize,
        slow: Block,
    ) {
        let mut vals = Vec::new();
        for s in [lhs, rhs] {
            let v = self.read(s, bi, ii);
            if self.ty(s) == Ty::F64 {
                vals.push(v);
                continue;
            }
            let ok = self.is_of_type(v, Ty::F64);
            let next = self.b.create_block();
            self.b.ins().brif(ok, next, &[], slow, &[]);
            self.b.switch_to_block(next);
            vals.push(self.b.ins().load(F64, mem(), v, abi::FLOAT_VALUE as i32));
        }
        let (x, y) = (vals[0], vals[1]);
        let r = match bop {
            BinOp::Add => self.b.ins().fadd(x, y),
            BinOp::Sub => self.b.ins().fsub(x, y),
            BinOp::Mul => self.b.ins().fmul(x, y),
            _ => {
                let z = self.b.ins().f64const(0.0);
                let zero = self.b.ins().fcmp(FloatCC::Equal, y, z);
                let next = self.b.create_block();
                self.b.ins().brif(zero, slow, &[], next, &[]);
                self.b.switch_to_block(next);
                self.b.ins().fdiv(x, y)
            }
        };
        let w = if self.ty(dst) == Ty::F64 {
            r
        } else {
            self.call("krait_box_float", &[r])[0]
        };
        self.write(dst, w);
        self.release(lhs);
        self.release(rhs);
    }

    /// The two operands of an inline small-int operation as `i64`s; jumps
    /// to `slow` unless both are (a `dyn` operand must be a small int).
    fn small_int_operands(
        &mut self,
        lhs: Slot,
        rhs: Slot,
        bi: usize,
        ii: usize,
        slow: Block,
    ) -> (Value, Value) {
        let mut out = Vec::new();
        for s in [lhs, rhs] {
            let v = self.read(s, bi, ii);
            if self.ty(s) == Ty::Int {
                out.push(v);
                continue;
            }
            let ok = self.is_of_type(v, Ty::Int);
            let next = self.b.create_block();
            self.b.ins().brif(ok, next, &[], slow, &[]);
            self.b.switch_to_block(next);
            out.push(self.b.ins().sshr_imm_s(v, 1));
        }
        (out[0], out[1])
    }

    /// Whether instruction `ii` of block `bi` is the middle of `%t = L;
    /// %u = inplace Add %t, %x; L = %u` with `L` a `dyn` local that nothing
    /// writes in between: then the str in `L` is referred to by `L` and
    /// `%t` alone exactly when its count is 2.
    fn is_concat(&self, bi: usize, ii: usize, dst: Slot, lhs: Slot, rhs: Slot) -> bool {
        let instrs = &self.f.blocks[bi].instrs;
        let words = [dst, lhs, rhs]
            .iter()
            .all(|s| self.is_temp(*s) && self.ty(*s) == Ty::Dyn);
        let Some(Op::Copy { dst: local, src }) = instrs.get(ii + 1).map(|i| &i.op) else {
            return false;
        };
        if !words
            || *src != dst
            || self.is_temp(*local)
            || self.f.slots[local.index()].kind != SlotKind::Local
            || self.ty(*local) != Ty::Dyn
        {
            return false;
        }
        let Some(k) = instrs[..ii]
            .iter()
            .rposition(|i| matches!(&i.op, Op::Copy { dst: d, src: s } if *d == lhs && s == local))
        else {
            return false;
        };
        !instrs[k + 1..ii]
            .iter()
            .any(|i| i.op.writes().contains(local))
    }

    /// Unwinds the exception in `ctx.exc` from (`bi`, `ii`) in the
    /// interpreter when `cond`.
    fn raise_if(&mut self, cond: Value, bi: usize, ii: usize) {
        let exc_blk = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(cond, exc_blk, &[], ok, &[]);
        self.b.switch_to_block(exc_blk);
        self.b.set_cold_block(exc_blk);
        let ctx = self.ctx();
        let e = self.b.ins().load(I64, mem(), ctx, CTX_EXC);
        let z = self.iconst(I64, 0);
        self.b.ins().store(mem(), z, ctx, CTX_EXC);
        match self.handler_of(bi) {
            Some(h) => {
                let one = self.iconst(I8, 1);
                self.throw(bi, ii, e, one, h);
            }
            None => self.deopt_here(bi, ii, Some(e), None),
        }
        self.b.switch_to_block(ok);
    }

    /// The compiled handler block an exception in block `bi` goes to.
    fn handler_of(&self, bi: usize) -> Option<Block> {
        if !self.plan.handlers {
            return None;
        }
        let h = self.f.blocks[bi].handler?;
        self.blocks.get(h.index()).copied().flatten()
    }

    /// Ends the current block by delivering exception `e` (an owned word)
    /// raised at instruction `ii` of block `bi` to the compiled handler
    /// block `h`, as the interpreter's unwinding does: the traceback entry
    /// for this line when `add` (an i8) is set, the temporaries in flight
    /// released (as CPython pops its stack), then the handler, which takes
    /// `e` with its `LoadException`.
    fn throw(&mut self, bi: usize, ii: usize, e: Value, add: Value, h: Block) {
        let ctx = self.ctx();
        let tb = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(add, tb, &[], cont, &[]);
        self.b.switch_to_block(tb);
        let fi = self.iconst(I64, self.fi as i64);
        let pos = self.iconst(I64, ((bi as i64) << 32) | ii as i64);
        self.call("krait_tb_add", &[ctx, e, fi, pos]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
        let hi = self.f.blocks[bi].handler.map_or(0, |h| h.index());
        let mut released = self.f.in_flight(bi, ii);
        let mut seen = vec![false; self.f.slots.len()];
        for &i in &released {
            seen[i] = true;
        }
        for i in (0..self.f.slots.len()).rev() {
            if self.f.slots[i].kind == SlotKind::Temp && !seen[i] {
                released.push(i);
            }
        }
        released.retain(|&i| !self.flow.temps_live[hi][i]);
        for i in released {
            if self.may[i] && holds_ref(self.types[i]) && !self.borrowed[i] {
                let w = self.b.use_var(self.vals[i]);
                self.decref(w);
                let z = self.iconst(I64, 0);
                self.b.def_var(self.vals[i], z);
                let f0 = self.iconst(I8, 0);
                self.set_bound(i, f0);
            }
        }
        // A method load waiting for its call holds the instance.
        for (_, var) in self.method_self.clone() {
            let me = self.b.use_var(var);
            self.decref(me);
        }
        let caught = self.caught.expect("handlers compiled");
        self.b.def_var(caught, e);
        self.b.ins().jump(h, &[]);
    }

    fn int_binary(&mut self, op: BinOp, x: Value, y: Value, bi: usize, ii: usize) -> Value {
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let (r, of) = match op {
                    BinOp::Add => self.b.ins().sadd_overflow(x, y),
                    BinOp::Sub => self.b.ins().ssub_overflow(x, y),
                    _ => self.b.ins().smul_overflow(x, y),
                };
                self.guard(of, bi, ii);
                r
            }
            BinOp::FloorDiv | BinOp::Mod
                if self
                    .const_i64(y)
                    .is_some_and(|c| c > 1 && (c as u64).is_power_of_two()) =>
            {
                // By a constant 2**k: Python floors, so `x // 2**k` is the
                // arithmetic shift and `x % 2**k` the low bits, for every
                // sign of `x` (no division, no adjustment).
                let c = self.const_i64(y).expect("checked");
                if op == BinOp::FloorDiv {
                    self.b.ins().sshr_imm_s(x, i64::from(c.trailing_zeros()))
                } else {
                    self.b.ins().band_imm_s(x, c - 1)
                }
            }
            BinOp::FloorDiv | BinOp::Mod => {
                // Zero divisor (ZeroDivisionError) and MIN / -1 (overflow)
                // go to the interpreter.
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.guard(zero, bi, ii);
                let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                let both = self.b.ins().band(m1, min);
                self.guard(both, bi, ii);
                let q = self.b.ins().sdiv(x, y);
                let r = self.b.ins().srem(x, y);
                // Python floors: adjust when the remainder's sign differs
                // from the divisor's.
                let rnz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let xr = self.b.ins().bxor(r, y);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, xr, 0);
                let adj = self.b.ins().band(rnz, neg);
                if op == BinOp::FloorDiv {
                    let q1 = self.b.ins().iadd_imm_s(q, -1);
                    self.b.ins().select(adj, q1, q)
                } else {
                    let r1 = self.b.ins().iadd(r, y);
                    self.b.ins().select(adj, r1, r)
                }
            }
            BinOp::BitAnd => self.b.ins().band(x, y),
            BinOp::BitOr => self.b.ins().bor(x, y),
            BinOp::BitXor => self.b.ins().bxor(x, y),
            BinOp::RShift => {
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                self.guard(neg, bi, ii);
                let c63 = self.iconst(I64, 63);
                let big = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, y, 63);
                let s = self.b.ins().select(big, c63, y);
                self.b.ins().sshr(x, s)
            }
            BinOp::LShift => {
                let out = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, y, 63);
                self.guard(out, bi, ii);
                let r = self.b.ins().ishl(x, y);
                let back = self.b.ins().sshr(r, y);
                let lost = self.b.ins().icmp(IntCC::NotEqual, back, x);
                self.guard(lost, bi, ii);
                r
            }
            BinOp::TrueDiv | BinOp::Pow | BinOp::MatMul => {
                unreachable!("typed as float or rejected")
            }
        }
    }

    /// The value of `v` when it is an integer constant of this function's
    /// code.
    fn const_i64(&self, v: Value) -> Option<i64> {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        let dfg = &self.b.func.dfg;
        let ValueDef::Result(inst, _) = dfg.value_def(v) else {
            return None;
        };
        match dfg.insts[inst] {
            InstructionData::UnaryImm {
                opcode: Opcode::Iconst,
                imm,
            } => Some(imm.bits()),
            _ => None,
        }
    }

    /// `a op c` on unboxed scalars (ints, bools, floats) into a slot of
    /// type `dt`: float arithmetic when `dt` is `float`, else int.
    fn scalar_binary(
        &mut self,
        op: BinOp,
        (a, at): (Value, Ty),
        (c, bt): (Value, Ty),
        dt: Ty,
        bi: usize,
        ii: usize,
    ) -> Value {
        if dt == Ty::F64 {
            let x = self.as_f64(a, at, bi, ii);
            let y = self.as_f64(c, bt, bi, ii);
            self.float_binary(op, x, y, bi, ii)
        } else {
            let x = self.as_int(a, at);
            let y = self.as_int(c, bt);
            self.int_binary(op, x, y, bi, ii)
        }
    }

    /// A unary operator on an unboxed scalar of type `t`.
    fn scalar_unary(&mut self, op: UnOp, a: Value, t: Ty, bi: usize, ii: usize) -> Value {
        match (op, t) {
            (UnOp::Not, Ty::F64) => {
                let z = self.b.ins().f64const(0.0);
                self.b.ins().fcmp(FloatCC::Equal, a, z)
            }
            (UnOp::Not, Ty::Bool) => self.b.ins().bxor_imm_s(a, 1),
            (UnOp::Not, _) => self.b.ins().icmp_imm_s(IntCC::Equal, a, 0),
            (UnOp::Neg, Ty::F64) => self.b.ins().fneg(a),
            (UnOp::Pos, Ty::F64) => a,
            (UnOp::Neg, _) => {
                let x = self.as_int(a, t);
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                self.guard(min, bi, ii);
                self.b.ins().ineg(x)
            }
            (UnOp::Pos, _) => self.as_int(a, t),
            (UnOp::Invert, _) => {
                let x = self.as_int(a, t);
                self.b.ins().bnot(x)
            }
        }
    }

    /// An ordering or equality comparison of unboxed scalars (a bool).
    fn scalar_compare(
        &mut self,
        op: CmpOp,
        (a, at): (Value, Ty),
        (c, bt): (Value, Ty),
        bi: usize,
        ii: usize,
    ) -> Value {
        if at == Ty::F64 || bt == Ty::F64 {
            let x = self.as_f64(a, at, bi, ii);
            let y = self.as_f64(c, bt, bi, ii);
            let cc = match op {
                CmpOp::Eq => FloatCC::Equal,
                CmpOp::Ne => FloatCC::NotEqual,
                CmpOp::Lt => FloatCC::LessThan,
                CmpOp::Le => FloatCC::LessThanOrEqual,
                CmpOp::Gt => FloatCC::GreaterThan,
                _ => FloatCC::GreaterThanOrEqual,
            };
            self.b.ins().fcmp(cc, x, y)
        } else {
            let x = self.as_int(a, at);
            let y = self.as_int(c, bt);
            let cc = match op {
                CmpOp::Eq => IntCC::Equal,
                CmpOp::Ne => IntCC::NotEqual,
                CmpOp::Lt => IntCC::SignedLessThan,
                CmpOp::Le => IntCC::SignedLessThanOrEqual,
                CmpOp::Gt => IntCC::SignedGreaterThan,
                _ => IntCC::SignedGreaterThanOrEqual,
            };
            self.b.ins().icmp(cc, x, y)
        }
    }

    /// A direct call of a small pure function inlined: its blocks of
    /// scalar arithmetic computed on the unboxed arguments, no frame. Any
    /// guard in it (an int overflowing, a zero divisor, RecursionError at
    /// the depth limit) leaves for the interpreter *at the call*, which
    /// then makes the call for real: nothing the callee did before is
    /// visible (it only computes), so running it again from the start is
    /// exact, and the traceback has the callee's frame. False (nothing
    /// emitted) when `k` is not such a function.
    fn inline_call(
        &mut self,
        dst: Slot,
        func: Slot,
        args: &[Slot],
        k: usize,
        bi: usize,
        ii: usize,
    ) -> bool {
        let callee = &self.ir.functions[k];
        if callee.params.count() as usize != args.len() || !inlinable(callee) {
            return false;
        }
        let dt = self.ty(dst);
        if !(dt == callee.returns || dt == Ty::Dyn) {
            return false;
        }
        if args
            .iter()
            .enumerate()
            .any(|(j, a)| self.ty(*a) != callee.slots[j].ty)
        {
            return false;
        }
        // CPython would fail the call at the recursion limit.
        let ctx = self.ctx();
        let depth = self.b.ins().load(I64, mem(), ctx, CTX_DEPTH);
        let limit = self.b.ins().load(I64, mem(), ctx, CTX_LIMIT);
        let deep = self
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, depth, limit);
        self.guard(deep, bi, ii);
        // The callee's slots are variables of this function (the SSA
        // construction joins them where its branches meet); its blocks
        // are new blocks, entered from here, all returning to `join`.
        let clty = |t: Ty| match t {
            Ty::F64 => F64,
            Ty::Bool => I8,
            _ => I64,
        };
        let vars: Vec<Variable> = callee
            .slots
            .iter()
            .map(|s| self.b.declare_var(clty(s.ty)))
            .collect();
        for (j, a) in args.iter().enumerate() {
            let v = self.read(*a, bi, ii);
            self.b.def_var(vars[j], v);
        }
        // The blocks it runs, entry first, each after every block that
        // jumps to it.
        let order = inline_order(callee).expect("inlinable: no loops");
        let mut blocks: Vec<Option<Block>> = vec![None; callee.blocks.len()];
        for &cb in order.iter().skip(1) {
            blocks[cb] = Some(self.b.create_block());
        }
        let join = self.b.create_block();
        self.b.append_block_param(join, clty(callee.returns));
        let ty = |s: &Slot| callee.slots[s.index()].ty;
        for &cb in &order {
            let block = &callee.blocks[cb];
            if let Some(blk) = blocks[cb] {
                self.b.switch_to_block(blk);
            }
            for ins in &block.instrs {
                let (d, v) = match &ins.op {
                    Op::Const { dst, c } => match &callee.consts[c.index()] {
                        Const::Int(i) => (*dst, self.iconst(I64, *i)),
                        Const::Float(x) => (*dst, self.b.ins().f64const(*x)),
                        Const::Bool(x) => (*dst, self.iconst(I8, i64::from(*x))),
                        _ => unreachable!("inlinable"),
                    },
                    Op::Copy { dst, src } => (*dst, self.b.use_var(vars[src.index()])),
                    Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs } => {
                        let a = (self.b.use_var(vars[lhs.index()]), ty(lhs));
                        let c = (self.b.use_var(vars[rhs.index()]), ty(rhs));
                        (*dst, self.scalar_binary(*op, a, c, ty(dst), bi, ii))
                    }
                    Op::Unary { dst, op, src } => {
                        let a = self.b.use_var(vars[src.index()]);
                        (*dst, self.scalar_unary(*op, a, ty(src), bi, ii))
                    }
                    Op::Compare { dst, op, lhs, rhs } => {
                        let a = (self.b.use_var(vars[lhs.index()]), ty(lhs));
                        let c = (self.b.use_var(vars[rhs.index()]), ty(rhs));
                        (*dst, self.scalar_compare(*op, a, c, bi, ii))
                    }
                    Op::Drop { .. } => continue,
                    Op::Truthy { dst, src } => {
                        let a = self.b.use_var(vars[src.index()]);
                        let v = match ty(src) {
                            Ty::Bool => a,
                            Ty::F64 => {
                                let z = self.b.ins().f64const(0.0);
                                self.b.ins().fcmp(FloatCC::NotEqual, a, z)
                            }
                            _ => self.b.ins().icmp_imm_s(IntCC::NotEqual, a, 0),
                        };
                        (*dst, v)
                    }
                    _ => unreachable!("inlinable"),
                };
                self.b.def_var(vars[d.index()], v);
            }
            match &block.term {
                Terminator::Return(rs) => {
                    let r = self.b.use_var(vars[rs.index()]);
                    self.b.ins().jump(join, &[BlockArg::Value(r)]);
                }
                Terminator::Jump(t) => {
                    let t = blocks[t.index()].expect("inlinable: reached");
                    self.b.ins().jump(t, &[]);
                }
                Terminator::Branch {
                    cond,
                    then,
                    otherwise,
                } => {
                    let c = self.b.use_var(vars[cond.index()]);
                    let t = blocks[then.index()].expect("inlinable: reached");
                    let o = blocks[otherwise.index()].expect("inlinable: reached");
                    self.b.ins().brif(c, t, &[], o, &[]);
                }
                _ => unreachable!("inlinable"),
            }
        }
        self.b.switch_to_block(join);
        let r = self.b.block_params(join)[0];
        let r = if dt == Ty::Dyn {
            self.boxed(r, callee.returns)
        } else {
            r
        };
        for a in args {
            self.consume(*a);
        }
        if !self.borrowed[func.index()] {
            let fw = self.b.use_var(self.vals[func.index()]);
            self.decref(fw);
        }
        self.consume(func);
        self.write(dst, r);
        true
    }

    fn float_binary(&mut self, op: BinOp, x: Value, y: Value, bi: usize, ii: usize) -> Value {
        match op {
            BinOp::Add => self.b.ins().fadd(x, y),
            BinOp::Sub => self.b.ins().fsub(x, y),
            BinOp::Mul => self.b.ins().fmul(x, y),
            BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod => {
                let z = self.b.ins().f64const(0.0);
                let zero = self.b.ins().fcmp(FloatCC::Equal, y, z);
                self.guard(zero, bi, ii);
                match op {
                    BinOp::TrueDiv => self.b.ins().fdiv(x, y),
                    BinOp::FloorDiv => self.call("krait_float_floordiv", &[x, y])[0],
                    _ => self.call("krait_float_mod", &[x, y])[0],
                }
            }
            BinOp::Pow => {
                // NaN: a case the C library's `pow` does not answer as
                // CPython does (see `krait_float_pow`).
                let r = self.call("krait_float_pow", &[x, y])[0];
                let nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
                self.guard(nan, bi, ii);
                r
            }
            _ => unreachable!("check rejects float {op:?}"),
        }
    }

    fn range_call(&mut self, func: Slot, args: &[Slot], bi: usize, ii: usize) {
        // The callee must still be the builtin `range`.
        let fw = self.b.use_var(self.vals[func.index()]);
        let name_builtin = self.builtin_word_of(func);
        let differs = self.b.ins().icmp(IntCC::NotEqual, fw, name_builtin);
        self.guard(differs, bi, ii);
        let mut vals = Vec::new();
        for a in args {
            let t = self.ty(*a);
            let v = self.read(*a, bi, ii);
            vals.push(self.as_int(v, t));
        }
        let (start, stop, step) = match vals.len() {
            1 => (self.iconst(I64, 0), vals[0], self.iconst(I64, 1)),
            2 => (vals[0], vals[1], self.iconst(I64, 1)),
            _ => (vals[0], vals[1], vals[2]),
        };
        let zero = self.b.ins().icmp_imm_s(IntCC::Equal, step, 0);
        self.guard(zero, bi, ii);
        for a in args {
            self.consume(*a);
        }
        if !self.borrowed[func.index()] {
            self.decref(fw);
        }
        self.consume(func);
        self.pending_range = Some((start, stop, step));
    }

    /// `super()`: the global must still be the builtin `super`; the
    /// `__class__` cell (slot `class`) and the first argument (slot 0) to
    /// `krait_super`.
    fn super_call(&mut self, dst: Slot, func: Slot, class: Slot, bi: usize, ii: usize) {
        let fw = self.b.use_var(self.vals[func.index()]);
        let name_builtin = self.builtin_word_of(func);
        let differs = self.b.ins().icmp(IntCC::NotEqual, fw, name_builtin);
        self.guard(differs, bi, ii);
        let cell = self.b.use_var(self.vals[class.index()]);
        let first = self.b.use_var(self.vals[0]);
        let ctx = self.ctx();
        let r = self.call("krait_super", &[ctx, cell, first]);
        let failed = self.b.ins().icmp_imm_s(IntCC::NotEqual, r[1], 0);
        self.raise_if(failed, bi, ii);
        if !self.borrowed[func.index()] {
            self.decref(fw);
        }
        self.consume(func);
        self.write(dst, r[0]);
    }

    /// `len(x)`: the global must still be the builtin `len`; a list's
    /// length is read inline, anything else's asked of `krait_len`.
    fn len_call(&mut self, dst: Slot, func: Slot, arg: Slot, bi: usize, ii: usize) {
        let fw = self.b.use_var(self.vals[func.index()]);
        let name_builtin = self.builtin_word_of(func);
        let differs = self.b.ins().icmp(IntCC::NotEqual, fw, name_builtin);
        self.guard(differs, bi, ii);
        let o = self.read(arg, bi, ii);
        let done = self.b.create_block();
        self.b.append_block_param(done, I64);
        if let Some(lay) = abi::list_layout() {
            let is_list = self.has_type(o, abi::list_type());
            let list_blk = self.b.create_block();
            let other = self.b.create_block();
            self.b.ins().brif(is_list, list_blk, &[], other, &[]);
            self.b.switch_to_block(list_blk);
            let n = self.b.ins().load(I64, mem(), o, lay.len);
            self.b.ins().jump(done, &[BlockArg::Value(n)]);
            self.b.switch_to_block(other);
        }
        let ctx = self.ctx();
        let r = self.call("krait_len", &[ctx, o]);
        let failed = self.b.ins().icmp_imm_s(IntCC::NotEqual, r[1], 0);
        self.raise_if(failed, bi, ii);
        self.b.ins().jump(done, &[BlockArg::Value(r[0])]);
        self.b.switch_to_block(done);
        let n = self.b.block_params(done)[0];
        self.release(arg);
        if !self.borrowed[func.index()] {
            self.decref(fw);
        }
        self.consume(func);
        let v = if self.ty(dst) == Ty::Int {
            n
        } else {
            self.box_int(n)
        };
        self.write(dst, v);
    }

    /// The builtin word for the global a temporary was loaded from.
    fn builtin_word_of(&mut self, func: Slot) -> Value {
        let name = self
            .f
            .blocks
            .iter()
            .flat_map(|b| &b.instrs)
            .find_map(|i| match &i.op {
                Op::LoadGlobal { dst, name } if *dst == func => Some(*name),
                _ => None,
            })
            .expect("check: loaded global");
        let g = self.env.globals[name.index()] as i32;
        let ctx = self.ctx();
        let builtins = self.b.ins().load(I64, mem(), ctx, CTX_BUILTINS);
        self.b.ins().load(I64, mem(), builtins, 8 * g)
    }

    fn direct_call(
        &mut self,
        dst: Slot,
        func: Slot,
        args: &[Slot],
        k: usize,
        bi: usize,
        ii: usize,
    ) {
        let callee = &self.ir.functions[k];
        // Guard: the global holds a function object of IR function `k`,
        // and `k` has compiled code.
        let fw = self.b.use_var(self.vals[func.index()]);
        if self.pinned_fn[func.index()] && self.inline_call(dst, func, args, k, bi, ii) {
            return;
        }
        if !self.pinned_fn[func.index()] {
            let low = self.b.ins().band_imm_s(fw, 1);
            let is_ptr = self.b.ins().icmp_imm_s(IntCC::Equal, low, 0);
            let not_ptr = self.b.ins().bxor_imm_s(is_ptr, 1);
            self.guard(not_ptr, bi, ii);
            let tyw = self.b.ins().load(I64, mem(), fw, 8);
            let not_fn = self
                .b
                .ins()
                .icmp_imm_s(IntCC::NotEqual, tyw, abi::function_type() as i64);
            self.guard(not_fn, bi, ii);
            let id = self.b.ins().load(I32, mem(), fw, abi::FUNCTION_FUNC as i32);
            let other = self.b.ins().icmp_imm_s(IntCC::NotEqual, id, k as i64);
            self.guard(other, bi, ii);
        }
        let ctx = self.ctx();
        // Straight to the callee's code when it is in the module;
        // otherwise through the entry table (it may not be compiled yet).
        let target = match self.callee_refs.get(&k) {
            Some(&fr) => Ok(fr),
            None => {
                let entries = self.b.ins().load(I64, mem(), ctx, CTX_ENTRIES);
                let entry = self.b.ins().load(I64, mem(), entries, (8 * k) as i32);
                let none = self.b.ins().icmp_imm_s(IntCC::Equal, entry, 0);
                self.guard(none, bi, ii);
                Err(entry)
            }
        };
        // Arguments, unboxed as the callee's parameters.
        let n = args.len().max(1);
        let ss = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (8 * n) as u32,
            3,
        ));
        // Word arguments are references the callee owns: a temporary's is
        // handed over, a local's counted again; boxed ones are new.
        // Every read (an unbound local leaves for the interpreter) before
        // any reference is taken.
        let read: Vec<Value> = args.iter().map(|a| self.read(*a, bi, ii)).collect();
        for (j, a) in args.iter().enumerate() {
            let at = self.ty(*a);
            let pt = callee.slots[j].ty;
            let v = read[j];
            let w = match (at, pt) {
                (Ty::F64, Ty::F64) => self.b.ins().bitcast(I64, MemFlagsData::new(), v),
                (Ty::Bool, Ty::Bool) => self.b.ins().uextend(I64, v),
                (Ty::Dyn | Ty::List(_), _) => {
                    if !self.owns(*a) {
                        self.incref(v);
                    }
                    v
                }
                (Ty::Int, Ty::Int) => v,
                (t, _) => self.boxed(v, t),
            };
            self.b.ins().stack_store(I64, w, ss, (8 * j) as i32);
        }
        let argp = self.b.ins().stack_addr(I64, ss, 0);
        let mode = self.iconst(I32, 0);
        let inst = match target {
            Ok(fr) => self.b.ins().call(fr, &[ctx, argp, mode]),
            Err(entry) => self
                .b
                .ins()
                .call_indirect(self.entry_sig, entry, &[ctx, argp, mode]),
        };
        let r = self.b.inst_results(inst).to_vec();
        let (payload, status) = (r[0], r[1]);
        for a in args {
            self.consume(*a);
        }
        if !self.borrowed[func.index()] {
            self.decref(fw);
        }
        self.consume(func);
        // An exception: unwind from this call in the interpreter.
        let is_exc = self.b.ins().icmp_imm_s(IntCC::Equal, status, EXC as i64);
        self.raise_if(is_exc, bi, ii);
        let dt = self.ty(dst);
        let v = if dt.is_word() {
            if !callee.returns.is_word() {
                // UNBOXED results need boxing; BOXED ones are words.
                let unboxed = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, status, UNBOXED as i64);
                let ub = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, I64);
                self.b
                    .ins()
                    .brif(unboxed, ub, &[], done, &[BlockArg::Value(payload)]);
                self.b.switch_to_block(ub);
                let v = self.payload_value(payload, callee.returns);
                let w = self.boxed(v, callee.returns);
                self.b.ins().jump(done, &[BlockArg::Value(w)]);
                self.b.switch_to_block(done);
                self.b.block_params(done)[0]
            } else {
                payload
            }
        } else {
            // A boxed result for a typed slot (a callee that left its
            // compiled code, e.g. an int past 64 bits): continue in the
            // interpreter after the call, with the word in `dst`.
            let boxed = self.b.ins().icmp_imm_s(IntCC::Equal, status, BOXED as i64);
            self.deopt_if(boxed, bi, ii + 1, Some((dst.index(), payload)));
            self.payload_value(payload, dt)
        };
        self.write(dst, v);
    }

    /// The value of a word known to hold type `t`.
    fn unbox(&mut self, w: Value, t: Ty) -> Value {
        match t {
            Ty::List(_) => w,
            Ty::Int => self.b.ins().sshr_imm_s(w, 1),
            Ty::F64 => self.b.ins().load(F64, mem(), w, abi::FLOAT_VALUE as i32),
            Ty::Bool => {
                let tw = self.iconst(I64, abi::true_word() as i64);
                self.b.ins().icmp(IntCC::Equal, w, tw)
            }
            _ => w,
        }
    }

    fn payload_value(&mut self, p: Value, t: Ty) -> Value {
        match t {
            Ty::F64 => self.b.ins().bitcast(F64, MemFlagsData::new(), p),
            Ty::Bool => self.b.ins().ireduce(I8, p),
            _ => p,
        }
    }
}

/// Whether `Gen::inline_call` can inline calls of `f`: blocks without
/// loops, at most 60 instructions in all, of scalar
/// arithmetic (int, bool and float slots; constants, copies, the operators
/// compiled code computes inline, ordering and equality comparisons, truth
/// values) joined by jumps and branches and ending in `return`s; no cells,
/// no calls, nothing that allocates, stores or raises other than by a
/// guard.
fn inlinable(f: &Function) -> bool {
    let Some(order) = inline_order(f) else {
        return false;
    };
    let mut reach = vec![false; f.blocks.len()];
    for &b in &order {
        reach[b] = true;
    }
    let scalar = |t: Ty| matches!(t, Ty::Int | Ty::F64 | Ty::Bool);
    let ty = |s: &Slot| f.slots[s.index()].ty;
    let params = f.params.count() as usize;
    let blocks = || {
        f.blocks
            .iter()
            .enumerate()
            .filter(|(bi, _)| reach[*bi])
            .map(|(_, b)| b)
    };
    let scalar_slot = |s: &Slot| {
        let slot = &f.slots[s.index()];
        matches!(slot.kind, SlotKind::Local | SlotKind::Temp) && scalar(slot.ty)
    };
    if blocks().map(|b| b.instrs.len() + 1).sum::<usize>() > 60
        || f.params.varargs
        || f.params.varkw
        || f.params.kwonly > 0
        || !scalar(f.returns)
        || f.slots[..params.min(f.slots.len())]
            .iter()
            .any(|s| !scalar(s.ty))
    {
        return false;
    }
    // Every read must find its slot assigned on every path (a read of an
    // unassigned local is an UnboundLocalError, which only a real call
    // gives). One pass in topological order settles it.
    let n = f.slots.len();
    let mut assigned_in: Vec<Option<Vec<bool>>> = vec![None; f.blocks.len()];
    let mut entry = vec![false; n];
    for e in entry.iter_mut().take(params.min(n)) {
        *e = true;
    }
    assigned_in[0] = Some(entry);
    for &bi in &order {
        let b = &f.blocks[bi];
        let Some(mut set) = assigned_in[bi].clone() else {
            return false;
        };
        for i in &b.instrs {
            if i.op.reads().iter().any(|r| !set[r.index()]) {
                return false;
            }
            for w in i.op.writes() {
                set[w.index()] = true;
            }
            if let Op::Drop { slot } = &i.op {
                set[slot.index()] = false;
            }
        }
        if b.term.reads().iter().any(|r| !set[r.index()]) {
            return false;
        }
        for succ in b.term.successors() {
            let slot = &mut assigned_in[succ.index()];
            *slot = Some(match slot.take() {
                None => set.clone(),
                Some(prev) => prev.iter().zip(&set).map(|(a, b)| *a && *b).collect(),
            });
        }
    }
    blocks().all(|b| {
        let term_ok = match &b.term {
            Terminator::Return(r) => ty(r) == f.returns,
            Terminator::Jump(_) => true,
            Terminator::Branch { cond, .. } => ty(cond) == Ty::Bool,
            _ => false,
        };
        term_ok
            && b.handler.is_none()
            && b.term.reads().iter().all(scalar_slot)
            && b.instrs.iter().all(|i| {
                i.op.reads()
                    .iter()
                    .chain(i.op.writes().iter())
                    .all(scalar_slot)
                    && inlinable_op(f, &i.op)
            })
    })
}

/// The blocks reachable from `f`'s entry in a topological order, or
/// `None` when they contain a loop.
fn inline_order(f: &Function) -> Option<Vec<usize>> {
    // 0: unseen, 1: on the current path, 2: done.
    let mut state = vec![0u8; f.blocks.len()];
    let mut post = Vec::new();
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    *state.first_mut()? = 1;
    while let Some(&mut (b, ref mut next)) = stack.last_mut() {
        let succ = f.blocks[b].term.successors();
        if let Some(s) = succ.get(*next) {
            *next += 1;
            match state[s.index()] {
                0 => {
                    state[s.index()] = 1;
                    stack.push((s.index(), 0));
                }
                1 => return None,
                _ => {}
            }
        } else {
            state[b] = 2;
            post.push(b);
            stack.pop();
        }
    }
    post.reverse();
    Some(post)
}

/// Whether `op` is scalar arithmetic an inlined call computes.
fn inlinable_op(f: &Function, op: &Op) -> bool {
    let ty = |s: &Slot| f.slots[s.index()].ty;
    match op {
        Op::Const { dst, c } => matches!(
            (&f.consts[c.index()], ty(dst)),
            (Const::Int(_), Ty::Int) | (Const::Float(_), Ty::F64) | (Const::Bool(_), Ty::Bool)
        ),
        Op::Copy { dst, src } => ty(dst) == ty(src),
        Op::Truthy { dst, .. } => ty(dst) == Ty::Bool,
        // Unbinding a scalar (the lowering's internal locals) frees
        // nothing; the assignment check above tracks it.
        Op::Drop { .. } => true,
        Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs } => {
            let ints = |s: &Slot| matches!(ty(s), Ty::Int | Ty::Bool);
            match ty(dst) {
                Ty::F64 => matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv),
                Ty::Int => {
                    ints(lhs)
                        && ints(rhs)
                        && matches!(
                            op,
                            BinOp::Add
                                | BinOp::Sub
                                | BinOp::Mul
                                | BinOp::FloorDiv
                                | BinOp::Mod
                                | BinOp::BitAnd
                                | BinOp::BitOr
                                | BinOp::BitXor
                                | BinOp::LShift
                                | BinOp::RShift
                        )
                }
                _ => false,
            }
        }
        Op::Unary { dst, op, src } => match op {
            UnOp::Not => ty(dst) == Ty::Bool,
            UnOp::Neg | UnOp::Pos => {
                ty(dst) == ty(src) || (ty(src) == Ty::Bool && ty(dst) == Ty::Int)
            }
            UnOp::Invert => ty(dst) == Ty::Int,
        },
        Op::Compare { dst, op, .. } => {
            ty(dst) == Ty::Bool
                && matches!(
                    op,
                    CmpOp::Eq | CmpOp::Ne | CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge
                )
        }
        _ => false,
    }
}

/// The temporaries `Gen::borrowed` describes.
fn borrowed_globals(f: &Function, plan: &Plan) -> Vec<bool> {
    let mut out = vec![false; f.slots.len()];
    for &(bi, ci) in plan.calls.keys() {
        let instrs = &f.blocks[bi].instrs;
        let Op::Call { func, .. } = &instrs[ci].op else {
            continue;
        };
        let Some(li) = instrs[..ci]
            .iter()
            .rposition(|i| matches!(&i.op, Op::LoadGlobal { dst, .. } if dst == func))
        else {
            continue;
        };
        let quiet = instrs[li + 1..ci].iter().enumerate().all(|(k, i)| {
            let at = li + 1 + k;
            match &i.op {
                Op::Const { .. }
                | Op::Copy { .. }
                | Op::LoadGlobal { .. }
                | Op::CheckBound { .. } => true,
                Op::Binary { .. }
                | Op::InPlace { .. }
                | Op::Unary { .. }
                | Op::Compare { .. }
                | Op::Truthy { .. } => !plan.generic.contains(&(bi, at)),
                _ => false,
            }
        });
        if quiet {
            out[func.index()] = true;
        }
    }
    out
}

/// Per slot: the IR function of the direct call a borrowed global's
/// temporary feeds.
fn direct_globals(f: &Function, plan: &Plan, borrowed: &[bool]) -> Vec<Option<usize>> {
    let mut out = vec![None; f.slots.len()];
    for (&(bi, ci), kind) in &plan.calls {
        let (Op::Call { func, .. }, CallKind::Direct(k)) = (&f.blocks[bi].instrs[ci].op, kind)
        else {
            continue;
        };
        if borrowed[func.index()] {
            out[func.index()] = Some(*k);
        }
    }
    out
}

/// Which slots may be, and must be, bound at each compiled block's entry
/// (a forward dataflow over the IR: writes bind, reads of temporaries and
/// `Drop`/`Delete` unbind). Deoptimization stores only slots that may be
/// bound; reads of locals that must be bound need no check.
struct Flow {
    /// Per block, the temporaries live on entry (`Function::temps_live_in`;
    /// empty when no handler is compiled).
    temps_live: Vec<Vec<bool>>,
    may_in: Vec<Vec<bool>>,
    must_in: Vec<Vec<bool>>,
}

fn transfer(f: &Function, op: &Op, may: &mut [bool], must: &mut [bool]) {
    for r in op.reads() {
        if f.slots[r.index()].kind == SlotKind::Temp {
            may[r.index()] = false;
            must[r.index()] = false;
        }
    }
    if let Op::Drop { slot } | Op::Delete { slot } = op {
        may[slot.index()] = false;
        must[slot.index()] = false;
    }
    for w in op.writes() {
        may[w.index()] = true;
        must[w.index()] = true;
    }
}

impl Flow {
    fn of(f: &Function, plan: &Plan) -> Flow {
        let n = f.slots.len();
        let nb = f.blocks.len();
        let temps_live = if plan.handlers {
            f.temps_live_in()
        } else {
            Vec::new()
        };
        let mut may_in = vec![vec![false; n]; nb];
        let mut must_in = vec![vec![true; n]; nb];
        let mut seen = vec![false; nb];
        // Entry: parameters, cells and free variables are bound.
        let entry: Vec<bool> = (0..n)
            .map(|i| {
                i < f.params.count() as usize
                    || matches!(f.slots[i].kind, SlotKind::Cell | SlotKind::Free)
            })
            .collect();
        if nb > 0 {
            may_in[0] = entry.clone();
            must_in[0] = entry;
            seen[0] = true;
        }
        let mut changed = true;
        while changed {
            changed = false;
            for bi in 0..nb {
                if !plan.compiled[bi] || !seen[bi] {
                    continue;
                }
                let mut may = may_in[bi].clone();
                let mut must = must_in[bi].clone();
                let block = &f.blocks[bi];
                let mut edges: Vec<(usize, Vec<bool>, Vec<bool>)> = Vec::new();
                // Exception edges (compiled handlers): from before every
                // instruction and the terminator, the block's temporaries
                // in flight released (not live in the handler, see
                // `Function::temps_live_in`).
                let handler = block.handler.filter(|_| plan.handlers).map(|h| h.index());
                let throw_edge = |may: &[bool], must: &[bool], h: usize| {
                    let (mut m, mut u) = (may.to_vec(), must.to_vec());
                    for i in 0..n {
                        if f.slots[i].kind == SlotKind::Temp && !temps_live[h][i] {
                            m[i] = false;
                            u[i] = false;
                        }
                    }
                    (h, m, u)
                };
                for ins in &block.instrs {
                    if let Some(h) = handler {
                        edges.push(throw_edge(&may, &must, h));
                    }
                    transfer(f, &ins.op, &mut may, &mut must);
                }
                if let Some(h) = handler {
                    edges.push(throw_edge(&may, &must, h));
                }
                match &block.term {
                    Terminator::Branch {
                        cond,
                        then,
                        otherwise,
                    } => {
                        let (mut m, mut u) = (may.clone(), must.clone());
                        if f.slots[cond.index()].kind == SlotKind::Temp {
                            m[cond.index()] = false;
                            u[cond.index()] = false;
                        }
                        edges.push((then.index(), m.clone(), u.clone()));
                        edges.push((otherwise.index(), m, u));
                    }
                    Terminator::ForIter {
                        iter,
                        dst,
                        body,
                        done,
                    } => {
                        let (mut m, mut u) = (may.clone(), must.clone());
                        m[dst.index()] = true;
                        u[dst.index()] = true;
                        edges.push((body.index(), m, u));
                        let (mut m, mut u) = (may.clone(), must.clone());
                        m[iter.index()] = false;
                        u[iter.index()] = false;
                        edges.push((done.index(), m, u));
                    }
                    Terminator::Jump(t) => edges.push((t.index(), may.clone(), must.clone())),
                    _ => {}
                }
                for (t, m, u) in edges {
                    if !plan.compiled.get(t).copied().unwrap_or(false) {
                        continue;
                    }
                    if !seen[t] {
                        seen[t] = true;
                        may_in[t] = m;
                        must_in[t] = u;
                        changed = true;
                        continue;
                    }
                    for i in 0..n {
                        if m[i] && !may_in[t][i] {
                            may_in[t][i] = true;
                            changed = true;
                        }
                        if !u[i] && must_in[t][i] {
                            must_in[t][i] = false;
                            changed = true;
                        }
                    }
                }
            }
        }
        Flow {
            may_in,
            must_in,
            temps_live,
        }
    }
}
