log = []
def run(fail):
    try:
        log.append('try')
        if fail:
            raise ValueError(fail)
    except ValueError as e:
        log.append(f'except {e}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
run(None)
print(log)
log.clear()
run('boom')
print(log)
log.clear()
def run2():
    try:
        log.append('try')
    except Exception:
        log.append('never')
    else:
        log.append('else raising')
        raise KeyError('from else')
    finally:
        log.append('finally')
try:
    run2()
except KeyError as e:
    log.append(f'caught {e}')
print(log)
