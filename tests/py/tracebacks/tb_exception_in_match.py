def handle(cmd):
    match cmd:
        case ['div', a, b]:
            return a // b
        case _:
            return None
print(handle(['div', 10, 3]))
print(handle(['div', 1, 0]))
