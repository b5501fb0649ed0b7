#!/usr/bin/env python3
"""Prints runtime/src/strops_cases.rs: test tables for runtime/src/strops.rs,
every expected value (or error) computed by running this CPython 3.11.

    python3 scripts/gen_strops_cases.py > runtime/src/strops_cases.rs
"""

import itertools
import random
import struct
import sys
from rustlit import rust_str as rs

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

rng = random.Random(20240901)


def opt(v, f=str):
    return "None" if v is None else "Some(%s)" % f(v)


def slist(xs):
    return "&[%s]" % ", ".join(rs(x) for x in xs)


def run(fn, render):
    try:
        r = fn()
    except (ValueError, TypeError, IndexError, OverflowError, KeyError) as e:
        return "Err((%s, %s))" % (rs(type(e).__name__), rs(str(e)))
    if isinstance(r, str) and any(0xD800 <= ord(c) < 0xE000 for c in r):
        return None
    return "Ok(%s)" % render(r)


STRS = ["", "a", "abc", "Hello, World", "  spaced  out\t", "ßtraße", "ǅungla ǆ", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ",
        "İstanbul", "ﬁne ﬂow", "a\u0345b", "ǈ", "\u1e9e", "ŉ", "x\u00a0y\u2003z", "\u3000 \u200b",
        "日本語テキスト", "😀 emoji 😀", "mixed Case wORDS", "they're bill's friends", "123", "١٢٣",
        "½²", "Ⅻ", "a1b2", "_id9", "9id", "ℌ", "\x1f", "\x85x", "tab\tsep\tx", "\u0130i\u0307",
        "A\u03a3", "A\u03a3b", "A\u03a3.", "A\u03a3'", "\u03a3", "a\u03a3\u0301", "ᾳ ᾼ", "Ǆ", "ǉ",
        "\uff21\uff42", "\U0001d400", "Ⓐⓑ", "ꭰ", "\u2160", "abc\x00", "ĳ", "Ⅰ", "\u10d0", "\u1c90",
        "the quick brown fox", "  ", "\n\r\x0b", "a-b_c d.e", "ÉCOLE", "école"]

UNARY = ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isdigit", "isdecimal",
         "isnumeric", "isalpha", "isalnum", "isspace", "islower", "isupper", "istitle",
         "isidentifier", "isprintable", "isascii", "len", "repr"]


def unary_cases():
    rows = []
    chars = [chr(c) for c in range(0, 0x300, 2)] + [chr(rng.randrange(0x300, 0x30000)) for _ in range(200)]
    chars = [c for c in chars if not 0xD800 <= ord(c) < 0xE000]
    samples = STRS + chars
    for s in samples:
        for op in UNARY:
            if op == "len":
                e = str(len(s))
            elif op == "repr":
                e = repr(s)
            else:
                e = getattr(s, op)()
                e = str(e) if isinstance(e, bool) else e
            rows.append("    (%s, %s, %s)," % (rs(op), rs(s), rs(e)))
    return rows


IDX = [None, 0, 1, 2, 3, -1, -2, -3, 5, -5, 100, -100, 2**62, -(2**62)]


def getitem_cases():
    rows = []
    for s in ["", "a", "abc", "ßé😀x"]:
        for i in IDX:
            if i is None:
                continue
            rows.append("    (%s, %d, %s)," % (rs(s), i, run(lambda: s[i], rs)))
    return rows


def slice_cases():
    rows = []
    steps = [None, 1, 2, -1, -2, 3, 0, -(2**63), 2**62]
    for s in ["", "a", "abcdef", "ßé😀xyz"]:
        for a, b, c in itertools.product(IDX, IDX, steps):
            if rng.random() < 0.85 and s not in ("", "a"):
                continue
            if rng.random() < 0.7 and s in ("", "a"):
                continue
            rows.append("    (%s, %s, %s, %s, %s)," % (rs(s), opt(a), opt(b), opt(c),
                                                     run(lambda: s[a:b:c], rs)))
    return rows


SPLIT_STRS = ["", " ", "a b  c", "  a\tb\nc  ", "a,b,,c,", ",a,b", "x\u3000y\u00a0z\u200bw", "a\x1cb\x1fc",
              "aaa", "ab ab ab", "éé😀é😀", "one::two::three"]


