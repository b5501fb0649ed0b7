//! krait's JIT: lowers the IR of hot functions to Cranelift and runs them
//! as native code (x86-64 and aarch64).
//!
//! The runtime calls it through [`krait_runtime::interp::jit::Compiler`];
//! the entry ABI, deoptimization and ownership rules compiled code follows
//! are written once, in `runtime/src/interp/jit.rs`. This crate decides
//! what compiles ([`check`]) and emits the code ([`codegen`]).
//!
//! What compiles today: functions whose slots are typed `int`, `float`,
//! `bool` or `range` iterators by inference (plus `dyn` constants, globals
//! and copies), with arithmetic, comparisons, control flow, `for` over
//! `range(...)`, and calls of known module functions (direct native calls
//! with unboxed arguments). Every other construct is named by
//! [`NotCompiled`] and the function stays in the interpreter.

pub mod check;
pub mod codegen;

use cranelift_codegen::ir::{AbiParam, Signature, types};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{FuncId as ClifFuncId, Linkage, Module as _};
use krait_ir::Module;
use krait_runtime::interp::jit::{
    CompileEnv, Compiled, Compiler, Entry, NotCompiled, helper_symbols,
};
use std::collections::HashMap;

/// The signature of every compiled entry: `(ctx, args, mode) -> (payload,
/// status)`.
pub fn entry_signature(call_conv: CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    sig.params.push(AbiParam::new(types::I64));
    sig.params.push(AbiParam::new(types::I64));
    sig.params.push(AbiParam::new(types::I32));
    sig.returns.push(AbiParam::new(types::I64));
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

/// The ISA for the host, or for a named target (`aarch64-unknown-linux-gnu`).
pub fn isa_for(target: Option<&str>) -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
    flags
        .set("use_colocated_libcalls", "false")
        .map_err(|e| e.to_string())?;
    flags.set("is_pic", "false").map_err(|e| e.to_string())?;
    // The verifier runs in the tests (`compile_for_target`), not on every
    // compilation.
    flags
        .set("enable_verifier", "false")
        .map_err(|e| e.to_string())?;
    let flags = settings::Flags::new(flags);
    let builder = match target {
        None => cranelift_native::builder().map_err(|e| e.to_string())?,
        Some(t) => {
            let triple: target_lexicon::Triple = t.parse().map_err(|e| format!("{e}"))?;
            cranelift_codegen::isa::lookup(triple).map_err(|e| e.to_string())?
        }
    };
    builder.finish(flags).map_err(|e| e.to_string())
}

/// The JIT: one Cranelift module per run; compiled code lives as long as
/// this value.
pub struct Jit {
    module: JITModule,
    fctx: FunctionBuilderContext,
    ctx: cranelift_codegen::Context,
    helpers: HashMap<&'static str, ClifFuncId>,
    count: usize,
    /// Decoded generic instructions compiled code points at.
    sites: codegen::Sites<krait_runtime::interp::jit::GenericSite>,
    deopt_sites: codegen::Sites<krait_runtime::interp::jit::DeoptSite>,
    /// Compiled IR functions and their ids in the module (direct calls).
    funcs: HashMap<usize, ClifFuncId>,
    /// Plans made by `callees`, used by the compile that follows.
    plans: HashMap<usize, check::Plan>,
}

/// Bytes of address space reserved for compiled code: one region, so the
/// direct calls between compiled functions (pc-relative) always reach.
#[cfg(target_arch = "aarch64")]
const CODE_RESERVE: usize = 128 << 20;
#[cfg(not(target_arch = "aarch64"))]
const CODE_RESERVE: usize = 512 << 20;

impl Jit {
    pub fn new() -> Result<Jit, String> {
        let isa = isa_for(None)?;
        let mut builder = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
        for (name, ptr) in helper_symbols() {
            builder.symbol(name, ptr);
        }
        let arena = cranelift_jit::ArenaMemoryProvider::new_with_size(CODE_RESERVE)
            .map_err(|e| e.to_string())?;
        builder.memory_provider(Box::new(arena));
        let mut module = JITModule::new(builder);
        let helpers = codegen::declare_helpers(&mut module)?;
        let ctx = module.make_context();
        Ok(Jit {
            module,
            fctx: FunctionBuilderContext::new(),
            ctx,
            helpers,
            count: 0,
            sites: Vec::new(),
            deopt_sites: Vec::new(),
            funcs: HashMap::new(),
            plans: HashMap::new(),
        })
    }
}

/// The factory the `krait` crate installs in `RunOptions::compiler`.
pub fn new_compiler() -> Box<dyn Compiler> {
    match Jit::new() {
        Ok(j) => Box::new(j),
        Err(e) => Box::new(Unavailable(e)),
    }
}

/// A compiler that compiles nothing (the host ISA is not supported).
struct Unavailable(String);

