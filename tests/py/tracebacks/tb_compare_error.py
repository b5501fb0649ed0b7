items = [3, 'two', 1]
print(sorted(items))
