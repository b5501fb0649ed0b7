//! Lowering: the AST and its symbol table to the IR.
//!
//! [`lower_module`] turns each code body (module, `def`, `lambda`) into a
//! [`Function`]. Names are resolved by the symbol table
//! (`krait_frontend::scope`): a function's locals become `Local` slots;
//! globals (and every name at module level) go through `LoadGlobal` /
//! `StoreGlobal`. Expressions are evaluated into temporaries, each consumed
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
use krait_frontend::scope::{NameScope, ScopeKind, SymbolTable};
use std::collections::HashMap;

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
    let mut scopes = HashMap::new();
    for (id, s) in table.scopes.iter().enumerate() {
        scopes.insert((s.range.start, s.range.end, s.name.clone()), id);
    }
    let mut l = Lowerer {
        table,
        scopes,
        functions: vec![Function {
            name: "<module>".into(),
            qualname: "<module>".into(),
            kind: FunctionKind::Module,
            ..empty_function()
        }],
    };
    let mut b = FnBuilder::new(0, 0, false);
    for s in &module.body {
        l.stmt(&mut b, s)?;
    }
    let none = b.constant(Const::None, TextRange::default());
    b.finish(Terminator::Return(none), TextRange::default());
    l.functions[0] = b.into_function(std::mem::replace(&mut l.functions[0], empty_function()));
    Ok(Module {
        functions: l.functions,
    })
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
    }
}

struct Lowerer<'t> {
    table: &'t SymbolTable,
    /// Scope ids by (range start, range end, name).
    scopes: HashMap<(u32, u32, String), usize>,
    functions: Vec<Function>,
}

/// Builds one IR function.
struct FnBuilder {
    func: usize,
    scope: usize,
    slots: Vec<SlotInfo>,
    locals: HashMap<String, Slot>,
    consts: Vec<Const>,
    names: Vec<String>,
    blocks: Vec<Block>,
    cur: Vec<Instr>,
    cur_id: BlockId,
    /// (continue target, break target, iterator to drop on break).
    loops: Vec<(BlockId, BlockId, Option<Slot>)>,
    /// A function body (names can be local), not the module body.
    in_function: bool,
}

