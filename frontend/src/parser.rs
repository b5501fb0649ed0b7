//! The parser: pest over the layout text, then the AST builder.
//!
//! [`parse_module`] runs the layout pass, the pest grammar (`python.pest`)
//! and then walks the pest pairs to build the [`crate::ast`]. The builder is
//! where the grammar's deliberately loose spots are made exact:
//!
//! - binary, boolean, comparison and unary operators arrive as one flat
//!   sequence and are folded by precedence (`fold_operators`);
//! - assignment targets arrive as expressions and are checked and given
//!   `Store`/`Del` context by `to_target`, with CPython's messages;
//! - parameter lists, call arguments, dict/set displays and patterns are
//!   checked for CPython's ordering rules;
//! - string literals are decoded, f-strings split into their fields (each
//!   field's expression parsed with the same grammar), and adjacent
//!   literals joined.
//!
//! Every span is mapped from the layout text back to the source text, and
//! every node's range is the one CPython 3.11 gives it (its first token to
//! its last, so a decorated definition starts at `def`/`class` and an
//! operator node includes the parentheses of a parenthesised operand, which
//! itself keeps its inner range; f-string parts follow CPython's own rules,
//! see `FieldColumns` and `strings_range`). `scripts/compare_stdlib.py
//! --positions` checks them over the standard library.

use crate::ast::*;
use crate::error::SyntaxError;
use crate::layout::{self, Layout, tok};
use crate::literals;
use crate::pystr::PyStr;
use pest::Parser as _;
use pest::iterators::{Pair, Pairs};
use std::iter::Peekable;

#[derive(pest_derive::Parser)]
#[grammar = "python.pest"]
struct PythonGrammar;

/// How deep the AST may nest; CPython gives up at about the same depth
/// ("maximum recursion depth exceeded during ast construction").
const MAX_DEPTH: usize = 2900;

type PResult<T> = Result<T, SyntaxError>;

/// Parses decoded source text as a module.
pub fn parse_module(source: &str) -> PResult<Module> {
    let layout = layout::layout(source)?;
    with_stack_for(&layout, || parse_layout(source, &layout))
}

/// Stack bytes one level of nesting may take: the pest rules of one bracket
/// level and the builder frames for it, with room to spare. Measured: about
/// 4 KiB per bracket level in release builds and 14 KiB in debug builds;
/// the `deep_nesting` test checks the figure.
const STACK_PER_LEVEL: usize = if cfg!(debug_assertions) {
    24 * 1024
} else {
    8 * 1024
};

/// Nesting beyond this many `lambda`/`else` tokens in one statement is
/// refused rather than given a stack of gigabytes.
const MAX_NESTING: usize = 20_000;

/// Runs `f`, on a fresh stack segment when the current thread has less
/// stack left than the worst case of `layout` needs. pest's parser and the
/// builder recurse once per nesting level, and the layout pass bounds the
/// levels, so this is what keeps any input from overflowing the stack.
fn with_stack_for<T>(layout: &Layout, f: impl FnOnce() -> PResult<T>) -> PResult<T> {
    if layout.nesting > MAX_NESTING {
        return Err(SyntaxError::new(
            "too many nested expressions",
            TextRange::new(0, 0),
        ));
    }
    let needed = (layout.nesting + 32) * STACK_PER_LEVEL;
    stacker::maybe_grow(needed, needed + (1 << 20), f)
}

fn parse_layout(source: &str, layout: &Layout) -> PResult<Module> {
    let mut builder = Builder {
        source,
        layout,
        base: 0,
        depth: 0,
        fstring_depth: 0,
        strings_range: TextRange::default(),
        token_start: 0,
        token_shift: 0,
        field_columns: None,
    };
    let mut pairs = PythonGrammar::parse(Rule::file, &layout.text).map_err(|e| {
        let err = crate::diagnose::parse_failure(source, layout, e);
        builder.literal_error_before(err)
    })?;
    let file = pairs.next().expect("file rule");
    let mut body = Vec::new();
    for p in file.into_inner() {
        if p.as_rule() != Rule::EOI {
            builder.statement(p, &mut body)?;
        }
    }
    Ok(Module { body })
}

struct Builder<'s> {
    /// The whole source text (string contents are read from here).
    source: &'s str,
    layout: &'s Layout,
    /// Source offset of layout offset 0 (non-zero for f-string fields).
    base: usize,
    depth: usize,
    fstring_depth: usize,
    /// The range of the adjacent string literals being built: CPython 3.11
    /// gives it to the `FormattedValue`s of an f-string and to most of its
    /// `Constant` parts.
    strings_range: TextRange,
    /// The true start of the string token being built, and how far left of
    /// it CPython reports it (non-zero only inside f-string fields, see
    /// [`FieldColumns`]).
    token_start: usize,
    token_shift: usize,
    /// Set when building an f-string field's expression.
    field_columns: Option<FieldColumns>,
}

/// CPython 3.11 parses an f-string field's expression with a tokenizer of
/// its own over `(expr)` and shifts the columns of the tokens that *end* on
/// the field's first line by the column of the `{`. A string token that
/// starts on that line but ends on a later one is not shifted: its
/// `col_offset` is counted from the `{`. And when the f-string token itself
/// is reported left of its true column, so are the tokens on the first line
/// of its fields. krait reproduces those columns by moving the range start
/// (and end) left within the same line.
#[derive(Clone, Copy)]
struct FieldColumns {
    /// Source offset of the end of the field's first line.
    first_line_end: usize,
    /// How far left the tokens that end on the first line are reported.
    shift: usize,
    /// The column of the `{`: how far left a multi-line string token that
    /// starts on the first line is reported.
    multiline_shift: usize,
}

impl<'s> Builder<'s> {
    // ------------------------------------------------------------ spans

    fn pos(&self, token: usize) -> usize {
        self.base + self.layout.start(token)
    }

    /// Source range of the tokens `start..end` of the token text, as
    /// CPython reports it (see [`FieldColumns`]).
    #[inline]
    fn span_range(&self, start: usize, end: usize) -> TextRange {
        let r = self.text_range(start, end);
        match &self.field_columns {
            None => r,
            Some(q) => self.field_range(q, start, r),
        }
    }

    /// `span_range` inside an f-string field: the true range `r` of the
    /// tokens starting at `start`, moved as CPython reports it.
    #[cold]
    #[inline(never)]
    fn field_range(&self, q: &FieldColumns, start: usize, r: TextRange) -> TextRange {
        let (mut s, mut e) = (r.start as usize, r.end as usize);
        let first_end = match self.layout.text.len() > start {
            true => self.base + self.layout.end(start),
            false => s,
        };
        if first_end <= q.first_line_end {
            s -= q.shift;
        } else if s < q.first_line_end {
            s -= q.multiline_shift;
        }
        if e <= q.first_line_end {
            e -= q.shift;
        }
        TextRange::new(s, e.max(s))
    }

    /// The true source range of the tokens `start..end`, for reading them.
    #[inline]
    fn text_range(&self, start: usize, end: usize) -> TextRange {
        let (s, e) = self.layout.range(start, end);
        TextRange::new(self.base + s, self.base + e)
    }

    #[inline]
    fn range(&self, p: &Pair<'_, Rule>) -> TextRange {
        let span = p.as_span();
        self.span_range(span.start(), span.end())
    }

    /// The source text of a pair (a name or a number) and its range.
    #[inline]
    fn text_and_range(&self, p: &Pair<'_, Rule>) -> (&'s str, TextRange) {
        let span = p.as_span();
        let r = self.text_range(span.start(), span.end());
        let text = &self.source[r.start as usize..r.end as usize];
        match &self.field_columns {
            None => (text, r),
            Some(q) => (text, self.field_range(q, span.start(), r)),
        }
    }

    /// The source text of a pair (a name or a number).
    fn text(&self, p: &Pair<'_, Rule>) -> &'s str {
        let span = p.as_span();
        let r = self.text_range(span.start(), span.end());
        &self.source[r.start as usize..r.end as usize]
    }

    fn err<T>(&self, msg: impl Into<String>, range: TextRange) -> PResult<T> {
        Err(SyntaxError::new(msg, range))
    }

    fn enter(&mut self, range: TextRange) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err(
                "too many nested expressions (maximum recursion depth exceeded during ast construction)",
                range,
            );
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn ident(&self, p: &Pair<'_, Rule>) -> Identifier {
        let (text, range) = self.text_and_range(p);
        Identifier {
            id: normalize_identifier(text),
            range,
        }
    }

    // ------------------------------------------------------- statements

    fn statement(&mut self, p: Pair<'_, Rule>, out: &mut Vec<Stmt>) -> PResult<()> {
        let range = self.range(&p);
        match p.as_rule() {
            Rule::simple_stmts => {
                for s in p.into_inner() {
                    if s.as_rule() != Rule::semicolon {
                        out.push(self.simple_stmt(s)?);
                    }
                }
                Ok(())
            }
            _ => {
                self.enter(range)?;
                let s = self.compound_stmt(p)?;
                self.leave();
                out.push(s);
                Ok(())
            }
        }
    }

    fn block(&mut self, p: Pair<'_, Rule>) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        for s in p.into_inner() {
            self.statement(s, &mut body)?;
        }
        Ok(body)
    }

