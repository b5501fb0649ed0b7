items = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 1)]
print(f'{"Item":<10}|{"Price":>8}|{"Qty":^5}|{"Total":>9}')
print(f'{"":-<10}+{"":->8}+{"":-^5}+{"":->9}')
for name, price, qty in items:
    print(f'{name:<10}|{price:>8.2f}|{qty:^5d}|{price * qty:>9,.2f}')
total = sum(p * q for _, p, q in items)
print(f'{"TOTAL":<10}|{"":>8}|{"":^5}|{total:>9.2f}')
width = 12
for align in '<^>':
    print(f'[{"text":{align}{width}}]', f'[{3.5:{"*"}{align}{width}.1f}]')
n = 255
print(f'{n:#x} {n:#o} {n:#b} {n:08.3f} {n!r:>6} {str(n):*^9}')
print(f"{'quoted'!r}", f'{"a" "b"}', f'{ {"k": 1}["k"] }', f'{(lambda x: x * 2)(4)}', f'{[1, 2][-1]:03}')
print(f'{"nested {braces}"}', f'{{{n}}}', f'{n:{"x" if n > 100 else "d"}}')
