//! The heap object types of the interpreter's v0 subset: `str`, `tuple`,
//! `list`, `range` and their iterators, function objects and cells, built-in
//! functions, built-in classes and exception instances.
//!
//! Each is a `#[repr(C)]` struct with an [`ObjHeader`] first and a static
//! [`Type`] whose `dealloc` frees the `Box` it was allocated in
//! (`value::dealloc_box`), which is exactly the [`HeapObject`] contract; the
//! `heap_type!` macro writes the one `unsafe impl` per type. Mutable state
//! (list items, iterator positions, an exception's traceback) lives in
//! `RefCell`/`Cell`: the runtime is single-threaded (`Value` is not `Send`).

use crate::gc::Trace;
use crate::table::{Dict, DictIter, Set, SetIter};
use crate::value::{HeapObject, ObjHeader, Type, Value, dealloc_box};
use krait_ir::Span;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

macro_rules! heap_type {
    ($obj:ident, $ty:ident, $name:literal) => {
        pub static $ty: Type = Type {
            name: $name,
            dealloc: dealloc_box::<$obj>,
            gc: None,
        };
        // SAFETY: `$obj` is #[repr(C)] with its `ObjHeader` first, every
        // constructor below sets the header's type to `$ty`, and `$ty`'s
        // dealloc frees a `Box<$obj>` (the HeapObject contract).
        unsafe impl HeapObject for $obj {
            const TYPE: &'static Type = &$ty;
        }
    };
}

/// A container type: tracked by the cycle collector (`gc.rs`), allocated
/// with a link block before it, its references visited and cleared
/// through its [`Trace`] impl (below). `dealloc` defaults to freeing the
/// box; instances and exceptions pass one that queues `__del__` first.
macro_rules! gc_type {
    ($obj:ident, $ty:ident, $name:literal) => {
        gc_type!($obj, $ty, $name, crate::gc::dealloc_gc::<$obj>);
    };
    ($obj:ident, $ty:ident, $name:literal, $dealloc:expr) => {
        pub static $ty: Type = Type {
            name: $name,
            dealloc: $dealloc,
            gc: Some(&crate::gc::GcOps {
                traverse: crate::gc::traverse_thunk::<$obj>,
                clear: if <$obj as Trace>::CLEARS {
                    Some(crate::gc::clear_thunk::<$obj>)
                } else {
                    None
                },
                weight: crate::gc::weight_thunk::<$obj>,
            }),
        };
        // SAFETY: `$obj` is #[repr(C)] with its `ObjHeader` first, every
        // constructor below sets the header's type to `$ty`, it is
        // allocated by `Value::alloc` in a `GcBox` (GC = true, G1) and
        // `$ty`'s dealloc frees that box (the HeapObject contract).
        unsafe impl HeapObject for $obj {
            const TYPE: &'static Type = &$ty;
            const GC: bool = true;
        }
    };
}

/// A `str`: UTF-8 text (lone surrogates are not representable in v0).
#[repr(C)]
pub struct StrObj {
    header: ObjHeader,
    pub value: String,
}
heap_type!(StrObj, STR_TYPE, "str");

/// A str's hash. CPython's is SipHash with a per-process random key, so no
/// program's output may depend on it; this is FNV-1a (0 for `''`, as
/// CPython).
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// A `tuple`.
#[repr(C)]
pub struct TupleObj {
    header: ObjHeader,
    pub items: Vec<Value>,
}
gc_type!(TupleObj, TUPLE_TYPE, "tuple");

/// A `list`.
#[repr(C)]
pub struct ListObj {
    header: ObjHeader,
    pub items: RefCell<Vec<Value>>,
}
gc_type!(ListObj, LIST_TYPE, "list");

/// A `range` with machine-sized bounds.
#[repr(C)]
pub struct RangeObj {
    header: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}
heap_type!(RangeObj, RANGE_TYPE, "range");

/// A generator: a suspended frame (owned by the interpreter, opaque here:
/// `None` once the generator has finished) and its names.
#[repr(C)]
pub struct GeneratorObj {
    header: ObjHeader,
    pub state: RefCell<Option<Box<dyn GenFrame>>>,
    pub qualname: String,
    pub running: Cell<bool>,
}
gc_type!(
    GeneratorObj,
    GENERATOR_TYPE,
    "generator",
    dealloc_finalizable::<GeneratorObj>
);

impl GeneratorObj {
    /// Whether the generator is paused at a `yield` (not running, started,
    /// not finished): closing it runs code.
    pub fn suspended(&self) -> bool {
        !self.running.get()
            && self
                .state
                .try_borrow()
                .is_ok_and(|s| s.as_ref().is_some_and(|s| s.suspended()))
    }
}

/// A suspended generator that dies is closed first (CPython's
/// `_PyGen_Finalize`), by the interpreter at its next safe point.
impl Finalizable for GeneratorObj {
    fn has_del(&self) -> bool {
        self.suspended()
    }
}

/// A suspended generator's state as the collector sees it: the
/// interpreter's frame type implements it.
pub trait GenFrame: std::any::Any {
    /// Visit the frame's references (its slots, handled exceptions).
    fn traverse(&self, visit: &mut dyn FnMut(&Value));
    /// Whether the frame has started and is paused at a `yield` (closing
    /// it then runs code).
    fn suspended(&self) -> bool;
    /// The delegate of the `yield from` the frame is paused at.
    fn yield_from(&self) -> Option<Value>;
}

pub fn new_generator(state: Box<dyn GenFrame>, qualname: String) -> Value {
    Value::alloc(GeneratorObj {
        header: ObjHeader::new(&GENERATOR_TYPE),
        state: RefCell::new(Some(state)),
        qualname,
        running: Cell::new(false),
    })
}

/// A `slice`: its three parts as given (`None` where omitted).
#[repr(C)]
pub struct SliceObj {
    header: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
gc_type!(SliceObj, SLICE_TYPE, "slice");

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::alloc(SliceObj {
        header: ObjHeader::new(&SLICE_TYPE),
        start,
        stop,
        step,
    })
}

/// A `range_iterator`: the next value and how many remain.
#[repr(C)]
pub struct RangeIterObj {
    header: ObjHeader,
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<u64>,
}
heap_type!(RangeIterObj, RANGE_ITER_TYPE, "range_iterator");

impl RangeIterObj {
    pub fn new(next: i64, step: i64, remaining: u64) -> RangeIterObj {
        RangeIterObj {
            header: ObjHeader::new(&RANGE_ITER_TYPE),
            next: Cell::new(next),
            step,
            remaining: Cell::new(remaining),
        }
    }
}

/// An iterator over a list, tuple or str (by index; a str's by char).
#[repr(C)]
pub struct SeqIterObj {
    header: ObjHeader,
    pub seq: Value,
    /// Index of the next item (a byte offset for a str).
    pub pos: Cell<usize>,
}
gc_type!(SeqIterObj, SEQ_ITER_TYPE, "iterator");

/// Which lazy built-in iterator a [`LazyIterObj`] is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LazyKind {
    Enumerate,
    Zip,
    /// `zip(..., strict=True)`.
    ZipStrict,
    Map,
    Filter,
}

impl LazyKind {
    /// The Python type name.
    pub fn name(self) -> &'static str {
        match self {
            LazyKind::Enumerate => "enumerate",
            LazyKind::Zip | LazyKind::ZipStrict => "zip",
            LazyKind::Map => "map",
            LazyKind::Filter => "filter",
        }
    }
}

