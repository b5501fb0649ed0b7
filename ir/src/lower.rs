//! Lowering: the AST and its symbol table to the IR.
//!
//! [`lower_module`] turns each code body (module, `def`, `lambda`) into a
//! [`Function`]. Names are resolved by the symbol table
//! (`krait_frontend::scope`): a function's locals become `Local` slots;
//! globals (and every name at module level) go through `LoadGlobal` /
//! `StoreGlobal`. Names inner functions capture are `Cell` slots, names of
//! enclosing functions `Free` slots (`LoadCell`/`StoreCell`, `nonlocal`
//! included); `MakeFunction` passes the creator's cells for the new
//! function's free slots. Expressions are evaluated into temporaries, each consumed
//! by the instruction that uses it, in CPython's evaluation order. A value
//! needed more than once (the subject of a chained comparison, the result of
//! `and`/`or`, an iterator) lives in a hidden local that is dropped when
//! done.
//!
//! This first cut covers the core statements and expressions; anything
//! else is reported as [`LowerError`] naming the construct, never lowered
//! wrongly.

use crate::*;
use krait_frontend::ast::{self, ExprKind, StmtKind, TextRange};
use krait_frontend::scope::{DEF_FREE_CLASS, NameScope, ScopeKind, SymbolTable};
use std::collections::HashMap;

mod matching;

/// A construct the lowering does not handle (yet), or a compile-time error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LowerError {
    pub msg: String,
    pub range: TextRange,
}

type R<T> = Result<T, LowerError>;

fn unsupported<T>(what: &str, range: TextRange) -> R<T> {
    Err(LowerError {
        msg: format!("{what} is not supported yet"),
        range,
    })
}

fn span(r: TextRange) -> Span {
    Span {
        start: r.start,
        end: r.end,
    }
}

/// Lowers a module whose symbol table is `table`.
pub fn lower_module(module: &ast::Module, table: &SymbolTable) -> R<Module> {
    lower_code(module, table, false, false)
}

/// Lowers code for `exec`/`eval`: as a module body, but with its names
/// looked up and bound in a namespace first when `namespace` (a function's
/// locals or an explicit locals mapping: `LoadName`/`StoreName`, as a
/// class body's), and, when `eval`, returning the value of its one
/// expression statement.
pub fn lower_code(
    module: &ast::Module,
    table: &SymbolTable,
    namespace: bool,
    eval: bool,
) -> R<Module> {
    let mut scopes = HashMap::new();
    for (id, s) in table.scopes.iter().enumerate() {
        scopes.insert((s.range.start, s.range.end, s.name.clone()), id);
    }
    let mut l = Lowerer {
        table,
        scopes,
        store_annotations: !future_annotations(&module.body),
        functions: vec![Function {
            name: "<module>".into(),
            qualname: "<module>".into(),
            kind: FunctionKind::Module,
            doc: module.body.first().and_then(docstring),
            ..empty_function()
        }],
    };
    let mut b = FnBuilder::new(0, 0, false);
    b.class_body = namespace;
    if eval {
        let [stmt] = &module.body[..] else {
            let r = module
                .body
                .get(1)
                .map_or_else(TextRange::default, |s| s.range);
            return Err(LowerError {
                msg: "invalid syntax".into(),
                range: r,
            });
        };
        let StmtKind::Expr { value } = &stmt.kind else {
            return Err(LowerError {
                msg: "invalid syntax".into(),
                range: stmt.range,
            });
        };
        let v = l.expr(&mut b, value)?;
        b.finish(Terminator::Return(v), value.range);
    } else {
        if l.store_annotations && has_annotations(&module.body) {
            l.setup_annotations(&mut b, TextRange::default())?;
        }
        for s in &module.body {
            l.stmt(&mut b, s)?;
        }
        let none = b.constant(Const::None, TextRange::default());
        b.finish(Terminator::Return(none), TextRange::default());
    }
    l.functions[0] = b.into_function(std::mem::replace(&mut l.functions[0], empty_function()));
    Ok(Module {
        functions: l.functions.into_iter().map(Into::into).collect(),
    })
}

/// The slot type a parameter annotation asks for: `int`, `float`, `bool`
/// and `list[...]` of those; `Dyn` for anything else.
fn annotation_ty(ann: Option<&ast::Expr>) -> Ty {
    let name = match ann.map(|a| &a.kind) {
        Some(ExprKind::Name { id, .. }) => id.as_str(),
        // `list[T]`: a list whose items are expected to be T (checked
        // where they are loaded).
        Some(ExprKind::Subscript { value, slice, .. }) if matches!(&value.kind, ExprKind::Name { id, .. } if id.as_str() == "list") =>
        {
            return ListTy::of(annotation_ty(Some(slice))).map_or(Ty::Dyn, Ty::List);
        }
        _ => return Ty::Dyn,
    };
    match name {
        "int" => Ty::Int,
        "float" => Ty::F64,
        "bool" => Ty::Bool,
        _ => Ty::Dyn,
    }
}

/// Whether a module or class body has annotated assignments (at its own
/// level: not in nested functions or classes), so CPython's
/// `SETUP_ANNOTATIONS` makes its `__annotations__`.
fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            has_annotations(body)
                || has_annotations(orelse)
                || has_annotations(finalbody)
                || handlers.iter().any(|h| has_annotations(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// Whether the module starts with `from __future__ import annotations`
/// (annotations are then strings, which krait does not make: none are
/// stored).
fn future_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::ImportFrom { module, names, .. } => {
            module.as_ref().is_some_and(|m| m.id == "__future__")
                && names.iter().any(|a| a.name.id == "annotations")
        }
        _ => false,
    })
}

/// The docstring a body starting with `s` has: a string constant statement.
fn docstring(s: &ast::Stmt) -> Option<String> {
    match &s.kind {
        StmtKind::Expr { value } => match &value.kind {
            ExprKind::Constant {
                value: c @ ast::Constant::Str(_),
                ..
            } => match constant_of(c) {
                Const::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn empty_function() -> Function {
    Function {
        name: String::new(),
        qualname: String::new(),
        kind: FunctionKind::Function,
        params: Params::default(),
        slots: Vec::new(),
        consts: Vec::new(),
        names: Vec::new(),
        blocks: Vec::new(),
        is_generator: false,
        is_coroutine: false,
        line: 0,
        doc: None,
        returns: Ty::Dyn,
    }
}

struct Lowerer<'t> {
    table: &'t SymbolTable,
    /// Scope ids by (range start, range end, name).
    scopes: HashMap<(u32, u32, String), usize>,
    functions: Vec<Function>,
    /// Whether module and class annotations are evaluated into
    /// `__annotations__` (not under `from __future__ import annotations`,
    /// whose string annotations krait does not make).
    store_annotations: bool,
}

/// What leaving a region of a `try` by `return`, `break` or `continue`
/// must undo (CPython's compiler "fblocks").
#[derive(Clone)]
enum FBlock<'a> {
    /// The body of a `try` with handlers: nothing.
    TryExcept,
    /// An `except` body: pop the handled exception `exc` (a hidden local),
    /// unbind the `as` name.
    Handler { exc: Slot, name: Option<String> },
    /// The body of a `try` with `finally`: run a copy of `body` under the
    /// handler outside the `try`.
    FinallyTry {
        body: &'a [ast::Stmt],
        handler: Option<BlockId>,
    },
    /// A `finally` body running for the exception `exc`: pop it, drop it.
    FinallyEnd { exc: Slot },
    /// The body of a `with`: call `exit(None, None, None)` under the
    /// handler outside the `with`, drop it.
    With {
        exit: Slot,
        handler: Option<BlockId>,
    },
    /// An `except*` body: `break`, `continue` and `return` may not leave
    /// it (a SyntaxError).
    StarHandler,
}

/// Builds one IR function.
struct FnBuilder<'a> {
    func: usize,
    scope: usize,
    slots: Vec<SlotInfo>,
    locals: HashMap<String, Slot>,
    consts: Vec<Const>,
    names: Vec<String>,
    blocks: Vec<Block>,
    cur: Vec<Instr>,
    cur_id: BlockId,
    /// (continue target, break target, iterator to drop on break, depth
    /// of `fblocks` at the loop).
    loops: Vec<(BlockId, BlockId, Option<Slot>, usize)>,
    /// The `try` regions the current code is in, outermost first.
    fblocks: Vec<FBlock<'a>>,
    /// The handler of the code being emitted (recorded on each block when
    /// it is finished; changing it splits the block).
    handler: Option<BlockId>,
    /// A function body (names can be local), not the module body.
    in_function: bool,
    /// A class body: its local names live in the class namespace.
    class_body: bool,
    /// A class body's cells for names it binds itself but whose
    /// enclosing-function variable its methods capture (CPython's
    /// `DEF_FREE_CLASS`): passed through to closures, never read here.
    class_free: HashMap<String, Slot>,
}

impl<'a> FnBuilder<'a> {
    fn new(func: usize, scope: usize, in_function: bool) -> Self {
        FnBuilder {
            func,
            scope,
            slots: Vec::new(),
            locals: HashMap::new(),
            consts: Vec::new(),
            names: Vec::new(),
            blocks: vec![Block {
                instrs: Vec::new(),
                term: Terminator::Jump(BlockId(0)),
                term_span: Span::default(),
                handler: None,
            }],
            cur: Vec::new(),
            cur_id: BlockId(0),
            loops: Vec::new(),
            fblocks: Vec::new(),
            handler: None,
            in_function,
            class_free: HashMap::new(),
            class_body: false,
        }
    }

    fn into_function(self, mut f: Function) -> Function {
        f.slots = self.slots;
        f.consts = self.consts;
        f.names = self.names;
        f.blocks = self.blocks;
        f
    }

    fn slot(&mut self, kind: SlotKind, name: Option<String>) -> Slot {
        self.slots.push(SlotInfo {
            name,
            kind,
            ty: Ty::Dyn,
        });
        Slot(self.slots.len() as u32 - 1)
    }

    fn temp(&mut self) -> Slot {
        self.slot(SlotKind::Temp, None)
    }

    fn bool_temp(&mut self) -> Slot {
        let s = self.temp();
        self.slots[s.index()].ty = Ty::Bool;
        s
    }

    /// A hidden local: a value used more than once.
    fn hidden(&mut self) -> Slot {
        self.slot(SlotKind::Local, None)
    }

    fn emit(&mut self, op: Op, r: TextRange) {
        self.cur.push(Instr { op, span: span(r) });
    }

    fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block {
            instrs: Vec::new(),
            term: Terminator::Jump(BlockId(0)),
            term_span: Span::default(),
            handler: None,
        });
        BlockId(self.blocks.len() as u32 - 1)
    }

    /// Ends the current block with `term`.
    fn finish(&mut self, term: Terminator, r: TextRange) {
        let b = &mut self.blocks[self.cur_id.index()];
        b.instrs = std::mem::take(&mut self.cur);
        b.term = term;
        b.term_span = span(r);
        b.handler = self.handler;
    }

    /// Makes `h` the handler of the code emitted next, splitting the
    /// current block if it changes.
    fn set_handler(&mut self, h: Option<BlockId>, r: TextRange) {
        if h != self.handler {
            let next = self.new_block();
            self.finish(Terminator::Jump(next), r);
            self.switch_to(next);
            self.handler = h;
        }
    }

    fn switch_to(&mut self, b: BlockId) {
        self.cur_id = b;
    }

    fn constant_id(&mut self, c: Const) -> usize {
        match self.consts.iter().position(|x| *x == c) {
            Some(i) => i,
            None => {
                self.consts.push(c);
                self.consts.len() - 1
            }
        }
    }

    fn constant(&mut self, c: Const, r: TextRange) -> Slot {
        let id = self.constant_id(c);
        let dst = self.temp();
        self.emit(
            Op::Const {
                dst,
                c: ConstId(id as u32),
            },
            r,
        );
        dst
    }

    fn name(&mut self, n: &str) -> NameId {
        let i = match self.names.iter().position(|x| x == n) {
            Some(i) => i,
            None => {
                self.names.push(n.to_owned());
                self.names.len() - 1
            }
        };
        NameId(i as u32)
    }
}

