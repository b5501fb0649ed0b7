//! Scope resolution: CPython's symbol table, computed from the AST.
//!
//! [`build`] walks a module's AST the way CPython's `symtable.c` does and
//! returns a [`SymbolTable`]: one [`Scope`] per module, class, function,
//! lambda and comprehension, in pre-order, each with its names and their
//! flags. Flags and scopes use CPython's bit layout (`DEF_*` flags in the
//! low bits, the resolved scope — local, global, free, cell — from bit
//! [`SCOPE_OFF`]), so the result can be compared with CPython's `symtable`
//! module name for name (`scripts/compare_symtable.py` does, over the whole
//! standard library).
//!
//! Two passes, as in CPython:
//!
//! 1. *Collect*: every binding and use adds `DEF_*`/`USE` flags to its
//!    scope; `global`/`nonlocal`, parameters, imports and assignment
//!    expressions in comprehensions follow CPython's rules, including its
//!    SyntaxErrors (`name 'x' is used prior to global declaration` and the
//!    like). Names in a class body and its methods are mangled (`__x` →
//!    `_C__x`).
//! 2. *Analyze*: each name gets its scope — LOCAL, GLOBAL_EXPLICIT,
//!    GLOBAL_IMPLICIT, FREE or CELL — by passing the bound names of
//!    enclosing functions down and free names of children up; class bodies
//!    are transparent to nested functions, and `super`/`__class__` give the
//!    class an implicit `__class__` cell.

use crate::ast::*;
use crate::error::SyntaxError;
use std::collections::{HashMap, HashSet};

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE: u32 = 32;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
/// The resolved scope is stored in the flags from this bit on.
pub const SCOPE_OFF: u32 = 11;
pub const SCOPE_MASK: u32 = 15;

/// Where a name lives once resolved (CPython's numbering).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// `def`, `lambda` and comprehensions (CPython's FunctionBlock).
    Function,
    /// The extra scope `from __future__ import annotations` gives
    /// annotations (CPython's AnnotationBlock).
    Annotation,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comprehension {
    List,
    Set,
    Dict,
    Generator,
}

pub type ScopeId = usize;

/// One scope and its names.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top`, the def/class name, `lambda`, `listcomp`, `setcomp`,
    /// `dictcomp`, `genexpr` or `_annotation`, as CPython names them.
    pub name: String,
    /// Range of the node that opens the scope (the name of a def/class).
    pub range: TextRange,
    /// Names with their flags, in first-seen order.
    pub symbols: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    pub children: Vec<ScopeId>,
    /// Inside a function (so free names may refer to enclosing functions).
    pub nested: bool,
    pub comprehension: Option<Comprehension>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A class whose methods use `super` or `__class__`.
    pub needs_class_closure: bool,
    /// Parameter names in order.
    pub varnames: Vec<String>,
    /// The class whose name mangles private names (`__x`) used here: the
    /// class itself for a class body, the enclosing class for its methods.
    pub private: Option<String>,
    /// Where each `global`/`nonlocal` (explicit or implied by `:=`) is.
    directives: HashMap<String, TextRange>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, range: TextRange, nested: bool) -> Self {
        Scope {
            kind,
            name: name.to_owned(),
            range,
            symbols: Vec::new(),
            index: HashMap::new(),
            children: Vec::new(),
            nested,
            comprehension: None,
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            varnames: Vec::new(),
            private: None,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The flags of `name` (0 if absent).
    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    /// The resolved scope of `name`, if it is in this scope's table.
    /// `name` as this scope stores it: CPython's private name mangling
    /// (`__x` in class `_C` becomes `_C__x`).
    pub fn mangle<'a>(&self, name: &'a str) -> std::borrow::Cow<'a, str> {
        match mangle(self.private.as_deref(), name) {
            Some(m) => std::borrow::Cow::Owned(m),
            None => std::borrow::Cow::Borrowed(name),
        }
    }

    pub fn scope_of(&self, name: &str) -> Option<NameScope> {
        let i = *self.index.get(name)?;
        Some(match (self.symbols[i].1 >> SCOPE_OFF) & SCOPE_MASK {
            1 => NameScope::Local,
            2 => NameScope::GlobalExplicit,
            3 => NameScope::GlobalImplicit,
            4 => NameScope::Free,
            _ => NameScope::Cell,
        })
    }

    fn set(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 = flags,
            None => {
                self.index.insert(name.to_owned(), self.symbols.len());
                self.symbols.push((name.to_owned(), flags));
            }
        }
    }
}

