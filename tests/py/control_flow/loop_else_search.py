def first_multiple(xs, k):
    for x in xs:
        if x % k == 0:
            result = x
            break
    else:
        result = None
    return result
print(first_multiple([3, 5, 10, 15], 5), first_multiple([1, 2], 7), first_multiple([], 1))
def all_positive(xs):
    i = 0
    while i < len(xs):
        if xs[i] <= 0:
            print('non-positive at', i)
            break
        i += 1
    else:
        print('all positive')
        return True
    return False
print(all_positive([1, 2, 3]), all_positive([1, -2, 3]), all_positive([]))
for i in range(3):
    for j in range(3):
        if i * j == 2:
            print('found', i, j)
            break
    else:
        print('inner exhausted for', i)
        continue
    print('breaking outer at', i)
    break
