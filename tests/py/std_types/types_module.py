import types, sys
def f(): pass
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance((x for x in ()), types.GeneratorType), isinstance(sys, types.ModuleType), types.NoneType, type(None) is types.NoneType)
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[3]), vars(ns))
del ns.a
print(ns, hasattr(ns, "a"))
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], "k" in mp, len(mp), list(mp.items()), mp.get("z", 0))
try: mp["q"] = 2
except TypeError as e: print(e)
Point = types.new_class("Point", (), {}, lambda ns: ns.update(x=1, y=2))
print(Point.__name__, Point.x, Point().y)
class Meta(type):
    pass
K = types.new_class("K", (C,), {"metaclass": Meta})
print(type(K).__name__, K.__mro__[1:], K.__name__)
