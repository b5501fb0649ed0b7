def g():
    try:
        print("in g")
        raise ValueError("from g")
    finally:
        print("g cleanup")


def h():
    try:
        g()
    finally:
        print("h cleanup")


try:
    h()
except ValueError as e:
    print("caught", e)

try:
    try:
        pass
    finally:
        print("normal finally")
except Exception:
    print("no")
h()
