# nlargest/nsmallest with keys and merge of sorted streams.
import heapq

scores = [("ann", 88), ("bob", 95), ("cid", 70), ("dee", 95), ("eve", 60), ("fay", 82)]
print(heapq.nlargest(3, scores, key=lambda s: s[1]))
print(heapq.nsmallest(2, scores, key=lambda s: s[1]))
nums = [5, 1, 9, 3, 7, 3, 9]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(10, nums))
print(heapq.nlargest(1, []), heapq.nsmallest(2, "hello"), heapq.nlargest(2, range(100)))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge("ace", "bdf")), list(heapq.merge([], [1]), ), list(heapq.merge()))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len)))
logs_a = [(1, "a-start"), (4, "a-mid"), (9, "a-end")]
logs_b = [(2, "b-start"), (4, "b-mid"), (5, "b-end")]
for t, msg in heapq.merge(logs_a, logs_b):
    print(t, msg)