def split_cases():
    rows = []
    for op in ["split", "rsplit"]:
        for s in SPLIT_STRS:
            for sep in [None, " ", ",", "a", "ab", "", "::", "😀", "é"]:
                for m in [-1, 0, 1, 2, 10]:
                    e = run(lambda: getattr(s, op)(sep, m), slist)
                    rows.append("    (%s, %s, %s, %d, %s)," % (rs(op), rs(s), opt(sep, rs), m, e))
    return rows


def splitlines_cases():
    rows = []
    for s in ["", "a", "a\n", "a\nb", "a\r\nb\rc\n\nd", "\n", "\r\n\r", "x\x0by\x0cz\x1c1\x1d2\x1e3\x1f4",
              "p\x85q\u2028r\u2029s", "a\n\r", "é\n😀\r\n"]:
        for k in [False, True]:
            rows.append("    (%s, %s, %s)," % (rs(s), str(k).lower(), slist(s.splitlines(k))))
    return rows


FIND_STRS = ["", "abcabc", "aaaa", "ßéxé😀é", "hello world"]
SUBS = ["", "a", "bc", "aa", "é", "😀é", "z", "abcabcd", "o"]
BOUNDS = [None, 0, 1, 3, -1, -3, 6, 7, 100, -100]


def find_cases():
    rows = []
    for op in ["find", "rfind", "index", "rindex", "count"]:
        for s in FIND_STRS:
            for sub in SUBS:
                for a, b in itertools.product(BOUNDS, BOUNDS):
                    if rng.random() < 0.8:
                        continue
                    e = run(lambda: getattr(s, op)(sub, a, b), str)
                    rows.append("    (%s, %s, %s, %s, %s, %s)," % (rs(op), rs(s), rs(sub), opt(a), opt(b), e))
    return rows


def starts_cases():
    rows = []
    for op in ["startswith", "endswith"]:
        for s in FIND_STRS:
            for subs in [("",), ("a",), ("ab", "c"), ("é",), ("😀é", "x"), ("abcabc",), ("bc",), ("d",), ()]:
                for a, b in itertools.product(BOUNDS, BOUNDS):
                    if rng.random() < 0.85:
                        continue
                    e = getattr(s, op)(subs, a, b)
                    rows.append("    (%s, %s, %s, %s, %s, %s)," % (rs(op), rs(s), slist(subs), opt(a), opt(b),
                                                                 str(e).lower()))
    return rows


def replace_cases():
    rows = []
    for s in ["", "a", "abcabc", "aaaa", "ßéé😀", "hello world"]:
        for old in ["", "a", "aa", "é", "bc", "z", "hello world!"]:
            for new in ["", "X", "-é-"]:
                for c in [-1, 0, 1, 2, 10]:
                    e = run(lambda: s.replace(old, new, c), rs)
                    rows.append("    (%s, %s, %s, %d, %s)," % (rs(s), rs(old), rs(new), c, e))
    return rows


def strip_cases():
    rows = []
    for op in ["strip", "lstrip", "rstrip"]:
        for s in ["", "  a b  ", "\t\n\x1c x \x85\u3000", "xxaxx", "éaé", "\u200bz\u200b", "abc"]:
            for chars in [None, "", "x", "xé", "abc", " "]:
                e = getattr(s, op)(chars)
                rows.append("    (%s, %s, %s, %s)," % (rs(op), rs(s), opt(chars, rs), rs(e)))
    return rows


def pad_cases():
    rows = []
    for op in ["center", "ljust", "rjust", "zfill", "expandtabs"]:
        for s in ["", "a", "ab", "abc", "é😀", "-12", "+5", "-", "a\tb\tc", "12\t\n\tx\r\ty"]:
            for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 10]:
                fills = [" ", "*", "é", "ab", ""] if op in ("center", "ljust", "rjust") else [None]
                for fc in fills:
                    if fc is None:
                        e = run(lambda: getattr(s, op)(w), rs)
                    else:
                        e = run(lambda: getattr(s, op)(w, fc), rs)
                    rows.append("    (%s, %s, %d, %s, %s)," % (rs(op), rs(s), w, rs(fc) if fc is not None else rs(" "), e))
    return rows


def part_cases():
    rows = []
    for op in ["partition", "rpartition", "removeprefix", "removesuffix"]:
        for s in ["", "a=b=c", "abc", "é😀é", "==", "ab"]:
            for sep in ["=", "", "é", "x", "abc", "a", "b", "=="]:
                if op.endswith("partition"):
                    e = run(lambda: getattr(s, op)(sep), lambda t: "(%s)" % ", ".join(rs(x) for x in t))
                else:
                    e = "Ok((%s, \"\", \"\"))" % rs(getattr(s, op)(sep))
                rows.append("    (%s, %s, %s, %s)," % (rs(op), rs(s), rs(sep), e))
    return rows


