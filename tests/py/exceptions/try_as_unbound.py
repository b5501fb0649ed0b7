def f():
    try:
        raise ValueError("boom")
    except ValueError as e:
        print("in handler", e)
    try:
        print(e)
    except UnboundLocalError as u:
        print("after:", u)


f()
try:
    raise TypeError("t")
except TypeError as err:
    print("module handler", err)
try:
    err
except NameError as n:
    print(n)
err = 5
print(err)
