# Multiplying a sequence by an object that is not an int, when neither side's
# operator takes it: CPython's messages, plain and in place.
class V:
    def __mul__(self, o):
        return NotImplemented
for a, b in ((V(), "x"), ("x", V()), ([1], V()), (V(), (1,)), (b"a", V()), (V(), V())):
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError:", e)
    try:
        a *= b
    except TypeError as e:
        print("TypeError:", e)
class W:
    pass
for a, b in (([1], W()), (W(), "s"), (W(), 3)):
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError:", e)
