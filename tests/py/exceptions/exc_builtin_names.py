names = [GeneratorExit, FloatingPointError, BufferError, ImportError, ModuleNotFoundError,
         ReferenceError, StopAsyncIteration, SyntaxError, IndentationError, TabError,
         UnicodeTranslateError, BlockingIOError, ChildProcessError, ConnectionError,
         BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
         InterruptedError, ProcessLookupError, TimeoutError, Warning, BytesWarning,
         DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning,
         PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning,
         UnicodeWarning, UserWarning]
for cls in names:
    print(cls.__name__, [c.__name__ for c in cls.__mro__], cls.__base__.__name__,
          issubclass(cls, Exception), issubclass(cls, OSError))
print(bool.__mro__, int.__bases__, KeyError.__base__, BaseException.__bases__)
print(IOError is OSError, EnvironmentError.__name__)
for exc in [ConnectionResetError('peer'), ModuleNotFoundError('no mod'), UserWarning('careful')]:
    try:
        raise exc
    except OSError as e:
        print('os', type(e).__name__, e)
    except ImportError as e:
        print('import', type(e).__name__, e)
    except Exception as e:
        print('other', type(e).__name__, e, isinstance(e, Warning))
raise TimeoutError('too slow')
