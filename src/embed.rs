//! Embedding Python in a Rust program: [`Runtime`].
//!
//! A runtime is one Python `__main__` namespace on krait's interpreter
//! (with the JIT): run source in it, evaluate expressions, read and bind
//! globals, and call Python functions through typed handles. Values cross
//! the boundary through [`IntoPython`] and [`FromPython`]; a Python
//! exception arrives as [`Error::Python`] with its type, message and
//! traceback.
//!
//! ```
//! let mut rt = krait::Runtime::new();
//! rt.run("def add(a: int, b: int) -> int:\n    return a + b\n").unwrap();
//! let add = rt.function::<(i64, i64), i64>("add").unwrap();
//! assert_eq!(add.call(&mut rt, (2, 3)).unwrap(), 5);
//! assert_eq!(rt.eval::<i64>("add(40, 2) * 2**70").is_err(), true); // too big for i64
//! assert_eq!(rt.eval::<String>("str(add(40, 2) * 2**70)").unwrap(), "49584848070131274743808");
//! ```

use krait_ir::Ty;
use krait_runtime::interp::session::{PyError, Session};
use krait_runtime::objects::{ListObj, StrObj, TupleObj, new_list, new_str, new_tuple};
use std::io::Write;
use std::marker::PhantomData;

pub use krait_runtime::value::Value;

/// What can go wrong calling into Python.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// A Python exception (or a `SyntaxError` in the source run).
    Python(PyError),
    /// A value could not be converted to the Rust type asked for.
    Conversion(String),
    /// No such global, or not a function of the asked signature; the
    /// message lists what exists.
    Lookup(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Python(e) => write!(f, "{e}"),
            Error::Conversion(m) | Error::Lookup(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}

impl From<PyError> for Error {
    fn from(e: PyError) -> Error {
        Error::Python(e)
    }
}

/// A Rust value that becomes a Python value.
pub trait IntoPython {
    fn into_python(self) -> Value;
}

/// A Rust value made from a Python value.
pub trait FromPython: Sized {
    fn from_python(v: &Value) -> Result<Self, Error>;
    /// The Python type this Rust type stands for (`int`, `list`, ...),
    /// for checking typed handles against annotations; `None`: any.
    fn python_type() -> Option<&'static str> {
        None
    }
}

fn wrong(v: &Value, want: &str) -> Error {
    Error::Conversion(format!("expected {want}, got {}", v.type_name()))
}

impl IntoPython for Value {
    fn into_python(self) -> Value {
        self
    }
}

impl FromPython for Value {
    fn from_python(v: &Value) -> Result<Value, Error> {
        Ok(v.clone())
    }
}

impl IntoPython for i64 {
    fn into_python(self) -> Value {
        Value::int(self)
    }
}

impl FromPython for i64 {
    fn from_python(v: &Value) -> Result<i64, Error> {
        if v.as_bool().is_some() && v.type_name() == "bool" {
            return Ok(i64::from(v.as_bool() == Some(true)));
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i);
        }
        match v.to_bigint() {
            Some(b) => {
                i64::try_from(b).map_err(|_| Error::Conversion("int too large for i64".to_owned()))
            }
            None => Err(wrong(v, "int")),
        }
    }
    fn python_type() -> Option<&'static str> {
        Some("int")
    }
}

impl IntoPython for i32 {
    fn into_python(self) -> Value {
        Value::int(i64::from(self))
    }
}

impl IntoPython for f64 {
    fn into_python(self) -> Value {
        Value::float(self)
    }
}

impl FromPython for f64 {
    fn from_python(v: &Value) -> Result<f64, Error> {
        if let Some(f) = v.as_float() {
            return Ok(f);
        }
        i64::from_python(v)
            .map(|i| i as f64)
            .map_err(|_| wrong(v, "float"))
    }
    fn python_type() -> Option<&'static str> {
        Some("float")
    }
}

impl IntoPython for bool {
    fn into_python(self) -> Value {
        Value::bool(self)
    }
}

impl FromPython for bool {
    fn from_python(v: &Value) -> Result<bool, Error> {
        v.as_bool().ok_or_else(|| wrong(v, "bool"))
    }
    fn python_type() -> Option<&'static str> {
        Some("bool")
    }
}

impl IntoPython for String {
    fn into_python(self) -> Value {
        new_str(self)
    }
}

impl IntoPython for &str {
    fn into_python(self) -> Value {
        new_str(self)
    }
}

impl FromPython for String {
    fn from_python(v: &Value) -> Result<String, Error> {
        v.downcast::<StrObj>()
            .map(|s| s.value.clone())
            .ok_or_else(|| wrong(v, "str"))
    }
    fn python_type() -> Option<&'static str> {
        Some("str")
    }
}

