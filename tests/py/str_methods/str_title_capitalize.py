tests = ['hello world', "it's a dog's life", 'HELLO', 'hELLO wORLD', 'o\'neil mc-donald', '3rd place', 'a1b2 c3', 'ǆemal', 'ß straße', '']
for t in tests:
    print(repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), t.title().istitle())
print('ﬁsh'.upper(), 'ﬁsh'.title(), 'ΣΑΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower())
print('İstanbul'.lower(), len('İ'.lower()), 'ﬀ'.upper(), 'ŉ'.upper())
