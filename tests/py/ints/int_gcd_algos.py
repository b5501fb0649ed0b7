def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print([gcd(a, b) for a, b in [(12, 18), (17, 5), (0, 9), (100, 75), (2 ** 64, 2 ** 40)]])
print([n for n in range(60) if is_prime(n)])
print(fib(10), fib(100), fib(200))
print(sum(range(1, 101)), sum(i * i for i in range(1, 11)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)])
print(max(range(1, 1000), key=collatz))
def digits(n, base):
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1]
print(digits(2 ** 64, 7), digits(255, 2))
print(pow(7, 10 ** 6, 10 ** 9 + 7))
