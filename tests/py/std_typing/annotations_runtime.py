# typing helpers used at runtime without generic classes: aliases, cast, get_type_hints, Optional checks.
from typing import Optional, Union, List, Dict, Callable, Any, Tuple, cast, get_type_hints, TypeVar

Number = Union[int, float]
Matrix = List[List[Number]]
Handler = Callable[[str], Optional[str]]
T = TypeVar("T")


def transpose(m: Matrix) -> Matrix:
    return [list(r) for r in zip(*m)]


def lookup(table: Dict[str, int], key: str) -> Optional[int]:
    return table.get(key)


def dispatch(handlers: Dict[str, Handler], cmd: str, arg: str) -> str:
    h = handlers.get(cmd)
    if h is None:
        return f"unknown command {cmd!r}"
    out = h(arg)
    return out if out is not None else "(no output)"


def pick(xs: List[T], i: int) -> T:
    return xs[i]


def head_tail(xs: Tuple[int, ...]) -> Tuple[int, Tuple[int, ...]]:
    return xs[0], xs[1:]


print(transpose([[1, 2, 3], [4.5, 5, 6]]))
print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"))
handlers: Dict[str, Handler] = {"echo": lambda s: s, "upper": str.upper, "quiet": lambda s: None}
for cmd in ("echo", "upper", "quiet", "nope"):
    print(dispatch(handlers, cmd, "hello"))
print(pick(["x", "y"], 1), head_tail((1, 2, 3)))
print(get_type_hints(lookup))
print(transpose.__annotations__["return"] == Matrix, Number.__args__, Matrix)
print(Handler, Optional[Number], T.__name__, T.__constraints__)
raw: Any = {"count": "3"}
count = cast(Dict[str, str], raw)["count"]
print(int(count) + 1, cast(int, 5), cast(Any, None))
print(List[int] == List[int], List[int] == List[str], Dict[str, int].__origin__, List[str].__args__)
print(Optional[int].__args__, Union[int].__name__ if hasattr(Union[int], "__name__") else Union[int])
x: int = 5
y: "List[str]" = []
print(__annotations__)
