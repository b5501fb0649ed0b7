names = [ZeroDivisionError, ArithmeticError, OverflowError, KeyError, IndexError, LookupError, ValueError,
         UnicodeDecodeError, UnicodeError, TypeError, NameError, UnboundLocalError, AttributeError,
         StopIteration, RuntimeError, RecursionError, NotImplementedError, AssertionError, Exception,
         BaseException, KeyboardInterrupt, SystemExit, FileNotFoundError, OSError, ImportError,
         ModuleNotFoundError, GeneratorExit, IsADirectoryError, PermissionError, EOFError, MemoryError]
for cls in names:
    print(cls.__name__, cls.__bases__[0].__name__, issubclass(cls, Exception), issubclass(cls, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, IndexError), issubclass(bool, Exception))
print(isinstance(KeyError('k'), LookupError), isinstance(ValueError(), BaseException), IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
