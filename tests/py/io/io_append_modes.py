name = '_tmp_io_append_modes.txt'
with open(name, 'w') as f:
    f.write('one\n')
with open(name, 'a') as f:
    f.write('two\n')
    f.write('three\n')
with open(name) as f:
    print(f.read().split())
with open(name, 'w') as f:
    f.write('replaced')
with open(name, 'r') as f:
    print(f.read())
try:
    with open(name, 'x') as f:
        f.write('nope')
except FileExistsError as e:
    print(type(e).__name__, e)
with open(name, 'r+') as f:
    print(f.read(3))
with open(name, 'a+') as f:
    f.write('!')
with open(name) as f:
    text = f.read()
print(text, len(text))
with open(name, 'w') as f:
    print('line a', file=f)
    print('line b', 'extra', sep='|', end='#\n', file=f)
with open(name) as f:
    print(f.readlines())
