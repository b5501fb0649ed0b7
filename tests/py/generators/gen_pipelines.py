def read_lines(text):
    for line in text.split('\n'):
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split('#')[0].rstrip()
        if code:
            yield code
def numbered(lines, start=1):
    n = start
    for line in lines:
        yield f'{n:3}: {line}'
        n += 1
src = 'x = 1  # set\n# only comment\ny = 2\n\nprint(x + y)'
for out in numbered(strip_comments(read_lines(src))):
    print(out)
def chunks(xs, n):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunks(range(10), 3)), list(chunks([], 2)))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(interleave('abc', [1, 2], 'XYZW')))
def running_sum(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_sum(range(1, 8))))
