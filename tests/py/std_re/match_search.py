# match vs search vs fullmatch, match objects: group/span/start/end, None results.
import re

for pat, s in [(r"\d+", "abc123def45"), (r"[a-z]+", "abc123"), (r"x", "abc"), (r"^\w+$", "hello"), (r"", "abc")]:
    m, se, fm = re.match(pat, s), re.search(pat, s), re.fullmatch(pat, s)
    print(repr(pat), m and m.group(), se and (se.group(), se.span()), fm and fm.group())
m = re.search(r"(\w+)@(\w+)\.com", "mail: ann@example.com, bob@test.com")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.start(), m.end(), m.span(), m.start(2), m.end(1), m.span(2), m.pos, m.endpos)
print(m.string[m.start():m.end()], m.re.pattern, m.lastindex, bool(m))
print(repr(re.match("a", "b")), re.search("z", "abc") is None)
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.lastindex)
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
print(re.search(r"\bcat\b", "concat cat catalog").span(), re.search(r"o", "hello world", ).start())
p = re.compile(r"\d")
print(p.search("ab1c2", 3).group(), p.match("a1", 1).group(), p.search("123", 0, 0))
print(m[0], m[1], re.match(r"(?P<x>\d)", "5")["x"])
