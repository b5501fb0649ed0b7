d = {'one': 1, 'two': 2}
d['three'] = 3
print(d, len(d), d['two'], 'one' in d, 1 in d)
d['one'] = 'uno'
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get('four'), d.get('four', 4), d.pop('two'), d)
print(d.setdefault('five', 5), d.setdefault('one', 'x'), d)
d.update({'six': 6, 'one': 1})
print(d)
e = dict(d)
e['seven'] = 7
print(len(d), len(e), d == e)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k + '=' + str(v))
print(sorted(d), sorted(d.values(), key=str))
d.clear()
print(d, bool(d))
