inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), str(-inf))
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(float('Infinity'), float('-INF'), float('nan'), float(' inf '), float('+inf'))
print(1e308 * 10, -1e308 * 10)
print(inf // 1, inf % 2 if False else 'skip')
print(max(1.0, inf), min(-inf, 0.0))
print([x for x in [1.0, nan, 2.0] if x == x])
print(abs(-inf), abs(nan))
print(inf is inf, type(nan).__name__)
print(nan in [nan], [nan] == [nan])
x = nan
print(x in [x], [x] == [x])
for f in [inf, -inf, nan]:
    try:
        print(int(f))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5))
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.0), hash(1.5))
