def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def collect(item, bucket=[]):
    bucket.append(item)
    return bucket
print(collect(1), collect(2), collect(3, []), collect(4))
b1 = collect(5)
b2 = collect(6)
print(b1 is b2, b1)
def counter(start=0, step=1):
    return [start + step * i for i in range(3)]
print(counter(), counter(10), counter(step=5), counter(1, -1))
def uses_none(x=None):
    return 'none' if x is None else x
print(uses_none(), uses_none(0), uses_none(''))
