"""Context manager utilities (krait's implementation of CPython's
contextlib): contextmanager, ContextDecorator, suppress, closing,
nullcontext, ExitStack, redirect_stdout and redirect_stderr.

The asynchronous variants are not supported yet.
"""

import sys

__all__ = [
    "AbstractContextManager",
    "ContextDecorator",
    "ExitStack",
    "closing",
    "contextmanager",
    "nullcontext",
    "redirect_stderr",
    "redirect_stdout",
    "suppress",
]

_ASYNC_NAMES = (
    "AbstractAsyncContextManager",
    "AsyncContextDecorator",
    "AsyncExitStack",
    "aclosing",
    "asynccontextmanager",
    "chdir",
)


def __getattr__(name):
    if name in _ASYNC_NAMES:
        raise SystemError("krait: contextlib." + name + " is not supported yet")
    raise AttributeError("module 'contextlib' has no attribute '" + name + "'")


def _copy_identity(wrapper, wrapped):
    # What functools.wraps copies, as far as krait's functions allow.
    wrapper.__name__ = wrapped.__name__
    wrapper.__doc__ = wrapped.__doc__
    wrapper.__wrapped__ = wrapped
    return wrapper


class AbstractContextManager:
    """A base class whose __enter__ returns the instance."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Lets a context manager decorate a function: each call of the
    function runs inside the context manager."""

    def _recreate_cm(self):
        # A fresh manager for each call of a decorated function; the
        # instance itself for managers that can be entered repeatedly.
        return self

    def __call__(self, func):
        manager = self

        def inner(*args, **kwds):
            with manager._recreate_cm():
                return func(*args, **kwds)

        return _copy_identity(inner, func)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What a @contextmanager function returns: one generator, entered
    at its single yield and resumed (or thrown into) on exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Decorated functions need a new generator for every call.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # Only the generator is needed from here on.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # A normal exit: the generator must finish now.
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # An exception given as a class only.
            value = typ()
        saved_tb = value.__traceback__
        try:
            self.gen.throw(typ, value, saved_tb)
        except StopIteration as stop:
            # The generator swallowed the exception and finished: suppress
            # it, unless what finished it is the very StopIteration the
            # with body raised.
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = saved_tb
                return False
            if isinstance(value, StopIteration) and err.__cause__ is value:
                # PEP 479 turned the body's StopIteration into this one.
                value.__traceback__ = saved_tb
                return False
            raise
        except BaseException as err:
            # Propagating the body's exception is not an error of __exit__:
            # report it as not handled. Anything else is a new exception.
            if err is not value:
                raise
            err.__traceback__ = saved_tb
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turns a generator function yielding once into a context manager
    factory (also usable as a decorator)."""

    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return _copy_identity(helper, func)


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """Does nothing; __enter__ returns the value given."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Suppresses the exceptions of the given classes in the with body."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another file-like object for the with body."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another file-like object for the with body."""

    _stream = "stderr"


def _class_name(obj):
    cls = type(obj)
    # krait's built-in classes have no __module__/__qualname__ attributes.
    module = getattr(cls, "__module__", "builtins")
    return module + "." + getattr(cls, "__qualname__", cls.__name__)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, called last-in first-out when the stack
    closes; each sees (and may suppress) the exception of the body or of
    the callbacks run before it."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves every callback to a new stack, which is returned."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers an exit callback: a context manager's __exit__, or a
        callable with __exit__'s signature."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            # Not a context manager: the callable itself.
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns __enter__'s result."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            enter = None
        if enter is None:
            # krait: the methods of built-in types (files) are found on
            # the instance only.
            try:
                bound_enter = cm.__enter__
                bound_exit = cm.__exit__
            except AttributeError:
                raise TypeError(
                    "'" + _class_name(cm) + "' object does not support the "
                    "context manager protocol"
                ) from None
            result = bound_enter()
            self._exit_callbacks.append(bound_exit)
            return result
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on exit (it never
        suppresses an exception); returns callback."""

        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)

        run_callback.__wrapped__ = callback
        self._exit_callbacks.append(run_callback)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def exit_of_cm(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)

        exit_of_cm.__self__ = cm
        self._exit_callbacks.append(exit_of_cm)

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        # The exception being handled around the with statement: chains of
        # context stop there.
        outer_exc = sys.exc_info()[1]

        def link_context(new_exc, old_exc):
            # Makes old_exc the context at the end of new_exc's chain of
            # contexts (below what the callback itself added).
            while True:
                ctx = new_exc.__context__
                if ctx is None or ctx is old_exc:
                    return
                if ctx is outer_exc:
                    break
                new_exc = ctx
            new_exc.__context__ = old_exc

        suppressed = False
        pending = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                link_context(new_exc, exc_details[1])
                pending = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending:
            # Raising sets the context again: keep the one built above.
            exc = exc_details[1]
            kept_context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = kept_context
                raise
        return received and suppressed
