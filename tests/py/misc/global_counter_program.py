calls = 0
log = []
def tracked(name):
    global calls
    calls += 1
    log.append(name)
    return calls
def run():
    for n in ['a', 'b', 'c']:
        tracked(n)
    return calls
print(run(), calls, log)
def reset():
    global calls, log
    calls = 0
    log = []
reset()
print(calls, log, tracked('z'), log)
def read_only():
    return calls * 10
print(read_only())
def shadow():
    calls = 'local'
    return calls
print(shadow(), calls)
