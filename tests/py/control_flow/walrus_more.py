import_like = ['a=1', 'b', 'c=3', '', 'd=4']
parsed = {}
for line in import_like:
    if (eq := line.find('=')) > 0:
        parsed[line[:eq]] = line[eq + 1:]
print(parsed)
buf = [5, 3, 0, 8]
results = []
while buf and (head := buf.pop(0)):
    results.append(head * 2)
print(results, buf)
def expensive(x):
    print('computing', x)
    return x * x
print([y for x in range(5) if (y := expensive(x)) > 4])
if (n := len(results)) > 1:
    print('n is', n)
print(n, head)
values = [1, 2, 3]
print(sum(values) if (total := sum(values)) < 10 else 0, total)