    fn simple_stmt(&mut self, p: Pair<'_, Rule>) -> PResult<Stmt> {
        let range = self.range(&p);
        let kind = match p.as_rule() {
            Rule::expr_stmt => return self.expr_stmt(p),
            Rule::pass_stmt => StmtKind::Pass,
            Rule::break_stmt => StmtKind::Break,
            Rule::continue_stmt => StmtKind::Continue,
            Rule::return_stmt => {
                let value = match p.into_inner().next() {
                    Some(e) => Some(Box::new(self.star_expressions(e)?)),
                    None => None,
                };
                StmtKind::Return { value }
            }
            Rule::raise_stmt => {
                let mut it = p.into_inner();
                let exc = it.next().map(|e| self.expr(e)).transpose()?.map(Box::new);
                let cause = it.next().map(|e| self.expr(e)).transpose()?.map(Box::new);
                StmtKind::Raise { exc, cause }
            }
            Rule::global_stmt => StmtKind::Global {
                names: p.into_inner().map(|n| self.ident(&n)).collect(),
            },
            Rule::nonlocal_stmt => StmtKind::Nonlocal {
                names: p.into_inner().map(|n| self.ident(&n)).collect(),
            },
            Rule::del_stmt => {
                let list = p.into_inner().next().expect("del targets");
                let (items, _) = self.target_items(list)?;
                let mut targets = Vec::with_capacity(items.len());
                for t in items {
                    targets.push(self.to_target(t, ExprContext::Del, TargetKind::Del)?);
                }
                StmtKind::Delete { targets }
            }
            Rule::assert_stmt => {
                let mut it = p.into_inner();
                let test = Box::new(self.expr(it.next().expect("assert test"))?);
                let msg = it.next().map(|e| self.expr(e)).transpose()?.map(Box::new);
                StmtKind::Assert { test, msg }
            }
            Rule::import_name => {
                let mut names = Vec::new();
                for a in p.into_inner() {
                    let arange = self.range(&a);
                    let mut it = a.into_inner();
                    let dotted = it.next().expect("dotted name");
                    let name = self.dotted_name(dotted);
                    let asname = it.next().map(|n| self.ident(&n));
                    names.push(Alias {
                        name,
                        asname,
                        range: arange,
                    });
                }
                StmtKind::Import { names }
            }
            Rule::import_from => {
                let mut level = 0;
                let mut module = None;
                let mut names = Vec::new();
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::import_dots | Rule::import_dots_some => {
                            level = c
                                .as_str()
                                .bytes()
                                .map(|b| if b == b'.' { 1 } else { 3 })
                                .sum();
                        }
                        Rule::dotted_name => module = Some(self.dotted_name(c)),
                        Rule::import_targets => {
                            for t in c.into_inner() {
                                let trange = self.range(&t);
                                if t.as_rule() == Rule::import_star {
                                    names.push(Alias {
                                        name: Identifier {
                                            id: "*".into(),
                                            range: trange,
                                        },
                                        asname: None,
                                        range: trange,
                                    });
                                    continue;
                                }
                                let mut it = t.into_inner();
                                let name = self.ident(&it.next().expect("import name"));
                                let asname = it.next().map(|n| self.ident(&n));
                                names.push(Alias {
                                    name,
                                    asname,
                                    range: trange,
                                });
                            }
                        }
                        _ => {}
                    }
                }
                StmtKind::ImportFrom {
                    module,
                    names,
                    level,
                }
            }
            r => unreachable!("simple statement rule {r:?}"),
        };
        Ok(Stmt { kind, range })
    }

    fn dotted_name(&self, p: Pair<'_, Rule>) -> Identifier {
        let range = self.range(&p);
        let mut id = String::new();
        for (i, n) in p.into_inner().enumerate() {
            if i > 0 {
                id.push('.');
            }
            id.push_str(&normalize_identifier(self.text(&n)));
        }
        Identifier { id, range }
    }

    fn rhs(&mut self, p: Pair<'_, Rule>) -> PResult<Expr> {
        match p.as_rule() {
            Rule::yield_expr => self.yield_expr(p),
            _ => self.star_expressions(p),
        }
    }

    fn expr_stmt(&mut self, p: Pair<'_, Rule>) -> PResult<Stmt> {
        let range = self.range(&p);
        let mut it = p.into_inner();
        let first = it.next().expect("expression");
        let first_is_bare_yield = first.as_rule() == Rule::yield_expr;
        let first = self.rhs(first)?;
        let Some(tail) = it.next() else {
            return Ok(Stmt {
                kind: StmtKind::Expr {
                    value: Box::new(first),
                },
                range,
            });
        };
        let kind = match tail.as_rule() {
            Rule::annotation_tail => {
                let simple =
                    matches!(first.kind, ExprKind::Name { .. }) && !self.parenthesized(&first);
                let what = match &first.kind {
                    ExprKind::Name { .. }
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. } => None,
                    ExprKind::Tuple { .. } => {
                        Some("only single target (not tuple) can be annotated")
                    }
                    ExprKind::List { .. } => Some("only single target (not list) can be annotated"),
                    _ => Some("illegal target for annotation"),
                };
                if let Some(msg) = what {
                    return self.err(msg, first.range);
                }
                let target = self.to_target(first, ExprContext::Store, TargetKind::Assign)?;
                let mut tt = tail.into_inner();
                let annotation = Box::new(self.expr(tt.next().expect("annotation"))?);
                let value = tt.next().map(|v| self.rhs(v)).transpose()?.map(Box::new);
                StmtKind::AnnAssign {
                    target: Box::new(target),
                    annotation,
                    value,
                    simple,
                }
            }
            Rule::augassign_tail => {
                let name = match &first.kind {
                    ExprKind::Name { .. }
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. } => None,
                    _ => Some(expr_name(&first)),
                };
                if let Some(name) = name {
                    return self.err(
                        format!("'{name}' is an illegal expression for augmented assignment"),
                        first.range,
                    );
                }
                let target = self.to_target(first, ExprContext::Store, TargetKind::Assign)?;
                let mut tt = tail.into_inner();
                let op_pair = tt.next().expect("augassign op");
                let op = match self.text(&op_pair) {
                    "+=" => Operator::Add,
                    "-=" => Operator::Sub,
                    "*=" => Operator::Mult,
                    "@=" => Operator::MatMult,
                    "/=" => Operator::Div,
                    "%=" => Operator::Mod,
                    "&=" => Operator::BitAnd,
                    "|=" => Operator::BitOr,
                    "^=" => Operator::BitXor,
                    "<<=" => Operator::LShift,
                    ">>=" => Operator::RShift,
                    "**=" => Operator::Pow,
                    _ => Operator::FloorDiv,
                };
                let value = Box::new(self.rhs(tt.next().expect("augassign value"))?);
                StmtKind::AugAssign {
                    target: Box::new(target),
                    op,
                    value,
                }
            }
            _ => {
                // One or more `= value` tails: all but the last are targets.
                let mut exprs = vec![(first, first_is_bare_yield)];
                for t in std::iter::once(tail).chain(it) {
                    let v = t.into_inner().next().expect("assigned value");
                    let bare_yield = v.as_rule() == Rule::yield_expr;
                    exprs.push((self.rhs(v)?, bare_yield));
                }
                let (value, _) = exprs.pop().expect("value");
                let mut targets = Vec::with_capacity(exprs.len());
                for (t, bare_yield) in exprs {
                    if bare_yield {
                        return self.err("assignment to yield expression not possible", t.range);
                    }
                    if let Some(bad) = invalid_target(&t, false) {
                        return Err(self.assignment_error(&t, bad));
                    }
                    targets.push(self.to_target(t, ExprContext::Store, TargetKind::Assign)?);
                }
                StmtKind::Assign {
                    targets,
                    value: Box::new(value),
                }
            }
        };
        Ok(Stmt { kind, range })
    }

    /// CPython's message for an assignment whose target `t` holds the
    /// invalid node `bad`: "here. Maybe you meant '==' ..." is added when
    /// `bad` is what stands right before the `=` and is an atom-like
    /// expression (CPython's `invalid_named_expression`), not a list, tuple,
    /// generator expression or `None`/`True`/`False`.
    fn assignment_error(&self, t: &Expr, bad: &Expr) -> SyntaxError {
        let last = match &t.kind {
            ExprKind::Tuple { elts, .. } if !self.parenthesized(t) => elts.last().unwrap_or(t),
            _ => t,
        };
        let atom_like = match &bad.kind {
            ExprKind::Lambda { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not, ..
            } => self.parenthesized(bad),
            ExprKind::GeneratorExp { .. }
            | ExprKind::Starred { .. }
            | ExprKind::Constant {
                value: Constant::None | Constant::Bool(_),
                ..
            } => false,
            _ => true,
        };
        let name = expr_name(bad);
        let msg = if std::ptr::eq(last, bad) && atom_like {
            format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
        } else {
            format!("cannot assign to {name}")
        };
        SyntaxError::new(msg, bad.range)
    }

    /// Whether an expression was written in parentheses (its range keeps
    /// the inner text, so look at the source around it).
    fn parenthesized(&self, e: &Expr) -> bool {
        let src = self.source.as_bytes();
        let before = src[..e.range.start as usize]
            .iter()
            .rev()
            .find(|b| !b.is_ascii_whitespace() && **b != b'\\');
        let after = src[e.range.end as usize..]
            .iter()
            .find(|b| !b.is_ascii_whitespace() && **b != b'\\');
        before == Some(&b'(') && after == Some(&b')')
    }

    fn compound_stmt(&mut self, p: Pair<'_, Rule>) -> PResult<Stmt> {
        let mut range = self.range(&p);
        let rule = p.as_rule();
        let kind = match rule {
            Rule::if_stmt => self.if_stmt(p.into_inner())?,
            Rule::while_stmt => {
                let mut it = p.into_inner();
                let test = Box::new(self.expr(it.next().expect("test"))?);
                let body = self.block(it.next().expect("body"))?;
                let orelse = match it.next() {
                    Some(e) => self.block(e.into_inner().next().expect("else block"))?,
                    None => Vec::new(),
                };
                StmtKind::While { test, body, orelse }
            }
            Rule::for_stmt => {
                let mut it = p.into_inner().peekable();
                let is_async = it.next_if(|c| c.as_rule() == Rule::kw_async).is_some();
                let target = self.target_list(it.next().expect("target"), TargetKind::For)?;
                let iter = Box::new(self.star_expressions(it.next().expect("iter"))?);
                let body = self.block(it.next().expect("body"))?;
                let orelse = match it.next() {
                    Some(e) => self.block(e.into_inner().next().expect("else block"))?,
                    None => Vec::new(),
                };
                StmtKind::For {
                    is_async,
                    target: Box::new(target),
                    iter,
                    body,
                    orelse,
                }
            }
            Rule::with_stmt => {
                let mut items = Vec::new();
                let mut is_async = false;
                let mut body = Vec::new();
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::kw_async => is_async = true,
                        Rule::with_item => {
                            let mut it = c.into_inner();
                            let context_expr = self.expr(it.next().expect("context"))?;
                            let optional_vars = match it.next() {
                                Some(t) => Some(Box::new(self.star_target(t, TargetKind::For)?)),
                                None => None,
                            };
                            items.push(WithItem {
                                context_expr,
                                optional_vars,
                            });
                        }
                        Rule::block => body = self.block(c)?,
                        _ => {}
                    }
                }
                StmtKind::With {
                    is_async,
                    items,
                    body,
                }
            }
            Rule::try_stmt => {
                let mut it = p.into_inner();
                let body = self.block(it.next().expect("try body"))?;
                let mut handlers = Vec::new();
                let mut orelse = Vec::new();
                let mut finalbody = Vec::new();
                let mut is_star = false;
                for c in it {
                    match c.as_rule() {
                        Rule::except_clause | Rule::except_star_clause => {
                            is_star = c.as_rule() == Rule::except_star_clause;
                            let hrange = self.range(&c);
                            let mut type_ = None;
                            let mut name = None;
                            let mut hbody = Vec::new();
                            for h in c.into_inner() {
                                match h.as_rule() {
                                    Rule::NAME => name = Some(self.ident(&h)),
                                    Rule::block => hbody = self.block(h)?,
                                    _ => type_ = Some(Box::new(self.expr(h)?)),
                                }
                            }
                            handlers.push(ExceptHandler {
                                type_,
                                name,
                                body: hbody,
                                range: hrange,
                            });
                        }
                        Rule::else_clause => {
                            orelse = self.block(c.into_inner().next().expect("else block"))?
                        }
                        Rule::finally_clause => {
                            finalbody = self.block(c.into_inner().next().expect("finally"))?
                        }
                        _ => {}
                    }
                }
                StmtKind::Try {
                    is_star,
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }
            }
            Rule::function_def => self.function_def(p, Vec::new())?,
            Rule::class_def => self.class_def(p, Vec::new())?,
            Rule::decorated => {
                let mut decorators = Vec::new();
                let mut kind = None;
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::decorator => {
                            let e = c.into_inner().next().expect("decorator expression");
                            decorators.push(self.expr(e)?);
                        }
                        // A decorated definition starts at `def`/`class`.
                        Rule::function_def => {
                            range = self.range(&c);
                            kind = Some(self.function_def(c, std::mem::take(&mut decorators))?)
                        }
                        _ => {
                            range = self.range(&c);
                            kind = Some(self.class_def(c, std::mem::take(&mut decorators))?)
                        }
                    }
                }
                kind.expect("decorated definition")
            }
            Rule::match_stmt => self.match_stmt(p)?,
            r => unreachable!("compound statement rule {r:?}"),
        };
        Ok(Stmt { kind, range })
    }

    fn if_stmt(&mut self, mut it: Pairs<'_, Rule>) -> PResult<StmtKind> {
        let test = Box::new(self.expr(it.next().expect("if test"))?);
        let body = self.block(it.next().expect("if body"))?;
        let rest: Vec<Pair<'_, Rule>> = it.collect();
        // Fold `elif` clauses from the end so each becomes a nested If.
        let mut orelse = Vec::new();
        for clause in rest.into_iter().rev() {
            match clause.as_rule() {
                Rule::else_clause => {
                    orelse = self.block(clause.into_inner().next().expect("else block"))?;
                }
                _ => {
                    let start = self.pos(clause.as_span().start());
                    let mut cit = clause.into_inner();
                    let etest = Box::new(self.expr(cit.next().expect("elif test"))?);
                    let ebody = self.block(cit.next().expect("elif body"))?;
                    let end = orelse
                        .last()
                        .or(ebody.last())
                        .map_or(etest.range.end, |s: &Stmt| s.range.end);
                    orelse = vec![Stmt {
                        kind: StmtKind::If {
                            test: etest,
                            body: ebody,
                            orelse,
                        },
                        range: TextRange::new(start, end as usize),
                    }];
                }
            }
        }
        Ok(StmtKind::If { test, body, orelse })
    }

    fn function_def(&mut self, p: Pair<'_, Rule>, decorator_list: Vec<Expr>) -> PResult<StmtKind> {
        let mut is_async = false;
        let mut name = None;
        let mut args = Arguments::default();
        let mut returns = None;
        let mut body = Vec::new();
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::kw_async => is_async = true,
                Rule::NAME => name = Some(self.ident(&c)),
                Rule::params => args = self.params(c)?,
                Rule::returns => {
                    returns = Some(Box::new(
                        self.expr(c.into_inner().next().expect("return annotation"))?,
                    ))
                }
                Rule::block => body = self.block(c)?,
                _ => {}
            }
        }
        Ok(StmtKind::FunctionDef(FunctionDef {
            is_async,
            name: name.expect("function name"),
            args: Box::new(args),
            body,
            decorator_list,
            returns,
        }))
    }

    fn class_def(&mut self, p: Pair<'_, Rule>, decorator_list: Vec<Expr>) -> PResult<StmtKind> {
        let mut name = None;
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        let mut body = Vec::new();
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::NAME => name = Some(self.ident(&c)),
                Rule::class_args => {
                    if let Some(a) = c.into_inner().next() {
                        let (b, k) = self.arguments(a, true)?;
                        bases = b;
                        keywords = k;
                    }
                }
                Rule::block => body = self.block(c)?,
                _ => {}
            }
        }
        Ok(StmtKind::ClassDef(ClassDef {
            name: name.expect("class name"),
            bases,
            keywords,
            body,
            decorator_list,
        }))
    }

    /// Parameters of `def` and `lambda`, with CPython's ordering rules.
    fn params(&mut self, p: Pair<'_, Rule>) -> PResult<Arguments> {
        let lambda = p.as_rule() == Rule::lparams;
        let mut a = Arguments::default();
        // Positional parameters before `/` are collected in `args` first.
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut seen_kwargs = false;
        let mut seen_default = false;
        let mut bare_star: Option<TextRange> = None;
        for item in p.into_inner() {
            let irange = self.range(&item);
            if seen_kwargs {
                return self.err("arguments cannot follow var-keyword argument", irange);
            }
            match item.as_rule() {
                Rule::param_slash => {
                    if seen_slash {
                        return self.err("/ may appear only once", irange);
                    }
                    if seen_star {
                        return self.err("/ must be ahead of *", irange);
                    }
                    if a.args.is_empty() {
                        // CPython 3.11 has no better message for `(/)`.
                        return self.err("invalid syntax", irange);
                    }
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut a.args);
                }
                Rule::param_plain | Rule::lparam_plain => {
                    let (arg, default) = self.param(item)?;
                    if seen_star {
                        bare_star = None;
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None if seen_default => {
                                return self.err(
                                    "non-default argument follows default argument",
                                    arg.range,
                                );
                            }
                            None => {}
                        }
                        a.args.push(arg);
                    }
                }
                Rule::param_star | Rule::lparam_star => {
                    if seen_star {
                        return self.err("* argument may appear only once", irange);
                    }
                    seen_star = true;
                    let has_name = item.clone().into_inner().any(|c| c.as_rule() == Rule::NAME);
                    let (arg, default) = if has_name {
                        let (arg, d) = self.param(item)?;
                        (Some(arg), d)
                    } else {
                        let d = match item.into_inner().next() {
                            Some(d) => Some(self.expr(d.into_inner().next().expect("default"))?),
                            None => None,
                        };
                        (None, d)
                    };
                    if let Some(d) = default {
                        let msg = if arg.is_some() {
                            "var-positional argument cannot have default value"
                        } else {
                            "invalid syntax"
                        };
                        return self.err(msg, self.equals_before(d.range));
                    }
                    match arg {
                        Some(arg) => a.vararg = Some(arg),
                        None => bare_star = Some(irange),
                    }
                }
                Rule::param_kwargs | Rule::lparam_kwargs => {
                    if let Some(r) = bare_star {
                        return self.err("named arguments must follow bare *", r);
                    }
                    let (arg, default) = self.param(item)?;
                    if let Some(d) = default {
                        return self.err(
                            "var-keyword argument cannot have default value",
                            self.equals_before(d.range),
                        );
                    }
                    seen_kwargs = true;
                    a.kwarg = Some(arg);
                }
                r => unreachable!("parameter rule {r:?}"),
            }
        }
        if let Some(r) = bare_star {
            // For a lambda CPython points after the `*`.
            let r = if lambda {
                TextRange::new(r.end as usize, r.end as usize + 1)
            } else {
                r
            };
            return self.err("named arguments must follow bare *", r);
        }
        Ok(a)
    }

    /// The `=` before a default value, where CPython reports a misplaced
    /// default.
    fn equals_before(&self, value: TextRange) -> TextRange {
        let at = self.source.as_bytes()[..value.start as usize]
            .iter()
            .rposition(|&b| b == b'=')
            .unwrap_or(value.start as usize);
        TextRange::new(at, at + 1)
    }

    fn param(&mut self, p: Pair<'_, Rule>) -> PResult<(Arg, Option<Expr>)> {
        let mut arg = None;
        let mut default = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::NAME => {
                    let name = self.ident(&c);
                    arg = Some(Arg {
                        range: name.range,
                        arg: name,
                        annotation: None,
                    });
                }
                Rule::param_annotation | Rule::star_annotation => {
                    // `*args: T` starts at the name, not at `*`, and ends
                    // with the annotation's last token (a `)` included).
                    let crange = self.range(&c);
                    let e = c.into_inner().next().expect("annotation");
                    let ann = self.expr(e)?;
                    let a = arg.as_mut().expect("annotated parameter");
                    a.range = join(a.range, crange);
                    a.annotation = Some(Box::new(ann));
                }
                Rule::param_default => {
                    default = Some(self.expr(c.into_inner().next().expect("default"))?);
                }
                _ => {}
            }
        }
        Ok((arg.expect("parameter name"), default))
    }

    fn match_stmt(&mut self, p: Pair<'_, Rule>) -> PResult<StmtKind> {
        let mut it = p.into_inner();
        let subject_pair = it.next().expect("subject");
        let subject_range = self.range(&subject_pair);
        let mut parts = Vec::new();
        let mut comma = false;
        for c in subject_pair.into_inner() {
            if c.as_rule() == Rule::match_comma {
                comma = true;
            } else {
                parts.push(self.expr(c)?);
            }
        }
        let subject = if parts.len() == 1 && !comma {
            let e = parts.pop().expect("subject");
            if matches!(e.kind, ExprKind::Starred { .. }) {
                return self.err("cannot use starred expression here", e.range);
            }
            e
        } else {
            Expr {
                kind: ExprKind::Tuple {
                    elts: parts,
                    ctx: ExprContext::Load,
                },
                range: subject_range,
            }
        };
        let mut cases = Vec::new();
        for c in it {
            let mut ct = c.into_inner();
            let pattern = self.patterns(ct.next().expect("patterns"))?;
            let mut guard = None;
            let mut body = Vec::new();
            for x in ct {
                match x.as_rule() {
                    Rule::guard => {
                        guard = Some(Box::new(self.expr(x.into_inner().next().expect("guard"))?))
                    }
                    _ => body = self.block(x)?,
                }
            }
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
        }
        Ok(StmtKind::Match {
            subject: Box::new(subject),
            cases,
        })
    }

    // ---------------------------------------------------------- patterns

    fn patterns(&mut self, p: Pair<'_, Rule>) -> PResult<Pattern> {
        let range = self.range(&p);
        let (mut items, comma) = self.pattern_items(p)?;
        if items.len() == 1 && !comma && !matches!(items[0].kind, PatternKind::MatchStar { .. }) {
            return Ok(items.pop().expect("pattern"));
        }
        Ok(Pattern {
            kind: PatternKind::MatchSequence { patterns: items },
            range,
        })
    }

    fn pattern_items(&mut self, p: Pair<'_, Rule>) -> PResult<(Vec<Pattern>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        for c in p.into_inner() {
            if c.as_rule() == Rule::pattern_comma {
                comma = true;
            } else {
                items.push(self.pattern(c)?);
            }
        }
        Ok((items, comma))
    }

    fn pattern(&mut self, p: Pair<'_, Rule>) -> PResult<Pattern> {
        let range = self.range(&p);
        self.enter(range)?;
        let result = self.pattern_inner(p, range);
        self.leave();
        result
    }

    fn pattern_inner(&mut self, p: Pair<'_, Rule>, range: TextRange) -> PResult<Pattern> {
        let kind = match p.as_rule() {
            Rule::pattern => {
                let mut it = p.into_inner();
                let or = self.pattern(it.next().expect("or pattern"))?;
                match it.next() {
                    None => return Ok(or),
                    Some(n) => {
                        let name = self.ident(&n);
                        if name.id == "_" {
                            return self.err("cannot use '_' as a target", name.range);
                        }
                        PatternKind::MatchAs {
                            pattern: Some(Box::new(or)),
                            name: Some(name),
                        }
                    }
                }
            }
            Rule::or_pattern => {
                let mut alts = Vec::new();
                for c in p.into_inner() {
                    alts.push(self.pattern(c)?);
                }
                if alts.len() == 1 {
                    return Ok(alts.pop().expect("pattern"));
                }
                PatternKind::MatchOr { patterns: alts }
            }
            Rule::star_pattern => {
                let n = p.into_inner().next().expect("star name");
                let name = self.ident(&n);
                PatternKind::MatchStar {
                    name: (name.id != "_").then_some(name),
                }
            }
            Rule::literal_pattern => {
                let c = p.into_inner().next().expect("literal");
                match c.as_rule() {
                    Rule::kw_None_p => PatternKind::MatchSingleton {
                        value: Constant::None,
                    },
                    Rule::kw_True_p => PatternKind::MatchSingleton {
                        value: Constant::Bool(true),
                    },
                    Rule::kw_False_p => PatternKind::MatchSingleton {
                        value: Constant::Bool(false),
                    },
                    _ => PatternKind::MatchValue {
                        value: Box::new(self.literal_expr(c)?),
                    },
                }
            }
            Rule::name_pattern => {
                let mut it = p.into_inner().peekable();
                let first = it.next().expect("name");
                let mut value = self.name_expr(&first);
                let mut dotted = false;
                let mut args = None;
                for c in it {
                    match c.as_rule() {
                        Rule::NAME => {
                            dotted = true;
                            let attr = self.ident(&c);
                            let r = join(value.range, attr.range);
                            value = Expr {
                                kind: ExprKind::Attribute {
                                    value: Box::new(value),
                                    attr,
                                    ctx: ExprContext::Load,
                                },
                                range: r,
                            };
                        }
                        _ => args = Some(c),
                    }
                }
                if let Some(args) = args {
                    return self.class_pattern(value, args, range);
                }
                if dotted {
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    }
                } else {
                    let name = self.ident(&first);
                    PatternKind::MatchAs {
                        pattern: None,
                        name: (name.id != "_").then_some(name),
                    }
                }
            }
            Rule::group_or_seq_pattern => {
                let (mut items, comma) = self.pattern_items(p)?;
                if items.len() == 1
                    && !comma
                    && !matches!(items[0].kind, PatternKind::MatchStar { .. })
                {
                    // A parenthesised pattern keeps its inner range.
                    return Ok(items.pop().expect("pattern"));
                }
                PatternKind::MatchSequence { patterns: items }
            }
            Rule::list_pattern => {
                let (items, _) = self.pattern_items(p)?;
                PatternKind::MatchSequence { patterns: items }
            }
            Rule::mapping_pattern => {
                let mut keys = Vec::new();
                let mut patterns = Vec::new();
                let mut rest = None;
                for c in p.into_inner() {
                    let crange = self.range(&c);
                    if rest.is_some() {
                        return self.err("invalid syntax", crange);
                    }
                    match c.as_rule() {
                        Rule::mapping_rest => {
                            rest = Some(self.ident(&c.into_inner().next().expect("rest")));
                        }
                        _ => {
                            let mut kv = c.into_inner();
                            let k = kv.next().expect("key");
                            let key = match k.as_rule() {
                                Rule::kw_None_p => self.constant_expr(Constant::None, &k),
                                Rule::kw_True_p => self.constant_expr(Constant::Bool(true), &k),
                                Rule::kw_False_p => self.constant_expr(Constant::Bool(false), &k),
                                Rule::attr_key => {
                                    let mut names = k.into_inner();
                                    let mut e = self.name_expr(&names.next().expect("name"));
                                    for n in names {
                                        let attr = self.ident(&n);
                                        let r = join(e.range, attr.range);
                                        e = Expr {
                                            kind: ExprKind::Attribute {
                                                value: Box::new(e),
                                                attr,
                                                ctx: ExprContext::Load,
                                            },
                                            range: r,
                                        };
                                    }
                                    e
                                }
                                _ => self.literal_expr(k)?,
                            };
                            keys.push(key);
                            patterns.push(self.pattern(kv.next().expect("value pattern"))?);
                        }
                    }
                }
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest,
                }
            }
            r => unreachable!("pattern rule {r:?}"),
        };
        Ok(Pattern { kind, range })
    }

    fn class_pattern(
        &mut self,
        cls: Expr,
        args: Pair<'_, Rule>,
        range: TextRange,
    ) -> PResult<Pattern> {
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        for a in args.into_inner() {
            let arange = self.range(&a);
            if a.as_rule() == Rule::keyword_pattern {
                let mut it = a.into_inner();
                kwd_attrs.push(self.ident(&it.next().expect("keyword")));
                kwd_patterns.push(self.pattern(it.next().expect("keyword pattern"))?);
            } else {
                if !kwd_attrs.is_empty() {
                    return self.err("positional patterns follow keyword patterns", arange);
                }
                patterns.push(self.pattern(a)?);
            }
        }
        Ok(Pattern {
            kind: PatternKind::MatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            range,
        })
    }

    /// A literal in a pattern: number, signed number, complex or strings.
    fn literal_expr(&mut self, p: Pair<'_, Rule>) -> PResult<Expr> {
        let range = self.range(&p);
        match p.as_rule() {
            Rule::strings => {
                let e = self.strings(p)?;
                if matches!(e.kind, ExprKind::JoinedStr { .. }) {
                    return self.err(
                        "patterns may only match literals and attribute lookups",
                        range,
                    );
                }
                Ok(e)
            }
            Rule::signed_number => {
                let mut it = p.into_inner();
                let first = it.next().expect("number");
                if first.as_rule() == Rule::neg_sign {
                    let n = self.number(&it.next().expect("number"))?;
                    Ok(Expr {
                        kind: ExprKind::UnaryOp {
                            op: UnaryOp::USub,
                            operand: Box::new(n),
                        },
                        range,
                    })
                } else {
                    self.number(&first)
                }
            }
            Rule::complex_number => {
                let mut it = p.into_inner();
                let real = self.literal_expr(it.next().expect("real part"))?;
                if is_imaginary(&real) {
                    return self.err("real number required in complex literal", real.range);
                }
                let sign = it.next().expect("sign");
                let op = if sign.as_rule() == Rule::plus_sign {
                    Operator::Add
                } else {
                    Operator::Sub
                };
                let imag = self.number(&it.next().expect("imaginary part"))?;
                if !is_imaginary(&imag) {
                    return self.err("imaginary number required in complex literal", imag.range);
                }
                Ok(Expr {
                    kind: ExprKind::BinOp {
                        left: Box::new(real),
                        op,
                        right: Box::new(imag),
                    },
                    range,
                })
            }
            r => unreachable!("literal rule {r:?}"),
        }
    }

    // ------------------------------------------------------- expressions

    /// Any expression-producing rule.
    fn expr(&mut self, p: Pair<'_, Rule>) -> PResult<Expr> {
        let range = self.range(&p);
        self.enter(range)?;
        let result = self.expr_inner(p, range);
        self.leave();
        result
    }

    fn expr_inner(&mut self, p: Pair<'_, Rule>, range: TextRange) -> PResult<Expr> {
        let kind = match p.as_rule() {
            Rule::conditional => {
                let mut it = p.into_inner().peekable();
                let body = self.fold_sequence(&mut it, PREC_OR)?;
                let Some(test) = it.next() else {
                    return Ok(body);
                };
                let test = self.expr(test)?;
                let orelse = self.expr(it.next().expect("orelse"))?;
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                }
            }
            Rule::disjunction => return self.fold_operators(p, PREC_OR),
            Rule::bitwise_or => return self.fold_operators(p, PREC_BITOR),
            Rule::starred | Rule::starred_arg => {
                let value = self.expr(p.into_inner().next().expect("starred value"))?;
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                }
            }
            Rule::walrus => {
                let mut it = p.into_inner();
                let target = self.name_expr(&it.next().expect("walrus target"));
                let value = self.expr(it.next().expect("walrus value"))?;
                ExprKind::NamedExpr {
                    target: Box::new(Expr {
                        kind: ExprKind::Name {
                            id: match target.kind {
                                ExprKind::Name { id, .. } => id,
                                _ => unreachable!("walrus target is a name"),
                            },
                            ctx: ExprContext::Store,
                        },
                        range: target.range,
                    }),
                    value: Box::new(value),
                }
            }
            Rule::lambdef => {
                let mut args = Arguments::default();
                let mut body = None;
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::lparams => args = self.params(c)?,
                        _ => body = Some(self.expr(c)?),
                    }
                }
                ExprKind::Lambda {
                    args: Box::new(args),
                    body: Box::new(body.expect("lambda body")),
                }
            }
            Rule::yield_expr => return self.yield_expr(p),
            Rule::star_expressions => return self.star_expressions(p),
            r => unreachable!("expression rule {r:?}"),
        };
        Ok(Expr { kind, range })
    }

    fn yield_expr(&mut self, p: Pair<'_, Rule>) -> PResult<Expr> {
        let range = self.range(&p);
        let kind = match p.into_inner().next() {
            None => ExprKind::Yield { value: None },
            Some(v) if v.as_rule() == Rule::yield_from => ExprKind::YieldFrom {
                value: Box::new(self.expr(v.into_inner().next().expect("yield from value"))?),
            },
            Some(v) => ExprKind::Yield {
                value: Some(Box::new(self.star_expressions(v)?)),
            },
        };
        Ok(Expr { kind, range })
    }

    /// `a`, `a,`, `a, *b`: a tuple when there is a comma.
    fn star_expressions(&mut self, p: Pair<'_, Rule>) -> PResult<Expr> {
        let span = p.as_span();
        let mut inner = p.into_inner();
        let first = inner.next().expect("expression");
        let first_end = first.as_span().end();
        let first = self.expr(first)?;
        let mut items = match inner.next() {
            // A lone expression, unless a trailing comma makes it a tuple.
            None if !self.layout.text.as_bytes()[first_end..span.end()].contains(&b',') => {
                return Ok(first);
            }
            None => vec![first],
            Some(second) => vec![first, self.expr(second)?],
        };
        for c in inner {
            items.push(self.expr(c)?);
        }
        let range = self.span_range(span.start(), span.end());
        Ok(Expr {
            kind: ExprKind::Tuple {
                elts: items,
                ctx: ExprContext::Load,
            },
            range,
        })
    }

    /// Folds the flat operator sequence of `disjunction`/`bitwise_or` by
    /// Python's precedence. `min` is the loosest operator allowed.
    fn fold_operators(&mut self, p: Pair<'_, Rule>, min: u8) -> PResult<Expr> {
        let mut it = p.into_inner().peekable();
        self.fold_sequence(&mut it, min)
    }

    /// Folds operands and operators from `it` up to the first pair that is
    /// neither (the `if` part of a conditional expression).
    fn fold_sequence<'i>(&mut self, it: &mut Peekable<Pairs<'i, Rule>>, min: u8) -> PResult<Expr> {
        // The common case, a lone operand, needs no folding.
        let first_is_operand = it
            .peek()
            .is_some_and(|c| !matches!(c.as_rule(), Rule::prefix_op | Rule::infix_op));
        if first_is_operand {
            let (e, outer) = self.operand(it)?;
            if it.peek().is_none_or(|c| c.as_rule() != Rule::infix_op) {
                return Ok(e);
            }
            return self.fold_items(vec![Item::Operand(e, outer)], it, min);
        }
        self.fold_items(Vec::new(), it, min)
    }

    fn fold_items<'i>(
        &mut self,
        mut items: Vec<Item>,
        it: &mut Peekable<Pairs<'i, Rule>>,
        min: u8,
    ) -> PResult<Expr> {
        while let Some(c) = it.peek() {
            let item = match c.as_rule() {
                Rule::prefix_op => {
                    let c = it.next().expect("peeked");
                    let op = match c.as_str().as_bytes()[0] {
                        tok::ADD => UnaryOp::UAdd,
                        tok::SUB => UnaryOp::USub,
                        b'~' => UnaryOp::Invert,
                        _ => UnaryOp::Not,
                    };
                    Item::Prefix(op, self.range(&c))
                }
                Rule::infix_op => {
                    let c = it.next().expect("peeked");
                    Item::Infix(infix_of(c.as_str().as_bytes()), self.range(&c))
                }
                Rule::disjunction => break,
                _ => {
                    let (e, outer) = self.operand(it)?;
                    Item::Operand(e, outer)
                }
            };
            items.push(item);
        }
        if items.len() == 1 && matches!(items[0], Item::Operand(..)) {
            let Some(Item::Operand(e, _)) = items.pop() else {
                unreachable!("one operand")
            };
            return Ok(e);
        }
        let mut folder = Folder {
            items,
            pos: 0,
            depth: self.depth,
        };
        let (e, _) = folder.expr(min)?;
        if folder.pos < folder.items.len() {
            let r = match &folder.items[folder.pos] {
                Item::Infix(_, r) | Item::Prefix(_, r) => *r,
                Item::Operand(e, _) => e.range,
            };
            return self.err("invalid syntax", r);
        }
        Ok(e)
    }

    /// A target: an atom with its trailers.
    fn primary(&mut self, p: Pair<'_, Rule>) -> PResult<Expr> {
        let mut it = p.into_inner().peekable();
        Ok(self.operand(&mut it)?.0)
    }

    /// `await`? atom trailer*, from the front of `it`. Returns the
    /// expression and its outer range: a parenthesised atom keeps its inner
    /// range, but the nodes built around it (trailers, operators) start or
    /// end at its parentheses, as CPython's do.
    fn operand<'i>(&mut self, it: &mut Peekable<Pairs<'i, Rule>>) -> PResult<(Expr, TextRange)> {
        let await_at = it
            .next_if(|c| c.as_rule() == Rule::kw_await)
            .map(|a| self.range(&a));
        let atom = it.next().expect("atom");
        // Only a parenthesised atom can have a range other than its own.
        let paren = (atom.as_rule() == Rule::paren_atom).then(|| self.range(&atom));
        let mut e = self.atom(atom)?;
        let mut outer = paren.unwrap_or(e.range);
        let start = outer.start as usize;
        let mut trailers = 0;
        while let Some(t) =
            it.next_if(|t| matches!(t.as_rule(), Rule::attribute | Rule::call | Rule::subscript))
        {
            trailers += 1;
            let end = self.range(&t).end as usize;
            let r = TextRange::new(start, end);
            if self.depth + trailers > MAX_DEPTH {
                return self.err(
                    "too many nested expressions (maximum recursion depth exceeded during ast construction)",
                    r,
                );
            }
            let kind = match t.as_rule() {
                Rule::attribute => ExprKind::Attribute {
                    value: Box::new(e),
                    attr: self.ident(&t.into_inner().next().expect("attribute name")),
                    ctx: ExprContext::Load,
                },
                Rule::subscript => {
                    let slices = t.into_inner().next().expect("slices");
                    ExprKind::Subscript {
                        value: Box::new(e),
                        slice: Box::new(self.slices(slices)?),
                        ctx: ExprContext::Load,
                    }
                }
                _ => {
                    let (args, keywords) = match t.into_inner().next() {
                        Some(a) => self.arguments(a, false)?,
                        None => (Vec::new(), Vec::new()),
                    };
                    ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    }
                }
            };
            e = Expr { kind, range: r };
            outer = r;
        }
        if let Some(a) = await_at {
            let range = join(a, outer);
            e = Expr {
                kind: ExprKind::Await { value: Box::new(e) },
                range,
            };
            outer = range;
        }
        Ok((e, outer))
    }

    fn slices(&mut self, p: Pair<'_, Rule>) -> PResult<Expr> {
        let range = self.range(&p);
        let mut items = Vec::new();
        let mut comma = false;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::slice_comma => comma = true,
                Rule::slice => items.push(self.slice(c)?),
                _ => items.push(self.expr(c)?),
            }
        }
        if items.len() == 1 && !comma && !matches!(items[0].kind, ExprKind::Starred { .. }) {
            return Ok(items.pop().expect("slice"));
        }
        Ok(Expr {
            kind: ExprKind::Tuple {
                elts: items,
                ctx: ExprContext::Load,
            },
            range,
        })
    }

    fn slice(&mut self, p: Pair<'_, Rule>) -> PResult<Expr> {
        let range = self.range(&p);
        let mut lower = None;
        let mut bound = None;
        let mut bare_walrus = false;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::slice_bound => bound = Some(c),
                r => {
                    bare_walrus = r == Rule::walrus;
                    lower = Some(self.expr(c)?);
                }
            }
        }
        let Some(bound) = bound else {
            return match lower {
                Some(e) => Ok(e),
                None => self.err("invalid syntax", range),
            };
        };
        if bare_walrus {
            return self.err("invalid syntax", range);
        }
        let mut upper = None;
        let mut step = None;
        for c in bound.into_inner() {
            match c.as_rule() {
                Rule::slice_step => {
                    if let Some(s) = c.into_inner().next() {
                        step = Some(Box::new(self.expr(s)?));
                    }
                }
                _ => upper = Some(Box::new(self.expr(c)?)),
            }
        }
        Ok(Expr {
            kind: ExprKind::Slice {
                lower: lower.map(Box::new),
                upper,
                step,
            },
            range,
        })
    }

    /// Call arguments (or class bases), with CPython's ordering checks.
    fn arguments(
        &mut self,
        p: Pair<'_, Rule>,
        is_class: bool,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        // CPython reports ordering errors at the token after the arguments.
        let after = {
            let s = self.pos(p.as_span().end());
            TextRange::new(s, s + 1)
        };
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut genexp: Option<TextRange> = None;
        let mut count = 0;
        let mut kw_unpack = false;
        let mut kw_named = false;
        let mut trailing_comma = false;
        let p_span = p.as_span();
        for c in p.into_inner() {
            let crange = self.range(&c);
            match c.as_rule() {
                Rule::arg_comma => trailing_comma = true,
                Rule::for_if_clauses => {
                    // `f(x for x in y)`: the first argument becomes a genexp.
                    let elt = args.pop();
                    let Some(elt) = elt.filter(|e: &Expr| {
                        count == 1 && !matches!(e.kind, ExprKind::Starred { .. })
                    }) else {
                        return self.err("invalid syntax", crange);
                    };
                    if is_class {
                        return self.err("invalid syntax", crange);
                    }
                    let generators = self.comprehension(c)?;
                    let r = TextRange::new(elt.range.start as usize, crange.end as usize);
                    genexp = Some(r);
                    // The sole argument `f(x for x in y)` takes the call's
                    // parentheses (anything else is an error below).
                    args.push(Expr {
                        kind: ExprKind::GeneratorExp {
                            elt: Box::new(elt),
                            generators,
                        },
                        range: self.span_range(p_span.start() - 1, p_span.end() + 1),
                    });
                }
                Rule::keyword_arg => {
                    count += 1;
                    kw_named = true;
                    let mut it = c.into_inner();
                    let arg = self.ident(&it.next().expect("keyword name"));
                    let value = self.expr(it.next().expect("keyword value"))?;
                    keywords.push(Keyword {
                        arg: Some(arg),
                        value,
                        range: crange,
                    });
                }
                Rule::double_starred => {
                    count += 1;
                    kw_unpack = true;
                    let value = self.expr(c.into_inner().next().expect("kwargs"))?;
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        range: crange,
                    });
                }
                _ => {
                    count += 1;
                    let e = self.expr(c)?;
                    let starred = matches!(e.kind, ExprKind::Starred { .. });
                    if starred && kw_unpack {
                        return self.err(
                            "iterable argument unpacking follows keyword argument unpacking",
                            crange,
                        );
                    }
                    if !starred && kw_unpack {
                        return self.err(
                            "positional argument follows keyword argument unpacking",
                            after,
                        );
                    }
                    if !starred && kw_named {
                        return self.err("positional argument follows keyword argument", after);
                    }
                    args.push(e);
                }
            }
        }
        if let Some(r) = genexp
            && (count > 1 || trailing_comma)
        {
            return self.err("Generator expression must be parenthesized", r);
        }
        Ok((args, keywords))
    }

    fn comprehension(&mut self, p: Pair<'_, Rule>) -> PResult<Vec<Comprehension>> {
        let mut out = Vec::new();
        for clause in p.into_inner() {
            let range = self.range(&clause);
            let mut it = clause.into_inner().peekable();
            let is_async = it.next_if(|c| c.as_rule() == Rule::kw_async).is_some();
            let target =
                self.target_list(it.next().expect("comprehension target"), TargetKind::For)?;
            let iter = self.expr(it.next().expect("comprehension iter"))?;
            let mut ifs = Vec::new();
            for c in it {
                ifs.push(self.expr(c.into_inner().next().expect("condition"))?);
            }
            out.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
                range,
            });
        }
        Ok(out)
    }

    fn name_expr(&self, p: &Pair<'_, Rule>) -> Expr {
        let (text, range) = self.text_and_range(p);
        Expr {
            kind: ExprKind::Name {
                id: normalize_identifier(text),
                ctx: ExprContext::Load,
            },
            range,
        }
    }

    fn constant_expr(&self, value: Constant, p: &Pair<'_, Rule>) -> Expr {
        Expr {
            kind: ExprKind::Constant { value, kind: None },
            range: self.range(p),
        }
    }

    fn atom(&mut self, p: Pair<'_, Rule>) -> PResult<Expr> {
        let range = self.range(&p);
        let kind = match p.as_rule() {
            Rule::NAME => return Ok(self.name_expr(&p)),
            Rule::NUMBER => return self.number(&p),
            Rule::strings => return self.strings(p),
            Rule::kw_True => return Ok(self.constant_expr(Constant::Bool(true), &p)),
            Rule::kw_False => return Ok(self.constant_expr(Constant::Bool(false), &p)),
            Rule::kw_None => return Ok(self.constant_expr(Constant::None, &p)),
            Rule::ellipsis => return Ok(self.constant_expr(Constant::Ellipsis, &p)),
            Rule::paren_atom => {
                self.enter(range)?;
                let r = self.paren_atom(p, range);
                self.leave();
                return r;
            }
            Rule::list_atom => {
                self.enter(range)?;
                let mut elts = Vec::new();
                let mut generators = None;
                for c in p.into_inner() {
                    match c.as_rule() {
                        Rule::for_if_clauses => generators = Some(self.comprehension(c)?),
                        _ => elts.push(self.expr(c)?),
                    }
                }
                self.leave();
                match generators {
                    Some(generators) => {
                        let elt = elts.pop().expect("element");
                        if matches!(elt.kind, ExprKind::Starred { .. }) {
                            return self.err(
                                "iterable unpacking cannot be used in comprehension",
                                elt.range,
                            );
                        }
                        ExprKind::ListComp {
                            elt: Box::new(elt),
                            generators,
                        }
                    }
                    None => ExprKind::List {
                        elts,
                        ctx: ExprContext::Load,
                    },
                }
            }
            Rule::brace_atom => {
                self.enter(range)?;
                let r = self.brace_atom(p, range);
                self.leave();
                return r;
            }
            r => unreachable!("atom rule {r:?}"),
        };
        Ok(Expr { kind, range })
    }

    fn paren_atom(&mut self, p: Pair<'_, Rule>, range: TextRange) -> PResult<Expr> {
        let mut elts = Vec::new();
        let mut comma = false;
        let mut generators = None;
        for c in p.into_inner() {
            match c.as_rule() {
                Rule::tuple_comma => comma = true,
                Rule::for_if_clauses => generators = Some(self.comprehension(c)?),
                Rule::yield_expr => return self.yield_expr(c),
                _ => elts.push(self.expr(c)?),
            }
        }
        if let Some(generators) = generators {
            let elt = elts.pop().expect("element");
            if matches!(elt.kind, ExprKind::Starred { .. }) {
                return self.err(
                    "iterable unpacking cannot be used in comprehension",
                    elt.range,
                );
            }
            return Ok(Expr {
                kind: ExprKind::GeneratorExp {
                    elt: Box::new(elt),
                    generators,
                },
                range,
            });
        }
        if elts.len() == 1 && !comma {
            let e = elts.pop().expect("element");
            if matches!(e.kind, ExprKind::Starred { .. }) {
                return self.err("cannot use starred expression here", e.range);
            }
            // A parenthesised expression keeps its own range, as in CPython.
            return Ok(e);
        }
        Ok(Expr {
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            range,
        })
    }

    fn brace_atom(&mut self, p: Pair<'_, Rule>, range: TextRange) -> PResult<Expr> {
        let mut keys: Vec<Option<Expr>> = Vec::new();
        let mut values = Vec::new();
        let mut elts = Vec::new();
        let mut generators = None;
        let mut is_dict = None;
        let mut first_item = None;
        for c in p.into_inner() {
            let crange = self.range(&c);
            first_item.get_or_insert(crange);
            let rule = c.as_rule();
            if rule == Rule::for_if_clauses {
                generators = Some(self.comprehension(c)?);
                continue;
            }
            let item_is_dict = match rule {
                Rule::double_star_item => true,
                Rule::dict_or_set_item => c.clone().into_inner().nth(1).is_some(),
                _ => false,
            };
            match is_dict {
                None => is_dict = Some(item_is_dict),
                Some(d) if d != item_is_dict => {
                    let msg = if d {
                        "':' expected after dictionary key"
                    } else {
                        "invalid syntax"
                    };
                    return self.err(msg, crange);
                }
                _ => {}
            }
            match rule {
                Rule::double_star_item => {
                    keys.push(None);
                    values.push(self.expr(c.into_inner().next().expect("mapping"))?);
                }
                Rule::dict_or_set_item => {
                    let mut it = c.into_inner();
                    let key_pair = it.next().expect("key");
                    let bare_walrus = key_pair.as_rule() == Rule::walrus;
                    let k = self.expr(key_pair)?;
                    match it.next() {
                        Some(v) => {
                            if bare_walrus {
                                return self.err("invalid syntax", k.range);
                            }
                            keys.push(Some(k));
                            values.push(self.expr(v.into_inner().next().expect("value"))?);
                        }
                        None => elts.push(k),
                    }
                }
                _ => elts.push(self.expr(c)?),
            }
        }
        let kind = match (is_dict, generators) {
            (None, _) => ExprKind::Dict {
                keys: Vec::new(),
                values: Vec::new(),
            },
            (Some(true), None) => ExprKind::Dict { keys, values },
            (Some(false), None) => ExprKind::Set { elts },
            (Some(true), Some(generators)) => {
                let (Some(Some(key)), Some(value)) = (keys.pop(), values.pop()) else {
                    return self.err(
                        "dict unpacking cannot be used in dict comprehension",
                        first_item.unwrap_or(range),
                    );
                };
                ExprKind::DictComp {
                    key: Box::new(key),
                    value: Box::new(value),
                    generators,
                }
            }
            (Some(false), Some(generators)) => {
                let elt = elts.pop().expect("element");
                if matches!(elt.kind, ExprKind::Starred { .. }) {
                    return self.err(
                        "iterable unpacking cannot be used in comprehension",
                        elt.range,
                    );
                }
                ExprKind::SetComp {
                    elt: Box::new(elt),
                    generators,
                }
            }
        };
        Ok(Expr { kind, range })
    }

    fn number(&self, p: &Pair<'_, Rule>) -> PResult<Expr> {
        let (text, range) = self.text_and_range(p);
        let value = match text.as_bytes().last() {
            Some(b'j' | b'J') => Constant::Complex {
                real: 0.0,
                imag: literals::parse_float(&text[..text.len() - 1]),
            },
            _ => {
                let b = text.as_bytes();
                let radix = b.len() > 1
                    && b[0] == b'0'
                    && matches!(b[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B');
                if !radix && text.bytes().any(|c| matches!(c, b'.' | b'e' | b'E')) {
                    Constant::Float(literals::parse_float(text))
                } else {
                    Constant::Int(literals::parse_int(text))
                }
            }
        };
        Ok(Expr {
            kind: ExprKind::Constant { value, kind: None },
            range,
        })
    }

    // ------------------------------------------------------------ strings

    /// CPython decodes string literals as it parses, so an error in a
    /// literal before a syntax error is the one it reports. Given the
    /// syntax error, returns the first literal error before it, if any.
    fn literal_error_before(&mut self, syntax: SyntaxError) -> SyntaxError {
        let text = self.layout.text.as_bytes();
        let mut i = 0;
        while i < text.len() {
            if text[i] != tok::STRING {
                i += 1;
                continue;
            }
            let start = i;
            while i < text.len() && text[i] == tok::STRING {
                i += 1;
            }
            let range = self.span_range(start, i);
            if range.start >= syntax.range.start {
                break;
            }
            if let Err(e) = self.string_tokens(start..i, range) {
                return e;
            }
        }
        syntax
    }

    /// Adjacent string literals: decoded, f-strings split, and joined.
    fn strings(&mut self, p: Pair<'_, Rule>) -> PResult<Expr> {
        let range = self.range(&p);
        let span = p.as_span();
        let tokens = span.start()..span.end();
        self.string_tokens(tokens, range)
    }

    /// The value of adjacent string literal tokens `tokens` (positions in
    /// the token text).
    fn string_tokens(&mut self, tokens: std::ops::Range<usize>, range: TextRange) -> PResult<Expr> {
        self.strings_range = range;
        let mut joined = Joined::default();
        let mut first = true;
        let mut saw_bytes = false;
        let mut saw_str = false;
        let mut bytes = Vec::new();
        for t in tokens {
            let real = self.text_range(t, t + 1);
            let srange = self.span_range(t, t + 1);
            self.token_start = real.start as usize;
            self.token_shift = (real.start - srange.start) as usize;
            let tok = &self.source[real.start as usize..real.end as usize];
            let prefix_len = tok.find(['\'', '"']).unwrap_or(0);
            let prefix = &tok[..prefix_len];
            let (mut raw, mut is_bytes, mut is_f, mut is_u) = (false, false, false, false);
            for ch in prefix.bytes() {
                match ch.to_ascii_lowercase() {
                    b'r' => raw = true,
                    b'b' => is_bytes = true,
                    b'f' => is_f = true,
                    // Only a lowercase `u` prefix sets `kind` (CPython's rule).
                    _ => is_u = ch == b'u',
                }
            }
            if first {
                joined.kind_u = is_u;
                first = false;
            }
            let quote = &tok[prefix_len..];
            let q = if quote.len() >= 6 && (quote.starts_with("'''") || quote.starts_with("\"\"\""))
            {
                3
            } else {
                1
            };
            let body = &quote[q..quote.len() - q];
            let body_start = real.start as usize + prefix_len + q;
            if is_bytes {
                saw_bytes = true;
            } else {
                saw_str = true;
            }
            // CPython reports errors in string literals after the last
            // literal of the concatenation.
            let at_end = TextRange::new(range.end as usize, range.end as usize + 1);
            if saw_bytes && saw_str {
                return self.err("cannot mix bytes and nonbytes literals", at_end);
            }
            if is_bytes {
                match literals::decode_bytes(body, raw) {
                    Ok(b) => bytes.extend_from_slice(&b),
                    // A tokenizer error in CPython: at the literal itself.
                    Err(msg) if msg.starts_with("bytes can only") => {
                        return self.err(msg, srange);
                    }
                    Err(msg) => return self.err(msg, at_end),
                }
            } else if is_f {
                joined.has_fstring = true;
                self.fstring(body, body_start, raw, &mut joined, srange)
                    .map_err(|mut e| {
                        // Errors in the literal itself, as opposed to a
                        // field's expression, are reported after it too.
                        if !e.msg.starts_with("f-string: ") || !e.msg.contains(" syntax") {
                            e.range = at_end;
                        }
                        e
                    })?;
            } else {
                match literals::decode_str(body, raw) {
                    Ok(v) => joined.text.push_pystr(&v),
                    Err(msg) => return self.err(msg, at_end),
                }
            }
        }
        if saw_bytes {
            return Ok(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Bytes(bytes),
                    kind: None,
                },
                range,
            });
        }
        Ok(joined.finish(range))
    }

    /// Splits the body of an f-string into literal text and fields.
    fn fstring(
        &mut self,
        body: &str,
        body_start: usize,
        raw: bool,
        out: &mut Joined,
        tok_range: TextRange,
    ) -> PResult<()> {
        let b = body.as_bytes();
        let mut i = 0;
        let mut lit_start = 0;
        let in_spec = self.fstring_depth > 0;
        while i < b.len() {
            match b[i] {
                b'\\' if !raw => {
                    // `\N{...}` is one escape, not a field.
                    if b.get(i + 1) == Some(&b'N') && b.get(i + 2) == Some(&b'{') {
                        match body[i..].find('}') {
                            Some(k) => i += k + 1,
                            None => i = b.len(),
                        }
                    } else {
                        i += 2;
                    }
                }
                b'{' if !in_spec && b.get(i + 1) == Some(&b'{') => {
                    self.flush_literal(&body[lit_start..i + 1], raw, out, tok_range)?;
                    i += 2;
                    lit_start = i;
                }
                b'}' if !in_spec && b.get(i + 1) == Some(&b'}') => {
                    self.flush_literal(&body[lit_start..i + 1], raw, out, tok_range)?;
                    i += 2;
                    lit_start = i;
                }
                b'}' if in_spec => break,
                b'}' => {
                    return self.err(
                        "f-string: single '}' is not allowed",
                        TextRange::new(body_start + i, body_start + i + 1),
                    );
                }
                b'{' => {
                    self.flush_literal(&body[lit_start..i], raw, out, tok_range)?;
                    i = self.fstring_field(body, body_start, i, raw, out, tok_range)?;
                    lit_start = i;
                }
                _ => i += 1,
            }
        }
        let end = i.min(b.len());
        self.flush_literal(&body[lit_start..end], raw, out, tok_range)
    }

    fn flush_literal(
        &self,
        text: &str,
        raw: bool,
        out: &mut Joined,
        tok_range: TextRange,
    ) -> PResult<()> {
        if text.is_empty() {
            return Ok(());
        }
        match literals::decode_str(text, raw) {
            Ok(v) => {
                out.text.push_pystr(&v);
                Ok(())
            }
            Err(msg) => self.err(msg, tok_range),
        }
    }

    /// One `{expr!c:spec}` field starting at `body[open]`; returns the
    /// offset just after its closing brace.
    fn fstring_field(
        &mut self,
        body: &str,
        body_start: usize,
        open: usize,
        raw: bool,
        out: &mut Joined,
        tok_range: TextRange,
    ) -> PResult<usize> {
        let b = body.as_bytes();
        let at = |k: usize| TextRange::new(body_start + k, body_start + k + 1);
        if self.fstring_depth >= 2 {
            return self.err("f-string: expressions nested too deeply", at(open));
        }
        // Find the end of the expression: `!`, `:`, `=` or `}` at depth 0.
        let expr_start = open + 1;
        let mut i = expr_start;
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let mut debug_end = None;
        loop {
            let Some(&c) = b.get(i) else {
                let msg = if quote.is_some() {
                    "f-string: unterminated string"
                } else {
                    "f-string: expecting '}'"
                };
                return self.err(msg, at(i.min(b.len())));
            };
            if c == b'\\' {
                return self.err("f-string expression part cannot include a backslash", at(i));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                        quote = None;
                        i += 2;
                    }
                }
                i += 1;
                continue;
            }
            match c {
                b'#' => return self.err("f-string expression part cannot include '#'", at(i)),
                b'\'' | b'"' => {
                    let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                    quote = Some((c, triple));
                    i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => brackets.push(c),
                b')' | b']' | b'}' if !brackets.is_empty() => {
                    let open_b = brackets.pop().expect("non-empty");
                    let expected = match open_b {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return self.err(
                            format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open_b as char
                            ),
                            at(i),
                        );
                    }
                }
                b')' | b']' => {
                    return self.err(format!("f-string: unmatched '{}'", c as char), at(i));
                }
                b'}' => break,
                b'!' if brackets.is_empty() && b.get(i + 1) != Some(&b'=') => break,
                b':' if brackets.is_empty() => break,
                b'=' if brackets.is_empty()
                    && b.get(i + 1) != Some(&b'=')
                    && !matches!(b.get(i.wrapping_sub(1)), Some(b'=' | b'!' | b'<' | b'>')) =>
                {
                    debug_end = Some(i + 1);
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        let expr_end = i;
        let expr_text = &body[expr_start..expr_end];
        if expr_text
            .trim_matches([' ', '\t', '\n', '\r', '\x0c'])
            .is_empty()
        {
            let msg = match b[i] {
                c @ (b'!' | b':' | b'=') => {
                    format!("f-string: expression required before '{}'", c as char)
                }
                _ => "f-string: empty expression not allowed".to_string(),
            };
            return self.err(msg, at(i));
        }
        let value = self.fstring_expr(expr_text, body_start + expr_start)?;
        if let Some(end) = debug_end {
            // `{x = }`: the text through `=` and the whitespace after it.
            let mut j = end;
            while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                j += 1;
            }
            out.text.push_str(&body[expr_start..j]);
            i = j;
        }
        let mut conversion = -1;
        if b.get(i) == Some(&b'!') {
            let c = b.get(i + 1).copied();
            match c {
                Some(c @ (b's' | b'r' | b'a')) if matches!(b.get(i + 2), Some(b':' | b'}')) => {
                    conversion = c as i32;
                    i += 2;
                }
                Some(b's' | b'r' | b'a') => {
                    return self.err("f-string: expecting '}'", at(i + 2));
                }
                None => return self.err("f-string: expecting '}'", at(i + 1)),
                _ => {
                    return self.err(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        at(i + 1),
                    );
                }
            }
        }
        let mut format_spec = None;
        if b.get(i) == Some(&b':') {
            let spec_start = i + 1;
            let mut spec = Joined::default();
            self.fstring_depth += 1;
            let consumed =
                self.fstring_spec(body, body_start, spec_start, raw, &mut spec, tok_range);
            self.fstring_depth -= 1;
            i = consumed?;
            // The spec (and its trailing literal) has the range of the
            // literal token it is in, as in CPython 3.11.
            format_spec = Some(Box::new(spec.finish_spec(tok_range)));
        }
        if b.get(i) != Some(&b'}') {
            return self.err("f-string: expecting '}'", at(i.min(b.len())));
        }
        if debug_end.is_some() && conversion == -1 && format_spec.is_none() {
            conversion = b'r' as i32;
        }
        out.flush_text(self.strings_range);
        out.values.push(Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            range: self.strings_range,
        });
        Ok(i + 1)
    }

    /// A format spec starting at `body[start]`; returns the offset of the
    /// `}` that closes the field.
    fn fstring_spec(
        &mut self,
        body: &str,
        body_start: usize,
        start: usize,
        raw: bool,
        out: &mut Joined,
        tok_range: TextRange,
    ) -> PResult<usize> {
        let b = body.as_bytes();
        let mut i = start;
        let mut lit_start = start;
        while i < b.len() {
            match b[i] {
                b'\\' if !raw => {
                    if b.get(i + 1) == Some(&b'N') && b.get(i + 2) == Some(&b'{') {
                        match body[i..].find('}') {
                            Some(k) => i += k + 1,
                            None => i = b.len(),
                        }
                    } else {
                        i += 2;
                    }
                }
                b'{' => {
                    self.flush_literal(&body[lit_start..i], raw, out, tok_range)?;
                    i = self.fstring_field(body, body_start, i, raw, out, tok_range)?;
                    lit_start = i;
                }
                b'}' => break,
                _ => i += 1,
            }
        }
        let end = i.min(b.len());
        self.flush_literal(&body[lit_start..end], raw, out, tok_range)?;
        Ok(end)
    }

    /// Parses an f-string field's expression, as CPython 3.11 does: the
    /// text wrapped in parentheses, through the same grammar.
    fn fstring_expr(&mut self, text: &str, src_start: usize) -> PResult<Expr> {
        let wrapped = format!("({text})");
        let with_prefix = |mut e: SyntaxError| {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e.range = TextRange::new(
                e.range.start as usize + src_start - 1,
                e.range.end as usize + src_start - 1,
            );
            e
        };
        let sub_layout = layout::layout(&wrapped).map_err(with_prefix)?;
        with_stack_for(&sub_layout, || {
            self.fstring_layout(&wrapped, &sub_layout, src_start, with_prefix)
        })
    }

    /// How CPython 3.11 reports the columns of a field's expression that
    /// starts at `src_start` (see [`FieldColumns`]).
    fn field_columns_at(&self, src_start: usize, wrapped: &str) -> FieldColumns {
        let brace = src_start - 1;
        let src = self.source.as_bytes();
        let line_start = src[..brace]
            .iter()
            .rposition(|&b| b == b'\n' || b == b'\r')
            .map_or(0, |k| k + 1);
        let first_line_end = wrapped[1..]
            .find(['\n', '\r'])
            .map_or(usize::MAX, |k| src_start + k);
        // The token's own shift carries over when the `{` is on the
        // token's first line.
        let shift = if line_start <= self.token_start {
            self.token_shift
        } else {
            0
        };
        FieldColumns {
            first_line_end,
            shift,
            multiline_shift: brace - line_start,
        }
    }

    fn fstring_layout(
        &mut self,
        wrapped: &str,
        sub_layout: &Layout,
        src_start: usize,
        with_prefix: impl Fn(SyntaxError) -> SyntaxError,
    ) -> PResult<Expr> {
        let mut pairs =
            PythonGrammar::parse(Rule::fstring_input, &sub_layout.text).map_err(|e| {
                let err = crate::diagnose::parse_failure(wrapped, sub_layout, e);
                with_prefix(err)
            })?;
        let input = pairs.next().expect("fstring input");
        let star = input.into_inner().next().expect("expression");
        let mut sub = Builder {
            source: self.source,
            layout: sub_layout,
            base: src_start - 1,
            depth: self.depth,
            fstring_depth: self.fstring_depth,
            strings_range: TextRange::default(),
            token_start: 0,
            token_shift: 0,
            field_columns: Some(self.field_columns_at(src_start, wrapped)),
        };
        let e = sub.star_expressions(star).map_err(|mut e| {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        })?;
        Ok(e)
    }

    // ------------------------------------------------------------ targets

    fn target_items(&mut self, p: Pair<'_, Rule>) -> PResult<(Vec<Expr>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        for c in p.into_inner() {
            if c.as_rule() == Rule::target_comma {
                comma = true;
            } else {
                let range = self.range(&c);
                let mut it = c.into_inner();
                let first = it.next().expect("target");
                if first.as_rule() == Rule::star_mark {
                    let value = self.primary(it.next().expect("starred target"))?;
                    items.push(Expr {
                        kind: ExprKind::Starred {
                            value: Box::new(value),
                            ctx: ExprContext::Load,
                        },
                        range,
                    });
                } else {
                    items.push(self.primary(first)?);
                }
            }
        }
        Ok((items, comma))
    }

    /// `for` / comprehension targets: a tuple when there is a comma.
    fn target_list(&mut self, p: Pair<'_, Rule>, kind: TargetKind) -> PResult<Expr> {
        let range = self.range(&p);
        let (mut items, comma) = self.target_items(p)?;
        let e = if items.len() == 1 && !comma {
            items.pop().expect("target")
        } else {
            Expr {
                kind: ExprKind::Tuple {
                    elts: items,
                    ctx: ExprContext::Load,
                },
                range,
            }
        };
        self.to_target(e, ExprContext::Store, kind)
    }

    fn star_target(&mut self, p: Pair<'_, Rule>, kind: TargetKind) -> PResult<Expr> {
        let range = self.range(&p);
        let mut it = p.into_inner();
        let first = it.next().expect("target");
        let e = if first.as_rule() == Rule::star_mark {
            let value = self.primary(it.next().expect("starred target"))?;
            Expr {
                kind: ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                range,
            }
        } else {
            self.primary(first)?
        };
        self.to_target(e, ExprContext::Store, kind)
    }

    /// Gives a parsed expression `Store`/`Del` context, or reports why it
    /// cannot be a target, with CPython's messages.
    fn to_target(&self, mut e: Expr, ctx: ExprContext, kind: TargetKind) -> PResult<Expr> {
        match &mut e.kind {
            ExprKind::Name { ctx: c, .. }
            | ExprKind::Attribute { ctx: c, .. }
            | ExprKind::Subscript { ctx: c, .. } => {
                *c = ctx;
                Ok(e)
            }
            ExprKind::Starred { value, ctx: c } if kind != TargetKind::Del => {
                *c = ctx;
                let inner = std::mem::replace(
                    value.as_mut(),
                    Expr {
                        kind: ExprKind::Constant {
                            value: Constant::None,
                            kind: None,
                        },
                        range: TextRange::default(),
                    },
                );
                **value = self.to_target(inner, ctx, kind)?;
                Ok(e)
            }
            ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
                *c = ctx;
                let taken = std::mem::take(elts);
                let mut converted = Vec::with_capacity(taken.len());
                for x in taken {
                    converted.push(self.to_target(x, ctx, kind.nested())?);
                }
                *elts = converted;
                Ok(e)
            }
            _ => {
                let name = expr_name(&e);
                let msg = match kind {
                    TargetKind::Del => format!("cannot delete {name}"),
                    TargetKind::Assign if assign_hint(&e) => {
                        format!(
                            "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                        )
                    }
                    _ => format!("cannot assign to {name}"),
                };
                self.err(msg, e.range)
            }
        }
    }
}

