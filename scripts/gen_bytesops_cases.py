#!/usr/bin/env python3
"""Prints runtime/src/bytesops_cases.rs: test tables for
runtime/src/bytesops.rs, every expected value (or error) computed by running
this CPython 3.11.

    python3 scripts/gen_bytesops_cases.py > runtime/src/bytesops_cases.rs
"""

import random
import sys
from rustlit import rust_str as rs

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

rng = random.Random(20240918)

# What krait reports where CPython would produce a lone surrogate.
NO_SURROGATES = ("decoding with errors='%s' would produce a lone surrogate, "
                 "which krait does not support")


def rb(b):
    """`b` as a Rust byte string literal."""
    out = ['b"']
    for c in b:
        if c == 0x22:
            out.append('\\"')
        elif c == 0x5C:
            out.append("\\\\")
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    out.append('"')
    return "".join(out)


def opt(v, f=str):
    return "None" if v is None else "Some(%s)" % f(v)


def blist(xs):
    return "&[%s]" % ", ".join(rb(x) for x in xs)


def err(e):
    return "Err((%s, %s))" % (rs(type(e).__name__), rs(str(e)))


def run(fn, render):
    try:
        r = fn()
    except (ValueError, TypeError, LookupError, OverflowError) as e:
        return err(e)
    return "Ok(%s)" % render(r)


def tf(v):
    return str(v).lower()


BYTES = [b"", b"a", b"abc", b"Hello, World", b"  spaced  out\t", b"hello world", b"ABC def",
         b"they're bill's friends", b"123", b"a1b2", b"_id9", b"\r\n\r", b"\n", b"a\x0bb\x0cc\x1cd",
         b"caf\xc3\xa9", b"\x00\xff", b"\x80\x81\xfe", b"'", b'"', b"'\"", b"mixed Case wORDS",
         b"ABC", b"Abc Def", b"aBC", b"A1", b"1a", b" \t\n\r\x0b\x0c", b"\x1c\x1d\x1e\x1f",
         b"\xa0x\xa0", b"Title Case", b"TITLE case", b"a\\b", b"+12", b"-12", b"12-", b"-", b"+",
         bytes(range(256))]


def rand_bytes(n, alphabet=None):
    if alphabet is None:
        return bytes(rng.randrange(256) for _ in range(n))
    return bytes(rng.choice(alphabet) for _ in range(n))


UNARY = ["upper", "lower", "capitalize", "swapcase", "title", "isdigit", "isalpha", "isalnum",
         "isspace", "islower", "isupper", "istitle", "isascii", "repr"]


def unary_rows():
    rows = []
    samples = BYTES + [bytes([c]) for c in range(256)]
    samples += [rand_bytes(rng.randrange(1, 12), b"aB1 \t_-\xe9Zz'\"\\\x00\n")
                for _ in range(200)]
    for s in samples:
        for op in UNARY:
            if op == "repr":
                e = repr(s).encode("ascii")
            else:
                e = getattr(s, op)()
                if isinstance(e, bool):
                    e = str(e).encode()
            rows.append("    (%s, %s, %s)," % (rs(op), rb(s), rb(e)))
    return rows


IDX = [None, 0, 1, 2, 3, -1, -2, -3, 5, -5, 100, -100, 2 ** 62, -(2 ** 62)]
FIND_STRS = [b"", b"abcabc", b"aaaa", b"\xff\x00\xff\x00", b"hello world"]
SUBS = [b"", b"a", b"bc", b"aa", b"\xff", b"\x00\xff", b"z", b"abcabcd", b"o"]


def find_rows():
    rows = []
    for op in ["find", "rfind", "index", "rindex", "count"]:
        for s in FIND_STRS:
            for sub in SUBS:
                for a in IDX:
                    for b in IDX:
                        if rng.random() < 0.9:
                            continue
                        e = run(lambda: getattr(s, op)(sub, a, b), str)
                        rows.append("    (%s, %s, %s, %s, %s, %s)," % (rs(op), rb(s), rb(sub), opt(a), opt(b), e))
                e = run(lambda: getattr(s, op)(sub), str)
                rows.append("    (%s, %s, %s, None, None, %s)," % (rs(op), rb(s), rb(sub), e))
    return rows


