# A small inventory built on dataclasses: ordering, defaults, asdict for output.
from dataclasses import asdict, dataclass, field, replace


@dataclass(order=True)
class Product:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    price: float
    stock: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (-self.stock, self.name)

    @property
    def value(self):
        return round(self.price * self.stock, 2)


@dataclass
class Inventory:
    products: list = field(default_factory=list)

    def add(self, *items):
        self.products.extend(items)

    def restock(self, name, qty):
        for i, p in enumerate(self.products):
            if p.name == name:
                self.products[i] = replace(p, stock=p.stock + qty)
                return self.products[i]
        raise KeyError(name)

    def total(self):
        return round(sum(p.value for p in self.products), 2)


inv = Inventory()
inv.add(Product("bolt", 0.25, 400, ["metal"]), Product("nut", 0.1, 400), Product("gear", 4.5, 12, ["metal", "big"]))
print(sorted(inv.products))
print(inv.total(), [p.value for p in inv.products])
print(inv.restock("gear", 500))
print([p.name for p in sorted(inv.products)])
try:
    inv.restock("washer", 1)
except KeyError as e:
    print("KeyError", e)
print(asdict(inv.products[0]))
print(Product("a", 1.0) == Product("a", 1.0, tags=["x"]), Product("a", 1.0) < Product("b", 1.0))
