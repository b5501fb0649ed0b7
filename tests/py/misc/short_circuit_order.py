log = []
def t(name, val):
    log.append(name)
    return val
r = t('a', 0) and t('b', 1)
print(r, log); log.clear()
r = t('a', 1) and t('b', 0) and t('c', 1)
print(r, log); log.clear()
r = t('a', 0) or t('b', '') or t('c', 'x') or t('d', 'y')
print(r, log); log.clear()
r = not t('a', []) and t('b', 'B')
print(r, log); log.clear()
r = t('a', 1) if t('cond', 0) else t('b', 2)
print(r, log); log.clear()
r = [t('x', 1), t('y', 2)][t('i', 1)]
print(r, log); log.clear()
d = {t('k1', 1): t('v1', 'a'), t('k2', 2): t('v2', 'b')}
print(d, log); log.clear()
r = t('f', lambda *a: a)(t('p1', 1), t('p2', 2))
print(r, log); log.clear()
r = t('l', 2) ** t('r', 3)
print(r, log); log.clear()
x = [0, 0]
x[t('idx', 0)] = t('rhs', 9)
print(x, log)
