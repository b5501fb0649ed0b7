for src in ["1 +", "(1, 2", "x = = 2", "foo bar", "a\n  b"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.filename, str(e), e.args[0])
try:
    eval("1 +")
except SyntaxError as e:
    print(e.msg, e.lineno, e)
ns = {}
exec("import math\nr = math.sqrt(16)", ns)
print(ns["r"])
def make_adder(n):
    return eval("lambda v: v + n", {"n": n})
print(make_adder(3)(4))
print(eval("sum(x * x for x in range(n))", {"n": 5}))