/// `enumerate`, `zip`, `map` and `filter` objects: they pull one item at a
/// time from their iterators, as CPython's do (so they work on infinite
/// iterators and interleave with the producer's side effects).
#[repr(C)]
pub struct LazyIterObj {
    header: ObjHeader,
    pub kind: LazyKind,
    /// `map`'s and `filter`'s function (`None` for `filter(None, ...)`);
    /// `enumerate`'s next count.
    pub func: RefCell<Value>,
    /// The underlying iterators.
    pub iters: RefCell<Vec<Value>>,
}
gc_type!(LazyIterObj, LAZY_ITER_TYPE, "iterator");

pub fn new_lazy_iter(kind: LazyKind, func: Value, iters: Vec<Value>) -> Value {
    Value::alloc(LazyIterObj {
        header: ObjHeader::new(&LAZY_ITER_TYPE),
        kind,
        func: RefCell::new(func),
        iters: RefCell::new(iters),
    })
}

impl Trace for LazyIterObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(f) = self.func.try_borrow() {
            visit(&f);
        }
        if let Ok(items) = self.iters.try_borrow() {
            for v in items.iter() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = self
            .func
            .try_borrow_mut()
            .map(|mut f| std::mem::replace(&mut *f, Value::none()));
        let iters = self
            .iters
            .try_borrow_mut()
            .map(|mut b| std::mem::take(&mut *b));
        drop(old);
        drop(iters);
    }
}

/// A Python function: its IR function and positional defaults.
#[repr(C)]
pub struct FunctionObj {
    header: ObjHeader,
    pub func: krait_ir::FuncId,
    /// `__name__`.
    pub name: String,
    /// `__qualname__`, for `repr`.
    pub qualname: String,
    /// `__doc__`.
    pub doc: Option<String>,
    /// Attributes set on the function (`f.cache = {}`), and `__name__`,
    /// `__doc__`, ... once assigned (`__dict__`).
    pub dict: RefCell<Vec<(String, Value)>>,
    pub defaults: Vec<Value>,
    /// Keyword-only parameters' defaults (`__kwdefaults__`).
    pub kwdefaults: Vec<(String, Value)>,
    /// The cells of the enclosing functions' variables it uses, one per
    /// `Free` slot of `func` in slot order (`__closure__`).
    pub closure: Vec<Value>,
}
gc_type!(FunctionObj, FUNCTION_TYPE, "function");

/// A `cell`: a variable shared between a function and the inner functions
/// that capture it (`None` = unbound).
#[repr(C)]
pub struct CellObj {
    header: ObjHeader,
    pub value: RefCell<Option<Value>>,
}
gc_type!(CellObj, CELL_TYPE, "cell");

pub fn new_cell(value: Option<Value>) -> Value {
    Value::alloc(CellObj {
        header: ObjHeader::new(&CELL_TYPE),
        value: RefCell::new(value),
    })
}

/// The built-in functions (those that are not classes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Print,
    Len,
    Abs,
    Repr,
    Min,
    Max,
    IsInstance,
    Sorted,
    Sum,
    Enumerate,
    Zip,
    Reversed,
    Any,
    All,
    Map,
    Filter,
    Iter,
    Next,
    Hash,
    Divmod,
    Pow,
    Round,
    Chr,
    Ord,
    Hex,
    Oct,
    Bin,
    Format,
    Ascii,
    Callable,
    Id,
    IsSubclass,
    GetAttr,
    SetAttr,
    HasAttr,
    DelAttr,
    Vars,
    Dir,
    Globals,
    Locals,
    Eval,
    Exec,
    Input,
    Exit,
    Quit,
    Open,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Print => "print",
            Builtin::Len => "len",
            Builtin::Abs => "abs",
            Builtin::Repr => "repr",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::IsInstance => "isinstance",
            Builtin::Sorted => "sorted",
            Builtin::Sum => "sum",
            Builtin::Enumerate => "enumerate",
            Builtin::Zip => "zip",
            Builtin::Reversed => "reversed",
            Builtin::Any => "any",
            Builtin::All => "all",
            Builtin::Map => "map",
            Builtin::Filter => "filter",
            Builtin::Iter => "iter",
            Builtin::Next => "next",
            Builtin::Hash => "hash",
            Builtin::Divmod => "divmod",
            Builtin::Pow => "pow",
            Builtin::Round => "round",
            Builtin::Chr => "chr",
            Builtin::Ord => "ord",
            Builtin::Hex => "hex",
            Builtin::Oct => "oct",
            Builtin::Bin => "bin",
            Builtin::Format => "format",
            Builtin::Ascii => "ascii",
            Builtin::Callable => "callable",
            Builtin::Id => "id",
            Builtin::IsSubclass => "issubclass",
            Builtin::GetAttr => "getattr",
            Builtin::SetAttr => "setattr",
            Builtin::HasAttr => "hasattr",
            Builtin::DelAttr => "delattr",
            Builtin::Vars => "vars",
            Builtin::Dir => "dir",
            Builtin::Globals => "globals",
            Builtin::Locals => "locals",
            Builtin::Eval => "eval",
            Builtin::Exec => "exec",
            Builtin::Input => "input",
            Builtin::Exit => "exit",
            Builtin::Quit => "quit",
            Builtin::Open => "open",
        }
    }
}

/// A built-in function object.
#[repr(C)]
pub struct BuiltinObj {
    header: ObjHeader,
    pub which: Builtin,
}
heap_type!(BuiltinObj, BUILTIN_TYPE, "builtin_function_or_method");

/// A built-in class: `int`, `str`, ..., or an exception class (named by
/// its entry in [`EXC_CLASSES`]).
#[repr(C)]
pub struct ClassObj {
    header: ObjHeader,
    pub name: &'static str,
    /// For exception classes, the base class's name.
    pub exc_base: Option<&'static str>,
}
heap_type!(ClassObj, TYPE_TYPE, "type");

/// One frame's entry of a traceback: the function (index into the
/// module's functions) and the span of the instruction that was running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TbEntry {
    pub func: u32,
    pub span: Span,
}

/// An exception instance: its class name, `args`, and traceback (outermost
/// frame first, as `__traceback__` is walked).
#[repr(C)]
pub struct ExceptionObj {
    header: ObjHeader,
    /// The built-in class: the exception's own for built-in exceptions,
    /// the nearest built-in base for instances of user exception classes
    /// (matching and the built-in behaviour go by it).
    pub class: &'static str,
    pub args: RefCell<Vec<Value>>,
    pub traceback: RefCell<Vec<TbEntry>>,
    /// `__cause__`, set by `raise ... from cause`.
    pub cause: RefCell<Option<Value>>,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: RefCell<Option<Value>>,
    /// `__suppress_context__` (set by `raise ... from ...`).
    pub suppress_context: Cell<bool>,
    /// The user class (`class MyError(ValueError)`) when the exception is
    /// an instance of one.
    pub user: Option<Value>,
    /// Attributes set on the exception (`self.code = ...`).
    pub dict: crate::attrs::Attrs,
    /// The locals of the frames the exception left while unwinding,
    /// innermost first: CPython's traceback keeps those frames (and so
    /// their locals) alive as long as the exception lives.
    pub frames: RefCell<Vec<Value>>,
}

impl ExceptionObj {
    /// `type(e).__name__`.
    pub fn name(&self) -> &'static str {
        self.user
            .as_ref()
            .and_then(|u| u.downcast::<UserClassObj>())
            .map_or(self.class, |c| c.sname)
    }
}
gc_type!(
    ExceptionObj,
    EXCEPTION_TYPE,
    "BaseException",
    dealloc_finalizable::<ExceptionObj>
);