impl Compiler for Unavailable {
    fn compile(&mut self, _: &Module, _: usize, _: &CompileEnv) -> Result<Compiled, NotCompiled> {
        Err(NotCompiled {
            reason: format!("no JIT for this machine: {}", self.0),
            span: Default::default(),
        })
    }
}

impl Compiler for Jit {
    fn compile(
        &mut self,
        module: &Module,
        func: usize,
        env: &CompileEnv,
    ) -> Result<Compiled, NotCompiled> {
        // Types: the module's, specialized by what the running program
        // put in the function's locals when that still compiles.
        let static_types: Vec<krait_ir::Ty> =
            module.functions[func].slots.iter().map(|s| s.ty).collect();
        let cached = self.plans.remove(&func);
        let special = env
            .observed
            .iter()
            .any(Option::is_some)
            .then(|| krait_ir::infer::infer_with(module, func, env.observed))
            .filter(|t| *t != static_types)
            .and_then(|t| check::check_typed(module, func, &t).ok().map(|p| (t, p)));
        let specialized = special.as_ref().map_or(0, |(t, _)| {
            t.iter().zip(&static_types).filter(|(a, b)| a != b).count()
        });
        let (types, plan) = match special {
            Some(tp) => tp,
            None => {
                let plan = match cached {
                    Some(p) => p,
                    None => check::check(module, func)?,
                };
                (static_types, plan)
            }
        };
        let call_conv = self.module.isa().default_call_conv();
        self.ctx.clear();
        self.ctx.func.signature = entry_signature(call_conv);
        self.count += 1;
        let name = format!("krait_f{func}_{}", self.count);
        let timing = std::env::var_os("KRAIT_JIT_TIMING").is_some();
        let t0 = std::time::Instant::now();
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &self.ctx.func.signature)
            .map_err(internal)?;
        let targets = codegen::CallTargets {
            own: id,
            compiled: &self.funcs,
        };
        let pins = codegen::build(
            &mut self.module,
            &mut self.ctx.func,
            &mut self.fctx,
            &self.helpers,
            module,
            func,
            env,
            &plan,
            &types,
            &targets,
            &mut self.sites,
            &mut self.deopt_sites,
        )?;
        let t1 = std::time::Instant::now();
        if std::env::var_os("KRAIT_JIT_CLIF").is_some() {
            // The code as built (before Cranelift's optimizations), for
            // looking at what a run actually compiles.
            eprintln!(
                "; f{func} {}\n{}",
                module.functions[func].qualname,
                self.ctx.func.display()
            );
        }
        if timing {
            let _ = cranelift_codegen::timing::take_current();
        }
        self.module
            .define_function(id, &mut self.ctx)
            .map_err(|e| internal(format!("{e:?}")))?;
        if timing {
            let passes = cranelift_codegen::timing::take_current();
            eprintln!(
                "jit-timing: f{func} build {:?} ({} insts, {} blocks), codegen {:?}\n{passes}",
                t1 - t0,
                self.ctx.func.dfg.num_insts(),
                self.ctx.func.dfg.num_blocks(),
                t1.elapsed()
            );
        }
        self.module.clear_context(&mut self.ctx);
        self.module.finalize_definitions().map_err(internal)?;
        let ptr = self.module.get_finalized_function(id);
        // SAFETY: the function was built with `entry_signature`, which is
        // the `extern "C"` signature of `Entry` on this host.
        let entry = unsafe { std::mem::transmute::<*const u8, Entry>(ptr) };
        self.funcs.insert(func, id);
        Ok(Compiled {
            entry,
            pins,
            specialized,
        })
    }

    fn callees(&mut self, module: &Module, func: usize) -> Vec<usize> {
        match check::check(module, func) {
            Ok(plan) => {
                let c = plan.callees.clone();
                self.plans.insert(func, plan);
                c
            }
            Err(_) => Vec::new(),
        }
    }
}

fn internal(e: impl std::fmt::Display) -> NotCompiled {
    let mut msg = e.to_string();
    if msg.len() > 300 {
        let mut cut = 300;
        while !msg.is_char_boundary(cut) {
            cut -= 1;
        }
        msg.truncate(cut);
        msg.push_str("...");
    }
    NotCompiled {
        reason: format!("internal JIT error: {msg}"),
        span: Default::default(),
    }
}

/// Compiles every function of `module` the JIT supports for `target` (a
/// triple) and runs Cranelift's verifier on each: the check that the code
/// generator is right for a machine not at hand. Gives, per function, the
/// size of its code or why it was not compiled.
pub fn compile_for_target(
    module: &Module,
    target: &str,
) -> Result<Vec<Result<usize, String>>, String> {
    let (results, _) = build_for_target(module, target, false)?;
    Ok(results)
}

/// Compiles function `fi` for the host as the JIT would (no verifier),
/// without running it: its machine code size. For measuring compile time.
pub fn compile_only(module: &Module, fi: usize) -> Result<usize, String> {
    let mut off = Offline::new(&target::host_triple())?;
    let mut ctx = off.build(module, fi)?;
    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
    ctx.compile(off.isa.as_ref(), &mut ctrl)
        .map(|c| c.code_buffer().len())
        .map_err(|e| format!("codegen: {:?}", e.inner))
}