impl IntoPython for () {
    fn into_python(self) -> Value {
        Value::none()
    }
}

impl FromPython for () {
    fn from_python(v: &Value) -> Result<(), Error> {
        if v.is_none() {
            Ok(())
        } else {
            Err(wrong(v, "None"))
        }
    }
}

impl<T: IntoPython> IntoPython for Option<T> {
    fn into_python(self) -> Value {
        self.map_or_else(Value::none, IntoPython::into_python)
    }
}

impl<T: FromPython> FromPython for Option<T> {
    fn from_python(v: &Value) -> Result<Option<T>, Error> {
        if v.is_none() {
            Ok(None)
        } else {
            T::from_python(v).map(Some)
        }
    }
}

impl<T: IntoPython> IntoPython for Vec<T> {
    fn into_python(self) -> Value {
        new_list(self.into_iter().map(IntoPython::into_python).collect())
    }
}

impl<T: FromPython> FromPython for Vec<T> {
    fn python_type() -> Option<&'static str> {
        Some("list")
    }
    fn from_python(v: &Value) -> Result<Vec<T>, Error> {
        if let Some(l) = v.downcast::<ListObj>() {
            let items = l.items.borrow().clone();
            return items.iter().map(T::from_python).collect();
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            return t.items.iter().map(T::from_python).collect();
        }
        Err(wrong(v, "list"))
    }
}

/// Argument lists: tuples of [`IntoPython`] values.
pub trait IntoArgs {
    fn into_args(self) -> Vec<Value>;
    /// The Python types of the arguments (`None`: any), for checking.
    fn types() -> Vec<Option<&'static str>>;
}

macro_rules! tuple_impls {
    ($($t:ident $i:tt),*) => {
        impl<$($t: IntoPython + FromPython),*> IntoArgs for ($($t,)*) {
            fn into_args(self) -> Vec<Value> {
                vec![$(self.$i.into_python()),*]
            }
            fn types() -> Vec<Option<&'static str>> {
                vec![$($t::python_type()),*]
            }
        }
        impl<$($t: IntoPython),*> IntoPython for ($($t,)*) {
            fn into_python(self) -> Value {
                new_tuple(vec![$(self.$i.into_python()),*])
            }
        }
    };
}

impl IntoArgs for () {
    fn into_args(self) -> Vec<Value> {
        Vec::new()
    }
    fn types() -> Vec<Option<&'static str>> {
        Vec::new()
    }
}

tuple_impls!(A 0);
tuple_impls!(A 0, B 1);
tuple_impls!(A 0, B 1, C 2);
tuple_impls!(A 0, B 1, C 2, D 3);
tuple_impls!(A 0, B 1, C 2, D 3, E 4);

/// What a registered Rust function returns: a value, or (`Result`) an
/// error that becomes a Python `RuntimeError` with its message.
pub trait IntoPyResult {
    fn into_py_result(self) -> Result<Value, Value>;
}

impl<T: IntoPython> IntoPyResult for T {
    fn into_py_result(self) -> Result<Value, Value> {
        Ok(self.into_python())
    }
}

impl<T: IntoPython, E: std::fmt::Display> IntoPyResult for Result<T, E> {
    fn into_py_result(self) -> Result<Value, Value> {
        self.map(IntoPython::into_python)
            .map_err(|e| krait_runtime::interp::exc("RuntimeError", e.to_string()))
    }
}

/// A Rust closure callable from Python, its parameters converted with
/// [`FromPython`] (a value that does not convert is a `TypeError`).
pub trait RustCallable<Args> {
    fn into_rust_fn(self, name: &str) -> krait_runtime::objects::RustFn;
}

fn arg<T: FromPython>(name: &str, args: &[Value], i: usize) -> Result<T, Value> {
    T::from_python(&args[i]).map_err(|e| {
        krait_runtime::interp::exc("TypeError", format!("{name}() argument {}: {e}", i + 1))
    })
}

fn arity(name: &str, args: &[Value], n: usize) -> Result<(), Value> {
    if args.len() == n {
        return Ok(());
    }
    let s = if n == 1 { "" } else { "s" };
    Err(krait_runtime::interp::exc(
        "TypeError",
        format!(
            "{name}() takes {n} positional argument{s} but {} were given",
            args.len()
        ),
    ))
}

