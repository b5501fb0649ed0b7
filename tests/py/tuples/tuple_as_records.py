people = [('Ann', 31, 'NYC'), ('Bob', 25, 'LA'), ('Cy', 31, 'SF'), ('Di', 22, 'NYC')]
for name, age, city in people:
    print(f'{name:4}{age:3} {city}')
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
print(sorted(people, key=lambda p: (p[1], p[0])), max(people, key=lambda p: p[1])[0])
oldest = max(p[1] for p in people)
print([p[0] for p in people if p[1] == oldest])
names, ages, cities = zip(*people)
print(names, ages, cities, sum(ages) / len(ages))
point = (3, 4)
x, y = point
print(x * y, point[::-1], (x ** 2 + y ** 2) ** 0.5)
