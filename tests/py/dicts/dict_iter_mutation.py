d = {1: 1, 2: 2}
for k in d.keys():
    print(k)
del_me = {'a': 1}
print(del_me.pop('a'), del_me)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
for k in d:
    d[k + 10] = 0