/// The built-in exception classes of v0 and their bases, in the order
/// they are installed as builtins.
pub const EXC_CLASSES: &[(&str, Option<&str>)] = &[
    ("BaseException", None),
    ("Exception", Some("BaseException")),
    ("ArithmeticError", Some("Exception")),
    ("ZeroDivisionError", Some("ArithmeticError")),
    ("OverflowError", Some("ArithmeticError")),
    ("ValueError", Some("Exception")),
    ("TypeError", Some("Exception")),
    ("RuntimeError", Some("Exception")),
    ("RecursionError", Some("RuntimeError")),
    ("NotImplementedError", Some("RuntimeError")),
    ("LookupError", Some("Exception")),
    ("KeyError", Some("LookupError")),
    ("IndexError", Some("LookupError")),
    ("NameError", Some("Exception")),
    ("UnboundLocalError", Some("NameError")),
    ("AttributeError", Some("Exception")),
    ("AssertionError", Some("Exception")),
    ("StopIteration", Some("Exception")),
    ("MemoryError", Some("Exception")),
    ("SystemError", Some("Exception")),
    ("SystemExit", Some("BaseException")),
    ("KeyboardInterrupt", Some("BaseException")),
    ("EOFError", Some("Exception")),
    ("OSError", Some("Exception")),
    ("FileNotFoundError", Some("OSError")),
    ("FileExistsError", Some("OSError")),
    ("IsADirectoryError", Some("OSError")),
    ("NotADirectoryError", Some("OSError")),
    ("PermissionError", Some("OSError")),
    ("UnicodeError", Some("ValueError")),
    ("UnicodeDecodeError", Some("UnicodeError")),
    ("UnicodeEncodeError", Some("UnicodeError")),
    ("UnsupportedOperation", Some("OSError")),
    ("GeneratorExit", Some("BaseException")),
    ("FloatingPointError", Some("ArithmeticError")),
    ("BufferError", Some("Exception")),
    ("ImportError", Some("Exception")),
    ("ModuleNotFoundError", Some("ImportError")),
    ("ReferenceError", Some("Exception")),
    ("StopAsyncIteration", Some("Exception")),
    ("SyntaxError", Some("Exception")),
    ("IndentationError", Some("SyntaxError")),
    ("TabError", Some("IndentationError")),
    ("UnicodeTranslateError", Some("UnicodeError")),
    ("BlockingIOError", Some("OSError")),
    ("ChildProcessError", Some("OSError")),
    ("ConnectionError", Some("OSError")),
    ("BrokenPipeError", Some("ConnectionError")),
    ("ConnectionAbortedError", Some("ConnectionError")),
    ("ConnectionRefusedError", Some("ConnectionError")),
    ("ConnectionResetError", Some("ConnectionError")),
    ("InterruptedError", Some("OSError")),
    ("ProcessLookupError", Some("OSError")),
    ("TimeoutError", Some("OSError")),
    ("Warning", Some("Exception")),
    ("BytesWarning", Some("Warning")),
    ("DeprecationWarning", Some("Warning")),
    ("EncodingWarning", Some("Warning")),
    ("FutureWarning", Some("Warning")),
    ("ImportWarning", Some("Warning")),
    ("PendingDeprecationWarning", Some("Warning")),
    ("ResourceWarning", Some("Warning")),
    ("RuntimeWarning", Some("Warning")),
    ("SyntaxWarning", Some("Warning")),
    ("UnicodeWarning", Some("Warning")),
    ("UserWarning", Some("Warning")),
    // `ExceptionGroup` derives from both (`exc_is_subclass`).
    ("BaseExceptionGroup", Some("BaseException")),
    ("ExceptionGroup", Some("Exception")),
];

/// The exception class name as a `&'static str`, if `name` is one.
pub fn exc_class(name: &str) -> Option<&'static str> {
    EXC_CLASSES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(n, _)| *n)
}

/// Whether exception class `class` is `base` or derives from it.
pub fn exc_is_subclass(class: &str, base: &str) -> bool {
    let mut c = Some(class);
    while let Some(name) = c {
        if name == base || (name == "ExceptionGroup" && base == "BaseExceptionGroup") {
            return true;
        }
        c = EXC_CLASSES
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, b)| *b);
    }
    false
}

pub fn new_str(s: impl Into<String>) -> Value {
    Value::alloc(StrObj {
        header: ObjHeader::new(&STR_TYPE),
        value: s.into(),
    })
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    Value::alloc(TupleObj {
        header: ObjHeader::new(&TUPLE_TYPE),
        items,
    })
}

pub fn new_list(items: Vec<Value>) -> Value {
    Value::alloc(ListObj {
        header: ObjHeader::new(&LIST_TYPE),
        items: RefCell::new(items),
    })
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::alloc(RangeObj {
        header: ObjHeader::new(&RANGE_TYPE),
        start,
        stop,
        step,
    })
}

/// The number of items of `range(start, stop, step)` (`step != 0`).
pub fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    let (lo, hi, st) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / st + 1) as u64
    }
}

pub fn new_range_iter(r: &RangeObj) -> Value {
    Value::alloc(RangeIterObj {
        header: ObjHeader::new(&RANGE_ITER_TYPE),
        next: Cell::new(r.start),
        step: r.step,
        remaining: Cell::new(range_len(r.start, r.stop, r.step)),
    })
}

pub fn new_seq_iter(seq: Value) -> Value {
    Value::alloc(SeqIterObj {
        header: ObjHeader::new(&SEQ_ITER_TYPE),
        seq,
        pos: Cell::new(0),
    })
}

/// A function object for IR function `f` (number `func`).
pub fn new_function(
    func: krait_ir::FuncId,
    f: &krait_ir::Function,
    defaults: Vec<Value>,
    kwdefaults: Vec<(String, Value)>,
    closure: Vec<Value>,
) -> Value {
    Value::alloc(FunctionObj {
        header: ObjHeader::new(&FUNCTION_TYPE),
        func,
        name: f.name.clone(),
        qualname: f.qualname.clone(),
        doc: f.doc.clone(),
        dict: RefCell::new(Vec::new()),
        defaults,
        kwdefaults,
        closure,
    })
}

pub fn new_builtin(which: Builtin) -> Value {
    Value::alloc(BuiltinObj {
        header: ObjHeader::new(&BUILTIN_TYPE),
        which,
    })
}

pub fn new_class(name: &'static str, exc_base: Option<&'static str>) -> Value {
    Value::alloc(ClassObj {
        header: ObjHeader::new(&TYPE_TYPE),
        name,
        exc_base,
    })
}

pub fn new_exception(class: &'static str, args: Vec<Value>) -> Value {
    new_user_exception(class, None, args)
}

/// An exception whose built-in class is `class`, an instance of the user
/// class `user` when given.
pub fn new_user_exception(class: &'static str, user: Option<Value>, args: Vec<Value>) -> Value {
    Value::alloc(ExceptionObj {
        header: ObjHeader::new(&EXCEPTION_TYPE),
        class,
        args: RefCell::new(args),
        traceback: RefCell::new(Vec::new()),
        cause: RefCell::new(None),
        context: RefCell::new(None),
        suppress_context: Cell::new(false),
        user,
        dict: crate::attrs::Attrs::new(),
        frames: RefCell::new(Vec::new()),
    })
}

thread_local! {
    static INTERNED: RefCell<std::collections::HashSet<&'static str>> =
        RefCell::new(std::collections::HashSet::new());
}

/// `s` as a `&'static str`, one leaked copy per distinct text: user class
/// names are `type_name`s like the built-in ones. The leak is bounded by
/// the program's distinct class names.
pub fn intern_static(s: &str) -> &'static str {
    INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(&x) = t.get(s) {
            return x;
        }
        let x: &'static str = Box::leak(s.to_owned().into_boxed_str());
        t.insert(x);
        x
    })
}

/// A `dict`: keys and values in a CPython-ordered [`Dict`] table.
#[repr(C)]
pub struct DictObj {
    header: ObjHeader,
    pub table: RefCell<Dict<Value, Value>>,
}
gc_type!(DictObj, DICT_TYPE, "dict");

