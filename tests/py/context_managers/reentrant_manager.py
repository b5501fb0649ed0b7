# A reentrant, reusable class-based manager tracking nesting depth, and a
# single-use manager that refuses to be entered twice; state is restored
# correctly on exceptions.


class Indent:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1

    def say(self, text):
        print("  " * self.level + text)


ind = Indent()
with ind:
    ind.say("level 1")
    with ind:
        ind.say("level 2")
        with ind as again:
            again.say(f"level 3, same object: {again is ind}")
    ind.say("back to 1")
try:
    with ind:
        with ind:
            raise RuntimeError("deep failure")
except RuntimeError as e:
    print(type(e).__name__, e, "level restored to", ind.level)


class OneShot:
    def __init__(self):
        self.used = False

    def __enter__(self):
        if self.used:
            raise RuntimeError("OneShot cannot be reused")
        self.used = True
        print("  entered")
        return self

    def __exit__(self, et, ev, tb):
        print("  exited", et.__name__ if et else "cleanly")


shot = OneShot()
with shot:
    pass
try:
    with shot:
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e)
