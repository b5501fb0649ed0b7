def f():
    try:
        x = 1
        y = x // 0
    except ZeroDivisionError as e:
        print("log:", e)
        raise


f()
