# An order workflow driven by an Enum with an allowed-transitions table.
from enum import Enum


class State(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def final(self):
        return self in (State.DELIVERED, State.CANCELLED)


ALLOWED = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.CANCELLED},
    State.SHIPPED: {State.DELIVERED},
}


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = State.NEW
        self.log = [State.NEW.value]

    def advance(self, new):
        new = State(new) if isinstance(new, str) else new
        if new not in ALLOWED.get(self.state, set()):
            raise ValueError(f"order {self.oid}: {self.state.name} -> {new.name} not allowed")
        self.state = new
        self.log.append(new.value)


o = Order(1)
for step in ["paid", State.SHIPPED, "delivered"]:
    o.advance(step)
print(o.log, o.state, o.state.final)
o2 = Order(2)
o2.advance(State.CANCELLED)
for bad in [State.PAID, "lost"]:
    try:
        o2.advance(bad)
    except ValueError as e:
        print("ValueError", e)
print([s.name for s in State if s.final], [s.name for s in State if not s.final])
print(sorted(s.value for s in ALLOWED[State.NEW]))
