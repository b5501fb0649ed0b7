#!/usr/bin/env python3
"""Prints runtime/src/format_cases.rs: (value, spec, expected) tables for the
format-spec tests in runtime/src/format.rs, every expected string (or error)
computed by running this CPython 3.11.

    python3 scripts/gen_format_cases.py > runtime/src/format_cases.rs
"""

import random
import struct
import sys
from rustlit import rust_str

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

rng = random.Random(20240611)


def bits(f):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]


def expect(value, spec):
    try:
        r = format(value, spec)
    except (ValueError, OverflowError) as e:
        return "Err((%s, %s))" % (rust_str(type(e).__name__), rust_str(str(e)))
    if any(0xD800 <= ord(c) < 0xE000 for c in r):
        return None  # lone surrogates: not representable in a Rust String
    return "Ok(%s)" % rust_str(r)


FILLS = ["", "", "", " ", "*", "0", "x", "é", "€", "😀", "<", "=", "{", "_", ","]
ALIGNS = ["", "", "<", ">", "^", "="]
SIGNS = ["", "", "+", "-", " "]


def random_spec(types, *, precision=True):
    parts = []
    align = rng.choice(ALIGNS)
    if align:
        parts.append(rng.choice(FILLS) + align)
    parts.append(rng.choice(SIGNS))
    if rng.random() < 0.15:
        parts.append("z")
    if rng.random() < 0.25:
        parts.append("#")
    if rng.random() < 0.25:
        parts.append("0")
    if rng.random() < 0.7:
        parts.append(str(rng.randint(0, 22)))
    r = rng.random()
    if r < 0.15:
        parts.append(",")
    elif r < 0.25:
        parts.append("_")
    if precision and rng.random() < 0.5:
        parts.append("." + str(rng.randint(0, 20)))
    parts.append(rng.choice(types))
    return "".join(parts)


INT_VALUES = [
    0, 1, -1, 7, -7, 42, 65, 255, -255, 1000, 1234, -1234, 65535,
    123456789, -987654321, 2**31, 2**53 + 1, 2**63, -(2**63), 2**64,
    10**30, 10**40, -(10**40), 0x10FFFF, 0x110000, 0x1F600,
]
INT_TYPES = ["", "", "", "d", "b", "o", "x", "X", "n", "c", "e", "E", "f",
             "F", "g", "G", "%"]

FLOAT_VALUES = [
    0.0, -0.0, 1.0, -1.0, 1e-5, 1e16, 123456.789, -123456.789, 0.5, 2.5,
    1.5, 1e300, 5e-324, float("nan"), float("inf"), float("-inf"), 0.1,
    1 / 3, -2.675, 1e22, 1e-7, 9.999999, 0.000123, 1.7976931348623157e308,
    2.2250738585072014e-308, 0.125, 1e15, 12345678901234567.0, 100.0,
    -0.0001, 0.05, 999999.5, 1234567.0,
]
FLOAT_TYPES = ["", "", "", "e", "E", "f", "F", "g", "G", "n", "%"]

STR_VALUES = ["", "a", "hello", "héllo", "日本語", "😀x", "a b c", "ab\"\\"]
STR_TYPES = ["", "", "", "s"]

COMPLEX_VALUES = [
    0j, 1 + 2j, -1.5 - 2.5j, 3j, -3j, complex(-0.0, 1), complex(0.0, -0.0),
    complex(1e16, 1e-5), complex(float("nan"), float("inf")),
    complex(123456.789, -0.001), complex(-0.0, -0.0),
]
COMPLEX_TYPES = ["", "", "e", "E", "f", "F", "g", "G", "n"]

