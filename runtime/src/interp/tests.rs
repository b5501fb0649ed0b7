//! Hand-built IR for small programs, run and compared with what CPython
//! 3.11 prints for the equivalent Python source (given beside each test).

use super::*;
use krait_ir::{
    Block, BlockId, Const, ConstId, FuncId, FunctionKind, Instr, NameId, Params, SlotInfo, Ty,
};

/// Builds one function; spans are found by searching the source text.
struct B {
    f: Function,
    cur: usize,
    src: &'static str,
}

impl B {
    fn new(src: &'static str, name: &str, params: &[&str], line: u32) -> B {
        let kind = if name == "<module>" {
            FunctionKind::Module
        } else {
            FunctionKind::Function
        };
        let mut b = B {
            f: Function {
                name: name.into(),
                qualname: name.into(),
                kind,
                params: Params {
                    positional: params.len() as u32,
                    ..Params::default()
                },
                slots: vec![],
                consts: vec![],
                names: vec![],
                blocks: vec![],
                is_generator: false,
                is_coroutine: false,
                line,
                doc: None,
                returns: krait_ir::Ty::Dyn,
            },
            cur: 0,
            src,
        };
        for p in params {
            b.local(p);
        }
        b.block();
        b
    }

    /// The span of the `nth` (0-based) occurrence of `needle`.
    fn sp(&self, needle: &str, nth: usize) -> Span {
        let mut from = 0;
        for _ in 0..nth {
            from += self.src[from..].find(needle).expect("needle") + 1;
        }
        let start = from + self.src[from..].find(needle).expect("needle");
        Span {
            start: start as u32,
            end: (start + needle.len()) as u32,
        }
    }

    fn slot(&mut self, name: Option<&str>, kind: SlotKind, ty: Ty) -> Slot {
        self.f.slots.push(SlotInfo {
            name: name.map(str::to_owned),
            kind,
            ty,
        });
        Slot(self.f.slots.len() as u32 - 1)
    }

    fn local(&mut self, name: &str) -> Slot {
        match self
            .f
            .slots
            .iter()
            .position(|s| s.name.as_deref() == Some(name))
        {
            Some(i) => Slot(i as u32),
            None => self.slot(Some(name), SlotKind::Local, Ty::Dyn),
        }
    }

    fn t(&mut self) -> Slot {
        self.slot(None, SlotKind::Temp, Ty::Dyn)
    }

    fn name(&mut self, n: &str) -> NameId {
        match self.f.names.iter().position(|x| x == n) {
            Some(i) => NameId(i as u32),
            None => {
                self.f.names.push(n.into());
                NameId(self.f.names.len() as u32 - 1)
            }
        }
    }

    fn op(&mut self, op: Op, span: Span) {
        self.f.blocks[self.cur].instrs.push(Instr { op, span });
    }

    fn c(&mut self, c: Const, span: Span) -> Slot {
        self.f.consts.push(c);
        let dst = self.t();
        let c = ConstId(self.f.consts.len() as u32 - 1);
        self.op(Op::Const { dst, c }, span);
        dst
    }

    fn int(&mut self, i: i64, span: Span) -> Slot {
        self.c(Const::Int(i), span)
    }

    fn g(&mut self, n: &str, span: Span) -> Slot {
        let name = self.name(n);
        let dst = self.t();
        self.op(Op::LoadGlobal { dst, name }, span);
        dst
    }

    fn store_g(&mut self, n: &str, src: Slot, span: Span) {
        let name = self.name(n);
        self.op(Op::StoreGlobal { name, src }, span);
    }

    fn bin(&mut self, op: BinOp, lhs: Slot, rhs: Slot, span: Span) -> Slot {
        let dst = self.t();
        self.op(Op::Binary { dst, op, lhs, rhs }, span);
        dst
    }

    fn call(&mut self, func: Slot, args: &[Slot], kw: &[&str], span: Span) -> Slot {
        let kwnames = kw.iter().map(|k| self.name(k)).collect();
        let dst = self.t();
        self.op(
            Op::Call {
                dst,
                func,
                args: args.to_vec(),
                kwnames,
            },
            span,
        );
        dst
    }

