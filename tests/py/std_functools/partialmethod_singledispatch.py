from functools import partialmethod, singledispatch, singledispatchmethod, partial
from collections.abc import Sequence, Mapping
class Cell:
    def set_state(self, v, note=""):
        self.state = v + note
        return self
    turn_on = partialmethod(set_state, "on")
    turn_off = partialmethod(set_state, "off", note="!")
c = Cell()
print(c.turn_on().state, c.turn_off().state, Cell.turn_on(c).state, c.turn_off(note="?").state)
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(float)
def _(x):
    return f"float {x:.2f}"
@show.register
def _(x: list):
    return "list of " + ", ".join(show(i) for i in x)
@show.register(Mapping)
def _(x):
    return "mapping with " + str(len(x))
print(show(3), show(2.5), show("s"), show([1, 2.0]), show({"a": 1}), show(True))
print(show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry), show.__name__)
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "default"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"
    @fmt.register
    def _(self, arg: str):
        return f"str:{arg}"
f = Fmt()
print(f.fmt(1), f.fmt("a"), f.fmt(2.0))
