# try / except / else / finally in all combinations, raise forms.
try:
    risky()
except ValueError:
    pass

try:
    risky()
except (TypeError, KeyError) as exc:
    handle(exc)
except Exception as e:
    raise RuntimeError("wrapped") from e
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except OSError:
    pass
finally:
    pass

try:
    x = 1
except module.Error:
    raise CustomError
else:
    y = 2

raise
raise ValueError
raise ValueError("x") from None


def f():
    try:
        return 1
    finally:
        return 2