/// Code generation for a target without running the code: an object
/// module, so any triple Cranelift supports works; the code's embedded
/// addresses (constants, globals) are placeholders.
struct Offline {
    isa: OwnedTargetIsa,
    obj: cranelift_object::ObjectModule,
    fctx: FunctionBuilderContext,
    helpers: HashMap<&'static str, ClifFuncId>,
    sites: codegen::Sites<krait_runtime::interp::jit::GenericSite>,
    deopt_sites: codegen::Sites<krait_runtime::interp::jit::DeoptSite>,
}

impl Offline {
    fn new(target: &str) -> Result<Offline, String> {
        let isa = isa_for(Some(target))?;
        let mut obj = cranelift_object::ObjectModule::new(
            cranelift_object::ObjectBuilder::new(
                isa.clone(),
                "krait",
                cranelift_module::default_libcall_names(),
            )
            .map_err(|e| e.to_string())?,
        );
        let helpers = codegen::declare_helpers(&mut obj)?;
        Ok(Offline {
            isa,
            obj,
            fctx: FunctionBuilderContext::new(),
            helpers,
            sites: Vec::new(),
            deopt_sites: Vec::new(),
        })
    }

    /// The Cranelift function for `fi`, or why the JIT does not compile it.
    fn build(&mut self, module: &Module, fi: usize) -> Result<cranelift_codegen::Context, String> {
        let plan = check::check(module, fi).map_err(|e| e.reason)?;
        let mut ctx = self.obj.make_context();
        ctx.func.signature = entry_signature(self.isa.default_call_conv());
        let f = &module.functions[fi];
        let consts = vec![0x1000usize; f.consts.len()];
        let globals: Vec<u32> = (0..f.names.len() as u32).collect();
        let global_funcs = vec![None; f.names.len()];
        let env = CompileEnv {
            globals: &globals,
            consts: &consts,
            global_funcs: &global_funcs,
            observed: &[],
            counts_steps: false,
        };
        let types: Vec<krait_ir::Ty> = f.slots.iter().map(|s| s.ty).collect();
        let own = self
            .obj
            .declare_function(&format!("krait_f{fi}"), Linkage::Local, &ctx.func.signature)
            .map_err(|e| e.to_string())?;
        let targets = codegen::CallTargets {
            own,
            compiled: &HashMap::new(),
        };
        codegen::build(
            &mut self.obj,
            &mut ctx.func,
            &mut self.fctx,
            &self.helpers,
            module,
            fi,
            &env,
            &plan,
            &types,
            &targets,
            &mut self.sites,
            &mut self.deopt_sites,
        )
        .map_err(|e| e.reason)?;
        Ok(ctx)
    }
}

/// The Cranelift IR (and, when the target compiles it, the machine code
/// size) of every function the JIT supports, as `krait asm` prints it.
pub fn clif_listing(module: &Module, target: Option<&str>) -> Result<String, String> {
    let host = target::host_triple();
    let (results, texts) = build_for_target(module, target.unwrap_or(&host), true)?;
    let mut out = String::new();
    for (fi, (r, text)) in results.iter().zip(texts).enumerate() {
        let f = &module.functions[fi];
        match r {
            Ok(size) => {
                out.push_str(&format!(
                    "; f{fi} {}: {size} bytes of machine code\n{text}\n",
                    f.qualname
                ));
            }
            Err(e) => out.push_str(&format!("; f{fi} {}: not compiled: {e}\n\n", f.qualname)),
        }
    }
    Ok(out)
}

mod target {
    pub fn host_triple() -> String {
        target_lexicon::Triple::host().to_string()
    }
}

/// Per function: machine code size or why not, and the CLIF text.
type TargetBuild = (Vec<Result<usize, String>>, Vec<String>);

fn build_for_target(module: &Module, target: &str, want_text: bool) -> Result<TargetBuild, String> {
    let mut off = Offline::new(target)?;
    let mut out = Vec::new();
    let mut texts = Vec::new();
    for fi in 0..module.functions.len() {
        texts.push(String::new());
        let mut ctx = match off.build(module, fi) {
            Ok(ctx) => ctx,
            Err(e) => {
                out.push(Err(e));
                continue;
            }
        };
        if want_text {
            *texts.last_mut().expect("pushed") = ctx.func.display().to_string();
        }
        if let Err(e) = cranelift_codegen::verify_function(&ctx.func, off.isa.as_ref()) {
            out.push(Err(format!("verifier: {e}")));
            continue;
        }
        let mut ctrl = cranelift_codegen::control::ControlPlane::default();
        match ctx.compile(off.isa.as_ref(), &mut ctrl) {
            Ok(code) => out.push(Ok(code.code_buffer().len())),
            Err(e) => out.push(Err(format!("codegen: {:?}", e.inner))),
        }
    }
    Ok((out, texts))
}
