rows = []
for i in range(1, 6):
    rows.append(' '.join(str(i * j).rjust(3) for j in range(1, 6)))
print('\n'.join(rows))
tri = [' ' * (5 - i) + '*' * (2 * i - 1) for i in range(1, 6)]
print('\n'.join(tri))
s = ''
for ch in 'abcdef':
    s = s + ch.upper() if ch in 'aeiou' else s + ch
print(s)
words = ['alpha', 'beta', 'gamma']
print(', '.join(words[:-1]) + ' and ' + words[-1])
print('-' * 20)
print('|'.join(f'{w:^7}' for w in words))
print(''.join(chr(ord('a') + (i * 7) % 26) for i in range(10)))
