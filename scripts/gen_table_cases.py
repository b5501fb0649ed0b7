#!/usr/bin/env python3
"""Prints runtime/src/table_cases.rs: test tables for runtime/src/table.rs.

Runs random operation sequences on real CPython (3.11) sets and dicts and
records the resulting iteration order, which the tests replay on krait's
`Set` / `Dict`:

    python3 scripts/gen_table_cases.py > runtime/src/table_cases.rs

`--scale N` generates N times as many cases (stress run; do not commit).

Keys are ints (small, negative, big, hash-colliding) and tuples of ints,
encoded as `<decimal>` or `t<int>_<int>...` (`t` alone is `()`).
Operations are space-separated tokens; `L` is a comma-separated key list:

  set:  aK add        dK discard      rK remove (present key)   p pop
        c clear       y s = s.copy()  ?K membership
        uL s.update(L)                UL s.update(set(L))
        oL s = s | set(L)             OL s = set(L) | s
        nL s = s & set(L)             NL s = set(L) & s
        mL s = s - set(L)             ML s = set(L) - s
        xL s = s ^ set(L)             XL s = set(L) ^ s
        DL s -= set(L)                IL s &= set(L)     SL s ^= set(L)
  dict: sK d[K] = <token number>         dK del d[K] (present key)
        p popitem     c clear         y d = d.copy()     ?K membership
        uL d.update({k: <token number> for k in L})

Each case is (ops, final iteration order, popped keys, membership results as
0/1 digits[, dict: index-table size derived from sys.getsizeof]).
"""

import random
import sys

SCALE = 1
if "--scale" in sys.argv:
    SCALE = int(sys.argv[sys.argv.index("--scale") + 1])


def enc(k):
    if isinstance(k, tuple):
        return "t" + "_".join(str(x) for x in k)
    return str(k)


def enc_list(ks):
    return ",".join(enc(k) for k in ks)


def key_pool(rng):
    kind = rng.randrange(6)
    if kind == 0:
        return lambda: rng.randrange(-20, 60)
    if kind == 1:  # colliding low bits
        return lambda: rng.randrange(0, 40) * rng.choice([8, 32, 64, 1024])
    if kind == 2:  # big ints, hash-colliding multiples of 2**61 - 1
        m = 2**61 - 1
        return lambda: rng.choice([
            rng.randrange(-10**25, 10**25),
            m * rng.randrange(-5, 6) + rng.randrange(-3, 4),
            2**61 * rng.randrange(1, 5), -1, -2, 10**20, 2**63, -(2**63),
        ])
    if kind == 3:  # tuples
        return lambda: tuple(rng.randrange(-5, 6) for _ in range(rng.randrange(0, 4)))
    if kind == 4:  # wide range
        return lambda: rng.randrange(-10**6, 10**6)
    return lambda: rng.choice([
        rng.randrange(-50, 50), rng.randrange(0, 5000),
        (rng.randrange(3), rng.randrange(3)), 2**64 + rng.randrange(9),
    ])


def rust_str(s):
    return '"' + s + '"'


def gen_set_case(rng, big):
    key = key_pool(rng)
    s = set()
    ops, pops, members = [], [], []
    nops = rng.randrange(1, 40) if not big else rng.randrange(3, 8)
    for _ in range(nops):
        r = rng.random()
        listlen = rng.randrange(0, 3000 if big else 30)
        if r < 0.3:
            k = key()
            s.add(k)
            ops.append("a" + enc(k))
        elif r < 0.4:
            k = key() if rng.random() < 0.5 or not s else rng.choice(list(s))
            s.discard(k)
            ops.append("d" + enc(k))
        elif r < 0.47 and s:
            k = rng.choice(list(s))
            s.remove(k)
            ops.append("r" + enc(k))
        elif r < 0.55 and s:
            pops.append(s.pop())
            ops.append("p")
        elif r < 0.57:
            s.clear()
            ops.append("c")
        elif r < 0.59:
            s = s.copy()
            ops.append("y")
        elif r < 0.62:
            k = key()
            members.append(k in s)
            ops.append("?" + enc(k))
        elif r < 0.65 and s:
            # many pops in a row
            for _ in range(rng.randrange(1, len(s) + 1)):
                pops.append(s.pop())
                ops.append("p")
        else:
            if rng.random() < 0.5 and s:
                pool = list(s)
                L = [rng.choice(pool) if rng.random() < 0.5 else key() for _ in range(listlen)]
            else:
                L = [key() for _ in range(listlen)]
            op = rng.choice("uUoOnNmMxXDIS")
            o = set(L)
            if op == "u":
                s.update(L)
            elif op == "U":
                s.update(o)
            elif op == "o":
                s = s | o
            elif op == "O":
                s = o | s
            elif op == "n":
                s = s & o
            elif op == "N":
                s = o & s
            elif op == "m":
                s = s - o
            elif op == "M":
                s = o - s
            elif op == "x":
                s = s ^ o
            elif op == "X":
                s = o ^ s
            elif op == "D":
                s -= o
            elif op == "I":
                s &= o
            elif op == "S":
                s ^= o
            ops.append(op + enc_list(L))
    return (" ".join(ops), enc_list(list(s)), enc_list(pops),
            "".join("1" if m else "0" for m in members))


