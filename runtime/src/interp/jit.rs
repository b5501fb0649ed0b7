//! The runtime side of the JIT: the ABI compiled code is entered with, the
//! helpers it calls, the compiler hook and tiering.
//!
//! **Hook.** The runtime does not depend on the JIT: it defines
//! [`Compiler`], which `krait-jit` implements and the `krait` crate installs
//! through [`RunOptions::compiler`](super::RunOptions).
//!
//! **Entry ABI.** A compiled function is one native function
//! `entry(ctx, args, mode) -> Ret`:
//! - `mode == 0` (a *direct* call from compiled code): `args` points at the
//!   parameters, unboxed as their slot types say (an `int` as `i64`, a
//!   `float` as the bits of an `f64`, a `bool` as 0/1, any other value as a
//!   borrowed `Value` word);
//! - `mode == b + 1` (a *generic* entry from the interpreter): `args` is the
//!   frame's slot vector (owned words, 0 = unbound) about to run block `b`
//!   (0 for a call, a loop header for on-stack replacement). The compiled
//!   code checks every slot holds what its type says; if one does not it
//!   returns [`NOT_ENTERED`] having touched nothing, and the interpreter runs
//!   the frame. Otherwise it takes the slots' references (zeroing them).
//!
//! The result: [`UNBOXED`] (direct mode only: the return value unboxed as
//! the function's return type), [`BOXED`] (`payload` is an owned `Value`
//! word), [`EXC`] (the exception is in [`JitCtx::exc`]; the traceback entries
//! of the compiled frames are added), or [`NOT_ENTERED`].
//!
//! **Leaving compiled code.** Whenever compiled code meets a case it does
//! not handle inline — an int overflowing 64 bits, a division by zero, a
//! global no longer holding the function it was compiled against, an
//! exception coming out of a call — it *deoptimizes*: it boxes every bound
//! slot into a vector and calls [`krait_resume`] with the instruction to
//! continue at, which builds an interpreter frame from them and runs the
//! rest of the function there (re-executing that instruction, or unwinding
//! from it with the exception). Both engines use the same slots, so this is
//! exact: the interpreter does what it would have done from the start.
//!
//! **Ownership.** Compiled code follows the interpreter's: a slot owns its
//! reference, a temporary is consumed by its one read, helpers borrow their
//! arguments and return new references.

use super::*;

/// The state compiled code reads and writes, at fixed offsets.
#[repr(C)]
pub struct JitCtx {
    /// The running interpreter (for helpers that need it).
    pub interp: *mut (),
    /// Python frames live, interpreted and compiled (RecursionError at
    /// `limit`).
    pub depth: usize,
    pub limit: usize,
    /// The pending exception (an owned word) when a call returned [`EXC`].
    pub exc: usize,
    /// The module globals (`Option<Value>` words, by global index).
    pub globals: *const usize,
    /// The builtin of each global index's name (words, 0 = none).
    pub builtins: *const usize,
    /// Per function: its compiled entry's address, or 0.
    pub entries: *const usize,
    /// Instructions the program may still run (`RunOptions::step_limit`;
    /// `u64::MAX` when unlimited): the interpreter counts instructions,
    /// compiled code loop iterations, and leaves for the interpreter (which
    /// raises) when it reaches 0.
    pub steps_left: u64,
    /// The handled-exception stack's length below which the frame being
    /// entered must not pop (`Frame::handled_base`), set by the
    /// interpreter before a generic entry; compiled code with exception
    /// handlers keeps it for its `PopExcept`s and deoptimizations.
    pub handled_base: usize,
    /// The yield point a compiled generator returned [`YIELDED`] at.
    pub yield_point: u64,
}

pub const CTX_DEPTH: i32 = std::mem::offset_of!(JitCtx, depth) as i32;
pub const CTX_LIMIT: i32 = std::mem::offset_of!(JitCtx, limit) as i32;
pub const CTX_GLOBALS: i32 = std::mem::offset_of!(JitCtx, globals) as i32;
pub const CTX_BUILTINS: i32 = std::mem::offset_of!(JitCtx, builtins) as i32;
pub const CTX_EXC: i32 = std::mem::offset_of!(JitCtx, exc) as i32;
pub const CTX_STEPS: i32 = std::mem::offset_of!(JitCtx, steps_left) as i32;
pub const CTX_ENTRIES: i32 = std::mem::offset_of!(JitCtx, entries) as i32;
pub const CTX_HANDLED_BASE: i32 = std::mem::offset_of!(JitCtx, handled_base) as i32;
pub const CTX_YIELD_POINT: i32 = std::mem::offset_of!(JitCtx, yield_point) as i32;

/// What a compiled entry returns (two registers).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Ret {
    pub payload: u64,
    pub status: u64,
}

pub const UNBOXED: u64 = 0;
pub const BOXED: u64 = 1;
pub const EXC: u64 = 2;
pub const NOT_ENTERED: u64 = 3;
/// A compiled generator yielded the payload, at its yield point
/// `JitCtx::yield_point` (`Function::yield_points`); its frame's slots hold
/// its state.
pub const YIELDED: u64 = 4;
/// The entry mode resuming a compiled generator after yield point `k`:
/// `RESUME + k`.
pub const RESUME: u32 = 1 << 24;

/// A compiled function's entry.
pub type Entry = unsafe extern "C" fn(*mut JitCtx, *mut u64, u32) -> Ret;

/// How the interpreter uses the JIT (`krait run --jit=...`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum JitMode {
    /// Interpreter only.
    Off,
    /// Compile functions once they are hot (calls or loop iterations).
    #[default]
    On,
    /// Compile every function the JIT supports at its first call.
    Always,
}

/// The compiler hook `krait-jit` implements.
pub trait Compiler {
    /// Compiles function `func` of `module`.
    fn compile(
        &mut self,
        module: &Module,
        func: usize,
        env: &CompileEnv,
    ) -> Result<Compiled, NotCompiled>;

    /// The functions `func` would call directly when compiled: the runtime
    /// compiles them first, so the call can go straight to their code.
    fn callees(&mut self, _module: &Module, _func: usize) -> Vec<usize> {
        Vec::new()
    }
}

/// What the compiled code of one function may embed from this run.
pub struct CompileEnv<'a> {
    /// The function's name table mapped to global indices.
    pub globals: &'a [u32],
    /// The function's constants as words (0: not representable), owned by
    /// the interpreter for the whole run.
    pub consts: &'a [usize],
    /// Per name: the global's word and IR function when it holds a plain
    /// function object now. Compiled code may test a global against that
    /// word (one compare) if it pins the object (`Compiled::pins`).
    pub global_funcs: &'a [Option<(usize, usize)>],
    /// Per slot: the one type every value seen in it had while the
    /// function ran in the interpreter (sampled at calls and loop back
    /// edges), if any; the compiler may specialize for it (with checks).
    pub observed: &'a [Option<krait_ir::Ty>],
    /// Whether the run has an instruction budget (`RunOptions::step_limit`):
    /// only then does compiled code count calls and loop iterations
    /// against `JitCtx::steps_left` (unlimited, the count could never run
    /// out, so the code leaves it out).
    pub counts_steps: bool,
}

/// A compiled function.
pub struct Compiled {
    pub entry: Entry,
    /// Words of objects the code compares against (`global_funcs`): the
    /// runtime keeps them alive for the run, so no other object can take
    /// their address.
    pub pins: Vec<usize>,
    /// How many slots were compiled for types seen at run time
    /// (`CompileEnv::observed`) rather than inferred.
    pub specialized: usize,
}

/// Why a function was not compiled: the construct and where it is.
pub struct NotCompiled {
    pub reason: String,
    pub span: Span,
}

/// Makes a compiler (one per run: compiled code lives as long as it).
pub type CompilerFactory = fn() -> Box<dyn Compiler>;

/// Calls before a function is compiled (`--jit=on`).
const CALL_THRESHOLD: u32 = 100;
/// Loop back-edges in one function before it is compiled and the running
/// frame moves into compiled code.
const LOOP_THRESHOLD: u32 = 1000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum FnJit {
    Waiting { calls: u32, loops: u32 },
    Compiled,
    Failed,
}

pub(super) struct JitState {
    pub ctx: JitCtx,
    compiler: Option<Box<dyn Compiler>>,
    mode: JitMode,
    log: bool,
    /// The program's source, for `--jit-log` lines.
    source: String,
    entries: Vec<usize>,
    state: Vec<FnJit>,
    /// The frame `krait_op` runs instructions in (kept empty).
    scratch: Option<Frame>,
    /// Set when compiled code entered by `jit_enter_generator` yielded
    /// (its frame is to be kept, not released).
    pub(super) yielded_frame: bool,
    /// Per generator function, once resumed in compiled code: its yield
    /// points (`Function::yield_points`).
    yield_points: Vec<Option<YieldPoints>>,
    /// Objects compiled code compares against (see `Compiled::pins`).
    pub(super) pinned: Vec<Value>,
    /// Per function, per slot: the types seen there so far (`Seen`).
    observed: Vec<Vec<Seen>>,
}

/// A generator function's yield points (block, instruction).
type YieldPoints = Rc<[(usize, usize)]>;

/// What a slot held at the samples: nothing yet, always one type, or
/// values of several types.
#[derive(Clone, Copy, PartialEq)]
enum Seen {
    Nothing,
    One(krait_ir::Ty),
    Mixed,
}

/// The type compiled code could expect of a value: an int that fits a
/// machine word, a float, a bool, or a list (its item type from its first
/// item, nested lists included); `None` for anything else, and for an
/// empty list (its items say nothing).
fn observed_ty(v: &Value) -> Option<Option<krait_ir::Ty>> {
    use krait_ir::{Elem, ListTy, Ty};
    if v.as_bool().is_some() {
        return Some(Some(Ty::Bool));
    }
    if v.as_small_int().is_some() {
        return Some(Some(Ty::Int));
    }
    if v.as_float().is_some() {
        return Some(Some(Ty::F64));
    }
    let list = v.downcast::<ListObj>()?;
    let items = list.items.borrow();
    let first = items.first()?.clone();
    drop(items);
    let t = match observed_ty(&first)? {
        Some(Ty::Int) => Ty::List(ListTy {
            depth: 1,
            elem: Elem::Int,
        }),
        Some(Ty::F64) => Ty::List(ListTy {
            depth: 1,
            elem: Elem::F64,
        }),
        Some(Ty::Bool) => Ty::List(ListTy {
            depth: 1,
            elem: Elem::Bool,
        }),
        Some(Ty::List(l)) if l.depth < 3 => Ty::List(ListTy {
            depth: l.depth + 1,
            elem: l.elem,
        }),
        _ => Ty::List(ListTy {
            depth: 1,
            elem: Elem::Dyn,
        }),
    };
    Some(Some(t))
}

impl JitState {
    pub fn new(nfuncs: usize) -> JitState {
        JitState {
            ctx: JitCtx {
                interp: std::ptr::null_mut(),
                depth: 0,
                limit: RECURSION_LIMIT,
                exc: 0,
                globals: std::ptr::null(),
                builtins: std::ptr::null(),
                entries: std::ptr::null(),
                steps_left: u64::MAX,
                handled_base: 0,
                yield_point: 0,
            },
            compiler: None,
            mode: JitMode::Off,
            log: false,
            source: String::new(),
            entries: vec![0; nfuncs],
            state: vec![FnJit::Waiting { calls: 0, loops: 0 }; nfuncs],
            scratch: None,
            yielded_frame: false,
            yield_points: Vec::new(),
            pinned: Vec::new(),
            observed: vec![Vec::new(); nfuncs],
        }
    }

