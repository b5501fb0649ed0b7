def classify(n):
    try:
        if n == 0:
            raise ZeroDivisionError("z")
        if n == 1:
            raise ValueError("v")
        if n == 2:
            raise KeyError("k")
        if n == 3:
            raise IndexError("i")
        if n == 4:
            raise RuntimeError("r")
        return "none"
    except ArithmeticError as e:
        return "arith " + str(e)
    except (KeyError, ValueError) as e:
        return "kv " + repr(e)
    except LookupError:
        return "lookup"
    except Exception as e:
        return "exception " + str(e)


for i in range(6):
    print(i, classify(i))


def first_wins():
    try:
        raise ZeroDivisionError("x")
    except Exception:
        return "Exception first"
    except ZeroDivisionError:
        return "never"


print(first_wins())
