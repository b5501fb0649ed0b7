def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = fact(100)
print(f100)
print(len(str(f100)))
print(f100 % 1000003)
print(f100 // fact(98))
print(2 ** 1000)
print(len(str(2 ** 1000)))
print(sum(int(c) for c in str(2 ** 1000)))
print(-(2 ** 100))
print((2 ** 100) * (3 ** 50))
print(10 ** 30 + 1 - 10 ** 30)
print(fact(30) == 265252859812191058636308480000000)
print(fact(25) // fact(20))
print(abs(-(10 ** 40)))
big = 12345678901234567890123456789
print(big * big)
print(big + big)
print(big - 10 ** 29)
print(big // 7, big % 7)
print(-big // 7, -big % 7)
print(big.bit_length())
print((-big).bit_length())
print(divmod(big, 10 ** 10))
