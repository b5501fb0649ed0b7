inf = 1e308 * 10
print(inf)
print(int(inf))