    /// Makes room for functions up to `nfuncs` (a module was imported):
    /// compiled code finds entries through `ctx.entries`.
    pub fn add_functions(&mut self, nfuncs: usize) {
        self.entries.resize(nfuncs, 0);
        self.observed.resize(nfuncs, Vec::new());
        self.state
            .resize(nfuncs, FnJit::Waiting { calls: 0, loops: 0 });
        self.ctx.entries = self.entries.as_ptr();
    }

    /// Whether tiering is on (a compiler is installed and not `Off`).
    #[inline]
    pub fn enabled(&self) -> bool {
        self.compiler.is_some()
    }
}

impl Interp<'_, '_> {
    /// Installs the compiler `opts` asks for.
    pub(super) fn jit_setup(&mut self, source: &str) {
        let mode = self.opts.jit;
        self.jit.mode = mode;
        self.jit.log = self.opts.jit_log;
        if self.jit.log {
            self.jit.source = source.to_owned();
        }
        if mode != JitMode::Off
            && let Some(make) = self.opts.compiler
        {
            self.jit.compiler = Some(make());
        }
        self.jit.ctx.entries = self.jit.entries.as_ptr();
    }

    /// Compiles `func` and the functions it calls directly, callees first
    /// (so calls go straight to their code; a cycle of calls falls back to
    /// the entry table); whether `func` now has compiled code.
    fn jit_compile(&mut self, func: usize) -> bool {
        let Some(compiler) = self.jit.compiler.as_mut() else {
            return false;
        };
        // Post-order over the direct calls of functions still waiting.
        let mut order = Vec::new();
        let mut seen = vec![false; self.jit.state.len()];
        let mut stack = vec![(func, false)];
        while let Some((fi, expanded)) = stack.pop() {
            if expanded {
                order.push(fi);
                continue;
            }
            if seen[fi] || !matches!(self.jit.state[fi], FnJit::Waiting { .. }) {
                continue;
            }
            seen[fi] = true;
            stack.push((fi, true));
            for c in compiler.callees(self.module, fi) {
                stack.push((c, false));
            }
        }
        for fi in order {
            self.jit_compile_one(fi);
        }
        self.jit.state[func] == FnJit::Compiled
    }

    fn jit_compile_one(&mut self, fi: usize) {
        let Some(compiler) = self.jit.compiler.as_mut() else {
            return;
        };
        let start = std::time::Instant::now();
        let f = &self.module.functions[fi];
        let consts: Vec<usize> = self.consts[fi]
            .iter()
            .map(|c| c.as_ref().map_or(0, Value::as_raw))
            .collect();
        let global_funcs: Vec<Option<(usize, usize)>> = self.fn_globals[fi]
            .iter()
            .map(|&g| {
                let v = self.globals[g as usize].as_ref()?;
                let fo = v.downcast::<crate::objects::FunctionObj>()?;
                Some((v.as_raw(), fo.func.index()))
            })
            .collect();
        let observed: Vec<Option<krait_ir::Ty>> = self.jit.observed[fi]
            .iter()
            .map(|s| match s {
                Seen::One(t) => Some(*t),
                _ => None,
            })
            .collect();
        let env = CompileEnv {
            globals: &self.fn_globals[fi],
            consts: &consts,
            global_funcs: &global_funcs,
            observed: &observed,
            counts_steps: self.opts.step_limit.is_some(),
        };
        match compiler.compile(self.module, fi, &env) {
            Ok(c) => {
                self.jit.entries[fi] = c.entry as usize;
                self.jit.state[fi] = FnJit::Compiled;
                for w in c.pins {
                    // SAFETY: `w` is the word of a live object from
                    // `global_funcs`; the clone is a reference of our own.
                    let v = unsafe { Value::from_raw(w) }.expect("pinned word");
                    self.jit.pinned.push(v.clone());
                    std::mem::forget(v);
                }
                if self.jit.log {
                    let ms = start.elapsed().as_secs_f64() * 1e3;
                    let spec = match c.specialized {
                        0 => String::new(),
                        n => format!(", {n} slots typed from run-time values"),
                    };
                    eprintln!("jit: compiled {} (f{fi}) in {ms:.3} ms{spec}", f.qualname);
                }
            }
            Err(e) => {
                self.jit.state[fi] = FnJit::Failed;
                if self.jit.log {
                    let line = self.line_of(fi, e.span);
                    eprintln!(
                        "jit: not compiled {} (f{fi}): line {line}: {}",
                        f.qualname, e.reason
                    );
                }
            }
        }
    }

    /// The line of `span` in the source of function `fi`'s module.
    fn line_of(&self, fi: usize, span: Span) -> usize {
        let m = self.fn_module.get(fi).copied().unwrap_or(0) as usize;
        let src: &str = match self.modules.get(m) {
            Some(info) if m > 0 => &info.source,
            _ => &self.jit.source,
        };
        let end = (span.start as usize).min(src.len());
        src.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    /// Counts a call of `func` and compiles it when it is hot; whether it
    /// has compiled code.
    #[inline]
    fn jit_ready(&mut self, func: usize, loop_edge: bool) -> bool {
        match &mut self.jit.state[func] {
            FnJit::Compiled => true,
            FnJit::Failed => false,
            FnJit::Waiting { calls, loops } => {
                let hot = match self.jit.mode {
                    JitMode::Off => return false,
                    JitMode::Always => true,
                    JitMode::On if loop_edge => {
                        *loops += 1;
                        *loops >= LOOP_THRESHOLD
                    }
                    JitMode::On => {
                        *calls += 1;
                        *calls >= CALL_THRESHOLD
                    }
                };
                hot && self.jit_compile(func)
            }
        }
    }

    /// Runs `frame` (about to execute `block`, instruction 0) in compiled
    /// code when its function has some and the slots fit it: `None` when
    /// the interpreter should run it. `counted`: the frame is already
    /// counted in the depth (on-stack replacement); compiled code counts
    /// itself.
    pub(super) fn jit_enter(
        &mut self,
        frame: &mut Frame,
        block: usize,
        loop_edge: bool,
        counted: bool,
    ) -> Option<PyResult<Value>> {
        self.jit_enter_mode(frame, block as u32 + 1, loop_edge, counted)
    }

    /// A generator's frame (not run yet, or stopped at a `yield`) in its
    /// compiled code: `None` when the interpreter should run it. When the
    /// code yields again, the frame is left where the interpreter would
    /// leave it (`self.suspended`).
    pub(super) fn jit_enter_generator(&mut self, frame: &mut Frame) -> Option<PyResult<Value>> {
        let mode = if frame.block == 0 && frame.ip == 0 {
            1
        } else {
            let at = (frame.block, frame.ip.checked_sub(1)?);
            let k = self
                .yield_points(frame.func)
                .iter()
                .position(|&p| p == at)?;
            RESUME + k as u32
        };
        self.jit_enter_mode(frame, mode, false, false)
    }

    /// A call from Rust (`call_now`) of a Python function that has compiled
    /// code, with positional arguments its parameters take as they are:
    /// straight into its direct entry, as `krait_call`'s `call_compiled`
    /// does for compiled callers. `Err` gives the arguments back when the
    /// callee or an argument does not fit (the caller then makes a frame).
    pub(super) fn call_direct(
        &mut self,
        fobj: &FunctionObj,
        args: Vec<Value>,
    ) -> Result<PyResult<Value>, Vec<Value>> {
        const MAX: usize = 8;
        let fi = fobj.func.index();
        let Some(&Some(npos)) = self.simple_params.get(fi) else {
            return Err(args);
        };
        let given = args.len();
        let entry = self.jit.entries.get(fi).copied().unwrap_or(0);
        if entry == 0 || npos > MAX || given > npos || given + fobj.defaults.len() < npos {
            return Err(args);
        }
        let f = &self.module.functions[fi];
        let first_default = npos - fobj.defaults.len();
        let mut words = [0u64; MAX];
        for (k, w) in words.iter_mut().enumerate().take(npos) {
            let v = if k < given {
                &args[k]
            } else {
                &fobj.defaults[k - first_default]
            };
            match direct_arg(f.slots[k].ty, v) {
                Some(u) => *w = u,
                None => return Err(args),
            }
        }
        let ret_ty = f.returns;
        let word_params: Vec<bool> = (0..npos).map(|k| f.slots[k].ty.is_word()).collect();
        // Word parameters: references handed over.
        for (k, v) in args.into_iter().enumerate() {
            if word_params[k] {
                words[k] = v.into_raw() as u64;
            }
        }
        for k in given..npos {
            if word_params[k] {
                words[k] = fobj.defaults[k - first_default].clone().into_raw() as u64;
            }
        }
        if crate::gc::pending() != 0 {
            self.run_pending();
        }
        self.jit.ctx.interp = self as *mut Self as *mut ();
        self.jit.ctx.globals = self.globals.as_ptr() as *const usize;
        self.jit.ctx.builtins = self.global_builtins.as_ptr() as *const usize;
        // SAFETY: `entry` is the callee's compiled code (entry ABI, mode 0:
        // `npos` unboxed parameters, word ones owned).
        let ret = unsafe {
            let entry: Entry = std::mem::transmute::<usize, Entry>(entry);
            entry(&mut self.jit.ctx, words.as_mut_ptr(), 0)
        };
        Ok(direct_result(&mut self.jit.ctx, ret, ret_ty))
    }

    /// Function `fi`'s yield points, computed once.
    fn yield_points(&mut self, fi: usize) -> YieldPoints {
        if self.jit.yield_points.len() <= fi {
            self.jit.yield_points.resize(fi + 1, None);
        }
        let module = self.module;
        Rc::clone(
            self.jit.yield_points[fi]
                .get_or_insert_with(|| module.functions[fi].yield_points().into()),
        )
    }

    fn jit_enter_mode(
        &mut self,
        frame: &mut Frame,
        mode: u32,
        loop_edge: bool,
        counted: bool,
    ) -> Option<PyResult<Value>> {
        if self.jit.mode == JitMode::On
            && matches!(self.jit.state[frame.func], FnJit::Waiting { .. })
        {
            self.jit_sample(frame);
        }
        if !self.jit_ready(frame.func, loop_edge) {
            return None;
        }
        let entry = self.jit.entries[frame.func];
        self.jit.ctx.interp = self as *mut Self as *mut ();
        self.jit.ctx.globals = self.globals.as_ptr() as *const usize;
        self.jit.ctx.builtins = self.global_builtins.as_ptr() as *const usize;
        // SAFETY: `entry` was made by the installed compiler for this
        // module's function `frame.func` and follows the entry ABI above;
        // `frame.slots` has that function's slot count.
        if counted {
            self.jit.ctx.depth -= 1;
        }
        self.jit.ctx.handled_base = frame.handled_base;
        let ret = unsafe {
            let entry: Entry = std::mem::transmute::<usize, Entry>(entry);
            entry(
                &mut self.jit.ctx,
                frame.slots.as_mut_ptr() as *mut u64,
                mode,
            )
        };
        if counted {
            self.jit.ctx.depth += 1;
        }
        match ret.status {
            BOXED => Some(Ok(take_word(ret.payload as usize))),
            EXC => Some(Err(take_exc(&mut self.jit.ctx))),
            YIELDED => {
                let points = self.yield_points(frame.func);
                let (b, i) = points[self.jit.ctx.yield_point as usize];
                frame.block = b;
                frame.ip = i + 1;
                self.jit.yielded_frame = true;
                Some(Ok(take_word(ret.payload as usize)))
            }
            _ => None,
        }
    }

    /// Records the types the frame's locals hold now (before a function is
    /// compiled, at its calls and loop back edges).
    fn jit_sample(&mut self, frame: &Frame) {
        let seen = &mut self.jit.observed[frame.func];
        if seen.is_empty() {
            seen.resize(frame.slots.len(), Seen::Nothing);
        }
        for (s, v) in seen.iter_mut().zip(&frame.slots) {
            let Some(v) = v else { continue };
            let t = match observed_ty(v) {
                Some(Some(t)) => t,
                // An empty list tells nothing more.
                Some(None) => continue,
                None => {
                    *s = Seen::Mixed;
                    continue;
                }
            };
            *s = match *s {
                Seen::Nothing => Seen::One(t),
                Seen::One(u) if u == t => Seen::One(t),
                _ => Seen::Mixed,
            };
        }
    }

    /// Continues a compiled frame in the interpreter (see the module doc):
    /// `slots` are its values, the frame runs from instruction `ip` of
    /// `block`, first unwinding `exc` from there when given.
    fn jit_resume(
        &mut self,
        func: usize,
        block: usize,
        ip: usize,
        slots: &[usize],
        exc: Option<Value>,
        handled_base: Option<usize>,
    ) -> PyResult<Value> {
        let mut frame = self.new_frame(func);
        for (s, &w) in frame.slots.iter_mut().zip(slots) {
            // SAFETY: compiled code hands over the references its slots own.
            *s = unsafe { Value::from_raw(w) };
        }
        frame.block = block;
        frame.ip = ip;
        frame.resumed = true;
        frame.handled_base = handled_base.unwrap_or(self.handled.len());
        // Compiled code counted this frame: the count goes with it
        // (`run_frames` uncounts it when it returns, the loop below when
        // it raises), so the depth stays exact while it runs here.
        let mut stack = vec![frame];
        let r = match exc {
            Some(e) => self.unwind(&mut stack, e, true),
            None => Ok(()),
        };
        let r = match r {
            Ok(()) => self.run_frames(&mut stack),
            Err(e) => Err(e),
        };
        for mut f in stack.drain(..).rev() {
            if let Err(e) = &r {
                self.keep_locals(&mut f, e);
            }
            self.release(f);
            self.jit.ctx.depth -= 1;
        }
        r
    }
}

fn take_word(w: usize) -> Value {
    // SAFETY: a BOXED payload is an owned, non-zero Value word.
    unsafe { Value::from_raw(w) }.unwrap_or_else(Value::none)
}

fn take_exc(ctx: &mut JitCtx) -> Value {
    let w = std::mem::take(&mut ctx.exc);
    // SAFETY: `exc` holds an owned exception word when status is EXC.
    unsafe { Value::from_raw(w) }
        .unwrap_or_else(|| exc("SystemError", "krait: compiled code lost an exception"))
}

// ---------------------------------------------------------------- helpers

/// Offsets and addresses compiled code embeds.
pub mod abi {
    pub use super::handled_base_offset;
    use crate::objects::{FUNCTION_TYPE, FunctionObj, RANGE_ITER_TYPE, RangeIterObj};
    pub use crate::value::layout::*;

