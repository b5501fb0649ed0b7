# Sieve of Eratosthenes over a list of bools, repeated.


def sieve(limit: int) -> list[bool]:
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            j = i * i
            while j <= limit:
                is_prime[j] = False
                j += i
        i += 1
    return is_prime


def summarize(flags: list[bool]) -> tuple[int, int, int]:
    count = 0
    total = 0
    last = 0
    for n in range(len(flags)):
        if flags[n]:
            count += 1
            total += n
            last = n
    return (count, total, last)


def main() -> None:
    limit = 2000000
    for r in range(3):
        count, total, last = summarize(sieve(limit + r))
        print(f"primes <= {limit + r}: {count}, sum {total}, largest {last}")


main()
