# gcd, lcm, factorial, comb, perm, prod, fsum with exact integer results.
import math

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.comb(10, 3), math.comb(5, 0), math.comb(5, 6), math.comb(50, 25))
print(math.perm(5, 2), math.perm(5), math.perm(3, 4), math.perm(10, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.gcd(2**100, 6**50), math.lcm(2**10, 3**5))


def binomial_row(n):
    return [math.comb(n, k) for k in range(n + 1)]


for n in range(6):
    print(binomial_row(n))
print(sum(binomial_row(20)) == 2**20)

for f, args in [(math.factorial, (-1,)), (math.factorial, (2.5,)), (math.comb, (-1, 2)),
                (math.perm, (3, -1)), (math.gcd, (2.0, 4)), (math.comb, ("5", 2))]:
    try:
        f(*args)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
