# copy.copy shares nested objects; copy.deepcopy does not.
import copy

data = {"nums": [1, 2], "meta": {"tags": ["a"]}, "name": "x"}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data["nums"].append(3)
data["meta"]["tags"].append("b")
data["name"] = "changed"
print(shallow)
print(deep)
print(shallow["nums"] is data["nums"], deep["nums"] is data["nums"], shallow is data)
lst = [[0] * 2 for _ in range(2)]
c = copy.copy(lst)
d = copy.deepcopy(lst)
lst[0][0] = 9
print(c, d, c[1] is lst[1], d[1] is lst[1])
t = (1, [2, 3])
ct, dt = copy.copy(t), copy.deepcopy(t)
print(ct is t, dt is t, dt == t, dt[1] is t[1])
flat = (1, "a", (2.5, None))
print(copy.deepcopy(flat) is flat, copy.copy("str") == "str", copy.deepcopy(frozenset({1, 2})) == frozenset({1, 2}))
for v in [42, 3.14, None, True, "text", b"bytes", range(3), len]:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
s = {1, 2, 3}
cs = copy.copy(s)
cs.add(4)
print(sorted(s), sorted(cs), type(copy.copy(bytearray(b"ab"))).__name__)
print(copy.copy([1, 2]) == [1, 2], list.copy([5]) == copy.copy([5]), copy.copy({}) is not {})
