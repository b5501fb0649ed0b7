//! The IR interpreter: executes an [`ir::Module`](krait_ir::Module) with
//! CPython 3.11's observable behaviour (output, exceptions, tracebacks).
//!
//! [`run_module`] runs `functions[0]` as the module body. Frames live on an
//! explicit stack (`Vec<Frame>`), so Python recursion never recurses in
//! Rust: a call to a Python function pushes a frame, `return` pops it and
//! writes the result into the caller's destination slot. Recursion deeper
//! than CPython's default limit (1000 frames, the module's included) raises
//! `RecursionError` at the call.
//!
//! Slots follow the IR's ownership contract: a frame is a
//! `Vec<Option<Value>>` (`None` = unbound); reading a `Temp` moves its value
//! out (releasing it where the instruction that consumes it finishes),
//! reading any other slot clones it, writing drops the old value, and all
//! slots are released when the frame is popped.
//!
//! Exceptions are `ExceptionObj` values carrying their traceback (one
//! [`TbEntry`] per frame they pass through, innermost first). When an
//! instruction raises, the entry for the current frame is added and control
//! goes to the block's handler (the exception is kept as the frame's
//! current exception, which a bare `raise` re-raises) or the frame is
//! popped and the caller's call instruction raises it. An exception leaving
//! the module body is printed as CPython prints it ([`format_traceback`]),
//! including 3.11's `~~^~~` position markers, computed, as CPython does, by
//! parsing the failing expression's source segment.
//!
//! The supported subset (v0): int, float, bool, None, str, tuple, list,
//! range, dict and set (on the CPython-ordered tables of `table.rs`, in
//! `interp/collections.rs`), methods of list/dict/set/str as bound built-in
//! methods (`interp/methods.rs`), functions with positional parameters and
//! defaults, closures (cells made at frame entry, free slots filled from the
//! function's closure), the builtins `print len str int float bool abs repr
//! type min max isinstance range list tuple dict set sorted sum enumerate
//! zip reversed any all map filter iter next hash` and the common exception
//! classes. Everything else raises a
//! Python exception (`SystemError: krait: ... is not supported yet`)
//! rather than panicking.

use crate::num::{self, NumError};
use crate::objects::{
    BoundMethodObj, InstanceObj, PropertyObj, UserClassObj, new_bound_method, new_instance,
    new_user_class,
};
use crate::objects::{
    Builtin, BuiltinObj, CellObj, ClassObj, EXC_CLASSES, ExceptionObj, FunctionObj, GeneratorObj,
    ListObj, RangeIterObj, RangeObj, SeqIterObj, StrObj, TbEntry, TupleObj, exc_class,
    exc_is_subclass, new_builtin, new_cell, new_class, new_exception, new_function, new_generator,
    new_list, new_range, new_range_iter, new_seq_iter, new_str, new_tuple, range_len,
};
use crate::objects::{
    DictIterObj, DictObj, DictPart, DictViewObj, MethodObj, SetIterObj, SetObj, new_dict_iter,
    new_set_iter,
};
use crate::objects::{builtin_of, builtin_value};
use crate::strops::{self, StrError};
use std::cell::RefCell;
use std::rc::Rc;

type Namespace = Rc<RefCell<Vec<(String, Value)>>>;
use crate::value::{IntObj, Value};
use krait_frontend::pyrepr::{push_repr_text, repr_float};
use krait_ir::{BinOp, CmpOp, Function, Module, Op, Slot, SlotKind, Span, Terminator, UnOp};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::collections::HashMap;
use std::io::Write;

/// CPython's default `sys.getrecursionlimit()`.
pub const RECURSION_LIMIT: usize = 1000;
/// CPython's `TB_RECURSIVE_CUTOFF`: identical consecutive traceback lines
/// shown before `[Previous line repeated N more times]`.
const TB_RECURSIVE_CUTOFF: usize = 3;
/// CPython's default `sys.tracebacklimit`.
const TB_LIMIT: usize = 1000;

/// A raised Python exception (an `ExceptionObj` value).
type PyResult<T> = Result<T, Value>;

/// How a program runs: its `sys.argv` and limits.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// `sys.argv` (the script name first).
    pub argv: Vec<String>,
    /// Interrupt the program with an exception after this many executed
    /// instructions (`None`: no limit). Fuzzing and embedding use it.
    pub step_limit: Option<u64>,
    /// After teardown, report on `err` any heap object still alive (also
    /// on with the environment variable `KRAIT_LEAK_CHECK=1`).
    pub leak_check: bool,
    /// Whether and when functions are compiled (needs `compiler`).
    pub jit: jit::JitMode,
    /// Report on stderr, per function, whether it was compiled (and why
    /// not).
    pub jit_log: bool,
    /// The JIT (installed by the `krait` crate; `None`: interpreter only).
    pub compiler: Option<jit::CompilerFactory>,
}

/// Runs `module` (its `functions[0]` as the module body), writing the
/// program's output to `out`. An uncaught exception is printed to `err` as
/// CPython's traceback, with `filename` and lines of `source`; the result
/// is the process exit status (0, or 1 after an uncaught exception).
pub fn run_module(
    module: &Module,
    filename: &str,
    source: &str,
    opts: &RunOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let before = crate::value::live_objects();
    let status = run_and_report(module, filename, source, opts, out, err);
    crate::value::release_free_lists();
    // The leak check: with everything torn down (globals, builtins,
    // constants, the uncaught exception), every object the program made
    // must have been freed.
    if opts.leak_check || std::env::var_os("KRAIT_LEAK_CHECK").is_some_and(|v| v == "1") {
        let left = crate::value::live_objects() - before;
        if left != 0 {
            let _ = writeln!(
                err,
                "krait: leak check: {left} objects still alive after teardown"
            );
            let _ = err.flush();
        }
    }
    status
}

fn run_and_report(
    module: &Module,
    filename: &str,
    source: &str,
    opts: &RunOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let mut interp = Interp::new(module, out, err, filename, source);
    interp.opts = opts.clone();
    interp.jit_setup(source);
    let r = interp.run();
    // The report is written before the module is torn down (a user
    // exception's `__str__` runs, and `__del__`s at exit print after it,
    // as in CPython).
    let status = match &r {
        Ok(()) => 0,
        Err(exc) => {
            let _ = interp.out.flush();
            if let Some(e) = exc.downcast::<ExceptionObj>()
                && exc_is_subclass(e.class, "SystemExit")
            {
                let (status, text) = builtins::system_exit_status(e);
                if let Some(text) = text {
                    let _ = writeln!(interp.err, "{text}");
                    let _ = interp.err.flush();
                }
                status
            } else {
                let sources = interp.sources();
                let text = format_chain(&sources, exc, &mut Vec::new(), &mut |e| {
                    interp.message_with_suggestion(e)
                });
                let _ = interp.err.write_all(text.as_bytes());
                let _ = interp.err.flush();
                1
            }
        }
    };
    // CPython's finalization drops `sys.last_value` first.
    drop(r);
    interp.teardown();
    let _ = interp.out.flush();
    drop(interp);
    status
}

// ------------------------------------------------------------- exceptions

/// A new exception of builtin class `class` with one string argument.
pub fn exc(class: &str, msg: impl Into<String>) -> Value {
    let class = exc_class(class).unwrap_or("SystemError");
    new_exception(class, vec![new_str(msg)])
}

fn type_error(msg: impl Into<String>) -> Value {
    exc("TypeError", msg)
}

fn unsupported(what: &str) -> Value {
    exc("SystemError", format!("krait: {what} is not supported yet"))
}

fn num_err(e: NumError) -> Value {
    if e.msg.is_empty() {
        new_exception(exc_class(e.kind).unwrap_or("SystemError"), vec![])
    } else {
        exc(e.kind, e.msg)
    }
}

fn str_err(e: StrError) -> Value {
    exc(e.kind, e.msg)
}

// ----------------------------------------------------------------- frames

struct Frame {
    func: usize,
    slots: Vec<Option<Value>>,
    block: usize,
    ip: usize,
    /// The caller's slot that receives this frame's return value.
    ret: Option<Slot>,
    /// The exception delivered to the handler block being entered (read by
    /// `LoadException`).
    caught: Option<Value>,
    /// The length of the interpreter's handled-exception stack when this
    /// frame was entered: leaving the frame truncates it back.
    handled_base: usize,
    /// A class body's namespace (`LoadName`/`StoreName`).
    ns: Option<Namespace>,
    /// The rest of a compiled frame that left compiled code (`jit_resume`):
    /// it runs on a run nested in the compiled code's deoptimization, so
    /// it must not enter compiled code again at a loop back edge (each
    /// such cycle would nest one more native run: the Rust stack would
    /// grow with the loop's iterations).
    resumed: bool,
}

/// What `exec` asks the run loop to do next. A call's new frame waits in
/// `Interp::callee` (keeping this result one word); a yielded value in
/// `Interp::yielded`.
#[derive(Clone, Copy)]
enum Step {
    Next,
    Push,
    /// Suspend the (generator) frame after this instruction.
    Yield,
    /// Suspend the frame at this instruction, to run it again on resume
    /// (`yield from` delegating).
    YieldAgain,
}

/// A suspended generator's frame and what its resumption needs.
struct GenState {
    frame: Frame,
    /// The slot receiving the value sent in (the `Yield`'s `dst`).
    resume_dst: Option<Slot>,
    /// The handled exceptions the frame had pushed when it yielded.
    handled: Vec<Value>,
    started: bool,
    /// The delegate of the `yield from` the frame is paused at
    /// (`gi_yieldfrom`).
    yf: Option<Value>,
}

impl crate::objects::GenFrame for GenState {
    /// The frame's slots (in slot order), its caught exception and the
    /// handled exceptions it holds (CPython's frame traverse).
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.frame.slots.iter().flatten() {
            visit(v);
        }
        if let Some(c) = &self.frame.caught {
            visit(c);
        }
        for v in &self.handled {
            visit(v);
        }
        if let Some(v) = &self.yf {
            visit(v);
        }
    }
    fn suspended(&self) -> bool {
        self.started
    }
    fn yield_from(&self) -> Option<Value> {
        self.yf.clone()
    }
}

/// How a resumed generator stopped.
pub(crate) enum GenStep {
    Yielded(Value),
    Returned(Value),
}

struct Interp<'m, 'o> {
    /// Every function of the run: the script's, then those of each source
    /// module imported (`imports.rs`).
    module: &'m Module,
    out: &'o mut dyn Write,
    /// The program's stderr (`sys.stderr`).
    err: &'o mut dyn Write,
    /// The globals of every module, by global index (each module maps its
    /// names to its own indices: `imports::ModuleInfo`); `None` = unbound.
    globals: Vec<Option<Value>>,
    /// The builtin bound to each global index's name, if any.
    global_builtins: Vec<Option<Value>>,
    /// Global names, by index.
    global_names: Vec<String>,
    /// Per function: its `names` table mapped to global indices (of its
    /// module's namespace).
    fn_globals: Vec<Vec<u32>>,
    /// Per function: its module (an index of `modules`).
    fn_module: Vec<u32>,
    /// The modules of the run; 0 is `__main__`.
    modules: Vec<imports::ModuleInfo>,
    /// `sys.modules` (a dict; `None` after teardown).
    sys_modules: Option<Value>,
    /// `sys.path` (a list of str).
    sys_path: Value,
    /// Per function: the positional parameter count when calls can bind
    /// positional arguments straight into slots (no `*args`/`**kwargs`/
    /// keyword-only parameters, no cells, not a generator).
    simple_params: Vec<Option<usize>>,
    /// Per function, once an exception was unwound in it: the temporaries
    /// live on entry to each block (`Function::temps_live_in`).
    temps_live: Vec<Option<Rc<Vec<Vec<bool>>>>>,
    /// Per function: its constants, made once (`None`: a constant of a type
    /// the runtime does not have yet, an error when loaded).
    consts: Vec<Vec<Option<Value>>>,
    builtins: HashMap<&'static str, Value>,
    /// Built-in classes by name (`type(x)` returns these).
    classes: HashMap<&'static str, Value>,
    /// The classes of the other built-in objects (`types.GenericAlias`,
    /// iterators, ...), made when first asked for so `type(x)` is the
    /// same object each time.
    other_classes: RefCell<HashMap<&'static str, Value>>,
    /// `eval`/`exec` code compiled so far: (text, module, namespace mode,
    /// eval) -> its body function.
    code_cache: HashMap<(String, u32, bool, bool), usize>,
    /// The function ranges of `eval`/`exec` code and their source (their
    /// tracebacks say `<string>`).
    code_files: Vec<(usize, usize, Rc<str>)>,
    /// The stack of handled exceptions (`PushExcept`/`PopExcept`) of all
    /// frames; its last entry is `sys.exc_info()`.
    handled: Vec<Value>,
    /// Tiering and compiled code; `jit.ctx.depth` counts the Python frames
    /// live, across nested runs and compiled code (RecursionError past the
    /// limit).
    jit: jit::JitState,
    /// Released frames' slot vectors, reused by the next calls.
    /// Per function, slot vectors of its length with every slot empty.
    slot_pool: Vec<Vec<Vec<Option<Value>>>>,
    /// Per function, the fused steps the run loop may take (`fused.rs`).
    plans: Rc<Vec<fused::FuncPlan>>,
    /// The frame a call instruction just made (`Step::Push`).
    callee: Option<Frame>,
    /// The value a `Yield` gives (`Step::Yield`).
    yielded: Option<Value>,
    /// The generator frame that just suspended.
    suspended: Option<(Frame, Option<Slot>)>,
    /// The value sent into a generator resumed at a `YieldFrom`.
    pending_send: Option<Value>,
    /// The global holding `sys.stdout`, once `sys` is loaded: `print()`
    /// writes to whatever object the program put there.
    sys_stdout: Option<u32>,
    /// Where the run loop's safe point found the program (the instruction
    /// whose releases queued the finalizers): the traceback CPython gives
    /// an exception a finalizer raised natively ("Exception ignored in").
    unraisable_pos: Option<TbEntry>,
    /// Tracebacks printed by finalizers leave out source lines (CPython
    /// cannot read them while it tears the modules down).
    no_source_lines: bool,
    /// The value of the `yield from` a generator resumes at, its delegate
    /// having returned while a `throw` was passed to it.
    yf_result: Option<Value>,
    opts: RunOptions,
}

const CLASS_BUILTINS: &[&str] = &[
    "object",
    "property",
    "classmethod",
    "staticmethod",
    "super",
    "int",
    "float",
    "str",
    "bool",
    "range",
    "list",
    "tuple",
    "type",
    "dict",
    "set",
    "frozenset",
    "bytes",
    "bytearray",
    "complex",
    "slice",
];

impl<'m, 'o> Interp<'m, 'o> {
    fn new(
        module: &'m Module,
        out: &'o mut dyn Write,
        err: &'o mut dyn Write,
        filename: &str,
        source: &str,
    ) -> Self {
        let mut builtins = HashMap::new();
        let mut classes = HashMap::new();
        for b in [
            Builtin::Print,
            Builtin::Len,
            Builtin::Abs,
            Builtin::Repr,
            Builtin::Min,
            Builtin::Max,
            Builtin::IsInstance,
            Builtin::Sorted,
            Builtin::Sum,
            Builtin::Enumerate,
            Builtin::Zip,
            Builtin::Reversed,
            Builtin::Any,
            Builtin::All,
            Builtin::Map,
            Builtin::Filter,
            Builtin::Iter,
            Builtin::Next,
            Builtin::Hash,
        ]
        .into_iter()
        .chain(builtins::MORE_BUILTINS.iter().copied())
        {
            builtins.insert(b.name(), new_builtin(b));
        }
        for &name in CLASS_BUILTINS {
            let c = new_class(name, None);
            builtins.insert(name, c.clone());
            classes.insert(name, c);
        }
        // Classes of built-in values with no builtin name: one object
        // each, so `type(None) is type(None)`.
        for name in [
            "NoneType",
            "ellipsis",
            "NotImplementedType",
            "function",
            "builtin_function_or_method",
            "method",
            "generator",
            "module",
            "weakref",
        ] {
            classes.entry(name).or_insert_with(|| new_class(name, None));
        }
        // What `except*` is lowered to (`exgroup.rs`).
        for name in ["__krait_star_match__", "__krait_star_reraise__"] {
            builtins.insert(name, crate::objects::new_native_fn("_exgroup", name));
        }
        builtins.insert("NotImplemented", Value::not_implemented());
        builtins.insert("Ellipsis", Value::ellipsis());
        for &(name, base) in EXC_CLASSES {
            let c = new_class(name, Some(base.unwrap_or("")));
            builtins.insert(name, c.clone());
            classes.insert(name, c);
        }
        // CPython's other names for OSError.
        for alias in ["IOError", "EnvironmentError"] {
            if let Some(c) = classes.get("OSError") {
                builtins.insert(alias, c.clone());
            }
        }
        crate::gc::reset();
        crate::gc::set_finalizers_on(true);
        let mut interp = Interp {
            module,
            out,
            err,
            globals: Vec::new(),
            global_builtins: Vec::new(),
            global_names: Vec::new(),
            fn_globals: Vec::new(),
            fn_module: Vec::new(),
            modules: Vec::new(),
            sys_modules: None,
            sys_path: Value::none(),
            simple_params: Vec::new(),
            temps_live: Vec::new(),
            consts: Vec::new(),
            builtins,
            classes,
            other_classes: RefCell::new(HashMap::new()),
            code_cache: HashMap::new(),
            code_files: Vec::new(),
            handled: Vec::new(),
            jit: jit::JitState::new(0),
            slot_pool: Vec::new(),
            plans: Rc::new(
                module
                    .functions
                    .iter()
                    .map(|f| fused::plan_function(f))
                    .collect(),
            ),
            callee: None,
            yielded: None,
            suspended: None,
            pending_send: None,
            sys_stdout: None,
            unraisable_pos: None,
            no_source_lines: false,
            yf_result: None,
            opts: RunOptions::default(),
        };
        // The script is module `__main__`; `sys.path[0]` its directory.
        let shown = (filename != "<string>").then_some(filename);
        let main = interp.new_module_info("__main__", shown, source);
        interp.register_functions(main, 0);
        if let Some(file) = shown {
            interp.set_global(main, "__file__", new_str(file));
        }
        let doc = module.functions.first().and_then(|f| f.doc.clone());
        interp.set_global(main, "__doc__", doc.map_or_else(Value::none, new_str));
        interp.set_global(main, "__package__", Value::none());
        let dir = match shown.and_then(|f| f.rsplit_once('/')) {
            Some((d, _)) => d.to_owned(),
            None => String::new(),
        };
        interp.sys_path = new_list(vec![new_str(dir), new_str(imports::LIB_ROOT)]);
        let modules = builtins::ns_dict(&[]).unwrap_or_else(|e| e);
        if let (Some(d), Some(obj)) = (modules.downcast::<DictObj>(), &interp.modules[0].obj) {
            let _ = collections::dict_store(d, new_str("__main__"), obj.clone());
        }
        interp.sys_modules = Some(modules);
        interp
    }

