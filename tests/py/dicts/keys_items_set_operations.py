d = {"a": 1, "b": 2}
print(sorted(d.keys() & {"a", "c"}), sorted(d.keys() | ["z"]), sorted(d.keys() - {"a"}), sorted(d.keys() ^ {"a", "q"}))
print(sorted({"a", "x"} - d.keys()), sorted(["b"] & d.keys()), sorted(d.items() & {("a", 1), ("b", 3)}), type(d.keys() & set()).__name__)
e = {"b": 0, "c": 0}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e), sorted(d.keys() - (x for x in "a")))
try: d.values() & {1}
except TypeError as ex: print(ex)