def join_cases():
    rows = []
    for sep in ["", ",", "é😀"]:
        for parts in [[], [""], ["a"], ["a", "b"], ["", ""], ["x", "é", "😀"]]:
            rows.append("    (%s, %s, %s)," % (rs(sep), slist(parts), rs(sep.join(parts))))
    return rows


def ord_chr_cases():
    rows = []
    for s in ["", "a", "ab", "é", "😀", "\x00"]:
        rows.append("    (%s, %s)," % (rs(s), run(lambda: ord(s), str)))
    crow = []
    for i in [0, 65, 0xE9, 0x10FFFF, 0x110000, -1, 2**31 - 1, 2**31, -(2**31), -(2**31) - 1, 2**63, 2**100,
              0x1F600]:
        crow.append("    (%s, %s)," % (rs(str(i)), run(lambda: chr(i), rs)))
    return rows, crow


# ---- % formatting


def arg(v):
    if isinstance(v, bool):
        return "A::B(%s)" % str(v).lower()
    if isinstance(v, int):
        return "A::I(%s)" % rs(str(v))
    if isinstance(v, float):
        return "A::F(0x%016x)" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "A::S(%s)" % rs(v)
    return "A::O(%s, %s, %s)" % (rs(type(v).__name__), rs(str(v)), rs(repr(v)))


def rhs(v):
    if isinstance(v, tuple):
        return "R::T(&[%s])" % ", ".join(arg(x) for x in v)
    if isinstance(v, dict):
        return "R::M(&[%s], %s)" % (", ".join("(%s, %s)" % (rs(k), arg(x)) for k, x in v.items()),
                                    arg(_Obj(v)))
    if isinstance(v, list):
        return "R::M(&[], %s)" % arg(_Obj(v))
    return "R::S(%s)" % arg(v)


class _Obj:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return str(self.v)

    def __repr__(self):
        return repr(self.v)


def type_name(v):
    return type(v.v).__name__ if isinstance(v, _Obj) else type(v).__name__


_orig_arg = arg


def arg(v):  # noqa: F811
    if isinstance(v, _Obj):
        return "A::O(%s, %s, %s)" % (rs(type(v.v).__name__), rs(str(v.v)), rs(repr(v.v)))
    return _orig_arg(v)


NUMS = [0, 1, -1, 7, 42, -42, 255, -255, 10**20, -(10**20), True, False, 0.0, -0.0, 1.5, -2.5, 3.14159,
        1e20, 1e-5, 123456.789, float("inf"), float("-inf"), float("nan"), 0.5, 2.675, 1e300]
OTHERS = ["s", "é😀", "", None, b"ab", [1, "x"]]
CONVS = "sradiuxXoeEfFgGc"
FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+ ", "- #"]
WIDTHS = ["", "1", "5", "12", "*"]
PRECS = ["", ".0", ".1", ".3", ".10", ".*", "."]