def starts_rows():
    rows = []
    for op in ["startswith", "endswith"]:
        for s in FIND_STRS:
            for subs in [[b""], [b"a"], [b"abc"], [b"bc"], [b"x", b"ab"], [b"\xff"], [b"\x00"], [],
                         [b"hello world!"], [b"hello"], [b"world"]]:
                for a, b in [(None, None), (1, None), (0, 3), (-3, None), (2, -1), (5, 2), (100, None),
                             (None, -100), (0, 0), (6, 6), (-(2 ** 62), 2 ** 62)]:
                    e = getattr(s, op)(tuple(subs), a, b)
                    rows.append("    (%s, %s, %s, %s, %s, %s)," % (rs(op), rb(s), blist(subs), opt(a), opt(b), tf(e)))
    return rows


SPLIT_STRS = [b"", b" ", b"a b  c", b"  a\tb\nc  ", b"a,b,,c,", b",a,b", b"a\x0bb\x0cc\x1cd\xa0e",
              b"aaa", b"ab ab ab", b"\xff\x00\xff", b"one::two::three", b"\r\n x \r\n"]


def split_rows():
    rows = []
    for op in ["split", "rsplit"]:
        for s in SPLIT_STRS:
            for sep in [None, b" ", b",", b"a", b"ab", b"", b"::", b"\xff", b"\x00"]:
                for m in [-1, 0, 1, 2, 10]:
                    e = run(lambda: getattr(s, op)(sep, m), blist)
                    rows.append("    (%s, %s, %s, %d, %s)," % (rs(op), rb(s), opt(sep, rb), m, e))
    return rows


def splitlines_rows():
    rows = []
    for s in [b"", b"a", b"a\n", b"a\nb", b"a\r\nb\rc\n\nd", b"\n", b"\r\n\r", b"x\x0by\x0cz\x1c1\x1d2\x1e3",
              b"p\x85q", b"a\n\r", b"\xff\n\x00\r\n"]:
        for k in [False, True]:
            rows.append("    (%s, %s, %s)," % (rb(s), tf(k), blist(s.splitlines(k))))
    return rows


def join_rows():
    rows = []
    for sep in [b"", b",", b", ", b"\xff"]:
        for parts in [[], [b""], [b"a"], [b"a", b"b"], [b"", b""], [b"ab", b"\x00", b"cd"]]:
            rows.append("    (%s, %s, %s)," % (rb(sep), blist(parts), rb(sep.join(parts))))
    return rows


def part_rows():
    rows = []
    for op in ["partition", "rpartition", "removeprefix", "removesuffix"]:
        for s in [b"", b"a", b"abcabc", b"a::b::c", b"\xff\x00\xff"]:
            for sep in [b"", b"a", b"b", b"bc", b"::", b"c", b"x", b"\xff", b"abcabcd"]:
                def f():
                    r = getattr(s, op)(sep)
                    return r if isinstance(r, tuple) else (r, b"", b"")
                e = run(f, lambda t: "(%s, %s, %s)" % tuple(rb(x) for x in t))
                rows.append("    (%s, %s, %s, %s)," % (rs(op), rb(s), rb(sep), e))
    return rows


def replace_rows():
    rows = []
    for s in [b"", b"a", b"aaa", b"abcabc", b"\xff\x00\xff"]:
        for old in [b"", b"a", b"aa", b"bc", b"\xff", b"x"]:
            for new in [b"", b"-", b"XY"]:
                for c in [-1, 0, 1, 2, 100]:
                    rows.append("    (%s, %s, %s, %d, %s)," % (rb(s), rb(old), rb(new), c, rb(s.replace(old, new, c))))
    return rows


def strip_rows():
    rows = []
    for op in ["strip", "lstrip", "rstrip"]:
        for s in [b"", b"  a b  ", b"\t\n\x0b\x0c\r a \x1c", b"xxaxx", b"abcba", b"\xff\x00a\x00\xff", b"   "]:
            for chars in [None, b"", b"x", b"ab", b" ", b"\xff\x00", b"abcx "]:
                rows.append("    (%s, %s, %s, %s)," % (rs(op), rb(s), opt(chars, rb), rb(getattr(s, op)(chars))))
    return rows