    pub fn seq_iter_type() -> usize {
        &crate::objects::SEQ_ITER_TYPE as *const _ as usize
    }
    /// Offsets of the sequence and the next index in an iterator over a
    /// list, tuple or str.
    pub const SEQ_ITER_SEQ: usize = std::mem::offset_of!(crate::objects::SeqIterObj, seq);
    pub const SEQ_ITER_POS: usize = std::mem::offset_of!(crate::objects::SeqIterObj, pos);
    pub fn list_type() -> usize {
        &crate::objects::LIST_TYPE as *const _ as usize
    }
    pub fn function_type() -> usize {
        &FUNCTION_TYPE as *const _ as usize
    }
    /// Offset of the IR function id (`u32`) in a function object.
    pub const FUNCTION_FUNC: usize = std::mem::offset_of!(FunctionObj, func);
    /// Offset of the default values vector in a function object (its
    /// length decides nothing for direct calls: they pass every argument).
    pub fn range_iter_type() -> usize {
        &RANGE_ITER_TYPE as *const _ as usize
    }
    pub const RANGE_ITER_NEXT: usize = std::mem::offset_of!(RangeIterObj, next);
    pub const RANGE_ITER_STEP: usize = std::mem::offset_of!(RangeIterObj, step);
    pub const RANGE_ITER_REMAINING: usize = std::mem::offset_of!(RangeIterObj, remaining);
    /// A word that is always 0, which compiled code may read in place of
    /// a list item that does not exist.
    /// The word of `None` (immortal).
    pub fn none_word() -> usize {
        crate::value::Value::none().as_raw()
    }
    pub fn zero_word() -> usize {
        static ZERO: usize = 0;
        &ZERO as *const usize as usize
    }
    pub fn float_type() -> usize {
        &crate::value::FLOAT_TYPE as *const _ as usize
    }
    pub fn instance_type() -> usize {
        &crate::objects::INSTANCE_TYPE as *const _ as usize
    }
    /// Offset of the class in an instance.
    pub const INSTANCE_CLASS: usize = std::mem::offset_of!(crate::objects::InstanceObj, class);
    /// The class epoch's address (`attrs::EPOCH`, a `u64`).
    pub fn epoch_addr() -> usize {
        &crate::attrs::EPOCH as *const _ as usize
    }
    /// Offsets of an attribute site's cache fields (see `AttrCache`).
    pub const SITE_ATTR_CLASS: usize = std::mem::offset_of!(super::GenericSite, attr)
        + std::mem::offset_of!(super::AttrCache, class);
    pub const SITE_ATTR_SHAPE: usize = std::mem::offset_of!(super::GenericSite, attr)
        + std::mem::offset_of!(super::AttrCache, shape);
    pub const SITE_ATTR_EPOCH: usize = std::mem::offset_of!(super::GenericSite, attr)
        + std::mem::offset_of!(super::AttrCache, epoch);
    pub const SITE_ATTR_INDEX: usize = std::mem::offset_of!(super::GenericSite, attr)
        + std::mem::offset_of!(super::AttrCache, index);
    pub const SITE_ATTR_METHOD: usize = std::mem::offset_of!(super::GenericSite, attr)
        + std::mem::offset_of!(super::AttrCache, method);

    /// Where an instance keeps its attributes: the offsets (from the
    /// object) of its shape word and of the pointer to its value words.
    #[derive(Clone, Copy, Debug)]
    pub struct InstanceLayout {
        pub shape: i32,
        pub values: i32,
        /// The store's extras word (`Attrs::extra_offset`): 0 when the
        /// shape lists every name the instance holds.
        pub extra: i32,
    }

    /// The instance layout, measured once as `list_layout` is; `None`
    /// when it is not as expected (compiled code then uses the helpers).
    pub fn instance_layout() -> Option<InstanceLayout> {
        static LAYOUT: std::sync::OnceLock<Option<InstanceLayout>> = std::sync::OnceLock::new();
        *LAYOUT.get_or_init(probe_instance_layout)
    }

    fn probe_instance_layout() -> Option<InstanceLayout> {
        use crate::value::Value;
        let inst = crate::objects::new_instance(Value::none());
        let i = inst.downcast::<crate::objects::InstanceObj>()?;
        i.dict.set("a", Some(Value::int(7)));
        i.dict.set("b", Some(Value::int(8)));
        let (shape, index) = i.dict.slot_of("b")?;
        let base = inst.as_raw();
        let store = i.dict.store_addr();
        // SAFETY: the store is alive and not borrowed: its shape word,
        // then the value vector's three words.
        let words = unsafe { std::ptr::read(store as *const [usize; 4]) };
        if words[0] != shape || index != 1 {
            return None;
        }
        // The data pointer is the word through which item 1 reads 8.
        let d = (1..4).find(|&k| {
            let w = words[k];
            // SAFETY: only words that are not the length (2) or a small
            // capacity are followed, and the data word points at two
            // live values.
            w > 4096
                && w % 8 == 0
                && unsafe { *((w + 8) as *const usize) } == Value::int(8).as_raw()
        })?;
        let off = |x: usize| i32::try_from(x - base).ok();
        Some(InstanceLayout {
            shape: off(store)?,
            values: off(store + 8 * d)?,
            extra: off(store + crate::attrs::Attrs::extra_offset())?,
        })
    }

    /// Where a list object keeps its items: the offsets (from the object)
    /// of the pointer to the item words and of the item count.
    #[derive(Clone, Copy, Debug)]
    pub struct ListLayout {
        pub data: i32,
        pub len: i32,
    }

    /// The list layout, found by looking at a list once (a `Vec`'s field
    /// order is not specified, so it is measured rather than assumed);
    /// `None` when it is not the expected three words, and compiled code
    /// then goes through helpers. Compiled code reads and writes items
    /// without the `RefCell`: no Rust code holds a borrow of a list's
    /// items while Python code runs (`list.sort` takes the items out).
    pub fn list_layout() -> Option<ListLayout> {
        static LAYOUT: std::sync::OnceLock<Option<ListLayout>> = std::sync::OnceLock::new();
        *LAYOUT.get_or_init(probe_list_layout)
    }