macro_rules! callable_impls {
    ($n:expr; $($t:ident $i:tt),*) => {
        impl<F, R, $($t),*> RustCallable<($($t,)*)> for F
        where
            F: Fn($($t),*) -> R + 'static,
            R: IntoPyResult,
            $($t: FromPython,)*
        {
            #[allow(unused_variables)]
            fn into_rust_fn(self, name: &str) -> krait_runtime::objects::RustFn {
                let name = name.to_owned();
                std::rc::Rc::new(move |args: &[Value]| {
                    arity(&name, args, $n)?;
                    self($(arg::<$t>(&name, args, $i)?),*).into_py_result()
                })
            }
        }
    };
}

callable_impls!(0;);
callable_impls!(1; A 0);
callable_impls!(2; A 0, B 1);
callable_impls!(3; A 0, B 1, C 2);
callable_impls!(4; A 0, B 1, C 2, D 3);

/// A Python function with a checked Rust signature (see
/// [`Runtime::function`]). Calling it runs the function's compiled code
/// when the JIT has compiled it.
pub struct Function<A, R> {
    f: Value,
    _sig: PhantomData<fn(A) -> R>,
}

impl<A: IntoArgs, R: FromPython> Function<A, R> {
    /// Calls the function in `rt`.
    pub fn call(&self, rt: &mut Runtime, args: A) -> Result<R, Error> {
        let v = rt.session.call(&self.f, args.into_args())?;
        R::from_python(&v)
    }
}

/// Settings for a [`Runtime`].
pub struct Builder {
    opts: krait_runtime::interp::RunOptions,
    out: Option<Box<dyn Write>>,
    err: Option<Box<dyn Write>>,
}

impl Builder {
    /// Interrupts a program (`SystemError`, an exception) after this many
    /// interpreter instructions or compiled loop iterations in all.
    pub fn step_limit(mut self, steps: u64) -> Builder {
        self.opts.step_limit = Some(steps);
        self
    }

    /// Whether and when functions are compiled (default: when hot).
    pub fn jit(mut self, mode: crate::JitMode) -> Builder {
        self.opts.jit = mode;
        self
    }

    /// Where Python's `print` and `sys.stdout` write (default: the
    /// process's stdout).
    pub fn stdout(mut self, w: Box<dyn Write>) -> Builder {
        self.out = Some(w);
        self
    }

    /// Where `sys.stderr` writes.
    pub fn stderr(mut self, w: Box<dyn Write>) -> Builder {
        self.err = Some(w);
        self
    }

    pub fn build(self) -> Runtime {
        let mut opts = self.opts;
        if opts.compiler.is_none() {
            opts.compiler = Some(krait_jit::new_compiler);
        }
        let out = self.out.unwrap_or_else(|| Box::new(std::io::stdout()));
        let err = self.err.unwrap_or_else(|| Box::new(std::io::stderr()));
        Runtime {
            session: Session::new(opts, out, err),
        }
    }
}

/// A Python `__main__` namespace with an interpreter and the JIT. See the
/// module documentation.
pub struct Runtime {
    session: Session,
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}

impl Runtime {
    /// A runtime printing to the process's stdout and stderr, the JIT on.
    pub fn new() -> Runtime {
        Runtime::builder().build()
    }

    pub fn builder() -> Builder {
        Builder {
            opts: krait_runtime::interp::RunOptions::default(),
            out: None,
            err: None,
        }
    }

    /// Runs Python source in the namespace (as a module body).
    pub fn run(&mut self, source: &str) -> Result<(), Error> {
        self.session.exec("<string>", source).map_err(Error::from)
    }

