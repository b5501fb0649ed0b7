def lookup(d, k):
    return d.get(k)
data = {'a': [1, 2]}
print(lookup(data, 'a')[0])
print(lookup(data, 'b')[0])
