# deepcopy preserves sharing inside the copied structure and handles cycles.
import copy

shared = [1, 2]
outer = [shared, shared, {"again": shared}]
dup = copy.deepcopy(outer)
print(dup, dup[0] is dup[1], dup[0] is dup[2]["again"], dup[0] is shared)
dup[0].append(3)
print(dup[1], dup[2], shared)

cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[2] is cyc, cc[:2], repr(cc))

d = {"name": "root"}
d["self"] = d
d["children"] = [{"parent": d}]
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd["children"][0]["parent"] is dd, dd is not d)


class Node:
    def __init__(self, val):
        self.val = val
        self.next = None

    def __repr__(self):
        return f"Node({self.val})"


a, b = Node(1), Node(2)
a.next, b.next = b, a
ca = copy.deepcopy(a)
print(ca, ca.next, ca.next.next is ca, ca.next is not b)
memo = {}
x = [shared]
copy.deepcopy(x, memo)
print(memo[id(shared)] is not shared, memo[id(shared)] == shared)
t = ([1],)
t2 = copy.deepcopy((t, t))
print(t2[0] is t2[1], t2[0][0] is t2[1][0], t2[0] is not t)
