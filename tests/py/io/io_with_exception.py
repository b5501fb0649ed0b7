name = '_tmp_io_with_exception.txt'
try:
    with open(name, 'w') as f:
        f.write('partial')
        raise RuntimeError('failed while writing')
except RuntimeError as e:
    print('caught:', e, '| closed:', f.closed)
with open(name) as f:
    print('content:', f.read())
def read_first(path):
    with open(path) as fh:
        return fh.readline()
print(read_first(name))
class Res:
    def __enter__(self):
        print('enter')
        return 'resource'
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev)
        return et is KeyError
with Res() as r:
    print('using', r)
with Res():
    raise KeyError('suppressed')
print('after suppressed')
try:
    with Res():
        raise ValueError('not suppressed')
except ValueError as e:
    print('propagated', e)