    fn func(&self, i: usize) -> &'m Function {
        &self.module.functions[i]
    }

    fn new_frame(&mut self, func: usize) -> Frame {
        let slots = match self.slot_pool.get_mut(func).and_then(Vec::pop) {
            Some(slots) => slots,
            None => {
                let n = self.func(func).slots.len();
                (0..n).map(|_| None).collect()
            }
        };
        Frame {
            func,
            slots,
            block: 0,
            ip: 0,
            ret: None,
            caught: None,
            handled_base: 0,
            ns: None,
            resumed: false,
        }
    }

    /// Releases a finished frame: its values now, its slot vector to the
    /// pool; the handled exceptions it pushed are popped.
    fn release(&mut self, frame: Frame) {
        self.handled.truncate(frame.handled_base);
        let mut slots = frame.slots;
        // Most slots are empty when a frame ends (temporaries are consumed
        // by their reads): skip them four at a time.
        let mut chunks = slots.chunks_exact_mut(4);
        for c in &mut chunks {
            if c[0].is_none() && c[1].is_none() && c[2].is_none() && c[3].is_none() {
                continue;
            }
            empty_slots(c);
        }
        empty_slots(chunks.into_remainder());
        // Kept, all empty and of the function's length, for its next call.
        let n = self.module.functions.get(frame.func).map(|f| f.slots.len());
        if let Some(pool) = self.slot_pool.get_mut(frame.func)
            && pool.len() < 16
            && Some(slots.len()) == n
        {
            pool.push(slots);
        }
    }

    /// A frame an exception leaves: CPython's traceback keeps the frame,
    /// and so its variables, alive as long as the exception lives; they
    /// move into the exception (temporaries are released now, as CPython
    /// pops its value stack while unwinding).
    fn keep_locals(&self, frame: &mut Frame, exc: &Value) {
        let Some(e) = exc.downcast::<ExceptionObj>() else {
            return;
        };
        let f = self.func(frame.func);
        let Ok(mut kept) = e.frames.try_borrow_mut() else {
            return;
        };
        for (slot, info) in frame.slots.iter_mut().zip(&f.slots) {
            let named = info
                .name
                .as_deref()
                .is_some_and(|n| n.starts_with(|c: char| c.is_alphabetic() || c == '_'));
            if slot.is_some() && (named || !matches!(info.kind, SlotKind::Local | SlotKind::Temp)) {
                kept.extend(slot.take());
            }
        }
    }

    fn run(&mut self) -> PyResult<()> {
        if self.module.functions.is_empty() {
            return Err(unsupported("an empty module"));
        }
        self.jit.ctx.steps_left = self.opts.step_limit.unwrap_or(u64::MAX);
        let frame = self.new_frame(0);
        self.run_frame(frame).map(drop)
    }

    /// Teardown: module globals go first, in order, as CPython clears its
    /// module dict.
    fn teardown(&mut self) {
        self.gc_teardown();
    }

    /// Runs `frame` (and the frames it calls) until it returns, giving its
    /// value. Native code calling back into Python (`__init__`, `key=`)
    /// comes here too; recursion depth counts all frames.
    fn run_frame(&mut self, frame: Frame) -> PyResult<Value> {
        let base = self.handled.len();
        self.run_frame_at(frame, base)
    }

    /// `run_frame`, the frame's handled exceptions starting at `base`.
    fn run_frame_at(&mut self, frame: Frame, base: usize) -> PyResult<Value> {
        self.run_frame_in(frame, base, None)
    }

    /// `run_frame_at`, raising `throw` in the frame at its current
    /// instruction first (`generator.throw`).
    fn run_frame_in(
        &mut self,
        mut frame: Frame,
        base: usize,
        throw: Option<Value>,
    ) -> PyResult<Value> {
        if self.jit.ctx.depth >= self.jit.ctx.limit {
            frame.handled_base = self.handled.len();
            self.release(frame);
            return Err(exc("RecursionError", "maximum recursion depth exceeded"));
        }
        frame.handled_base = base;
        if throw.is_none() && self.jit.enabled() && self.func(frame.func).is_generator {
            // A generator's body in compiled code: run from its start or
            // resumed after a `yield`; when it yields again, the frame is
            // suspended where the interpreter would leave it.
            if !frame.resumed
                && let Some(r) = self.jit_enter_generator(&mut frame)
            {
                if std::mem::take(&mut self.jit.yielded_frame) {
                    let f = self.func(frame.func);
                    let dst = match &f.blocks[frame.block].instrs[frame.ip - 1].op {
                        Op::Yield { dst, .. } => Some(*dst),
                        _ => None,
                    };
                    self.suspended = Some((frame, dst));
                } else {
                    self.release(frame);
                }
                return r;
            }
        } else if throw.is_none()
            && frame.block == 0
            && frame.ip == 0
            && self.jit.enabled()
            && let Some(r) = self.jit_enter(&mut frame, 0, false, false)
        {
            self.release(frame);
            return r;
        }
        self.jit.ctx.depth += 1;
        let mut stack = vec![frame];
        let r = match throw {
            Some(e) => match self.unwind(&mut stack, e, true) {
                Ok(()) => self.run_frames(&mut stack),
                Err(e) => Err(e),
            },
            None => self.run_frames(&mut stack),
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

    /// Runs `stack` until its bottom frame returns, giving its value.
    fn run_frames(&mut self, stack: &mut Vec<Frame>) -> PyResult<Value> {
        let mut plans = Rc::clone(&self.plans);
        'frames: loop {
            let Some(frame) = stack.last_mut() else {
                return Ok(Value::none());
            };
            if frame.func >= plans.len() {
                // A module imported since this run started.
                plans = Rc::clone(&self.plans);
            }
            let f = self.func(frame.func);
            let plan = &plans[frame.func];
            // The frame's blocks, one after the other, until it calls,
            // returns, yields or raises (then the top frame is fetched
            // again).
            loop {
                let Some(block) = f.blocks.get(frame.block) else {
                    let e = exc("SystemError", "krait: jump to a missing block");
                    self.unwind(stack, e, true)?;
                    continue 'frames;
                };
                let xops = &plan.blocks[frame.block];
                while let Some(ins) = block.instrs.get(frame.ip) {
                    // The safe point: finalizers queued by the last
                    // instruction's releases, a collection due.
                    if crate::gc::pending() != 0 {
                        self.run_pending_at(frame);
                    }
                    if self.jit.ctx.steps_left == 0 {
                        let e = exc("SystemError", "krait: the program ran out of steps");
                        self.unwind(stack, e, true)?;
                        continue 'frames;
                    }
                    if let Some(x) = xops.get(frame.ip)
                        && self.run_fused(frame, x)
                    {
                        continue;
                    }
                    self.jit.ctx.steps_left -= 1;
                    if let Op::Call {
                        dst,
                        func,
                        args,
                        kwnames,
                    } = &ins.op
                        && kwnames.is_empty()
                        && let Some(r) = self.call_fast(frame, f, *dst, *func, args)
                    {
                        match r {
                            Ok(new) => self.push_frame(stack, new)?,
                            Err(e) => {
                                self.set_context(&e);
                                self.unwind(stack, e, true)?;
                            }
                        }
                        continue 'frames;
                    }
                    if self.exec_fast(frame, f, &ins.op) {
                        frame.ip += 1;
                        continue;
                    }
                    let r = self.exec(frame, f, &ins.op);
                    match r {
                        Ok(Step::Next) => frame.ip += 1,
                        Ok(step @ (Step::Yield | Step::YieldAgain)) => {
                            let resume_dst = match (&ins.op, step) {
                                (Op::Yield { dst, .. }, Step::Yield) => Some(*dst),
                                _ => None,
                            };
                            if matches!(step, Step::Yield) {
                                frame.ip += 1;
                            }
                            let value = self.yielded.take().unwrap_or_else(Value::none);
                            let done = stack.pop().expect("a frame is running");
                            self.jit.ctx.depth -= 1;
                            self.suspended = Some((done, resume_dst));
                            return Ok(value);
                        }
                        Ok(Step::Push) => {
                            if let Some(new) = self.callee.take() {
                                self.push_frame(stack, new)?;
                            }
                            continue 'frames;
                        }
                        Err(e) => {
                            self.set_context(&e);
                            self.unwind(stack, e, true)?;
                            continue 'frames;
                        }
                    }
                }
                if let Terminator::Raise { exc: None, .. } = block.term {
                    // A bare `raise`: the handled exception, as it is.
                    match self.handled.last().cloned() {
                        Some(e) => self.unwind(stack, e, false)?,
                        None => {
                            let e = exc("RuntimeError", "No active exception to reraise");
                            self.set_context(&e);
                            self.unwind(stack, e, true)?
                        }
                    }
                    continue 'frames;
                }
                let from = frame.block;
                let r = if term_fast(frame, f, &block.term).is_some() {
                    Ok(None)
                } else {
                    self.terminate(frame, f, &block.term)
                };
                match r {
                    Ok(None)
                        if frame.block <= from
                            && self.jit.enabled()
                            && !frame.resumed
                            && !f.is_generator =>
                    {
                        // A loop's back edge: on-stack replacement when hot.
                        let to = frame.block;
                        let Some(r) = self.jit_enter(frame, to, true, true) else {
                            continue;
                        };
                        let done = stack.pop().expect("a frame is running");
                        let ret = done.ret;
                        self.release(done);
                        self.jit.ctx.depth -= 1;
                        match (r, stack.last_mut()) {
                            (Ok(value), None) => return Ok(value),
                            (Err(e), None) => return Err(e),
                            (Ok(value), Some(caller)) => {
                                if let Some(dst) = ret {
                                    caller.slots[dst.index()] = Some(value);
                                }
                                caller.ip += 1;
                            }
                            (Err(e), Some(_)) => self.unwind(stack, e, true)?,
                        }
                        continue 'frames;
                    }
                    Ok(None) => {}
                    Ok(Some(value)) => {
                        let done = stack.pop().expect("a frame is running");
                        let ret = done.ret;
                        self.release(done);
                        self.jit.ctx.depth -= 1;
                        match stack.last_mut() {
                            None => return Ok(value),
                            Some(caller) => {
                                if let Some(dst) = ret {
                                    caller.slots[dst.index()] = Some(value);
                                }
                                caller.ip += 1;
                            }
                        }
                        continue 'frames;
                    }
                    Err((e, add_entry)) => {
                        if add_entry {
                            self.set_context(&e);
                        }
                        self.unwind(stack, e, add_entry)?;
                        continue 'frames;
                    }
                }
            }
        }
    }

    /// Starts the frame a call made for the top frame of `stack`: compiled
    /// code runs it at once when it can, else it goes on the stack.
    #[inline(always)]
    fn push_frame(&mut self, stack: &mut Vec<Frame>, mut new: Frame) -> PyResult<()> {
        if self.jit.ctx.depth >= self.jit.ctx.limit {
            self.release(new);
            let e = exc("RecursionError", "maximum recursion depth exceeded");
            return self.unwind(stack, e, true);
        }
        new.handled_base = self.handled.len();
        if self.jit.enabled() {
            return self.push_frame_jit(stack, new);
        }
        self.jit.ctx.depth += 1;
        stack.push(new);
        Ok(())
    }

    /// `push_frame` with a JIT installed.
    fn push_frame_jit(&mut self, stack: &mut Vec<Frame>, mut new: Frame) -> PyResult<()> {
        if let Some(r) = self.jit_enter(&mut new, 0, false, false) {
            let ret = new.ret;
            self.release(new);
            match r {
                Ok(v) => {
                    if let Some(frame) = stack.last_mut() {
                        if let Some(dst) = ret {
                            frame.slots[dst.index()] = Some(v);
                        }
                        frame.ip += 1;
                    }
                }
                Err(e) => self.unwind(stack, e, true)?,
            }
            return Ok(());
        }
        self.jit.ctx.depth += 1;
        stack.push(new);
        Ok(())
    }

    /// Propagates `exc` from the top frame: adds a traceback entry for each
    /// frame it passes through (but not for the top frame when `add_entry`
    /// is false: a bare `raise` keeps the original entry), stops at the
    /// first handler, and returns it as an error when no frame handles it.
    fn unwind(&mut self, stack: &mut Vec<Frame>, exc: Value, mut add_entry: bool) -> PyResult<()> {
        loop {
            let Some(frame) = stack.last_mut() else {
                return Err(exc);
            };
            let f = self.func(frame.func);
            if add_entry && let Some(e) = exc.downcast::<ExceptionObj>() {
                let span = match f.blocks.get(frame.block) {
                    Some(b) => b.instrs.get(frame.ip).map_or(b.term_span, |i| i.span),
                    None => Span::default(),
                };
                e.traceback.borrow_mut().push(TbEntry {
                    func: frame.func as u32,
                    span,
                });
            }
            add_entry = true;
            if let Some(h) = f.blocks.get(frame.block).and_then(|b| b.handler) {
                // The temporaries in flight are released, the expression's
                // operands most recent first (CPython pops its value stack),
                // before the handler runs; those the handler reads (a loop's
                // iterator, an exception being handled) stay.
                let fi = frame.func;
                if self.temps_live.len() <= fi {
                    self.temps_live.resize(fi + 1, None);
                }
                let live = Rc::clone(
                    self.temps_live[fi].get_or_insert_with(|| Rc::new(f.temps_live_in())),
                );
                let live = &live[h.index()];
                for i in f.in_flight(frame.block, frame.ip) {
                    if !live[i] {
                        drop(frame.slots[i].take());
                    }
                }
                for i in (0..f.slots.len()).rev() {
                    if f.slots[i].kind == SlotKind::Temp && !live[i] && frame.slots[i].is_some() {
                        drop(frame.slots[i].take());
                    }
                }
                frame.caught = Some(exc);
                frame.block = h.index();
                frame.ip = 0;
                return Ok(());
            }
            if stack.len() == 1 {
                // The bottom frame is released by `run_frame`.
                return Err(exc);
            }
            let mut done = stack.pop().expect("a frame is running");
            self.keep_locals(&mut done, &exc);
            self.release(done);
            self.jit.ctx.depth -= 1;
        }
    }

    fn name_error(&self, g: usize) -> Value {
        let name = &self.global_names[g];
        with_name(
            exc("NameError", format!("name '{name}' is not defined")),
            name,
        )
    }

    /// Implicit chaining, as CPython's `_PyErr_SetObject`: a newly raised
    /// exception's `__context__` is the handled exception (unless it is the
    /// same one), cutting any cycle that would make. An exception that
    /// already has a traceback was raised in Python code (a generator's
    /// frame, a method called back), which chained it then: it keeps that
    /// context, as CPython does not chain again when it comes out of the
    /// call.
    fn set_context(&self, raised: &Value) {
        if raised
            .downcast::<ExceptionObj>()
            .is_some_and(|x| !x.traceback.borrow().is_empty())
        {
            return;
        }
        if let Some(handled) = self.handled.last() {
            set_context(handled, raised);
        }
    }

    // ----------------------------------------------------------- slots

    fn read(&self, frame: &mut Frame, f: &Function, s: Slot) -> PyResult<Value> {
        read_slot(frame, f, s)
    }

    /// The cell object in the `Cell`/`Free` slot `s`.
    fn cell<'a>(&self, frame: &'a Frame, f: &Function, s: Slot) -> PyResult<&'a CellObj> {
        let is_cell = f
            .slots
            .get(s.index())
            .is_some_and(|i| matches!(i.kind, SlotKind::Cell | SlotKind::Free));
        match frame.slots.get(s.index()) {
            Some(Some(v)) if is_cell => match v.downcast::<CellObj>() {
                Some(c) => Ok(c),
                None => Err(exc("SystemError", format!("krait: {s} holds no cell"))),
            },
            _ => Err(exc("SystemError", format!("krait: {s} is not a cell slot"))),
        }
    }

    fn read_all(&self, frame: &mut Frame, f: &Function, slots: &[Slot]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(slots.len());
        for &s in slots {
            out.push(read_slot(frame, f, s)?);
        }
        Ok(out)
    }

    // ----------------------------------------------------- instructions

    /// The common call (`exec`'s first case for `Op::Call` without
    /// keywords): a Python function whose parameters are all positional,
    /// given no more arguments than it has and enough with its defaults.
    /// `None` (nothing read) for every other call.
    #[inline(always)]
    fn call_fast(
        &mut self,
        frame: &mut Frame,
        f: &Function,
        dst: Slot,
        func: Slot,
        args: &[Slot],
    ) -> Option<PyResult<Frame>> {
        let callee = frame.slots.get(func.index())?.as_ref()?;
        if let Some(m) = callee.downcast::<BoundMethodObj>() {
            // A bound method of a Python function: the receiver first,
            // with no argument vectors in between.
            let fobj = m.func.downcast::<FunctionObj>()?;
            let npos = (*self.simple_params.get(fobj.func.index())?)?;
            let given = args.len() + 1;
            if given > npos || given + fobj.defaults.len() < npos {
                return None;
            }
            return Some(self.call_simple(frame, f, dst, func, args, npos, true));
        }
        let fobj = callee.downcast::<FunctionObj>()?;
        let npos = (*self.simple_params.get(fobj.func.index())?)?;
        if args.len() > npos || args.len() + fobj.defaults.len() < npos {
            return None;
        }
        Some(self.call_simple(frame, f, dst, func, args, npos, false))
    }

    /// `call_fast`'s call, from the read of the callee on (as `exec`): a
    /// Python function, or (`bound`) a bound method of one, whose receiver
    /// goes first.
    #[allow(clippy::too_many_arguments)]
    fn call_simple(
        &mut self,
        frame: &mut Frame,
        f: &Function,
        dst: Slot,
        func: Slot,
        args: &[Slot],
        npos: usize,
        bound: bool,
    ) -> PyResult<Frame> {
        let callee = self.read(frame, f, func)?;
        let (fv, receiver) = match callee.downcast::<BoundMethodObj>() {
            Some(m) if bound => (&m.func, Some(&m.receiver)),
            _ => (&callee, None),
        };
        let Some(fobj) = fv.downcast::<FunctionObj>() else {
            return Err(exc("SystemError", "krait: the callee changed"));
        };
        let mut new = self.new_frame(fobj.func.index());
        let first = usize::from(receiver.is_some());
        if let Some(r) = receiver {
            new.slots[0] = Some(r.clone());
        }
        for (i, &a) in args.iter().enumerate() {
            new.slots[first + i] = Some(read_slot(frame, f, a)?);
        }
        let first_default = npos - fobj.defaults.len();
        for i in first + args.len()..npos {
            new.slots[i] = Some(fobj.defaults[i - first_default].clone());
        }
        new.ret = Some(dst);
        Ok(new)
    }

    /// The common cases of the hottest instructions, inline in the run
    /// loop: `false` leaves the instruction to `exec` untouched (nothing
    /// read, nothing written), so every other case — unbound or missing
    /// slots, other types, errors — takes exactly `exec`'s path.
    #[inline(always)]
    fn exec_fast(&mut self, frame: &mut Frame, f: &Function, op: &Op) -> bool {
        self.exec_fast_value(frame, f, op).is_some()
    }

    #[inline(always)]
    fn exec_fast_value(&mut self, frame: &mut Frame, f: &Function, op: &Op) -> Option<()> {
        let (dst, v) = match op {
            Op::Copy { dst, src } => {
                let kind = f.slots.get(src.index())?.kind;
                check_slot(frame, *dst)?;
                let cell = frame.slots.get_mut(src.index())?;
                let v = if kind == SlotKind::Temp {
                    cell.take()?
                } else {
                    cell.clone()?
                };
                (*dst, v)
            }
            Op::Const { dst, c } => {
                check_slot(frame, *dst)?;
                let v = self.consts[frame.func].get(c.index())?.clone()?;
                (*dst, v)
            }
            Op::LoadGlobal { dst, name } => {
                check_slot(frame, *dst)?;
                let g = *self.fn_globals[frame.func].get(name.index())? as usize;
                let v = match &self.globals[g] {
                    Some(v) => v.clone(),
                    None => self.global_builtins[g].clone()?,
                };
                (*dst, v)
            }
            Op::Binary { dst, op, lhs, rhs } | Op::InPlace { dst, op, lhs, rhs } => {
                if lhs == rhs {
                    return None;
                }
                check_slot(frame, *dst)?;
                let v = {
                    let a = frame.slots.get(lhs.index())?.as_ref()?;
                    let b = frame.slots.get(rhs.index())?.as_ref()?;
                    binary_fast(*op, a, b)?
                };
                consume(frame, f, *lhs);
                consume(frame, f, *rhs);
                (*dst, v)
            }
            Op::Compare { dst, op, lhs, rhs } => {
                if lhs == rhs {
                    return None;
                }
                check_slot(frame, *dst)?;
                let r = {
                    let a = frame.slots.get(lhs.index())?.as_ref()?;
                    let b = frame.slots.get(rhs.index())?.as_ref()?;
                    compare_fast(*op, a, b)?
                };
                consume(frame, f, *lhs);
                consume(frame, f, *rhs);
                (*dst, Value::bool(r))
            }
            Op::Truthy { dst, src } => {
                check_slot(frame, *dst)?;
                let a = frame.slots.get(src.index())?.as_ref()?;
                let r = match a.as_small_int() {
                    Some(i) => i != 0,
                    None => a.as_bool()?,
                };
                consume(frame, f, *src);
                (*dst, Value::bool(r))
            }
            Op::GetItem { dst, obj, key } => {
                if obj == key {
                    return None;
                }
                check_slot(frame, *dst)?;
                let v = {
                    let o = frame.slots.get(obj.index())?.as_ref()?;
                    let k = frame.slots.get(key.index())?.as_ref()?.as_small_int()?;
                    if let Some(l) = o.downcast::<ListObj>() {
                        let items = l.items.borrow();
                        items[norm_index(k, items.len())?].clone()
                    } else if let Some(t) = o.downcast::<TupleObj>() {
                        t.items[norm_index(k, t.items.len())?].clone()
                    } else {
                        return None;
                    }
                };
                consume(frame, f, *obj);
                consume(frame, f, *key);
                (*dst, v)
            }
            Op::SetItem { obj, key, src } => {
                if obj == key || obj == src || key == src {
                    return None;
                }
                f.slots.get(src.index())?;
                frame.slots.get(src.index())?.as_ref()?;
                let (l, i) = {
                    let o = frame.slots.get(obj.index())?.as_ref()?;
                    let k = frame.slots.get(key.index())?.as_ref()?.as_small_int()?;
                    let l = o.downcast::<ListObj>()?;
                    (o.clone(), norm_index(k, l.items.borrow().len())?)
                };
                // Nothing can fail from here on.
                let v = read_slot(frame, f, *src).ok()?;
                let old = l.downcast::<ListObj>().map(|l| {
                    let mut items = l.items.borrow_mut();
                    std::mem::replace(&mut items[i], v)
                });
                drop(old);
                drop(l);
                consume(frame, f, *obj);
                consume(frame, f, *key);
                return Some(());
            }
            _ => return None,
        };
        // In range: checked above, before anything was read.
        frame.slots[dst.index()] = Some(v);
        Some(())
    }

    fn exec(&mut self, frame: &mut Frame, f: &'m Function, op: &Op) -> PyResult<Step> {
        let v = match op {
            Op::Const { dst, c } => {
                let v = match self.consts[frame.func].get(c.index()) {
                    Some(Some(v)) => v.clone(),
                    Some(None) => {
                        return Err(const_value(&f.consts[c.index()])
                            .err()
                            .unwrap_or_else(|| exc("SystemError", "krait: bad constant")));
                    }
                    None => return Err(exc("SystemError", "krait: missing constant")),
                };
                Some((*dst, v))
            }
            Op::Copy { dst, src } => Some((*dst, self.read(frame, f, *src)?)),
            Op::LoadGlobal { dst, name } => {
                let g = self.fn_globals[frame.func][name.index()] as usize;
                let v = match &self.globals[g] {
                    Some(v) => v.clone(),
                    None => match &self.global_builtins[g] {
                        Some(v) => v.clone(),
                        None => return Err(self.name_error(g)),
                    },
                };
                Some((*dst, v))
            }
            Op::StoreGlobal { name, src } => {
                let v = self.read(frame, f, *src)?;
                let g = self.fn_globals[frame.func][name.index()] as usize;
                let old = self.globals[g].replace(v);
                drop(old);
                None
            }
            Op::LoadName { dst, name } => {
                let g = self.fn_globals[frame.func][name.index()] as usize;
                let name = &f.names[name.index()];
                let local = frame.ns.as_ref().and_then(|ns| {
                    ns.borrow()
                        .iter()
                        .find(|(k, _)| k == name)
                        .map(|(_, v)| v.clone())
                });
                let v = match local
                    .or_else(|| self.globals[g].clone())
                    .or_else(|| self.global_builtins[g].clone())
                {
                    Some(v) => v,
                    None => return Err(self.name_error(g)),
                };
                Some((*dst, v))
            }
            Op::StoreName { name, src } => {
                let v = self.read(frame, f, *src)?;
                let name = &f.names[name.index()];
                let Some(ns) = frame.ns.as_ref() else {
                    return Err(exc("SystemError", "krait: no class namespace"));
                };
                ns_store(ns, name, v);
                None
            }
            Op::StoreClassCell { cell } => {
                let c = frame.slots[cell.index()].clone();
                if let (Some(ns), Some(c)) = (frame.ns.as_ref(), c) {
                    ns_store(ns, "__classcell__", c);
                }
                None
            }
            Op::BuildClass {
                dst,
                body,
                name,
                bases,
                keywords,
            } => {
                let body = self.read(frame, f, *body)?;
                let bases = self.read_all(frame, f, bases)?;
                let mut kw = Vec::with_capacity(keywords.len());
                for (n, s) in keywords {
                    kw.push((f.names[n.index()].clone(), self.read(frame, f, *s)?));
                }
                let name = f.names[name.index()].clone();
                Some((*dst, self.build_class(&body, name, bases, kw)?))
            }
            Op::DeleteGlobal { name } => {
                let g = self.fn_globals[frame.func][name.index()] as usize;
                match self.globals[g].take() {
                    Some(old) => drop(old),
                    None => return Err(self.name_error(g)),
                }
                None
            }
            Op::CheckBound { slot } => {
                if frame.slots.get(slot.index()).is_none_or(Option::is_none) {
                    return Err(unbound_error(f, *slot));
                }
                None
            }
            Op::Delete { slot } => {
                match frame.slots.get_mut(slot.index()).and_then(Option::take) {
                    Some(v) => drop(v),
                    None => return Err(unbound_error(f, *slot)),
                }
                None
            }
            Op::Drop { slot } => {
                let old = frame.slots.get_mut(slot.index()).and_then(Option::take);
                drop(old);
                None
            }
            Op::Unpack { dsts, src } => {
                let v = self.read(frame, f, *src)?;
                let items = self.unpack(&v, dsts.len())?;
                drop(v);
                for (d, x) in dsts.iter().zip(items) {
                    match frame.slots.get_mut(d.index()) {
                        Some(s) => *s = Some(x),
                        None => return Err(exc("SystemError", "krait: slot does not exist")),
                    }
                }
                None
            }
            Op::FormatValue {
                dst,
                src,
                conversion,
                spec,
            } => {
                let v = self.read(frame, f, *src)?;
                let spec = match spec {
                    Some(s) => Some(self.read(frame, f, *s)?),
                    None => None,
                };
                let v = match conversion {
                    b's' => new_str(self.str_of(&v)?),
                    b'r' => new_str(self.repr_of(&v)?),
                    b'a' => new_str(ascii(&self.repr_of(&v)?)),
                    _ => v,
                };
                let spec = match &spec {
                    None => "",
                    Some(s) => match s.downcast::<StrObj>() {
                        Some(s) => s.value.as_str(),
                        None => return Err(type_error("format spec must be a str")),
                    },
                };
                Some((*dst, new_str(self.format_any(&v, spec)?)))
            }
            Op::BuildString { dst, parts } => {
                let parts = self.read_all(frame, f, parts)?;
                let mut s = String::new();
                for p in &parts {
                    s.push_str(&self.str_of(p)?);
                }
                Some((*dst, new_str(s)))
            }
            Op::LoadException { dst } => match frame.caught.take() {
                Some(e) => Some((*dst, e)),
                None => return Err(exc("SystemError", "krait: no exception to handle")),
            },
            Op::PushExcept { src } => {
                let e = self.read(frame, f, *src)?;
                self.handled.push(e);
                None
            }
            Op::PopExcept => {
                if self.handled.len() > frame.handled_base {
                    drop(self.handled.pop());
                }
                None
            }
            Op::UnpackEx { .. }
            | Op::MatchSequence { .. }
            | Op::MatchMapping { .. }
            | Op::GetLen { .. }
            | Op::MatchKeys { .. }
            | Op::MatchClass { .. } => {
                self.exec_match(frame, f, op)?;
                None
            }
            Op::ExcMatch { dst, exc: e, types } => {
                let e = self.read(frame, f, *e)?;
                let types = self.read(frame, f, *types)?;
                Some((*dst, Value::bool(exc_matches(&e, &types)?)))
            }
            Op::LoadCell { dst, cell } => {
                let c = self.cell(frame, f, *cell)?;
                let v = c.value.borrow().clone();
                match v {
                    Some(v) => Some((*dst, v)),
                    None => return Err(unbound_error(f, *cell)),
                }
            }
            Op::StoreCell { cell, src } => {
                let v = self.read(frame, f, *src)?;
                let c = self.cell(frame, f, *cell)?;
                let old = c.value.borrow_mut().replace(v);
                drop(old);
                None
            }
            Op::DeleteCell { cell, check } => {
                let c = self.cell(frame, f, *cell)?;
                let old = c.value.borrow_mut().take();
                if old.is_none() && *check {
                    return Err(unbound_error(f, *cell));
                }
                drop(old);
                None
            }
            Op::Binary { dst, op, lhs, rhs } => {
                let a = self.read(frame, f, *lhs)?;
                let b = self.read(frame, f, *rhs)?;
                Some((*dst, self.binary_op(*op, &a, &b, false)?))
            }
            Op::InPlace { dst, op, lhs, rhs } => {
                let a = self.read(frame, f, *lhs)?;
                let b = self.read(frame, f, *rhs)?;
                Some((*dst, self.binary_op(*op, &a, &b, true)?))
            }
            Op::Unary { dst, op, src } => {
                let a = self.read(frame, f, *src)?;
                Some((*dst, self.unary_op(*op, &a)?))
            }
            Op::Compare { dst, op, lhs, rhs } => {
                let a = self.read(frame, f, *lhs)?;
                let b = self.read(frame, f, *rhs)?;
                Some((*dst, self.compare_value(*op, &a, &b)?))
            }
            Op::Truthy { dst, src } => {
                let a = self.read(frame, f, *src)?;
                Some((*dst, Value::bool(self.truthy_of(&a)?)))
            }
            Op::Call {
                dst,
                func,
                args,
                kwnames,
            } => {
                let callee = self.read(frame, f, *func)?;
                if kwnames.is_empty()
                    && let Some(fobj) = callee.downcast::<FunctionObj>()
                {
                    // The common call: positional arguments move straight
                    // into the new frame's parameter slots.
                    let fi = fobj.func.index();
                    if let Some(npos) = self.simple_params[fi]
                        && args.len() <= npos
                        && args.len() + fobj.defaults.len() >= npos
                    {
                        let mut new = self.new_frame(fi);
                        for (i, &a) in args.iter().enumerate() {
                            new.slots[i] = Some(self.read(frame, f, a)?);
                        }
                        let first_default = npos - fobj.defaults.len();
                        for i in args.len()..npos {
                            new.slots[i] = Some(fobj.defaults[i - first_default].clone());
                        }
                        new.ret = Some(*dst);
                        self.callee = Some(new);
                        return Ok(Step::Push);
                    }
                }
                let args = self.read_all(frame, f, args)?;
                let kwnames: Vec<&str> = kwnames
                    .iter()
                    .map(|n| f.names[n.index()].as_str())
                    .collect();
                return self.call_into(frame, *dst, &callee, args, &kwnames);
            }
            Op::CallEx {
                dst,
                func,
                args,
                kwargs,
            } => {
                let callee = self.read(frame, f, *func)?;
                let args = self.read(frame, f, *args)?;
                let mut args = match args.downcast::<TupleObj>() {
                    Some(t) => t.items.clone(),
                    None => return Err(exc("SystemError", "krait: CallEx without a tuple")),
                };
                let mut names = Vec::new();
                if let Some(k) = kwargs {
                    let k = self.read(frame, f, *k)?;
                    if let Some(d) = k.downcast::<DictObj>() {
                        for (key, v) in collections::dict_entries(d) {
                            match key.downcast::<StrObj>() {
                                Some(s) => names.push(s.value.clone()),
                                None => return Err(type_error("keywords must be strings")),
                            }
                            args.push(v);
                        }
                    }
                }
                let kwnames: Vec<&str> = names.iter().map(String::as_str).collect();
                return self.call_into(frame, *dst, &callee, args, &kwnames);
            }
            Op::ListAppend { list, src } => {
                let l = self.read(frame, f, *list)?;
                let v = self.read(frame, f, *src)?;
                if let Some(l) = l.downcast::<ListObj>() {
                    l.items.borrow_mut().push(v);
                }
                None
            }
            Op::ListExtend { list, src } => {
                let l = self.read(frame, f, *list)?;
                let v = self.read(frame, f, *src)?;
                let items = match self.collect_iter(&v) {
                    Ok(items) => items,
                    Err(e) if is_type_error(&e) && !is_iterable(&v) => {
                        return Err(type_error(format!(
                            "Value after * must be an iterable, not {}",
                            type_name(&v)
                        )));
                    }
                    Err(e) => return Err(e),
                };
                if let Some(l) = l.downcast::<ListObj>() {
                    l.items.borrow_mut().extend(items);
                }
                None
            }
            Op::ListToTuple { dst, src } => {
                let l = self.read(frame, f, *src)?;
                let items = l
                    .downcast::<ListObj>()
                    .map(|l| l.items.borrow().clone())
                    .unwrap_or_default();
                Some((*dst, new_tuple(items)))
            }
            Op::ListToSet { dst, src } => {
                let l = self.read(frame, f, *src)?;
                let items = l
                    .downcast::<ListObj>()
                    .map(|l| l.items.borrow().clone())
                    .unwrap_or_default();
                Some((*dst, collections::build_set(items)?))
            }
            Op::DictUpdate { dict, src } => {
                let d = self.read(frame, f, *dict)?;
                let v = self.read(frame, f, *src)?;
                let Some(pairs) = self.mapping_pairs(&v)? else {
                    return Err(type_error(format!(
                        "'{}' object is not a mapping",
                        type_name(&v)
                    )));
                };
                if let Some(d) = d.downcast::<DictObj>() {
                    for (k, v) in pairs {
                        self.d_set(d, k, v)?;
                    }
                }
                None
            }
            Op::DictMerge {
                dict,
                src,
                func: fslot,
            } => {
                let d = self.read(frame, f, *dict)?;
                let v = self.read(frame, f, *src)?;
                let callee = self.read(frame, f, *fslot)?;
                let fname = || callable_name(&callee);
                let Some(pairs) = self.mapping_pairs(&v)? else {
                    return Err(type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        fname(),
                        type_name(&v)
                    )));
                };
                if let Some(d) = d.downcast::<DictObj>() {
                    for (k, v) in pairs {
                        if k.downcast::<StrObj>().is_none() && builtin_of(&k).is_none() {
                            return Err(type_error("keywords must be strings"));
                        }
                        if collections::dict_lookup(d, &k)?.is_some() {
                            let shown = match k.downcast::<StrObj>() {
                                Some(s) => s.value.clone(),
                                None => to_str(&k)?,
                            };
                            return Err(type_error(format!(
                                "{} got multiple values for keyword argument '{shown}'",
                                fname()
                            )));
                        }
                        collections::dict_store(d, k, v)?;
                    }
                }
                None
            }
            Op::BuildSlice {
                dst,
                start,
                stop,
                step,
            } => {
                let a = self.read(frame, f, *start)?;
                let b = self.read(frame, f, *stop)?;
                let c = self.read(frame, f, *step)?;
                Some((*dst, crate::objects::new_slice(a, b, c)))
            }
            Op::DelItem { obj, key } => {
                let o = self.read(frame, f, *obj)?;
                let k = self.read(frame, f, *key)?;
                self.delitem_of(&o, &k)?;
                None
            }
            Op::DelAttr { obj, name } => {
                let o = self.read(frame, f, *obj)?;
                self.set_attr(&o, &f.names[name.index()], None)?;
                None
            }
            Op::Yield { src, .. } => {
                self.yielded = Some(self.read(frame, f, *src)?);
                return Ok(Step::Yield);
            }
            Op::YieldFrom { dst, iter } => {
                if let Some(v) = self.yf_result.take() {
                    // The delegate returned this when a `throw` reached it.
                    Some((*dst, v))
                } else {
                    let it = self.read(frame, f, *iter)?;
                    let sent = self.pending_send.take();
                    match self.yield_from_step(&it, sent)? {
                        GenStep::Yielded(v) => {
                            self.yielded = Some(v);
                            return Ok(Step::YieldAgain);
                        }
                        GenStep::Returned(v) => Some((*dst, v)),
                    }
                }
            }
            Op::WithSetup { enter, exit, mgr } => {
                let m = self.read(frame, f, *mgr)?;
                let protocol = |missed: &str| {
                    type_error(format!(
                        "'{}' object does not support the context manager protocol{missed}",
                        type_name(&m)
                    ))
                };
                let en = self.get_attr(&m, "__enter__").map_err(|_| protocol(""))?;
                let ex = self
                    .get_attr(&m, "__exit__")
                    .map_err(|_| protocol(" (missed __exit__ method)"))?;
                frame.slots[exit.index()] = Some(ex);
                Some((*enter, en))
            }
            Op::LoadBuiltin { dst, name } => {
                let n = f.names[name.index()].as_str();
                match self.builtins.get(n) {
                    Some(v) => Some((*dst, v.clone())),
                    None => return Err(exc("SystemError", format!("krait: no builtin {n}"))),
                }
            }
            Op::GetAttr { dst, obj, name } => {
                let o = self.read(frame, f, *obj)?;
                Some((*dst, self.get_attr(&o, &f.names[name.index()])?))
            }
            Op::SetAttr { obj, name, src } => {
                let o = self.read(frame, f, *obj)?;
                let v = self.read(frame, f, *src)?;
                self.set_attr(&o, &f.names[name.index()], Some(v))?;
                None
            }
            Op::GetItem { dst, obj, key } => {
                let o = self.read(frame, f, *obj)?;
                let k = self.read(frame, f, *key)?;
                Some((*dst, self.getitem_of(&o, &k)?))
            }
            Op::SetItem { obj, key, src } => {
                let o = self.read(frame, f, *obj)?;
                let k = self.read(frame, f, *key)?;
                let v = self.read(frame, f, *src)?;
                self.setitem_of(&o, &k, v)?;
                None
            }
            Op::BuildTuple { dst, items } => {
                Some((*dst, new_tuple(self.read_all(frame, f, items)?)))
            }
            Op::BuildList { dst, items } => Some((*dst, new_list(self.read_all(frame, f, items)?))),
            Op::BuildDict { dst, items } => {
                let items = self.read_all(frame, f, items)?;
                Some((*dst, self.build_dict_of(items)?))
            }
            Op::BuildSet { dst, items } => {
                let items = self.read_all(frame, f, items)?;
                Some((*dst, self.build_set_of(items)?))
            }
            Op::GetIter { dst, src } => {
                let a = self.read(frame, f, *src)?;
                Some((*dst, self.iter_of(&a)?))
            }
            Op::ImportName {
                dst,
                name,
                fromlist,
                level,
            } => {
                let m = self.frame_module(frame);
                let from: Vec<&str> = fromlist
                    .iter()
                    .map(|n| f.names[n.index()].as_str())
                    .collect();
                let v = self.import_name(m, &f.names[name.index()], &from, *level)?;
                Some((*dst, v))
            }
            Op::ImportFrom { dst, module, name } => {
                let module = self.read(frame, f, *module)?;
                Some((*dst, self.import_from(&module, &f.names[name.index()])?))
            }
            Op::ImportStar { module } => {
                let module = self.read(frame, f, *module)?;
                let m = self.frame_module(frame);
                self.import_star(m, &module)?;
                None
            }
            Op::MakeFunction {
                dst,
                func,
                defaults,
                kwdefaults,
                closure,
                annotations,
            } => {
                if func.index() >= self.module.functions.len() {
                    return Err(exc("SystemError", "krait: missing function"));
                }
                let d = self.read_all(frame, f, defaults)?;
                let mut kwd = Vec::with_capacity(kwdefaults.len());
                for (n, v) in kwdefaults {
                    kwd.push((f.names[n.index()].clone(), self.read(frame, f, *v)?));
                }
                let mut cells = Vec::with_capacity(closure.len());
                for &c in closure {
                    self.cell(frame, f, c)?;
                    cells.push(self.read(frame, f, c)?);
                }
                let ann = match annotations {
                    Some(a) => Some(self.read(frame, f, *a)?),
                    None => None,
                };
                let func_ir = self.func(func.index());
                let fv = new_function(*func, func_ir, d, kwd, cells);
                if let (Some(a), Some(fo)) = (ann, fv.downcast::<FunctionObj>()) {
                    fo.dict.borrow_mut().push(("__annotations__".into(), a));
                }
                Some((*dst, fv))
            }
        };
        if let Some((dst, v)) = v {
            match frame.slots.get_mut(dst.index()) {
                Some(s) => *s = Some(v),
                None => return Err(exc("SystemError", "krait: slot does not exist")),
            }
        }
        Ok(Step::Next)
    }

    /// Runs a terminator: `Ok(Some(v))` returns `v` from the frame; an
    /// error carries whether to add the frame's traceback entry.
    fn terminate(
        &mut self,
        frame: &mut Frame,
        f: &Function,
        term: &Terminator,
    ) -> Result<Option<Value>, (Value, bool)> {
        let goto = |frame: &mut Frame, b: krait_ir::BlockId| {
            frame.block = b.index();
            frame.ip = 0;
        };
        match term {
            Terminator::Jump(b) => goto(frame, *b),
            Terminator::Branch {
                cond,
                then,
                otherwise,
            } => {
                let c = self.read(frame, f, *cond).map_err(|e| (e, true))?;
                let t = self.truthy_of(&c).map_err(|e| (e, true))?;
                goto(frame, if t { *then } else { *otherwise });
            }
            Terminator::ForIter {
                iter,
                dst,
                body,
                done,
            } => {
                // The iterator stays in its slot across iterations: borrow it.
                let it = match frame.slots.get(iter.index()) {
                    Some(Some(it)) => it.clone(),
                    _ => return Err((unbound_error(f, *iter), true)),
                };
                match self.iter_next(&it).map_err(|e| (e, true))? {
                    Some(v) => {
                        frame.slots[dst.index()] = Some(v);
                        goto(frame, *body);
                    }
                    None => {
                        // The loop is over: release the iterator.
                        frame.slots[iter.index()] = None;
                        goto(frame, *done);
                    }
                }
            }
            Terminator::Return(s) => {
                return self.read(frame, f, *s).map(Some).map_err(|e| (e, true));
            }
            Terminator::Raise { exc: None, .. } => {
                // `run` re-raises the handled exception (it needs the
                // whole stack); this is the frame's own.
                return Err(match self.handled.last() {
                    Some(e) => (e.clone(), false),
                    None => (exc("RuntimeError", "No active exception to reraise"), true),
                });
            }
            Terminator::Reraise(s) => {
                let e = self.read(frame, f, *s).map_err(|e| (e, true))?;
                return Err((e, false));
            }
            Terminator::Raise {
                exc: Some(e),
                cause,
            } => {
                let e = self.read(frame, f, *e).map_err(|e| (e, true))?;
                let c = match cause {
                    Some(c) => Some(self.read(frame, f, *c).map_err(|e| (e, true))?),
                    None => None,
                };
                let e = match self.raised_exception(&e, c.as_ref()) {
                    Ok(x) => x,
                    Err(x) => return Err((x, true)),
                };
                // `raise e` chains even an exception raised before (the
                // run loop's `set_context` leaves those alone).
                if let Some(h) = self.handled.last() {
                    set_context(h, &e);
                }
                return Err((e, true));
            }
        }
        Ok(None)
    }

    /// The exception `raise e` (`raise e from c`) raises: `e` made an
    /// exception instance (a class is called), its cause set; `Err` with
    /// the error raised instead when `e` or `c` is not an exception (or
    /// making it raised).
    pub(super) fn raised_exception(
        &mut self,
        e: &Value,
        cause: Option<&Value>,
    ) -> Result<Value, Value> {
        let e = match self.as_exception(e)? {
            Some(e) => e,
            None => return Err(type_error("exceptions must derive from BaseException")),
        };
        if let Some(c) = cause {
            let c = if c.is_none() {
                None
            } else {
                match self.as_exception(c)? {
                    Some(c) => Some(c),
                    None => {
                        return Err(type_error(
                            "exception causes must derive from BaseException",
                        ));
                    }
                }
            };
            if let Some(x) = e.downcast::<ExceptionObj>() {
                *x.cause.borrow_mut() = c;
                x.suppress_context.set(true);
            }
        }
        Ok(e)
    }

    // ------------------------------------------------------------ calls

    /// A generator object for a bound generator frame.
    fn make_generator(&self, frame: Frame) -> Value {
        let qualname = self.func(frame.func).qualname.clone();
        let state = GenState {
            frame,
            resume_dst: None,
            handled: Vec::new(),
            started: false,
            yf: None,
        };
        new_generator(Box::new(state), qualname)
    }

    /// The next item of iterator `it` (`None` when exhausted), generators
    /// included.
    fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(l) = it.downcast::<crate::objects::LazyIterObj>() {
            return self.lazy_next(l);
        }
        if it.downcast::<GeneratorObj>().is_some() {
            return match self.gen_resume(it, Value::none())? {
                GenStep::Yielded(v) => Ok(Some(v)),
                GenStep::Returned(_) => Ok(None),
            };
        }
        if classes::user_class_of(it).is_some() {
            return self.user_next(it);
        }
        if let Some(r) = self.user_seq_next(it) {
            return r;
        }
        iter_next(it)
    }

    /// All items of the iterable `v`.
    fn collect_iter(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let it = self.iter_of(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Calls `callee` with `args` (the last `kwnames.len()` of them by
    /// keyword) for the instruction of `frame` writing `dst`: a Python
    /// function gets a new frame (`Step::Push`), anything else runs now.
    fn call_into(
        &mut self,
        frame: &mut Frame,
        dst: Slot,
        callee: &Value,
        args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Step> {
        let mut new = match self.bind_python(callee, args, kwnames)? {
            Ok(new) => new,
            Err(args) => return self.call_other(frame, dst, callee, args, kwnames),
        };
        if self.func(new.func).is_generator {
            frame.slots[dst.index()] = Some(self.make_generator(new));
            return Ok(Step::Next);
        }
        new.ret = Some(dst);
        self.callee = Some(new);
        Ok(Step::Push)
    }

    /// The bound frame of a call to a Python function or bound method;
    /// `Err(args)` (given back) when `callee` is something else.
    fn bind_python(
        &mut self,
        callee: &Value,
        args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Result<Frame, Vec<Value>>> {
        if let Some(fobj) = callee.downcast::<FunctionObj>() {
            // Positional arguments only, to a function with only
            // positional parameters: straight into the slots.
            let fi = fobj.func.index();
            if kwnames.is_empty()
                && let Some(Some(npos)) = self.simple_params.get(fi).copied()
                && args.len() <= npos
                && args.len() + fobj.defaults.len() >= npos
            {
                let mut new = self.new_frame(fi);
                let given = args.len();
                for (slot, a) in new.slots.iter_mut().zip(args) {
                    *slot = Some(a);
                }
                let first_default = npos - fobj.defaults.len();
                for i in given..npos {
                    new.slots[i] = Some(fobj.defaults[i - first_default].clone());
                }
                return Ok(Ok(new));
            }
            return self.bind(fobj, args, kwnames).map(Ok);
        }
        if let Some(m) = callee.downcast::<BoundMethodObj>()
            && m.func.downcast::<FunctionObj>().is_some()
        {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(m.receiver.clone());
            all.extend(args);
            return self.bind_python(&m.func, all, kwnames);
        }
        Ok(Err(args))
    }

    /// `call_into` for callables other than Python functions.
    fn call_other(
        &mut self,
        frame: &mut Frame,
        dst: Slot,
        callee: &Value,
        args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Step> {
        let v = match self.frame_builtin(frame, callee, &args, kwnames) {
            Some(r) => r?,
            None => self.call_other_value(callee, args, kwnames)?,
        };
        frame.slots[dst.index()] = Some(v);
        Ok(Step::Next)
    }

    /// Calls any callable now (native code calling back into Python: a
    /// Python function runs to completion on a nested run).
    pub(super) fn call_now(
        &mut self,
        callee: &Value,
        args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Value> {
        // A compiled function: straight into its code.
        let args = match callee.downcast::<FunctionObj>() {
            Some(fobj) if kwnames.is_empty() && self.jit.enabled() => {
                match self.call_direct(fobj, args) {
                    Ok(r) => return r,
                    Err(args) => args,
                }
            }
            _ => args,
        };
        let new = match self.bind_python(callee, args, kwnames)? {
            Ok(new) => new,
            Err(args) => return self.call_other_value(callee, args, kwnames),
        };
        if self.func(new.func).is_generator {
            return Ok(self.make_generator(new));
        }
        self.run_frame(new)
    }

    fn call_other_value(
        &mut self,
        callee: &Value,
        args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Value> {
        let v = if let Some(c) = callee.downcast::<UserClassObj>() {
            if c.meta.get().is_none()
                && c.exc_base.is_none()
                && let Some(base) = subclass::builtin_base(c)
            {
                return self.call_builtin_subclass(callee, base, args, kwnames);
            }
            if c.meta.get().is_some()
                || c.lookup("__new__").is_some()
                || c.mro.iter().any(metaclass::is_type_class)
            {
                return self.call_class(callee, args, kwnames);
            }
            if let Some(base) = c.exc_base
                && exc_is_subclass(base, "BaseExceptionGroup")
            {
                self.group_class_for(base, &args[..args.len() - kwnames.len()])?;
            }
            let inst = match c.exc_base {
                // BaseException.__new__ keeps the positional arguments.
                Some(base) => crate::objects::new_user_exception(
                    base,
                    Some(callee.clone()),
                    args[..args.len() - kwnames.len()].to_vec(),
                ),
                None => new_instance(callee.clone()),
            };
            if let Some(init) = c.lookup("__init__") {
                // A function is called with the instance first, as its
                // bound method would be (without making one).
                let r = match init.downcast::<FunctionObj>() {
                    Some(_) => {
                        let mut with_self = Vec::with_capacity(args.len() + 1);
                        with_self.push(inst.clone());
                        with_self.extend(args);
                        self.call_now(&init, with_self, kwnames)?
                    }
                    None => self.call_now(&init, args, kwnames)?,
                };
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        type_name(&r)
                    )));
                }
            } else if c.exc_base.is_some() {
                if !kwnames.is_empty() {
                    return Err(type_error(format!(
                        "{}() takes no keyword arguments",
                        c.name
                    )));
                }
            } else if !args.is_empty() {
                return Err(type_error(format!("{}() takes no arguments", c.name)));
            }
            inst
        } else if classes::user_class_of(callee).is_some() {
            self.call_instance(callee, args, kwnames)?
        } else if let Some(g) = callee.downcast::<crate::objects::GenericAliasObj>() {
            let origin = g.origin.clone();
            self.call_now(&origin, args, kwnames)?
        } else if let Some(m) = callee.downcast::<crate::objects::StaticMethodObj>() {
            // A staticmethod object is callable (3.10+).
            let f = m.func.clone();
            self.call_now(&f, args, kwnames)?
        } else if let Some(m) = callee.downcast::<BoundMethodObj>() {
            // A method whose function is not a Python function (a built-in
            // class's method bound to an instance): the instance first.
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(m.receiver.clone());
            all.extend(args);
            let f = m.func.clone();
            self.call_now(&f, all, kwnames)?
        } else {
            self.call_native(callee, args, kwnames)?
        };
        Ok(v)
    }

    /// Binds a call's arguments to a new frame for `fobj`, as CPython's
    /// `initialize_locals`: positional arguments, `*args`, keywords (into
    /// `**kwargs` when unknown), then the checks and defaults, with
    /// CPython's errors in its order.
    fn bind(
        &mut self,
        fobj: &FunctionObj,
        mut args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Frame> {
        let fi = fobj.func.index();
        let f = self.func(fi);
        let p = f.params;
        if f.is_coroutine {
            return Err(unsupported("coroutines"));
        }
        let name = &f.qualname;
        let npos = (p.posonly + p.positional) as usize;
        let nkwonly = p.kwonly as usize;
        let total = npos + nkwonly;
        let kwvals = args.split_off(args.len() - kwnames.len());
        let given = args.len();
        let mut frame = self.new_frame(fi);
        let kwdict = if p.varkw {
            let d = collections::build_dict(Vec::new())?;
            let at = total + usize::from(p.varargs);
            frame.slots[at] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        let mut rest = Vec::new();
        for (i, v) in args.into_iter().enumerate() {
            if i < npos {
                frame.slots[i] = Some(v);
            } else if p.varargs {
                rest.push(v);
            }
        }
        if p.varargs {
            frame.slots[total] = Some(new_tuple(rest));
        }
        let param_name = |i: usize| f.slots[i].name.as_deref().unwrap_or("");
        for (k, v) in kwnames.iter().zip(kwvals) {
            match (p.posonly as usize..total).find(|&i| param_name(i) == *k) {
                Some(i) => {
                    if frame.slots[i].is_some() {
                        return Err(type_error(format!(
                            "{name}() got multiple values for argument '{k}'"
                        )));
                    }
                    frame.slots[i] = Some(v);
                }
                None => {
                    if let Some(d) = &kwdict
                        && let Some(d) = d.downcast::<DictObj>()
                    {
                        collections::dict_store(d, new_str(*k), v)?;
                        continue;
                    }
                    let posonly: Vec<&str> = kwnames
                        .iter()
                        .copied()
                        .filter(|k| (0..p.posonly as usize).any(|i| param_name(i) == *k))
                        .collect();
                    if !posonly.is_empty() {
                        return Err(type_error(format!(
                            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                            posonly.join(", ")
                        )));
                    }
                    return Err(type_error(format!(
                        "{name}() got an unexpected keyword argument '{k}'"
                    )));
                }
            }
        }
        if given > npos && !p.varargs {
            let ndef = fobj.defaults.len();
            let kwonly_given = (npos..total).filter(|&i| frame.slots[i].is_some()).count();
            let (sig, plural) = if ndef > 0 {
                (
                    format!("from {} to {npos}", npos.saturating_sub(ndef)),
                    true,
                )
            } else {
                (npos.to_string(), npos != 1)
            };
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {kwonly_given} keyword-only argument{})",
                    if given != 1 { "s" } else { "" },
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            let was = if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            };
            return Err(type_error(format!(
                "{name}() takes {sig} positional argument{} but {given}{kwonly_sig} {was} given",
                if plural { "s" } else { "" }
            )));
        }
        let first_default = npos.saturating_sub(fobj.defaults.len());
        let missing: Vec<usize> = (given.min(npos)..first_default)
            .filter(|&i| frame.slots[i].is_none())
            .collect();
        if !missing.is_empty() {
            return Err(missing_arguments(name, "positional", &missing, param_name));
        }
        for (i, d) in (first_default..npos).zip(&fobj.defaults) {
            if frame.slots[i].is_none() {
                frame.slots[i] = Some(d.clone());
            }
        }
        let mut missing = Vec::new();
        for i in npos..total {
            if frame.slots[i].is_some() {
                continue;
            }
            match fobj.kwdefaults.iter().find(|(k, _)| k == param_name(i)) {
                Some((_, d)) => frame.slots[i] = Some(d.clone()),
                None => missing.push(i),
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(
                name,
                "keyword-only",
                &missing,
                param_name,
            ));
        }
        // Cells are made at entry (a captured parameter's value moves into
        // its cell); free slots receive the function's closure in order.
        let mut closure = fobj.closure.iter();
        for (slot, info) in frame.slots.iter_mut().zip(&f.slots) {
            match info.kind {
                SlotKind::Cell => *slot = Some(new_cell(slot.take())),
                SlotKind::Free => match closure.next() {
                    Some(c) => *slot = Some(c.clone()),
                    None => return Err(exc("SystemError", "krait: closure too short")),
                },
                _ => {}
            }
        }
        Ok(frame)
    }

    /// Calls a built-in function or class.
    fn call_native(
        &mut self,
        callee: &Value,
        mut args: Vec<Value>,
        kwnames: &[&str],
    ) -> PyResult<Value> {
        if let Some(m) = callee.downcast::<MethodObj>()
            && m.name.starts_with("__")
            && let Some(r) = self.call_builtin_dunder(&m.receiver, m.name, &args, kwnames)
        {
            return r;
        }
        let kwvals = args.split_off(args.len() - kwnames.len());
        if let Some(b) = callee.downcast::<BuiltinObj>() {
            if b.which == Builtin::Print {
                return self.print(&args, kwnames, &kwvals);
            }
            match b.which {
                Builtin::Bin | Builtin::Hex | Builtin::Oct | Builtin::Chr => {
                    self.index_args(&mut args)?;
                }
                Builtin::Round if kwnames.is_empty() && !args.is_empty() => {
                    if let Some(r) = self.user_round(&args[0], args.get(1))? {
                        return Ok(r);
                    }
                }
                _ => {}
            }
            if let Some(r) = self.call_builtin_py(b.which, &args, kwnames, &kwvals) {
                return r;
            }
            if let Some(r) = self.call_builtin_more(b.which, &args, kwnames, &kwvals) {
                return r;
            }
            if !kwnames.is_empty() {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    b.which.name()
                )));
            }
            return self.call_builtin(b.which, args);
        }
        if let Some(w) = callee.downcast::<crate::objects::WeakRefObj>() {
            return modules::weakref::call_ref(w, &args);
        }
        if let Some(r) = callee.downcast::<crate::objects::RustFnObj>() {
            if !kwnames.is_empty() {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    r.name
                )));
            }
            let f = r.f.clone();
            return f(&args);
        }
        if let Some(n) = callee.downcast::<crate::objects::NativeFnObj>() {
            if n.module == "math"
                && let Err(r) = self.math_args(n.name, &mut args)?
            {
                return Ok(r);
            }
            return modules::call(self, n.module, n.name, &args, kwnames, &kwvals);
        }
        if let Some(m) = callee.downcast::<MethodObj>() {
            if let Some(r) = self.call_meta_method(&m.receiver, m.name, &args, kwnames, &kwvals) {
                return r;
            }
            if (m.name.starts_with("__") || m.receiver.downcast::<PropertyObj>().is_some())
                && kwnames.is_empty()
                && let Some(r) = self.call_base_method(&m.receiver, m.name, &args)
            {
                return r;
            }
            return self.call_method(&m.receiver, m.name, args, kwnames, kwvals);
        }
        if let Some(c) = callee.downcast::<ClassObj>() {
            if c.name == "dict" && !kwnames.is_empty() {
                let d = self.construct(c, args)?;
                if let Some(o) = d.downcast::<DictObj>() {
                    for (k, v) in kwnames.iter().zip(kwvals) {
                        collections::dict_store(o, new_str(*k), v)?;
                    }
                }
                return Ok(d);
            }
            if matches!(c.name, "bytes" | "bytearray") {
                return self.construct_bytes_like(c.name, &args, kwnames, &kwvals);
            }
            if c.name == "complex" {
                return complexobj::construct(&args, kwnames, &kwvals);
            }
            if c.name == "int" && kwnames == ["base"] {
                // `int(x, base=b)`.
                let mut args = args;
                args.extend(kwvals);
                return self.construct(c, args);
            }
            if c.name == "property" && !kwnames.is_empty() {
                let a = builtins::bind_args(
                    "property",
                    &["fget", "fset", "fdel", "doc"],
                    0,
                    0,
                    &args,
                    kwnames,
                    &kwvals,
                )?;
                let args = a
                    .into_iter()
                    .map(|v| v.unwrap_or_else(Value::none))
                    .collect();
                return self.construct(c, args);
            }
            if !kwnames.is_empty() {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    c.name
                )));
            }
            match (c.name, &args[..]) {
                ("int", [x]) => {
                    if let Some(i) = self.user_int(x)? {
                        return Ok(i);
                    }
                }
                ("float", [x]) => {
                    if let Some(f) = self.user_float(x)? {
                        return Ok(f);
                    }
                }
                ("range", _) => self.index_args(&mut args)?,
                _ => {}
            }
            return self.construct(c, args);
        }
        Err(type_error(format!(
            "'{}' object is not callable",
            type_name(callee)
        )))
    }

    /// `a op= b`: `binary` in place, and `d |= other`, which takes any
    /// mapping or iterable of pairs (generators included).
    fn inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if op == BinOp::BitOr
            && let Some(d) = a.downcast::<DictObj>()
        {
            self.dict_update(d, b)?;
            return Ok(a.clone());
        }
        binary(op, a, b, true)
    }

    fn print(&mut self, args: &[Value], kwnames: &[&str], kwvals: &[Value]) -> PyResult<Value> {
        let mut sep = " ".to_string();
        let mut end = "\n".to_string();
        let (mut file, mut flush) = (None, false);
        for (k, v) in kwnames.iter().zip(kwvals) {
            let target = match *k {
                "sep" => &mut sep,
                "end" => &mut end,
                "flush" => {
                    flush = truthy(v);
                    continue;
                }
                "file" => {
                    file = Some(v.clone()).filter(|f| !f.is_none());
                    continue;
                }
                _ => {
                    return Err(type_error(format!(
                        "'{k}' is an invalid keyword argument for print()"
                    )));
                }
            };
            if let Some(s) = v.downcast::<StrObj>() {
                target.clone_from(&s.value);
            } else if !v.is_none() {
                return Err(type_error(format!(
                    "{k} must be None or a string, not {}",
                    type_name(v)
                )));
            }
        }
        if let Some(f) = file
            .as_ref()
            .filter(|f| f.downcast::<crate::objects::FileObj>().is_none())
        {
            // Any object with `write`: one call per piece, as CPython's.
            let write = self.get_attr(f, "write")?;
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    self.call_value(&write, vec![new_str(sep.as_str())])?;
                }
                let s = self.str_of(a)?;
                self.call_value(&write, vec![new_str(s)])?;
            }
            self.call_value(&write, vec![new_str(end)])?;
            if flush {
                let fl = self.get_attr(f, "flush")?;
                self.call_value(&fl, vec![])?;
            }
            return Ok(Value::none());
        }
        if file.is_none()
            && let Some(g) = self.sys_stdout
            && let Some(Some(out)) = self.globals.get(g as usize)
            && out
                .downcast::<crate::objects::StdStreamObj>()
                .is_none_or(|s| s.fd != 1)
        {
            // `sys.stdout` was replaced (`contextlib.redirect_stdout`).
            let out = out.clone();
            let mut kw: Vec<&str> = kwnames.iter().copied().filter(|k| *k != "file").collect();
            let mut vals: Vec<Value> = kwnames
                .iter()
                .zip(kwvals)
                .filter(|(k, _)| **k != "file")
                .map(|(_, v)| v.clone())
                .collect();
            kw.push("file");
            vals.push(out);
            return self.print(args, &kw, &vals);
        }
        let mut text = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                text.push_str(&sep);
            }
            text.push_str(&self.str_of(a)?);
        }
        text.push_str(&end);
        if let Some(f) = file {
            return self.print_to(&f, &text, flush);
        }
        let _ = self.out.write_all(text.as_bytes());
        if flush {
            let _ = self.out.flush();
        }
        Ok(Value::none())
    }

    fn call_builtin(&mut self, which: Builtin, args: Vec<Value>) -> PyResult<Value> {
        let name = which.name();
        let one = |args: &[Value]| -> PyResult<()> {
            if args.len() != 1 {
                return Err(type_error(format!(
                    "{name}() takes exactly one argument ({} given)",
                    args.len()
                )));
            }
            Ok(())
        };
        match which {
            Builtin::Print
            | Builtin::Sorted
            | Builtin::Map
            | Builtin::Filter
            | Builtin::Sum
            | Builtin::Enumerate
            | Builtin::Zip
            | Builtin::Reversed
            | Builtin::Any
            | Builtin::All
            | Builtin::Iter
            | Builtin::Next
            | Builtin::Min
            | Builtin::Max
            | Builtin::Hash => Ok(Value::none()),
            Builtin::Len => {
                one(&args)?;
                Ok(Value::int(self.len_of(&args[0])? as i64))
            }
            Builtin::Abs => {
                one(&args)?;
                if let Some(r) = self.call_dunder(&args[0], "__abs__", vec![])? {
                    return Ok(r);
                }
                match to_num(&args[0]) {
                    Some(Num::I(i)) => Ok(num::i64_abs(i)
                        .map(Value::int)
                        .unwrap_or_else(|| Value::from_bigint(BigInt::from(i).abs()))),
                    Some(Num::B(b)) => Ok(Value::from_bigint(b.abs())),
                    Some(Num::F(x)) => Ok(Value::float(x.abs())),
                    None => complexobj::abs(&args[0]).unwrap_or_else(|| {
                        Err(type_error(format!(
                            "bad operand type for abs(): '{}'",
                            type_name(&args[0])
                        )))
                    }),
                }
            }
            Builtin::Repr => {
                one(&args)?;
                Ok(new_str(self.repr_of(&args[0])?))
            }
            Builtin::IsInstance => {
                if args.len() != 2 {
                    return Err(type_error(format!(
                        "isinstance expected 2 arguments, got {}",
                        args.len()
                    )));
                }
                Ok(Value::bool(self.isinstance(&args[0], &args[1])?))
            }
            _ => Err(unsupported(name)),
        }
    }

    fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        if let Some(t) = cls.downcast::<TupleObj>() {
            for c in &t.items {
                if self.isinstance(v, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(r) = self.check_generic(v, cls, false) {
            return r;
        }
        if cls.downcast::<UserClassObj>().is_some() {
            if let Some(r) = self.instancecheck_hook(v, cls) {
                return r;
            }
            return Ok(match classes::user_class_of(v) {
                Some(_) => is_subclass_user(&self.class_of(v), cls),
                None => false,
            });
        }
        let Some(c) = cls.downcast::<ClassObj>() else {
            return Err(type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            ));
        };
        if c.name == "object" || (c.name == "type" && v.downcast::<UserClassObj>().is_some()) {
            return Ok(true);
        }
        if let Some(i) = v.downcast::<InstanceObj>() {
            return Ok(is_subclass_user(&i.class, cls));
        }
        let t = type_name(v);
        Ok(match (c.exc_base, v.downcast::<ExceptionObj>()) {
            (Some(_), Some(e)) => exc_is_subclass(e.class, c.name),
            _ => t == c.name || (c.name == "int" && t == "bool"),
        })
    }

    /// `as_exception`, a user exception class being called (its
    /// `__init__` runs) with no arguments.
    fn as_exception(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if v.downcast::<UserClassObj>()
            .is_some_and(|c| c.exc_base.is_some())
        {
            return self.call_now(v, vec![], &[]).map(Some);
        }
        Ok(as_exception(v))
    }

    fn class_of(&self, v: &Value) -> Value {
        if let Some(i) = v.downcast::<InstanceObj>() {
            return i.class.clone();
        }
        if v.downcast::<UserClassObj>().is_some() {
            return self.meta_of(v);
        }
        if let Some(u) = v.downcast::<ExceptionObj>().and_then(|e| e.user.as_ref()) {
            return u.clone();
        }
        let name = type_name(v);
        match self.classes.get(name) {
            Some(c) => c.clone(),
            None => self
                .other_classes
                .borrow_mut()
                .entry(name)
                .or_insert_with(|| new_class(name, None))
                .clone(),
        }
    }

    fn construct(&mut self, c: &ClassObj, mut args: Vec<Value>) -> PyResult<Value> {
        if matches!(c.name, "int" | "float")
            && let Some(b) = args.first().and_then(builtin_of)
            && b.downcast::<StrObj>().is_some()
        {
            args[0] = b.clone();
        }
        if let Some(cls) = c.exc_base.and(exc_class(c.name)) {
            if exc_is_subclass(cls, "BaseExceptionGroup") {
                return self.new_exception_group(cls, args);
            }
            return Ok(new_exception(os_error_subclass(cls, &args), args));
        }
        let n = args.len();
        let at_most = |max: usize| -> PyResult<()> {
            if n > max {
                let what = if matches!(c.name, "bool" | "float" | "str") {
                    format!(
                        "{}() takes at most {max} argument{} ({n} given)",
                        c.name,
                        if max == 1 { "" } else { "s" }
                    )
                } else {
                    format!(
                        "{} expected at most {max} argument{}, got {n}",
                        c.name,
                        if max == 1 { "" } else { "s" }
                    )
                };
                return Err(type_error(what));
            }
            Ok(())
        };
        match c.name {
            "int" => {
                at_most(2)?;
                let Some(x) = args.first() else {
                    return Ok(Value::int(0));
                };
                if n == 2 {
                    let base = to_index(&args[1])?;
                    let Some(s) = x.downcast::<StrObj>() else {
                        return Err(type_error(
                            "int() can't convert non-string with explicit base",
                        ));
                    };
                    return num::int_from_str(&s.value, base)
                        .map(Value::from_bigint)
                        .map_err(num_err);
                }
                if let Some(s) = x.downcast::<StrObj>() {
                    return num::int_from_str(&s.value, 10)
                        .map(Value::from_bigint)
                        .map_err(num_err);
                }
                match to_num(x) {
                    Some(Num::I(i)) => Ok(Value::int(i)),
                    Some(Num::B(b)) => Ok(Value::from_bigint(b)),
                    Some(Num::F(f)) => num::float_to_int(f)
                        .map(Value::from_bigint)
                        .map_err(num_err),
                    None => Err(type_error(format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                        type_name(x)
                    ))),
                }
            }
            "float" => {
                at_most(1)?;
                let Some(x) = args.first() else {
                    return Ok(Value::float(0.0));
                };
                if let Some(s) = x.downcast::<StrObj>() {
                    return parse_float(&s.value).map(Value::float);
                }
                match to_num(x) {
                    Some(Num::I(i)) => Ok(Value::float(i as f64)),
                    Some(Num::B(b)) => num::int_to_f64(&b).map(Value::float).map_err(num_err),
                    Some(Num::F(f)) => Ok(Value::float(f)),
                    None => Err(type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        type_name(x)
                    ))),
                }
            }
            "str" => {
                if n > 1 {
                    at_most(3)?;
                    for (v, what) in args[1..].iter().zip(["encoding", "errors"]) {
                        if v.downcast::<StrObj>().is_none() {
                            return Err(type_error(format!(
                                "str() argument '{what}' must be str, not {}",
                                type_name(v)
                            )));
                        }
                    }
                    if args[0].downcast::<StrObj>().is_some() {
                        return Err(type_error("decoding str is not supported"));
                    }
                    return Err(unsupported("str() with an encoding"));
                }
                match args.first() {
                    None => Ok(new_str("")),
                    Some(x) if x.downcast::<StrObj>().is_some() => Ok(x.clone()),
                    Some(x) => Ok(new_str(self.str_of(x)?)),
                }
            }
            "bool" => {
                at_most(1)?;
                match args.first() {
                    Some(x) => Ok(Value::bool(self.truthy_of(x)?)),
                    None => Ok(Value::bool(false)),
                }
            }
            "object" => {
                if n > 0 {
                    return Err(type_error("object() takes no arguments"));
                }
                Ok(new_instance(self.classes["object"].clone()))
            }
            "property" => {
                at_most(4)?;
                let mut a = args.into_iter();
                let mut next = || a.next().unwrap_or_else(Value::none);
                let (fget, fset, fdel, mut doc) = (next(), next(), next(), next());
                // No doc given: the getter's docstring.
                if doc.is_none() && !fget.is_none() {
                    doc = self
                        .get_attr(&fget, "__doc__")
                        .unwrap_or_else(|_| Value::none());
                }
                Ok(crate::objects::new_property(fget, fset, fdel, doc))
            }
            "classmethod" | "staticmethod" => {
                if n != 1 {
                    return Err(type_error(format!(
                        "{} expected 1 argument, got {n}",
                        c.name
                    )));
                }
                let f = args.into_iter().next().unwrap_or_else(Value::none);
                Ok(crate::objects::new_method_wrap(f, c.name == "classmethod"))
            }
            "super" => match <[Value; 2]>::try_from(args) {
                Ok([class, obj]) => self.make_super(class, obj),
                Err(_) => Err(type_error("super() takes 0 or 2 arguments in krait")),
            },
            "range" => {
                if n == 0 {
                    return Err(type_error("range expected at least 1 argument, got 0"));
                }
                at_most(3)?;
                let mut ix = Vec::with_capacity(n);
                for a in &args {
                    ix.push(to_index(a)?);
                }
                let (start, stop, step) = match ix[..] {
                    [stop] => (0, stop, 1),
                    [start, stop] => (start, stop, 1),
                    [start, stop, step] => (start, stop, step),
                    _ => unreachable!("1 to 3 arguments"),
                };
                if step == 0 {
                    return Err(exc("ValueError", "range() arg 3 must not be zero"));
                }
                Ok(new_range(start, stop, step))
            }
            "list" => {
                at_most(1)?;
                Ok(new_list(match args.first() {
                    None => Vec::new(),
                    Some(x) => self.collect_iter(x)?,
                }))
            }
            "tuple" => {
                at_most(1)?;
                match args.first() {
                    None => Ok(new_tuple(Vec::new())),
                    Some(x) if x.downcast::<TupleObj>().is_some() => Ok(x.clone()),
                    Some(x) => Ok(new_tuple(self.collect_iter(x)?)),
                }
            }
            "type" => {
                if n == 1 {
                    Ok(self.class_of(&args[0]))
                } else if n == 3 {
                    let t = self.classes["type"].clone();
                    self.type_new_call(&t, &args, Vec::new())
                } else {
                    Err(type_error("type() takes 1 or 3 arguments"))
                }
            }
            "dict" => {
                at_most(1)?;
                let d = collections::build_dict(Vec::new())?;
                if let (Some(src), Some(o)) = (args.first(), d.downcast::<DictObj>()) {
                    self.dict_update(o, src)?;
                }
                Ok(d)
            }
            "set" => {
                at_most(1)?;
                let items = match args.first() {
                    None => Vec::new(),
                    Some(x) => self.collect_iter(x)?,
                };
                self.build_set_of(items)
            }
            "frozenset" => self.construct_frozenset(&args),
            "bytes" | "bytearray" => self.construct_bytes_like(c.name, &args, &[], &[]),
            "complex" => complexobj::construct(&args, &[], &[]),
            "slice" => slices::construct(&args),
            other => Err(unsupported(&format!("calling {other}()"))),
        }
    }
}