    /// `print(args...)` as a statement (result dropped).
    fn print(&mut self, args: &[Slot], kw: &[&str], span: Span, name_span: Span) {
        let p = self.g("print", name_span);
        // The callee is read before its arguments: move it first.
        let mut all = vec![p];
        all.extend_from_slice(args);
        let r = self.call(all[0], &all[1..], kw, span);
        self.op(Op::Drop { slot: r }, span);
    }

    fn block(&mut self) -> BlockId {
        self.f.blocks.push(Block {
            instrs: vec![],
            term: Terminator::Jump(BlockId(0)),
            term_span: Span::default(),
            handler: None,
        });
        self.cur = self.f.blocks.len() - 1;
        BlockId(self.cur as u32)
    }

    fn term(&mut self, t: Terminator, span: Span) {
        let b = &mut self.f.blocks[self.cur];
        b.term = t;
        b.term_span = span;
    }

    fn ret_none(&mut self) {
        let n = self.c(Const::None, Span::default());
        self.term(Terminator::Return(n), Span::default());
    }

    fn def(&mut self, func: u32, name: &str, span: Span) {
        let dst = self.t();
        self.op(
            Op::MakeFunction {
                dst,
                func: FuncId(func),
                defaults: vec![],
                kwdefaults: vec![],
                closure: vec![],
                annotations: None,
            },
            span,
        );
        self.store_g(name, dst, span);
    }
}

fn run(functions: Vec<Function>, src: &str) -> (String, String, i32) {
    let module = Module {
        functions: functions.into_iter().map(Into::into).collect(),
    };
    krait_ir::verify(&module).expect("valid IR");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let rc = run_module(
        &module,
        "prog.py",
        src,
        &RunOptions::default(),
        &mut out,
        &mut err,
    );
    (
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
        rc,
    )
}

/// `f(x)`'s body `return 1 / x` and `print(f(0))` at module level.
#[test]
fn division_by_zero_traceback() {
    let src = "def f(x):\n    return 1 / x\nprint(f(0))\n";
    let mut m = B::new(src, "<module>", &[], 0);
    m.def(1, "f", m.sp("def f(x):\n    return 1 / x", 0));
    let p = m.g("print", m.sp("print", 0));
    let f = m.g("f", m.sp("f(0)", 0));
    let z = m.int(0, m.sp("0", 0));
    let r = m.call(f, &[z], &[], m.sp("f(0)", 0));
    let r2 = m.call(p, &[r], &[], m.sp("print(f(0))", 0));
    m.op(Op::Drop { slot: r2 }, m.sp("print(f(0))", 0));
    m.ret_none();
    let mut f = B::new(src, "f", &["x"], 1);
    let one = f.int(1, f.sp("1", 0));
    let x = f.local("x");
    let q = f.bin(BinOp::TrueDiv, one, x, f.sp("1 / x", 0));
    f.term(Terminator::Return(q), f.sp("return 1 / x", 0));
    let (out, err, rc) = run(vec![m.f, f.f], src);
    assert_eq!(out, "");
    assert_eq!(rc, 1);
    assert_eq!(
        err,
        "Traceback (most recent call last):
  File \"prog.py\", line 3, in <module>
    print(f(0))
          ^^^^
  File \"prog.py\", line 2, in f
    return 1 / x
           ~~^~~
ZeroDivisionError: division by zero
"
    );
}

