# except* that re-raises some errors; the unhandled remainder propagates out uncaught.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


def parse(lines):
    errors = []
    out = []
    for n, text in enumerate(lines, 1):
        key, sep, value = text.partition("=")
        if not sep:
            errors.append(ParseError(n, f"missing '=' in {text!r}"))
        elif not key.strip():
            errors.append(ParseError(n, "empty key"))
        elif value.strip().isdigit():
            out.append((key.strip(), int(value)))
        else:
            errors.append(TypeError(f"line {n}: value {value.strip()!r} is not a number"))
    if errors:
        raise ExceptionGroup("parse failed", errors)
    return out


print(parse(["a = 1", "b=2"]))
try:
    parse(["x", "=3", "y = 4"])
except* ParseError as eg:
    for e in eg.exceptions:
        print("parse error at", e.line, "->", e)

handled = []
try:
    try:
        parse(["k = v", "bad", "n = 1"])
    except* ParseError as eg:
        handled.extend(e.line for e in eg.exceptions)
except* TypeError as eg:
    print("outer handler:", [str(e) for e in eg.exceptions])
print("handled lines:", handled)


def strict():
    try:
        parse(["k = v", "z"])
    except* ParseError as eg:
        print("logging", len(eg.exceptions), "parse errors then re-raising")
        raise


try:
    strict()
except ExceptionGroup as eg:
    print("re-raised group:", eg.message, [type(e).__name__ for e in eg.exceptions])

parse(["p = 1", "q", "r = s"])
