stack = [1, 2, 3]
total = 0
while True:
    total += stack.pop()
    print(total)
