import statistics
from statistics import StatisticsError

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
for f in [statistics.mean, statistics.fmean, statistics.median, statistics.median_low, statistics.median_high,
          statistics.mode, statistics.multimode, statistics.variance, statistics.pvariance, statistics.stdev, statistics.pstdev]:
    print(f.__name__, f(data), f([1, 2, 3, 4]), f([1, 2, 3, 4, 4]), f([0.1, 0.2, 0.3]), f((10**20, 1, 3)), f(range(1, 8)))
print(statistics.mean([1, 2, 3]), statistics.mean([1, 2]), statistics.mean([True, False, True]), statistics.mean([1, 2.5]))
print(statistics.mean([0.1] * 10), statistics.fmean([0.1] * 10), sum([0.1] * 10) / 10)
print(statistics.mean([1e308, 1e308, -1e308]), statistics.variance([1e150, -1e150, 5]), statistics.pstdev([1e-300, 2e-300]))
print(statistics.mean([float("inf"), 1]), statistics.mean([float("nan"), 1]), statistics.variance([1, float("inf")]))
print(statistics.fmean([1, 2, 3], weights=[3, 2, 1]), statistics.fmean(iter([1.5, 2.5])))
print(statistics.median(["b", "a", "c"]), statistics.median_low(["b", "a", "d", "c"]), statistics.median_high([5, 1]))
print(statistics.mode(["red", "blue", "blue", "red", "green"]), statistics.mode([1, 1.0, 2]), statistics.multimode("aabbbbccddddeeffffgg"))
print(statistics.multimode([]), statistics.multimode([3, 1, 2]), statistics.mode(iter([4, 4, 5])))
print(statistics.variance([1, 2, 3, 4], 2.5), statistics.pvariance([1, 2, 3, 4], mu=2.5), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.variance([3, 3, 3]), statistics.pstdev([5]), statistics.pvariance([7]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(statistics.variance([10**30, 10**30 + 1, 10**30 + 2]), statistics.stdev([10**15 + 0.5, 10**15 + 1.5]))
for name, args in [("mean", ([],)), ("fmean", ([],)), ("median", ([],)), ("median_low", ([],)), ("median_high", ([],)),
                   ("mode", ([],)), ("variance", ([1],)), ("pvariance", ([],)), ("stdev", ([1],)), ("pstdev", ([],)),
                   ("fmean", ([1, 2], [1])), ("fmean", ([1, 2], [1, -1])), ("mean", (["a", "b"],))]:
    try:
        print(getattr(statistics, name)(*args))
    except StatisticsError as e:
        print("StatisticsError", e, isinstance(e, ValueError))
    except TypeError as e:
        print("TypeError", e)
