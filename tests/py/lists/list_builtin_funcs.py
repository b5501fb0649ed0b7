nums = [4, -2, 7, 0, 7, 3]
print(len(nums), sum(nums), min(nums), max(nums), sorted(nums), list(reversed(nums)), nums.count(7), nums.index(7))
print(any(nums), all(nums), [abs(n) for n in nums], list(map(str, nums)), list(filter(lambda n: n > 0, nums)))
print(list(enumerate(nums))[:3], list(zip(nums, nums[1:])), dict(zip(nums, range(6))))
print(sorted(nums, key=lambda n: (n % 2, n)), max(nums, key=lambda n: -n), [n for n in nums if n], nums[::-1] == list(reversed(nums)))
print(list(range(5)) + [5], [i for i in range(10)][2:8:3], len([[]]), [[]] == [[]], [0] * 0)
print(str(nums), repr([1.0, 'a', None, True]), list('xyz'), [*nums[:2], *nums[-2:]])
