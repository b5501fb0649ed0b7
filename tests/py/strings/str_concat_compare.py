a = 'abc'
b = 'abd'
print(a < b, a > b, a == 'abc', a != b, a + b, a * 3, len(a + b))
print('Z' < 'a', 'apple' < 'apples', '' < 'a', 'a' <= 'a', 'b' >= 'a')
print(sorted(['pear', 'Apple', 'fig', 'banana', 'apple']))
print(max(['pear', 'Apple', 'fig']), min(['pear', 'Apple', 'fig']))
s = ''
for i in range(5):
    s = s + str(i)
print(s, s * 2, len(s * 100))
print('ab' in 'cabd', 'ba' in 'cabd', 'c' + 'a' * 3 + 't')
words = ['x'] * 3
print(words, '-'.join(words))
