# The competitive-programming idiom: read everything from sys.stdin.
import sys
input = sys.stdin.readline
n = int(input())
rows = [list(map(int, input().split())) for _ in range(n)]
print(sum(map(sum, rows)), max(max(r) for r in rows))
rest = sys.stdin.read().split()
print(len(rest), rest[:3], sum(int(x) for x in rest))
print(repr(sys.stdin.readline()), sys.stdin.read() == "")