    fn probe_list_layout() -> Option<ListLayout> {
        use crate::value::Value;
        if std::mem::size_of::<Vec<Value>>() != 24 {
            return None;
        }
        let mut items = Vec::with_capacity(5);
        items.push(Value::int(1));
        items.push(Value::int(2));
        let list = crate::objects::new_list(items);
        let l = list.downcast::<crate::objects::ListObj>()?;
        let base = list.as_raw();
        let vec_addr = l.items.as_ptr() as usize;
        // SAFETY: the list is alive and not borrowed; its Vec is 3 words.
        let (words, data, len, cap) = unsafe {
            let v = &*l.items.as_ptr();
            (
                std::ptr::read(vec_addr as *const [usize; 3]),
                v.as_ptr() as usize,
                v.len(),
                v.capacity(),
            )
        };
        if len == cap || data == len || data == cap {
            return None;
        }
        let at = |x: usize| words.iter().position(|&w| w == x);
        let (d, n) = (at(data)?, at(len)?);
        let off = |k: usize| i32::try_from(vec_addr - base + 8 * k).ok();
        Some(ListLayout {
            data: off(d)?,
            len: off(n)?,
        })
    }
}

/// An `int` from an `i64` outside the small-int range.
extern "C" fn krait_box_int(i: i64) -> usize {
    Value::int(i).into_raw()
}

extern "C" fn krait_box_float(f: f64) -> usize {
    Value::float(f).into_raw()
}

extern "C" fn krait_range_len(start: i64, stop: i64, step: i64) -> u64 {
    crate::objects::range_len(start, stop, step)
}

/// Releases a reference compiled code owned.
extern "C" fn krait_decref(w: usize) {
    // SAFETY: compiled code gives up an owned reference.
    drop(unsafe { Value::from_raw(w) });
}

/// Frees an object whose count compiled code just took to zero.
unsafe extern "C" fn krait_free(w: usize) {
    // SAFETY: `w` points at a live object whose count is 0 and that nothing
    // else references (compiled code released the last reference): give the
    // reference back and drop it, which frees it exactly once (V2).
    unsafe {
        let h = &*(w as *const crate::value::ObjHeader);
        h.refcnt.set(1);
        drop(Value::from_raw(w));
    }
}

/// `list[i]`, borrowed (the list keeps it), for a list `l` (borrowed) and
/// an index in range (negative counts from the end); 0 otherwise.
unsafe extern "C" fn krait_list_get(l: usize, i: i64) -> usize {
    // SAFETY: `l` is a live word compiled code holds a reference to.
    let Some(v) = (unsafe { Value::from_raw(l) }) else {
        return 0;
    };
    let r = match v.downcast::<ListObj>() {
        Some(list) => {
            let items = list.items.borrow();
            let n = items.len() as i64;
            let k = if i < 0 { i + n } else { i };
            if (0..n).contains(&k) {
                items[k as usize].as_raw()
            } else {
                0
            }
        }
        None => 0,
    };
    std::mem::forget(v);
    r
}

/// `list[i] = v` for a list `l` (borrowed) and an index in range: takes
/// the reference `v` and gives 1; 0 (with `v` untouched) otherwise.
unsafe extern "C" fn krait_list_set(l: usize, i: i64, v: usize) -> u64 {
    // SAFETY: `l` is a live word compiled code holds a reference to.
    let Some(lv) = (unsafe { Value::from_raw(l) }) else {
        return 0;
    };
    let mut done = 0;
    let mut old = None;
    if let Some(list) = lv.downcast::<ListObj>() {
        let mut items = list.items.borrow_mut();
        let n = items.len() as i64;
        let k = if i < 0 { i + n } else { i };
        // SAFETY: `v` is an owned word compiled code gives up on success.
        if (0..n).contains(&k)
            && let Some(v) = unsafe { Value::from_raw(v) }
        {
            old = Some(std::mem::replace(&mut items[k as usize], v));
            done = 1;
        }
    }
    std::mem::forget(lv);
    // The old item goes after the list is updated (its `__del__` may look).
    drop(old);
    done
}

/// `s += x` for compiled code when `l` (the str in a local, also held by
/// the temporary that copied it) has no other reference and `r` is a str:
/// appends in place (CPython's `unicode_concatenate`) and gives 1; 0 with
/// nothing done otherwise. Both words stay the caller's.
unsafe extern "C" fn krait_str_concat(l: usize, r: usize) -> u64 {
    // SAFETY: live words compiled code holds references to; not dropped.
    let (mut a, b) = unsafe {
        (
            std::mem::ManuallyDrop::new(Value::from_raw(l)),
            std::mem::ManuallyDrop::new(Value::from_raw(r)),
        )
    };
    let (Some(a), Some(b)) = (a.as_mut(), b.as_ref()) else {
        return 0;
    };
    let Some(y) = b.downcast::<StrObj>() else {
        return 0;
    };
    if a.is(b) {
        return 0;
    }
    // SAFETY: the compiler calls this only for `%t = %L; %u = inplace Add
    // %t, %x; %L = %u`: the local and the temporary are the caller's two
    // references, and neither is used until this returns.
    match unsafe { a.get_mut_held::<StrObj>(2) } {
        Some(s) => {
            s.value.push_str(&y.value);
            1
        }
        None => 0,
    }
}

/// Python's `float // float` for a non-zero divisor.
extern "C" fn krait_float_floordiv(a: f64, b: f64) -> f64 {
    num::float_floordiv(a, b).unwrap_or(f64::NAN)
}

/// Python's `float % float` for a non-zero divisor.
/// The handled-exception stack's length (a compiled frame with handlers,
/// entered directly, keeps it as its base).
unsafe extern "C" fn krait_handled_len(ctx: *mut JitCtx) -> u64 {
    // SAFETY: as in `krait_getattr`.
    let interp = unsafe { &mut *((*ctx).interp as *mut Interp<'static, 'static>) };
    interp.handled.len() as u64
}

/// `PushExcept` (`e` borrowed): `e` becomes the handled exception.
unsafe extern "C" fn krait_push_except(ctx: *mut JitCtx, e: usize) {
    // SAFETY: as in `krait_getattr`; `e` is a live word.
    let (interp, e) = unsafe {
        (
            &mut *((*ctx).interp as *mut Interp<'static, 'static>),
            std::mem::ManuallyDrop::new(Value::from_raw(e)),
        )
    };
    if let Some(e) = e.as_ref() {
        interp.handled.push(e.clone());
    }
}

/// `PopExcept` of a frame whose handled exceptions start at `base`.
unsafe extern "C" fn krait_pop_except(ctx: *mut JitCtx, base: u64) {
    // SAFETY: as in `krait_getattr`.
    let interp = unsafe { &mut *((*ctx).interp as *mut Interp<'static, 'static>) };
    if interp.handled.len() > base as usize {
        drop(interp.handled.pop());
    }
}

/// Pops the handled exceptions a returning frame pushed.
unsafe extern "C" fn krait_handled_truncate(ctx: *mut JitCtx, base: u64) {
    // SAFETY: as in `krait_getattr`.
    let interp = unsafe { &mut *((*ctx).interp as *mut Interp<'static, 'static>) };
    interp.handled.truncate(base as usize);
}

/// The traceback entry an exception gets as it leaves instruction `pos`
/// (`block << 32 | ip`; the terminator when `ip` is past the
/// instructions) of function `func` for that function's handler, as the
/// interpreter's unwinding adds it (`e` borrowed).
unsafe extern "C" fn krait_tb_add(ctx: *mut JitCtx, e: usize, func: u64, pos: u64) {
    // SAFETY: as in `krait_getattr`; `e` is a live word.
    let (interp, e) = unsafe {
        (
            &mut *((*ctx).interp as *mut Interp<'static, 'static>),
            std::mem::ManuallyDrop::new(Value::from_raw(e)),
        )
    };
    let f = &interp.module.functions[func as usize];
    let (block, ip) = ((pos >> 32) as usize, (pos & 0xffff_ffff) as usize);
    let span = match f.blocks.get(block) {
        Some(b) => b.instrs.get(ip).map_or(b.term_span, |i| i.span),
        None => Span::default(),
    };
    if let Some(x) = e.as_ref().and_then(|e| e.downcast::<ExceptionObj>()) {
        x.traceback.borrow_mut().push(TbEntry {
            func: func as u32,
            span,
        });
    }
}

/// `raise` in compiled code: `exc` and `cause` (borrowed words; `has_exc`
/// 0 for a bare `raise`, `cause` 0 when there is no `from`) made into the
/// exception the interpreter's `raise` makes, left in `ctx.exc`. Returns
/// 1 when the exception gets this frame's traceback entry (a new raise),
/// 0 when it does not (a bare `raise` of the handled exception).
unsafe extern "C" fn krait_raise(ctx: *mut JitCtx, exc_w: usize, cause_w: usize) -> u64 {
    // SAFETY: as in `krait_getattr`; the words are live or 0.
    let (interp, e, c) = unsafe {
        (
            &mut *((*ctx).interp as *mut Interp<'static, 'static>),
            std::mem::ManuallyDrop::new(Value::from_raw(exc_w)),
            std::mem::ManuallyDrop::new(Value::from_raw(cause_w)),
        )
    };
    let (r, add) = match e.as_ref() {
        None => match interp.handled.last().cloned() {
            Some(h) => (h, false),
            None => {
                let x = exc("RuntimeError", "No active exception to reraise");
                interp.set_context(&x);
                (x, true)
            }
        },
        Some(e) => {
            match interp.raised_exception(e, c.as_ref()) {
                Ok(x) => {
                    // `raise e` chains even an exception raised before.
                    if let Some(h) = interp.handled.last() {
                        super::set_context(h, &x);
                    }
                    (x, true)
                }
                Err(x) => {
                    interp.set_context(&x);
                    (x, true)
                }
            }
        }
    };
    interp.jit.ctx.exc = r.into_raw();
    u64::from(add)
}

/// Zero-argument `super()` in compiled code: the `__class__` cell `cell`
/// and the first argument `first` (borrowed words, 0 when unbound), with
/// the interpreter's checks and errors; the super object with status 0, or
/// status 1 when it raised (the exception in `ctx.exc`).
unsafe extern "C" fn krait_super(ctx: *mut JitCtx, cell: usize, first: usize) -> Ret {
    // SAFETY: as in `krait_getattr`; the words are live or 0.
    let (interp, cell, first) = unsafe {
        (
            &mut *((*ctx).interp as *mut Interp<'static, 'static>),
            std::mem::ManuallyDrop::new(Value::from_raw(cell)),
            std::mem::ManuallyDrop::new(Value::from_raw(first)),
        )
    };
    let class = cell
        .as_ref()
        .and_then(|c| c.downcast::<crate::objects::CellObj>())
        .map(|c| c.value.borrow().clone());
    // A first argument that an inner function captures is a cell: its
    // content is the argument.
    let first = match first.as_ref() {
        Some(f) => match f.downcast::<crate::objects::CellObj>() {
            Some(c) => c.value.borrow().clone(),
            None => Some(f.clone()),
        },
        None => None,
    };
    let r = match (class, first.as_ref()) {
        (Some(Some(c)), Some(f)) => interp.make_super(c, f.clone()),
        (Some(None), _) => Err(exc("RuntimeError", "super(): empty __class__ cell")),
        (None, _) => Err(exc("RuntimeError", "super(): __class__ cell not found")),
        (_, None) => Err(exc("RuntimeError", "super(): arg[0] deleted")),
    };
    match r {
        Ok(v) => Ret {
            payload: v.into_raw() as u64,
            status: 0,
        },
        Err(e) => {
            interp.set_context(&e);
            interp.jit.ctx.exc = e.into_raw();
            Ret {
                payload: 0,
                status: 1,
            }
        }
    }
}

/// `len(o)` for compiled code (`o` borrowed): the length with status 0,
/// or status 1 when it raised (the exception in `ctx.exc`).
unsafe extern "C" fn krait_len(ctx: *mut JitCtx, o: usize) -> Ret {
    // SAFETY: as in `krait_getattr`.
    let (interp, o) = unsafe {
        (
            &mut *((*ctx).interp as *mut Interp<'static, 'static>),
            std::mem::ManuallyDrop::new(Value::from_raw(o)),
        )
    };
    let r = match o.as_ref() {
        Some(o) => interp.len_of(o),
        None => Err(exc("SystemError", "krait: len() of nothing")),
    };
    match r {
        Ok(n) => Ret {
            payload: n as u64,
            status: 0,
        },
        Err(e) => {
            interp.set_context(&e);
            interp.jit.ctx.exc = e.into_raw();
            Ret {
                payload: 0,
                status: 1,
            }
        }
    }
}

/// `a, b, ... = src` for a tuple or list `src` (borrowed) of exactly `n`
/// items: each item, with a new reference, to `out[k]`; 1. Anything else
/// is 0 and writes nothing (the interpreter's unpacking raises or
/// iterates).
unsafe extern "C" fn krait_unpack(src: usize, n: u64, out: *mut usize) -> u8 {
    // SAFETY: `src` is a live word compiled code holds a reference to.
    let Some(v) = (unsafe { Value::from_raw(src) }) else {
        return 0;
    };
    let v = std::mem::ManuallyDrop::new(v);
    let put = |items: &[Value]| {
        if items.len() as u64 != n {
            return 0;
        }
        for (k, it) in items.iter().enumerate() {
            // SAFETY: `out` has room for `n` words (compiled code's scratch
            // area).
            unsafe { *out.add(k) = it.clone().into_raw() };
        }
        1
    };
    if let Some(t) = v.downcast::<crate::objects::TupleObj>() {
        return put(&t.items);
    }
    if let Some(l) = v.downcast::<ListObj>() {
        return put(&l.items.borrow());
    }
    0
}

/// `a ** b` for floats where CPython's answer is the C library's `pow`:
/// finite operands, not a negative base with a fractional exponent (a
/// complex), not zero to a negative power (ZeroDivisionError), and a finite
/// result (else OverflowError). Any other case is NaN, and compiled code
/// leaves for the interpreter, which computes or raises as CPython.
extern "C" fn krait_float_pow(a: f64, b: f64) -> f64 {
    if !a.is_finite() || !b.is_finite() || (a == 0.0 && b < 0.0) {
        return f64::NAN;
    }
    let r = if a < 0.0 {
        if b != b.floor() {
            return f64::NAN;
        }
        // CPython raises |a| to the power and negates for an odd exponent.
        let m = (-a).powf(b);
        if (b * 0.5).floor() != b * 0.5 { -m } else { m }
    } else {
        a.powf(b)
    };
    if r.is_finite() { r } else { f64::NAN }
}

extern "C" fn krait_float_mod(a: f64, b: f64) -> f64 {
    num::float_mod(a, b).unwrap_or(f64::NAN)
}

/// Sets the pending exception to the step limit's (a call with no steps
/// left).
unsafe extern "C" fn krait_out_of_steps(ctx: *mut JitCtx) {
    let e = exc("SystemError", "krait: the program ran out of steps");
    // SAFETY: `ctx` is the JitCtx compiled code was entered with.
    unsafe { (*ctx).exc = e.into_raw() };
}

/// Sets the pending exception to RecursionError (a call past the limit).
unsafe extern "C" fn krait_recursion_error(ctx: *mut JitCtx) {
    let e = exc("RecursionError", "maximum recursion depth exceeded");
    // SAFETY: `ctx` is the JitCtx compiled code was entered with.
    unsafe { (*ctx).exc = e.into_raw() };
}

/// Where compiled code deoptimizes: the instruction to continue at and the
/// slots that may be bound there (the JIT keeps it alive with the code).
pub struct DeoptSite {
    pub func: u32,
    pub block: u32,
    /// The instruction the interpreter continues at.
    pub ip: u32,
    /// The slot types the code was compiled for (how to box the slots).
    pub types: std::rc::Rc<[krait_ir::Ty]>,
    pub live: Vec<u32>,
    /// Live slots whose word compiled code borrows (a global's function
    /// loaded for a call): the frame takes a reference of its own.
    pub borrowed: Vec<u32>,
    /// Live slots whose bound flag is stored. The others are bound when
    /// their word is not 0 (slots holding references: `dyn`, lists, list
    /// iterators) or always (typed slots definitely assigned here).
    pub flagged: Vec<u32>,
    /// Whether the area holds the frame's handled-exception base (a
    /// function with compiled exception handlers) at `handled_base_offset`.
    pub handled_base: bool,
}

/// Where a deoptimization area keeps the handled-exception base: the word
/// after the bound flags of `n` slots.
pub fn handled_base_offset(n: usize) -> usize {
    (25 * n).div_ceil(8) * 8
}

/// The frame words (owned; 0 for unbound) of the live slots a
/// deoptimization area holds (see `krait_deopt`), boxed.
///
/// # Safety
/// `area` is such an area for `site`, whose function has `n` slots.
unsafe fn area_words(site: &DeoptSite, area: *const u8, n: usize) -> Vec<usize> {
    let mut words = vec![0usize; n];
    // SAFETY: the caller's contract.
    unsafe { area_words_into(site, area, n, |i, w| words[i] = w) };
    words
}

/// `area_words`, each live slot's word given to `put` (slot, word).
///
/// # Safety
/// As `area_words`.
unsafe fn area_words_into(
    site: &DeoptSite,
    area: *const u8,
    n: usize,
    mut put: impl FnMut(usize, usize),
) {
    // SAFETY: the area has 25n bytes as described; reads are unaligned-safe.
    let word = |k: usize| unsafe { (area.add(8 * k) as *const u64).read_unaligned() };
    for &i in &site.live {
        let i = i as usize;
        // SAFETY: as above.
        let holds_word = matches!(
            site.types[i],
            krait_ir::Ty::Dyn | krait_ir::Ty::List(_) | krait_ir::Ty::ListIter(_)
        );
        let bound = if site.flagged.contains(&(i as u32)) {
            // SAFETY: the area holds the flag of every flagged slot.
            unsafe { area.add(24 * n + i).read() != 0 }
        } else if holds_word {
            word(i) != 0
        } else {
            true
        };
        if !bound {
            continue;
        }
        let raw = word(i);
        let v = match site.types[i] {
            // SAFETY: compiled code gives up the references its slots own;
            // a borrowed word gets a reference of its own.
            krait_ir::Ty::Dyn | krait_ir::Ty::List(_) => unsafe {
                let v = Value::from_raw(raw as usize);
                if site.borrowed.contains(&(i as u32)) {
                    let mine = v.clone();
                    std::mem::forget(v);
                    mine
                } else {
                    v
                }
            },
            krait_ir::Ty::Int => Some(Value::int(raw as i64)),
            krait_ir::Ty::F64 => Some(Value::float(f64::from_bits(raw))),
            krait_ir::Ty::Bool => Some(Value::bool(raw & 0xff != 0)),
            // SAFETY: the list word is a reference compiled code owned.
            krait_ir::Ty::ListIter(_) => unsafe { Value::from_raw(raw as usize) }.map(|l| {
                let it = crate::objects::new_seq_iter(l);
                if let Some(s) = it.downcast::<crate::objects::SeqIterObj>() {
                    s.pos.set(word(n + i) as usize);
                }
                it
            }),
            krait_ir::Ty::RangeIter => Some(Value::alloc(crate::objects::RangeIterObj::new(
                raw as i64,
                word(n + i) as i64,
                word(2 * n + i),
            ))),
        };
        put(i, v.map_or(0, Value::into_raw));
    }
}

/// A compiled generator's `yield`: its live slots (in a deoptimization
/// area, see `krait_deopt`) boxed back into its frame's slot vector
/// `slots` (what was there released), for the interpreter to keep the
/// frame until the generator resumes.
unsafe extern "C" fn krait_yield(site: *const DeoptSite, area: *const u8, slots: *mut usize) {
    // SAFETY: `site` and `area` as in `krait_deopt`; `slots` is the
    // frame's vector of the function's slot count, owning its words.
    unsafe {
        let site = &*site;
        let n = site.types.len();
        area_words_into(site, area, n, |i, w| {
            let old = std::mem::replace(&mut *slots.add(i), w);
            drop(Value::from_raw(old));
        });
    }
}

/// Deoptimization: continues the function of `site` in the interpreter at
/// instruction `ip` of its block.
/// `area` holds, for each live slot `i`, its unboxed value at word `i` (a
/// range iterator's step and count at words `n + i` and `2n + i`) and its
/// bound flag at byte `24n + i`; `exc` (an owned word, or 0) is unwound
/// from the instruction first; `ovr_slot` (when not negative) is a slot
/// whose value is the owned word `ovr_word` instead.
unsafe extern "C" fn krait_deopt(
    ctx: *mut JitCtx,
    site: *const DeoptSite,
    area: *const u8,
    exc: usize,
    ovr_slot: i64,
    ovr_word: usize,
) -> Ret {
    // SAFETY: as in `krait_op`.
    let (interp, site) = unsafe {
        (
            &mut *((*ctx).interp as *mut Interp<'static, 'static>),
            &*site,
        )
    };
    let n = interp.module.functions[site.func as usize].slots.len();
    // SAFETY: the caller's contract.
    let mut words = unsafe { area_words(site, area, n) };
    if ovr_slot >= 0 && (ovr_slot as usize) < n {
        let old = std::mem::replace(&mut words[ovr_slot as usize], ovr_word);
        // SAFETY: a word made above, owned here.
        drop(unsafe { Value::from_raw(old) });
    }
    // SAFETY: `exc` is 0 or an owned exception word.
    let exc = unsafe { Value::from_raw(exc) };
    let ip = site.ip as usize;
    let base = site.handled_base.then(|| {
        // SAFETY: the area holds the base word (see `handled_base_offset`).
        unsafe { (area.add(handled_base_offset(n)) as *const u64).read_unaligned() as usize }
    });
    // The compiled frame's depth count moves to the resumed frame, which
    // releases it.
    let r = interp.jit_resume(
        site.func as usize,
        site.block as usize,
        ip,
        &words,
        exc,
        base,
    );
    match r {
        Ok(v) => Ret {
            payload: v.into_raw() as u64,
            status: BOXED,
        },
        Err(e) => {
            interp.jit.ctx.exc = e.into_raw();
            Ret {
                payload: 0,
                status: EXC,
            }
        }
    }
}

/// `krait_deopt` with no exception to unwind and no slot overridden (the
/// common guard).
unsafe extern "C" fn krait_deopt0(
    ctx: *mut JitCtx,
    site: *const DeoptSite,
    area: *const u8,
) -> Ret {
    // SAFETY: the caller's contract is `krait_deopt`'s.
    unsafe { krait_deopt(ctx, site, area, 0, -1, 0) }
}

/// An instruction compiled code runs through [`krait_op`], decoded once
/// when the function is compiled (the JIT keeps it alive as long as the
/// code).
pub struct GenericSite {
    pub func: u32,
    pub block: u32,
    pub ip: u32,
    /// The slots the instruction reads (each once) and writes.
    pub reads: Vec<Slot>,
    pub writes: Vec<Slot>,
    /// For `GetAttr`/`SetAttr`: the name, and the last instance layout
    /// seen.
    pub name: Box<str>,
    pub attr: AttrCache,
    /// For `Call`: the callee's slot then the arguments' (in order), and
    /// the keyword names (the last arguments).
    pub call: Box<[Slot]>,
    pub kwnames: Box<[Box<str>]>,
    /// For a method load: the built-in type (`builtin_tag`) whose method
    /// of this name the site last loaded, and that method's marker
    /// (`method_marker`), so the next load of it makes no bound method.
    pub builtin: std::cell::Cell<(usize, usize)>,
}

/// Built-in types whose attributes are fixed by the type (so a name that
/// is a method of one value is the same method of every value of the
/// type): a small tag, 0 for any other value.
fn builtin_tag(v: &Value) -> usize {
    if v.downcast::<ListObj>().is_some() {
        1
    } else if v.downcast::<crate::objects::DictObj>().is_some() {
        2
    } else if v.downcast::<crate::objects::StrObj>().is_some() {
        3
    } else if v.downcast::<crate::objects::SetObj>().is_some() {
        4
    } else if v.downcast::<crate::objects::TupleObj>().is_some() {
        5
    } else {
        0
    }
}

thread_local! {
    /// Method markers by name (see `method_marker`).
    static MARKERS: std::cell::RefCell<Vec<(&'static str, Value)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The marker compiled code holds for "method `name` of the receiver"
/// between a method load on a built-in value and its call: a built-in
/// method object with no receiver of its own (`None`), one per name, kept
/// until teardown (`clear_method_markers`). `krait_call` calls the
/// receiver's method directly; a deoptimization in between binds it.
fn method_marker(name: &'static str) -> usize {
    MARKERS.with(|m| {
        let mut m = m.borrow_mut();
        if let Some((_, v)) = m.iter().find(|(n, _)| *n == name) {
            return v.as_raw();
        }
        let v = crate::objects::new_method(Value::none(), name);
        let w = v.as_raw();
        m.push((name, v));
        w
    })
}

/// Releases the method markers (at teardown, after the last compiled code
/// has run).
pub(super) fn clear_method_markers() {
    let all = MARKERS.with(|m| std::mem::take(&mut *m.borrow_mut()));
    drop(all);
}

/// An attribute site's cache: instances of `class` with the shape word
/// `shape` hold the attribute at value `index`, and nothing in the class
/// overrides that (no data descriptor of the name, no `__getattribute__`
/// or `__setattr__`), as of class epoch `epoch` (`attrs::EPOCH`). Compiled
/// code reads it inline; `krait_getattr`/`krait_setattr` fill it.
#[repr(C)]
#[derive(Default)]
pub struct AttrCache {
    pub class: std::cell::Cell<usize>,
    pub shape: std::cell::Cell<usize>,
    pub epoch: std::cell::Cell<u64>,
    pub index: std::cell::Cell<usize>,
    /// For a method load (`krait_load_method`): the function the class
    /// gives for the name when the instance (of this shape) does not
    /// shadow it, borrowed from the class (kept alive by it while the
    /// epoch holds); 0 when the cache is not a method's.
    pub method: std::cell::Cell<usize>,
    /// For method loads seeing several classes (a polymorphic call
    /// site): the last few (class, shape, epoch, method) besides the one
    /// compiled code checks, for `krait_load_method` to find without
    /// looking up the class.
    pub more: std::cell::Cell<[(usize, usize, u64, usize); 3]>,
}

impl AttrCache {
    fn fill(&self, class: &Value, shape: usize, index: usize) {
        // A polymorphic attribute site: the entry being replaced is kept
        // among the recent ones (its index tagged odd, unlike a method
        // word in a method load's entries).
        if self.method.get() == 0 && self.class.get() != 0 {
            let mut more = self.more.get();
            more.rotate_right(1);
            more[0] = (
                self.class.get(),
                self.shape.get(),
                self.epoch.get(),
                (self.index.get() << 1) | 1,
            );
            self.more.set(more);
        }
        // Not a method entry any more (a method load's site filled by
        // `krait_getattr` for an instance attribute).
        self.method.set(0);
        self.class.set(class.as_raw());
        self.shape.set(shape);
        self.index.set(index);
        self.epoch.set(crate::attrs::epoch());
    }
}

impl GenericSite {
    pub fn new(module: &Module, func: usize, block: usize, ip: usize) -> GenericSite {
        let op = &module.functions[func].blocks[block].instrs[ip].op;
        let mut reads = op.reads();
        reads.sort_unstable();
        reads.dedup();
        GenericSite {
            func: func as u32,
            block: block as u32,
            ip: ip as u32,
            name: match op {
                Op::GetAttr { name, .. } | Op::SetAttr { name, .. } => {
                    module.functions[func].names[name.index()].as_str().into()
                }
                _ => "".into(),
            },
            call: match op {
                Op::Call { func, args, .. } => {
                    std::iter::once(*func).chain(args.iter().copied()).collect()
                }
                _ => Box::default(),
            },
            kwnames: match op {
                Op::Call { kwnames, .. } => kwnames
                    .iter()
                    .map(|n| module.functions[func].names[n.index()].as_str().into())
                    .collect(),
                _ => Box::default(),
            },
            reads,
            writes: op.writes(),
            attr: AttrCache::default(),
            builtin: std::cell::Cell::default(),
        }
    }
}

/// `obj.name` for compiled code (`obj` borrowed): 0 with the value
/// (owned) in `payload`, 1 when it raised (the exception in `ctx.exc`).
/// When the value is an instance attribute that nothing in the class
/// overrides, the site's cache is filled so compiled code finds the next
/// one inline.
unsafe extern "C" fn krait_getattr(ctx: *mut JitCtx, site: *const GenericSite, obj: usize) -> Ret {
    // SAFETY: as in `krait_op`; `obj` is a live word the caller holds.
    let (interp, site, obj) = unsafe {
        (
            &mut *((*ctx).interp as *mut Interp<'static, 'static>),
            &*site,
            std::mem::ManuallyDrop::new(Value::from_raw(obj)),
        )
    };
    if crate::gc::pending() != 0 {
        interp.run_pending();
    }
    let name = &*site.name;
    let Some(obj) = obj.as_ref() else {
        return Ret {
            payload: 0,
            status: 1,
        };
    };
    // A polymorphic site: another recent class and shape's entry (still of
    // this epoch) becomes the inline one, and the value is the instance's.
    let a = &site.attr;
    if a.method.get() == 0
        && let Some(i) = obj.downcast::<InstanceObj>()
    {
        let key = (i.class.as_raw(), i.dict.shape_word(), crate::attrs::epoch());
        let more = a.more.get();
        if let Some(k) = more
            .iter()
            .position(|e| (e.0, e.1, e.2) == key && e.3 & 1 == 1)
            && let Some(v) = i.dict.get(name)
        {
            let e = more[k];
            let mut more2 = more;
            more2[k] = (
                a.class.get(),
                a.shape.get(),
                a.epoch.get(),
                (a.index.get() << 1) | 1,
            );
            a.more.set(more2);
            a.class.set(e.0);
            a.shape.set(e.1);
            a.epoch.set(e.2);
            a.index.set(e.3 >> 1);
            return Ret {
                payload: v.into_raw() as u64,
                status: 0,
            };
        }
    }
    if let Some(i) = obj.downcast::<InstanceObj>()
        && let Some((shape, index)) = i.dict.slot_of(name)
        && super::classes::plain_instance_attr(&i.class, name, false)
    {
        site.attr.fill(&i.class, shape, index);
    }
    match interp.get_attr(obj, name) {
        Ok(v) => Ret {
            payload: v.into_raw() as u64,
            status: 0,
        },
        Err(e) => {
            interp.set_context(&e);
            interp.jit.ctx.exc = e.into_raw();
            Ret {
                payload: 0,
                status: 1,
            }
        }
    }
}

/// `obj.name` about to be called (`obj` borrowed): when it is a function
/// of the instance's class that the instance does not shadow, the function
/// and the instance (both owned) in `payload` and `status`, without making
/// a bound method (CPython's `LOAD_METHOD`), and the site's cache filled
/// so compiled code finds the next one inline; otherwise the attribute in
/// `payload` and 0. `payload` is 0 when it raised (the exception in
/// `ctx.exc`).
unsafe extern "C" fn krait_load_method(
    ctx: *mut JitCtx,
    site: *const GenericSite,
    obj: usize,
) -> Ret {
    // SAFETY: as in `krait_getattr`.
    let (s, o) = unsafe { (&*site, std::mem::ManuallyDrop::new(Value::from_raw(obj))) };
    let a = &s.attr;
    if let Some(o) = o.as_ref()
        && let Some(i) = o.downcast::<InstanceObj>()
    {
        // A polymorphic site: another recent class's entry?
        let key = (i.class.as_raw(), i.dict.shape_word(), crate::attrs::epoch());
        let more = a.more.get();
        if i.dict.by_shape()
            && let Some(k) = more
                .iter()
                .position(|e| (e.0, e.1, e.2) == key && e.3 != 0 && e.3 & 1 == 0)
        {
            // Swap it with the inline entry.
            let e = more[k];
            let mut more2 = more;
            more2[k] = (a.class.get(), a.shape.get(), a.epoch.get(), a.method.get());
            a.more.set(more2);
            a.class.set(e.0);
            a.shape.set(e.1);
            a.epoch.set(e.2);
            a.method.set(e.3);
            // SAFETY: the method word is borrowed from the class (see
            // `AttrCache::method`); a new reference is taken.
            let f = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(e.3) });
            return Ret {
                payload: (*f).clone().map_or(0, Value::into_raw) as u64,
                status: o.clone().into_raw() as u64,
            };
        }
    }
    if let Some(o) = o.as_ref()
        && let Some(i) = o.downcast::<InstanceObj>()
        && let Some(c) = i.class.downcast::<UserClassObj>()
        && i.dict.by_shape()
        && !i.dict.contains(&s.name)
        && c.lookup("__getattribute__").is_none()
        && let Some(f) = c.lookup(&s.name)
        && f.downcast::<crate::objects::FunctionObj>().is_some()
    {
        if a.method.get() != 0 {
            // Keep the entry being replaced among the recent ones.
            let mut more = a.more.get();
            more.rotate_right(1);
            more[0] = (a.class.get(), a.shape.get(), a.epoch.get(), a.method.get());
            a.more.set(more);
        }
        a.class.set(i.class.as_raw());
        a.shape.set(i.dict.shape_word());
        a.epoch.set(crate::attrs::epoch());
        a.method.set(f.as_raw());
        return Ret {
            payload: f.into_raw() as u64,
            status: o.clone().into_raw() as u64,
        };
    }
    // A method of a built-in value (`xs.append`): the marker and the
    // receiver, once the site has seen the name is such a method.
    let tag = o.as_ref().map_or(0, builtin_tag);
    if tag != 0 && !s.name.starts_with("__") {
        let (t, marker) = s.builtin.get();
        if t == tag {
            // SAFETY: a live marker (kept until teardown), borrowed.
            let m = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(marker) });
            let recv = (*o).clone();
            return Ret {
                payload: (*m).clone().map_or(0, Value::into_raw) as u64,
                status: recv.map_or(0, Value::into_raw) as u64,
            };
        }
    }
    // SAFETY: the same contract.
    let r = unsafe { krait_getattr(ctx, site, obj) };
    if tag != 0 && r.status == 0 && !s.name.starts_with("__") {
        // SAFETY: an owned word (the attribute).
        let a = unsafe { Value::from_raw(r.payload as usize) };
        if let Some(m) = a.as_ref().and_then(|a| a.downcast::<MethodObj>())
            && Some(m.receiver.as_raw()) == o.as_ref().map(Value::as_raw)
            && *m.name == *s.name
        {
            let marker = method_marker(m.name);
            s.builtin.set((tag, marker));
            drop(a);
            // SAFETY: the marker is live; a new reference for the caller.
            let mv = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(marker) });
            return Ret {
                payload: (*mv).clone().map_or(0, Value::into_raw) as u64,
                status: (*o).clone().map_or(0, Value::into_raw) as u64,
            };
        }
        return Ret {
            payload: a.map_or(0, Value::into_raw) as u64,
            status: 0,
        };
    }
    Ret {
        payload: if r.status == 0 { r.payload } else { 0 },
        status: 0,
    }
}

