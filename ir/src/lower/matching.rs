//! The `match` statement, as CPython 3.11 compiles it (`Python/compile.c`,
//! `compiler_match` and `compiler_pattern_*`): each case's pattern becomes
//! ordinary control flow over the tests [`Op::MatchSequence`],
//! [`Op::MatchMapping`], [`Op::GetLen`], [`Op::MatchKeys`] and
//! [`Op::MatchClass`], with `Compare` for value and singleton patterns and
//! `Unpack`/[`Op::UnpackEx`]/`GetItem` for the items of sequences.
//!
//! The subject lives in a hidden local until a case's body starts (or no
//! case matched). The values a pattern looks at (items, attributes,
//! mapping values) are hidden locals of the case, all dropped when the case
//! succeeds or fails, so every test can jump straight to the case's failure
//! block. Captured names are collected in hidden locals too and bound only
//! when the whole pattern has matched (before the guard, so they stay bound
//! when the guard is false), as CPython does. CPython's compile-time
//! errors (irrefutable patterns before the last case, names bound twice or
//! differently by alternatives, duplicate literal keys, repeated keyword
//! attributes, two starred names) are reported here with its messages and
//! positions.

use super::*;
use krait_frontend::ast::{Pattern, PatternKind};

/// One case's state (CPython's `pattern_context`).
struct Ctx {
    /// Captured names with the hidden local holding each, in the order
    /// they are bound (shared by the alternatives of an or-pattern).
    caps: Vec<(String, Slot)>,
    /// The names bound so far in the current alternative.
    bound: Vec<String>,
    /// Every hidden local of the case.
    hidden: Vec<Slot>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// The last pattern visited: where CPython reports an error.
    loc: TextRange,
}

impl Ctx {
    fn hidden(&mut self, b: &mut FnBuilder) -> Slot {
        let h = b.hidden();
        self.hidden.push(h);
        h
    }
}

fn error<T>(msg: String, range: TextRange) -> R<T> {
    Err(LowerError { msg, range })
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        } | PatternKind::MatchStar { name: None }
    )
}

/// A literal pattern's value as CPython's AST optimizer folds it: `-1`,
/// `1 + 2j`.
fn fold(e: &ast::Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(constant_of(value)),
        ExprKind::UnaryOp {
            op: ast::UnaryOp::USub,
            operand,
        } => match fold(operand)? {
            Const::Int(i) => Some(match i.checked_neg() {
                Some(n) => Const::Int(n),
                None => Const::BigInt(format!("{}", -(i as i128))),
            }),
            Const::BigInt(s) => Some(match s.strip_prefix('-') {
                Some(pos) => Const::BigInt(pos.to_owned()),
                None => Const::BigInt(format!("-{s}")),
            }),
            Const::Float(x) => Some(Const::Float(-x)),
            Const::Complex { real, imag } => Some(Const::Complex {
                real: -real,
                imag: -imag,
            }),
            _ => None,
        },
        ExprKind::BinOp { left, op, right } => {
            let l = match fold(left)? {
                Const::Int(i) => i as f64,
                Const::Float(x) => x,
                _ => return None,
            };
            let Const::Complex { real, imag } = fold(right)? else {
                return None;
            };
            match op {
                ast::Operator::Add => Some(Const::Complex {
                    real: l + real,
                    imag: 0.0 + imag,
                }),
                ast::Operator::Sub => Some(Const::Complex {
                    real: l - real,
                    imag: 0.0 - imag,
                }),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A number constant as a complex, for Python's `==` across int, float,
/// complex and bool.
fn as_complex(c: &Const) -> Option<(f64, f64)> {
    match c {
        Const::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
        Const::Int(i) => Some((*i as f64, 0.0)),
        Const::Float(x) => Some((*x, 0.0)),
        Const::Complex { real, imag } => Some((*real, *imag)),
        _ => None,
    }
}

/// Python's `==` of two hashable constants (a set lookup).
fn const_eq(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::BigInt(x), Const::BigInt(y)) => x == y,
        (Const::BigInt(_), _) | (_, Const::BigInt(_)) => false,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::Int(i), Const::Bool(v)) | (Const::Bool(v), Const::Int(i)) => *i == i64::from(*v),
        (Const::Int(i), Const::Float(x)) | (Const::Float(x), Const::Int(i)) => {
            x.fract() == 0.0 && x.abs() < 9.3e18 && *x as i64 == *i
        }
        _ => match (as_complex(a), as_complex(b)) {
            (Some(x), Some(y)) => x == y,
            (None, None) => a == b,
            _ => false,
        },
    }
}

