# Counter for inventory/orders: most_common, arithmetic, update/subtract, total, elements.
from collections import Counter

stock = Counter(apple=10, banana=6, cherry=25, durian=1)
orders = [
    Counter(apple=3, banana=2),
    Counter(cherry=10, apple=2),
    Counter(banana=5, durian=1, elderberry=4),
]
for i, order in enumerate(orders, 1):
    short = order - stock
    if short:
        print(f"order {i} short: {dict(short)}")
        fill = order & stock
        print(f"  partially filled with {dict(sorted(fill.items()))}")
        stock -= fill
    else:
        stock -= order
        print(f"order {i} filled, stock now {stock.total()}")
print(stock.most_common())
print(stock.most_common(2), stock["elderberry"], "elderberry" in stock)
restock = Counter({"banana": 12, "fig": 3})
stock.update(restock)
stock.update(["apple", "apple"])
print(sorted(stock.items()))
stock.subtract(fig=5)
print(stock["fig"], +stock == Counter({k: v for k, v in stock.items() if v > 0}), sorted((-stock).items()))
total_sold = sum(orders, Counter())
print(total_sold.most_common(3), total_sold.total())
print(sorted(Counter("mississippi").elements()))
c = Counter("abracadabra")
print(c.most_common(3), c.most_common()[:-3:-1])
print(c | Counter("zzz"), (c & Counter("aab")))
print(Counter({"x": 3}) + Counter({"x": -5}), Counter({"x": 3}) - Counter({"x": -5}))
c2 = Counter(a=1)
c2["b"] += 2
c2["c"] -= 1
print(c2, len(c2), list(c2), c2.total())
del c2["c"]
print(c2, Counter(a=1, b=0) == Counter(a=1))
words = "the cat and the hat and the bat".split()
freq = Counter(words)
top = [w for w, n in freq.most_common() if n == freq.most_common(1)[0][1]]
print(freq, top, sorted(freq, key=lambda w: (-freq[w], w)))
print(Counter(len(w) for w in words), dict(Counter(w[0] for w in words).most_common(2)))
