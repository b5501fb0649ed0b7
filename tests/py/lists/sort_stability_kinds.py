# sorted / list.sort: stability, reverse=True stability, and 1000+ item
# lists of each kind of key (the native comparisons must agree with `<`).

seed = 2024


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


def digest(xs):
    h = 0
    for x in xs:
        for c in repr(x):
            h = (h * 31 + ord(c)) % 1000000007
    return h


def is_sorted(xs):
    return all(not (xs[i + 1] < xs[i]) for i in range(len(xs) - 1))


# Stability: records sorted by key keep their input order among equals.
records = [(rnd(7), f"r{i}") for i in range(300)]
by_key = sorted(records, key=lambda r: r[0])
print([r[1] for r in by_key[:15]])
print(all(by_key[i][0] < by_key[i + 1][0] or (by_key[i][0] == by_key[i + 1][0] and int(by_key[i][1][1:]) < int(by_key[i + 1][1][1:])) for i in range(len(by_key) - 1)))
# reverse=True: still stable (equal keys keep input order).
rev = sorted(records, key=lambda r: r[0], reverse=True)
print([r[1] for r in rev[:15]])
print(rev == sorted(records, key=lambda r: -r[0]))
small = sorted(records[:20], key=lambda r: r[0], reverse=True)
print(small)
lst = list(records)
lst.sort(key=lambda r: r[0] % 3, reverse=True)
print([r[1] for r in lst[:20]])

# Sorting twice by different keys (the classic multi-key idiom).
people = [("ann", 31, "x"), ("bob", 25, "y"), ("cid", 31, "y"), ("dee", 25, "x"), ("eve", 40, "x")] * 20
people = [(p[0] + str(i), p[1], p[2]) for i, p in enumerate(people)]
s1 = sorted(people, key=lambda p: p[2])
s2 = sorted(s1, key=lambda p: p[1], reverse=True)
print([p[0] for p in s2[:12]])

# 1000+ items of each kind.
n = 1500
ints = [rnd(100000) - 50000 for _ in range(n)]
s = sorted(ints)
print("ints", s[:5], s[-5:], is_sorted(s), digest(s))
print("ints rev", sorted(ints, reverse=True)[:5])
big = [(rnd(1000) - 500) * 10**30 + rnd(1000) for _ in range(n)]
s = sorted(big)
print("big", s[:2], is_sorted(s), digest(s))
mixed_big = ints[:700] + big[:800]
s = sorted(mixed_big)
print("small+big", s[:3], s[-2:], is_sorted(s), digest(s))
floats = [rnd(100000) / 7.0 - 5000 for _ in range(n)] + [-0.0, 0.0, 0.0, -0.0] * 5
s = sorted(floats)
print("floats", s[:4], s[-3:], is_sorted(s), digest(s))
zeros = [0.0, -0.0, 0, -0.0, 0.0, False] * 3
print("zeros", sorted(zeros), sorted(zeros, reverse=True))
mixed = [x if i % 3 else float(x) + 0.5 for i, x in enumerate(ints)]
s = sorted(mixed)
print("int+float", s[:6], is_sorted(s), digest(s))
bools = [rnd(2) == 1 for _ in range(100)] + [0, 1, 2, -1]
print("bools", sorted(bools)[:10], sorted(bools)[-5:])
words = ["".join(chr(97 + rnd(26)) for _ in range(rnd(6) + 1)) for _ in range(n)]
s = sorted(words)
print("strs", s[:6], s[-3:], is_sorted(s), digest(s))
uni = ["".join(chr(c) for c in (rnd(3) * 100 + 200 + rnd(50), rnd(0x3000) + 0x20, [0x1F600, 0xE9, 0x7A, 0x10FFFF][rnd(4)])) for _ in range(n)]
uni += ["é", "e", "ê", "z", "Z", "\u00ff", "\u0100", "\U0001F600", "", "a\x00", "a"]
s = sorted(uni)
print("unicode", [ascii(x) for x in s[:5]], [ascii(x) for x in s[-4:]], is_sorted(s), digest(s))
tuples = [(rnd(30), rnd(30), f"t{i}") for i in range(n)]
s = sorted(tuples)
print("tuples", s[:4], is_sorted(s), digest(s))
depth = [(rnd(3),) if i % 3 == 0 else (rnd(3), (rnd(2), rnd(2))) if i % 3 == 1 else (rnd(3), (rnd(2),), "x") for i in range(300)]
s = sorted(depth)
print("tuple depth", s[:8], s[-4:], is_sorted(s), digest(s))
s = sorted(((rnd(4), rnd(3)) if i % 2 else (rnd(4),)) for i in range(200))
print("tuple lengths", s[:10], is_sorted(s))
tt = [((rnd(3), rnd(3)), i) for i in range(200)]
print("tuples of tuples", sorted(tt)[:6])
ft = [(rnd(10) / 2, i) for i in range(n)]
print("float tuples", sorted(ft)[:5], digest(sorted(ft)))
st = [(words[i], rnd(5)) for i in range(n)]
print("str tuples", sorted(st)[:5], digest(sorted(st)))
mt = [(rnd(10) if i % 2 else rnd(10) + 0.5, i) for i in range(300)]
print("mixed tuples", sorted(mt)[:6])
print("keyed", sorted(ints, key=lambda x: (x % 10, -x))[:6], sorted(words, key=len)[:6])
print("keyed rev", sorted(words, key=len, reverse=True)[:6])
print("lists", sorted([[rnd(3), rnd(3)] for _ in range(100)])[:6])
print("key=None", sorted([3, 1, 2], key=None), sorted([3, 1, 2], key=None, reverse=True))
e = []
e.sort()
print(e, sorted([]), sorted([5]), sorted("hello"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}))
one = [[1]]
one.sort(key=lambda x: x[0])
print(one)
