#!/usr/bin/env python3
"""Prints runtime/src/complex_cases.rs: test tables for runtime/src/complex.rs,
every expected value (or error) computed by running this CPython 3.11.

    python3 scripts/gen_complex_cases.py > runtime/src/complex_cases.rs

Floats are written as their IEEE bits (`0x...`), complex numbers as a pair
of them; the Rust side compares bit for bit, except that any NaN matches
any NaN (CPython does not define NaN payloads or signs of results).
"""

import math
import random
import struct
import sys
import unicodedata
from rustlit import rust_str as rs

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

rng = random.Random(20240917)
INF = float("inf")
NAN = float("nan")


def fb(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def cb(z):
    return "(%s, %s)" % (fb(z.real), fb(z.imag))


def result(fn):
    try:
        z = fn()
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return "Err((%s, %s))" % (rs(type(e).__name__), rs(str(e)))
    return "Ok(%s)" % cb(complex(z))


PARTS = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -1.5, 3.0, 1e-300, -1e-300, 1e300, -1e300,
         5e-324, 1.7976931348623157e308, INF, -INF, NAN, 1e-160, 1e160, math.pi, 1 / 3, 10.0,
         1e16, -123.456, 2.0 ** -1022]

SMALL_PARTS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, -3.0, 1e-300, 1e300, INF, -INF, NAN, 1e-160,
               math.pi, 7.0]


def rand_float():
    k = rng.random()
    if k < 0.6:
        return rng.uniform(-10, 10)
    if k < 0.8:
        return rng.choice([-1, 1]) * rng.random() * 10.0 ** rng.randint(-320, 308)
    return float(rng.randint(-20, 20))


def values():
    vals = [complex(a, b) for a in SMALL_PARTS for b in SMALL_PARTS]
    vals += [complex(rand_float(), rand_float()) for _ in range(60)]
    return vals


EXPONENTS = [complex(n, z) for n in [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 5.0, 10.0, 100.0, -100.0,
                                     101.0, -101.0, 0.5, -0.5, 1e300, 1e308, 64.0, 63.0]
             for z in [0.0, -0.0]]
EXPONENTS += [1j, -1j, 0.5 + 0.5j, 2 + 1j, complex(0, 1e300), complex(NAN, 0), complex(INF, 0),
              complex(-INF, 0), complex(1, NAN), complex(0.0, 0.0), complex(-0.0, -0.0),
              complex(2.0, 1e-300), complex(1e308, 1e308)]


def binop_rows():
    rows = []
    ops = [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b), ("mul", lambda a, b: a * b),
           ("div", lambda a, b: a / b)]
    vals = values()
    for a in vals:
        bs = rng.sample(vals, 8)
        for name, f in ops:
            for b in bs:
                rows.append("    (%s, %s, %s, %s)," % (rs(name), cb(a), cb(b), result(lambda: f(a, b))))
    # Division: the scaling branches, zero and NaN divisors.
    divisors = [complex(a, b) for a in PARTS for b in PARTS]
    for b in divisors:
        for a in [1 + 2j, complex(-3, 0.5), complex(1e300, -1e300), complex(INF, 1)]:
            rows.append("    (\"div\", %s, %s, %s)," % (cb(a), cb(b), result(lambda: a / b)))
    bases = vals + [complex(-1, 1e-300), complex(1e-200, 0), complex(1e200, 1e200), complex(1, 1),
                    complex(0, 1), complex(-1, 0), complex(-8, 0), complex(0.0, 0.0),
                    complex(-0.0, 0.0), complex(1.0000001, 0)]
    for a in bases:
        if rng.random() < 0.5 and a not in bases[-10:]:
            continue
        for b in EXPONENTS + [complex(rand_float(), rand_float()) for _ in range(4)]:
            rows.append("    (\"pow\", %s, %s, %s)," % (cb(a), cb(b), result(lambda: a ** b)))
    return rows


