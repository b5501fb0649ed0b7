# except* (PEP 654 exception groups) with else and finally.
try:
    run()
except* ValueError:
    pass
except* (TypeError, KeyError) as group:
    handle(group)
except *OSError as e:
    pass
else:
    ok()
finally:
    done()

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as eg:
    print(eg.exceptions)
