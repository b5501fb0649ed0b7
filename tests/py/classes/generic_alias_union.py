print(repr(list[int]), repr(dict[str, list[int]]), repr(type[int]), tuple[()])
print(list[int], set[str], frozenset[int], tuple[int, str])
print(int | None, int | str | None, list[int] | None, (int | str) | (str | float))
print(list[int] == list[int], list[int] == list[str], (int | str) == (str | int), list[int] == list)
try: isinstance([], list[int])
except TypeError as e: print(type(e).__name__, e)
try: issubclass(list, list[int])
except TypeError as e: print(type(e).__name__, e)
try: isinstance([], list[int] | None)
except TypeError as e: print(type(e).__name__, e)
print(isinstance(3, int | None), isinstance(None, int | None), isinstance('x', int | None), issubclass(bool, int | str))
print(list[int].__origin__, list[int].__args__, (int | None).__args__, list[int].__parameters__)
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, int]((1, 2)))
class C:
    def __class_getitem__(cls, item): return f'C[{item!r}]'
print(C[int], C[1, 2])
class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class SubBox(Box): pass
print(Box[int], SubBox["x"])
class D: pass
try: D[int]
except TypeError as e: print(type(e).__name__, e)
try: int[str]
except TypeError as e: print(type(e).__name__, e)
print(int | D, D | None, list[D], dict[str, D])
try: int | 3
except TypeError as e: print(type(e).__name__, e)
print(int | int, None | int)
print(hash(list[int]) == hash(list[int]), {int | None: 1}[None | int], {list[int]: 2}[list[int]])
class E(D): pass
print(isinstance(E(), D | int), isinstance(D(), E | str), issubclass(E, str | D))
def f(x: list[int], y: dict[str, int] | None = None) -> int | None:
    return len(x)
print(f([1, 2, 3]))
aliases = [list[int], dict[str, float], set[int] | frozenset[int]]
print(aliases)
Num = int | float
print(isinstance(2.5, Num), isinstance("2", Num), Num)
class Meta(type):
    def __getitem__(cls, k): return "meta " + str(k)
class M(metaclass=Meta):
    def __class_getitem__(cls, k): return "cgi"
print(M[1])
