# Plain functions (compiled by the JIT when hot) creating and driving
# generators with send/throw/close.
def accumulate():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            total = 0
            continue
        if x is None:
            return total
        total += x

def drive(n):
    g = accumulate()
    next(g)
    out = 0
    for i in range(n):
        out = g.send(i)
        if i % 7 == 6:
            out = g.throw(ValueError)
    try:
        g.send(None)
    except StopIteration as e:
        return (out, e.value)
    return None

for n in [0, 1, 10, 50, 200]:
    print(n, drive(n))

def closer(n):
    count = 0
    for i in range(n):
        g = accumulate()
        next(g)
        g.send(i)
        g.close()
        count += g.gi_running is False
    return count

print(closer(300))

def send_checks(k):
    msgs = []
    for i in range(k):
        g = accumulate()
        try:
            g.send(i + 1)
        except TypeError as e:
            msgs.append(str(e))
    return len(msgs), msgs[0] if msgs else None

print(send_checks(150))

def throw_out(k):
    caught = 0
    for i in range(k):
        g = accumulate()
        next(g)
        try:
            g.throw(KeyError(i))
        except KeyError as e:
            caught += e.args[0]
    return caught

print(throw_out(120))
