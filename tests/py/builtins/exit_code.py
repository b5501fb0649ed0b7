import_ok = True
try:
    quit(3)
except SystemExit as e:
    print('caught', e.code, repr(e))
raise SystemExit(7)
