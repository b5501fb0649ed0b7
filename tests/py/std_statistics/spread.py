# variance/stdev (sample) vs pvariance/pstdev (population), with given means.
import statistics as st

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.pvariance(data), st.pstdev(data), st.variance(data), st.stdev(data))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance(data, xbar=st.mean(data)), st.pvariance(data, mu=5))
print(st.variance([0.25, 1.25, 0.5]), type(st.variance([1, 2, 3])).__name__)
print(st.pvariance([7]), st.pstdev([3, 3, 3]), st.variance([1, 1]), st.stdev([10, 20]))
scores = {"ann": [88, 92, 79, 93], "bob": [70, 75, 72, 71], "cid": [100, 40, 85, 60]}
for name, s in scores.items():
    print(f"{name}: mean={st.mean(s):.2f} stdev={st.stdev(s):.3f} range={max(s) - min(s)}")
most = min(scores, key=lambda n: st.stdev(scores[n]))
print("most consistent:", most)
for f, arg in [(st.variance, [1]), (st.stdev, []), (st.pvariance, [])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(f.__name__, "StatisticsError", e)