/// Printing values of every v0 type, with `sep` and `end`.
#[test]
fn print_reprs_and_arithmetic() {
    let src = "print(1, 2.5, True, None, \"a'b\", (1,), [1, 'b', (2.0, None)], sep='-', end='!\\n')\n\
               print(2 ** 100, 7 // -2, -7 % 3, 1 / 3, 10 - True, \"ab\" * 3, 5 // 2.0, 1 << 70, ~5)\n";
    let s = Span::default();
    let mut m = B::new(src, "<module>", &[], 0);
    let a = [
        m.int(1, s),
        m.c(Const::Float(2.5), s),
        m.c(Const::Bool(true), s),
        m.c(Const::None, s),
        m.c(Const::Str("a'b".into()), s),
    ];
    let one = m.int(1, s);
    let tup = m.t();
    m.op(
        Op::BuildTuple {
            dst: tup,
            items: vec![one],
        },
        s,
    );
    let (i1, sb, f2, n) = (
        m.int(1, s),
        m.c(Const::Str("b".into()), s),
        m.c(Const::Float(2.0), s),
        m.c(Const::None, s),
    );
    let inner = m.t();
    m.op(
        Op::BuildTuple {
            dst: inner,
            items: vec![f2, n],
        },
        s,
    );
    let list = m.t();
    m.op(
        Op::BuildList {
            dst: list,
            items: vec![i1, sb, inner],
        },
        s,
    );
    let sep = m.c(Const::Str("-".into()), s);
    let end = m.c(Const::Str("!\n".into()), s);
    let mut args = a.to_vec();
    args.extend([tup, list, sep, end]);
    m.print(&args, &["sep", "end"], s, s);
    let mut vals = vec![];
    for (x, op, y) in [
        (Const::Int(2), BinOp::Pow, Const::Int(100)),
        (Const::Int(7), BinOp::FloorDiv, Const::Int(-2)),
        (Const::Int(-7), BinOp::Mod, Const::Int(3)),
        (Const::Int(1), BinOp::TrueDiv, Const::Int(3)),
        (Const::Int(10), BinOp::Sub, Const::Bool(true)),
        (Const::Str("ab".into()), BinOp::Mul, Const::Int(3)),
        (Const::Int(5), BinOp::FloorDiv, Const::Float(2.0)),
        (Const::Int(1), BinOp::LShift, Const::Int(70)),
    ] {
        let (l, r) = (m.c(x, s), m.c(y, s));
        vals.push(m.bin(op, l, r, s));
    }
    let five = m.int(5, s);
    let inv = m.t();
    m.op(
        Op::Unary {
            dst: inv,
            op: UnOp::Invert,
            src: five,
        },
        s,
    );
    vals.push(inv);
    m.print(&vals, &[], s, s);
    m.ret_none();
    let (out, err, rc) = run(vec![m.f], src);
    assert_eq!((err.as_str(), rc), ("", 0));
    assert_eq!(
        out,
        "1-2.5-True-None-a'b-(1,)-[1, 'b', (2.0, None)]!\n\
         1267650600228229401496703205376 -4 2 0.3333333333333333 9 ababab 2.0 1180591620717411303424 -6\n"
    );
}