def pad_rows():
    rows = []
    for op in ["center", "ljust", "rjust", "zfill", "expandtabs"]:
        for s in [b"", b"a", b"ab", b"abc", b"-12", b"+1", b"12", b"-", b"a\tb\tc", b"\t\n\tx\r\t", b"\xff"]:
            for w in [-1, 0, 1, 2, 3, 4, 5, 6, 8, 9]:
                fill = rng.choice([b" ", b"*", b"\xff", b"\x00"])
                if op == "zfill":
                    e = s.zfill(w)
                elif op == "expandtabs":
                    e = s.expandtabs(w)
                else:
                    e = getattr(s, op)(w, fill)
                rows.append("    (%s, %s, %d, %d, %s)," % (rs(op), rb(s), w, fill[0], rb(e)))
    return rows


def hex_rows():
    rows = []
    seps = [None, ("s", ":"), ("s", " "), ("b", b"-"), ("s", ""), ("s", "ab"), ("s", "\xe9"),
            ("b", b"\xe9"), ("b", b""), ("b", b"xy"), ("s", "\x00"), ("s", "\u20ac")]
    for s in [b"", b"\x01", b"\x01\x02", b"\x01\x02\x03", b"\xde\xad\xbe\xef\x00", bytes(range(256))]:
        for sep in seps:
            for n in [1, 2, 3, -1, -2, -3, 0, 100, 2 ** 31, -(2 ** 31) - 1, -(2 ** 31)]:
                if sep is None and n != 1:
                    continue
                if sep is None:
                    e = run(lambda: s.hex(), rs)
                    rs_sep = "None"
                else:
                    kind, v = sep
                    e = run(lambda: s.hex(v, n), rs)
                    if kind == "s":
                        rs_sep = "Some((b's', %s, b\"\"))" % rs(v)
                    else:
                        rs_sep = "Some((b'b', \"\", %s))" % rb(v)
                rows.append("    (%s, %s, %d, %s)," % (rb(s), rs_sep, n, e))
    return rows


def fromhex_rows():
    rows = []
    strs = ["", "0", "00", "0g", "g0", "ff", "FF", "fF 0a", " 01 02 ", "0 1", "01\x0b02\x0c03\t04\n05\r06",
            "01\x1c02", "\x1c01", "010", "01 0", "1", "zz", "01é0", "zz é", "\u3000 01", "0102030405060708090a",
            "de ad be ef", "  ", "\t", "0x01", "+1", "01  ", "  01", "0 ", "é", "a" * 7, "\x00\x00"]
    for _ in range(100):
        strs.append("".join(rng.choice("0123456789abcdefABCDEF \t\nxg") for _ in range(rng.randrange(1, 10))))
    for s in strs:
        rows.append("    (%s, %s)," % (rs(s), run(lambda: bytes.fromhex(s), rb)))
    return rows


HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass",
            "xmlcharrefreplace", "namereplace", "bogus"]


def decode_rows():
    rows = []
    interesting = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                   0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
    inputs = [b"", b"abc", "héllo wörld €😀".encode(), "\u0800\uffff\U00010000\U0010ffff".encode()]
    inputs += [bytes([c]) for c in range(256)]
    inputs += [rand_bytes(rng.randrange(1, 7), interesting) for _ in range(800)]
    inputs += [rand_bytes(rng.randrange(1, 4), interesting) + "é".encode() + rand_bytes(2, interesting)
               for _ in range(100)]
    inputs += [bytes([0xED, a, 0x80]) for a in (0x9F, 0xA0, 0xBF)] + [b"\xed\xa0", b"\xed\xb2\x80x"]
    encs = ["utf-8", "ascii", "latin-1"]
    for b in inputs:
        for enc in encs:
            handlers = HANDLERS if rng.random() < 0.3 else ["strict", "replace"]
            if enc == "latin-1" and rng.random() < 0.8:
                continue
            for h in handlers:
                try:
                    r = b.decode(enc, h)
                except (ValueError, TypeError, LookupError) as ex:
                    e = err(ex)
                else:
                    if any(0xD800 <= ord(c) < 0xE000 for c in r):
                        e = "Err((\"ValueError\", %s))" % rs(NO_SURROGATES % h)
                    else:
                        e = "Ok(%s)" % rs(r)
                rows.append("    (%s, %s, %s, %s)," % (rb(b), rs(enc), rs(h), e))
    names = ["utf8", "UTF-8", "U8", "utf", "UTF 8", " utf-8 ", "utf-8-", "utf_8", "cp65001", "utf8_ucs4",
             "ASCII", "us-ascii", "646", "ansi_x3.4_1968", "ANSI_X3.4-1968", "iso_646.irv:1991", "us",
             "latin1", "Latin-1", "L1", "iso-8859-1", "ISO8859-1", "iso_8859_1:1987", "8859", "cp819",
             "latin", "u.t.f.8", "bogus", "", "utf--8", "utf 8 ", "\u00e9utf8"]
    for name in names:
        for b in [b"abc", b"a\xe9b", b"\xc3\xa9"]:
            rows.append("    (%s, %s, \"strict\", %s)," % (rb(b), rs(name), run(lambda: b.decode(name), rs)))
    return rows


