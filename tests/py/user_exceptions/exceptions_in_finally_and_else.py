# Custom exceptions interacting with else/finally: else runs only without
# an exception, finally always runs, an exception in finally replaces the
# pending one, and return in finally swallows it.


class Abort(Exception):
    def __init__(self, stage):
        super().__init__(f"aborted at {stage}")
        self.stage = stage


def step(stage, fail_at, log):
    try:
        log.append(f"try {stage}")
        if stage == fail_at:
            raise Abort(stage)
    except Abort as e:
        log.append(f"except {e.stage}")
        raise
    else:
        log.append(f"else {stage}")
    finally:
        log.append(f"finally {stage}")


for fail_at in (None, "load"):
    log = []
    try:
        step("load", fail_at, log)
    except Abort as e:
        log.append(f"outer caught {e}")
    print(log)


def replaced():
    try:
        raise Abort("first")
    finally:
        raise Abort("cleanup")


try:
    replaced()
except Abort as e:
    print(e, "| context:", e.__context__, "| stage:", e.__context__.stage)


def swallowed():
    try:
        raise Abort("swallowed")
    finally:
        return "finally returned"


print(swallowed())


def nested_finally():
    order = []
    try:
        try:
            raise Abort("inner")
        finally:
            order.append("inner finally")
    except Abort as e:
        order.append(f"caught {e.stage}")
    finally:
        order.append("outer finally")
    return order


print(nested_finally())
