# An inventory: dataclasses for products and stock movements, validation
# in __post_init__, frozen value objects as dict keys, sorting with keys,
# grouping, and a report laid out with f-string format specs.
from dataclasses import dataclass, field, asdict, replace
from typing import Dict, List, Optional


class InventoryError(Exception):
    pass


@dataclass(frozen=True, order=True)
class SKU:
    category: str
    code: int

    def __str__(self):
        return f"{self.category[:3].upper()}-{self.code:04d}"


@dataclass
class Product:
    sku: SKU
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = None
    reorder_level: int = field(default=5, repr=False)

    def __post_init__(self):
        if self.price < 0:
            raise InventoryError(f"{self.name}: negative price {self.price}")
        self.name = self.name.strip().title()

    @property
    def value(self) -> float:
        return self.price * self.quantity

    @property
    def needs_reorder(self) -> bool:
        return self.quantity <= self.reorder_level


@dataclass
class Movement:
    sku: SKU
    delta: int
    reason: str = "adjust"


@dataclass
class Inventory:
    products: Dict[SKU, Product] = field(default_factory=dict)
    log: List[Movement] = field(default_factory=list)

    def add(self, product: Product) -> None:
        if product.sku in self.products:
            raise InventoryError(f"duplicate SKU {product.sku}")
        self.products[product.sku] = product

    def move(self, sku: SKU, delta: int, reason: str) -> None:
        try:
            product = self.products[sku]
        except KeyError:
            raise InventoryError(f"unknown SKU {sku}") from None
        if product.quantity + delta < 0:
            raise InventoryError(f"cannot remove {-delta} x {product.name}: only {product.quantity} left")
        product.quantity += delta
        self.log.append(Movement(sku, delta, reason))

    def by_category(self):
        groups = {}
        for p in sorted(self.products.values(), key=lambda p: p.sku):
            groups.setdefault(p.sku.category, []).append(p)
        return groups

    def total_value(self) -> float:
        return sum(p.value for p in self.products.values())


inv = Inventory()
catalogue = [
    (SKU("tools", 12), "  claw hammer ", 14.5, 10, ["steel"], "Acme"),
    (SKU("tools", 3), "screwdriver set", 22.0, 4, ["steel", "kit"], "Acme"),
    (SKU("garden", 7), "watering can", 9.99, 25, [], None),
    (SKU("garden", 2), "hose reel", 45.0, 2, ["bulky"], "GreenCo"),
    (SKU("paint", 40), "white emulsion 5l", 31.25, 12, ["interior"], "Dulux"),
    (SKU("paint", 41), "masking tape", 3.5, 140, [], "Dulux"),
]
for sku, name, price, qty, tags, supplier in catalogue:
    inv.add(Product(sku, name, price, qty, tags, supplier))
print(inv.products[SKU("tools", 12)])
print(SKU("tools", 12) == SKU("tools", 12), SKU("garden", 7) < SKU("tools", 1), str(SKU("paint", 41)))

errors = []
for action in [
    lambda: inv.add(Product(SKU("tools", 3), "dup", 1.0)),
    lambda: inv.add(Product(SKU("misc", 1), "bad", -2.0)),
    lambda: inv.move(SKU("misc", 99), 1, "restock"),
    lambda: inv.move(SKU("garden", 2), -5, "sale"),
]:
    try:
        action()
    except InventoryError as e:
        errors.append(str(e))
print("\n".join(errors))

inv.move(SKU("garden", 2), -2, "sale")
inv.move(SKU("tools", 3), 6, "restock")
inv.move(SKU("paint", 41), -100, "sale")
inv.move(SKU("garden", 7), -20, "sale")

header = f"{'SKU':<9} {'Name':<20} {'Qty':>5} {'Price':>8} {'Value':>10}  Flags"
print(header)
print("=" * len(header))
for category, products in inv.by_category().items():
    subtotal = 0.0
    for p in products:
        flags = []
        if p.needs_reorder:
            flags.append("REORDER")
        if p.supplier is None:
            flags.append("no-supplier")
        flags.extend(f"#{t}" for t in p.tags)
        print(f"{str(p.sku):<9} {p.name:<20.20} {p.quantity:>5d} {p.price:>8.2f} {p.value:>10,.2f}  {' '.join(flags)}")
        subtotal += p.value
    print(f"{'':<9} {category + ' subtotal':>20} {'':>5} {'':>8} {subtotal:>10,.2f}")
print("-" * len(header))
print(f"{'TOTAL':<9} {'':<20} {sum(p.quantity for p in inv.products.values()):>5} {'':>8} {inv.total_value():>10,.2f}")

sales = [m for m in inv.log if m.reason == "sale"]
print(f"{len(sales)} sales, {sum(-m.delta for m in sales)} units:", ", ".join(f"{m.sku}x{-m.delta}" for m in sales))
top = sorted(inv.products.values(), key=lambda p: (-p.value, p.name))[:3]
print("top by value:", [(p.name, round(p.value, 2)) for p in top])
reorder = [p.name for p in inv.products.values() if p.needs_reorder]
print("reorder:", sorted(reorder))
by_supplier = {}
for p in inv.products.values():
    by_supplier[p.supplier or "-"] = by_supplier.get(p.supplier or "-", 0) + p.quantity
print("units by supplier:", sorted(by_supplier.items()))

snapshot = asdict(inv.products[SKU("tools", 3)])
print(snapshot)
cheaper = replace(inv.products[SKU("paint", 40)], price=29.99, tags=["sale"])
print(cheaper, cheaper == inv.products[SKU("paint", 40)])
print(f"{'percent in stock':>20}: {sum(1 for p in inv.products.values() if p.quantity) / len(inv.products):.1%}")
print(f"{inv.total_value():e} {inv.total_value():_.3f} {int(inv.total_value()):#x} {len(inv.log):03}")
try:
    inv.products[SKU("tools", 3)].sku.code = 5
except AttributeError as e:
    print(type(e).__name__, e)
