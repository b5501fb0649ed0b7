# asdict/astuple recurse into nested dataclasses and containers; replace() copies.
from dataclasses import asdict, astuple, dataclass, field, is_dataclass, replace


@dataclass
class Address:
    street: str
    city: str


@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


p = Person("Ann", 30, Address("Main St", "Oslo"), ["123", "456"], {"home": Address("Elm", "Bern")})
print(asdict(p))
print(astuple(p))
d = asdict(p)
d["phones"].append("789")
print(p.phones, d["address"] == {"street": "Main St", "city": "Oslo"})
q = replace(p, age=31)
print(q.age, p.age, q.address is p.address, q == p, replace(p) == p)
try:
    replace(p, height=180)
except TypeError as e:
    print("TypeError", e)
print(is_dataclass(p), is_dataclass(Person), is_dataclass(dict), is_dataclass(5))
try:
    asdict(Person)
except TypeError as e:
    print("TypeError", e)
try:
    asdict({"a": 1})
except TypeError as e:
    print("TypeError", e)
print(asdict(Address("a", "b"), dict_factory=lambda kv: [k for k, _ in kv]))


@dataclass
class Tree:
    value: int
    children: tuple = ()


t = Tree(1, (Tree(2), Tree(3, (Tree(4),))))
print(asdict(t))
print(astuple(t))
