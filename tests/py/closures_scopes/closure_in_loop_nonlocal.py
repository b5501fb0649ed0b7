def run():
    total = 0
    def add(x):
        nonlocal total
        total += x
    for i in range(1, 6):
        add(i * i)
    i = 0
    while i < 3:
        add(-1)
        i += 1
    return total

print(run())

def handlers():
    log = ""
    def note(s):
        nonlocal log
        log = log + s
    try:
        note("a")
        1 / 0
    except ZeroDivisionError as err:
        note("b")
    finally:
        note("c")
    return log

print(handlers())

def captured_exc_name():
    def show():
        return repr(e)
    try:
        raise ValueError("boom")
    except ValueError as e:
        print(show())
    try:
        show()
    except NameError as n:
        print(n)

captured_exc_name()
