# A hand-written JSON parser (recursive descent over a string, with line
# and column in its errors) and a recursive pretty-printer with options
# (indent, sorted keys, compact short containers), plus a query helper.


class JSONError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos = pos


ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise JSONError(msg, self.text, self.pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def parse(self):
        value = self.value()
        if self.peek():
            self.error("Extra data")
        return value

    def value(self):
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "-" or c.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        self.error("Expecting value")

    def obj(self):
        self.pos += 1
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            if self.peek() != ":":
                self.error("Expecting ':' delimiter")
            self.pos += 1
            result[key] = self.value()
            c = self.peek()
            self.pos += 1
            if c == "}":
                return result
            if c != ",":
                self.pos -= 1
                self.error("Expecting ',' delimiter")

    def arr(self):
        self.pos += 1
        result = []
        if self.peek() == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            c = self.peek()
            self.pos += 1
            if c == "]":
                return result
            if c != ",":
                self.pos -= 1
                self.error("Expecting ',' delimiter")

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("Unterminated string")
            c = self.text[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(out)
            if c == "\\":
                esc = self.text[self.pos + 1 : self.pos + 2]
                if esc == "u":
                    out.append(chr(int(self.text[self.pos + 2 : self.pos + 6], 16)))
                    self.pos += 6
                    continue
                if esc not in ESCAPES:
                    self.error("Invalid \\escape")
                out.append(ESCAPES[esc])
                self.pos += 2
                continue
            out.append(c)
            self.pos += 1

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] in ".eE+-"):
            self.pos += 1
        s = self.text[start : self.pos]
        try:
            return float(s) if any(ch in s for ch in ".eE") else int(s)
        except ValueError:
            self.pos = start
            self.error("Invalid number")


def quote(s):
    out = ['"']
    for ch in s:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(value, indent=2, sort_keys=False, compact_width=0, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple)):
        items = [dumps(v, indent, sort_keys, compact_width, level + 1) for v in value]
        opener, closer = "[", "]"
    elif isinstance(value, dict):
        keys = sorted(value) if sort_keys else list(value)
        items = [f"{quote(str(k))}: {dumps(value[k], indent, sort_keys, compact_width, level + 1)}" for k in keys]
        opener, closer = "{", "}"
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    if not items:
        return opener + closer
    flat = opener + ", ".join(items) + closer
    if len(flat) <= compact_width and "\n" not in flat:
        return flat
    pad = " " * (indent * (level + 1))
    return opener + "\n" + ",\n".join(pad + it for it in items) + "\n" + " " * (indent * level) + closer


def query(doc, path):
    """`a.b[2].c` style lookups."""
    cur = doc
    for part in path.replace("[", ".[").split("."):
        if not part:
            continue
        if part.startswith("["):
            cur = cur[int(part[1:-1])]
        else:
            cur = cur[part]
    return cur


def walk(value, path="$"):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, value


TEXT = """
{
  "name": "krait",
  "version": [0, 3, 1],
  "stable": false,
  "ratio": 0.75,
  "exp": -1.5e3,
  "authors": [{"name": "Ann", "langs": ["rust", "python"]}, {"name": "Bo\\u00e9", "langs": []}],
  "deps": {"pest": "2.7", "cranelift": {"version": "0.1", "features": ["jit", "native"]}},
  "notes": "line1\\nline2 \\"quoted\\" \\\\ slash\\/",
  "empty": {},
  "nothing": null
}
"""

doc = Parser(TEXT).parse()
print(sorted(doc))
print(dumps(doc))
print(dumps(doc, indent=4, sort_keys=True, compact_width=40))
print(dumps(doc["deps"], compact_width=200))
print(query(doc, "authors[0].langs[1]"), query(doc, "deps.cranelift.features"), query(doc, "version[2]"))
for path, leaf in walk(doc):
    if isinstance(leaf, str) and len(leaf) < 8:
        print(f"  {path:<32} {leaf!r}")
print(sum(1 for _ in walk(doc)), "leaves")
again = Parser(dumps(doc)).parse()
print("round trip:", again == doc)

bad_inputs = ['{"a": 1,}', "[1, 2", '{"a" 1}', "[1 2]", "tru", '"abc', '{"x": "\\q"}', "{1: 2}", "[1] x", "-"]
for bad in bad_inputs:
    try:
        Parser(bad).parse()
        print("parsed?!", bad)
    except JSONError as e:
        print(f"{bad!r:>14} -> {e}")
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    query(doc, "authors[5]")
except IndexError as e:
    print("IndexError:", e)
try:
    query(doc, "deps.missing")
except KeyError as e:
    print("KeyError:", e)
