# functools.partial, partialmethod, reduce, and composition helpers.
from functools import partial, partialmethod, reduce
import operator

power = partial(pow, exp=2)
cube = partial(pow, exp=3)
print(power(5), cube(2), power.func is pow, power.args, power.keywords)
int2 = partial(int, base=2)
print(int2("1011"), int2("1111", base=10), [int2(s) for s in ("0", "1", "10")])
p = partial(print, "LOG:", sep=" | ")
p("a", "b")
pp = partial(p, "c")
pp("d")
print(pp.args, pp.func is print)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 7), 1))
print(reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3, 4], [0]))
print(reduce(max, [3, 9, 2, 7]), reduce(operator.or_, [{1}, {2, 3}, {3, 4}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(operator.add, [], "empty-default"))
words = ["alpha", "beta", "gamma", "delta"]
print(reduce(lambda d, w: {**d, w[0]: d.get(w[0], 0) + 1}, words, {}))


def compose(*fs):
    return reduce(lambda f, g: lambda x: f(g(x)), fs)


shout = compose(str.upper, lambda s: s.replace(" ", "_"), str.strip)
print(shout("  hello big world "))


class Cell:
    def __init__(self):
        self.state = "off"

    def set_state(self, value):
        self.state = value
        return self

    turn_on = partialmethod(set_state, "on")
    turn_off = partialmethod(set_state, "off")


c = Cell()
print(c.turn_on().state, c.turn_off().state, c.set_state("blink").state)
key_by_len = partial(sorted, key=len)
print(key_by_len(words), key_by_len(words, reverse=True))
print(repr(partial(max, default=0)).startswith("functools.partial(<built-in function max>"))
