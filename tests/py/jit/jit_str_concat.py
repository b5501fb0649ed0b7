# `s += x` in compiled code appends in place only when nothing else can see
# the string: aliases, containers and other names keep their value.


def grow(n):
    s = ""
    keep = []
    for i in range(n):
        s += str(i % 10)
        if i % 250 == 0:
            keep.append(s)
        if i % 300 == 0:
            alias = s
            s += "!"
            keep.append(alias)
    return s, keep


def self_add(n):
    s = "ab"
    for _ in range(n):
        s += s[:1]
        if len(s) > 40:
            s = s[-3:]
    s += s
    return s


def mixed(n):
    s = ""
    for i in range(n):
        s += "x"
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    return len(s)


s, keep = grow(2000)
print(len(s), s[-12:], [len(k) for k in keep], keep[1][-5:])
print(self_add(1500))
print(mixed(1200))
