# Enum/IntEnum/Flag/auto in an order workflow: iteration, lookup by value/name, aliases, members.
from enum import Enum, IntEnum, Flag, auto, unique


class Status(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def is_final(self):
        return self in (Status.DELIVERED, Status.CANCELLED)

    def next(self):
        flow = [Status.PENDING, Status.PAID, Status.SHIPPED, Status.DELIVERED]
        if self not in flow or self is flow[-1]:
            raise ValueError(f"no transition from {self.name}")
        return flow[flow.index(self) + 1]


s = Status.PENDING
trail = [s]
while not s.is_final:
    s = s.next()
    trail.append(s)
print([t.name for t in trail], [t.value for t in trail])
print(Status("paid"), Status["SHIPPED"], repr(Status.PAID), Status.PAID.name, len(Status))
try:
    Status("lost")
except ValueError as e:
    print("ValueError:", e)
try:
    Status.CANCELLED.next()
except ValueError as e:
    print("ValueError:", e)
print(Status.PAID is Status("paid"), Status.PAID == "paid", isinstance(Status.PAID, Status))


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3
    URGENT = 3


print(list(Priority), Priority.URGENT is Priority.HIGH, Priority(3).name, Priority.__members__.keys())
print(Priority.HIGH > Priority.LOW, Priority.NORMAL + 1, sorted([Priority.HIGH, Priority.LOW]), Priority.LOW == 1)


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


print([p.name for p in Perm], Perm.RW.value, Perm.READ | Perm.EXEC)
mode = Perm.READ | Perm.WRITE
print(Perm.WRITE in mode, Perm.EXEC in mode, mode == Perm.RW, bool(Perm(0)), mode & Perm.WRITE)


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

    def __str__(self):
        return self.name.lower()


print([c.value for c in Color], str(Color.GREEN), f"{Color.BLUE}", Color.RED.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
counts = {st: 0 for st in Status}
for st in [Status.PAID, Status.PAID, Status.SHIPPED]:
    counts[st] += 1
print({k.name: v for k, v in counts.items() if v})