/// `OSError(errno, strerror, ...)` makes the subclass for `errno`, as
/// CPython's `oserror_use_init` / `errnomap` (Linux errno values).
fn os_error_subclass(cls: &'static str, args: &[Value]) -> &'static str {
    if cls != "OSError" || !(2..=5).contains(&args.len()) {
        return cls;
    }
    match args[0].as_small_int() {
        Some(11 | 114 | 115) => "BlockingIOError",
        Some(10) => "ChildProcessError",
        Some(32 | 108) => "BrokenPipeError",
        Some(103) => "ConnectionAbortedError",
        Some(111) => "ConnectionRefusedError",
        Some(104) => "ConnectionResetError",
        Some(17) => "FileExistsError",
        Some(2) => "FileNotFoundError",
        Some(21) => "IsADirectoryError",
        Some(20) => "NotADirectoryError",
        Some(4) => "InterruptedError",
        Some(1 | 13) => "PermissionError",
        Some(3) => "ProcessLookupError",
        Some(110) => "TimeoutError",
        _ => cls,
    }
}

/// A `NameError` with its `name` attribute (what "Did you mean" looks
/// for), as CPython's name lookups set it.
fn with_name(e: Value, name: &str) -> Value {
    if let Some(x) = e.downcast::<ExceptionObj>() {
        x.dict.set("name", Some(new_str(name)));
    }
    e
}

fn unbound_error(f: &Function, s: Slot) -> Value {
    let info = f.slots.get(s.index());
    let name = info.and_then(|i| i.name.as_deref()).unwrap_or("?");
    match info.map(|i| i.kind) {
        // CPython names only exact NameErrors (no suggestion here).
        Some(SlotKind::Local | SlotKind::Cell) => exc(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        ),
        Some(SlotKind::Free) => with_name(
            exc(
                "NameError",
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            ),
            name,
        ),
        _ => exc(
            "SystemError",
            format!("krait: temporary {s} read before it was written"),
        ),
    }
}

/// CPython's `missing_arguments` error: `f() missing 2 required positional
/// arguments: 'a' and 'b'`.
fn missing_arguments<'a>(
    name: &str,
    kind: &str,
    missing: &[usize],
    param_name: impl Fn(usize) -> &'a str,
) -> Value {
    let names: Vec<String> = missing
        .iter()
        .map(|&i| format!("'{}'", param_name(i)))
        .collect();
    let n = names.len();
    let list = match n {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    };
    let s = if n == 1 { "" } else { "s" };
    type_error(format!(
        "{name}() missing {n} required {kind} argument{s}: {list}"
    ))
}

