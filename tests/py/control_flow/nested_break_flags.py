grid = [[1, 2, 3], [4, 99, 6], [7, 8, 9]]
target = 99
pos = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            pos = (r, c)
            break
    if pos is not None:
        break
print('pos', pos)
def find_pair(xs, goal):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == goal:
                return i, j
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10), find_pair([3, 3], 6))
attempts = 0
for attempt in range(5):
    attempts += 1
    if attempt == 2:
        print('success on', attempt)
        break
else:
    print('all failed')
print('attempts', attempts)
for attempt in range(3):
    pass
else:
    print('loop finished normally at', attempt)