/// A bound method from a function and an instance (both words handed
/// over), for compiled code leaving between a method load and its call.
unsafe extern "C" fn krait_bind_method(func: usize, obj: usize) -> usize {
    // SAFETY: owned, live words.
    let (f, o) = unsafe { (Value::from_raw(func), Value::from_raw(obj)) };
    match (f, o) {
        // A method marker: the built-in method bound to its receiver.
        (Some(f), Some(o)) if f.downcast::<MethodObj>().is_some() => {
            let name = f.downcast::<MethodObj>().map_or("", |m| m.name);
            crate::objects::new_method(o, name).into_raw()
        }
        (Some(f), Some(o)) => new_bound_method(f, o).into_raw(),
        (f, _) => f.map_or(0, Value::into_raw),
    }
}

/// `obj.name = v` for compiled code (`obj` borrowed, `v` owned): 0, or 1
/// when it raised (the exception in `ctx.exc`). Fills the site's cache as
/// `krait_getattr` does when the attribute is (now) held by the shape.
unsafe extern "C" fn krait_setattr(
    ctx: *mut JitCtx,
    site: *const GenericSite,
    obj: usize,
    v: usize,
) -> u64 {
    // SAFETY: as in `krait_getattr`; `v` is handed over.
    let (interp, site, obj, v) = unsafe {
        (
            &mut *((*ctx).interp as *mut Interp<'static, 'static>),
            &*site,
            std::mem::ManuallyDrop::new(Value::from_raw(obj)),
            Value::from_raw(v),
        )
    };
    if crate::gc::pending() != 0 {
        interp.run_pending();
    }
    let name = &*site.name;
    let (Some(obj), Some(v)) = (obj.as_ref(), v) else {
        return 1;
    };
    if let Some(i) = obj.downcast::<InstanceObj>() {
        // The cache's class and epoch vouch that the class leaves the
        // store plain, whatever the instance's shape.
        let c = &site.attr;
        let known = c.class.get() == i.class.as_raw() && c.epoch.get() == crate::attrs::epoch();
        if known || super::classes::plain_instance_attr(&i.class, name, true) {
            i.dict.set(name, Some(v));
            if let Some((shape, index)) = i.dict.slot_of(name) {
                c.fill(&i.class, shape, index);
            }
            return 0;
        }
    }
    match interp.set_attr(obj, name, Some(v)) {
        Ok(()) => 0,
        Err(e) => {
            interp.set_context(&e);
            interp.jit.ctx.exc = e.into_raw();
            1
        }
    }
}

