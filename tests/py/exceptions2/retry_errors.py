# A retry helper with exception filtering, else/finally ordering and re-raising.
class TransientError(Exception):
    def __init__(self, attempt):
        super().__init__(f"transient failure on attempt {attempt}")
        self.attempt = attempt


class FatalError(Exception):
    pass


def retry(func, attempts=3, retry_on=(TransientError,)):
    last = None
    for i in range(1, attempts + 1):
        try:
            result = func(i)
        except retry_on as e:
            print(f"  attempt {i} failed: {e}")
            last = e
            continue
        except Exception as e:
            print(f"  attempt {i} fatal: {type(e).__name__}: {e}")
            raise
        else:
            print(f"  attempt {i} ok")
            return result
        finally:
            print(f"  cleanup after attempt {i}")
    raise RuntimeError(f"gave up after {attempts} attempts") from last


def flaky(succeed_on):
    def f(i):
        if i < succeed_on:
            raise TransientError(i)
        return f"result@{i}"
    return f


print(retry(flaky(2)))
try:
    retry(flaky(5))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__, e.__cause__.attempt)


def fatal(i):
    if i == 2:
        raise FatalError("disk on fire")
    raise TransientError(i)


try:
    retry(fatal)
except FatalError as e:
    print("FatalError propagated:", e, e.__context__)


def finally_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(finally_return())


def nested():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        except KeyError:
            log.append("inner except")
            raise ValueError("converted")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append(f"outer except {e} ctx={e.__context__!r}")
    return log


for line in nested():
    print(line)
print(retry(lambda i: 1 // (i - 1), retry_on=(ZeroDivisionError,)))