/// Where a target appears, which decides CPython's message for a bad one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    /// The top level of an assignment statement.
    Assign,
    /// Inside a tuple/list of an assignment, or a `for`/`with` target.
    For,
    Del,
}

impl TargetKind {
    fn nested(self) -> Self {
        match self {
            TargetKind::Assign => TargetKind::For,
            k => k,
        }
    }
}

/// The first node of a would-be assignment target that cannot be assigned
/// to, looking through tuples, lists and (outside `del`) starred items.
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } if !del => invalid_target(value, del),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, del))
        }
        _ => Some(e),
    }
}

/// Whether CPython adds "here. Maybe you meant '==' instead of '='?".
fn assign_hint(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Lambda { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Constant {
                value: Constant::None | Constant::Bool(_),
                ..
            }
    )
}

/// CPython's name for an expression in "cannot assign to X" messages.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

fn is_imaginary(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant { value, .. } => matches!(value, Constant::Complex { .. }),
        ExprKind::UnaryOp { operand, .. } => is_imaginary(operand),
        _ => false,
    }
}

/// The range from the start of `first` to the end of `last`. (Not
/// `TextRange::cover`: inside f-string fields CPython may report a later
/// token left of an earlier one, and the node still starts at its first.)
fn join(first: TextRange, last: TextRange) -> TextRange {
    TextRange {
        start: first.start,
        end: last.end.max(first.start),
    }
}