BASE = sys.getsizeof({})


def _keys_size(log2):
    size = 1 << log2
    width = 1 if log2 < 8 else 2 if log2 < 16 else 4 if log2 < 32 else 8
    return size * width + (2 * size // 3) * 24


KEYS_HEADER = sys.getsizeof({1: 1}) - BASE - _keys_size(3)


def index_size(d):
    n = sys.getsizeof(d) - BASE
    if n == 0:
        return 0
    for log2 in range(3, 40):
        if KEYS_HEADER + _keys_size(log2) == n:
            return 1 << log2
    raise SystemExit(f"unexpected getsizeof {sys.getsizeof(d)}")


def gen_dict_case(rng, big):
    key = key_pool(rng)
    d = {}
    ops, pops, members = [], [], []
    nops = rng.randrange(1, 50) if not big else rng.randrange(3, 8)
    for n in range(nops):
        r = rng.random()
        if r < 0.35:
            k = key()
            d[k] = len(ops)
            ops.append("s" + enc(k))
        elif r < 0.5 and d:
            k = rng.choice(list(d))
            del d[k]
            ops.append("d" + enc(k))
        elif r < 0.58 and d:
            pops.append(d.popitem()[0])
            ops.append("p")
        elif r < 0.6:
            d.clear()
            ops.append("c")
        elif r < 0.63:
            d = d.copy()
            ops.append("y")
        elif r < 0.66:
            k = key()
            members.append(k in d)
            ops.append("?" + enc(k))
        elif r < 0.72 and d:
            for _ in range(rng.randrange(1, len(d) + 1)):
                k = rng.choice(list(d)) if rng.random() < 0.7 else next(reversed(d))
                del d[k]
                ops.append("d" + enc(k))
        else:
            listlen = rng.randrange(0, 3000 if big else 30)
            L = [key() for _ in range(listlen)]
            d.update({k: len(ops) for k in L})
            ops.append("u" + enc_list(L))
    order = ",".join(f"{enc(k)}={v}" for k, v in d.items())
    return (" ".join(ops), order, enc_list(pops),
            "".join("1" if m else "0" for m in members), index_size(d))


def main():
    rng = random.Random(311)
    print("// Generated by scripts/gen_table_cases.py from CPython "
          f"{sys.version.split()[0]}; do not edit.")
    print("// (ops, final order, popped keys, membership results)")
    print("#[rustfmt::skip]")
    print("pub(super) const SET_CASES: &[(&str, &str, &str, &str)] = &[")
    for i in range(260 * SCALE):
        c = gen_set_case(rng, i % 20 == 0)
        print("    (" + ", ".join(rust_str(x) for x in c) + "),")
    print("];")
    print("// (ops, final order as key=value, popped keys, membership, index size)")
    print("#[rustfmt::skip]")
    print("pub(super) const DICT_CASES: &[(&str, &str, &str, &str, usize)] = &[")
    for i in range(160 * SCALE):
        c = gen_dict_case(rng, i % 20 == 0)
        print("    (" + ", ".join(rust_str(x) for x in c[:4]) + f", {c[4]}),")
    print("];")


main()
