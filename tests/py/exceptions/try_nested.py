def inner(n):
    try:
        try:
            if n:
                raise ValueError("inner " + str(n))
            print("inner ok")
        except TypeError:
            print("inner: type error")
        print("after inner try")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("finally", n)


inner(0)
inner(1)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("handled zero")
        raise
except ZeroDivisionError as e:
    print("reraised:", e)

for i in range(3):
    try:
        if i == 1:
            raise IndexError(i)
    except IndexError as e:
        print("loop caught", e)
    else:
        print("loop else", i)