def percent_cases():
    rows = []

    def add(fmt, v):
        vv = v
        try:
            r = fmt % vv
        except (ValueError, TypeError, IndexError, OverflowError, KeyError) as e:
            e_s = "Err((%s, %s))" % (rs(type(e).__name__), rs(str(e)))
        else:
            if any(0xD800 <= ord(c) < 0xE000 for c in r):
                return
            e_s = "Ok(%s)" % rs(r)
        if isinstance(v, (bytes, type(None))):
            v = _Obj(v)
        if isinstance(v, tuple):
            v2 = tuple(_Obj(x) if isinstance(x, (bytes, type(None), list)) else x for x in v)
            r_s = "R::T(&[%s])" % ", ".join(arg(x) for x in v2)
        else:
            r_s = rhs(v)
        rows.append("    (%s, %s, %s)," % (rs(fmt), r_s, e_s))

    for conv in CONVS:
        for _ in range(60):
            fl = rng.choice(FLAGS)
            w = rng.choice(WIDTHS)
            p = rng.choice(PRECS)
            fmt = "%" + fl + w + p + conv
            v = rng.choice(NUMS + OTHERS + [65, 0x1F600, 0x110000, "x"])
            args = []
            if w == "*":
                args.append(rng.choice([5, -7, 0, 12]))
            if p == ".*":
                args.append(rng.choice([0, 2, -1]))
            args.append(v)
            add("[" + fmt + "]", tuple(args))
    fixed = [
        ("%s %d %5.2f %-10r %x %o %e %g %c %%", ("a", 3, 2.5, "r", 255, 8, 12345.678, 0.0001, 65)),
        ("%(name)s is %(age)d", {"name": "Bob", "age": 42}),
        ("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%(a)s %(b)s", {"a": 1}), ("%(a)s", 1),
        ("%(a)s", ()), ("%(a", {}), ("%(a)", {"a": 1}), ("%5", 1), ("%", ()), ("abc %", ()), ("%y", 1),
        ("%y", ()), ("%é", 1), ("%\n", 1), ("%5%", ()), ("%5%", (1,)), ("%(a)%", {"a": 1}), ("%%%s", 1),
        ("%s %s", (1,)), ("%s", (1, 2)), ("abc", 5), ("abc", []), ("abc", {}), ("abc", ()), ("%s", ()),
        ("%s", {"a": 1}), ("%s", [1]), ("%ld %hi %Lf", (5, 6, 1.5)), ("%lld", 5), ("%3$s", 1),
        ("%*d", ("a", 1)), ("%.*d", (1.0, 1)), ("%*.*f|", (10, 3, 3.14159)), ("%-*d|", (5, 3)),
        ("%*s|", (-5, "a")), ("%(a(b))s", {"a(b)": 1}), ("%()s", {"": 3}), ("%(a)d %(a)x", {"a": 255}),
        ("%s%", 1), ("%s%(", 1), ("%c", 0xD7FF), ("%c", -1), ("%c", 2**70), ("%c", "ab"),
        ("%.1000f|", 1.0), ("%.3f", 2**1000), ("%f", 10**400), ("%d", 3.99), ("%d", -3.99),
        ("%d", 1e30), ("%x", 2.0), ("%.5d|%#.5x|%05.2d", (-3, 3, 1)), ("%r %a", ("é\n", "é😀")),
        ("%a", ("\x7f\x80\u0100\U00010000",)), ("%s", "x"), ("%s", ("x",)), ("%i %u", (1, 2)),
        ("%#o %#x %#X %#d", (8, 255, 255, 5)), ("%+ d|% d|% +d", (3, 3, 3)), ("%-05d|", 3),
        ("%05s|%-5c|%5c", ("a", "x", 0x1F600)), ("no args", ()), ("%%", ()), ("%%", 5),
        ("%.0e %#.0e %.0f %#.0f %#g %#.3g %g", (1.5, 1.5, 2.5, 2.5, 1.0, 1.0, 1e-5)),
        ("%s", 10**30), ("%d|%5d|%-5d|%05d", (True, False, True, False)),
    ]
    for fmt, v in fixed:
        add(fmt, v)
    return rows


def emit(name, ty, rows):
    print("pub(super) static %s: &[%s] = &[" % (name, ty))
    for r in rows:
        if r is not None and "None)," not in r[-7:]:
            print(r)
    print("];")
    print()


def main():
    print("// Generated by scripts/gen_strops_cases.py from CPython %s; do not edit."
          % sys.version.split()[0])
    print()
    emit("UNARY", "(&str, &str, &str)", unary_cases())
    emit("GETITEM", "(&str, i64, E<&str>)", getitem_cases())
    emit("SLICE", "(&str, Option<i64>, Option<i64>, Option<i64>, E<&str>)", slice_cases())
    emit("SPLIT", "(&str, &str, Option<&str>, i64, E<&[&str]>)", split_cases())
    emit("SPLITLINES", "(&str, bool, &[&str])", splitlines_cases())
    emit("FIND", "(&str, &str, &str, Option<i64>, Option<i64>, E<i64>)", find_cases())
    emit("STARTS", "(&str, &str, &[&str], Option<i64>, Option<i64>, bool)", starts_cases())
    emit("REPLACE", "(&str, &str, &str, i64, E<&str>)", replace_cases())
    emit("STRIP", "(&str, &str, Option<&str>, &str)", strip_cases())
    emit("PAD", "(&str, &str, i64, &str, E<&str>)", pad_cases())
    emit("PART", "(&str, &str, &str, E<(&str, &str, &str)>)", part_cases())
    emit("JOIN", "(&str, &[&str], &str)", join_cases())
    o, c = ord_chr_cases()
    emit("ORD", "(&str, E<u32>)", o)
    emit("CHR", "(&str, E<&str>)", c)
    emit("PERCENT", "(&str, R, E<&str>)", percent_cases())


main()
