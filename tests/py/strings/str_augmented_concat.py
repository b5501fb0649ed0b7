# `s += x` on a str the local alone refers to is appended in place by krait;
# every other reference must still see the old value.


def build(n: int) -> str:
    s = ""
    for i in range(n):
        s += "ab"
        s += str(i % 10)
    return s


def aliases() -> None:
    s = "x"
    t = s
    s += "y"
    print(s, t)
    items = [s]
    s += "z"
    print(s, items)
    d = {s: 1}
    s += "w"
    print(s, d)
    s += s
    print(s)
    k = "const"
    k += "!"
    print(k, "const")


def in_loop_with_errors() -> None:
    s = "start"
    for x in ["a", 1, "b"]:
        try:
            s += x
        except TypeError as e:
            print("TypeError:", e, s)
    print(s)


def unbound() -> None:
    try:
        u += "x"  # noqa: F821
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    u = "ok"
    print(u)


print(len(build(1000)), build(5))
aliases()
in_loop_with_errors()
unbound()
