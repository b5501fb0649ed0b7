# Custom exceptions with extra attributes, a custom __str__, args as
# passed to super().__init__, repr, and catching through the hierarchy.


class AppError(Exception):
    """Base of this application's errors."""


class ValidationError(AppError):
    def __init__(self, field, value, reason="invalid"):
        super().__init__(field, value)
        self.field, self.value, self.reason = field, value, reason

    def __str__(self):
        return f"{self.field}={self.value!r}: {self.reason}"


class NotFound(AppError, LookupError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


try:
    raise ValidationError("age", -3, reason="must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field, e.reason)
    print(repr(e))

for exc in (NotFound("k1"), ValidationError("x", None)):
    try:
        raise exc
    except LookupError as e:
        print("LookupError branch:", e, e.key, e.args)
    except AppError as e:
        print("AppError branch:", e)
print([c.__name__ for c in NotFound.__mro__])
print(AppError.__doc__, str(AppError()), repr(AppError("a", 2)), str(AppError("one")))


class NoSuperInit(Exception):
    def __init__(self, code):
        self.code = code


e = NoSuperInit(404)
print(e.args, str(e), repr(e), e.code)


class Formatted(Exception):
    def __str__(self):
        return "formatted: " + ", ".join(map(str, self.args))


f = Formatted(1, "two")
print(f, f"{f}", [f], str(f) == format(f))
try:
    raise Formatted
except Formatted as e:
    print(type(e).__name__, repr(str(e)), e.args)
