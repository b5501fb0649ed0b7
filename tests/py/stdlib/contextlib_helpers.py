# suppress, closing, nullcontext, redirect_stdout / redirect_stderr.
import sys
import io
from contextlib import suppress, closing, nullcontext, redirect_stdout, redirect_stderr

with suppress(KeyError):
    {}['missing']
print('after suppress KeyError')

with suppress(LookupError):
    [][3]
print('after suppress LookupError (IndexError)')

with suppress(ValueError, TypeError):
    int('x')
print('after suppress tuple')

try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', type(e).__name__)

with suppress():
    pass
try:
    with suppress():
        raise OSError('nothing listed')
except OSError as e:
    print('empty suppress:', e)

for i in range(4):
    with suppress(ZeroDivisionError):
        print(10 // (i - 2))


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print('closed', self.name)


with closing(Resource('r1')) as r:
    print('using', r.name, r.closed)
print(r.closed)

try:
    with closing(Resource('r2')):
        raise ValueError('while open')
except ValueError as e:
    print('closing propagated', e)

with nullcontext() as n:
    print('nullcontext gives', n)
with nullcontext(42) as n:
    print('nullcontext gives', n)
value = [1, 2]
with nullcontext(value) as v:
    print(v is value)
try:
    with nullcontext():
        raise KeyError('passes')
except KeyError as e:
    print('nullcontext does not suppress', e)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('captured line 1')
    print('captured', 'line', 2, sep='-')
    sys.stdout.write('written directly\n')
print('target is buf:', target is buf)
print(repr(buf.getvalue()))

# nested redirections restore in order
outer = io.StringIO()
inner = io.StringIO()
with redirect_stdout(outer):
    print('to outer')
    with redirect_stdout(inner):
        print('to inner')
    print('outer again')
print(repr(outer.getvalue()), repr(inner.getvalue()))

# restored even when the body raises
try:
    with redirect_stdout(io.StringIO()):
        raise RuntimeError('inside redirect')
except RuntimeError as e:
    print('restored after', e)

err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))
print('stdout is back:', sys.stdout is sys.__stdout__)
