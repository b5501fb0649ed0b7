# defaultdict for graphs and grouping: BFS, topological sort, nested defaultdicts and __missing__.
from collections import defaultdict, deque

edges = [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
         ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]
graph = defaultdict(list)
indegree = defaultdict(int)
for a, b in edges:
    graph[a].append(b)
    indegree[b] += 1
    indegree[a] += 0
print(dict(graph))
print(sorted(indegree.items()))

queue = deque(sorted(n for n, d in indegree.items() if d == 0))
order = []
while queue:
    n = queue.popleft()
    order.append(n)
    for m in sorted(graph[n]):
        indegree[m] -= 1
        if indegree[m] == 0:
            queue.append(m)
print(order)
print("jacket" in graph, graph["jacket"], "jacket" in graph)


def bfs(start):
    dist = {start: 0}
    q = deque([start])
    while q:
        n = q.popleft()
        for m in graph.get(n, []):
            if m not in dist:
                dist[m] = dist[n] + 1
                q.append(m)
    return dist


print(bfs("shirt"), bfs("socks"))

tree = lambda: defaultdict(tree)
root = tree()
root["usr"]["local"]["bin"]
root["usr"]["share"]
root["etc"]["hosts"]


def dump(node, depth=0):
    for k in sorted(node):
        print("  " * depth + k)
        dump(node[k], depth + 1)


dump(root)
counts = defaultdict(lambda: [0, 0])
for word in "a bb a ccc bb a dddd".split():
    counts[len(word)][0] += 1
    counts[len(word)][1] += len(word)
print(sorted(counts.items()))
dd = defaultdict(set)
dd["x"].add(1)
print(dd.default_factory, repr(dd), dd.get("y"), "y" in dd)
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e)


class Registry(dict):
    def __missing__(self, key):
        value = f"<auto {key}>"
        self[key] = value
        return value


r = Registry(a=1)
print(r["a"], r["b"], r.get("c"), sorted(r))
