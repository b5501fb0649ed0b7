# typing annotations at runtime: Optional/Union/List/Dict/Callable/TypeVar/Generic/cast/get_type_hints.
from typing import Optional, Union, List, Dict, Callable, TypeVar, Generic, cast, Any, Tuple, get_type_hints

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


def first(xs: List[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


def apply(f: Callable[[int], int], values: List[int]) -> List[int]:
    return [f(v) for v in values]


def parse(value: Union[int, str, None]) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return int(value.strip() or 0)
    return value


def group(pairs: List[Tuple[K, int]]) -> Dict[K, List[int]]:
    out: Dict[K, List[int]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop())
print(first([3, 4]), first([], "empty"), apply(lambda x: x * x, [1, 2, 3]))
print([parse(v) for v in (5, " 42 ", None, "")])
print(group([("a", 1), ("b", 2), ("a", 3)]))
x = cast(int, "not really an int")
print(x, type(x).__name__, cast("List[str]", [1]))
hints = get_type_hints(parse)
print(hints)
print(get_type_hints(apply)["f"], get_type_hints(first)["return"])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, int] is int)
print(List[int], Dict[str, Any], Callable[[int, str], bool], Tuple[int, ...])
print(T, T.__name__, Stack[int], Stack.__parameters__)
print(first.__annotations__, Stack.__init__.__annotations__)
print(isinstance(s, Stack), Stack[int] is not Stack, Union[int, str].__args__, Optional[str].__args__)


def describe(v: Any) -> str:
    return type(v).__name__


print(list(map(describe, [1, "a", None, [1], {}])), int | None, (int | str) == Union[int, str])