/// Sets `raised.__context__` to `handled` (see `Interp::set_context`).
fn set_context(handled: &Value, raised: &Value) {
    let handled = handled.clone();
    if handled.is(raised) {
        return;
    }
    let Some(r) = raised.downcast::<ExceptionObj>() else {
        return;
    };
    let mut o = handled.clone();
    while let Some(oe) = o.downcast::<ExceptionObj>() {
        let next = oe.context.borrow().clone();
        match next {
            Some(c) if c.is(raised) => {
                *oe.context.borrow_mut() = None;
                break;
            }
            Some(c) => o = c,
            None => break,
        }
    }
    *r.context.borrow_mut() = Some(handled);
}

/// Whether the exception `e` matches `except types:` (a class or a tuple of
/// classes, all deriving from `BaseException`).
fn exc_matches(e: &Value, types: &Value) -> PyResult<bool> {
    let classes: Vec<Value> = match types.downcast::<TupleObj>() {
        Some(t) => t.items.clone(),
        None => vec![types.clone()],
    };
    let mut names = Vec::new();
    let mut users = Vec::new();
    for c in &classes {
        match c.downcast::<ClassObj>() {
            Some(c) if c.exc_base.is_some() => names.push(c.name),
            _ if c
                .downcast::<UserClassObj>()
                .is_some_and(|u| u.exc_base.is_some()) =>
            {
                users.push(c)
            }
            _ => {
                return Err(type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
    }
    let Some(e) = e.downcast::<ExceptionObj>() else {
        return Ok(false);
    };
    Ok(names.iter().any(|n| exc_is_subclass(e.class, n))
        || e.user
            .as_ref()
            .is_some_and(|u| users.iter().any(|c| is_subclass_user(u, c))))
}

/// What `raise x` (or `from x`) uses: an exception instance as is, a
/// class called with no arguments; `None` for anything else.
fn as_exception(v: &Value) -> Option<Value> {
    if v.downcast::<ExceptionObj>().is_some() {
        return Some(v.clone());
    }
    if let Some(c) = v.downcast::<ClassObj>()
        && c.exc_base.is_some()
        && let Some(cls) = exc_class(c.name)
    {
        return Some(new_exception(cls, vec![]));
    }
    None
}

fn const_value(c: &krait_ir::Const) -> PyResult<Value> {
    use krait_ir::Const;
    Ok(match c {
        Const::None => Value::none(),
        Const::Bool(b) => Value::bool(*b),
        Const::Int(i) => Value::int(*i),
        Const::BigInt(s) => num::int_from_str_limited(s, 10, usize::MAX)
            .map(Value::from_bigint)
            .map_err(num_err)?,
        Const::Float(x) => Value::float(*x),
        Const::Str(s) => new_str(s.as_str()),
        Const::Complex { real, imag } => {
            crate::objects::new_complex(crate::complex::Complex::new(*real, *imag))
        }
        Const::Bytes(b) => crate::objects::new_bytes(b.clone()),
        Const::Ellipsis => Value::ellipsis(),
    })
}

// ------------------------------------------------------------ type names

/// `type(v).__name__`.
pub fn type_name(v: &Value) -> &'static str {
    if let Some(d) = v.downcast::<DictViewObj>() {
        return collections::view_name(d.part);
    }
    if let Some(d) = v.downcast::<DictIterObj>() {
        return collections::iter_name(d.part);
    }
    if let Some(n) = builtins::extra_type_name(v) {
        return n;
    }
    if let Some(c) = classes::user_class_of(v) {
        return c.sname;
    }
    match v.downcast::<ExceptionObj>() {
        Some(e) => e.name(),
        None => v.type_name(),
    }
}

// --------------------------------------------------------------- numbers

/// A numeric operand: bools are ints.
enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

fn to_num(v: &Value) -> Option<Num> {
    if let Some(i) = v.as_small_int() {
        return Some(Num::I(i));
    }
    if let Some(b) = v.as_bool() {
        return Some(Num::I(i64::from(b)));
    }
    if let Some(x) = v.as_float() {
        return Some(Num::F(x));
    }
    if let Some(o) = v.downcast::<IntObj>() {
        return Some(Num::B(o.value.clone()));
    }
    // An instance of an int or float subclass: its value.
    to_num(crate::objects::builtin_of(v)?)
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => b.clone(),
        Num::F(_) => BigInt::zero(),
    }
}

fn to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::B(b) => num::int_to_f64(b).map_err(num_err),
        Num::F(x) => Ok(*x),
    }
}

