# PEP 678 notes: add_note appends to __notes__, notes must be str, notes
# survive re-raising and are shown after the message in the uncaught
# traceback of a custom exception.


class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(msg)
        self.line = line


def parse(lines):
    for i, text in enumerate(lines, 1):
        try:
            key, value = text.split("=")
        except ValueError:
            err = ParseError(i, f"bad line {text!r}")
            err.add_note(f"line number {i}")
            raise err from None
        yield key, value


def load(name, lines):
    try:
        return dict(parse(lines))
    except ParseError as e:
        e.add_note(f"while loading {name}")
        raise


print(load("ok.cfg", ["a=1", "b=2"]))
try:
    load("bad.cfg", ["a=1", "oops"])
except ParseError as e:
    print(type(e).__name__, e, e.line, e.__notes__)
e = ValueError("plain")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
e.add_note("first")
e.__notes__.append("appended directly")
print(e.__notes__)
load("final.cfg", ["x=1", "y=2=3"])