/// Runs the instruction `site` the way the interpreter does, on the
/// operand words in `slots` (a vector of the function's slot count;
/// compiled code stores an owned word at every slot the instruction reads
/// and finds an owned word, or 0, at every slot it writes). 0: done; 1: it
/// raised (the exception is in `ctx.exc`).
///
/// This is how compiled code performs the operations it does not inline
/// (attribute and item access, calls of arbitrary values, displays, ...):
/// with the interpreter's own code, so the two cannot disagree. The common
/// ones go straight to the interpreter's functions; the others run in a
/// scratch frame through `Interp::exec`.
unsafe extern "C" fn krait_op(
    ctx: *mut JitCtx,
    site: *const GenericSite,
    slots: *mut usize,
) -> u64 {
    // SAFETY: as in `krait_resume`; `site` is owned by the compiler.
    let (interp, site) = unsafe {
        (
            &mut *((*ctx).interp as *mut Interp<'static, 'static>),
            &*site,
        )
    };
    // A safe point (see `interp/gc.rs`): finalizers queued by compiled
    // code's releases run before this instruction's effects.
    if crate::gc::pending() != 0 {
        interp.run_pending();
    }
    let fi = site.func as usize;
    let module = interp.module;
    let f = &module.functions[fi];
    let ins = &f.blocks[site.block as usize].instrs[site.ip as usize];
    let n = f.slots.len();
    // SAFETY: compiled code passes a vector of the function's slot count.
    let words = unsafe { std::slice::from_raw_parts_mut(slots, n) };
    // SAFETY: compiled code hands over an owned word per operand.
    let take = |words: &mut [usize], s: Slot| unsafe {
        Value::from_raw(std::mem::take(&mut words[s.index()]))
    };
    let fast: Option<PyResult<Option<(Slot, Value)>>> = match &ins.op {
        Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs } if lhs != rhs => {
            let inplace = matches!(ins.op, Op::InPlace { .. });
            match (take(words, *lhs), take(words, *rhs)) {
                (Some(a), Some(b)) => Some(
                    interp
                        .binary_op(*op, &a, &b, inplace)
                        .map(|v| Some((*dst, v))),
                ),
                _ => None,
            }
        }
        Op::Compare { dst, op, lhs, rhs } if lhs != rhs => {
            match (take(words, *lhs), take(words, *rhs)) {
                (Some(a), Some(b)) => {
                    Some(interp.compare_value(*op, &a, &b).map(|v| Some((*dst, v))))
                }
                _ => None,
            }
        }
        Op::GetItem { dst, obj, key } if obj != key => match (take(words, *obj), take(words, *key))
        {
            (Some(o), Some(k)) => Some(interp.getitem_of(&o, &k).map(|v| Some((*dst, v)))),
            _ => None,
        },
        Op::SetItem { obj, key, src } if obj != key && key != src && obj != src => {
            match (take(words, *obj), take(words, *key), take(words, *src)) {
                (Some(o), Some(k), Some(v)) => Some(interp.setitem_of(&o, &k, v).map(|()| None)),
                _ => None,
            }
        }
        Op::GetAttr { dst, obj, name } => take(words, *obj).map(|o| {
            interp
                .get_attr(&o, &f.names[name.index()])
                .map(|v| Some((*dst, v)))
        }),
        Op::Truthy { dst, src } => {
            take(words, *src).map(|a| interp.truthy_of(&a).map(|t| Some((*dst, Value::bool(t)))))
        }
        Op::Unary { dst, op, src } => {
            take(words, *src).map(|a| interp.unary_op(*op, &a).map(|v| Some((*dst, v))))
        }
        _ => None,
    };
    if let Some(r) = fast {
        return match r {
            Ok(Some((dst, v))) => {
                words[dst.index()] = v.into_raw();
                0
            }
            Ok(None) => 0,
            Err(e) => {
                interp.set_context(&e);
                interp.jit.ctx.exc = e.into_raw();
                1
            }
        };
    }
    // A scratch frame: only the slots this instruction reads and writes
    // are used (and emptied again below), so it is not cleared per call.
    let mut frame = match interp.jit.scratch.take() {
        Some(mut fr) => {
            fr.func = fi;
            fr
        }
        None => interp.new_frame(fi),
    };
    if frame.slots.len() < n {
        frame.slots.resize(n, None);
    }
    frame.handled_base = interp.handled.len();
    for r in &site.reads {
        frame.slots[r.index()] = take(words, *r);
    }
    let r = match interp.exec(&mut frame, f, &ins.op) {
        Ok(Step::Push) => match interp.callee.take() {
            Some(new) => {
                let dst = new.ret;
                match interp.run_frame(new) {
                    Ok(v) => {
                        if let Some(d) = dst {
                            frame.slots[d.index()] = Some(v);
                        }
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
            None => Ok(()),
        },
        Ok(_) => Ok(()),
        Err(e) => {
            interp.set_context(&e);
            Err(e)
        }
    };
    let status = match r {
        Ok(()) => {
            for w in &site.writes {
                words[w.index()] = frame.slots[w.index()].take().map_or(0, Value::into_raw);
            }
            0
        }
        Err(e) => {
            interp.jit.ctx.exc = e.into_raw();
            1
        }
    };
    for s in site.reads.iter().chain(&site.writes) {
        drop(frame.slots[s.index()].take());
    }
    interp.jit.scratch = Some(frame);
    status
}

/// A `Call` instruction for compiled code, with the same contract as
/// `krait_op` (owned words of the read slots in `slots`, the result word
/// written to its slot; 0, or 1 when it raised), without decoding the
/// instruction or a scratch frame. Calls of the built-ins that look at
/// the calling frame (`super()`, `locals()`, `vars()`, `globals()`) go
/// through `krait_op`.
unsafe extern "C" fn krait_call(
    ctx: *mut JitCtx,
    site: *const GenericSite,
    slots: *mut usize,
    self_word: usize,
) -> u64 {
    // SAFETY: an owned word or 0 (see `krait_load_method`).
    let me = unsafe { Value::from_raw(self_word) };
    // SAFETY: as in `krait_op`.
    let (interp, s) = unsafe {
        (
            &mut *((*ctx).interp as *mut Interp<'static, 'static>),
            &*site,
        )
    };
    let Some((&func, args)) = s.call.split_first() else {
        // SAFETY: the same contract.
        return unsafe { krait_op(ctx, site, slots) };
    };
    // SAFETY: compiled code passes one word per slot of the function; the
    // read slots hold owned words.
    let word = |i: Slot| unsafe { *slots.add(i.index()) };
    let borrowed = |i: Slot| {
        // SAFETY: a live word the array owns; cloned, not taken.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(word(i)) });
        (*v).clone()
    };
    let Some(callee) = borrowed(func) else {
        // SAFETY: the same contract.
        return unsafe { krait_op(ctx, site, slots) };
    };
    let frame_builtin = callee
        .downcast::<crate::objects::BuiltinObj>()
        .is_some_and(|b| {
            matches!(
                b.which,
                Builtin::Globals
                    | Builtin::Locals
                    | Builtin::Vars
                    | Builtin::Dir
                    | Builtin::Eval
                    | Builtin::Exec
            )
        })
        || callee
            .downcast::<crate::objects::ClassObj>()
            .is_some_and(|c| c.name == "super");
    let complete = args.iter().all(|&a| word(a) != 0);
    if !complete || frame_builtin {
        if let Some(me) = me {
            // The callee slot holds the bare function: bind it first.
            // SAFETY: the slot's word is owned by the array.
            unsafe {
                let f = *slots.add(func.index());
                *slots.add(func.index()) = krait_bind_method(f, me.into_raw());
            }
        }
        drop(callee);
        // SAFETY: the same contract (the words are untouched).
        return unsafe { krait_op(ctx, site, slots) };
    }
    if let Some(m) = callee.downcast::<MethodObj>()
        && let Some(recv) = me.as_ref()
    {
        // A method marker (`krait_load_method`): the receiver's built-in
        // method, called with no bound method made. `list.append(x)` and
        // `list.pop()` right here; the others' arguments move as below.
        if s.kwnames.is_empty()
            && let Some(l) = recv.downcast::<ListObj>()
        {
            let r = match (m.name, args) {
                ("append", &[a]) => {
                    let v = if a == func {
                        borrowed(a)
                    } else {
                        // SAFETY: the array's owned word, taken.
                        unsafe { Value::from_raw(std::mem::take(&mut *slots.add(a.index()))) }
                    };
                    l.items.borrow_mut().extend(v);
                    Some(Value::none())
                }
                ("pop", &[]) => l.items.borrow_mut().pop(),
                _ => None,
            };
            if let Some(v) = r {
                drop(callee);
                drop(me);
                // SAFETY: the same contract as below.
                return unsafe { finish_call(interp, s, slots, Ok(v)) };
            }
        }
        let mut vals = Vec::with_capacity(args.len());
        for (k, &a) in args.iter().enumerate() {
            let shared = a == func || args[k + 1..].contains(&a);
            let v = if shared {
                borrowed(a)
            } else {
                // SAFETY: the array's owned word, taken (the slot left empty).
                unsafe { Value::from_raw(std::mem::take(&mut *slots.add(a.index()))) }
            };
            vals.extend(v);
        }
        let name = m.name;
        let r = if s.kwnames.is_empty() {
            interp.call_method(recv, name, vals, &[], Vec::new())
        } else {
            let kwvals = vals.split_off(vals.len() - s.kwnames.len());
            let kw: Vec<&str> = s.kwnames.iter().map(|k| &**k).collect();
            interp.call_method(recv, name, vals, &kw, kwvals)
        };
        drop(callee);
        drop(me);
        // SAFETY: the same contract as below.
        return unsafe { finish_call(interp, s, slots, r) };
    }
    if s.kwnames.is_empty()
        && let Some(r) =
            unsafe { call_compiled(interp, ctx, &callee, me.as_ref(), args, slots, func) }
    {
        drop(callee);
        drop(me);
        // SAFETY: as below: the read slots' remaining words are owned.
        return unsafe { finish_call(interp, s, slots, r) };
    }
    // The arguments' references move into the call (a slot given twice,
    // or also the callee, is cloned for the other uses): the call holds
    // each argument once, as the interpreter's call does.
    let mut vals = Vec::with_capacity(args.len() + 1);
    vals.extend(me);
    for (k, &a) in args.iter().enumerate() {
        let shared = a == func || args[k + 1..].contains(&a);
        let v = if shared {
            borrowed(a)
        } else {
            // SAFETY: the array's owned word, taken (the slot left empty).
            unsafe { Value::from_raw(std::mem::take(&mut *slots.add(a.index()))) }
        };
        vals.extend(v);
    }
    if crate::gc::pending() != 0 {
        interp.run_pending();
    }
    let kw: Vec<&str> = s.kwnames.iter().map(|k| &**k).collect();
    let r = interp.call_now(&callee, vals, &kw);
    drop(callee);
    // SAFETY: the same contract.
    unsafe { finish_call(interp, s, slots, r) }
}

/// The end of `krait_call`: the read slots' words released, the result
/// stored in the destination slot (0) or the exception pending (1).
///
/// # Safety
/// `slots` is the call's slot array, whose read slots hold owned words or 0.
unsafe fn finish_call(
    interp: &mut Interp<'static, 'static>,
    s: &GenericSite,
    slots: *mut usize,
    r: PyResult<Value>,
) -> u64 {
    for &rd in &s.reads {
        // SAFETY: each read slot's word is owned by the array; released
        // once (the reads are deduplicated).
        unsafe {
            drop(Value::from_raw(std::mem::take(&mut *slots.add(rd.index()))));
        }
    }
    match r {
        Ok(v) => {
            if let Some(&d) = s.writes.first() {
                // SAFETY: the destination slot's word, empty for the result.
                unsafe { *slots.add(d.index()) = v.into_raw() };
            }
            0
        }
        Err(e) => {
            interp.set_context(&e);
            interp.jit.ctx.exc = e.into_raw();
            1
        }
    }
}

/// A call from compiled code of a Python function that has compiled code
/// itself, with positional arguments it takes as they are: straight into
/// its direct entry (arguments unboxed as its parameters), as a call
/// between compiled functions of known signatures is, instead of a frame
/// and a nested run of the interpreter. `None` (nothing taken) when the
/// callee or an argument does not fit; the caller then makes the call
/// generically.
///
/// # Safety
/// `slots` is the call's slot array: `args` (and `func`) hold owned words.
unsafe fn call_compiled(
    interp: &mut Interp<'static, 'static>,
    ctx: *mut JitCtx,
    callee: &Value,
    me: Option<&Value>,
    args: &[Slot],
    slots: *mut usize,
    func: Slot,
) -> Option<PyResult<Value>> {
    const MAX: usize = 8;
    let fobj = callee.downcast::<FunctionObj>()?;
    let fi = fobj.func.index();
    let npos = (*interp.simple_params.get(fi)?)?;
    let given = args.len() + usize::from(me.is_some());
    if npos > MAX || given > npos || given + fobj.defaults.len() < npos {
        return None;
    }
    let entry = *interp.jit.entries.get(fi)?;
    if entry == 0 {
        return None;
    }
    let f = &interp.module.functions[fi];
    let first_default = npos - fobj.defaults.len();
    // SAFETY: the array's words for the arguments are owned and live.
    let word = |i: Slot| unsafe { *slots.add(i.index()) };
    // Borrowed views of parameter `k`'s value.
    let value = |k: usize| -> std::mem::ManuallyDrop<Option<Value>> {
        let w = match (me, k) {
            (Some(m), 0) => m.as_raw(),
            _ if k < given => word(args[k - usize::from(me.is_some())]),
            _ => fobj.defaults[k - first_default].as_raw(),
        };
        // SAFETY: a live word (borrowed: not dropped).
        std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) })
    };
    // Every parameter checked before anything is taken.
    let mut words = [0u64; MAX];
    for (k, w) in words.iter_mut().enumerate().take(npos) {
        let v = value(k);
        let v = v.as_ref()?;
        *w = direct_arg(f.slots[k].ty, v)?;
    }
    // Word parameters: references handed over (an argument's own, taken
    // from its slot unless the slot is read again; others counted again).
    for (k, w) in words.iter_mut().enumerate().take(npos) {
        if !f.slots[k].ty.is_word() {
            continue;
        }
        let arg = k
            .checked_sub(usize::from(me.is_some()))
            .filter(|&j| k < given && me.is_none_or(|_| k > 0) && j < args.len());
        *w = match arg {
            Some(j) => {
                let a = args[j];
                let shared = a == func || args[j + 1..].contains(&a) || args[..j].contains(&a);
                if shared {
                    let v = value(k);
                    (*v).clone().map_or(0, Value::into_raw) as u64
                } else {
                    // SAFETY: the array's owned word, taken (slot emptied).
                    unsafe { std::mem::take(&mut *slots.add(a.index())) as u64 }
                }
            }
            None => {
                let v = value(k);
                (*v).clone().map_or(0, Value::into_raw) as u64
            }
        };
    }
    let ret_ty = f.returns;
    if crate::gc::pending() != 0 {
        interp.run_pending();
    }
    // SAFETY: `entry` is the callee's compiled code (entry ABI, mode 0:
    // `npos` unboxed parameters, word ones owned).
    let ret = unsafe {
        let entry: Entry = std::mem::transmute::<usize, Entry>(entry);
        entry(ctx, words.as_mut_ptr(), 0)
    };
    Some(direct_result(&mut interp.jit.ctx, ret, ret_ty))
}

