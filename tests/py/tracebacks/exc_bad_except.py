try:
    try:
        raise ValueError("v")
    except 42:
        print("no")
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
try:
    1 / 0
except ArithmeticError:
    try:
        raise
    except ZeroDivisionError as z:
        print("inner reraise", z)
    raise