def pointer_hash(obj):
    y = id(obj)
    y = ((y >> 4) | (y << 60)) & (2 ** 64 - 1)
    if y >= 2 ** 63:
        y -= 2 ** 64
    return -2 if y == -1 else y


def unary_rows():
    rows = []
    vals = [complex(a, b) for a in PARTS for b in PARTS]
    vals += [complex(rand_float(), rand_float()) for _ in range(300)]
    vals += [complex(0, rand_float()) for _ in range(50)]
    vals += [complex(float(n), float(m)) for n in range(-3, 4) for m in range(-3, 4)]
    vals += [complex(2.0 ** 61 - 1, 1), complex(-1.0, 0), complex(0, -1.0), complex(1e-7, 1e22),
             complex(123456789012345.0, 0.1), complex(1e15, 1e-5), complex(0.0001, 1e16)]
    for z in vals:
        try:
            a = "Ok(%s)" % fb(abs(z))
        except OverflowError as e:
            a = "Err((%s, %s))" % (rs(type(e).__name__), rs(str(e)))
        rows.append("    (%s, %s, %s, %d, %d, %s)," % (cb(z), rs(repr(z)), a, hash(z), pointer_hash(z),
                                                       str(bool(z)).lower()))
        assert str(z) == repr(z)
    return rows


def eq_rows():
    rows, frows, irows = [], [], []
    vals = [complex(a, b) for a in SMALL_PARTS for b in SMALL_PARTS[:6]]
    for a in vals:
        for b in rng.sample(vals, 10) + [a]:
            rows.append("    (%s, %s, %s)," % (cb(a), cb(b), str(a == b).lower()))
        for f in rng.sample(SMALL_PARTS, 5) + [a.real]:
            frows.append("    (%s, %s, %s)," % (cb(a), fb(f), str(a == f).lower()))
    ints = [0, 1, -1, 2, 7, -3, 2 ** 53, 2 ** 53 + 1, 2 ** 64, 10 ** 300, 10 ** 400, -(2 ** 1023)]
    reals = [0.0, -0.0, 1.0, -1.0, 2.0, 7.0, -3.0, 2.0 ** 53, 2.0 ** 64, 1e300, float(10 ** 300),
             -(2.0 ** 1023), 0.5, INF, NAN]
    for r in reals:
        for im in [0.0, -0.0, 1.0]:
            for i in ints:
                z = complex(r, im)
                irows.append("    (%s, %s, %s)," % (cb(z), rs(str(i)), str(z == i).lower()))
    return rows, frows, irows


