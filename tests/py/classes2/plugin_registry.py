# Plugin registry built with __init_subclass__ keyword arguments and class attributes.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print(f"registered {cls.plugin_name!r} priority={priority} bases={[b.__name__ for b in cls.__bases__]}")

    def run(self, data):
        raise NotImplementedError


class Upper(Plugin, name="upper", priority=5):
    def run(self, data):
        return data.upper()


class Reverse(Plugin, priority=2):
    def run(self, data):
        return data[::-1]


class Shout(Upper, name="shout", priority=9):
    def run(self, data):
        return super().run(data) + "!"


class Strip(Plugin):
    def run(self, data):
        return data.strip()


print(sorted(Plugin.registry))
ordered = sorted(Plugin.registry.values(), key=lambda c: (-c.priority, c.plugin_name))
print([c.plugin_name for c in ordered])

text = "  hello plugins  "
for cls in ordered:
    text = cls().run(text)
    print(f"{cls.plugin_name:>8}: {text!r}")

print(Shout.priority, Upper.priority, Shout.plugin_name, Upper.plugin_name)
print(issubclass(Shout, Upper), issubclass(Shout, Plugin), isinstance(Shout(), Upper))
print(Shout.__mro__[1].__name__, [k.__name__ for k in Shout.__mro__])

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    Plugin().run("x")
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print("bad" in Plugin.registry)
