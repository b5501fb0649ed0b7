//! `ast.dump()` for krait's AST: the exact text CPython 3.11 prints for
//! `ast.dump(ast.parse(src))` with default arguments (field names shown,
//! no attributes, no indentation).
//!
//! The rules follow `Lib/ast.py`: fields in `_fields` order; an optional
//! field (`expr?` in the ASDL) that is `None` is left out; lists are always
//! shown, a `None` inside a list prints as `None`; strings and constants
//! print as their Python `repr()`. Node kinds that krait merges are split
//! back (`FunctionDef { is_async: true }` prints as `AsyncFunctionDef`,
//! `Try { is_star: true }` as `TryStar`, and so on). `type_comment` fields
//! are always `None` and so never shown.
//!
//! [`dump_module_with_positions`] prints `ast.dump(module,
//! include_attributes=True)`: the same text with `lineno`, `col_offset`,
//! `end_lineno` and `end_col_offset` after the fields of every node that
//! has attributes in CPython (statements, expressions, except handlers,
//! `arg`, `keyword`, `alias`, patterns). Lines are 1-based; columns are
//! UTF-8 byte offsets within the line, as CPython counts them after
//! translating `\r\n` and lone `\r` to `\n`.
//!
//! Everything is appended to one `String`.

use crate::LineIndex;
use crate::ast::*;
use crate::pyrepr::{
    push_repr_bytes, push_repr_complex, push_repr_float, push_repr_str, push_repr_text,
};
use std::fmt::Write;

/// `ast.dump(module)`.
pub fn dump_module(m: &Module) -> String {
    Dumper::<false> {
        out: String::with_capacity(256 + m.body.len() * 128),
        lines: None,
    }
    .module(m)
}

/// `ast.dump(module, include_attributes=True)`; `source` is the decoded
/// text the module was parsed from.
pub fn dump_module_with_positions(m: &Module, source: &str) -> String {
    let lines = LineIndex::new(source);
    Dumper::<true> {
        out: String::with_capacity(256 + m.body.len() * 256),
        lines: Some(&lines),
    }
    .module(m)
}

/// The writer; `POSITIONS` selects the attributes at compile time, so that
/// `dump_module` pays nothing for them.
struct Dumper<'a, const POSITIONS: bool> {
    out: String,
    /// Set when positions are printed.
    lines: Option<&'a LineIndex>,
}