# Hand-picked cases, mostly from the brief and CPython's test_format.
INT_EXTRA = [
    (10**30, "f"), (10**30, ".3e"), (2**1024, "f"), (-(2**1024), "e"),
    (2**1024 - 2**970, "e"), (2**1024 - 2**971, "g"), (2**53 + 1, ".0f"),
    (2**54 + 2, ".0f"), (2**54 + 6, ".0f"), (2**64 + 2**11, ".0f"),
    (2**64 + 2**11 + 1, ".0f"), (2**70, "c"), (-1, "c"), (0x110000, "c"),
    (65, "c"), (65, "05c"), (65, "<5c"), (65, "=5c"), (0x1F600, "^7c"),
    (1234, "08,"), (1234, "09,"), (1234, "010,"), (1234, "0=10,"),
    (1234, "0>10,"), (-1234, "010,"), (-1234, "+010_"), (255, "#010x"),
    (255, "#010_x"), (255, "#X"), (255, "#_b"), (2**40, "_x"), (2**40, "_o"),
    (2**40, "_b"), (1, ",b"), (1, ",x"), (1, "_n"), (1, ",c"), (1, ".2"),
    (1, "z"), (1, " z"), (1, "+c"), (1, "#c"), (1, "abc"), (1, ",,"),
    (1, "_,"), (1, ",_"), (1, "."), (1, "y"), (1, "é"), (1, ",é"), (1, "€"),
    (1, "99999999999999999999"), (1, "١٠"), (1, "٠5"), (1, "\x00"),
    (1, ",\x00"), (1, "\x7f"), (1, ".1 "), (1, " "), (1, "  "), (1, "="),
    (1, "0"), (1, "00"), (1, "<05"), (1, "x<05"), (-5, "=+8"), (5, "*=+8"),
    (5, "*= 8"), (-5, "*= 8"), (10**40, ","), (10**40, "_"), (10**40, "n"),
    (10**40, "50,"), (-(10**40), "060,"), (0, "#b"), (0, "#o"), (0, "#x"),
    (-0, "+"), (12, "^9"), (12, "^10"), (12, "😀^11"), (1, ".3000000000"),
    (1, ".3000000000f"), (1, "9223372036854775808"),
]
FLOAT_EXTRA = [
    (1.0, ""), (1e16, ""), (1.5, "10"), (1e16, "#"), (1e16, ","),
    (123456.789, ","), (1234567.0, ",.2f"), (1234567.0, "015,.2f"),
    (1234567.0, "016,.2f"), (-1234567.0, "016_.2f"), (float("inf"), "010"),
    (float("-inf"), "010"), (float("nan"), "+010"), (float("-nan"), "F"),
    (float("inf"), "E"), (float("nan"), "G"), (-0.0, "z"), (-0.0, "z.2f"),
    (-0.0001, "z.2f"), (-0.0001, ".2f"), (-0.0, "z.0e"), (-0.0, "zg"),
    (float("-inf"), "z"), (-1e-10, "z.3g"), (0.5, ".0f"), (1.5, ".0f"),
    (2.5, ".0f"), (0.125, ".2f"), (0.375, ".2f"), (2.5, ".0e"), (3.5, ".0e"),
    (1e300, "%"), (1e308, "%"), (5e-324, ".1000e"), (5e-324, ".330f"),
    (1e300, ".5f"), (0.1, ".30f"), (0.1, ".25e"), (0.1, ".25g"),
    (1.0, "#"), (1.0, "#.0f"), (1.0, "#.0e"), (1.0, "#g"), (1.0, "#.0"),
    (123.0, ".3"), (12.0, ".3"), (123.0, ".2"), (1e-5, ".3"), (1e-4, ".3"),
    (1e-4, ""), (1e-5, "10"), (0.0001, "g"), (0.00001, "g"), (1e6, "g"),
    (1e5, "g"), (123456.0, "g"), (1234567.0, "g"), (1234567.0, "n"),
    (1234567.0, ".10n"), (0.5, "%"), (0.5, ".0%"), (-0.5, ".1%"),
    (1.0, "abc"), (1.0, "x"), (1.0, "\x00"), (1.0, ",\x00"), (1.0, "c"),
    (1.0, "d"), (1.0, ".3000000000"), (1.0, "=+010.3"),
    (1.0, ".2147483648e"),
    (-1.0, "😀=12.3"), (1.0, "_"), (1.0, "_g"), (1.0, "_%"), (1.0, ",n"),
    (1e22, ".0f"), (1e23, ".0f"), (1e23, ""), (9.5, ".0f"), (10.5, ".0f"),
    (0.45, ".1f"), (1.45, ".1f"), (1e-320, "e"), (1e-320, ".20e"),
]
STR_EXTRA = [
    ("a", "+"), ("a", " "), ("a", "-"), ("a", "z"), ("a", "#"), ("a", "="),
    ("a", "0=5"), ("a", ","), ("a", "_"), ("a", "05"), ("a", "<05"),
    ("a", "x<05"), ("hello", ".2"), ("hello", "10.2"), ("hello", "^10.2"),
    ("héllo", "é^11.4"), ("日本語", ".1"), ("日本語", "😀>6"), ("a", "d"),
    ("a", "abc"), ("a", "\x00"), ("a", ".0"), ("", ".0"), ("", "5"),
    ("abc", "s"), ("abc", "^"), ("abc", "^4"), ("abc", "^5"), ("a", "١٠"),
    ("a", "+5"), ("a", " 5"), ("a", "z5"), ("a", "#5"), ("a", "."),
    ("a", ",s"), ("a", ".3000000000"), ("abc", ".99999999999"),
]
COMPLEX_EXTRA = [
    (1 + 2j, ""), (1 + 2j, "0"), (1 + 2j, "010"), (1 + 2j, "0<10"),
    (1 + 2j, "=10"), (1 + 2j, "%"), (1 + 2j, "x"), (1 + 2j, "+"),
    (2j, "+"), (2j, " "), (complex(-0.0, 2), ""), (complex(-0.0, 2), "10"),
    (complex(-0.0, -0.0), "z"), (complex(-0.0, -0.0), "z.2f"),
    (complex(1234567, -7654321), ","), (complex(1234567, -7654321), "_.2f"),
    (1 + 2j, "^20"), (1 + 2j, "*<20"), (1 + 2j, "#"), (1 + 2j, "#.0f"),
    (1 + 2j, ".3000000000"), (complex(1e16, 1), ""), (complex(1e16, 1), ".3"),
]