fn const_repr(c: &Const) -> String {
    use krait_frontend::pyrepr;
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(s) => s.clone(),
        Const::Float(x) => pyrepr::repr_float(*x),
        Const::Complex { real, imag } => pyrepr::repr_complex(*real, *imag),
        Const::Str(s) => {
            let mut out = String::new();
            pyrepr::push_repr_text(&mut out, s);
            out
        }
        Const::Bytes(b) => pyrepr::repr_bytes(b),
        Const::Ellipsis => "Ellipsis".into(),
    }
}

impl Lowerer<'_> {
    /// `match subject: case ...`.
    pub(super) fn match_stmt<'a>(
        &mut self,
        b: &mut FnBuilder<'a>,
        subject: &'a ast::Expr,
        cases: &'a [ast::MatchCase],
        r: TextRange,
    ) -> R<()> {
        let v = self.expr(b, subject)?;
        let subj = b.hidden();
        b.emit(Op::Copy { dst: subj, src: v }, subject.range);
        let end = b.new_block();
        for (i, case) in cases.iter().enumerate() {
            let pr = case.pattern.range;
            let mut pc = Ctx {
                caps: Vec::new(),
                bound: Vec::new(),
                hidden: Vec::new(),
                // Irrefutable cases must be guarded, last, or both.
                allow_irrefutable: case.guard.is_some() || i + 1 == cases.len(),
                loc: pr,
            };
            let fail = b.new_block();
            self.pattern(b, &mut pc, &case.pattern, subj, fail)?;
            // It's a match: bind the captured names.
            for (name, slot) in &pc.caps {
                let t = b.temp();
                b.emit(Op::Copy { dst: t, src: *slot }, pr);
                self.store_name(b, name, t, pr)?;
            }
            for &slot in &pc.hidden {
                b.emit(Op::Drop { slot }, pr);
            }
            if let Some(g) = &case.guard {
                let c = self.condition(b, g)?;
                let body = b.new_block();
                b.finish(
                    Terminator::Branch {
                        cond: c,
                        then: body,
                        otherwise: fail,
                    },
                    g.range,
                );
                b.switch_to(body);
            }
            b.emit(Op::Drop { slot: subj }, pr);
            self.body(b, &case.body)?;
            b.finish(Terminator::Jump(end), r);
            b.switch_to(fail);
            for &slot in &pc.hidden {
                b.emit(Op::Drop { slot }, pr);
            }
        }
        b.emit(Op::Drop { slot: subj }, r);
        b.finish(Terminator::Jump(end), r);
        b.switch_to(end);
        Ok(())
    }

    /// Continues when the `Bool` slot `cond` is true, else goes to `fail`.
    fn branch_or_fail(b: &mut FnBuilder, cond: Slot, fail: BlockId, r: TextRange) {
        let next = b.new_block();
        b.finish(
            Terminator::Branch {
                cond,
                then: next,
                otherwise: fail,
            },
            r,
        );
        b.switch_to(next);
    }

    /// Continues when the value in the temporary `v` is true.
    fn truthy_or_fail(b: &mut FnBuilder, v: Slot, fail: BlockId, r: TextRange) {
        let c = b.bool_temp();
        b.emit(Op::Truthy { dst: c, src: v }, r);
        Self::branch_or_fail(b, c, fail, r);
    }

    /// `len(subj) op n`, or on to `fail`.
    fn len_or_fail(
        b: &mut FnBuilder,
        subj: Slot,
        op: CmpOp,
        n: usize,
        fail: BlockId,
        r: TextRange,
    ) {
        let len = b.temp();
        b.emit(
            Op::GetLen {
                dst: len,
                src: subj,
            },
            r,
        );
        let k = b.constant(Const::Int(n as i64), r);
        let c = b.temp();
        b.emit(
            Op::Compare {
                dst: c,
                op,
                lhs: len,
                rhs: k,
            },
            r,
        );
        Self::truthy_or_fail(b, c, fail, r);
    }

    /// Records the capture of `subj` as `name` (`None`: a wildcard).
    fn capture(
        b: &mut FnBuilder,
        pc: &mut Ctx,
        name: Option<&ast::Identifier>,
        subj: Slot,
        r: TextRange,
    ) -> R<()> {
        let Some(name) = name else {
            return Ok(());
        };
        let n = &name.id;
        if pc.bound.contains(n) {
            return error(
                format!("multiple assignments to name '{n}' in pattern"),
                pc.loc,
            );
        }
        pc.bound.push(n.clone());
        let slot = match pc.caps.iter().find(|(c, _)| c == n) {
            Some(&(_, s)) => s,
            None => {
                let s = pc.hidden(b);
                pc.caps.push((n.clone(), s));
                s
            }
        };
        b.emit(
            Op::Copy {
                dst: slot,
                src: subj,
            },
            r,
        );
        Ok(())
    }

    /// A sub-pattern (an item, value or attribute, in the hidden local
    /// `subj`): irrefutable patterns are allowed there.
    fn subpattern(
        &mut self,
        b: &mut FnBuilder,
        pc: &mut Ctx,
        p: &Pattern,
        subj: Slot,
        fail: BlockId,
    ) -> R<()> {
        if is_wildcard(p) {
            pc.loc = p.range;
            b.emit(Op::Drop { slot: subj }, p.range);
            return Ok(());
        }
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(b, pc, p, subj, fail)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// Matches `p` against the hidden local `subj`: on to `fail` when it
    /// does not match, else continues in the block the builder is left in.
    fn pattern(
        &mut self,
        b: &mut FnBuilder,
        pc: &mut Ctx,
        p: &Pattern,
        subj: Slot,
        fail: BlockId,
    ) -> R<()> {
        let r = p.range;
        pc.loc = r;
        match &p.kind {
            PatternKind::MatchValue { value } => {
                let s = b.temp();
                b.emit(Op::Copy { dst: s, src: subj }, r);
                let v = match fold(value) {
                    Some(c) => b.constant(c, value.range),
                    None => self.expr(b, value)?,
                };
                let c = b.temp();
                b.emit(
                    Op::Compare {
                        dst: c,
                        op: CmpOp::Eq,
                        lhs: s,
                        rhs: v,
                    },
                    r,
                );
                Self::truthy_or_fail(b, c, fail, r);
            }
            PatternKind::MatchSingleton { value } => {
                let s = b.temp();
                b.emit(Op::Copy { dst: s, src: subj }, r);
                let v = b.constant(constant_of(value), r);
                let c = b.temp();
                b.emit(
                    Op::Compare {
                        dst: c,
                        op: CmpOp::Is,
                        lhs: s,
                        rhs: v,
                    },
                    r,
                );
                Self::truthy_or_fail(b, c, fail, r);
            }
            PatternKind::MatchSequence { patterns } => {
                self.pattern_sequence(b, pc, patterns, subj, fail, r)?
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(b, pc, keys, patterns, rest.as_ref(), subj, fail, r)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.pattern_class(b, pc, cls, patterns, kwd_attrs, kwd_patterns, subj, fail, r)?
            }
            PatternKind::MatchStar { name } => Self::capture(b, pc, name.as_ref(), subj, r)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return match name {
                            Some(n) => error(
                                format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    n.id
                                ),
                                r,
                            ),
                            None => {
                                error("wildcard makes remaining patterns unreachable".into(), r)
                            }
                        };
                    }
                    Self::capture(b, pc, name.as_ref(), subj, r)?
                }
                Some(inner) => {
                    self.pattern(b, pc, inner, subj, fail)?;
                    Self::capture(b, pc, name.as_ref(), subj, r)?
                }
            },
            PatternKind::MatchOr { patterns } => {
                let end = b.new_block();
                let outer = std::mem::take(&mut pc.bound);
                let allow = pc.allow_irrefutable;
                let mut control: Option<Vec<String>> = None;
                for (i, alt) in patterns.iter().enumerate() {
                    let last = i + 1 == patterns.len();
                    pc.loc = alt.range;
                    pc.bound.clear();
                    // An irrefutable alternative must be the last, if it is
                    // allowed at all.
                    pc.allow_irrefutable = last && allow;
                    let next = if last { fail } else { b.new_block() };
                    self.pattern(b, pc, alt, subj, next)?;
                    match &control {
                        None => control = Some(pc.bound.clone()),
                        Some(c) => {
                            if c.len() != pc.bound.len() || c.iter().any(|n| !pc.bound.contains(n))
                            {
                                return error(
                                    "alternative patterns bind different names".into(),
                                    pc.loc,
                                );
                            }
                        }
                    }
                    b.finish(Terminator::Jump(end), alt.range);
                    if !last {
                        b.switch_to(next);
                    }
                }
                b.switch_to(end);
                pc.allow_irrefutable = allow;
                pc.bound = outer;
                for n in control.unwrap_or_default() {
                    if pc.bound.contains(&n) {
                        return error(
                            format!("multiple assignments to name '{n}' in pattern"),
                            pc.loc,
                        );
                    }
                    pc.bound.push(n);
                }
            }
        }
        Ok(())
    }

    fn pattern_sequence(
        &mut self,
        b: &mut FnBuilder,
        pc: &mut Ctx,
        patterns: &[Pattern],
        subj: Slot,
        fail: BlockId,
        r: TextRange,
    ) -> R<()> {
        let stars: Vec<usize> = patterns
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.kind, PatternKind::MatchStar { .. }))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return error("multiple starred names in sequence pattern".into(), r);
        }
        let star = stars.first().copied();
        let size = patterns.len();
        let only_wildcard = patterns.iter().all(is_wildcard);
        let star_wildcard = star.is_some_and(|i| is_wildcard(&patterns[i]));
        let ok = b.bool_temp();
        b.emit(
            Op::MatchSequence {
                dst: ok,
                subject: subj,
            },
            r,
        );
        Self::branch_or_fail(b, ok, fail, r);
        match star {
            None => Self::len_or_fail(b, subj, CmpOp::Eq, size, fail, r),
            Some(_) if size > 1 => Self::len_or_fail(b, subj, CmpOp::Ge, size - 1, fail, r),
            Some(_) => {}
        }
        if only_wildcard {
            return Ok(());
        }
        if let (Some(star), true) = (star, star_wildcard) {
            // `[a, *_, b]`: the items by index, from the end after the star.
            for (i, p) in patterns.iter().enumerate() {
                if is_wildcard(p) {
                    continue;
                }
                let index = if i < star {
                    i as i64
                } else {
                    i as i64 - size as i64
                };
                let s = b.temp();
                b.emit(Op::Copy { dst: s, src: subj }, p.range);
                let k = b.constant(Const::Int(index), p.range);
                let t = b.temp();
                b.emit(
                    Op::GetItem {
                        dst: t,
                        obj: s,
                        key: k,
                    },
                    p.range,
                );
                let h = pc.hidden(b);
                b.emit(Op::Copy { dst: h, src: t }, p.range);
                self.subpattern(b, pc, p, h, fail)?;
            }
            return Ok(());
        }
        let items: Vec<Slot> = patterns.iter().map(|_| pc.hidden(b)).collect();
        let op = match star {
            Some(star) => Op::UnpackEx {
                dsts: items.clone(),
                star: star as u32,
                src: subj,
            },
            None => Op::Unpack {
                dsts: items.clone(),
                src: subj,
            },
        };
        b.emit(op, r);
        for (p, h) in patterns.iter().zip(items) {
            self.subpattern(b, pc, p, h, fail)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn pattern_mapping(
        &mut self,
        b: &mut FnBuilder,
        pc: &mut Ctx,
        keys: &[ast::Expr],
        patterns: &[Pattern],
        rest: Option<&ast::Identifier>,
        subj: Slot,
        fail: BlockId,
        r: TextRange,
    ) -> R<()> {
        let mut seen: Vec<Const> = Vec::new();
        for k in keys {
            match fold(k) {
                Some(c) => {
                    if seen.iter().any(|s| const_eq(s, &c)) {
                        return error(
                            format!("mapping pattern checks duplicate key ({})", const_repr(&c)),
                            r,
                        );
                    }
                    seen.push(c);
                }
                None if matches!(k.kind, ExprKind::Attribute { .. }) => {}
                None => {
                    return error(
                        "mapping pattern keys may only match literals and attribute lookups".into(),
                        r,
                    );
                }
            }
        }
        let ok = b.bool_temp();
        b.emit(
            Op::MatchMapping {
                dst: ok,
                subject: subj,
            },
            r,
        );
        Self::branch_or_fail(b, ok, fail, r);
        if !keys.is_empty() {
            Self::len_or_fail(b, subj, CmpOp::Ge, keys.len(), fail, r);
        }
        if keys.is_empty() && rest.is_none() {
            return Ok(());
        }
        let mut key_slots = Vec::new();
        for k in keys {
            key_slots.push(match fold(k) {
                Some(c) => b.constant(c, k.range),
                None => self.expr(b, k)?,
            });
        }
        let values: Vec<Slot> = keys.iter().map(|_| pc.hidden(b)).collect();
        let rest_slot = rest.map(|_| pc.hidden(b));
        let ok = b.bool_temp();
        b.emit(
            Op::MatchKeys {
                dst: ok,
                values: values.clone(),
                rest: rest_slot,
                subject: subj,
                keys: key_slots,
            },
            r,
        );
        Self::branch_or_fail(b, ok, fail, r);
        for (p, h) in patterns.iter().zip(values) {
            self.subpattern(b, pc, p, h, fail)?;
        }
        if let Some(h) = rest_slot {
            pc.loc = r;
            Self::capture(b, pc, rest, h, r)?;
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn pattern_class(
        &mut self,
        b: &mut FnBuilder,
        pc: &mut Ctx,
        cls: &ast::Expr,
        patterns: &[Pattern],
        kwd_attrs: &[ast::Identifier],
        kwd_patterns: &[Pattern],
        subj: Slot,
        fail: BlockId,
        r: TextRange,
    ) -> R<()> {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].iter().any(|x| x.id == a.id) {
                let at = kwd_patterns.get(i).map_or(a.range, |p| p.range);
                return error(
                    format!("attribute name repeated in class pattern: {}", a.id),
                    at,
                );
            }
        }
        let c = self.expr(b, cls)?;
        let attrs: Vec<Slot> = patterns
            .iter()
            .chain(kwd_patterns)
            .map(|_| pc.hidden(b))
            .collect();
        let kwnames = kwd_attrs.iter().map(|a| b.name(&a.id)).collect();
        let ok = b.bool_temp();
        b.emit(
            Op::MatchClass {
                dst: ok,
                attrs: attrs.clone(),
                subject: subj,
                cls: c,
                npos: patterns.len() as u32,
                kwnames,
            },
            r,
        );
        Self::branch_or_fail(b, ok, fail, r);
        for (p, h) in patterns.iter().chain(kwd_patterns).zip(attrs) {
            self.subpattern(b, pc, p, h, fail)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::tests::lower;

    #[test]
    fn every_pattern_kind_lowers_and_verifies() {
        let src = "def f(v, C):\n    match v:\n        case 1 | -2 | None:\n            return 0\n        case [a, *b, c] if a:\n            return b\n        case (x, *_, 0):\n            return x\n        case {'k': k, C.key: 1, **rest}:\n            return rest\n        case C(p, q=[_, r]) as whole:\n            return whole\n        case str(s):\n            return s\n        case _:\n            return k\n";
        let m = lower(src).unwrap();
        assert_eq!(verify(&m), Ok(()));
        let text = print_module(&m);
        for want in [
            "= match_sequence %",
            "= match_mapping %",
            "= len %",
            "= match_keys %",
            " **%",
            "= match_class %",
            "(1 positional; kw [n",
            ", *%",
            "= Is %",
        ] {
            assert!(text.contains(want), "{want} missing in\n{text}");
        }
    }

    #[test]
    fn compile_time_pattern_errors_have_cpythons_messages() {
        let err = |src: &str| lower(src).unwrap_err().msg;
        assert_eq!(
            err("match 1:\n    case x:\n        pass\n    case 2:\n        pass\n"),
            "name capture 'x' makes remaining patterns unreachable"
        );
        assert_eq!(
            err("match 1:\n    case [x] | [y]:\n        pass\n"),
            "alternative patterns bind different names"
        );
        assert_eq!(
            err("match 1:\n    case {1: a, 1.0: b}:\n        pass\n"),
            "mapping pattern checks duplicate key (1.0)"
        );
    }
}
