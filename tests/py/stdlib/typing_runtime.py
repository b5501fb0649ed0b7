import typing as t
from typing import List, Optional, Dict, Iterator, Callable, Union, Any, TypeVar, Tuple
print(repr(t.List[int]), repr(t.Optional[int]), repr(t.Union[int,str]), repr(t.Dict[str,int]), repr(t.Callable[[int],str]), repr(t.Tuple[int,...]), repr(t.Any), repr(t.TypeVar('T')), repr(t.Optional[t.List[int]]), repr(t.Iterator[int]), repr(t.List), repr(t.Union[int]), repr(t.Union[int, None]), repr(t.Literal['a', 1]), repr(t.Type[int]), repr(t.ClassVar[int]))
print(t.cast(int, '3'), t.List[int] == t.List[int], t.Optional[int] == t.Union[int, None])
def f(xs: List[int], d: Optional[Dict[str, int]] = None) -> Iterator[int]:
    yield from xs
print(list(f([1, 2])))
T = TypeVar("T")
def first(xs: List[T]) -> T:
    return xs[0]
print(first([5]), t.TYPE_CHECKING)
try:
    t.Dict[int]
except TypeError as e:
    print("TypeError:", e)
