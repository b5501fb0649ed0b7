# ABCs: collections.abc checks, register() virtual subclasses and __subclasshook__.
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sized, Container, Mapping, Sequence, Hashable, Callable


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Sprite:
    def draw(self):
        return "sprite"


class Text:
    pass


class Box(Drawable):
    def draw(self):
        return "box"


print(issubclass(Sprite, Drawable), isinstance(Sprite(), Drawable), issubclass(Text, Drawable))
print(isinstance(Box(), Drawable), Box().draw())


class Stack:
    def __init__(self, *items):
        self._items = list(items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(reversed(self._items))

    def __contains__(self, x):
        return x in self._items


s = Stack(1, 2, 3)
print(isinstance(s, Sized), isinstance(s, Iterable), isinstance(s, Container))
print(isinstance(s, Sequence), isinstance(s, Mapping), isinstance(s, Hashable))
print(list(s), 2 in s, len(s))


class Serializer(ABC):
    @abstractmethod
    def dump(self, obj):
        ...


class JsonLike:
    def dump(self, obj):
        return str(obj)


print(issubclass(JsonLike, Serializer))
Serializer.register(JsonLike)
print(issubclass(JsonLike, Serializer), isinstance(JsonLike(), Serializer))
Sequence.register(Stack)
print(isinstance(s, Sequence), issubclass(Stack, Sequence))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance("x", Sequence), isinstance(b"", Hashable))
print(isinstance(len, Callable), isinstance(Stack, Callable), isinstance(s, Callable))
print(isinstance([], Hashable), isinstance((1, 2), Hashable), isinstance(frozenset(), Hashable))
for t in (list, dict, set, tuple, str, frozenset, range):
    print(t.__name__, [abc.__name__ for abc in (Iterable, Sized, Container, Sequence, Mapping, Hashable) if issubclass(t, abc)])
