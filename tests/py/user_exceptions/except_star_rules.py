# except* rules: a leaf matching several clauses goes to the first only;
# handlers that re-raise keep the leaf in the group; except* cannot catch
# ExceptionGroup itself; raising a new exception in one handler combines
# with unhandled parts; nested groups keep their structure.


def attempt(eg):
    try:
        try:
            raise eg
        except* OSError as g:
            print("  OSError clause:", [str(e) for e in g.exceptions])
        except* Exception as g:
            print("  Exception clause:", [type(e).__name__ for e in g.exceptions])
    except BaseException as e:
        print("  escaped:", repr(e))


attempt(ExceptionGroup("g", [FileNotFoundError("f"), OSError("o"), ValueError("v")]))
attempt(BaseExceptionGroup("b", [SystemExit(3), OSError("o")]))

try:
    try:
        raise ExceptionGroup("outer", [ValueError("keep"), TypeError("t")])
    except* ValueError:
        print("  re-raising ValueError part")
        raise
    except* TypeError:
        print("  TypeError handled")
except ExceptionGroup as e:
    print("result:", repr(e))

try:
    try:
        raise ExceptionGroup("src", [ValueError("a"), KeyError("b")])
    except* ValueError:
        raise RuntimeError("new in handler")
except ExceptionGroup as e:
    print("combined:", repr(e))
    print("  new one's context:", repr(e.exceptions[0].__context__))

try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
