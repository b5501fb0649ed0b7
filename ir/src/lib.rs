//! krait's intermediate representation: the contract between the
//! interpreter (`krait-runtime`) and the JIT (`krait-jit`).
//!
//! One [`Function`] per Python code body (the module body, each `def`,
//! `lambda`, class body and comprehension). A function has numbered
//! **slots** — parameters first, then other locals, cells and temporaries —
//! and **blocks** of register instructions, each ending in one
//! [`Terminator`]. The interpreter executes this; the JIT lowers the same
//! instructions to Cranelift (whose `FunctionBuilder` variables turn slots
//! into SSA), so the two engines cannot disagree about meaning, and a frame
//! can move between them at any instruction.
//!
//! Invariants (checked by [`verify`]):
//!
//! - **Exceptions are edges.** Every instruction can raise; when one does,
//!   control goes to its block's `handler` block, or leaves the function
//!   with the exception when there is none. The lowering splits blocks
//!   where the enclosing `try` changes.
//! - **Ownership.** A slot holds one owned reference (or is unbound). A
//!   [`SlotKind::Temp`] is written once and *consumed* by its single read,
//!   which releases its reference there — so temporaries die exactly where
//!   CPython pops them from its stack, and `__del__` runs at the same
//!   moment. Reading any other slot borrows it; writing it releases the
//!   value it held; all slots are released when the function returns.
//! - **Types.** Every slot has a [`Ty`]. `Dyn` is a `Value` word; the
//!   others are facts type inference proved (never trusted annotations),
//!   which let the JIT keep the value unboxed.
//! - **Handled exceptions.** Entering a handler block delivers the
//!   exception to the frame: [`Op::LoadException`] reads it. A `try`
//!   statement's handler code then makes it the *handled* exception
//!   ([`Op::PushExcept`], CPython's `PUSH_EXC_INFO`: what `sys.exc_info()`
//!   and a bare `raise` see, and what a new exception's `__context__` is set
//!   to) and restores the previous one when the handler is left
//!   ([`Op::PopExcept`]); the handled exceptions form a stack across frames.
//!   [`Op::ExcMatch`] is the `except T:` test, and [`Terminator::Reraise`]
//!   re-raises a caught exception without adding a traceback entry or
//!   setting its context (CPython's `RERAISE`). The lowering gives each
//!   region of a `try` its own handler (body → dispatch; dispatch and
//!   handler bodies → a cleanup block that pops the handled exception and
//!   re-raises; `finally` copies on the normal, exceptional and
//!   `return`/`break`/`continue` paths), so leaving a nested `try` restores
//!   the outer handler.
//! - **Closures.** A [`SlotKind::Cell`] slot holds a cell object, created
//!   empty when the frame is entered (for a parameter that inner functions
//!   capture, the argument's value moves into the cell at entry). A
//!   [`SlotKind::Free`] slot holds a cell of an enclosing function:
//!   [`Op::MakeFunction`]'s `closure` lists the creator's `Cell`/`Free`
//!   slots whose cells the new function object keeps, one for each `Free`
//!   slot of the created function, in slot order; a call puts them in those
//!   slots. Cell and free slots are only read by [`Op::LoadCell`] (the
//!   cell's contents; an empty cell raises `UnboundLocalError` for a cell,
//!   `NameError` for a free variable, with CPython's messages),
//!   [`Op::StoreCell`], [`Op::DeleteCell`] and `MakeFunction`'s closure
//!   (the cell itself, borrowed); they are never temporaries, nor the
//!   source or destination of a `Copy`. Closures therefore see the variable, not its value when the
//!   function was made (late binding).
//! - **Spans.** Every instruction keeps the source range it came from, for
//!   tracebacks; a terminator's span is its block's last instruction's or
//!   the block's `term_span`.

use std::fmt::{self, Write as _};

pub mod infer;
pub mod lower;

macro_rules! id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

id!(
    /// A function of the module (`f0` is the module body).
    FuncId,
    "f"
);
id!(
    /// A block of a function (`b0` is the entry).
    BlockId,
    "b"
);
id!(
    /// A slot of a function's frame.
    Slot,
    "%"
);
id!(
    /// An entry of a function's constant table.
    ConstId,
    "c"
);
id!(
    /// An entry of a function's name table (globals, attributes).
    NameId,
    "n"
);

/// A compiled module: its functions, `functions[0]` being the module body.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Module {
    /// Shared, so that merging an imported module's functions into the
    /// running table copies pointers, not IR.
    pub functions: Vec<std::rc::Rc<Function>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

/// The shape of a function's parameters; their slots come first, in order:
/// positional-only, positional-or-keyword, keyword-only, `*args`, `**kwargs`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Params {
    pub posonly: u32,
    pub positional: u32,
    pub kwonly: u32,
    pub varargs: bool,
    pub varkw: bool,
}

impl Params {
    pub fn count(&self) -> u32 {
        self.posonly
            + self.positional
            + self.kwonly
            + u32::from(self.varargs)
            + u32::from(self.varkw)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotKind {
    /// A parameter or local variable.
    Local,
    /// A local that inner functions capture (holds a cell object).
    Cell,
    /// A variable of an enclosing function (holds its cell object).
    Free,
    /// An intermediate value: written once, consumed by its one read.
    Temp,
}

/// What the compiler knows about a slot's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// Any Python value: one `Value` word.
    Dyn,
    /// A Python `int` (exact: machine arithmetic with an overflow check).
    Int,
    /// A Python `float`, unboxed.
    F64,
    /// A Python `bool`, unboxed.
    Bool,
    /// The iterator of a `range` over ints (`for i in range(...)`), kept by
    /// the JIT as its next value, stop and step.
    RangeIter,
    /// A `list` (a `Value` word that is a list), whose items are *expected*
    /// to be of `ListTy::item()`: a list can hold anything, so compiled
    /// code checks every item it loads (and leaves for the interpreter when
    /// one is not).
    List(ListTy),
    /// The iterator of a `for` over a list type (`for x in v`, `v:
    /// list[T]`), kept by the JIT as the list and the next index; each item
    /// is checked where it is loaded.
    ListIter(ListTy),
}

/// `list[...]` nested `depth` times (>= 1) around `elem`:
/// `list[list[float]]` is depth 2 of `F64`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ListTy {
    pub depth: u8,
    pub elem: Elem,
}

/// The innermost item type of a list type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Elem {
    Dyn,
    Int,
    F64,
    Bool,
}

impl ListTy {
    /// The type of the list's items.
    pub fn item(self) -> Ty {
        if self.depth > 1 {
            return Ty::List(ListTy {
                depth: self.depth - 1,
                elem: self.elem,
            });
        }
        match self.elem {
            Elem::Dyn => Ty::Dyn,
            Elem::Int => Ty::Int,
            Elem::F64 => Ty::F64,
            Elem::Bool => Ty::Bool,
        }
    }

    /// The list type whose items are `t` (`None` past 8 levels or for an
    /// iterator).
    pub fn of(t: Ty) -> Option<ListTy> {
        let elem = |elem| Some(ListTy { depth: 1, elem });
        match t {
            Ty::Dyn => elem(Elem::Dyn),
            Ty::Int => elem(Elem::Int),
            Ty::F64 => elem(Elem::F64),
            Ty::Bool => elem(Elem::Bool),
            Ty::List(l) if l.depth < 8 => Some(ListTy {
                depth: l.depth + 1,
                elem: l.elem,
            }),
            _ => None,
        }
    }
}

