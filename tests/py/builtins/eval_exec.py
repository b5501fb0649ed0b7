x = 10
print(eval("x + 1"), eval("  x * 2"), eval("[i * x for i in range(3)]"))
exec("y = x + 5")
print(y)
def f(a):
    b = a * 2
    print(eval("a + b"), eval("x"))
    exec("b = 100; c = 7")
    print(b)
    d = {}
    exec("e = x + 1", globals(), d)
    print(d)
f(3)
g = {"k": 2}
exec("k2 = k * 3\ndef h():\n    return k2 + 1", g)
print(g["k2"], g["h"](), sorted(k for k in g if not k.startswith("__")))
print(eval("k + z", {"k": 1}, {"z": 5}))
class C:
    v = 4
    w = eval("v * 2")
    exec("u = v + w")
print(C.w, C.u)
def calc(expr):
    try:
        return eval(expr)
    except ZeroDivisionError as e:
        return f"error: {e}"
    except SyntaxError as e:
        return f"syntax: {e.msg}"
    except NameError as e:
        return f"name: {e}"
for e in ["1 + 2 * 3", "2 ** 10", "1 / 0", "1 +", "undefined_name", "(1, 2)"]:
    print(e, "->", calc(e))
code = """
total = 0
for i in range(5):
    total += i
"""
exec(code)
print(total)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec(5)
except TypeError as e:
    print(e)
try:
    eval("1", [])
except TypeError as e:
    print(e)
print(eval(b"3 * 3"))
exec("print('from exec', x)")
def boom():
    exec("1/0")
boom()