/// A `set`, or a `frozenset` when `frozen`: keys in a CPython-ordered
/// [`Set`] table. The two share one object layout (and every read-only
/// operation); `frozen` decides the type name, hashing and mutability.
#[repr(C)]
pub struct SetObj {
    header: ObjHeader,
    pub table: RefCell<Set<Value>>,
    pub frozen: bool,
}
gc_type!(SetObj, SET_TYPE, "set");

/// Which part of a dict's entries a view or iterator yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// `d.keys()`, `d.values()`, `d.items()`.
#[repr(C)]
pub struct DictViewObj {
    header: ObjHeader,
    pub dict: Value,
    pub part: DictPart,
}
gc_type!(DictViewObj, DICT_VIEW_TYPE, "dict_keys");

/// An iterator over a dict (or one of its views).
#[repr(C)]
pub struct DictIterObj {
    header: ObjHeader,
    pub dict: Value,
    pub part: DictPart,
    pub state: RefCell<DictIter>,
}
gc_type!(DictIterObj, DICT_ITER_TYPE, "dict_keyiterator");

/// An iterator over a set.
#[repr(C)]
pub struct SetIterObj {
    header: ObjHeader,
    pub set: Value,
    pub state: RefCell<SetIter>,
}
gc_type!(SetIterObj, SET_ITER_TYPE, "set_iterator");

/// A built-in method bound to its receiver (`[].append`).
#[repr(C)]
pub struct MethodObj {
    header: ObjHeader,
    pub receiver: Value,
    pub name: &'static str,
}
gc_type!(MethodObj, METHOD_TYPE, "builtin_function_or_method");

pub fn new_dict(table: Dict<Value, Value>) -> Value {
    Value::alloc(DictObj {
        header: ObjHeader::new(&DICT_TYPE),
        table: RefCell::new(table),
    })
}

pub fn new_set(table: Set<Value>) -> Value {
    Value::alloc(SetObj {
        header: ObjHeader::new(&SET_TYPE),
        table: RefCell::new(table),
        frozen: false,
    })
}

pub fn new_frozenset(table: Set<Value>) -> Value {
    Value::alloc(SetObj {
        header: ObjHeader::new(&SET_TYPE),
        table: RefCell::new(table),
        frozen: true,
    })
}

/// A `bytes` object.
#[repr(C)]
pub struct BytesObj {
    header: ObjHeader,
    pub value: Vec<u8>,
}
heap_type!(BytesObj, BYTES_TYPE, "bytes");

pub fn new_bytes(value: Vec<u8>) -> Value {
    Value::alloc(BytesObj {
        header: ObjHeader::new(&BYTES_TYPE),
        value,
    })
}

/// An open file's OS state (see `interp/files.rs`).
pub struct FileState {
    pub file: std::fs::File,
    /// Written bytes not yet passed to the OS.
    pub wbuf: Vec<u8>,
    /// Read-ahead: the rest of the file, loaded by the first read.
    pub rbuf: Option<Vec<u8>>,
    /// Position in `rbuf` (a byte offset; for text, into `rtext`).
    pub rpos: usize,
    /// Text mode: `rbuf` decoded, newlines translated.
    pub rtext: Option<String>,
}

impl Drop for FileState {
    fn drop(&mut self) {
        use std::io::Write;
        if !self.wbuf.is_empty() {
            let _ = self.file.write_all(&self.wbuf);
        }
    }
}

/// A file object made by `open()`: `TextIOWrapper` or one of the
/// `Buffered*` classes. `state` is `None` once closed.
#[repr(C)]
pub struct FileObj {
    header: ObjHeader,
    /// The `name` attribute (the argument given to `open`).
    pub name: Value,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub encoding: String,
    pub state: RefCell<Option<FileState>>,
}
heap_type!(FileObj, FILE_TYPE, "TextIOWrapper");

