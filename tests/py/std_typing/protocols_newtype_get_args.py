from typing import Protocol, runtime_checkable, NewType, get_args, get_origin, List, Dict, Optional, Union, Callable, Tuple, Generic, TypeVar, Any
T = TypeVar("T")
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
class G:
    close = None
print(isinstance(F(), Closer), isinstance(1, Closer), isinstance(G(), Closer), issubclass(F, Closer), issubclass(int, Closer))
class HasX(Protocol):
    x: int
try: isinstance(F(), HasX)
except TypeError as e: print(e)
try: HasX()
except TypeError as e: print(e)
class Impl(Closer):
    def close(self): return "closed"
print(Impl().close(), isinstance(Impl(), Closer))
@runtime_checkable
class Sized2(Protocol):
    size: int
    def area(self) -> int: ...
class Sq:
    def __init__(self): self.size = 3
    def area(self): return 9
print(isinstance(Sq(), Sized2))
try: issubclass(Sq, Sized2)
except TypeError as e: print(e)
try: runtime_checkable(F)
except TypeError as e: print(e)
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__name__, UserId.__supertype__, UserId | None)
try:
    class Bad(UserId): pass
except TypeError as e: print(e)
print(get_args(Dict[str, int]), get_origin(List[int]), get_args(Optional[int]), get_origin(Union[int, str]))
print(get_args(Callable[[int, str], bool]), get_origin(Callable[[int], str]), get_args(int), get_origin(int))
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_args(Tuple[int, ...]))
class Box(Generic[T]): pass
print(get_origin(Box[int]), get_args(Box[int]), Box.__orig_bases__ if hasattr(Box, '__orig_bases__') else None, Box.__parameters__)
class PG(Protocol[T]):
    def get(self) -> T: ...
print(PG.__parameters__, PG.__mro__)