impl Ty {
    /// Whether compiled code keeps the value as a `Value` word.
    pub fn is_word(self) -> bool {
        matches!(self, Ty::Dyn | Ty::List(_))
    }

    /// Whether this is a `for` loop's iterator that compiled code keeps in
    /// pieces (only `GetIter` and `ForIter` use it).
    pub fn is_iter(self) -> bool {
        matches!(self, Ty::RangeIter | Ty::ListIter(_))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SlotInfo {
    pub name: Option<String>,
    pub kind: SlotKind,
    pub ty: Ty,
}

/// A constant of a function.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    /// An int too big for `i64`, in decimal.
    BigInt(String),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// `<module>`, the `def`/`class` name, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    pub qualname: String,
    pub kind: FunctionKind,
    pub params: Params,
    pub slots: Vec<SlotInfo>,
    pub consts: Vec<Const>,
    pub names: Vec<String>,
    pub blocks: Vec<Block>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// The line of the `def` (0 for a module).
    pub line: u32,
    /// The docstring of a `def` (`__doc__`).
    pub doc: Option<String>,
    /// The type of every value the function returns (set by
    /// [`infer::infer`]; `Dyn` until then).
    pub returns: Ty,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub instrs: Vec<Instr>,
    pub term: Terminator,
    /// Source range of the terminator (a `return`, `raise`, loop header).
    pub term_span: Span,
    /// Where an exception raised in this block goes (`None`: out of the
    /// function).
    pub handler: Option<BlockId>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Instr {
    pub op: Op,
    /// Byte range in the source of the expression or statement this
    /// instruction evaluates, for tracebacks (line, and CPython 3.11's
    /// `~~^~~` markers).
    pub span: Span,
}

/// A half-open byte range of the source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

/// An instruction: reads its operand slots, writes `dst`.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Const {
        dst: Slot,
        c: ConstId,
    },
    /// `dst = src` (a new reference).
    Copy {
        dst: Slot,
        src: Slot,
    },
    LoadGlobal {
        dst: Slot,
        name: NameId,
    },
    StoreGlobal {
        name: NameId,
        src: Slot,
    },
    DeleteGlobal {
        name: NameId,
    },
    /// Raises `UnboundLocalError` if the local `slot` is unbound.
    CheckBound {
        slot: Slot,
    },
    /// Unbinds a local (`del x`), raising if it is unbound.
    Delete {
        slot: Slot,
    },
    /// `dst` = the contents of the cell in the `Cell`/`Free` slot `cell`;
    /// raises if the cell is empty.
    LoadCell {
        dst: Slot,
        cell: Slot,
    },
    /// Sets the contents of the cell in `cell` (releasing the old value).
    StoreCell {
        cell: Slot,
        src: Slot,
    },
    /// Empties the cell in `cell` (`del x` of a captured variable); with
    /// `check`, raises when it is already empty.
    DeleteCell {
        cell: Slot,
        check: bool,
    },
    Binary {
        dst: Slot,
        op: BinOp,
        lhs: Slot,
        rhs: Slot,
    },
    /// `lhs op= rhs`: the in-place form of `op`.
    InPlace {
        dst: Slot,
        op: BinOp,
        lhs: Slot,
        rhs: Slot,
    },
    Unary {
        dst: Slot,
        op: UnOp,
        src: Slot,
    },
    Compare {
        dst: Slot,
        op: CmpOp,
        lhs: Slot,
        rhs: Slot,
    },
    /// `dst = bool(src)`, as a `Bool` slot.
    Truthy {
        dst: Slot,
        src: Slot,
    },
    Call {
        dst: Slot,
        func: Slot,
        args: Vec<Slot>,
        kwnames: Vec<NameId>,
    },
    GetAttr {
        dst: Slot,
        obj: Slot,
        name: NameId,
    },
    SetAttr {
        obj: Slot,
        name: NameId,
        src: Slot,
    },
    GetItem {
        dst: Slot,
        obj: Slot,
        key: Slot,
    },
    SetItem {
        obj: Slot,
        key: Slot,
        src: Slot,
    },
    BuildTuple {
        dst: Slot,
        items: Vec<Slot>,
    },
    BuildList {
        dst: Slot,
        items: Vec<Slot>,
    },
    /// A dict display `{k0: v0, k1: v1, ...}`: `items` alternates keys and
    /// values (even length), inserted in order (a later equal key replaces
    /// the value, keeping the first key object).
    BuildDict {
        dst: Slot,
        items: Vec<Slot>,
    },
    /// A set display `{a, b, ...}`: the items added in order.
    BuildSet {
        dst: Slot,
        items: Vec<Slot>,
    },
    /// `list.append(src)` on the list in `list` (displays and calls with
    /// `*` items; CPython's `LIST_APPEND`).
    ListAppend {
        list: Slot,
        src: Slot,
    },
    /// `list.extend(src)` (`LIST_EXTEND`): a `*x` item.
    ListExtend {
        list: Slot,
        src: Slot,
    },
    /// `tuple(src)` of a list (`LIST_TO_TUPLE`).
    ListToTuple {
        dst: Slot,
        src: Slot,
    },
    /// A set of a list's items, in order (set displays with `*` items).
    ListToSet {
        dst: Slot,
        src: Slot,
    },
    /// `dict.update(src)` for `**src` in a dict display (`DICT_UPDATE`:
    /// `'int' object is not a mapping`).
    DictUpdate {
        dict: Slot,
        src: Slot,
    },
    /// Merges the mapping `src` into the call's keyword dict `dict`
    /// (`DICT_MERGE`): a key seen twice raises `f() got multiple values
    /// for keyword argument 'k'`, naming the function in `func`.
    DictMerge {
        dict: Slot,
        src: Slot,
        func: Slot,
    },
    /// A call with `*`/`**` unpacking (`CALL_FUNCTION_EX`): `args` is a
    /// tuple, `kwargs` a dict with str keys.
    CallEx {
        dst: Slot,
        func: Slot,
        args: Slot,
        kwargs: Option<Slot>,
    },
    /// `dst = yield src`: suspends the generator, giving `src` to the
    /// caller; when resumed, `dst` receives the value sent in (`None` for
    /// `next`).
    Yield {
        dst: Slot,
        src: Slot,
    },
    /// `dst = yield from iter` (the delegation loop of CPython's `SEND`):
    /// resumes the iterator in the local `iter` with the value sent in;
    /// while it yields, this generator yields the same value and, when
    /// resumed, runs this instruction again; when it finishes, `dst` is its
    /// return value (`StopIteration.value`).
    YieldFrom {
        dst: Slot,
        iter: Slot,
    },
    /// A `with` item's set-up (`BEFORE_WITH`): the bound `__enter__` and
    /// `__exit__` of the manager `mgr` (`TypeError: 'X' object does not
    /// support the context manager protocol` without them).
    WithSetup {
        enter: Slot,
        exit: Slot,
        mgr: Slot,
    },
    /// `slice(start, stop, step)` (`BUILD_SLICE`).
    BuildSlice {
        dst: Slot,
        start: Slot,
        stop: Slot,
        step: Slot,
    },
    /// `del obj[key]`.
    DelItem {
        obj: Slot,
        key: Slot,
    },
    /// `del obj.name`.
    DelAttr {
        obj: Slot,
        name: NameId,
    },
    /// The builtin `name`, whatever the globals say (`assert` raises the
    /// real `AssertionError`, as CPython's `LOAD_ASSERTION_ERROR`).
    LoadBuiltin {
        dst: Slot,
        name: NameId,
    },
    GetIter {
        dst: Slot,
        src: Slot,
    },
    /// A function object for `func`, with its positional defaults, its
    /// keyword-only defaults (by parameter name) and its closure: the
    /// cells in the `Cell`/`Free` slots `closure`, one per `Free` slot of
    /// `func`, in slot order.
    MakeFunction {
        dst: Slot,
        func: FuncId,
        defaults: Vec<Slot>,
        kwdefaults: Vec<(NameId, Slot)>,
        closure: Vec<Slot>,
        /// The `def`'s annotations, a dict (its `__annotations__`).
        annotations: Option<Slot>,
    },
    /// Releases a slot's value (a temporary: consumes it; a hidden local:
    /// unbinds it without the check `Delete` makes).
    Drop {
        slot: Slot,
    },
    /// `a, b = src`: exactly `dsts.len()` items of the iterable `src`.
    Unpack {
        dsts: Vec<Slot>,
        src: Slot,
    },
    /// An f-string field: `format(conv(src), spec)`; `conversion` is 0, or
    /// `b's'`, `b'r'`, `b'a'`.
    FormatValue {
        dst: Slot,
        src: Slot,
        conversion: u8,
        spec: Option<Slot>,
    },
    /// Concatenates str `parts` (an f-string).
    BuildString {
        dst: Slot,
        parts: Vec<Slot>,
    },
    /// `dst` = the exception this handler block was entered with.
    LoadException {
        dst: Slot,
    },
    /// Makes `src` the handled exception (pushes it on the handled stack:
    /// what a bare `raise` re-raises and new exceptions' `__context__`).
    PushExcept {
        src: Slot,
    },
    /// Pops the handled-exception stack, restoring the previous one.
    PopExcept,
    /// `dst` = the name in the frame's class namespace, else the global,
    /// else the builtin (CPython's `LOAD_NAME`, in a class body); raises
    /// `NameError` when none has it.
    LoadName {
        dst: Slot,
        name: NameId,
    },
    /// Binds the name in the frame's class namespace (`STORE_NAME`).
    StoreName {
        name: NameId,
        src: Slot,
    },
    /// Records the `__class__` cell (the `Cell` slot `cell`) in the class
    /// namespace as `__classcell__`, for [`Op::BuildClass`] to fill.
    StoreClassCell {
        cell: Slot,
    },
    /// `class name(bases): ...`: runs the class body function object
    /// `body` with a fresh namespace, then makes the class `name` from it
    /// (C3 MRO over `bases`); fills the body's `__class__` cell.
    /// `keywords` are the class statement's keyword arguments
    /// (`metaclass=` and those for `__init_subclass__`), in source order.
    BuildClass {
        dst: Slot,
        body: Slot,
        name: NameId,
        bases: Vec<Slot>,
        keywords: Vec<(NameId, Slot)>,
    },
    /// `except types:` — whether the exception `exc` is an instance of the
    /// class, or one of the tuple of classes, `types` (a `Bool` slot);
    /// raises `TypeError` when `types` is not exception classes.
    ExcMatch {
        dst: Slot,
        exc: Slot,
        types: Slot,
    },
    /// `a, *b, c = src` (CPython's `UNPACK_EX`): the items of the iterable
    /// `src`, at least `dsts.len() - 1`; `dsts[star]` receives a list of
    /// the items between the leading and the trailing ones.
    UnpackEx {
        dsts: Vec<Slot>,
        star: u32,
        src: Slot,
    },
    /// `match` (`MATCH_SEQUENCE`): whether `subject` is a sequence a
    /// sequence pattern can match (list, tuple, range; not str, bytes,
    /// bytearray), as a `Bool` slot.
    MatchSequence {
        dst: Slot,
        subject: Slot,
    },
    /// `match` (`MATCH_MAPPING`): whether `subject` is a mapping (a
    /// dict), as a `Bool` slot.
    MatchMapping {
        dst: Slot,
        subject: Slot,
    },
    /// `import name` (CPython's `IMPORT_NAME`): imports the module `name`
    /// (dotted; relative to the importing module's package with `level`
    /// leading dots), each package on the way first, once per run
    /// (`sys.modules`). `dst` is the top-level package when `fromlist` is
    /// empty (`import a.b` binds `a`), else the module itself, after
    /// importing the submodules `fromlist` names that are not attributes
    /// yet (`*`: a package's `__all__`).
    ImportName {
        dst: Slot,
        name: NameId,
        fromlist: Vec<NameId>,
        level: u32,
    },
    /// `dst = module.name` for `from m import name` and `import a.b as c`
    /// (`IMPORT_FROM`): falls back to `sys.modules["m.name"]`, else raises
    /// CPython's `ImportError: cannot import name ...`.
    ImportFrom {
        dst: Slot,
        module: Slot,
        name: NameId,
    },
    /// `from m import *` (`IMPORT_STAR`): binds the names of `m.__all__`,
    /// or else its names not starting with `_`, as globals of the running
    /// function's module.
    ImportStar {
        module: Slot,
    },
    /// `dst = len(src)` (`GET_LEN`).
    GetLen {
        dst: Slot,
        src: Slot,
    },
    /// A mapping pattern's lookups (`MATCH_KEYS`): `dst` (a `Bool` slot)
    /// is whether the mapping `subject` has every key of `keys` (looked up
    /// in order, stopping at the first missing one; a key seen twice raises
    /// `ValueError`); when it has, `values[i]` = `subject[keys[i]]` and
    /// `rest` (for `**rest`) = a new dict of the other items.
    MatchKeys {
        dst: Slot,
        values: Vec<Slot>,
        rest: Option<Slot>,
        subject: Slot,
        keys: Vec<Slot>,
    },
    /// A class pattern (`MATCH_CLASS`): `dst` (a `Bool` slot) is whether
    /// `subject` is an instance of `cls` with the attributes named by the
    /// first `npos` entries of `cls.__match_args__` (or the subject itself,
    /// for `int(x)` and the other built-in classes that match themselves)
    /// and `kwnames`; when it is, those attributes are in `attrs`
    /// (`npos + kwnames.len()` slots). Raises `TypeError` as CPython does
    /// (not a type, `__match_args__` not a tuple, too many positional
    /// sub-patterns, an attribute twice).
    MatchClass {
        dst: Slot,
        attrs: Vec<Slot>,
        subject: Slot,
        cls: Slot,
        npos: u32,
        kwnames: Vec<NameId>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Jump(BlockId),
    /// Goes to `then` if the `Bool` slot `cond` is true.
    Branch {
        cond: Slot,
        then: BlockId,
        otherwise: BlockId,
    },
    /// Advances `iter`: the next item into `dst` and on to `body`, or on to
    /// `done` when it is exhausted.
    ForIter {
        iter: Slot,
        dst: Slot,
        body: BlockId,
        done: BlockId,
    },
    Return(Slot),
    /// `raise exc from cause`; both `None` re-raises the handled exception
    /// (a bare `raise`).
    Raise {
        exc: Option<Slot>,
        cause: Option<Slot>,
    },
    /// Re-raises the exception in the slot as it is: no new traceback entry
    /// for this frame, no `__context__` (the end of a `finally` or of an
    /// unmatched `except` dispatch).
    Reraise(Slot),
}

impl Op {
    /// The slots the instruction reads, in evaluation order.
    pub fn reads(&self) -> Vec<Slot> {
        match self {
            Op::Const { .. }
            | Op::LoadGlobal { .. }
            | Op::DeleteGlobal { .. }
            | Op::LoadName { .. } => vec![],
            Op::StoreName { src, .. } => vec![*src],
            Op::StoreClassCell { cell } => vec![*cell],
            Op::BuildClass {
                body,
                bases,
                keywords,
                ..
            } => std::iter::once(*body)
                .chain(bases.iter().copied())
                .chain(keywords.iter().map(|(_, s)| *s))
                .collect(),
            Op::Copy { src, .. } | Op::StoreGlobal { src, .. } => vec![*src],
            Op::CheckBound { slot } | Op::Delete { slot } | Op::Drop { slot } => vec![*slot],
            Op::Unpack { src, .. } | Op::PushExcept { src } => vec![*src],
            Op::LoadException { .. } | Op::PopExcept => vec![],
            Op::ExcMatch { exc, types, .. } => vec![*exc, *types],
            Op::UnpackEx { src, .. }
            | Op::MatchSequence { subject: src, .. }
            | Op::MatchMapping { subject: src, .. }
            | Op::GetLen { src, .. } => vec![*src],
            Op::ImportName { .. } => vec![],
            Op::ImportFrom { module, .. } | Op::ImportStar { module } => vec![*module],
            Op::MatchKeys { subject, keys, .. } => std::iter::once(*subject)
                .chain(keys.iter().copied())
                .collect(),
            Op::MatchClass { subject, cls, .. } => vec![*subject, *cls],
            Op::FormatValue { src, spec, .. } => std::iter::once(*src).chain(*spec).collect(),
            Op::BuildString { parts, .. } => parts.clone(),
            Op::LoadCell { cell, .. } => vec![*cell],
            Op::StoreCell { cell, src } => vec![*cell, *src],
            Op::DeleteCell { cell, .. } => vec![*cell],
            Op::Binary { lhs, rhs, .. }
            | Op::InPlace { lhs, rhs, .. }
            | Op::Compare { lhs, rhs, .. } => vec![*lhs, *rhs],
            Op::Unary { src, .. } | Op::Truthy { src, .. } | Op::GetIter { src, .. } => vec![*src],
            Op::Call { func, args, .. } => {
                std::iter::once(*func).chain(args.iter().copied()).collect()
            }
            Op::GetAttr { obj, .. } | Op::DelAttr { obj, .. } => vec![*obj],
            Op::SetAttr { obj, src, .. } => vec![*obj, *src],
            Op::ListAppend { list, src } | Op::ListExtend { list, src } => vec![*list, *src],
            Op::ListToTuple { src, .. } | Op::ListToSet { src, .. } => vec![*src],
            Op::DictUpdate { dict, src } => vec![*dict, *src],
            Op::DictMerge { dict, src, func } => vec![*dict, *src, *func],
            Op::CallEx {
                func, args, kwargs, ..
            } => std::iter::once(*func)
                .chain(std::iter::once(*args))
                .chain(*kwargs)
                .collect(),
            Op::BuildSlice {
                start, stop, step, ..
            } => vec![*start, *stop, *step],
            Op::DelItem { obj, key } => vec![*obj, *key],
            Op::LoadBuiltin { .. } => vec![],
            Op::Yield { src, .. } => vec![*src],
            Op::WithSetup { mgr, .. } => vec![*mgr],
            Op::YieldFrom { iter, .. } => vec![*iter],
            Op::GetItem { obj, key, .. } => vec![*obj, *key],
            Op::SetItem { obj, key, src } => vec![*obj, *key, *src],
            Op::BuildTuple { items, .. }
            | Op::BuildList { items, .. }
            | Op::BuildDict { items, .. }
            | Op::BuildSet { items, .. } => items.clone(),
            Op::MakeFunction {
                defaults,
                kwdefaults,
                closure,
                annotations,
                ..
            } => defaults
                .iter()
                .copied()
                .chain(kwdefaults.iter().map(|(_, s)| *s))
                .chain(closure.iter().copied())
                .chain(*annotations)
                .collect(),
        }
    }

