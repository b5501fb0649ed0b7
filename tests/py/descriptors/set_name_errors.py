# Errors raised by __set_name__ during class creation are wrapped in a
# RuntimeError (3.11) whose __cause__ is the original; __set_name__ is
# called in definition order and only for attributes in the class body.


class Field:
    def __init__(self, fail=False):
        self.fail = fail

    def __set_name__(self, owner, name):
        print(f"  __set_name__ {name} on {owner.__name__}")
        if self.fail:
            raise ValueError(f"bad field {name}")


try:
    class Model:
        a = Field()
        b = Field(fail=True)
        c = Field()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
try:
    Model
except NameError as e:
    print(type(e).__name__, e)


class NotCallable:
    __set_name__ = "not a method"


try:
    class Holder:
        x = NotCallable()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)


class ClassLevel:
    def __set_name__(self, owner, name):
        print("  called for", name)


print("type() with namespace dict:")
Made = type("Made", (), {"one": ClassLevel(), "two": ClassLevel()})
print(Made.__name__)
Made.three = ClassLevel()
print("no call for attribute assigned later")