impl FileObj {
    /// `type(f).__name__`.
    pub fn type_name(&self) -> &'static str {
        match (self.binary, self.readable, self.writable) {
            (false, _, _) => "TextIOWrapper",
            (true, true, true) => "BufferedRandom",
            (true, true, false) => "BufferedReader",
            (true, _, _) => "BufferedWriter",
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub fn new_file(
    name: Value,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    encoding: String,
    file: std::fs::File,
) -> Value {
    Value::alloc(FileObj {
        header: ObjHeader::new(&FILE_TYPE),
        name,
        mode,
        binary,
        readable,
        writable,
        encoding,
        state: RefCell::new(Some(FileState {
            file,
            wbuf: Vec::new(),
            rbuf: None,
            rpos: 0,
            rtext: None,
        })),
    })
}

pub fn new_dict_view(dict: Value, part: DictPart) -> Value {
    Value::alloc(DictViewObj {
        header: ObjHeader::new(&DICT_VIEW_TYPE),
        dict,
        part,
    })
}

/// An iterator over `dict`, which must be a [`DictObj`].
pub fn new_dict_iter(dict: Value, part: DictPart) -> Value {
    let state = match dict.downcast::<DictObj>() {
        Some(d) => d.table.borrow().iter_state(),
        None => Dict::<Value, Value>::new().iter_state(),
    };
    Value::alloc(DictIterObj {
        header: ObjHeader::new(&DICT_ITER_TYPE),
        dict,
        part,
        state: RefCell::new(state),
    })
}

/// An iterator over `set`, which must be a [`SetObj`].
pub fn new_set_iter(set: Value) -> Value {
    let state = match set.downcast::<SetObj>() {
        Some(s) => s.table.borrow().iter_state(),
        None => Set::<Value>::new().iter_state(),
    };
    Value::alloc(SetIterObj {
        header: ObjHeader::new(&SET_ITER_TYPE),
        set,
        state: RefCell::new(state),
    })
}

pub fn new_method(receiver: Value, name: &'static str) -> Value {
    Value::alloc(MethodObj {
        header: ObjHeader::new(&METHOD_TYPE),
        receiver,
        name,
    })
}

/// A class made by a `class` statement: its name, bases, C3 MRO (after
/// itself) and namespace (in definition order).
#[repr(C)]
pub struct UserClassObj {
    header: ObjHeader,
    pub name: String,
    /// `name`, interned (see [`intern_static`]).
    pub sname: &'static str,
    /// For exception classes, the nearest built-in exception base: the
    /// built-in class of the instances.
    pub exc_base: Option<&'static str>,
    pub qualname: String,
    pub bases: Vec<Value>,
    pub mro: Vec<Value>,
    pub dict: RefCell<Vec<(String, Value)>>,
    /// The class itself: CPython's `__mro__` starts with the class, so a
    /// class is always part of a reference cycle and freed by the cycle
    /// collector (never by its count alone); this reference does the same.
    pub this: RefCell<Option<Value>>,
    /// `class_has_del`'s answer and the `DEL_VERSION` it was computed at.
    pub del_cache: Cell<(u64, bool)>,
    /// The metaclass when it is a user class (`class A(metaclass=M)`, or
    /// inherited from a base); `None` for `type`.
    pub meta: std::cell::OnceCell<Value>,
    /// `lookup`'s answers: name -> (class epoch, the value's word, 0 when
    /// absent). The word is borrowed from the class dict that holds it:
    /// while the epoch (`attrs::EPOCH`) is unchanged no namespace has
    /// been written and no class cleared, so it is still there.
    pub lookups: RefCell<rustc_hash::FxHashMap<Box<str>, (u64, usize)>>,
    /// A direct-mapped front for `lookups`, for names of at most 16
    /// bytes: (the name's bytes as two words, its length, epoch, word).
    pub recent: [Cell<RecentLookup>; 32],
    /// Which attribute hooks the class has (`HOOK_*` bits), as of the
    /// class epoch recorded beside them.
    pub hooks: Cell<(u64, u8)>,
}

/// An entry of `UserClassObj::recent`: the name as two words, its
/// length, the class epoch, the value's word (0: absent).
pub type RecentLookup = (u64, u64, usize, u64, usize);

/// `UserClassObj::has_hook` bits.
pub const HOOK_GETATTRIBUTE: u8 = 1;
pub const HOOK_SETATTR: u8 = 2;
pub const HOOK_DELATTR: u8 = 4;
/// Instances have no `__dict__`: the class and its user bases all define
/// `__slots__` without `'__dict__'`, so only slot names can be set.
pub const HOOK_NODICT: u8 = 8;

/// A name of at most 16 bytes as two words (zero-padded), for comparing
/// short names without `memcmp`.
#[inline]
pub fn name_words(name: &str) -> Option<(u64, u64)> {
    let b = name.as_bytes();
    if b.len() > 16 {
        return None;
    }
    // Built in registers (a byte buffer read back as words stalls on
    // store forwarding).
    let (mut lo, mut hi) = (0u64, 0u64);
    for (i, &c) in b.iter().enumerate() {
        if i < 8 {
            lo |= u64::from(c) << (8 * i);
        } else {
            hi |= u64::from(c) << (8 * (i - 8));
        }
    }
    Some((lo, hi))
}
gc_type!(UserClassObj, USER_CLASS_TYPE, "type");

impl UserClassObj {
    /// The attribute `name` of this class or the first class of its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let epoch = crate::attrs::epoch();
        let words = name_words(name);
        let recent = words.map(|(a, b)| {
            let h = (a ^ b.rotate_left(17)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            &self.recent[(h >> 59) as usize]
        });
        if let (Some((a, b)), Some(r)) = (words, recent) {
            let (ra, rb, len, e, w) = r.get();
            if ra == a && rb == b && len == name.len() && e == epoch {
                // SAFETY: as below.
                return (w != 0).then(|| {
                    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) });
                    (*v).clone()
                })?;
            }
        }
        let remember = |w: usize| {
            if let (Some((a, b)), Some(r)) = (words, recent) {
                r.set((a, b, name.len(), epoch, w));
            }
        };
        if let Ok(cache) = self.lookups.try_borrow()
            && let Some(&(e, w)) = cache.get(name)
            && e == epoch
        {
            remember(w);
            // SAFETY: see `lookups`: the word is a live value held by a
            // class dict; a new reference is taken.
            return (w != 0).then(|| {
                let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) });
                (*v).clone()
            })?;
        }
        let found = self.lookup_uncached(name);
        remember(found.as_ref().map_or(0, Value::as_raw));
        if let Ok(mut cache) = self.lookups.try_borrow_mut() {
            let w = found.as_ref().map_or(0, Value::as_raw);
            match cache.get_mut(name) {
                Some(slot) => *slot = (epoch, w),
                None => {
                    cache.insert(name.into(), (epoch, w));
                }
            }
        }
        found
    }

    /// Whether the class defines or inherits the attribute hook `bit`
    /// (`__getattribute__`, `__setattr__`, `__delattr__`): asked on every
    /// attribute access, so kept per class epoch.
    pub fn has_hook(&self, bit: u8) -> bool {
        let epoch = crate::attrs::epoch();
        let (e, bits) = self.hooks.get();
        if e == epoch && bits & 0x80 != 0 {
            return bits & bit != 0;
        }
        let mut bits = 0x80;
        for (b, name) in [
            (HOOK_GETATTRIBUTE, "__getattribute__"),
            (HOOK_SETATTR, "__setattr__"),
            (HOOK_DELATTR, "__delattr__"),
        ] {
            if self.lookup_uncached(name).is_some() {
                bits |= b;
            }
        }
        if self.slots_without_dict() {
            bits |= HOOK_NODICT;
        }
        self.hooks.set((epoch, bits));
        bits & bit != 0
    }

    /// Whether this class and every user class in its MRO define
    /// `__slots__`, none of them naming `__dict__`.
    fn slots_without_dict(&self) -> bool {
        let own = |d: &RefCell<Vec<(String, Value)>>| -> bool {
            let d = d.borrow();
            let Some((_, s)) = d.iter().find(|(k, _)| k == "__slots__") else {
                return false;
            };
            let is_dict = |v: &Value| {
                v.downcast::<StrObj>()
                    .is_some_and(|s| s.value == "__dict__")
            };
            if is_dict(s) {
                return false;
            }
            if let Some(t) = s.downcast::<TupleObj>() {
                return !t.items.iter().any(is_dict);
            }
            if let Some(l) = s.downcast::<ListObj>() {
                return !l.items.borrow().iter().any(is_dict);
            }
            true
        };
        own(&self.dict)
            && self.mro.iter().all(|c| match c.downcast::<UserClassObj>() {
                Some(u) => own(&u.dict),
                None => true,
            })
    }

    fn lookup_uncached(&self, name: &str) -> Option<Value> {
        if let Some((_, v)) = self.dict.borrow().iter().find(|(k, _)| k == name) {
            return Some(v.clone());
        }
        self.mro.iter().find_map(|c| {
            c.downcast::<UserClassObj>().and_then(|c| {
                c.dict
                    .borrow()
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            })
        })
    }
}

/// An instance of a [`UserClassObj`], with its `__dict__`.
#[repr(C)]
pub struct InstanceObj {
    header: ObjHeader,
    pub class: Value,
    pub dict: crate::attrs::Attrs,
    /// For an instance of a subclass of a built-in type (`class D(dict)`),
    /// the built-in value it extends (a dict, list, str, int, ...): built-in
    /// code paths work on it (`builtin_value`); `None` otherwise.
    pub builtin: Option<Value>,
}
gc_type!(
    InstanceObj,
    INSTANCE_TYPE,
    "object",
    dealloc_finalizable::<InstanceObj>
);

/// `property(fget, fset, fdel, doc)`; absent parts are `None`.
#[repr(C)]
pub struct PropertyObj {
    header: ObjHeader,
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}
gc_type!(PropertyObj, PROPERTY_TYPE, "property");

pub fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    Value::alloc(PropertyObj {
        header: ObjHeader::new(&PROPERTY_TYPE),
        fget,
        fset,
        fdel,
        doc,
    })
}

/// `classmethod(f)`.
#[repr(C)]
pub struct ClassMethodObj {
    header: ObjHeader,
    pub func: Value,
}
gc_type!(ClassMethodObj, CLASSMETHOD_TYPE, "classmethod");

/// `staticmethod(f)`.
#[repr(C)]
pub struct StaticMethodObj {
    header: ObjHeader,
    pub func: Value,
}
gc_type!(StaticMethodObj, STATICMETHOD_TYPE, "staticmethod");

/// `classmethod(func)` when `is_class`, else `staticmethod(func)`.
pub fn new_method_wrap(func: Value, is_class: bool) -> Value {
    if is_class {
        Value::alloc(ClassMethodObj {
            header: ObjHeader::new(&CLASSMETHOD_TYPE),
            func,
        })
    } else {
        Value::alloc(StaticMethodObj {
            header: ObjHeader::new(&STATICMETHOD_TYPE),
            func,
        })
    }
}

/// A `__slots__` entry of a class (`member_descriptor`): reads and writes
/// the instance attribute `name` (stored with the instance's other
/// attributes; the class decides which names may be set).
#[repr(C)]
pub struct MemberObj {
    header: ObjHeader,
    pub name: String,
    pub owner: String,
}
heap_type!(MemberObj, MEMBER_TYPE, "member_descriptor");

