print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print({x: x ** 2 for x in range(5)}, {k: v for k, v in zip('abc', range(3)) if v != 1})
print({x % 5 for x in range(20)}, {(x, x % 2) for x in range(4)})
print(sum(x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']), list(x for x in 'hi'))
print(sorted(x for x in [3, 1, 2]), tuple(i * 2 for i in range(3)), ''.join(c.upper() for c in 'abc'))
x = 'outer'
print([x for x in range(3)], x)
print([i if i % 2 else -i for i in range(6)], [a + b for a, b in [(1, 2), (3, 4)]])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)], [v for row in m for v in row if v > 2])
print([f'{k}={v}' for k, v in {'a': 1, 'b': 2}.items()])
print(any(x > 4 for x in [1, 5]), all(x > 0 for x in [1, -1]), dict((i, str(i)) for i in range(3)))
print([c for c in 'hello' if c not in 'l'], list({c: None for c in 'banana'}))
n = 3
print([n * i for i in range(n)], [[n for _ in range(2)] for n in range(2)], n)
