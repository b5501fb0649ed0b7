# User exception classes: hierarchies, extra attributes, __init__ with
# super(), __str__, catching by base class, and the traceback of an
# uncaught one.


class AppError(Exception):
    """Base of the application's errors."""


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


class Invalid(AppError, ValueError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field

    def __str__(self):
        return f"{self.field} is invalid ({self.args[1]})"


def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]


for key in ["a", "b"]:
    try:
        print(lookup({"a": 1}, key))
    except AppError as e:
        print(type(e).__name__, e, e.key, e.args, repr(e))

for exc in [Invalid("age", "negative"), NotFound("x"), AppError(), AppError("m", 2)]:
    try:
        raise exc
    except ValueError as e:
        print("ValueError branch:", e, isinstance(e, AppError), e.field)
    except AppError as e:
        print("AppError branch:", str(e), repr(e), e.args)

print(issubclass(Invalid, ValueError), issubclass(NotFound, Exception), Invalid.__mro__)
print([c.__name__ for c in Invalid.__mro__], AppError.__doc__)

try:
    raise NotFound
except TypeError as e:
    print("TypeError:", e)


class Retry(Exception):
    pass


attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise Retry(attempts)
        print("succeeded after", attempts)
        break
    except Retry as r:
        print("retry", r.args[0])

try:
    try:
        lookup({}, "z")
    except NotFound as e:
        raise Invalid("z", "missing") from e
except Invalid as e:
    print(e, "caused by", repr(e.__cause__))

raise Invalid("name", "empty")
