# __class_getitem__ is an implicit classmethod called for Class[...];
# builtin generics produce types.GenericAlias; instances use __getitem__.


class Registry:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

    def __getitem__(self, item):
        return f"instance[{item!r}]"


class Sub(Registry):
    pass


print(Registry[int], Registry["x", 1], Sub[None], Registry()[0])
print(type(Registry.__dict__["__class_getitem__"]).__name__)

alias = list[int]
print(alias, alias.__origin__, alias.__args__, type(alias).__name__)
print(dict[str, list[int]], tuple[int, ...])
print(list[int]("ab"), alias() == [])
print(isinstance([], list), isinstance(alias, type))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)


class Both:
    def __class_getitem__(cls, item):
        return ("class", item)


Both.__getitem__ = lambda self, i: ("inst", i)
print(Both[1], Both()[2])


def fn(x: list[int]) -> dict[str, int]:
    return {}


print(fn.__annotations__)