pub fn new_member(name: String, owner: String) -> Value {
    Value::alloc(MemberObj {
        header: ObjHeader::new(&MEMBER_TYPE),
        name,
        owner,
    })
}

/// `super(class, obj)`: attribute lookup in the MRO of `obj`'s class (or
/// of `obj` when it is a class) after `class`.
#[repr(C)]
pub struct SuperObj {
    header: ObjHeader,
    pub class: Value,
    pub obj: Value,
}
gc_type!(SuperObj, SUPER_TYPE, "super");

pub fn new_super(class: Value, obj: Value) -> Value {
    Value::alloc(SuperObj {
        header: ObjHeader::new(&SUPER_TYPE),
        class,
        obj,
    })
}

/// A Python function bound to an instance (`obj.method`).
#[repr(C)]
pub struct BoundMethodObj {
    header: ObjHeader,
    pub func: Value,
    pub receiver: Value,
}
gc_type!(BoundMethodObj, BOUND_METHOD_TYPE, "method");

pub fn new_user_class(
    name: String,
    qualname: String,
    bases: Vec<Value>,
    mro: Vec<Value>,
    dict: Vec<(String, Value)>,
    exc_base: Option<&'static str>,
) -> Value {
    crate::attrs::bump_epoch();
    let class = Value::alloc(UserClassObj {
        header: ObjHeader::new(&USER_CLASS_TYPE),
        sname: intern_static(&name),
        exc_base,
        name,
        qualname,
        bases,
        mro,
        dict: RefCell::new(dict),
        this: RefCell::new(None),
        del_cache: Cell::new((0, false)),
        meta: std::cell::OnceCell::new(),
        lookups: RefCell::new(Default::default()),
        recent: Default::default(),
        hooks: Cell::new((0, 0)),
    });
    if let Some(c) = class.downcast::<UserClassObj>() {
        *c.this.borrow_mut() = Some(class.clone());
    }
    class
}

pub fn new_instance(class: Value) -> Value {
    new_instance_of(class, None)
}

/// An instance of `class`, extending the built-in value `builtin` when the
/// class derives from a built-in type.
pub fn new_instance_of(class: Value, builtin: Option<Value>) -> Value {
    Value::alloc(InstanceObj {
        header: ObjHeader::new(&INSTANCE_TYPE),
        class,
        dict: crate::attrs::Attrs::new(),
        builtin,
    })
}

pub fn new_bound_method(func: Value, receiver: Value) -> Value {
    Value::alloc(BoundMethodObj {
        header: ObjHeader::new(&BOUND_METHOD_TYPE),
        func,
        receiver,
    })
}

/// A `complex` number.
#[repr(C)]
pub struct ComplexObj {
    header: ObjHeader,
    pub value: crate::complex::Complex,
}
heap_type!(ComplexObj, COMPLEX_TYPE, "complex");

pub fn new_complex(value: crate::complex::Complex) -> Value {
    Value::alloc(ComplexObj {
        header: ObjHeader::new(&COMPLEX_TYPE),
        value,
    })
}

/// A `bytearray`: a mutable `bytes`.
#[repr(C)]
pub struct ByteArrayObj {
    header: ObjHeader,
    pub value: RefCell<Vec<u8>>,
}
heap_type!(ByteArrayObj, BYTEARRAY_TYPE, "bytearray");

pub fn new_bytearray(value: Vec<u8>) -> Value {
    Value::alloc(ByteArrayObj {
        header: ObjHeader::new(&BYTEARRAY_TYPE),
        value: RefCell::new(value),
    })
}

/// A module object: its namespace is the interpreter's globals of module
/// `id` (the interpreter keeps the module table); the name and file are
/// kept here for `repr`.
#[repr(C)]
pub struct ModuleObj {
    header: ObjHeader,
    pub id: u32,
    pub name: String,
    /// `None`: a built-in module.
    pub file: Option<String>,
}
heap_type!(ModuleObj, MODULE_TYPE, "module");

pub fn new_module(id: u32, name: String, file: Option<String>) -> Value {
    Value::alloc(ModuleObj {
        header: ObjHeader::new(&MODULE_TYPE),
        id,
        name,
        file,
    })
}

/// A function of a native module (`math.sqrt`), or a method of a native
/// object (`sys.stdout.write`): the interpreter dispatches on the names.
#[repr(C)]
pub struct NativeFnObj {
    header: ObjHeader,
    pub module: &'static str,
    pub name: &'static str,
}
heap_type!(NativeFnObj, NATIVE_FN_TYPE, "builtin_function_or_method");

/// A Rust function registered by an embedding program
/// (`krait::Runtime::register_fn`): positional arguments in, a value or
/// an exception (`Err`) out.
pub type RustFn = std::rc::Rc<dyn Fn(&[Value]) -> Result<Value, Value>>;

/// A [`RustFn`] as a Python callable (`<built-in function name>`).
#[repr(C)]
pub struct RustFnObj {
    header: ObjHeader,
    pub name: String,
    pub f: RustFn,
}
heap_type!(RustFnObj, RUST_FN_TYPE, "builtin_function_or_method");

pub fn new_rust_fn(name: &str, f: RustFn) -> Value {
    Value::alloc(RustFnObj {
        header: ObjHeader::new(&RUST_FN_TYPE),
        name: name.to_owned(),
        f,
    })
}

pub fn new_native_fn(module: &'static str, name: &'static str) -> Value {
    Value::alloc(NativeFnObj {
        header: ObjHeader::new(&NATIVE_FN_TYPE),
        module,
        name,
    })
}

/// `sys.stdout` (`fd` 1) or `sys.stderr` (2): writes go to the program's
/// output streams.
#[repr(C)]
pub struct StdStreamObj {
    header: ObjHeader,
    pub fd: u8,
}
heap_type!(StdStreamObj, STD_STREAM_TYPE, "TextIOWrapper");

/// A traceback (`e.__traceback__`): a snapshot of an exception's entries,
/// innermost first, that can be given back to an exception
/// (`e.__traceback__ = tb`, `gen.throw(typ, val, tb)`).
#[repr(C)]
pub struct TracebackObj {
    header: ObjHeader,
    pub entries: Vec<TbEntry>,
}
heap_type!(TracebackObj, TRACEBACK_TYPE, "traceback");

pub fn new_traceback(entries: Vec<TbEntry>) -> Value {
    Value::alloc(TracebackObj {
        header: ObjHeader::new(&TRACEBACK_TYPE),
        entries,
    })
}

/// A generator's frame as `gi_frame` shows it while the generator is
/// alive: an object that is not `None`; its attributes are not supported.
#[repr(C)]
pub struct FrameStubObj {
    header: ObjHeader,
}
heap_type!(FrameStubObj, FRAME_STUB_TYPE, "frame");

pub fn new_frame_stub() -> Value {
    Value::alloc(FrameStubObj {
        header: ObjHeader::new(&FRAME_STUB_TYPE),
    })
}

pub fn new_std_stream(fd: u8) -> Value {
    Value::alloc(StdStreamObj {
        header: ObjHeader::new(&STD_STREAM_TYPE),
        fd,
    })
}

/// The state of a Mersenne Twister (`_random`, under `random.Random`):
/// 624 words and the index of the next one to temper.
#[repr(C)]
pub struct MtObj {
    header: ObjHeader,
    pub state: RefCell<([u32; 624], usize)>,
}
heap_type!(MtObj, MT_TYPE, "_random.Random");

pub fn new_mt() -> Value {
    Value::alloc(MtObj {
        header: ObjHeader::new(&MT_TYPE),
        state: RefCell::new(([0; 624], 624)),
    })
}

