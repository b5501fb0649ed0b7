# Implicit exception context, `raise ... from None`, and __suppress_context__.
class ConfigError(Exception):
    pass


def lookup(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise ConfigError(f"missing key {key!r}") from None


def convert(cfg, key):
    try:
        return int(cfg[key])
    except ValueError as e:
        raise ConfigError(f"bad int for {key!r}") from e


def implicit(cfg):
    try:
        return cfg["x"] / 0
    except ZeroDivisionError:
        return undefined_name  # noqa: F821


cfg = {"port": "80a", "x": 1}
for f, k in ((lookup, "host"), (convert, "port")):
    try:
        f(cfg, k)
    except ConfigError as e:
        print(f"{e} | cause={e.__cause__!r} | ctx={type(e.__context__).__name__} | suppress={e.__suppress_context__}")
try:
    implicit(cfg)
except NameError as e:
    print(e, "| ctx:", repr(e.__context__), "| cause:", e.__cause__)

e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise ValueError("x") from 42
except TypeError as err:
    print("TypeError:", err)

try:
    try:
        raise OSError(2, "No such file")
    except OSError as exc:
        print(exc.errno, exc.strerror, exc.args, str(exc))
        saved = exc
        raise
except OSError as again:
    print("again is saved:", again is saved)


def chain_depth(exc):
    n = 0
    while exc is not None:
        n += 1
        exc = exc.__cause__ or exc.__context__
    return n


try:
    try:
        try:
            raise KeyError("a")
        except KeyError as k:
            raise IndexError("b") from k
    except IndexError:
        raise ConfigError("c")
except ConfigError as final:
    print("chain depth", chain_depth(final), [type(x).__name__ for x in (final, final.__context__, final.__context__.__cause__)])
lookup({}, "port")
