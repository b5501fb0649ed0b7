# __class__ of built-in values, and the names of built-in iterator types.
vals = [3, "a", "é", [], (1,), {}, {1}, 1.5, None, True, b"x", range(2), len, print]
for v in vals:
    print(repr(v)[:20], v.__class__.__name__, v.__class__ is type(v))
for it in [iter([]), iter(()), iter("abc"), iter("é"), iter(range(3)), iter({1}), iter({}), iter({}.values()), iter({}.items()), enumerate([]), zip(), map(str, []), filter(None, [])]:
    print(type(it).__name__, it.__class__.__name__, type(it) is it.__class__)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
print(type(iter(Seq())).__name__, list(iter(Seq())))
