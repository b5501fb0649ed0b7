def find(xs, target):
    for x in xs:
        if x == target:
            return x
result = find(['a', 'b'], 'c')
print(result)
print(result.upper())
