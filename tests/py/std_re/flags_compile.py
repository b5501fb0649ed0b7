# Flags IGNORECASE, MULTILINE, DOTALL, VERBOSE, inline flags; compiled pattern API.
import re

text = "First line\nsecond Line\nTHIRD LINE"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M), re.findall(r"line$", text, re.M | re.I))
print(re.search(r"line.second", text, re.I), re.search(r"line.second", text, re.I | re.S).group())
print(re.findall(r"(?im)^\w+ line$", text))
phone = re.compile(r"""
    \(?(\d{3})\)?   # area code
    [\s.-]?         # separator
    (\d{3})         # prefix
    [\s.-]?
    (\d{4})         # line
""", re.VERBOSE)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "55-1234"]:
    m = phone.search(s)
    print(s, m.groups() if m else None)
p = re.compile(r"ab+", re.I)
print(p.pattern, p.flags & re.I != 0, p.groups, p.findall("ABBB abab aB"), p.sub("X", "xabby"))
print(p.split("1ab2ABB3"), p.fullmatch("ABb") is not None, p.match("xab") is None)
print(re.compile(r"\d") is re.compile(r"\d") or True, re.I == re.IGNORECASE, int(re.M), int(re.S))
print(re.escape("a.b*c?[d]"), re.findall(re.escape("1+1"), "1+1=2, 1+1"))
print(re.search(r"(?i:HELLO) world", "hello world").group(), re.search(r"(?i:HELLO) world", "hello WORLD"))
print(re.findall(r"\w+", "naïve café", re.ASCII), re.findall(r"\w+", "naïve café"))
try:
    re.compile(r"[unclosed")
except re.error as e:
    print("re.error", e, e.pos)
try:
    re.compile(r"a{2,1}")
except re.error as e:
    print("re.error", e)
