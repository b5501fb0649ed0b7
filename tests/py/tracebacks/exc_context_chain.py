def a():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")


try:
    a()
except TypeError as e:
    print("caught", repr(e))
try:
    try:
        raise ValueError("x")
    except ValueError as e:
        raise RuntimeError("y") from None
except RuntimeError as r:
    print("from None", r)
try:
    raise ValueError("inner")
except ValueError:
    raise IndexError("outer") from KeyError("cause")
