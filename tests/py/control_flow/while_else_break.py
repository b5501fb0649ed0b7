def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print('found at', i)
            break
        i += 1
    else:
        print('not found', target)
    return i
print(find([1, 2, 3], 2), find([1, 2, 3], 5), find([], 1))
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    print('even', n)
print('n =', n)
x = 3
while x:
    x -= 1
else:
    print('while else ran, x =', x)
count = 0
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            inner += 1
            continue
        count += 1
        inner += 1
    outer += 1
print(count)