/// Builtins: `print(int("42") + int(3.9), float("1.5"), str(12) + "x",
/// len("héllo"), abs(-3), repr("x"), type(1), min(3, 1, 2), max([4, 9, 2]),
/// bool(0), list(range(3)), tuple("ab"), range(1, 5, 2), 2 in [1, 2])`.
#[test]
fn builtins() {
    let src = "";
    let s = Span::default();
    let mut m = B::new(src, "<module>", &[], 0);
    let mut vals = vec![];
    let call = |m: &mut B, f: &str, args: Vec<Const>| {
        let g = m.g(f, s);
        let a: Vec<Slot> = args.into_iter().map(|c| m.c(c, s)).collect();
        m.call(g, &a, &[], s)
    };
    let a = call(&mut m, "int", vec![Const::Str("42".into())]);
    let b = call(&mut m, "int", vec![Const::Float(3.9)]);
    vals.push(m.bin(BinOp::Add, a, b, s));
    vals.push(call(&mut m, "float", vec![Const::Str("1.5".into())]));
    let a = call(&mut m, "str", vec![Const::Int(12)]);
    let b = m.c(Const::Str("x".into()), s);
    vals.push(m.bin(BinOp::Add, a, b, s));
    vals.push(call(&mut m, "len", vec![Const::Str("héllo".into())]));
    vals.push(call(&mut m, "abs", vec![Const::Int(-3)]));
    vals.push(call(&mut m, "repr", vec![Const::Str("x".into())]));
    vals.push(call(&mut m, "type", vec![Const::Int(1)]));
    vals.push(call(
        &mut m,
        "min",
        vec![Const::Int(3), Const::Int(1), Const::Int(2)],
    ));
    let mx = m.g("max", s);
    let items: Vec<Slot> = [4, 9, 2].iter().map(|&i| m.int(i, s)).collect();
    let l = m.t();
    m.op(Op::BuildList { dst: l, items }, s);
    vals.push(m.call(mx, &[l], &[], s));
    vals.push(call(&mut m, "bool", vec![Const::Int(0)]));
    let lst = m.g("list", s);
    let r = call(&mut m, "range", vec![Const::Int(3)]);
    vals.push(m.call(lst, &[r], &[], s));
    vals.push(call(&mut m, "tuple", vec![Const::Str("ab".into())]));
    vals.push(call(
        &mut m,
        "range",
        vec![Const::Int(1), Const::Int(5), Const::Int(2)],
    ));
    let two = m.int(2, s);
    let items = vec![m.int(1, s), m.int(2, s)];
    let l = m.t();
    m.op(Op::BuildList { dst: l, items }, s);
    let r = m.t();
    m.op(
        Op::Compare {
            dst: r,
            op: CmpOp::In,
            lhs: two,
            rhs: l,
        },
        s,
    );
    vals.push(r);
    m.print(&vals, &[], s, s);
    m.ret_none();
    let (out, err, rc) = run(vec![m.f], src);
    assert_eq!((err.as_str(), rc), ("", 0));
    assert_eq!(
        out,
        "45 1.5 12x 5 3 'x' <class 'int'> 1 9 False [0, 1, 2] ('a', 'b') range(1, 5, 2) True\n"
    );
}

/// `def f(a, b=2): return a + b`, then `print(f(1), f(1, 5), f(b=3, a=1))`
/// and `f(1, 2, 3)`.
#[test]
fn defaults_keywords_and_argument_errors() {
    let src = "def f(a, b=2):\n    return a + b\nprint(f(1), f(1, 5), f(b=3, a=1))\nf(1, 2, 3)\n";
    let s = Span::default();
    let mut m = B::new(src, "<module>", &[], 0);
    let two = m.int(2, s);
    let fnv = m.t();
    m.op(
        Op::MakeFunction {
            dst: fnv,
            func: FuncId(1),
            defaults: vec![two],
            kwdefaults: vec![],
            closure: vec![],
            annotations: None,
        },
        s,
    );
    m.store_g("f", fnv, s);
    let mut rs = vec![];
    for (args, kw) in [
        (vec![1], vec![]),
        (vec![1, 5], vec![]),
        (vec![3, 1], vec!["b", "a"]),
    ] {
        let f = m.g("f", s);
        let a: Vec<Slot> = args.iter().map(|&i| m.int(i, s)).collect();
        rs.push(m.call(f, &a, &kw, s));
    }
    m.print(&rs, &[], s, s);
    let f = m.g("f", s);
    let a: Vec<Slot> = [1, 2, 3].iter().map(|&i| m.int(i, s)).collect();
    let r = m.call(f, &a, &[], m.sp("f(1, 2, 3)", 0));
    m.op(Op::Drop { slot: r }, s);
    m.ret_none();
    let mut f = B::new(src, "f", &["a", "b"], 1);
    let (a, b) = (f.local("a"), f.local("b"));
    let r = f.bin(BinOp::Add, a, b, s);
    f.term(Terminator::Return(r), s);
    let (out, err, rc) = run(vec![m.f, f.f], src);
    assert_eq!(out, "3 6 4\n");
    assert_eq!(rc, 1);
    assert_eq!(
        err,
        "Traceback (most recent call last):
  File \"prog.py\", line 4, in <module>
    f(1, 2, 3)
TypeError: f() takes from 1 to 2 positional arguments but 3 were given
"
    );
}