/// The argument word a direct entry takes for a parameter of type `t`:
/// the unboxed value (0 for a word parameter, whose reference the caller
/// hands over separately); `None` when `v` is not of the type.
fn direct_arg(t: krait_ir::Ty, v: &Value) -> Option<u64> {
    use krait_ir::Ty;
    match t {
        Ty::Int => v.as_small_int().map(|i| i as u64),
        Ty::F64 => v.as_float().map(f64::to_bits),
        Ty::Bool => v.as_bool().map(u64::from),
        Ty::List(_) => v.downcast::<ListObj>().map(|_| 0),
        Ty::Dyn => Some(0),
        _ => None,
    }
}

/// A direct entry's result as a value: unboxed by the return type `t`,
/// a word, or the pending exception.
fn direct_result(ctx: &mut JitCtx, ret: Ret, t: krait_ir::Ty) -> PyResult<Value> {
    use krait_ir::Ty;
    match ret.status {
        EXC => Err(take_exc(ctx)),
        UNBOXED if !t.is_word() => match t {
            Ty::Int => Ok(Value::int(ret.payload as i64)),
            Ty::F64 => Ok(Value::float(f64::from_bits(ret.payload))),
            Ty::Bool => Ok(Value::bool(ret.payload != 0)),
            _ => Err(exc("SystemError", "krait: an unboxed result of no type")),
        },
        _ => Ok(take_word(ret.payload as usize)),
    }
}