/// Identifiers are NFKC-normalised (PEP 3131), as CPython stores them.
fn normalize_identifier(s: &str) -> String {
    if s.is_ascii() {
        s.to_owned()
    } else {
        use unicode_normalization::UnicodeNormalization;
        s.nfkc().collect()
    }
}

// ------------------------------------------------------ string joining

/// Collects the values of adjacent string literals.
#[derive(Default)]
struct Joined {
    kind_u: bool,
    has_fstring: bool,
    text: PyStr,
    values: Vec<Expr>,
}

impl Joined {
    fn flush_text(&mut self, range: TextRange) {
        if !self.text.is_empty() {
            let text = std::mem::take(&mut self.text);
            self.values.push(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Str(text),
                    kind: self.kind_u.then_some("u"),
                },
                range,
            });
        }
    }

    fn finish(mut self, range: TextRange) -> Expr {
        if !self.has_fstring {
            return Expr {
                kind: ExprKind::Constant {
                    value: Constant::Str(self.text),
                    kind: self.kind_u.then_some("u"),
                },
                range,
            };
        }
        self.flush_text(range);
        Expr {
            kind: ExprKind::JoinedStr {
                values: self.values,
            },
            range,
        }
    }

    fn finish_spec(mut self, range: TextRange) -> Expr {
        self.flush_text(range);
        Expr {
            kind: ExprKind::JoinedStr {
                values: self.values,
            },
            range,
        }
    }
}

