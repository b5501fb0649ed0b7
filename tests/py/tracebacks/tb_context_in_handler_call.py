def log_failure(e):
    print('logging', e)
    return undefined_logger
try:
    int('oops')
except ValueError as e:
    log_failure(e)
