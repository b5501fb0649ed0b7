# The Computer Language Benchmarks Game fannkuch-redux: permutations of a
# list of ints, prefix reversals counted, a checksum over all permutations.


def fannkuch(n: int) -> tuple[int, int]:
    perm1 = [0] * n
    for i in range(n):
        perm1[i] = i
    perm = [0] * n
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                t = perm[i]
                perm[i] = perm[j]
                perm[j] = t
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation: rotate the first r+1 elements until a counter
        # is non-zero.
        while True:
            if r == n:
                return (checksum, max_flips)
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] = count[r] - 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main() -> None:
    n = 9
    checksum, max_flips = fannkuch(n)
    print(f"{checksum}")
    print(f"Pfannkuchen({n}) = {max_flips}")


main()