    /// Runs a Python file in the namespace.
    pub fn run_file(&mut self, path: &str) -> Result<(), Error> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Lookup(format!("can't open file '{path}': {e}")))?;
        self.session.exec(path, &text).map_err(Error::from)
    }

    /// The value of a Python expression.
    ///
    /// ```
    /// let mut rt = krait::Runtime::new();
    /// assert_eq!(rt.eval::<Vec<i64>>("[i * i for i in range(4)]").unwrap(), vec![0, 1, 4, 9]);
    /// let err = rt.eval::<i64>("1 // 0").unwrap_err();
    /// match err {
    ///     krait::Error::Python(e) => {
    ///         assert_eq!(e.type_name, "ZeroDivisionError");
    ///         assert_eq!(e.message, "integer division or modulo by zero");
    ///     }
    ///     other => panic!("{other}"),
    /// }
    /// ```
    pub fn eval<T: FromPython>(&mut self, expr: &str) -> Result<T, Error> {
        let v = self.session.eval(expr)?;
        T::from_python(&v)
    }

    /// The global `name`.
    pub fn get<T: FromPython>(&mut self, name: &str) -> Result<T, Error> {
        match self.session.global(name) {
            Some(v) => T::from_python(&v),
            None => Err(Error::Lookup(format!("name '{name}' is not defined"))),
        }
    }

    /// Binds the global `name`.
    ///
    /// ```
    /// let mut rt = krait::Runtime::new();
    /// rt.set("names", vec!["ada", "alan"]);
    /// assert_eq!(rt.eval::<String>("', '.join(n.title() for n in names)").unwrap(), "Ada, Alan");
    /// ```
    pub fn set<T: IntoPython>(&mut self, name: &str, v: T) {
        self.session.set_global(name, v.into_python());
    }

    /// The Python function `name` as a typed handle. Its positional
    /// parameters must match `A` in number, and each annotated parameter
    /// (and the return annotation) must be the Python type of the Rust
    /// type given (an unannotated one accepts any); the error lists the
    /// functions that exist, with their signatures.
    pub fn function<A: IntoArgs, R: FromPython>(
        &mut self,
        name: &str,
    ) -> Result<Function<A, R>, Error> {
        let f = self.session.global(name);
        let sig = f.as_ref().and_then(|f| self.session.signature(f));
        let want = A::types();
        let fits = sig.as_ref().is_some_and(|(params, ret)| {
            params.len() == want.len()
                && params
                    .iter()
                    .zip(&want)
                    .all(|((_, t), w)| compatible(*t, *w))
                && compatible(*ret, R::python_type())
        });
        match f {
            Some(f) if fits => Ok(Function {
                f,
                _sig: PhantomData,
            }),
            _ => {
                let mut have = Vec::new();
                for n in self.session.global_names() {
                    if let Some(v) = self.session.global(&n)
                        && let Some((params, ret)) = self.session.signature(&v)
                    {
                        let ps: Vec<String> = params
                            .iter()
                            .map(|(p, t)| format!("{p}: {}", ty_name(*t)))
                            .collect();
                        have.push(format!("{n}({}) -> {}", ps.join(", "), ty_name(ret)));
                    }
                }
                let what = match sig {
                    None => format!("no Python function '{name}'"),
                    Some(_) => format!("'{name}' does not have the signature asked for"),
                };
                Err(Error::Lookup(format!(
                    "{what}; functions defined: {}",
                    if have.is_empty() {
                        "none".to_owned()
                    } else {
                        have.join(", ")
                    }
                )))
            }
        }
    }

    /// Calls the global callable `name` with any arguments.
    pub fn call<A: IntoArgs, R: FromPython>(&mut self, name: &str, args: A) -> Result<R, Error> {
        let f = self
            .session
            .global(name)
            .ok_or_else(|| Error::Lookup(format!("name '{name}' is not defined")))?;
        let v = self.session.call(&f, args.into_args())?;
        R::from_python(&v)
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> Result<String, Error> {
        self.session.repr(v).map_err(Error::from)
    }

    /// Makes the Rust closure `f` callable from Python as the global
    /// `name`. Arguments convert with [`FromPython`] (else `TypeError`);
    /// the result with [`IntoPython`]; a closure returning `Result` raises
    /// its error as `RuntimeError`.
    ///
    /// ```
    /// let mut rt = krait::Runtime::new();
    /// rt.register_fn("hypot", |a: f64, b: f64| (a * a + b * b).sqrt());
    /// rt.register_fn("parse", |s: String| s.trim().parse::<i64>().map_err(|e| e.to_string()));
    /// assert_eq!(rt.eval::<f64>("hypot(3, 4)").unwrap(), 5.0);
    /// assert_eq!(rt.eval::<i64>("parse(' 42 ') + 1").unwrap(), 43);
    /// let krait::Error::Python(e) = rt.eval::<i64>("parse('x')").unwrap_err() else { panic!() };
    /// assert_eq!((e.type_name.as_str(), e.message.as_str()), ("RuntimeError", "invalid digit found in string"));
    /// ```
    pub fn register_fn<Args, F: RustCallable<Args>>(&mut self, name: &str, f: F) {
        let rf = f.into_rust_fn(name);
        self.session.register_fn(name, rf);
    }

    /// The session underneath (for the REPL).
    pub fn session(&mut self) -> &mut Session {
        &mut self.session
    }
}

/// Whether a parameter of krait type `have` accepts the Rust type whose
/// Python type is `want`.
fn compatible(have: Ty, want: Option<&str>) -> bool {
    match (ty_name(have), want) {
        ("object", _) | (_, None) => true,
        ("float", Some("int")) => true,
        (h, Some(w)) => h == w,
    }
}

fn ty_name(t: Ty) -> &'static str {
    match t {
        Ty::Int => "int",
        Ty::F64 => "float",
        Ty::Bool => "bool",
        Ty::List(_) => "list",
        _ => "object",
    }
}
