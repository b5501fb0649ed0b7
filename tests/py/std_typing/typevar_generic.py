# TypeVar and Generic classes: subscripting, runtime behaviour, bound/constraints.
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K", str, bytes)
N = TypeVar("N", bound=float)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None


class Pair(Generic[T, K]):
    def __init__(self, first: T, second: K):
        self.first, self.second = first, second

    def swap(self) -> "Pair":
        return Pair(self.second, self.first)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.peek(), type(s).__name__, isinstance(s, Stack))
s2: Stack[str] = Stack()
print(s2.peek(), Stack[int], Stack[str] == Stack[str])
p = Pair(1, "a").swap()
print(p.first, p.second, Pair[int, str])
print(T, K.__constraints__, N.__bound__, T.__name__)


def first(xs: List[T]) -> T:
    return xs[0]


print(first([3, 2]), first("xy"))
print(Stack.__parameters__, Pair.__parameters__)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)