fn one_call(src: &'static str, args: &[i64], params: &[&str]) -> (String, String, i32) {
    let s = Span::default();
    let mut m = B::new(src, "<module>", &[], 0);
    m.def(1, "f", s);
    let f = m.g("f", s);
    let a: Vec<Slot> = args.iter().map(|&i| m.int(i, s)).collect();
    let call_text = src.lines().last().unwrap();
    let r = m.call(f, &a, &[], m.sp(call_text, 0));
    m.op(Op::Drop { slot: r }, s);
    m.ret_none();
    let mut f = B::new(src, "f", params, 1);
    let n = f.c(Const::None, s);
    f.term(Terminator::Return(n), s);
    run(vec![m.f, f.f], src)
}

#[test]
fn missing_and_surplus_arguments() {
    let (_, err, _) = one_call("def f(a, b):\n    return a\nf(1)", &[1], &["a", "b"]);
    assert!(
        err.ends_with("    f(1)\nTypeError: f() missing 1 required positional argument: 'b'\n"),
        "{err}"
    );
    let (_, err, _) = one_call("def f(a, b, c):\n    pass\nf()", &[], &["a", "b", "c"]);
    assert!(
        err.ends_with(
            "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'\n"
        ),
        "{err}"
    );
    let (_, err, _) = one_call("def f(a):\n    pass\nf(1, 2)", &[1, 2], &["a"]);
    assert!(
        err.ends_with("TypeError: f() takes 1 positional argument but 2 were given\n"),
        "{err}"
    );
    let (_, err, _) = one_call("def f():\n    pass\nf(1)", &[1], &[]);
    assert!(
        err.ends_with("TypeError: f() takes 0 positional arguments but 1 was given\n"),
        "{err}"
    );
}

/// `total = 0; for i in range(10): total += i; print(total)`, then
/// `x = [1, 2]; print(x[5])`.
#[test]
fn for_loop_and_subscript_error() {
    let src =
        "total = 0\nfor i in range(10):\n    total += i\nprint(total)\nx = [1, 2]\nprint(x[5])\n";
    let s = Span::default();
    let mut m = B::new(src, "<module>", &[], 0);
    let z = m.int(0, s);
    m.store_g("total", z, s);
    let rg = m.g("range", s);
    let ten = m.int(10, s);
    let r = m.call(rg, &[ten], &[], s);
    let it = m.slot(None, SlotKind::Local, Ty::Dyn);
    m.op(Op::GetIter { dst: it, src: r }, s);
    let i = m.t();
    let body = BlockId(1);
    let done = BlockId(2);
    m.term(
        Terminator::ForIter {
            iter: it,
            dst: i,
            body,
            done,
        },
        s,
    );
    m.block();
    m.store_g("i", i, s);
    let t = m.g("total", s);
    let iv = m.g("i", s);
    let sum = m.t();
    m.op(
        Op::InPlace {
            dst: sum,
            op: BinOp::Add,
            lhs: t,
            rhs: iv,
        },
        s,
    );
    m.store_g("total", sum, s);
    m.term(Terminator::Jump(BlockId(0)), s);
    // The loop header re-runs ForIter: make b0 jump to a header block instead.
    m.block();
    let t = m.g("total", s);
    m.print(&[t], &[], s, s);
    let items = vec![m.int(1, s), m.int(2, s)];
    let l = m.t();
    m.op(Op::BuildList { dst: l, items }, s);
    m.store_g("x", l, s);
    let x = m.g("x", m.sp("x[5]", 0));
    let five = m.int(5, s);
    let item = m.t();
    m.op(
        Op::GetItem {
            dst: item,
            obj: x,
            key: five,
        },
        m.sp("x[5]", 0),
    );
    m.print(&[item], &[], m.sp("print(x[5])", 0), s);
    m.ret_none();
    // Split b0: its ForIter terminator moves to a header block b3.
    let mut f = m.f;
    let header = Block {
        instrs: vec![],
        term: f.blocks[0].term.clone(),
        term_span: s,
        handler: None,
    };
    f.blocks[0].term = Terminator::Jump(BlockId(3));
    f.blocks[1].term = Terminator::Jump(BlockId(3));
    f.blocks.push(header);
    let (out, err, rc) = run(vec![f], src);
    assert_eq!(out, "45\n");
    assert_eq!(rc, 1);
    assert_eq!(
        err,
        "Traceback (most recent call last):
  File \"prog.py\", line 6, in <module>
    print(x[5])
          ~^^^
IndexError: list index out of range
"
    );
}

