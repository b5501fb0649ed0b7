# Parsing access logs with re: compile with flags, named groups, finditer, groupdict, sub with a function.
import re

LOG = """\
192.168.0.1 - - [10/Oct/2023:13:55:36] "GET /index.html HTTP/1.1" 200 2326
10.0.0.7 - ann [10/Oct/2023:13:56:01] "POST /api/login HTTP/1.1" 401 87
10.0.0.7 - ann [10/Oct/2023:13:56:09] "post /api/login HTTP/1.1" 200 512
172.16.5.4 - - [10/Oct/2023:14:01:12] "GET /img/logo.png HTTP/2" 304 0
bad line here
"""
pattern = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s-\s(?P<user>\S+)\s
    \[(?P<when>[^\]]+)\]\s
    "(?P<method>[a-z]+)\s(?P<path>\S+)\s[^"]+"\s
    (?P<status>\d{3})\s(?P<size>\d+)
""", re.VERBOSE | re.IGNORECASE)

entries = []
for line in LOG.splitlines():
    m = pattern.match(line)
    if not m:
        print("unparsed:", repr(line))
        continue
    entries.append(m.groupdict())
    print(m.group("ip"), m["method"].upper(), m.group("path", "status"), m.start("path"), m.span("status"))
print(len(entries), sorted({e["ip"] for e in entries}))
print(sum(int(e["size"]) for e in entries if e["status"].startswith("2")))
times = re.findall(r"\[(\d+)/(\w+)/(\d+):([\d:]+)\]", LOG)
print(times[0], len(times))
print([m.group(0) for m in re.finditer(r"/api/\w+", LOG)], [m.start() for m in re.finditer(r"\b401\b", LOG)])


def mask_ip(m):
    parts = m.group(0).split(".")
    return ".".join(parts[:2] + ["x", "x"])


print(re.sub(r"\d{1,3}(?:\.\d{1,3}){3}", mask_ip, LOG.splitlines()[1]))
print(re.sub(r"(?P<code>\s\d{3}\s)", r"[\g<code>]", LOG.splitlines()[0]))
print(re.subn(r"HTTP/\d(\.\d)?", "H", LOG)[1], re.sub(r"(\w+)@(\w+)", r"\2 at \1", "ann@host bob@box"))
print(re.split(r"[\s\[\]\"]+", LOG.splitlines()[3].strip()))
print(re.split(r"(:)", "a:b:c", maxsplit=1), re.split(r"\W+", "one, two;three"))
m = re.search(r"(\d+)/(\w+)/(\d+)", LOG)
print(m.groups(), m.group(), m.lastindex, m.re.pattern, m.string[:11])
print(pattern.flags & re.IGNORECASE != 0, pattern.groupindex["status"], pattern.groups)
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), bool(re.match("ab", "xab")), bool(re.search("ab", "xab")))
