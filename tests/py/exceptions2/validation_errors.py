# User exception hierarchy with attributes, __str__, chaining and collecting errors.
class ValidationError(Exception):
    def __init__(self, field, message, value=None):
        super().__init__(field, message)
        self.field = field
        self.message = message
        self.value = value

    def __str__(self):
        return f"{self.field}: {self.message} (got {self.value!r})"


class RangeError(ValidationError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, f"must be in [{lo}, {hi}]", value)
        self.lo, self.hi = lo, hi


class MissingError(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")


def validate(record):
    errors = []
    for field in ("name", "age", "email"):
        if field not in record:
            errors.append(MissingError(field))
    age = record.get("age")
    if age is not None:
        try:
            age = int(age)
        except ValueError as e:
            err = ValidationError("age", "not an integer", age)
            err.__cause__ = e
            errors.append(err)
        else:
            if not 0 <= age <= 150:
                errors.append(RangeError("age", age, 0, 150))
    email = record.get("email", "")
    if email and "@" not in email:
        errors.append(ValidationError("email", "missing @", email))
    return errors


records = [
    {"name": "ann", "age": "34", "email": "ann@x.org"},
    {"name": "bob", "age": "-4", "email": "bob"},
    {"age": "old"},
    {"name": "cy", "age": 200},
]
for r in records:
    errs = validate(r)
    print(len(errs), [str(e) for e in errs])
    for e in errs:
        print("  ", type(e).__name__, e.args, isinstance(e, ValidationError), repr(e.__cause__))

e = RangeError("x", 5, 0, 3)
print(e.lo, e.hi, e.value, e.field, repr(e))
try:
    try:
        raise MissingError("token")
    except ValidationError as inner:
        raise RuntimeError("request failed") from inner
except RuntimeError as outer:
    print(outer, "<-", outer.__cause__, outer.__suppress_context__, type(outer.__context__).__name__)
print(issubclass(RangeError, Exception), RangeError.__mro__[1].__name__)
raise RangeError("limit", 99, 1, 10)
