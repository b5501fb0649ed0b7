d = {}
for k in ['zeta', 'alpha', 'mu', 'beta']:
    d[k] = len(k)
print(d, list(d))
d['alpha'] = 100
print(list(d.items()))
d.pop('zeta')
d['zeta'] = 0
print(list(d))
n = {}
for i in [5, -1, 100, 3, 0, 42]:
    n[i] = i * i
print(n, list(n.keys()), list(n.values()))
print({k: v for k, v in sorted(n.items())})
print({k: v for k, v in sorted(n.items(), key=lambda kv: kv[1], reverse=True)})
m = dict(d)
m.update(n)
print(m)
