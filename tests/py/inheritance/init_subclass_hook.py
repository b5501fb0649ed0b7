# __init_subclass__ runs for every subclass (not the class defining it),
# receives class keyword arguments, is an implicit classmethod, and
# chains through super().


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        key = name or cls.__name__.lower()
        print(f"  registering {key} ({cls.__name__})")
        Plugin.registry[key] = cls


print("Plugin defined, registry:", Plugin.registry)


class Csv(Plugin):
    pass


class Json(Plugin, name="js"):
    pass


class PrettyJson(Json):
    pass


print(sorted(Plugin.registry), Plugin.registry["js"] is Json)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)


class Tagged:
    def __init_subclass__(cls, tags=(), **kw):
        super().__init_subclass__(**kw)
        cls.tags = tuple(getattr(cls, "tags", ())) + tuple(tags)


class Both(Plugin, Tagged, name="both", tags=("x",)):
    pass


print(Both.tags, "both" in Plugin.registry)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Strict:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")


class Good(Strict):
    required = True


try:
    class Missing(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Good.required)