/// A Python int as an `i64` index (bools included); `TypeError` otherwise.
fn to_index(v: &Value) -> PyResult<i64> {
    match to_num(v) {
        Some(Num::I(i)) => Ok(i),
        Some(Num::B(b)) => b.to_i64().ok_or_else(|| {
            exc(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )
        }),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn int_binary(op: BinOp, a: &Num, b: &Num) -> PyResult<Option<Value>> {
    if let (Num::I(x), Num::I(y)) = (a, b) {
        let (x, y) = (*x, *y);
        let fast = match op {
            BinOp::Add => num::i64_add(x, y).map(Value::int),
            BinOp::Sub => num::i64_sub(x, y).map(Value::int),
            BinOp::Mul => num::i64_mul(x, y).map(Value::int),
            BinOp::FloorDiv => num::i64_floordiv(x, y).map_err(num_err)?.map(Value::int),
            BinOp::Mod => Some(Value::int(num::i64_mod(x, y).map_err(num_err)?)),
            BinOp::TrueDiv => Some(Value::float(num::i64_true_div(x, y).map_err(num_err)?)),
            BinOp::Pow => num::i64_pow(x, y).map(Value::int),
            BinOp::LShift => num::i64_lshift(x, y).map_err(num_err)?.map(Value::int),
            BinOp::RShift => Some(Value::int(num::i64_rshift(x, y).map_err(num_err)?)),
            BinOp::BitAnd => Some(Value::int(x & y)),
            BinOp::BitOr => Some(Value::int(x | y)),
            BinOp::BitXor => Some(Value::int(x ^ y)),
            BinOp::MatMul => return Ok(None),
        };
        if fast.is_some() {
            return Ok(fast);
        }
    }
    let (x, y) = (to_big(a), to_big(b));
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => num::floordiv(&x, &y).map_err(num_err)?,
        BinOp::Mod => num::modulo(&x, &y).map_err(num_err)?,
        BinOp::TrueDiv => return Ok(Some(Value::float(num::true_div(&x, &y).map_err(num_err)?))),
        BinOp::Pow => match num::pow(&x, &y).map_err(num_err)? {
            num::IntPow::Int(i) => i,
            num::IntPow::Float(f) => return Ok(Some(Value::float(f))),
        },
        BinOp::LShift => num::lshift(&x, &y).map_err(num_err)?,
        BinOp::RShift => num::rshift(&x, &y).map_err(num_err)?,
        BinOp::BitAnd => num::bitand(&x, &y),
        BinOp::BitOr => num::bitor(&x, &y),
        BinOp::BitXor => num::bitxor(&x, &y),
        BinOp::MatMul => return Ok(None),
    };
    Ok(Some(Value::from_bigint(r)))
}

fn float_binary(op: BinOp, a: &Num, b: &Num) -> PyResult<Option<Value>> {
    if !matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::TrueDiv
            | BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::Pow
    ) {
        return Ok(None);
    }
    let (x, y) = (to_f64(a)?, to_f64(b)?);
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => num::float_div(x, y).map_err(num_err)?,
        BinOp::FloorDiv => num::float_floordiv(x, y).map_err(num_err)?,
        BinOp::Mod => num::float_mod(x, y).map_err(num_err)?,
        _ => match num::float_pow(x, y).map_err(num_err)? {
            num::FloatPow::Float(f) => f,
            num::FloatPow::Complex => return complexobj::real_pow(x, y).map(Some),
        },
    };
    Ok(Some(Value::float(r)))
}