/// The scopes of a module, in pre-order (index 0 is the module).
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
}

/// Builds and analyzes the symbol table of a module parsed from `source`.
pub fn build(module: &Module, source: &str) -> Result<SymbolTable, SyntaxError> {
    let future_annotations = future_features(module, source)?;
    let mut b = Builder {
        scopes: vec![Scope::new(
            ScopeKind::Module,
            "top",
            TextRange::default(),
            false,
        )],
        stack: vec![0],
        private: None,
        future_annotations,
    };
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = SymbolTable { scopes: b.scopes };
    analyze(&mut table)?;
    Ok(table)
}

/// Checks the `from __future__` imports as CPython's `future.c` does and
/// says whether `annotations` is among them.
fn future_features(module: &Module, source: &str) -> Result<bool, SyntaxError> {
    const KNOWN: &[&str] = &[
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let mut annotations = false;
    let mut done = false;
    let lines = crate::LineIndex::new(source);
    let mut prev_line = 0;
    for (i, s) in module.body.iter().enumerate() {
        // Late future imports on a later line are the compiler's to report;
        // here only those after other statements on the same line.
        let line = lines.line(s.range.start as usize);
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        match &s.kind {
            StmtKind::Expr { value }
                if i == 0
                    && matches!(
                        value.kind,
                        ExprKind::Constant {
                            value: Constant::Str(_),
                            ..
                        }
                    ) => {}
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m.id == "__future__" => {
                if done {
                    return Err(SyntaxError::new(
                        "from __future__ imports must occur at the beginning of the file",
                        s.range,
                    ));
                }
                for a in names {
                    let feature = a.name.id.as_str();
                    if feature == "braces" {
                        return Err(SyntaxError::new("not a chance", s.range));
                    }
                    if !KNOWN.contains(&feature) {
                        return Err(SyntaxError::new(
                            format!("future feature {feature} is not defined"),
                            s.range,
                        ));
                    }
                    annotations |= feature == "annotations";
                }
            }
            _ => done = true,
        }
    }
    Ok(annotations)
}

struct Builder {
    scopes: Vec<Scope>,
    /// The scopes being visited, innermost last.
    stack: Vec<ScopeId>,
    /// The innermost enclosing class name, for mangling.
    private: Option<String>,
    future_annotations: bool,
}

type R = Result<(), SyntaxError>;

/// CPython's private name mangling: `__x` in class `_C` becomes `_C__x`.
fn mangle(private: Option<&str>, name: &str) -> Option<String> {
    let class = private?;
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{stripped}{name}"))
}

impl Builder {
    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("scope stack is never empty")
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name).unwrap_or_else(|| name.to_owned())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> ScopeId {
        let parent = self.cur();
        let nested = self.scopes[parent].nested || self.scopes[parent].kind == ScopeKind::Function;
        let id = self.scopes.len();
        let mut scope = Scope::new(kind, name, range, nested);
        scope.private = self.private.clone();
        self.scopes.push(scope);
        // Annotation scopes are not children (nor analyzed), as in CPython.
        if kind != ScopeKind::Annotation {
            self.scopes[parent].children.push(id);
        }
        self.stack.push(id);
        id
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> R {
        let id = self.cur();
        self.add_def_in(id, name, flag, range)
    }

    /// CPython's `symtable_add_def_helper`.
    fn add_def_in(&mut self, id: ScopeId, name: &str, mut flag: u32, range: TextRange) -> R {
        let mangled = self.mangled(name);
        let scope = &mut self.scopes[id];
        let mut val = scope.flags(&mangled);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return Err(SyntaxError::new(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        if scope.comp_iter_target {
            if (val | flag) & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(SyntaxError::new(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    range,
                ));
            }
            flag |= DEF_COMP_ITER;
        }
        val |= flag;
        scope.set(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.scopes[0];
            let g = module.flags(&mangled) | flag;
            module.set(&mangled, g);
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        self.scopes[self.cur()].flags(&self.mangled(name))
    }

    fn body(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn opt(&mut self, e: &Option<Box<Expr>>) -> R {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    fn annotation(&mut self, e: &Expr) -> R {
        if self.future_annotations {
            self.enter(ScopeKind::Annotation, "_annotation", e.range);
            self.expr(e)?;
            self.exit();
            Ok(())
        } else {
            self.expr(e)
        }
    }

    fn arg_annotations(&mut self, a: &Arguments) -> R {
        let args = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .chain(a.vararg.as_ref())
            .chain(&a.kwonlyargs)
            .chain(a.kwarg.as_ref());
        for arg in args {
            if let Some(ann) = &arg.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) -> R {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg.id, DEF_PARAM, arg.range)?;
        }
        if let Some(arg) = &a.vararg {
            self.add_def(&arg.arg.id, DEF_PARAM, arg.range)?;
        }
        if let Some(arg) = &a.kwarg {
            self.add_def(&arg.arg.id, DEF_PARAM, arg.range)?;
        }
        Ok(())
    }

    fn defaults(&mut self, a: &Arguments) -> R {
        self.exprs(&a.defaults)?;
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name.id, DEF_LOCAL, s.range)?;
                self.defaults(&f.args)?;
                // Annotations are evaluated in the enclosing scope (or in
                // one annotation scope per function with the future import).
                if self.future_annotations {
                    self.enter(ScopeKind::Annotation, "_annotation", f.name.range);
                    self.arg_annotations(&f.args)?;
                    self.exit();
                } else {
                    self.arg_annotations(&f.args)?;
                }
                if let Some(r) = &f.returns {
                    self.annotation(r)?;
                }
                self.exprs(&f.decorator_list)?;
                let id = self.enter(ScopeKind::Function, &f.name.id, f.name.range);
                if f.is_async {
                    self.scopes[id].is_coroutine = true;
                }
                self.params(&f.args)?;
                self.body(&f.body)?;
                self.exit();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name.id, DEF_LOCAL, s.range)?;
                self.exprs(&c.bases)?;
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(&c.decorator_list)?;
                let saved = self.private.replace(c.name.id.clone());
                self.enter(ScopeKind::Class, &c.name.id, c.name.range);
                self.body(&c.body)?;
                self.private = saved;
                self.exit();
            }
            StmtKind::Return { value } => self.opt(value)?,
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && *simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(SyntaxError::new(
                            format!("annotated name '{id}' can't be {what}"),
                            s.range,
                        ));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.range)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.range)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                self.opt(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    self.opt(&item.optional_vars)?;
                }
                self.body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    self.opt(&c.guard)?;
                    self.body(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc)?;
                self.opt(cause)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.body(body)?;
                self.body(orelse)?;
                for h in handlers {
                    self.opt(&h.type_)?;
                    if let Some(n) = &h.name {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                    self.body(&h.body)?;
                }
                self.body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg)?;
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                let dotted = matches!(s.kind, StmtKind::Import { .. });
                for a in names {
                    let store = match &a.asname {
                        Some(n) => n.id.as_str(),
                        None if dotted => a.name.id.split('.').next().unwrap_or(""),
                        None => a.name.id.as_str(),
                    };
                    if store == "*" {
                        if self.scopes[self.cur()].kind != ScopeKind::Module {
                            return Err(SyntaxError::new(
                                "import * only allowed at module level",
                                s.range,
                            ));
                        }
                    } else {
                        self.add_def(store, DEF_IMPORT, a.range)?;
                    }
                }
            }
            StmtKind::Global { names } => self.declare(names, DEF_GLOBAL, "global", s.range)?,
            StmtKind::Nonlocal { names } => {
                self.declare(names, DEF_NONLOCAL, "nonlocal", s.range)?
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn declare(&mut self, names: &[Identifier], flag: u32, what: &str, range: TextRange) -> R {
        for n in names {
            let cur = self.lookup(&n.id);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let name = &n.id;
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(SyntaxError::new(msg, range));
            }
            self.add_def(&n.id, flag, range)?;
            let mangled = self.mangled(&n.id);
            self.cur_scope().directives.entry(mangled).or_insert(range);
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|x| self.pattern(x))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|x| self.pattern(x))?;
                if let Some(r) = rest {
                    self.add_def(&r.id, DEF_LOCAL, r.range)?;
                }
                Ok(())
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns.iter().try_for_each(|x| self.pattern(x))?;
                kwd_patterns.iter().try_for_each(|x| self.pattern(x))
            }
            PatternKind::MatchStar { name } => match name {
                Some(n) => self.add_def(&n.id, DEF_LOCAL, n.range),
                None => Ok(()),
            },
            PatternKind::MatchAs { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p)?;
                }
                match name {
                    Some(n) => self.add_def(&n.id, DEF_LOCAL, n.range),
                    None => Ok(()),
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => self.named_expr(e, target, value)?,
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.enter(ScopeKind::Function, "lambda", e.range);
                self.params(args)?;
                self.expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } => self.exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                e,
                "genexpr",
                Comprehension::Generator,
                generators,
                elt,
                None,
            )?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", Comprehension::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", Comprehension::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "dictcomp",
                Comprehension::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Yield { value } => {
                self.opt(value)?;
                self.yield_in(e)?;
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                self.yield_in(e)?;
            }
            ExprKind::Await { value } => self.expr(value)?,
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt(format_spec)?;
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower)?;
                self.opt(upper)?;
                self.opt(step)?;
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, e.range)?;
                // `super()` needs the class cell.
                if *ctx == ExprContext::Load
                    && self.scopes[self.cur()].kind == ScopeKind::Function
                    && id == "super"
                {
                    self.add_def("__class__", USE, e.range)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
        }
        Ok(())
    }

    fn yield_in(&mut self, e: &Expr) -> R {
        let id = self.cur();
        if let Some(kind) = self.scopes[id].comprehension {
            let what = match kind {
                Comprehension::List => "list comprehension",
                Comprehension::Set => "set comprehension",
                Comprehension::Dict => "dict comprehension",
                Comprehension::Generator => "generator expression",
            };
            return Err(SyntaxError::new(format!("'yield' inside {what}"), e.range));
        }
        self.scopes[id].is_generator = true;
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: Comprehension,
        generators: &[crate::ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let outermost = &generators[0];
        // The outermost iterable is evaluated in the enclosing scope.
        let cur = self.cur();
        self.scopes[cur].comp_iter_expr += 1;
        self.expr(&outermost.iter)?;
        self.scopes[cur].comp_iter_expr -= 1;
        let id = self.enter(ScopeKind::Function, name, e.range);
        self.scopes[id].comprehension = Some(kind);
        if outermost.is_async {
            self.scopes[id].is_coroutine = true;
        }
        // It arrives as the implicit parameter `.0`.
        self.add_def(".0", DEF_PARAM, e.range)?;
        self.scopes[id].comp_iter_target = true;
        self.expr(&outermost.target)?;
        self.scopes[id].comp_iter_target = false;
        self.exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.scopes[id].comp_iter_target = true;
            self.expr(&g.target)?;
            self.scopes[id].comp_iter_target = false;
            self.scopes[id].comp_iter_expr += 1;
            self.expr(&g.iter)?;
            self.scopes[id].comp_iter_expr -= 1;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.scopes[id].is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        let is_generator = kind == Comprehension::Generator;
        self.scopes[id].is_generator = is_generator;
        let is_async = self.scopes[id].is_coroutine && !is_generator;
        self.exit();
        if is_async {
            self.cur_scope().is_coroutine = true;
        }
        Ok(())
    }

    /// An assignment expression: inside a comprehension it binds in the
    /// nearest enclosing function or module scope.
    fn named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> R {
        let cur = self.cur();
        if self.scopes[cur].comp_iter_expr > 0 {
            return Err(SyntaxError::new(
                "assignment expression cannot be used in a comprehension iterable expression",
                e.range,
            ));
        }
        if self.scopes[cur].comprehension.is_some()
            && let ExprKind::Name { id, .. } = &target.kind
        {
            self.extend_named_expr_scope(id, target.range)?;
        }
        self.expr(value)?;
        self.expr(target)
    }

    fn extend_named_expr_scope(&mut self, name: &str, range: TextRange) -> R {
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags(name) & DEF_COMP_ITER != 0 {
                    return Err(SyntaxError::new(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        range,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags(name) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, range)?;
                    self.cur_scope()
                        .directives
                        .entry(name.to_owned())
                        .or_insert(range);
                    return self.add_def_in(id, name, DEF_LOCAL, range);
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL, range)?;
                    self.cur_scope()
                        .directives
                        .entry(name.to_owned())
                        .or_insert(range);
                    return self.add_def_in(id, name, DEF_GLOBAL, range);
                }
                ScopeKind::Class => {
                    return Err(SyntaxError::new(
                        "assignment expression within a comprehension cannot be used in a class body",
                        range,
                    ));
                }
                ScopeKind::Annotation => {}
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------- analysis

type Names = HashSet<String>;

fn analyze(table: &mut SymbolTable) -> Result<(), SyntaxError> {
    let mut free = Names::new();
    let mut global = Names::new();
    analyze_block(table, 0, None, &mut free, &mut global)
}

/// CPython's `analyze_block`: resolves the names of scope `id` given the
/// names bound in enclosing functions (`bound`, `None` at module level) and
/// the known globals; adds the scope's free names to `free`.
fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&mut Names>,
    free: &mut Names,
    global: &mut Names,
) -> Result<(), SyntaxError> {
    let mut local = Names::new();
    let mut scopes: HashMap<String, NameScope> = HashMap::new();
    let mut new_global = Names::new();
    let mut new_free = Names::new();
    let mut new_bound = Names::new();
    let kind = table.scopes[id].kind;
    let mut bound = bound;

    if kind == ScopeKind::Class {
        new_global.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().cloned());
        }
    }
    let symbols = table.scopes[id].symbols.clone();
    for (name, flags) in &symbols {
        analyze_name(
            &mut table.scopes[id],
            &mut scopes,
            name,
            *flags,
            bound.as_deref_mut(),
            &mut local,
            free,
            global,
        )?;
    }
    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(b) = bound.as_deref() {
            new_bound.extend(b.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    } else {
        new_bound.insert("__class__".to_owned());
    }

    let mut all_free = Names::new();
    for child in table.scopes[id].children.clone() {
        let mut child_bound = new_bound.clone();
        let mut child_free = new_free.clone();
        let mut child_global = new_global.clone();
        analyze_block(
            table,
            child,
            Some(&mut child_bound),
            &mut child_free,
            &mut child_global,
        )?;
        all_free.extend(child_free);
    }
    new_free.extend(all_free);
    match kind {
        ScopeKind::Function => {
            // Locals that children use freely become cells.
            for (name, sc) in scopes.iter_mut() {
                if *sc == NameScope::Local && new_free.remove(name) {
                    *sc = NameScope::Cell;
                }
            }
        }
        ScopeKind::Class if new_free.remove("__class__") => {
            table.scopes[id].needs_class_closure = true;
        }
        _ => {}
    }
    update_symbols(
        &mut table.scopes[id],
        &scopes,
        bound.as_deref(),
        &new_free,
        kind == ScopeKind::Class,
    );
    free.extend(new_free);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scope: &mut Scope,
    scopes: &mut HashMap<String, NameScope>,
    name: &str,
    flags: u32,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> Result<(), SyntaxError> {
    let at = scope.directives.get(name).copied().unwrap_or(scope.range);
    let err = |msg: String| Err(SyntaxError::new(msg, at));
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return err(format!("name '{name}' is nonlocal and global"));
        }
        scopes.insert(name.to_owned(), NameScope::GlobalExplicit);
        global.insert(name.to_owned());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return err("nonlocal declaration not allowed at module level".to_owned());
        };
        if !b.contains(name) {
            return err(format!("no binding for nonlocal '{name}' found"));
        }
        scopes.insert(name.to_owned(), NameScope::Free);
        free.insert(name.to_owned());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.to_owned(), NameScope::Local);
        local.insert(name.to_owned());
        global.remove(name);
        return Ok(());
    }
    if bound.as_ref().is_some_and(|b| b.contains(name)) {
        scopes.insert(name.to_owned(), NameScope::Free);
        free.insert(name.to_owned());
        return Ok(());
    }
    scopes.insert(name.to_owned(), NameScope::GlobalImplicit);
    Ok(())
}

