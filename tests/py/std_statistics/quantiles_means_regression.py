import statistics as st
data = [2.5, 3.25, 5.5, 11.25, 11.75, 1, 4]
print(st.quantiles(data), st.quantiles(data, n=10), st.quantiles(data, method="inclusive"), st.quantiles(range(1, 11), n=5))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 3]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression(x, y), st.linear_regression(x, [2 * v for v in x], proportional=True))
for bad in [lambda: st.geometric_mean([]), lambda: st.harmonic_mean([-1, 2]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.quantiles([1]), lambda: st.linear_regression([1, 1], [2, 3])]:
    try: bad()
    except st.StatisticsError as e: print("StatisticsError:", e)
print(st.harmonic_mean([5]), st.mean([1, 2]), st.median_grouped([5]))
