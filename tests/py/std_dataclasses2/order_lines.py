# dataclasses for an order system: field(default_factory), __post_init__, InitVar-free compute, asdict/astuple/replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class LineItem:
    sku: str
    qty: int
    unit_price: float
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return round(self.qty * self.unit_price, 2)


@dataclass
class Order:
    order_id: int
    customer: str
    items: list = field(default_factory=list)
    discount: float = 0.0
    subtotal: float = field(init=False, default=0.0)
    notes: str = field(default="", repr=False, compare=False)

    def __post_init__(self):
        if self.discount < 0 or self.discount > 0.5:
            raise ValueError(f"discount out of range: {self.discount}")
        self.customer = self.customer.strip().title()
        self.recalc()

    def recalc(self):
        self.subtotal = round(sum(i.total for i in self.items) * (1 - self.discount), 2)

    def add(self, item):
        self.items.append(item)
        self.recalc()
        return self


o = Order(1, "  ada lovelace ", [LineItem("pen", 3, 1.25), LineItem("ink", 1, 7.5, ["fragile"])])
print(o)
print(o.subtotal, [i.total for i in o.items])
o.add(LineItem("pad", 2, 3.4))
print(o.subtotal, len(o.items))
d = asdict(o)
print(d["items"][1], d["subtotal"], sorted(d))
print(astuple(o.items[0]), astuple(o)[:2])
o2 = replace(o, order_id=2, discount=0.1)
print(o2.order_id, o2.customer, o2.subtotal, o2.items is o.items)
print(o == replace(o), o == replace(o, notes="changed"), o == o2)
print([(f.name, f.init, f.repr, f.compare) for f in fields(Order)])
a, b = Order(3, "x"), Order(4, "y")
a.items.append(LineItem("z", 1, 1.0))
print(len(a.items), len(b.items), "default_factory gives separate lists")
try:
    Order(5, "bad", discount=0.9)
except ValueError as e:
    print("ValueError:", e)
try:
    Order(6, "c", [], 0.0, 10.0)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(o, subtotal=1.0)
except ValueError as e:
    print("ValueError:", e)
print(repr(LineItem("q", 1, 2.0)), LineItem("q", 1, 2.0) == LineItem("q", 1, 2.0, []))