    /// The slots the instruction writes.
    pub fn writes(&self) -> Vec<Slot> {
        match self {
            Op::Const { dst, .. }
            | Op::Copy { dst, .. }
            | Op::LoadGlobal { dst, .. }
            | Op::LoadName { dst, .. }
            | Op::BuildClass { dst, .. }
            | Op::LoadCell { dst, .. }
            | Op::Binary { dst, .. }
            | Op::InPlace { dst, .. }
            | Op::Unary { dst, .. }
            | Op::Compare { dst, .. }
            | Op::Truthy { dst, .. }
            | Op::Call { dst, .. }
            | Op::GetAttr { dst, .. }
            | Op::GetItem { dst, .. }
            | Op::BuildTuple { dst, .. }
            | Op::BuildList { dst, .. }
            | Op::BuildDict { dst, .. }
            | Op::BuildSet { dst, .. }
            | Op::GetIter { dst, .. }
            | Op::ListToTuple { dst, .. }
            | Op::ListToSet { dst, .. }
            | Op::CallEx { dst, .. }
            | Op::BuildSlice { dst, .. }
            | Op::LoadBuiltin { dst, .. }
            | Op::Yield { dst, .. }
            | Op::YieldFrom { dst, .. }
            | Op::MakeFunction { dst, .. }
            | Op::FormatValue { dst, .. }
            | Op::BuildString { dst, .. }
            | Op::LoadException { dst }
            | Op::ExcMatch { dst, .. }
            | Op::MatchSequence { dst, .. }
            | Op::MatchMapping { dst, .. }
            | Op::GetLen { dst, .. }
            | Op::ImportName { dst, .. }
            | Op::ImportFrom { dst, .. } => vec![*dst],
            Op::Unpack { dsts, .. } | Op::UnpackEx { dsts, .. } => dsts.clone(),
            Op::WithSetup { enter, exit, .. } => vec![*enter, *exit],
            Op::MatchKeys {
                dst, values, rest, ..
            } => std::iter::once(*dst)
                .chain(values.iter().copied())
                .chain(*rest)
                .collect(),
            Op::MatchClass { dst, attrs, .. } => {
                std::iter::once(*dst).chain(attrs.iter().copied()).collect()
            }
            Op::StoreGlobal { .. }
            | Op::StoreName { .. }
            | Op::StoreClassCell { .. }
            | Op::DeleteGlobal { .. }
            | Op::CheckBound { .. }
            | Op::Delete { .. }
            | Op::Drop { .. }
            | Op::StoreCell { .. }
            | Op::DeleteCell { .. }
            | Op::SetAttr { .. }
            | Op::SetItem { .. }
            | Op::PushExcept { .. }
            | Op::ListAppend { .. }
            | Op::ListExtend { .. }
            | Op::DictUpdate { .. }
            | Op::DictMerge { .. }
            | Op::DelItem { .. }
            | Op::DelAttr { .. }
            | Op::ImportStar { .. }
            | Op::PopExcept => vec![],
        }
    }
}

impl Function {
    /// The `Yield` instructions, as (block, instruction), in block and
    /// instruction order: compiled code resumes a generator at the one with
    /// this index.
    pub fn yield_points(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (bi, b) in self.blocks.iter().enumerate() {
            for (ii, ins) in b.instrs.iter().enumerate() {
                if matches!(ins.op, Op::Yield { .. }) {
                    out.push((bi, ii));
                }
            }
        }
        out
    }