// -------------------------------------------------- operator precedence

const PREC_OR: u8 = 1;
const PREC_AND: u8 = 2;
const PREC_NOT: u8 = 3;
const PREC_CMP: u8 = 4;
const PREC_BITOR: u8 = 5;
const PREC_UNARY: u8 = 11;
const PREC_POW: u8 = 12;

#[derive(Clone, Copy)]
enum Infix {
    Or,
    And,
    Cmp(CmpOp),
    Bin(Operator),
}

/// The operator of an `infix_op` token (or token pair).
fn infix_of(tokens: &[u8]) -> Infix {
    match tokens {
        [tok::OR] => Infix::Or,
        [tok::AND] => Infix::And,
        [tok::NOT, _] => Infix::Cmp(CmpOp::NotIn),
        [tok::IS, _] => Infix::Cmp(CmpOp::IsNot),
        [tok::IS] => Infix::Cmp(CmpOp::Is),
        [tok::IN] => Infix::Cmp(CmpOp::In),
        [tok::EQ] => Infix::Cmp(CmpOp::Eq),
        [tok::NE] => Infix::Cmp(CmpOp::NotEq),
        [tok::LE] => Infix::Cmp(CmpOp::LtE),
        [tok::GE] => Infix::Cmp(CmpOp::GtE),
        [tok::LT] => Infix::Cmp(CmpOp::Lt),
        [tok::GT] => Infix::Cmp(CmpOp::Gt),
        [tok::BITOR] => Infix::Bin(Operator::BitOr),
        [tok::BITXOR] => Infix::Bin(Operator::BitXor),
        [tok::BITAND] => Infix::Bin(Operator::BitAnd),
        [tok::LSHIFT] => Infix::Bin(Operator::LShift),
        [tok::RSHIFT] => Infix::Bin(Operator::RShift),
        [tok::ADD] => Infix::Bin(Operator::Add),
        [tok::SUB] => Infix::Bin(Operator::Sub),
        [tok::POW] => Infix::Bin(Operator::Pow),
        [tok::MULT] => Infix::Bin(Operator::Mult),
        [tok::MATMULT] => Infix::Bin(Operator::MatMult),
        [tok::FLOORDIV] => Infix::Bin(Operator::FloorDiv),
        [tok::DIV] => Infix::Bin(Operator::Div),
        _ => Infix::Bin(Operator::Mod),
    }
}

