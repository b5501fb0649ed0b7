# Named groups: groupdict, backreferences by name, (?P=name), optional groups.
import re

log = "2024-03-15 12:30:05 ERROR [db] connection lost"
pat = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)")
m = pat.match(log)
print(m.groupdict())
print(m.group("level"), m["mod"], m.start("msg"), m.span("time"), m.lastgroup)
print(pat.groupindex["level"], pat.groups, sorted(pat.groupindex))
dup = re.compile(r"(?P<ch>\w)(?P=ch)")
print(dup.findall("aabbcdde"), [m.group() for m in dup.finditer("xxyzz")])
opt = re.match(r"(?P<a>\d+)(?:-(?P<b>\d+))?", "12")
print(opt.groupdict(), opt.groupdict(default="0"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "ann lee; bob ray"))
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2 c3"), re.sub(r"(a)", r"\g<1>\g<0>", "banana"))
html = '<a href="x.html">X</a> <a href="y.html">Y</a>'
print(re.findall(r'<a href="(?P<url>[^"]+)">(?P<text>[^<]*)</a>', html))
words = re.search(r"(\b\w+\b) \1", "this is is a test test")
print(words.group(), words.group(1))
try:
    re.compile(r"(?P<n>a)(?P<n>b)")
except re.error as e:
    print("re.error", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)