def from_str_rows():
    strs = ["", " ", "j", "J", "+j", "-j", "-J", "1", "1j", "1J", "-1", "+1", "1+j", "1-j", "1+1j",
            "1-1j", "1+2J", "(1+2j)", "( 1+2j )", " ( 1+2j ) ", "(1+2j", "1+2j)", "((1+2j))",
            "1+ 2j", "1 +2j", "1 + 2j", "1e5", "1e5j", "1e", "1ej", "1e+", "1e+j", "1e+5j", "1.e5+.5j",
            ".5", ".j", ".", "1.", "1.j", "-.5-.5j", "inf", "infj", "-infj", "infinity",
            "infinityj", "-Infinity+nanj", "nan", "nanj", "-nanj", "NaN-InfJ", "nan-infj", "inf+infj",
            "infi", "infin", "in", "na", "nanx", "1+nan", "1+nanj", "2+infJ", "1e309", "1e309j",
            "-1e309+1e309j", "1e-400j", "1_0j", "1__0j", "_1j", "1_j", "1_.5j", "1._5j", "1.5_j",
            "1_000+2_000j", "1e1_0", "1e_10", "1_e10", "(1_0)", "0x10", "0b1", "1+2", "1j+2",
            "2j+1", "1+2i", "i", "jj", "1jj", "--1", "+-1j", "-+1j", "1++1j", "1+-1j", "1-+1j",
            "\t1+2j\n", "\x0b1\x0c", "\x1c1j", "1\x00", "\x001", "1_\x00", "1\x00_0",
            "\u30001j\u3000", "\u0661j", "\u0661\u0662+\u0663j", "\U0001d7d9j", "\u00a0(1+1j)\u2003",
            "1\u00e9", "\u00e9", "1_\u00e9", "\u0661_\u0662j", "+", "-", "()", "( )", "(j)", "( -j )",
            "1e308+1e308j", "5e-324-5e-324j", "0.1+0.2j", "123456789012345678901234567890j",
            "00001j", "1e0001j", "-0", "-0j", "-0-0j", "(-0-0j)", "0-0j", "1+-0j",
            "3.14159265358979323846264338327950288", "1 j", "1 +j", "(1)j", "j1", "1j1",
            "1.5e-3-2.5E+3J", "  -1.5e-3  ", "2.5e+", "2.5e+j", "1-e5j", "e5j", "1+e5j", "_",
            "1_2_3", "1_2__3", "(1_2)", "(1_2_)", "1+2j_", "1+2_j", "1+_2j", "infj_", "1\u0085",
            "\u0085 1", "\u2028 1j", "\u200b1", "\x7f1", "\u1d7d9",
            "1" * 400 + "j", "0." + "0" * 400 + "1j", "1e-324j", "2.4703282292062328e-324j",
            "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308j"]
    for _ in range(300):
        a, b = rand_float(), rand_float()
        form = rng.randrange(4)
        if form == 0:
            strs.append(repr(complex(a, b)))
        elif form == 1:
            strs.append("%r%+rj" % (a, b))
        elif form == 2:
            strs.append("%.17gj" % b)
        else:
            strs.append(repr(a))
    # Unicode decimal digits of every script, and spaces.
    for cp in range(0x80, 0x30000):
        ch = chr(cp)
        if unicodedata.decimal(ch, None) is not None and (cp % 7 == 0 or unicodedata.decimal(ch) in (0, 9)):
            strs.append("%s%sj" % (ch, ch))
    for cp in range(0x80, 0x3100):
        if chr(cp).isspace():
            strs.append("%s1j%s" % (chr(cp), chr(cp)))
    rows = []
    for s in strs:
        rows.append("    (%s, %s)," % (rs(s), result(lambda: complex(s))))
    return rows


def from_parts_rows():
    rows = []
    reals = [0.0, -0.0, 1.0, -2.5, INF, NAN, 1e300]
    cplx = [complex(a, b) for a in [0.0, -0.0, 1.5, -INF] for b in [0.0, -0.0, 2.0, NAN]]

    def part(p):
        if isinstance(p, complex):
            return "(b'c', %s, %s)" % (fb(p.real), fb(p.imag))
        return "(b'f', %s, 0x0)" % fb(p)

    args = reals + cplx
    for r in args:
        rows.append("    (%s, None, %s)," % (part(r), cb(complex(r))))
        for i in args:
            rows.append("    (%s, Some(%s), %s)," % (part(r), part(i), cb(complex(r, i))))
    return rows


def main():
    out = ["// @generated by scripts/gen_complex_cases.py from CPython %s; do not edit."
           % sys.version.split()[0], ""]

    def table(name, ty, rows):
        out.append("pub(super) static %s: &[%s] = &[" % (name, ty))
        out.extend(rows)
        out.append("];")
        out.append("")

    table("BINOP", "(&str, (u64, u64), (u64, u64), R)", binop_rows())
    table("UNARY", "((u64, u64), &str, Result<u64, (&str, &str)>, i64, i64, bool)", unary_rows())
    eq, eqf, eqi = eq_rows()
    table("EQ", "((u64, u64), (u64, u64), bool)", eq)
    table("EQ_FLOAT", "((u64, u64), u64, bool)", eqf)
    table("EQ_INT", "((u64, u64), &str, bool)", eqi)
    table("FROM_STR", "(&str, R)", from_str_rows())
    table("FROM_PARTS", "((u8, u64, u64), Option<(u8, u64, u64)>, (u64, u64))", from_parts_rows())
    sys.stdout.write("\n".join(out))


main()