    /// Per block, the temporaries live on entry: read (or dropped) on some
    /// path from the block's start before being written. An exception's
    /// unwinding keeps those of its handler and releases the others that
    /// are bound (see `in_flight`).
    pub fn temps_live_in(&self) -> Vec<Vec<bool>> {
        let n = self.slots.len();
        let nb = self.blocks.len();
        let temp = |s: Slot| self.slots[s.index()].kind == SlotKind::Temp;
        let mut uses = vec![vec![false; n]; nb];
        let mut kills = vec![vec![false; n]; nb];
        for (bi, b) in self.blocks.iter().enumerate() {
            for ins in &b.instrs {
                let mut rs = ins.op.reads();
                if let Op::Drop { slot } = &ins.op {
                    rs.push(*slot);
                }
                for r in rs {
                    if temp(r) && !kills[bi][r.index()] {
                        uses[bi][r.index()] = true;
                    }
                }
                for w in ins.op.writes() {
                    if temp(w) {
                        kills[bi][w.index()] = true;
                    }
                }
            }
            for r in b.term.reads() {
                if temp(r) && !kills[bi][r.index()] {
                    uses[bi][r.index()] = true;
                }
            }
            if let Terminator::ForIter { dst, .. } = &b.term
                && temp(*dst)
            {
                kills[bi][dst.index()] = true;
            }
        }
        let mut live = uses.clone();
        let mut changed = true;
        while changed {
            changed = false;
            for bi in (0..nb).rev() {
                let b = &self.blocks[bi];
                let mut succ = b.term.successors();
                succ.extend(b.handler);
                for s in succ {
                    for i in 0..n {
                        if live[s.index()][i] && !kills[bi][i] && !live[bi][i] {
                            live[bi][i] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        live
    }

    /// Per block, the slots live on entry: read (or deleted, or dropped)
    /// on some path from the block's start before being written. A block's
    /// exception handler counts as reachable from every point of the block
    /// (its live slots stay live throughout), so this over-approximates,
    /// as it must: a slot it calls dead is never read again.
    pub fn slots_live_in(&self) -> Vec<Vec<bool>> {
        let n = self.slots.len();
        let nb = self.blocks.len();
        // Per block: read before written (upward exposed), and written.
        let mut uses = vec![vec![false; n]; nb];
        let mut kills = vec![vec![false; n]; nb];
        for (bi, b) in self.blocks.iter().enumerate() {
            for ins in &b.instrs {
                for r in ins.op.reads() {
                    if !kills[bi][r.index()] {
                        uses[bi][r.index()] = true;
                    }
                }
                for w in ins.op.writes() {
                    kills[bi][w.index()] = true;
                }
            }
            for r in b.term.reads() {
                if !kills[bi][r.index()] {
                    uses[bi][r.index()] = true;
                }
            }
        }
        // live_in = uses | (live_out - kills) | handler's live_in.
        let mut live = uses.clone();
        let mut changed = true;
        while changed {
            changed = false;
            for bi in (0..nb).rev() {
                let b = &self.blocks[bi];
                let mut add = vec![false; n];
                for s in b.term.successors() {
                    for i in 0..n {
                        add[i] |= live[s.index()][i] && !kills[bi][i];
                    }
                }
                if let Some(h) = b.handler {
                    for i in 0..n {
                        add[i] |= live[h.index()][i];
                    }
                }
                for i in 0..n {
                    if add[i] && !live[bi][i] {
                        live[bi][i] = true;
                        changed = true;
                    }
                }
            }
        }
        live
    }

    /// The slots live before each instruction of block `bi` (position
    /// `k`) and before its terminator (position `instrs.len()`), given
    /// every block's live-in set (`slots_live_in`).
    pub fn live_before(&self, bi: usize, live_in: &[Vec<bool>]) -> Vec<Vec<bool>> {
        let n = self.slots.len();
        let b = &self.blocks[bi];
        let mut live = vec![false; n];
        for s in b.term.successors() {
            for (l, x) in live.iter_mut().zip(&live_in[s.index()]) {
                *l |= *x;
            }
        }
        let handler = b.handler.map(|h| &live_in[h.index()]);
        let add_handler = |live: &mut Vec<bool>| {
            if let Some(h) = handler {
                for (l, x) in live.iter_mut().zip(h) {
                    *l |= *x;
                }
            }
        };
        for r in b.term.reads() {
            live[r.index()] = true;
        }
        add_handler(&mut live);
        let mut out = vec![Vec::new(); b.instrs.len() + 1];
        out[b.instrs.len()] = live.clone();
        for (k, ins) in b.instrs.iter().enumerate().rev() {
            for w in ins.op.writes() {
                live[w.index()] = false;
            }
            for r in ins.op.reads() {
                live[r.index()] = true;
            }
            add_handler(&mut live);
            out[k] = live.clone();
        }
        out
    }

    /// The temporaries an exception at instruction `ii` of block `bi`
    /// finds in flight: those the block's earlier instructions wrote (the
    /// operands of the expression being evaluated, which CPython holds on
    /// its value stack), most recent first. Unwinding to a handler releases
    /// them, as CPython pops its stack; temporaries from other blocks (a
    /// loop's iterator, the exception a handler is handling) stay.
    pub fn in_flight(&self, bi: usize, ii: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let Some(b) = self.blocks.get(bi) else {
            return out;
        };
        for ins in b.instrs[..ii.min(b.instrs.len())].iter().rev() {
            for w in ins.op.writes() {
                let i = w.index();
                if self.slots[i].kind == SlotKind::Temp && !out.contains(&i) {
                    out.push(i);
                }
            }
        }
        out
    }
}

impl Terminator {
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Jump(b) => vec![*b],
            Terminator::Branch {
                then, otherwise, ..
            } => vec![*then, *otherwise],
            Terminator::ForIter { body, done, .. } => vec![*body, *done],
            Terminator::Return(_) | Terminator::Raise { .. } | Terminator::Reraise(_) => vec![],
        }
    }

    pub fn reads(&self) -> Vec<Slot> {
        match self {
            Terminator::Jump(_) => vec![],
            Terminator::Branch { cond, .. } => vec![*cond],
            Terminator::ForIter { iter, .. } => vec![*iter],
            Terminator::Return(s) | Terminator::Reraise(s) => vec![*s],
            Terminator::Raise { exc, cause } => exc.iter().chain(cause).copied().collect(),
        }
    }
}

// ------------------------------------------------------------------ verify

/// A broken invariant, with the function and block it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError(pub String);

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks a module's structural invariants: every id in range, parameter
/// slots first and never temporaries, `Bool` branch conditions, each
/// temporary read at most once per block, handlers that exist, `Bool`
/// results of `ExcMatch`. (Whether a
/// temporary is written on every path before its read is the dataflow check
/// still to come with the lowering.)
pub fn verify(module: &Module) -> Result<(), VerifyError> {
    if module.functions.is_empty() {
        return Err(VerifyError("module has no body function".into()));
    }
    for (fi, f) in module.functions.iter().enumerate() {
        verify_function(module, f).map_err(|e| VerifyError(format!("f{fi} ({}): {e}", f.name)))?;
    }
    Ok(())
}

fn is_cell(f: &Function, s: Slot) -> bool {
    f.slots
        .get(s.index())
        .is_some_and(|i| matches!(i.kind, SlotKind::Cell | SlotKind::Free))
}

fn verify_function(module: &Module, f: &Function) -> Result<(), String> {
    if f.blocks.is_empty() {
        return Err("no blocks".into());
    }
    if f.params.count() as usize > f.slots.len() {
        return Err("fewer slots than parameters".into());
    }
    if let Some(i) = f.slots[..f.params.count() as usize]
        .iter()
        .position(|s| s.kind == SlotKind::Temp)
    {
        return Err(format!("parameter %{i} is a temporary"));
    }
    let slot_ok = |s: Slot| s.index() < f.slots.len();
    let block_ok = |b: BlockId| b.index() < f.blocks.len();
    for (bi, b) in f.blocks.iter().enumerate() {
        let at = |what: String| format!("b{bi}: {what}");
        if let Some(h) = b.handler
            && !block_ok(h)
        {
            return Err(at(format!("handler {h} does not exist")));
        }
        let mut read = vec![false; f.slots.len()];
        let mut check_reads = |reads: Vec<Slot>| -> Result<(), String> {
            for s in reads {
                if !slot_ok(s) {
                    return Err(at(format!("slot {s} does not exist")));
                }
                if f.slots[s.index()].kind == SlotKind::Temp {
                    if read[s.index()] {
                        return Err(at(format!("temporary {s} read twice")));
                    }
                    read[s.index()] = true;
                }
            }
            Ok(())
        };
        for ins in &b.instrs {
            check_reads(ins.op.reads())?;
            match &ins.op {
                Op::Const { c, .. } if c.index() >= f.consts.len() => {
                    return Err(at(format!("constant {c} does not exist")));
                }
                Op::LoadGlobal { name, .. }
                | Op::StoreGlobal { name, .. }
                | Op::DeleteGlobal { name }
                | Op::LoadName { name, .. }
                | Op::StoreName { name, .. }
                | Op::BuildClass { name, .. }
                | Op::GetAttr { name, .. }
                | Op::SetAttr { name, .. }
                | Op::DelAttr { name, .. }
                | Op::LoadBuiltin { name, .. }
                | Op::ImportFrom { name, .. }
                    if name.index() >= f.names.len() =>
                {
                    return Err(at(format!("name {name} does not exist")));
                }
                Op::ImportName { name, fromlist, .. }
                    if name.index() >= f.names.len()
                        || fromlist.iter().any(|n| n.index() >= f.names.len()) =>
                {
                    return Err(at(format!("name {name} does not exist")));
                }
                Op::MatchClass { kwnames, .. }
                    if kwnames.iter().any(|n| n.index() >= f.names.len()) =>
                {
                    return Err(at("class pattern name does not exist".to_string()));
                }
                Op::MatchClass {
                    attrs,
                    npos,
                    kwnames,
                    ..
                } if attrs.len() != *npos as usize + kwnames.len() => {
                    return Err(at(
                        "class pattern with the wrong number of attributes".into()
                    ));
                }
                Op::UnpackEx { dsts, star, .. } if *star as usize >= dsts.len() => {
                    return Err(at("starred unpack target out of range".to_string()));
                }
                Op::BuildDict { items, .. } if items.len() % 2 != 0 => {
                    return Err(at("dict display with an odd number of slots".to_string()));
                }
                Op::MakeFunction { func, .. } if func.index() >= module.functions.len() => {
                    return Err(at(format!("function {func} does not exist")));
                }
                Op::MakeFunction { func, closure, .. } => {
                    let callee = &module.functions[func.index()];
                    let free = callee
                        .slots
                        .iter()
                        .filter(|s| s.kind == SlotKind::Free)
                        .count();
                    if free != closure.len() {
                        return Err(at(format!(
                            "{func} has {free} free slots but its closure has {} cells",
                            closure.len()
                        )));
                    }
                    if let Some(c) = closure.iter().find(|c| !is_cell(f, **c)) {
                        return Err(at(format!("closure slot {c} is not a cell")));
                    }
                }
                Op::LoadCell { cell, .. }
                | Op::StoreClassCell { cell }
                | Op::StoreCell { cell, .. }
                | Op::DeleteCell { cell, .. }
                    if !is_cell(f, *cell) =>
                {
                    return Err(at(format!("{cell} is not a cell slot")));
                }
                _ => {}
            }
            if let Some(w) = ins.op.writes().into_iter().find(|&w| !slot_ok(w)) {
                return Err(at(format!("slot {w} does not exist")));
            }
        }
        check_reads(b.term.reads())?;
        for s in b.term.successors() {
            if !block_ok(s) {
                return Err(at(format!("successor {s} does not exist")));
            }
        }
        for ins in &b.instrs {
            if let Op::ExcMatch { dst, .. } = ins.op
                && f.slots[dst.index()].ty != Ty::Bool
            {
                return Err(at(format!("exception match result {dst} is not Bool")));
            }
            if let Op::MatchSequence { dst, .. }
            | Op::MatchMapping { dst, .. }
            | Op::MatchKeys { dst, .. }
            | Op::MatchClass { dst, .. } = ins.op
                && f.slots[dst.index()].ty != Ty::Bool
            {
                return Err(at(format!("pattern test result {dst} is not Bool")));
            }
        }
        if let Terminator::Branch { cond, .. } = b.term
            && f.slots[cond.index()].ty != Ty::Bool
        {
            return Err(at(format!("branch condition {cond} is not Bool")));
        }
    }
    Ok(())
}

// ------------------------------------------------------------------- print

fn ty_name(t: Ty) -> String {
    match t {
        Ty::Dyn => "dyn".into(),
        Ty::Int => "int".into(),
        Ty::F64 => "f64".into(),
        Ty::Bool => "bool".into(),
        Ty::RangeIter => "range_iter".into(),
        Ty::List(l) => format!("list[{}]", ty_name(l.item())),
        Ty::ListIter(l) => format!("list_iter[{}]", ty_name(l.item())),
    }
}

fn slots(list: &[Slot]) -> String {
    list.iter()
        .map(|s| s.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The text form `krait ir` prints (and snapshot tests compare).
pub fn print_module(module: &Module) -> String {
    let mut out = String::new();
    for (i, f) in module.functions.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        print_function(&mut out, FuncId(i as u32), f);
    }
    out
}

fn print_function(out: &mut String, id: FuncId, f: &Function) {
    let _ = writeln!(
        out,
        "{id} {:?} {} ({}) line {}{}{}{}",
        f.kind,
        f.qualname,
        f.params.count(),
        f.line,
        if f.is_generator { " generator" } else { "" },
        if f.is_coroutine { " coroutine" } else { "" },
        match f.returns {
            Ty::Dyn => String::new(),
            t => format!(" -> {}", ty_name(t)),
        },
    );
    for (i, s) in f.slots.iter().enumerate() {
        let _ = writeln!(
            out,
            "  %{i}: {} {:?}{}",
            ty_name(s.ty),
            s.kind,
            s.name
                .as_deref()
                .map(|n| format!(" {n}"))
                .unwrap_or_default()
        );
    }
    for (i, c) in f.consts.iter().enumerate() {
        let _ = writeln!(out, "  c{i} = {c:?}");
    }
    for (i, n) in f.names.iter().enumerate() {
        let _ = writeln!(out, "  n{i} = {n}");
    }
    for (i, b) in f.blocks.iter().enumerate() {
        let handler = b
            .handler
            .map(|h| format!(" (except {h})"))
            .unwrap_or_default();
        let _ = writeln!(out, "  b{i}:{handler}");
        for ins in &b.instrs {
            let _ = writeln!(
                out,
                "    {:<40} # {}..{}",
                op_text(&ins.op),
                ins.span.start,
                ins.span.end
            );
        }
        let _ = writeln!(out, "    {}", term_text(&b.term));
    }
}

fn op_text(op: &Op) -> String {
    match op {
        Op::Const { dst, c } => format!("{dst} = const {c}"),
        Op::Copy { dst, src } => format!("{dst} = {src}"),
        Op::LoadGlobal { dst, name } => format!("{dst} = global {name}"),
        Op::StoreGlobal { name, src } => format!("global {name} = {src}"),
        Op::DeleteGlobal { name } => format!("del global {name}"),
        Op::LoadName { dst, name } => format!("{dst} = name {name}"),
        Op::StoreName { name, src } => format!("name {name} = {src}"),
        Op::StoreClassCell { cell } => format!("class_cell {cell}"),
        Op::BuildClass {
            dst,
            body,
            name,
            bases,
            keywords,
        } => {
            let kw: String = keywords.iter().map(|(n, s)| format!(", {n}={s}")).collect();
            format!(
                "{dst} = class {name} body {body} bases ({}){kw}",
                slots(bases)
            )
        }
        Op::CheckBound { slot } => format!("check_bound {slot}"),
        Op::Delete { slot } => format!("del {slot}"),
        Op::Drop { slot } => format!("drop {slot}"),
        Op::Unpack { dsts, src } => format!("{} = unpack {src}", slots(dsts)),
        Op::FormatValue {
            dst,
            src,
            conversion,
            spec,
        } => {
            let conv = if *conversion == 0 {
                String::new()
            } else {
                format!("!{}", *conversion as char)
            };
            let spec = spec.map(|s| format!(":{s}")).unwrap_or_default();
            format!("{dst} = format {src}{conv}{spec}")
        }
        Op::BuildString { dst, parts } => format!("{dst} = string ({})", slots(parts)),
        Op::LoadException { dst } => format!("{dst} = exception"),
        Op::PushExcept { src } => format!("push_except {src}"),
        Op::PopExcept => "pop_except".to_string(),
        Op::ExcMatch { dst, exc, types } => format!("{dst} = exc_match {exc}, {types}"),
        Op::UnpackEx { dsts, star, src } => {
            let items: Vec<String> = dsts
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    if i == *star as usize {
                        format!("*{d}")
                    } else {
                        d.to_string()
                    }
                })
                .collect();
            format!("{} = unpack {src}", items.join(", "))
        }
        Op::MatchSequence { dst, subject } => format!("{dst} = match_sequence {subject}"),
        Op::MatchMapping { dst, subject } => format!("{dst} = match_mapping {subject}"),
        Op::GetLen { dst, src } => format!("{dst} = len {src}"),
        Op::ImportName {
            dst,
            name,
            fromlist,
            level,
        } => {
            let from: Vec<String> = fromlist.iter().map(|n| n.to_string()).collect();
            format!(
                "{dst} = import {name} level {level} from ({})",
                from.join(", ")
            )
        }
        Op::ImportFrom { dst, module, name } => format!("{dst} = import_from {module}.{name}"),
        Op::ImportStar { module } => format!("import_star {module}"),
        Op::MatchKeys {
            dst,
            values,
            rest,
            subject,
            keys,
        } => {
            let rest = rest.map(|r| format!(" **{r}")).unwrap_or_default();
            format!(
                "{dst} = match_keys {subject} [{}] -> ({}){rest}",
                slots(keys),
                slots(values)
            )
        }
        Op::MatchClass {
            dst,
            attrs,
            subject,
            cls,
            npos,
            kwnames,
        } => {
            let kw: Vec<String> = kwnames.iter().map(|n| n.to_string()).collect();
            format!(
                "{dst} = match_class {subject} {cls}({npos} positional; kw [{}]) -> ({})",
                kw.join(", "),
                slots(attrs)
            )
        }
        Op::LoadCell { dst, cell } => format!("{dst} = cell {cell}"),
        Op::StoreCell { cell, src } => format!("cell {cell} = {src}"),
        Op::DeleteCell { cell, check } => {
            format!("del cell {cell}{}", if *check { "" } else { " unchecked" })
        }
        Op::Binary { dst, op, lhs, rhs } => format!("{dst} = {op:?} {lhs}, {rhs}"),
        Op::InPlace { dst, op, lhs, rhs } => format!("{dst} = inplace {op:?} {lhs}, {rhs}"),
        Op::Unary { dst, op, src } => format!("{dst} = {op:?} {src}"),
        Op::Compare { dst, op, lhs, rhs } => format!("{dst} = {op:?} {lhs}, {rhs}"),
        Op::Truthy { dst, src } => format!("{dst} = truthy {src}"),
        Op::Call {
            dst,
            func,
            args,
            kwnames,
        } => {
            let kw = if kwnames.is_empty() {
                String::new()
            } else {
                let names: Vec<String> = kwnames.iter().map(|n| n.to_string()).collect();
                format!(" kw [{}]", names.join(", "))
            };
            format!("{dst} = call {func}({}){kw}", slots(args))
        }
        Op::GetAttr { dst, obj, name } => format!("{dst} = {obj}.{name}"),
        Op::SetAttr { obj, name, src } => format!("{obj}.{name} = {src}"),
        Op::GetItem { dst, obj, key } => format!("{dst} = {obj}[{key}]"),
        Op::SetItem { obj, key, src } => format!("{obj}[{key}] = {src}"),
        Op::BuildTuple { dst, items } => format!("{dst} = tuple ({})", slots(items)),
        Op::BuildList { dst, items } => format!("{dst} = list [{}]", slots(items)),
        Op::BuildDict { dst, items } => {
            let pairs: Vec<String> = items
                .chunks(2)
                .map(|p| {
                    format!(
                        "{}: {}",
                        p[0],
                        p.get(1).map(|s| s.to_string()).unwrap_or_default()
                    )
                })
                .collect();
            format!("{dst} = dict {{{}}}", pairs.join(", "))
        }
        Op::BuildSet { dst, items } => format!("{dst} = set {{{}}}", slots(items)),
        Op::GetIter { dst, src } => format!("{dst} = iter {src}"),
        Op::ListAppend { list, src } => format!("list_append {list}, {src}"),
        Op::ListExtend { list, src } => format!("list_extend {list}, {src}"),
        Op::ListToTuple { dst, src } => format!("{dst} = list_to_tuple {src}"),
        Op::ListToSet { dst, src } => format!("{dst} = list_to_set {src}"),
        Op::DictUpdate { dict, src } => format!("dict_update {dict}, {src}"),
        Op::DictMerge { dict, src, func } => format!("dict_merge {dict}, {src} for {func}"),
        Op::CallEx {
            dst,
            func,
            args,
            kwargs,
        } => match kwargs {
            Some(k) => format!("{dst} = call {func}(*{args}, **{k})"),
            None => format!("{dst} = call {func}(*{args})"),
        },
        Op::BuildSlice {
            dst,
            start,
            stop,
            step,
        } => format!("{dst} = slice {start}:{stop}:{step}"),
        Op::DelItem { obj, key } => format!("del {obj}[{key}]"),
        Op::DelAttr { obj, name } => format!("del {obj}.{name}"),
        Op::LoadBuiltin { dst, name } => format!("{dst} = builtin {name}"),
        Op::Yield { dst, src } => format!("{dst} = yield {src}"),
        Op::WithSetup { enter, exit, mgr } => format!("{enter}, {exit} = with_setup {mgr}"),
        Op::YieldFrom { dst, iter } => format!("{dst} = yield from {iter}"),
        Op::MakeFunction {
            dst,
            func,
            defaults,
            kwdefaults,
            closure,
            annotations,
        } => {
            let kw: Vec<String> = kwdefaults.iter().map(|(n, s)| format!("{n}={s}")).collect();
            let kw = if kw.is_empty() {
                String::new()
            } else {
                format!(" kwdefaults ({})", kw.join(", "))
            };
            let ann = annotations.map_or(String::new(), |a| format!(" annotations {a}"));
            format!(
                "{dst} = function {func} defaults ({}){kw} closure ({}){ann}",
                slots(defaults),
                slots(closure)
            )
        }
    }
}

fn term_text(t: &Terminator) -> String {
    match t {
        Terminator::Jump(b) => format!("jump {b}"),
        Terminator::Branch {
            cond,
            then,
            otherwise,
        } => format!("branch {cond} ? {then} : {otherwise}"),
        Terminator::ForIter {
            iter,
            dst,
            body,
            done,
        } => format!("for {dst} in {iter} ? {body} : {done}"),
        Terminator::Return(s) => format!("return {s}"),
        Terminator::Reraise(s) => format!("reraise {s}"),
        Terminator::Raise { exc, cause } => match (exc, cause) {
            (None, _) => "raise".to_string(),
            (Some(e), None) => format!("raise {e}"),
            (Some(e), Some(c)) => format!("raise {e} from {c}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(kind: SlotKind, ty: Ty, name: Option<&str>) -> SlotInfo {
        SlotInfo {
            name: name.map(str::to_owned),
            kind,
            ty,
        }
    }

    /// `def f(n): return n + 1` by hand.
    fn add_one() -> Module {
        let body = Function {
            name: "<module>".into(),
            qualname: "<module>".into(),
            kind: FunctionKind::Module,
            params: Params::default(),
            slots: vec![
                slot(SlotKind::Temp, Ty::Dyn, None),
                slot(SlotKind::Temp, Ty::Dyn, None),
            ],
            consts: vec![Const::None],
            names: vec!["f".into()],
            blocks: vec![Block {
                instrs: vec![
                    Instr {
                        op: Op::MakeFunction {
                            dst: Slot(0),
                            func: FuncId(1),
                            defaults: vec![],
                            kwdefaults: vec![],
                            closure: vec![],
                            annotations: None,
                        },
                        span: Span::default(),
                    },
                    Instr {
                        op: Op::StoreGlobal {
                            name: NameId(0),
                            src: Slot(0),
                        },
                        span: Span::default(),
                    },
                    Instr {
                        op: Op::Const {
                            dst: Slot(1),
                            c: ConstId(0),
                        },
                        span: Span::default(),
                    },
                ],
                term: Terminator::Return(Slot(1)),
                term_span: Span::default(),
                handler: None,
            }],
            is_generator: false,
            is_coroutine: false,
            line: 0,
            doc: None,
            returns: Ty::Dyn,
        };
        let f = Function {
            name: "f".into(),
            qualname: "f".into(),
            kind: FunctionKind::Function,
            params: Params {
                positional: 1,
                ..Params::default()
            },
            slots: vec![
                slot(SlotKind::Local, Ty::Dyn, Some("n")),
                slot(SlotKind::Temp, Ty::Dyn, None),
                slot(SlotKind::Temp, Ty::Dyn, None),
            ],
            consts: vec![Const::Int(1)],
            names: vec![],
            blocks: vec![Block {
                instrs: vec![
                    Instr {
                        op: Op::Const {
                            dst: Slot(1),
                            c: ConstId(0),
                        },
                        span: Span::default(),
                    },
                    Instr {
                        op: Op::Binary {
                            dst: Slot(2),
                            op: BinOp::Add,
                            lhs: Slot(0),
                            rhs: Slot(1),
                        },
                        span: Span::default(),
                    },
                ],
                term: Terminator::Return(Slot(2)),
                term_span: Span::default(),
                handler: None,
            }],
            is_generator: false,
            is_coroutine: false,
            line: 1,
            doc: None,
            returns: Ty::Dyn,
        };
        Module {
            functions: vec![body.into(), f.into()],
        }
    }

    #[test]
    fn prints_functions_slots_and_blocks() {
        let text = print_module(&add_one());
        assert!(text.contains("f1 Function f (1) line 1"), "{text}");
        assert!(text.contains("%0: dyn Local n"), "{text}");
        assert!(text.contains("%2 = Add %0, %1"), "{text}");
        assert!(text.contains("return %2"), "{text}");
    }

    #[test]
    fn a_well_formed_module_verifies() {
        assert_eq!(verify(&add_one()), Ok(()));
    }

    #[test]
    fn temporaries_are_read_once() {
        let mut m = add_one();
        std::rc::Rc::make_mut(&mut m.functions[1]).blocks[0].term = Terminator::Return(Slot(1));
        let err = verify(&m).unwrap_err();
        assert!(err.0.contains("temporary %1 read twice"), "{err}");
    }

    #[test]
    fn dangling_ids_are_reported() {
        let mut m = add_one();
        std::rc::Rc::make_mut(&mut m.functions[0]).blocks[0].term = Terminator::Jump(BlockId(7));
        assert!(
            verify(&m)
                .unwrap_err()
                .0
                .contains("successor b7 does not exist")
        );
        let mut m = add_one();
        std::rc::Rc::make_mut(&mut m.functions[0]).blocks[0].instrs[0].op = Op::MakeFunction {
            dst: Slot(0),
            func: FuncId(9),
            defaults: vec![],
            kwdefaults: vec![],
            closure: vec![],
            annotations: None,
        };
        assert!(
            verify(&m)
                .unwrap_err()
                .0
                .contains("function f9 does not exist")
        );
    }
}
