# Class-based decorators: an instance with __call__ replaces the function
# and keeps state; decorating methods needs __get__ to bind the instance;
# a class-based decorator factory takes arguments in __init__.
import functools


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.calls = 0

    def __call__(self, *args, **kw):
        self.calls += 1
        return self.__wrapped__(*args, **kw)


@CountCalls
def greet(name):
    return f"hi {name}"


print(greet("a"), greet("b"), greet.calls, greet.__name__, type(greet).__name__)


class Bindable(CountCalls):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


class Robot:
    def __init__(self, name):
        self.name = name

    @CountCalls
    def unbound_style(self):
        return self.name

    @Bindable
    def speak(self, word):
        return f"{self.name} says {word}"


r = Robot("r2")
print(r.speak("beep"), Robot("c3").speak("hello"), Robot.speak.calls)
try:
    r.unbound_style()
except TypeError as e:
    print(type(e).__name__, e)
print(Robot.unbound_style(r), Robot.unbound_style.calls)


class Retry:
    def __init__(self, times):
        self.times = times

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(1, self.times + 1):
                try:
                    return fn(*args, attempt)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} gave up after {self.times}")
        return wrapper


@Retry(3)
def flaky(limit, attempt):
    if attempt < limit:
        raise ValueError(f"not yet ({attempt})")
    return f"ok on {attempt}"


print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print(type(e).__name__, e)