impl FnBuilder {
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
            in_function,
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
    }

    fn switch_to(&mut self, b: BlockId) {
        self.cur_id = b;
    }

    fn constant(&mut self, c: Const, r: TextRange) -> Slot {
        let id = match self.consts.iter().position(|x| *x == c) {
            Some(i) => i,
            None => {
                self.consts.push(c);
                self.consts.len() - 1
            }
        };
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
    fn scope_kind_of(&self, b: &FnBuilder, name: &str) -> Option<NameScope> {
        if !b.in_function {
            return None;
        }
        self.table.scopes[b.scope].scope_of(name)
    }

    fn store_name(&mut self, b: &mut FnBuilder, name: &str, src: Slot, r: TextRange) -> R<()> {
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
                return unsupported("a variable captured by an inner function", r);
            }
        }
        Ok(())
    }

    fn load_name(&mut self, b: &mut FnBuilder, name: &str, r: TextRange) -> R<Slot> {
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
                return unsupported("a variable captured by an inner function", r);
            }
        }
        Ok(dst)
    }

    fn body(&mut self, b: &mut FnBuilder, body: &[ast::Stmt]) -> R<()> {
        body.iter().try_for_each(|s| self.stmt(b, s))
    }

    fn stmt(&mut self, b: &mut FnBuilder, s: &ast::Stmt) -> R<()> {
        let r = s.range;
        match &s.kind {
            StmtKind::Expr { value } => {
                let t = self.expr(b, value)?;
                b.emit(Op::Drop { slot: t }, value.range);
            }
            StmtKind::Pass | StmtKind::Global { .. } => {}
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
                b.loops.push((head, end, None));
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
                    iter.range,
                );
                b.switch_to(body_b);
                self.assign(b, target, item)?;
                b.loops.push((head, end, Some(iter_slot)));
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
                let Some(&(_, end, iter)) = b.loops.last() else {
                    return Err(LowerError {
                        msg: "'break' outside loop".into(),
                        range: r,
                    });
                };
                if let Some(it) = iter {
                    b.emit(Op::Drop { slot: it }, r);
                }
                b.finish(Terminator::Jump(end), r);
                let dead = b.new_block();
                b.switch_to(dead);
            }
            StmtKind::Continue => {
                let Some(&(head, _, _)) = b.loops.last() else {
                    return Err(LowerError {
                        msg: "'continue' not properly in loop".into(),
                        range: r,
                    });
                };
                b.finish(Terminator::Jump(head), r);
                let dead = b.new_block();
                b.switch_to(dead);
            }
            StmtKind::Return { value } => {
                if !b.in_function {
                    return Err(LowerError {
                        msg: "'return' outside function".into(),
                        range: r,
                    });
                }
                let v = match value {
                    Some(v) => self.expr(b, v)?,
                    None => b.constant(Const::None, r),
                };
                b.finish(Terminator::Return(v), r);
                let dead = b.new_block();
                b.switch_to(dead);
            }
            StmtKind::Raise { exc, cause } => {
                let e = exc.as_ref().map(|e| self.expr(b, e)).transpose()?;
                let c = cause.as_ref().map(|e| self.expr(b, e)).transpose()?;
                b.finish(Terminator::Raise { exc: e, cause: c }, r);
                let dead = b.new_block();
                b.switch_to(dead);
            }
            StmtKind::FunctionDef(f) if !f.is_async && f.decorator_list.is_empty() => {
                let t = self.function(
                    b,
                    &f.name.id,
                    f.name.range,
                    &f.args,
                    FunctionKind::Function,
                    FnBody::Stmts(&f.body),
                    r,
                )?;
                self.store_name(b, &f.name.id, t, r)?;
            }
            StmtKind::FunctionDef(_) => return unsupported("async or decorated functions", r),
            StmtKind::ClassDef(_) => return unsupported("class definitions", r),
            StmtKind::Delete { .. } => return unsupported("del", r),
            StmtKind::AnnAssign { .. } => return unsupported("annotated assignment", r),
            StmtKind::For { .. } => return unsupported("async for", r),
            StmtKind::With { .. } => return unsupported("with statements", r),
            StmtKind::Match { .. } => return unsupported("match statements", r),
            StmtKind::Try { .. } => return unsupported("try statements", r),
            StmtKind::Assert { .. } => return unsupported("assert", r),
            StmtKind::Import { .. } | StmtKind::ImportFrom { .. } => {
                return unsupported("import", r);
            }
            StmtKind::Nonlocal { .. } => return unsupported("nonlocal", r),
        }
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
                let name = b.name(&attr.id);
                b.emit(Op::SetAttr { obj, name, src }, target.range);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                if let Some(s) = elts
                    .iter()
                    .find(|x| matches!(x.kind, ExprKind::Starred { .. }))
                {
                    return unsupported("starred assignment targets", s.range);
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
            _ => unsupported("assignment to this target", target.range),
        }
    }

    /// Evaluates `e` and its truth as a `Bool` temporary.
    fn condition(&mut self, b: &mut FnBuilder, e: &ast::Expr) -> R<Slot> {
        let v = self.expr(b, e)?;
        let c = b.bool_temp();
        b.emit(Op::Truthy { dst: c, src: v }, e.range);
        Ok(c)
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
        r: TextRange,
    ) -> R<Slot> {
        if args.vararg.is_some() || args.kwarg.is_some() || !args.kwonlyargs.is_empty() {
            return unsupported("*args, **kwargs and keyword-only parameters", r);
        }
        let scope_name = if kind == FunctionKind::Lambda {
            "lambda"
        } else {
            name
        };
        let Some(&scope) =
            self.scopes
                .get(&(scope_range.start, scope_range.end, scope_name.to_owned()))
        else {
            return unsupported("this function", r);
        };
        if self.table.scopes[scope].kind != ScopeKind::Function {
            return unsupported("this function", r);
        }
        // Defaults are evaluated in the enclosing scope, at definition.
        let mut defaults = Vec::new();
        for d in &args.defaults {
            defaults.push(self.expr(b, d)?);
        }
        let func = self.functions.len();
        self.functions.push(empty_function());
        let mut fb = FnBuilder::new(func, scope, true);
        let params: Vec<&ast::Arg> = args.posonlyargs.iter().chain(&args.args).collect();
        for p in &params {
            let s = fb.slot(SlotKind::Local, Some(p.arg.id.clone()));
            fb.locals.insert(p.arg.id.clone(), s);
        }
        let table_scope = &self.table.scopes[scope];
        for (n, _) in &table_scope.symbols {
            if table_scope.scope_of(n) == Some(NameScope::Local) && !fb.locals.contains_key(n) {
                let s = fb.slot(SlotKind::Local, Some(n.clone()));
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
        let qualname = match self.functions[b.func].kind {
            FunctionKind::Module => name.to_owned(),
            _ => format!("{}.<locals>.{name}", self.functions[b.func].qualname),
        };
        let f = Function {
            name: name.to_owned(),
            qualname,
            kind,
            params: Params {
                posonly: args.posonlyargs.len() as u32,
                positional: args.args.len() as u32,
                ..Params::default()
            },
            line: 0,
            is_generator: self.table.scopes[scope].is_generator,
            is_coroutine: self.table.scopes[scope].is_coroutine,
            ..empty_function()
        };
        if f.is_generator {
            return unsupported("generators", r);
        }
        // The qualname of nested functions needs this function's own, so
        // store the header before its body is placed.
        self.functions[func] = fb.into_function(f);
        let dst = b.temp();
        b.emit(
            Op::MakeFunction {
                dst,
                func: FuncId(func as u32),
                defaults,
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
            ExprKind::Subscript { value, slice, .. } => {
                let obj = self.expr(b, value)?;
                let key = self.expr(b, slice)?;
                let dst = b.temp();
                b.emit(Op::GetItem { dst, obj, key }, r);
                dst
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.expr(b, value)?;
                let name = b.name(&attr.id);
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
                r,
            )?,
            ExprKind::JoinedStr { values } => self.joined_str(b, values, r)?,
            _ => return unsupported("this expression", r),
        })
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
mod tests {
    use super::*;

    fn lower(src: &str) -> R<Module> {
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
    fn unsupported_constructs_are_named() {
        let err = lower("class C: pass\n").unwrap_err();
        assert_eq!(err.msg, "class definitions is not supported yet");
        assert_eq!(
            lower("return 1\n").unwrap_err().msg,
            "'return' outside function"
        );
    }
}
