# __call__ objects: counters, memoizers, composable functions and bound-method behaviour.
class CallCounter:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CallCounter
def square(x):
    return x * x


print([square(i) for i in range(5)], square.calls, callable(square))


class Compose:
    def __init__(self, *funcs):
        self.funcs = funcs

    def __call__(self, x):
        for f in reversed(self.funcs):
            x = f(x)
        return x

    def __or__(self, other):
        return Compose(other, *self.funcs)

    def __repr__(self):
        return " . ".join(getattr(f, "__name__", type(f).__name__) for f in self.funcs)


inc = lambda x: x + 1
inc.__name__ = "inc"
pipeline = Compose(str, abs) | len
print(pipeline, pipeline(-12345), Compose(inc, inc, abs)(-5))


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result

    def __repr__(self):
        n = len(self.coeffs) - 1
        terms = [f"{c}x^{n - i}" if n - i else str(c) for i, c in enumerate(self.coeffs) if c]
        return " + ".join(terms)


p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)], list(map(p, [0.5, 10])))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


class Holder:
    add = Adder(10)

    def method(self, x):
        return x


h = Holder()
print(h.add(5), Holder.add(1), callable(Holder.add), type(h.method).__name__, type(h.add).__name__)
print(sorted([3, -1, 2], key=Adder(-10)), max(["aa", "b"], key=CallCounter(len)))
obj = CallCounter(lambda: "x")
obj.__call__ = lambda: "instance attr ignored"
print(obj(), obj.__call__())
try:
    Polynomial(1)("a", "b")
except TypeError as e:
    print("TypeError:", e)