def cases(values, types, extra, nspecs, *, precision=True):
    specs = [random_spec(types, precision=precision) for _ in range(nspecs)]
    rows = []
    for spec in specs:
        for v in rng.sample(values, min(len(values), 12)):
            rows.append((v, spec))
    rows.extend(extra)
    return rows


def emit(name, ty, rows, render):
    print("pub(super) const %s: &[%s] = &[" % (name, ty))
    seen = set()
    n = 0
    for v, spec in rows:
        key = (render(v), spec)
        if key in seen:
            continue
        seen.add(key)
        e = expect(v, spec)
        if e is None:
            continue
        print("    (%s, %s, %s)," % (render(v), rust_str(spec), e))
        n += 1
    print("];")
    print()
    return n


def main():
    print("// Generated by scripts/gen_format_cases.py from CPython %s; do not edit."
          % sys.version.split()[0])
    print("// (value, spec, expected) for format(value, spec).")
    print()
    total = 0
    total += emit("INT_CASES", "(&str, &str, Expected)",
                  cases(INT_VALUES, INT_TYPES, INT_EXTRA, 160),
                  lambda v: rust_str(str(v)))
    total += emit("FLOAT_CASES", "(u64, &str, Expected)",
                  cases(FLOAT_VALUES, FLOAT_TYPES, FLOAT_EXTRA, 200), bits)
    total += emit("STR_CASES", "(&str, &str, Expected)",
                  cases(STR_VALUES, STR_TYPES, STR_EXTRA, 80), rust_str)
    total += emit("COMPLEX_CASES", "((u64, u64), &str, Expected)",
                  cases(COMPLEX_VALUES, COMPLEX_TYPES, COMPLEX_EXTRA, 80),
                  lambda c: "(%s, %s)" % (bits(c.real), bits(c.imag)))
    print("// %d cases" % total)


main()
