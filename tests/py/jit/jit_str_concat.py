# `s += x` in hot compiled loops appends in place only when nothing else
# refers to the str: strings kept elsewhere never change, and the same
# local may hold ints, floats or lists in other calls.


def build(n: int, piece):
    s = piece * 0
    kept = []
    for i in range(n):
        s += piece
        if i % 250 == 0:
            kept.append(s)
    return s, kept


s, kept = build(2000, "ab")
print(len(s), [len(k) for k in kept], kept[1][:6])
alias = s
s2, _ = build(10, "xyz")
print(s2, alias == s, len(alias))
print(build(1000, 1)[0], build(1000, 0.5)[0], len(build(300, [1])[0]))


def shared(n: int) -> list:
    out = []
    t = "start"
    for i in range(n):
        u = t
        t += str(i % 10)
        if i < 3:
            out.append((u, t))
    return out + [len(t)]


print(shared(5000))
