inventory = {'apples': 3, 'pears': 0, 'plums': 12, 'figs': 7}
for k in inventory:
    print(k, inventory[k])
for k, v in sorted(inventory.items(), key=lambda kv: kv[1]):
    print(f'{k:>8}: {v:3d}')
in_stock = [k for k, v in inventory.items() if v]
print(in_stock, sum(inventory.values()), max(inventory, key=inventory.get), min(inventory.items(), key=lambda kv: kv[1]))
for k in list(inventory):
    if inventory[k] == 0:
        del inventory[k]
print(inventory)
copy = dict(inventory)
copy['kiwi'] = 1
print(inventory == copy, len(copy), list(copy)[-1])
print(list(enumerate(inventory)), list(zip(inventory, inventory.values())))
nested = {'a': {'x': 1}, 'b': {'y': 2, 'z': 3}}
print([(o, i, v) for o, inner in nested.items() for i, v in inner.items()])
