# __bool__ vs __len__ truthiness, errors from bad return types, and use in control flow.
class Queue:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print(f"  __bool__ -> {self.on}")
        return self.on

    def __len__(self):
        print("  __len__ (not used)")
        return 1


class Neither:
    pass


print(bool(Queue()), bool(Queue(1)), bool(Neither()))
print(bool(Flag(False)))
print("and:", Flag(True) and "second")
print("or:", Flag(False) or "fallback")
print("not:", not Flag(True))
q = Queue(3, 2, 1)
while q:
    print("pop", q.items.pop())
print([x for x in [Queue(), Queue(0), Flag(True), None, 0, "", "x"] if x].__len__())


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


class BigLen:
    def __len__(self):
        return 2 ** 70


class FloatLen:
    def __len__(self):
        return 3.0


for cls in (BadBool, BadLen, BigLen, FloatLen):
    try:
        print(bool(cls()))
    except (TypeError, ValueError, OverflowError) as e:
        print(cls.__name__, type(e).__name__, e)
try:
    len(FloatLen())
except TypeError as e:
    print("len:", e)
print(all([Queue(1), Flag(True)]), any([Queue(), Flag(False)]))
x = Flag(True) if Queue() else Flag(False)
print("ternary picked", x.on)
print(bool(0j), bool(0.0), bool(-0.0), bool(float("nan")), bool(range(0)), bool(range(1, 2)))
