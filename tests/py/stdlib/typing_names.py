# typing: every common name imports, subscripts with CPython's reprs, and
# the helpers (cast, overload, final, NewType) behave.
import typing
from typing import (
    Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable, Iterable, Iterator,
    Generator, Sequence, Mapping, MutableMapping, Type, TypeVar, Literal, ClassVar, Final,
    TYPE_CHECKING, NoReturn, cast, overload, final, NewType,
)

aliases = [
    Optional[int], Union[int, str], Union[int, str, None], Union[int, Union[str, float]], Optional[Union[int, str]],
    List[int], Dict[str, List[int]], Set[str], FrozenSet[int], Tuple[int, str], Tuple[int, ...],
    Callable[[int, str], bool], Callable[..., int], Iterable[str], Iterator[int], Generator[int, None, str],
    Sequence[float], Mapping[str, int], MutableMapping[str, Any], Type[int], Literal["a", 1, True],
    ClassVar[int], Final[str], Optional[List[Dict[str, int]]],
]
for a in aliases:
    print(repr(a))
print(Any, NoReturn, List, Dict, Callable, Optional, Union)
print(Union[int], Union[int, int], Union[str, None] == Optional[str], Union[int, str] == Union[int, str])
print(Optional[int].__args__, Union[int, str].__args__, List[int].__args__, Dict[str, int].__origin__ is dict)
print(List[int] == List[int], List[int] == List[str], Dict[str, int] != Dict[str, int])
for alias in (List[int], Dict[str, int], Set[int], Tuple[int, int], List, Type[int]):
    try:
        alias()
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(List[int]) == hash(List[int]))
for bad in (lambda: Dict[int], lambda: List[int, str], lambda: Optional[int, str]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Any()
except TypeError as e:
    print(type(e).__name__, e)

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
Co = TypeVar("Co", covariant=True)
print(T, N, B, Co, N.__constraints__, B.__bound__, T.__name__)
print(List[T], Dict[str, T])

print(TYPE_CHECKING)
if TYPE_CHECKING:
    print("not printed")
print(cast(int, "seven"), cast("List[int]", [1]))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"))


@final
class Leaf:
    @final
    def m(self) -> int:
        return 1


print(Leaf().m())

UserId = NewType("UserId", int)
u = UserId(5)
print(u, type(u).__name__, u + 1)


def fail() -> NoReturn:
    raise RuntimeError("never returns")


try:
    fail()
except RuntimeError as e:
    print(type(e).__name__, e)


def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]


def gen(n: int) -> Generator[int, None, None]:
    yield from range(n)


print(apply(lambda v: v * v, gen(5)))
print(typing.Optional is Optional, typing.List[int])
