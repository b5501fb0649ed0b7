# Chaining in user code: `raise X from Y` sets __cause__ and
# __suppress_context__; raising inside except sets __context__ implicitly;
# `from None` hides the context; attributes are writable.


class StorageError(Exception):
    pass


class ConfigError(Exception):
    pass


def load(path):
    try:
        return {"a.cfg": "x=1"}[path]
    except KeyError as e:
        raise StorageError(f"cannot read {path}") from e


def parse(path):
    try:
        text = load(path)
    except StorageError:
        raise ConfigError("config unavailable")
    return text


try:
    parse("b.cfg")
except ConfigError as e:
    ctx = e.__context__
    print(type(e).__name__, e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__)
    print("  context:", type(ctx).__name__, ctx, "| its cause:", repr(ctx.__cause__), ctx.__suppress_context__)


def quiet(path):
    try:
        return load(path)
    except StorageError:
        raise ConfigError("quiet failure") from None


try:
    quiet("zz")
except ConfigError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    try:
        raise StorageError("first")
    finally:
        print("  finally runs")
except StorageError as e:
    print(e, e.__context__)
