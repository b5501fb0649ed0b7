people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
ps = list(people)
ps.sort(key=lambda p: p[0][-1])
print(ps)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda x: x % 3))
a = [3, 1, 2]
print(a.sort(), a)
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted([2.5, 1, True]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
