# Push-style pipelines built from coroutines: each stage receives values
# through send() and forwards to the next; a priming decorator advances
# them to the first yield; close() flushes and propagates down the chain.
import functools


def coroutine(fn):
    @functools.wraps(fn)
    def start(*args):
        co = fn(*args)
        next(co)
        return co
    return start


@coroutine
def sink(results):
    try:
        while True:
            results.append((yield))
    except GeneratorExit:
        results.append("<closed>")


@coroutine
def filt(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    finally:
        target.close()


@coroutine
def batcher(size, target):
    batch = []
    try:
        while True:
            batch.append((yield))
            if len(batch) == size:
                target.send(tuple(batch))
                batch = []
    finally:
        if batch:
            target.send(tuple(batch))
        target.close()


out = []
pipe = filt(lambda n: n % 3, batcher(2, sink(out)))
for n in range(10):
    pipe.send(n)
print(out)
pipe.close()
print(out)
print(pipe.gi_frame is None, sink.__name__)
try:
    pipe.send(1)
except StopIteration:
    print("closed coroutine raises StopIteration on send")