/// One step of a `for` over any iterator (borrowed): 0 with the item
/// (owned) in `payload`, 1 when it is exhausted, 2 when it raised (the
/// exception in `ctx.exc`).
unsafe extern "C" fn krait_for_iter(ctx: *mut JitCtx, it: usize) -> Ret {
    // SAFETY: as in `krait_resume`.
    let interp = unsafe { &mut *((*ctx).interp as *mut Interp<'static, 'static>) };
    // SAFETY: `it` is a borrowed, live word: take a reference of our own.
    let it = match unsafe { Value::from_raw(it) } {
        Some(v) => {
            let mine = v.clone();
            std::mem::forget(v);
            mine
        }
        None => {
            return Ret {
                payload: 0,
                status: 1,
            };
        }
    };
    match interp.iter_next(&it) {
        Ok(Some(v)) => Ret {
            payload: v.into_raw() as u64,
            status: 0,
        },
        Ok(None) => Ret {
            payload: 0,
            status: 1,
        },
        Err(e) => {
            interp.set_context(&e);
            interp.jit.ctx.exc = e.into_raw();
            Ret {
                payload: 0,
                status: 2,
            }
        }
    }
}

/// The helpers compiled code calls, by the symbol name the JIT imports.
pub fn helper_symbols() -> Vec<(&'static str, *const u8)> {
    vec![
        ("krait_box_int", krait_box_int as *const u8),
        ("krait_box_float", krait_box_float as *const u8),
        ("krait_range_len", krait_range_len as *const u8),
        ("krait_decref", krait_decref as *const u8),
        ("krait_free", krait_free as *const u8),
        ("krait_list_get", krait_list_get as *const u8),
        ("krait_list_set", krait_list_set as *const u8),
        ("krait_float_floordiv", krait_float_floordiv as *const u8),
        ("krait_float_mod", krait_float_mod as *const u8),
        ("krait_float_pow", krait_float_pow as *const u8),
        ("krait_unpack", krait_unpack as *const u8),
        ("krait_len", krait_len as *const u8),
        ("krait_handled_len", krait_handled_len as *const u8),
        ("krait_push_except", krait_push_except as *const u8),
        ("krait_pop_except", krait_pop_except as *const u8),
        (
            "krait_handled_truncate",
            krait_handled_truncate as *const u8,
        ),
        ("krait_tb_add", krait_tb_add as *const u8),
        ("krait_raise", krait_raise as *const u8),
        ("krait_yield", krait_yield as *const u8),
        ("krait_super", krait_super as *const u8),
        ("krait_recursion_error", krait_recursion_error as *const u8),
        ("krait_out_of_steps", krait_out_of_steps as *const u8),
        ("krait_deopt", krait_deopt as *const u8),
        ("krait_deopt0", krait_deopt0 as *const u8),
        ("krait_str_concat", krait_str_concat as *const u8),
        ("krait_getattr", krait_getattr as *const u8),
        ("krait_setattr", krait_setattr as *const u8),
        ("krait_op", krait_op as *const u8),
        ("krait_call", krait_call as *const u8),
        ("krait_load_method", krait_load_method as *const u8),
        ("krait_bind_method", krait_bind_method as *const u8),
        ("krait_for_iter", krait_for_iter as *const u8),
    ]
}