/// A compiled regular expression (`_re`, under `re.Pattern`): the
/// engine's state, opaque here (`interp/modules/re.rs`).
#[repr(C)]
pub struct RegexObj {
    header: ObjHeader,
    pub inner: Box<dyn std::any::Any>,
}
heap_type!(RegexObj, REGEX_TYPE, "_re.Pattern");

pub fn new_regex(inner: Box<dyn std::any::Any>) -> Value {
    Value::alloc(RegexObj {
        header: ObjHeader::new(&REGEX_TYPE),
        inner,
    })
}

/// A struct sequence (`sys.version_info`): a tuple whose items are also
/// named attributes; it behaves as its tuple otherwise.
#[repr(C)]
pub struct StructSeqObj {
    header: ObjHeader,
    /// The qualified type name (`sys.version_info`).
    pub qualname: &'static str,
    pub fields: &'static [&'static str],
    pub items: Value,
}
heap_type!(StructSeqObj, STRUCT_SEQ_TYPE, "version_info");

pub fn new_struct_seq(
    qualname: &'static str,
    fields: &'static [&'static str],
    items: Vec<Value>,
) -> Value {
    Value::alloc(StructSeqObj {
        header: ObjHeader::new(&STRUCT_SEQ_TYPE),
        qualname,
        fields,
        items: new_tuple(items),
    })
}

/// The built-in value behind `v`: the tuple of a struct sequence, the
/// built-in value an instance of a built-in type's subclass extends; `v`
/// itself for any other value. The free functions of the built-in paths
/// (`eq`, `order`, `getitem`, `hash`, lengths, iteration) start with it, so
/// they serve subclass instances unchanged.
#[inline]
pub fn builtin_value(v: &Value) -> &Value {
    if let Some(s) = v.downcast::<StructSeqObj>() {
        return &s.items;
    }
    match v.downcast::<InstanceObj>() {
        Some(InstanceObj {
            builtin: Some(b), ..
        }) => b,
        _ => v,
    }
}

/// The built-in value an instance of a built-in type's subclass extends.
#[inline]
pub fn builtin_of(v: &Value) -> Option<&Value> {
    v.downcast::<InstanceObj>()?.builtin.as_ref()
}
// ------------------------------------------------- the collector's view

/// Frees an instance or exception, unless it has a `__del__` that has not
/// run yet: then it is queued for the interpreter to finalize (PEP 442:
/// once; `gc.rs`), and freed when its count reaches zero again.
///
/// # Safety
/// As `gc::dealloc_gc`: `p` is a `T` in a `GcBox` whose count reached 0.
unsafe fn dealloc_finalizable<T: HeapObject + Finalizable>(p: NonNull<ObjHeader>) {
    // SAFETY: the caller's contract: `p` is a live (count 0) `T`.
    unsafe {
        let obj = &*(p.as_ptr() as *const T);
        if !crate::gc::is_finalized(p) && obj.has_del() && crate::gc::queue_finalizer(p) {
            return;
        }
        obj.clear_weakrefs();
        crate::gc::dealloc_gc::<T>(p)
    }
}

/// Objects that may have a `__del__` (instances of user classes).
pub trait Finalizable {
    fn has_del(&self) -> bool;
    /// The object is being freed: its weak references go dead (their
    /// callbacks queued).
    fn clear_weakrefs(&self) {}
}

thread_local! {
    /// Bumped whenever a namespace binds or deletes `__del__`: the
    /// version of every class's cached answer to "has a `__del__`".
    static DEL_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A namespace just bound or deleted `__del__` (`ns_set` calls it):
/// classes' cached `class_has_del` answers are stale.
pub fn del_changed() {
    DEL_VERSION.with(|v| v.set(v.get() + 1));
}

/// Whether class `c` (a user class) defines or inherits `__del__`; cached
/// per class (every instance's release asks).
pub fn class_has_del(c: &Value) -> bool {
    let Some(c) = c.downcast::<UserClassObj>() else {
        return false;
    };
    let version = DEL_VERSION.with(|v| v.get());
    let (seen, has) = c.del_cache.get();
    if seen == version {
        return has;
    }
    let has = c.lookup("__del__").is_some();
    c.del_cache.set((version, has));
    has
}

impl Finalizable for InstanceObj {
    fn has_del(&self) -> bool {
        class_has_del(&self.class)
    }
    fn clear_weakrefs(&self) {
        let refs = self.dict.take_weakrefs();
        // The most recently made first, as CPython's list is ordered.
        for &w in refs.iter().rev() {
            // SAFETY: a weak reference removes its address from the list
            // when it dies, so every address listed is a live WeakRefObj.
            let wr = unsafe { &*(w as *const WeakRefObj) };
            wr.target.set(0);
            if let Some(cb) = wr.callback.borrow().as_ref()
                && !cb.is_none()
            {
                // SAFETY: as above; a new reference for the queue.
                let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) });
                if let Some(v) = (*v).clone() {
                    crate::gc::queue_callback(v);
                }
            }
        }
    }
}

/// `weakref.ref(obj[, callback])`: the referent's word while it lives (0
/// once it is freed); the referent (an instance) lists this object's
/// address (`Attrs::add_weakref`).
#[repr(C)]
pub struct WeakRefObj {
    header: ObjHeader,
    pub target: Cell<usize>,
    pub callback: RefCell<Option<Value>>,
}
gc_type!(WeakRefObj, WEAKREF_TYPE, "weakref");

impl Drop for WeakRefObj {
    fn drop(&mut self) {
        let t = self.target.get();
        if t != 0 {
            // SAFETY: a live referent (it clears `target` when freed).
            let inst = unsafe { &*(t as *const InstanceObj) };
            inst.dict.remove_weakref(self as *const WeakRefObj as usize);
        }
    }
}

impl Trace for WeakRefObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(c) = self.callback.try_borrow()
            && let Some(c) = c.as_ref()
        {
            visit(c);
        }
    }
    fn clear(&self) {
        take_cell(&self.callback);
    }
}

/// A weak reference to the instance `target`, with `callback` (or None).
pub fn new_weakref(target: &Value, callback: Option<Value>) -> Option<Value> {
    let inst = target.downcast::<InstanceObj>()?;
    let w = Value::alloc(WeakRefObj {
        header: ObjHeader::new(&WEAKREF_TYPE),
        target: Cell::new(target.as_raw()),
        callback: RefCell::new(callback),
    });
    inst.dict.add_weakref(w.as_raw());
    Some(w)
}

impl WeakRefObj {
    /// The referent, if it is alive.
    pub fn get(&self) -> Option<Value> {
        let t = self.target.get();
        if t == 0 {
            return None;
        }
        // SAFETY: a live referent; a new reference.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(t) });
        (*v).clone()
    }
}

impl Finalizable for ExceptionObj {
    fn has_del(&self) -> bool {
        self.user.as_ref().is_some_and(class_has_del)
    }
}

/// Visits the values of a `RefCell` of name/value pairs (skipped while it
/// is mutably borrowed: those references then count as external).
fn visit_pairs(cell: &RefCell<Vec<(String, Value)>>, visit: &mut dyn FnMut(&Value)) {
    if let Ok(d) = cell.try_borrow() {
        for (_, v) in d.iter() {
            visit(v);
        }
    }
}

fn take_cell<T: Default>(cell: &RefCell<T>) {
    let taken = match cell.try_borrow_mut() {
        Ok(mut b) => std::mem::take(&mut *b),
        Err(_) => return,
    };
    drop(taken);
}

/// Whether any value of the pairs may be a tracked container (CPython
/// tracks a dict only once it holds one).
fn pairs_hold_containers(cell: &RefCell<Vec<(String, Value)>>) -> bool {
    cell.try_borrow()
        .is_ok_and(|d| d.iter().any(|(_, v)| crate::gc::may_be_tracked(v)))
}

