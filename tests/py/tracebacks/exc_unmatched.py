def f(d):
    try:
        return d[3]
    except ZeroDivisionError:
        print("no")
    except (TypeError, ValueError):
        print("no")


print("start")
f([1, 2])
