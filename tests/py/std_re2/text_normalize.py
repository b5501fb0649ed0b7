# Text normalization helpers with re: whitespace collapse, slugify, camelCase split, multiline anchors.
import re


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def slugify(title):
    s = title.lower()
    s = re.sub(r"[^a-z0-9\s-]", "", s)
    s = re.sub(r"[\s-]+", "-", s)
    return s.strip("-")


def split_camel(name):
    return re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?=[A-Z][a-z]|\b)|\d+", name)


def snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()


print(repr(collapse("  hello \t\n  big   world  ")))
for t in ["Hello, World!", "  Python 3.11 -- What's New? ", "a---b   c"]:
    print(repr(slugify(t)))
for n in ["parseHTTPResponse", "getUserID2Name", "simple", "XMLHttpRequest"]:
    print(n, split_camel(n), snake(n))

text = """title: Report
author: ann
# comment line
date: 2024-03-01
  indented: no
"""
print(re.findall(r"^(\w+): (.*)$", text, re.M))
print(re.findall(r"^#.*$", text, flags=re.MULTILINE), re.findall(r"^\s+\w+", text, re.M))
print(re.search(r"report.author", text, re.I | re.S).group(0).replace("\n", "\\n"))
print(re.sub(r"(?m)^", "> ", text.strip()))
dates = "Due 2024-03-01, paid 2024-02-27; next 2025-01-15."
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", dates))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.escape("a.b*c?"), re.findall(re.escape("1+1"), "1+1=2, 1+1!"))
print(re.findall(r"(a)(b)?", "ab a"), re.findall(r"\bthe\b", "the other then the"))
print(re.sub(r"(?i)colou?r", "hue", "Color and COLOUR and colr"))
tok = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
print([(num or op) for num, op in tok.findall("3.5 + 42*(7 - 1)")])
print(re.match(r"(?P<a>x)(?P<b>y)?", "x").groupdict(), re.match(r"(?P<a>x)(?P<b>y)?", "x").groupdict("-"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
