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

use crate::table::{Dict, DictIter, Set, SetIter};
use crate::value::{HeapObject, ObjHeader, Type, Value, dealloc_box};
use krait_ir::Span;
use std::cell::{Cell, RefCell};

macro_rules! heap_type {
    ($obj:ident, $ty:ident, $name:literal) => {
        pub static $ty: Type = Type {
            name: $name,
            dealloc: dealloc_box::<$obj>,
        };
        // SAFETY: `$obj` is #[repr(C)] with its `ObjHeader` first, every
        // constructor below sets the header's type to `$ty`, and `$ty`'s
        // dealloc frees a `Box<$obj>` (the HeapObject contract).
        unsafe impl HeapObject for $obj {
            const TYPE: &'static Type = &$ty;
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

/// A `tuple`.
#[repr(C)]
pub struct TupleObj {
    header: ObjHeader,
    pub items: Vec<Value>,
}
heap_type!(TupleObj, TUPLE_TYPE, "tuple");

/// A `list`.
#[repr(C)]
pub struct ListObj {
    header: ObjHeader,
    pub items: RefCell<Vec<Value>>,
}
heap_type!(ListObj, LIST_TYPE, "list");

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
    pub state: RefCell<Option<Box<dyn std::any::Any>>>,
    pub qualname: String,
    pub running: Cell<bool>,
}
heap_type!(GeneratorObj, GENERATOR_TYPE, "generator");

pub fn new_generator(state: Box<dyn std::any::Any>, qualname: String) -> Value {
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
heap_type!(SliceObj, SLICE_TYPE, "slice");

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
heap_type!(SeqIterObj, SEQ_ITER_TYPE, "iterator");

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
heap_type!(FunctionObj, FUNCTION_TYPE, "function");

/// A `cell`: a variable shared between a function and the inner functions
/// that capture it (`None` = unbound).
#[repr(C)]
pub struct CellObj {
    header: ObjHeader,
    pub value: RefCell<Option<Value>>,
}
heap_type!(CellObj, CELL_TYPE, "cell");

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
    Globals,
    Locals,
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
            Builtin::Globals => "globals",
            Builtin::Locals => "locals",
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
    pub dict: RefCell<Vec<(String, Value)>>,
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
heap_type!(ExceptionObj, EXCEPTION_TYPE, "BaseException");

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
        if name == base {
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
        dict: RefCell::new(Vec::new()),
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
heap_type!(DictObj, DICT_TYPE, "dict");

/// A `set`, or a `frozenset` when `frozen`: keys in a CPython-ordered
/// [`Set`] table. The two share one object layout (and every read-only
/// operation); `frozen` decides the type name, hashing and mutability.
#[repr(C)]
pub struct SetObj {
    header: ObjHeader,
    pub table: RefCell<Set<Value>>,
    pub frozen: bool,
}
heap_type!(SetObj, SET_TYPE, "set");

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
heap_type!(DictViewObj, DICT_VIEW_TYPE, "dict_keys");

/// An iterator over a dict (or one of its views).
#[repr(C)]
pub struct DictIterObj {
    header: ObjHeader,
    pub dict: Value,
    pub part: DictPart,
    pub state: RefCell<DictIter>,
}
heap_type!(DictIterObj, DICT_ITER_TYPE, "dict_keyiterator");

/// An iterator over a set.
#[repr(C)]
pub struct SetIterObj {
    header: ObjHeader,
    pub set: Value,
    pub state: RefCell<SetIter>,
}
heap_type!(SetIterObj, SET_ITER_TYPE, "set_iterator");

/// A built-in method bound to its receiver (`[].append`).
#[repr(C)]
pub struct MethodObj {
    header: ObjHeader,
    pub receiver: Value,
    pub name: &'static str,
}
heap_type!(MethodObj, METHOD_TYPE, "builtin_function_or_method");

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
}
heap_type!(UserClassObj, USER_CLASS_TYPE, "type");

impl UserClassObj {
    /// The attribute `name` of this class or the first class of its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
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
    pub dict: RefCell<Vec<(String, Value)>>,
}
heap_type!(InstanceObj, INSTANCE_TYPE, "object");

/// `property(fget, fset, fdel, doc)`; absent parts are `None`.
#[repr(C)]
pub struct PropertyObj {
    header: ObjHeader,
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}
heap_type!(PropertyObj, PROPERTY_TYPE, "property");

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
heap_type!(ClassMethodObj, CLASSMETHOD_TYPE, "classmethod");

/// `staticmethod(f)`.
#[repr(C)]
pub struct StaticMethodObj {
    header: ObjHeader,
    pub func: Value,
}
heap_type!(StaticMethodObj, STATICMETHOD_TYPE, "staticmethod");

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

/// `super(class, obj)`: attribute lookup in the MRO of `obj`'s class (or
/// of `obj` when it is a class) after `class`.
#[repr(C)]
pub struct SuperObj {
    header: ObjHeader,
    pub class: Value,
    pub obj: Value,
}
heap_type!(SuperObj, SUPER_TYPE, "super");

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
heap_type!(BoundMethodObj, BOUND_METHOD_TYPE, "method");

pub fn new_user_class(
    name: String,
    qualname: String,
    bases: Vec<Value>,
    mro: Vec<Value>,
    dict: Vec<(String, Value)>,
    exc_base: Option<&'static str>,
) -> Value {
    Value::alloc(UserClassObj {
        header: ObjHeader::new(&USER_CLASS_TYPE),
        sname: intern_static(&name),
        exc_base,
        name,
        qualname,
        bases,
        mro,
        dict: RefCell::new(dict),
    })
}

pub fn new_instance(class: Value) -> Value {
    Value::alloc(InstanceObj {
        header: ObjHeader::new(&INSTANCE_TYPE),
        class,
        dict: RefCell::new(Vec::new()),
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

pub fn new_std_stream(fd: u8) -> Value {
    Value::alloc(StdStreamObj {
        header: ObjHeader::new(&STD_STREAM_TYPE),
        fd,
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

/// The tuple of a struct sequence (`v` itself for any other value).
pub fn struct_seq_items(v: &Value) -> &Value {
    match v.downcast::<StructSeqObj>() {
        Some(s) => &s.items,
        None => v,
    }
}