fn infix_prec(op: Infix) -> u8 {
    match op {
        Infix::Or => PREC_OR,
        Infix::And => PREC_AND,
        Infix::Cmp(_) => PREC_CMP,
        Infix::Bin(o) => match o {
            Operator::BitOr => 5,
            Operator::BitXor => 6,
            Operator::BitAnd => 7,
            Operator::LShift | Operator::RShift => 8,
            Operator::Add | Operator::Sub => 9,
            Operator::Pow => PREC_POW,
            _ => 10,
        },
    }
}

enum Item {
    /// An operand and its outer range (with any parentheses).
    Operand(Expr, TextRange),
    Prefix(UnaryOp, TextRange),
    Infix(Infix, TextRange),
}

/// Precedence climbing over the flat operator sequence.
struct Folder {
    items: Vec<Item>,
    pos: usize,
    depth: usize,
}

impl Folder {
    fn err<T>(&self, r: TextRange) -> PResult<T> {
        Err(SyntaxError::new("invalid syntax", r))
    }

    fn take_operand(&mut self) -> (Expr, TextRange) {
        let placeholder = Item::Infix(Infix::Or, TextRange::default());
        match std::mem::replace(&mut self.items[self.pos], placeholder) {
            Item::Operand(e, outer) => {
                self.pos += 1;
                (e, outer)
            }
            _ => unreachable!("operand expected"),
        }
    }

