"""A helper module for the import tests."""
print("running _basic, __name__ =", __name__)
VALUE = 42
items = [1, 2, 3]
_private = "hidden"


def double(n):
    return n * 2


def fail(n):
    return 10 // n


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def use_global():
    return VALUE + len(items)
