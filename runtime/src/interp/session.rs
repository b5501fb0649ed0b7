//! A persistent interpreter: code run one piece after another in one
//! `__main__` namespace, for the REPL and the embedding API (`krait::Runtime`).
//!
//! Each piece is compiled like an imported module and its functions are
//! appended to the function table (`merge_functions`), but its names are
//! module 0's: what one piece defines, the next one sees. The interpreter
//! lives as long as the session; dropping the session tears the program
//! down as the end of `krait run` does (globals cleared, `__del__`s run,
//! cycles collected). The output streams and the function table are
//! leaked for the session's life (the interpreter borrows them for
//! `'static`); a process makes few sessions.

use super::*;
use krait_ir::Ty;

/// A Python exception that reached the session's caller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyError {
    /// The exception's class name (`ValueError`, a user class's name).
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The report CPython prints for it (`Traceback (most recent call
    /// last): ...`, chained exceptions included), or the rendered
    /// `SyntaxError`.
    pub traceback: String,
}

impl std::fmt::Display for PyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl std::error::Error for PyError {}

/// See the module documentation.
pub struct Session {
    interp: Interp<'static, 'static>,
    /// The names the session's pieces are shown under in tracebacks.
    counter: usize,
}

impl Session {
    /// A session whose programs print to `out` and `err`.
    pub fn new(opts: RunOptions, out: Box<dyn Write>, err: Box<dyn Write>) -> Session {
        let out: &'static mut dyn Write = Box::leak(out);
        let err: &'static mut dyn Write = Box::leak(err);
        let module: &'static Module = match imports::compile_source("<stdin>", b"") {
            Ok((_, m)) => Box::leak(Box::new(m)),
            Err(_) => Box::leak(Box::new(Module::default())),
        };
        let mut interp = Interp::new(module, out, err, "<stdin>", "");
        interp.opts = opts;
        interp.jit_setup("");
        interp.jit.ctx.steps_left = interp.opts.step_limit.unwrap_or(u64::MAX);
        let mut s = Session { interp, counter: 0 };
        // The empty body of the first piece.
        if !s.interp.module.functions.is_empty() {
            let frame = s.interp.new_frame(0);
            let _ = s.interp.run_frame(frame);
        }
        s
    }

    /// Compiles and runs `source` in the session's namespace. `name` is
    /// the file name tracebacks show (`<stdin>` for the REPL).
    pub fn exec(&mut self, name: &str, source: &str) -> Result<(), PyError> {
        self.counter += 1;
        let (text, ir) = match imports::compile_source(name, source.as_bytes()) {
            Ok(r) => r,
            Err(e) => return Err(self.error(e)),
        };
        let base = match self.interp.merge_functions(ir) {
            Ok(b) => b,
            Err(e) => return Err(self.error(e)),
        };
        self.interp.register_functions(0, base);
        // Tracebacks show the latest piece's lines (none for `<stdin>`, as
        // CPython's interactive mode shows none).
        let shown = if name == "<stdin>" { "" } else { text.as_str() };
        self.interp.modules[0].source = Rc::from(shown);
        self.interp.modules[0].file = Some(name.to_owned());
        let frame = self.interp.new_frame(base);
        let r = self.interp.run_frame(frame);
        self.interp.run_pending();
        let _ = self.interp.out.flush();
        match r {
            Ok(_) => Ok(()),
            Err(e) => Err(self.error(e)),
        }
    }

    /// The value of the expression `expr`, evaluated in the session's
    /// namespace.
    pub fn eval(&mut self, expr: &str) -> Result<Value, PyError> {
        self.eval_in("<string>", expr)
    }

    /// `eval`, tracebacks naming the code `name` (its line 1 is the
    /// expression's first line).
    pub fn eval_in(&mut self, name: &str, expr: &str) -> Result<Value, PyError> {
        const RESULT: &str = "__krait_eval_result__";
        self.exec(name, &format!("{RESULT} = ({expr}\n)\n"))?;
        let v = self
            .interp
            .get_global(0, RESULT)
            .unwrap_or_else(Value::none);
        let slot = self.interp.global_slot_in(0, RESULT) as usize;
        drop(self.interp.globals[slot].take());
        Ok(v)
    }

    /// The global `name` of `__main__`, if bound.
    pub fn global(&self, name: &str) -> Option<Value> {
        self.interp.get_global(0, name)
    }

    /// Binds the global `name` of `__main__`.
    pub fn set_global(&mut self, name: &str, v: Value) {
        self.interp.set_global(0, name, v);
    }

    /// The names bound in `__main__`, in the order they were made.
    pub fn global_names(&self) -> Vec<String> {
        self.interp
            .module_items(0)
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    }

    /// Binds `name` in `__main__` to a Rust function.
    pub fn register_fn(&mut self, name: &str, f: crate::objects::RustFn) {
        let v = crate::objects::new_rust_fn(name, f);
        self.interp.set_global(0, name, v);
    }

    /// Calls `f` (any callable) with positional arguments.
    pub fn call(&mut self, f: &Value, args: Vec<Value>) -> Result<Value, PyError> {
        let r = self.interp.call_now(f, args, &[]);
        self.interp.run_pending();
        let _ = self.interp.out.flush();
        r.map_err(|e| self.error(e))
    }

    /// `repr(v)`, as the REPL echoes a value.
    pub fn repr(&mut self, v: &Value) -> Result<String, PyError> {
        self.interp.repr_of(v).map_err(|e| self.error(e))
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> Result<String, PyError> {
        self.interp.str_of(v).map_err(|e| self.error(e))
    }

    /// Sets `builtins._` (the REPL's last value).
    pub fn set_last(&mut self, v: Value) {
        self.interp.builtins.insert("_", v);
    }

    /// The positional parameters of the Python function `f` (name and
    /// the type krait gives its slot: from the annotation, `Dyn` when it
    /// has none krait uses) and its return type; `None` when `f` is not a
    /// Python function. For checking typed handles.
    pub fn signature(&self, f: &Value) -> Option<(Vec<(String, Ty)>, Ty)> {
        let fobj = f.downcast::<crate::objects::FunctionObj>()?;
        let func = self.interp.func(fobj.func.index());
        let n = (func.params.posonly + func.params.positional) as usize;
        let params = func.slots[..n]
            .iter()
            .map(|s| (s.name.clone().unwrap_or_default(), s.ty))
            .collect();
        Some((params, func.returns))
    }

    fn error(&mut self, e: Value) -> PyError {
        let type_name = type_name(&e).to_owned();
        let message = match e.downcast::<ExceptionObj>() {
            Some(_) => self.interp.str_of(&e).unwrap_or_default(),
            None => String::new(),
        };
        let sources = self.interp.sources();
        let interp = &mut self.interp;
        let traceback = format_chain(&sources, &e, &mut Vec::new(), &mut |x| {
            interp.message_with_suggestion(x)
        });
        PyError {
            type_name,
            message,
            traceback,
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.interp.teardown();
        let _ = self.interp.out.flush();
    }
}