def encode_rows():
    rows = []
    strs = ["", "abc", "é", "aé", "aéé", "aébé", "€", "a€b😀c", "😀", "\x7f\x80\xff\u0100",
            "\x00", "ÿĀ", "caf\u00e9 na\u00efve", "\ue000", "\U0010ffff", "\u0378", "\U000e0100x",
            "\u4e00", "\uac00", "\u1100", "\U00020000"]
    strs += ["".join(rng.choice("aZ\x00\x7f\x80é\xff\u0100€😀 ") for _ in range(rng.randrange(1, 8)))
             for _ in range(150)]
    for s in strs:
        for enc in ["utf-8", "ascii", "latin-1"]:
            for h in HANDLERS:
                if h not in ("strict", "replace") and rng.random() < 0.5:
                    continue
                rows.append("    (%s, %s, %s, %s)," % (rs(s), rs(enc), rs(h), run(lambda: s.encode(enc, h), rb)))
    for name in ["UTF8", "Latin 1", "us_ascii", "bogus"]:
        rows.append("    (\"a\", %s, \"strict\", %s)," % (rs(name), run(lambda: "a".encode(name), rb)))
    return rows


def byte_value_rows():
    rows = []
    for i in [0, 1, 97, 255, 256, -1, -256, 1000, 2 ** 62, -(2 ** 62)]:
        rows.append("    (%d, %s)," % (i, run(lambda: (b"x".find(i), i)[1], str)))
    return rows


def main():
    out = ["// @generated by scripts/gen_bytesops_cases.py from CPython %s; do not edit."
           % sys.version.split()[0], ""]

    def table(name, ty, rows):
        out.append("pub(super) static %s: &[%s] = &[" % (name, ty))
        out.extend(rows)
        out.append("];")
        out.append("")

    table("UNARY", "(&str, &[u8], &[u8])", unary_rows())
    table("FIND", "(&str, &[u8], &[u8], Option<i64>, Option<i64>, E<i64>)", find_rows())
    table("STARTS", "(&str, &[u8], &[&[u8]], Option<i64>, Option<i64>, bool)", starts_rows())
    table("SPLIT", "(&str, &[u8], Option<&[u8]>, i64, E<&[&[u8]]>)", split_rows())
    table("SPLITLINES", "(&[u8], bool, &[&[u8]])", splitlines_rows())
    table("JOIN", "(&[u8], &[&[u8]], &[u8])", join_rows())
    table("PART", "(&str, &[u8], &[u8], E<(&[u8], &[u8], &[u8])>)", part_rows())
    table("REPLACE", "(&[u8], &[u8], &[u8], i64, &[u8])", replace_rows())
    table("STRIP", "(&str, &[u8], Option<&[u8]>, &[u8])", strip_rows())
    table("PAD", "(&str, &[u8], i64, u8, &[u8])", pad_rows())
    table("HEX", "(&[u8], Option<(u8, &str, &[u8])>, i64, E<&str>)", hex_rows())
    table("FROMHEX", "(&str, E<&[u8]>)", fromhex_rows())
    table("DECODE", "(&[u8], &str, &str, E<&str>)", decode_rows())
    table("ENCODE", "(&str, &str, &str, E<&[u8]>)", encode_rows())
    table("BYTE_VALUE", "(i64, E<u8>)", byte_value_rows())
    sys.stdout.write("\n".join(out))


main()