fn constant_of(c: &ast::Constant) -> Const {
    match c {
        ast::Constant::None => Const::None,
        ast::Constant::Bool(b) => Const::Bool(*b),
        ast::Constant::Int(ast::LitInt::Small(i)) => Const::Int(*i),
        ast::Constant::Int(ast::LitInt::Big(b)) => Const::BigInt(b.to_string()),
        ast::Constant::Float(f) => Const::Float(*f),
        ast::Constant::Complex { real, imag } => Const::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Str(s) => Const::Str(
            s.as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| String::from_utf8_lossy(s.as_wtf8()).into_owned()),
        ),
        ast::Constant::Bytes(b) => Const::Bytes(b.clone()),
        ast::Constant::Ellipsis => Const::Ellipsis,
    }
}

fn bin_op(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
    }
}

fn cmp_op(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
    }
}

impl Lowerer<'_> {
    /// The symbol-table scope a def/class/lambda/comprehension opened,
    /// found by its node's range and CPython's scope name.
    fn scope_of_node(
        &self,
        range: TextRange,
        name: &str,
        kind: ScopeKind,
        what: &str,
        r: TextRange,
    ) -> R<usize> {
        match self.scopes.get(&(range.start, range.end, name.to_owned())) {
            Some(&scope) if self.table.scopes[scope].kind == kind => Ok(scope),
            _ => unsupported(what, r),
        }
    }

    /// CPython's `__qualname__` for `name` defined in the body `b` builds.
    fn qualname_in(&self, b: &FnBuilder, name: &str) -> String {
        let outer = &self.functions[b.func];
        match outer.kind {
            FunctionKind::Module => name.to_owned(),
            FunctionKind::Class => format!("{}.{name}", outer.qualname),
            _ => format!("{}.<locals>.{name}", outer.qualname),
        }
    }

    /// `name` as the scope of `b` stores it (private names mangled).
    fn mangle(&self, b: &FnBuilder, name: &str) -> String {
        self.table.scopes[b.scope].mangle(name).into_owned()
    }

    fn scope_kind_of(&self, b: &FnBuilder, name: &str) -> Option<NameScope> {
        if !b.in_function {
            return None;
        }
        self.table.scopes[b.scope].scope_of(name)
    }

    fn store_name(&mut self, b: &mut FnBuilder, name: &str, src: Slot, r: TextRange) -> R<()> {
        let name = &*self.mangle(b, name);
        if b.class_body {
            return match self.scope_kind_of(b, name) {
                Some(NameScope::GlobalExplicit) => {
                    let n = b.name(name);
                    b.emit(Op::StoreGlobal { name: n, src }, r);
                    Ok(())
                }
                Some(NameScope::Local) | None => {
                    let n = b.name(name);
                    b.emit(Op::StoreName { name: n, src }, r);
                    Ok(())
                }
                // `nonlocal x` in a class body.
                Some(NameScope::Free) => {
                    let cell = b.locals[name];
                    b.emit(Op::StoreCell { cell, src }, r);
                    Ok(())
                }
                _ => unsupported("captured names in a class body", r),
            };
        }
        match self.scope_kind_of(b, name) {
            None | Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit) => {
                let n = b.name(name);
                b.emit(Op::StoreGlobal { name: n, src }, r);
            }
            Some(NameScope::Local) => {
                let dst = b.locals[name];
                b.emit(Op::Copy { dst, src }, r);
            }
            Some(NameScope::Cell) | Some(NameScope::Free) => {
                let cell = b.locals[name];
                b.emit(Op::StoreCell { cell, src }, r);
            }
        }
        Ok(())
    }

    fn load_name(&mut self, b: &mut FnBuilder, name: &str, r: TextRange) -> R<Slot> {
        let name = &*self.mangle(b, name);
        if b.class_body {
            let dst = b.temp();
            let n = b.name(name);
            match self.scope_kind_of(b, name) {
                Some(NameScope::GlobalExplicit) => b.emit(Op::LoadGlobal { dst, name: n }, r),
                Some(NameScope::Local) | Some(NameScope::GlobalImplicit) | None => {
                    b.emit(Op::LoadName { dst, name: n }, r)
                }
                // An enclosing function's variable (CPython's
                // LOAD_CLASSDEREF, minus its namespace-first lookup, which
                // only a `__prepare__` namespace could tell apart).
                Some(NameScope::Free) => {
                    let cell = b.locals[name];
                    b.emit(Op::LoadCell { dst, cell }, r)
                }
                _ => return unsupported("captured names in a class body", r),
            }
            return Ok(dst);
        }
        let dst = b.temp();
        match self.scope_kind_of(b, name) {
            None | Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit) => {
                let n = b.name(name);
                b.emit(Op::LoadGlobal { dst, name: n }, r);
            }
            Some(NameScope::Local) => {
                let src = b.locals[name];
                b.emit(Op::Copy { dst, src }, r);
            }
            Some(NameScope::Cell) | Some(NameScope::Free) => {
                let cell = b.locals[name];
                b.emit(Op::LoadCell { dst, cell }, r);
            }
        }
        Ok(dst)
    }

    fn body<'a>(&mut self, b: &mut FnBuilder<'a>, body: &'a [ast::Stmt]) -> R<()> {
        body.iter().try_for_each(|s| self.stmt(b, s))
    }

    /// Unbinds an `except ... as name` name as CPython does at the end of
    /// the handler: `name = None; del name`.
    fn unbind_name(&mut self, b: &mut FnBuilder<'_>, name: &str, r: TextRange) -> R<()> {
        let name = &*self.mangle(b, name);
        let none = b.constant(Const::None, r);
        self.store_name(b, name, none, r)?;
        match self.scope_kind_of(b, name) {
            Some(NameScope::Local) => {
                let slot = b.locals[name];
                b.emit(Op::Drop { slot }, r);
            }
            Some(NameScope::Cell) | Some(NameScope::Free) => {
                let cell = b.locals[name];
                b.emit(Op::DeleteCell { cell, check: false }, r);
            }
            _ => {
                let n = b.name(name);
                b.emit(Op::DeleteGlobal { name: n }, r);
            }
        }
        Ok(())
    }

    /// Emits what leaving the `try` regions above depth `to` requires
    /// (innermost first), for `return`/`break`/`continue`; returns the
    /// handler to restore after the jump.
    fn unwind_fblocks<'a>(
        &mut self,
        b: &mut FnBuilder<'a>,
        to: usize,
        r: TextRange,
    ) -> R<Option<BlockId>> {
        let orig = b.handler;
        let mut i = b.fblocks.len();
        while i > to {
            i -= 1;
            match b.fblocks[i].clone() {
                FBlock::TryExcept | FBlock::StarHandler => {}
                FBlock::Handler { exc, name } => {
                    b.emit(Op::PopExcept, r);
                    if let Some(n) = name {
                        self.unbind_name(b, &n, r)?;
                    }
                    b.emit(Op::Drop { slot: exc }, r);
                }
                FBlock::FinallyTry { body, handler } => {
                    let saved = b.fblocks.split_off(i);
                    b.set_handler(handler, r);
                    self.body(b, body)?;
                    b.fblocks.extend(saved);
                }
                FBlock::FinallyEnd { exc } => {
                    b.emit(Op::PopExcept, r);
                    b.emit(Op::Drop { slot: exc }, r);
                }
                FBlock::With { exit, handler } => {
                    b.set_handler(handler, r);
                    Self::call_exit_none(b, exit, r);
                }
            }
        }
        Ok(orig)
    }

    /// Ends the current block with `term` and continues in a new
    /// (unreachable) block under `handler`.
    fn end_with(b: &mut FnBuilder<'_>, term: Terminator, handler: Option<BlockId>, r: TextRange) {
        b.finish(term, r);
        b.handler = handler;
        let dead = b.new_block();
        b.switch_to(dead);
    }

    /// `try`/`except`/`else`, as CPython 3.11 compiles it: the body's
    /// handler is a dispatch block that makes the exception the handled one
    /// and tests each clause; the dispatch and the handler bodies have a
    /// cleanup handler that pops it and re-raises.
    fn try_except<'a>(
        &mut self,
        b: &mut FnBuilder<'a>,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        r: TextRange,
    ) -> R<()> {
        let outer = b.handler;
        let dispatch = b.new_block();
        let end = b.new_block();
        b.set_handler(Some(dispatch), r);
        b.fblocks.push(FBlock::TryExcept);
        self.body(b, body)?;
        b.fblocks.pop();
        b.set_handler(outer, r);
        self.body(b, orelse)?;
        b.finish(Terminator::Jump(end), r);

        let cleanup = b.new_block();
        b.switch_to(dispatch);
        b.handler = Some(cleanup);
        let ex = b.hidden();
        b.emit(Op::LoadException { dst: ex }, r);
        b.emit(Op::PushExcept { src: ex }, r);
        for h in handlers {
            let hb = b.new_block();
            let next = b.new_block();
            match &h.type_ {
                Some(t) => {
                    let types = self.expr(b, t)?;
                    let m = b.bool_temp();
                    b.emit(
                        Op::ExcMatch {
                            dst: m,
                            exc: ex,
                            types,
                        },
                        t.range,
                    );
                    b.finish(
                        Terminator::Branch {
                            cond: m,
                            then: hb,
                            otherwise: next,
                        },
                        t.range,
                    );
                }
                None => b.finish(Terminator::Jump(hb), h.range),
            }
            b.switch_to(hb);
            let name = h.name.as_ref().map(|n| n.id.clone());
            let mut named_cleanup = None;
            if let Some(n) = &name {
                let v = b.temp();
                b.emit(Op::Copy { dst: v, src: ex }, h.range);
                self.store_name(b, n, v, h.range)?;
                let nc = b.new_block();
                b.set_handler(Some(nc), h.range);
                named_cleanup = Some(nc);
            }
            b.fblocks.push(FBlock::Handler {
                exc: ex,
                name: name.clone(),
            });
            self.body(b, &h.body)?;
            b.fblocks.pop();
            b.emit(Op::PopExcept, h.range);
            if let Some(n) = &name {
                self.unbind_name(b, n, h.range)?;
            }
            b.emit(Op::Drop { slot: ex }, h.range);
            b.finish(Terminator::Jump(end), h.range);
            if let (Some(nc), Some(n)) = (named_cleanup, &name) {
                // An exception leaving a named handler unbinds the name on
                // its way to the cleanup.
                b.switch_to(nc);
                b.handler = Some(cleanup);
                self.unbind_name(b, n, h.range)?;
                b.finish(Terminator::Jump(cleanup), h.range);
            }
            b.handler = Some(cleanup);
            b.switch_to(next);
        }
        // No clause matched: re-raise.
        Self::reraise_handled(b, ex, outer, r);
        Self::cleanup_block(b, cleanup, ex, None, outer, r);

        b.switch_to(end);
        Ok(())
    }

    /// `break`/`continue` (out of the loop whose `fblocks` start at
    /// `depth`) or `return` (`depth` 0) leaving an `except*` body.
    fn check_star_exit(b: &FnBuilder<'_>, depth: usize, r: TextRange) -> R<()> {
        if b.fblocks
            .get(depth..)
            .is_some_and(|f| f.iter().any(|f| matches!(f, FBlock::StarHandler)))
        {
            return Err(LowerError {
                msg: "'break', 'continue' and 'return' cannot appear in an except* block".into(),
                range: r,
            });
        }
        Ok(())
    }

    /// Calls the runtime's built-in `name` with `args`, giving the result.
    fn call_builtin(b: &mut FnBuilder<'_>, name: &str, args: Vec<Slot>, r: TextRange) -> Slot {
        let f = b.temp();
        let n = b.name(name);
        b.emit(Op::LoadBuiltin { dst: f, name: n }, r);
        let dst = b.temp();
        b.emit(
            Op::Call {
                dst,
                func: f,
                args,
                kwnames: vec![],
            },
            r,
        );
        dst
    }

    /// Branches to `then` when `v` (consumed) is `None`, else to
    /// `otherwise`.
    fn branch_none(
        b: &mut FnBuilder<'_>,
        v: Slot,
        then: BlockId,
        otherwise: BlockId,
        r: TextRange,
    ) {
        let none = b.constant(Const::None, r);
        let c = b.bool_temp();
        b.emit(
            Op::Compare {
                dst: c,
                op: CmpOp::Is,
                lhs: v,
                rhs: none,
            },
            r,
        );
        b.finish(
            Terminator::Branch {
                cond: c,
                then,
                otherwise,
            },
            r,
        );
    }

    /// `try`/`except*` (PEP 654), as CPython 3.11 runs it: the exception
    /// caught is split clause by clause (`__krait_star_match__`: the part
    /// matching the clause's types, wrapped in a group when it was not one,
    /// and the rest); each matching clause runs with its part handled and
    /// bound; what the clauses raise and what no clause matched are
    /// combined into the exception to raise on (`__krait_star_reraise__`),
    /// if any.
    fn try_star<'a>(
        &mut self,
        b: &mut FnBuilder<'a>,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        r: TextRange,
    ) -> R<()> {
        let outer = b.handler;
        let dispatch = b.new_block();
        let end = b.new_block();
        b.set_handler(Some(dispatch), r);
        b.fblocks.push(FBlock::TryExcept);
        self.body(b, body)?;
        b.fblocks.pop();
        b.set_handler(outer, r);
        self.body(b, orelse)?;
        b.finish(Terminator::Jump(end), r);

        let cleanup = b.new_block();
        b.switch_to(dispatch);
        b.handler = Some(cleanup);
        let ex = b.hidden();
        b.emit(Op::LoadException { dst: ex }, r);
        b.emit(Op::PushExcept { src: ex }, r);
        let rest = b.hidden();
        b.emit(Op::Copy { dst: rest, src: ex }, r);
        let raised = b.hidden();
        b.emit(
            Op::BuildList {
                dst: raised,
                items: vec![],
            },
            r,
        );
        for h in handlers {
            let Some(t) = &h.type_ else {
                return unsupported("except* without a type", h.range);
            };
            let types = self.expr(b, t)?;
            let cur = b.temp();
            b.emit(
                Op::Copy {
                    dst: cur,
                    src: rest,
                },
                t.range,
            );
            let pair = Self::call_builtin(b, "__krait_star_match__", vec![cur, types], t.range);
            let m = b.hidden();
            b.emit(
                Op::Unpack {
                    dsts: vec![m, rest],
                    src: pair,
                },
                t.range,
            );
            let hb = b.new_block();
            let next = b.new_block();
            let test = b.temp();
            b.emit(Op::Copy { dst: test, src: m }, t.range);
            Self::branch_none(b, test, next, hb, t.range);

            b.switch_to(hb);
            let hc = b.new_block();
            let name = h.name.as_ref().map(|n| n.id.clone());
            if let Some(n) = &name {
                let v = b.temp();
                b.emit(Op::Copy { dst: v, src: m }, h.range);
                self.store_name(b, n, v, h.range)?;
            }
            b.emit(Op::PushExcept { src: m }, h.range);
            b.set_handler(Some(hc), h.range);
            b.fblocks.push(FBlock::StarHandler);
            self.body(b, &h.body)?;
            b.fblocks.pop();
            b.set_handler(Some(cleanup), h.range);
            b.emit(Op::PopExcept, h.range);
            if let Some(n) = &name {
                self.unbind_name(b, n, h.range)?;
            }
            b.emit(Op::Drop { slot: m }, h.range);
            b.finish(Terminator::Jump(next), h.range);

            // An exception leaving the clause is kept for the end.
            b.switch_to(hc);
            b.handler = Some(cleanup);
            let x = b.temp();
            b.emit(Op::LoadException { dst: x }, h.range);
            b.emit(Op::PopExcept, h.range);
            if let Some(n) = &name {
                self.unbind_name(b, n, h.range)?;
            }
            b.emit(Op::Drop { slot: m }, h.range);
            b.emit(
                Op::ListAppend {
                    list: raised,
                    src: x,
                },
                h.range,
            );
            b.finish(Terminator::Jump(next), h.range);
            b.switch_to(next);
        }
        let e1 = b.temp();
        b.emit(Op::Copy { dst: e1, src: ex }, r);
        let l1 = b.temp();
        b.emit(
            Op::Copy {
                dst: l1,
                src: raised,
            },
            r,
        );
        let r1 = b.temp();
        b.emit(Op::Copy { dst: r1, src: rest }, r);
        let res = b.hidden();
        let out = Self::call_builtin(b, "__krait_star_reraise__", vec![e1, l1, r1], r);
        b.emit(Op::Copy { dst: res, src: out }, r);
        b.emit(Op::Drop { slot: raised }, r);
        b.emit(Op::Drop { slot: rest }, r);
        let done = b.new_block();
        let again = b.new_block();
        let test = b.temp();
        b.emit(
            Op::Copy {
                dst: test,
                src: res,
            },
            r,
        );
        Self::branch_none(b, test, done, again, r);
        b.switch_to(done);
        b.emit(Op::PopExcept, r);
        b.emit(Op::Drop { slot: ex }, r);
        b.emit(Op::Drop { slot: res }, r);
        b.finish(Terminator::Jump(end), r);
        b.switch_to(again);
        b.emit(Op::PopExcept, r);
        b.emit(Op::Drop { slot: ex }, r);
        let t = b.temp();
        b.emit(Op::Copy { dst: t, src: res }, r);
        b.emit(Op::Drop { slot: res }, r);
        b.handler = outer;
        b.finish(Terminator::Reraise(t), r);
        Self::cleanup_block(b, cleanup, ex, Some(rest), outer, r);

        b.switch_to(end);
        Ok(())
    }

    /// Ends the current block by popping the handled exception `ex` (a
    /// hidden local) and re-raising it. It is popped already, so the
    /// re-raise goes to the handler outside (`outer`), not to the cleanup.
    fn reraise_handled(b: &mut FnBuilder<'_>, ex: Slot, outer: Option<BlockId>, r: TextRange) {
        b.emit(Op::PopExcept, r);
        let t = b.temp();
        b.emit(Op::Copy { dst: t, src: ex }, r);
        b.emit(Op::Drop { slot: ex }, r);
        b.handler = outer;
        b.finish(Terminator::Reraise(t), r);
    }

    /// The cleanup block `c` of a region where `ex` is handled: an
    /// exception raised there pops `ex`, drops it (and `also`), and goes on
    /// to `outer`.
    fn cleanup_block(
        b: &mut FnBuilder<'_>,
        c: BlockId,
        ex: Slot,
        also: Option<Slot>,
        outer: Option<BlockId>,
        r: TextRange,
    ) {
        b.switch_to(c);
        b.handler = outer;
        let e = b.temp();
        b.emit(Op::LoadException { dst: e }, r);
        b.emit(Op::PopExcept, r);
        b.emit(Op::Drop { slot: ex }, r);
        if let Some(a) = also {
            b.emit(Op::Drop { slot: a }, r);
        }
        b.finish(Terminator::Reraise(e), r);
    }

    /// `try` with `finally`: the protected region's handler runs a copy of
    /// the `finally` body with the exception handled, then re-raises it;
    /// the normal exit runs another copy, and `return`/`break`/`continue`
    /// one each (`unwind_fblocks`).
    #[allow(clippy::too_many_arguments)]
    fn try_stmt<'a>(
        &mut self,
        b: &mut FnBuilder<'a>,
        is_star: bool,
        body: &'a [ast::Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [ast::Stmt],
        finalbody: &'a [ast::Stmt],
        r: TextRange,
    ) -> R<()> {
        if finalbody.is_empty() {
            if is_star {
                return self.try_star(b, body, handlers, orelse, r);
            }
            return self.try_except(b, body, handlers, orelse, r);
        }
        let outer = b.handler;
        let fx = b.new_block();
        let end = b.new_block();
        b.set_handler(Some(fx), r);
        b.fblocks.push(FBlock::FinallyTry {
            body: finalbody,
            handler: outer,
        });
        if handlers.is_empty() {
            self.body(b, body)?;
        } else if is_star {
            self.try_star(b, body, handlers, orelse, r)?;
        } else {
            self.try_except(b, body, handlers, orelse, r)?;
        }
        b.fblocks.pop();
        b.set_handler(outer, r);
        self.body(b, finalbody)?;
        b.finish(Terminator::Jump(end), r);

        let fc = b.new_block();
        b.switch_to(fx);
        b.handler = Some(fc);
        let ex = b.hidden();
        b.emit(Op::LoadException { dst: ex }, r);
        b.emit(Op::PushExcept { src: ex }, r);
        b.fblocks.push(FBlock::FinallyEnd { exc: ex });
        self.body(b, finalbody)?;
        b.fblocks.pop();
        Self::reraise_handled(b, ex, outer, r);
        Self::cleanup_block(b, fc, ex, None, outer, r);

        b.switch_to(end);
        Ok(())
    }

    fn stmt<'a>(&mut self, b: &mut FnBuilder<'a>, s: &'a ast::Stmt) -> R<()> {
        let r = s.range;
        match &s.kind {
            StmtKind::Expr { value } => {
                let t = self.expr(b, value)?;
                b.emit(Op::Drop { slot: t }, value.range);
            }
            StmtKind::Pass | StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            // `a, b = x, y` (two or three names each side): the values go
            // straight to the targets, left to right, with no tuple in
            // between (CPython's peephole optimizer turns BUILD_TUPLE +
            // UNPACK_SEQUENCE into SWAPs the same way). Type inference then
            // sees each value's type.
            StmtKind::Assign { targets, value }
                if targets.len() == 1
                    && let (
                        ExprKind::Tuple { elts: dsts, .. } | ExprKind::List { elts: dsts, .. },
                        ExprKind::Tuple { elts: vals, .. },
                    ) = (&targets[0].kind, &value.kind)
                    && dsts.len() == vals.len()
                    && (2..=3).contains(&vals.len())
                    && !dsts
                        .iter()
                        .chain(vals)
                        .any(|e| matches!(e.kind, ExprKind::Starred { .. })) =>
            {
                let mut temps = Vec::with_capacity(vals.len());
                for v in vals {
                    temps.push(self.expr(b, v)?);
                }
                for (d, t) in dsts.iter().zip(temps) {
                    self.assign(b, d, t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                let t = self.expr(b, value)?;
                if targets.len() == 1 {
                    self.assign(b, &targets[0], t)?;
                } else {
                    let h = b.hidden();
                    b.emit(Op::Copy { dst: h, src: t }, value.range);
                    for target in targets {
                        let v = b.temp();
                        b.emit(Op::Copy { dst: v, src: h }, target.range);
                        self.assign(b, target, v)?;
                    }
                    b.emit(Op::Drop { slot: h }, r);
                }
            }
            StmtKind::AugAssign { target, op, value }
                if !matches!(target.kind, ExprKind::Name { .. }) =>
            {
                self.aug_assign_item(b, target, bin_op(*op), value, r)?
            }
            StmtKind::AugAssign { target, op, value } => {
                let ExprKind::Name { id, .. } = &target.kind else {
                    return unsupported("augmented assignment to this target", target.range);
                };
                let cur = self.load_name(b, id, target.range)?;
                let v = self.expr(b, value)?;
                let dst = b.temp();
                b.emit(
                    Op::InPlace {
                        dst,
                        op: bin_op(*op),
                        lhs: cur,
                        rhs: v,
                    },
                    r,
                );
                self.store_name(b, id, dst, r)?;
            }
            StmtKind::If { test, body, orelse } => {
                let c = self.condition(b, test)?;
                let then = b.new_block();
                let otherwise = b.new_block();
                let end = if orelse.is_empty() {
                    otherwise
                } else {
                    b.new_block()
                };
                b.finish(
                    Terminator::Branch {
                        cond: c,
                        then,
                        otherwise,
                    },
                    test.range,
                );
                b.switch_to(then);
                self.body(b, body)?;
                b.finish(Terminator::Jump(end), r);
                if !orelse.is_empty() {
                    b.switch_to(otherwise);
                    self.body(b, orelse)?;
                    b.finish(Terminator::Jump(end), r);
                }
                b.switch_to(end);
            }
            StmtKind::While { test, body, orelse } => {
                let head = b.new_block();
                b.finish(Terminator::Jump(head), r);
                b.switch_to(head);
                let c = self.condition(b, test)?;
                let body_b = b.new_block();
                let else_b = b.new_block();
                let end = b.new_block();
                b.finish(
                    Terminator::Branch {
                        cond: c,
                        then: body_b,
                        otherwise: else_b,
                    },
                    test.range,
                );
                b.switch_to(body_b);
                b.loops.push((head, end, None, b.fblocks.len()));
                self.body(b, body)?;
                b.loops.pop();
                b.finish(Terminator::Jump(head), r);
                b.switch_to(else_b);
                self.body(b, orelse)?;
                b.finish(Terminator::Jump(end), r);
                b.switch_to(end);
            }
            StmtKind::For {
                is_async: false,
                target,
                iter,
                body,
                orelse,
            } => {
                let it = self.expr(b, iter)?;
                let iter_slot = b.hidden();
                // CPython reports a non-iterable at the whole `for`.
                b.emit(
                    Op::GetIter {
                        dst: iter_slot,
                        src: it,
                    },
                    r,
                );
                let head = b.new_block();
                b.finish(Terminator::Jump(head), r);
                b.switch_to(head);
                let item = b.temp();
                let body_b = b.new_block();
                let done = b.new_block();
                let end = b.new_block();
                b.finish(
                    Terminator::ForIter {
                        iter: iter_slot,
                        dst: item,
                        body: body_b,
                        done,
                    },
                    // CPython 3.11 reports the `for` statement (its
                    // first line, without position markers).
                    r,
                );
                b.switch_to(body_b);
                self.assign(b, target, item)?;
                b.loops.push((head, end, Some(iter_slot), b.fblocks.len()));
                self.body(b, body)?;
                b.loops.pop();
                b.finish(Terminator::Jump(head), r);
                b.switch_to(done);
                b.emit(Op::Drop { slot: iter_slot }, iter.range);
                self.body(b, orelse)?;
                b.finish(Terminator::Jump(end), r);
                b.switch_to(end);
            }
            StmtKind::Break => {
                let Some(&(_, end, iter, depth)) = b.loops.last() else {
                    return Err(LowerError {
                        msg: "'break' outside loop".into(),
                        range: r,
                    });
                };
                Self::check_star_exit(b, depth, r)?;
                let h = self.unwind_fblocks(b, depth, r)?;
                if let Some(it) = iter {
                    b.emit(Op::Drop { slot: it }, r);
                }
                Self::end_with(b, Terminator::Jump(end), h, r);
            }
            StmtKind::Continue => {
                let Some(&(head, _, _, depth)) = b.loops.last() else {
                    return Err(LowerError {
                        msg: "'continue' not properly in loop".into(),
                        range: r,
                    });
                };
                Self::check_star_exit(b, depth, r)?;
                let h = self.unwind_fblocks(b, depth, r)?;
                Self::end_with(b, Terminator::Jump(head), h, r);
            }
            StmtKind::Return { value } => {
                if !b.in_function {
                    return Err(LowerError {
                        msg: "'return' outside function".into(),
                        range: r,
                    });
                }
                // CPython points at a constant returned, else the statement.
                let at = match value {
                    Some(v) if matches!(v.kind, ExprKind::Constant { .. }) => v.range,
                    _ => r,
                };
                Self::check_star_exit(b, 0, at)?;
                let v = match value {
                    Some(v) => self.expr(b, v)?,
                    None => b.constant(Const::None, r),
                };
                let (v, h) = if b.fblocks.iter().all(|f| matches!(f, FBlock::TryExcept)) {
                    (v, b.handler)
                } else {
                    // The value waits in a hidden local while the `try`
                    // regions are left.
                    let keep = b.hidden();
                    b.emit(Op::Copy { dst: keep, src: v }, r);
                    let h = self.unwind_fblocks(b, 0, r)?;
                    let t = b.temp();
                    b.emit(Op::Copy { dst: t, src: keep }, r);
                    b.emit(Op::Drop { slot: keep }, r);
                    (t, h)
                };
                Self::end_with(b, Terminator::Return(v), h, r);
            }
            StmtKind::Raise { exc, cause } => {
                let e = exc.as_ref().map(|e| self.expr(b, e)).transpose()?;
                let c = cause.as_ref().map(|e| self.expr(b, e)).transpose()?;
                let h = b.handler;
                Self::end_with(b, Terminator::Raise { exc: e, cause: c }, h, r);
            }
            StmtKind::FunctionDef(f) if !f.is_async => {
                let decorators = self.exprs(b, &f.decorator_list)?;
                let t = self.function(
                    b,
                    &f.name.id,
                    f.name.range,
                    &f.args,
                    FunctionKind::Function,
                    FnBody::Stmts(&f.body),
                    f.returns.as_deref(),
                    r,
                )?;
                let t = Self::decorate(b, decorators, t, r);
                self.store_name(b, &f.name.id, t, r)?;
            }
            StmtKind::FunctionDef(_) => return unsupported("async functions", r),
            StmtKind::ClassDef(c) if c.keywords.iter().all(|k| k.arg.is_some()) => {
                let decorators = self.exprs(b, &c.decorator_list)?;
                let t = self.class_def(b, c, r)?;
                let t = Self::decorate(b, decorators, t, r);
                self.store_name(b, &c.name.id, t, r)?;
            }
            StmtKind::ClassDef(_) => return unsupported("** in a class statement", r),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(b, t)?;
                }
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    let v = self.expr(b, v)?;
                    self.assign(b, target, v)?;
                }
                // At module and class level the annotation is evaluated,
                // and a simple name's stored in `__annotations__` (in a
                // function it is not evaluated).
                if (!b.in_function || b.class_body) && self.store_annotations {
                    let ann = self.expr(b, annotation)?;
                    match &target.kind {
                        ExprKind::Name { id, .. } if *simple => {
                            let d = self.load_name(b, "__annotations__", r)?;
                            let key = b.constant(Const::Str(id.clone()), r);
                            b.emit(
                                Op::SetItem {
                                    obj: d,
                                    key,
                                    src: ann,
                                },
                                r,
                            );
                        }
                        _ => b.emit(Op::Drop { slot: ann }, r),
                    }
                }
            }
            StmtKind::For { .. } => return unsupported("async for", r),
            StmtKind::With {
                is_async: false,
                items,
                body,
            } => self.with_items(b, items, body)?,
            StmtKind::With { .. } => return unsupported("async with", r),
            StmtKind::Match { subject, cases } => self.match_stmt(b, subject, cases, r)?,
            StmtKind::Try {
                is_star,
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(b, *is_star, body, handlers, orelse, finalbody, r)?,
            StmtKind::Assert { test, msg } => {
                let c = self.condition(b, test)?;
                let ok = b.new_block();
                let fail = b.new_block();
                b.finish(
                    Terminator::Branch {
                        cond: c,
                        then: ok,
                        otherwise: fail,
                    },
                    test.range,
                );
                b.switch_to(fail);
                let cls = b.temp();
                let n = b.name("AssertionError");
                b.emit(Op::LoadBuiltin { dst: cls, name: n }, r);
                let e = match msg {
                    Some(m) => {
                        let m = self.expr(b, m)?;
                        let e = b.temp();
                        b.emit(
                            Op::Call {
                                dst: e,
                                func: cls,
                                args: vec![m],
                                kwnames: vec![],
                            },
                            r,
                        );
                        e
                    }
                    None => cls,
                };
                let h = b.handler;
                Self::end_with(
                    b,
                    Terminator::Raise {
                        exc: Some(e),
                        cause: None,
                    },
                    h,
                    r,
                );
                b.switch_to(ok);
            }
            StmtKind::Import { names } => {
                for a in names {
                    self.import(b, a, r)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(b, module.as_ref().map(|m| m.id.as_str()), names, *level, r)?,
        }
        Ok(())
    }

    /// `import a.b.c` (binds `a`) or `import a.b.c as d` (binds the
    /// module `a.b.c`, reached as CPython 3.11 does: `IMPORT_NAME a.b.c`
    /// then `IMPORT_FROM` of each later part).
    fn import(&mut self, b: &mut FnBuilder, a: &ast::Alias, r: TextRange) -> R<()> {
        let dotted = a.name.id.as_str();
        let dst = b.temp();
        let name = b.name(dotted);
        b.emit(
            Op::ImportName {
                dst,
                name,
                fromlist: Vec::new(),
                level: 0,
            },
            r,
        );
        match &a.asname {
            None => {
                let top = dotted.split('.').next().unwrap_or(dotted);
                self.store_name(b, top, dst, r)
            }
            Some(asname) => {
                let mut module = dst;
                for part in dotted.split('.').skip(1) {
                    let next = b.temp();
                    let n = b.name(part);
                    b.emit(
                        Op::ImportFrom {
                            dst: next,
                            module,
                            name: n,
                        },
                        r,
                    );
                    module = next;
                }
                self.store_name(b, &asname.id, module, r)
            }
        }
    }

    /// `from module import x, y as z` and `from module import *`, with
    /// `level` leading dots.
    fn import_from(
        &mut self,
        b: &mut FnBuilder,
        module: Option<&str>,
        names: &[ast::Alias],
        level: u32,
        r: TextRange,
    ) -> R<()> {
        let fromlist = names.iter().map(|a| b.name(&a.name.id)).collect();
        let name = b.name(module.unwrap_or(""));
        if names.len() == 1 && names[0].name.id == "*" {
            let dst = b.temp();
            b.emit(
                Op::ImportName {
                    dst,
                    name,
                    fromlist,
                    level,
                },
                r,
            );
            b.emit(Op::ImportStar { module: dst }, r);
            return Ok(());
        }
        // The module is read once per name: it waits in a hidden local.
        let m = b.hidden();
        b.emit(
            Op::ImportName {
                dst: m,
                name,
                fromlist,
                level,
            },
            r,
        );
        for a in names {
            let dst = b.temp();
            let n = b.name(&a.name.id);
            b.emit(
                Op::ImportFrom {
                    dst,
                    module: m,
                    name: n,
                },
                r,
            );
            let store = a.asname.as_ref().unwrap_or(&a.name);
            self.store_name(b, &store.id, dst, r)?;
        }
        b.emit(Op::Drop { slot: m }, r);
        Ok(())
    }

    /// Assigns the temporary `src` to `target`.
    fn assign(&mut self, b: &mut FnBuilder, target: &ast::Expr, src: Slot) -> R<()> {
        match &target.kind {
            ExprKind::Name { id, .. } => self.store_name(b, id, src, target.range),
            ExprKind::Subscript { value, slice, .. } => {
                let obj = self.expr(b, value)?;
                let key = self.expr(b, slice)?;
                b.emit(Op::SetItem { obj, key, src }, target.range);
                Ok(())
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr(b, value)?;
                let name = b.name(&self.mangle(b, &attr.id));
                b.emit(Op::SetAttr { obj, name, src }, target.range);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let starred: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| matches!(x.kind, ExprKind::Starred { .. }))
                    .map(|(i, _)| i)
                    .collect();
                if starred.len() > 1 {
                    return Err(LowerError {
                        msg: "multiple starred expressions in assignment".into(),
                        range: target.range,
                    });
                }
                if let Some(&star) = starred.first() {
                    // `a, *b, c = v`: the items before and after, and the
                    // rest as a list into the starred target.
                    let dsts: Vec<Slot> = elts.iter().map(|_| b.temp()).collect();
                    b.emit(
                        Op::UnpackEx {
                            dsts: dsts.clone(),
                            star: star as u32,
                            src,
                        },
                        target.range,
                    );
                    for (elt, d) in elts.iter().zip(dsts) {
                        let elt = match &elt.kind {
                            ExprKind::Starred { value, .. } => &**value,
                            _ => elt,
                        };
                        self.assign(b, elt, d)?;
                    }
                    return Ok(());
                }
                let dsts: Vec<Slot> = elts.iter().map(|_| b.temp()).collect();
                b.emit(
                    Op::Unpack {
                        dsts: dsts.clone(),
                        src,
                    },
                    target.range,
                );
                for (elt, d) in elts.iter().zip(dsts) {
                    self.assign(b, elt, d)?;
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Err(LowerError {
                msg: "starred assignment target must be in a list or tuple".into(),
                range: target.range,
            }),
            _ => unsupported("assignment to this target", target.range),
        }
    }

    /// `obj[key] op= value` and `obj.name op= value`: the object (and key)
    /// evaluated once, held in hidden locals.
    fn aug_assign_item(
        &mut self,
        b: &mut FnBuilder,
        target: &ast::Expr,
        op: BinOp,
        value: &ast::Expr,
        r: TextRange,
    ) -> R<()> {
        let hold = |b: &mut FnBuilder, t: Slot, r: TextRange| {
            let h = b.hidden();
            b.emit(Op::Copy { dst: h, src: t }, r);
            h
        };
        match &target.kind {
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                let o = self.expr(b, obj)?;
                let o = hold(b, o, obj.range);
                let k = self.expr(b, slice)?;
                let k = hold(b, k, slice.range);
                let cur = b.temp();
                b.emit(
                    Op::GetItem {
                        dst: cur,
                        obj: o,
                        key: k,
                    },
                    target.range,
                );
                let v = self.expr(b, value)?;
                let dst = b.temp();
                b.emit(
                    Op::InPlace {
                        dst,
                        op,
                        lhs: cur,
                        rhs: v,
                    },
                    r,
                );
                b.emit(
                    Op::SetItem {
                        obj: o,
                        key: k,
                        src: dst,
                    },
                    target.range,
                );
                b.emit(Op::Drop { slot: o }, r);
                b.emit(Op::Drop { slot: k }, r);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                let o = self.expr(b, obj)?;
                let o = hold(b, o, obj.range);
                let name = b.name(&self.mangle(b, &attr.id));
                let cur = b.temp();
                b.emit(
                    Op::GetAttr {
                        dst: cur,
                        obj: o,
                        name,
                    },
                    target.range,
                );
                let v = self.expr(b, value)?;
                let dst = b.temp();
                b.emit(
                    Op::InPlace {
                        dst,
                        op,
                        lhs: cur,
                        rhs: v,
                    },
                    r,
                );
                b.emit(
                    Op::SetAttr {
                        obj: o,
                        name,
                        src: dst,
                    },
                    target.range,
                );
                b.emit(Op::Drop { slot: o }, r);
            }
            _ => return unsupported("augmented assignment to this target", target.range),
        }
        Ok(())
    }

    /// `exit(None, None, None)`, its result dropped, then `exit` dropped.
    fn call_exit_none(b: &mut FnBuilder, exit: Slot, r: TextRange) {
        let args: Vec<Slot> = (0..3).map(|_| b.constant(Const::None, r)).collect();
        let res = b.temp();
        b.emit(
            Op::Call {
                dst: res,
                func: exit,
                args,
                kwnames: vec![],
            },
            r,
        );
        b.emit(Op::Drop { slot: res }, r);
        b.emit(Op::Drop { slot: exit }, r);
    }

    /// `with a as x, b as y: body`, as nested single-item `with`s, as
    /// CPython 3.11 compiles it: `__enter__`, the body under a handler that
    /// calls `__exit__(type, exc, tb)` and re-raises unless it returns
    /// true, `__exit__(None, None, None)` on every other way out.
    fn with_items<'a>(
        &mut self,
        b: &mut FnBuilder<'a>,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
    ) -> R<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(b, body);
        };
        let cr = item.context_expr.range;
        let mgr = self.expr(b, &item.context_expr)?;
        let enter = b.temp();
        let exit = b.hidden();
        b.emit(Op::WithSetup { enter, exit, mgr }, cr);
        let val = b.temp();
        b.emit(
            Op::Call {
                dst: val,
                func: enter,
                args: vec![],
                kwnames: vec![],
            },
            cr,
        );
        let outer = b.handler;
        let hx = b.new_block();
        let end = b.new_block();
        b.set_handler(Some(hx), cr);
        b.fblocks.push(FBlock::With {
            exit,
            handler: outer,
        });
        match &item.optional_vars {
            Some(t) => self.assign(b, t, val)?,
            None => b.emit(Op::Drop { slot: val }, cr),
        }
        self.with_items(b, rest, body)?;
        b.fblocks.pop();
        b.set_handler(outer, cr);
        Self::call_exit_none(b, exit, cr);
        b.finish(Terminator::Jump(end), cr);

        // An exception in the body: `__exit__(type(e), e, e.__traceback__)`.
        let fc = b.new_block();
        b.switch_to(hx);
        b.handler = Some(fc);
        let ex = b.hidden();
        b.emit(Op::LoadException { dst: ex }, cr);
        b.emit(Op::PushExcept { src: ex }, cr);
        let tn = b.name("type");
        let tf = b.temp();
        b.emit(Op::LoadBuiltin { dst: tf, name: tn }, cr);
        let e1 = b.temp();
        b.emit(Op::Copy { dst: e1, src: ex }, cr);
        let ty = b.temp();
        b.emit(
            Op::Call {
                dst: ty,
                func: tf,
                args: vec![e1],
                kwnames: vec![],
            },
            cr,
        );
        let e2 = b.temp();
        b.emit(Op::Copy { dst: e2, src: ex }, cr);
        let tb = b.temp();
        let tbn = b.name("__traceback__");
        b.emit(
            Op::GetAttr {
                dst: tb,
                obj: ex,
                name: tbn,
            },
            cr,
        );
        let res = b.temp();
        b.emit(
            Op::Call {
                dst: res,
                func: exit,
                args: vec![ty, e2, tb],
                kwnames: vec![],
            },
            cr,
        );
        let c = b.bool_temp();
        b.emit(Op::Truthy { dst: c, src: res }, cr);
        let suppress = b.new_block();
        let reraise = b.new_block();
        b.finish(
            Terminator::Branch {
                cond: c,
                then: suppress,
                otherwise: reraise,
            },
            cr,
        );
        b.switch_to(reraise);
        b.emit(Op::Drop { slot: exit }, cr);
        Self::reraise_handled(b, ex, outer, cr);
        b.switch_to(suppress);
        b.handler = outer;
        b.emit(Op::PopExcept, cr);
        b.emit(Op::Drop { slot: ex }, cr);
        b.emit(Op::Drop { slot: exit }, cr);
        b.finish(Terminator::Jump(end), cr);

        // An exception in `__exit__` itself.
        Self::cleanup_block(b, fc, ex, Some(exit), outer, cr);

        b.switch_to(end);
        Ok(())
    }

    /// Evaluates each expression into a temporary, in order.
    fn exprs(&mut self, b: &mut FnBuilder, es: &[ast::Expr]) -> R<Vec<Slot>> {
        es.iter().map(|e| self.expr(b, e)).collect()
    }

    /// Applies decorators (evaluated before the definition) bottom-up.
    fn decorate(b: &mut FnBuilder, decorators: Vec<Slot>, mut t: Slot, r: TextRange) -> Slot {
        for d in decorators.into_iter().rev() {
            let dst = b.temp();
            b.emit(
                Op::Call {
                    dst,
                    func: d,
                    args: vec![t],
                    kwnames: vec![],
                },
                r,
            );
            t = dst;
        }
        t
    }

    /// A new empty list in a hidden local (built up by `ListAppend` /
    /// `ListExtend`; the caller drops the local).
    fn empty_list(b: &mut FnBuilder, r: TextRange) -> Slot {
        let l = b.hidden();
        let t = b.temp();
        b.emit(
            Op::BuildList {
                dst: t,
                items: vec![],
            },
            r,
        );
        b.emit(Op::Copy { dst: l, src: t }, r);
        l
    }

    /// A new empty dict in a hidden local (see `empty_list`).
    fn empty_dict(b: &mut FnBuilder, r: TextRange) -> Slot {
        let d = b.hidden();
        let t = b.temp();
        b.emit(
            Op::BuildDict {
                dst: t,
                items: vec![],
            },
            r,
        );
        b.emit(Op::Copy { dst: d, src: t }, r);
        d
    }

    /// A list of `elts` with `*x` items spliced in, in a hidden local (the
    /// caller converts it and drops the local).
    fn list_with_stars(&mut self, b: &mut FnBuilder, elts: &[ast::Expr], r: TextRange) -> R<Slot> {
        let l = Self::empty_list(b, r);
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    let v = self.expr(b, value)?;
                    b.emit(Op::ListExtend { list: l, src: v }, x.range);
                }
                _ => {
                    let v = self.expr(b, x)?;
                    b.emit(Op::ListAppend { list: l, src: v }, x.range);
                }
            }
        }
        Ok(l)
    }

    /// A call with `*args` or `**kwargs` items (CPython's
    /// `CALL_FUNCTION_EX`): the positional arguments become a tuple, the
    /// keywords one dict merged in order.
    fn call_ex(
        &mut self,
        b: &mut FnBuilder,
        func: &ast::Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        r: TextRange,
    ) -> R<Slot> {
        let f = self.expr(b, func)?;
        let fh = b.hidden();
        b.emit(Op::Copy { dst: fh, src: f }, r);
        let l = self.list_with_stars(b, args, r)?;
        let at = b.temp();
        b.emit(Op::ListToTuple { dst: at, src: l }, r);
        b.emit(Op::Drop { slot: l }, r);
        let kw = if keywords.is_empty() {
            None
        } else {
            let d = Self::empty_dict(b, r);
            for k in keywords {
                let src = match &k.arg {
                    None => self.expr(b, &k.value)?,
                    Some(name) => {
                        let key = b.constant(Const::Str(name.id.clone()), k.range);
                        let v = self.expr(b, &k.value)?;
                        let t = b.temp();
                        b.emit(
                            Op::BuildDict {
                                dst: t,
                                items: vec![key, v],
                            },
                            k.range,
                        );
                        t
                    }
                };
                b.emit(
                    Op::DictMerge {
                        dict: d,
                        src,
                        func: fh,
                    },
                    k.range,
                );
            }
            Some(d)
        };
        let dst = b.temp();
        b.emit(
            Op::CallEx {
                dst,
                func: fh,
                args: at,
                kwargs: kw,
            },
            r,
        );
        b.emit(Op::Drop { slot: fh }, r);
        if let Some(d) = kw {
            b.emit(Op::Drop { slot: d }, r);
        }
        Ok(dst)
    }

    /// `del target`.
    fn delete(&mut self, b: &mut FnBuilder, target: &ast::Expr) -> R<()> {
        let r = target.range;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if b.class_body {
                    return unsupported("del in a class body", r);
                }
                let id = &self.mangle(b, id);
                match self.scope_kind_of(b, id) {
                    None | Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit) => {
                        let name = b.name(id);
                        b.emit(Op::DeleteGlobal { name }, r);
                    }
                    Some(NameScope::Local) => {
                        let slot = b.locals[id.as_str()];
                        b.emit(Op::Delete { slot }, r);
                    }
                    Some(NameScope::Cell) | Some(NameScope::Free) => {
                        let cell = b.locals[id.as_str()];
                        b.emit(Op::DeleteCell { cell, check: true }, r);
                    }
                }
            }
            ExprKind::Subscript { value, slice, .. } => {
                let obj = self.expr(b, value)?;
                let key = self.expr(b, slice)?;
                b.emit(Op::DelItem { obj, key }, r);
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr(b, value)?;
                let name = b.name(&self.mangle(b, &attr.id));
                b.emit(Op::DelAttr { obj, name }, r);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(b, e)?;
                }
            }
            _ => return unsupported("deleting this target", r),
        }
        Ok(())
    }

    /// Evaluates `e` and its truth as a `Bool` temporary.
    fn condition(&mut self, b: &mut FnBuilder, e: &ast::Expr) -> R<Slot> {
        let v = self.expr(b, e)?;
        let c = b.bool_temp();
        b.emit(Op::Truthy { dst: c, src: v }, e.range);
        Ok(c)
    }

    /// `class name(bases): body`: the body as its own function (kind
    /// `Class`, names in the class namespace), then `BuildClass`.
    /// A `def`'s annotations, evaluated in the defining scope (after the
    /// defaults, as CPython does) into a dict for its `__annotations__`
    /// (parameters in order, then `return`); `None` when it has none.
    fn function_annotations(
        &mut self,
        b: &mut FnBuilder,
        args: &ast::Arguments,
        returns: Option<&ast::Expr>,
        r: TextRange,
    ) -> R<Option<Slot>> {
        if !self.store_annotations {
            return Ok(None);
        }
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut items = Vec::new();
        for p in params {
            if let Some(a) = &p.annotation {
                let k = b.constant(Const::Str(p.arg.id.clone()), r);
                let v = self.expr(b, a)?;
                items.push(k);
                items.push(v);
            }
        }
        if let Some(a) = returns {
            let k = b.constant(Const::Str("return".into()), r);
            let v = self.expr(b, a)?;
            items.push(k);
            items.push(v);
        }
        if items.is_empty() {
            return Ok(None);
        }
        let d = b.temp();
        b.emit(Op::BuildDict { dst: d, items }, r);
        Ok(Some(d))
    }

    /// CPython's `SETUP_ANNOTATIONS`: a new `__annotations__` dict in the
    /// module or class namespace being built.
    fn setup_annotations(&mut self, b: &mut FnBuilder, r: TextRange) -> R<()> {
        let d = b.temp();
        b.emit(
            Op::BuildDict {
                dst: d,
                items: Vec::new(),
            },
            r,
        );
        self.store_name(b, "__annotations__", d, r)
    }

    /// The closure `MakeFunction` passes for `inner`: the creator `b`'s
    /// cell for each of `inner`'s free variables, in slot order.
    fn closure_of(&self, b: &FnBuilder, inner: &FnBuilder, r: TextRange) -> R<Vec<Slot>> {
        let mut closure = Vec::new();
        for info in inner.slots.iter().filter(|s| s.kind == SlotKind::Free) {
            let name = info.name.as_deref().unwrap_or_default();
            let cell = match b.locals.get(name) {
                Some(&c) if b.class_body && name == "__class__" => Some(c),
                Some(&c)
                    if b.in_function
                        && matches!(
                            self.scope_kind_of(b, name),
                            Some(NameScope::Cell) | Some(NameScope::Free)
                        ) =>
                {
                    Some(c)
                }
                _ => b.class_free.get(name).copied(),
            };
            match cell {
                Some(c) => closure.push(c),
                None => return unsupported("this free variable", r),
            }
        }
        Ok(closure)
    }

    fn class_def(&mut self, b: &mut FnBuilder, c: &ast::ClassDef, r: TextRange) -> R<Slot> {
        let name = &c.name.id;
        let scope = self.scope_of_node(c.name.range, name, ScopeKind::Class, "this class", r)?;
        let mut bases = Vec::new();
        for e in &c.bases {
            if matches!(e.kind, ast::ExprKind::Starred { .. }) {
                return unsupported("* in a class statement's bases", r);
            }
            bases.push(self.expr(b, e)?);
        }
        let mut keywords = Vec::new();
        for k in &c.keywords {
            let v = self.expr(b, &k.value)?;
            let n = k.arg.as_ref().map_or("", |a| a.id.as_str());
            keywords.push((b.name(n), v));
        }
        let qualname = self.qualname_in(b, name);
        let func = self.functions.len();
        self.functions.push(Function {
            name: name.to_owned(),
            qualname: qualname.clone(),
            kind: FunctionKind::Class,
            ..empty_function()
        });
        let mut fb = FnBuilder::new(func, scope, true);
        fb.class_body = true;
        // Free variables: read by the body (`y = x` for an `x` of the
        // enclosing function) or only passed on to its methods' closures.
        let table_scope = &self.table.scopes[scope];
        for (n, flags) in &table_scope.symbols {
            match table_scope.scope_of(n) {
                Some(NameScope::Free) => {
                    let s = fb.slot(SlotKind::Free, Some(n.clone()));
                    fb.locals.insert(n.clone(), s);
                }
                Some(NameScope::Cell) => return unsupported("a cell in a class body", r),
                _ if flags & DEF_FREE_CLASS != 0 => {
                    let s = fb.slot(SlotKind::Free, Some(n.clone()));
                    fb.class_free.insert(n.clone(), s);
                }
                _ => {}
            }
        }
        let class_cell = if table_scope.needs_class_closure {
            let s = fb.slot(SlotKind::Cell, Some("__class__".into()));
            fb.locals.insert("__class__".into(), s);
            Some(s)
        } else {
            None
        };
        // `__module__` and `__qualname__`, as CPython's class body sets them.
        let m = fb.temp();
        let g = fb.name("__name__");
        fb.emit(Op::LoadName { dst: m, name: g }, r);
        let n = fb.name("__module__");
        fb.emit(Op::StoreName { name: n, src: m }, r);
        let q = fb.constant(Const::Str(qualname.clone()), r);
        let n = fb.name("__qualname__");
        fb.emit(Op::StoreName { name: n, src: q }, r);
        // A docstring is the class's `__doc__`.
        if let Some(first) = c.body.first()
            && let ast::StmtKind::Expr { value } = &first.kind
            && let ast::ExprKind::Constant {
                value: v @ ast::Constant::Str(_),
                ..
            } = &value.kind
        {
            let d = fb.constant(constant_of(v), r);
            let n = fb.name("__doc__");
            fb.emit(Op::StoreName { name: n, src: d }, r);
        }
        if self.store_annotations && has_annotations(&c.body) {
            self.setup_annotations(&mut fb, r)?;
        }
        self.body(&mut fb, &c.body)?;
        if let Some(cell) = class_cell {
            fb.emit(Op::StoreClassCell { cell }, r);
        }
        let none = fb.constant(Const::None, r);
        fb.finish(Terminator::Return(none), r);
        let f = Function {
            name: name.to_owned(),
            qualname,
            kind: FunctionKind::Class,
            line: 0,
            ..empty_function()
        };
        let closure = self.closure_of(b, &fb, r)?;
        self.functions[func] = fb.into_function(f);
        let body = b.temp();
        b.emit(
            Op::MakeFunction {
                dst: body,
                func: FuncId(func as u32),
                defaults: vec![],
                kwdefaults: vec![],
                closure,
                annotations: None,
            },
            r,
        );
        let dst = b.temp();
        let n = b.name(name);
        b.emit(
            Op::BuildClass {
                dst,
                body,
                name: n,
                bases,
                keywords,
            },
            r,
        );
        Ok(dst)
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        b: &mut FnBuilder,
        name: &str,
        scope_range: TextRange,
        args: &ast::Arguments,
        kind: FunctionKind,
        body: FnBody<'_>,
        returns: Option<&ast::Expr>,
        r: TextRange,
    ) -> R<Slot> {
        let scope_name = if kind == FunctionKind::Lambda {
            "lambda"
        } else {
            name
        };
        let scope = self.scope_of_node(
            scope_range,
            scope_name,
            ScopeKind::Function,
            "this function",
            r,
        )?;
        // Defaults are evaluated in the enclosing scope, at definition.
        let mut defaults = Vec::new();
        for d in &args.defaults {
            defaults.push(self.expr(b, d)?);
        }
        let mut kwdefaults = Vec::new();
        for (p, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                let v = self.expr(b, d)?;
                kwdefaults.push((b.name(&p.arg.id), v));
            }
        }
        let annotations = if kind == FunctionKind::Lambda {
            None
        } else {
            self.function_annotations(b, args, returns, r)?
        };
        let qualname = self.qualname_in(b, name);
        // The header goes in first: nested functions' qualnames need it.
        let func = self.functions.len();
        self.functions.push(Function {
            name: name.to_owned(),
            qualname: qualname.clone(),
            kind,
            ..empty_function()
        });
        let mut fb = FnBuilder::new(func, scope, true);
        // Parameters in CPython's `co_varnames` order: positional-only,
        // positional, keyword-only, then `*args` and `**kwargs`.
        let params: Vec<&ast::Arg> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg)
            .collect();
        let table_scope = &self.table.scopes[scope];
        // A parameter an inner function captures is a `Cell` slot: its
        // value moves into the cell when the frame is entered.
        for p in &params {
            let pname = table_scope.mangle(&p.arg.id).into_owned();
            let kind = match table_scope.scope_of(&pname) {
                Some(NameScope::Cell) => SlotKind::Cell,
                _ => SlotKind::Local,
            };
            let s = fb.slot(kind, Some(pname.clone()));
            if kind == SlotKind::Local {
                // An annotation is an assumption the JIT checks on entry
                // (type inference may widen it); the interpreter ignores it.
                fb.slots[s.index()].ty = annotation_ty(p.annotation.as_deref());
            }
            fb.locals.insert(pname, s);
        }
        // Then the other locals, cells and free variables, in the symbol
        // table's order (the order of the `Free` slots is the order of the
        // closure `MakeFunction` passes).
        for (n, _) in &table_scope.symbols {
            let kind = match table_scope.scope_of(n) {
                Some(NameScope::Local) => SlotKind::Local,
                Some(NameScope::Cell) => SlotKind::Cell,
                Some(NameScope::Free) => SlotKind::Free,
                _ => continue,
            };
            if !fb.locals.contains_key(n) {
                let s = fb.slot(kind, Some(n.clone()));
                fb.locals.insert(n.clone(), s);
            }
        }
        match body {
            FnBody::Stmts(stmts) => {
                self.body(&mut fb, stmts)?;
                let none = fb.constant(Const::None, r);
                fb.finish(Terminator::Return(none), r);
            }
            FnBody::Expr(e) => {
                let v = self.expr(&mut fb, e)?;
                fb.finish(Terminator::Return(v), e.range);
            }
        }
        let f = Function {
            name: name.to_owned(),
            qualname,
            kind,
            params: Params {
                posonly: args.posonlyargs.len() as u32,
                positional: args.args.len() as u32,
                kwonly: args.kwonlyargs.len() as u32,
                varargs: args.vararg.is_some(),
                varkw: args.kwarg.is_some(),
            },
            line: 0,
            doc: match body {
                FnBody::Stmts([first, ..]) => docstring(first),
                _ => None,
            },
            is_generator: self.table.scopes[scope].is_generator,
            is_coroutine: self.table.scopes[scope].is_coroutine,
            ..empty_function()
        };
        // The closure: the creator's cell for each free variable, in the
        // order of the new function's `Free` slots.
        let closure = self.closure_of(b, &fb, r)?;
        self.functions[func] = fb.into_function(f);
        let dst = b.temp();
        b.emit(
            Op::MakeFunction {
                dst,
                func: FuncId(func as u32),
                defaults,
                kwdefaults,
                closure,
                annotations,
            },
            r,
        );
        Ok(dst)
    }

    /// Evaluates `e` into a new temporary.
    fn expr(&mut self, b: &mut FnBuilder, e: &ast::Expr) -> R<Slot> {
        let r = e.range;
        Ok(match &e.kind {
            ExprKind::Constant { value, .. } => b.constant(constant_of(value), r),
            ExprKind::Name { id, .. } => self.load_name(b, id, r)?,
            ExprKind::BinOp { left, op, right } => {
                let lhs = self.expr(b, left)?;
                let rhs = self.expr(b, right)?;
                let dst = b.temp();
                b.emit(
                    Op::Binary {
                        dst,
                        op: bin_op(*op),
                        lhs,
                        rhs,
                    },
                    r,
                );
                dst
            }
            ExprKind::UnaryOp { op, operand } => {
                let src = self.expr(b, operand)?;
                let dst = b.temp();
                let op = match op {
                    ast::UnaryOp::USub => UnOp::Neg,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                };
                b.emit(Op::Unary { dst, op, src }, r);
                dst
            }
            ExprKind::BoolOp { op, values } => {
                // The result lives in a hidden local while the operands are
                // tested in turn.
                let res = b.hidden();
                let end = b.new_block();
                for (i, v) in values.iter().enumerate() {
                    let t = self.expr(b, v)?;
                    b.emit(Op::Copy { dst: res, src: t }, v.range);
                    if i + 1 == values.len() {
                        b.finish(Terminator::Jump(end), r);
                        break;
                    }
                    let c = b.bool_temp();
                    let probe = b.temp();
                    b.emit(
                        Op::Copy {
                            dst: probe,
                            src: res,
                        },
                        v.range,
                    );
                    b.emit(Op::Truthy { dst: c, src: probe }, v.range);
                    let next = b.new_block();
                    let (then, otherwise) = match op {
                        ast::BoolOp::And => (next, end),
                        ast::BoolOp::Or => (end, next),
                    };
                    b.finish(
                        Terminator::Branch {
                            cond: c,
                            then,
                            otherwise,
                        },
                        v.range,
                    );
                    b.switch_to(next);
                    b.emit(Op::Drop { slot: res }, v.range);
                }
                b.switch_to(end);
                let dst = b.temp();
                b.emit(Op::Copy { dst, src: res }, r);
                b.emit(Op::Drop { slot: res }, r);
                dst
            }
            ExprKind::IfExp { test, body, orelse } => {
                let res = b.hidden();
                let c = self.condition(b, test)?;
                let then = b.new_block();
                let otherwise = b.new_block();
                let end = b.new_block();
                b.finish(
                    Terminator::Branch {
                        cond: c,
                        then,
                        otherwise,
                    },
                    test.range,
                );
                for (block, value) in [(then, body), (otherwise, orelse)] {
                    b.switch_to(block);
                    let t = self.expr(b, value)?;
                    b.emit(Op::Copy { dst: res, src: t }, value.range);
                    b.finish(Terminator::Jump(end), value.range);
                }
                b.switch_to(end);
                let dst = b.temp();
                b.emit(Op::Copy { dst, src: res }, r);
                b.emit(Op::Drop { slot: res }, r);
                dst
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(b, left, ops, comparators, r)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } if args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
                || keywords.iter().any(|k| k.arg.is_none()) =>
            {
                self.call_ex(b, func, args, keywords, r)?
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let f = self.expr(b, func)?;
                let mut arg_slots = Vec::new();
                for a in args {
                    if matches!(a.kind, ExprKind::Starred { .. }) {
                        return unsupported("*args in calls", a.range);
                    }
                    arg_slots.push(self.expr(b, a)?);
                }
                let mut kwnames = Vec::new();
                for k in keywords {
                    let Some(name) = &k.arg else {
                        return unsupported("**kwargs in calls", k.range);
                    };
                    arg_slots.push(self.expr(b, &k.value)?);
                    kwnames.push(b.name(&name.id));
                }
                let dst = b.temp();
                b.emit(
                    Op::Call {
                        dst,
                        func: f,
                        args: arg_slots,
                        kwnames,
                    },
                    r,
                );
                dst
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } | ExprKind::Set { elts }
                if elts
                    .iter()
                    .any(|x| matches!(x.kind, ExprKind::Starred { .. })) =>
            {
                let l = self.list_with_stars(b, elts, r)?;
                let dst = b.temp();
                match e.kind {
                    ExprKind::Tuple { .. } => b.emit(Op::ListToTuple { dst, src: l }, r),
                    ExprKind::Set { .. } => b.emit(Op::ListToSet { dst, src: l }, r),
                    _ => b.emit(Op::Copy { dst, src: l }, r),
                }
                b.emit(Op::Drop { slot: l }, r);
                dst
            }
            ExprKind::Dict { keys, values } if keys.iter().any(Option::is_none) => {
                let d = Self::empty_dict(b, r);
                let mut run = Vec::new();
                for (k, v) in keys.iter().zip(values) {
                    match k {
                        Some(k) => {
                            run.push(self.expr(b, k)?);
                            run.push(self.expr(b, v)?);
                        }
                        None => {
                            if !run.is_empty() {
                                let t = b.temp();
                                let items = std::mem::take(&mut run);
                                b.emit(Op::BuildDict { dst: t, items }, r);
                                b.emit(Op::DictUpdate { dict: d, src: t }, r);
                            }
                            let x = self.expr(b, v)?;
                            b.emit(Op::DictUpdate { dict: d, src: x }, v.range);
                        }
                    }
                }
                if !run.is_empty() {
                    let t = b.temp();
                    b.emit(Op::BuildDict { dst: t, items: run }, r);
                    b.emit(Op::DictUpdate { dict: d, src: t }, r);
                }
                let dst = b.temp();
                b.emit(Op::Copy { dst, src: d }, r);
                b.emit(Op::Drop { slot: d }, r);
                dst
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut part = |x: &Option<Box<ast::Expr>>| match x {
                    Some(x) => self.expr(b, x),
                    None => Ok(b.constant(Const::None, r)),
                };
                let start = part(lower)?;
                let stop = part(upper)?;
                let step = part(step)?;
                let dst = b.temp();
                b.emit(
                    Op::BuildSlice {
                        dst,
                        start,
                        stop,
                        step,
                    },
                    r,
                );
                dst
            }
            ExprKind::NamedExpr { target, value } => {
                let v = self.expr(b, value)?;
                let ExprKind::Name { id, .. } = &target.kind else {
                    return unsupported("this assignment expression", r);
                };
                self.store_name(b, id, v, target.range)?;
                self.load_name(b, id, target.range)?
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let mut items = Vec::new();
                for x in elts {
                    if matches!(x.kind, ExprKind::Starred { .. }) {
                        return unsupported("starred items", x.range);
                    }
                    items.push(self.expr(b, x)?);
                }
                let dst = b.temp();
                let op = if matches!(e.kind, ExprKind::Tuple { .. }) {
                    Op::BuildTuple { dst, items }
                } else {
                    Op::BuildList { dst, items }
                };
                b.emit(op, r);
                dst
            }
            ExprKind::Dict { keys, values } => {
                let mut items = Vec::new();
                for (k, v) in keys.iter().zip(values) {
                    let Some(k) = k else {
                        return unsupported("'**' in dict displays", v.range);
                    };
                    items.push(self.expr(b, k)?);
                    items.push(self.expr(b, v)?);
                }
                let dst = b.temp();
                b.emit(Op::BuildDict { dst, items }, r);
                dst
            }
            ExprKind::Set { elts } => {
                let mut items = Vec::new();
                for x in elts {
                    if matches!(x.kind, ExprKind::Starred { .. }) {
                        return unsupported("starred items", x.range);
                    }
                    items.push(self.expr(b, x)?);
                }
                let dst = b.temp();
                b.emit(Op::BuildSet { dst, items }, r);
                dst
            }
            ExprKind::Subscript { value, slice, .. } => {
                let obj = self.expr(b, value)?;
                let key = self.expr(b, slice)?;
                let dst = b.temp();
                b.emit(Op::GetItem { dst, obj, key }, r);
                dst
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr(b, value)?;
                let name = b.name(&self.mangle(b, &attr.id));
                let dst = b.temp();
                b.emit(Op::GetAttr { dst, obj, name }, r);
                dst
            }
            ExprKind::Lambda { args, body } => self.function(
                b,
                "<lambda>",
                r,
                args,
                FunctionKind::Lambda,
                FnBody::Expr(body),
                None,
                r,
            )?,
            ExprKind::JoinedStr { values } => self.joined_str(b, values, r)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(b, "listcomp", generators, elt, None, r)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(b, "setcomp", generators, elt, None, r)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(b, "dictcomp", generators, key, Some(value), r)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(b, "genexpr", generators, elt, None, r)?
            }
            ExprKind::Yield { value } => {
                let src = match value {
                    Some(v) => self.expr(b, v)?,
                    None => b.constant(Const::None, r),
                };
                let dst = b.temp();
                b.emit(Op::Yield { dst, src }, r);
                dst
            }
            ExprKind::YieldFrom { value } => {
                let v = self.expr(b, value)?;
                let it = b.hidden();
                b.emit(Op::GetIter { dst: it, src: v }, value.range);
                let dst = b.temp();
                b.emit(Op::YieldFrom { dst, iter: it }, r);
                b.emit(Op::Drop { slot: it }, r);
                dst
            }
            _ => return unsupported("this expression", r),
        })
    }

    /// A list, set or dict comprehension, as CPython 3.11 compiles it: a
    /// nested function `<listcomp>` (etc.) whose one parameter `.0` receives
    /// `iter(outermost iterable)`, evaluated in the enclosing scope; the
    /// function is made and called at once.
    fn comprehension(
        &mut self,
        b: &mut FnBuilder,
        scope_name: &str,
        generators: &[ast::Comprehension],
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        r: TextRange,
    ) -> R<Slot> {
        if generators.iter().any(|g| g.is_async) {
            return unsupported("async comprehensions", r);
        }
        let scope =
            self.scope_of_node(r, scope_name, ScopeKind::Function, "this comprehension", r)?;
        let name = format!("<{scope_name}>");
        let qualname = self.qualname_in(b, &name);
        let func = self.functions.len();
        self.functions.push(Function {
            name: name.clone(),
            qualname: qualname.clone(),
            kind: FunctionKind::Comprehension,
            ..empty_function()
        });
        let mut fb = FnBuilder::new(func, scope, true);
        let table_scope = &self.table.scopes[scope];
        let dot0 = fb.slot(SlotKind::Local, Some(".0".to_owned()));
        fb.locals.insert(".0".to_owned(), dot0);
        for (n, _) in &table_scope.symbols {
            let kind = match table_scope.scope_of(n) {
                Some(NameScope::Local) => SlotKind::Local,
                Some(NameScope::Cell) => SlotKind::Cell,
                Some(NameScope::Free) => SlotKind::Free,
                _ => continue,
            };
            if !fb.locals.contains_key(n) {
                let s = fb.slot(kind, Some(n.clone()));
                fb.locals.insert(n.clone(), s);
            }
        }
        // The result being built lives in a hidden local.
        let res = fb.hidden();
        let empty = fb.temp();
        let genexpr = scope_name == "genexpr";
        let build = match scope_name {
            "genexpr" => Op::Const {
                dst: empty,
                c: ConstId(fb.constant_id(Const::None) as u32),
            },
            "listcomp" => Op::BuildList {
                dst: empty,
                items: vec![],
            },
            "setcomp" => Op::BuildSet {
                dst: empty,
                items: vec![],
            },
            _ => Op::BuildDict {
                dst: empty,
                items: vec![],
            },
        };
        fb.emit(build, r);
        fb.emit(
            Op::Copy {
                dst: res,
                src: empty,
            },
            r,
        );
        self.comp_loop(&mut fb, scope_name, generators, 0, dot0, elt, value, res)?;
        fb.finish(Terminator::Return(res), r);
        let f = Function {
            name,
            qualname,
            kind: FunctionKind::Comprehension,
            is_generator: genexpr,
            params: Params {
                positional: 1,
                ..Params::default()
            },
            ..empty_function()
        };
        let closure = self.closure_of(b, &fb, r)?;
        self.functions[func] = fb.into_function(f);
        let fslot = b.temp();
        b.emit(
            Op::MakeFunction {
                dst: fslot,
                func: FuncId(func as u32),
                defaults: vec![],
                kwdefaults: vec![],
                closure,
                annotations: None,
            },
            r,
        );
        let outer = &generators[0].iter;
        let it = self.expr(b, outer)?;
        let iter0 = b.temp();
        b.emit(
            Op::GetIter {
                dst: iter0,
                src: it,
            },
            outer.range,
        );
        let dst = b.temp();
        b.emit(
            Op::Call {
                dst,
                func: fslot,
                args: vec![iter0],
                kwnames: vec![],
            },
            r,
        );
        Ok(dst)
    }

    /// One `for` clause of a comprehension (and, inside it, the next ones);
    /// leaves the builder in the block after the loop.
    #[allow(clippy::too_many_arguments)]
    fn comp_loop(
        &mut self,
        fb: &mut FnBuilder,
        scope_name: &str,
        generators: &[ast::Comprehension],
        idx: usize,
        iter_slot: Slot,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        res: Slot,
    ) -> R<()> {
        let g = &generators[idx];
        let head = fb.new_block();
        fb.finish(Terminator::Jump(head), g.range);
        fb.switch_to(head);
        let item = fb.temp();
        let body = fb.new_block();
        let done = fb.new_block();
        fb.finish(
            Terminator::ForIter {
                iter: iter_slot,
                dst: item,
                body,
                done,
            },
            g.iter.range,
        );
        fb.switch_to(body);
        self.assign(fb, &g.target, item)?;
        for cond in &g.ifs {
            let c = self.condition(fb, cond)?;
            let next = fb.new_block();
            fb.finish(
                Terminator::Branch {
                    cond: c,
                    then: next,
                    otherwise: head,
                },
                cond.range,
            );
            fb.switch_to(next);
        }
        if let Some(g2) = generators.get(idx + 1) {
            let it = self.expr(fb, &g2.iter)?;
            let h = fb.hidden();
            fb.emit(Op::GetIter { dst: h, src: it }, g2.iter.range);
            self.comp_loop(fb, scope_name, generators, idx + 1, h, elt, value, res)?;
        } else {
            match (scope_name, value) {
                ("dictcomp", Some(v)) => {
                    let k = self.expr(fb, elt)?;
                    let v = self.expr(fb, v)?;
                    fb.emit(
                        Op::SetItem {
                            obj: res,
                            key: k,
                            src: v,
                        },
                        elt.range,
                    );
                }
                ("genexpr", _) => {
                    let x = self.expr(fb, elt)?;
                    let sent = fb.temp();
                    fb.emit(Op::Yield { dst: sent, src: x }, elt.range);
                    fb.emit(Op::Drop { slot: sent }, elt.range);
                }
                ("listcomp", _) => {
                    let x = self.expr(fb, elt)?;
                    fb.emit(Op::ListAppend { list: res, src: x }, elt.range);
                }
                _ => {
                    let x = self.expr(fb, elt)?;
                    let m = fb.temp();
                    let method = fb.name(if scope_name == "setcomp" {
                        "add"
                    } else {
                        "append"
                    });
                    fb.emit(
                        Op::GetAttr {
                            dst: m,
                            obj: res,
                            name: method,
                        },
                        elt.range,
                    );
                    let out = fb.temp();
                    fb.emit(
                        Op::Call {
                            dst: out,
                            func: m,
                            args: vec![x],
                            kwnames: vec![],
                        },
                        elt.range,
                    );
                    fb.emit(Op::Drop { slot: out }, elt.range);
                }
            }
        }
        fb.finish(Terminator::Jump(head), g.range);
        fb.switch_to(done);
        if idx > 0 {
            fb.emit(Op::Drop { slot: iter_slot }, g.iter.range);
        }
        Ok(())
    }

    /// An f-string: its parts formatted and concatenated.
    fn joined_str(&mut self, b: &mut FnBuilder, values: &[ast::Expr], r: TextRange) -> R<Slot> {
        let mut parts = Vec::new();
        for v in values {
            match &v.kind {
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } => {
                    let src = self.expr(b, value)?;
                    let spec = match format_spec {
                        Some(spec) => match &spec.kind {
                            ExprKind::JoinedStr { values } => {
                                Some(self.joined_str(b, values, spec.range)?)
                            }
                            _ => Some(self.expr(b, spec)?),
                        },
                        None => None,
                    };
                    let dst = b.temp();
                    let conversion = if *conversion < 0 {
                        0
                    } else {
                        *conversion as u8
                    };
                    b.emit(
                        Op::FormatValue {
                            dst,
                            src,
                            conversion,
                            spec,
                        },
                        v.range,
                    );
                    parts.push(dst);
                }
                _ => parts.push(self.expr(b, v)?),
            }
        }
        let dst = b.temp();
        b.emit(Op::BuildString { dst, parts }, r);
        Ok(dst)
    }

    /// `a < b < c`: each middle operand is evaluated once; the comparisons
    /// stop at the first false one.
    fn compare(
        &mut self,
        b: &mut FnBuilder,
        left: &ast::Expr,
        ops: &[ast::CmpOp],
        comparators: &[ast::Expr],
        r: TextRange,
    ) -> R<Slot> {
        let mut lhs = self.expr(b, left)?;
        if ops.len() == 1 {
            let rhs = self.expr(b, &comparators[0])?;
            let dst = b.temp();
            b.emit(
                Op::Compare {
                    dst,
                    op: cmp_op(ops[0]),
                    lhs,
                    rhs,
                },
                r,
            );
            return Ok(dst);
        }
        let res = b.hidden();
        let end = b.new_block();
        for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
            let last = i + 1 == ops.len();
            let v = self.expr(b, c)?;
            // A middle operand is needed again by the next comparison.
            let (rhs, keep) = if last {
                (v, None)
            } else {
                let h = b.hidden();
                b.emit(Op::Copy { dst: h, src: v }, c.range);
                let t = b.temp();
                b.emit(Op::Copy { dst: t, src: h }, c.range);
                (t, Some(h))
            };
            let cmp = b.temp();
            b.emit(
                Op::Compare {
                    dst: cmp,
                    op: cmp_op(*op),
                    lhs,
                    rhs,
                },
                r,
            );
            b.emit(Op::Copy { dst: res, src: cmp }, r);
            let Some(h) = keep else {
                b.finish(Terminator::Jump(end), r);
                break;
            };
            let probe = b.temp();
            b.emit(
                Op::Copy {
                    dst: probe,
                    src: res,
                },
                r,
            );
            let cond = b.bool_temp();
            b.emit(
                Op::Truthy {
                    dst: cond,
                    src: probe,
                },
                r,
            );
            let next = b.new_block();
            let stop = b.new_block();
            b.finish(
                Terminator::Branch {
                    cond,
                    then: next,
                    otherwise: stop,
                },
                r,
            );
            b.switch_to(stop);
            b.emit(Op::Drop { slot: h }, r);
            b.finish(Terminator::Jump(end), r);
            b.switch_to(next);
            b.emit(Op::Drop { slot: res }, r);
            lhs = b.temp();
            b.emit(Op::Copy { dst: lhs, src: h }, r);
            b.emit(Op::Drop { slot: h }, r);
        }
        b.switch_to(end);
        let dst = b.temp();
        b.emit(Op::Copy { dst, src: res }, r);
        b.emit(Op::Drop { slot: res }, r);
        Ok(dst)
    }
}