impl<const POSITIONS: bool> Dumper<'_, POSITIONS> {
    fn module(mut self, m: &Module) -> String {
        self.open("Module");
        self.stmts_field("body", &m.body);
        self.out.push_str(", type_ignores=[])");
        self.out
    }

    /// Ends a node that has position attributes in CPython: appends them
    /// when they are printed, then `)`.
    fn close_at(&mut self, range: TextRange) {
        if POSITIONS && let Some(lines) = self.lines {
            let (line, col) = line_col(lines, range.start as usize);
            let (end_line, end_col) = line_col(lines, range.end as usize);
            self.int_field("lineno", line as i64);
            self.int_field("col_offset", col as i64);
            self.int_field("end_lineno", end_line as i64);
            self.int_field("end_col_offset", end_col as i64);
        }
        self.close();
    }

    /// Starts a node: `Name(`.
    fn open(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
    }

    fn close(&mut self) {
        self.out.push(')');
    }

    /// A node without fields, such as `Load()` or `Pass()`.
    fn unit(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push_str("()");
    }

    /// Starts `name=`, preceded by `, ` unless it is the node's first field.
    /// A field value never ends in `(`, so the last character tells.
    fn field(&mut self, name: &str) {
        if !self.out.ends_with('(') {
            self.out.push_str(", ");
        }
        self.out.push_str(name);
        self.out.push('=');
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            each(self, item);
        }
        self.out.push(']');
    }

    fn expr_field(&mut self, name: &str, e: &Expr) {
        self.field(name);
        self.expr(e);
    }

    fn opt_expr_field(&mut self, name: &str, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr_field(name, e);
        }
    }

    fn exprs_field(&mut self, name: &str, es: &[Expr]) {
        self.field(name);
        self.list(es, |d, e| d.expr(e));
    }

    /// A list whose elements may be `None` (`Dict.keys`, `kw_defaults`).
    fn opt_exprs_field(&mut self, name: &str, es: &[Option<Expr>]) {
        self.field(name);
        self.list(es, |d, e| match e {
            Some(e) => d.expr(e),
            None => d.out.push_str("None"),
        });
    }

    fn stmts_field(&mut self, name: &str, body: &[Stmt]) {
        self.field(name);
        self.list(body, |d, s| d.stmt(s));
    }

    fn patterns_field(&mut self, name: &str, ps: &[Pattern]) {
        self.field(name);
        self.list(ps, |d, p| d.pattern(p));
    }

    fn str_field(&mut self, name: &str, s: &str) {
        self.field(name);
        push_repr_text(&mut self.out, s);
    }

    fn ident_field(&mut self, name: &str, id: &Identifier) {
        self.str_field(name, &id.id);
    }

    fn opt_ident_field(&mut self, name: &str, id: Option<&Identifier>) {
        if let Some(id) = id {
            self.ident_field(name, id);
        }
    }

    fn idents_field(&mut self, name: &str, ids: &[Identifier]) {
        self.field(name);
        self.list(ids, |d, id| push_repr_text(&mut d.out, &id.id));
    }

    fn int_field(&mut self, name: &str, v: i64) {
        self.field(name);
        write!(self.out, "{v}").expect("writing to a String");
    }

    fn ctx_field(&mut self, ctx: ExprContext) {
        self.field("ctx");
        self.unit(match ctx {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        });
    }

    fn operator_field(&mut self, op: Operator) {
        self.field("op");
        self.unit(match op {
            Operator::Add => "Add",
            Operator::Sub => "Sub",
            Operator::Mult => "Mult",
            Operator::MatMult => "MatMult",
            Operator::Div => "Div",
            Operator::Mod => "Mod",
            Operator::Pow => "Pow",
            Operator::LShift => "LShift",
            Operator::RShift => "RShift",
            Operator::BitOr => "BitOr",
            Operator::BitXor => "BitXor",
            Operator::BitAnd => "BitAnd",
            Operator::FloorDiv => "FloorDiv",
        });
    }

    fn cmp_op(&mut self, op: &CmpOp) {
        self.unit(match op {
            CmpOp::Eq => "Eq",
            CmpOp::NotEq => "NotEq",
            CmpOp::Lt => "Lt",
            CmpOp::LtE => "LtE",
            CmpOp::Gt => "Gt",
            CmpOp::GtE => "GtE",
            CmpOp::Is => "Is",
            CmpOp::IsNot => "IsNot",
            CmpOp::In => "In",
            CmpOp::NotIn => "NotIn",
        });
    }

    fn constant(&mut self, c: &Constant) {
        let out = &mut self.out;
        match c {
            Constant::None => out.push_str("None"),
            Constant::Bool(true) => out.push_str("True"),
            Constant::Bool(false) => out.push_str("False"),
            Constant::Str(s) => push_repr_str(out, s),
            Constant::Bytes(b) => push_repr_bytes(out, b),
            Constant::Int(LitInt::Small(n)) => write!(out, "{n}").expect("writing to a String"),
            Constant::Int(LitInt::Big(n)) => write!(out, "{n}").expect("writing to a String"),
            Constant::Float(f) => push_repr_float(out, *f),
            Constant::Complex { real, imag } => push_repr_complex(out, *real, *imag),
            Constant::Ellipsis => out.push_str("Ellipsis"),
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.open(if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                });
                self.ident_field("name", &f.name);
                self.field("args");
                self.arguments(&f.args);
                self.stmts_field("body", &f.body);
                self.exprs_field("decorator_list", &f.decorator_list);
                self.opt_expr_field("returns", f.returns.as_deref());
            }
            StmtKind::ClassDef(c) => {
                self.open("ClassDef");
                self.ident_field("name", &c.name);
                self.exprs_field("bases", &c.bases);
                self.field("keywords");
                self.list(&c.keywords, |d, k| d.keyword(k));
                self.stmts_field("body", &c.body);
                self.exprs_field("decorator_list", &c.decorator_list);
            }
            StmtKind::Return { value } => {
                self.open("Return");
                self.opt_expr_field("value", value.as_deref());
            }
            StmtKind::Delete { targets } => {
                self.open("Delete");
                self.exprs_field("targets", targets);
            }
            StmtKind::Assign { targets, value } => {
                self.open("Assign");
                self.exprs_field("targets", targets);
                self.expr_field("value", value);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign");
                self.expr_field("target", target);
                self.operator_field(*op);
                self.expr_field("value", value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign");
                self.expr_field("target", target);
                self.expr_field("annotation", annotation);
                self.opt_expr_field("value", value.as_deref());
                self.int_field("simple", *simple as i64);
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                self.open(if *is_async { "AsyncFor" } else { "For" });
                self.expr_field("target", target);
                self.expr_field("iter", iter);
                self.stmts_field("body", body);
                self.stmts_field("orelse", orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.open("While");
                self.expr_field("test", test);
                self.stmts_field("body", body);
                self.stmts_field("orelse", orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.open("If");
                self.expr_field("test", test);
                self.stmts_field("body", body);
                self.stmts_field("orelse", orelse);
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                self.open(if *is_async { "AsyncWith" } else { "With" });
                self.field("items");
                self.list(items, |d, item| {
                    d.open("withitem");
                    d.expr_field("context_expr", &item.context_expr);
                    d.opt_expr_field("optional_vars", item.optional_vars.as_deref());
                    d.close();
                });
                self.stmts_field("body", body);
            }
            StmtKind::Match { subject, cases } => {
                self.open("Match");
                self.expr_field("subject", subject);
                self.field("cases");
                self.list(cases, |d, case| {
                    d.open("match_case");
                    d.field("pattern");
                    d.pattern(&case.pattern);
                    d.opt_expr_field("guard", case.guard.as_deref());
                    d.stmts_field("body", &case.body);
                    d.close();
                });
            }
            StmtKind::Raise { exc, cause } => {
                self.open("Raise");
                self.opt_expr_field("exc", exc.as_deref());
                self.opt_expr_field("cause", cause.as_deref());
            }
            StmtKind::Try {
                is_star,
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.open(if *is_star { "TryStar" } else { "Try" });
                self.stmts_field("body", body);
                self.field("handlers");
                self.list(handlers, |d, h| {
                    d.open("ExceptHandler");
                    d.opt_expr_field("type", h.type_.as_deref());
                    d.opt_ident_field("name", h.name.as_ref());
                    d.stmts_field("body", &h.body);
                    d.close_at(h.range);
                });
                self.stmts_field("orelse", orelse);
                self.stmts_field("finalbody", finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.open("Assert");
                self.expr_field("test", test);
                self.opt_expr_field("msg", msg.as_deref());
            }
            StmtKind::Import { names } => {
                self.open("Import");
                self.aliases_field(names);
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom");
                self.opt_ident_field("module", module.as_ref());
                self.aliases_field(names);
                self.int_field("level", *level as i64);
            }
            StmtKind::Global { names } => {
                self.open("Global");
                self.idents_field("names", names);
            }
            StmtKind::Nonlocal { names } => {
                self.open("Nonlocal");
                self.idents_field("names", names);
            }
            StmtKind::Expr { value } => {
                self.open("Expr");
                self.expr_field("value", value);
            }
            StmtKind::Pass => self.open("Pass"),
            StmtKind::Break => self.open("Break"),
            StmtKind::Continue => self.open("Continue"),
        }
        self.close_at(s.range);
    }

    fn aliases_field(&mut self, names: &[Alias]) {
        self.field("names");
        self.list(names, |d, a| {
            d.open("alias");
            d.ident_field("name", &a.name);
            d.opt_ident_field("asname", a.asname.as_ref());
            d.close_at(a.range);
        });
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments");
        self.args_field("posonlyargs", &a.posonlyargs);
        self.args_field("args", &a.args);
        if let Some(v) = &a.vararg {
            self.field("vararg");
            self.arg(v);
        }
        self.args_field("kwonlyargs", &a.kwonlyargs);
        self.opt_exprs_field("kw_defaults", &a.kw_defaults);
        if let Some(k) = &a.kwarg {
            self.field("kwarg");
            self.arg(k);
        }
        self.exprs_field("defaults", &a.defaults);
        self.close();
    }

    fn args_field(&mut self, name: &str, args: &[Arg]) {
        self.field(name);
        self.list(args, |d, a| d.arg(a));
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg");
        self.ident_field("arg", &a.arg);
        self.opt_expr_field("annotation", a.annotation.as_deref());
        self.close_at(a.range);
    }

    fn keyword(&mut self, k: &Keyword) {
        self.open("keyword");
        self.opt_ident_field("arg", k.arg.as_ref());
        self.expr_field("value", &k.value);
        self.close_at(k.range);
    }

    fn generators_field(&mut self, gens: &[Comprehension]) {
        self.field("generators");
        self.list(gens, |d, c| {
            d.open("comprehension");
            d.expr_field("target", &c.target);
            d.expr_field("iter", &c.iter);
            d.exprs_field("ifs", &c.ifs);
            d.int_field("is_async", c.is_async as i64);
            d.close();
        });
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.open("BoolOp");
                self.field("op");
                self.unit(match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                });
                self.exprs_field("values", values);
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("NamedExpr");
                self.expr_field("target", target);
                self.expr_field("value", value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp");
                self.expr_field("left", left);
                self.operator_field(*op);
                self.expr_field("right", right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.open("UnaryOp");
                self.field("op");
                self.unit(match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                });
                self.expr_field("operand", operand);
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda");
                self.field("args");
                self.arguments(args);
                self.expr_field("body", body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp");
                self.expr_field("test", test);
                self.expr_field("body", body);
                self.expr_field("orelse", orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict");
                self.opt_exprs_field("keys", keys);
                self.exprs_field("values", values);
            }
            ExprKind::Set { elts } => {
                self.open("Set");
                self.exprs_field("elts", elts);
            }
            ExprKind::ListComp { elt, generators } => {
                self.open("ListComp");
                self.expr_field("elt", elt);
                self.generators_field(generators);
            }
            ExprKind::SetComp { elt, generators } => {
                self.open("SetComp");
                self.expr_field("elt", elt);
                self.generators_field(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp");
                self.expr_field("key", key);
                self.expr_field("value", value);
                self.generators_field(generators);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.open("GeneratorExp");
                self.expr_field("elt", elt);
                self.generators_field(generators);
            }
            ExprKind::Await { value } => {
                self.open("Await");
                self.expr_field("value", value);
            }
            ExprKind::Yield { value } => {
                self.open("Yield");
                self.opt_expr_field("value", value.as_deref());
            }
            ExprKind::YieldFrom { value } => {
                self.open("YieldFrom");
                self.expr_field("value", value);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare");
                self.expr_field("left", left);
                self.field("ops");
                self.list(ops, |d, op| d.cmp_op(op));
                self.exprs_field("comparators", comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call");
                self.expr_field("func", func);
                self.exprs_field("args", args);
                self.field("keywords");
                self.list(keywords, |d, k| d.keyword(k));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue");
                self.expr_field("value", value);
                self.int_field("conversion", *conversion as i64);
                self.opt_expr_field("format_spec", format_spec.as_deref());
            }
            ExprKind::JoinedStr { values } => {
                self.open("JoinedStr");
                self.exprs_field("values", values);
            }
            ExprKind::Constant { value, kind } => {
                self.open("Constant");
                self.field("value");
                self.constant(value);
                if let Some(kind) = kind {
                    self.str_field("kind", kind);
                }
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.open("Attribute");
                self.expr_field("value", value);
                self.ident_field("attr", attr);
                self.ctx_field(*ctx);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.open("Subscript");
                self.expr_field("value", value);
                self.expr_field("slice", slice);
                self.ctx_field(*ctx);
            }
            ExprKind::Starred { value, ctx } => {
                self.open("Starred");
                self.expr_field("value", value);
                self.ctx_field(*ctx);
            }
            ExprKind::Name { id, ctx } => {
                self.open("Name");
                self.str_field("id", id);
                self.ctx_field(*ctx);
            }
            ExprKind::List { elts, ctx } => {
                self.open("List");
                self.exprs_field("elts", elts);
                self.ctx_field(*ctx);
            }
            ExprKind::Tuple { elts, ctx } => {
                self.open("Tuple");
                self.exprs_field("elts", elts);
                self.ctx_field(*ctx);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice");
                self.opt_expr_field("lower", lower.as_deref());
                self.opt_expr_field("upper", upper.as_deref());
                self.opt_expr_field("step", step.as_deref());
            }
        }
        self.close_at(e.range);
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.open("MatchValue");
                self.expr_field("value", value);
            }
            PatternKind::MatchSingleton { value } => {
                self.open("MatchSingleton");
                self.field("value");
                self.constant(value);
            }
            PatternKind::MatchSequence { patterns } => {
                self.open("MatchSequence");
                self.patterns_field("patterns", patterns);
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("MatchMapping");
                self.exprs_field("keys", keys);
                self.patterns_field("patterns", patterns);
                self.opt_ident_field("rest", rest.as_ref());
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.open("MatchClass");
                self.expr_field("cls", cls);
                self.patterns_field("patterns", patterns);
                self.idents_field("kwd_attrs", kwd_attrs);
                self.patterns_field("kwd_patterns", kwd_patterns);
            }
            PatternKind::MatchStar { name } => {
                self.open("MatchStar");
                self.opt_ident_field("name", name.as_ref());
            }
            PatternKind::MatchAs { pattern, name } => {
                self.open("MatchAs");
                if let Some(pattern) = pattern {
                    self.field("pattern");
                    self.pattern(pattern);
                }
                self.opt_ident_field("name", name.as_ref());
            }
            PatternKind::MatchOr { patterns } => {
                self.open("MatchOr");
                self.patterns_field("patterns", patterns);
            }
        }
        self.close_at(p.range);
    }
}

/// 1-based line and 0-based UTF-8 byte column of a byte offset.
fn line_col(lines: &LineIndex, offset: usize) -> (usize, usize) {
    let line = lines.line(offset);
    (line, offset - lines.line_start(line))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pystr::PyStr;
    use num_bigint::BigInt;

    // Expected strings were produced by CPython 3.11.7's
    // `ast.dump(ast.parse(src))` for the source shown above each test.

    fn ident(s: &str) -> Identifier {
        Identifier {
            id: s.to_string(),
            range: TextRange::default(),
        }
    }
    fn e(kind: ExprKind) -> Expr {
        Expr {
            kind,
            range: TextRange::default(),
        }
    }
    fn bx(kind: ExprKind) -> Box<Expr> {
        Box::new(e(kind))
    }
    fn st(kind: StmtKind) -> Stmt {
        Stmt {
            kind,
            range: TextRange::default(),
        }
    }
    fn pat(kind: PatternKind) -> Pattern {
        Pattern {
            kind,
            range: TextRange::default(),
        }
    }
    fn name(id: &str, ctx: ExprContext) -> ExprKind {
        ExprKind::Name {
            id: id.to_string(),
            ctx,
        }
    }
    fn load(id: &str) -> Expr {
        e(name(id, ExprContext::Load))
    }
    fn store(id: &str) -> Expr {
        e(name(id, ExprContext::Store))
    }
    fn cst(value: Constant) -> ExprKind {
        ExprKind::Constant { value, kind: None }
    }
    fn int(n: i64) -> Expr {
        e(cst(Constant::Int(LitInt::Small(n))))
    }
    fn string(s: &str) -> Expr {
        e(cst(Constant::Str(PyStr::from(s))))
    }
    fn expr_stmt(value: Expr) -> Stmt {
        st(StmtKind::Expr {
            value: Box::new(value),
        })
    }
    fn pass() -> Stmt {
        st(StmtKind::Pass)
    }
    fn arg(name: &str, annotation: Option<Expr>) -> Arg {
        Arg {
            arg: ident(name),
            annotation: annotation.map(Box::new),
            range: TextRange::default(),
        }
    }
    fn keyword(arg: Option<&str>, value: Expr) -> Keyword {
        Keyword {
            arg: arg.map(ident),
            value,
            range: TextRange::default(),
        }
    }
    fn comp(target: Expr, iter: Expr, ifs: Vec<Expr>, is_async: bool) -> Comprehension {
        Comprehension {
            target,
            iter,
            ifs,
            is_async,
            range: TextRange::default(),
        }
    }
    fn dump(body: Vec<Stmt>) -> String {
        dump_module(&Module { body })
    }

    // x = (a) + f(b,<CRLF>  é)<CRLF>@d<CRLF>def g(): pass<CRLF>
    // Columns are UTF-8 byte offsets; a decorated def starts at `def`.
    #[test]
    fn positions() {
        let src = "x = (a) + f(b,\r\n  \u{e9})\r\n@d\r\ndef g(): pass\r\n";
        let m = crate::parse_module(src).unwrap();
        assert_eq!(
            dump_module_with_positions(&m, src),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), Name(id='\u{e9}', ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=4)], keywords=[], lineno=1, col_offset=10, end_lineno=2, end_col_offset=5), lineno=1, col_offset=4, end_lineno=2, end_col_offset=5), lineno=1, col_offset=0, end_lineno=2, end_col_offset=5), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=4, col_offset=9, end_lineno=4, end_col_offset=13)], decorator_list=[Name(id='d', ctx=Load(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2)], lineno=4, col_offset=0, end_lineno=4, end_col_offset=13)], type_ignores=[])"
        );
        assert!(!dump_module(&m).contains("lineno"));
    }

    #[test]
    fn empty_module() {
        assert_eq!(dump(vec![]), "Module(body=[], type_ignores=[])");
    }

    // x = 1 + 2
    #[test]
    fn assign() {
        let m = vec![st(StmtKind::Assign {
            targets: vec![store("x")],
            value: bx(ExprKind::BinOp {
                left: Box::new(int(1)),
                op: Operator::Add,
                right: Box::new(int(2)),
            }),
        })];
        assert_eq!(
            dump(m),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"
        );
    }

    // @dec
    // async def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:
    //     return
    #[test]
    fn async_function_def() {
        let args = Arguments {
            posonlyargs: vec![arg("a", None)],
            args: vec![arg("b", Some(load("int")))],
            vararg: Some(arg("args", None)),
            kwonlyargs: vec![arg("c", None), arg("d", None)],
            kw_defaults: vec![None, Some(int(2))],
            kwarg: Some(arg("kw", None)),
            defaults: vec![int(1)],
        };
        let m = vec![st(StmtKind::FunctionDef(FunctionDef {
            is_async: true,
            name: ident("f"),
            args: Box::new(args),
            body: vec![st(StmtKind::Return { value: None })],
            decorator_list: vec![load("dec")],
            returns: Some(bx(cst(Constant::None))),
        }))];
        assert_eq!(
            dump(m),
            "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return()], decorator_list=[Name(id='dec', ctx=Load())], returns=Constant(value=None))], type_ignores=[])"
        );
    }

    // lambda: 0
    #[test]
    fn lambda() {
        let m = vec![expr_stmt(e(ExprKind::Lambda {
            args: Box::default(),
            body: Box::new(int(0)),
        }))];
        assert_eq!(
            dump(m),
            "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"
        );
    }

    // class C(B, metaclass=M, **kw):
    //     pass
    #[test]
    fn class_def() {
        let m = vec![st(StmtKind::ClassDef(ClassDef {
            name: ident("C"),
            bases: vec![load("B")],
            keywords: vec![
                keyword(Some("metaclass"), load("M")),
                keyword(None, load("kw")),
            ],
            body: vec![pass()],
            decorator_list: vec![],
        }))];
        assert_eq!(
            dump(m),
            "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[])"
        );
    }

    // import os.path as p, sys
    // from . import a
    // from ..m import (b as c, d)
    // from x import *
    #[test]
    fn imports() {
        let alias = |n: &str, a: Option<&str>| Alias {
            name: ident(n),
            asname: a.map(ident),
            range: TextRange::default(),
        };
        let m = vec![
            st(StmtKind::Import {
                names: vec![alias("os.path", Some("p")), alias("sys", None)],
            }),
            st(StmtKind::ImportFrom {
                module: None,
                names: vec![alias("a", None)],
                level: 1,
            }),
            st(StmtKind::ImportFrom {
                module: Some(ident("m")),
                names: vec![alias("b", Some("c")), alias("d", None)],
                level: 2,
            }),
            st(StmtKind::ImportFrom {
                module: Some(ident("x")),
                names: vec![alias("*", None)],
                level: 0,
            }),
        ];
        assert_eq!(
            dump(m),
            "Module(body=[Import(names=[alias(name='os.path', asname='p'), alias(name='sys')]), ImportFrom(names=[alias(name='a')], level=1), ImportFrom(module='m', names=[alias(name='b', asname='c'), alias(name='d')], level=2), ImportFrom(module='x', names=[alias(name='*')], level=0)], type_ignores=[])"
        );
    }

    // try:
    //     pass
    // except E as e:
    //     raise X from e
    // except:
    //     pass
    // else:
    //     pass
    // finally:
    //     pass
    // try:
    //     pass
    // except* (A, B):
    //     pass
    #[test]
    fn try_and_try_star() {
        let handler = |type_: Option<Expr>, name: Option<&str>, body| ExceptHandler {
            type_: type_.map(Box::new),
            name: name.map(ident),
            body,
            range: TextRange::default(),
        };
        let m = vec![
            st(StmtKind::Try {
                is_star: false,
                body: vec![pass()],
                handlers: vec![
                    handler(
                        Some(load("E")),
                        Some("e"),
                        vec![st(StmtKind::Raise {
                            exc: Some(Box::new(load("X"))),
                            cause: Some(Box::new(load("e"))),
                        })],
                    ),
                    handler(None, None, vec![pass()]),
                ],
                orelse: vec![pass()],
                finalbody: vec![pass()],
            }),
            st(StmtKind::Try {
                is_star: true,
                body: vec![pass()],
                handlers: vec![handler(
                    Some(e(ExprKind::Tuple {
                        elts: vec![load("A"), load("B")],
                        ctx: ExprContext::Load,
                    })),
                    None,
                    vec![pass()],
                )],
                orelse: vec![],
                finalbody: vec![],
            }),
        ];
        assert_eq!(
            dump(m),
            "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='e', ctx=Load()))]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()]), TryStar(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"
        );
    }

    // async def g():
    //     async for i in y:
    //         break
    //     else:
    //         continue
    //     async with a as b, c:
    //         await z
    // while x:
    //     pass
    #[test]
    fn async_loops_and_with() {
        let body = vec![
            st(StmtKind::For {
                is_async: true,
                target: Box::new(store("i")),
                iter: Box::new(load("y")),
                body: vec![st(StmtKind::Break)],
                orelse: vec![st(StmtKind::Continue)],
            }),
            st(StmtKind::With {
                is_async: true,
                items: vec![
                    WithItem {
                        context_expr: load("a"),
                        optional_vars: Some(Box::new(store("b"))),
                    },
                    WithItem {
                        context_expr: load("c"),
                        optional_vars: None,
                    },
                ],
                body: vec![expr_stmt(e(ExprKind::Await {
                    value: Box::new(load("z")),
                }))],
            }),
        ];
        let m = vec![
            st(StmtKind::FunctionDef(FunctionDef {
                is_async: true,
                name: ident("g"),
                args: Box::default(),
                body,
                decorator_list: vec![],
                returns: None,
            })),
            st(StmtKind::While {
                test: Box::new(load("x")),
                body: vec![pass()],
                orelse: vec![],
            }),
        ];
        assert_eq!(
            dump(m),
            "Module(body=[AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='i', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Break()], orelse=[Continue()]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Expr(value=Await(value=Name(id='z', ctx=Load())))])], decorator_list=[]), While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"
        );
    }

    // match p:
    //     case None | True | -1:
    //         pass
    //     case [1, *rest, _] if rest:
    //         pass
    //     case {'k': v, **kw}:
    //         pass
    //     case Point(0, y=(1 | 2) as q):
    //         pass
    //     case [*_]:
    //         pass
    #[test]
    fn match_patterns() {
        let value = |x: Expr| pat(PatternKind::MatchValue { value: Box::new(x) });
        let case = |pattern, guard: Option<Expr>| MatchCase {
            pattern,
            guard: guard.map(Box::new),
            body: vec![pass()],
        };
        let as_ = |pattern: Option<Pattern>, name: Option<&str>| {
            pat(PatternKind::MatchAs {
                pattern: pattern.map(Box::new),
                name: name.map(ident),
            })
        };
        let cases = vec![
            case(
                pat(PatternKind::MatchOr {
                    patterns: vec![
                        pat(PatternKind::MatchSingleton {
                            value: Constant::None,
                        }),
                        pat(PatternKind::MatchSingleton {
                            value: Constant::Bool(true),
                        }),
                        value(e(ExprKind::UnaryOp {
                            op: UnaryOp::USub,
                            operand: Box::new(int(1)),
                        })),
                    ],
                }),
                None,
            ),
            case(
                pat(PatternKind::MatchSequence {
                    patterns: vec![
                        value(int(1)),
                        pat(PatternKind::MatchStar {
                            name: Some(ident("rest")),
                        }),
                        as_(None, None),
                    ],
                }),
                Some(load("rest")),
            ),
            case(
                pat(PatternKind::MatchMapping {
                    keys: vec![string("k")],
                    patterns: vec![as_(None, Some("v"))],
                    rest: Some(ident("kw")),
                }),
                None,
            ),
            case(
                pat(PatternKind::MatchClass {
                    cls: Box::new(load("Point")),
                    patterns: vec![value(int(0))],
                    kwd_attrs: vec![ident("y")],
                    kwd_patterns: vec![as_(
                        Some(pat(PatternKind::MatchOr {
                            patterns: vec![value(int(1)), value(int(2))],
                        })),
                        Some("q"),
                    )],
                }),
                None,
            ),
            case(
                pat(PatternKind::MatchSequence {
                    patterns: vec![pat(PatternKind::MatchStar { name: None })],
                }),
                None,
            ),
        ];
        let m = vec![st(StmtKind::Match {
            subject: Box::new(load("p")),
            cases,
        })];
        assert_eq!(
            dump(m),
            "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value=True), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1)))]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest'), MatchAs()]), guard=Name(id='rest', ctx=Load()), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=0))], kwd_attrs=['y'], kwd_patterns=[MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='q')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchStar()]), body=[Pass()])])], type_ignores=[])"
        );
    }

    // {**a, 'b': 1}
    // f'{x!r:>{w}}'
    // x: int = 5
    // (y): int
    // u'hi'
    // [i async for i in y if i]
    // global g, h
    #[test]
    fn dict_fstring_annassign_kind_comprehension_global() {
        let m = vec![
            expr_stmt(e(ExprKind::Dict {
                keys: vec![None, Some(string("b"))],
                values: vec![load("a"), int(1)],
            })),
            expr_stmt(e(ExprKind::JoinedStr {
                values: vec![e(ExprKind::FormattedValue {
                    value: Box::new(load("x")),
                    conversion: 'r' as i32,
                    format_spec: Some(bx(ExprKind::JoinedStr {
                        values: vec![
                            string(">"),
                            e(ExprKind::FormattedValue {
                                value: Box::new(load("w")),
                                conversion: -1,
                                format_spec: None,
                            }),
                        ],
                    })),
                })],
            })),
            st(StmtKind::AnnAssign {
                target: Box::new(store("x")),
                annotation: Box::new(load("int")),
                value: Some(Box::new(int(5))),
                simple: true,
            }),
            st(StmtKind::AnnAssign {
                target: Box::new(store("y")),
                annotation: Box::new(load("int")),
                value: None,
                simple: false,
            }),
            expr_stmt(e(ExprKind::Constant {
                value: Constant::Str(PyStr::from("hi")),
                kind: Some("u"),
            })),
            expr_stmt(e(ExprKind::ListComp {
                elt: Box::new(load("i")),
                generators: vec![comp(store("i"), load("y"), vec![load("i")], true)],
            })),
            st(StmtKind::Global {
                names: vec![ident("g"), ident("h")],
            }),
        ];
        assert_eq!(
            dump(m),
            "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))])), AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0), Expr(value=Constant(value='hi', kind='u')), Expr(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='i', ctx=Load())], is_async=1)])), Global(names=['g', 'h'])], type_ignores=[])"
        );
    }

    // (None, True, False, ..., 123456789012345678901234567890, 1.5, 2j,
    //  b'\x00\'"', 'it\'s', -1e400)
    #[test]
    fn constants() {
        let big: BigInt = "123456789012345678901234567890".parse().unwrap();
        let elts = vec![
            e(cst(Constant::None)),
            e(cst(Constant::Bool(true))),
            e(cst(Constant::Bool(false))),
            e(cst(Constant::Ellipsis)),
            e(cst(Constant::Int(LitInt::Big(Box::new(big))))),
            e(cst(Constant::Float(1.5))),
            e(cst(Constant::Complex {
                real: 0.0,
                imag: 2.0,
            })),
            e(cst(Constant::Bytes(b"\x00'\"".to_vec()))),
            string("it's"),
            e(ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: bx(cst(Constant::Float(f64::INFINITY))),
            }),
        ];
        let m = vec![expr_stmt(e(ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        }))];
        assert_eq!(
            dump(m),
            r#"Module(body=[Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False), Constant(value=Ellipsis), Constant(value=123456789012345678901234567890), Constant(value=1.5), Constant(value=2j), Constant(value=b'\x00\'"'), Constant(value="it's"), UnaryOp(op=USub(), operand=Constant(value=inf))], ctx=Load()))], type_ignores=[])"#
        );
    }

    // del a[1:2:3], b.c
    // assert x, 'm'
    // y = yield
    // z = yield from w
    // (n := 1)
    // a < b is not c not in d
    // not ~+-x if p else q
    // f(*a, k=1, **m)
    // {1, 2}
    // {k: v for k, v in d}
    // (e for e in s)
    // [a, *b] = c
    // x += 1
    #[test]
    fn misc_statements_and_expressions() {
        let unary = |op, operand| {
            e(ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            })
        };
        let m = vec![
            st(StmtKind::Delete {
                targets: vec![
                    e(ExprKind::Subscript {
                        value: Box::new(load("a")),
                        slice: bx(ExprKind::Slice {
                            lower: Some(Box::new(int(1))),
                            upper: Some(Box::new(int(2))),
                            step: Some(Box::new(int(3))),
                        }),
                        ctx: ExprContext::Del,
                    }),
                    e(ExprKind::Attribute {
                        value: Box::new(load("b")),
                        attr: ident("c"),
                        ctx: ExprContext::Del,
                    }),
                ],
            }),
            st(StmtKind::Assert {
                test: Box::new(load("x")),
                msg: Some(Box::new(string("m"))),
            }),
            st(StmtKind::Assign {
                targets: vec![store("y")],
                value: bx(ExprKind::Yield { value: None }),
            }),
            st(StmtKind::Assign {
                targets: vec![store("z")],
                value: bx(ExprKind::YieldFrom {
                    value: Box::new(load("w")),
                }),
            }),
            expr_stmt(e(ExprKind::NamedExpr {
                target: Box::new(store("n")),
                value: Box::new(int(1)),
            })),
            expr_stmt(e(ExprKind::Compare {
                left: Box::new(load("a")),
                ops: vec![CmpOp::Lt, CmpOp::IsNot, CmpOp::NotIn],
                comparators: vec![load("b"), load("c"), load("d")],
            })),
            expr_stmt(e(ExprKind::IfExp {
                test: Box::new(load("p")),
                body: Box::new(unary(
                    UnaryOp::Not,
                    unary(
                        UnaryOp::Invert,
                        unary(UnaryOp::UAdd, unary(UnaryOp::USub, load("x"))),
                    ),
                )),
                orelse: Box::new(load("q")),
            })),
            expr_stmt(e(ExprKind::Call {
                func: Box::new(load("f")),
                args: vec![e(ExprKind::Starred {
                    value: Box::new(load("a")),
                    ctx: ExprContext::Load,
                })],
                keywords: vec![keyword(Some("k"), int(1)), keyword(None, load("m"))],
            })),
            expr_stmt(e(ExprKind::Set {
                elts: vec![int(1), int(2)],
            })),
            expr_stmt(e(ExprKind::DictComp {
                key: Box::new(load("k")),
                value: Box::new(load("v")),
                generators: vec![comp(
                    e(ExprKind::Tuple {
                        elts: vec![store("k"), store("v")],
                        ctx: ExprContext::Store,
                    }),
                    load("d"),
                    vec![],
                    false,
                )],
            })),
            expr_stmt(e(ExprKind::GeneratorExp {
                elt: Box::new(load("e")),
                generators: vec![comp(store("e"), load("s"), vec![], false)],
            })),
            st(StmtKind::Assign {
                targets: vec![e(ExprKind::List {
                    elts: vec![
                        store("a"),
                        e(ExprKind::Starred {
                            value: Box::new(store("b")),
                            ctx: ExprContext::Store,
                        }),
                    ],
                    ctx: ExprContext::Store,
                })],
                value: Box::new(load("c")),
            }),
            st(StmtKind::AugAssign {
                target: Box::new(store("x")),
                op: Operator::Add,
                value: Box::new(int(1)),
            }),
        ];
        assert_eq!(
            dump(m),
            "Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())]), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m')), Assign(targets=[Name(id='y', ctx=Store())], value=Yield()), Assign(targets=[Name(id='z', ctx=Store())], value=YieldFrom(value=Name(id='w', ctx=Load()))), Expr(value=NamedExpr(target=Name(id='n', ctx=Store()), value=Constant(value=1))), Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])), Expr(value=IfExp(test=Name(id='p', ctx=Load()), body=UnaryOp(op=Not(), operand=UnaryOp(op=Invert(), operand=UnaryOp(op=UAdd(), operand=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load()))))), orelse=Name(id='q', ctx=Load()))), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=1)), keyword(value=Name(id='m', ctx=Load()))])), Expr(value=Set(elts=[Constant(value=1), Constant(value=2)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='e', ctx=Load()), generators=[comprehension(target=Name(id='e', ctx=Store()), iter=Name(id='s', ctx=Load()), ifs=[], is_async=0)])), Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"
        );
    }

    // a and b or c
    // x @ y // z ** w % v << 1 >> 2 | 3 ^ 4 & 5 - 6 / 7 * 8
    #[test]
    fn operators() {
        let bin = |left: Expr, op, right: Expr| {
            e(ExprKind::BinOp {
                left: Box::new(left),
                op,
                right: Box::new(right),
            })
        };
        let bool_op = |op, values| e(ExprKind::BoolOp { op, values });
        let lhs = bin(
            bin(
                bin(
                    bin(
                        bin(load("x"), Operator::MatMult, load("y")),
                        Operator::FloorDiv,
                        bin(load("z"), Operator::Pow, load("w")),
                    ),
                    Operator::Mod,
                    load("v"),
                ),
                Operator::LShift,
                int(1),
            ),
            Operator::RShift,
            int(2),
        );
        let rhs = bin(
            int(3),
            Operator::BitXor,
            bin(
                int(4),
                Operator::BitAnd,
                bin(
                    int(5),
                    Operator::Sub,
                    bin(bin(int(6), Operator::Div, int(7)), Operator::Mult, int(8)),
                ),
            ),
        );
        let m = vec![
            expr_stmt(bool_op(
                BoolOp::Or,
                vec![bool_op(BoolOp::And, vec![load("a"), load("b")]), load("c")],
            )),
            expr_stmt(bin(lhs, Operator::BitOr, rhs)),
        ];
        assert_eq!(
            dump(m),
            "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())])), Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='x', ctx=Load()), op=MatMult(), right=Name(id='y', ctx=Load())), op=FloorDiv(), right=BinOp(left=Name(id='z', ctx=Load()), op=Pow(), right=Name(id='w', ctx=Load()))), op=Mod(), right=Name(id='v', ctx=Load())), op=LShift(), right=Constant(value=1)), op=RShift(), right=Constant(value=2)), op=BitOr(), right=BinOp(left=Constant(value=3), op=BitXor(), right=BinOp(left=Constant(value=4), op=BitAnd(), right=BinOp(left=Constant(value=5), op=Sub(), right=BinOp(left=BinOp(left=Constant(value=6), op=Div(), right=Constant(value=7)), op=Mult(), right=Constant(value=8)))))))], type_ignores=[])"
        );
    }

    // def f():
    //     nonlocal é, x
    //     return '\ud800\x00\u00e9\U0001f600\u200b', 1e16j, 1e-5, 0j, 5e-324, -0, 0xff
    // x[a, b:c, ::]
    // x == y != z <= w >= v > u is t in s
    #[test]
    fn nonlocal_string_escapes_slices_compare() {
        let mut text = PyStr::new();
        for cp in [0xD800, 0x00, 0xE9, 0x1F600, 0x200B] {
            text.push_code_point(cp);
        }
        let complex = |imag| cst(Constant::Complex { real: 0.0, imag });
        let ret = e(ExprKind::Tuple {
            elts: vec![
                e(cst(Constant::Str(text))),
                e(complex(1e16)),
                e(cst(Constant::Float(1e-5))),
                e(complex(0.0)),
                e(cst(Constant::Float(5e-324))),
                e(ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(int(0)),
                }),
                int(255),
            ],
            ctx: ExprContext::Load,
        });
        let slice = |lower: Option<Expr>, upper: Option<Expr>| {
            e(ExprKind::Slice {
                lower: lower.map(Box::new),
                upper: upper.map(Box::new),
                step: None,
            })
        };
        let m = vec![
            st(StmtKind::FunctionDef(FunctionDef {
                is_async: false,
                name: ident("f"),
                args: Box::default(),
                body: vec![
                    st(StmtKind::Nonlocal {
                        names: vec![ident("\u{e9}"), ident("x")],
                    }),
                    st(StmtKind::Return {
                        value: Some(Box::new(ret)),
                    }),
                ],
                decorator_list: vec![],
                returns: None,
            })),
            expr_stmt(e(ExprKind::Subscript {
                value: Box::new(load("x")),
                slice: bx(ExprKind::Tuple {
                    elts: vec![
                        load("a"),
                        slice(Some(load("b")), Some(load("c"))),
                        slice(None, None),
                    ],
                    ctx: ExprContext::Load,
                }),
                ctx: ExprContext::Load,
            })),
            expr_stmt(e(ExprKind::Compare {
                left: Box::new(load("x")),
                ops: vec![
                    CmpOp::Eq,
                    CmpOp::NotEq,
                    CmpOp::LtE,
                    CmpOp::GtE,
                    CmpOp::Gt,
                    CmpOp::Is,
                    CmpOp::In,
                ],
                comparators: ["y", "z", "w", "v", "u", "t", "s"].map(load).to_vec(),
            })),
        ];
        assert_eq!(
            dump(m),
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['\u{e9}', 'x']), Return(value=Tuple(elts=[Constant(value='\\ud800\\x00\u{e9}\u{1f600}\\u200b'), Constant(value=1e+16j), Constant(value=1e-05), Constant(value=0j), Constant(value=5e-324), UnaryOp(op=USub(), operand=Constant(value=0)), Constant(value=255)], ctx=Load()))], decorator_list=[]), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Name(id='a', ctx=Load()), Slice(lower=Name(id='b', ctx=Load()), upper=Name(id='c', ctx=Load())), Slice()], ctx=Load()), ctx=Load())), Expr(value=Compare(left=Name(id='x', ctx=Load()), ops=[Eq(), NotEq(), LtE(), GtE(), Gt(), Is(), In()], comparators=[Name(id='y', ctx=Load()), Name(id='z', ctx=Load()), Name(id='w', ctx=Load()), Name(id='v', ctx=Load()), Name(id='u', ctx=Load()), Name(id='t', ctx=Load()), Name(id='s', ctx=Load())]))], type_ignores=[])"
        );
    }
}
