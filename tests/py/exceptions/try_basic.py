def div(a, b):
    try:
        r = a // b
    except ZeroDivisionError:
        print("zero division", a)
        r = None
    else:
        print("ok", r)
    return r


print(div(7, 2))
print(div(1, 0))
try:
    [1, 2][5]
except KeyError:
    print("not this")
except LookupError as e:
    print("lookup:", e, type(e))
try:
    x = int("abc")
except (TypeError, ValueError) as err:
    print("caught", repr(err))
try:
    raise KeyError("k")
except:
    print("bare except")
try:
    print("no error")
except Exception:
    print("unreachable")
else:
    print("else ran")
print("done")
