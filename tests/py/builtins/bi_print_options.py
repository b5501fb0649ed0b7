import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=', ', end='!\n')
print('no newline', end='')
print(' continued')
print()
print(sep='x')
print(1, 2.5, None, True, [1], (2,), {'k': 3}, sep=' | ')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('multi', 'end', end='\n\n')
print('x', sep=None, end=None)
print(*range(5), sep='\n')
print('tab', 'sep', sep='\t')
try:
    print('a', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('a', foo=1)
except TypeError as e:
    print(type(e).__name__, e)
