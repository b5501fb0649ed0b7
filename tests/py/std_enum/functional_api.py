# Enum functional API: names as string, list, pairs and mapping; module/qualname.
from enum import Enum, IntEnum

Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, Animal(3))
Dir = Enum("Dir", ["N", "E", "S", "W"], start=0)
print([(d.name, d.value) for d in Dir])
Code = Enum("Code", [("OK", 200), ("NOT_FOUND", 404)])
print(Code(404), Code.OK.value, Code["NOT_FOUND"])
Level = IntEnum("Level", {"DEBUG": 10, "INFO": 20, "ERROR": 40})
print(Level.INFO < Level.ERROR, Level(40).name, sum(Level), sorted(Level, key=lambda l: -l)[0])
Sep = Enum("Sep", "A,B , C")
print([m.name for m in Sep])
print(Animal.__name__, type(Animal.CAT).__name__, Animal.CAT.__class__ is Animal)


def turn_right(d):
    return Dir((d.value + 1) % len(Dir))


d = Dir.N
path = []
for _ in range(6):
    path.append(d.name)
    d = turn_right(d)
print("".join(path))
counts = {a: 0 for a in Animal}
for word in "CAT DOG CAT BIRD CAT".split():
    counts[Animal[word]] += 1
print({a.name: n for a, n in counts.items()})
