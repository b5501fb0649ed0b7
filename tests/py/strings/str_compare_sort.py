words = ['banana', 'Apple', 'apple', 'cherry', 'Banana', 'äpfel', 'zebra', 'Zebra', '', 'a', 'ab', 'B']
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), 'abc' < 'abd', 'abc' < 'ab', 'A' < 'a', 'a' < 'ä', 'Z' < 'a', '10' < '9', '' < ' ')
print('abc' == 'abc', 'abc' != 'ABC', 'abc'.lower() == 'ABC'.lower(), 'ß'.casefold() == 'ss', 'a' * 3 == 'aaa')
print([w for w in words if 'a' <= w < 'c'])
