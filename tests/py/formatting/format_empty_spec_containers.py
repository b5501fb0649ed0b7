# An empty format spec is str(x): containers of instances use their __repr__.
class A:
    def __repr__(self):
        return "A()"


class S:
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"


class I(int):
    def __str__(self):
        return "I-str"


print(f"{[A()]}")
print(f"{(A(), 1)!s}|{[S()]}|{S()}|{S()!r}")
print("{}".format([A(), {1: S()}]))
print(format([S()]), format(S()), format(I(3)), format(I(3), "d"))
print(f"{ {'k': A()} }", f"{True}", f"{1.5}", f"{None}", f"{3+4j}")
print(f"{[1.0, 2.5e-10, 'x']}")
