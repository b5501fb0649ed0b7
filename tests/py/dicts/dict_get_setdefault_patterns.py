graph = {}
for a, b in [('a', 'b'), ('a', 'c'), ('b', 'c'), ('c', 'a'), ('d', 'a')]:
    graph.setdefault(a, []).append(b)
    graph.setdefault(b, [])
print(graph)
def reachable(g, start):
    seen = []
    todo = [start]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.append(n)
        todo.extend(g.get(n, []))
    return sorted(seen)
print({n: reachable(graph, n) for n in graph})
indeg = {}
for n, outs in graph.items():
    indeg.setdefault(n, 0)
    for o in outs:
        indeg[o] = indeg.get(o, 0) + 1
print(indeg)
print(max(indeg, key=indeg.get), [n for n in indeg if indeg[n] == 0])