impl Drop for TupleObj {
    /// Items are released last to first, as CPython's `tupledealloc`.
    fn drop(&mut self) {
        while let Some(v) = self.items.pop() {
            drop(v);
        }
    }
}

impl Drop for ListObj {
    /// Items are released last to first, as CPython's `list_dealloc`.
    fn drop(&mut self) {
        let items = self.items.get_mut();
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

impl Trace for TupleObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.items.iter().rev() {
            visit(v);
        }
    }
    const CLEARS: bool = false;
}

impl Trace for ListObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            for v in items.iter().rev() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let items = match self.items.try_borrow_mut() {
            Ok(mut b) => std::mem::take(&mut *b),
            Err(_) => return,
        };
        let mut items = items;
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

impl Trace for DictObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for e in t.iter() {
                visit(&e.value);
                if e.key.downcast::<StrObj>().is_none() {
                    visit(&e.key);
                }
            }
        }
    }
    fn clear(&self) {
        take_cell(&self.table);
    }
    fn weight(&self) -> usize {
        let tracked = self.table.try_borrow().is_ok_and(|t| {
            t.iter()
                .any(|e| crate::gc::may_be_tracked(&e.value) || crate::gc::may_be_tracked(&e.key))
        });
        usize::from(tracked)
    }
}

impl Trace for SetObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.table.try_borrow() {
            for k in t.keys() {
                visit(k);
            }
        }
    }
    fn clear(&self) {
        take_cell(&self.table);
    }
}

impl Trace for GeneratorObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.state.try_borrow()
            && let Some(s) = s.as_ref()
        {
            s.traverse(visit);
        }
    }
    fn clear(&self) {
        take_cell(&self.state);
    }
}

impl Trace for SliceObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.start);
        visit(&self.stop);
        visit(&self.step);
    }
    const CLEARS: bool = false;
}

impl Trace for SeqIterObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.seq);
    }
    const CLEARS: bool = false;
}

impl Trace for FunctionObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for v in &self.defaults {
            visit(v);
        }
        for (_, v) in &self.kwdefaults {
            visit(v);
        }
        visit_pairs(&self.dict, visit);
        for v in &self.closure {
            visit(v);
        }
    }
    fn clear(&self) {
        take_cell(&self.dict);
    }
    /// The function, and the tuples (defaults, closure) and dicts
    /// (keyword defaults, `__dict__`) CPython keeps as separate objects.
    fn weight(&self) -> usize {
        1 + usize::from(!self.defaults.is_empty())
            + usize::from(!self.closure.is_empty())
            + usize::from(
                self.kwdefaults
                    .iter()
                    .any(|(_, v)| crate::gc::may_be_tracked(v)),
            )
            + usize::from(pairs_hold_containers(&self.dict))
    }
}

impl Trace for CellObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.value.try_borrow()
            && let Some(v) = v.as_ref()
        {
            visit(v);
        }
    }
    fn clear(&self) {
        take_cell(&self.value);
    }
}

impl Trace for ExceptionObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.dict.visit(visit);
        if let Ok(a) = self.args.try_borrow() {
            for v in a.iter() {
                visit(v);
            }
        }
        for cell in [&self.cause, &self.context] {
            if let Ok(v) = cell.try_borrow()
                && let Some(v) = v.as_ref()
            {
                visit(v);
            }
        }
        if let Ok(f) = self.frames.try_borrow() {
            for v in f.iter() {
                visit(v);
            }
        }
        if let Some(u) = &self.user {
            visit(u);
        }
    }
    fn clear(&self) {
        self.dict.clear();
        take_cell(&self.args);
        take_cell(&self.frames);
        take_cell(&self.cause);
        take_cell(&self.context);
    }
    /// The exception, its args tuple, its `__dict__` (when it holds a
    /// container) and a traceback object and a frame per entry.
    fn weight(&self) -> usize {
        1 + usize::from(self.args.try_borrow().is_ok_and(|a| !a.is_empty()))
            + usize::from(self.dict.holds_containers())
            + 2 * self.traceback.try_borrow().map_or(0, |t| t.len())
    }
}

impl Trace for DictViewObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
    const CLEARS: bool = false;
}

impl Trace for DictIterObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
    const CLEARS: bool = false;
}

impl Trace for SetIterObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.set);
    }
    const CLEARS: bool = false;
}

impl Trace for MethodObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.receiver);
    }
    const CLEARS: bool = false;
}

impl Trace for UserClassObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_pairs(&self.dict, visit);
        if let Ok(t) = self.this.try_borrow()
            && let Some(t) = t.as_ref()
        {
            visit(t);
        }
        for v in &self.mro {
            visit(v);
        }
        for v in &self.bases {
            visit(v);
        }
        if let Some(m) = self.meta.get() {
            visit(m);
        }
    }
    fn clear(&self) {
        crate::attrs::bump_epoch();
        take_cell(&self.dict);
        take_cell(&self.this);
    }
    /// The class, its dict, `__mro__` and `__bases__` tuples, and the
    /// `__dict__`/`__weakref__` descriptors a class adds when no base
    /// class of its own provides them.
    fn weight(&self) -> usize {
        let user_base = self
            .mro
            .iter()
            .any(|c| c.downcast::<UserClassObj>().is_some());
        let descriptors = if user_base {
            0
        } else if self.exc_base.is_some() {
            1
        } else {
            2
        };
        4 + descriptors
    }
}

impl Trace for InstanceObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.dict.visit(visit);
        visit(&self.class);
        if let Some(b) = &self.builtin {
            visit(b);
        }
    }
    fn clear(&self) {
        self.dict.clear();
    }
    /// A subclass instance and the container it extends are one object in
    /// CPython: the container counts, the instance does not.
    fn weight(&self) -> usize {
        match &self.builtin {
            Some(b) if crate::gc::is_linked(b) && crate::gc::weight_of(b) > 0 => 0,
            _ => 1,
        }
    }
}

impl Trace for PropertyObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.fget);
        visit(&self.fset);
        visit(&self.fdel);
        visit(&self.doc);
    }
    const CLEARS: bool = false;
}

impl Trace for ClassMethodObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
    }
    const CLEARS: bool = false;
}

impl Trace for StaticMethodObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
    }
    const CLEARS: bool = false;
}

impl Trace for SuperObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.class);
        visit(&self.obj);
    }
    const CLEARS: bool = false;
}

impl Trace for BoundMethodObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.receiver);
    }
    const CLEARS: bool = false;
}

/// `list[int]`, `C[int]`: a parameterized generic (`types.GenericAlias`):
/// the class subscripted and the subscript's items (a tuple).
#[repr(C)]
pub struct GenericAliasObj {
    header: ObjHeader,
    pub origin: Value,
    pub args: Value,
}
gc_type!(GenericAliasObj, GENERIC_ALIAS_TYPE, "types.GenericAlias");

pub fn new_generic_alias(origin: Value, args: Value) -> Value {
    Value::alloc(GenericAliasObj {
        header: ObjHeader::new(&GENERIC_ALIAS_TYPE),
        origin,
        args,
    })
}

impl Trace for GenericAliasObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
        visit(&self.args);
    }
    const CLEARS: bool = false;
}

/// `int | None`: a `types.UnionType` of its (distinct) member types.
#[repr(C)]
pub struct UnionTypeObj {
    header: ObjHeader,
    pub args: Value,
}
gc_type!(UnionTypeObj, UNION_TYPE_TYPE, "types.UnionType");

pub fn new_union_type(args: Value) -> Value {
    Value::alloc(UnionTypeObj {
        header: ObjHeader::new(&UNION_TYPE_TYPE),
        args,
    })
}

impl Trace for UnionTypeObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.args);
    }
    const CLEARS: bool = false;
}