/// `a op b` (or `a op= b` when `inplace`).
/// The small-int and float cases of `binary` that need no allocation
/// beyond the result (the interpreter's hot path).
#[inline]
fn binary_fast(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        // Small ints are 63-bit: these never overflow i64.
        return match op {
            BinOp::Add => Some(Value::int(x + y)),
            BinOp::Sub => Some(Value::int(x - y)),
            BinOp::Mul => x.checked_mul(y).map(Value::int),
            BinOp::BitAnd => Some(Value::int(x & y)),
            BinOp::BitOr => Some(Value::int(x | y)),
            BinOp::BitXor => Some(Value::int(x ^ y)),
            BinOp::FloorDiv if y > 0 => Some(Value::int(x.div_euclid(y))),
            BinOp::Mod if y > 0 => Some(Value::int(x.rem_euclid(y))),
            _ => None,
        };
    }
    if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        return match op {
            BinOp::Add => Some(Value::float(x + y)),
            BinOp::Sub => Some(Value::float(x - y)),
            BinOp::Mul => Some(Value::float(x * y)),
            BinOp::TrueDiv if y != 0.0 => Some(Value::float(x / y)),
            _ => None,
        };
    }
    None
}

fn binary(op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    if let Some(v) = binary_fast(op, a, b) {
        return Ok(v);
    }
    if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
        // `bool & | ^ bool` is a bool.
        match op {
            BinOp::BitAnd => return Ok(Value::bool(x & y)),
            BinOp::BitOr => return Ok(Value::bool(x | y)),
            BinOp::BitXor => return Ok(Value::bool(x ^ y)),
            _ => {}
        }
    }
    if let Some(r) = complexobj::binary(op, a, b) {
        return r;
    }
    if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
        let r = if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
            float_binary(op, &x, &y)?
        } else {
            int_binary(op, &x, &y)?
        };
        if let Some(r) = r {
            return Ok(r);
        }
    } else if let Some(r) = seq_binary(op, a, b, inplace)? {
        return Ok(r);
    }
    let sym = op_symbol(op);
    let sym = match (op, inplace) {
        (_, true) => format!("{sym}="),
        (BinOp::Pow, false) => "** or pow()".to_string(),
        _ => sym.to_string(),
    };
    Err(type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

/// The repeat count of `seq * n`, or `None` if `n` is not an int.
fn repeat_count(n: &Value) -> PyResult<Option<usize>> {
    match to_num(n) {
        Some(Num::I(i)) => Ok(Some(i.max(0) as usize)),
        Some(Num::B(b)) => {
            // CPython takes the count as an `isize`: a negative one that
            // does not fit is an overflow too.
            if b.is_negative() && b.to_i64().is_some() {
                Ok(Some(0))
            } else {
                Err(exc(
                    "OverflowError",
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        }
        _ => Ok(None),
    }
}

fn seq_binary(op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Option<Value>> {
    if op == BinOp::Mod
        && let Some(r) = strformat::percent(a, b)
    {
        return r.map(Some);
    }
    if let Some(r) = bytesobj::binary(op, a, b, inplace) {
        return r.map(Some);
    }
    if let Some(r) = sets::set_binary(op, a, b, inplace)? {
        return Ok(Some(r));
    }
    match op {
        BinOp::BitOr => {
            let (Some(x), Some(y)) = (a.downcast::<DictObj>(), b.downcast::<DictObj>()) else {
                return Ok(None);
            };
            let out = crate::objects::new_dict(x.table.borrow().copy());
            if let Some(o) = out.downcast::<DictObj>() {
                for (k, v) in collections::dict_entries(y) {
                    collections::dict_store(o, k, v)?;
                }
            }
            Ok(Some(out))
        }
        BinOp::Add => {
            if let Some(x) = a.downcast::<StrObj>() {
                let Some(y) = b.downcast::<StrObj>() else {
                    return Err(type_error(format!(
                        "can only concatenate str (not \"{}\") to str",
                        type_name(b)
                    )));
                };
                let mut s = String::with_capacity(x.value.len() + y.value.len());
                s.push_str(&x.value);
                s.push_str(&y.value);
                return Ok(Some(new_str(s)));
            }
            if let Some(x) = a.downcast::<ListObj>() {
                if inplace {
                    let items = collect_items(b)?;
                    x.items.borrow_mut().extend(items);
                    return Ok(Some(a.clone()));
                }
                let Some(y) = b.downcast::<ListObj>() else {
                    return Err(type_error(format!(
                        "can only concatenate list (not \"{}\") to list",
                        type_name(b)
                    )));
                };
                let mut items = x.items.borrow().clone();
                items.extend(y.items.borrow().iter().cloned());
                return Ok(Some(new_list(items)));
            }
            if let Some(x) = a.downcast::<TupleObj>() {
                let Some(y) = b.downcast::<TupleObj>() else {
                    return Err(type_error(format!(
                        "can only concatenate tuple (not \"{}\") to tuple",
                        type_name(b)
                    )));
                };
                let mut items = x.items.clone();
                items.extend(y.items.iter().cloned());
                return Ok(Some(new_tuple(items)));
            }
            Ok(None)
        }
        BinOp::Mul => {
            let (seq, n) = if is_sequence(a) { (a, b) } else { (b, a) };
            if !is_sequence(seq) {
                return Ok(None);
            }
            let Some(count) = repeat_count(n)? else {
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(n)
                )));
            };
            if let Some(s) = seq.downcast::<StrObj>() {
                if s.value
                    .len()
                    .checked_mul(count)
                    .is_none_or(|n| n > isize::MAX as usize)
                {
                    return Err(exc("OverflowError", "repeated string is too long"));
                }
                return Ok(Some(new_str(s.value.repeat(count))));
            }
            if let Some(l) = seq.downcast::<ListObj>() {
                let items = repeat_items(&l.items.borrow(), count)?;
                if inplace && std::ptr::eq(seq, a) {
                    *l.items.borrow_mut() = items;
                    return Ok(Some(a.clone()));
                }
                return Ok(Some(new_list(items)));
            }
            if let Some(t) = seq.downcast::<TupleObj>() {
                return Ok(Some(new_tuple(repeat_items(&t.items, count)?)));
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

fn repeat_items(items: &[Value], count: usize) -> PyResult<Vec<Value>> {
    let total = items.len().checked_mul(count).filter(|&n| n < (1 << 40));
    let Some(total) = total else {
        return Err(new_exception("MemoryError", vec![]));
    };
    let mut out = Vec::with_capacity(total);
    for _ in 0..count {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

fn is_sequence(v: &Value) -> bool {
    v.downcast::<StrObj>().is_some()
        || v.downcast::<ListObj>().is_some()
        || v.downcast::<TupleObj>().is_some()
}

fn unary(op: UnOp, a: &Value) -> PyResult<Value> {
    if op == UnOp::Not {
        return Ok(Value::bool(!truthy(a)));
    }
    if let Some(r) = complexobj::unary(op, a) {
        return Ok(r);
    }
    let r = match (op, to_num(a)) {
        (UnOp::Neg, Some(Num::I(i))) => Some(
            num::i64_neg(i)
                .map(Value::int)
                .unwrap_or_else(|| Value::from_bigint(-BigInt::from(i))),
        ),
        (UnOp::Neg, Some(Num::B(b))) => Some(Value::from_bigint(-b)),
        (UnOp::Neg, Some(Num::F(x))) => Some(Value::float(-x)),
        (UnOp::Pos, Some(Num::I(i))) => Some(Value::int(i)),
        (UnOp::Pos, Some(Num::B(b))) => Some(Value::from_bigint(b)),
        (UnOp::Pos, Some(Num::F(x))) => Some(Value::float(x)),
        (UnOp::Invert, Some(Num::I(i))) => Some(Value::int(!i)),
        (UnOp::Invert, Some(Num::B(b))) => Some(Value::from_bigint(num::invert(&b))),
        _ => None,
    };
    r.ok_or_else(|| {
        let sym = match op {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            _ => "~",
        };
        type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            type_name(a)
        ))
    })
}

// ------------------------------------------------------------ comparison

/// Python truthiness.
pub fn truthy(v: &Value) -> bool {
    if let Some(b) = v.as_bool() {
        return b;
    }
    if v.is_none() {
        return false;
    }
    match to_num(v) {
        Some(Num::I(i)) => i != 0,
        Some(Num::B(b)) => !b.is_zero(),
        Some(Num::F(x)) => x != 0.0,
        None => complexobj::truthy(v).unwrap_or_else(|| seq_len(v).is_none_or(|n| n > 0)),
    }
}

fn seq_len(v: &Value) -> Option<usize> {
    let v = builtin_value(v);
    if let Some(n) = bytesobj::len(v) {
        return Some(n);
    }
    if let Some(s) = v.downcast::<StrObj>() {
        return Some(strops::len(&s.value));
    }
    if let Some(l) = v.downcast::<ListObj>() {
        return Some(l.items.borrow().len());
    }
    if let Some(t) = v.downcast::<TupleObj>() {
        return Some(t.items.len());
    }
    if let Some(r) = v.downcast::<RangeObj>() {
        return Some(range_len(r.start, r.stop, r.step) as usize);
    }
    if let Some(d) = v.downcast::<DictObj>() {
        return Some(d.table.borrow().len());
    }
    if let Some(s) = v.downcast::<SetObj>() {
        return Some(s.table.borrow().len());
    }
    if let Some(d) = v.downcast::<DictViewObj>() {
        return d.dict.downcast::<DictObj>().map(|d| d.table.borrow().len());
    }
    None
}

fn num_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::I(a), Num::I(b)) => Some(a.cmp(b)),
        (Num::F(a), Num::F(b)) => a.partial_cmp(b),
        (Num::I(a), Num::F(b)) => num::cmp_i64_float(*a, *b),
        (Num::F(a), Num::I(b)) => num::cmp_i64_float(*b, *a).map(Ordering::reverse),
        (Num::B(a), Num::F(b)) => num::cmp_int_float(a, *b),
        (Num::F(a), Num::B(b)) => num::cmp_int_float(b, *a).map(Ordering::reverse),
        _ => Some(to_big(x).cmp(&to_big(y))),
    }
}

/// The items of a list or tuple (a snapshot).
fn seq_items(v: &Value) -> Option<Vec<Value>> {
    if let Some(l) = v.downcast::<ListObj>() {
        return Some(l.items.borrow().clone());
    }
    v.downcast::<TupleObj>().map(|t| t.items.clone())
}

/// `a == b`.
fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    let (a, b) = (builtin_value(a), builtin_value(b));
    if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
        return Ok(num_cmp(&x, &y) == Some(Ordering::Equal));
    }
    if let Some(r) = bytesobj::eq(a, b).or_else(|| complexobj::eq(a, b)) {
        return Ok(r);
    }
    if let Some(r) = slices::slice_eq(a, b) {
        return r;
    }
    if let (Some(x), Some(y)) = (a.downcast::<StrObj>(), b.downcast::<StrObj>()) {
        return Ok(x.value == y.value);
    }
    let same_kind = (a.downcast::<ListObj>().is_some() && b.downcast::<ListObj>().is_some())
        || (a.downcast::<TupleObj>().is_some() && b.downcast::<TupleObj>().is_some());
    if same_kind && let (Some(x), Some(y)) = (seq_items(a), seq_items(b)) {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(&y) {
            if !(p.is(q) || eq(p, q)?) {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    if let (Some(x), Some(y)) = (a.downcast::<RangeObj>(), b.downcast::<RangeObj>()) {
        let (n, m) = (
            range_len(x.start, x.stop, x.step),
            range_len(y.start, y.stop, y.step),
        );
        return Ok(n == m && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step))));
    }
    if let Some(r) = collections::collection_eq(a, b) {
        return r;
    }
    if let Some(r) = generic::eq(a, b) {
        return r;
    }
    Ok(a.is(b))
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        _ => "==",
    }
}

fn ordering_holds(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

/// `a op b` for the ordering operators.
fn order(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let (a, b) = (builtin_value(a), builtin_value(b));
    if let Some(r) = sets::set_order(op, a, b) {
        return r;
    }
    if let (Some(x), Some(y)) = (to_num(a), to_num(b)) {
        return Ok(num_cmp(&x, &y).is_some_and(|o| ordering_holds(op, o)));
    }
    if let (Some(x), Some(y)) = (a.downcast::<StrObj>(), b.downcast::<StrObj>()) {
        return Ok(ordering_holds(op, x.value.cmp(&y.value)));
    }
    if let Some(r) = bytesobj::order(op, a, b) {
        return Ok(r);
    }
    let same_kind = (a.downcast::<ListObj>().is_some() && b.downcast::<ListObj>().is_some())
        || (a.downcast::<TupleObj>().is_some() && b.downcast::<TupleObj>().is_some());
    if same_kind && let (Some(x), Some(y)) = (seq_items(a), seq_items(b)) {
        for (p, q) in x.iter().zip(&y) {
            if !(p.is(q) || eq(p, q)?) {
                return order(op, p, q);
            }
        }
        return Ok(ordering_holds(op, x.len().cmp(&y.len())));
    }
    Err(type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        cmp_symbol(op),
        type_name(a),
        type_name(b)
    )))
}

fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(r) = bytesobj::contains(container, item) {
        return r;
    }
    if let Some(d) = container.downcast::<DictObj>() {
        return Ok(collections::dict_lookup(d, item)?.is_some());
    }
    if let Some(s) = container.downcast::<SetObj>() {
        return collections::set_contains(s, item);
    }
    if let Some(v) = container.downcast::<DictViewObj>() {
        if v.part == DictPart::Keys
            && let Some(d) = v.dict.downcast::<DictObj>()
        {
            return Ok(collections::dict_lookup(d, item)?.is_some());
        }
        for x in collections::view_items(v) {
            if x.is(item) || eq(&x, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(s) = container.downcast::<StrObj>() {
        let Some(sub) = item.downcast::<StrObj>() else {
            return Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(item)
            )));
        };
        return Ok(s.value.contains(sub.value.as_str()));
    }
    if let Some(items) = seq_items(container) {
        for x in &items {
            if x.is(item) || eq(x, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = container.downcast::<RangeObj>() {
        return Ok(match to_num(item) {
            Some(Num::I(i)) if item.as_float().is_none() => {
                let n = range_len(r.start, r.stop, r.step) as i128;
                let off = i as i128 - r.start as i128;
                off % r.step as i128 == 0 && (0..n).contains(&(off / r.step as i128))
            }
            _ => false,
        });
    }
    Err(type_error(format!(
        "argument of type '{}' is not iterable",
        type_name(container)
    )))
}

/// Reads slot `s`: a temporary is taken (its one read), anything else
/// cloned.
#[inline(always)]
fn read_slot(frame: &mut Frame, f: &Function, s: Slot) -> PyResult<Value> {
    let i = s.index();
    let (Some(info), Some(cell)) = (f.slots.get(i), frame.slots.get_mut(i)) else {
        return Err(exc(
            "SystemError",
            format!("krait: slot {s} does not exist"),
        ));
    };
    let v = if info.kind == SlotKind::Temp {
        cell.take()
    } else {
        cell.clone()
    };
    v.ok_or_else(|| unbound_error(f, s))
}

/// The common cases of `Interp::terminate`, inline in the run loop: a jump,
/// a branch on a bool, a `for` step over a range or a list. `None` leaves
/// the terminator to `terminate` untouched.
#[inline(always)]
fn term_fast(frame: &mut Frame, f: &Function, term: &Terminator) -> Option<()> {
    let to = match term {
        Terminator::Jump(b) => *b,
        Terminator::Branch {
            cond,
            then,
            otherwise,
        } => {
            let c = frame.slots.get(cond.index())?.as_ref()?.as_bool()?;
            f.slots.get(cond.index())?;
            consume(frame, f, *cond);
            if c { *then } else { *otherwise }
        }
        Terminator::ForIter {
            iter,
            dst,
            body,
            done,
        } => {
            check_slot(frame, *dst)?;
            let it = frame.slots.get(iter.index())?.as_ref()?;
            let next = if let Some(r) = it.downcast::<RangeIterObj>() {
                let left = r.remaining.get();
                if left == 0 {
                    None
                } else {
                    r.remaining.set(left - 1);
                    let v = r.next.get();
                    r.next.set(v.wrapping_add(r.step));
                    Some(Value::int(v))
                }
            } else {
                let s = it.downcast::<SeqIterObj>()?;
                let l = s.seq.downcast::<ListObj>()?;
                let pos = s.pos.get();
                let v = l.items.borrow().get(pos).cloned();
                s.pos.set(pos + 1);
                v
            };
            match next {
                Some(v) => {
                    frame.slots[dst.index()] = Some(v);
                    *body
                }
                None => {
                    // The loop is over: release the iterator.
                    frame.slots[iter.index()] = None;
                    *done
                }
            }
        }
        _ => return None,
    };
    frame.block = to.index();
    frame.ip = 0;
    Some(())
}

/// Empties every slot (dropping the references they hold).
#[inline(always)]
fn empty_slots(slots: &mut [Option<Value>]) {
    for s in slots {
        if s.is_some() {
            drop(s.take());
        }
    }
}

/// `Some` when `s` is one of the frame's slots.
#[inline(always)]
fn check_slot(frame: &Frame, s: Slot) -> Option<()> {
    (s.index() < frame.slots.len()).then_some(())
}

/// Finishes a read of slot `s` whose value a fast path has borrowed: a
/// temporary is consumed by its read (as `Interp::read` takes it).
#[inline(always)]
fn consume(frame: &mut Frame, f: &Function, s: Slot) {
    if f.slots
        .get(s.index())
        .is_some_and(|i| i.kind == SlotKind::Temp)
        && let Some(cell) = frame.slots.get_mut(s.index())
    {
        drop(cell.take());
    }
}

/// The small-int and float cases of `compare` (the interpreter's hot
/// path); `None` for everything else.
#[inline(always)]
fn compare_fast(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return match op {
            CmpOp::Lt => Some(x < y),
            CmpOp::Le => Some(x <= y),
            CmpOp::Gt => Some(x > y),
            CmpOp::Ge => Some(x >= y),
            CmpOp::Eq => Some(x == y),
            CmpOp::Ne => Some(x != y),
            _ => None,
        };
    }
    None
}

/// `a op b` for a comparison operator.
fn compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        match op {
            CmpOp::Lt => return Ok(x < y),
            CmpOp::Le => return Ok(x <= y),
            CmpOp::Gt => return Ok(x > y),
            CmpOp::Ge => return Ok(x >= y),
            CmpOp::Eq => return Ok(x == y),
            CmpOp::Ne => return Ok(x != y),
            _ => {}
        }
    }
    match op {
        CmpOp::Is => Ok(a.is(b)),
        CmpOp::IsNot => Ok(!a.is(b)),
        CmpOp::Eq => eq(a, b),
        CmpOp::Ne => Ok(!eq(a, b)?),
        CmpOp::In => contains(b, a),
        CmpOp::NotIn => Ok(!contains(b, a)?),
        CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge => order(op, a, b),
    }
}

