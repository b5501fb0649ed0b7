# Graph algorithms over a small road map: BFS, DFS (recursive and with a
# generator), Dijkstra with heapq, topological sort (Kahn) with cycle
# detection, connected components, and a minimum spanning tree (Kruskal
# with union-find).
import heapq
from collections import defaultdict, deque


class GraphError(Exception):
    pass


class CycleError(GraphError):
    def __init__(self, nodes):
        super().__init__(f"cycle among {sorted(nodes)}")
        self.nodes = nodes


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add_edge(self, a, b, w=1):
        if w < 0:
            raise GraphError(f"negative weight {w} on {a}-{b}")
        self.adj[a][b] = w
        if not self.directed:
            self.adj[b][a] = w
        else:
            self.adj[b]
        return self

    @property
    def nodes(self):
        return sorted(self.adj)

    def edges(self):
        seen = set()
        for a in self.nodes:
            for b, w in sorted(self.adj[a].items()):
                key = (a, b) if self.directed else tuple(sorted((a, b)))
                if key not in seen:
                    seen.add(key)
                    yield key[0], key[1], w

    def neighbours(self, n):
        if n not in self.adj:
            raise GraphError(f"no node {n!r}")
        return sorted(self.adj[n])

    def bfs(self, start):
        order, dist = [], {start: 0}
        queue = deque([start])
        while queue:
            n = queue.popleft()
            order.append(n)
            for m in self.neighbours(n):
                if m not in dist:
                    dist[m] = dist[n] + 1
                    queue.append(m)
        return order, dist

    def dfs(self, start, seen=None):
        if seen is None:
            seen = set()
        seen.add(start)
        yield start
        for m in self.neighbours(start):
            if m not in seen:
                yield from self.dfs(m, seen)

    def dijkstra(self, source):
        dist = {source: 0}
        prev = {}
        heap = [(0, source)]
        done = set()
        while heap:
            d, n = heapq.heappop(heap)
            if n in done:
                continue
            done.add(n)
            for m, w in self.adj[n].items():
                nd = d + w
                if nd < dist.get(m, float("inf")):
                    dist[m] = nd
                    prev[m] = n
                    heapq.heappush(heap, (nd, m))
        return dist, prev

    def shortest_path(self, a, b):
        dist, prev = self.dijkstra(a)
        if b not in dist:
            raise GraphError(f"{b} is unreachable from {a}")
        path = [b]
        while path[-1] != a:
            path.append(prev[path[-1]])
        return dist[b], path[::-1]

    def components(self):
        seen = set()
        comps = []
        for n in self.nodes:
            if n not in seen:
                comp = sorted(self.dfs(n, seen))
                comps.append(comp)
        return comps

    def toposort(self):
        indeg = {n: 0 for n in self.adj}
        for a in self.adj:
            for b in self.adj[a]:
                indeg[b] += 1
        ready = [n for n in sorted(indeg) if indeg[n] == 0]
        heapq.heapify(ready)
        order = []
        while ready:
            n = heapq.heappop(ready)
            order.append(n)
            for m in self.adj[n]:
                indeg[m] -= 1
                if indeg[m] == 0:
                    heapq.heappush(ready, m)
        if len(order) != len(indeg):
            raise CycleError({n for n, d in indeg.items() if d > 0})
        return order

    def kruskal(self):
        parent = {n: n for n in self.adj}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        tree = []
        for a, b, w in sorted(self.edges(), key=lambda e: (e[2], e[0], e[1])):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
                tree.append((a, b, w))
        return tree


roads = Graph()
for a, b, w in [
    ("Amber", "Birch", 7), ("Amber", "Cedar", 9), ("Amber", "Fir", 14), ("Birch", "Cedar", 10),
    ("Birch", "Dale", 15), ("Cedar", "Dale", 11), ("Cedar", "Fir", 2), ("Dale", "Elm", 6),
    ("Elm", "Fir", 9), ("Gorse", "Heath", 3),
]:
    roads.add_edge(a, b, w)

print("nodes:", roads.nodes)
print("edges:", len(list(roads.edges())), "total length", sum(w for _, _, w in roads.edges()))
order, dist = roads.bfs("Amber")
print("bfs:", order, "hops:", dict(sorted(dist.items())))
print("dfs:", list(roads.dfs("Amber")))
dist, _ = roads.dijkstra("Amber")
for node in sorted(dist, key=lambda n: (dist[n], n)):
    print(f"  {node:<6} {dist[node]:>3}")
for a, b in [("Amber", "Elm"), ("Dale", "Fir"), ("Amber", "Heath")]:
    try:
        length, path = roads.shortest_path(a, b)
        print(f"{a} -> {b}: {length} via {' > '.join(path)}")
    except GraphError as e:
        print("GraphError:", e)
print("components:", roads.components())
mst = roads.kruskal()
print("mst:", mst, "weight", sum(w for *_, w in mst))
try:
    roads.neighbours("Zed")
except GraphError as e:
    print("GraphError:", e)
try:
    roads.add_edge("Amber", "Zed", -1)
except GraphError as e:
    print("GraphError:", e)

tasks = Graph(directed=True)
deps = {
    "compile": ["parse"], "parse": ["lex"], "link": ["compile", "runtime"], "runtime": ["alloc"],
    "test": ["link"], "docs": ["parse"], "release": ["test", "docs"],
}
for task, needs in deps.items():
    for need in needs:
        tasks.add_edge(need, task)
print("build order:", tasks.toposort())
print("release needs:", sorted(n for n in tasks.nodes if "release" in set(tasks.dfs(n))) )
tasks.add_edge("release", "lex")
try:
    tasks.toposort()
except CycleError as e:
    print("CycleError:", e, len(e.nodes))

grid = ["S.#.....", "..#.##.#", "....#...", "##.##.#.", "......#E"]
maze = Graph()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < len(grid) and cc < len(row) and grid[rr][cc] != "#":
                maze.add_edge((r, c), (rr, cc))
steps, path = maze.shortest_path((0, 0), (4, 7))
print("maze steps:", steps)
cells = set(path)
for r, row in enumerate(grid):
    print("  " + "".join("*" if (r, c) in cells and ch == "." else ch for c, ch in enumerate(row)))
