name = '_tmp_io_readline_loop.txt'
f = open(name, 'w')
for i in range(5):
    f.write('row ' + str(i) + '\n')
f.close()
f = open(name)
n = 0
while True:
    line = f.readline()
    if not line:
        break
    n += 1
    print(n, line.rstrip())
print(repr(f.readline()), f.closed)
f.close()
print(f.closed)
with open(name) as g:
    print(next(g), end='')
    print(list(g))
with open(name) as g:
    print(sum(1 for _ in g))
with open(name) as g:
    print([line.split()[1] for line in g if line.strip().endswith(('1', '3'))])