fn update_symbols(
    scope: &mut Scope,
    scopes: &HashMap<String, NameScope>,
    bound: Option<&Names>,
    free: &Names,
    class: bool,
) {
    for (name, flags) in scope.symbols.iter_mut() {
        let sc = scopes[name.as_str()] as u32;
        *flags |= sc << SCOPE_OFF;
    }
    let mut names: Vec<&String> = free.iter().collect();
    names.sort();
    for name in names {
        let flags = scope.flags(name);
        if scope.index.contains_key(name.as_str()) {
            if class && flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                scope.set(name, flags | DEF_FREE_CLASS);
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name.as_str())) {
            continue;
        }
        scope.set(name, (NameScope::Free as u32) << SCOPE_OFF);
    }
}

/// The table in the text form `scripts/compare_symtable.py` prints for
/// CPython's: one line per scope (`type name line nested`), then one per
/// name (`name flags`), names sorted, scopes in pre-order and indented.
pub fn dump(table: &SymbolTable, source: &str) -> String {
    let index = crate::LineIndex::new(source);
    let mut out = String::new();
    dump_scope(table, 0, 0, &index, &mut out);
    out
}

fn dump_scope(
    table: &SymbolTable,
    id: ScopeId,
    depth: usize,
    index: &crate::LineIndex,
    out: &mut String,
) {
    use std::fmt::Write as _;
    let s = &table.scopes[id];
    let kind = match s.kind {
        ScopeKind::Function | ScopeKind::Annotation => 0,
        ScopeKind::Class => 1,
        ScopeKind::Module => 2,
    };
    let line = if id == 0 {
        0
    } else {
        index.line(s.range.start as usize)
    };
    let pad = "    ".repeat(depth);
    let _ = writeln!(out, "{pad}{kind} {} {line} {}", s.name, u8::from(s.nested));
    let mut names: Vec<&(String, u32)> = s.symbols.iter().collect();
    names.sort();
    for (name, flags) in names {
        let _ = writeln!(out, "{pad}  {name} {flags}");
    }
    for &c in &s.children {
        dump_scope(table, c, depth + 1, index, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(src: &str) -> SymbolTable {
        build(&crate::parse_module(src).unwrap(), src).unwrap()
    }

    fn scope_named<'t>(t: &'t SymbolTable, name: &str) -> &'t Scope {
        t.scopes.iter().find(|s| s.name == name).unwrap()
    }

    #[test]
    fn locals_globals_cells_and_frees() {
        let t = table(
            "import os\nx = 1\ndef f(a):\n    y = a\n    def g():\n        return y + z + x\n    return g\n",
        );
        let top = &t.scopes[0];
        assert_eq!(top.scope_of("os"), Some(NameScope::Local));
        let f = scope_named(&t, "f");
        assert_eq!(f.scope_of("y"), Some(NameScope::Cell));
        assert_eq!(f.scope_of("a"), Some(NameScope::Local));
        let g = scope_named(&t, "g");
        assert_eq!(g.scope_of("y"), Some(NameScope::Free));
        assert_eq!(g.scope_of("z"), Some(NameScope::GlobalImplicit));
        assert_eq!(g.scope_of("x"), Some(NameScope::GlobalImplicit));
    }

    #[test]
    fn class_scopes_and_super() {
        let t = table("class C:\n    v = 1\n    def m(self):\n        return super().m() + v\n");
        let m = scope_named(&t, "m");
        assert_eq!(m.scope_of("__class__"), Some(NameScope::Free));
        assert_eq!(m.scope_of("v"), Some(NameScope::GlobalImplicit));
        assert!(scope_named(&t, "C").needs_class_closure);
    }

    #[test]
    fn mangling_in_classes() {
        let t = table("class _C:\n    __x = 1\n    def m(self):\n        return self.__x + __y\n");
        assert_eq!(scope_named(&t, "_C").flags("_C__x") & DEF_LOCAL, DEF_LOCAL);
        assert!(scope_named(&t, "m").flags("_C__y") & USE != 0);
    }

    #[test]
    fn comprehensions_and_walrus() {
        let t = table("def f(b):\n    return [y := i for i in b]\n");
        let f = scope_named(&t, "f");
        assert_eq!(f.scope_of("y"), Some(NameScope::Cell));
        let lc = scope_named(&t, "listcomp");
        assert_eq!(lc.flags("i") & DEF_COMP_ITER, DEF_COMP_ITER);
        assert_eq!(lc.scope_of("y"), Some(NameScope::Free));
        assert_eq!(lc.flags(".0") & DEF_PARAM, DEF_PARAM);
    }

    #[test]
    fn scope_errors() {
        let err = |src: &str| {
            build(&crate::parse_module(src).unwrap(), src)
                .unwrap_err()
                .msg
        };
        assert_eq!(
            err("def f():\n    x = 1\n    global x\n"),
            "name 'x' is assigned to before global declaration"
        );
        assert_eq!(
            err("def f():\n    print(x)\n    global x\n"),
            "name 'x' is used prior to global declaration"
        );
        assert_eq!(
            err("nonlocal x\n"),
            "nonlocal declaration not allowed at module level"
        );
        assert_eq!(
            err("def f():\n    nonlocal x\n"),
            "no binding for nonlocal 'x' found"
        );
        assert_eq!(
            err("def f(a, a): pass\n"),
            "duplicate argument 'a' in function definition"
        );
        assert_eq!(
            err("def f():\n    from m import *\n"),
            "import * only allowed at module level"
        );
        assert_eq!(
            err("[(yield) for x in y]\n"),
            "'yield' inside list comprehension"
        );
        assert_eq!(err("from __future__ import braces\n"), "not a chance");
        assert_eq!(
            err("import x; from __future__ import annotations\n"),
            "from __future__ imports must occur at the beginning of the file"
        );
        let late = "import x\nfrom __future__ import annotations\n";
        assert!(build(&crate::parse_module(late).unwrap(), late).is_ok());
        assert_eq!(
            err("from __future__ import nope\n"),
            "future feature nope is not defined"
        );
    }
}