// ------------------------------------------------------------- sequences

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

/// An int subscript of a list, tuple or str: one past `isize` is an
/// `IndexError`, as CPython's `PyNumber_AsSsize_t(k, PyExc_IndexError)`.
fn seq_index(k: &Value) -> PyResult<i64> {
    to_index(k).map_err(|_| exc("IndexError", "cannot fit 'int' into an index-sized integer"))
}

fn getitem(o: &Value, k: &Value) -> PyResult<Value> {
    let o = builtin_value(o);
    if let Some(s) = k.downcast::<crate::objects::SliceObj>()
        && let Some(v) = slices::get_slice(o, s)?
    {
        return Ok(v);
    }
    if let Some(d) = o.downcast::<DictObj>() {
        return collections::dict_lookup(d, k)?.ok_or_else(|| collections::key_error(k));
    }
    if let Some(r) = bytesobj::getitem(o, k) {
        return r;
    }
    let is_int = |k: &Value| matches!(to_num(k), Some(Num::I(_) | Num::B(_)));
    if let Some(l) = o.downcast::<ListObj>() {
        if !is_int(k) {
            return Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(k)
            )));
        }
        let items = l.items.borrow();
        return norm_index(seq_index(k)?, items.len())
            .map(|i| items[i].clone())
            .ok_or_else(|| exc("IndexError", "list index out of range"));
    }
    if let Some(t) = o.downcast::<TupleObj>() {
        if !is_int(k) {
            return Err(type_error(format!(
                "tuple indices must be integers or slices, not {}",
                type_name(k)
            )));
        }
        return norm_index(seq_index(k)?, t.items.len())
            .map(|i| t.items[i].clone())
            .ok_or_else(|| exc("IndexError", "tuple index out of range"));
    }
    if let Some(s) = o.downcast::<StrObj>() {
        if !is_int(k) {
            return Err(type_error(format!(
                "string indices must be integers, not '{}'",
                type_name(k)
            )));
        }
        let c = strops::getitem(&s.value, seq_index(k)?).map_err(str_err)?;
        return Ok(new_str(c.to_string()));
    }
    if let Some(r) = o.downcast::<RangeObj>() {
        if !is_int(k) {
            return Err(type_error(format!(
                "range indices must be integers or slices, not {}",
                type_name(k)
            )));
        }
        let n = range_len(r.start, r.stop, r.step) as usize;
        return norm_index(to_index(k).unwrap_or(i64::MAX), n)
            .map(|i| Value::int((r.start as i128 + r.step as i128 * i as i128) as i64))
            .ok_or_else(|| exc("IndexError", "range object index out of range"));
    }
    Err(type_error(format!(
        "'{}' object is not subscriptable",
        type_name(o)
    )))
}

fn setitem(o: &Value, k: &Value, v: Value) -> PyResult<()> {
    if let Some(r) = bytesobj::setitem(o, k, &v) {
        return r;
    }
    if let Some(s) = k.downcast::<crate::objects::SliceObj>()
        && let Some(l) = o.downcast::<ListObj>()
    {
        let items = if v.is(o) {
            l.items.borrow().clone()
        } else {
            match collect_items(&v) {
                Ok(items) => items,
                Err(_) => return Err(type_error("can only assign an iterable")),
            }
        };
        return slices::set_slice(l, s, items);
    }
    if let Some(d) = o.downcast::<DictObj>() {
        return collections::dict_store(d, k.clone(), v);
    }
    if let Some(l) = o.downcast::<ListObj>() {
        if !matches!(to_num(k), Some(Num::I(_) | Num::B(_))) {
            return Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(k)
            )));
        }
        let old = {
            let mut items = l.items.borrow_mut();
            let len = items.len();
            let Some(i) = norm_index(seq_index(k)?, len) else {
                return Err(exc("IndexError", "list assignment index out of range"));
            };
            std::mem::replace(&mut items[i], v)
        };
        drop(old);
        return Ok(());
    }
    Err(type_error(format!(
        "'{}' object does not support item assignment",
        type_name(o)
    )))
}

/// `del o[k]`.
fn delitem(o: &Value, k: &Value) -> PyResult<()> {
    if let Some(r) = bytesobj::delitem(o, k) {
        return r;
    }
    if let Some(d) = o.downcast::<DictObj>() {
        return match collections::dict_remove(d, k)? {
            Some(v) => {
                drop(v);
                Ok(())
            }
            None => Err(collections::key_error(k)),
        };
    }
    if let Some(l) = o.downcast::<ListObj>() {
        if let Some(s) = k.downcast::<crate::objects::SliceObj>() {
            return slices::del_slice(l, s);
        }
        if !matches!(to_num(k), Some(Num::I(_) | Num::B(_))) {
            return Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(k)
            )));
        }
        let old = {
            let mut items = l.items.borrow_mut();
            let len = items.len();
            let Some(i) = norm_index(seq_index(k)?, len) else {
                return Err(exc("IndexError", "list assignment index out of range"));
            };
            items.remove(i)
        };
        drop(old);
        return Ok(());
    }
    Err(type_error(format!(
        "'{}' object doesn't support item deletion",
        type_name(o)
    )))
}

fn is_type_error(e: &Value) -> bool {
    e.downcast::<ExceptionObj>()
        .is_some_and(|x| x.class == "TypeError")
}

