def numbers():
    yield 1
    yield 2
    yield 'three'
total = 0
for n in numbers():
    total = total + n
    print(total)