/// `def g(): print(y); y = 1` then `g()`.
#[test]
fn unbound_local() {
    let src = "def g():\n    print(y)\n    y = 1\ng()\n";
    let s = Span::default();
    let mut m = B::new(src, "<module>", &[], 0);
    m.def(1, "g", s);
    let g = m.g("g", s);
    let r = m.call(g, &[], &[], m.sp("g()", 1));
    m.op(Op::Drop { slot: r }, s);
    m.ret_none();
    let mut g = B::new(src, "g", &[], 1);
    let y = g.local("y");
    let p = g.g("print", s);
    g.op(Op::CheckBound { slot: y }, g.sp("y", 0));
    let r = g.call(p, &[y], &[], g.sp("print(y)", 0));
    g.op(Op::Drop { slot: r }, s);
    g.ret_none();
    let (_, err, _) = run(vec![m.f, g.f], src);
    assert_eq!(
        err,
        "Traceback (most recent call last):
  File \"prog.py\", line 4, in <module>
    g()
  File \"prog.py\", line 2, in g
    print(y)
          ^
UnboundLocalError: cannot access local variable 'y' where it is not associated with a value
"
    );
}

/// `print(undefined_name)` and `print("a" + 1)` inside `f`.
#[test]
fn name_error_and_concatenation_error() {
    let src = "print(undefined_name)\n";
    let mut m = B::new(src, "<module>", &[], 0);
    let p = m.g("print", m.sp("print", 0));
    let u = m.g("undefined_name", m.sp("undefined_name", 0));
    let r = m.call(p, &[u], &[], m.sp("print(undefined_name)", 0));
    m.op(Op::Drop { slot: r }, Span::default());
    m.ret_none();
    let (_, err, rc) = run(vec![m.f], src);
    assert_eq!(rc, 1);
    assert_eq!(
        err,
        "Traceback (most recent call last):
  File \"prog.py\", line 1, in <module>
    print(undefined_name)
          ^^^^^^^^^^^^^^
NameError: name 'undefined_name' is not defined
"
    );

    let src = "def f():\n    print(\"a\" + 1)\nf()\n";
    let s = Span::default();
    let mut m = B::new(src, "<module>", &[], 0);
    m.def(1, "f", s);
    let g = m.g("f", s);
    let r = m.call(g, &[], &[], m.sp("f()", 0));
    m.op(Op::Drop { slot: r }, s);
    m.ret_none();
    let mut f = B::new(src, "f", &[], 1);
    let p = f.g("print", s);
    let a = f.c(Const::Str("a".into()), s);
    let one = f.int(1, s);
    let sum = f.bin(BinOp::Add, a, one, f.sp("\"a\" + 1", 0));
    let r = f.call(p, &[sum], &[], s);
    f.op(Op::Drop { slot: r }, s);
    f.ret_none();
    let (_, err, _) = run(vec![m.f, f.f], src);
    assert!(
        err.ends_with(
            "    print(\"a\" + 1)
          ~~~~^~~
TypeError: can only concatenate str (not \"int\") to str
"
        ),
        "{err}"
    );
}

/// `def f(n): return f(n+1)` then `f(0)`.
#[test]
fn recursion_error_collapses_repeated_lines() {
    let src = "def f(n):\n    return f(n+1)\nf(0)\n";
    let s = Span::default();
    let mut m = B::new(src, "<module>", &[], 0);
    m.def(1, "f", s);
    let g = m.g("f", s);
    let z = m.int(0, s);
    let r = m.call(g, &[z], &[], m.sp("f(0)", 0));
    m.op(Op::Drop { slot: r }, s);
    m.ret_none();
    let mut f = B::new(src, "f", &["n"], 1);
    let g = f.g("f", s);
    let n = f.local("n");
    let one = f.int(1, s);
    let a = f.bin(BinOp::Add, n, one, f.sp("n+1", 0));
    let r = f.call(g, &[a], &[], f.sp("f(n+1)", 0));
    f.term(Terminator::Return(r), s);
    let (_, err, rc) = run(vec![m.f, f.f], src);
    assert_eq!(rc, 1);
    let frame = "  File \"prog.py\", line 2, in f\n    return f(n+1)\n           ^^^^^^\n";
    assert_eq!(
        err,
        format!(
            "Traceback (most recent call last):
  File \"prog.py\", line 3, in <module>
    f(0)
{frame}{frame}{frame}  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded
"
        )
    );
}

/// `raise ValueError("a", 2)`, `raise KeyError("a")`, `raise TypeError`.
#[test]
fn raising_exceptions() {
    for (src, class, args, last) in [
        (
            "raise ValueError(\"a\", 2)\n",
            "ValueError",
            vec![Const::Str("a".into()), Const::Int(2)],
            "ValueError: ('a', 2)\n",
        ),
        (
            "raise KeyError(\"a\")\n",
            "KeyError",
            vec![Const::Str("a".into())],
            "KeyError: 'a'\n",
        ),
        ("raise TypeError\n", "TypeError", vec![], "TypeError\n"),
    ] {
        let s = Span::default();
        let mut m = B::new(src, "<module>", &[], 0);
        let c = m.g(class, s);
        let e = if src.contains('(') {
            let a: Vec<Slot> = args.into_iter().map(|c| m.c(c, s)).collect();
            m.call(c, &a, &[], s)
        } else {
            c
        };
        m.term(
            Terminator::Raise {
                exc: Some(e),
                cause: None,
            },
            m.sp(src.trim_end(), 0),
        );
        let (_, err, rc) = run(vec![m.f], src);
        assert_eq!(rc, 1);
        assert_eq!(
            err,
            format!(
                "Traceback (most recent call last):\n  File \"prog.py\", line 1, in <module>\n    {}\n{last}",
                src.trim_end()
            )
        );
    }
}

#[test]
fn caret_anchors_follow_cpython() {
    let cases = [
        // (line, span text, expected caret line)
        ("x = (a) + b", "(a) + b", "        ~~~~^~~"),
        ("y = a // b", "a // b", "        ~~^^~~"),
        ("print(d[k])", "d[k]", "          ~^^^"),
        ("f(1)", "f(1)", ""),
        ("    return f(n+1)", "f(n+1)", "           ^^^^^^"),
    ];
    for (line, seg, carets) in cases {
        let src: &'static str = Box::leak(format!("{line}\n").into_boxed_str());
        let start = src.find(seg).unwrap();
        let span = Span {
            start: start as u32,
            end: (start + seg.len()) as u32,
        };
        let mut out = String::new();
        format_frame(&mut out, "p.py", "<module>", src, span);
        let want = if carets.is_empty() {
            format!(
                "  File \"p.py\", line 1, in <module>\n    {}\n",
                line.trim_start()
            )
        } else {
            format!(
                "  File \"p.py\", line 1, in <module>\n    {}\n{carets}\n",
                line.trim_start()
            )
        };
        assert_eq!(out, want, "{line}");
    }
}

#[test]
fn multi_line_span_marks_to_the_end_of_the_first_line() {
    let src = "def f(x):\n    return (1 +\n        x) / 0\n";
    let start = src.find("(1 +").unwrap();
    let end = src.find(" / 0").unwrap() + 4;
    let mut out = String::new();
    format_frame(
        &mut out,
        "a.py",
        "f",
        src,
        Span {
            start: start as u32,
            end: end as u32,
        },
    );
    assert_eq!(
        out,
        "  File \"a.py\", line 2, in f\n    return (1 +\n           ^^^^\n"
    );
}