fn is_iterable(v: &Value) -> bool {
    get_iter(v).is_ok()
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`):
/// `f()` for functions, `C()` for classes, `str.join()` for methods.
fn callable_name(v: &Value) -> String {
    if let Some(fo) = v.downcast::<FunctionObj>() {
        return format!("__main__.{}()", fo.qualname);
    }
    if let Some(b) = v.downcast::<BuiltinObj>() {
        return format!("{}()", b.which.name());
    }
    if let Some(c) = v.downcast::<ClassObj>() {
        return format!("{}()", c.name);
    }
    if let Some(c) = v.downcast::<UserClassObj>() {
        return format!("__main__.{}()", c.name);
    }
    if let Some(m) = v.downcast::<BoundMethodObj>() {
        return callable_name(&m.func);
    }
    format!("{} object", type_name(v))
}

fn get_iter(v: &Value) -> PyResult<Value> {
    let v = builtin_value(v);
    if v.downcast::<GeneratorObj>().is_some() {
        return Ok(v.clone());
    }
    if let Some(r) = v.downcast::<RangeObj>() {
        return Ok(new_range_iter(r));
    }
    if is_sequence(v) {
        return Ok(new_seq_iter(v.clone()));
    }
    if v.downcast::<DictObj>().is_some() {
        return Ok(new_dict_iter(v.clone(), DictPart::Keys));
    }
    if let Some(d) = v.downcast::<DictViewObj>() {
        return Ok(new_dict_iter(d.dict.clone(), d.part));
    }
    if v.downcast::<SetObj>().is_some() {
        return Ok(new_set_iter(v.clone()));
    }
    if v.downcast::<RangeIterObj>().is_some()
        || v.downcast::<SeqIterObj>().is_some()
        || v.downcast::<DictIterObj>().is_some()
        || v.downcast::<SetIterObj>().is_some()
        || v.downcast::<crate::objects::LazyIterObj>().is_some()
    {
        return Ok(v.clone());
    }
    if let Some(it) = builtins::extra_iter(v) {
        return Ok(it);
    }
    Err(type_error(format!(
        "'{}' object is not iterable",
        type_name(v)
    )))
}

/// The next item of an iterator, `None` when it is exhausted.
fn iter_next(it: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = collections::iter_next(it) {
        return r;
    }
    if let Some(r) = builtins::extra_next(it) {
        return r;
    }
    if let Some(r) = it.downcast::<RangeIterObj>() {
        let left = r.remaining.get();
        if left == 0 {
            return Ok(None);
        }
        r.remaining.set(left - 1);
        let v = r.next.get();
        r.next.set(v.wrapping_add(r.step));
        return Ok(Some(Value::int(v)));
    }
    if let Some(s) = it.downcast::<SeqIterObj>() {
        let pos = s.pos.get();
        if let Some(l) = s.seq.downcast::<ListObj>() {
            let items = l.items.borrow();
            let v = items.get(pos).cloned();
            s.pos.set(pos + 1);
            return Ok(v);
        }
        if let Some(t) = s.seq.downcast::<TupleObj>() {
            s.pos.set(pos + 1);
            return Ok(t.items.get(pos).cloned());
        }
        if let Some(st) = s.seq.downcast::<StrObj>() {
            let Some(c) = st.value.get(pos..).and_then(|r| r.chars().next()) else {
                return Ok(None);
            };
            s.pos.set(pos + c.len_utf8());
            return Ok(Some(new_str(c.to_string())));
        }
    }
    Err(type_error(format!(
        "'{}' object is not an iterator",
        type_name(it)
    )))
}

impl Interp<'_, '_> {
    /// `a, b = v`: exactly `n` items.
    fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        // A tuple or list of the right length (CPython's fast path; any
        // other length takes the iterator path and its messages).
        if let Some(t) = v.downcast::<TupleObj>()
            && t.items.len() == n
        {
            return Ok(t.items.clone());
        }
        if let Some(l) = v.downcast::<ListObj>() {
            let items = l.items.borrow();
            if items.len() == n {
                return Ok(items.clone());
            }
        }
        // A user `__iter__`'s own errors propagate.
        let it = if classes::dunder(v, "__iter__").is_some()
            || classes::dunder(v, "__getitem__").is_some()
        {
            Ok(self.iter_of(v)?)
        } else {
            get_iter(v)
        };
        let it = it.map_err(|_| {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(v)
            ))
        })?;
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.iter_next(&it)? {
                Some(x) => out.push(x),
                None => {
                    return Err(exc(
                        "ValueError",
                        format!(
                            "not enough values to unpack (expected {n}, got {})",
                            out.len()
                        ),
                    ));
                }
            }
        }
        if self.iter_next(&it)?.is_some() {
            return Err(exc(
                "ValueError",
                format!("too many values to unpack (expected {n})"),
            ));
        }
        Ok(out)
    }
}

/// `ascii()` of a repr: non-ASCII characters escaped.
fn ascii(repr: &str) -> String {
    let mut out = String::new();
    for c in repr.chars() {
        let n = c as u32;
        match n {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            _ => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// `format(v, spec)`.
fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    use crate::format as fmt;
    let ferr = |e: fmt::FormatError| exc(e.kind, e.msg);
    if let Some(b) = v.as_bool() {
        if spec.is_empty() {
            return to_str(v);
        }
        return fmt::format_int_typed(&BigInt::from(u8::from(b)), spec, "bool").map_err(ferr);
    }
    if let Some(s) = v.downcast::<StrObj>() {
        return fmt::format_str(&s.value, spec).map_err(ferr);
    }
    if let Some(r) = complexobj::format(v, spec) {
        return r;
    }
    match to_num(v) {
        Some(Num::F(x)) => fmt::format_float(x, spec).map_err(ferr),
        Some(n) => fmt::format_int(&to_big(&n), spec).map_err(ferr),
        None if spec.is_empty() => to_str(v),
        None => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(v)
        ))),
    }
}

/// All items of a built-in iterable (no generators: see
/// `Interp::collect_iter`).
fn collect_items(v: &Value) -> PyResult<Vec<Value>> {
    let it = get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = iter_next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `float(s)` for a str.
fn parse_float(s: &str) -> PyResult<f64> {
    let t = s.trim_matches(strops::char_isspace);
    let bad = || {
        let mut r = String::from("could not convert string to float: ");
        push_repr_text(&mut r, s);
        exc("ValueError", r)
    };
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(b) => (-1.0, b),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(sign * f64::NAN),
        _ => {}
    }
    let valid = !body.is_empty()
        && body.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'));
    if !valid {
        return Err(bad());
    }
    // Underscores only between digits.
    let b = body.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_'
            && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            return Err(bad());
        }
    }
    body.replace('_', "")
        .parse::<f64>()
        .map(|x| sign * x)
        .map_err(|_| bad())
}

// --------------------------------------------------------- str and repr

/// `str(v)`.
pub fn to_str(v: &Value) -> PyResult<String> {
    if let Some(s) = v.downcast::<StrObj>() {
        return Ok(s.value.clone());
    }
    if let Some(e) = v.downcast::<ExceptionObj>() {
        return exc_str(e);
    }
    to_repr(v)
}

/// `str(exc)`.
fn exc_str(e: &ExceptionObj) -> PyResult<String> {
    if let Some(s) = exgroup::group_str(e) {
        return Ok(s);
    }
    if exc_is_subclass(e.class, "OSError")
        && let Some(r) = files::os_error_str(&e.args.borrow())
    {
        return r;
    }
    if exc_is_subclass(e.class, "SyntaxError")
        && let [msg, place] = &e.args.borrow()[..]
        && let Some(t) = place.downcast::<TupleObj>()
        && t.items.len() >= 4
    {
        // "msg (file, line N)", the file's base name only.
        let msg = to_str(msg)?;
        let file = t.items[0]
            .downcast::<StrObj>()
            .map(|f| f.value.rsplit('/').next().unwrap_or("").to_owned());
        let line = t.items[1].as_small_int();
        return Ok(match (file, line) {
            (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(n)) => format!("{msg} (line {n})"),
            (None, None) => msg,
        });
    }
    match &e.args.borrow()[..] {
        [] => Ok(String::new()),
        [a] if e.class == "KeyError" => to_repr(a),
        [a] => to_str(a),
        args => repr_seq(args, "(", ")", true),
    }
}

fn repr_seq(items: &[Value], open: &str, close: &str, tuple: bool) -> PyResult<String> {
    let mut s = String::from(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&to_repr(x)?);
    }
    if tuple && items.len() == 1 {
        s.push(',');
    }
    s.push_str(close);
    Ok(s)
}

thread_local! {
    /// Lists being repr'd (for `[...]` on self-reference).
    pub(super) static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `repr(v)`.
pub fn to_repr(v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    if let Some(s) = v.downcast::<crate::objects::SliceObj>() {
        return slices::repr(s);
    }
    if let Some(g) = v.downcast::<GeneratorObj>() {
        return Ok(format!(
            "<generator object {} at {:#x}>",
            g.qualname, g as *const GeneratorObj as usize
        ));
    }
    if let Some(m) = v.downcast::<crate::objects::MemberObj>() {
        return Ok(format!("<member '{}' of '{}' objects>", m.name, m.owner));
    }
    if let Some(b) = v.as_bool() {
        return Ok(if b { "True" } else { "False" }.to_string());
    }
    if v.is_none() {
        return Ok("None".to_string());
    }
    if v.is_not_implemented() {
        return Ok("NotImplemented".to_string());
    }
    if v.is_ellipsis() {
        return Ok("Ellipsis".to_string());
    }
    if let Some(o) = v.downcast::<IntObj>() {
        return num::int_to_str(&o.value).map_err(num_err);
    }
    if let Some(x) = v.as_float() {
        return Ok(repr_float(x));
    }
    if let Some(s) = v.downcast::<StrObj>() {
        let mut r = String::new();
        push_repr_text(&mut r, &s.value);
        return Ok(r);
    }
    if let Some(t) = v.downcast::<TupleObj>() {
        return repr_seq(&t.items, "(", ")", true);
    }
    if let Some(l) = v.downcast::<ListObj>() {
        let id = l as *const ListObj as usize;
        if REPR_ACTIVE.with(|a| a.borrow().contains(&id)) {
            return Ok("[...]".to_string());
        }
        REPR_ACTIVE.with(|a| a.borrow_mut().push(id));
        let items = l.items.borrow().clone();
        let r = repr_seq(&items, "[", "]", false);
        REPR_ACTIVE.with(|a| a.borrow_mut().retain(|&x| x != id));
        return r;
    }
    if let Some(r) = complexobj::repr(v) {
        return Ok(r);
    }
    if let Some(r) = builtins::extra_repr(v) {
        return r;
    }
    if let Some(r) = collections::repr(v) {
        return r;
    }
    if let Some(m) = v.downcast::<MethodObj>() {
        if let Some(c) = m.receiver.downcast::<ClassObj>() {
            return Ok(typemethods::class_method_repr(c, m.name));
        }
        let addr = m as *const MethodObj as usize;
        return Ok(format!(
            "<built-in method {} of {} object at {addr:#x}>",
            m.name,
            type_name(&m.receiver)
        ));
    }
    if let Some(r) = v.downcast::<RangeObj>() {
        return Ok(if r.step == 1 {
            format!("range({}, {})", r.start, r.stop)
        } else {
            format!("range({}, {}, {})", r.start, r.stop, r.step)
        });
    }
    if let Some(e) = v.downcast::<ExceptionObj>() {
        return Ok(match &files::exc_args(e)[..] {
            [a] => format!("{}({})", e.name(), to_repr(a)?),
            args => format!("{}{}", e.name(), repr_seq(args, "(", ")", false)?),
        });
    }
    if let Some(c) = v.downcast::<ClassObj>() {
        return Ok(format!("<class '{}'>", c.name));
    }
    if let Some(r) = generic::repr(v) {
        return r;
    }
    if let Some(c) = v.downcast::<UserClassObj>() {
        let module = c
            .dict
            .borrow()
            .iter()
            .find(|(k, _)| k == "__module__")
            .and_then(|(_, m)| m.downcast::<StrObj>().map(|s| s.value.clone()));
        return Ok(match module.as_deref() {
            Some("builtins") => format!("<class '{}'>", c.qualname),
            Some(m) => format!("<class '{m}.{}'>", c.qualname),
            None => format!("<class '__main__.{}'>", c.qualname),
        });
    }
    if let Some(i) = v.downcast::<InstanceObj>() {
        let addr = i as *const InstanceObj as usize;
        return Ok(match i.class.downcast::<UserClassObj>() {
            Some(c) => format!("<__main__.{} object at {addr:#x}>", c.qualname),
            None => format!("<object object at {addr:#x}>"),
        });
    }
    if let Some(m) = v.downcast::<BoundMethodObj>() {
        let q = m
            .func
            .downcast::<FunctionObj>()
            .map_or(String::new(), |f| f.qualname.clone());
        return Ok(format!("<bound method {q} of {}>", to_repr(&m.receiver)?));
    }
    if let Some(b) = v.downcast::<BuiltinObj>() {
        return Ok(format!("<built-in function {}>", b.which.name()));
    }
    if let Some(r) = v.downcast::<crate::objects::RustFnObj>() {
        return Ok(format!("<built-in function {}>", r.name));
    }
    if let Some(w) = v.downcast::<crate::objects::WeakRefObj>() {
        let me = w as *const crate::objects::WeakRefObj as usize;
        return Ok(match w.get() {
            Some(t) => format!(
                "<weakref at {me:#x}; to '{}' at {:#x}>",
                type_name(&t),
                t.id()
            ),
            None => format!("<weakref at {me:#x}; dead>"),
        });
    }
    if let Some(r) = modules::native_repr(v) {
        return Ok(r);
    }
    if let Some(f) = v.downcast::<FunctionObj>() {
        let addr = f as *const FunctionObj as usize;
        // An assigned `__qualname__` (`functools.wraps`) is what it shows.
        let assigned = f
            .dict
            .borrow()
            .iter()
            .find(|(k, _)| k == "__qualname__")
            .and_then(|(_, v)| v.downcast::<StrObj>().map(|s| s.value.clone()));
        let q = assigned.as_deref().unwrap_or(&f.qualname);
        return Ok(format!("<function {q} at {addr:#x}>"));
    }
    let addr = if let Some(o) = v.downcast::<RangeIterObj>() {
        o as *const RangeIterObj as usize
    } else if let Some(o) = v.downcast::<SeqIterObj>() {
        o as *const SeqIterObj as usize
    } else if let Some(o) = v.downcast::<crate::objects::LazyIterObj>() {
        o as *const crate::objects::LazyIterObj as usize
    } else {
        0
    };
    Ok(format!("<{} object at {addr:#x}>", type_name(v)))
}

// ------------------------------------------------------------ tracebacks

/// The 1-based line number of byte `offset` and that line's text (without
/// its line ending), with the byte offset where the line starts.
fn line_at(source: &str, offset: usize) -> (usize, usize, &str) {
    let offset = offset.min(source.len());
    let start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let line = source[start..end]
        .strip_suffix('\r')
        .unwrap_or(&source[start..end]);
    let lineno = source[..start].matches('\n').count() + 1;
    (lineno, start, line)
}

fn char_offset(s: &str, byte: usize) -> usize {
    s.get(..byte.min(s.len())).map_or(0, |p| p.chars().count())
}

/// CPython's anchors (`extract_anchors_from_line`) for a one-line
/// segment: `(left_end, right_start, primary, secondary)` in chars of the
/// segment.
fn segment_anchors(segment: &str) -> Option<(usize, usize, char, char)> {
    use krait_frontend::ast::{ExprKind, StmtKind};
    let module = krait_frontend::parse_module(segment).ok()?;
    let [stmt] = &module.body[..] else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\x0c');
    let (left, right, primary, secondary) = match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (lend, rstart) = (left.range.end as usize, right.range.start as usize);
            let (mut la, mut ra) = (None, None);
            let (mut p, mut s) = ('^', '^');
            let mut i = lend;
            while i < rstart {
                let c = bytes[i];
                if ws(c) {
                    i += 1;
                    continue;
                }
                la = Some(i);
                ra = Some(if i + 1 < rstart && !ws(bytes[i + 1]) {
                    i + 2
                } else {
                    i + 1
                });
                if i + 1 < rstart && c == b')' {
                    i += 1;
                    continue;
                }
                p = '~';
                s = '^';
                break;
            }
            (la?, ra?, p, s)
        }
        ExprKind::Subscript { value, slice, .. } => (
            value.range.end as usize,
            slice.range.end as usize + 1,
            '~',
            '^',
        ),
        _ => return None,
    };
    Some((
        char_offset(segment, left),
        char_offset(segment, right),
        primary,
        secondary,
    ))
}

/// One frame's lines: `  File ..., line N, in name`, the source line and
/// (when they add information) 3.11's position markers.
fn format_frame(out: &mut String, filename: &str, name: &str, source: &str, span: Span) {
    let (lineno, line_start, line) = line_at(source, span.start as usize);
    out.push_str(&format!(
        "  File \"{filename}\", line {lineno}, in {name}\n"
    ));
    let indent_chars = line
        .chars()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let indent_bytes: usize = line.chars().take(indent_chars).map(char::len_utf8).sum();
    let stripped = &line[indent_bytes..];
    // `exec`/`eval` code has no file CPython could read the line from.
    if stripped.is_empty() || filename == "<string>" {
        return;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    let line_end = line_start + line.len();
    let (s, e) = (span.start as usize, span.end as usize);
    if s < line_start || e < s {
        return;
    }
    let start = char_offset(line, s - line_start);
    let mut anchors = None;
    let end = if e <= line_end {
        let end = char_offset(line, e - line_start);
        if let Some(segment) = line.get(s - line_start..e - line_start) {
            anchors = segment_anchors(segment).map(|(l, r, p, q)| (l + start, r + start, p, q));
        }
        end
    } else {
        // A multi-line span: up to the line's last non-blank character.
        line.trim_end_matches([' ', '\t', '\x0c', '\r', '\n'])
            .chars()
            .count()
    };
    let stripped_len = stripped.chars().count();
    if end.saturating_sub(start) == stripped_len && anchors.is_none() {
        return;
    }
    let mut carets = String::from("    ");
    for _ in indent_chars..start {
        carets.push(' ');
    }
    for pos in start..end {
        carets.push(match anchors {
            Some((l, r, _, q)) if l <= pos && pos < r => q,
            Some((_, _, p, _)) => p,
            None => '^',
        });
    }
    out.push_str(&carets);
    out.push('\n');
}

/// CPython 3.11's report of an uncaught exception: the traceback (with
/// repeated lines collapsed) and `Type: message`.
pub fn format_traceback(module: &Module, filename: &str, source: &str, exc: &Value) -> String {
    let sources = imports::Sources {
        module: module.clone(),
        fn_module: vec![0; module.functions.len()],
        files: vec![(filename.to_owned(), Rc::from(source))],
        code: Vec::new(),
    };
    format_chain(&sources, exc, &mut Vec::new(), &mut |e| to_str(e))
}

/// One exception's report, preceded by its cause's (each exception once,
/// as CPython's `seen` set); exception groups are drawn in CPython's boxes.
fn format_chain(
    sources: &imports::Sources,
    exc: &Value,
    seen: &mut Vec<Value>,
    msg_of: &mut dyn FnMut(&Value) -> PyResult<String>,
) -> String {
    let mut out = String::new();
    let mut ctx = PrintCtx {
        depth: 0,
        need_close: false,
    };
    format_exc(sources, exc, seen, msg_of, &mut ctx, &mut out);
    out
}

/// Where the printing of nested exception groups is: each level indents
/// by two columns and draws a `| ` margin.
struct PrintCtx {
    depth: usize,
    need_close: bool,
}

/// A group's sub-exceptions shown (more are summed up), levels of nesting
/// drawn: CPython's `max_group_width` and `max_group_depth`.
const GROUP_WIDTH: usize = 15;
const GROUP_DEPTH: usize = 10;

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, each line indented (with the margin inside groups).
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn format_exc(
    sources: &imports::Sources,
    exc: &Value,
    seen: &mut Vec<Value>,
    msg_of: &mut dyn FnMut(&Value) -> PyResult<String>,
    ctx: &mut PrintCtx,
    out: &mut String,
) {
    // The chain, this exception first, then what it was caused by or
    // raised during; printed oldest first.
    let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
    let mut cur = Some(exc.clone());
    while let Some(e) = cur.take() {
        seen.push(e.clone());
        // The message introducing `e` after what it chains to.
        let mut msg = None;
        if let Some(x) = e.downcast::<ExceptionObj>() {
            let cause = x.cause.borrow().clone();
            let context = x.context.borrow().clone();
            if let Some(c) = cause {
                if !seen.iter().any(|s| s.is(&c)) {
                    msg = Some(
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                    );
                    cur = Some(c);
                }
            } else if let Some(c) = context
                && !x.suppress_context.get()
                && !seen.iter().any(|s| s.is(&c))
            {
                msg = Some(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
                cur = Some(c);
            }
        }
        chain.push((msg, e));
    }
    for (msg, e) in chain.into_iter().rev() {
        if let Some(m) = msg {
            ctx.emit(out, m, '|');
        }
        let Some(x) = e.downcast::<ExceptionObj>() else {
            ctx.emit(out, &format!("{}\n", type_name(&e)), '|');
            continue;
        };
        let stack = format_stack(sources, x);
        let only = exception_only(&e, x, msg_of);
        if !exc_is_subclass(x.class, "BaseExceptionGroup") {
            if !stack.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &stack, '|');
            }
            ctx.emit(out, &only, '|');
            continue;
        }
        if ctx.depth > GROUP_DEPTH {
            ctx.emit(
                out,
                &format!("... (max_group_depth is {GROUP_DEPTH})\n"),
                '|',
            );
            continue;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if !stack.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            ctx.emit(out, &stack, '|');
        }
        ctx.emit(out, &only, '|');
        let items = exgroup::group_items(x);
        let n = items.len().min(GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, item) in items.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let lead = if i == 0 { "+-" } else { "  " };
            out.push_str(&format!(
                "{}{lead}+---------------- {title} ----------------\n",
                ctx.indent()
            ));
            ctx.depth += 1;
            if truncated {
                let more = items.len() - GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {more} more exception{s}\n"), '|');
            } else {
                format_exc(sources, item, seen, msg_of, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }
}

/// The frames of an exception's traceback, outermost first (only the
/// innermost TB_LIMIT; runs of the same line collapsed as CPython does).
fn format_stack(sources: &imports::Sources, e: &ExceptionObj) -> String {
    let mut out = String::new();
    let tb = e.traceback.borrow();
    let entries: Vec<TbEntry> = tb.iter().rev().copied().collect();
    drop(tb);
    let skip = entries.len().saturating_sub(TB_LIMIT);
    let mut last: Option<(usize, &str, &str)> = None;
    let mut count = 0usize;
    let repeated = |out: &mut String, count: usize| {
        if count > TB_RECURSIVE_CUTOFF {
            let n = count - TB_RECURSIVE_CUTOFF;
            let s = if n > 1 { "s" } else { "" };
            out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
        }
    };
    for entry in &entries[skip..] {
        let (name, filename, source) = sources.frame(entry.func);
        let lineno = line_at(source, entry.span.start as usize).0;
        let key = (lineno, name, filename);
        let same = last == Some(key);
        if !same {
            repeated(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= TB_RECURSIVE_CUTOFF {
            format_frame(&mut out, filename, name, source, entry.span);
        }
    }
    repeated(&mut out, count);
    out
}

/// `Name: message` (or just `Name`).
fn exception_only(
    exc: &Value,
    e: &ExceptionObj,
    msg_of: &mut dyn FnMut(&Value) -> PyResult<String>,
) -> String {
    let msg = msg_of(exc).unwrap_or_else(|_| "<exception str() failed>".to_string());
    let mut out = if msg.is_empty() {
        format!("{}\n", e.name())
    } else {
        format!("{}: {msg}\n", e.name())
    };
    out.push_str(&exgroup::notes_text(e, msg_of));
    out
}

#[cfg(test)]
mod tests;

pub mod jit;

mod builtins;
mod bytesobj;
mod classes;
mod collections;
mod complexobj;
mod evalexec;
mod exgroup;
mod files;
mod fused;
pub mod gc;
mod generators;
mod generic;
mod imports;
mod keys;
mod matching;
mod metaclass;
mod methods;
mod modules;
mod numproto;
pub mod session;
mod sets;
mod slices;
mod strformat;
mod subclass;
mod timsort;
mod typemethods;

fn ns_store(ns: &Namespace, name: &str, v: Value) {
    ns_set(ns, name, Some(v));
}

/// Sets (`Some`) or deletes (`None`) `name` in an attribute namespace (an
/// instance's, a class's, a function's); `false` when deleting a name that
/// is not there. The old value is released after the borrow ends (its
/// `__del__` may touch the namespace).
pub(super) fn ns_set(ns: &RefCell<Vec<(String, Value)>>, name: &str, v: Option<Value>) -> bool {
    // A class's namespace may have changed what instances' attributes
    // resolve to (see `attrs::EPOCH`).
    crate::attrs::bump_epoch();
    if name == "__del__" {
        crate::objects::del_changed();
    }
    let mut d = ns.borrow_mut();
    let pos = d.iter().position(|(k, _)| k == name);
    let old = match (pos, v) {
        (Some(i), Some(v)) => std::mem::replace(&mut d[i].1, v),
        (None, Some(v)) => {
            d.push((name.to_owned(), v));
            return true;
        }
        (Some(i), None) => d.remove(i).1,
        (None, None) => return false,
    };
    drop(d);
    drop(old);
    true
}

/// Whether the user class `c` is `base` or has it in its MRO.
fn is_subclass_user(c: &Value, base: &Value) -> bool {
    if c.is(base) {
        return true;
    }
    c.downcast::<UserClassObj>()
        .is_some_and(|c| c.mro.iter().any(|m| m.is(base)))
}

/// An attribute of an instance or user class: the instance dict, then the
/// class MRO (functions bind to the instance). `Ok(None)` for other objects.
fn get_user_attr(o: &Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(i) = o.downcast::<InstanceObj>() {
        if let Some(v) = i.dict.get(name) {
            return Ok(Some(v));
        }
        if name == "__class__" {
            return Ok(Some(i.class.clone()));
        }
        let c = i.class.downcast::<UserClassObj>();
        if let Some(v) = c.and_then(|c| c.lookup(name)) {
            if v.downcast::<FunctionObj>().is_some() {
                return Ok(Some(new_bound_method(v, o.clone())));
            }
            return Ok(Some(v));
        }
        let cname = c.map_or("object", |c| c.name.as_str());
        return Err(exc(
            "AttributeError",
            format!("'{cname}' object has no attribute '{name}'"),
        ));
    }
    if let Some(c) = o.downcast::<UserClassObj>() {
        if name == "__name__" {
            return Ok(Some(new_str(c.name.clone())));
        }
        if let Some(v) = c.lookup(name) {
            return Ok(Some(v));
        }
        return Err(exc(
            "AttributeError",
            format!("type object '{}' has no attribute '{name}'", c.name),
        ));
    }
    if let Some(g) = o.downcast::<GeneratorObj>()
        && let Some(r) = generators::gen_attr(g, name)
    {
        return r.map(Some);
    }
    if o.downcast::<crate::objects::FrameStubObj>().is_some() && name != "__class__" {
        return Err(unsupported(&format!("the frame attribute '{name}'")));
    }
    Ok(builtins::builtin_attr(o, name))
}

/// C3 linearisation of `bases` (each a user class); `None` when there is
/// no consistent order.
/// The C3 linearization of `bases`; `Err` with the heads left unmerged
/// (each once, in merge order: what CPython's error names) when there is
/// none.
fn c3_mro(
    bases: &[Value],
    builtin: &dyn Fn(&str) -> Option<Value>,
) -> Result<Vec<Value>, Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = Vec::new();
    for b in bases {
        let mut s = vec![b.clone()];
        if let Some(c) = b.downcast::<UserClassObj>() {
            s.extend(c.mro.iter().cloned());
        } else if let Some(c) = b.downcast::<ClassObj>() {
            // A built-in exception class: its bases, then `object`.
            let mut base = c.exc_base.filter(|b| !b.is_empty());
            while let Some(n) = base {
                s.extend(builtin(n));
                base = EXC_CLASSES
                    .iter()
                    .find(|(x, _)| *x == n)
                    .and_then(|(_, b)| *b);
            }
            if c.name != "object" {
                s.extend(builtin("object"));
            }
        }
        seqs.push(s);
    }
    seqs.push(bases.to_vec());
    let mut out: Vec<Value> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let Some(head) = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|h| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(h))))
        else {
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(s[0].clone());
                }
            }
            return Err(heads);
        };
        for s in seqs.iter_mut() {
            if s[0].is(&head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

impl Interp<'_, '_> {
    /// `__slots__` in a class namespace: a member descriptor per name
    /// (private names mangled), CPython's errors for a name that is also a
    /// class variable or not a str.
    fn add_slots(&mut self, class: &str, dict: &mut Vec<(String, Value)>) -> PyResult<()> {
        let Some(slots) = dict
            .iter()
            .find(|(k, _)| k == "__slots__")
            .map(|(_, v)| v.clone())
        else {
            return Ok(());
        };
        let names = if slots.downcast::<StrObj>().is_some() {
            vec![slots]
        } else {
            self.collect_iter(&slots)?
        };
        let mut seen: Vec<String> = Vec::new();
        for n in names {
            let Some(s) = n.downcast::<StrObj>() else {
                return Err(type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    type_name(&n)
                )));
            };
            let n = s.value.clone();
            if !n
                .chars()
                .next()
                .is_some_and(|c| c == '_' || c.is_alphabetic())
                || !n.chars().all(|c| c == '_' || c.is_alphanumeric())
            {
                return Err(type_error("__slots__ must be identifiers"));
            }
            if n == "__dict__" || n == "__weakref__" {
                if seen.contains(&n) {
                    return Err(type_error(format!(
                        "{n} slot disallowed: we already got one"
                    )));
                }
                seen.push(n);
                continue;
            }
            let stripped = class.trim_start_matches('_');
            let name = if n.starts_with("__") && !n.ends_with("__") && !stripped.is_empty() {
                format!("_{stripped}{n}")
            } else {
                n
            };
            if dict.iter().any(|(k, _)| *k == name) {
                return Err(exc(
                    "ValueError",
                    format!("'{name}' in __slots__ conflicts with class variable"),
                ));
            }
            dict.push((
                name.clone(),
                crate::objects::new_member(name, class.to_owned()),
            ));
        }
        Ok(())
    }

    /// Runs a class body and makes the class.
    fn build_class(
        &mut self,
        body: &Value,
        name: String,
        bases: Vec<Value>,
        keywords: Vec<(String, Value)>,
    ) -> PyResult<Value> {
        let Some(fobj) = body.downcast::<FunctionObj>() else {
            return Err(exc("SystemError", "krait: class body is not a function"));
        };
        let (bases, orig_bases) = self.update_bases(bases)?;
        if Self::class_needs_meta(&bases, &keywords) {
            return self.build_class_meta(fobj, name, bases, orig_bases, keywords);
        }
        let mut frame = self.bind(fobj, vec![], &[])?;
        let ns: Namespace = Rc::new(RefCell::new(Vec::new()));
        frame.ns = Some(ns.clone());
        self.run_frame(frame)?;
        let mut dict = std::mem::take(&mut *ns.borrow_mut());
        set_orig_bases(&mut dict, orig_bases);
        self.type_new(None, name, bases, dict, &[])
    }

    /// CPython's `update_bases`: a base that is not a class but has
    /// `__mro_entries__` (`Generic[T]`, `NamedTuple`) is replaced by the
    /// classes that method returns. The original bases come back too
    /// when anything was replaced (they become `__orig_bases__`).
    fn update_bases(&mut self, bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<Value>)> {
        if bases.iter().all(builtins::is_class) {
            return Ok((bases, None));
        }
        let orig = new_tuple(bases.clone());
        let mut out = Vec::with_capacity(bases.len());
        let mut changed = false;
        for b in bases {
            if builtins::is_class(&b) {
                out.push(b);
                continue;
            }
            let entries = match self.get_attr(&b, "__mro_entries__") {
                Ok(f) => f,
                Err(e) if builtins::is_attribute_error(&e) => {
                    out.push(b);
                    continue;
                }
                Err(e) => return Err(e),
            };
            let r = self.call_now(&entries, vec![orig.clone()], &[])?;
            let Some(t) = r.downcast::<TupleObj>() else {
                return Err(type_error("__mro_entries__ must return a tuple"));
            };
            out.extend(t.items.iter().cloned());
            changed = true;
        }
        Ok((out, changed.then_some(orig)))
    }

    /// Makes the class `name` from its namespace `dict` (`type.__new__`'s
    /// core): bases checked, C3 MRO, the `__class__` cell filled.
    fn make_class(
        &mut self,
        name: String,
        bases: Vec<Value>,
        mut dict: Vec<(String, Value)>,
    ) -> PyResult<Value> {
        // Bases: user classes, `object`, and the built-in exception classes
        // (whose instances stay exception objects, of the nearest built-in
        // exception base).
        let mut exc_base: Option<&'static str> = None;
        for b in &bases {
            let base_exc = if let Some(c) = b.downcast::<UserClassObj>() {
                c.exc_base
            } else if let Some(c) = b.downcast::<ClassObj>() {
                match (c.name, c.exc_base) {
                    ("object" | "type", _) => None,
                    (n, Some(_)) => Some(n),
                    (n, None) if subclass::SUBCLASSABLE.contains(&n) || n == "bool" => None,
                    _ => return Err(unsupported("classes deriving from built-in classes")),
                }
            } else {
                return Err(type_error("bases must be types"));
            };
            if let Some(e) = base_exc {
                match exc_base {
                    Some(prev) if prev != e && !exc_is_subclass(prev, e) => {
                        if !exc_is_subclass(e, prev) {
                            return Err(type_error(
                                "multiple bases have instance lay-out conflict",
                            ));
                        }
                        exc_base = Some(e);
                    }
                    Some(_) => {}
                    None => exc_base = Some(e),
                }
            }
        }
        subclass::check_builtin_bases(&bases)?;
        let bases = if bases.is_empty() {
            self.classes.get("object").cloned().into_iter().collect()
        } else {
            bases
        };
        let classes = &self.classes;
        let mro = match c3_mro(&bases, &|n| classes.get(n).cloned()) {
            Ok(mro) => mro,
            Err(heads) => {
                let names: Vec<String> = heads.iter().map(metaclass::class_display_name).collect();
                return Err(type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        let cell = dict
            .iter()
            .position(|(k, _)| k == "__classcell__")
            .map(|i| dict.remove(i).1);
        let qualname = dict
            .iter()
            .find(|(k, _)| k == "__qualname__")
            .and_then(|(_, v)| v.downcast::<StrObj>().map(|s| s.value.clone()))
            .unwrap_or_else(|| name.clone());
        self.add_slots(&name, &mut dict)?;
        // Defining `__eq__` without `__hash__` makes instances unhashable.
        if dict.iter().any(|(k, _)| k == "__eq__") && !dict.iter().any(|(k, _)| k == "__hash__") {
            dict.push(("__hash__".to_owned(), Value::none()));
        }
        let class = new_user_class(name, qualname, bases, mro, dict, exc_base);
        if let Some(c) = cell.as_ref().and_then(|c| c.downcast::<CellObj>()) {
            *c.value.borrow_mut() = Some(class.clone());
        }
        Ok(class)
    }
}

/// Records a class statement's original bases (`__orig_bases__`) in its
/// namespace when `__mro_entries__` replaced any.
fn set_orig_bases(dict: &mut Vec<(String, Value)>, orig: Option<Value>) {
    if let Some(o) = orig {
        dict.retain(|(k, _)| k != "__orig_bases__");
        dict.push(("__orig_bases__".to_owned(), o));
    }
}