    fn deeper(&mut self, r: TextRange) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError::new(
                "too many nested expressions (maximum recursion depth exceeded during ast construction)",
                r,
            ));
        }
        Ok(())
    }

    /// Parses an operand with its prefix operators, then every infix
    /// operator binding at least as tightly as `min`. Returns the
    /// expression and its outer range (see `Builder::operand`).
    fn expr(&mut self, min: u8) -> PResult<(Expr, TextRange)> {
        let (mut lhs, mut outer) = match self.items.get(self.pos) {
            Some(&Item::Prefix(op, r)) => {
                let prec = if op == UnaryOp::Not {
                    PREC_NOT
                } else {
                    PREC_UNARY
                };
                if prec < min {
                    return self.err(r);
                }
                self.pos += 1;
                self.deeper(r)?;
                let (operand, operand_outer) = self.expr(prec)?;
                self.depth -= 1;
                let range = join(r, operand_outer);
                let e = Expr {
                    kind: ExprKind::UnaryOp {
                        op,
                        operand: Box::new(operand),
                    },
                    range,
                };
                (e, range)
            }
            Some(Item::Operand(..)) => self.take_operand(),
            Some(Item::Infix(_, r)) => return self.err(*r),
            None => unreachable!("operand expected"),
        };
        let mut chain = 0usize;
        while let Some(&Item::Infix(op, r)) = self.items.get(self.pos) {
            let prec = infix_prec(op);
            if prec < min {
                break;
            }
            self.pos += 1;
            chain += 1;
            if self.depth + chain > MAX_DEPTH {
                return Err(SyntaxError::new(
                    "too many nested expressions (maximum recursion depth exceeded during ast construction)",
                    r,
                ));
            }
            let (kind, end) = match op {
                Infix::Or | Infix::And => {
                    let bop = if matches!(op, Infix::Or) {
                        BoolOp::Or
                    } else {
                        BoolOp::And
                    };
                    let (second, mut end) = self.expr(prec + 1)?;
                    let mut values = vec![lhs, second];
                    while let Some(&Item::Infix(next, _)) = self.items.get(self.pos) {
                        if std::mem::discriminant(&next) != std::mem::discriminant(&op) {
                            break;
                        }
                        self.pos += 1;
                        let (v, v_outer) = self.expr(prec + 1)?;
                        values.push(v);
                        end = v_outer;
                    }
                    (ExprKind::BoolOp { op: bop, values }, end)
                }
                Infix::Cmp(first) => {
                    let mut ops = vec![first];
                    let (c, mut end) = self.expr(PREC_CMP + 1)?;
                    let mut comparators = vec![c];
                    while let Some(&Item::Infix(Infix::Cmp(next), _)) = self.items.get(self.pos) {
                        self.pos += 1;
                        ops.push(next);
                        let (c, c_outer) = self.expr(PREC_CMP + 1)?;
                        comparators.push(c);
                        end = c_outer;
                    }
                    let kind = ExprKind::Compare {
                        left: Box::new(lhs),
                        ops,
                        comparators,
                    };
                    (kind, end)
                }
                Infix::Bin(bop) => {
                    let (rhs, end) = if bop == Operator::Pow {
                        // Right-associative, and its right operand may carry
                        // unary operators: `2 ** -1`.
                        self.deeper(r)?;
                        let rhs = self.expr(PREC_UNARY)?;
                        self.depth -= 1;
                        rhs
                    } else {
                        self.expr(prec + 1)?
                    };
                    let kind = ExprKind::BinOp {
                        left: Box::new(lhs),
                        op: bop,
                        right: Box::new(rhs),
                    };
                    (kind, end)
                }
            };
            outer = join(outer, end);
            lhs = Expr { kind, range: outer };
        }
        Ok((lhs, outer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dump(src: &str) -> String {
        crate::dump::dump_module(&parse_module(src).unwrap())
    }

    #[test]
    fn precedence() {
        assert_eq!(
            dump("-2**-1"),
            "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1)))))], type_ignores=[])"
        );
        assert_eq!(
            dump("not a == b"),
            "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"
        );
    }

    /// Deeply nested input parses on a default-sized (2 MiB) thread: the
    /// parser moves to a stack segment sized from the layout's nesting.
    /// (Dropping the AST recurses too, at most `MAX_DEPTH` levels.)
    #[test]
    fn deep_nesting_on_a_small_stack() {
        let shapes = [
            format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199)),
            format!("x = {}1{}\n", "{1:".repeat(199), "}".repeat(199)),
            format!("x = {}1{}\n", "f(".repeat(199), ")".repeat(199)),
            format!("x = {}1{}\n", "(a for a in ".repeat(199), ")".repeat(199)),
            format!("x = {}1\n", "lambda: ".repeat(1000)),
            format!("x = 1{}\n", " if a else 1".repeat(1000)),
            format!("x = {}1\n", "-".repeat(2500)),
            format!("x = 1{}\n", "**1".repeat(2500)),
            format!("x = f'{{{}1{}}}'\n", "(".repeat(190), ")".repeat(190)),
            (0..99)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(99)
                + "pass\n",
        ];
        for src in shapes {
            let ok = std::thread::Builder::new()
                .stack_size(2 << 20)
                .spawn(move || parse_module(&src).map(|_| ()))
                .unwrap()
                .join()
                .unwrap();
            assert_eq!(ok, Ok(()));
        }
    }

    #[test]
    fn too_deep_is_an_error() {
        let src = format!("x = {}1\n", "-".repeat(5000));
        let err = parse_module(&src).unwrap_err();
        assert!(
            err.msg.starts_with("too many nested expressions"),
            "{}",
            err.msg
        );
        let src = format!("x = {}\n", "(".repeat(100_000));
        assert_eq!(
            parse_module(&src).unwrap_err().msg,
            "too many nested parentheses"
        );
    }

    #[test]
    fn not_after_comparison_is_invalid() {
        assert_eq!(
            parse_module("a == not b\n").unwrap_err().msg,
            "invalid syntax"
        );
    }
}
