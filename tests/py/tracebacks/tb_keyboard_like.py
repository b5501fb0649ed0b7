class Stop(BaseException):
    pass
try:
    raise Stop('base')
except Exception:
    print('not caught here')
except BaseException as e:
    print('caught base', type(e).__name__, e)
raise Stop('uncaught base exception')