enum FnBody<'a> {
    Stmts(&'a [ast::Stmt]),
    Expr(&'a ast::Expr),
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn lower(src: &str) -> R<Module> {
        let m = krait_frontend::parse_module(src).unwrap();
        let t = krait_frontend::scope::build(&m, src).unwrap();
        lower_module(&m, &t)
    }

    #[test]
    fn functions_and_control_flow_lower_and_verify() {
        let src = "def f(n, k=2):\n    total = 0\n    i = 0\n    while i < n:\n        if i % k == 0 and i > 1 or not i:\n            total += i\n        i += 1\n    return total\nfor x in range(3):\n    print(f(x), 1 < x < 3)\n";
        let m = lower(src).unwrap();
        assert_eq!(verify(&m), Ok(()));
        assert_eq!(m.functions.len(), 2);
        let text = print_module(&m);
        assert!(text.contains("f1 Function f (2)"), "{text}");
        assert!(text.contains("%2: dyn Local total"), "{text}");
    }

    #[test]
    fn displays_and_comprehensions_lower_and_verify() {
        let src = "d = {1: 2, 'a': [3]}\ns = {1, 2}\ndef f(k):\n    return [x + k for x in d if x for y in s], {x for x in s}, {x: k for x in s}\n";
        let m = lower(src).unwrap();
        assert_eq!(verify(&m), Ok(()));
        let text = print_module(&m);
        assert!(text.contains("= dict {"), "{text}");
        assert!(text.contains("= set {"), "{text}");
        assert!(
            text.contains("Comprehension f.<locals>.<listcomp> (1)"),
            "{text}"
        );
        assert!(
            text.contains("Comprehension f.<locals>.<setcomp> (1)"),
            "{text}"
        );
        assert!(
            text.contains("Comprehension f.<locals>.<dictcomp> (1)"),
            "{text}"
        );
        assert!(text.contains("%0: dyn Local .0"), "{text}");
        let m = lower("g = (x for x in y)\n").unwrap();
        verify(&m).unwrap();
        assert!(m.functions[1].is_generator);
    }

    #[test]
    fn try_statements_lower_with_handlers_and_verify() {
        let src = "def f(x):\n    for i in x:\n        try:\n            try:\n                return 1 // i\n            except (ZeroDivisionError, TypeError) as e:\n                print(e)\n                continue\n            except:\n                raise\n            else:\n                print(i)\n        finally:\n            print('fin')\n";
        let m = lower(src).unwrap();
        assert_eq!(verify(&m), Ok(()));
        let text = print_module(&m);
        for op in [
            "= exception",
            "push_except",
            "pop_except",
            "= exc_match",
            "reraise",
            "(except b",
        ] {
            assert!(text.contains(op), "{op} missing in\n{text}");
        }
        // The code after the `try` is back under no handler.
        let f = &m.functions[1];
        let last = f
            .blocks
            .iter()
            .rev()
            .find(|b| !b.instrs.is_empty())
            .unwrap();
        assert_eq!(last.handler, None, "{text}");
    }

    #[test]
    fn closures_lower_to_cells_and_verify() {
        let src = "def f(a):\n    b = 1\n    def g():\n        nonlocal b\n        b += a\n        return lambda: a + b\n    return g\n";
        let m = lower(src).unwrap();
        assert_eq!(verify(&m), Ok(()));
        let text = print_module(&m);
        for want in [
            "%0: dyn Cell a",
            "dyn Cell b",
            "dyn Free a",
            "dyn Free b",
            "= cell %",
            "closure (%",
        ] {
            assert!(text.contains(want), "{want} missing in\n{text}");
        }
        // A closure that does not match the callee's free slots is caught.
        let mut m = m;
        for b in &mut std::rc::Rc::make_mut(&mut m.functions[1]).blocks {
            for i in &mut b.instrs {
                if let Op::MakeFunction { closure, .. } = &mut i.op {
                    closure.pop();
                }
            }
        }
        assert!(verify(&m).unwrap_err().0.contains("free slots"));
    }

    #[test]
    fn unsupported_constructs_are_named() {
        let err = lower("class C(**kw): pass\n").unwrap_err();
        assert_eq!(err.msg, "** in a class statement is not supported yet");
        assert_eq!(
            lower("return 1\n").unwrap_err().msg,
            "'return' outside function"
        );
    }
}
