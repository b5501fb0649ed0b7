name = '_tmp_io_write_read_text.txt'
with open(name, 'w') as f:
    n = f.write('first line\n')
    f.write('second line\n')
    f.write('third')
print(n)
with open(name) as f:
    print(repr(f.read()))
with open(name, 'r') as f:
    print(f.readline(), end='')
    print(repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line), line.rstrip('\n').upper())
with open(name, 'a') as f:
    f.write('\nappended\n')
with open(name) as f:
    lines = [l.strip() for l in f]
print(lines, len(lines))
f = open(name)
print(f.closed, f.read(5), f.read(6))
f.close()
print(f.closed)
with open(name, 'w') as f:
    print('via print', 42, file=f)
    f.writelines(['a\n', 'b\n'])
with open(name) as f:
    print(f.read().splitlines())
with open(name, 'w') as f:
    pass
with open(name) as f:
    print(repr(f.read()))
